// Member constraints (djson/constraints.hpp): checked on read (text and DOM alike) and by validate, each an
// errc::constraint at the member's path, and written into the schema.
#define BOOST_TEST_MODULE constraints
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <array>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;

namespace cs {

struct Numbers {
    int validity = 15;
    std::uint64_t big = 0;
    std::int8_t small = 0;
    double ratio = 0;
    float f = 0;
    long long step = 0;
    double half = 0;
};
BOOST_DESCRIBE_STRUCT(Numbers, (), (validity, big, small, ratio, f, step, half))
DJSON_MODEL(Numbers, djson::member("validity", djson::minimum(15), djson::maximum(43200)),
            djson::member("big", djson::minimum(10000000000000000000ULL)),
            djson::member("small", djson::minimum(-1000), djson::maximum(100)),
            djson::member("ratio", djson::exclusive_minimum(0), djson::exclusive_maximum(1)),
            djson::member("f", djson::maximum(0.5)), djson::member("step", djson::multiple_of(5)),
            djson::member("half", djson::multiple_of(0.5)));

struct Texts {
    std::string name;
    std::string code;
    std::string id;
    std::string mail;
    std::string link;
    std::string v4;
    std::string v6;
};
BOOST_DESCRIBE_STRUCT(Texts, (), (name, code, id, mail, link, v4, v6))
DJSON_MODEL(Texts, djson::member("name", djson::min_length(1), djson::max_length(5)),
            djson::member("code", djson::pattern("^[A-Z]{2}-[0-9]+$")),
            djson::member("id", djson::format::uuid), djson::member("mail", djson::format::email),
            djson::member("link", djson::format::uri), djson::member("v4", djson::format::ipv4),
            djson::member("v6", djson::format::ipv6));

struct Item {
    std::string k;
    int n = 0;
};
BOOST_DESCRIBE_STRUCT(Item, (), (k, n))

struct Lists {
    std::vector<std::string> tags;
    std::array<int, 3> triple{};
    std::vector<double> values;
    std::vector<Item> items;
    std::map<std::string, int> counts;
    std::vector<std::vector<int>> grid;
};
BOOST_DESCRIBE_STRUCT(Lists, (), (tags, triple, values, items, counts, grid))
DJSON_MODEL(Lists, djson::member("tags", djson::min_items(1), djson::max_items(3), djson::unique_items),
            djson::member("triple", djson::unique_items), djson::member("values", djson::unique_items),
            djson::member("items", djson::unique_items, djson::max_items(2)),
            djson::member("counts", djson::min_properties(1), djson::max_properties(2)),
            djson::member("grid", djson::unique_items));

constexpr bool even(int v) {
    return v % 2 == 0;
}

struct Wrapped {
    std::optional<int> opt;
    djson::nullable<std::string> nul;
    std::optional<djson::nullable<std::vector<int>>> both;
    int custom = 0;
    std::vector<int> items;
    Item inner;
};
BOOST_DESCRIBE_STRUCT(Wrapped, (), (opt, nul, both, custom, items, inner))
DJSON_MODEL(Wrapped, djson::naming::camel_case, djson::member("opt", djson::minimum(0)),
            djson::member("nul", djson::min_length(2)), djson::member("both", djson::min_items(2)),
            djson::member("custom", djson::satisfies(&even, "must be even")),
            djson::member("items",
                          djson::satisfies([](const std::vector<int>& v) { return v.size() % 2 == 0; },
                                           "needs an even number of items")),
            djson::member("inner", djson::satisfies([](const Item& i) { return i.n < 10 || !i.k.empty(); },
                                                    "a large n needs a key")));

struct Guarded {
    std::string text;
};
BOOST_DESCRIBE_STRUCT(Guarded, (), (text))
DJSON_MODEL(Guarded, djson::member("text", djson::pattern("(a+)+$")));

struct BadPattern {
    std::string s;
};
BOOST_DESCRIBE_STRUCT(BadPattern, (), (s))
DJSON_MODEL(BadPattern, djson::member("s", djson::pattern("^(a)\\1$"))); // a backreference: RE2 has none

struct Each {
    std::vector<std::string> ids;
    std::optional<std::vector<djson::nullable<std::string>>> mails;
    std::map<std::string, int> scores;
    std::vector<std::vector<int>> grid;
    std::array<double, 2> pair{};
    std::vector<Item> rows;
};
BOOST_DESCRIBE_STRUCT(Each, (), (ids, mails, scores, grid, pair, rows))
DJSON_MODEL(Each, djson::member("ids", djson::max_items(3), djson::items(djson::format::uuid)),
            djson::member("mails", djson::items(djson::format::email, djson::max_length(12))),
            djson::member("scores", djson::values(djson::minimum(0), djson::maximum(100))),
            djson::member("grid", djson::items(djson::items(djson::multiple_of(2)), djson::min_items(1))),
            djson::member("pair", djson::items(djson::exclusive_minimum(0))),
            djson::member("rows", djson::items(djson::satisfies([](const Item& i) { return !i.k.empty(); },
                                                                "a row needs a key"))));

struct Levels {
    int level = 1;
    std::optional<djson::nullable<std::uint64_t>> big;
    double ratio = 0.5;
    std::vector<int> codes;
};
BOOST_DESCRIBE_STRUCT(Levels, (), (level, big, ratio, codes))
DJSON_MODEL(Levels, djson::member("level", djson::allowed_values(1, 2, 5)),
            djson::member("big", djson::allowed_values(0, 18446744073709551615ULL)),
            djson::member("ratio", djson::allowed_values(0.5, 1)),
            djson::member("codes", djson::items(djson::allowed_values(200, 404))));

// multipleOf on the JSON number, in decimal: money in cents, and integers against decimal factors.
struct Money {
    double price = 0;
    double rate = 0;
    float weight = 0;
    double tiny = 0;
    int halves = 0;
    long long sevenths = 0;
    std::uint64_t huge = 0;
};
BOOST_DESCRIBE_STRUCT(Money, (), (price, rate, weight, tiny, halves, sevenths, huge))
DJSON_MODEL(Money, djson::member("price", djson::multiple_of(0.01)),
            djson::member("rate", djson::multiple_of(0.0001)),
            djson::member("weight", djson::multiple_of(0.01)),
            djson::member("tiny", djson::multiple_of(1e-20)),
            djson::member("halves", djson::multiple_of(0.5)),
            djson::member("sevenths", djson::multiple_of(0.7)),
            djson::member("huge", djson::multiple_of(18446744073709551615ULL)));

struct Measure {
    double rate = 0;
    std::optional<djson::nullable<double>> big;
};
BOOST_DESCRIBE_STRUCT(Measure, (), (rate, big))
DJSON_MODEL(Measure, djson::member("rate", djson::fits_float, djson::exclusive_maximum(1)),
            djson::member("big", djson::fits_float));

struct PercentRules {
    static constexpr auto rules = std::tuple{djson::minimum(0), djson::maximum(100)};
};
using Percent = djson::refined<std::int64_t, PercentRules>;
struct IdsRules {
    static constexpr auto rules = std::tuple{djson::max_items(2), djson::items(djson::format::uuid)};
};
using Ids = djson::refined<std::vector<std::string>, IdsRules>;
struct Scored {
    Percent score;
    std::optional<Ids> ids;
    std::optional<djson::nullable<Percent>> half;
};
BOOST_DESCRIBE_STRUCT(Scored, (), (score, ids, half))
DJSON_MODEL(Scored, djson::member("half", djson::maximum(50)));

} // namespace cs

