// A member's own codec (djson::with<C>) needs both directions, as a type's codec does.
// expect: a codec needs both directions
#include <djson/djson.hpp>
struct as_text {
    static std::string encode(int v) { return std::to_string(v); }
#ifndef DJSON_COMPILE_FAIL
    static int decode(const std::string& s) {
        return std::stoi(s);
    }
#endif
};
namespace t {
struct m {
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (n))
DJSON_MODEL(m, djson::member("n", djson::with<as_text>));
} // namespace t
int main() {
    t::m v{3};
    return djson::to_json(v) == R"({"n":"3"})" ? 0 : 1;
}
