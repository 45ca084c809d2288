// djson-openapi's generator (see generator.hpp). Two passes: `define` turns schemas into definitions (C++
// types with their members and dependencies), following `$ref`s on demand; `emit` groups the definitions into
// headers (one per named schema; a cycle of headers becomes one) and orders them so that every type is
// complete where C++ needs it.
#include "generator.hpp"

#include "spec.hpp"

#include <djson/constraints.hpp>
#include <djson/version.hpp>

#include <boost/json/serialize.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <deque>
#include <cmath>
#include <functional>
#include <limits>
#include <cstdio>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

namespace djson_openapi {
namespace {

using spec::Schema;

// ---- names ---------------------------------------------------------------------------------------------

const std::set<std::string, std::less<>>& cpp_keywords() {
    static const std::set<std::string, std::less<>> words = {
        "alignas", "alignof", "and", "and_eq", "asm", "auto", "bitand", "bitor", "bool", "break", "case",
        "catch", "char", "char8_t", "char16_t", "char32_t", "class", "compl", "concept", "const", "consteval",
        "constexpr", "constinit", "const_cast", "continue", "co_await", "co_return", "co_yield", "decltype",
        "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "export", "extern",
        "false", "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace",
        "new", "noexcept", "not", "not_eq", "nullptr", "operator", "or", "or_eq", "private", "protected",
        "public", "register", "reinterpret_cast", "requires", "return", "short", "signed", "sizeof", "static",
        "static_assert", "static_cast", "struct", "switch", "template", "this", "thread_local", "throw",
        "true", "try", "typedef", "typeid", "typename", "union", "unsigned", "using", "virtual", "void",
        "volatile", "wchar_t", "while", "xor", "xor_eq",
        // names the generated code itself uses unqualified, or macros of the C library
        "std", "djson", "boost", "errno", "assert", "NULL", "EOF", "INFINITY", "NAN", "unix", "linux"};
    return words;
}

bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

/// `name` under one of djson's naming policies, exactly as djson computes keys (the same function).
std::string apply_naming(std::string_view name, djson::naming policy) {
    constexpr std::size_t limit =
        300; // a generated name longer than this is cut (the key is overridden anyway)
    if (name.size() > limit)
        name = name.substr(0, limit);
    auto text = djson::detail::apply_naming<2 * limit + 2>(name, policy);
    return std::string(text.view());
}

/// A name with no letter or digit at all (an enum of `+`, `-`, `<=`; a schema named in another script): each
/// symbol spelled as a word, each other code point as uXXXX, so that such names stay apart.
std::string spell_out(std::string_view text) {
    static const std::map<char, const char*> words = {
        {'+', "plus"},     {'-', "minus"},     {'*', "star"},   {'/', "slash"},    {'\\', "backslash"},
        {'<', "lt"},       {'>', "gt"},        {'=', "eq"},     {'!', "not"},      {'.', "dot"},
        {'%', "percent"},  {'&', "and"},       {'|', "or"},     {'^', "caret"},    {'~', "tilde"},
        {'#', "hash"},     {'@', "at"},        {'$', "dollar"}, {'?', "question"}, {':', "colon"},
        {',', "comma"},    {';', "semicolon"}, {'(', "lparen"}, {')', "rparen"},   {'[', "lbracket"},
        {']', "rbracket"}, {'{', "lbrace"},    {'}', "rbrace"}, {'"', "quote"},    {'\'', "apostrophe"},
        {'`', "backtick"}, {'_', "underscore"}};
    std::string out;
    auto part = [&](const std::string& w) {
        if (!out.empty())
            out += '_';
        out += w;
    };
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) { // a UTF-8 sequence: its code point (the text is valid UTF-8)
            int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            std::uint32_t cp = c & (n == 4 ? 0x07u : n == 3 ? 0x0Fu : 0x1Fu);
            for (int k = 1; k < n && i + static_cast<std::size_t>(k) < text.size(); ++k)
                cp = (cp << 6) | (static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]) & 0x3Fu);
            char buf[16];
            std::snprintf(buf, sizeof buf, "u%04x", static_cast<unsigned>(cp));
            part(buf);
            i += static_cast<std::size_t>(n);
            continue;
        }
        if (auto w = words.find(static_cast<char>(c)); w != words.end())
            part(w->second);
        ++i;
    }
    return out;
}

/// Every run of characters that cannot be in an identifier becomes one `_` (a name with no letter or digit
/// at all is spelled out).
std::string sanitize(std::string_view text) {
    std::string out;
    bool any = false;
    for (char c : text) {
        if (is_alnum(c)) {
            out += c;
            any = true;
        } else if (out.empty() || out.back() != '_') {
            out += '_';
        }
    }
    return any ? out : spell_out(text);
}

std::string fix_identifier(std::string id, const char* empty, const char* digit_prefix) {
    while (!id.empty() && id.back() == '_')
        id.pop_back();
    while (!id.empty() && id.front() == '_')
        id.erase(0, 1);
    if (id.empty())
        id = empty;
    if (is_digit(id[0]))
        id = digit_prefix + id;
    if (cpp_keywords().count(id) || id.find("__") != std::string::npos)
        id += '_';
    return id;
}

/// A member name for a JSON key: snake_case (`sourceID` -> `source_id`, `das-rc` -> `das_rc`).
std::string member_identifier(std::string_view key) {
    return fix_identifier(apply_naming(sanitize(key), djson::naming::snake_case), "value", "n");
}

/// A type name: PascalCase (`access-profile` -> `AccessProfile`).
std::string type_identifier(std::string_view name) {
    return fix_identifier(apply_naming(sanitize(name), djson::naming::pascal_case), "Schema", "N");
}

/// An enumerator: the value itself when it is an identifier, else a sanitized form (the key is overridden).
std::string enumerator_identifier(std::string_view value) {
    std::string id = sanitize(value);
    return fix_identifier(id, "empty", "n");
}

std::string pascal_key(std::string_view key) {
    std::string p = apply_naming(sanitize(key), djson::naming::pascal_case);
    std::erase(p, '_');
    return p;
}

/// The first sentence of a description, on one line, for a comment.
std::string first_sentence(const std::optional<std::string>& text, std::size_t limit = 100) {
    if (!text)
        return {};
    std::string flat;
    for (char c : *text) {
        bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (space) {
            if (!flat.empty() && flat.back() != ' ')
                flat += ' ';
        } else if (static_cast<unsigned char>(c) >= 0x20) {
            flat += c;
        }
    }
    while (!flat.empty() && flat.back() == ' ')
        flat.pop_back();
    for (std::size_t i = 0; i + 1 <= flat.size(); ++i) {
        char c = flat[i];
        if ((c == '.' || c == '!' || c == '?') && (i + 1 == flat.size() || flat[i + 1] == ' ')) {
            bool abbreviation =
                i >= 3 && (flat.compare(i - 3, 3, "e.g") == 0 || flat.compare(i - 3, 3, "i.e") == 0);
            if (!abbreviation) {
                flat.resize(i + 1);
                break;
            }
        }
    }
    if (flat.size() > limit) {
        std::size_t cut = flat.rfind(' ', limit - 3);
        flat.resize(cut == std::string::npos || cut < limit / 2 ? limit - 3 : cut);
        while (!flat.empty() && (flat.back() == ',' || flat.back() == ';' || flat.back() == ':'))
            flat.pop_back();
        // never cut a UTF-8 sequence in two
        while (!flat.empty() && (static_cast<unsigned char>(flat.back()) & 0xC0) == 0x80)
            flat.pop_back();
        if (!flat.empty() && static_cast<unsigned char>(flat.back()) >= 0xC0)
            flat.pop_back();
        flat += "...";
    }
    while (!flat.empty() && flat.back() == '\\') // a trailing backslash would continue the // comment
        flat.pop_back();
    return flat;
}

/// A C++ string literal holding `text` (UTF-8 kept as it is; controls, quotes and backslashes escaped).
std::string cpp_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (u < 0x20 || u == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", u);
            out += buf;
        } else if (c == '?') {
            out += "\\?"; // no trigraph can form, whatever follows
        } else {
            out += c;
        }
    }
    return out + '"';
}

std::string json_text(const boost::json::value& v) {
    return boost::json::serialize(v);
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : sep) + items[i];
    return out;
}

// ---- the type model ------------------------------------------------------------------------------------

/// A C++ type expression and what it needs.
struct ctype {
    std::string text;                 // e.g. `std::vector<Pet>` (unqualified inside the namespace)
    std::set<int> complete;           // definitions that must be complete where the type is used
    std::set<int> weak;               // definitions that need only be declared (inside a vector or map)
    std::set<std::string> includes;   // `<vector>`, `<djson/std_types.hpp>`
    std::vector<std::string> options; // member options: the schema's constraints on this value
    bool nullable = false;            // the schema admits null (the member wraps it)
    int def = -1;                     // the definition this type names, if any
    bool boxable = false;             // a struct: can be held by pointer to break a cycle
};

ctype simple(std::string text, std::set<std::string> includes) {
    ctype t;
    t.text = std::move(text);
    t.includes = std::move(includes);
    return t;
}

struct member_def {
    std::string comment_suffix; // ` (default 5)` when the default is documented, not applied
    std::string cpp;
    std::string key;
    std::string type;
    std::string init; // ` = 5` or empty
    std::string comment;
    std::vector<std::string> options;
    location where;
};

struct definition {
    enum kind_t { model, enumeration, variant, alias, alias_of_component } kind = alias;
    std::string name;
    location where;
    bool named = false; // a schema of its own (a header), not an inline part of another
    int header = -1;    // the named definition whose header holds it
    bool building = true;
    std::string comment;
    bool nullable = false;

    // model
    std::vector<int> bases;
    std::vector<member_def> members;
    std::vector<std::string> model_options; // DJSON_MODEL options besides members'
    std::set<std::string> keys;             // every JSON key the model declares, bases included
    std::set<std::string> required;         // the required keys among them
    bool captures = false;                  // has (or inherits) a djson::additional_properties member
    bool rejects = false;                   // unknown_keys::reject

    // enumeration
    std::vector<std::pair<std::string, std::string>> enumerators; // C++ name, JSON value

    // variant
    bool order_free = false; // an untagged oneOf: exactly one alternative accepts, so their order is free
    std::vector<std::string> alternatives;
    std::vector<std::string> variant_options; // DJSON_VARIANT arguments

    // alias (and the value type of a named primitive, array or map schema)
    ctype aliased;
    // A named scalar/array/map with constraints of its own: a djson::refined<aliased.text, NAME_rules>, so
    // that they are checked wherever the type is read, a whole document included.
    std::vector<std::string> rules;

    std::set<int> complete, weak;
    std::set<std::string> includes;
};

class generator {
  public:
    generator(source_set& sources, const generator_options& options) : src_(sources), opt_(options) {}

    generation run();

    /// Instead of run(): the places of every schema that gets a name of its own. The definitions are built
    /// (named as they are reached); nothing is emitted.
    std::vector<location> named_places() {
        walk_document();
        std::vector<location> out;
        for (const auto& d : defs_)
            if (d.named && d.kind != definition::alias_of_component)
                out.push_back(d.where);
        return out;
    }
    /// Names fixed beforehand: see generate().
    void reserve(const location& where, std::string name) {
        take(name);
        reserved_.emplace(where, std::move(name));
    }

  private:
    std::map<location, std::string> reserved_;
    bool v30_ = false; // OpenAPI 3.0: the siblings of a $ref are ignored
    source_set& src_;
    const generator_options& opt_;
    generation out_;
    std::deque<definition> defs_; // stable references while definitions are added
    definition& def(int id) { return defs_[static_cast<std::size_t>(id)]; }
    const definition& def(int id) const { return defs_[static_cast<std::size_t>(id)]; }
    std::map<location, int> by_location_;
    std::set<std::string> names_;
    // The names in lower case: each is a header file name too, and `Pet.hpp` and `PET.hpp` (or `All.hpp` and
    // the `all.hpp` every run writes) are one file on case-insensitive file systems.
    std::set<std::string> folded_ = {"all"};
    static std::string fold(std::string_view name) {
        std::string f(name);
        for (char& c : f)
            if (c >= 'A' && c <= 'Z')
                c = static_cast<char>(c - 'A' + 'a');
        return f;
    }
    bool taken(const std::string& name) const { return folded_.count(fold(name)) > 0; }
    void take(const std::string& name) {
        names_.insert(name);
        folded_.insert(fold(name));
    }
    std::map<location, std::unique_ptr<Schema>> schemas_;
    // oneOf members whose alternative a sibling enum names (found by build_model, used by build_variant)
    struct chooser {
        std::string key;                 // the sibling
        std::vector<std::string> values; // its enum values
    };
    std::map<location, chooser> choosers_;

    void note(const location& where, std::string message) {
        out_.reports.push_back({where, std::move(message)});
    }
    void note_broken(const location& where, const std::string& why, const char* mapped = "") {
        out_.reports.push_back(
            {where, "broken reference: " + why + (opt_.allow_broken_refs ? mapped : ""), true});
    }

    // Integers the loader read as the nearest double (beyond int64, uint64 and double): each is reported
    // once, by whoever uses it (a bound, a default) or else by run().
    std::set<location> inexact_reported_;
    /// The text as written of such an integer at `where` (nullptr for any other value); the caller reports
    /// it.
    const std::string* inexact_at(const location& where) {
        const std::string* text = src_.inexact_integer_at(where);
        if (text)
            inexact_reported_.insert(where);
        return text;
    }

    std::string qualified(const std::string& name) const { return opt_.cpp_namespace + "::" + name; }

    /// `std::vector<Pet>` -> `std::vector<api::Pet>`: every definition's name in a type, qualified.
    std::string qualify_type(const std::string& text) const {
        std::string out;
        std::size_t i = 0;
        while (i < text.size()) {
            if (std::isalpha(static_cast<unsigned char>(text[i])) || text[i] == '_') {
                std::size_t j = i;
                while (j < text.size() &&
                       (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '_'))
                    ++j;
                std::string word = text.substr(i, j - i);
                bool after_colon = i >= 2 && text[i - 1] == ':' && text[i - 2] == ':';
                bool before_colon = j + 1 < text.size() && text[j] == ':' && text[j + 1] == ':';
                out += (!after_colon && !before_colon && names_.count(word)) ? qualified(word) : word;
                i = j;
            } else {
                out += text[i++];
            }
        }
        return out;
    }
    std::map<std::string, std::string> header_of_name_; // a definition's name -> the header that declares it

