// An item of a pair or tuple cannot be absent either: its place in the array is its meaning.
// expect: an item of a std::pair/std::tuple cannot be absent
#include <djson/djson.hpp>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::pair<std::string, std::optional<int>> p;
#else
    std::pair<std::string, djson::nullable<int>> p;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (p))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"p":["a",null]})").has_value() ? 0 : 1;
}
