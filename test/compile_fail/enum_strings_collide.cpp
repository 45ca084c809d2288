// Two enumerators spelled alike in JSON: reading could not tell them apart.
// expect: two enumerators have the same JSON string
#include <djson/djson.hpp>
namespace t {
enum class color { red, dark_red };
BOOST_DESCRIBE_ENUM(color, red, dark_red)
#ifdef DJSON_COMPILE_FAIL
DJSON_ENUM(color, djson::member("dark_red", djson::key("red")));
#else
DJSON_ENUM(color, djson::member("dark_red", djson::key("dark-red")));
#endif
struct m {
    color c = color::red;
};
BOOST_DESCRIBE_STRUCT(m, (), (c))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"c":"dark-red"})").has_value() ? 0 : 1;
}