    const Schema* schema_at(const location& where);
    /// The schema a `$ref` names, through any chain of references (a components entry that is only a `$ref`
    /// is not a schema of its own).
    source_set::target resolve_schema(std::string_view ref, const location& from) {
        return src_.follow(src_.resolve(ref, from).where);
    }
    std::string unique_type_name(std::string base, const location& where);

  public:
    std::string name_for(const location& where);

  private:
    int define(const location& where);
    ctype named_type(const location& where) { return type_naming(define(where)); }
    ctype type_naming(int id) const;
    ctype type_of(const Schema& s, const location& where, const std::string& suggested, int header);
    // The schema a part of an allOf (or any schema) stands for: through its $ref, or itself; nullptr for a
    // broken reference.
    const Schema* resolved(const Schema& s, const location& where);
    std::string implicit_tag(int alt, const std::string& prop, const std::string& name);
    bool scalar_all_of(const Schema& s, const location& where);
    ctype all_of_type(const Schema& s, const location& where, const std::string& suggested, int header);
    ctype scalar_type(const Schema& s, const location& where, const std::string& kind);
    std::vector<std::string> constraints(const Schema& s, const location& where, const std::string& kind);
    void unknown_keywords(const Schema& s, const location& where);
    void build(int id, const Schema& s);
    void build_model(int id, const Schema& s);
    void build_enum(int id, const Schema& s);
    void build_variant(int id, const Schema& s, bool any_of);
    void build_variant_alternatives(int id, const Schema& s, bool any_of);
    std::string sibling_chooser(const Schema& prop, const location& where, const std::string& key,
                                const Schema& object, const location& object_where);
    std::string default_literal(const Schema& s, const ctype& t, const location& where, const Schema& target);
    std::string default_initializer(const Schema& s, const ctype& t, const location& where,
                                    const Schema& target);
    const Schema* default_holder(const Schema& s, const Schema& target, const location& where,
                                 location& dloc);
    void walk_document();
    void walk_body(const spec::Body& body, const location& where, std::string name, const char* context);
    std::vector<generated_file> emit();
    std::string emit_definition(const definition& d) const;
};

// ---- reading schemas -----------------------------------------------------------------------------------

namespace {
// The keywords whose value is a schema, a list of schemas, or a map of them (3.1 allows `true` and `false`
// in each place; additionalProperties keeps its own bool, which the Schema model reads).
bool schema_keyword(std::string_view k) {
    return k == "items" || k == "not" || k == "contains" || k == "if" || k == "then" || k == "else" ||
           k == "propertyNames" || k == "unevaluatedItems" || k == "unevaluatedProperties";
}
bool schema_list_keyword(std::string_view k) {
    return k == "allOf" || k == "anyOf" || k == "oneOf" || k == "prefixItems";
}
bool schema_map_keyword(std::string_view k) {
    return k == "properties" || k == "patternProperties" || k == "$defs" || k == "definitions" ||
           k == "dependentSchemas";
}

template <class F> void for_each_subschema(const boost::json::object& o, F&& f) {
    for (const auto& kv : o) {
        if (schema_keyword(kv.key()))
            f(kv.value());
        else if (schema_list_keyword(kv.key()) && kv.value().is_array())
            for (const auto& x : kv.value().get_array())
                f(x);
        else if (schema_map_keyword(kv.key()) && kv.value().is_object())
            for (const auto& x : kv.value().get_object())
                f(x.value());
    }
}

/// Whether a schema object holds a boolean schema (3.1: `items: false`, a property `true`) anywhere below.
bool has_boolean_schema(const boost::json::value& v) {
    if (!v.is_object())
        return false;
    bool found = false;
    for_each_subschema(v.get_object(), [&](const boost::json::value& x) {
        found = found || x.is_bool() || has_boolean_schema(x);
    });
    return found;
}

/// The same schema with each boolean schema below written as the object that means the same: `true` as {},
/// `false` as {"not": {}} (which the generator then reports: nothing is dropped silently).
boost::json::value as_object_schemas(const boost::json::value& v) {
    if (v.is_bool())
        return v.get_bool() ? boost::json::value(boost::json::object())
                            : boost::json::value({{"not", boost::json::object()}});
    if (!v.is_object())
        return v;
    boost::json::object out;
    for (const auto& kv : v.get_object()) {
        const auto& k = kv.key();
        if (schema_keyword(k)) {
            out[k] = as_object_schemas(kv.value());
        } else if (schema_list_keyword(k) && kv.value().is_array()) {
            boost::json::array a;
            for (const auto& x : kv.value().get_array())
                a.push_back(as_object_schemas(x));
            out[k] = std::move(a);
        } else if (schema_map_keyword(k) && kv.value().is_object()) {
            boost::json::object m;
            for (const auto& x : kv.value().get_object())
                m[x.key()] = as_object_schemas(x.value());
            out[k] = std::move(m);
        } else {
            out[k] = kv.value();
        }
    }
    return out;
}
/// How the spec's objects are read through their djson models: as deep as the loader reads (an example or an
/// extension may nest deeper than djson's default of 64).
djson::options spec_options() {
    djson::options o;
    o.max_depth = parse_limits{}.max_depth;
    return o;
}

/// An OpenAPI object (a document, a path item, a request body) with the boolean schemas in its `schema` and
/// `schemas` places written as objects (as_object_schemas); examples, defaults and extensions are data and
/// stay as they are.
boost::json::value as_object_document(const boost::json::value& v) {
    if (v.is_array()) {
        boost::json::array a;
        for (const auto& x : v.get_array())
            a.push_back(as_object_document(x));
        return a;
    }
    if (!v.is_object())
        return v;
    boost::json::object out;
    for (const auto& kv : v.get_object()) {
        const auto& k = kv.key();
        if (k == "example" || k == "examples" || k == "default" || k == "const" || k == "enum" ||
            k.starts_with("x-")) {
            out[k] = kv.value();
        } else if (k == "schema") {
            out[k] = as_object_schemas(kv.value());
        } else if (k == "schemas" && kv.value().is_object()) {
            boost::json::object m;
            for (const auto& x : kv.value().get_object())
                m[x.key()] = as_object_schemas(x.value());
            out[k] = std::move(m);
        } else {
            out[k] = as_object_document(kv.value());
        }
    }
    return out;
}
} // namespace

namespace {
/// 3.1's `const` of a string or a number is a one-value `enum` (an enum class of one value, or
/// djson::allowed_values), in `s` and every schema inside it. Other consts stay, and are reported.
void const_as_enum(Schema& s) {
    if (s.const_value && *s.const_value && !s.const_value->value().is_null() && !s.enum_values) {
        const boost::json::value& c = s.const_value->value();
        if (c.is_string() || c.is_number()) {
            s.enum_values = std::vector<boost::json::value>{c};
            s.const_value.reset();
        }
    }
    auto each = [](auto& list) {
        if (list)
            for (auto& x : *list)
                const_as_enum(x);
    };
    each(s.all_of);
    each(s.one_of);
    each(s.any_of);
    each(s.prefix_items);
    if (s.properties)
        for (auto& [k, x] : *s.properties)
            const_as_enum(x);
    if (s.items && *s.items)
        const_as_enum(**s.items);
    if (s.not_ && *s.not_)
        const_as_enum(**s.not_);
    if (s.additional_properties)
        if (auto* box = std::get_if<spec::SchemaBox>(&*s.additional_properties); box && *box)
            const_as_enum(**box);
}
} // namespace

/// The discriminator value of an alternative no mapping names: the schema's name (OpenAPI), unless the
/// alternative's own `prop` allows exactly one string (3.1's `type: {const: card}`, or a one-value enum):
/// only that value can ever be valid for it.
std::string generator::implicit_tag(int alt, const std::string& prop, const std::string& name) {
    if (alt < 0)
        return name;
    const Schema* s = schema_at(def(alt).where);
    if (!s->properties)
        return name;
    auto p = s->properties->find(prop);
    if (p == s->properties->end())
        return name;
    const Schema* ps = resolved(p->second, def(alt).where.child("properties").child(prop));
    if (ps && ps->enum_values && ps->enum_values->size() == 1 && ps->enum_values->front().is_string())
        return std::string(ps->enum_values->front().get_string());
    return name;
}

const Schema* generator::schema_at(const location& where) {
    auto it = schemas_.find(where);
    if (it != schemas_.end())
        return it->second.get();
    const boost::json::value& v = src_.at(where);
    auto s = std::make_unique<Schema>();
    if (v.is_bool()) { // 3.1: `true` is {}, `false` accepts nothing
        if (!v.get_bool())
            s->not_ = std::make_unique<Schema>();
    } else {
        boost::json::value copy;
        const boost::json::value& readable = has_boolean_schema(v) ? (copy = as_object_schemas(v)) : v;
        djson::errors errs = djson::read_value(*s, readable, spec_options());
        if (!errs.empty()) {
            for (const auto& e : errs)
                note(location{where.file, where.pointer + e.path},
                     "not a valid Schema Object: " + e.message());
            note(where, "this schema could not be read; it is mapped as any JSON value (djson::raw_json)");
            *s = Schema{};
        }
        const_as_enum(*s);
    }
    return schemas_.emplace(where, std::move(s)).first->second.get();
}

/// Reports the keywords of `s` that the generator does not know (they would be constraints dropped silently),
/// and the unmappable ones it knows.
namespace {
std::string single_type(const Schema& s);
} // namespace

void generator::unknown_keywords(const Schema& s, const location& where) {
    // nothing to check (the schemas of `$defs` and `definitions` are reached through $ref when used)
    static const std::set<std::string, std::less<>> silent = {"$schema", "$id", "$anchor", "$defs",
                                                              "definitions"};
    static const std::set<std::string, std::less<>> annotations = {"contentMediaType", "contentEncoding"};
    for (const auto& e : s.extra) {
        if (e.key.rfind("x-", 0) == 0 || silent.count(e.key))
            continue;
        if (e.key == "contentEncoding" && e.json == "\"base64\"" && single_type(s) == "string" && !s.format)
            continue; // a djson::bytes, which checks it
        if (annotations.count(e.key))
            note(where.child(e.key), "keyword `" + e.key + "` is not checked (annotation only)");
        else
            note(where.child(e.key),
                 "keyword `" + e.key + "` is not mapped: the generated model does not check it");
    }
    if (!v30_ && s.nullable && *s.nullable)
        note(where.child("nullable"),
             "`nullable` is not an OpenAPI 3.1 keyword (3.1 writes type: [..., \"null\"]): "
             "honoured, null is accepted");
    if (s.not_) {
        const boost::json::value* written = nullptr;
        try {
            written = &src_.at(where);
        } catch (const source_error&) {
        }
        if (written && written->is_bool()) // 3.1's `false`, read as {not: {}}
            note(where,
                 "the schema `false` (no value is valid) is not mapped: the generated model accepts any "
                 "value here");
        else
            note(where.child("not"), "`not` is not mapped: the generated model does not check it");
    }
    if (s.const_value)
        note(where.child("const"), "`const` is not mapped: the generated model does not check it");
    if (s.prefix_items)
        note(where.child("prefixItems"),
             "`prefixItems` is not mapped: the generated model does not check it");
}

// ---- names of definitions ------------------------------------------------------------------------------

std::string generator::unique_type_name(std::string base, const location& where) {
    if (!taken(base)) {
        take(base);
        return base;
    }
    // qualify by the folder the schema's file is in, then number
    std::string folder;
    auto slash = where.file.rfind('/');
    if (slash != std::string::npos) {
        auto prev = where.file.rfind('/', slash - 1);
        folder = where.file.substr(prev == std::string::npos ? 0 : prev + 1,
                                   slash - (prev == std::string::npos ? 0 : prev + 1));
    }
    std::string qualified_name = type_identifier(folder) + base;
    if (!folder.empty() && !taken(qualified_name)) {
        take(qualified_name);
        return qualified_name;
    }
    for (int n = 2;; ++n) {
        std::string candidate = base + std::to_string(n);
        if (!taken(candidate)) {
            take(candidate);
            return candidate;
        }
    }
}

// ---- definitions ---------------------------------------------------------------------------------------

namespace {
bool has_type(const Schema& s, std::string_view t) {
    if (!s.type)
        return false;
    if (auto one = std::get_if<std::string>(&*s.type))
        return *one == t;
    const auto& many = std::get<std::vector<std::string>>(*s.type);
    return std::find(many.begin(), many.end(), t) != many.end();
}

/// The one non-null type a schema names ("" for none or several).
std::string single_type(const Schema& s) {
    if (!s.type)
        return {};
    if (auto one = std::get_if<std::string>(&*s.type))
        return *one;
    std::string found;
    for (const auto& t : std::get<std::vector<std::string>>(*s.type)) {
        if (t == "null")
            continue;
        if (!found.empty())
            return {};
        found = t;
    }
    return found;
}

bool flag(const Schema& s, std::optional<bool> Schema::*member);

bool admits_null(const Schema& s) {
    return flag(s, &Schema::nullable) || has_type(s, "null");
}

bool is_object_schema(const Schema& s) {
    return s.properties || s.all_of ||
           (has_type(s, "object") && s.additional_properties &&
            std::holds_alternative<bool>(*s.additional_properties) &&
            !std::get<bool>(*s.additional_properties));
}

bool is_string_enum(const Schema& s) {
    if (!s.enum_values || s.enum_values->empty())
        return false;
    for (const auto& v : *s.enum_values)
        if (!v.is_string() && !v.is_null())
            return false;
    return true;
}

/// `allOf: [ {$ref} ]` with nothing else that constrains: the referenced schema, annotated.
/// A part that only annotates (3.0's `allOf: [{$ref}, {nullable: true}]` idiom): no type, no constraint.
bool annotation_only(const Schema& p, bool allow_type = false) {
    if (p.ref || (p.type && !allow_type) || p.format || p.enum_values || p.const_value || p.minimum ||
        p.maximum || p.exclusive_minimum || p.exclusive_maximum || p.multiple_of || p.min_length ||
        p.max_length || p.pattern || p.min_items || p.max_items || p.unique_items || p.min_properties ||
        p.max_properties || p.required || p.properties || p.additional_properties || p.items ||
        p.prefix_items || p.all_of || p.one_of || p.any_of || p.not_ || p.discriminator)
        return false;
    for (const auto& e : p.extra)
        if (e.key.rfind("x-", 0) != 0)
            return false;
    return true;
}

/// `allOf: [ {$ref} ]`, with nothing else that constrains (parts that only annotate aside): the referenced
/// schema, annotated.
const Schema* lone_all_of_ref(const Schema& s) {
    if (!s.all_of || s.properties || s.one_of || s.any_of || s.items || s.additional_properties ||
        s.enum_values)
        return nullptr;
    const Schema* ref = nullptr;
    for (const auto& part : *s.all_of) {
        if (part.ref && !ref)
            ref = &part;
        else if (!annotation_only(part, true)) // `type` alone repeats what the referenced schema says
            return nullptr;
    }
    return ref;
}

/// A flag (nullable, readOnly, ...) of `s` or of one of its annotation-only allOf parts.
bool flag(const Schema& s, std::optional<bool> Schema::*member) {
    if ((s.*member).value_or(false))
        return true;
    if (s.all_of)
        for (const auto& part : *s.all_of)
            if (annotation_only(part) && (part.*member).value_or(false))
                return true;
    return false;
}
} // namespace

