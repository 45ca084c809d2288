// An array item cannot be absent: std::optional items would write null and then reject it on read.
// expect: an array item cannot be absent
#include <djson/djson.hpp>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::vector<std::optional<int>> v;
#else
    std::vector<djson::nullable<int>> v;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"v":[null,1]})").has_value() ? 0 : 1;
}
