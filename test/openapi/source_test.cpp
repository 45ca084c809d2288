// djson-openapi's source loader: YAML by the 1.2 core schema, JSON without duplicate keys, and `$ref`s across
// the small file tree in source/ (whole files, into files, across folders, escaped pointers, cycles, errors).
#define BOOST_TEST_MODULE openapi_source
#include <boost/test/unit_test.hpp>

#include "source.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <random>
#include <string>
#include <string_view>

using djson_openapi::location;
using djson_openapi::parse_document;
using djson_openapi::source_error;
using djson_openapi::source_set;
namespace json = boost::json;

namespace {

const std::filesystem::path data_dir = DJSON_OPENAPI_SOURCE_DIR;

json::value yaml(std::string_view text, djson_openapi::parse_limits limits = {}) {
    return parse_document(text, "t.yaml", false, limits);
}

// The value of `v: <scalar>`.
json::value scalar(std::string_view text) {
    return yaml("v: " + std::string(text)).as_object().at("v");
}

// The message of the source_error that `f` throws; "" when it throws none.
template <class F> std::string error_of(F&& f) {
    try {
        f();
    } catch (const source_error& e) {
        return e.what();
    }
    return {};
}

std::vector<std::string> keys_of(const json::value& v) {
    std::vector<std::string> keys;
    for (const auto& kv : v.as_object())
        keys.emplace_back(kv.key());
    return keys;
}

} // namespace

// `expr` throws source_error, whose message contains every one of the strings that follow.
#define CHECK_ERROR(expr, ...)                                                                               \
    do {                                                                                                     \
        const std::string message_ = error_of([&] { (void)(expr); });                                        \
        BOOST_TEST(!message_.empty(), #expr " throws no source_error");                                      \
        for (std::string_view part_ : std::initializer_list<std::string_view>{__VA_ARGS__})                  \
            BOOST_TEST(message_.find(part_) != std::string::npos,                                            \
                       '"' << message_ << "\" lacks \"" << part_ << '"');                                    \
    } while (false)

// --- yaml-cpp, as installed --------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(yaml_cpp_tags_tell_plain_from_quoted) {
    // The core schema applies to plain scalars only; the loader tells them apart by yaml-cpp's tags.
    const YAML::Node n = YAML::Load("plain: 1\nsingle: '1'\ndouble: \"1\"\nliteral: |\n  1\nfolded: >\n  1\n"
                                    "tagged: !!str 1\nbare: ! 1\nnull_word: null\nempty:\n");
    BOOST_TEST(n["plain"].Tag() == "?");
    BOOST_TEST(n["single"].Tag() == "!");
    BOOST_TEST(n["double"].Tag() == "!");
    BOOST_TEST(n["literal"].Tag() == "!");
    BOOST_TEST(n["folded"].Tag() == "!");
    BOOST_TEST(n["tagged"].Tag() == "tag:yaml.org,2002:str");
    BOOST_TEST(n["bare"].Tag() == "!");
    // yaml-cpp already turns plain null spellings and empty values into null nodes
    BOOST_TEST(n["null_word"].IsNull());
    BOOST_TEST(n["empty"].IsNull());
}

// --- Scalars: the YAML 1.2 core schema
// -----------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(null_forms) {
    for (std::string_view s : {"", "~", "null", "Null", "NULL"})
        BOOST_TEST(scalar(s).is_null(), s);
    BOOST_TEST(scalar("nULL") == "nULL");
    BOOST_TEST(scalar("'null'") == "null");
    BOOST_TEST(scalar("\"~\"") == "~");
    BOOST_TEST(yaml("").is_null()); // an empty document
    BOOST_TEST(yaml("[~, null, ]") == json::parse("[null, null]"));
}

BOOST_AUTO_TEST_CASE(bool_forms_and_yaml_1_1_words_stay_strings) {
    for (std::string_view s : {"true", "True", "TRUE"})
        BOOST_TEST(scalar(s) == true, s);
    for (std::string_view s : {"false", "False", "FALSE"})
        BOOST_TEST(scalar(s) == false, s);
    // YAML 1.1 read these as booleans; 1.2's core schema (and OpenAPI 3.1) keeps them strings
    for (std::string_view s : {"OFF", "off", "Off", "ON", "on", "yes", "Yes", "no", "NO", "y", "n", "tRUE"})
        BOOST_TEST(scalar(s) == json::value(s), s);
    BOOST_TEST(yaml("- OFF\n- on\n") == json::parse(R"(["OFF", "on"])"));
    BOOST_TEST(scalar("'true'") == "true");
}

