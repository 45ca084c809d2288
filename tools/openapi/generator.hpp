// djson-openapi's generator: an OpenAPI 3.0/3.1 document (a source_set) in, djson model headers out.
//
// Every schema the document names (components.schemas, and every schema a `$ref` points at) becomes a C++
// type in a header of its own; an inline object, enum or oneOf gets a name from its owner
// (`<Owner><Property>`, `<Owner><Property>Item`, ...) and lives in its owner's header. Schemas that refer to
// each other in a cycle share one header (the others' headers include it). What cannot be mapped exactly is
// reported with its location in the source, never dropped silently.
#pragma once

#include "source.hpp"

#include <djson/model.hpp>

#include <map>
#include <string>
#include <vector>

namespace djson_openapi {

struct generator_options {
    std::string cpp_namespace; ///< `api` or `acme::api`
    djson::naming naming =
        djson::naming::camel_case;    ///< the models' key policy; keys it misses get overrides
    std::string source_name;          ///< how the banner names the input
    bool capture_unknown_keys = true; ///< a djson::additional_properties member per model
    /// A `default` of an optional property: applied (the member's initializer, read with
    /// djson::default_if_absent, so it is written back even where it was absent) or only documented
    /// (std::optional, the default in a comment, so that a payload comes back exactly as it was).
    bool apply_defaults = true;
    /// Sibling choosers (see generate()): an enum value that chooses the alternative of another title, where
    /// a spec spells the two differently (`normalizeNames` chooses the alternative titled `nameNormalizer`).
    std::map<std::string, std::string> tag_aliases;
    /// A `$ref` that names nothing is mapped as djson::raw_json (and reported); otherwise the reports say it
    /// is an error, which the caller makes it.
    bool allow_broken_refs = false;
};

/// Something the generator could not map exactly, at its place in the source.
struct report {
    location where;
    std::string message;
    bool broken_ref =
        false; ///< a `$ref` that names nothing (djson-openapi fails on it unless told otherwise)
};

struct generated_file {
    std::string name; ///< file name in the output folder (`Pet.hpp`, `all.hpp`)
    std::string text;
};

/// An example value of the document and the model it is an example of, for round-trip tests.
struct example_use {
    location where;      ///< the example value
    std::string type;    ///< the C++ type (qualified), e.g. `api::Pet` or `std::vector<api::Pet>`
    std::string context; ///< `schema`, `request`, `response`
    std::vector<std::string> headers; ///< the generated headers that declare the type
};

/// A schema that got a C++ type of its own, and where it is.
struct named_model {
    std::string type; ///< qualified: `api::Pet`
    location where;
};

struct generation {
    std::vector<generated_file> files; ///< sorted by name
    std::vector<named_model> models;   ///< every named schema's type (not components aliases), by type name
    std::vector<report> reports;       ///< in document order
    std::vector<example_use> examples;
    std::size_t schemas = 0; ///< named schemas generated
    std::size_t types = 0;   ///< C++ types declared (named + inline)
};

/// Generates the models of the document whose root `sources` holds. Throws source_error for a document that
/// cannot be read at all (a broken `$ref`, a root that is not an OpenAPI object).
generation generate(source_set& sources, const generator_options& options);

/// A C++ keyword, or a name the generated code cannot take (`std`, `djson`, a C library macro).
bool reserved_word(std::string_view word);

/// The version written into every banner.
std::string generator_version();

} // namespace djson_openapi
