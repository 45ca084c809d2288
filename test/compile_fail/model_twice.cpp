// A second DJSON_MODEL for the same type, in another namespace, would be ignored: it must not compile.
// expect: djson_model_declared
#include <djson/djson.hpp>
namespace a {
struct m {
    int v = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (v))
DJSON_MODEL(m, djson::naming::camel_case);
} // namespace a
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(a::m, djson::naming::pascal_case);
#endif
int main() {
    return djson::to_json(a::m{}) == R"({"v":0})" ? 0 : 1;
}
