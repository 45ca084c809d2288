// Tests for std::string members: escapes on read and write, UTF-8 validation, long strings and keys
// (delivered in parts by the tokenizer), escaped keys matching members, and invalid UTF-8 from code and from
// a DOM.
#define BOOST_TEST_MODULE strings
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

using namespace std::string_literals;

#define DJSON_TEST_K10 "abcdefghij"
#define DJSON_TEST_K100                                                                                      \
    DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10 \
        DJSON_TEST_K10 DJSON_TEST_K10 DJSON_TEST_K10
#define DJSON_TEST_K1000                                                                                     \
    DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100          \
        DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100 DJSON_TEST_K100
#define DJSON_TEST_K5000 DJSON_TEST_K1000 DJSON_TEST_K1000 DJSON_TEST_K1000 DJSON_TEST_K1000 DJSON_TEST_K1000

namespace strs {

struct doc {
    std::string text;
};
BOOST_DESCRIBE_STRUCT(doc, (), (text))

struct named {
    std::string name;
    std::int32_t n{};
};
BOOST_DESCRIBE_STRUCT(named, (), (name, n))
DJSON_MODEL(named, djson::unknown_keys::reject);

struct long_keyed {
    std::int32_t v{};
    std::string w;
};
BOOST_DESCRIBE_STRUCT(long_keyed, (), (v, w))
DJSON_MODEL(long_keyed, djson::unknown_keys::reject, djson::member("v", djson::key(DJSON_TEST_K5000)));

struct lists {
    std::vector<std::string> items;
    std::map<std::string, std::string> m;
    boost::json::value any;
};
BOOST_DESCRIBE_STRUCT(lists, (), (items, m, any))

} // namespace strs

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::read_both;

namespace {

const std::string e_acute = "\xc3\xa9";          // U+00E9
const std::string grinning = "\xf0\x9f\x98\x80"; // U+1F600
const std::string doc_prefix = R"({"text":")";

std::string doc_json(std::string_view body) {
    return doc_prefix + std::string(body) + "\"}";
}

// The one syntax error reading `text` must give.
template <class T> void expect_syntax_error(const std::string& text) {
    BOOST_TEST_CONTEXT("reading " << text) {
        auto r = read_both<T>(text);
        BOOST_TEST_REQUIRE(!r.has_value(), "read succeeded");
        BOOST_TEST_REQUIRE(r.error_list().size() == 1u, djson_test::describe(r.error_list()));
        BOOST_TEST(r.error_list()[0].code == errc::syntax, djson_test::describe(r.error_list()));
        BOOST_TEST(r.error_list()[0].line == 1u);
        BOOST_TEST(r.error_list()[0].column > 0u);
    }
}

// `n` bytes of text with JSON escapes spread through it: the JSON body and the decoded string.
struct long_text {
    std::string json;
    std::string decoded;
};
long_text make_long_text(std::size_t approx_size) {
    struct esc {
        const char* json;
        std::string decoded;
    };
    const std::vector<esc> escapes = {
        {"\\n", "\n"}, {"\\\"", "\""},       {"\\\\", "\\"},
        {"\\/", "/"},  {"\\u00e9", e_acute}, {"\\ud83d\\ude00", grinning},
        {"\\t", "\t"}, {"\\u0001", "\x01"},  {"\\u20AC", "\xe2\x82\xac"},
    };
    long_text out;
    std::size_t i = 0;
    while (out.json.size() < approx_size) {
        // a run of plain characters of varying length, then an escape
        std::size_t run = 50 + (i * 37) % 200;
        for (std::size_t j = 0; j < run; ++j) {
            char c = static_cast<char>('a' + (i + j) % 26);
            out.json.push_back(c);
            out.decoded.push_back(c);
        }
        const esc& e = escapes[i % escapes.size()];
        out.json += e.json;
        out.decoded += e.decoded;
        ++i;
    }
    return out;
}

// The long key of strs::long_keyed with some letters written as \u escapes.
std::string escaped_long_key() {
    const std::string key = DJSON_TEST_K5000;
    std::string out;
    const char* hex = "0123456789abcdef";
    for (std::size_t i = 0; i < key.size(); ++i) {
        if (i % 97 == 5) {
            auto c = static_cast<unsigned char>(key[i]);
            out += "\\u00";
            out.push_back(hex[c >> 4]);
            out.push_back(hex[c & 15]);
        } else {
            out.push_back(key[i]);
        }
    }
    return out;
}

} // namespace

BOOST_AUTO_TEST_SUITE(reading)

