// Whole-type codecs (djson::codec<T>) and types with Boost.JSON conversions of their own: a user type coded
// as a representation djson knows, at any depth, with its errors at the right JSON Pointer, text and DOM
// alike.
#define BOOST_TEST_MODULE codecs
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace money {
// Integer cents, written as a decimal string with two digits after the point: "12.34", "-0.05".
struct Money {
    long long cents = 0;
    friend bool operator==(const Money&, const Money&) = default;
};
} // namespace money

template <> struct djson::codec<money::Money> {
    static std::string encode(const money::Money& m) {
        unsigned long long a = m.cents < 0 ? 0ULL - static_cast<unsigned long long>(m.cents)
                                           : static_cast<unsigned long long>(m.cents);
        std::string frac = std::to_string(a % 100);
        return (m.cents < 0 ? "-" : "") + std::to_string(a / 100) + "." + (frac.size() == 1 ? "0" : "") +
               frac;
    }
    static djson::decoded<money::Money> decode(const std::string& s) {
        std::string_view v = s;
        bool neg = !v.empty() && v.front() == '-';
        if (neg)
            v.remove_prefix(1);
        if (v.empty() || v.front() < '0' || v.front() > '9')
            return djson::reject("not an amount with two decimals: " + s);
        auto dot = v.find('.');
        if (dot == std::string_view::npos || dot == 0 || v.size() - dot != 3)
            return djson::reject("not an amount with two decimals: " + s);
        long long whole = 0, frac = 0;
        auto [p1, e1] = std::from_chars(v.data(), v.data() + dot, whole);
        auto [p2, e2] = std::from_chars(v.data() + dot + 1, v.data() + v.size(), frac);
        if (e1 != std::errc() || p1 != v.data() + dot || e2 != std::errc() || p2 != v.data() + v.size() ||
            v[dot + 1] == '-' || whole > 92233720368547757LL)
            return djson::reject("not an amount with two decimals: " + s);
        long long cents = whole * 100 + frac;
        return money::Money{neg ? -cents : cents};
    }
    static boost::json::value schema() { return {{"type", "string"}, {"pattern", "^-?[0-9]+\\.[0-9]{2}$"}}; }
    static constexpr const char* expected = "an amount (a string such as \"12.34\")";
};

namespace geo {
// Coded as an object with its own model (the representation), decoded once the object is complete.
struct Span {
    int lo = 0, hi = 0;
};
struct SpanJson {
    int from = 0;
    int to = 0;
};
BOOST_DESCRIBE_STRUCT(SpanJson, (), (from, to))

// Coded as a fixed array of two numbers.
struct Point {
    double x = 0, y = 0;
};

// Its decode throws: the exception's message becomes the error.
struct Strict {
    int n = 0;
};
} // namespace geo

template <> struct djson::codec<geo::Span> {
    static geo::SpanJson encode(const geo::Span& s) { return {s.lo, s.hi}; }
    static djson::decoded<geo::Span> decode(const geo::SpanJson& j) {
        if (j.from > j.to)
            return djson::reject("from " + std::to_string(j.from) + " is after to " + std::to_string(j.to));
        return geo::Span{j.from, j.to};
    }
};
template <> struct djson::codec<geo::Point> {
    static std::array<double, 2> encode(const geo::Point& p) { return {p.x, p.y}; }
    static geo::Point decode(const std::array<double, 2>& a) { return {a[0], a[1]}; } // cannot fail
};
template <> struct djson::codec<geo::Strict> {
    static int encode(const geo::Strict& s) { return s.n; }
    static geo::Strict decode(int n) {
        if (n % 2)
            throw std::invalid_argument("odd numbers are not allowed");
        return {n};
    }
    // the fragment states the rule, so the schema agreement check holds this codec to it
    static boost::json::value schema() { return {{"type", "integer"}, {"multipleOf", 2}}; }
};

