// A sibling enum with no value for any tag of an alternative: that alternative could never be chosen.
// expect: that alternative could never be chosen
#include <djson/djson.hpp>
namespace t {
struct Upper {
    std::string input;
};
BOOST_DESCRIBE_STRUCT(Upper, (), (input))
struct Pad {
    int width = 0;
};
BOOST_DESCRIBE_STRUCT(Pad, (), (width))
using Attributes = std::variant<Upper, Pad>;
enum class Type { upper, pad };
BOOST_DESCRIBE_ENUM(Type, upper, pad)
} // namespace t
#ifdef DJSON_COMPILE_FAIL
DJSON_VARIANT(t::Attributes, djson::tag<t::Upper>("upper"), djson::tag<t::Pad>("leftPad"));
#else
DJSON_VARIANT(t::Attributes, djson::tag<t::Upper>("upper"), djson::tag<t::Pad>("pad"));
#endif
namespace t {
struct Transform {
    Type type = Type::upper;
    Attributes attributes;
};
BOOST_DESCRIBE_STRUCT(Transform, (), (type, attributes))
DJSON_MODEL(Transform, djson::member("attributes", djson::chosen_by("type")));
} // namespace t
int main() {
    return djson::try_from_json<t::Transform>(R"({"type":"pad","attributes":{"width":2}})").has_value() ? 0
                                                                                                        : 1;
}
