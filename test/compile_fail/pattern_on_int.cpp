// A pattern matches strings only: it cannot check an integer.
// expect: djson::pattern applies to std::string members
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
DJSON_MODEL(m, djson::member("v", djson::pattern("^[0-9]+$")));
} // namespace t
int main() {
    auto r = djson::try_from_json<t::m>(R"({"v":"42"})");
    return r.has_value() && djson::validate(r.value()).empty() && !djson::to_json(r.value()).empty() ? 0 : 1;
}
