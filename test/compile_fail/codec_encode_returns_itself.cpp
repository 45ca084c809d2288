// A codec's encode must map the type to another one (its JSON representation), not to itself.
// expect: a codec's encode must return another type than the one it codes
#include <djson/djson.hpp>
#include <string>
namespace t {
struct label {
    std::string text;
};
struct m {
    label name;
};
BOOST_DESCRIBE_STRUCT(m, (), (name))
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
    auto r = djson::try_from_json<t::m>(R"({"name":"x"})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
