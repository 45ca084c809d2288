// nullable<optional<T>> says nothing std::optional<nullable<T>> does not; point at the right spelling.
// expect: use that
#include <djson/djson.hpp>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    djson::nullable<std::optional<int>> v;
#else
    std::optional<djson::nullable<int>> v;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"v":null})").has_value() ? 0 : 1;
}
