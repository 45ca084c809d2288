// OpenAPI's own object model (3.0.x and 3.1), declared as djson models: djson-openapi reads the document it
// generates from through djson itself. Each object is read from the DOM of its source file (source.hpp), so
// an error in the document comes out as a JSON Pointer into that file.
//
// Only what generation needs is typed; everything else an object holds is captured in `extra` (and, for a
// Schema, reported: a keyword the generator does not know is a constraint it would otherwise drop). Values
// that may be any JSON, `null` included (`default`, `example`, `enum` items), are `any`.
#pragma once

#include <djson/djson.hpp>

#include <boost/json/value.hpp>

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace djson_openapi::spec {

/// Absent, `null`, or any other JSON value: the three stay apart (`default: null` is not "no default").
using any = std::optional<djson::nullable<boost::json::value>>;

struct Discriminator {
    std::string property_name;
    std::optional<std::map<std::string, std::string>> mapping; // tag -> $ref
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Discriminator, (), (property_name, mapping, extra))
DJSON_MODEL(Discriminator, djson::naming::camel_case);

struct Schema;
using SchemaBox = std::unique_ptr<Schema>; // a Schema inside a Schema (std::optional needs a complete type)

/// A Schema Object, or a Reference Object (`ref`) — in 3.1 a `$ref` may have siblings, in 3.0 they are
/// ignored.
struct Schema {
    std::optional<std::string> ref; // "$ref"
    // `type`: one name (3.0 and 3.1) or a list of names (3.1: ["string", "null"]).
    std::optional<std::variant<std::string, std::vector<std::string>>> type;
    std::optional<std::string> format;
    std::optional<std::string> title;
    std::optional<std::string> description;
    std::optional<bool> nullable; // 3.0
    std::optional<bool> read_only;
    std::optional<bool> write_only;
    std::optional<bool> deprecated;
    std::optional<std::vector<boost::json::value>> enum_values; // "enum"; items may be null
    any const_value;                                            // "const" (3.1)
    any default_value;                                          // "default"
    any example;                                                // 3.0 (deprecated in 3.1)
    std::optional<std::vector<boost::json::value>> examples;    // 3.1
    // Numbers are kept as the DOM has them: an int64 bound stays exact.
    std::optional<boost::json::value> minimum;
    std::optional<boost::json::value> maximum;
    std::optional<boost::json::value> exclusive_minimum; // bool (3.0) or number (3.1)
    std::optional<boost::json::value> exclusive_maximum;
    std::optional<boost::json::value> multiple_of;
    std::optional<std::uint64_t> min_length;
    std::optional<std::uint64_t> max_length;
    std::optional<std::string> pattern;
    std::optional<std::uint64_t> min_items;
    std::optional<std::uint64_t> max_items;
    std::optional<bool> unique_items;
    std::optional<std::uint64_t> min_properties;
    std::optional<std::uint64_t> max_properties;
    // `required`: the list of keys. Some real specs write Swagger 2's `required: true` on a property; that
    // reads as the bool alternative and is reported, not a reason to give up on the whole schema.
    std::optional<std::variant<std::vector<std::string>, bool>> required;
    std::optional<std::map<std::string, Schema>> properties; // order: from the source (see generator)
    std::optional<std::variant<bool, SchemaBox>> additional_properties;
    std::optional<SchemaBox> items;
    std::optional<std::vector<Schema>> prefix_items; // 3.1
    std::optional<std::vector<Schema>> all_of;
    std::optional<std::vector<Schema>> one_of;
    std::optional<std::vector<Schema>> any_of;
    std::optional<SchemaBox> not_;
    std::optional<Discriminator> discriminator;
    // Annotations the generator does not use but knows to be harmless.
    std::optional<boost::json::value> xml;
    std::optional<boost::json::value> external_docs;
    std::optional<std::string> comment; // "$comment"
    djson::additional_properties extra; // x-* extensions, and keywords the generator reports as not mapped
};
BOOST_DESCRIBE_STRUCT(Schema, (),
                      (ref, type, format, title, description, nullable, read_only, write_only, deprecated,
                       enum_values, const_value, default_value, example, examples, minimum, maximum,
                       exclusive_minimum, exclusive_maximum, multiple_of, min_length, max_length, pattern,
                       min_items, max_items, unique_items, min_properties, max_properties, required,
                       properties, additional_properties, items, prefix_items, all_of, one_of, any_of, not_,
                       discriminator, xml, external_docs, comment, extra))
DJSON_MODEL(Schema, djson::naming::camel_case, djson::member("ref", djson::key("$ref")),
            djson::member("enum_values", djson::key("enum")),
            djson::member("const_value", djson::key("const")),
            djson::member("default_value", djson::key("default")), djson::member("not_", djson::key("not")),
            djson::member("comment", djson::key("$comment")));

/// An Example Object (or a reference to one).
struct Example {
    std::optional<std::string> ref;
    std::optional<std::string> summary;
    std::optional<std::string> description;
    any value;
    std::optional<std::string> external_value;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Example, (), (ref, summary, description, value, external_value, extra))
DJSON_MODEL(Example, djson::naming::camel_case, djson::member("ref", djson::key("$ref")));

/// A Media Type Object: a body's schema and its examples.
struct MediaType {
    std::optional<Schema> schema;
    any example;
    std::optional<std::map<std::string, Example>> examples;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(MediaType, (), (schema, example, examples, extra))
DJSON_MODEL(MediaType, djson::naming::camel_case);

/// A Request Body Object or a Response Object (or a reference to one): what generation needs of both.
struct Body {
    std::optional<std::string> ref;
    std::optional<std::string> description;
    std::optional<std::map<std::string, MediaType>> content; // media type -> schema and examples
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Body, (), (ref, description, content, extra))
DJSON_MODEL(Body, djson::naming::camel_case, djson::member("ref", djson::key("$ref")));

struct Operation {
    std::optional<std::string> operation_id;
    std::optional<Body> request_body;
    std::optional<std::map<std::string, Body>> responses; // status -> response
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Operation, (), (operation_id, request_body, responses, extra))
DJSON_MODEL(Operation, djson::naming::camel_case);

/// A Path Item Object (or, as SailPoint's root writes them, a `$ref` to a file that holds one).
struct PathItem {
    std::optional<std::string> ref;
    std::optional<Operation> get, put, post, delete_, options, head, patch, trace;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(PathItem, (), (ref, get, put, post, delete_, options, head, patch, trace, extra))
DJSON_MODEL(PathItem, djson::member("ref", djson::key("$ref")),
            djson::member("delete_", djson::key("delete")));

struct Components {
    std::optional<std::map<std::string, Schema>> schemas;
    std::optional<std::map<std::string, Body>> responses;
    std::optional<std::map<std::string, Body>> request_bodies;
    std::optional<std::map<std::string, Example>> examples;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Components, (), (schemas, responses, request_bodies, examples, extra))
DJSON_MODEL(Components, djson::naming::camel_case);

struct Info {
    std::string title;
    // A string in the spec; many documents write `version: 1.0` unquoted, which YAML reads as a number. It
    // names nothing the generator uses, so any scalar is taken.
    std::variant<std::string, double> version;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Info, (), (title, version, extra))
DJSON_MODEL(Info);

/// The root: the OpenAPI Object.
struct Document {
    std::string openapi; // "3.0.1", "3.1.0", ...
    Info info;
    std::optional<std::map<std::string, PathItem>> paths;
    std::optional<Components> components;
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Document, (), (openapi, info, paths, components, extra))
DJSON_MODEL(Document);

} // namespace djson_openapi::spec
