// A codec with encode but no decode cannot read the type back.
// expect: a codec needs both directions
#include <djson/djson.hpp>
namespace t {
struct celsius {
    int degrees = 0;
};
struct m {
    celsius temp;
};
BOOST_DESCRIBE_STRUCT(m, (), (temp))
} // namespace t
template <> struct djson::codec<t::celsius> {
    static int encode(const t::celsius& c) { return c.degrees; }
#ifndef DJSON_COMPILE_FAIL
    static t::celsius decode(int d) {
        return {d};
    }
#endif
};
int main() {
    auto r = djson::try_from_json<t::m>(R"({"temp":21})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
