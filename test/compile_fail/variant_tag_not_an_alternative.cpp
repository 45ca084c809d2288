// A djson::tag<A> must name an alternative of the variant: a typo would otherwise be a tag nothing reads.
// expect: names a type that is not an alternative of the variant
#include <djson/djson.hpp>
namespace t {
struct circle {
    std::string kind;
};
BOOST_DESCRIBE_STRUCT(circle, (), (kind))
struct square {
    std::string kind;
};
BOOST_DESCRIBE_STRUCT(square, (), (kind))
struct triangle {
    std::string kind;
};
BOOST_DESCRIBE_STRUCT(triangle, (), (kind))
using shape = std::variant<circle, square>;
} // namespace t
#ifdef DJSON_COMPILE_FAIL
DJSON_VARIANT(t::shape, djson::discriminator("kind"), djson::tag<t::triangle>("tri"));
#else
DJSON_VARIANT(t::shape, djson::discriminator("kind"), djson::tag<t::square>("sq"));
#endif
int main() {
    auto r = djson::try_from_json<t::shape>(R"({"kind":"circle"})");
    return r.has_value() ? 0 : 1;
}
