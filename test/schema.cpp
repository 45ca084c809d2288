// json_schema<T>(): every field kind, type, format, enum, nested model ($defs/$ref), naming, unknown-key
// policy and default, compared with hand-written golden schemas.
#define BOOST_TEST_MODULE schema
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <cctype>
#include <string>

namespace sch {

BOOST_DEFINE_ENUM_CLASS(Kind, ONE, TWO)

struct Inner {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (id))

struct Everything {
    bool flag;
    std::int32_t i32;
    std::int64_t i64;
    std::uint8_t u8;
    std::int16_t i16;
    std::uint64_t u64;
    float f;
    double d;
    std::string s;
    Kind kind;
    djson::timestamp at;
    boost::json::value any;
    std::optional<std::string> maybe;
    djson::nullable<std::string> nullable_s;
    std::optional<djson::nullable<Kind>> tri_kind;
    djson::nullable<Inner> nullable_inner;
    std::vector<Inner> items;
    std::array<double, 3> v3;
    std::map<std::string, std::int32_t> counts;
    std::int32_t retries = 3;
};
BOOST_DESCRIBE_STRUCT(Everything, (),
                      (flag, i32, i64, u8, i16, u64, f, d, s, kind, at, any, maybe, nullable_s, tri_kind,
                       nullable_inner, items, v3, counts, retries))
DJSON_MODEL(Everything, djson::naming::camel_case, djson::member("retries", djson::default_if_absent),
            djson::member("s", djson::key("$s")));

struct Strict {
    std::string a;
};
BOOST_DESCRIBE_STRUCT(Strict, (), (a))
DJSON_MODEL(Strict, djson::unknown_keys::reject);

struct Node {
    std::string name;
    std::vector<Node> children;
};
BOOST_DESCRIBE_STRUCT(Node, (), (name, children))

struct Base {
    std::string id;
};
BOOST_DESCRIBE_STRUCT(Base, (), (id))
struct Derived : Base {
    std::optional<std::string> note;
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(Derived, (Base), (note, rest))

struct FreeForm {
    std::optional<boost::json::value> maybe_dom;
    std::optional<djson::raw_json> maybe_raw;
    std::optional<djson::nullable<djson::raw_json>> maybe_null;
    djson::raw_json any;
};
BOOST_DESCRIBE_STRUCT(FreeForm, (), (maybe_dom, maybe_raw, maybe_null, any))

} // namespace sch

// Two models of one name in different namespaces, and a template of one of them.
namespace legacy {
BOOST_DEFINE_ENUM_CLASS(Level, LOW, HIGH)
struct Status {
    Level level;
};
BOOST_DESCRIBE_STRUCT(Status, (), (level))
} // namespace legacy
namespace current {
struct Status {
    std::int32_t code;
};
BOOST_DESCRIBE_STRUCT(Status, (), (code))
template <class T> struct Page { std::vector<T> items; };
BOOST_DESCRIBE_STRUCT(Page<legacy::Status>, (), (items))
struct Both {
    legacy::Status old_status;
    Status new_status;
    Page<legacy::Status> page;
};
BOOST_DESCRIBE_STRUCT(Both, (), (old_status, new_status, page))
} // namespace current

// Types whose names hold brackets and semicolons of their own.
namespace odd {
template <class T> struct Box {
    std::int32_t v; // T only names the type
};
BOOST_DESCRIBE_STRUCT(Box<int[3]>, (), (v))
BOOST_DESCRIBE_STRUCT(Box<int[3][2]>, (), (v))
template <char C> struct Ch { std::string s; };
BOOST_DESCRIBE_STRUCT(Ch<']'>, (), (s))
BOOST_DESCRIBE_STRUCT(Ch<';'>, (), (s))
struct Holder {
    Box<int[3]> one;
    Box<int[3][2]> two;
    Ch<']'> bracket;
    Ch<';'> semicolon;
};
BOOST_DESCRIBE_STRUCT(Holder, (), (one, two, bracket, semicolon))
} // namespace odd

namespace {
void check(const boost::json::value& got, const char* want) {
    boost::json::value w = boost::json::parse(want);
    BOOST_TEST(got == w, "got  " << boost::json::serialize(got) << "\nwant " << boost::json::serialize(w));
}

// The golden date-time schema, written out here on its own: exactly the reader's RFC 3339 subset.
const char* const date_time_pattern =
    R"(^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31))"
    R"(|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))"
    R"([Tt](?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\.[0-9]{1,9})?(?:[Zz]|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])$)";

std::string with_pattern(std::string text) {
    std::string quoted = boost::json::serialize(boost::json::value(date_time_pattern));
    for (std::size_t at; (at = text.find("DATE_TIME_PATTERN")) != std::string::npos;)
        text.replace(at, 17, quoted);
    return text;
}

// RFC 3986 fragment, then RFC 6901: the $defs key a "#/$defs/..." reference names.
std::string defs_key_of(std::string_view ref) {
    const std::string_view prefix = "#/$defs/";
    BOOST_TEST_REQUIRE(ref.starts_with(prefix));
    std::string decoded;
    for (std::size_t i = prefix.size(); i < ref.size(); ++i) {
        char c = ref[i];
        const bool fragment_char = std::isalnum(static_cast<unsigned char>(c)) ||
                                   std::string_view("-._~!$&'()*+,;=:@/?%").find(c) != std::string_view::npos;
        BOOST_TEST(fragment_char, "'" << c << "' may not appear in a URI fragment: " << ref);
        if (c == '%') {
            BOOST_TEST_REQUIRE(i + 2 < ref.size());
            decoded.push_back(static_cast<char>(std::stoi(std::string(ref.substr(i + 1, 2)), nullptr, 16)));
            i += 2;
        } else {
            decoded.push_back(c);
        }
    }
    BOOST_TEST(decoded.find('/') == std::string::npos);
    std::string key;
    for (std::size_t i = 0; i < decoded.size(); ++i) {
        if (decoded[i] == '~' && i + 1 < decoded.size()) {
            key.push_back(decoded[i + 1] == '0' ? '~' : '/');
            ++i;
        } else {
            key.push_back(decoded[i]);
        }
    }
    return key;
}
} // namespace

BOOST_AUTO_TEST_CASE(every_field_kind) {
    check(djson::json_schema<sch::Everything>(), with_pattern(R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Everything",
      "type": "object",
      "properties": {
        "flag": {"type": "boolean"},
        "i32": {"type": "integer", "format": "int32", "minimum": -2147483648, "maximum": 2147483647},
        "i64": {"type": "integer", "format": "int64", "minimum": -9223372036854775808,
                "maximum": 9223372036854775807},
        "u8": {"type": "integer", "minimum": 0, "maximum": 255},
        "i16": {"type": "integer", "minimum": -32768, "maximum": 32767},
        "u64": {"type": "integer", "minimum": 0, "maximum": 18446744073709551615},
        "f": {"type": "number", "format": "float", "exclusiveMinimum": -340282356779733661637539395458142568448.0,
              "exclusiveMaximum": 340282356779733661637539395458142568448.0},
        "d": {"type": "number", "format": "double", "minimum": -1.7976931348623157e308,
              "maximum": 1.7976931348623157e308},
        "$s": {"type": "string"},
        "kind": {"type": "string", "enum": ["ONE", "TWO"]},
        "at": {"type": "string", "format": "date-time", "pattern": DATE_TIME_PATTERN},
        "any": {},
        "maybe": {"type": "string"},
        "nullableS": {"type": ["string", "null"]},
        "triKind": {"type": ["string", "null"], "enum": ["ONE", "TWO", null]},
        "nullableInner": {"anyOf": [{"$ref": "#/$defs/sch::Inner"}, {"type": "null"}]},
        "items": {"type": "array", "items": {"$ref": "#/$defs/sch::Inner"}},
        "v3": {"type": "array", "items": {"type": "number", "format": "double", "minimum": -1.7976931348623157e308,
                                          "maximum": 1.7976931348623157e308}, "minItems": 3, "maxItems": 3},
        "counts": {"type": "object", "additionalProperties": {"type": "integer", "format": "int32",
                                                              "minimum": -2147483648, "maximum": 2147483647}},
        "retries": {"type": "integer", "format": "int32", "minimum": -2147483648, "maximum": 2147483647, "default": 3}
      },
      "required": ["flag", "i32", "i64", "u8", "i16", "u64", "f", "d", "$s", "kind", "at", "any", "nullableS",
                   "nullableInner", "items", "v3", "counts"],
      "$defs": {
        "sch::Inner": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
      }
    })")
                                                     .c_str());
}

