// DJSON_ENUM written outside the enum's namespace would have no effect: it must not compile.
// expect: must be written in the namespace that declares
#include <djson/djson.hpp>
namespace app {
BOOST_DEFINE_ENUM_CLASS(color, dark_red, light_blue)
#ifndef DJSON_COMPILE_FAIL
DJSON_ENUM(color, djson::naming::kebab_case);
#endif
} // namespace app
#ifdef DJSON_COMPILE_FAIL
DJSON_ENUM(app::color, djson::naming::kebab_case);
#endif
int main() {
    return djson::to_json(app::color::dark_red) == R"("dark-red")" ? 0 : 1;
}