/// The name of the schema at `where` (made unique among the names given so far).
std::string generator::name_for(const location& where) {
    std::string base;
    {
        std::string_view p = where.pointer;
        if (p.empty()) {
            std::string_view f = where.file;
            if (auto slash = f.rfind('/'); slash != std::string_view::npos)
                f = f.substr(slash + 1);
            if (auto dot = f.rfind('.'); dot != std::string_view::npos)
                f = f.substr(0, dot);
            base = type_identifier(f);
        } else {
            std::string last(p.substr(p.rfind('/') + 1));
            // unescape ~1 ~0
            std::string un;
            for (std::size_t i = 0; i < last.size(); ++i) {
                if (last[i] == '~' && i + 1 < last.size()) {
                    un += last[i + 1] == '1' ? '/' : '~';
                    ++i;
                } else {
                    un += last[i];
                }
            }
            base = type_identifier(un);
        }
    }
    return unique_type_name(base, where);
}

int generator::define(const location& where) {
    if (auto it = by_location_.find(where); it != by_location_.end())
        return it->second;
    const Schema* s = schema_at(where);
    int id = static_cast<int>(defs_.size());
    defs_.emplace_back();
    auto reserved = reserved_.find(where);
    def(id).name = reserved != reserved_.end() ? reserved->second : name_for(where);
    def(id).where = where;
    def(id).named = true;
    def(id).header = id;
    by_location_[where] = id;
    ++out_.schemas;
    build(id, *s);
    return id;
}

/// The type that names definition `id`.
ctype generator::type_naming(int id) const {
    const definition& d = def(id);
    ctype t;
    if (d.kind == definition::alias && !d.building) {
        t = d.aliased; // a named scalar, array or map (its constraints are in the refined type, if any)
        t.weak.clear();
        t.options.clear();
    } else {
        t.nullable = d.nullable;
        t.boxable = d.kind == definition::model;
    }
    t.text = d.name;
    t.complete = {id};
    t.def = id;
    return t;
}

void generator::build(int id, const Schema& s) {
    def(id).comment = first_sentence(s.description ? s.description : s.title);
    def(id).nullable = admits_null(s);
    unknown_keywords(s, def(id).where);
    if (s.one_of || s.any_of) {
        build_variant(id, s, !s.one_of);
    } else if (is_string_enum(s) && (single_type(s) == "string" || single_type(s).empty())) {
        build_enum(id, s);
    } else if (is_object_schema(s) && !lone_all_of_ref(s) && !scalar_all_of(s, def(id).where)) {
        build_model(id, s);
    } else {
        def(id).kind = definition::alias;
        location where = def(id).where;
        ctype t = type_of(s, where, def(id).name + "Value", def(id).header);
        if (t.def == id || t.complete.count(id) || t.weak.count(id)) {
            note(where, "a schema that contains itself without an object in between cannot be a C++ type: "
                        "mapped as any JSON value");
            t = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
        }
        def(id).rules = t.options; // checked by the type itself: djson::refined
        if (!t.options.empty())
            t.includes.insert("<tuple>");
        def(id).aliased = t;
        def(id).complete = t.complete;
        def(id).weak = t.weak;
        def(id).includes = t.includes;
        def(id).nullable = t.nullable;
    }
    def(id).building = false;
}

/// The inline definitions of schemas without a name of their own.
namespace {
std::string number_literal(const boost::json::value& v) {
    if (v.is_int64()) {
        std::int64_t i = v.get_int64();
        if (i == std::numeric_limits<std::int64_t>::min())
            return "(-9223372036854775807LL - 1)";
        if (i >= -2147483647 && i <= 2147483647)
            return std::to_string(i);
        return std::to_string(i) + "LL";
    }
    if (v.is_uint64())
        return std::to_string(v.get_uint64()) + "ULL";
    if (v.is_double()) {
        char buf[64];
        auto r = std::to_chars(buf, buf + sizeof buf, v.get_double());
        std::string text(buf, r.ptr);
        if (text.find_first_of(".e") == std::string::npos)
            text += ".0";
        return text;
    }
    return {};
}
} // namespace

const Schema* generator::resolved(const Schema& s, const location& where) {
    if (!s.ref)
        return &s;
    try {
        return schema_at(resolve_schema(*s.ref, where).where);
    } catch (const source_error&) {
        return nullptr; // reported where the reference is mapped
    }
}

/// An allOf that is not an object: every part (through its $ref) constrains one value that is not an object
/// (`allOf: [{type: integer}, {minimum: 1}]`, `allOf: [{$ref: Percent}, {maximum: 50}]`). Such a value is the
/// type part's, with the constraints of every part: djson checks member constraints together.
bool generator::scalar_all_of(const Schema& s, const location& where) {
    if (!s.all_of || s.all_of->empty() || s.properties || s.additional_properties || has_type(s, "object") ||
        s.one_of || s.any_of || s.discriminator || s.required || lone_all_of_ref(s))
        return false;
    for (std::size_t i = 0; i < s.all_of->size(); ++i) {
        const Schema* p = resolved((*s.all_of)[i], where.child("allOf").child(i));
        if (!p)
            return false;
        if (p->properties || p->additional_properties || has_type(*p, "object") || p->all_of || p->one_of ||
            p->any_of || p->discriminator || p->required)
            return false;
    }
    return true;
}

ctype generator::all_of_type(const Schema& s, const location& where, const std::string& suggested,
                             int header) {
    // the part that gives the type: the first with a $ref or a type (the schema's own type otherwise)
    const auto& parts = *s.all_of;
    std::size_t typed = parts.size();
    for (std::size_t i = 0; i < parts.size() && typed == parts.size(); ++i)
        if (parts[i].ref || parts[i].type)
            typed = i;
    location tloc = typed < parts.size() ? where.child("allOf").child(typed) : where;
    const Schema* ts = typed < parts.size() ? resolved(parts[typed], tloc) : &s;
    std::string kind = single_type(*ts).empty() ? single_type(s) : single_type(*ts);
    ctype t;
    if (typed < parts.size()) {
        t = type_of(parts[typed], tloc, suggested, header);
    } else if (!kind.empty()) {
        t = scalar_type(s, where, kind);
    } else {
        t = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
        note(where, "an allOf with no type in any part: any JSON value, its validators not checked");
        return t;
    }
    if (s.type && !single_type(s).empty() && single_type(s) != kind)
        note(where.child("type"), "the allOf's type `" + single_type(s) + "` contradicts its part's `" +
                                      kind + "`: no value is valid; the part's type is used");
    // null: when the schema says so (3.0's `allOf: [..., {nullable: true}]` too), or when every part that
    // names a type admits it (3.1's type lists)
    bool every_typed_part_null = true;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        location ploc = where.child("allOf").child(i);
        const Schema* p = resolved(parts[i], ploc);
        if (p->type && !admits_null(*p))
            every_typed_part_null = false;
        if (i == typed)
            continue;
        if (p->type && !single_type(*p).empty() && single_type(*p) != kind)
            note(ploc.child("type"), "this part's type `" + single_type(*p) + "` contradicts `" + kind +
                                         "`: no value is valid; `" + kind + "` is used");
        if (p->format && p->format != ts->format)
            note(ploc.child("format"), "format `" + *p->format + "` of a second allOf part is not checked");
        if (p->enum_values)
            note(ploc.child("enum"), "an enum in a second allOf part is not checked");
        std::vector<std::string> more;
        if (parts[i].ref) { // a named schema's constraints, as where it is a member
            ctype r = type_of(parts[i], ploc, suggested, header);
            more = r.def >= 0 ? def(r.def).rules : std::vector<std::string>{};
            more.insert(more.end(), r.options.begin(), r.options.end());
        } else {
            unknown_keywords(*p, ploc);
            more = constraints(*p, ploc, kind);
        }
        t.options.insert(t.options.end(), more.begin(), more.end());
    }
    bool nullable = admits_null(s) || (!s.type && every_typed_part_null && typed < parts.size());
    auto own = constraints(s, where, kind);
    t.options.insert(t.options.end(), own.begin(), own.end());
    t.nullable = nullable;
    return t;
}

ctype generator::type_of(const Schema& s, const location& where, const std::string& suggested, int header) {
    if (s.ref) {
        source_set::target target;
        try {
            target = resolve_schema(*s.ref, where);
        } catch (const source_error& e) {
            note_broken(where.child("$ref"), e.what(), "; mapped as any JSON value");
            return simple("djson::raw_json", {"<djson/raw_json.hpp>"});
        }
        ctype t = named_type(target.where);
        if (admits_null(s)) {
            t.nullable = true; // 3.1: {$ref, type: [..., null]} / a sibling `nullable` some 3.0 specs write
            if (v30_)
                note(where, "`nullable` next to a $ref, which OpenAPI 3.0 says to ignore: honoured (null is "
                            "accepted)");
        }
        // constraints next to the $ref: they apply in 3.1; OpenAPI 3.0 says to ignore them
        const Schema* ts = schema_at(target.where);
        auto own = constraints(s, where, single_type(*ts).empty() ? "" : single_type(*ts));
        if (!own.empty()) {
            if (v30_)
                note(where, "constraints next to a $ref are ignored (OpenAPI 3.0 ignores a $ref's siblings)");
            else
                t.options.insert(t.options.end(), own.begin(), own.end());
        }
        return t;
    }
    if (const Schema* lone = lone_all_of_ref(s)) {
        auto index = static_cast<std::size_t>(lone - s.all_of->data());
        ctype t = type_of(*lone, where.child("allOf").child(index), suggested, header);
        if (admits_null(s))
            t.nullable = true;
        const Schema* ts = resolved(*lone, where.child("allOf").child(index));
        auto own = constraints(s, where, ts ? single_type(*ts) : std::string{});
        t.options.insert(t.options.end(), own.begin(), own.end());
        return t;
    }
    if (scalar_all_of(s, where))
        return all_of_type(s, where, suggested, header);
    bool inline_def = s.one_of || s.any_of ||
                      (is_string_enum(s) && (single_type(s) == "string" || single_type(s).empty())) ||
                      is_object_schema(s);
    if (inline_def) {
        // the same place reached again (a response file many operations share): the same type
        if (auto seen = by_location_.find(where); seen != by_location_.end())
            return type_naming(seen->second);
        int id = static_cast<int>(defs_.size());
        defs_.emplace_back();
        def(id).name = unique_type_name(type_identifier(suggested), where);
        def(id).where = where;
        def(id).header = header;
        by_location_[where] = id;
        if (header < 0) { // a body's inline schema: a header of its own
            def(id).named = true;
            def(id).header = id;
        }
        build(id, s);
        ctype t;
        t.text = def(id).name;
        t.complete = {id};
        t.def = id;
        t.nullable = def(id).nullable;
        t.boxable = def(id).kind == definition::model;
        return t;
    }
    unknown_keywords(s, where);
    std::string kind = single_type(s);
    if (s.type && kind.empty() && std::holds_alternative<std::vector<std::string>>(*s.type)) {
        std::size_t non_null = 0;
        for (const auto& t : std::get<std::vector<std::string>>(*s.type))
            non_null += t != "null";
        if (non_null > 1) {
            note(where.child("type"),
                 "a list of several types is mapped as any JSON value (djson::raw_json)");
            ctype t = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
            t.nullable = admits_null(s);
            return t;
        }
    }
    if (kind.empty()) { // no type: guess from the keywords used, as validators would apply them
        if (s.items)
            kind = "array";
        else if (s.additional_properties)
            kind = "object";
    }
    ctype t;
    if (kind == "array") {
        if (!s.items) {
            t = simple("std::vector<djson::raw_json>", {"<vector>", "<djson/raw_json.hpp>"});
        } else {
            ctype item = type_of(**s.items, where.child("items"), suggested + "Item", header);
            if (!item.options.empty()) // the item's own constraints, on each item
                t.options.push_back("djson::items(" + join(item.options, ", ") + ")");
            std::string inner = item.nullable ? "djson::nullable<" + item.text + ">" : item.text;
            t.text = "std::vector<" + inner + ">";
            t.weak = item.complete;
            t.weak.insert(item.weak.begin(), item.weak.end());
            t.includes = item.includes;
            t.includes.insert("<vector>");
        }
    } else if (kind == "object") {
        const Schema* value = nullptr;
        location vloc = where.child("additionalProperties");
        if (s.additional_properties)
            if (auto box = std::get_if<spec::SchemaBox>(&*s.additional_properties); box && *box)
                value = box->get();
        if (value) {
            ctype v = type_of(*value, vloc, suggested + "Value", header);
            if (!v.options.empty()) // the value's own constraints, on each value
                t.options.push_back("djson::values(" + join(v.options, ", ") + ")");
            std::string inner = v.nullable ? "djson::nullable<" + v.text + ">" : v.text;
            t.text = "std::map<std::string, " + inner + ">";
            t.weak = v.complete;
            t.weak.insert(v.weak.begin(), v.weak.end());
            t.includes = v.includes;
            t.includes.insert({"<map>", "<string>"});
        } else {
            // free-form: any object, each value kept exactly
            t = simple("std::map<std::string, djson::raw_json>",
                       {"<map>", "<string>", "<djson/raw_json.hpp>"});
        }
    } else if (kind.empty()) {
        t = simple("djson::raw_json", {"<djson/raw_json.hpp>"});

        if (s.enum_values)
            note(where.child("enum"), "an enum of non-string values is not checked");
        if (s.minimum || s.maximum || s.exclusive_minimum || s.exclusive_maximum || s.multiple_of ||
            s.min_length || s.max_length || s.pattern || s.min_items || s.max_items || s.unique_items ||
            s.min_properties || s.max_properties || s.format)
            note(where, "validators on a schema without a `type` are not checked (it is any JSON value)");
    } else {
        t = scalar_type(s, where, kind);
    }
    // any value, null included: JSON Schema's `{}`, and OpenAPI 3.0's too (3.0.3: `nullable` adds null only
    // to an explicit `type`; without one, the schema's own keywords decide, and `{}` takes every value)
    t.nullable = admits_null(s) || (kind.empty() && !s.type);
    auto own = constraints(s, where, kind);
    t.options.insert(t.options.end(), own.begin(), own.end());
    if (s.enum_values && (kind == "integer" || kind == "number")) {
        std::vector<std::string> values;
        for (const auto& v : *s.enum_values) {
            if (v.is_null())
                continue; // the member's nullability
            std::string lit = number_literal(v);
            if (lit.empty() ||
                (kind == "integer" && v.is_double() && v.get_double() != std::trunc(v.get_double()))) {
                note(where.child("enum"), "enum value " + json_text(v) + " is not " +
                                              (kind == "integer" ? "an integer" : "a number") +
                                              ": it can never be read, left out");
                continue;
            }
            values.push_back(lit);
        }
        if (!values.empty())
            t.options.push_back("djson::allowed_values(" + join(values, ", ") + ")");
        else
            note(where.child("enum"), "an enum with no " + kind + " value: not checked");
    } else if (s.enum_values && kind != "string" && !kind.empty()) {
        note(where.child("enum"), "an enum of " + kind + " values is not checked");
    }
    return t;
}

