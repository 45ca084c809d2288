// An encode that returns the type itself would recurse forever when writing: it is refused at compile time
// even in a program that never reads.
// expect: a codec's encode must return another type than the one it codes
#include <djson/djson.hpp>
namespace t {
struct label {
    std::string text;
};
struct m {
    label l;
};
BOOST_DESCRIBE_STRUCT(m, (), (l))
} // namespace t
template <> struct djson::codec<t::label> {
#ifdef DJSON_COMPILE_FAIL
    static t::label encode(const t::label& l) {
        return l;
    }
    static t::label decode(const t::label& l) {
        return l;
    }
#else
    static std::string encode(const t::label& l) {
        return l.text;
    }
    static t::label decode(const std::string& s) {
        return {s};
    }
#endif
};
int main() {
    t::m v{{"x"}};
    return djson::validate(v).empty() && djson::equal(v, v) && !djson::to_json(v).empty() ? 0 : 1;
}
