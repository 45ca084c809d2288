// Tests for djson::timestamp: the RFC 3339 accept/reject table, canonical output, and conversions.
#define BOOST_TEST_MODULE timestamp
#include <boost/test/unit_test.hpp>

#include "djson/timestamp.hpp"

#include <array>
#include <chrono>
#include <cstring>
#include <limits>
#include <optional>
#include <ostream>
#include <type_traits>
#include <utility>
#include <stdexcept>
#include <string>
#include <string_view>

using djson::timestamp;

// Boost.Test prints operands of failed checks; the library itself deliberately has no iostream dependency.
namespace djson {
std::ostream& boost_test_print_type(std::ostream& os, const timestamp& t) {
    return os << t.to_string();
}
std::ostream& boost_test_print_type(std::ostream& os, const std::optional<timestamp>& t) {
    return t ? os << t->to_string() : os << "nullopt";
}
} // namespace djson

namespace {

constexpr std::int64_t min_seconds = -62'167'219'200; // 0000-01-01T00:00:00Z
constexpr std::int64_t max_seconds = 253'402'300'799; // 9999-12-31T23:59:59Z

struct parse_case {
    const char* text;
    const char* canonical; // nullptr: must be rejected
    const char* reason;    // substring of detail::parse_timestamp's reason when rejected
};

// clang-format off
constexpr parse_case parse_cases[] = {
    // basic forms and canonical output
    {"2017-07-11T18:45:37.098Z",          "2017-07-11T18:45:37.098Z", nullptr},
    {"2017-07-11T18:45:37Z",              "2017-07-11T18:45:37.000Z", nullptr},
    {"1970-01-01T00:00:00Z",              "1970-01-01T00:00:00.000Z", nullptr},
    {"1969-12-31T23:59:59.999999999Z",    "1969-12-31T23:59:59.999999999Z", nullptr},
    {"2017-07-11t18:45:37.098z",          "2017-07-11T18:45:37.098Z", nullptr},
    {"2017-07-11t18:45:37Z",              "2017-07-11T18:45:37.000Z", nullptr},
    {"2017-07-11T18:45:37z",              "2017-07-11T18:45:37.000Z", nullptr},
    // fractions: 1..9 digits kept exactly, printed in groups of three
    {"2017-07-11T18:45:37.1Z",            "2017-07-11T18:45:37.100Z", nullptr},
    {"2017-07-11T18:45:37.12Z",           "2017-07-11T18:45:37.120Z", nullptr},
    {"2017-07-11T18:45:37.123Z",          "2017-07-11T18:45:37.123Z", nullptr},
    {"2017-07-11T18:45:37.1234Z",         "2017-07-11T18:45:37.123400Z", nullptr},
    {"2017-07-11T18:45:37.12345Z",        "2017-07-11T18:45:37.123450Z", nullptr},
    {"2017-07-11T18:45:37.123456Z",       "2017-07-11T18:45:37.123456Z", nullptr},
    {"2017-07-11T18:45:37.1234567Z",      "2017-07-11T18:45:37.123456700Z", nullptr},
    {"2017-07-11T18:45:37.12345678Z",     "2017-07-11T18:45:37.123456780Z", nullptr},
    {"2017-07-11T18:45:37.123456789Z",    "2017-07-11T18:45:37.123456789Z", nullptr},
    {"2017-07-11T18:45:37.000000000Z",    "2017-07-11T18:45:37.000Z", nullptr},
    {"2017-07-11T18:45:37.000001Z",       "2017-07-11T18:45:37.000001Z", nullptr},
    {"2017-07-11T18:45:37.000000001Z",    "2017-07-11T18:45:37.000000001Z", nullptr},
    {"2017-07-11T18:45:37.999999999Z",    "2017-07-11T18:45:37.999999999Z", nullptr},
    {"2017-07-11T18:45:37.1234567890Z",   nullptr, "fraction needs 1 to 9 digits"},
    {"2017-07-11T18:45:37.000000000000Z", nullptr, "fraction needs 1 to 9 digits"},
    {"2017-07-11T18:45:37.Z",             nullptr, "fraction needs 1 to 9 digits"},
    {"2017-07-11T18:45:37.",              nullptr, "fraction needs 1 to 9 digits"},
    {"2017-07-11T18:45:37,5Z",            nullptr, "expected time zone"},
    // offsets converted to UTC
    {"2017-07-11T23:45:37.098+05:00",     "2017-07-11T18:45:37.098Z", nullptr},
    {"2017-07-11T13:15:37.098-05:30",     "2017-07-11T18:45:37.098Z", nullptr},
    {"2017-07-11T18:45:37+00:00",         "2017-07-11T18:45:37.000Z", nullptr},
    {"2017-07-11T18:45:37-00:00",         "2017-07-11T18:45:37.000Z", nullptr},
    {"2017-07-11T20:00:00.5-05:30",       "2017-07-12T01:30:00.500Z", nullptr},  // negative offset, next day
    {"2016-12-31T22:00:00-03:00",         "2017-01-01T01:00:00.000Z", nullptr},  // negative offset, next year
    {"2017-01-01T01:00:00+02:00",         "2016-12-31T23:00:00.000Z", nullptr},  // positive offset, previous year
    {"2024-02-28T23:30:00-01:00",         "2024-02-29T00:30:00.000Z", nullptr},  // into a leap day
    {"2023-03-01T00:30:00+01:00",         "2023-02-28T23:30:00.000Z", nullptr},  // back over a non-leap Feb
    {"2017-07-11T18:45:37+23:59",         "2017-07-10T18:46:37.000Z", nullptr},
    {"2017-07-11T18:45:37-23:59",         "2017-07-12T18:44:37.000Z", nullptr},
    {"2017-07-11T18:45:37+24:00",         nullptr, "offset hour out of range"},
    {"2017-07-11T18:45:37+05:60",         nullptr, "offset minute out of range"},
    {"2017-07-11T18:45:37+0500",          nullptr, "offset must be"},
    {"2017-07-11T18:45:37+05",            nullptr, "offset must be"},
    {"2017-07-11T18:45:37+5:00",          nullptr, "offset must be"},
    {"2017-07-11T18:45:37+",              nullptr, "offset must be"},
    {"2017-07-11T18:45:37+05:00:00",      nullptr, "trailing characters"},
    // leap years (proleptic Gregorian)
    {"2000-02-29T00:00:00Z",              "2000-02-29T00:00:00.000Z", nullptr},
    {"2024-02-29T12:00:00Z",              "2024-02-29T12:00:00.000Z", nullptr},
    {"0000-02-29T00:00:00Z",              "0000-02-29T00:00:00.000Z", nullptr},
    {"1600-02-29T00:00:00Z",              "1600-02-29T00:00:00.000Z", nullptr},
    {"1900-02-29T00:00:00Z",              nullptr, "day 29 does not exist in February"},
    {"2023-02-29T00:00:00Z",              nullptr, "day 29 does not exist in February"},
    {"2100-02-29T00:00:00Z",              nullptr, "day 29 does not exist in February"},
    {"2024-02-30T00:00:00Z",              nullptr, "day 30 does not exist in February"},
    {"2024-02-31T00:00:00Z",              nullptr, "day 31 does not exist in February"},
    // day 31 in 30-day months, and month/day ranges
    {"2017-01-31T00:00:00Z",              "2017-01-31T00:00:00.000Z", nullptr},
    {"2017-12-31T00:00:00Z",              "2017-12-31T00:00:00.000Z", nullptr},
    {"2017-04-30T00:00:00Z",              "2017-04-30T00:00:00.000Z", nullptr},
    {"2017-04-31T00:00:00Z",              nullptr, "day 31 does not exist in April"},
    {"2017-06-31T00:00:00Z",              nullptr, "day 31 does not exist in June"},
    {"2017-09-31T00:00:00Z",              nullptr, "day 31 does not exist in September"},
    {"2017-11-31T00:00:00Z",              nullptr, "day 31 does not exist in November"},
    {"2017-07-32T00:00:00Z",              nullptr, "day out of range"},
    {"2017-07-00T00:00:00Z",              nullptr, "day out of range"},
    {"2017-13-11T00:00:00Z",              nullptr, "month out of range"},
    {"2017-00-11T00:00:00Z",              nullptr, "month out of range"},
    // time of day ranges
    {"2017-07-11T23:59:59.999999999Z",    "2017-07-11T23:59:59.999999999Z", nullptr},
    {"2017-07-11T24:00:00Z",              nullptr, "hour out of range"},
    {"2017-07-11T18:60:00Z",              nullptr, "minute out of range"},
    {"2016-12-31T23:59:60Z",              nullptr, "leap second :60 is not supported"},
    {"2017-07-11T18:45:61Z",              nullptr, "second out of range"},
    // years 0000 and 9999 and offsets pushing past them
    {"0000-01-01T00:00:00Z",              "0000-01-01T00:00:00.000Z", nullptr},
    {"0000-01-01T00:00:00-00:00",         "0000-01-01T00:00:00.000Z", nullptr},
    {"0000-01-01T00:30:00+00:30",         "0000-01-01T00:00:00.000Z", nullptr},
    {"0000-01-01T00:00:00-01:00",         "0000-01-01T01:00:00.000Z", nullptr},
    {"0000-01-01T00:00:00+00:01",         nullptr, "instant outside years 0000-9999 after applying the offset"},
    {"0000-01-01T00:29:59.999999999+00:30", nullptr, "instant outside years 0000-9999"},
    {"9999-12-31T23:59:59.999999999Z",    "9999-12-31T23:59:59.999999999Z", nullptr},
    {"9999-12-31T23:59:59+01:00",         "9999-12-31T22:59:59.000Z", nullptr},
    {"9999-12-31T22:59:59.999999999-01:00", "9999-12-31T23:59:59.999999999Z", nullptr},
    {"9999-12-31T23:59:59-00:01",         nullptr, "instant outside years 0000-9999 after applying the offset"},
    {"9999-12-31T23:00:00-01:00",         nullptr, "instant outside years 0000-9999"},
    // structure
    {"",                                  nullptr, "empty string"},
    {"2017-07-11",                        nullptr, "missing time"},
    {"2017-07-11T18:45Z",                 nullptr, "missing seconds"},
    {"2017-07-11T18:45",                  nullptr, "missing seconds"},
    {"2017-07-11T18:45+01:00",            nullptr, "missing seconds"},
    {"2017-07-11T18:45:37",               nullptr, "missing time zone (expected Z or \u00b1hh:mm)"},
    {"2017-07-11T18:45:37.098",           nullptr, "missing time zone"},
    {"2017-07-11 18:45:37Z",              nullptr, "expected 'T' between date and time"},
    {"2017-07-11_18:45:37Z",              nullptr, "expected 'T' between date and time"},
    {" 2017-07-11T18:45:37Z",             nullptr, "expected 4-digit year"},
    {"2017-07-11T18:45:37Z ",             nullptr, "trailing characters"},
    {"2017-07-11T18:45:37 Z",             nullptr, "expected time zone"},
    {"2017-07-11T18:45:37.098Zx",         nullptr, "trailing characters"},
    {"2017-07-11T18:45:37ZZ",             nullptr, "trailing characters"},
    {"2017-7-11T18:45:37Z",               nullptr, "expected 2-digit month"},
    {"2017-07-1T18:45:37Z",               nullptr, "expected 2-digit day"},
    {"2017-07-11T8:45:37Z",               nullptr, "expected 2-digit hour"},
    {"2017-07-11T18:5:37Z",               nullptr, "expected 2-digit minute"},
    {"2017-07-11T18:45:7Z",               nullptr, "expected 2-digit second"},
    {"17-07-11T18:45:37Z",                nullptr, "expected 4-digit year"},
    {"+2017-07-11T18:45:37Z",             nullptr, "expected 4-digit year"},
    {"20170-07-11T18:45:37Z",             nullptr, "expected '-' after the year"},
    {"2017/07/11T18:45:37Z",              nullptr, "expected '-' after the year"},
    {"2017-07/11T18:45:37Z",              nullptr, "expected '-' after the month"},
    {"2017-07-11T18.45.37Z",              nullptr, "expected ':' after the hour"},
    {"2017-07-11T18:45 37Z",              nullptr, "expected ':' after the minute"},
    {"2017",                              nullptr, "expected '-' after the year"},
    {"2017-07-11T",                       nullptr, "expected 2-digit hour"},
    // non-ASCII digits: full-width, Arabic-Indic, Devanagari
    {"\uff12\uff10\uff11\uff17-07-11T18:45:37Z", nullptr, "expected 4-digit year"},
    {"2017-07-1\u0661T18:45:37Z",         nullptr, "expected 2-digit day"},
    {"2017-07-11T18:45:37.0\u096fZ",      nullptr, "expected time zone"},
    {"2017-07-11T18:45:37+0\u0665:00",    nullptr, "offset must be"},
};
// clang-format on

} // namespace

