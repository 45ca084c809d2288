// A request leaves read-only members out: a member chosen by a read-only sibling could not be chosen.
// expect: the sibling is read-only (or write-only) and the member is not
#include <djson/djson.hpp>
namespace t {
struct Num {
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(Num, (), (n))
struct Text {
    std::string s;
};
BOOST_DESCRIBE_STRUCT(Text, (), (s))
using Attr = std::variant<Num, Text>;
} // namespace t
DJSON_VARIANT(t::Attr, djson::tag<t::Num>("num"), djson::tag<t::Text>("text"));
namespace t {
struct M {
    std::string type;
    Attr attributes;
};
BOOST_DESCRIBE_STRUCT(M, (), (type, attributes))
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(M, djson::member("type", djson::read_only),
            djson::member("attributes", djson::chosen_by("type")));
#else
DJSON_MODEL(M, djson::member("type", djson::read_only),
            djson::member("attributes", djson::chosen_by("type"), djson::read_only));
#endif
} // namespace t
int main() {
    return djson::try_from_json<t::M>(R"({"type":"num","attributes":{"n":1}})").has_value() ? 0 : 1;
}
