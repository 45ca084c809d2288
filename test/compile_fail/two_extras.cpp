// Only one member can receive the unknown keys.
// expect: at most one djson::additional_properties member
#include <djson/djson.hpp>
namespace t {
struct m {
    djson::additional_properties one;
#ifdef DJSON_COMPILE_FAIL
    djson::additional_properties two;
#endif
};
#ifdef DJSON_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(m, (), (one, two))
#else
BOOST_DESCRIBE_STRUCT(m, (), (one))
#endif
} // namespace t
int main() {
    return djson::try_from_json<t::m>("{}").has_value() ? 0 : 1;
}
