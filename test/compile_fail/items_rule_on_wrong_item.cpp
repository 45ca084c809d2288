// The rules inside djson::items apply to the item's type: a string rule on integer items does not compile.
// expect: djson::min_length / max_length apply to std::string members
#include <djson/djson.hpp>
#include <string>
#include <vector>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::vector<int> v{};
#else
    std::vector<std::string> v{};
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
DJSON_MODEL(m, djson::member("v", djson::items(djson::min_length(1))));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"v":["a"]})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
