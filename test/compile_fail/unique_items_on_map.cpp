// uniqueItems is about array items: a map's keys are unique already, its values are not checked.
// expect: djson::unique_items applies to array members
#include <djson/djson.hpp>
#include <map>
#include <string>
#include <vector>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::map<std::string, int> v{};
#else
    std::vector<int> v{};
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
DJSON_MODEL(m, djson::member("v", djson::unique_items));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"v":[1,2]})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