BOOST_AUTO_TEST_CASE(integers) {
    BOOST_TEST(scalar("1").is_int64());
    BOOST_TEST(scalar("1") == 1);
    BOOST_TEST(scalar("-1") == -1);
    BOOST_TEST(scalar("+7") == 7);
    BOOST_TEST(scalar("007") == 7);
    BOOST_TEST(scalar("-0").is_int64());
    BOOST_TEST(scalar("0x1F") == 31);
    BOOST_TEST(scalar("0xff") == 255);
    BOOST_TEST(scalar("0o17") == 15);
    BOOST_TEST(scalar("9223372036854775807").as_int64() == std::numeric_limits<std::int64_t>::max());
    BOOST_TEST(scalar("-9223372036854775808").as_int64() == std::numeric_limits<std::int64_t>::min());
    BOOST_TEST(scalar("9223372036854775808").as_uint64() == 9223372036854775808u);
    BOOST_TEST(scalar("18446744073709551615").as_uint64() == std::numeric_limits<std::uint64_t>::max());
    BOOST_TEST(scalar("0xFFFFFFFFFFFFFFFF").as_uint64() == std::numeric_limits<std::uint64_t>::max());
    // beyond 64 bits: a double when it holds the exact value, else an error (a source_set reads it as the
    // nearest double and lists it: see inexact_integers_are_the_nearest_double_and_listed)
    BOOST_TEST(scalar("18446744073709551616").as_double() == 18446744073709551616.0);
    BOOST_TEST(scalar("-18446744073709551616").as_double() == -18446744073709551616.0);
    CHECK_ERROR(scalar("18446744073709551617"),
                "t.yaml:1:4: ", "integer 18446744073709551617 is out of range");
    CHECK_ERROR(scalar(std::string(400, '9')), "t.yaml:1:4: ", "out of range (beyond the range of a double)");
    CHECK_ERROR(scalar("-9223372036854775809"), "t.yaml:1:4: ", "out of range");
    CHECK_ERROR(scalar("0x10000000000000000"), "t.yaml:1:4: ", "out of range");
    CHECK_ERROR(yaml("a:\n  b: 99999999999999999999999"), "t.yaml:2:6: ", "(at #/a/b)");
    // not integer forms of the core schema: strings
    for (std::string_view s : {"0X1F", "0o8", "0b101", "1_000", "-0x1F", "0x", "0o", "+", "1,000", "12:30"})
        BOOST_TEST(scalar(s) == json::value(s), s);
    BOOST_TEST(scalar("'1'") == "1");
    BOOST_TEST(scalar("\"1\"") == "1");
}

BOOST_AUTO_TEST_CASE(floats) {
    BOOST_TEST(scalar("1.0").is_double());
    BOOST_TEST(scalar("1.0").as_double() == 1.0);
    BOOST_TEST(scalar("1e3").as_double() == 1000.0);
    BOOST_TEST(scalar("1E+3").as_double() == 1000.0);
    BOOST_TEST(scalar(".5").as_double() == 0.5);
    BOOST_TEST(scalar("-.5").as_double() == -0.5);
    BOOST_TEST(scalar("+1.5e-3").as_double() == 0.0015);
    BOOST_TEST(scalar("5.").as_double() == 5.0);
    BOOST_TEST(scalar("5.e1").as_double() == 50.0);
    BOOST_TEST(scalar("0.1").as_double() == 0.1); // correctly rounded
    BOOST_TEST(scalar("2.2250738585072011e-308").as_double() == 2.2250738585072011e-308);
    BOOST_TEST(scalar("9007199254740993.0").as_double() == 9007199254740992.0); // ties to even
    // an underflow rounds to zero, keeping the sign; an overflow is an error
    BOOST_TEST(scalar("1e-400").as_double() == 0.0);
    BOOST_TEST(std::signbit(scalar("-1e-400").as_double()));
    BOOST_TEST(scalar("0.0000000000000000000000000000000000000000000000001e-300").as_double() == 0.0);
    CHECK_ERROR(scalar("1e400"), "t.yaml:1:4: ", "out of range");
    CHECK_ERROR(scalar("-1234567890123456789.5e300"), "out of range");
    // JSON has no infinity or NaN
    for (std::string_view s : {".inf", ".Inf", ".INF", "+.inf", "-.inf", "-.INF", ".nan", ".NaN", ".NAN"})
        CHECK_ERROR(scalar(s), "t.yaml:1:4: ", "cannot be represented in JSON");
    BOOST_TEST(scalar("'.inf'") == ".inf");
    BOOST_TEST(scalar(".infinity") == ".infinity");
    for (std::string_view s : {"1.2.3", "1e", "e3", ".", "1.5f", "inf", "nan", "NaN", "1e3.5", "0x1.8p1"})
        BOOST_TEST(scalar(s) == json::value(s), s);
}

BOOST_AUTO_TEST_CASE(quoted_and_block_scalars_are_strings) {
    BOOST_TEST(scalar("'123'") == "123");
    BOOST_TEST(scalar("\"1.5\"") == "1.5");
    BOOST_TEST(scalar("\"\"") == "");
    BOOST_TEST(scalar("''") == "");
    const json::value v = yaml("lit: |\n  123\nfold: >\n  a\n  b\nstrip: |-\n  true\nkeep: |+\n  ~\n\n");
    BOOST_TEST(v.at("lit") == "123\n");
    BOOST_TEST(v.at("fold") == "a b\n");
    BOOST_TEST(v.at("strip") == "true");
    BOOST_TEST(v.at("keep") == "~\n\n");
    BOOST_TEST(scalar("hello world") == "hello world");
    BOOST_TEST(scalar("2024-01-02") == "2024-01-02"); // no YAML 1.1 timestamps either
}