BOOST_AUTO_TEST_CASE(reject_policy_closes_the_object) {
    check(djson::json_schema<sch::Strict>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Strict", "type": "object",
      "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false})");
}

BOOST_AUTO_TEST_CASE(recursive_model) {
    check(djson::json_schema<sch::Node>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Node", "type": "object",
      "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/sch::Node"}}},
      "required": ["name", "children"],
      "$defs": {"sch::Node": {"type": "object",
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/sch::Node"}}},
        "required": ["name", "children"]}}})");
}

BOOST_AUTO_TEST_CASE(bases_and_captured_keys) {
    // the capture member is not a property; the base's members come first
    check(djson::json_schema<sch::Derived>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Derived", "type": "object",
      "properties": {"id": {"type": "string"}, "note": {"type": "string"}}, "required": ["id"]})");
}

BOOST_AUTO_TEST_CASE(non_model_roots) {
    check(djson::json_schema<std::vector<sch::Inner>>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": {"$ref": "#/$defs/sch::Inner"},
      "$defs": {"sch::Inner": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}}})");
    check(djson::json_schema<djson::nullable<std::int32_t>>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "type": ["integer", "null"], "format": "int32",
      "minimum": -2147483648, "maximum": 2147483647})");
}

BOOST_AUTO_TEST_CASE(optional_free_form_values_exclude_null) {
    // std::optional<T> may be absent, never null, even when T takes any value (issue: the schema was {})
    check(djson::json_schema<sch::FreeForm>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "FreeForm", "type": "object",
      "properties": {"maybe_dom": {"not": {"type": "null"}}, "maybe_raw": {"not": {"type": "null"}},
                     "maybe_null": {}, "any": {}},
      "required": ["any"]})");
    BOOST_TEST(!djson::try_from_json<sch::FreeForm>(R"({"any":1,"maybe_dom":null})"));
    BOOST_TEST(!djson::try_from_json<sch::FreeForm>(R"({"any":1,"maybe_raw":null})"));
    BOOST_TEST(djson::try_from_json<sch::FreeForm>(R"({"any":null,"maybe_null":null})").has_value());
}

