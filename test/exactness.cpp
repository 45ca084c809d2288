// Exactness: a DOM built in code reads as the same numbers in text do; numbers in captured and free-form
// values are never changed silently (compared exactly, rejected where a boost::json::value would change them,
// kept by djson::raw_json); syntax errors in arrays name the element being read; a transactional read never
// reads the caller's uninitialized members; an empty optional is no document. Each case is the issue's
// failing input.
#define BOOST_TEST_MODULE exactness
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <djson/detail/json_text.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ex {

struct Payment {
    std::int64_t amount_cents;
    std::uint32_t count;
    std::int8_t small;
};
BOOST_DESCRIBE_STRUCT(Payment, (), (amount_cents, count, small))
DJSON_MODEL(Payment, djson::naming::camel_case);

struct Captured {
    std::string name;
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(Captured, (), (name, rest))
DJSON_EQUALITY(Captured);

struct Patch {
    std::string op;
    boost::json::value value;
};
BOOST_DESCRIBE_STRUCT(Patch, (), (op, value))

struct ExactPatch {
    std::string op;
    djson::raw_json value;
    std::optional<djson::raw_json> extra;
    std::vector<djson::raw_json> list;
    std::map<std::string, djson::nullable<djson::raw_json>> by_key;
};
BOOST_DESCRIBE_STRUCT(ExactPatch, (), (op, value, extra, list, by_key))
DJSON_MODEL(ExactPatch, djson::unknown_keys::reject);

struct Scopes {
    std::vector<std::string> scope;
};
BOOST_DESCRIBE_STRUCT(Scopes, (), (scope))

struct Item {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Item, (), (id))
struct Items {
    std::vector<Item> items;
    std::array<int, 2> pair;
};
BOOST_DESCRIBE_STRUCT(Items, (), (items, pair))

// Members without initializers, as users write them; `note` is not described, so reading never touches it.
struct Uninitialized {
    bool flag;
    std::int32_t n;
    double ratio;
    std::string s;
    std::array<bool, 2> bits;
    Item inner;
    int note;
};
BOOST_DESCRIBE_STRUCT(Uninitialized, (), (flag, n, ratio, s, bits, inner))

} // namespace ex

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;

// ---- 1. a DOM's integers are judged by value ----

BOOST_AUTO_TEST_CASE(dom_integers_of_any_kind_read_by_value) {
    // issue: try_from_value<std::int32_t>(boost::json::value(std::uint64_t{5})) failed
    auto five = djson::try_from_value<std::int32_t>(boost::json::value(std::uint64_t{5}));
    BOOST_TEST_REQUIRE(five.has_value(), djson_test::describe(five.error_list()));
    BOOST_TEST(*five == 5);
    // issue: {"amountCents", v.size()} was "/amountCents: number out of range for int64"
    std::vector<int> v(7);
    boost::json::value dom = {
        {"amountCents", v.size()}, {"count", std::int64_t{3}}, {"small", std::uint64_t{127}}};
    auto p = djson::try_from_value<ex::Payment>(dom);
    BOOST_TEST_REQUIRE(p.has_value(), djson_test::describe(p.error_list()));
    BOOST_TEST(p->amount_cents == 7);
    BOOST_TEST(p->count == 3u);
    BOOST_TEST(p->small == 127);
    // value_to and try_value_to go the same way
    BOOST_TEST(boost::json::value_to<ex::Payment>(dom).amount_cents == 7);
    BOOST_TEST(boost::json::try_value_to<ex::Payment>(dom).has_value());
    // what does not fit is out of range whatever the DOM kind, as in text
    boost::json::value too_big = {
        {"amountCents", std::uint64_t{9223372036854775808u}}, {"count", -1}, {"small", std::uint64_t{128}}};
    auto bad = djson::try_from_value<ex::Payment>(too_big);
    BOOST_TEST_REQUIRE(!bad.has_value());
    BOOST_TEST_REQUIRE(bad.error_list().size() == 3u);
    BOOST_TEST(bad.error_list()[0].path == "/amountCents");
    BOOST_TEST(bad.error_list()[1].path == "/count");
    BOOST_TEST(bad.error_list()[2].path == "/small");
    for (const auto& e : bad.error_list())
        BOOST_TEST(e.code == errc::out_of_range);
    const auto from_text =
        djson::try_from_json<ex::Payment>(R"({"amountCents":9223372036854775808,"count":-1,"small":128})");
    BOOST_TEST_REQUIRE(!from_text.has_value());
    for (std::size_t i = 0; i < 3; ++i)
        BOOST_TEST(from_text.error_list()[i].detail == bad.error_list()[i].detail);
    // a DOM double is what text spells with a fraction or exponent: not an integer, as "5.0" is not
    auto dbl = djson::try_from_value<ex::Payment>(
        boost::json::value{{"amountCents", 5.0}, {"count", 1}, {"small", 1}});
    BOOST_TEST_REQUIRE(!dbl.has_value());
    BOOST_TEST(dbl.error_list().front().code == errc::type_mismatch);
    // every width from every kind, at both ends of its range
    BOOST_TEST(*djson::try_from_value<std::uint8_t>(boost::json::value(std::uint64_t{255})) == 255);
    BOOST_TEST(!djson::try_from_value<std::uint8_t>(boost::json::value(std::uint64_t{256})));
    BOOST_TEST(*djson::try_from_value<std::int64_t>(boost::json::value(
                   std::uint64_t{9223372036854775807u})) == std::numeric_limits<std::int64_t>::max());
    BOOST_TEST(*djson::try_from_value<std::uint64_t>(boost::json::value(std::int64_t{0})) == 0u);
    BOOST_TEST(!djson::try_from_value<std::uint64_t>(boost::json::value(std::int64_t{-1})));
    // a free-form member holds the number as text would: int64
    auto free =
        djson::try_from_value<ex::Patch>(boost::json::value{{"op", "add"}, {"value", std::uint64_t{5}}});
    BOOST_TEST_REQUIRE(free.has_value());
    BOOST_TEST(free->value.is_int64());
}

// ---- 2. captured values compare exactly ----

BOOST_AUTO_TEST_CASE(captured_numbers_compare_by_exact_decimal_value) {
    auto read = [](std::string_view big) {
        return djson::from_json<ex::Captured>(std::string(R"({"name":"a","n":)") + std::string(big) + "}");
    };
    // issue: these compared equal and diff reported nothing
    const auto a = read("123456789012345678901234567890");
    const auto b = read("123456789012345678901234567891");
    BOOST_TEST(!djson::equal(a, b));
    BOOST_TEST(djson::diff(a, b) == std::vector<std::string>{"/n"});
    // issue: these compared unequal
    BOOST_TEST(djson::equal(read("100"), read("1E+2")));
    BOOST_TEST(djson::diff(read("100"), read("1E+2")).empty());
    BOOST_TEST(djson::equal(read("1.50"), read("1.5")));
    BOOST_TEST(djson::equal(read("-0"), read("0.0e7")));
    BOOST_TEST(djson::equal(read("0.001"), read("1e-3")));
    BOOST_TEST(djson::equal(read("12.5e-1"), read("1.25")));
    BOOST_TEST(!djson::equal(read("1e400"), read("1e401")));
    BOOST_TEST(djson::equal(read("1e400"), read("10e399")));
    BOOST_TEST(djson::equal(read("1e999999999"), read("0.1e1000000000")));
    BOOST_TEST(!djson::equal(read("1e999999999"), read("1e999999998")));
    BOOST_TEST(!djson::equal(read("0.30000000000000000001"), read("0.3")));
    BOOST_TEST(!djson::equal(read("1"), read("-1")));
    BOOST_TEST(!djson::equal(read("1"), read("\"1\"")));
    // strings by their characters, objects in any order, deeply
    BOOST_TEST(djson::equal(read(R"("\u00e9\/")"), read(R"("é/")")));
    BOOST_TEST(
        djson::equal(read(R"({"x":[1,{"y":2.0}],"z":null})"), read(R"({"z":null,"x":[1.0,{"y":2}]})")));
    const auto c = read(R"({"x":[1,{"y":123456789012345678901234567890}],"z":"q"})");
    const auto d = read(R"({"x":[1,{"y":123456789012345678901234567891}],"z":"q","w":0})");
    BOOST_TEST(djson::diff(c, d) == (std::vector<std::string>{"/n/x/1/y", "/n/w"}));
    BOOST_TEST((c == c));
    BOOST_TEST(!(c == d));
    // exponents of any size (the tokenizer stops at about 19 digits; the canonical form has no limit)
    using djson::detail::canonical_number;
    BOOST_TEST(canonical_number("1e99999999999999999999999") ==
               canonical_number("0.1e100000000000000000000000"));
    BOOST_TEST(canonical_number("1e99999999999999999999999") !=
               canonical_number("1e99999999999999999999998"));
    BOOST_TEST(canonical_number("100e-100000000000000000000001") ==
               canonical_number("1e-99999999999999999999999"));
    BOOST_TEST(canonical_number("-1.50e+3") == "-15e2");
    BOOST_TEST(canonical_number("-0.000e-5") == "0");
    BOOST_TEST(canonical_number("1000") == "1e3");
    BOOST_TEST(canonical_number("0.25") == "25e-2");
}

// ---- 3. free-form values: exact, or refused ----

BOOST_AUTO_TEST_CASE(dom_member_refuses_numbers_it_would_change) {
    // issue: 123456789012345678901234567890 came back as 1.2345678901234568e+29, -9223372036854775809 as
    // -9223372036854775808.0
    for (std::string_view n : {"123456789012345678901234567890", "-9223372036854775809",
                               "1.00000000000000001", "123.456e-789", "18446744073709551617"}) {
        const std::string text = R"({"op":"add","value":)" + std::string(n) + "}";
        auto r = djson::try_from_json<ex::Patch>(text);
        BOOST_TEST_CONTEXT(n) {
            BOOST_TEST_REQUIRE(!r.has_value());
            BOOST_TEST(r.error_list().front().code == errc::out_of_range);
            BOOST_TEST(r.error_list().front().path == "/value");
            BOOST_TEST(r.error_list().front().message().find("djson::raw_json") != std::string::npos);
        }
    }
    // what a double holds exactly is kept (its shortest spelling denotes the same number)
    for (std::string_view n :
         {"1.5", "0.1", "1e2", "1E+22", "-0", "18446744073709551615", "-9223372036854775808",
          "1.7976931348623157e308", "5e-324", "100000000000000000000", "18446744073709551616"}) {
        const std::string text = R"({"op":"add","value":)" + std::string(n) + "}";
        auto r = djson::try_from_json<ex::Patch>(text);
        BOOST_TEST(r.has_value(), n << ": " << djson_test::describe(r.error_list()));
    }
    // nested too, at the path of the number
    expect_errors<ex::Patch>(R"({"op":"add","value":{"a":[1,{"b":99999999999999999999999}]}})",
                             {{errc::out_of_range, "/value/a/1/b"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(raw_json_keeps_every_value_exactly) {
    const std::string text =
        R"({"op":"add","value":{"big":123456789012345678901234567890,"neg":-9223372036854775809,)"
        R"("f":1.50,"e":1E+2,"s":"\u00e9\/","huge":1e400},"extra":[-0,0.30000000000000000001],)"
        R"("list":[true,null,"x"],"by_key":{"n":null,"v":{"z":[]}}})";
    auto p = djson::from_json<ex::ExactPatch>(text);
    BOOST_TEST(djson::to_json(p) == text);
    BOOST_TEST(p.value.is_object());
    BOOST_TEST(p.extra->is_array());
    BOOST_TEST(p.list[0].is_bool());
    BOOST_TEST(p.list[1].is_null());
    BOOST_TEST(p.list[2].is_string());
    BOOST_TEST(p.by_key.at("n").is_null());
    // white space goes, spelling stays
    auto spaced = djson::from_json<ex::ExactPatch>("{ \"op\" : \"add\" , \"value\" : [ 1.0 , { \"a\" : \"b "
                                                   "c\" } ] , \"list\" : [ ] , \"by_key\" : { } }");
    BOOST_TEST(spaced.value.text() == R"([1.0,{"a":"b c"}])");
    // equality as JSON
    BOOST_TEST((djson::raw_json::parse("[1.0, {\"a\": 2}]") == djson::raw_json::parse("[1,{\"a\":2.00}]")));
    BOOST_TEST(!(djson::raw_json::parse("1e400") == djson::raw_json::parse("1e401")));
    BOOST_TEST(djson::diff(p, spaced).size() > 0u);
    // parse checks
    BOOST_TEST(!djson::raw_json::try_parse("[1,]"));
    BOOST_TEST(!djson::raw_json::try_parse(R"({"a":1,"a":2})"));
    BOOST_TEST(!djson::raw_json::try_parse("\"\xff\""));
    BOOST_CHECK_THROW(djson::raw_json::parse("nul"), djson::error);
    BOOST_TEST(djson::raw_json{}.is_null());
    // to a DOM only what a DOM holds exactly
    BOOST_TEST(djson::raw_json::parse(R"({"a":[1.5,"x"]})").to_value() ==
               boost::json::parse(R"({"a":[1.5,"x"]})"));
    try {
        (void)djson::raw_json::parse(R"({"a":[1,123456789012345678901234567890]})").to_value();
        BOOST_TEST(false, "to_value changed a number");
    } catch (const djson::error& e) {
        BOOST_TEST(e.list().front().path == "/a/1");
    }
    // from a DOM
    BOOST_TEST(djson::raw_json::from_value(boost::json::parse(R"({"k":[1,2.5,"\u00e9"]})")).text() ==
               "{\"k\":[1,2.5,\"\xc3\xa9\"]}");
    BOOST_CHECK_THROW(
        djson::raw_json::from_value(boost::json::value(std::numeric_limits<double>::infinity())),
        djson::error);
    // the DOM route reads the same structure; numbers are those the DOM holds
    auto from_dom = djson::from_value<ex::ExactPatch>(
        boost::json::parse(R"({"op":"x","value":[1,"\u00e9"],"list":[],"by_key":{}})"));
    BOOST_TEST(from_dom.value.text() == "[1,\"\xc3\xa9\"]");
    // errors inside a raw value land at their path
    expect_errors<ex::ExactPatch>(R"({"op":"x","value":{"a":{"b":1,"b":2}},"list":[],"by_key":{}})",
                                  {{errc::duplicate_key, "/value/a/b"}}, {}, false);
    // and a pretty writer lays it out like the rest
    BOOST_TEST(djson::to_json(djson::raw_json::parse(R"({"a":[1,"\"]"]})"), {.pretty = true}) ==
               "{\n  \"a\": [\n    1,\n    \"\\\"]\"\n  ]\n}");
}

// ---- 4. syntax errors inside arrays name the element being read ----

BOOST_AUTO_TEST_CASE(syntax_errors_in_arrays_point_at_the_element) {
    // issue: both were reported at /scope/0
    expect_errors<ex::Scopes>(R"({"scope":["a",tru]})", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Scopes>(R"({"scope":["a","\ud800"]})", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Scopes>(R"({"scope":["a","b\ud800x"]})", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Scopes>(R"({"scope":["a", "b", "c" "d"]})", {{errc::syntax, "/scope/3"}});
    expect_errors<ex::Scopes>(R"({"scope":[tru]})", {{errc::syntax, "/scope/0"}});
    expect_errors<ex::Scopes>(R"({"scope":[,]})", {{errc::syntax, "/scope/0"}});
    expect_errors<ex::Scopes>(R"({"scope":["a",,"b"]})", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Scopes>(R"({"scope":["a",)", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Scopes>(R"({"scope":["a")", {{errc::syntax, "/scope"}});
    expect_errors<ex::Scopes>(R"({"scope":["\n\"",  )", {{errc::syntax, "/scope/1"}});
    expect_errors<ex::Items>(R"({"items":[{"id":"a"},{"id":tru}],"pair":[1,2]})",
                             {{errc::syntax, "/items/1/id"}});
    expect_errors<ex::Items>(R"({"items":[{"id":"a"},tru],"pair":[1,2]})", {{errc::syntax, "/items/1"}});
    expect_errors<ex::Items>(R"({"items":[],"pair":[1,-]})", {{errc::syntax, "/pair/1"}});
    expect_errors<std::vector<int>>("[1, 2, 3x]", {{errc::syntax, "/2"}});
    expect_errors<std::vector<int>>("[1, 2, /*c*/ 3x]", {{errc::syntax, "/2"}}, {.allow_comments = true});
    expect_errors<boost::json::value>(R"([[1,{"a":[true,"\u00"]}]])", {{errc::syntax, "/0/1/a/1"}});
    // a syntax error carries its line and column too
    auto r = djson::try_from_json<ex::Scopes>("{\"scope\":[\n  \"a\",\n  tru]}");
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error_list().front().line == 3u);
}

// ---- 6. a read never looks at the caller's uninitialized members ----

BOOST_AUTO_TEST_CASE(transactional_read_into_uninitialized_members) {
    // issue: read_json swapped with the caller's object, reading `flag` before it was ever written (UBSan:
    // "load of value 64, which is not a valid value for type 'bool'" in a Debug build)
    ex::Uninitialized u; // NOLINT: left uninitialized on purpose
    u.note = 42;
    const std::string text = R"({"flag":true,"n":7,"ratio":0.5,"s":"a long enough string to allocate",)"
                             R"("bits":[true,false],"inner":{"id":"x"}})";
    auto errs = djson::read_json(u, text);
    BOOST_TEST_REQUIRE(errs.empty(), djson_test::describe(errs));
    BOOST_TEST(u.flag);
    BOOST_TEST(u.n == 7);
    BOOST_TEST(u.ratio == 0.5);
    BOOST_TEST(u.s == "a long enough string to allocate");
    BOOST_TEST(u.bits[0]);
    BOOST_TEST(!u.bits[1]);
    BOOST_TEST(u.inner.id == "x");
    BOOST_TEST(u.note == 42); // not described: the caller's
    // a failed read leaves it as it was; a second read reuses it
    BOOST_TEST(!djson::read_json(u, R"({"flag":1})").empty());
    BOOST_TEST(u.n == 7);
    ex::Uninitialized w; // NOLINT
    BOOST_TEST(djson::read_value(w, boost::json::parse(text)).empty());
    BOOST_TEST(w.s == "a long enough string to allocate");
}

// ---- 8. an empty optional is no document ----

BOOST_AUTO_TEST_CASE(empty_optional_at_the_root_is_an_error) {
    // issue: to_json wrote null, which reading the same type rejects
    const std::optional<std::int32_t> none;
    try {
        (void)djson::to_json(none);
        BOOST_TEST(false, "an empty optional was written");
    } catch (const djson::error& e) {
        BOOST_TEST(e.code() == errc::invalid_value);
        BOOST_TEST(e.list().front().path == "");
    }
    BOOST_CHECK_THROW(djson::to_value(none), djson::error);
    BOOST_TEST(djson::validate(none).size() == 1u);
    BOOST_TEST(!djson::try_from_json<std::optional<std::int32_t>>("null"));
    BOOST_TEST(djson::to_json(std::optional<std::int32_t>{5}) == "5");
    BOOST_TEST(djson::validate(std::optional<std::int32_t>{5}).empty());
    // members and map values that are empty optionals are absent keys, as before
    BOOST_TEST(djson::to_json(std::map<std::string, std::optional<int>>{{"a", std::nullopt}, {"b", 1}}) ==
               R"({"b":1})");
    BOOST_TEST(djson::validate(std::map<std::string, std::optional<int>>{{"a", std::nullopt}}).empty());
}

// ---- found by a review as a new user ----

BOOST_AUTO_TEST_CASE(syntax_errors_in_objects_point_at_the_member_or_the_object) {
    // after a whole member the next key has no path yet: the object itself (was: the previous member)
    expect_errors<ex::Payment>(R"({"amountCents":1,tru})", {{errc::syntax, ""}});
    expect_errors<ex::Payment>(R"({"amountCents":1,"co\ud800unt":1})", {{errc::syntax, ""}});
    expect_errors<ex::Payment>(R"({"amountCents":1,"count":2,})", {{errc::syntax, ""}});
    expect_errors<ex::Items>(R"({"items":[{"id":"a"},{"id":"b","\ud800":1}],"pair":[1,2]})",
                             {{errc::syntax, "/items/1"}});
    // in the value of the key just read: that key
    expect_errors<ex::Payment>(R"({"amountCents":tru})", {{errc::syntax, "/amountCents"}});
    expect_errors<ex::Payment>(R"({"amountCents":)", {{errc::syntax, "/amountCents"}});
    // free-form values say the same, never a pointer to a key "" that is not there
    auto r = djson::raw_json::try_parse("{{");
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error_list().front().path == "");
    auto r2 = djson::raw_json::try_parse(R"([{"a\ud800":1}])");
    BOOST_TEST_REQUIRE(!r2.has_value());
    BOOST_TEST(r2.error_list().front().path == "/0");
    expect_errors<boost::json::value>(R"({"a":[1,{"b":2 "c":3}]})", {{errc::syntax, "/a/1"}});
}

BOOST_AUTO_TEST_CASE(messages_show_hostile_keys_printably) {
    // the path comes from the document: a key with control characters, invalid UTF-8 or a megabyte of text
    // must not forge log lines or flood them; error_info::path stays exact
    auto r = djson::try_from_json<std::map<std::string, int>>("{\"a\\u0001\\n\\\"\":true}");
    BOOST_TEST_REQUIRE(!r.has_value());
    const auto& e = r.error_list().front();
    BOOST_TEST(e.path == "/a\x01\n\"");
    BOOST_TEST(e.message().find('\n') == std::string::npos);
    BOOST_TEST(e.message().starts_with("/a\\u0001\\u000a\": "));
    auto dom = djson::try_from_value<std::map<std::string, int>>(boost::json::value{{"k\xff\xfe", true}});
    BOOST_TEST_REQUIRE(!dom.has_value());
    BOOST_TEST(dom.error_list().front().message().starts_with("/k\\xff\\xfe: "));
    struct big {
        std::string key = std::string(1000000, 'k');
    } b;
    auto huge =
        djson::try_from_json<ex::Payment>(R"({"amountCents":1,"count":1,"small":1,")" + b.key + R"(":[x]})");
    BOOST_TEST_REQUIRE(!huge.has_value());
    BOOST_TEST(huge.error_list().front().path == "/" + b.key + "/0");
    BOOST_TEST(huge.error_list().front().message().size() < 200u, huge.error_list().front().message().size());
}

BOOST_AUTO_TEST_CASE(free_form_edges) {
    // beyond a double's range a boost::json::value member says what keeps the number
    for (std::string_view n : {"1e400", "-1e400", "1.7976931348623159e308"}) {
        auto r = djson::try_from_json<ex::Patch>(R"({"op":"x","value":)" + std::string(n) + "}");
        BOOST_TEST_REQUIRE(!r.has_value());
        BOOST_TEST(r.error_list().front().message().find("djson::raw_json") != std::string::npos);
    }
    // a raw_json keeps djson's rules whatever it came from: a DOM deeper than max_depth is refused
    boost::json::value deep = nullptr;
    for (int i = 0; i < 100; ++i)
        deep = boost::json::array{deep};
    BOOST_CHECK_THROW(djson::raw_json::from_value(deep), djson::error);
    // boost::json::value members compare as JSON, as raw_json does: 100, 1E+2 and 100.0 are one number
    const auto a = djson::from_json<ex::Patch>(R"({"op":"x","value":{"n":[100,{"m":-0}]}})");
    const auto b = djson::from_json<ex::Patch>(R"({"op":"x","value":{"n":[1E+2,{"m":0.0}]}})");
    BOOST_TEST(djson::equal(a, b));
    BOOST_TEST(djson::diff(a, b).empty());
    const auto c = djson::from_json<ex::Patch>(R"({"op":"x","value":{"n":[100.5,{"m":0}]}})");
    BOOST_TEST(djson::diff(a, c) == std::vector<std::string>{"/value/n/0"});
    // a document cannot be absent, whatever the leniency
    auto root = djson::try_from_json<std::optional<int>>("null", {.null_as_absent = true});
    BOOST_TEST_REQUIRE(!root.has_value());
    BOOST_TEST(root.error_list().front().message().find("omit the key") == std::string::npos);
}
