// A DJSON_MODEL for a derived class, written outside its namespace, must not compile even though the base's
// own DJSON_MODEL is found through the derived-to-base conversion. expect: must be written in the namespace
// that declares
#include <djson/djson.hpp>
namespace a {
struct Base {
    int base_value = 0;
};
BOOST_DESCRIBE_STRUCT(Base, (), (base_value))
DJSON_MODEL(Base, djson::naming::camel_case);
struct Derived : Base {
    int own_value = 0;
};
BOOST_DESCRIBE_STRUCT(Derived, (Base), (own_value))
#ifndef DJSON_COMPILE_FAIL
DJSON_MODEL(Derived, djson::naming::kebab_case);
#endif
} // namespace a
#ifdef DJSON_COMPILE_FAIL
namespace b {
DJSON_MODEL(a::Derived, djson::naming::kebab_case);
}
#endif
int main() {
    return djson::to_json(a::Derived{}) == R"({"baseValue":0,"own-value":0})" ? 0 : 1;
}