ctype generator::scalar_type(const Schema& s, const location& where, const std::string& kind) {
    std::string format = s.format.value_or("");
    if (kind == "string") {
        if (format == "date-time")
            return simple("djson::timestamp", {"<djson/timestamp.hpp>"});
        if (format == "date")
            return simple("djson::date", {"<djson/std_types.hpp>"});
        if (format == "byte" || (format.empty() && s.extra.find("contentEncoding") &&
                                 s.extra.get("contentEncoding") == boost::json::value("base64")))
            return simple("djson::bytes", {"<djson/std_types.hpp>"});
        static const std::set<std::string, std::less<>> checked = {"uuid", "email", "uri", "ipv4", "ipv6"};
        // formats that only annotate (OpenAPI's password and binary, and the like): nothing to check
        static const std::set<std::string, std::less<>> annotations = {"password", "binary", ""};
        if (!checked.count(format) && !annotations.count(format))
            note(where.child("format"), "string format `" + format + "` is not checked");
        return simple("std::string", {"<string>"});
    }
    if (kind == "integer") {
        static const std::map<std::string, std::string, std::less<>> widths = {
            {"int8", "std::int8_t"},     {"int16", "std::int16_t"},  {"int32", "std::int32_t"},
            {"int64", "std::int64_t"},   {"uint8", "std::uint8_t"},  {"uint16", "std::uint16_t"},
            {"uint32", "std::uint32_t"}, {"uint64", "std::uint64_t"}};
        if (auto w = widths.find(format); w != widths.end())
            return simple(w->second, {"<cstdint>"});
        if (!format.empty())
            note(where.child("format"), "integer format `" + format + "` is read as int64");
        // a range only uint64 holds (maximum above int64's, minimum at least 0): uint64
        auto above_int64 = [](const std::optional<boost::json::value>& b) {
            return b && ((b->is_uint64() && b->get_uint64() > static_cast<std::uint64_t>(INT64_MAX)) ||
                         (b->is_double() && b->get_double() >= 9223372036854775808.0));
        };
        auto at_least_zero = [](const std::optional<boost::json::value>& b) {
            return b && b->is_number() && b->to_number<double>() >= 0;
        };
        if (above_int64(s.maximum) ||
            (s.exclusive_maximum && !s.exclusive_maximum->is_bool() && above_int64(s.exclusive_maximum))) {
            if (at_least_zero(s.minimum) || (s.exclusive_minimum && !s.exclusive_minimum->is_bool() &&
                                             at_least_zero(s.exclusive_minimum)))
                return simple("std::uint64_t", {"<cstdint>"});
            note(where.child("maximum"), "values above int64's range cannot be read (an integer without a "
                                         "format is an int64; a minimum of 0 would make it a uint64)");
        }
        return simple("std::int64_t", {"<cstdint>"});
    }
    if (kind == "number") {
        if (format == "float") { // a double keeps the text's digits; fits_float checks a float's range
            ctype t = simple("double", {});
            t.options.push_back("djson::fits_float");
            return t;
        }
        if (!format.empty() && format != "double")
            note(where.child("format"), "number format `" + format + "` is read as double");
        return simple("double", {});
    }
    if (kind == "boolean")
        return simple("bool", {});
    if (kind == "null") {
        note(where.child("type"), "a schema whose only type is null is mapped as any JSON value");
        return simple("djson::raw_json", {"<djson/raw_json.hpp>"});
    }
    note(where.child("type"), "unknown type `" + kind + "`: mapped as any JSON value");
    return simple("djson::raw_json", {"<djson/raw_json.hpp>"});
}

std::vector<std::string> generator::constraints(const Schema& s, const location& where,
                                                const std::string& kind) {
    std::vector<std::string> out;
    bool number = kind == "integer" || kind == "number";
    bool text = kind == "string" &&
                (!s.format || (*s.format != "date-time" && *s.format != "date" && *s.format != "byte"));
    bool array = kind == "array";
    bool object = kind == "object";
    // the constraint just added to `out` has the nearest double in place of an integer beyond every C++
    // number
    auto not_exact = [&](const char* keyword, const char* what) {
        if (const std::string* written = inexact_at(where.child(keyword)))
            note(where.child(keyword), std::string("`") + keyword + "` " + *written +
                                           ": no int64, uint64 or double holds it exactly; the " + what +
                                           " is not exact (" + out.back() + ", the nearest double)");
    };
    auto bound = [&](const std::optional<boost::json::value>& v, const char* keyword, const char* name,
                     const std::optional<boost::json::value>& exclusive) {
        if (!v)
            return;
        std::string lit = number_literal(*v);
        if (lit.empty()) {
            note(where.child(keyword), std::string("`") + keyword + "` is not a number: not mapped");
            return;
        }
        if (!number)
            return;
        bool excl = exclusive && exclusive->is_bool() && exclusive->get_bool();
        out.push_back(std::string("djson::") + (excl ? "exclusive_" : "") + name + "(" + lit + ")");
        not_exact(keyword, "bound");
    };
    bound(s.minimum, "minimum", "minimum", s.exclusive_minimum);
    bound(s.maximum, "maximum", "maximum", s.exclusive_maximum);
    for (auto [v, keyword, name] :
         {std::tuple{&s.exclusive_minimum, "exclusiveMinimum", "exclusive_minimum"},
          std::tuple{&s.exclusive_maximum, "exclusiveMaximum", "exclusive_maximum"}}) {
        if (!*v || (*v)->is_bool())
            continue;
        std::string lit = number_literal(**v);
        if (lit.empty())
            note(where.child(keyword),
                 std::string("`") + keyword + "` is not a number or a bool: not mapped");
        else if (number) {
            out.push_back(std::string("djson::") + name + "(" + lit + ")");
            not_exact(keyword, "bound");
        }
    }
    if (s.multiple_of && number) {
        std::string lit = number_literal(*s.multiple_of);
        if (lit.empty())
            note(where.child("multipleOf"), "`multipleOf` is not a number: not mapped");
        else {
            out.push_back("djson::multiple_of(" + lit + ")");
            not_exact("multipleOf", "factor");
        }
    }
    if (text) {
        if (s.min_length)
            out.push_back("djson::min_length(" + std::to_string(*s.min_length) + ")");
        if (s.max_length)
            out.push_back("djson::max_length(" + std::to_string(*s.max_length) + ")");
        if (s.pattern) {
            // A pattern RE2 cannot run (lookaround, a backreference, a syntax error) would fail every value:
            // it is left out and said so.
            std::string why;
            if (djson::detail::pattern_search(*s.pattern, "", why) || why.empty())
                out.push_back("djson::pattern(" + cpp_string(*s.pattern) + ")");
            else
                note(where.child("pattern"),
                     "pattern " + json_text(boost::json::value(*s.pattern)) + " is not checked: " + why);
        }
        static const std::map<std::string, std::string, std::less<>> formats = {
            {"uuid", "djson::format::uuid"},
            {"email", "djson::format::email"},
            {"uri", "djson::format::uri"},
            {"ipv4", "djson::format::ipv4"},
            {"ipv6", "djson::format::ipv6"}};
        if (s.format) {
            if (auto f = formats.find(*s.format); f != formats.end())
                out.push_back(f->second);
        }
    } else if (kind == "string" && (s.min_length || s.max_length || s.pattern)) {
        note(where, "length and pattern constraints on a `" + *s.format + "` string are not checked");
    }
    if (array) {
        if (s.min_items)
            out.push_back("djson::min_items(" + std::to_string(*s.min_items) + ")");
        if (s.max_items)
            out.push_back("djson::max_items(" + std::to_string(*s.max_items) + ")");
        if (s.unique_items.value_or(false))
            out.push_back("djson::unique_items");
    }
    if (object) {
        if (s.min_properties)
            out.push_back("djson::min_properties(" + std::to_string(*s.min_properties) + ")");
        if (s.max_properties)
            out.push_back("djson::max_properties(" + std::to_string(*s.max_properties) + ")");
    }
    return out;
}

void generator::build_enum(int id, const Schema& s) {
    definition& d = def(id);
    d.kind = definition::enumeration;
    std::set<std::string> used;
    for (const auto& v : *s.enum_values) {
        if (v.is_null())
            continue; // null is the member's nullability
        std::string value(v.get_string());
        std::string cpp = enumerator_identifier(value);
        std::string unique = cpp;
        for (int n = 2; used.count(unique); ++n)
            unique = cpp + "_" + std::to_string(n);
        used.insert(unique);
        d.enumerators.emplace_back(unique, value);
    }
    if (d.enumerators.empty()) {
        note(d.where.child("enum"), "an enum with no string value: mapped as any JSON value");
        d.kind = definition::alias;
        d.aliased = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
        d.includes = d.aliased.includes;
    }
    for (const auto& key : {"minLength", "maxLength", "pattern"})
        if ((std::string_view(key) == "minLength" && s.min_length) ||
            (std::string_view(key) == "maxLength" && s.max_length) ||
            (std::string_view(key) == "pattern" && s.pattern))
            note(d.where.child(key), std::string("`") + key + "` of an enum is not checked (the values are)");
}

void generator::build_variant(int id, const Schema& s, bool any_of) {
    build_variant_alternatives(id, s, any_of);
    definition& d = def(id);
    if (d.kind != definition::variant)
        return;
    d.order_free = !any_of && d.variant_options.empty();
    // Two schemas whose variants have the same alternatives in the same order would be one C++ type (and
    // DJSON_VARIANT says how to read a type). Read alike: one is an alias of the other. Otherwise an untagged
    // oneOf takes its alternatives in another order (a type of its own, read the same).
    auto same_as = [&](const std::vector<std::string>& alts) -> int {
        for (std::size_t j = 0; j < defs_.size(); ++j)
            if (static_cast<int>(j) != id && defs_[j].kind == definition::variant &&
                defs_[j].alternatives == alts)
                return static_cast<int>(j);
        return -1;
    };
    int other = same_as(d.alternatives);
    if (other < 0)
        return;
    if (def(other).variant_options == d.variant_options && def(other).order_free == d.order_free) {
        d.kind = definition::alias;
        d.aliased = simple(def(other).name, {});
        d.aliased.complete = {other};
        d.aliased.def = other;
        d.complete = {other};
        d.alternatives.clear();
        d.variant_options.clear();
        return;
    }
    if (d.order_free) {
        std::vector<std::string> alts = d.alternatives;
        std::sort(alts.begin(), alts.end());
        do {
            if (same_as(alts) < 0) {
                d.alternatives = alts;
                return;
            }
        } while (std::next_permutation(alts.begin(), alts.end()));
    }
    note(d.where, "the same alternatives as `" + def(other).name +
                      "`, read otherwise: one C++ type cannot be "
                      "both; mapped as any JSON value");
    d.kind = definition::alias;
    d.aliased = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
    d.includes.insert("<djson/raw_json.hpp>");
    d.alternatives.clear();
    d.variant_options.clear();
}