BOOST_AUTO_TEST_CASE(tags) {
    BOOST_TEST(scalar("!!str 12") == "12");
    BOOST_TEST(scalar("!!str true") == "true");
    BOOST_TEST(scalar("! 12") == "12"); // the non-specific tag: a string
    BOOST_TEST(scalar("!!int \"12\"") == 12);
    BOOST_TEST(scalar("!!int 0x10") == 16);
    BOOST_TEST(scalar("!!float 1").is_double());
    BOOST_TEST(scalar("!!float 1").as_double() == 1.0);
    BOOST_TEST(scalar("!!bool TRUE") == true);
    BOOST_TEST(scalar("!!null ~").is_null());
    BOOST_TEST(scalar("!!null").is_null());
    BOOST_TEST(scalar("!<tag:yaml.org,2002:str> 5") == "5");
    BOOST_TEST(scalar("!!map {a: 1}") == json::parse(R"({"a": 1})"));
    BOOST_TEST(scalar("!!seq [1]") == json::parse("[1]"));
    CHECK_ERROR(scalar("!!int 1.5"), "t.yaml:1:4: ", "\"1.5\" is not a valid !!int");
    CHECK_ERROR(scalar("!!bool yes"), "is not a valid !!bool");
    CHECK_ERROR(scalar("!!null 0"), "is not a valid !!null");
    CHECK_ERROR(scalar("!!float abc"), "is not a valid !!float");
    CHECK_ERROR(scalar("!!float .inf"), "cannot be represented in JSON");
    CHECK_ERROR(scalar("!foo x"), "t.yaml:1:4: ", "unsupported tag \"!foo\"");
    CHECK_ERROR(scalar("!!binary AAAA"), "unsupported tag \"tag:yaml.org,2002:binary\"");
    CHECK_ERROR(scalar("!!set {a}"), "unsupported tag");
    CHECK_ERROR(scalar("!!omap [a: 1]"), "unsupported tag");
    CHECK_ERROR(scalar("!!str [1]"), "unsupported tag");
}

// --- Mappings
// -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(keys_are_the_scalar_text_as_written) {
    const json::value v = yaml("200: a\ntrue: b\n1.5: c\nnull: d\n~: e\n'q': f\n0x1F: g\nOFF: h\n");
    BOOST_TEST(keys_of(v) ==
               (std::vector<std::string>{"200", "true", "1.5", "null", "~", "q", "0x1F", "OFF"}));
    BOOST_TEST(v.at("200") == "a");
    BOOST_TEST(keys_of(yaml("'': empty key\n")) == std::vector<std::string>{""});
    BOOST_TEST(keys_of(yaml("{Null: 1, NULL: 2}")) == (std::vector<std::string>{"Null", "NULL"}));
    CHECK_ERROR(yaml("x: 1\n? [1, 2]\n: 2\n"), "t.yaml:2:3: ", "mapping key must be a scalar");
    CHECK_ERROR(yaml("a:\n  {b: 1}: 2\n"), "t.yaml:2:3: ", "mapping key must be a scalar", "(at #/a)");
}

BOOST_AUTO_TEST_CASE(key_order_is_kept) {
    const std::vector<std::string> order{"zeta", "alpha", "mid", "beta", "10", "2"};
    BOOST_TEST(keys_of(yaml("zeta: 1\nalpha: 2\nmid: 3\nbeta: 4\n10: 5\n2: 6\n")) == order);
    BOOST_TEST(keys_of(yaml("{zeta: 1, alpha: 2, mid: 3, beta: 4, 10: 5, 2: 6}")) == order);
    BOOST_TEST(keys_of(parse_document(R"({"zeta":1,"alpha":2,"mid":3,"beta":4,"10":5,"2":6})", "t.json",
                                      true)) == order);
}

BOOST_AUTO_TEST_CASE(duplicate_keys_are_rejected) {
    CHECK_ERROR(yaml("a: 1\nb: 2\na: 3\n"), "t.yaml:3:1: duplicate key \"a\"");
    CHECK_ERROR(yaml("x:\n  y:\n    - {k: 1, k: 2}\n"), "t.yaml:3:14: ", "duplicate key \"k\"",
                "(at #/x/y/0)");
    CHECK_ERROR(yaml("'a': 1\n\"a\": 2\n"), "duplicate key \"a\"");
    CHECK_ERROR(yaml("200: 1\n'200': 2\n"), "duplicate key \"200\""); // the same text: the same JSON key
    CHECK_ERROR(yaml("~: 1\n~: 2\n"), "duplicate key \"~\"");
    BOOST_TEST(yaml("null: 1\n~: 2\n").as_object().size() == 2u); // different text, different keys
    BOOST_TEST(yaml("a: {k: 1}\nb: {k: 2}\n").as_object().size() == 2u);

    CHECK_ERROR(parse_document(R"({"a": 1, "a": 2})", "t.json", true), "t.json:1:", "duplicate key \"a\"");
    CHECK_ERROR(parse_document("{\"x\": [{\"k\": 1,\n  \"k\": 2}]}", "t.json", true),
                "t.json:2:", "duplicate key");
    // a key may repeat in other objects, nested or not
    BOOST_TEST(parse_document(R"({"k": {"k": {"k": 1}}, "j": [{"k": 1}, {"k": 2}]})", "t.json", true) ==
               json::parse(R"({"k": {"k": {"k": 1}}, "j": [{"k": 1}, {"k": 2}]})"));
}

