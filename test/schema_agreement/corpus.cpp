// Extra documents for the schema/reader agreement check (check_agreement.py), where the unit tests read few:
// date-times around every calendar and clock boundary, every integer width and both floating types at and
// beyond their limits, free-form and nullable values with null, two models with the same unqualified name,
// and the JSONTestSuite corpus as free-form values. Nothing is asserted about the verdicts here: each read is
// recorded (DJSON_AGREEMENT_DIR) and the checker compares it with json_schema<T>().
#define BOOST_TEST_MODULE schema_agreement_corpus
#include <boost/test/unit_test.hpp>

#include "../support.hpp"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace agc {

struct Ts {
    djson::timestamp t;
};
BOOST_DESCRIBE_STRUCT(Ts, (), (t))

struct I8 {
    std::int8_t v;
};
BOOST_DESCRIBE_STRUCT(I8, (), (v))
struct U8 {
    std::uint8_t v;
};
BOOST_DESCRIBE_STRUCT(U8, (), (v))
struct I16 {
    std::int16_t v;
};
BOOST_DESCRIBE_STRUCT(I16, (), (v))
struct U16 {
    std::uint16_t v;
};
BOOST_DESCRIBE_STRUCT(U16, (), (v))
struct I32 {
    std::int32_t v;
};
BOOST_DESCRIBE_STRUCT(I32, (), (v))
struct U32 {
    std::uint32_t v;
};
BOOST_DESCRIBE_STRUCT(U32, (), (v))
struct I64 {
    std::int64_t v;
};
BOOST_DESCRIBE_STRUCT(I64, (), (v))
struct U64 {
    std::uint64_t v;
};
BOOST_DESCRIBE_STRUCT(U64, (), (v))
struct F {
    float v;
};
BOOST_DESCRIBE_STRUCT(F, (), (v))
struct D {
    double v;
};
BOOST_DESCRIBE_STRUCT(D, (), (v))

BOOST_DEFINE_ENUM_CLASS(Color, red, green)

struct Free {
    std::optional<boost::json::value> opt;
    djson::nullable<boost::json::value> nul;
    std::optional<djson::nullable<boost::json::value>> tri;
    std::optional<djson::raw_json> raw;
    std::optional<std::vector<std::int32_t>> list;
    std::optional<std::array<std::int32_t, 2>> pair;
    std::optional<std::map<std::string, djson::nullable<Color>>> colors;
};
BOOST_DESCRIBE_STRUCT(Free, (), (opt, nul, tri, raw, list, pair, colors))

} // namespace agc

// Two models whose unqualified names collide, in one document.
namespace legacy {
struct Item {
    std::int32_t id;
};
BOOST_DESCRIBE_STRUCT(Item, (), (id))
} // namespace legacy
namespace current {
struct Item {
    std::string name;
};
BOOST_DESCRIBE_STRUCT(Item, (), (name))
} // namespace current
namespace agc {
struct Both {
    legacy::Item old_item;
    current::Item new_item;
};
BOOST_DESCRIBE_STRUCT(Both, (), (old_item, new_item))

// A template model: its name has <, >, :: and spaces to put in a $ref.
template <class T> struct Page {
    std::vector<T> items;
    std::optional<djson::nullable<std::uint64_t>> next;
    BOOST_DESCRIBE_CLASS(Page, (), (items, next), (), ())
};
struct Pages {
    Page<legacy::Item> old_page;
    Page<current::Item> new_page;
    std::optional<Page<std::map<std::string, unsigned long long>>> counts;
};
BOOST_DESCRIBE_STRUCT(Pages, (), (old_page, new_page, counts))
} // namespace agc

namespace {

std::size_t reads = 0;

template <class T> void read(const std::string& doc) {
    djson_test::record_read<T>(doc, djson::try_from_json<T>(doc));
    ++reads;
}

std::string two(int n) {
    return std::string{char('0' + n / 10 % 10), char('0' + n % 10)};
}

} // namespace

