// A smart pointer is already null or a value: a nullable around it says nothing more (and its schema would
// list null twice).
// expect: says nothing more than the pointer
#include <djson/djson.hpp>
#include <memory>
namespace t {
struct m {
#ifdef DJSON_COMPILE_FAIL
    djson::nullable<std::shared_ptr<int>> p;
#else
    std::shared_ptr<int> p;
#endif
};
BOOST_DESCRIBE_STRUCT(m, (), (p))
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"p":null})").has_value() ? 0 : 1;
}
