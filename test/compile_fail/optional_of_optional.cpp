// std::optional<std::optional<T>> has no JSON of its own (an inner empty optional would be written as null,
// which reads back as an error): the fix is std::optional<djson::nullable<T>>. expect: use
// std::optional<djson::nullable<T>> for absent / null / value
#include <djson/djson.hpp>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::optional<std::optional<int>> v;
#else
    std::optional<djson::nullable<int>> v;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"v":null})").has_value() ? 0 : 1;
}