void generator::build_variant_alternatives(int id, const Schema& s, bool any_of) {
    definition& d0 = def(id);
    d0.kind = definition::variant;
    location where = d0.where;
    const char* keyword = any_of ? "anyOf" : "oneOf";
    const auto& parts = any_of ? *s.any_of : *s.one_of;
    if (s.one_of && s.any_of)
        note(where.child("anyOf"), "`anyOf` next to `oneOf` is not mapped");
    if (s.properties || s.all_of)
        note(where, std::string("properties or allOf next to `") + keyword + "` are not mapped");
    std::string base_name = d0.name;
    std::vector<ctype> alts;
    std::vector<std::string> spec_names; // the name a discriminator uses by default: the schema's
    std::vector<std::string> titles;     // each alternative's title (a sibling chooser's values name them)
    bool nullable = admits_null(s);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Schema& part = parts[i];
        location ploc = where.child(keyword).child(i);
        if (!part.ref && single_type(part) == "null" && !part.properties) {
            nullable = true;
            continue;
        }
        std::string suggested =
            base_name + (part.title ? pascal_key(*part.title) : "Option" + std::to_string(i + 1));
        ctype t = type_of(part, ploc, suggested, def(id).header);
        if (t.def == id) {
            note(ploc, "an alternative that is the oneOf itself adds nothing: left out");
            continue;
        }
        if (t.nullable)
            nullable = true;
        if (!t.options.empty())
            note(ploc, "constraints of a oneOf alternative are not checked");
        std::string spec_name;
        if (part.ref) {
            std::string_view r = *part.ref;
            auto cut = r.find_last_of("/#");
            spec_name = std::string(cut == std::string_view::npos ? r : r.substr(cut + 1));
            if (auto dot = spec_name.rfind(".yaml"); dot != std::string::npos)
                spec_name.resize(dot);
            else if (auto dj = spec_name.rfind(".json"); dj != std::string::npos)
                spec_name.resize(dj);
        }
        bool duplicate = false;
        for (const auto& a : alts)
            duplicate = duplicate || a.text == t.text;
        if (duplicate) {
            note(ploc, "alternative `" + t.text + "` is listed twice (as C++ types): kept once");
            continue;
        }
        alts.push_back(t);
        spec_names.push_back(spec_name);
        const Schema* titled = &part;
        if (part.ref && t.def >= 0)
            titled = schema_at(def(t.def).where);
        titles.push_back(titled->title.value_or(""));
    }
    definition& d = def(id);
    d.nullable = nullable;
    if (alts.empty()) {
        note(where, "no alternative left: mapped as any JSON value");
        d.kind = definition::alias;
        d.aliased = simple("djson::raw_json", {"<djson/raw_json.hpp>"});
        d.includes = d.aliased.includes;
        return;
    }
    d.includes.insert("<variant>");
    for (const auto& a : alts) {
        d.alternatives.push_back(a.text);
        d.complete.insert(a.complete.begin(), a.complete.end());
        d.weak.insert(a.weak.begin(), a.weak.end());
        d.includes.insert(a.includes.begin(), a.includes.end());
    }
    if (alts.size() == 1) { // oneOf of one alternative (and null): an alias
        d.kind = definition::alias;
        d.aliased = alts.front();
        d.aliased.nullable = nullable;
        d.alternatives.clear();
        return;
    }
    if (auto c = choosers_.find(where); c != choosers_.end() && !s.discriminator) {
        // The sibling's value names the alternative: each enum value tags the alternative titled so; a value
        // that titles none reads as any JSON value, kept exactly.
        bool free_needed = false;
        auto title_of = [&](const std::string& v) {
            auto t = std::find(titles.begin(), titles.end(), v);
            if (auto alias = opt_.tag_aliases.find(v); t == titles.end() && alias != opt_.tag_aliases.end())
                t = std::find(titles.begin(), titles.end(), alias->second);
            return t;
        };
        for (const auto& v : c->second.values) {
            auto t = title_of(v);
            if (t == titles.end()) {
                free_needed = true;
                note(where, "`" + c->second.key + "` value \"" + v + "\" titles no alternative: its `" +
                                std::string(keyword) +
                                "` is read as any JSON value (djson::raw_json), kept exactly");
            }
        }
        if (free_needed && std::find(d.alternatives.begin(), d.alternatives.end(), "djson::raw_json") ==
                               d.alternatives.end()) {
            d.alternatives.push_back("djson::raw_json");
            d.includes.insert("<djson/raw_json.hpp>");
        }
        for (const auto& v : c->second.values) {
            auto t = title_of(v);
            std::string type = t == titles.end()
                                   ? std::string("djson::raw_json")
                                   : qualified(alts[static_cast<std::size_t>(t - titles.begin())].text);
            d.variant_options.push_back("djson::tag<" + type + ">(" + cpp_string(v) + ")");
        }
        // an alternative chosen through --tag-alias also answers to its own title (its schema's if/then reads
        // the two alike)
        for (const auto& v : c->second.values) {
            auto alias = opt_.tag_aliases.find(v);
            if (alias == opt_.tag_aliases.end() || std::find(titles.begin(), titles.end(), v) != titles.end())
                continue;
            auto t = std::find(titles.begin(), titles.end(), alias->second);
            if (t != titles.end() && std::find(c->second.values.begin(), c->second.values.end(),
                                               alias->second) == c->second.values.end())
                d.variant_options.push_back(
                    "djson::tag<" + qualified(alts[static_cast<std::size_t>(t - titles.begin())].text) +
                    ">(" + cpp_string(alias->second) + ")");
        }
        // an alternative no value names could never be chosen: it leaves the variant (djson refuses it)
        std::vector<std::string> kept;
        for (std::size_t i = 0; i < alts.size(); ++i) {
            bool chosen = false;
            for (const auto& v : c->second.values)
                chosen = chosen || title_of(v) == titles.begin() + static_cast<std::ptrdiff_t>(i);
            if (!chosen)
                note(where.child(keyword).child(i),
                     "no `" + c->second.key + "` value names this alternative " +
                         "(its title): it could never be chosen, and is left out");
            else
                kept.push_back(alts[i].text);
        }
        if (free_needed)
            kept.push_back("djson::raw_json");
        d.alternatives = kept;
        return;
    }
    if (s.discriminator) {
        const std::string& prop = s.discriminator->property_name;
        bool usable = true;
        for (const auto& a : alts)
            if (a.def < 0 || def(a.def).kind != definition::model || !def(a.def).keys.count(prop))
                usable = false;
        if (!usable) {
            note(where.child("discriminator"), "discriminator `" + prop +
                                                   "`: not every alternative is an object "
                                                   "declaring it; read as an untagged " +
                                                   keyword);
        } else {
            d.variant_options.push_back("djson::discriminator(" + cpp_string(prop) + ")");
            std::set<std::size_t> tagged;
            if (s.discriminator->mapping) {
                for (const auto& [tag, ref] : *s.discriminator->mapping) {
                    source_set::target target;
                    try {
                        target = resolve_schema(ref, where.child("discriminator").child("mapping"));
                    } catch (const source_error& e) {
                        // a mapping value may also be a bare schema name
                        if (ref.find('/') == std::string::npos && ref.find('#') == std::string::npos) {
                            bool found = false;
                            for (std::size_t i = 0; i < alts.size(); ++i)
                                if (spec_names[i] == ref) {
                                    d.variant_options.push_back("djson::tag<" + qualified(alts[i].text) +
                                                                ">(" + cpp_string(tag) + ")");
                                    tagged.insert(i);
                                    found = true;
                                }
                            if (found)
                                continue;
                        }
                        note_broken(where.child("discriminator").child("mapping").child(tag), e.what(),
                                    " (a discriminator mapping): ignored");
                        continue;
                    }
                    int target_id = define(target.where);
                    bool found = false;
                    for (std::size_t i = 0; i < alts.size(); ++i)
                        if (alts[i].def == target_id) {
                            def(id).variant_options.push_back("djson::tag<" + qualified(alts[i].text) + ">(" +
                                                              cpp_string(tag) + ")");
                            tagged.insert(i);
                            found = true;
                        }
                    if (!found)
                        note(where.child("discriminator").child("mapping").child(tag),
                             "the mapping names a schema that is not an alternative: ignored");
                }
            }
            for (std::size_t i = 0; i < alts.size(); ++i)
                if (!tagged.count(i))
                    def(id).variant_options.push_back(
                        "djson::tag<" + qualified(alts[i].text) + ">(" +
                        cpp_string(implicit_tag(alts[i].def, prop,
                                                spec_names[i].empty() ? alts[i].text : spec_names[i])) +
                        ")");
        }
    } else if (any_of) {
        def(id).variant_options.push_back("djson::any_of");
    }
}

namespace {
/// Why a default breaks a validator of schema `c` beside it ("" when it does not): a default the model's own
/// checks would reject cannot be the value of an absent key.
std::string default_breaks(const Schema& c, const boost::json::value& v) {
    std::string why;
    auto number = [&](auto rule) {
        if (v.is_int64())
            return rule.check(v.get_int64(), why);
        if (v.is_uint64())
            return rule.check(v.get_uint64(), why);
        return rule.check(v.get_double(), why);
    };
    auto with_bound = [&](const boost::json::value& b, auto make) {
        if (b.is_int64())
            return number(make(b.get_int64()));
        if (b.is_uint64())
            return number(make(b.get_uint64()));
        if (b.is_double())
            return number(make(b.get_double()));
        return true;
    };
    if (v.is_number()) {
        bool excl_min =
            c.exclusive_minimum && c.exclusive_minimum->is_bool() && c.exclusive_minimum->get_bool();
        bool excl_max =
            c.exclusive_maximum && c.exclusive_maximum->is_bool() && c.exclusive_maximum->get_bool();
        if (c.minimum &&
            !(excl_min ? with_bound(*c.minimum, [](auto n) { return djson::exclusive_minimum(n); })
                       : with_bound(*c.minimum, [](auto n) { return djson::minimum(n); })))
            return why;
        if (c.maximum &&
            !(excl_max ? with_bound(*c.maximum, [](auto n) { return djson::exclusive_maximum(n); })
                       : with_bound(*c.maximum, [](auto n) { return djson::maximum(n); })))
            return why;
        if (c.exclusive_minimum && !c.exclusive_minimum->is_bool() &&
            !with_bound(*c.exclusive_minimum, [](auto n) { return djson::exclusive_minimum(n); }))
            return why;
        if (c.exclusive_maximum && !c.exclusive_maximum->is_bool() &&
            !with_bound(*c.exclusive_maximum, [](auto n) { return djson::exclusive_maximum(n); }))
            return why;
        if (c.multiple_of && !with_bound(*c.multiple_of, [](auto n) { return djson::multiple_of(n); }))
            return why;
    } else if (v.is_string()) {
        std::string text(v.get_string());
        if (c.min_length && !djson::min_length(*c.min_length).check(text, why))
            return why;
        if (c.max_length && !djson::max_length(*c.max_length).check(text, why))
            return why;
        if (c.pattern && !djson::pattern(*c.pattern).check(text, why) &&
            why.find("cannot be used") == std::string::npos)
            return why;
        why.clear();
        static const std::map<std::string, djson::string_format, std::less<>> formats = {
            {"uuid", djson::format::uuid},
            {"email", djson::format::email},
            {"uri", djson::format::uri},
            {"ipv4", djson::format::ipv4},
            {"ipv6", djson::format::ipv6}};
        if (c.format)
            if (auto f = formats.find(*c.format); f != formats.end() && !f->second.check(text, why))
                return why;
    } else if (v.is_array()) {
        std::size_t n = v.get_array().size();
        if (c.min_items && n < *c.min_items)
            return std::to_string(n) + " items, fewer than minItems " + std::to_string(*c.min_items);
        if (c.max_items && n > *c.max_items)
            return std::to_string(n) + " items, more than maxItems " + std::to_string(*c.max_items);
    }
    return {};
}
} // namespace

std::string generator::default_literal(const Schema& s, const ctype& t, const location& where,
                                       const Schema& target) {
    std::string lit = default_initializer(s, t, where, target);
    if (lit.empty() || lit == " = djson::null")
        return lit;
    location dloc = where.child("default");
    const Schema* holder = default_holder(s, target, where, dloc);
    const boost::json::value& v = **holder->default_value;
    std::vector<const Schema*> checks = {&s};
    if (&target != &s)
        checks.push_back(&target);
    if (s.all_of)
        for (const auto& part : *s.all_of)
            if (!part.ref)
                checks.push_back(&part);
    for (const Schema* c : checks) {
        std::string why = default_breaks(*c, v);
        if (!why.empty()) {
            note(dloc,
                 "default " + json_text(v).substr(0, 60) + " breaks its own schema (" + why + "): not used");
            return {};
        }
    }
    return lit;
}

/// The schema whose `default` applies: the property's own, one an allOf part gives (`allOf: [{$ref: Status},
/// {default: active}]`), or the referenced schema's; `dloc` is set to where it is written.
const Schema* generator::default_holder(const Schema& s, const Schema& target, const location& where,
                                        location& dloc) {
    dloc = where.child("default");
    if (s.default_value)
        return &s;
    if (s.all_of)
        for (std::size_t i = 0; i < s.all_of->size(); ++i)
            if (!(*s.all_of)[i].ref && (*s.all_of)[i].default_value) {
                dloc = where.child("allOf").child(i).child("default");
                return &(*s.all_of)[i];
            }
    return &target;
}

std::string generator::default_initializer(const Schema& s, const ctype& t, const location& where,
                                           const Schema& target) {
    location dloc;
    const Schema* holder = default_holder(s, target, where, dloc);
    const bool own_default = holder != &target || holder == &s; // written where dloc says
    const auto& dv = holder->default_value;
    if (!dv)
        return {};
    if (dv->is_null())
        return t.nullable ? " = djson::null" : std::string{};
    const boost::json::value& v = **dv;
    // a named scalar (`using Flag = bool;`) takes the literal of what it names
    std::string type = t.text;
    if (t.def >= 0 && def(t.def).kind == definition::alias)
        type = def(t.def).aliased.text;
    if (type == "bool" && v.is_bool())
        return v.get_bool() ? " = true" : " = false";
    if (type.rfind("std::int", 0) == 0 || type.rfind("std::uint", 0) == 0) {
        if (!v.is_int64() && !v.is_uint64()) {
            if (const std::string* text = own_default ? inexact_at(dloc) : nullptr)
                note(dloc, "default " + *text + ": no int64 or uint64 holds it; not used");
            else
                note(dloc, "default " + json_text(v) + " is not an integer: not used");
            return {};
        }
        if (type == "std::int32_t" &&
            (!v.is_int64() || v.get_int64() < INT32_MIN || v.get_int64() > INT32_MAX)) {
            note(dloc, "default out of the int32 range: not used");
            return {};
        }
        return " = " + number_literal(v);
    }
    if ((type == "double" || type == "float") && v.is_number()) {
        boost::json::value d = v.is_double() ? v : boost::json::value(v.to_number<double>());
        std::string lit = number_literal(d);
        if (const std::string* text = own_default ? inexact_at(dloc) : nullptr)
            note(dloc, "default " + *text +
                           ": no int64, uint64 or double holds it exactly; the initializer is not "
                           "exact (" +
                           lit + ", the nearest double)");
        return " = " + lit + (type == "float" ? "f" : "");
    }
    if (type == "std::string" && v.is_string())
        return " = " + cpp_string(v.get_string());
    if (t.def >= 0 && def(t.def).kind == definition::enumeration && v.is_string()) {
        for (const auto& [cpp, json] : def(t.def).enumerators)
            if (json == v.get_string())
                return " = " + t.text + "::" + cpp;
        note(dloc, "default " + json_text(v) + " is not one of the enum's values: not used");
        return {};
    }
    note(dloc,
         "default " + json_text(v).substr(0, 60) + " is not mapped (only scalar and enum defaults are)");
    return {};
}

