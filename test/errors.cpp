// Tests for djson's errors: every errc code with its JSON Pointer, syntax positions, limits, error modes, the
// throwing and non-throwing API, std::error_code interop, pointer escaping and bounded messages.
#define BOOST_TEST_MODULE errors
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <array>
#include <cstdint>
#include <exception>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace errs {

enum class owner_type { IDENTITY };
BOOST_DESCRIBE_ENUM(owner_type, IDENTITY)

struct owner_ref {
    owner_type type{};
    std::string id;
};
BOOST_DESCRIBE_STRUCT(owner_ref, (), (type, id))

struct flat {
    std::string name;
    std::int32_t count{};
};
BOOST_DESCRIBE_STRUCT(flat, (), (name, count))

struct account {
    std::string name;
    std::int32_t count{};
    owner_ref owner;
    std::optional<std::uint16_t> level;
    std::optional<std::vector<std::int32_t>> tags;
    std::optional<std::array<std::int32_t, 3>> rgb;
    std::optional<djson::timestamp> created;
    std::optional<double> ratio;
    std::optional<djson::nullable<std::string>> note;
};
BOOST_DESCRIBE_STRUCT(account, (), (name, count, owner, level, tags, rgb, created, ratio, note))

struct strict {
    std::int32_t a{};
};
BOOST_DESCRIBE_STRUCT(strict, (), (a))
DJSON_MODEL(strict, djson::unknown_keys::reject);

struct deep {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(deep, (), (v))

struct odd_keys {
    std::int32_t slash{};
    std::map<std::string, std::int32_t> m;
};
BOOST_DESCRIBE_STRUCT(odd_keys, (), (slash, m))
DJSON_MODEL(odd_keys, djson::member("slash", djson::key("a/b~c")));

struct strict_odd {
    std::int32_t a{};
};
BOOST_DESCRIBE_STRUCT(strict_odd, (), (a))
DJSON_MODEL(strict_odd, djson::unknown_keys::reject);

} // namespace errs

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::read_both;

