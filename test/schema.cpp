// json_schema<T>(): every field kind, type, format, enum, nested model ($defs/$ref), naming, unknown-key
// policy and default, compared with hand-written golden schemas.
#define BOOST_TEST_MODULE schema
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

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

} // namespace sch

namespace {
void check(const boost::json::value& got, const char* want) {
    boost::json::value w = boost::json::parse(want);
    BOOST_TEST(got == w, "got  " << boost::json::serialize(got) << "\nwant " << boost::json::serialize(w));
}
} // namespace

BOOST_AUTO_TEST_CASE(every_field_kind) {
    check(djson::json_schema<sch::Everything>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema",
      "title": "Everything",
      "type": "object",
      "properties": {
        "flag": {"type": "boolean"},
        "i32": {"type": "integer", "format": "int32"},
        "i64": {"type": "integer", "format": "int64"},
        "u8": {"type": "integer", "minimum": 0, "maximum": 255},
        "i16": {"type": "integer", "minimum": -32768, "maximum": 32767},
        "u64": {"type": "integer", "minimum": 0, "maximum": 18446744073709551615},
        "f": {"type": "number", "format": "float"},
        "d": {"type": "number", "format": "double"},
        "$s": {"type": "string"},
        "kind": {"type": "string", "enum": ["ONE", "TWO"]},
        "at": {"type": "string", "format": "date-time"},
        "any": {},
        "maybe": {"type": "string"},
        "nullableS": {"type": ["string", "null"]},
        "triKind": {"type": ["string", "null"], "enum": ["ONE", "TWO", null]},
        "nullableInner": {"anyOf": [{"$ref": "#/$defs/Inner"}, {"type": "null"}]},
        "items": {"type": "array", "items": {"$ref": "#/$defs/Inner"}},
        "v3": {"type": "array", "items": {"type": "number", "format": "double"}, "minItems": 3, "maxItems": 3},
        "counts": {"type": "object", "additionalProperties": {"type": "integer", "format": "int32"}},
        "retries": {"type": "integer", "format": "int32", "default": 3}
      },
      "required": ["flag", "i32", "i64", "u8", "i16", "u64", "f", "d", "$s", "kind", "at", "any", "nullableS",
                   "nullableInner", "items", "v3", "counts"],
      "$defs": {
        "Inner": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}
      }
    })");
}

BOOST_AUTO_TEST_CASE(reject_policy_closes_the_object) {
    check(djson::json_schema<sch::Strict>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Strict", "type": "object",
      "properties": {"a": {"type": "string"}}, "required": ["a"], "additionalProperties": false})");
}

BOOST_AUTO_TEST_CASE(recursive_model) {
    check(djson::json_schema<sch::Node>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Node", "type": "object",
      "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
      "required": ["name", "children"],
      "$defs": {"Node": {"type": "object",
        "properties": {"name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}},
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
      "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "array", "items": {"$ref": "#/$defs/Inner"},
      "$defs": {"Inner": {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}}})");
    check(djson::json_schema<djson::nullable<std::int32_t>>(), R"({
      "$schema": "https://json-schema.org/draft/2020-12/schema", "type": ["integer", "null"], "format": "int32"})");
}