/// A oneOf/anyOf property without a discriminator whose alternatives are titled by the values of a sibling
/// string enum (SailPoint's Transform: `type: dateFormat` goes with `attributes` titled `dateFormat`): the
/// sibling chooses the alternative (djson::chosen_by), as the API means, where a plain oneOf would find
/// several alternatives accepting the same object. Returns the sibling's key, or "" (and registers the
/// chooser).
std::string generator::sibling_chooser(const Schema& prop, const location& where, const std::string& key,
                                       const Schema& object, const location& object_where) {
    const auto* parts = prop.one_of ? &*prop.one_of : prop.any_of ? &*prop.any_of : nullptr;
    if (!parts || prop.ref || prop.discriminator || !object.properties || parts->size() < 2)
        return {};
    std::vector<std::string> titles;
    for (std::size_t i = 0; i < parts->size(); ++i) {
        const Schema* alt = &(*parts)[i];
        if (alt->ref) {
            try {
                alt = schema_at(resolve_schema(*alt->ref, where).where);
            } catch (const source_error&) {
                return {};
            }
        }
        if (!alt->title)
            return {};
        titles.push_back(*alt->title);
    }
    for (const auto& [k2, sibling0] : *object.properties) {
        if (k2 == key)
            continue;
        const Schema* sibling = &sibling0;
        if (sibling->ref) {
            try {
                sibling = schema_at(resolve_schema(*sibling->ref, object_where).where);
            } catch (const source_error&) {
                continue;
            }
        }
        if (!is_string_enum(*sibling))
            continue;
        std::vector<std::string> values;
        for (const auto& v : *sibling->enum_values)
            if (v.is_string())
                values.emplace_back(v.get_string());
        std::size_t named = 0;
        for (const auto& t : titles)
            named += std::find(values.begin(), values.end(), t) != values.end();
        if (2 * named < titles.size())
            continue;
        choosers_[where] = chooser{k2, values};
        note(where, "no discriminator: the alternatives' titles are values of the sibling `" + k2 +
                        "`, which chooses the alternative (djson::chosen_by)");
        return k2;
    }
    return {};
}

void generator::build_model(int id, const Schema& s) {
    def(id).kind = definition::model;
    location where = def(id).where;
    const std::string name = def(id).name;

    // The parts: the schema itself and its allOf parts (recursively), in order.
    struct part {
        const Schema* schema;
        location where;
        int ref_def = -1; // a `$ref`'d object: candidate base
        location used_at; // where the allOf names it
    };
    std::vector<part> parts;
    std::function<void(const Schema&, const location&)> collect = [&](const Schema& p, const location& at) {
        if (p.all_of)
            for (std::size_t i = 0; i < p.all_of->size(); ++i) {
                const Schema& ap = (*p.all_of)[i];
                location aloc = at.child("allOf").child(i);
                if (ap.ref) {
                    source_set::target target;
                    try {
                        target = resolve_schema(*ap.ref, aloc);
                    } catch (const source_error& e) {
                        note_broken(aloc.child("$ref"), e.what());
                        continue;
                    }
                    const Schema* ts = schema_at(target.where);
                    if (!is_object_schema(*ts) && !ts->one_of && !ts->any_of &&
                        !(has_type(*ts, "object") || single_type(*ts).empty())) {
                        note(aloc, "an allOf part that is not an object is not mapped");
                        continue;
                    }
                    if (ts->one_of || ts->any_of) {
                        note(aloc, "an allOf part that is a oneOf/anyOf is not mapped");
                        continue;
                    }
                    int tid = define(target.where);
                    parts.push_back({ts, target.where, tid, aloc});
                } else {
                    unknown_keywords(ap, aloc);
                    if (ap.one_of || ap.any_of)
                        note(aloc,
                             "a oneOf/anyOf inside an allOf part is not mapped: the model does not check it");
                    collect(ap, aloc);
                }
            }
        if (&p != &s || true)
            parts.push_back({&p, at, -1, at});
    };
    collect(s, where);

    // Required keys and the unknown-key rule, from every inline part.
    std::set<std::string> required;
    bool reject = false;
    const Schema* extra_schema = nullptr;
    location extra_loc;
    for (const auto& p : parts) {
        if (p.ref_def >= 0)
            continue;
        if (p.schema->required) {
            if (auto list = std::get_if<std::vector<std::string>>(&*p.schema->required))
                required.insert(list->begin(), list->end());
            else
                note(p.where.child("required"),
                     "`required: true` (Swagger 2) is not valid here: ignored; list "
                     "the key in the object's `required` instead");
        }
        if (p.schema->additional_properties) {
            if (auto b = std::get_if<bool>(&*p.schema->additional_properties)) {
                reject = reject || !*b;
            } else if (auto box = std::get_if<spec::SchemaBox>(&*p.schema->additional_properties);
                       box && *box) {
                extra_schema = box->get();
                extra_loc = p.where.child("additionalProperties");
            }
        }
    }

    // The base: the first `$ref`'d object part whose keys no other part declares, whose own required keys
    // are exactly those the merged schema requires of them, and whose unknown-key rule agrees.
    std::set<std::string> inline_keys;
    for (const auto& p : parts)
        if (p.ref_def < 0 && p.schema->properties)
            for (const auto& [k, v] : *p.schema->properties)
                inline_keys.insert(k);
    int base = -1;
    for (const auto& p : parts) {
        if (p.ref_def < 0 || def(p.ref_def).kind != definition::model || def(p.ref_def).building)
            continue;
        const definition& b = def(p.ref_def);
        bool clash = false;
        for (const auto& k : b.keys)
            clash = clash || inline_keys.count(k) || (required.count(k) && !b.required.count(k));
        for (const auto& q : parts)
            if (q.ref_def >= 0 && q.ref_def != p.ref_def && def(q.ref_def).kind == definition::model)
                for (const auto& k : def(q.ref_def).keys)
                    clash = clash || b.keys.count(k);
        if (b.rejects != reject || (reject && b.captures))
            clash = true;
        if (!clash) {
            base = p.ref_def;
            break;
        }
    }
    if (base >= 0) {
        def(id).bases.push_back(base);
        def(id).complete.insert(base);
        def(id).keys = def(base).keys;
        def(id).required = def(base).required;
        def(id).captures = def(base).captures;
    }

    // Members: every property of every part that is not the base, in order (the first declaration of a key
    // wins).
    std::set<std::string> member_names;
    if (base >= 0) {
        // the base's member names are taken too (a derived member of the same name would hide it)
        std::function<void(int)> take = [&](int b) {
            for (const auto& m : def(b).members)
                member_names.insert(m.cpp);
            for (int bb : def(b).bases)
                take(bb);
        };
        take(base);
        if (def(base).captures)
            member_names.insert("additional_properties");
    }
    std::map<std::string, location> declared_at;
    for (const auto& p : parts) {
        if (p.ref_def == base && base >= 0)
            continue;
        const Schema& ps = *p.schema;
        std::set<std::string> part_required;
        if (p.ref_def >= 0) { // a flattened $ref'd part: its own required keys, recursively
            const definition& flat = def(p.ref_def);
            if (p.ref_def == id || flat.building) {
                note(p.where, "an allOf part that includes the schema itself is not mapped");
                continue;
            }
            if (flat.kind != definition::model)
                continue;
            part_required = flat.required;
            // flatten: its members, as they are
            std::function<void(int)> flatten = [&](int fid) {
                for (int bb : def(fid).bases)
                    flatten(bb);
                for (const auto& m : def(fid).members) {
                    if (m.type == "djson::additional_properties")
                        continue; // the model's own capture member (below) takes unknown keys
                    if (def(id).keys.count(m.key)) {
                        auto same = std::find_if(def(id).members.begin(), def(id).members.end(),
                                                 [&](const member_def& x) { return x.key == m.key; });
                        // required in one part and optional in another is the merge's business, not a clash
                        auto bare = [](std::string t) {
                            if (t.rfind("std::optional<", 0) == 0)
                                t = t.substr(14, t.size() - 15);
                            return t;
                        };
                        auto options_of = [](std::vector<std::string> o) {
                            std::erase(o, "djson::default_if_absent");
                            return o;
                        };
                        if (same == def(id).members.end() || bare(same->type) != bare(m.type) ||
                            options_of(same->options) != options_of(m.options))
                            note(p.used_at, "key `" + m.key +
                                                "` is declared by two allOf parts, differently: the "
                                                "first declaration is used");
                        continue;
                    }
                    member_def copy = m;
                    bool now_required = required.count(m.key) && !def(fid).required.count(m.key);
                    if (now_required) {
                        // the merged schema requires what the part left optional
                        if (copy.type.rfind("std::optional<", 0) == 0) {
                            copy.type = copy.type.substr(14, copy.type.size() - 15);
                            std::erase(copy.options, "djson::default_if_absent");
                        }
                    }
                    std::string cpp = copy.cpp;
                    for (int n = 2; member_names.count(cpp); ++n)
                        cpp = copy.cpp + "_" + std::to_string(n);
                    if (cpp != copy.cpp) {
                        copy.cpp = cpp;
                    }
                    member_names.insert(copy.cpp);
                    def(id).keys.insert(copy.key);
                    if (required.count(copy.key) || def(fid).required.count(copy.key))
                        def(id).required.insert(copy.key);
                    def(id).members.push_back(std::move(copy));
                }
            };
            def(id).complete.insert(def(p.ref_def).complete.begin(), def(p.ref_def).complete.end());
            def(id).weak.insert(def(p.ref_def).weak.begin(), def(p.ref_def).weak.end());
            def(id).includes.insert(def(p.ref_def).includes.begin(), def(p.ref_def).includes.end());
            flatten(p.ref_def);
            if (def(p.ref_def).rejects)
                note(p.used_at, "additionalProperties: false of `" + def(p.ref_def).name +
                                    "` is not kept where its keys are merged into this model");
            def(id).captures = def(id).captures || false;
            continue;
        }
        if (!ps.properties)
            continue;
        // the source's key order (std::map sorts; the DOM keeps the order written)
        std::vector<std::string> order;
        const boost::json::value& dom = src_.at(p.where);
        if (const auto* obj = dom.if_object())
            if (const auto* props = obj->if_contains("properties"); props && props->is_object())
                for (const auto& kv : props->as_object())
                    order.emplace_back(kv.key());
        for (const auto& key : order) {
            auto it = ps.properties->find(key);
            if (it == ps.properties->end())
                continue;
            const Schema& prop = it->second;
            location ploc = p.where.child("properties").child(key);
            if (def(id).keys.count(key)) {
                note(ploc,
                     "key `" + key + "` is declared twice (allOf parts): the first declaration is used");
                continue;
            }
            std::string chosen_by = sibling_chooser(prop, ploc, key, ps, p.where);
            ctype t = type_of(prop, ploc, name + pascal_key(key), def(id).header);
            // A model that holds itself by value (through this member) cannot be a C++ type: the member holds
            // it by pointer, which reads `null` as no value too.
            bool boxed = false;
            if (t.def >= 0 && def(t.def).building &&
                (def(t.def).kind == definition::model || def(t.def).kind == definition::variant)) {
                boxed = true;
                t.text = "std::unique_ptr<" + t.text + ">";
                t.weak.insert(t.complete.begin(), t.complete.end());
                t.complete.clear();
                t.includes.insert("<memory>");
                if (!t.nullable)
                    note(ploc, "`" + def(t.def).name +
                                   "` contains itself here: the member is a std::unique_ptr, "
                                   "which also accepts null");
                t.nullable = false; // the pointer is the null
            }
            const Schema* target = &prop;
            const Schema* ref_part = prop.ref ? &prop : lone_all_of_ref(prop);
            if (ref_part) {
                try {
                    target = schema_at(resolve_schema(*ref_part->ref, ploc).where);
                } catch (const source_error&) {
                }
            }
            member_def m;
            m.key = key;
            m.where = ploc;
            std::string cpp = member_identifier(key);
            std::string unique = cpp;
            for (int n = 2; member_names.count(unique) || unique == name; ++n)
                unique = cpp + "_" + std::to_string(n);
            member_names.insert(unique);
            m.cpp = unique;
            bool is_required = required.count(key) > 0;
            std::string dflt = boxed ? std::string{} : default_literal(prop, t, ploc, *target);
            std::string value = t.nullable ? "djson::nullable<" + t.text + ">" : t.text;
            // a djson::refined is made from its value directly (`Name name{"text"}`: one conversion)
            std::string init = dflt;
            if (t.def >= 0 && !def(t.def).rules.empty() && dflt.rfind(" = ", 0) == 0 &&
                dflt != " = djson::null")
                init = "{" + dflt.substr(3) + "}";
            if (is_required) { // the default is the initializer (the Go SDK's ...WithDefaults); the key stays
                               // required
                m.type = value;
                m.init = init;
            } else if (!dflt.empty() && opt_.apply_defaults) {
                m.type = value;
                m.init = init;
                m.options.push_back("djson::default_if_absent");
            } else {
                if (!dflt.empty())
                    m.comment_suffix = " (default" + dflt.substr(2) + ")";
                m.type = "std::optional<" + value + ">";
                t.includes.insert("<optional>");
            }
            bool read_only =
                flag(prop, &Schema::read_only) || (target != &prop && target->read_only.value_or(false));
            bool write_only =
                flag(prop, &Schema::write_only) || (target != &prop && target->write_only.value_or(false));
            if (read_only)
                m.options.push_back("djson::read_only");
            if (write_only)
                m.options.push_back("djson::write_only");
            if (read_only && write_only)
                note(ploc, "both readOnly and writeOnly");
            m.options.insert(m.options.end(), t.options.begin(), t.options.end());
            if (!chosen_by.empty())
                m.options.push_back("djson::chosen_by(" + cpp_string(chosen_by) + ")");
            m.comment =
                first_sentence(prop.description ? prop.description
                                                : (target->description ? target->description : prop.title));
            m.comment += m.comment_suffix;
            if (apply_naming(m.cpp, opt_.naming) != key)
                m.options.insert(m.options.begin(), "djson::key(" + cpp_string(key) + ")");
            def(id).complete.insert(t.complete.begin(), t.complete.end());
            def(id).weak.insert(t.weak.begin(), t.weak.end());
            def(id).includes.insert(t.includes.begin(), t.includes.end());
            def(id).keys.insert(key);
            if (is_required)
                def(id).required.insert(key);
            // a property's own examples are examples of its value
            if (!boxed && !prop.ref) {
                std::string example_type = qualify_type(value);
                if (prop.example)
                    out_.examples.push_back({ploc.child("example"), example_type, "schema", {}});
                if (prop.examples)
                    for (std::size_t i = 0; i < prop.examples->size(); ++i)
                        out_.examples.push_back(
                            {ploc.child("examples").child(i), example_type, "schema", {}});
            }
            def(id).members.push_back(std::move(m));
        }
    }
    // A required key no part declares: required all the same, any value.
    for (const auto& key : required) {
        if (def(id).keys.count(key))
            continue;
        member_def m;
        m.key = key;
        m.where = where.child("required");
        std::string cpp = member_identifier(key);
        std::string unique = cpp;
        for (int n = 2; member_names.count(unique); ++n)
            unique = cpp + "_" + std::to_string(n);
        member_names.insert(unique);
        m.cpp = unique;
        m.type = "djson::raw_json";
        m.comment = "required by the schema, which does not describe it";
        if (apply_naming(m.cpp, opt_.naming) != key)
            m.options.push_back("djson::key(" + cpp_string(key) + ")");
        def(id).includes.insert("<djson/raw_json.hpp>");
        def(id).keys.insert(key);
        def(id).required.insert(key);
        def(id).members.push_back(std::move(m));
    }
    if (reject) {
        def(id).rejects = true;
        def(id).model_options.push_back("djson::unknown_keys::reject");
        if (def(id).captures)
            note(where, "additionalProperties: false, but a part keeps unknown keys");
    } else if (!def(id).captures && opt_.capture_unknown_keys) {
        member_def m;
        m.cpp =
            member_names.count("additional_properties") ? "additional_properties_" : "additional_properties";
        m.type = "djson::additional_properties";
        m.comment = "unknown keys, kept and written back";
        def(id).members.push_back(std::move(m));
        def(id).captures = true;
        def(id).includes.insert("<djson/additional_properties.hpp>");
    }
    if (extra_schema && !reject) {
        bool any_value = !extra_schema->type && !extra_schema->ref && !extra_schema->properties;
        if (!any_value)
            note(extra_loc, "the schema of additional keys is not checked: they are kept as any JSON value");
    }
    if (s.discriminator)
        note(where.child("discriminator"),
             "a discriminator on an object (not a oneOf/anyOf) is not mapped: the "
             "model reads as itself, not as the subtype the tag names");
    if (s.min_properties || s.max_properties)
        note(where, "minProperties/maxProperties on a model are not checked");
}