BOOST_AUTO_TEST_CASE(merge_keys) {
    const json::value v = yaml(R"(base: &base
  a: 1
  b: 2
other: &other
  b: 20
  c: 30
one:
  <<: *base
  b: 3
before:
  b: 3
  <<: *base
list:
  x: 0
  <<: [*base, *other]
inline:
  <<: {p: 1}
nested:
  <<: {<<: *base, c: 4}
quoted:
  "<<": *base
)");
    // merged keys go where the `<<` is; explicit keys win wherever they stand
    BOOST_TEST(v.at("one") == json::parse(R"({"a": 1, "b": 3})"));
    BOOST_TEST(keys_of(v.at("one")) == (std::vector<std::string>{"a", "b"}));
    BOOST_TEST(keys_of(v.at("before")) == (std::vector<std::string>{"b", "a"}));
    BOOST_TEST(v.at("before").at("b") == 3);
    // of several merged mappings, the first that has a key wins
    BOOST_TEST(keys_of(v.at("list")) == (std::vector<std::string>{"x", "a", "b", "c"}));
    BOOST_TEST(v.at("list") == json::parse(R"({"x": 0, "a": 1, "b": 2, "c": 30})"));
    BOOST_TEST(v.at("inline") == json::parse(R"({"p": 1})"));
    BOOST_TEST(v.at("nested") == json::parse(R"({"a": 1, "b": 2, "c": 4})"));
    // a quoted "<<" is an ordinary key
    BOOST_TEST(v.at("quoted") == json::parse(R"({"<<": {"a": 1, "b": 2}})"));

    CHECK_ERROR(yaml("a:\n  <<: 1\n"), "t.yaml:2:7: ", "merge key (<<) takes a mapping");
    CHECK_ERROR(yaml("a:\n  <<: [{x: 1}, 2]\n"), "merge key (<<) takes a mapping");
    CHECK_ERROR(yaml("a:\n  <<: {x: 1}\n  <<: {y: 1}\n"), "t.yaml:3:3: ", "duplicate merge key");
    CHECK_ERROR(yaml("a:\n  <<: {x: 1, x: 2}\n"), "duplicate key \"x\"");
}

BOOST_AUTO_TEST_CASE(aliases_are_expanded) {
    const json::value v = yaml("a: &x [1, {b: &s str}]\nc: *x\nd: *s\n");
    BOOST_TEST(v.at("c") == json::parse(R"([1, {"b": "str"}])"));
    BOOST_TEST(v.at("a") == v.at("c"));
    BOOST_TEST(v.at("d") == "str");
    BOOST_TEST(yaml("a: &n 0x10\nb: *n\n").at("b") == 16); // the core schema applies to the alias too
}

