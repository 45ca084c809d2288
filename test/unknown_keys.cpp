// Tests for the unknown-key policies (ignore, reject, capture) and djson::additional_properties.
#define BOOST_TEST_MODULE unknown_keys
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace uk {

// ignore is the default
struct plain {
    std::string name;
    std::int32_t n{};
};
BOOST_DESCRIBE_STRUCT(plain, (), (name, n))

struct ignoring {
    std::string name;
    std::int32_t n{};
};
BOOST_DESCRIBE_STRUCT(ignoring, (), (name, n))
DJSON_MODEL(ignoring, djson::unknown_keys::ignore);

struct rejecting {
    std::string name;
    std::int32_t n{};
};
BOOST_DESCRIBE_STRUCT(rejecting, (), (name, n))
DJSON_MODEL(rejecting, djson::unknown_keys::reject);

struct outer_ignoring {
    rejecting inner;
    std::optional<std::int32_t> x;
};
BOOST_DESCRIBE_STRUCT(outer_ignoring, (), (inner, x))

// capture is implied by the member...
struct capturing {
    std::string name;
    std::int32_t n{};
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(capturing, (), (name, n, extra))

// ... and may be said
struct capturing_explicit {
    std::string name;
    djson::additional_properties extra;
    std::optional<std::int32_t> n;
};
BOOST_DESCRIBE_STRUCT(capturing_explicit, (), (name, extra, n))
DJSON_MODEL(capturing_explicit, djson::unknown_keys::capture);

struct holder {
    capturing item;
    std::vector<capturing> items;
};
BOOST_DESCRIBE_STRUCT(holder, (), (item, items))

} // namespace uk

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::read_both;

namespace {

std::vector<std::string> keys_of(const djson::additional_properties& x) {
    std::vector<std::string> out;
    for (const auto& e : x)
        out.push_back(e.key);
    return out;
}
std::vector<std::string> texts_of(const djson::additional_properties& x) {
    std::vector<std::string> out;
    for (const auto& e : x)
        out.push_back(e.json);
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(ignore)

BOOST_AUTO_TEST_CASE(unknown_keys_are_skipped) {
    const std::string text =
        R"({"a":1,"name":"x","b":{"c":[1,{"d":null}],"e":{}},"n":2,"f":[[],[[{"g":"h"}]]],"i":"j","k":true})";
    for (const auto& v : {expect_read<uk::plain>(text), expect_read<uk::plain>(text)}) {
        BOOST_TEST(v.name == "x");
        BOOST_TEST(v.n == 2);
    }
    auto w = expect_read<uk::ignoring>(text);
    BOOST_TEST(w.name == "x");
    BOOST_TEST(w.n == 2);
    // writing gives only the declared members
    BOOST_TEST(djson::to_json(w) == R"({"name":"x","n":2})");
}

BOOST_AUTO_TEST_CASE(skipped_values_do_not_hide_errors_of_declared_members) {
    expect_errors<uk::plain>(R"({"a":{"name":1},"name":2,"n":"3"})",
                             {{errc::type_mismatch, "/name"}, {errc::type_mismatch, "/n"}});
    expect_errors<uk::plain>(R"({"a":{"name":1},"n":3})", {{errc::missing_required, "/name"}});
}

BOOST_AUTO_TEST_CASE(duplicate_unknown_key_is_still_an_error) {
    expect_errors<uk::plain>(R"({"name":"x","n":1,"u":1,"u":2})", {{errc::duplicate_key, "/u"}}, {}, false);
    expect_errors<uk::ignoring>(R"({"u":{},"name":"x","u":[],"n":1})", {{errc::duplicate_key, "/u"}}, {},
                                false);
    // inside a skipped object too
    expect_errors<uk::plain>(R"({"name":"x","n":1,"u":{"a":1,"a":2}})", {{errc::duplicate_key, "/u/a"}}, {},
                             false);
}

BOOST_AUTO_TEST_CASE(policy_is_per_model) {
    // the outer model ignores, the inner one rejects
    auto v = expect_read<uk::outer_ignoring>(R"({"zz":1,"inner":{"name":"a","n":1}})");
    BOOST_TEST(v.inner.name == "a");
    expect_errors<uk::outer_ignoring>(R"({"zz":1,"inner":{"name":"a","n":1,"zz":2}})",
                                      {{errc::unknown_key, "/inner/zz"}});
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(reject)

BOOST_AUTO_TEST_CASE(unknown_key_at_its_path) {
    expect_errors<uk::rejecting>(R"({"name":"x","thekey":1,"n":2})", {{errc::unknown_key, "/thekey"}});
    expect_errors<uk::rejecting>(R"({"thekey":{"a":[1,2,{"b":null}]},"name":"x","n":2})",
                                 {{errc::unknown_key, "/thekey"}});
    auto r = djson::try_from_json<uk::rejecting>(R"({"name":"x","thekey":1,"n":2})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].message().rfind("/thekey: ", 0) == 0u, r.error_list()[0].message());
}

BOOST_AUTO_TEST_CASE(reading_continues_after_unknown_key) {
    expect_errors<uk::rejecting>(R"({"name":1,"thekey":1,"n":"2","other":[]})",
                                 {{errc::type_mismatch, "/name"},
                                  {errc::unknown_key, "/thekey"},
                                  {errc::type_mismatch, "/n"},
                                  {errc::unknown_key, "/other"}});
    expect_errors<uk::rejecting>(
        R"({"thekey":1})",
        {{errc::unknown_key, "/thekey"}, {errc::missing_required, "/name"}, {errc::missing_required, "/n"}});
    // in first-error mode, only the unknown key
    expect_errors<uk::rejecting>(R"({"thekey":1,"name":2})", {{errc::unknown_key, "/thekey"}},
                                 {.stop_at_first_error = true});
}

BOOST_AUTO_TEST_CASE(duplicate_unknown_key_under_reject) {
    expect_errors<uk::rejecting>(R"({"name":"x","n":1,"u":1,"u":2})",
                                 {{errc::unknown_key, "/u"}, {errc::duplicate_key, "/u"}}, {}, false);
}

BOOST_AUTO_TEST_CASE(known_keys_read_fine) {
    auto v = expect_read<uk::rejecting>(R"({"n":3,"name":"x"})");
    BOOST_TEST(v.n == 3);
    BOOST_TEST(v.name == "x");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(capture)

BOOST_AUTO_TEST_CASE(every_unknown_key_in_original_order) {
    const std::string text = R"({"z":1,"name":"x","y":{"k":[1,2]},"n":2,"a":"s","m":null})";
    auto v = expect_read<uk::capturing>(text);
    BOOST_TEST(v.name == "x");
    BOOST_TEST(v.n == 2);
    BOOST_TEST(keys_of(v.extra) == (std::vector<std::string>{"z", "y", "a", "m"}));
    BOOST_TEST(texts_of(v.extra) == (std::vector<std::string>{"1", R"({"k":[1,2]})", R"("s")", "null"}));
    // written back after the declared members, in order
    BOOST_TEST(djson::to_json(v) == R"({"name":"x","n":2,"z":1,"y":{"k":[1,2]},"a":"s","m":null})");
}

BOOST_AUTO_TEST_CASE(explicit_policy_and_member_position) {
    auto v = expect_read<uk::capturing_explicit>(R"({"q":[true],"name":"x","n":5,"r":{}})");
    BOOST_TEST(keys_of(v.extra) == (std::vector<std::string>{"q", "r"}));
    // declared members first (in declaration order), then the captured ones
    BOOST_TEST(djson::to_json(v) == R"({"name":"x","n":5,"q":[true],"r":{}})");
    v.n.reset();
    BOOST_TEST(djson::to_json(v) == R"({"name":"x","q":[true],"r":{}})");
    v.extra.clear();
    BOOST_TEST(djson::to_json(v) == R"({"name":"x"})");
}

BOOST_AUTO_TEST_CASE(nothing_unknown_means_empty) {
    auto v = expect_read<uk::capturing>(R"({"name":"x","n":2})");
    BOOST_TEST(v.extra.empty());
    BOOST_TEST(v.extra.size() == 0u);
    BOOST_TEST(djson::to_json(v) == R"({"name":"x","n":2})");
}

BOOST_AUTO_TEST_CASE(byte_for_byte_round_trip) {
    const std::string text =
        R"({"name":"x","n":2,"f":1.50,"e":1e2,"E":-1.25E-3,"z":-0,"big":12345678901234567890123,)"
        R"("neg":-98765432109876543210987654321,"s":"q\"u\\o\nt\te\u001f\u0000/é😀","o":{"k":[1,{"q":null}],)"
        R"("t":true,"ff":false,"deep":{"a":{"b":[[[]]]}}},"a":[],"b":{},"nul":null,"tru":true,"arr":[1.0,"x",[2e-7]]})";
    auto v = djson::from_json<uk::capturing>(text);
    BOOST_TEST(djson::to_json(v) == text);
    BOOST_TEST(v.extra.size() == 13u);
    BOOST_TEST(v.extra.find("f")->json == "1.50");
    BOOST_TEST(v.extra.find("e")->json == "1e2");
    BOOST_TEST(v.extra.find("z")->json == "-0");
    BOOST_TEST(v.extra.find("big")->json == "12345678901234567890123");
    BOOST_TEST(v.extra.find("s")->json == R"("q\"u\\o\nt\te\u001f\u0000/é😀")");
    // read back equal, and written again to the same bytes
    auto back = djson::from_json<uk::capturing>(djson::to_json(v));
    BOOST_TEST(djson::equal(back, v));
    BOOST_TEST(djson::to_json(back) == text);
    // A DOM cannot hold /big and /neg: to_value says so instead of changing them.
    try {
        (void)djson::to_value(v);
        BOOST_TEST(false, "to_value changed numbers a DOM cannot hold");
    } catch (const djson::error& e) {
        BOOST_TEST(e.list().front().path == "/big");
        BOOST_TEST(e.list().front().code == djson::errc::out_of_range);
    }
    // What a DOM can hold goes through the helper: write, golden, read back through text and DOM, equal,
    // rewrite identical.
    const std::string small = R"({"name":"x","n":2,"f":1.50,"e":1e2,"z":-0,"s":"\u00e9\/","o":{"k":[1.0]}})";
    djson_test::round_trip(djson::from_json<uk::capturing>(small), small);
}

BOOST_AUTO_TEST_CASE(escaped_strings_keep_their_spelling) {
    // Strings inside captured values come back exactly as spelled (issue: "\u00e9\/" used to come back as
    // "é/"); the captured key itself is a key of the object, written in djson's one spelling.
    const std::string text = R"({"name":"x","n":1,"k\u0065y\/":"\u00e9\/\u0041","o":{"\u0062":["\ud83d\ude00",
        "plain", "\"q\""]}})";
    auto v = expect_read<uk::capturing>(text);
    BOOST_TEST_REQUIRE(v.extra.size() == 2u);
    BOOST_TEST(v.extra.begin()->key == "key/");
    BOOST_TEST(v.extra.find("key/")->json == R"("\u00e9\/\u0041")");
    BOOST_TEST(v.extra.find("o")->json == R"({"\u0062":["\ud83d\ude00","plain","\"q\""]})");
    BOOST_TEST(v.extra.get("key/") == boost::json::value("\xc3\xa9/A"));
    BOOST_TEST(
        djson::to_json(v) ==
        R"({"name":"x","n":1,"key/":"\u00e9\/\u0041","o":{"\u0062":["\ud83d\ude00","plain","\"q\""]}})");
    // the same document from a DOM has no spelling to keep: the strings come back in djson's spelling, and
    // the two reads are equal as JSON
    auto from_dom = djson::from_value<uk::capturing>(boost::json::parse(text));
    BOOST_TEST(from_dom.extra.find("key/")->json == "\"\xc3\xa9/A\"");
    BOOST_TEST(djson::equal(from_dom, v));
}