namespace {

// A valid account with the required members; `extra` is spliced in before the closing brace.
std::string account_json(std::string_view extra = {}) {
    std::string s = R"({"name":"a","count":1,"owner":{"type":"IDENTITY","id":"i"})";
    if (!extra.empty()) {
        s += ',';
        s += extra;
    }
    s += '}';
    return s;
}

// The errors of reading `text` as T (through both sources when the DOM can hold it); reading must fail.
template <class T>
djson::errors errors_of(std::string_view text, const djson::options& opt = {}, bool dom_can_hold = true) {
    auto r = read_both<T>(text, opt, dom_can_hold);
    BOOST_TEST_REQUIRE(!r.has_value(), "reading " << text << " succeeded");
    return r.error_list();
}

// Exactly one syntax error at line/column (1-based).
template <class T>
void expect_syntax(std::string_view text, std::size_t line, std::size_t column,
                   const djson::options& opt = {}) {
    BOOST_TEST_CONTEXT("reading " << text) {
        auto errs = errors_of<T>(text, opt);
        BOOST_TEST_REQUIRE(errs.size() == 1u, djson_test::describe(errs));
        BOOST_TEST(errs[0].code == errc::syntax);
        BOOST_TEST(errs[0].line == line);
        BOOST_TEST(errs[0].column == column);
    }
}

std::string nested_arrays(std::size_t n) {
    return std::string(n, '[') + std::string(n, ']');
}
std::string zeros_path(std::size_t n) {
    std::string p;
    for (std::size_t i = 0; i < n; ++i)
        p += "/0";
    return p;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------
// syntax

BOOST_AUTO_TEST_SUITE(syntax)

BOOST_AUTO_TEST_CASE(multi_line_document_has_line_and_column) {
    const std::string text = "{\n  \"name\": \"x\",\n  \"count\": @\n}";
    auto errs = errors_of<errs::flat>(text);
    BOOST_TEST_REQUIRE(errs.size() == 1u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::syntax);
    BOOST_TEST(errs[0].path == "/count");
    BOOST_TEST(errs[0].line == 3u);
    BOOST_TEST(errs[0].column == 12u);
    // the message carries the position
    BOOST_TEST(errs[0].message().find("line 3") != std::string::npos, errs[0].message());
    BOOST_TEST(errs[0].message().find("column 12") != std::string::npos, errs[0].message());
}

BOOST_AUTO_TEST_CASE(first_line_position) {
    expect_syntax<errs::flat>(R"({"name":"x","count":@})", 1, 21);
    expect_syntax<errs::flat>(R"({"name" "x"})", 1, 9);
}

BOOST_AUTO_TEST_CASE(column_counts_bytes_on_later_lines) {
    // the column restarts after each newline, and is a byte column
    expect_syntax<errs::flat>("{\"name\":\"x\",\n\n\"count\":1 2}", 3, 11);
}

BOOST_AUTO_TEST_CASE(non_syntax_errors_have_no_position) {
    auto errs = errors_of<errs::flat>("{\n\"name\": 1,\n\"count\": 1}");
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::type_mismatch);
    BOOST_TEST(errs[0].line == 0u);
    BOOST_TEST(errs[0].column == 0u);
}

BOOST_AUTO_TEST_CASE(trailing_garbage) {
    {
        auto errs = errors_of<errs::flat>(R"({"name":"x","count":1}x)");
        BOOST_TEST_REQUIRE(errs.size() == 1u, djson_test::describe(errs));
        BOOST_TEST(errs[0].code == errc::syntax);
        BOOST_TEST(errs[0].path == "");
        BOOST_TEST(errs[0].line == 1u);
        BOOST_TEST(errs[0].column == 23u);
    }
    expect_errors<errs::flat>(R"({"name":"x","count":1} {"name":"y","count":2})", {{errc::syntax, ""}});
    expect_errors<errs::flat>("{\"name\":\"x\",\"count\":1}\n]", {{errc::syntax, ""}});
    expect_errors<std::int32_t>("1 2", {{errc::syntax, ""}});
    // trailing white space is fine
    BOOST_TEST(expect_read<errs::flat>("{\"name\":\"x\",\"count\":1} \n\t\r\n").count == 1);
}

BOOST_AUTO_TEST_CASE(empty_input) {
    for (std::string_view text : {std::string_view(""), std::string_view("   "), std::string_view("\n")}) {
        BOOST_TEST_CONTEXT("input '" << std::string(text) << "'") {
            auto r = djson::try_from_json<errs::flat>(text);
            BOOST_TEST_REQUIRE(!r.has_value());
            BOOST_TEST_REQUIRE(r.error_list().size() == 1u, djson_test::describe(r.error_list()));
            BOOST_TEST(r.error_list()[0].code == errc::syntax);
            BOOST_TEST(r.error_list()[0].path == "");
            BOOST_TEST(r.error_list()[0].line >= 1u);
            BOOST_TEST(r.error_list()[0].column >= 1u);
        }
    }
    auto r = djson::try_from_json<errs::flat>("");
    BOOST_TEST(r.error_list().at(0).line == 1u);
    BOOST_TEST(r.error_list().at(0).column == 1u);
}

BOOST_AUTO_TEST_CASE(truncated_document) {
    expect_syntax<errs::flat>(R"({"name":"x","count":1)", 1, 22);
    expect_syntax<errs::flat>(R"({"name":"x)", 1, 11);
    expect_syntax<errs::flat>("{\n\"name\"", 2, 7);
}

BOOST_AUTO_TEST_CASE(comments_rejected_by_default) {
    expect_syntax<errs::flat>("{\"name\":\"x\", // note\n\"count\":1}", 1, 14);
    expect_syntax<errs::flat>(R"({"name":"x", /* note */ "count":1})", 1, 14);
    expect_syntax<errs::flat>("// lead\n{\"name\":\"x\",\"count\":1}", 1, 1);
}

BOOST_AUTO_TEST_CASE(comments_accepted_when_allowed) {
    const djson::options opt{.allow_comments = true};
    auto a = expect_read<errs::flat>("{\"name\":\"x\", // note\n\"count\":1}", opt);
    BOOST_TEST(a.name == "x");
    BOOST_TEST(a.count == 1);
    auto b = expect_read<errs::flat>("/* lead */ {\"name\" /* k */ : \"y\",\"count\":/*v*/2} // end", opt);
    BOOST_TEST(b.name == "y");
    BOOST_TEST(b.count == 2);
    // comments do not imply trailing commas
    expect_syntax<errs::flat>(R"({"name":"x","count":1,})", 1, 23, opt);
}

BOOST_AUTO_TEST_CASE(trailing_commas_rejected_by_default) {
    expect_syntax<errs::flat>(R"({"name":"x","count":1,})", 1, 23);
    expect_syntax<std::vector<std::int32_t>>("[1,2,]", 1, 6);
}

BOOST_AUTO_TEST_CASE(trailing_commas_accepted_when_allowed) {
    const djson::options opt{.allow_trailing_commas = true};
    auto a = expect_read<errs::flat>(R"({"name":"x","count":1,})", opt);
    BOOST_TEST(a.count == 1);
    auto v = expect_read<std::vector<std::int32_t>>("[1,2,]", opt);
    BOOST_TEST(v == (std::vector<std::int32_t>{1, 2}));
    // only one trailing comma, and not alone
    expect_syntax<std::vector<std::int32_t>>("[1,2,,]", 1, 6, opt);
    expect_syntax<std::vector<std::int32_t>>("[,]", 1, 2, opt);
    // trailing commas do not imply comments
    expect_syntax<errs::flat>("{\"name\":\"x\",\"count\":1 // c\n}", 1, 23, opt);
}

BOOST_AUTO_TEST_CASE(syntax_error_after_other_errors_keeps_order) {
    auto errs = errors_of<errs::flat>(R"({"name":1,"count":@})");
    BOOST_TEST_REQUIRE(errs.size() == 2u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::type_mismatch);
    BOOST_TEST(errs[0].path == "/name");
    BOOST_TEST(errs[1].code == errc::syntax);
    BOOST_TEST(errs[1].path == "/count");
    BOOST_TEST(errs[1].line == 1u);
    BOOST_TEST(errs[1].column == 19u);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------------------------
// the other codes

BOOST_AUTO_TEST_CASE(missing_required) {
    expect_errors<errs::flat>(R"({"name":"x"})", {{errc::missing_required, "/count"}});
    expect_errors<errs::flat>(R"({})",
                              {{errc::missing_required, "/name"}, {errc::missing_required, "/count"}});
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":{"type":"IDENTITY"}})",
                                 {{errc::missing_required, "/owner/id"}});
    expect_errors<std::vector<errs::flat>>(R"([{"name":"x","count":1},{"count":2}])",
                                           {{errc::missing_required, "/1/name"}});
    // optional members may be absent
    auto a = expect_read<errs::account>(account_json());
    BOOST_TEST(!a.level.has_value());
}

BOOST_AUTO_TEST_CASE(unexpected_null) {
    expect_errors<errs::flat>(R"({"name":null,"count":1})", {{errc::unexpected_null, "/name"}});
    expect_errors<errs::account>(account_json(R"("level":null)"), {{errc::unexpected_null, "/level"}});
    expect_errors<errs::account>(account_json(R"("tags":[1,null])"), {{errc::unexpected_null, "/tags/1"}});
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":null})",
                                 {{errc::unexpected_null, "/owner"}});
    // nullable accepts it; null_as_absent makes an optional absent
    BOOST_TEST(expect_read<errs::account>(account_json(R"("note":null)")).note->is_null());
    auto a = expect_read<errs::account>(account_json(R"("level":null)"), {.null_as_absent = true});
    BOOST_TEST(!a.level.has_value());
}

