// Read-only and write-only members (OpenAPI readOnly / writeOnly): left out by the message kind that does not
// carry them, kept by every other.
#define BOOST_TEST_MODULE messages
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <optional>
#include <string>

using djson::errc;
using djson::message_kind;
using djson_test::expect_errors;
using djson_test::expect_read;

namespace msg {
struct User {
    std::string id; // the server assigns it: read_only, required (in responses)
    std::string name;
    std::optional<std::string> password; // the client sends it: write_only
    std::string created = "never";       // read_only with a default
};
BOOST_DESCRIBE_STRUCT(User, (), (id, name, password, created))
DJSON_MODEL(User, djson::member("id", djson::read_only), djson::member("password", djson::write_only),
            djson::member("created", djson::read_only));
} // namespace msg

namespace {
djson::options as(message_kind k) {
    djson::options o;
    o.message = k;
    return o;
}
} // namespace

BOOST_AUTO_TEST_CASE(any_message_carries_every_member) {
    msg::User u{"u1", "ann", "secret", "2024"};
    djson_test::round_trip(u, R"({"id":"u1","name":"ann","password":"secret","created":"2024"})");
    expect_errors<msg::User>(R"({"name":"ann"})",
                             {{errc::missing_required, "/id"}, {errc::missing_required, "/created"}});
}

BOOST_AUTO_TEST_CASE(a_request_leaves_read_only_members_out) {
    msg::User u{"u1", "ann", "secret", "2024"};
    BOOST_TEST(djson::to_json(u, as(message_kind::request)) == R"({"name":"ann","password":"secret"})");
    // read by a server: a required read_only key is not required, and one sent anyway is skipped
    auto r = expect_read<msg::User>(R"({"name":"ann","password":"pw"})", as(message_kind::request));
    BOOST_TEST(r.id.empty());
    BOOST_TEST(r.created == "never");
    r = expect_read<msg::User>(R"({"id":"forged","name":"ann","created":"x"})", as(message_kind::request));
    BOOST_TEST(r.id.empty());
    BOOST_TEST(r.created == "never");
    // still checked: duplicates, and the other members' rules
    expect_errors<msg::User>(R"({"name":1,"id":"a","id":"b"})",
                             {{errc::type_mismatch, "/name"}, {errc::duplicate_key, "/id"}},
                             as(message_kind::request), false);
}

BOOST_AUTO_TEST_CASE(a_response_leaves_write_only_members_out) {
    msg::User u{"u1", "ann", "secret", "2024"};
    BOOST_TEST(djson::to_json(u, as(message_kind::response)) ==
               R"({"id":"u1","name":"ann","created":"2024"})");
    auto r = expect_read<msg::User>(R"({"id":"u1","name":"ann","password":"leaked","created":"2024"})",
                                    as(message_kind::response));
    BOOST_TEST(!r.password.has_value());
    expect_errors<msg::User>(R"({"name":"ann"})",
                             {{errc::missing_required, "/id"}, {errc::missing_required, "/created"}},
                             as(message_kind::response));
}

BOOST_AUTO_TEST_CASE(a_warm_read_does_not_keep_a_left_out_member) {
    msg::User u;
    BOOST_TEST(djson::read_json(u, R"({"id":"u1","name":"ann","created":"2024"})").empty());
    BOOST_TEST(u.id == "u1");
    // the next read, as a request, must not bring back the previous document's id through the scratch object
    BOOST_TEST(djson::read_json(u, R"({"name":"bob"})", as(message_kind::request)).empty());
    BOOST_TEST(u.id.empty());
    BOOST_TEST(u.created == "never");
}

BOOST_AUTO_TEST_CASE(the_schema_marks_them) {
    auto s = djson::json_schema<msg::User>().at("properties");
    BOOST_TEST(s.at("id").at("readOnly").as_bool());
    BOOST_TEST(s.at("password").at("writeOnly").as_bool());
    BOOST_TEST(!s.at("name").as_object().contains("readOnly"));
}