BOOST_AUTO_TEST_CASE(pretty_output_reindents_captured_values) {
    auto v = djson::from_json<uk::capturing>(
        R"({"name":"x","n":2,"o":{"k":[1,{"q":null}],"e":{},"a":[]},"s":"a,{b}:[c]\\\"","t":[true]})");
    const std::string want = "{\n"
                             "  \"name\": \"x\",\n"
                             "  \"n\": 2,\n"
                             "  \"o\": {\n"
                             "    \"k\": [\n"
                             "      1,\n"
                             "      {\n"
                             "        \"q\": null\n"
                             "      }\n"
                             "    ],\n"
                             "    \"e\": {},\n"
                             "    \"a\": []\n"
                             "  },\n"
                             "  \"s\": \"a,{b}:[c]\\\\\\\"\",\n"
                             "  \"t\": [\n"
                             "    true\n"
                             "  ]\n"
                             "}";
    BOOST_TEST(djson::to_json(v, {.pretty = true}) == want);
    // the same layout as a DOM written pretty
    boost::json::value dom = boost::json::parse(djson::to_json(v));
    BOOST_TEST(djson::to_json(dom, {.pretty = true}) == want);
    // indent width is honoured
    auto four = djson::to_json(v, {.pretty = true, .indent = 4});
    BOOST_TEST(four.find("\n        \"k\": [\n            1,") != std::string::npos, four);
    // and pretty output reads back to the same value
    auto back = expect_read<uk::capturing>(want);
    BOOST_TEST(djson::equal(back, v));
    BOOST_TEST(djson::to_json(back) == djson::to_json(v));
}