BOOST_AUTO_TEST_CASE(type_mismatch) {
    expect_errors<errs::flat>(R"({"name":1,"count":"1"})",
                              {{errc::type_mismatch, "/name"}, {errc::type_mismatch, "/count"}});
    expect_errors<errs::flat>(R"({"name":"x","count":1.5})", {{errc::type_mismatch, "/count"}});
    expect_errors<errs::flat>(R"({"name":"x","count":1e3})", {{errc::type_mismatch, "/count"}});
    expect_errors<errs::flat>(R"({"name":["x"],"count":{}})",
                              {{errc::type_mismatch, "/name"}, {errc::type_mismatch, "/count"}});
    expect_errors<errs::flat>(R"([])", {{errc::type_mismatch, ""}});
    expect_errors<errs::account>(account_json(R"("tags":{"a":1})"), {{errc::type_mismatch, "/tags"}});
    expect_errors<errs::account>(account_json(R"("tags":[1,"2",true])"),
                                 {{errc::type_mismatch, "/tags/1"}, {errc::type_mismatch, "/tags/2"}});
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":"me"})", {{errc::type_mismatch, "/owner"}});
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":{"type":1,"id":"i"}})",
                                 {{errc::type_mismatch, "/owner/type"}});
}

BOOST_AUTO_TEST_CASE(out_of_range) {
    expect_errors<errs::flat>(R"({"name":"x","count":2147483648})", {{errc::out_of_range, "/count"}});
    expect_errors<errs::flat>(R"({"name":"x","count":-2147483649})", {{errc::out_of_range, "/count"}});
    expect_errors<errs::flat>(R"({"name":"x","count":18446744073709551615})",
                              {{errc::out_of_range, "/count"}});
    expect_errors<errs::flat>(R"({"name":"x","count":99999999999999999999999})",
                              {{errc::out_of_range, "/count"}});
    expect_errors<errs::account>(account_json(R"("level":65536)"), {{errc::out_of_range, "/level"}});
    expect_errors<errs::account>(account_json(R"("level":-1)"), {{errc::out_of_range, "/level"}});
    expect_errors<errs::account>(account_json(R"("ratio":1e999)"), {{errc::out_of_range, "/ratio"}});
    expect_errors<errs::account>(account_json(R"("tags":[1,2147483648])"), {{errc::out_of_range, "/tags/1"}});
    // a number too large for a double is out of range for an integer too, through text and DOM alike
    expect_errors<errs::flat>(R"({"name":"x","count":1)" + std::string(400, '0') + "}",
                              {{errc::out_of_range, "/count"}});
    // the boundaries themselves fit
    BOOST_TEST(expect_read<errs::flat>(R"({"name":"x","count":-2147483648})").count == -2147483647 - 1);
    BOOST_TEST(*expect_read<errs::account>(account_json(R"("level":65535)")).level == 65535);
}

