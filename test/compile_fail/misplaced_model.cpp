// DJSON_MODEL written outside the model's namespace would have no effect (argument-dependent lookup cannot
// find it): it must not compile, and say where it belongs. expect: must be written in the namespace that
// declares
#include <djson/djson.hpp>
namespace app {
struct m {
    int retry_count = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (retry_count))
#ifndef DJSON_COMPILE_FAIL
DJSON_MODEL(m, djson::naming::camel_case);
#endif
} // namespace app
#ifdef DJSON_COMPILE_FAIL
namespace other {
DJSON_MODEL(app::m, djson::naming::camel_case);
}
#endif
int main() {
    return djson::to_json(app::m{}) == R"({"retryCount":0})" ? 0 : 1;
}
