// A codec's decode returns T or djson::decoded<T>: not std::optional<T>, nor another type.
// expect: a codec's decode must return T or djson::decoded<T>
#include <djson/djson.hpp>
#include <optional>
#include <string>
namespace t {
struct code {
    std::string text;
};
struct m {
    code c;
};
BOOST_DESCRIBE_STRUCT(m, (), (c))
} // namespace t
template <> struct djson::codec<t::code> {
    static std::string encode(const t::code& c) { return c.text; }
#ifdef DJSON_COMPILE_FAIL
    static std::optional<t::code> decode(const std::string& s) {
        if (s.empty())
            return std::nullopt;
        return t::code{s};
    }
#else
    static djson::decoded<t::code> decode(const std::string& s) {
        if (s.empty())
            return djson::reject("an empty code");
        return t::code{s};
    }
#endif
};
int main() {
    auto r = djson::try_from_json<t::m>(R"({"c":"x"})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