BOOST_AUTO_TEST_CASE(invalid_value_unknown_enum) {
    auto errs = errors_of<errs::account>(R"({"name":"a","count":1,"owner":{"type":"ROBOT","id":"i"}})");
    BOOST_TEST_REQUIRE(errs.size() == 1u, djson_test::describe(errs));
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].path == "/owner/type");
    BOOST_TEST(errs[0].detail == R"(unknown enum value "ROBOT" (expected one of: IDENTITY))");
    BOOST_TEST(errs[0].message() == R"(/owner/type: unknown enum value "ROBOT" (expected one of: IDENTITY))");
    // enum values are case-sensitive
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":{"type":"identity","id":"i"}})",
                                 {{errc::invalid_value, "/owner/type"}});
}

BOOST_AUTO_TEST_CASE(invalid_value_bad_timestamp) {
    expect_errors<errs::account>(account_json(R"("created":"yesterday")"),
                                 {{errc::invalid_value, "/created"}});
    expect_errors<errs::account>(account_json(R"("created":"2017-02-30T00:00:00Z")"),
                                 {{errc::invalid_value, "/created"}});
    expect_errors<errs::account>(account_json(R"("created":"2017-07-11T18:45:37")"),
                                 {{errc::invalid_value, "/created"}});
    expect_errors<errs::account>(account_json(R"("created":1499798737)"),
                                 {{errc::type_mismatch, "/created"}});
    BOOST_TEST(expect_read<errs::account>(account_json(R"("created":"2017-07-11T18:45:37.098Z")"))
                   .created->to_string() == "2017-07-11T18:45:37.098Z");
}

BOOST_AUTO_TEST_CASE(size_mismatch) {
    expect_errors<errs::account>(account_json(R"("rgb":[1,2])"), {{errc::size_mismatch, "/rgb"}});
    expect_errors<errs::account>(account_json(R"("rgb":[])"), {{errc::size_mismatch, "/rgb"}});
    expect_errors<errs::account>(account_json(R"("rgb":[1,2,3,4])"), {{errc::size_mismatch, "/rgb/3"}});
    // reported once, however many extra items there are
    expect_errors<errs::account>(account_json(R"("rgb":[1,2,3,4,5,6])"), {{errc::size_mismatch, "/rgb/3"}});
    // item errors keep their own paths
    expect_errors<errs::account>(account_json(R"("rgb":[1,"x"])"),
                                 {{errc::type_mismatch, "/rgb/1"}, {errc::size_mismatch, "/rgb"}});
    auto a = expect_read<errs::account>(account_json(R"("rgb":[1,2,3])"));
    BOOST_TEST((*a.rgb == std::array<std::int32_t, 3>{1, 2, 3}));
}

BOOST_AUTO_TEST_CASE(unknown_key_under_reject) {
    expect_errors<errs::strict>(R"({"a":1,"thekey":2})", {{errc::unknown_key, "/thekey"}});
    expect_errors<errs::strict>(R"({"x":{"y":[1]},"a":1,"z":null})",
                                {{errc::unknown_key, "/x"}, {errc::unknown_key, "/z"}});
}

BOOST_AUTO_TEST_CASE(duplicate_key) {
    expect_errors<errs::flat>(R"({"name":"a","name":"b","count":1})", {{errc::duplicate_key, "/name"}}, {},
                              false);
    expect_errors<errs::account>(R"({"name":"a","count":1,"owner":{"type":"IDENTITY","id":"i","id":"j"}})",
                                 {{errc::duplicate_key, "/owner/id"}}, {}, false);
    // in a map and in a free-form value
    expect_errors<errs::odd_keys>(R"({"a/b~c":1,"m":{"k":1,"k":2}})", {{errc::duplicate_key, "/m/k"}}, {},
                                  false);
    expect_errors<errs::deep>(R"({"v":{"x":[{"q":1,"q":1}]}})", {{errc::duplicate_key, "/v/x/0/q"}}, {},
                              false);
}

BOOST_AUTO_TEST_SUITE(depth)

BOOST_AUTO_TEST_CASE(default_limit_is_64) {
    BOOST_TEST(djson::options{}.max_depth == 64u);
}

