// A tag that the alternative's enum tag member has no value for: that alternative could never be read or
// written with it.
// expect: an alternative's tag member is an enum that has no value for one of its tags
#include <djson/djson.hpp>
namespace t {
enum class Kind { circle, square };
BOOST_DESCRIBE_ENUM(Kind, circle, square)
struct Circle {
    Kind kind = Kind::circle;
    double r = 0;
};
BOOST_DESCRIBE_STRUCT(Circle, (), (kind, r))
struct Square {
    Kind kind = Kind::square;
    double side = 0;
};
BOOST_DESCRIBE_STRUCT(Square, (), (kind, side))
using Shape = std::variant<Circle, Square>;
} // namespace t
#ifdef DJSON_COMPILE_FAIL
DJSON_VARIANT(t::Shape, djson::discriminator("kind"), djson::tag<t::Circle>("circle"),
              djson::tag<t::Square>("box"));
#else
DJSON_VARIANT(t::Shape, djson::discriminator("kind"), djson::tag<t::Circle>("circle"),
              djson::tag<t::Square>("square"));
#endif
int main() {
    return djson::try_from_json<t::Shape>(R"({"kind":"square","side":2})").has_value() ? 0 : 1;
}