namespace {
// Reads through text and DOM, without recording for the schema agreement (for rules a schema cannot state).
template <class T> djson::errors read_both_quietly(std::string_view text) {
    auto a = djson::try_from_json<T>(text);
    auto b = djson::try_from_value<T>(boost::json::parse(text));
    BOOST_TEST(a.error_list() == b.error_list());
    return a.error_list();
}
} // namespace

BOOST_AUTO_TEST_CASE(numeric_bounds_are_exact_at_the_edges) {
    const char* ok =
        R"({"validity":15,"big":10000000000000000000,"small":-128,"ratio":0.5,"f":0.5,"step":-15,)"
        R"("half":2.5})";
    auto n = expect_read<cs::Numbers>(ok);
    BOOST_TEST(n.big == 10000000000000000000ULL);
    expect_read<cs::Numbers>(
        R"({"validity":43200,"big":18446744073709551615,"small":100,"ratio":1e-300,"f":-1e30,"step":0,"half":-0.5})");
    expect_errors<cs::Numbers>(
        R"({"validity":14,"big":9999999999999999999,"small":101,"ratio":0,"f":0.50001,"step":7,"half":0.25})",
        {{errc::constraint, "/validity"},
         {errc::constraint, "/big"},
         {errc::constraint, "/small"},
         {errc::constraint, "/ratio"},
         {errc::constraint, "/f"},
         {errc::constraint, "/step"},
         {errc::constraint, "/half"}});
    expect_errors<cs::Numbers>(
        R"({"validity":43201,"big":10000000000000000000,"small":0,"ratio":1,"f":0,"step":5,"half":1})",
        {{errc::constraint, "/validity"}, {errc::constraint, "/ratio"}});
    auto r = djson::try_from_json<cs::Numbers>(
        R"({"validity":14,"big":1,"small":0,"ratio":1,"f":0,"step":5,"half":1})");
    BOOST_REQUIRE(r.error_list().size() == 3u);
    BOOST_TEST(r.error_list()[0].detail == "14 is less than the minimum 15");
    BOOST_TEST(r.error_list()[1].detail == "1 is less than the minimum 10000000000000000000");
    BOOST_TEST(r.error_list()[2].detail == "1.0 is not less than the exclusive maximum 1");
}

BOOST_AUTO_TEST_CASE(a_value_that_cannot_be_read_is_not_checked) {
    // The type error alone: no constraint error for a value that was never read.
    expect_errors<cs::Numbers>(
        R"({"validity":"14","big":-1,"small":1000,"ratio":0.5,"f":0,"step":5,"half":1})",
        {{errc::type_mismatch, "/validity"}, {errc::out_of_range, "/big"}, {errc::out_of_range, "/small"}});
    expect_errors<cs::Lists>(
        R"({"tags":["a",1,"a"],"triple":[1,2,3],"values":[],"items":[],"counts":{"a":1},)"
        R"("grid":[]})",
        {{errc::type_mismatch, "/tags/1"}});
}