BOOST_AUTO_TEST_CASE(root_value_boundary) {
    // 64 nested arrays are fine, 65 are too deep: through text and DOM alike
    auto ok = expect_read<boost::json::value>(nested_arrays(64));
    BOOST_TEST(ok.is_array());
    expect_errors<boost::json::value>(nested_arrays(65), {{errc::too_deep, zeros_path(64)}});
    expect_errors<boost::json::value>(nested_arrays(66), {{errc::too_deep, zeros_path(64)}});
}

BOOST_AUTO_TEST_CASE(member_boundary) {
    // the object of the model is one level: {"v": 63 arrays} nests 64 deep, {"v": 64 arrays} 65
    auto ok = expect_read<errs::deep>("{\"v\":" + nested_arrays(63) + "}");
    BOOST_TEST(ok.v.is_array());
    expect_errors<errs::deep>("{\"v\":" + nested_arrays(64) + "}", {{errc::too_deep, "/v" + zeros_path(63)}});
}

BOOST_AUTO_TEST_CASE(dom_path_enforces_the_limit) {
    boost::json::parse_options po;
    po.max_depth = 10000;
    boost::json::value too = boost::json::parse("{\"v\":" + nested_arrays(64) + "}", {}, po);
    auto r = djson::try_from_value<errs::deep>(too);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    BOOST_TEST(r.error_list()[0].code == errc::too_deep);
    BOOST_TEST(r.error_list()[0].path == "/v" + zeros_path(63));
    boost::json::value fine = boost::json::parse("{\"v\":" + nested_arrays(63) + "}", {}, po);
    BOOST_TEST(djson::try_from_value<errs::deep>(fine).has_value());
    // much deeper, still one clean error
    boost::json::value deeper = boost::json::parse(nested_arrays(1000), {}, po);
    auto r2 = djson::try_from_value<boost::json::value>(deeper);
    BOOST_TEST_REQUIRE(r2.error_list().size() == 1u);
    BOOST_TEST(r2.error_list()[0].code == errc::too_deep);
}

BOOST_AUTO_TEST_CASE(custom_limit) {
    const djson::options opt{.max_depth = 2};
    expect_read<errs::deep>(R"({"v":[1]})", opt);
    expect_errors<errs::deep>(R"({"v":[[1]]})", {{errc::too_deep, "/v/0"}}, opt);
    expect_errors<errs::deep>(R"({"v":{"a":{}}})", {{errc::too_deep, "/v/a"}}, opt);
    expect_errors<errs::account>(account_json(), {{errc::too_deep, "/owner"}}, {.max_depth = 1});
    // a larger limit lets deeper documents through
    expect_read<boost::json::value>(nested_arrays(200), {.max_depth = 200});
}

BOOST_AUTO_TEST_CASE(largest_limit_does_not_wrap_around) {
    // "deeper nesting than max_depth is too_deep": nothing is deeper than SIZE_MAX
    const djson::options opt{.max_depth = std::numeric_limits<std::size_t>::max()};
    auto v = djson::try_from_json<boost::json::value>("[[1]]", opt);
    BOOST_TEST(v.has_value(), djson_test::describe(v.error_list()));
    auto d = djson::try_from_json<errs::deep>(R"({"v":{"a":[1]}})", opt);
    BOOST_TEST(d.has_value(), djson_test::describe(d.error_list()));
}

BOOST_AUTO_TEST_CASE(very_deep_input_fails_cleanly) {
    const std::size_t n = 100000;
    for (const std::string& text : {nested_arrays(n), "{\"v\":" + nested_arrays(n) + "}", [&] {
                                        std::string s;
                                        for (std::size_t i = 0; i < n; ++i)
                                            s += "{\"a\":";
                                        s += "1";
                                        s += std::string(n, '}');
                                        return s;
                                    }()}) {
        auto r = djson::try_from_json<errs::deep>(text);
        BOOST_TEST_REQUIRE(!r.has_value());
        bool has_too_deep = false;
        for (const auto& e : r.error_list())
            has_too_deep = has_too_deep || e.code == errc::too_deep;
        BOOST_TEST(has_too_deep, djson_test::describe(r.error_list()));
        auto v = djson::try_from_json<boost::json::value>(text);
        BOOST_TEST_REQUIRE(v.error_list().size() == 1u, djson_test::describe(v.error_list()));
        BOOST_TEST(v.error_list()[0].code == errc::too_deep);
    }
    // an unclosed deep prefix as well
    auto r = djson::try_from_json<boost::json::value>(std::string(n, '['));
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u, djson_test::describe(r.error_list()));
    BOOST_TEST(r.error_list()[0].code == errc::too_deep);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_count)

