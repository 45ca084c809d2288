// A numeric bound cannot check a string (a numeric string is still a string).
// expect: exclusive_maximum apply to integer and floating-point members
#include <djson/djson.hpp>
#include <map>
#include <string>
#include <vector>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::string v{};
#else
    int v{};
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
DJSON_MODEL(m, djson::member("v", djson::minimum(15)));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"v":20})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