BOOST_AUTO_TEST_CASE(date_times) {
    // calendar: every month's last days, leap years by the 4/100/400 rule, out-of-range months and days
    for (int y : {0, 1, 4, 100, 400, 1900, 1970, 2000, 2023, 2024, 2100, 9996, 9999}) {
        std::string year = std::to_string(10000 + y).substr(1);
        for (int m = 0; m <= 13; ++m)
            for (int d : {0, 1, 28, 29, 30, 31, 32})
                if ((m >= 1 && m <= 12) || d == 1)
                    read<agc::Ts>(R"({"t":")" + year + "-" + two(m) + "-" + two(d) + R"(T00:00:00Z"})");
    }
    // clock, fraction, offset, separators and the rest of the spelling
    for (const char* t : {"2024-02-29T23:59:59Z",
                          "2024-02-29T24:00:00Z",
                          "2024-02-29T23:60:00Z",
                          "2024-02-29T23:59:60Z",
                          "2016-12-31T23:59:60Z",
                          "2024-01-01T00:00:61Z",
                          "2024-01-01T00:00:00.Z",
                          "2024-01-01T00:00:00.0Z",
                          "2024-01-01T00:00:00.123456789Z",
                          "2024-01-01T00:00:00.1234567890Z",
                          "2024-01-01T00:00:00,5Z",
                          "2024-01-01t00:00:00z",
                          "2024-01-01 00:00:00Z",
                          "2024-01-01T00:00:00",
                          "2024-01-01T00:00Z",
                          "2024-01-01T00:00:00+00:00",
                          "2024-01-01T00:00:00-00:00",
                          "2024-01-01T00:00:00+23:59",
                          "2024-01-01T00:00:00-23:59",
                          "2024-01-01T00:00:00+24:00",
                          "2024-01-01T00:00:00+23:60",
                          "2024-01-01T00:00:00+0000",
                          "2024-01-01T00:00:00+00",
                          "2024-01-01T00:00:00Z ",
                          " 2024-01-01T00:00:00Z",
                          "2024-01-01T00:00:00Z\\n",
                          "2024-01-01T00:00:00ZZ",
                          "2024-1-01T00:00:00Z",
                          "2024-01-1T00:00:00Z",
                          "2024-01-01T0:00:00Z",
                          "12024-01-01T00:00:00Z",
                          "-2024-01-01T00:00:00Z",
                          "+2024-01-01T00:00:00Z",
                          "2024-01-01",
                          "00:00:00Z",
                          "",
                          "2024-01-01T00:00:00\\u005a",
                          "\\u0032024-01-01T00:00:00Z",
                          "2024-01-01T00:00:00.000000000+05:30",
                          "9999-12-31T23:59:59.999999999-23:59",
                          "0000-01-01T00:00:00+23:59",
                          "2024-01-01T00:00:00\\u0000Z",
                          "\xef\xbc\x92"
                          "024-01-01T00:00:00Z",
                          "2024-01-01T00:00:00.\xd9\xa1Z"})
        read<agc::Ts>(std::string(R"({"t":")") + t + "\"}");
    for (const char* v : {"null", "0", "true", "[]", "{}", "20240101"})
        read<agc::Ts>(std::string(R"({"t":)") + v + "}");
    BOOST_TEST(reads > 0u);
}

namespace {
template <class M, class I> void integer_cases() {
    using lim = std::numeric_limits<I>;
    std::vector<std::string> values{std::to_string(lim::min()),
                                    std::to_string(lim::max()),
                                    "0",
                                    "-0",
                                    "1",
                                    "-1",
                                    "0.0",
                                    "-0.0",
                                    "1.0",
                                    "1e0",
                                    "1E2",
                                    "1e+2",
                                    "100e-2",
                                    "1.5",
                                    "1e-2",
                                    "\"1\"",
                                    "true",
                                    "null",
                                    "[]",
                                    "{}",
                                    "1e19",
                                    "1.8e19",
                                    "9.2e18",
                                    "-9.2e18",
                                    "9223372036854775807",
                                    "9223372036854775808",
                                    "-9223372036854775808",
                                    "-9223372036854775809",
                                    "18446744073709551615",
                                    "18446744073709551616",
                                    "123456789012345678901234567890",
                                    "1e400",
                                    "-1e400",
                                    "0e5",
                                    "-0e-5"};
    // one past each end, spelled as an integer
    const std::string lo = std::to_string(lim::min()), hi = std::to_string(lim::max());
    auto plus_one = [](std::string s) { // decimal increment of a non-negative integer's digits
        int i = static_cast<int>(s.size()) - 1;
        while (i >= 0 && s[static_cast<std::size_t>(i)] == '9')
            s[static_cast<std::size_t>(i--)] = '0';
        if (i < 0)
            s.insert(s.begin(), '1');
        else
            ++s[static_cast<std::size_t>(i)];
        return s;
    };
    values.push_back(plus_one(hi));
    values.push_back(lim::min() == 0 ? std::string("-1") : "-" + plus_one(lo.substr(1)));
    values.push_back(hi + ".0");
    values.push_back(lo + ".0");
    for (const auto& v : values)
        read<M>(R"({"v":)" + v + "}");
}
} // namespace

BOOST_AUTO_TEST_CASE(integers) {
    integer_cases<agc::I8, std::int8_t>();
    integer_cases<agc::U8, std::uint8_t>();
    integer_cases<agc::I16, std::int16_t>();
    integer_cases<agc::U16, std::uint16_t>();
    integer_cases<agc::I32, std::int32_t>();
    integer_cases<agc::U32, std::uint32_t>();
    integer_cases<agc::I64, std::int64_t>();
    integer_cases<agc::U64, std::uint64_t>();
    BOOST_TEST(reads > 0u);
}