BOOST_AUTO_TEST_CASE(dom_path_captures_the_same_entries) {
    const std::string text = R"({"a":1,"name":"x","b":{"c":[true,null,"s"]},"n":2,"d":-3,"e":2.5})";
    auto from_text = djson::from_json<uk::capturing>(text);
    auto from_dom = djson::from_value<uk::capturing>(boost::json::parse(text), {});
    BOOST_TEST(keys_of(from_dom.extra) == keys_of(from_text.extra));
    BOOST_TEST(texts_of(from_dom.extra) == texts_of(from_text.extra));
    BOOST_TEST(from_dom.extra == from_text.extra);
    BOOST_TEST(djson::to_json(from_dom) == djson::to_json(from_text));
    // numbers the DOM respells are still equal as JSON
    const std::string spelled = R"({"name":"x","n":2,"f":1.50,"e":1e2})";
    auto t = djson::from_json<uk::capturing>(spelled);
    auto d = djson::from_value<uk::capturing>(boost::json::parse(spelled), {});
    BOOST_TEST(keys_of(d.extra) == keys_of(t.extra));
    BOOST_TEST(d.extra == t.extra);
    // read_both checks the two sources agree
    expect_read<uk::capturing>(spelled);
}

BOOST_AUTO_TEST_CASE(nested_models_capture_their_own) {
    auto v = expect_read<uk::holder>(
        R"({"item":{"name":"a","n":1,"x":1},"top":true,"items":[{"name":"b","n":2},{"y":[],"name":"c","n":3}]})");
    BOOST_TEST(keys_of(v.item.extra) == (std::vector<std::string>{"x"}));
    BOOST_TEST(v.items.at(0).extra.empty());
    BOOST_TEST(keys_of(v.items.at(1).extra) == (std::vector<std::string>{"y"}));
    BOOST_TEST(djson::to_json(v) ==
               R"({"item":{"name":"a","n":1,"x":1},"items":[{"name":"b","n":2},{"name":"c","n":3,"y":[]}]})");
}

