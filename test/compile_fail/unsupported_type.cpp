// A member type djson does not know must fail with a message that names the fix.
// expect: this member type is not supported
#include <djson/djson.hpp>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    std::vector<bool> flags;
#else
    std::vector<std::int8_t> flags;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (flags))
} // namespace t
int main() {
    return djson::to_json(t::m{}).empty();
}