BOOST_AUTO_TEST_CASE(escapes_are_decoded) {
    auto v = expect_read<strs::doc>(doc_json(R"(a\nb\"c\\d\/e\u00e9f\ud83d\ude00g)"));
    BOOST_TEST(v.text == "a\nb\"c\\d/e" + e_acute + "f" + grinning + "g");
    auto w = expect_read<strs::doc>(doc_json(R"(\b\f\r\t\u0000\u001f\u00E9\uD83D\uDE00\u20ac)"));
    BOOST_TEST(w.text == "\b\f\r\t\0\x1f"s + e_acute + grinning + "\xe2\x82\xac");
    BOOST_TEST(w.text.size() == 6u + 2u + 4u + 3u);
    // only escapes: the whole string
    BOOST_TEST(expect_read<strs::doc>(doc_json(R"(\n)")).text == "\n");
    BOOST_TEST(expect_read<strs::doc>(doc_json("")).text == "");
}

BOOST_AUTO_TEST_CASE(utf8_is_kept) {
    auto v = expect_read<strs::doc>(doc_json("caf" + e_acute + " " + grinning + " \xe2\x82\xac"));
    BOOST_TEST(v.text == "caf" + e_acute + " " + grinning + " \xe2\x82\xac");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_a_syntax_error) {
    for (const std::string& bad : {"\xff"s, "\xfe"s, "\x80"s, "\xc0\xaf"s, "\xe0\x80\xaf"s, "\xed\xa0\x80"s,
                                   "\xf4\x90\x80\x80"s, "\xe2\x82"s, "\xc3"s, "\xf0\x9f\x98"s}) {
        expect_syntax_error<strs::doc>(doc_json("ok" + bad + "ok"));
        expect_syntax_error<strs::doc>(doc_json("ok" + bad));
    }
    // in a key, known or not, and in a skipped value
    expect_syntax_error<strs::named>("{\"na\xffme\":\"x\",\"n\":1}");
    expect_syntax_error<strs::lists>("{\"items\":[],\"m\":{\"\xff\":\"x\"},\"any\":null}");
    expect_syntax_error<strs::lists>("{\"items\":[],\"m\":{},\"any\":[\"\xc3\"]}");
    expect_syntax_error<strs::lists>("{\"items\":[],\"m\":{},\"any\":null,\"zz\":\"\xff\"}");
}

BOOST_AUTO_TEST_CASE(lone_surrogate_escape_is_a_syntax_error) {
    for (const char* bad : {R"(\ud800)", R"(\ud800x)", R"(x\udbff)", R"(\udc00)", R"(\ude00\ud83d)",
                            R"(\ud800\u0041)", R"(\ud800\n)", R"(\ud83d\ud83d)"}) {
        expect_syntax_error<strs::doc>(doc_json(bad));
    }
    // in a key too
    expect_syntax_error<strs::named>(R"({"name":"x","n":1,"\ud800":1})");
}

BOOST_AUTO_TEST_CASE(long_string_with_escapes) {
    const long_text t = make_long_text(100 * 1024);
    BOOST_TEST_REQUIRE(t.json.size() >= 100u * 1024u);
    auto v = expect_read<strs::doc>(doc_json(t.json));
    BOOST_TEST(v.text.size() == t.decoded.size());
    BOOST_TEST((v.text == t.decoded));
    // several in a row, in an array, in a map (as keys and values) and in a free-form value
    const long_text u = make_long_text(20 * 1024);
    const std::string text = "{\"items\":[\"" + t.json + "\",\"" + u.json + "\",\"x\"],\"m\":{\"" + u.json +
                             "\":\"" + t.json + "\"},\"any\":{\"" + t.json + "\":[\"" + u.json + "\"]}}";
    auto l = expect_read<strs::lists>(text);
    BOOST_TEST_REQUIRE(l.items.size() == 3u);
    BOOST_TEST((l.items[0] == t.decoded));
    BOOST_TEST((l.items[1] == u.decoded));
    BOOST_TEST(l.items[2] == "x");
    BOOST_TEST_REQUIRE(l.m.size() == 1u);
    BOOST_TEST((l.m.begin()->first == u.decoded));
    BOOST_TEST((l.m.begin()->second == t.decoded));
    BOOST_TEST_REQUIRE(l.any.is_object());
    BOOST_TEST_REQUIRE(l.any.as_object().size() == 1u);
    const auto& kv = *l.any.as_object().begin();
    BOOST_TEST((std::string(kv.key()) == t.decoded));
    BOOST_TEST((std::string(kv.value().as_array().at(0).as_string()) == u.decoded));
}