BOOST_AUTO_TEST_CASE(floating) {
    for (const char* v : {"0",
                          "-0",
                          "-0.0",
                          "1",
                          "1.5",
                          "1e2",
                          "5e-324",
                          "1e-400",
                          "-1e-400",
                          "3.4028234663852886e38",
                          "3.4028235e38",
                          "3.40282356e38",
                          "3.4028235677973362e38",
                          "3.4028235677973366e38",
                          "340282356779733661637539395458142568448",
                          "340282356779733661637539395458142568447",
                          "-3.4028235677973366e38",
                          "1e39",
                          "1.7976931348623157e308",
                          "1.7976931348623158e308",
                          "1.7976931348623158079e308",
                          "1.797693134862315807937e308",
                          "1.7976931348623159e308",
                          "-1.7976931348623159e308",
                          "1e309",
                          "-1e309",
                          "1e400",
                          "123456789012345678901234567890",
                          "0.1000000000000000055511151231257827",
                          "\"1\"",
                          "null",
                          "true",
                          "NaN",
                          "Infinity",
                          "-Infinity"}) {
        read<agc::F>(std::string(R"({"v":)") + v + "}");
        read<agc::D>(std::string(R"({"v":)") + v + "}");
    }
    BOOST_TEST(reads > 0u);
}

BOOST_AUTO_TEST_CASE(free_form_and_null) {
    for (const char* doc : {R"({"nul":null})",
                            R"({"nul":1})",
                            R"({})",
                            R"({"nul":null,"opt":null})",
                            R"({"nul":null,"opt":1})",
                            R"({"nul":null,"opt":{}})",
                            R"({"nul":null,"tri":null})",
                            R"({"nul":null,"tri":[null]})",
                            R"({"nul":null,"raw":null})",
                            R"({"nul":null,"raw":123456789012345678901234567890})",
                            R"({"nul":123456789012345678901234567890})",
                            R"({"nul":1e400})",
                            R"({"nul":-9223372036854775809})",
                            R"({"nul":18446744073709551615})",
                            R"({"nul":18446744073709551616})",
                            R"({"nul":0.1})",
                            R"({"nul":1.0})",
                            R"({"nul":100000000000000000000})",
                            R"({"nul":1.7976931348623159e308})",
                            R"({"nul":null,"list":null})",
                            R"({"nul":null,"list":[null]})",
                            R"({"nul":null,"list":[1.0]})",
                            R"({"nul":null,"pair":[1]})",
                            R"({"nul":null,"pair":[1,2]})",
                            R"({"nul":null,"pair":[1,2,3]})",
                            R"({"nul":null,"pair":null})",
                            R"({"nul":null,"colors":{"a":"red","b":null}})",
                            R"({"nul":null,"colors":{"a":"RED"}})",
                            R"({"nul":null,"colors":null})",
                            R"({"nul":null,"colors":{"a":"red","a":"green"}})",
                            R"({"nul":{"a":1,"a":2}})"})
        read<agc::Free>(doc);
    for (const char* doc :
         {R"({"old_item":{"id":1},"new_item":{"name":"x"}})",
          R"({"old_item":{"name":"x"},"new_item":{"id":1}})", R"({"old_item":{"id":1},"new_item":{"id":1}})",
          R"({"old_item":{"name":"x"},"new_item":{"name":"x"}})"})
        read<agc::Both>(doc);
    for (const char* doc :
         {R"({"old_page":{"items":[{"id":1}]},"new_page":{"items":[{"name":"x"}],"next":null}})",
          R"({"old_page":{"items":[{"name":"x"}]},"new_page":{"items":[{"id":1}]}})",
          R"({"old_page":{"items":[]},"new_page":{"items":[],"next":18446744073709551615}})",
          R"({"old_page":{"items":[]},"new_page":{"items":[],"next":-1}})",
          R"({"old_page":{"items":[]},"new_page":{"items":[]},"counts":{"items":[{"a":1}]}})",
          R"({"old_page":{"items":[]},"new_page":{"items":[]},"counts":{"items":[{"a":-1}]}})"})
        read<agc::Pages>(doc);
    BOOST_TEST(reads > 0u);
}

// JSONTestSuite (test/data): every file as a root free-form value and as a free-form member.
BOOST_AUTO_TEST_CASE(json_test_suite) {
    namespace fs = std::filesystem;
    std::vector<fs::path> paths;
    for (const auto& e :
         fs::directory_iterator(fs::path(DJSON_TEST_DATA_DIR) / "JSONTestSuite" / "test_parsing"))
        paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
        std::ifstream in(p, std::ios::binary);
        std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        read<boost::json::value>(text);
        read<agc::Free>(R"({"nul":)" + text + "}");
        read<agc::Free>(R"({"nul":null,"raw":)" + text + "}");
    }
    BOOST_TEST(paths.size() > 300u);
}
