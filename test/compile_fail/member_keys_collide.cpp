// A key override that gives a member the key of another: the key would be written twice and read into one.
// expect: two members of this model have the same JSON key
#include <djson/djson.hpp>
namespace t {
struct m {
    int user_id = 0;
    int userId = 0;
};
BOOST_DESCRIBE_STRUCT(m, (), (user_id, userId))
#ifdef DJSON_COMPILE_FAIL
DJSON_MODEL(m, djson::naming::camel_case); // user_id becomes userId too
#else
DJSON_MODEL(m, djson::member("user_id", djson::key("user_id")), djson::naming::camel_case);
#endif
} // namespace t
int main() {
    return djson::try_from_json<t::m>(R"({"user_id":1,"userId":2})").has_value() ? 0 : 1;
}