BOOST_AUTO_TEST_CASE(too_many_errors) {
    expect_errors<std::vector<std::int32_t>>(
        R"(["a","b","c","d"])",
        {{errc::type_mismatch, "/0"}, {errc::type_mismatch, "/1"}, {errc::too_many_errors, "/2"}},
        {.max_errors = 2});
    // exactly max_errors errors is not too many
    expect_errors<std::vector<std::int32_t>>(
        R"(["a","b"])", {{errc::type_mismatch, "/0"}, {errc::type_mismatch, "/1"}}, {.max_errors = 2});
}

BOOST_AUTO_TEST_CASE(default_cap_is_100) {
    BOOST_TEST(djson::options{}.max_errors == 100u);
    std::string text = "[";
    for (int i = 0; i < 150; ++i)
        text += i ? ",\"x\"" : "\"x\"";
    text += "]";
    auto errs = errors_of<std::vector<std::int32_t>>(text);
    BOOST_TEST_REQUIRE(errs.size() == 101u);
    BOOST_TEST(errs[99].code == errc::type_mismatch);
    BOOST_TEST(errs[99].path == "/99");
    BOOST_TEST(errs[100].code == errc::too_many_errors);
    BOOST_TEST(errs[100].path == "/100");
}

BOOST_AUTO_TEST_CASE(every_error_in_document_order) {
    // missing members are reported where their object closes
    expect_errors<errs::account>(
        R"({"count":"x","owner":{"type":"ROBOT"},"level":70000,"tags":[1,null,"z"],"rgb":[1]})",
        {{errc::type_mismatch, "/count"},
         {errc::invalid_value, "/owner/type"},
         {errc::missing_required, "/owner/id"},
         {errc::out_of_range, "/level"},
         {errc::unexpected_null, "/tags/1"},
         {errc::type_mismatch, "/tags/2"},
         {errc::size_mismatch, "/rgb"},
         {errc::missing_required, "/name"}});
}

BOOST_AUTO_TEST_CASE(stop_at_first_error) {
    const djson::options opt{.stop_at_first_error = true};
    expect_errors<errs::account>(
        R"({"count":"x","owner":{"type":"ROBOT"},"level":70000,"tags":[1,null,"z"],"rgb":[1]})",
        {{errc::type_mismatch, "/count"}}, opt);
    expect_errors<errs::flat>(R"({"name":"x"})", {{errc::missing_required, "/count"}}, opt);
    // a later syntax error is not reported either
    expect_errors<errs::flat>(R"({"name":1,"count":@})", {{errc::type_mismatch, "/name"}}, opt);
    // nor a later duplicate
    expect_errors<errs::flat>(R"({"name":1,"name":2,"count":1})", {{errc::type_mismatch, "/name"}}, opt,
                              false);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------------------------------------------------------
// the API around errors

BOOST_AUTO_TEST_CASE(from_json_throws_error_listing_everything) {
    const std::string text = R"({"name":1,"count":"x"})";
    bool thrown = false;
    try {
        (void)djson::from_json<errs::flat>(text);
    } catch (const djson::error& e) {
        thrown = true;
        const auto& list = e.list();
        BOOST_TEST_REQUIRE(list.size() == 2u);
        BOOST_TEST(list[0].code == errc::type_mismatch);
        BOOST_TEST(list[0].path == "/name");
        BOOST_TEST(list[1].code == errc::type_mismatch);
        BOOST_TEST(list[1].path == "/count");
        BOOST_TEST(e.code() == errc::type_mismatch);
        BOOST_TEST(std::string(e.what()) == list[0].message() + "\n" + list[1].message());
        BOOST_TEST(list[0].message().rfind("/name: ", 0) == 0u, list[0].message());
        BOOST_TEST(list[1].message().rfind("/count: ", 0) == 0u, list[1].message());
    }
    BOOST_TEST(thrown);
    // it is a std::exception
    BOOST_CHECK_THROW((void)djson::from_json<errs::flat>("{"), std::exception);
    try {
        (void)djson::from_json<errs::flat>("");
    } catch (const std::exception& e) {
        BOOST_TEST(std::string(e.what()).size() > 0u);
    }
    BOOST_TEST(djson::from_json<errs::flat>(R"({"name":"x","count":3})").count == 3);
}

BOOST_AUTO_TEST_CASE(root_message_has_no_path_prefix) {
    auto errs = errors_of<errs::flat>("[]");
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].path == "");
    BOOST_TEST(errs[0].message() == errs[0].detail);
}

BOOST_AUTO_TEST_CASE(try_from_json_never_throws) {
    const std::string long_enum = account_json(R"("owner":{"type":")" + std::string(1000, 'X') + "\"}");
    for (std::string_view text :
         {std::string_view(""), std::string_view("{"), std::string_view("[1,2"), std::string_view("nul"),
          std::string_view("\xff"), std::string_view(R"({"name":null})"), std::string_view(long_enum),
          std::string_view(R"({"name":"a","name":"b"})")}) {
        BOOST_CHECK_NO_THROW({
            auto r = djson::try_from_json<errs::account>(text);
            BOOST_TEST(!r.has_value());
            BOOST_TEST(!r.error_list().empty());
        });
    }
}