BOOST_AUTO_TEST_CASE(string_lengths_count_code_points) {
    expect_read<cs::Texts>(
        R"({"name":"héllo","code":"AB-1","id":"123e4567-e89b-12d3-a456-426614174000",)"
        R"("mail":"a.b@example.com","link":"https://example.com/a?b=c#d","v4":"192.168.0.1",)"
        R"("v6":"::1"})");
    expect_read<cs::Texts>(
        R"({"name":"😀😀😀😀😀","code":"XY-0123","id":"123E4567-E89B-12D3-A456-426614174000",)"
        R"("mail":"x@y","link":"urn:isbn:0451450523","v4":"0.0.0.0","v6":"2001:db8::192.0.2.1"})");
    expect_errors<cs::Texts>(
        R"({"name":"","code":"ab-1","id":"123e4567e89b12d3a456426614174000","mail":"nobody","link":"/relative",)"
        R"("v4":"192.168.0.01","v6":"1::2::3"})",
        {{errc::constraint, "/name"},
         {errc::constraint, "/code"},
         {errc::constraint, "/id"},
         {errc::constraint, "/mail"},
         {errc::constraint, "/link"},
         {errc::constraint, "/v4"},
         {errc::constraint, "/v6"}});
    auto r = djson::try_from_json<cs::Texts>(
        R"({"name":"toolong","code":"AB-1x","id":"123e4567-e89b-12d3-a456-426614174000","mail":"a@b.c",)"
        R"("link":"a:b","v4":"1.2.3.4","v6":"::"})");
    BOOST_REQUIRE(r.error_list().size() == 2u);
    BOOST_TEST(r.error_list()[0].detail == "length 7 is more than maxLength 5");
    BOOST_TEST(r.error_list()[1].detail == R"("AB-1x" does not match the pattern "^[A-Z]{2}-[0-9]+$")");
}

BOOST_AUTO_TEST_CASE(formats_accept_and_refuse_what_their_rfcs_say) {
    using namespace djson::detail;
    for (const char* s : {"00000000-0000-0000-0000-000000000000", "ffffffff-FFFF-aaaa-AAAA-123456789abc"})
        BOOST_TEST(is_uuid(s), s);
    for (const char* s : {"", "00000000-0000-0000-0000-00000000000", "00000000-0000-0000-0000-0000000000000",
                          "0000000g-0000-0000-0000-000000000000", "{00000000-0000-0000-0000-000000000000}",
                          "00000000_0000-0000-0000-000000000000"})
        BOOST_TEST(!is_uuid(s), s);
    for (const char* s : {"1.2.3.4", "255.255.255.255", "0.0.0.0", "10.0.0.10"})
        BOOST_TEST(is_ipv4(s), s);
    for (const char* s : {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "01.2.3.4", "1.2.3.4.", ".1.2.3", "1..2.3",
                          "1.2.3.-4", "1.2.3.4 ", "1111.2.3.4"})
        BOOST_TEST(!is_ipv4(s), s);
    for (const char* s : {"::", "::1", "1::", "1:2:3:4:5:6:7:8", "fe80::1:2", "::ffff:192.0.2.128",
                          "1:2:3:4:5:6:1.2.3.4", "ABCD:ef01::"})
        BOOST_TEST(is_ipv6(s), s);
    for (const char* s : {"", ":", ":::", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "1::2::3",
                          ":1::", "1:", "fe80::1%eth0", "1:2:3:4:5:6:7:1.2.3.4", "::1.2.3", "g::"})
        BOOST_TEST(!is_ipv6(s), s);
    for (const char* s : {"http://example.com", "mailto:a@b.c", "urn:uuid:123", "a+b-c.d:", "x:%20%41",
                          "https://[::1]:80/p?q#f"})
        BOOST_TEST(is_uri(s), s);
    for (const char* s :
         {"", "//host/path", "relative/path", "1a:b", ":x", "http://a b", "x:%2", "x:%zz", "x:#a#b", "x:é"})
        BOOST_TEST(!is_uri(s), s);
    for (const char* s : {"a@b", "first.last@example.com", "x+tag@sub.example.org", "o'hara@x.ie"})
        BOOST_TEST(is_email(s), s);
    for (const char* s :
         {"", "@b", "a@", "a", "a@@b", "a b@c", ".a@b", "a.@b", "a..b@c", "a@-b", "a@b-", "a@b..c", "a@b c"})
        BOOST_TEST(!is_email(s), s);
}

BOOST_AUTO_TEST_CASE(items_counts_and_uniqueness) {
    expect_read<cs::Lists>(R"({"tags":["a","b","c"],"triple":[3,2,1],"values":[1.5,-0.5],)"
                           R"("items":[{"k":"a","n":1},{"k":"a","n":2}],"counts":{"a":1,"b":1},)"
                           R"("grid":[[1,2],[2,1],[1]]})");
    expect_errors<cs::Lists>(R"({"tags":[],"triple":[1,2,1],"values":[1,1.0],)"
                             R"("items":[{"n":1,"k":"a"},{"k":"a","n":1}],"counts":{},"grid":[[1,2],[1,2]]})",
                             {{errc::constraint, "/tags"},
                              {errc::constraint, "/triple"},
                              {errc::constraint, "/values"},
                              {errc::constraint, "/items"},
                              {errc::constraint, "/counts"},
                              {errc::constraint, "/grid"}});
    auto r = djson::try_from_json<cs::Lists>(
        R"({"tags":["x","y","z","x"],"triple":[0,0,1],"values":[-0.0, 0],"items":[{"k":"","n":0},{"k":"","n":1},)"
        R"({"k":"","n":2}],"counts":{"a":1,"b":2,"c":3},"grid":[]})");
    BOOST_REQUIRE(r.error_list().size() == 6u);
    BOOST_TEST(r.error_list()[0].detail == "4 items, more than the maximum 3");
    BOOST_TEST(r.error_list()[1].detail == "items 0 and 3 are equal (uniqueItems)");
    BOOST_TEST(r.error_list()[2].detail == "items 0 and 1 are equal (uniqueItems)");
    BOOST_TEST(r.error_list()[3].detail ==
               "items 0 and 1 are equal (uniqueItems)"); // -0 and 0 are one number
    BOOST_TEST(r.error_list()[4].detail == "3 items, more than the maximum 2");
    BOOST_TEST(r.error_list()[5].path == "/counts");
    BOOST_TEST(r.error_list()[5].detail == "3 properties, more than the maximum 2");
}

