// A length limit counts the code points of a string: it cannot check an integer.
// expect: djson::min_length / max_length apply to std::string members
#include <djson/djson.hpp>
#include <map>
#include <string>
#include <vector>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    int v{};
#else
    std::string v{};
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
DJSON_MODEL(m, djson::member("v", djson::max_length(5)));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"v":"abc"})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
