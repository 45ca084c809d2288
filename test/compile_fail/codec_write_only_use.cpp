// A codec is checked whole wherever it is used: a program that only writes (or validates, or compares) still
// gets the missing direction as an error, not a codec that fails the first time something reads.
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
    t::m v{{21}};
    return djson::to_json(v).empty() ? 1 : 0;
}
