// djson::open_enum<E>: unknown values kept as their string and written back unchanged; known ones as E.
#define BOOST_TEST_MODULE open_enum
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace oe {
enum class Status { active, locked };
BOOST_DESCRIBE_ENUM(Status, active, locked)
DJSON_ENUM(Status, djson::naming::screaming_snake_case);

struct Account {
    djson::open_enum<Status> status;
    std::vector<djson::open_enum<Status>> history;
    std::optional<djson::open_enum<Status>> previous;
    Status strict = Status::active;
};
BOOST_DESCRIBE_STRUCT(Account, (), (status, history, previous, strict))
} // namespace oe

BOOST_AUTO_TEST_CASE(unknown_values_are_kept_and_written_back) {
    auto a = expect_read<oe::Account>(
        R"({"status":"SUSPENDED_BY_POLICY","history":["ACTIVE","NEW_STATE"],"previous":"LOCKED","strict":"ACTIVE"})");
    BOOST_TEST(!a.status.is_known());
    BOOST_TEST(a.status.text() == "SUSPENDED_BY_POLICY");
    BOOST_CHECK_THROW(a.status.value(), std::logic_error);
    BOOST_TEST((a.status.value_or(oe::Status::locked) == oe::Status::locked));
    BOOST_TEST(a.history[0].is_known());
    BOOST_TEST((a.history[0] == oe::Status::active));
    BOOST_TEST((a.previous->value() == oe::Status::locked));
    round_trip(a, R"({"status":"SUSPENDED_BY_POLICY","history":["ACTIVE","NEW_STATE"],"previous":"LOCKED",)"
                  R"("strict":"ACTIVE"})");
}

BOOST_AUTO_TEST_CASE(strict_stays_the_default_and_open_is_still_a_string) {
    expect_errors<oe::Account>(R"({"status":1,"history":[null],"strict":"NEW"})",
                               {{errc::type_mismatch, "/status"},
                                {errc::unexpected_null, "/history/0"},
                                {errc::invalid_value, "/strict"}});
}

BOOST_AUTO_TEST_CASE(built_in_code_and_compared_as_json) {
    oe::Account a;
    a.status = oe::Status::locked;
    BOOST_TEST(a.status.text() == "LOCKED");
    a.history = {djson::open_enum<oe::Status>::from_text("ACTIVE")};
    BOOST_TEST(a.history[0].is_known());
    oe::Account b = a;
    b.status = djson::open_enum<oe::Status>::from_text("OTHER");
    BOOST_TEST((djson::diff(a, b) == std::vector<std::string>{"/status"}));
    auto s = djson::json_schema<oe::Account>().at("properties");
    BOOST_TEST(s.at("status").at("type").as_string() == "string");
    BOOST_TEST(!s.at("status").as_object().contains("enum")); // any string
    BOOST_TEST(s.at("strict").as_object().contains("enum"));
}
