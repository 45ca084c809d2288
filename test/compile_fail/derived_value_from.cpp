// boost::json::value_from must not slice a derived class through its base's DJSON_MODEL conversion: without a
// DJSON_MODEL of its own, the derived class has no conversion and the call does not compile.
// expect: No suitable tag_invoke overload found for the type
#include <djson/djson.hpp>
namespace t {
struct base {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(base, (), (id))
DJSON_MODEL(base);
struct derived : base {
    std::string text;
};
BOOST_DESCRIBE_STRUCT(derived, (base), (text))
#ifndef DJSON_COMPILE_FAIL
DJSON_MODEL(derived);
#endif
} // namespace t
int main() {
    return boost::json::value_from(t::derived{}).as_object().size() == 2 ? 0 : 1;
}
