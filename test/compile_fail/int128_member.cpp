// An integer wider than 64 bits (__int128, integral in GNU mode) is not a JSON number any reader holds.
// expect: djson: this member type is not supported
#include <djson/djson.hpp>
#include <cstdint>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    __extension__ __int128 v = 0;
#else
    std::int64_t v = 0;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"v":5})").has_value() ? 0 : 1;
}
