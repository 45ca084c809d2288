// Lenient reading as options (each on its own, strict by default): times without seconds or zone, numbers in
// quotes, null for an optional key. The same machine reads text and DOM, so both sources agree.
#define BOOST_TEST_MODULE lenient
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <optional>
#include <string>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;

namespace ln {
struct Event {
    djson::timestamp at;
    std::int32_t count = 0;
    std::uint64_t big = 0;
    double ratio = 0;
    std::optional<float> f;
    std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(Event, (), (at, count, big, ratio, f, note))
DJSON_MODEL(Event, djson::member("count", djson::minimum(0)));
} // namespace ln

namespace {
djson::options times() {
    djson::options o;
    o.lenient_times = true;
    return o;
}
djson::options numbers() {
    djson::options o;
    o.numbers_in_strings = true;
    return o;
}
} // namespace

BOOST_AUTO_TEST_CASE(strict_is_the_default) {
    expect_errors<ln::Event>(R"({"at":"2024-05-01T10:30Z","count":"1","big":"2","ratio":"0.5","note":null})",
                             {{errc::invalid_value, "/at"},
                              {errc::type_mismatch, "/count"},
                              {errc::type_mismatch, "/big"},
                              {errc::type_mismatch, "/ratio"},
                              {errc::unexpected_null, "/note"}});
}

BOOST_AUTO_TEST_CASE(times_without_seconds_or_zone) {
    const char* rest = R"(,"count":1,"big":2,"ratio":0.5})";
    struct {
        const char* in;
        const char* out;
    } cases[] = {
        {"2024-05-01T10:30Z", "2024-05-01T10:30:00.000Z"},
        {"2024-05-01T10:30+02:00", "2024-05-01T08:30:00.000Z"},
        {"2024-05-01T10:30:15", "2024-05-01T10:30:15.000Z"},      // no zone: UTC
        {"2024-05-01T10:30:15.5", "2024-05-01T10:30:15.500Z"},    // fraction, no zone
        {"2024-05-01T10:30", "2024-05-01T10:30:00.000Z"},         // neither
        {"2022-09-19 13:55:26", "2022-09-19T13:55:26.000Z"},      // a space for the T
        {"2024-05-01T10:30:15.123Z", "2024-05-01T10:30:15.123Z"}, // strict RFC 3339 stays as it is
    };
    for (const auto& c : cases) {
        auto e = expect_read<ln::Event>(std::string(R"({"at":")") + c.in + "\"" + rest, times());
        BOOST_TEST(e.at.to_string() == c.out, c.in);
    }
    // still refused: not a date-time at all, impossible dates and times, junk after the time
    for (const char* bad :
         {"2024-05-01", "2024-05-01T25:00", "2024-02-30T10:30", "2024-05-01T10:30:15junk", "2024-05-01T10",
          "2024-05-01T10:3", "2024-05-01X10:30", "yesterday", "2024-05-01T10:60"}) {
        auto r = djson::try_from_json<ln::Event>(std::string(R"({"at":")") + bad + "\"" + rest, times());
        BOOST_TEST(!r.has_value(), bad);
        if (!r.has_value())
            BOOST_TEST(r.error_list()[0].path == "/at");
    }
}

BOOST_AUTO_TEST_CASE(numbers_in_quotes_are_numbers_with_every_rule_of_the_member) {
    auto e = expect_read<ln::Event>(
        R"({"at":"2024-05-01T10:30:00Z","count":"-0","big":"18446744073709551615","ratio":"1e-3","f":"2.5"})",
        numbers());
    BOOST_TEST(e.count == 0);
    BOOST_TEST(e.big == 18446744073709551615ULL);
    BOOST_TEST(e.ratio == 1e-3);
    BOOST_TEST(*e.f == 2.5f);
    // the member's rules still apply: range, integer spelling, constraints, float range
    expect_errors<ln::Event>(
        R"({"at":"2024-05-01T10:30:00Z","count":"1.5","big":"-1","ratio":"1e999","f":"1e39"})",
        {{errc::type_mismatch, "/count"},
         {errc::out_of_range, "/big"},
         {errc::out_of_range, "/ratio"},
         {errc::out_of_range, "/f"}},
        numbers());
    expect_errors<ln::Event>(R"({"at":"2024-05-01T10:30:00Z","count":"-3","big":"1","ratio":"0"})",
                             {{errc::constraint, "/count"}}, numbers());
    // only a JSON number: no spaces, no '+', no leading zeros, no hex, no NaN, not empty
    for (const char* bad : {" 1", "1 ", "+1", "01", "0x10", "NaN", "", "1.", ".5", "1e", "--1", "1_000"}) {
        auto r = djson::try_from_json<ln::Event>(std::string(R"({"at":"2024-05-01T10:30:00Z","count":")") +
                                                     bad + R"(","big":1,"ratio":0})",
                                                 numbers());
        BOOST_TEST(!r.has_value(), bad);
        if (!r.has_value()) {
            BOOST_TEST(r.error_list()[0].path == "/count");
            BOOST_TEST(r.error_list()[0].code == errc::type_mismatch);
        }
    }
}

BOOST_AUTO_TEST_CASE(all_leniencies_at_once) {
    auto e =
        expect_read<ln::Event>(R"({"at":"2024-05-01 10:30","count":"7","big":2,"ratio":"0.25","note":null})",
                               djson::options::lenient());
    BOOST_TEST(e.count == 7);
    BOOST_TEST(!e.note.has_value());
    BOOST_TEST(djson::to_json(e) == R"({"at":"2024-05-01T10:30:00.000Z","count":7,"big":2,"ratio":0.25})");
}
