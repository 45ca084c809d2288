// A tagged variant's alternatives must declare the discriminator, or reading could not keep it and writing
// could not write it. expect: every alternative must be a model that declares a member with that JSON key
#include <djson/djson.hpp>
namespace t {
struct circle {
    std::string kind;
    double r = 0;
};
BOOST_DESCRIBE_STRUCT(circle, (), (kind, r))
struct square {
#ifndef DJSON_COMPILE_FAIL
    std::string kind;
#endif
    double side = 0;
};
#ifdef DJSON_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(square, (), (side))
#else
BOOST_DESCRIBE_STRUCT(square, (), (kind, side))
#endif
using shape = std::variant<circle, square>;
} // namespace t
DJSON_VARIANT(t::shape, djson::discriminator("kind"));
int main() {
    auto r = djson::try_from_json<t::shape>(R"({"kind":"circle","r":1})");
    return r.has_value() && !djson::to_json(*r).empty() ? 0 : 1;
}