BOOST_AUTO_TEST_CASE(long_string_without_escapes) {
    std::string s(200 * 1024, 'x');
    for (std::size_t i = 0; i < s.size(); i += 1000)
        s.replace(i, 2, e_acute);
    auto v = expect_read<strs::doc>(doc_json(s));
    BOOST_TEST((v.text == s));
}

BOOST_AUTO_TEST_CASE(escaped_keys_match_members) {
    auto v = expect_read<strs::named>(R"({"na\u006de":"x","\u006e":1})");
    BOOST_TEST(v.name == "x");
    BOOST_TEST(v.n == 1);
    // the escaped spelling is the same key: a duplicate
    expect_errors<strs::named>(R"({"name":"x","na\u006de":"y","n":1})", {{errc::duplicate_key, "/name"}}, {},
                               false);
    // errors name the decoded key
    expect_errors<strs::named>(R"({"na\u006de":1,"n":1})", {{errc::type_mismatch, "/name"}});
    expect_errors<strs::named>(R"({"name":"x","n":1,"\u007e\/x":1})", {{errc::unknown_key, "/~0~1x"}});
}

BOOST_AUTO_TEST_CASE(long_keys_match_members) {
    const std::string key = DJSON_TEST_K5000;
    // plain and escaped spellings (the escaped one arrives from the tokenizer in parts)
    for (const std::string& spelled : {key, escaped_long_key()}) {
        BOOST_TEST_CONTEXT("key of " << spelled.size() << " characters") {
            auto v = expect_read<strs::long_keyed>("{\"" + spelled + "\":7,\"w\":\"x\"}");
            BOOST_TEST(v.v == 7);
            BOOST_TEST(v.w == "x");
            // after another member too
            auto w = expect_read<strs::long_keyed>("{\"w\":\"x\",\"" + spelled + "\":8}");
            BOOST_TEST(w.v == 8);
        }
    }
    // one character off is another key
    std::string other = escaped_long_key();
    other.back() = 'k';
    expect_errors<strs::long_keyed>("{\"" + other + "\":7,\"w\":\"x\"}",
                                    {{errc::unknown_key, "/" + key.substr(0, key.size() - 1) + "k"},
                                     {errc::missing_required, "/" + key}});
    std::string longer = escaped_long_key() + "\\u0061";
    expect_errors<strs::long_keyed>(
        "{\"" + longer + "\":7,\"w\":\"x\"}",
        {{errc::unknown_key, "/" + key + "a"}, {errc::missing_required, "/" + key}});
    // a long key in a map
    const long_text t = make_long_text(10000);
    auto l =
        expect_read<strs::lists>("{\"items\":[],\"m\":{\"" + t.json + "\":\"v\",\"k\":\"w\"},\"any\":null}");
    BOOST_TEST(l.m.size() == 2u);
    BOOST_TEST(l.m.count(t.decoded) == 1u);
    BOOST_TEST(l.m.at("k") == "w");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(writing)

BOOST_AUTO_TEST_CASE(escapes_what_json_needs) {
    strs::doc d;
    d.text = "q\"b\\n\nt\tu\x1f"
             "v\x01w\b\f\r/"s +
             e_acute + grinning + "\0z"s;
    djson_test::round_trip(d, R"({"text":"q\"b\\n\nt\tu\u001fv\u0001w\b\f\r/)" + e_acute + grinning +
                                  R"(\u0000z"})");
    // every control character
    strs::doc c;
    for (int i = 0; i < 0x20; ++i)
        c.text.push_back(static_cast<char>(i));
    djson_test::round_trip(c, R"({"text":"\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r)"
                              R"(\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019)"
                              R"(\u001a\u001b\u001c\u001d\u001e\u001f"})");
    // empty
    djson_test::round_trip(strs::doc{}, R"({"text":""})");
}

BOOST_AUTO_TEST_CASE(keys_and_values_everywhere) {
    strs::lists l;
    l.items = {"a\"", "\\", "\n" + e_acute};
    l.m["k\"ey\n"] = "v\t";
    l.any = boost::json::object{{"x\\", boost::json::array{"\x1f", "y"}}};
    djson_test::round_trip(l, R"({"items":["a\"","\\","\n)" + e_acute +
                                  R"("],"m":{"k\"ey\n":"v\t"},"any":{"x\\":["\u001f","y"]}})");
}