BOOST_AUTO_TEST_CASE(defs_are_unique_and_references_are_uri_fragments) {
    // Issue: legacy::Status and current::Status were both #/$defs/Status (the first won), and
    // #/$defs/Page<legacy::Status> is no URI reference.
    const boost::json::value s = djson::json_schema<current::Both>();
    const auto& defs = s.at("$defs").as_object();
    BOOST_TEST(defs.size() == 3u, boost::json::serialize(s));
    BOOST_TEST(defs.contains("legacy::Status"));
    BOOST_TEST(defs.contains("current::Status"));
    BOOST_TEST(defs.contains("current::Page<legacy::Status>"));
    const auto& props = s.at("properties").as_object();
    auto target = [&](const boost::json::value& ref) -> const boost::json::value& {
        const std::string key = defs_key_of(std::string_view(ref.as_string().data(), ref.as_string().size()));
        BOOST_TEST_REQUIRE(defs.contains(key), key);
        return defs.at(key);
    };
    BOOST_TEST(target(props.at("old_status").at("$ref")).at("properties").as_object().contains("level"));
    BOOST_TEST(target(props.at("new_status").at("$ref")).at("properties").as_object().contains("code"));
    const auto& page = target(props.at("page").at("$ref"));
    BOOST_TEST(target(page.at("properties").at("items").at("items").at("$ref"))
                   .at("properties")
                   .as_object()
                   .contains("level"));
    BOOST_TEST(boost::json::serialize(props.at("page").at("$ref")) ==
               R"("#/$defs/current::Page%3Clegacy::Status%3E")");
}

BOOST_AUTO_TEST_CASE(defs_names_are_whole_type_names) {
    // issue found in review: names were cut at the first ']' or ';' (Box<int[3]> and Box<int[3][2]> were one)
    const boost::json::value s = djson::json_schema<odd::Holder>();
    const auto& defs = s.at("$defs").as_object();
    BOOST_TEST(defs.size() == 4u, boost::json::serialize(s));
    for (const auto& kv : s.at("properties").as_object()) {
        const auto& ref = kv.value().at("$ref").as_string();
        BOOST_TEST(defs.contains(defs_key_of(std::string_view(ref.data(), ref.size()))), ref);
    }
}
