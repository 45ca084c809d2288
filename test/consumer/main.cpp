// Downstream consumer smoke test (built by test/consumer/run.cmake for the
// consumer_find_package and consumer_add_subdirectory ctest tests).
// TODO(main engineer): extend this to call something trivial from the public API,
// so that linking against the installed / subproject libdjson is exercised too.
#include <djson/djson.hpp>

int main() { return 0; }