namespace shop {
using money::Money;

struct Line {
    std::string sku;
    Money price;
};
BOOST_DESCRIBE_STRUCT(Line, (), (sku, price))

struct Order {
    Money total;
    std::vector<Line> lines;
    std::map<std::string, Money> taxes;
    std::optional<Money> tip;
    djson::nullable<Money> refund;
    std::vector<djson::nullable<Money>> history;
    geo::Span window;
    std::optional<geo::Point> at;
};
BOOST_DESCRIBE_STRUCT(Order, (), (total, lines, taxes, tip, refund, history, window, at))
} // namespace shop

namespace legacy {
// A type that already converts itself with Boost.JSON (tag_invoke): it works as a member with no codec.
struct Rgb {
    int r = 0, g = 0, b = 0;
    friend bool operator==(const Rgb&, const Rgb&) = default;
};
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Rgb& c) {
    jv = {c.r, c.g, c.b};
}
Rgb tag_invoke(boost::json::value_to_tag<Rgb>, const boost::json::value& jv) {
    const auto& a = jv.as_array(); // throws when it is not an array
    if (a.size() != 3)
        throw std::invalid_argument("an RGB color has three components");
    return {static_cast<int>(a[0].as_int64()), static_cast<int>(a[1].as_int64()),
            static_cast<int>(a[2].as_int64())};
}

// One with try_value_to only (the non-throwing form).
struct Level {
    int v = 0;
    friend bool operator==(const Level&, const Level&) = default;
};
void tag_invoke(boost::json::value_from_tag, boost::json::value& jv, const Level& l) {
    jv = l.v;
}
boost::system::result<Level> tag_invoke(boost::json::try_value_to_tag<Level>, const boost::json::value& jv) {
    if (!jv.is_int64() || jv.get_int64() < 0 || jv.get_int64() > 9)
        return boost::system::error_code(EDOM, boost::system::generic_category());
    return Level{static_cast<int>(jv.get_int64())};
}

struct Theme {
    Rgb fg;
    std::vector<Rgb> palette;
    std::optional<Level> level;
};
BOOST_DESCRIBE_STRUCT(Theme, (), (fg, palette, level))
} // namespace legacy

namespace nesting {
struct Deep {
    std::vector<std::vector<geo::Span>> spans;
    std::map<std::string, std::optional<djson::nullable<money::Money>>> prices;
    geo::Strict strict;
};
BOOST_DESCRIBE_STRUCT(Deep, (), (spans, prices, strict))
} // namespace nesting

BOOST_AUTO_TEST_CASE(a_codec_type_works_at_every_depth) {
    shop::Order o;
    o.total = {1234};
    o.lines = {{"a", {-5}}, {"b", {100}}};
    o.taxes = {{"vat", {250}}};
    o.tip = money::Money{300};
    o.refund = djson::null;
    o.history = {money::Money{1}, djson::null};
    o.window = {1, 5};
    o.at = geo::Point{1.5, -2};
    round_trip(o, R"({"total":"12.34","lines":[{"sku":"a","price":"-0.05"},{"sku":"b","price":"1.00"}],)"
                  R"("taxes":{"vat":"2.50"},"tip":"3.00","refund":null,"history":["0.01",null],)"
                  R"("window":{"from":1,"to":5},"at":[1.5,-2.0]})");

    auto back = expect_read<shop::Order>(
        R"({"total":"0.00","lines":[],"taxes":{},"refund":"-1.50","history":[],"window":{"to":2,"from":2}})");
    BOOST_TEST(back.refund->cents == -150);
    BOOST_TEST(!back.tip.has_value());
    BOOST_TEST(back.window.lo == 2);
}

