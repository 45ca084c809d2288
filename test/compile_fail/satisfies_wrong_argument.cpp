// djson::satisfies: the predicate must take the member's value (const V&) and return bool.
// expect: djson::satisfies(predicate, message): the predicate cannot be called with the member's value
#include <djson/djson.hpp>
#include <string>
namespace t {
constexpr bool not_empty(const std::string& s) {
    return !s.empty();
}
constexpr bool positive(int n) {
    return n > 0;
}
struct m {
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (n))
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(m, djson::member("n", djson::satisfies(&not_empty, "must not be empty")));
#else
DJSON_MODEL(m, djson::member("n", djson::satisfies(&positive, "must be positive")));
#endif
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"n":3})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
