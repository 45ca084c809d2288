// djson::chosen_by("key") needs a sibling member with that key (a string or an enum) to name the alternative.
// expect: the model must declare a member with that JSON key
#include <djson/djson.hpp>
namespace t {
struct a {
    int x = 0;
};
BOOST_DESCRIBE_STRUCT(a, (), (x))
struct b {
    std::string y;
};
BOOST_DESCRIBE_STRUCT(b, (), (y))
using either = std::variant<a, b>;
} // namespace t
DJSON_VARIANT(t::either, djson::tag<t::a>("a"), djson::tag<t::b>("b"));
namespace t {
struct holder {
    std::string kind;
    either value;
};
BOOST_DESCRIBE_STRUCT(holder, (), (kind, value))
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(holder, djson::member("value", djson::chosen_by("type")));
#else
DJSON_MODEL(holder, djson::member("value", djson::chosen_by("kind")));
#endif
} // namespace t
int main() {
    auto r = djson::try_from_json<t::holder>(R"({"kind":"a","value":{"x":1}})");
    return r.has_value() && djson::validate(*r).empty() ? 0 : 1;
}