BOOST_AUTO_TEST_CASE(alias_bombs_and_self_references_stop) {
    // 10 levels of 10 aliases: 10^10 values once expanded
    std::string bomb = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i <= 10; ++i) {
        const std::string prev = "*l" + std::to_string(i - 1);
        bomb += "l" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k)
            bomb += (k ? ", " : "") + prev;
        bomb += "]\n";
    }
    CHECK_ERROR(yaml(bomb, {.max_values = 100'000}), "t.yaml:", "more than 100000 values", "alias bomb");
    // well within the limit, the same aliases expand
    BOOST_TEST(yaml("a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b]\n", {.max_values = 26}).at("c") ==
               json::parse("[[[1, 2], [1, 2]], [[1, 2], [1, 2]]]"));
    CHECK_ERROR(yaml("a: &a [1, 2]\nb: &b [*a, *a]\nc: [*b, *b]\n", {.max_values = 25}),
                "more than 25 values");

    CHECK_ERROR(yaml("a: &s [*s]\n"), "t.yaml:1:4: ", "nested deeper than 1000 levels");
    CHECK_ERROR(yaml("a: &m {<<: *m}\n"), "nested deeper than");
    CHECK_ERROR(yaml(std::string(30, '[') + std::string(30, ']'), {.max_depth = 20}),
                "nested deeper than 20");
    CHECK_ERROR(
        parse_document(std::string(30, '[') + std::string(30, ']'), "t.json", true, {.max_depth = 20}),
        "t.json:1:");
    // deeper than yaml-cpp's own parser goes: its "bad file" is said as what it is
    CHECK_ERROR(yaml("a: " + std::string(3000, '[') + std::string(3000, ']')),
                "t.yaml:1:", "nested deeper than yaml-cpp reads");
}

// --- Text
// ---------------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(byte_order_mark_is_skipped) {
    BOOST_TEST(yaml("\xEF\xBB\xBF"
                    "a: 1\n") == json::parse(R"({"a": 1})"));
    BOOST_TEST(parse_document("\xEF\xBB\xBF{\"a\": 1}", "t.json", true) == json::parse(R"({"a": 1})"));
    // positions count from after it
    CHECK_ERROR(yaml("\xEF\xBB\xBF"
                     "a: 1\na: 2\n"),
                "t.yaml:2:1: ");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_rejected) {
    CHECK_ERROR(yaml("a: b\nc: \xFF\n"), "t.yaml:2:4: invalid UTF-8");
    CHECK_ERROR(yaml("a: \xC0\xAF\n"), "invalid UTF-8");         // overlong '/'
    CHECK_ERROR(yaml("a: \xED\xA0\x80\n"), "invalid UTF-8");     // a surrogate
    CHECK_ERROR(yaml("a: \xF4\x90\x80\x80\n"), "invalid UTF-8"); // above U+10FFFF
    CHECK_ERROR(yaml("a: \xE2\x82"), "invalid UTF-8");           // truncated
    CHECK_ERROR(parse_document("{\"a\": \"\xFF\"}", "t.json", true), "t.json:1:8: invalid UTF-8");
    BOOST_TEST(yaml("é: \"\xE2\x82\xAC \xF0\x9F\x98\x80\"\n").at("é") == "\xE2\x82\xAC \xF0\x9F\x98\x80");
    // YAML allows no control characters but tab and line breaks
    CHECK_ERROR(yaml(std::string("a: x\0y\n", 7)), "t.yaml:1:5: character U+0000 is not allowed in YAML");
    CHECK_ERROR(yaml("a: \x01\n"), "U+0001");
    BOOST_TEST(yaml("a:\tb\n").at("a") == "b");
}

BOOST_AUTO_TEST_CASE(syntax_errors_have_line_and_column) {
    CHECK_ERROR(yaml("a: 1\nb: [1, 2\n"), "t.yaml:");
    CHECK_ERROR(yaml("a: 1\n  b: 2\n"), "t.yaml:2:");
    CHECK_ERROR(yaml("a: 'x"), "t.yaml:1:");
    CHECK_ERROR(yaml("c: *nope\n"), "t.yaml:1:4: ");
    CHECK_ERROR(yaml("a: 1\n---\nb: 2\n"), "t.yaml:3:1: more than one YAML document");
    CHECK_ERROR(parse_document("{\"a\": }", "t.json", true), "t.json:1:7: ");
    CHECK_ERROR(parse_document("{\"a\": 1}\n{}", "t.json", true), "t.json:2:1: ");
    CHECK_ERROR(parse_document("{\"a\": 1,}", "t.json", true), "t.json:1:");
    CHECK_ERROR(parse_document("", "t.json", true), "t.json:1:1: ");
}

BOOST_AUTO_TEST_CASE(json_numbers_follow_the_same_rules) {
    const json::value v = parse_document(
        "[1, -1, 18446744073709551615, 18446744073709551616, 0.1, 1e-400, 1.0]", "t.json", true);
    BOOST_TEST(v.at(0).is_int64());
    BOOST_TEST(v.at(2).as_uint64() == std::numeric_limits<std::uint64_t>::max());
    BOOST_TEST(v.at(3).as_double() == 18446744073709551616.0);
    BOOST_TEST(v.at(4).as_double() == 0.1);
    BOOST_TEST(v.at(5).as_double() == 0.0);
    BOOST_TEST(v.at(6).is_double());
    CHECK_ERROR(parse_document("[18446744073709551617]", "t.json", true), "t.json:1:", "out of range");
    CHECK_ERROR(parse_document("[1e400]", "t.json", true), "out of range");
    // a .yaml file may hold JSON; it is read as YAML, with the same result
    BOOST_TEST(yaml(R"({"a": [1, 2.5, "x", true, null], "b": {}})") ==
               json::parse(R"({"a": [1, 2.5, "x", true, null], "b": {}})"));
}

// --- location
// -----------------------------------------------------------------------------------------------

BOOST_AUTO_TEST_CASE(location_child_and_str_escape) {
    const location file{"v3/schemas/Foo.yaml", ""};
    BOOST_TEST(file.str() == "v3/schemas/Foo.yaml");
    const location a = file.child("properties").child("a/b");
    BOOST_TEST(a.pointer == "/properties/a~1b");
    BOOST_TEST(a.str() == "v3/schemas/Foo.yaml#/properties/a~1b");
    BOOST_TEST(file.child("~/~1").pointer == "/~0~1~01");
    BOOST_TEST(file.child("").pointer == "/");
    BOOST_TEST(file.child(std::size_t{3}).child("x").str() == "v3/schemas/Foo.yaml#/3/x");
    BOOST_TEST(file.child("$ref").pointer == "/$ref");
    BOOST_TEST((djson_openapi::pointer_tokens(file.child("~/~1").child("").child(7).pointer) ==
                std::vector<std::string>{"~/~1", "", "7"}));
    BOOST_TEST(djson_openapi::pointer_tokens("").empty());
    BOOST_CHECK_THROW(djson_openapi::pointer_tokens("a"), std::invalid_argument);
    BOOST_CHECK_THROW(djson_openapi::pointer_tokens("/a~2"), std::invalid_argument);
    BOOST_CHECK_THROW(djson_openapi::pointer_tokens("/a~"), std::invalid_argument);
    BOOST_TEST((location{"a", "/x"} < location{"b", ""}));
    BOOST_TEST((location{"a", ""} < location{"a", "/x"}));
    BOOST_TEST((location{"a", ""}.child("x") == location{"a", "/x"}));
}

// --- source_set
// ---------------------------------------------------------------------------------------------

namespace {
const location schemas{"root.yaml", "/components/schemas"};
}

BOOST_AUTO_TEST_CASE(loads_the_root_only) {
    source_set s(data_dir / "root.yaml");
    BOOST_TEST(s.root().file == "root.yaml");
    BOOST_TEST(s.root().pointer == "");
    BOOST_TEST(s.files() == std::vector<std::string>{"root.yaml"});
    BOOST_TEST(s.root_folder() == std::filesystem::absolute(data_dir).lexically_normal());
    BOOST_TEST(s.at(s.root()).at("openapi") == "3.1.0");
    BOOST_TEST(s.at(schemas.child("Local").child("type")) == "string");
    BOOST_TEST(s.at({"root.yaml", "/info/version"}) == "1");
    BOOST_TEST(s.at({"./root.yaml", "/openapi"}) == "3.1.0"); // the file name is normalized
    BOOST_TEST(s.files() == std::vector<std::string>{"root.yaml"});
}

BOOST_AUTO_TEST_CASE(resolves_relative_references) {
    source_set s(data_dir / "root.yaml");
    // the whole file
    auto t = s.resolve("./schemas/Pet.yaml", schemas.child("Pet").child("$ref"));
    BOOST_TEST(t.where.str() == "schemas/Pet.yaml");
    BOOST_TEST(t.value->at("type") == "object");
    // into a file, across folders
    t = s.resolve("./schemas/common/Id.yaml#/Id", schemas.child("Id"));
    BOOST_TEST(t.where.str() == "schemas/common/Id.yaml#/Id");
    BOOST_TEST(t.value->at("format") == "uuid");
    t = s.resolve("../Pet.yaml", {"schemas/common/Id.yaml", "/Pet/$ref"});
    BOOST_TEST(t.where.str() == "schemas/Pet.yaml");
    t = s.resolve("../root.yaml#/components/schemas/Local", {"schemas/Pet.yaml", "/properties/owner/$ref"});
    BOOST_TEST(t.where.str() == "root.yaml#/components/schemas/Local");
    t = s.resolve("../schemas/Pet.yaml", {"paths/pet.yaml", ""});
    BOOST_TEST(t.where.str() == "schemas/Pet.yaml");
    t = s.resolve("./x/../common/./Id.yaml", {"schemas/Pet.yaml", ""});
    BOOST_TEST(t.where.str() == "schemas/common/Id.yaml");
    // the same file
    t = s.resolve("#/components/schemas/Local", schemas.child("ToLocal"));
    BOOST_TEST(t.where.str() == "root.yaml#/components/schemas/Local");
    BOOST_TEST(t.value->at("type") == "string");
    t = s.resolve("#/Id", {"schemas/common/Id.yaml", "/Pet"});
    BOOST_TEST(t.where.str() == "schemas/common/Id.yaml#/Id");
    t = s.resolve("#", schemas);
    BOOST_TEST(t.where.str() == "root.yaml");
    // ~1 and ~0 escapes, percent-encoding in the path and in the fragment (decoded before the pointer is
    // read)
    t = s.resolve("schemas/common/names.json#/a~1b", schemas);
    BOOST_TEST(t.value->at("type") == "integer");
    BOOST_TEST(t.where.pointer == "/a~1b");
    BOOST_TEST(s.resolve("./schemas/common/names.json#/~0t", schemas).value->at("type") == "boolean");
    t = s.resolve("./schemas/Weird%20Name.yaml#/x%20y", schemas);
    BOOST_TEST(t.where.str() == "schemas/Weird Name.yaml#/x y");
    BOOST_TEST(t.value->at("type") == "number");
    BOOST_TEST(s.resolve("schemas/common/names.json#/a%7E1b", schemas).value->at("type") == "integer");
    BOOST_TEST(s.resolve("schemas/common/names.json#%2Flist%2F0", schemas).where.pointer == "/list/0");

    BOOST_TEST(s.files() ==
               (std::vector<std::string>{"root.yaml", "schemas/Pet.yaml", "schemas/Weird Name.yaml",
                                         "schemas/common/Id.yaml", "schemas/common/names.json"}));
}

BOOST_AUTO_TEST_CASE(values_stay_valid_while_files_load) {
    source_set s(data_dir / "root.yaml");
    const json::value* root = &s.at(s.root());
    const json::value* local = &s.at(schemas.child("Local"));
    const json::value* pet = s.resolve("./schemas/Pet.yaml", schemas).value;
    for (const char* ref : {"./schemas/common/Id.yaml", "./paths/pet.yaml", "./cycle/b.yaml",
                            "./schemas/common/names.json", "./schemas/Weird%20Name.yaml"})
        s.resolve(ref, schemas);
    BOOST_TEST(root == &s.at(s.root()));
    BOOST_TEST(local == &s.at(schemas.child("Local")));
    BOOST_TEST(pet == &s.at({"schemas/Pet.yaml", ""}));
    BOOST_TEST(pet->at("type") == "object");

    source_set moved = std::move(s);
    BOOST_TEST(root == &moved.at(moved.root()));
}

BOOST_AUTO_TEST_CASE(inexact_integers_are_the_nearest_double_and_listed) {
    source_set s(data_dir / "inexact.yaml");
    const json::value& yaml_root = s.at(s.root());
    BOOST_TEST(yaml_root.at("big").as_double() == 123456789012345678901234567890.0);
    BOOST_TEST(yaml_root.at("list").at(2).as_double() == 36893488147419103233.0);
    BOOST_TEST(yaml_root.at("merged").at("limit").as_double() == 18446744073709551616.0);
    const auto listed = [&] {
        std::vector<std::string> out;
        for (const auto& i : s.inexact_integers())
            out.push_back(i.where.str() + " " + i.text);
        return out;
    };
    // in document order, as written (sign and leading zeros kept); an alias where it is expanded, as well
    BOOST_TEST(listed() == (std::vector<std::string>{"inexact.yaml#/big 123456789012345678901234567890",
                                                     "inexact.yaml#/list/1 -123456789012345678901234567890",
                                                     "inexact.yaml#/list/2 +0036893488147419103233",
                                                     "inexact.yaml#/base/limit 18446744073709551617",
                                                     "inexact.yaml#/merged/limit 18446744073709551617"}),
               boost::test_tools::per_element());
    BOOST_TEST(*s.inexact_integer_at({"./inexact.yaml", "/big"}) == "123456789012345678901234567890");
    BOOST_TEST(!s.inexact_integer_at({"inexact.yaml", "/exact"}));
    BOOST_TEST(!s.inexact_integer_at({"inexact.yaml", "/list/0"}));
    BOOST_TEST(!s.inexact_integer_at({"inexact.json", "/c"})); // not loaded

    // JSON: the same, the pointer kept through arrays and objects (escaped as RFC 6901 says)
    BOOST_TEST(s.at({"inexact.json", "/f/6"}).as_double() == 18446744073709551616.0);
    BOOST_TEST(listed() == (std::vector<std::string>{"inexact.json#/a~1b/1 18446744073709551617",
                                                     "inexact.json#/f/6 18446744073709551617",
                                                     "inexact.json#/d/e -99999999999999999999999",
                                                     "inexact.yaml#/big 123456789012345678901234567890",
                                                     "inexact.yaml#/list/1 -123456789012345678901234567890",
                                                     "inexact.yaml#/list/2 +0036893488147419103233",
                                                     "inexact.yaml#/base/limit 18446744073709551617",
                                                     "inexact.yaml#/merged/limit 18446744073709551617"}),
               boost::test_tools::per_element());
    BOOST_TEST(s.at({"inexact.json", "/c"}).as_double() == 18446744073709551616.0);
    BOOST_TEST(!s.inexact_integer_at({"inexact.json", "/c"}));

    // parse_document has nowhere to list them: an error, at its place
    CHECK_ERROR(parse_document("{\"a\": [1, 18446744073709551617]}", "t.json", true), "t.json:1:",
                "integer 18446744073709551617 is out of range (not exact as int64, uint64 or double)");
}

BOOST_AUTO_TEST_CASE(follow_goes_to_the_first_value_that_is_no_reference) {
    source_set s(data_dir / "root.yaml");
    auto t = s.follow(schemas.child("Chain"));
    BOOST_TEST(t.where.str() == "root.yaml#/components/schemas/Local");
    BOOST_TEST(t.value->at("type") == "string");
    t = s.follow(schemas.child("Local"));
    BOOST_TEST(t.where.str() == "root.yaml#/components/schemas/Local");
    t = s.follow({"schemas/common/names.json", "/list/0"});
    BOOST_TEST(t.where.str() == "schemas/Pet.yaml");
    t = s.follow({"paths/pet.yaml", "/get/responses/200/content/application~1json/schema"});
    BOOST_TEST(t.where.str() == "schemas/Pet.yaml");
    CHECK_ERROR(s.follow(schemas.child("NotAString")),
                "root.yaml#/components/schemas/NotAString/$ref: $ref must be a string");
}

BOOST_AUTO_TEST_CASE(reference_cycles) {
    source_set s(data_dir / "root.yaml");
    // each step resolves
    auto t = s.resolve("./cycle/a.yaml#/A", schemas.child("Cycle").child("$ref"));
    BOOST_TEST(t.where.str() == "cycle/a.yaml#/A");
    t = s.resolve(t.value->at("$ref").as_string(), t.where.child("$ref"));
    BOOST_TEST(t.where.str() == "cycle/b.yaml#/B");
    t = s.resolve(t.value->at("$ref").as_string(), t.where.child("$ref"));
    BOOST_TEST(t.where.str() == "cycle/a.yaml#/A");
    // following them does not
    CHECK_ERROR(
        s.follow(schemas.child("Cycle")),
        "reference cycle: root.yaml#/components/schemas/Cycle -> cycle/a.yaml#/A -> cycle/b.yaml#/B -> "
        "cycle/a.yaml#/A");
    CHECK_ERROR(s.follow({"cycle/a.yaml", "/Self"}),
                "reference cycle: cycle/a.yaml#/Self -> cycle/a.yaml#/Self");
}

BOOST_AUTO_TEST_CASE(reference_errors_name_the_reference_and_where_it_is) {
    source_set s(data_dir / "root.yaml");
    const location missing = schemas.child("Missing").child("$ref");
    CHECK_ERROR(s.resolve("./schemas/Nope.yaml", missing),
                "root.yaml#/components/schemas/Missing/$ref: $ref \"./schemas/Nope.yaml\": ",
                "schemas/Nope.yaml: cannot read the file: No such file or directory");
    CHECK_ERROR(s.follow(schemas.child("Missing")), "$ref \"./schemas/Nope.yaml\"",
                "No such file or directory");
    CHECK_ERROR(
        s.follow(schemas.child("MissingPointer")),
        "root.yaml#/components/schemas/MissingPointer/$ref: $ref \"./schemas/Pet.yaml#/properties/nope\": "
        "schemas/Pet.yaml#/properties/nope does not exist: no key \"nope\" in the object at "
        "schemas/Pet.yaml#/properties");
    CHECK_ERROR(s.resolve("#/paths/~1pets~1{id}/x", schemas), "no key \"x\"",
                "at root.yaml#/paths/~1pets~1{id}");
    CHECK_ERROR(s.resolve("./schemas/common/names.json#/list/1", schemas),
                "no item \"1\" in the array of 1 at schemas/common/names.json#/list");
    CHECK_ERROR(s.resolve("./schemas/common/names.json#/list/01", schemas), "no item \"01\"");
    CHECK_ERROR(s.resolve("./schemas/common/names.json#/list/-", schemas), "no item \"-\"");
    CHECK_ERROR(s.resolve("#/openapi/x", schemas), "no \"x\" in a string at root.yaml#/openapi");
    CHECK_ERROR(s.follow(schemas.child("Remote")), "$ref \"https://example.com/schemas/Pet.yaml\"",
                "remote references are not supported");
    for (const char* remote :
         {"http://x/y.yaml", "urn:uuid:1234", "file:///tmp/x.yaml", "//host/x.yaml", "C:x.yaml"})
        CHECK_ERROR(s.resolve(remote, schemas), "root.yaml#/components/schemas: $ref", "remote references");
    CHECK_ERROR(s.follow(schemas.child("Anchor")), "root.yaml#/components/schemas/Anchor/$ref: $ref \"#foo\"",
                "not a JSON Pointer");
    CHECK_ERROR(s.resolve("/etc/x.yaml", schemas), "absolute paths are not supported");
    CHECK_ERROR(s.resolve("x.yaml?a=1", schemas), "query");
    CHECK_ERROR(s.resolve("#/a%2", schemas), "invalid percent-encoding");
    CHECK_ERROR(s.resolve("#/a%FF", schemas), "invalid percent-encoding");
    CHECK_ERROR(s.resolve("#/a~2", schemas), "root.yaml#/a~2: not a JSON Pointer");
    // a file with a syntax error: its name, line and column
    CHECK_ERROR(s.follow(schemas.child("Broken")), "$ref \"./bad/syntax.yaml\": bad/syntax.yaml:");
    // at() names the location
    CHECK_ERROR(s.at({"root.yaml", "/nope"}), "root.yaml#/nope does not exist");
    CHECK_ERROR(s.at({"nope.yaml", ""}), "nope.yaml: cannot read ", "No such file or directory");
    CHECK_ERROR(s.at({"schemas", ""}), "schemas: cannot read ", "Is a directory");
    CHECK_ERROR(source_set(data_dir / "absent.yaml"), "absent.yaml: cannot read ",
                "No such file or directory");
}

BOOST_AUTO_TEST_CASE(positions_of_yaml_nodes) {
    source_set s(data_dir / "positions.yaml");
    const location f = s.root();
    BOOST_TEST((s.position(f) == std::pair{1, 1}));
    BOOST_TEST((s.position(f.child("a")) == std::pair{1, 4}));
    BOOST_TEST((s.position(f.child("b")) == std::pair{3, 3}));
    BOOST_TEST((s.position(f.child("b").child("c")) == std::pair{3, 6}));
    BOOST_TEST((s.position(f.child("b").child("c").child(1)) == std::pair{3, 10}));
    BOOST_TEST((s.position(f.child("b").child("d").child(0)) == std::pair{5, 7}));
    BOOST_TEST((s.position(f.child("b").child("d").child(1)) == std::pair{6, 7}));
    BOOST_TEST((s.position(f.child("b").child("d").child(1).child("f")) == std::pair{6, 10}));
    BOOST_TEST((s.position(f.child("empty")) == std::pair{7, 1})); // an empty value: at its key
    BOOST_TEST((s.position(f.child("next")) == std::pair{8, 7}));
    BOOST_TEST((s.position(f.child("ü").child(1)) == std::pair{9, 8}));         // columns count code points
    BOOST_TEST((s.position(f.child("merged").child("p")) == std::pair{11, 6})); // where the anchor has it
    BOOST_TEST((s.position(f.child("merged").child("q")) == std::pair{15, 6}));
    // unknown: (0,0)
    BOOST_TEST((s.position(f.child("nope")) == std::pair{0, 0}));
    BOOST_TEST((s.position(f.child("b").child("d").child(2)) == std::pair{0, 0}));
    BOOST_TEST((s.position(f.child("a").child("x")) == std::pair{0, 0}));
    BOOST_TEST((s.position({"other.yaml", ""}) == std::pair{0, 0}));

    source_set bom(data_dir / "bom.yaml");
    BOOST_TEST(bom.at(bom.root()).at("b").at("c") == "\xC3\xA9\xC3\xA9");
    BOOST_TEST((bom.position(bom.root().child("a")) == std::pair{1, 4}));
    BOOST_TEST((bom.position(bom.root().child("b").child("c")) == std::pair{3, 6}));

    source_set root(data_dir / "root.yaml");
    root.resolve("./schemas/common/names.json", root.root());
    BOOST_TEST((root.position({"schemas/common/names.json", "/a~1b"}) == std::pair{0, 0})); // JSON: unknown
    BOOST_TEST((root.position(schemas.child("Local").child("type")) == std::pair{12, 13}));
}

BOOST_AUTO_TEST_CASE(crlf_line_breaks) {
    // written here rather than kept in source/, where a git setting could change the line breaks
    const auto dir = std::filesystem::temp_directory_path() /
                     ("djson_openapi_source_test_" + std::to_string(std::random_device{}()));
    std::filesystem::create_directories(dir);
    { std::ofstream(dir / "crlf.yaml", std::ios::binary) << "a: 1\r\nb:\r\n  c: x\r\n"; }
    source_set s(dir / "crlf.yaml");
    BOOST_TEST(s.at(s.root()) == json::parse(R"({"a": 1, "b": {"c": "x"}})"));
    BOOST_TEST((s.position(s.root().child("b").child("c")) == std::pair{3, 6}));
    CHECK_ERROR(yaml("a: 1\r\nb: 2\r\na: 3\r\n"), "t.yaml:3:1: duplicate key");
    std::filesystem::remove_all(dir);
}