BOOST_AUTO_TEST_CASE(duplicate_captured_key) {
    expect_errors<uk::capturing>(R"({"name":"x","n":1,"u":1,"u":2})", {{errc::duplicate_key, "/u"}}, {},
                                 false);
    expect_errors<uk::capturing>(R"({"name":"x","n":1,"u":{"a":1,"a":2}})", {{errc::duplicate_key, "/u/a"}},
                                 {}, false);
}

BOOST_AUTO_TEST_CASE(errors_inside_captured_values_and_around_them) {
    expect_errors<uk::capturing>(R"({"name":1,"u":[1,2],"n":"x"})",
                                 {{errc::type_mismatch, "/name"}, {errc::type_mismatch, "/n"}});
}

BOOST_AUTO_TEST_CASE(warm_read_replaces_captured_keys) {
    uk::capturing v;
    v.extra.set_json("old", "1");
    auto errs = djson::read_json(v, R"({"name":"x","n":1,"new":2})");
    BOOST_TEST(errs.empty());
    BOOST_TEST(keys_of(v.extra) == (std::vector<std::string>{"new"}));
    errs = djson::read_value(v, boost::json::parse(R"({"name":"x","n":1,"newer":3})"));
    BOOST_TEST(errs.empty());
    BOOST_TEST(keys_of(v.extra) == (std::vector<std::string>{"newer"}));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(additional_properties_api)

BOOST_AUTO_TEST_CASE(find_get_contains) {
    auto v =
        djson::from_json<uk::capturing>(R"({"name":"x","n":1,"a":{"b":[1,"c"]},"num":1.50,"big":1e400})");
    djson::additional_properties& x = v.extra;
    BOOST_TEST(x.contains("a"));
    BOOST_TEST(!x.contains("name"));
    BOOST_TEST(!x.contains("zz"));
    BOOST_TEST(x.find("zz") == nullptr);
    const auto* e = x.find("a");
    BOOST_TEST_REQUIRE(e != nullptr);
    BOOST_TEST(e->key == "a");
    BOOST_TEST(e->json == R"({"b":[1,"c"]})");
    BOOST_TEST(x.get("a") == boost::json::parse(R"({"b":[1,"c"]})"));
    BOOST_TEST(x.get("num") == boost::json::value(1.5));
    BOOST_CHECK_THROW((void)x.get("zz"), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(set_replaces_in_place_or_appends) {
    djson::additional_properties x;
    BOOST_TEST(x.empty());
    x.set("a", boost::json::value(1));
    x.set("b", boost::json::parse(R"({"c":[true,null,"s\n"]})"));
    x.set("c", boost::json::value("t"));
    BOOST_TEST(x.size() == 3u);
    BOOST_TEST(texts_of(x) == (std::vector<std::string>{"1", R"({"c":[true,null,"s\n"]})", R"("t")"}));
    x.set("a", boost::json::value(2.5));
    BOOST_TEST(keys_of(x) == (std::vector<std::string>{"a", "b", "c"}));
    BOOST_TEST(x.find("a")->json == "2.5");
    BOOST_TEST(x.get("b") == boost::json::parse(R"({"c":[true,null,"s\n"]})"));
    // a value JSON cannot hold
    BOOST_CHECK_THROW(x.set("nan", boost::json::value(std::numeric_limits<double>::quiet_NaN())),
                      djson::error);
    BOOST_CHECK_THROW(x.set("inf", boost::json::value(std::numeric_limits<double>::infinity())),
                      djson::error);
    BOOST_TEST(!x.contains("nan"));
    BOOST_TEST(!x.contains("inf"));
}

BOOST_AUTO_TEST_CASE(set_json_validates_and_compacts) {
    djson::additional_properties x;
    x.set_json("a", "  { \"b\" : [ 1 , 2.50 , \"c\" ] , \"d\" : null }  ");
    BOOST_TEST(x.find("a")->json == R"({"b":[1,2.50,"c"],"d":null})");
    x.set_json("n", "12345678901234567890123");
    BOOST_TEST(x.find("n")->json == "12345678901234567890123");
    x.set_json("a", "true");
    BOOST_TEST(keys_of(x) == (std::vector<std::string>{"a", "n"}));
    BOOST_TEST(x.find("a")->json == "true");
    for (std::string_view bad :
         {std::string_view("{"), std::string_view(""), std::string_view("1 2"), std::string_view("[1,]"),
          std::string_view("nul"), std::string_view("'x'"), std::string_view("{\"a\":1,\"a\":2}"),
          std::string_view("\"\xff\""), std::string_view("// c\n1")}) {
        BOOST_TEST_CONTEXT("set_json(" << std::string(bad) << ")") {
            BOOST_CHECK_THROW(x.set_json("bad", bad), djson::error);
            BOOST_TEST(!x.contains("bad"));
        }
    }
    try {
        x.set_json("bad", "[1,");
        BOOST_FAIL("no throw");
    } catch (const djson::error& e) {
        BOOST_TEST(e.code() == errc::syntax);
    }
    BOOST_TEST(x.size() == 2u);
}

BOOST_AUTO_TEST_CASE(erase_and_iteration) {
    djson::additional_properties x;
    x.set_json("a", "1");
    x.set_json("b", "2");
    x.set_json("c", "3");
    BOOST_TEST(x.erase("b"));
    BOOST_TEST(!x.erase("b"));
    BOOST_TEST(!x.erase("zz"));
    std::vector<std::string> seen;
    for (const djson::additional_properties::entry& e : x)
        seen.push_back(e.key + "=" + e.json);
    BOOST_TEST(seen == (std::vector<std::string>{"a=1", "c=3"}));
    BOOST_TEST(static_cast<std::size_t>(x.end() - x.begin()) == x.size());
    x.clear();
    BOOST_TEST(x.empty());
    BOOST_TEST((x.begin() == x.end()));
}

BOOST_AUTO_TEST_CASE(equality) {
    auto make = [](std::initializer_list<std::pair<const char*, const char*>> kv) {
        djson::additional_properties x;
        for (const auto& [k, j] : kv)
            x.set_json(k, j);
        return x;
    };
    BOOST_TEST((make({}) == make({})));
    BOOST_TEST((make({{"a", "1"}, {"b", "[1,2]"}}) == make({{"a", "1"}, {"b", "[1,2]"}})));
    // values equal as JSON, whatever their spelling
    BOOST_TEST((make({{"a", "1.50"}}) == make({{"a", "1.5"}})));
    BOOST_TEST((make({{"a", "1e2"}}) == make({{"a", "100.0"}})));
    BOOST_TEST((make({{"a", R"({"x":1,"y":2})"}}) == make({{"a", R"({"y":2,"x":1})"}})));
    BOOST_TEST((make({{"s", R"("\u00e9")"}}) == make({{"s", "\"\xc3\xa9\""}})));
    // equal as JSON objects: the order of the keys does not matter (it agrees with diff), but the keys do
    BOOST_TEST((make({{"a", "1"}, {"b", "2"}}) == make({{"b", "2"}, {"a", "1"}})));
    BOOST_TEST(!(make({{"a", "1"}}) == make({{"a", "1"}, {"b", "2"}})));
    BOOST_TEST(!(make({{"a", "1"}}) == make({{"b", "1"}})));
    BOOST_TEST(!(make({{"a", "1"}}) == make({{"a", "2"}})));
    BOOST_TEST(!(make({{"a", "[1,2]"}}) == make({{"a", "[2,1]"}})));
    BOOST_TEST(!(make({{"a", "\"1\""}}) == make({{"a", "1"}})));
    // through the model
    auto a = djson::from_json<uk::capturing>(R"({"name":"x","n":1,"f":1.50})");
    auto b = djson::from_json<uk::capturing>(R"({"name":"x","n":1,"f":1.5})");
    BOOST_TEST(djson::equal(a, b));
}

BOOST_AUTO_TEST_CASE(key_of_a_declared_member) {
    uk::capturing v;
    v.name = "x";
    v.n = 1;
    v.extra.set_json("ok", "1");
    v.extra.set_json("name", "\"shadow\"");
    bool thrown = false;
    try {
        (void)djson::to_json(v);
    } catch (const djson::error& e) {
        thrown = true;
        BOOST_TEST_REQUIRE(e.list().size() == 1u, djson_test::describe(e.list()));
        BOOST_TEST(e.list()[0].code == errc::duplicate_key);
        BOOST_TEST(e.list()[0].path == "/name");
    }
    BOOST_TEST(thrown);
    auto errs = djson::validate(v);
    BOOST_TEST_REQUIRE(errs.size() == 1u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::duplicate_key);
    BOOST_TEST(errs[0].path == "/name");
    // nested, the path says where
    uk::holder h;
    h.items.resize(2);
    h.items[1].extra.set_json("n", "2");
    auto herrs = djson::validate(h);
    BOOST_TEST_REQUIRE(herrs.size() == 1u, djson_test::describe(herrs));
    BOOST_TEST(herrs[0].code == errc::duplicate_key);
    BOOST_TEST(herrs[0].path == "/items/1/n");
    BOOST_CHECK_THROW((void)djson::to_json(h), djson::error);
    BOOST_CHECK_THROW((void)djson::to_value(h), djson::error);
    // without the collision all is well
    v.extra.erase("name");
    BOOST_TEST(djson::validate(v).empty());
    BOOST_TEST(djson::to_json(v) == R"({"name":"x","n":1,"ok":1})");
}

BOOST_AUTO_TEST_SUITE_END()