BOOST_AUTO_TEST_CASE(each_item_and_value_is_checked_at_its_own_pointer) {
    const char* id = "123e4567-e89b-12d3-a456-426614174000";
    expect_read<cs::Each>(
        std::string(R"({"ids":[")") + id + R"("],"mails":["a@b.io",null],)" +
        R"("scores":{"a":0,"b":100},"grid":[[2,4],[0]],"pair":[0.5,1],"rows":[{"k":"x","n":1}]})");
    expect_read<cs::Each>(R"({"ids":[],"scores":{},"grid":[],"pair":[1e-300,2],"rows":[]})");
    // every break, each at its item's pointer; map keys are escaped as JSON Pointer tokens
    expect_errors<cs::Each>(std::string(R"({"ids":[")") + id + R"(","nope",")" + id + R"(","x"],)" +
                                R"("mails":[null,"not-a-mail","a-long-name@b.io"],)" +
                                R"("scores":{"ok":5,"a/b":-1,"c~d":101},"grid":[[2,3],[],[5,7]],)" +
                                R"("pair":[0,-1],"rows":[{"k":"","n":1},{"k":"y","n":2}]})",
                            {{errc::constraint, "/ids"},
                             {errc::constraint, "/ids/1"},
                             {errc::constraint, "/ids/3"},
                             {errc::constraint, "/mails/1"},
                             {errc::constraint, "/mails/2"},
                             {errc::constraint, "/scores/a~1b"},
                             {errc::constraint, "/scores/c~0d"},
                             {errc::constraint, "/grid/0/1"},
                             {errc::constraint, "/grid/1"},
                             {errc::constraint, "/grid/2/0"},
                             {errc::constraint, "/grid/2/1"},
                             {errc::constraint, "/pair/0"},
                             {errc::constraint, "/pair/1"},
                             {errc::constraint, "/rows/0"}});
    auto errs = read_both_quietly<cs::Each>(
        R"({"ids":["x"],"scores":{"a":-1},"grid":[[1]],"pair":[1,1],"rows":[{"k":"","n":0}]})");
    BOOST_REQUIRE(errs.size() == 4u);
    BOOST_TEST(errs[0].message() == "/ids/0: \"x\" is not a valid uuid");
    BOOST_TEST(errs[1].message() == "/scores/a: -1 is less than the minimum 0");
    BOOST_TEST(errs[2].message() == "/grid/0/0: 1 is not a multiple of 2");
    BOOST_TEST(errs[3].message() == "/rows/0: a row needs a key");

    // validate finds the same breaks at the same pointers
    cs::Each e;
    e.ids = {"x", id};
    e.scores = {{"k/1", 200}};
    e.grid = {{2}, {3}};
    e.pair = {1, 0};
    auto v = djson::validate(e);
    BOOST_REQUIRE(v.size() == 4u);
    BOOST_TEST(v[0].path == "/ids/0");
    BOOST_TEST(v[1].path == "/scores/k~11");
    BOOST_TEST(v[2].path == "/grid/1/0");
    BOOST_TEST(v[3].path == "/pair/1");

    // the rule's own check gives the first break, named by its item
    std::string why;
    BOOST_TEST(!djson::items(djson::minimum(1)).check(std::vector<int>{1, 0, -1}, why));
    BOOST_TEST(why == "item 1: 0 is less than the minimum 1");
    BOOST_TEST(djson::values(djson::minimum(1)).check(std::map<std::string, int>{{"a", 1}}, why));
}

BOOST_AUTO_TEST_CASE(item_and_value_rules_are_in_the_schema) {
    auto p = djson::json_schema<cs::Each>().at("properties");
    BOOST_TEST(p.at("ids").at("maxItems").as_uint64() == 3u);
    BOOST_TEST(p.at("ids").at("items").at("format").as_string() == "uuid");
    BOOST_TEST(p.at("mails").at("items").at("format").as_string() == "email");
    BOOST_TEST(p.at("mails").at("items").at("maxLength").as_uint64() == 12u);
    BOOST_TEST(p.at("scores").at("additionalProperties").at("minimum").as_int64() == 0);
    BOOST_TEST(p.at("scores").at("additionalProperties").at("maximum").as_int64() == 100);
    BOOST_TEST(p.at("grid").at("items").at("minItems").as_uint64() == 1u);
    BOOST_TEST(p.at("grid").at("items").at("items").at("multipleOf").as_int64() == 2);
    BOOST_TEST(p.at("pair").at("items").at("exclusiveMinimum").as_int64() == 0);
}

BOOST_AUTO_TEST_CASE(multiples_are_decided_on_the_decimal_number) {
    // Each is k x 0.01 as a JSON number, though not as a double quotient (0.07 / 0.01 is 7.000000000000001):
    // the old rule, Ajv's and python-jsonschema's, rejected all four.
    for (const char* price : {"0.07", "19.99", "0.29", "1.15", "-19.99", "-0.07", "0", "-0.0", "1e300", "100",
                              "12345678901234.56", "1.7976931348623157e308"})
        expect_read<cs::Money>(std::string(R"({"price":)") + price +
                               R"(,"rate":0.0003,"weight":0,"tiny":0,"halves":0,"sevenths":0,"huge":0})");
    for (const char* rate : {"0.0003", "-0.0003", "1.2345", "3e-4", "7"})
        expect_read<cs::Money>(std::string(R"({"price":0,"rate":)") + rate +
                               R"(,"weight":0,"tiny":0,"halves":0,"sevenths":0,"huge":0})");
    // a float member is judged as it is written: 19.99f is written 19.99
    for (const char* weight : {"0.07", "19.99", "0.29", "1.15", "-1.15", "3.4e38"})
        expect_read<cs::Money>(std::string(R"({"price":0,"rate":0,"weight":)") + weight +
                               R"(,"tiny":0,"halves":0,"sevenths":0,"huge":0})");
    // factors far below one: 1e300 is 10^320 x 1e-20, 5e-324 is no whole multiple of it
    for (const char* tiny : {"3e-20", "-1e-19", "1e300", "1.5e-19", "0.5"})
        expect_read<cs::Money>(std::string(R"({"price":0,"rate":0,"weight":0,"tiny":)") + tiny +
                               R"(,"halves":0,"sevenths":0,"huge":0})");
    // integer members against decimal factors: 3 is 6 x 0.5, 7 is 10 x 0.7, -14 is -20 x 0.7
    expect_read<cs::Money>(
        R"({"price":0,"rate":0,"weight":0,"tiny":0,"halves":3,"sevenths":7,"huge":18446744073709551615})");
    expect_read<cs::Money>(
        R"({"price":0,"rate":0,"weight":0,"tiny":0,"halves":-2147483648,"sevenths":-14,"huge":0})");

    expect_errors<cs::Money>(
        R"({"price":19.995,"rate":0.00035,"weight":0.075,"tiny":5e-324,"halves":0,"sevenths":3,"huge":5})",
        {{errc::constraint, "/price"},
         {errc::constraint, "/rate"},
         {errc::constraint, "/weight"},
         {errc::constraint, "/tiny"},
         {errc::constraint, "/sevenths"},
         {errc::constraint, "/huge"}});
    expect_errors<cs::Money>(
        R"({"price":5e-324,"rate":1e-300,"weight":-0.001,"tiny":1.5e-20,"halves":0,"sevenths":-1,"huge":0})",
        {{errc::constraint, "/price"},
         {errc::constraint, "/rate"},
         {errc::constraint, "/weight"},
         {errc::constraint, "/tiny"},
         {errc::constraint, "/sevenths"}});
    auto errs = read_both_quietly<cs::Money>(
        R"({"price":-19.995,"rate":0,"weight":0.075,"tiny":0,"halves":0,"sevenths":3,"huge":0})");
    BOOST_REQUIRE(errs.size() == 3u);
    BOOST_TEST(errs[0].message() == "/price: -19.995 is not a multiple of 0.01");
    BOOST_TEST(errs[1].message() == "/weight: 0.075 is not a multiple of 0.01"); // the float as written
    BOOST_TEST(errs[2].message() == "/sevenths: 3 is not a multiple of 0.7");

    // The number a member holds is checked: 0.070000000000000001 reads as the double 0.07. (Not recorded for
    // the schema agreement: a schema judges the text's own number, which no double holds.)
    BOOST_TEST(read_both_quietly<cs::Money>(R"({"price":0.070000000000000001,"rate":0,"weight":0,"tiny":0,)"
                                            R"("halves":0,"sevenths":0,"huge":0})")
                   .empty());

    // validate decides as reading does, on the same decimals
    cs::Money m;
    m.price = 19.99;
    m.rate = 0.0003;
    m.weight = 1.15f;
    m.tiny = 1e300;
    m.halves = 3;
    m.sevenths = 7;
    BOOST_TEST(djson::validate(m).empty());
    m.price = 19.995;
    m.sevenths = 3;
    auto v = djson::validate(m);
    BOOST_REQUIRE(v.size() == 2u);
    BOOST_TEST(v[0].path == "/price");
    BOOST_TEST(v[1].path == "/sevenths");
    BOOST_TEST(djson::try_from_json<cs::Money>(djson::to_json(m)).error_list() == v);

    auto p = djson::json_schema<cs::Money>().at("properties");
    BOOST_TEST(p.at("price").at("multipleOf").as_double() == 0.01);
    BOOST_TEST(p.at("huge").at("multipleOf").as_uint64() == 18446744073709551615ULL);
}

BOOST_AUTO_TEST_CASE(multiples_of_odd_factors) {
    std::string why;
    // nothing is a multiple of 0 (JSON Schema asks for a factor above 0), nor of infinity
    BOOST_TEST(!djson::multiple_of(0).check(0, why));
    BOOST_TEST(!djson::multiple_of(0.0).check(1.0, why));
    BOOST_TEST(!djson::multiple_of(std::numeric_limits<double>::infinity()).check(1.0, why));
    // a negative factor has the multiples of its magnitude
    BOOST_TEST(djson::multiple_of(-5).check(10, why));
    BOOST_TEST(djson::multiple_of(-0.5).check(1.5, why));
    BOOST_TEST(!djson::multiple_of(-0.5).check(1.25, why));
    BOOST_TEST(why == "1.25 is not a multiple of -0.5");
    // integers of any width against any factor
    BOOST_TEST(djson::multiple_of(0.25).check(std::numeric_limits<std::int64_t>::min(), why));
    BOOST_TEST(djson::multiple_of(1e-300).check(std::numeric_limits<std::uint64_t>::max(), why));
    BOOST_TEST(!djson::multiple_of(1e20).check(std::numeric_limits<std::uint64_t>::max(), why));
    BOOST_TEST(djson::multiple_of(1e19).check(std::uint64_t{10000000000000000000ULL}, why));
    BOOST_TEST(djson::multiple_of(3).check(std::uint64_t{18446744073709551615ULL}, why));
    BOOST_TEST(djson::multiple_of(std::uint64_t{18446744073709551615ULL}).check(std::int64_t{-1}, why) ==
               false);
    // 2^70 is the double 1180591620717411303424, whose shortest decimal is 1.1805916207174113e21: the number
    // that text says, which is checked (a multiple of 10^5, not of 2^10 or 7)
    BOOST_TEST(djson::multiple_of(100000).check(0x1p70, why));
    BOOST_TEST(djson::multiple_of(1e-5).check(0x1p70, why));
    BOOST_TEST(!djson::multiple_of(1024).check(0x1p70, why));
    BOOST_TEST(!djson::multiple_of(7).check(0x1p70, why));
    // the largest and smallest doubles and floats
    BOOST_TEST(djson::multiple_of(1e-320).check(std::numeric_limits<double>::max(), why));
    BOOST_TEST(djson::multiple_of(5e-324).check(std::numeric_limits<double>::denorm_min(), why));
    BOOST_TEST(!djson::multiple_of(1e-323).check(std::numeric_limits<double>::denorm_min(), why));
    BOOST_TEST(djson::multiple_of(1e-45).check(std::numeric_limits<float>::denorm_min(), why));
    BOOST_TEST(djson::multiple_of(1e30).check(std::numeric_limits<float>::max(), why)); // 3.4028235e38
    BOOST_TEST(!djson::multiple_of(1e32).check(std::numeric_limits<float>::max(), why));
    BOOST_TEST(why == "3.4028235e+38 is not a multiple of 1e+32");
    // not JSON: left to writing and validate
    BOOST_TEST(djson::multiple_of(0.01).check(std::numeric_limits<double>::quiet_NaN(), why));
}

BOOST_AUTO_TEST_CASE(decimal_multiples_agree_with_exact_integers) {
    using djson::detail::decimal;
    // v / f whole, for v = V x 10^a and f = F x 10^b, against 128-bit integers: (V x 10^(a-b)) % F when a >=
    // b, V % (F x 10^(b-a)) otherwise. Every V and F up to 10^4 with their 2s and 5s, exponents -9..9.
    __extension__ using wide = unsigned __int128;
    std::uint32_t seed = 12345;
    auto next = [&] {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    int checked = 0;
    for (int i = 0; i < 200000; ++i) {
        const std::uint64_t v = next() % 10000 * (next() % 4 == 0 ? 1000 : 1);
        const std::uint64_t f = 1 + next() % 2000 * (next() % 3 == 0 ? 8 : 1);
        const int a = static_cast<int>(next() % 19) - 9, b = static_cast<int>(next() % 19) - 9;
        wide num = v, den = f;
        for (int k = 0; k < a - b; ++k)
            num *= 10;
        for (int k = 0; k < b - a; ++k)
            den *= 10;
        const bool want = num % den == 0;
        const bool got = djson::detail::is_multiple(decimal{v, a}, decimal{f, b});
        if (got != want)
            BOOST_ERROR(v << "e" << a << " over " << f << "e" << b << ": " << got);
        ++checked;
    }
    BOOST_TEST(checked == 200000);
    // the shortest digits, as std::to_chars finds them
    auto d = djson::detail::shortest_decimal(0.07);
    BOOST_TEST((d.digits == 7u && d.exp10 == -2));
    d = djson::detail::shortest_decimal(-5e-324);
    BOOST_TEST((d.digits == 5u && d.exp10 == -324));
    d = djson::detail::shortest_decimal(1.7976931348623157e308);
    BOOST_TEST((d.digits == 17976931348623157u && d.exp10 == 292));
    d = djson::detail::shortest_decimal(0x1p70);
    BOOST_TEST((d.digits == 11805916207174113u && d.exp10 == 5));
    d = djson::detail::shortest_decimal(0.07f);
    BOOST_TEST((d.digits == 7u && d.exp10 == -2));
    d = djson::detail::shortest_decimal(-0.0);
    BOOST_TEST(d.digits == 0u);
}

BOOST_AUTO_TEST_CASE(number_enums_compare_exactly) {
    expect_read<cs::Levels>(R"({"level":5,"big":18446744073709551615,"ratio":1.0,"codes":[404,200]})");
    expect_read<cs::Levels>(R"({"level":1,"big":null,"ratio":0.5,"codes":[]})");
    expect_read<cs::Levels>(R"({"level":2,"ratio":1,"codes":[200]})");
    expect_errors<cs::Levels>(
        R"({"level":3,"big":18446744073709551614,"ratio":0.50000001,"codes":[200,201]})",
        {{errc::constraint, "/level"},
         {errc::constraint, "/big"},
         {errc::constraint, "/ratio"},
         {errc::constraint, "/codes/1"}});
    auto errs = read_both_quietly<cs::Levels>(R"({"level":0,"ratio":1,"codes":[]})");
    BOOST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].message() == "/level: 0 is not one of the allowed values 1, 2, 5");

    auto p = djson::json_schema<cs::Levels>().at("properties");
    BOOST_TEST(boost::json::serialize(p.at("level").at("enum")) == "[1,2,5]");
    BOOST_TEST(boost::json::serialize(p.at("big").at("enum")) == "[0,18446744073709551615,null]");
    BOOST_TEST(boost::json::serialize(p.at("ratio").at("enum")) == "[5E-1,1]");
    BOOST_TEST(boost::json::serialize(p.at("codes").at("items").at("enum")) == "[200,404]");
}

BOOST_AUTO_TEST_CASE(a_double_in_a_floats_range_keeps_its_digits) {
    // a float member would round these (0.99999999 to 1.0, which the exclusive maximum then rejects)
    auto m = expect_read<cs::Measure>(R"({"rate":0.99999999,"big":3.4028235e38})");
    BOOST_TEST(djson::to_json(m) == R"({"rate":0.99999999,"big":3.4028235e+38})");
    expect_read<cs::Measure>(R"({"rate":0.123456789,"big":null})");
    expect_read<cs::Measure>(R"({"rate":-3.40282356e38})");
    expect_errors<cs::Measure>(R"({"rate":1,"big":3.4028235677973366e38})",
                               {{errc::constraint, "/rate"}, {errc::constraint, "/big"}});
    expect_errors<cs::Measure>(R"({"rate":-1e39})", {{errc::constraint, "/rate"}});
    auto p = djson::json_schema<cs::Measure>().at("properties");
    BOOST_TEST(p.at("rate").at("format").as_string() == "float");
    BOOST_TEST(!p.at("rate").as_object().contains("maximum"));
    BOOST_TEST(p.at("rate").at("exclusiveMaximum").to_number<double>() == 1); // the stricter bound stays
    BOOST_TEST(p.at("big").at("exclusiveMaximum").as_double() ==
               cs::Measure{}.rate + djson::fits_float_t::limit);
}

BOOST_AUTO_TEST_CASE(a_refined_type_is_checked_wherever_it_is_read) {
    const std::string id = "123e4567-e89b-12d3-a456-426614174000";
    // as a whole document
    BOOST_TEST(*expect_read<cs::Percent>("100") == 100);
    expect_errors<cs::Percent>("101", {{errc::constraint, ""}});
    expect_errors<cs::Ids>(R"(["x"])", {{errc::constraint, "/0"}});
    expect_errors<cs::Ids>("[\"" + id + "\",\"" + id + "\",\"" + id + "\"]", {{errc::constraint, ""}});
    // as members, with a member's own constraint on top
    auto ok = expect_read<cs::Scored>("{\"score\":7,\"ids\":[\"" + id + "\"],\"half\":null}");
    BOOST_TEST(*ok.score == 7);
    BOOST_TEST(djson::to_json(ok) == "{\"score\":7,\"ids\":[\"" + id + "\"],\"half\":null}");
    expect_errors<cs::Scored>(
        R"({"score":-1,"ids":["a","b"],"half":60})",
        {{errc::constraint, "/score"}, {errc::constraint, "/ids/0"}, {errc::constraint, "/half"}});
    expect_errors<cs::Scored>(R"({"score":7,"half":101})", {{errc::constraint, "/half"}});

    // it is a T to the code that uses it
    cs::Scored s;
    s.score = 42;
    std::int64_t n = *s.score;
    BOOST_TEST(n == 42);
    BOOST_TEST((s.score == 42 && s.score == cs::Percent(42) && !(s.score == 41)));
    s.ids = cs::Ids{{"x", id, "y"}};
    BOOST_TEST((*s.ids)->size() == 3u);
    s.half = djson::nullable<cs::Percent>(cs::Percent(70));
    // validate reports every break, at its pointer
    s.score = 200;
    auto v = djson::validate(s);
    BOOST_REQUIRE(v.size() == 5u);
    BOOST_TEST(v[0].path == "/score");
    BOOST_TEST(v[1].path == "/ids");
    BOOST_TEST(v[2].path == "/ids/0");
    BOOST_TEST(v[3].path == "/ids/2");
    BOOST_TEST(v[4].path == "/half");
    for (const auto& e : v)
        BOOST_TEST((e.code == errc::constraint), e.message());

    // and its rules are in its schema
    auto p = djson::json_schema<cs::Percent>();
    BOOST_TEST(p.at("minimum").as_int64() == 0);
    BOOST_TEST(p.at("maximum").as_int64() == 100);
    auto props = djson::json_schema<cs::Scored>().at("properties");
    BOOST_TEST(props.at("ids").at("maxItems").as_uint64() == 2u);
    BOOST_TEST(props.at("ids").at("items").at("format").as_string() == "uuid");
}

BOOST_AUTO_TEST_CASE(absent_and_null_values_are_not_checked) {
    expect_read<cs::Wrapped>(R"({"nul":null,"custom":2,"items":[],"inner":{"k":"","n":1}})");
    expect_read<cs::Wrapped>(
        R"({"opt":0,"nul":"ab","both":null,"custom":0,"items":[1,2],"inner":{"k":"x","n":99}})");
    expect_errors<cs::Wrapped>(
        R"({"opt":-1,"nul":"a","both":[1],"custom":4,"items":[],"inner":{"k":"","n":0}})",
        {{errc::constraint, "/opt"}, {errc::constraint, "/nul"}, {errc::constraint, "/both"}});
}

BOOST_AUTO_TEST_CASE(a_users_predicate_has_its_own_message) {
    auto errs =
        read_both_quietly<cs::Wrapped>(R"({"nul":null,"custom":1,"items":[1],"inner":{"k":"","n":10}})");
    BOOST_REQUIRE(errs.size() == 3u);
    BOOST_TEST(errs[0].message() == "/custom: must be even");
    BOOST_TEST(errs[1].message() == "/items: needs an even number of items");
    BOOST_TEST(errs[2].message() == "/inner: a large n needs a key");
}

BOOST_AUTO_TEST_CASE(validate_reports_what_reading_would) {
    cs::Numbers n;
    n.big = 10000000000000000000ULL;
    n.ratio = 0.5;
    BOOST_TEST(djson::validate(n).empty());
    n.validity = 5;
    n.step = 3;
    auto errs = djson::validate(n);
    BOOST_REQUIRE(errs.size() == 2u);
    BOOST_TEST(errs[0].code == errc::constraint);
    BOOST_TEST(errs[0].path == "/validity");
    BOOST_TEST(errs[1].path == "/step");
    // the same errors as reading the written text back
    auto back = djson::try_from_json<cs::Numbers>(djson::to_json(n));
    BOOST_TEST(back.error_list() == errs);

    cs::Wrapped w;
    w.custom = 1;
    w.both = djson::nullable<std::vector<int>>(std::vector<int>{1});
    errs = djson::validate(w);
    BOOST_REQUIRE(errs.size() == 2u);
    BOOST_TEST(errs[0].path == "/both");
    BOOST_TEST(errs[1].path == "/custom");
    BOOST_TEST(errs[1].detail == "must be even");
}

BOOST_AUTO_TEST_CASE(constraints_are_in_the_schema) {
    auto s = djson::json_schema<cs::Numbers>();
    const auto& p = s.at("properties").as_object();
    BOOST_TEST(p.at("validity").at("minimum").as_int64() == 15);
    BOOST_TEST(p.at("validity").at("maximum").as_int64() == 43200);
    BOOST_TEST(p.at("big").at("minimum").as_uint64() == 10000000000000000000ULL);
    // the type's own range is stricter than minimum(-1000): it stays
    BOOST_TEST(p.at("small").at("minimum").as_int64() == -128);
    BOOST_TEST(p.at("small").at("maximum").as_int64() == 100);
    BOOST_TEST(p.at("ratio").at("exclusiveMinimum").as_int64() == 0);
    BOOST_TEST(p.at("step").at("multipleOf").as_int64() == 5);
    BOOST_TEST(p.at("half").at("multipleOf").as_double() == 0.5);

    auto t = djson::json_schema<cs::Texts>().at("properties");
    BOOST_TEST(t.at("name").at("maxLength").as_uint64() == 5u);
    BOOST_TEST(t.at("code").at("pattern").as_string() == "^[A-Z]{2}-[0-9]+$");
    BOOST_TEST(t.at("link").at("format").as_string() == "uri");

    auto l = djson::json_schema<cs::Lists>().at("properties");
    BOOST_TEST(l.at("tags").at("uniqueItems").as_bool());
    BOOST_TEST(l.at("counts").at("maxProperties").as_uint64() == 2u);

    auto w = djson::json_schema<cs::Wrapped>().at("properties");
    BOOST_TEST(w.at("both").at("minItems").as_uint64() == 2u);
    BOOST_TEST(!w.at("custom").as_object().contains("not")); // a predicate adds nothing
}

BOOST_AUTO_TEST_CASE(patterns_run_in_linear_time_on_hostile_input) {
    // (a+)+$ against "aaaa...ab" takes exponential time in a backtracking engine; RE2 answers at once.
    std::string text = "{\"text\":\"" + std::string(100000, 'a') + "b\"}";
    auto errs = read_both_quietly<cs::Guarded>(text);
    BOOST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::constraint);
    BOOST_TEST(read_both_quietly<cs::Guarded>(R"({"text":"baaa"})").empty()); // a search, not a whole match
}

BOOST_AUTO_TEST_CASE(a_pattern_re2_cannot_run_is_reported_not_ignored) {
    auto errs = read_both_quietly<cs::BadPattern>(R"({"s":"aa"})");
    BOOST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::constraint);
    BOOST_TEST(errs[0].detail.find("cannot be used: RE2 rejects it") != std::string::npos, errs[0].detail);
}

BOOST_AUTO_TEST_CASE(patterns_are_checked_from_many_threads) {
    std::vector<std::thread> pool;
    std::array<int, 4> failures{};
    for (int t = 0; t < 4; ++t)
        pool.emplace_back([t, &failures] {
            for (int i = 0; i < 200; ++i) {
                auto r = djson::try_from_json<cs::Texts>(
                    R"({"name":"a","code":")" + std::string(i % 2 ? "AB-1" : "ab") +
                    R"(","id":"123e4567-e89b-12d3-a456-426614174000","mail":"a@b","link":"a:b","v4":"1.2.3.4",)"
                    R"("v6":"::"})");
                if (r.has_value() != (i % 2 == 1))
                    ++failures[static_cast<std::size_t>(t)];
            }
        });
    for (auto& th : pool)
        th.join();
    BOOST_TEST((failures == std::array<int, 4>{}));
}