// ---- the document --------------------------------------------------------------------------------------

void generator::walk_body(const spec::Body& body0, const location& where0, std::string name,
                          const char* context) {
    const spec::Body* body = &body0;
    location where = where0;
    spec::Body loaded;
    if (body->ref) {
        try {
            auto t = src_.resolve(*body->ref, where);
            auto errs = djson::read_value(loaded, as_object_document(*t.value), spec_options());
            if (!errs.empty()) {
                for (const auto& e : errs)
                    note(location{t.where.file, t.where.pointer + e.path}, e.message());
                return;
            }
            body = &loaded;
            where = t.where;
            // a response or request body of its own (`responses/400.yaml`,
            // `#/components/responses/NotFound`): its types are named after it, not after the first operation
            // that uses it
            std::string stem = t.where.pointer.empty() ? t.where.file : t.where.pointer;
            stem = stem.substr(stem.find_last_of('/') + 1);
            if (auto dot = stem.rfind('.'); dot != std::string::npos && t.where.pointer.empty())
                stem.resize(dot);
            std::string p = pascal_key(stem);
            name =
                (!p.empty() && is_digit(p[0]))
                    ? std::string(context == std::string_view("request") ? "Request" : "Response") + p
                    : type_identifier(p + (context == std::string_view("request") ? "Request" : "Response"));
        } catch (const source_error& e) {
            note_broken(where.child("$ref"), e.what());
            return;
        }
    }
    if (!body->content)
        return;
    for (const auto& [media, mt] : *body->content) {
        if (!mt.schema)
            continue;
        location mloc = where.child("content").child(media);
        if (media.find("json") == std::string::npos)
            continue; // models are JSON
        ctype t = type_of(*mt.schema, mloc.child("schema"), name, -1);
        if (!t.options.empty())
            note(mloc.child("schema"),
                 "constraints on the body as a whole (" + join(t.options, ", ") +
                     ") are not checked: djson checks constraints on model members, and "
                     "the body is a `" +
                     t.text + "`");
        std::string type = t.text;
        // the example's type: qualified
        if (t.nullable)
            type = "djson::nullable<" + type + ">";
        type = qualify_type(type);
        if (mt.example)
            out_.examples.push_back({mloc.child("example"), type, context, {}});
        if (mt.examples)
            for (const auto& [ename, ex] : *mt.examples) {
                location eloc = mloc.child("examples").child(ename);
                if (ex.ref) {
                    try {
                        auto target = src_.resolve(*ex.ref, eloc);
                        if (target.value->is_object() && target.value->as_object().contains("value"))
                            out_.examples.push_back({target.where.child("value"), type, context, {}});
                    } catch (const source_error& e) {
                        note_broken(eloc.child("$ref"), e.what());
                    }
                } else if (ex.value) {
                    out_.examples.push_back({eloc.child("value"), type, context, {}});
                }
            }
    }
}

void generator::walk_document() {
    const location root = src_.root();
    spec::Document doc;
    djson::errors errs = djson::read_value(doc, as_object_document(src_.at(root)), spec_options());
    if (!errs.empty()) {
        std::string what = root.str() + ": not an OpenAPI document:";
        for (const auto& e : errs)
            what += "\n  " + e.message();
        throw source_error(what);
    }
    v30_ = doc.openapi.rfind("3.0", 0) == 0;
    if (doc.openapi.rfind("3.0", 0) != 0 && doc.openapi.rfind("3.1", 0) != 0)
        note(root.child("openapi"),
             "OpenAPI " + doc.openapi + ": only 3.0.x and 3.1.x are known; read as 3.1");
    // Named schemas first, in the document's order. A schema is named where it is: `#/components/schemas/Pet`
    // is `Pet`, a file of its own (`schemas/Pet.yaml`) is `Pet`, a place in a file is its last key. A
    // components entry that is only a `$ref` to a schema named otherwise becomes an alias (below), so that a
    // schema keeps one name however many entries point at it.
    std::vector<std::pair<std::string, location>> aliases; // components key, its entry
    if (doc.components && doc.components->schemas) {
        const auto& obj = src_.at(root).as_object().at("components").as_object().at("schemas").as_object();
        for (const auto& kv : obj) {
            location at = root.child("components").child("schemas").child(kv.key());
            try {
                auto target = src_.follow(at);
                define(target.where);
                if (target.where != at)
                    aliases.emplace_back(std::string(kv.key()), at);
            } catch (const source_error& e) {
                note_broken(at, e.what());
            }
        }
    }
    if (doc.paths) {
        const auto& obj = src_.at(root).as_object().at("paths").as_object();
        for (const auto& kv : obj) {
            location ploc = root.child("paths").child(kv.key());
            spec::PathItem item;
            location iloc = ploc;
            try {
                auto t = src_.follow(ploc);
                iloc = t.where;
                auto perrs = djson::read_value(item, as_object_document(*t.value), spec_options());
                for (const auto& e : perrs)
                    note(location{iloc.file, iloc.pointer + e.path}, e.message());
                if (!perrs.empty())
                    continue;
            } catch (const source_error& e) {
                note_broken(ploc, e.what());
                continue;
            }
            const std::pair<const char*, const std::optional<spec::Operation>*> ops[] = {
                {"get", &item.get},        {"put", &item.put},         {"post", &item.post},
                {"delete", &item.delete_}, {"options", &item.options}, {"head", &item.head},
                {"patch", &item.patch},    {"trace", &item.trace}};
            for (const auto& [method, op] : ops) {
                if (!*op)
                    continue;
                location oloc = iloc.child(method);
                std::string base = (*op)->operation_id
                                       ? type_identifier(*(*op)->operation_id)
                                       : type_identifier(std::string(method) + std::string(kv.key()));
                if ((*op)->request_body)
                    walk_body(*(*op)->request_body, oloc.child("requestBody"), base + "Request", "request");
                if ((*op)->responses)
                    for (const auto& [status, resp] : *(*op)->responses)
                        walk_body(resp, oloc.child("responses").child(status),
                                  base + "Response" + pascal_key(status), "response");
            }
        }
    }
    // The aliases of components entries that refer to a schema named otherwise, once every schema has its
    // name.
    for (const auto& [key, at] : aliases) {
        location target = src_.follow(at).where;
        int tid = by_location_.at(target);
        std::string name = type_identifier(key);
        if (name == def(tid).name)
            continue;
        if (taken(name)) {
            note(at, "`" + key + "` refers to `" + def(tid).name + "`, and `" + name +
                         "` is the name of another schema: no alias `" + name + "` is declared");
            continue;
        }
        take(name);
        int id = static_cast<int>(defs_.size());
        defs_.emplace_back();
        definition& d = def(id);
        d.kind = definition::alias_of_component;
        d.name = name;
        d.where = at;
        d.named = true;
        d.header = id;
        d.comment = "`" + key + "` in components.schemas: the schema `" + def(tid).name + "`";
        d.aliased = named_type(target);
        d.complete = {tid};
        d.nullable = d.aliased.nullable;
        d.building = false;
    }
    // schema-level examples of every named schema
    for (const auto& d : defs_) {
        if (!d.named)
            continue;
        const Schema* s = schema_at(d.where);
        std::string type = qualified(d.name);
        if (d.nullable && d.kind != definition::alias && d.kind != definition::alias_of_component)
            type = "djson::nullable<" + type + ">";
        if (s->example)
            out_.examples.push_back({d.where.child("example"), type, "schema", {}});
        if (s->examples)
            for (std::size_t i = 0; i < s->examples->size(); ++i)
                out_.examples.push_back({d.where.child("examples").child(i), type, "schema", {}});
    }
}

// ---- emitting ------------------------------------------------------------------------------------------

/// `head(arg, arg, ...)tail` within 110 columns: the arguments packed greedily, continuation lines aligned
/// after the opening parenthesis (as clang-format lays out the project's own code). An argument longer than a
/// line stays whole.
std::string wrap_call(const std::string& head, const std::vector<std::string>& args,
                      const std::string& tail) {
    constexpr std::size_t columns = 110;
    std::string one = head + join(args, ", ") + tail;
    if (one.size() <= columns)
        return one + "\n";
    std::string out = head, indent(head.size(), ' ');
    std::size_t line = head.size();
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string piece = args[i] + (i + 1 < args.size() ? "," : tail);
        if (line > head.size() && line + 1 + piece.size() > columns) {
            out += "\n" + indent;
            line = indent.size();
        } else if (line > head.size()) {
            out += ' ';
            ++line;
        }
        out += piece;
        line += piece.size();
    }
    return out + "\n";
}

/// Tarjan's strongly connected components of the graph whose edges `edges_of` gives, reached from `roots` (in
/// their order, each node's edges in theirs): every component comes after the components it reaches.
std::vector<std::vector<int>> strong_components(const std::vector<int>& roots,
                                                const std::function<std::vector<int>(int)>& edges_of) {
    std::map<int, int> index, low;
    std::vector<int> stack;
    std::set<int> on_stack;
    std::vector<std::vector<int>> components;
    std::function<void(int)> visit = [&](int v) {
        const int order = static_cast<int>(index.size());
        index[v] = low[v] = order;
        stack.push_back(v);
        on_stack.insert(v);
        for (int w : edges_of(v)) {
            if (!index.count(w)) {
                visit(w);
                low[v] = std::min(low[v], low[w]);
            } else if (on_stack.count(w)) {
                low[v] = std::min(low[v], index[w]);
            }
        }
        if (low[v] == index[v]) {
            components.emplace_back();
            int w;
            do {
                w = stack.back();
                stack.pop_back();
                on_stack.erase(w);
                components.back().push_back(w);
            } while (w != v);
        }
    };
    for (int r : roots)
        if (!index.count(r))
            visit(r);
    return components;
}