BOOST_AUTO_TEST_CASE(parse_table) {
    for (const parse_case& c : parse_cases) {
        BOOST_TEST_CONTEXT("input \"" << c.text << "\"") {
            timestamp sentinel = timestamp::from_unix(123, 456);
            timestamp out = sentinel;
            const char* reason = djson::detail::parse_timestamp(c.text, out);
            const std::optional<timestamp> parsed = timestamp::parse(c.text);
            if (c.canonical != nullptr) {
                BOOST_TEST(reason == nullptr, "unexpected reason: " << (reason ? reason : ""));
                BOOST_TEST_REQUIRE(parsed.has_value());
                BOOST_TEST(*parsed == out);
                BOOST_TEST(parsed->to_string() == c.canonical);
                // The canonical text is itself valid and denotes the same instant.
                BOOST_TEST(timestamp::parse(parsed->to_string()) == parsed);
            } else {
                BOOST_TEST(!parsed.has_value());
                BOOST_TEST_REQUIRE(reason != nullptr);
                BOOST_TEST(std::string_view(reason).find(c.reason) != std::string_view::npos,
                           "reason \"" << reason << "\" lacks \"" << c.reason << "\"");
                BOOST_TEST(out == sentinel); // untouched on failure
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(embedded_nul_is_rejected) {
    using namespace std::string_view_literals;
    BOOST_TEST(!timestamp::parse("2017-07-11T18:45:37Z\0"sv));
    BOOST_TEST(!timestamp::parse("2017-07-11T18:45:37\0Z"sv));
    BOOST_TEST(!timestamp::parse("2017-07-11\0T18:45:37Z"sv));
}

BOOST_AUTO_TEST_CASE(prefix_of_valid_text_never_parses) {
    // Every truncation of a valid string is rejected (and exercises each bounds check).
    const std::string_view full = "2017-07-11T18:45:37.123456789+05:30";
    for (std::size_t n = 0; n < full.size(); ++n) {
        BOOST_TEST_CONTEXT("prefix length " << n) {
            timestamp t;
            BOOST_TEST(djson::detail::parse_timestamp(full.substr(0, n), t) != nullptr);
        }
    }
    BOOST_TEST(timestamp::parse(full).has_value());
}

BOOST_AUTO_TEST_CASE(default_is_epoch) {
    static_assert(timestamp{}.unix_seconds() == 0 && timestamp{}.nanoseconds() == 0);
    BOOST_TEST(timestamp{}.to_string() == "1970-01-01T00:00:00.000Z");
    BOOST_TEST(timestamp{} == timestamp::from_unix(0));
}

BOOST_AUTO_TEST_CASE(from_unix_round_trip_and_range) {
    constexpr std::int64_t secs[] = {0,          1,           -1,          1'499'798'737,   -86'400,
                                     -86'401,    min_seconds, max_seconds, min_seconds + 1, max_seconds - 1,
                                     951'782'400 /* 2000-02-29 */};
    for (std::int64_t s : secs) {
        for (std::uint32_t n : {0u, 1u, 999'999'999u, 500'000'000u}) {
            const timestamp t = timestamp::from_unix(s, n);
            BOOST_TEST(t.unix_seconds() == s);
            BOOST_TEST(t.nanoseconds() == n);
        }
    }
    BOOST_TEST(timestamp::from_unix(1'499'798'737, 98'000'000).to_string() == "2017-07-11T18:45:37.098Z");
    BOOST_TEST(timestamp::from_unix(-1, 0).to_string() == "1969-12-31T23:59:59.000Z");
    BOOST_TEST(timestamp::from_unix(min_seconds).to_string() == "0000-01-01T00:00:00.000Z");
    BOOST_TEST(timestamp::from_unix(max_seconds, 999'999'999).to_string() ==
               "9999-12-31T23:59:59.999999999Z");
    BOOST_CHECK_THROW(timestamp::from_unix(0, 1'000'000'000), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(0, 0xFFFFFFFFu), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(min_seconds - 1), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(max_seconds + 1), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(std::numeric_limits<std::int64_t>::min()), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(std::numeric_limits<std::int64_t>::max()), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(format_round_trips_through_parse) {
    constexpr std::uint32_t nanos_patterns[] = {
        0,         98'000'000,  123'400'000, 123'456'000, 123'456'789, 1,  1'000,
        1'000'000, 999'999'999, 999'000'000, 999'999'000, 500'000'000, 10, 100'000};
    std::size_t checked = 0;
    auto check = [&](std::int64_t s) {
        for (std::uint32_t n : nanos_patterns) {
            const timestamp t = timestamp::from_unix(s, n);
            char buf[timestamp::max_text_size];
            std::memset(buf, 'x', sizeof buf);
            const std::size_t len = t.format(buf);
            BOOST_TEST_REQUIRE(len <= timestamp::max_text_size - 1);
            BOOST_TEST(buf[len] == '\0');
            const std::string_view text(buf, len);
            const std::size_t frac = n % 1'000'000 == 0 ? 3 : n % 1'000 == 0 ? 6 : 9;
            BOOST_TEST(len == 20 + frac + 1);
            BOOST_TEST(text == t.to_string());
            const std::optional<timestamp> back = timestamp::parse(text);
            BOOST_TEST_REQUIRE(back.has_value(), text);
            BOOST_TEST(*back == t, text);
            ++checked;
        }
    };
    for (std::int64_t s = min_seconds; s <= max_seconds - 7'777'777'777; s += 7'777'777'777 + 12'345)
        check(s);
    for (std::int64_t s = -100'000; s <= 100'000; s += 997)
        check(s);
    for (std::int64_t s : {min_seconds, min_seconds + 1, max_seconds, max_seconds - 1, std::int64_t{-1},
                           std::int64_t{0}, std::int64_t{1}})
        check(s);
    BOOST_TEST(checked > 1000u);
}

BOOST_AUTO_TEST_CASE(every_day_matches_a_naive_calendar) {
    // Walk all 3.65M days of 0000-9999 with an obviously correct calendar and compare both directions.
    auto leap = [](int y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); };
    constexpr int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    std::int64_t s = min_seconds;
    std::size_t mismatches = 0;
    char text[] = "0000-01-01T12:34:56.000Z";
    for (int y = 0; y <= 9999; ++y) {
        for (int m = 1; m <= 12; ++m) {
            const int dim = m == 2 && leap(y) ? 29 : mdays[m - 1];
            for (int d = 1; d <= dim; ++d, s += 86'400) {
                text[0] = static_cast<char>('0' + y / 1000);
                text[1] = static_cast<char>('0' + y / 100 % 10);
                text[2] = static_cast<char>('0' + y / 10 % 10);
                text[3] = static_cast<char>('0' + y % 10);
                text[5] = static_cast<char>('0' + m / 10);
                text[6] = static_cast<char>('0' + m % 10);
                text[8] = static_cast<char>('0' + d / 10);
                text[9] = static_cast<char>('0' + d % 10);
                const timestamp t = timestamp::from_unix(s + 45'296);
                char buf[timestamp::max_text_size];
                const std::size_t len = t.format(buf);
                timestamp back;
                if (std::string_view(buf, len) != text ||
                    djson::detail::parse_timestamp(text, back) != nullptr || back != t) {
                    if (++mismatches < 10)
                        BOOST_ERROR("calendar mismatch at " << text);
                }
            }
        }
    }
    BOOST_TEST(s == max_seconds + 1);
    BOOST_TEST(mismatches == 0u);
}

BOOST_AUTO_TEST_CASE(comparison) {
    const timestamp a = timestamp::from_unix(-1, 999'999'999);
    const timestamp b = timestamp::from_unix(0, 0);
    const timestamp c = timestamp::from_unix(0, 1);
    const timestamp d = timestamp::from_unix(1, 0);
    BOOST_TEST((a < b && b < c && c < d));
    BOOST_TEST((d > c && c >= c && c <= c && a <= d));
    BOOST_TEST((b == timestamp{} && b != c));
    BOOST_TEST(((a <=> b) == std::strong_ordering::less));
    BOOST_TEST(((c <=> c) == std::strong_ordering::equal));
    // Equal instants written with different offsets compare equal.
    BOOST_TEST(timestamp::parse("2017-07-11T23:45:37.098+05:00") ==
               timestamp::parse("2017-07-11T18:45:37.098Z"));
    BOOST_TEST(*timestamp::parse("2017-07-11T18:45:37.098+00:01") <
               *timestamp::parse("2017-07-11T18:45:37.098Z"));
    static_assert(std::is_same_v<decltype(a <=> b), std::strong_ordering>);
}

BOOST_AUTO_TEST_CASE(chrono_conversions) {
    using namespace std::chrono;
    using ns_time = sys_time<nanoseconds>;
    const ns_time t = sys_days{year{2017} / 7 / 11} + 18h + 45min + 37s + 98ms;
    const timestamp ts = timestamp::from_sys_time(t);
    BOOST_TEST(ts.to_string() == "2017-07-11T18:45:37.098Z");
    BOOST_TEST(ts.unix_seconds() == 1'499'798'737);
    BOOST_TEST((ts.to_sys_time() == t));

    const timestamp pre = timestamp::from_sys_time(ns_time{nanoseconds{-1}});
    BOOST_TEST(pre.unix_seconds() == -1);
    BOOST_TEST(pre.nanoseconds() == 999'999'999u);
    BOOST_TEST(pre.to_string() == "1969-12-31T23:59:59.999999999Z");
    BOOST_TEST((pre.to_sys_time() == ns_time{nanoseconds{-1}}));

    const timestamp whole = timestamp::from_sys_time(ns_time{nanoseconds{-2'000'000'000}});
    BOOST_TEST(whole.unix_seconds() == -2);
    BOOST_TEST(whole.nanoseconds() == 0u);

    // The extremes of sys_time<nanoseconds> (1677-09-21 .. 2262-04-11) survive the round trip exactly.
    for (const ns_time x : {ns_time::min(), ns_time::max(), ns_time::min() + nanoseconds{1},
                            ns_time::max() - nanoseconds{1}, ns_time{}}) {
        const timestamp y = timestamp::from_sys_time(x);
        BOOST_TEST((y.to_sys_time() == x));
        BOOST_TEST(timestamp::parse(y.to_string()) == y);
    }
    BOOST_TEST(timestamp::from_sys_time(ns_time::max()).to_string() == "2262-04-11T23:47:16.854775807Z");
    BOOST_TEST(timestamp::from_sys_time(ns_time::min()).to_string() == "1677-09-21T00:12:43.145224192Z");

    // One nanosecond beyond either extreme, and far outside, does not fit.
    const timestamp past_max = *timestamp::parse("2262-04-11T23:47:16.854775808Z");
    const timestamp before_min = *timestamp::parse("1677-09-21T00:12:43.145224191Z");
    BOOST_CHECK_THROW(past_max.to_sys_time(), std::out_of_range);
    BOOST_CHECK_THROW(before_min.to_sys_time(), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(min_seconds).to_sys_time(), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::from_unix(max_seconds).to_sys_time(), std::out_of_range);
    BOOST_CHECK_THROW(timestamp::parse("1677-09-20T23:59:59Z")->to_sys_time(), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(noexcept_contract) {
    static_assert(noexcept(timestamp::parse(std::string_view{})));
    static_assert(noexcept(std::declval<const timestamp&>().format(nullptr)));
    static_assert(noexcept(djson::detail::parse_timestamp(std::string_view{}, std::declval<timestamp&>())));
    static_assert(std::is_trivially_copyable_v<timestamp>);
}
