// djson-openapi's source loader: an OpenAPI document spread over YAML/JSON files, each read once into a
// Boost.JSON value (YAML by the YAML 1.2 core schema, as OpenAPI 3.1 asks), and relative `$ref`s resolved.
#pragma once

#include <boost/json/value.hpp>

#include <compare>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace djson_openapi {

// A place in the sources: a file (its path relative to the root document's folder, '/' separators,
// normalized: no "./", ".." resolved as far as it goes) and an RFC 6901 JSON Pointer into that file's value.
struct location {
    std::string file;
    std::string pointer; // "" = the whole file

    location child(std::string_view key) const; // pointer + "/" + key escaped (~0, ~1)
    location child(std::size_t index) const;
    // "v3/schemas/Foo.yaml#/properties/a~1b"; just the file when the pointer is empty. For messages: the
    // pointer is not percent-encoded.
    std::string str() const;

    friend auto operator<=>(const location&, const location&) = default;
};

// An integer written beyond what int64, uint64 and double hold exactly (a `maximum` of 10^30). A source_set
// reads it as the nearest double and lists it, so that the generator can say so at its place instead of the
// whole document failing to load.
struct inexact_integer {
    location where;
    std::string text; // as written: "123456789012345678901234567890"
};

// Every message names the file: with line:column for a syntax error (and for a YAML value the core schema
// rejects), with location::str() for other problems.
class source_error : public std::runtime_error {
  public:
    using runtime_error::runtime_error;
};

// RFC 6901 token escaping: '~' -> "~0", '/' -> "~1".
std::string escape_pointer_token(std::string_view token);
// The unescaped tokens of a JSON Pointer ("" -> none). Throws std::invalid_argument when `pointer` is not one
// (does not start with '/', or has a '~' not followed by 0 or 1).
std::vector<std::string> pointer_tokens(std::string_view pointer);

// Bounds for one document. YAML aliases can make a small file expand enormously ("billion laughs"), and an
// alias inside its own anchor would expand forever; both stop at these limits with a source_error.
struct parse_limits {
    std::size_t max_values = 10'000'000; // values produced for one file, aliases and merges expanded
    std::size_t max_depth = 1000;        // nesting of arrays and objects (JSON and YAML alike)
};

// Parses one document's text. `name` is for messages. With `json`, the text is JSON (RFC 8259; duplicate keys
// are an error); otherwise YAML 1.2 (JSON is YAML too, so a .yaml file holding JSON works). A UTF-8 byte
// order mark is skipped; invalid UTF-8 is an error, and so is an integer that no int64, uint64 or double
// holds exactly (a source_set reads it as the nearest double instead: inexact_integers()).
boost::json::value parse_document(std::string_view text, std::string_view name, bool json);
boost::json::value parse_document(std::string_view text, std::string_view name, bool json,
                                  const parse_limits& limits);

// The files of one OpenAPI document, loaded as `$ref`s reach them. Values returned by reference stay valid
// for the source_set's lifetime: each file is loaded once and never changed.
class source_set {
  public:
    // Loads the root document; throws source_error.
    explicit source_set(const std::filesystem::path& root_file, const parse_limits& limits = {});
    source_set(source_set&&) noexcept;
    source_set& operator=(source_set&&) noexcept;
    ~source_set();

    const location& root() const; // {root file name, ""}

    // Loads the file when needed; throws source_error when the file or the pointer does not exist (the
    // message names the location).
    const boost::json::value& at(const location& where);

    struct target {
        location where;
        const boost::json::value* value;
    };
    // Resolves a `$ref` string found at `from`: a relative URI reference resolved against the folder of
    // from.file, whose fragment (percent-decoded) is a JSON Pointer into the target file: "#/components/x"
    // (same file), "./v3/schemas/Foo.yaml" (whole file), "../schemas/Foo.yaml#/Bar". Throws source_error
    // naming `from` and the ref when the target is missing or unreadable, when the ref is absolute ("remote
    // references are not supported") or when its fragment is not a JSON Pointer (an anchor such as "#foo").
    target resolve(std::string_view ref, const location& from);
    // Follows `$ref`s from `where` (an object with a "$ref" key is a reference) to the first value that is
    // not one. Throws source_error on a cycle (naming the chain) and on a `$ref` that is not a string.
    target follow(const location& where);

    std::vector<std::string> files() const; // the files loaded so far, sorted

    // The integers of the files loaded so far that no int64, uint64 or double holds exactly, each read as the
    // nearest double: by file, then in document order.
    std::vector<inexact_integer> inexact_integers() const;
    // The text as written of the integer at `where` when it is one of those; nullptr otherwise.
    const std::string* inexact_integer_at(const location& where) const;
    std::filesystem::path root_folder() const;

    // Line and column (1-based; the column counts code points) of the YAML node at `where`, when known: (0,0)
    // for JSON files, files not loaded and locations that do not exist. A mapping value left empty is placed
    // at its key; a value reached through an alias or a merge key is placed where its anchor defines it.
    std::pair<int, int> position(const location& where) const;

  private:
    struct file;
    file& load(const std::string& name);

    std::filesystem::path folder_;
    location root_;
    parse_limits limits_;
    std::map<std::string, std::unique_ptr<file>, std::less<>> files_;
};

} // namespace djson_openapi