std::string generator::emit_definition(const definition& d) const {
    std::ostringstream o;
    const std::string& ns = opt_.cpp_namespace;
    std::string comment = d.comment.empty() ? std::string{} : "// " + d.comment + "\n";
    std::string origin = "// (spec: " + d.where.str() + ")\n";
    switch (d.kind) {
    case definition::alias:
    case definition::alias_of_component:
        o << "namespace " << ns << " {\n" << comment << origin;
        if (d.rules.empty()) {
            o << "using " << d.name << " = " << d.aliased.text << ";\n";
        } else { // its constraints travel with the type
            o << "struct " << d.name << "_rules {\n"
              << wrap_call("    static constexpr auto rules = std::tuple{", d.rules, "};") << "};\n"
              << "using " << d.name << " = djson::refined<" << d.aliased.text << ", " << d.name
              << "_rules>;\n";
        }
        o << "} // namespace " << ns << "\n";
        break;
    case definition::enumeration: {
        o << "namespace " << ns << " {\n" << comment << origin << "enum class " << d.name << " {\n";
        for (const auto& [cpp, json] : d.enumerators)
            o << "    " << cpp << ",\n";
        o << "};\n";
        if (d.enumerators.size() <= 50) {
            std::vector<std::string> names;
            for (const auto& e : d.enumerators)
                names.push_back(e.first);
            names.insert(names.begin(), d.name);
            o << wrap_call("BOOST_DESCRIBE_ENUM(", names, ")");
        } else {
            o << "BOOST_DESCRIBE_ENUM_BEGIN(" << d.name << ")\n";
            for (const auto& e : d.enumerators)
                o << "BOOST_DESCRIBE_ENUM_ENTRY(" << d.name << ", " << e.first << ")\n";
            o << "BOOST_DESCRIBE_ENUM_END(" << d.name << ")\n";
        }
        std::vector<std::string> opts;
        for (const auto& [cpp, json] : d.enumerators)
            if (cpp != json)
                opts.push_back("djson::member(" + cpp_string(cpp) + ", djson::key(" + cpp_string(json) +
                               "))");
        if (!opts.empty()) {
            opts.insert(opts.begin(), d.name);
            o << wrap_call("DJSON_ENUM(", opts, ");");
        }
        o << "} // namespace " << ns << "\n";
        break;
    }
    case definition::variant:
        o << "namespace " << ns << " {\n"
          << comment << origin << wrap_call("using " + d.name + " = std::variant<", d.alternatives, ">;")
          << "} // namespace " << ns << "\n";
        if (!d.variant_options.empty()) {
            std::vector<std::string> args{ns + "::" + d.name};
            args.insert(args.end(), d.variant_options.begin(), d.variant_options.end());
            o << wrap_call("DJSON_VARIANT(", args, ");");
        }
        break;
    case definition::model: {
        o << "namespace " << ns << " {\n" << comment << origin << "struct " << d.name;
        std::vector<std::string> bases;
        for (int b : d.bases)
            bases.push_back(def(b).name);
        if (!bases.empty())
            o << " : " << join(bases, ", ");
        o << " {\n";
        for (const auto& m : d.members) {
            std::string line = "    " + m.type + " " + m.cpp + m.init + ";";
            if (!m.comment.empty())
                line += " // " + m.comment;
            o << line << "\n";
        }
        o << "};\n";
        std::vector<std::string> names;
        for (const auto& m : d.members)
            names.push_back(m.cpp);
        if (names.size() <= 50) {
            o << wrap_call("BOOST_DESCRIBE_STRUCT(" + d.name + ", (" + join(bases, ", ") + "), (", names,
                           "))");
        } else {
            // More members than Boost.Describe's macros take (52): the descriptor functions they define,
            // written out.
            o << "BOOST_DESCRIBE_BASES(" << d.name << (bases.empty() ? "" : ", " + join(bases, ", "))
              << ")\n";
            o << "inline auto boost_public_member_descriptor_fn(" << d.name << "**) {\n"
              << "    return "
                 "boost::describe::detail::member_descriptor_fn_impl<boost::describe::mod_public>(0";
            for (const auto& n : names)
                o << "\n        BOOST_DESCRIBE_MEMBER_IMPL(" << d.name << ", " << n << ")";
            o << ");\n}\n";
            o << "BOOST_DESCRIBE_PROTECTED_MEMBERS(" << d.name << ")\nBOOST_DESCRIBE_PRIVATE_MEMBERS("
              << d.name << ")\n";
        }
        std::vector<std::string> opts;
        if (opt_.naming != djson::naming::as_declared) {
            static const char* policy[] = {"as_declared", "camel_case", "pascal_case",
                                           "snake_case",  "kebab_case", "screaming_snake_case"};
            opts.push_back(std::string("djson::naming::") + policy[static_cast<int>(opt_.naming)]);
        }
        opts.insert(opts.end(), d.model_options.begin(), d.model_options.end());
        for (const auto& m : d.members)
            if (!m.options.empty())
                opts.push_back("djson::member(" + cpp_string(m.cpp) + ", " + join(m.options, ", ") + ")");
        opts.insert(opts.begin(), d.name);
        o << wrap_call("DJSON_MODEL(", opts, ");");
        o << "} // namespace " << ns << "\n";
        break;
    }
    }
    return o.str();
}

std::vector<generated_file> generator::emit() {
    const int n = static_cast<int>(defs_.size());
    // Headers: one per named definition; edges between them from every dependency.
    auto header_of = [&](int id) { return def(id).header < 0 ? id : def(id).header; };
    std::map<int, std::set<int>> header_edges;
    std::map<int, std::vector<int>> members_of; // header -> definitions it holds
    for (int i = 0; i < n; ++i) {
        int h = header_of(i);
        if (h < 0 || !def(h).named)
            continue;
        members_of[h].push_back(i);
        for (const auto* deps : {&def(i).complete, &def(i).weak})
            for (int dep : *deps) {
                int dh = header_of(dep);
                if (dh != h)
                    header_edges[h].insert(dh);
            }
    }
    // Headers that include each other (a cycle) are one group, one header.
    std::vector<int> all_headers;
    for (const auto& [h, ids] : members_of)
        all_headers.push_back(h);
    std::vector<std::vector<int>> groups = strong_components(
        all_headers, [&](int h) { return std::vector<int>(header_edges[h].begin(), header_edges[h].end()); });
    std::map<int, std::size_t> comp; // header -> its group
    for (std::size_t c = 0; c < groups.size(); ++c)
        for (int h : groups[c])
            comp[h] = c;

    std::string banner = "// Generated by djson-openapi " + generator_version() + " from " +
                         opt_.source_name + ".\n" +
                         "// Do not edit: change the specification and generate again.\n";
    std::vector<generated_file> files;
    std::vector<std::string> all;
    for (std::size_t c = 0; c < groups.size(); ++c) {
        std::vector<int>& headers = groups[c];
        std::sort(headers.begin(), headers.end(), [&](int a, int b) { return def(a).name < def(b).name; });
        std::string file = def(headers.front()).name + ".hpp";
        // every definition of the group, ordered so that complete dependencies come first
        std::vector<int> ids;
        for (int h : headers)
            ids.insert(ids.end(), members_of[h].begin(), members_of[h].end());
        std::set<int> in_group(ids.begin(), ids.end());
        std::vector<int> order;
        std::set<int> placed;
        std::set<int> visiting;
        // Where C++ needs what: a struct needs the types it holds by value complete, and the aliases and
        // variants it names declared; an alias or variant (`using X = std::variant<A, B>;`) needs only its
        // parts declared (a struct is forward-declared), but whoever holds it by value needs those parts
        // complete.
        std::function<void(int)> place, place_complete;
        auto place_declared = [&](int id) {
            if (def(id).kind != definition::model)
                place(id);
        };
        place = [&](int id) {
            if (placed.count(id) || !in_group.count(id))
                return;
            if (visiting.count(id)) {
                note(def(id).where,
                     "`" + def(id).name +
                         "` contains itself by value (through other types): "
                         "the generated header does not compile; hold one of them in an array");
                return;
            }
            visiting.insert(id);
            bool model = def(id).kind == definition::model;
            for (int dep : def(id).complete)
                model ? place_complete(dep) : place_declared(dep);
            for (int dep : def(id).weak)
                place_declared(dep);
            visiting.erase(id);
            placed.insert(id);
            order.push_back(id);
        };
        std::set<int> completing;
        place_complete = [&](int id) {
            place(id);
            if (def(id).kind == definition::model || !in_group.count(id) || !completing.insert(id).second)
                return;
            for (int dep : def(id).complete)
                place_complete(dep);
            completing.erase(id);
        };
        // Beyond what C++ needs, a definition comes after the definitions of the group it names (a variant
        // after its alternatives, which C++ would take forward-declared) wherever they do not name each other
        // in a cycle: the components of "names" (complete dependencies before weak ones, as place() takes
        // them), dependencies first, each placed as C++ needs.
        auto names = [&](int id) {
            std::vector<int> out;
            for (const auto* deps : {&def(id).complete, &def(id).weak})
                for (int dep : *deps)
                    if (in_group.count(dep) && std::find(out.begin(), out.end(), dep) == out.end())
                        out.push_back(dep);
            return out;
        };
        std::vector<int> sorted_ids = ids;
        std::sort(sorted_ids.begin(), sorted_ids.end());
        for (std::vector<int>& component : strong_components(sorted_ids, names)) {
            std::sort(component.begin(), component.end());
            for (int id : component)
                place(id);
        }

        std::set<std::string> includes{"<djson/djson.hpp>"};
        std::set<std::string> local;
        std::set<std::string> forward;
        for (int id : order) {
            includes.insert(def(id).includes.begin(), def(id).includes.end());
            for (const auto* deps : {&def(id).complete, &def(id).weak})
                for (int dep : *deps) {
                    int dh = header_of(dep);
                    if (comp[dh] != c)
                        local.insert(def(dh).name);
                }
            // a model named inside a vector or map, or by an alias or variant, before (or within) its own
            // definition
            for (int dep : def(id).weak)
                if (in_group.count(dep) && def(dep).kind == definition::model)
                    forward.insert(def(dep).name);
            if (def(id).kind != definition::model)
                for (int dep : def(id).complete)
                    if (in_group.count(dep) && def(dep).kind == definition::model)
                        forward.insert(def(dep).name);
        }
        std::ostringstream o;
        o << banner << "//\n";
        for (int h : headers)
            o << "// " << def(h).name << ": " << def(h).where.str() << "\n";
        o << "#pragma once\n\n";
        std::vector<std::string> system, djson_headers;
        for (const auto& i : includes)
            (i.rfind("<djson/", 0) == 0 ? djson_headers : system).push_back(i);
        for (const auto& i : djson_headers)
            o << "#include " << i << "\n";
        if (!local.empty()) {
            o << "\n";
            for (const auto& l : local)
                o << "#include \"" << l << ".hpp\"\n";
        }
        if (!system.empty()) {
            o << "\n";
            for (const auto& i : system)
                o << "#include " << i << "\n";
        }
        if (!forward.empty()) {
            o << "\nnamespace " << opt_.cpp_namespace << " {\n";
            for (const auto& f : forward)
                o << "struct " << f << ";\n";
            o << "} // namespace " << opt_.cpp_namespace << "\n";
        }
        for (int id : order)
            o << "\n" << emit_definition(def(id));
        files.push_back({file, o.str()});
        all.push_back(file);
        for (int id : order)
            header_of_name_[def(id).name] = file;
        for (std::size_t i = 1; i < headers.size(); ++i) {
            std::string fwd = def(headers[i]).name + ".hpp";
            files.push_back(
                {fwd, banner + "// " + def(headers[i]).name + ": " + def(headers[i]).where.str() +
                          " (declared with the types it refers to in a cycle)\n#pragma once\n\n#include \"" +
                          file + "\"\n"});
            all.push_back(fwd);
        }
    }
    std::sort(all.begin(), all.end());
    std::ostringstream a;
    a << banner << "// Every model of the document.\n#pragma once\n\n";
    for (const auto& f : all)
        a << "#include \"" << f << "\"\n";
    files.push_back({"all.hpp", a.str()});
    std::sort(files.begin(), files.end(), [](const auto& x, const auto& y) { return x.name < y.name; });
    return files;
}

generation generator::run() {
    walk_document();
    for (const inexact_integer& i : src_.inexact_integers())
        if (!inexact_reported_.count(i.where))
            note(i.where, "integer " + i.text +
                              ": no int64, uint64 or double holds it exactly; read as the nearest "
                              "double, " +
                              number_literal(src_.at(i.where)));
    // one report per place and message (a schema reached on two paths is looked at twice)
    std::set<std::pair<std::string, std::string>> seen;
    std::erase_if(out_.reports, [&](const report& r) {
        return !seen.insert({r.where.str(), r.message}).second;
    });
    out_.types = defs_.size();
    out_.files = emit();
    // the headers each example's type needs
    for (auto& e : out_.examples) {
        std::set<std::string> headers;
        const std::string prefix = opt_.cpp_namespace + "::";
        for (std::size_t at = e.type.find(prefix); at != std::string::npos;
             at = e.type.find(prefix, at + 1)) {
            std::size_t b = at + prefix.size(), end = b;
            while (end < e.type.size() &&
                   (std::isalnum(static_cast<unsigned char>(e.type[end])) || e.type[end] == '_'))
                ++end;
            if (auto h = header_of_name_.find(e.type.substr(b, end - b)); h != header_of_name_.end())
                headers.insert(h->second);
        }
        e.headers.assign(headers.begin(), headers.end());
    }
    for (const auto& d : defs_)
        if (d.named && d.kind != definition::alias_of_component)
            out_.models.push_back({qualified(d.name), d.where});
    std::sort(out_.models.begin(), out_.models.end(),
              [](const named_model& a, const named_model& b) { return a.type < b.type; });
    return std::move(out_);
}

} // namespace

std::string generator_version() {
    return DJSON_VERSION_STRING;
}

bool reserved_word(std::string_view word) {
    return cpp_keywords().count(word) > 0;
}

generation generate(source_set& sources, const generator_options& options) {
    // Names do not depend on the order schemas are reached in: a first walk finds every schema that gets a
    // name of its own; the run names them in the order of their places (shallower files first, then by path
    // and pointer), so that `schemas/Schedule.yaml` is `Schedule` before `schemas/schedule/Schedule.yaml`,
    // and adding an operation does not rename a type. The first walk builds the definitions all the same:
    // whether a place gets a name of its own is the generator's decision (a `$ref`'d allOf part that is no
    // object is never defined, a discriminator's mapping is followed only when every alternative is an object
    // declaring the tag, and a place reached inline before any `$ref` names it stays inline).
    std::vector<location> places = generator(sources, options).named_places();
    auto depth = [](const location& l) { return std::count(l.file.begin(), l.file.end(), '/'); };
    std::sort(places.begin(), places.end(), [&](const location& a, const location& b) {
        if (depth(a) != depth(b))
            return depth(a) < depth(b);
        return a < b;
    });
    generator g(sources, options);
    generator namer(sources, options);
    for (const auto& where : places)
        g.reserve(where, namer.name_for(where));
    return g.run();
}

} // namespace djson_openapi
