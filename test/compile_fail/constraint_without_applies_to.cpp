// A constraint class of one's own needs applies_to (which member types it checks) as well as check().
// expect: a member constraint (a class derived from djson::constraint) needs
#include <djson/djson.hpp>
#include <string>
namespace t {
struct even : djson::constraint {
#ifndef DJSON_COMPILE_FAIL
    template <class V> static constexpr bool applies_to = std::is_integral_v<V>;
#endif
    template <class V> bool check(const V& v, std::string& why) const {
        if (v % 2 == 0)
            return true;
        why = "must be even";
        return false;
    }
};
struct m {
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (n))
DJSON_MODEL(m, djson::member("n", even{}));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"n":4})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
