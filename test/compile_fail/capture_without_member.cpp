// unknown_keys::capture needs somewhere to put the keys.
// expect: unknown_keys::capture needs a djson::additional_properties member
#include <djson/djson.hpp>
namespace t {
struct m {
    int a = 0;
#ifndef DJSON_COMPILE_FAIL
    djson::additional_properties rest;
#endif
};
#ifdef DJSON_COMPILE_FAIL
BOOST_DESCRIBE_STRUCT(m, (), (a))
#else
BOOST_DESCRIBE_STRUCT(m, (), (a, rest))
#endif
DJSON_MODEL(m, djson::unknown_keys::capture);
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"a":1,"b":2})").has_value() ? 0 : 1;
}