BOOST_AUTO_TEST_CASE(decode_errors_land_at_the_value) {
    expect_errors<shop::Order>(
        R"({"total":"12.3","lines":[{"sku":"a","price":"x"}],"taxes":{"vat":"1"},"tip":"3.00","refund":"--1.00",)"
        R"("history":[null,"0.1"],"window":{"from":5,"to":1},"at":[1,2]})",
        {{errc::invalid_value, "/total"},
         {errc::invalid_value, "/lines/0/price"},
         {errc::invalid_value, "/taxes/vat"},
         {errc::invalid_value, "/refund"},
         {errc::invalid_value, "/history/1"},
         {errc::invalid_value, "/window"}});
    auto r = djson::try_from_json<shop::Order>(
        R"({"total":"1","lines":[],"taxes":{},"refund":null,"history":[],"window":{"from":5,"to":1}})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error_list()[0].detail == "not an amount with two decimals: 1");
    BOOST_TEST(r.error_list()[1].detail == "from 5 is after to 1");
}

BOOST_AUTO_TEST_CASE(errors_inside_the_representation_keep_their_own_paths) {
    // The representation's own errors come first and stop the decode: no second error for the same value.
    expect_errors<shop::Order>(
        R"({"total":12,"lines":[],"taxes":{},"refund":true,"history":[],"window":{"from":"1","to":2,"x":{}},)"
        R"("at":[1]})",
        {{errc::type_mismatch, "/total"},
         {errc::type_mismatch, "/refund"},
         {errc::type_mismatch, "/window/from"},
         {errc::size_mismatch, "/at"}});
    auto r = djson::try_from_json<shop::Order>(R"({"total":12})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error_list()[0].detail == "expected an amount (a string such as \"12.34\"), got a number");
    // null is not an amount (the member is not nullable), and an object where a string is wanted is skipped
    expect_errors<shop::Order>(
        R"({"total":null,"lines":[{"sku":"a","price":{"deep":[1,{"x":2}]}}],"taxes":{},"refund":null,)"
        R"("history":[],"window":{"from":1,"to":1}})",
        {{errc::unexpected_null, "/total"}, {errc::type_mismatch, "/lines/0/price"}});
    // a representation that is an object, given an array: the mismatch, and nothing decoded
    expect_errors<shop::Order>(
        R"({"total":"1.00","lines":[],"taxes":{},"refund":null,"history":[],"window":[1,2]})",
        {{errc::type_mismatch, "/window"}});
}

BOOST_AUTO_TEST_CASE(a_throwing_decode_is_an_error_not_an_exception) {
    expect_errors<nesting::Deep>(R"({"spans":[],"prices":{},"strict":3})",
                                 {{errc::invalid_value, "/strict"}});
    auto r = djson::try_from_json<nesting::Deep>(R"({"spans":[],"prices":{},"strict":3})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error_list()[0].detail == "odd numbers are not allowed");
    BOOST_TEST(expect_read<nesting::Deep>(R"({"spans":[],"prices":{},"strict":4})").strict.n == 4);
}

BOOST_AUTO_TEST_CASE(nested_codecs_in_containers_decode_in_order) {
    auto d = expect_read<nesting::Deep>(
        R"({"spans":[[{"from":1,"to":2},{"from":3,"to":3}],[]],"prices":{"a":"1.00","b":null},"strict":0})");
    BOOST_TEST(d.spans[0][1].hi == 3);
    BOOST_TEST(d.prices.at("a").value()->cents == 100);
    BOOST_TEST(d.prices.at("b").value().is_null());
    expect_errors<nesting::Deep>(
        R"({"spans":[[{"from":1,"to":2},{"from":4,"to":3}],[{"from":9,"to":0}]],"prices":{"a":"1.0"},"strict":1})",
        {{errc::invalid_value, "/spans/0/1"},
         {errc::invalid_value, "/spans/1/0"},
         {errc::invalid_value, "/prices/a"},
         {errc::invalid_value, "/strict"}});
}

BOOST_AUTO_TEST_CASE(reading_that_stops_inside_a_representation_frees_it) {
    // Under ASan this would report the representation left behind by a stopped read.
    djson::options first;
    first.stop_at_first_error = true;
    for (const char* doc : {R"({"spans":[[{"from":1,"to":"x"}]],"prices":{},"strict":0})",
                            R"({"spans":[[{"from":1,"to":2},{"from":1)", // cut off
                            R"({"spans":[[{"from":1,"to":2,"from":1}]],"prices":{},"strict":0})"}) {
        BOOST_TEST(!djson::try_from_json<nesting::Deep>(doc, first));
        BOOST_TEST(!djson::try_from_json<nesting::Deep>(doc));
    }
    djson::options shallow;
    shallow.max_depth = 3;
    BOOST_TEST(!djson::try_from_json<nesting::Deep>(
        R"({"spans":[[{"from":1,"to":2}]],"prices":{},"strict":0})", shallow));
}

BOOST_AUTO_TEST_CASE(equality_and_diff_see_the_representation) {
    shop::Order a, b;
    a.window = {1, 2};
    b.window = {1, 3};
    a.taxes = {{"x", {1}}};
    b.taxes = {{"x", {2}}};
    BOOST_TEST(!djson::equal(a, b));
    auto d = djson::diff(a, b);
    BOOST_TEST((d == std::vector<std::string>{"/taxes/x", "/window/to"}));
    b = a;
    BOOST_TEST(djson::equal(a, b));
}

BOOST_AUTO_TEST_CASE(the_schema_uses_the_codecs_fragment_or_its_representation) {
    auto s = djson::json_schema<shop::Order>();
    const auto& props = s.at("properties").as_object();
    BOOST_TEST(props.at("total").at("pattern").as_string() == "^-?[0-9]+\\.[0-9]{2}$");
    BOOST_TEST(props.at("taxes").at("additionalProperties").at("type").as_string() == "string");
    // no schema(): the representation's, a model under $defs
    BOOST_TEST(props.at("window").at("$ref").as_string() == "#/$defs/geo::SpanJson");
    BOOST_TEST(props.at("at").at("minItems").as_uint64() == 2u);
    // the nullable one admits null
    BOOST_TEST(boost::json::serialize(props.at("refund").at("type")) == R"(["string","null"])");
}

BOOST_AUTO_TEST_CASE(validate_checks_the_representation) {
    shop::Order o;
    o.at = geo::Point{std::nan(""), 0};
    auto errs = djson::validate(o);
    BOOST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].path == "/at/0");
    BOOST_CHECK_THROW(djson::to_json(o), djson::error);
}

BOOST_AUTO_TEST_CASE(read_json_into_an_existing_object_is_still_a_transaction) {
    shop::Order o;
    o.total = {7};
    auto errs = djson::read_json(o, R"({"total":"bad","lines":[],"taxes":{},"refund":null,"history":[],)"
                                    R"("window":{"from":1,"to":2}})");
    BOOST_TEST(!errs.empty());
    BOOST_TEST(o.total.cents == 7);
    errs = djson::read_json(o, R"({"total":"0.09","lines":[],"taxes":{},"refund":null,"history":[],)"
                               R"("window":{"from":1,"to":2}})");
    BOOST_TEST(errs.empty());
    BOOST_TEST(o.total.cents == 9);
}

BOOST_AUTO_TEST_CASE(a_type_with_boost_json_conversions_works_through_a_dom) {
    legacy::Theme t{{1, 2, 3}, {{0, 0, 0}, {255, 255, 255}}, legacy::Level{4}};
    round_trip(t, R"({"fg":[1,2,3],"palette":[[0,0,0],[255,255,255]],"level":4})");
    // (not through expect_errors: the schema of a Boost.JSON conversion is "any value", so these documents
    // are not recorded for the schema agreement check)
    const char* bad = R"({"fg":[1,2],"palette":[[1,2,3],"red"],"level":12})";
    auto from_text = djson::try_from_json<legacy::Theme>(bad);
    auto from_dom = djson::try_from_value<legacy::Theme>(boost::json::parse(bad));
    BOOST_TEST(from_text.error_list() == from_dom.error_list());
    BOOST_REQUIRE(from_text.error_list().size() == 3u);
    BOOST_TEST(from_text.error_list()[0].path == "/fg");
    BOOST_TEST(from_text.error_list()[1].path == "/palette/1");
    BOOST_TEST(from_text.error_list()[2].path == "/level");
    BOOST_TEST(from_text.error_list()[2].code == errc::invalid_value);
    auto r = djson::try_from_json<legacy::Theme>(R"({"fg":[1,2],"palette":[]})");
    BOOST_REQUIRE(!r);
    BOOST_TEST(r.error_list()[0].detail ==
               "the type's Boost.JSON conversion failed: an RGB color has three components");
    // still a JSON value: the DOM rules apply (a number a double would change is refused)
    expect_errors<legacy::Theme>(R"({"fg":[1,2,3],"palette":[],"level":0.30000000000000000001})",
                                 {{errc::out_of_range, "/level"}});
    // the schema cannot know what the conversion writes: any value
    BOOST_TEST(djson::json_schema<legacy::Theme>().at("properties").at("fg").as_object().empty());
}

// ---- a member with a codec of its own (djson::with<C>) ----

namespace permember {
// One timestamp as epoch milliseconds, one integer as a decimal string; the types keep their default
// elsewhere.
struct epoch_millis {
    static std::int64_t encode(const djson::timestamp& t) {
        return t.unix_seconds() * 1000 + static_cast<std::int64_t>(t.nanoseconds() / 1000000);
    }
    static djson::decoded<djson::timestamp> decode(std::int64_t ms) {
        if (ms < 0)
            return djson::reject("a time before 1970 is not expected here");
        return djson::timestamp::from_unix(ms / 1000, static_cast<std::uint32_t>(ms % 1000) * 1000000u);
    }
    static boost::json::value schema() { return {{"type", "integer"}, {"minimum", 0}}; }
};
struct decimal_string {
    static std::string encode(std::int64_t v) { return std::to_string(v); }
    static djson::decoded<std::int64_t> decode(const std::string& s) {
        std::int64_t v = 0;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
        if (ec != std::errc() || p != s.data() + s.size() || s.empty())
            return djson::reject("not a decimal integer: " + s);
        return v;
    }
};
struct Record {
    djson::timestamp created;
    std::optional<djson::timestamp> modified;
    djson::nullable<djson::timestamp> deleted;
    djson::timestamp plain; // RFC 3339, as usual
    std::int64_t id = 0;
    std::int64_t count = 0;
};
BOOST_DESCRIBE_STRUCT(Record, (), (created, modified, deleted, plain, id, count))
DJSON_MODEL(Record, djson::member("created", djson::with<epoch_millis>),
            djson::member("modified", djson::with<epoch_millis>),
            djson::member("deleted", djson::with<epoch_millis>),
            djson::member("id", djson::with<decimal_string>));
} // namespace permember

BOOST_AUTO_TEST_CASE(a_member_codec_changes_one_member_only) {
    permember::Record r;
    r.created = djson::timestamp::from_unix(1700000000, 123000000);
    r.modified = djson::timestamp::from_unix(1700000001, 0);
    r.deleted = djson::null;
    r.plain = djson::timestamp::from_unix(1700000000, 0);
    r.id = 9007199254740993;
    r.count = 5;
    round_trip(r, R"({"created":1700000000123,"modified":1700000001000,"deleted":null,)"
                  R"("plain":"2023-11-14T22:13:20.000Z","id":"9007199254740993","count":5})");
    expect_errors<permember::Record>(
        R"({"created":"2023-11-14T22:13:20Z","modified":-1,"deleted":1.5,"plain":0,"id":12,"count":"5"})",
        {{errc::type_mismatch, "/created"},
         {errc::invalid_value, "/modified"},
         {errc::type_mismatch, "/deleted"},
         {errc::type_mismatch, "/plain"},
         {errc::type_mismatch, "/id"},
         {errc::type_mismatch, "/count"}});
    expect_errors<permember::Record>(
        R"({"created":0,"modified":null,"deleted":null,"plain":"2023-11-14T22:13:20Z",)"
        R"("id":"12x","count":5})",
        {{errc::unexpected_null, "/modified"}, {errc::invalid_value, "/id"}});
    auto s = djson::json_schema<permember::Record>().at("properties");
    BOOST_TEST(s.at("created").at("type").as_string() == "integer");
    BOOST_TEST(boost::json::serialize(s.at("deleted").at("type")) == R"(["integer","null"])");
    BOOST_TEST(s.at("id").at("type").as_string() == "string");
    BOOST_TEST(s.at("plain").at("type").as_string() == "string");
    permember::Record a = r, b = r;
    b.created = djson::timestamp::from_unix(1700000000, 124000000);
    BOOST_TEST((djson::diff(a, b) == std::vector<std::string>{"/created"}));
    b.created = djson::timestamp::from_unix(1700000000,
                                            123000001); // the codec drops the nanoseconds: equal as written
    BOOST_TEST(djson::equal(a, b));
}
