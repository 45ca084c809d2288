// djson::items checks each item of an array: on a string member it does not compile.
// expect: djson::items applies to array members
#include <djson/djson.hpp>
#include <string>
#include <vector>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::string v{};
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
