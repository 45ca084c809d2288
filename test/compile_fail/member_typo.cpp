// A djson::member(...) naming no member (a typo) must not be silently ignored.
// expect: names no member of this model
#include <djson/djson.hpp>
namespace t {
struct m {
    int klass = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (klass))
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(m, djson::member("class", djson::key("class")));
#else
DJSON_MODEL(m, djson::member("klass", djson::key("class")));
#endif
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"class":1})").has_value() ? 0 : 1;
}