BOOST_AUTO_TEST_CASE(long_string_round_trips) {
    const long_text t = make_long_text(100 * 1024);
    strs::doc d{t.decoded};
    const std::string out = djson::to_json(d);
    auto back = expect_read<strs::doc>(out);
    BOOST_TEST((back.text == t.decoded));
    BOOST_TEST(djson::to_json(back) == out);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_from_code) {
    strs::doc d;
    d.text = "ab\xff";
    bool thrown = false;
    try {
        (void)djson::to_json(d);
    } catch (const djson::error& e) {
        thrown = true;
        BOOST_TEST_REQUIRE(e.list().size() == 1u, djson_test::describe(e.list()));
        BOOST_TEST(e.list()[0].code == errc::invalid_value);
        BOOST_TEST(e.list()[0].path == "/text");
    }
    BOOST_TEST(thrown);
    auto errs = djson::validate(d);
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].path == "/text");
    BOOST_CHECK_THROW((void)djson::to_value(d), djson::error);
    std::string buf;
    BOOST_CHECK_THROW(djson::write_json(buf, d), djson::error);

    // other kinds of bad sequences
    for (const std::string& bad : {"\xc0\xaf"s, "\xed\xa0\x80"s, "\xe2\x82"s, "\x80"s, "\xf4\x90\x80\x80"s}) {
        d.text = "x" + bad;
        auto es = djson::validate(d);
        BOOST_TEST_REQUIRE(es.size() == 1u);
        BOOST_TEST(es[0].path == "/text");
        BOOST_CHECK_THROW((void)djson::to_json(d), djson::error);
    }
    d.text = "ok " + e_acute;
    BOOST_TEST(djson::validate(d).empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_from_code_nested) {
    strs::lists l;
    l.items = {"ok", "bad\xc3", "ok"};
    l.m["k"] = "\xff";
    l.m["\xfe"] = "v";
    l.any = boost::json::object{{"x", boost::json::array{1, "\x80"}}};
    auto errs = djson::validate(l);
    BOOST_TEST_REQUIRE(errs.size() == 4u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].path == "/items/1");
    // std::map orders "k" before "\xfe"
    BOOST_TEST(errs[1].code == errc::invalid_value);
    BOOST_TEST(errs[1].path == "/m/k");
    BOOST_TEST(errs[2].code == errc::invalid_value);
    BOOST_TEST(errs[2].path == "/m/\xfe");
    BOOST_TEST(errs[3].code == errc::invalid_value);
    BOOST_TEST(errs[3].path == "/any/x/1");
    try {
        (void)djson::to_json(l);
        BOOST_FAIL("no throw");
    } catch (const djson::error& e) {
        BOOST_TEST(e.list() == errs);
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(dom)

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_dom_is_invalid_value) {
    boost::json::value jv = boost::json::object{{"text", "a\xff"}};
    auto r = djson::try_from_value<strs::doc>(jv);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u, djson_test::describe(r.error_list()));
    BOOST_TEST(r.error_list()[0].code == errc::invalid_value);
    BOOST_TEST(r.error_list()[0].path == "/text");

    boost::json::value lv =
        boost::json::object{{"items", boost::json::array{"ok", "\xed\xa0\x80"}},
                            {"m", boost::json::object{{"k", "\xc3"}}},
                            {"any", boost::json::array{boost::json::object{{"z", "\x80"}}}}};
    auto lr = djson::try_from_value<strs::lists>(lv);
    BOOST_TEST_REQUIRE(!lr.has_value());
    const auto& errs = lr.error_list();
    BOOST_TEST_REQUIRE(errs.size() == 3u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].path == "/items/1");
    BOOST_TEST(errs[1].code == errc::invalid_value);
    BOOST_TEST(errs[1].path == "/m/k");
    BOOST_TEST(errs[2].code == errc::invalid_value);
    BOOST_TEST(errs[2].path == "/any/0/z");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_key_in_a_dom) {
    boost::json::value jv = boost::json::object{{"text", "ok"}, {"b\xffkey", 1}};
    auto r = djson::try_from_value<strs::doc>(jv);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u, djson_test::describe(r.error_list()));
    BOOST_TEST(r.error_list()[0].code == errc::invalid_value);
    BOOST_TEST(r.error_list()[0].path == "/b\xffkey");
}

BOOST_AUTO_TEST_CASE(valid_dom_strings_read_like_text) {
    boost::json::value jv = boost::json::object{{"text", "a\n\"" + e_acute + grinning}};
    auto r = djson::try_from_value<strs::doc>(jv);
    BOOST_TEST_REQUIRE(r.has_value());
    BOOST_TEST(r->text == "a\n\"" + e_acute + grinning);
}

BOOST_AUTO_TEST_SUITE_END()