BOOST_AUTO_TEST_CASE(failed_read_hands_back_no_object) {
    // the first members are fine, a later one is not: there is no half-filled value to get at
    auto r = djson::try_from_json<errs::account>(account_json(R"("level":70000)"));
    BOOST_TEST(!r.has_value());
    BOOST_TEST(!static_cast<bool>(r));
    BOOST_CHECK_THROW((void)r.value(), djson::error);
    BOOST_CHECK_THROW((void)*r, djson::error);
    BOOST_CHECK_THROW((void)r->name, djson::error);
}

BOOST_AUTO_TEST_CASE(result_api) {
    djson::result<errs::flat> good = djson::try_from_json<errs::flat>(R"({"name":"x","count":2})");
    BOOST_TEST(good.has_value());
    BOOST_TEST(static_cast<bool>(good));
    BOOST_TEST(good.error_list().empty());
    BOOST_TEST(good.value().name == "x");
    BOOST_TEST((*good).count == 2);
    BOOST_TEST(good->count == 2);
    const auto& cgood = good;
    BOOST_TEST(cgood.value().count == 2);
    errs::flat moved = std::move(good).value();
    BOOST_TEST(moved.name == "x");

    djson::result<errs::flat> bad = djson::try_from_json<errs::flat>(R"({"name":"x"})");
    BOOST_TEST(!bad.has_value());
    BOOST_TEST(!static_cast<bool>(bad));
    BOOST_TEST_REQUIRE(bad.error_list().size() == 1u);
    BOOST_TEST(bad.error_list()[0].code == errc::missing_required);
    bool thrown = false;
    try {
        (void)bad.value();
    } catch (const djson::error& e) {
        thrown = true;
        BOOST_TEST(e.list() == bad.error_list());
    }
    BOOST_TEST(thrown);
    const auto& cbad = bad;
    BOOST_CHECK_THROW((void)cbad.value(), djson::error);

    // built directly
    djson::result<int> v(5);
    BOOST_TEST(*v == 5);
    djson::result<int> e(djson::errors{{errc::out_of_range, "/x", "too big"}});
    BOOST_TEST(!e);
    BOOST_TEST(e.error_list().at(0).path == "/x");
}

BOOST_AUTO_TEST_CASE(error_code_interop) {
    std::error_code ec = djson::make_error_code(errc::too_deep);
    BOOST_TEST(std::string(ec.category().name()) == "djson");
    BOOST_TEST(ec.value() == static_cast<int>(errc::too_deep));
    BOOST_TEST(ec.message() == "too_deep");
    BOOST_TEST(&ec.category() == &djson::error_category());
    BOOST_TEST(static_cast<bool>(ec));
    // errc converts implicitly and compares
    std::error_code ec2 = errc::syntax;
    BOOST_TEST(ec2 == errc::syntax);
    BOOST_TEST(ec2 != errc::too_deep);
    BOOST_TEST(std::string(ec2.category().name()) == "djson");
    // every code has a name
    for (int c = static_cast<int>(errc::syntax); c <= static_cast<int>(errc::too_many_errors); ++c)
        BOOST_TEST(djson::to_string(static_cast<errc>(c)) != "unknown");
    BOOST_TEST(std::string(djson::to_string(errc::missing_required)) == "missing_required");
    BOOST_TEST(std::string(djson::to_string(errc::too_many_errors)) == "too_many_errors");
}

BOOST_AUTO_TEST_CASE(path_escaping_rfc6901) {
    // a declared key with '/' and '~'
    expect_errors<errs::odd_keys>(R"({"m":{}})", {{errc::missing_required, "/a~1b~0c"}});
    expect_errors<errs::odd_keys>(R"({"a/b~c":"1","m":{}})", {{errc::type_mismatch, "/a~1b~0c"}});
    // map keys
    expect_errors<errs::odd_keys>(R"({"a/b~c":1,"m":{"x/y":"s","~":null,"~1":true}})",
                                  {{errc::type_mismatch, "/m/x~1y"},
                                   {errc::unexpected_null, "/m/~0"},
                                   {errc::type_mismatch, "/m/~01"}});
    // unknown keys
    expect_errors<errs::strict_odd>(
        R"({"a":1,"~/":1,"/":2,"":3})",
        {{errc::unknown_key, "/~0~1"}, {errc::unknown_key, "/~1"}, {errc::unknown_key, "/"}});
    // inside a free-form value (too deep with a small limit)
    expect_errors<errs::deep>(R"({"v":{"a/b":{"c~d":[]}}})", {{errc::too_deep, "/v/a~1b/c~0d"}},
                              {.max_depth = 3});
}

BOOST_AUTO_TEST_SUITE(bounded_messages)

BOOST_AUTO_TEST_CASE(huge_enum_value) {
    const std::string huge(1u << 20, 'X');
    const std::string text = R"({"name":"a","count":1,"owner":{"type":")" + huge + R"(","id":"i"}})";
    auto errs = errors_of<errs::account>(text);
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].path == "/owner/type");
    BOOST_TEST(errs[0].message().size() < 300u, "message of " << errs[0].message().size() << " characters");
    try {
        (void)djson::from_json<errs::account>(text);
        BOOST_FAIL("no throw");
    } catch (const djson::error& e) {
        BOOST_TEST(std::string(e.what()).size() < 300u);
    }
}

BOOST_AUTO_TEST_CASE(huge_timestamp_and_number) {
    const std::string huge(1u << 20, '7');
    auto errs = errors_of<errs::account>(account_json(R"("created":"2017-07-11T18:45:37)" + huge + "Z\""));
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].code == errc::invalid_value);
    BOOST_TEST(errs[0].message().size() < 300u, "message of " << errs[0].message().size() << " characters");

    // text only: the DOM turns this number into infinity (see the out_of_range case)
    auto r2 = djson::try_from_json<errs::flat>(R"({"name":"a","count":1)" + std::string(5000, '0') + ".5}");
    const auto& errs2 = r2.error_list();
    BOOST_TEST_REQUIRE(errs2.size() == 1u);
    BOOST_TEST(errs2[0].path == "/count");
    BOOST_TEST(errs2[0].message().size() < 300u, "message of " << errs2[0].message().size() << " characters");
}

BOOST_AUTO_TEST_CASE(huge_value_of_control_characters) {
    // each echoed control character takes six characters, but the echoed prefix is still bounded
    std::string body;
    for (int i = 0; i < 100000; ++i)
        body += "\\u0001";
    auto errs =
        errors_of<errs::account>(R"({"name":"a","count":1,"owner":{"type":")" + body + R"(","id":"i"}})");
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].message().size() < 600u, "message of " << errs[0].message().size() << " characters");
    BOOST_TEST(errs[0].message().find('\x01') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(unicode_line_breaks_are_escaped_too) {
    // NEL (U+0085), LINE SEPARATOR (U+2028), PARAGRAPH SEPARATOR (U+2029) and DEL split lines for many
    // readers (Python's splitlines): in a quoted value and in a key of the path alike.
    const std::string text =
        "{\"name\":\"a\",\"count\":1,\"owner\":{\"type\":\"A\u0085B\u2028C\u2029D\u007f\","
        "\"id\":\"i\"},\"x\\u2028y\":1}";
    auto errs = errors_of<errs::account>(text);
    BOOST_TEST_REQUIRE(!errs.empty());
    const std::string m = errs[0].message();
    for (const char* bad : {"\xc2\x85", "\xe2\x80\xa8", "\xe2\x80\xa9", "\x7f"})
        BOOST_TEST(m.find(bad) == std::string::npos, m);
    BOOST_TEST(m.find(R"(A\u0085B\u2028C\u2029D\u007f)") != std::string::npos, m);
    // the exact path keeps the key as it is; the printable one escapes it
    djson::error_info e{errc::unknown_key, "/x\xe2\x80\xa8y", "unknown key"};
    BOOST_TEST(e.printable_path() == R"(/x\u2028y)");
}

BOOST_AUTO_TEST_CASE(control_characters_are_escaped) {
    const std::string text = R"({"name":"a","count":1,"owner":{"type":"RO\nBOT\r\t\u0000\u001b","id":"i"}})";
    auto errs = errors_of<errs::account>(text);
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    const std::string m = errs[0].message();
    BOOST_TEST(m.find('\n') == std::string::npos, m);
    BOOST_TEST(m.find('\r') == std::string::npos, m);
    BOOST_TEST(m.find('\t') == std::string::npos, m);
    BOOST_TEST(m.find('\0') == std::string::npos, m);
    BOOST_TEST(m.find('\x1b') == std::string::npos, m);
    BOOST_TEST(m.find(R"("RO\nBOT\r\t\u0000\u001b")") != std::string::npos, m);

    auto terrs = errors_of<errs::account>(account_json(R"("created":"2017-07-11\n18:45:37Z")"));
    BOOST_TEST_REQUIRE(terrs.size() == 1u);
    BOOST_TEST(terrs[0].message().find('\n') == std::string::npos, terrs[0].message());
}

BOOST_AUTO_TEST_SUITE_END()
