// djson-openapi's source loader: files read once, YAML mapped to JSON by the YAML 1.2 core schema, JSON
// parsed with duplicate keys refused, and `$ref`s resolved (RFC 3986 relative references, RFC 6901 pointers).
#include "source.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <optional>
#include <unordered_set>
#include <utility>

namespace djson_openapi {

// --- location and JSON Pointers ----------------------------------------------------------------------------

std::string escape_pointer_token(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::vector<std::string> pointer_tokens(std::string_view pointer) {
    std::vector<std::string> tokens;
    if (pointer.empty())
        return tokens;
    if (pointer.front() != '/')
        throw std::invalid_argument("a JSON Pointer starts with '/'");
    for (std::size_t i = 1;; ++i) {
        std::string token;
        for (; i < pointer.size() && pointer[i] != '/'; ++i) {
            if (pointer[i] != '~') {
                token += pointer[i];
            } else if (i + 1 < pointer.size() && (pointer[i + 1] == '0' || pointer[i + 1] == '1')) {
                token += pointer[++i] == '0' ? '~' : '/';
            } else {
                throw std::invalid_argument("'~' must be followed by 0 or 1 in a JSON Pointer");
            }
        }
        tokens.push_back(std::move(token));
        if (i >= pointer.size())
            return tokens;
    }
}

location location::child(std::string_view key) const {
    return {file, pointer + '/' + escape_pointer_token(key)};
}

location location::child(std::size_t index) const {
    return {file, pointer + '/' + std::to_string(index)};
}

std::string location::str() const {
    return pointer.empty() ? file : file + '#' + pointer;
}

namespace {

// --- Text checks and positions -----------------------------------------------------------------------------

std::string in_quotes(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) < 0x20) {
            constexpr char hex[] = "0123456789abcdef";
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
        } else {
            out += c;
        }
    }
    return out + '"';
}

// 1-based line and column of a byte offset. Lines end at LF, CRLF or CR (as YAML says); the column counts
// code points, which is what an editor shows.
std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    int line = 1;
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
            ++line;
            line_start = i + 1;
        }
    }
    int column = 1;
    for (std::size_t i = line_start; i < offset; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
            ++column;
    return {line, column};
}

[[noreturn]] void fail_at(std::string_view name, std::string_view text, std::size_t offset,
                          std::string_view what) {
    auto [line, column] = line_column(text, offset);
    throw source_error(std::string(name) + ':' + std::to_string(line) + ':' + std::to_string(column) + ": " +
                       std::string(what));
}

struct text_problem {
    std::size_t offset;
    std::string what;
};

// The first byte that is not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF). For YAML, also the first character YAML does not allow (c-printable, YAML 1.2 section 5.1):
// besides being right, this keeps yaml-cpp from taking text with NUL bytes for UTF-16, which would shift
// every offset.
std::optional<text_problem> find_text_problem(std::string_view text, bool yaml) {
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    for (std::size_t i = 0; i < n;) {
        const unsigned char c = s[i];
        std::size_t len = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if (c < 0x80) {
            len = 1;
            cp = c;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1Fu;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0Fu;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07u;
            min = 0x10000;
        } else {
            return text_problem{i, "invalid UTF-8"};
        }
        if (i + len > n)
            return text_problem{i, "invalid UTF-8 (truncated sequence)"};
        for (std::size_t k = 1; k < len; ++k) {
            if ((s[i + k] & 0xC0) != 0x80)
                return text_problem{i, "invalid UTF-8"};
            cp = (cp << 6) | (s[i + k] & 0x3Fu);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return text_problem{i, "invalid UTF-8"};
        if (yaml) {
            const bool printable =
                cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) || cp == 0x85 ||
                (cp >= 0xA0 && cp <= 0xFFFD && !(cp >= 0xD800 && cp <= 0xDFFF)) || cp >= 0x10000;
            if (!printable) {
                char buf[16];
                std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
                return text_problem{i, std::string("character ") + buf + " is not allowed in YAML"};
            }
        }
        i += len;
    }
    return std::nullopt;
}

void check_text(std::string_view text, std::string_view name, bool yaml) {
    if (auto problem = find_text_problem(text, yaml))
        fail_at(name, text, problem->offset, problem->what);
}

std::string_view skip_bom(std::string_view text) {
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return text;
}

// --- The YAML 1.2 core schema (section 10.3.2) -------------------------------------------------------------

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

bool is_null_form(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

std::optional<bool> bool_form(std::string_view s) {
    if (s == "true" || s == "True" || s == "TRUE")
        return true;
    if (s == "false" || s == "False" || s == "FALSE")
        return false;
    return std::nullopt;
}

bool all_of(std::string_view s, bool (*pred)(char)) {
    return !s.empty() && std::all_of(s.begin(), s.end(), pred);
}

// [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_float_form(std::string_view s) {
    std::size_t i = 0;
    const auto digits = [&] {
        const std::size_t start = i;
        while (i < s.size() && is_digit(s[i]))
            ++i;
        return i - start;
    };
    if (i < s.size() && (s[i] == '+' || s[i] == '-'))
        ++i;
    const std::size_t whole = digits();
    if (i < s.size() && s[i] == '.') {
        ++i;
        if (digits() == 0 && whole == 0)
            return false;
    } else if (whole == 0) {
        return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        if (digits() == 0)
            return false;
    }
    return i == s.size();
}

bool is_inf_or_nan_form(std::string_view s) {
    if (s == ".nan" || s == ".NaN" || s == ".NAN")
        return true;
    if (!s.empty() && (s.front() == '+' || s.front() == '-'))
        s.remove_prefix(1);
    return s == ".inf" || s == ".Inf" || s == ".INF";
}

// What converting a scalar gave: a value, or why it cannot be one (the caller adds the position).
struct scalar_result {
    boost::json::value value;
    std::string error;
    bool inexact = false; // an integer no int64, uint64 or double holds: `value` is the nearest double
};

// The error for an inexact integer where the caller takes none (parse_document).
std::string inexact_error(std::string_view text) {
    return "integer " + std::string(text) + " is out of range (not exact as int64, uint64 or double)";
}

// The order of magnitude of a decimal number in float form, enough to tell an overflow from an underflow when
// std::from_chars reports result_out_of_range.
bool decimal_is_large(std::string_view s) {
    long long exponent = 0;
    const std::size_t e = s.find_first_of("eE");
    if (e != std::string_view::npos) {
        std::string_view exp = s.substr(e + 1);
        const bool negative = !exp.empty() && exp.front() == '-';
        if (!exp.empty() && (exp.front() == '+' || exp.front() == '-'))
            exp.remove_prefix(1);
        for (char c : exp)
            exponent =
                std::min(exponent * 10 + (c - '0'), 1'000'000'000LL); // saturates: only the sign matters
        if (negative)
            exponent = -exponent;
        s = s.substr(0, e);
    }
    const std::size_t first = s.find_first_of("123456789");
    const std::size_t point = std::min(s.find('.'), s.size());
    // digit at index `first` stands for 10^(point - first - 1), or 10^(point - first) when after the point
    const long long scale =
        first < point ? static_cast<long long>(point - first) - 1 : -static_cast<long long>(first - point);
    return exponent + scale >= 0;
}

scalar_result float_value(std::string_view s) {
    std::string_view digits = s;
    if (!digits.empty() && digits.front() == '+') // std::from_chars takes '-' but not '+'
        digits.remove_prefix(1);
    double d = 0;
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), d);
    if (ec == std::errc::result_out_of_range) {
        if (decimal_is_large(digits))
            return {nullptr, "number " + std::string(s) + " is out of range for a double"};
        d = digits.front() == '-' ? -0.0 : 0.0; // an underflow rounds to zero
    } else if (ec != std::errc{} || ptr != digits.data() + digits.size()) {
        return {nullptr, "cannot read " + in_quotes(s) + " as a number"};
    }
    return {d, {}};
}

// A decimal integer beyond 64 bits becomes the nearest double, `inexact` unless the double has that exact
// value (whether that is an error is the caller's call). Beyond a double's range, it is an error.
scalar_result big_integer(std::string_view s) {
    scalar_result r = float_value(s);
    if (!r.error.empty() || !r.value.is_double())
        return {nullptr, "integer " + std::string(s) + " is out of range (beyond the range of a double)"};
    char buf[400]; // the largest finite double has 309 integer digits
    const auto [end, ec] =
        std::to_chars(buf, buf + sizeof buf, r.value.get_double(), std::chars_format::fixed, 0);
    std::string_view exact(buf, ec == std::errc{} ? static_cast<std::size_t>(end - buf) : 0);
    std::string_view written = s;
    const bool negative = !written.empty() && written.front() == '-';
    if (!written.empty() && (written.front() == '+' || written.front() == '-'))
        written.remove_prefix(1);
    written.remove_prefix(std::min(written.find_first_not_of('0'), written.size()));
    if (negative && exact.starts_with('-'))
        exact.remove_prefix(1);
    r.inexact = exact != written;
    return r;
}

// The integer forms: [-+]?[0-9]+, 0o[0-7]+, 0x[0-9a-fA-F]+ (nullopt for anything else). Non-negative values
// that fit are int64 (as Boost.JSON parses them), larger ones uint64.
std::optional<scalar_result> integer_value(std::string_view s) {
    const auto unsigned_value = [&](std::string_view digits, int base) -> scalar_result {
        std::uint64_t u = 0;
        const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), u, base);
        if (ec != std::errc{} || ptr != digits.data() + digits.size())
            return {nullptr, "integer " + std::string(s) + " is out of range for uint64"};
        if (u <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return {static_cast<std::int64_t>(u), {}};
        return {u, {}};
    };
    if (s.size() > 2 && s.starts_with("0o") &&
        all_of(s.substr(2), [](char c) { return c >= '0' && c <= '7'; }))
        return unsigned_value(s.substr(2), 8);
    if (s.size() > 2 && s.starts_with("0x") && all_of(s.substr(2), [](char c) {
            return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }))
        return unsigned_value(s.substr(2), 16);

    std::string_view digits = s;
    const bool negative = !digits.empty() && digits.front() == '-';
    if (!digits.empty() && (digits.front() == '+' || negative))
        digits.remove_prefix(1);
    if (!all_of(digits, is_digit))
        return std::nullopt;
    if (!negative) {
        scalar_result r = unsigned_value(digits, 10);
        return r.error.empty() ? r : big_integer(s);
    }
    std::int64_t i = 0;
    const std::string_view signed_digits = s; // from_chars reads the '-' itself
    const auto [ptr, ec] =
        std::from_chars(signed_digits.data(), signed_digits.data() + signed_digits.size(), i);
    if (ec == std::errc{} && ptr == signed_digits.data() + signed_digits.size())
        return scalar_result{i, {}};
    return big_integer(s);
}

// A plain (unquoted, untagged) scalar by the core schema; everything that is no null, bool, int or float form
// is a string, so YAML 1.1's `yes`, `no`, `on` and `OFF` stay strings.
scalar_result plain_scalar(const std::string& s) {
    if (is_null_form(s))
        return {nullptr, {}};
    if (auto b = bool_form(s))
        return {*b, {}};
    if (auto i = integer_value(s))
        return std::move(*i);
    if (is_float_form(s))
        return float_value(s);
    if (is_inf_or_nan_form(s))
        return {nullptr,
                in_quotes(s) + " (infinity or NaN) cannot be represented in JSON; quote it for a string"};
    return {boost::json::string(s), {}};
}

constexpr std::string_view yaml_tag_prefix = "tag:yaml.org,2002:";
constexpr std::string_view supported_tags = "only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are";

// A scalar with its tag: "!" is a non-plain scalar (quoted or block) or the non-specific tag, always a
// string; "?" is a plain scalar; "tag:yaml.org,2002:x" is `!!x`.
scalar_result tagged_scalar(const std::string& tag, const std::string& s) {
    if (tag == "!")
        return {boost::json::string(s), {}};
    if (tag == "?")
        return plain_scalar(s);
    const std::string_view t = std::string_view(tag).starts_with(yaml_tag_prefix)
                                   ? std::string_view(tag).substr(yaml_tag_prefix.size())
                                   : std::string_view{};
    if (t == "str")
        return {boost::json::string(s), {}};
    if (t == "null") {
        if (is_null_form(s))
            return {nullptr, {}};
    } else if (t == "bool") {
        if (auto b = bool_form(s))
            return {*b, {}};
    } else if (t == "int") {
        if (auto i = integer_value(s))
            return std::move(*i);
    } else if (t == "float") {
        if (is_float_form(s))
            return float_value(s);
        if (is_inf_or_nan_form(s))
            return {nullptr, in_quotes(s) + " (infinity or NaN) cannot be represented in JSON"};
    } else {
        return {nullptr, "unsupported tag " + in_quotes(tag) + " (" + std::string(supported_tags) + ")"};
    }
    return {nullptr, in_quotes(s) + " is not a valid !!" + std::string(t)};
}

// --- YAML to JSON ------------------------------------------------------------------------------------------

bool is_merge_key(const YAML::Node& key) {
    return key.IsScalar() && key.Scalar() == "<<" &&
           (key.Tag() == "?" || key.Tag() == "tag:yaml.org,2002:merge");
}

// Only ever constructed, never assigned: YAML::Node's operator= would write through to the node it refers to.
struct yaml_entry {
    std::string key;
    YAML::Node key_node;
    YAML::Node value;
};

// Converts a yaml-cpp node tree. Also used by source_set::position() to walk a loaded file by pointer, since
// merge keys decide which node a key names.
class yaml_converter {
  public:
    // `inexact` collects the integers no int64, uint64 or double holds; without it, they are errors.
    yaml_converter(std::string_view text, std::string_view name, const parse_limits& limits,
                   std::vector<inexact_integer>* inexact = nullptr)
        : text_(text), name_(name), limits_(limits), inexact_(inexact) {}

    boost::json::value convert(const YAML::Node& node) { return value_of(node, 0); }

    // A mapping's entries as JSON sees them: keys in the order written, each key a merge key (`<<`) brings in
    // placed where the `<<` is, unless the mapping has it already (explicit keys win, wherever they stand; of
    // several merged mappings, the first that has a key wins).
    std::vector<yaml_entry> entries(const YAML::Node& mapping, std::size_t depth) const {
        if (depth > limits_.max_depth)
            fail(mapping, "nested deeper than " + std::to_string(limits_.max_depth) +
                              " levels (an alias inside its own anchor?)");
        std::vector<yaml_entry> out;
        std::unordered_set<std::string> keys;
        std::size_t merge_at =
            out.max_size(); // the `<<` entry in `out`; its value is the mapping(s) it merges
        for (const auto& kv : mapping) {
            if (is_merge_key(kv.first)) {
                if (merge_at != out.max_size())
                    fail(kv.first, "duplicate merge key \"<<\"");
                merge_at = out.size();
                out.push_back({"<<", kv.first, kv.second});
            } else {
                out.push_back({key_text(kv.first), kv.first, kv.second});
                if (!keys.insert(out.back().key).second)
                    fail(kv.first, "duplicate key " + in_quotes(out.back().key));
            }
        }
        if (merge_at == out.max_size())
            return out;

        std::vector<yaml_entry> result;
        std::unordered_set<std::string> added;
        const auto merge_one = [&](const YAML::Node& source) {
            if (!source.IsMap())
                fail(source, "a merge key (<<) takes a mapping or a sequence of mappings");
            for (yaml_entry& e : entries(source, depth + 1))
                if (!keys.contains(e.key) && added.insert(e.key).second)
                    result.push_back(std::move(e));
        };
        for (std::size_t i = 0; i < out.size(); ++i) {
            if (i != merge_at)
                result.push_back(std::move(out[i]));
            else if (out[i].value.IsSequence())
                for (const auto& source : out[i].value)
                    merge_one(source);
            else
                merge_one(out[i].value);
        }
        return result;
    }

    // A mapping key becomes the scalar's text as written: `200:` is "200", `true:` is "true". yaml-cpp has
    // already turned a plain null spelling into a null node, so that spelling is read back from the text.
    std::string key_text(const YAML::Node& key) const {
        if (key.IsScalar())
            return key.Scalar();
        if (key.IsNull()) {
            const int pos = key.Mark().pos;
            if (pos >= 0 && static_cast<std::size_t>(pos) < text_.size()) {
                const std::string_view rest = text_.substr(static_cast<std::size_t>(pos));
                for (std::string_view spelling : {"null", "Null", "NULL", "~"})
                    if (rest.starts_with(spelling))
                        return std::string(spelling);
            }
            return {}; // an empty key, as in `? ` or `: value`
        }
        fail(key, "a mapping key must be a scalar (JSON object keys are strings)");
    }

    [[noreturn]] void fail(const YAML::Node& node, std::string_view what) const {
        std::string message(what);
        if (!path_.empty()) {
            message += " (at #";
            for (const std::string& token : path_)
                message += '/' + escape_pointer_token(token);
            message += ')';
        }
        const int pos = node.Mark().pos;
        if (pos < 0)
            throw source_error(std::string(name_) + ": " + message);
        fail_at(name_, text_, static_cast<std::size_t>(pos), message);
    }

  private:
    boost::json::value value_of(const YAML::Node& node, std::size_t depth) {
        if (++values_ > limits_.max_values)
            fail(node, "more than " + std::to_string(limits_.max_values) +
                           " values with aliases expanded (an alias bomb?)");
        if (depth > limits_.max_depth)
            fail(node, "nested deeper than " + std::to_string(limits_.max_depth) +
                           " levels (an alias inside its own anchor?)");
        switch (node.Type()) {
        case YAML::NodeType::Null:
            return nullptr;
        case YAML::NodeType::Scalar: {
            scalar_result r = tagged_scalar(node.Tag(), node.Scalar());
            if (!r.error.empty())
                fail(node, r.error);
            if (r.inexact) {
                if (!inexact_)
                    fail(node, inexact_error(node.Scalar()));
                std::string pointer;
                for (const std::string& token : path_)
                    pointer += '/' + escape_pointer_token(token);
                inexact_->push_back({{std::string(name_), std::move(pointer)}, node.Scalar()});
            }
            return std::move(r.value);
        }
        case YAML::NodeType::Sequence: {
            check_collection_tag(node, "seq");
            boost::json::array a;
            a.reserve(node.size());
            for (const auto& item : node) {
                path_.push_back(std::to_string(a.size()));
                a.push_back(value_of(item, depth + 1));
                path_.pop_back();
            }
            return a;
        }
        case YAML::NodeType::Map: {
            check_collection_tag(node, "map");
            std::vector<yaml_entry> es = entries(node, depth);
            boost::json::object o;
            o.reserve(es.size());
            for (yaml_entry& e : es) {
                path_.push_back(e.key);
                boost::json::value v = value_of(e.value, depth + 1);
                path_.pop_back();
                o.emplace(e.key, std::move(v));
            }
            return o;
        }
        case YAML::NodeType::Undefined:
            break;
        }
        fail(node, "undefined YAML node");
    }

    void check_collection_tag(const YAML::Node& node, std::string_view kind) const {
        const std::string& tag = node.Tag();
        if (tag != "?" && tag != "!" &&
            !(std::string_view(tag).starts_with(yaml_tag_prefix) &&
              tag.substr(yaml_tag_prefix.size()) == kind))
            fail(node, "unsupported tag " + in_quotes(tag) + " (" + std::string(supported_tags) + ")");
    }

    std::string_view text_;
    std::string_view name_;
    parse_limits limits_;
    std::vector<inexact_integer>* inexact_;
    std::size_t values_ = 0;
    std::vector<std::string> path_; // tokens of the value being converted, for messages and inexact_
};

struct yaml_document {
    boost::json::value value;
    YAML::Node root;
};

// `text` has no byte order mark and has passed check_text, so yaml-cpp's byte offsets (Mark::pos) are offsets
// into it.
yaml_document parse_yaml(std::string_view text, std::string_view name, const parse_limits& limits,
                         std::vector<inexact_integer>* inexact) {
    std::vector<YAML::Node> documents;
    try {
        documents = YAML::LoadAll(std::string(text));
    } catch (const YAML::DeepRecursion& e) { // its message is yaml-cpp's "bad file"
        fail_at(name, text, static_cast<std::size_t>(e.mark.pos),
                "nested deeper than yaml-cpp reads (" + std::to_string(e.depth()) + " levels)");
    } catch (const YAML::Exception& e) {
        if (e.mark.is_null())
            throw source_error(std::string(name) + ": " + e.msg);
        fail_at(name, text, static_cast<std::size_t>(e.mark.pos), e.msg);
    }
    if (documents.empty())
        return {nullptr, YAML::Node()};
    if (documents.size() > 1)
        fail_at(name, text, static_cast<std::size_t>(std::max(documents[1].Mark().pos, 0)),
                "more than one YAML document (an OpenAPI file holds one)");
    yaml_converter converter(text, name, limits, inexact);
    boost::json::value value = converter.convert(documents.front());
    return {std::move(value), documents.front()};
}

// --- JSON --------------------------------------------------------------------------------------------------

// Boost.JSON's parser, with what its default handler does not do: refuse duplicate keys (Boost 1.81 keeps the
// last), read doubles correctly rounded (std::from_chars), and read integers beyond 64 bits as for YAML.
class json_handler {
  public:
    static constexpr std::size_t max_object_size = boost::json::object::max_size();
    static constexpr std::size_t max_array_size = boost::json::array::max_size();
    static constexpr std::size_t max_key_size = boost::json::string::max_size();
    static constexpr std::size_t max_string_size = boost::json::string::max_size();

    boost::json::value_stack stack;
    std::string error; // why a callback failed, when it was us
    std::string_view name;
    std::vector<inexact_integer>* inexact = nullptr; // as for yaml_converter

    bool on_document_begin(boost::json::error_code&) {
        stack.reset();
        return true;
    }
    bool on_document_end(boost::json::error_code&) { return true; }
    bool on_object_begin(boost::json::error_code&) {
        if (keys_.size() == open_objects_)
            keys_.emplace_back();
        keys_[open_objects_++].clear();
        frames_.push_back({false, 0, {}});
        return true;
    }
    bool on_object_end(std::size_t n, boost::json::error_code&) {
        --open_objects_;
        stack.push_object(n);
        frames_.pop_back();
        next();
        return true;
    }
    bool on_array_begin(boost::json::error_code&) {
        frames_.push_back({true, 0, {}});
        return true;
    }
    bool on_array_end(std::size_t n, boost::json::error_code&) {
        stack.push_array(n);
        frames_.pop_back();
        next();
        return true;
    }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        key_.append(s.data(), s.size());
        stack.push_chars(s);
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::json::error_code& ec) {
        key_.append(s.data(), s.size());
        if (!keys_[open_objects_ - 1].insert(key_).second)
            return failed("duplicate key " + in_quotes(key_), ec);
        frames_.back().key.swap(key_);
        key_.clear();
        stack.push_key(s);
        return true;
    }
    bool on_string_part(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        stack.push_chars(s);
        return true;
    }
    bool on_string(boost::json::string_view s, std::size_t, boost::json::error_code&) {
        stack.push_string(s);
        next();
        return true;
    }
    bool on_number_part(boost::json::string_view s, boost::json::error_code&) {
        number_.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t i, boost::json::string_view, boost::json::error_code&) {
        number_.clear();
        stack.push_int64(i);
        next();
        return true;
    }
    bool on_uint64(std::uint64_t u, boost::json::string_view, boost::json::error_code&) {
        number_.clear();
        stack.push_uint64(u);
        next();
        return true;
    }
    bool on_double(double, boost::json::string_view s, boost::json::error_code& ec) {
        number_.append(s.data(), s.size());
        const bool integer = number_.find_first_of(".eE") == std::string::npos;
        scalar_result r = integer ? big_integer(number_) : float_value(number_);
        if (!r.error.empty())
            return failed(std::move(r.error), ec);
        if (r.inexact) {
            if (!inexact)
                return failed(inexact_error(number_), ec);
            inexact->push_back({{std::string(name), pointer()}, number_});
        }
        number_.clear();
        stack.push_double(r.value.get_double());
        next();
        return true;
    }
    bool on_bool(bool b, boost::json::error_code&) {
        stack.push_bool(b);
        next();
        return true;
    }
    bool on_null(boost::json::error_code&) {
        stack.push_null();
        next();
        return true;
    }
    bool on_comment_part(boost::json::string_view, boost::json::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::json::error_code&) { return true; }

  private:
    bool failed(std::string why, boost::json::error_code& ec) {
        error = std::move(why);
        ec = boost::json::error::exception; // any error stops the parser; `error` says which
        return false;
    }

    // A value is done: the next one in an array has the next index.
    void next() {
        if (!frames_.empty() && frames_.back().array)
            ++frames_.back().index;
    }
    // The JSON Pointer of the value being parsed.
    std::string pointer() const {
        std::string out;
        for (const frame& f : frames_)
            out += '/' + (f.array ? std::to_string(f.index) : escape_pointer_token(f.key));
        return out;
    }

    // the keys seen in each open object (the sets are reused from object to object)
    std::vector<std::unordered_set<std::string>> keys_;
    std::size_t open_objects_ = 0;
    std::string key_;
    std::string number_;
    // each open object (with its current key) or array (with the index of its current item), for pointer()
    struct frame {
        bool array;
        std::size_t index;
        std::string key;
    };
    std::vector<frame> frames_;
};

boost::json::value parse_json(std::string_view text, std::string_view name, const parse_limits& limits,
                              std::vector<inexact_integer>* inexact) {
    boost::json::parse_options options;
    options.max_depth = limits.max_depth;
    boost::json::basic_parser<json_handler> parser(options);
    parser.handler().name = name;
    parser.handler().inexact = inexact;
    boost::json::error_code ec;
    const std::size_t consumed = parser.write_some(false, text.data(), text.size(), ec);
    if (ec) {
        const std::string& ours = parser.handler().error;
        fail_at(name, text, consumed, ours.empty() ? ec.message() : ours);
    }
    if (consumed != text.size()) // basic_parser stops after the value (and the white space after it)
        fail_at(name, text, consumed, "extra data after the JSON value");
    return parser.handler().stack.release();
}

bool is_json_name(std::string_view name) {
    if (name.size() < 5)
        return false;
    std::string ext(name.substr(name.size() - 5));
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return ext == ".json";
}

// --- Files and references ----------------------------------------------------------------------------------

std::string read_file(const std::filesystem::path& path, std::string_view name) {
    const auto fail = [&](int err) {
        // the name (relative to the root document's folder), not the absolute path: reports stay the same on
        // every machine and in every checkout
        return source_error(std::string(name) + ": cannot read the file: " + std::strerror(err));
    };
    struct closer {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    errno = 0;
    std::unique_ptr<std::FILE, closer> f(std::fopen(path.string().c_str(), "rb"));
    if (!f)
        throw fail(errno);
    std::string text;
    char buf[1 << 16];
    std::size_t n = 0;
    while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0)
        text.append(buf, n);
    if (std::ferror(f.get()))
        throw fail(errno != 0 ? errno : EIO);
    return text;
}

// "a/./b/../c" -> "a/c"; a ".." that would leave the root folder is kept ("../x"), so the name stays unique.
std::string normalize(std::string_view path) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view part = path.substr(start, end - start);
        if (part == "..") {
            if (!parts.empty() && parts.back() != "..")
                parts.pop_back();
            else
                parts.push_back(part);
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string out;
    for (std::string_view part : parts) {
        if (!out.empty())
            out += '/';
        out += part;
    }
    return out;
}

std::string folder_of(std::string_view file) {
    const std::size_t slash = file.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(file.substr(0, slash + 1));
}

// RFC 3986 section 2.1; nullopt for a '%' not followed by two hex digits, or bytes that are not UTF-8.
std::optional<std::string> percent_decode(std::string_view s) {
    const auto hex = [](char c) -> int {
        if (is_digit(c))
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        if (i + 2 >= s.size() || hex(s[i + 1]) < 0 || hex(s[i + 2]) < 0)
            return std::nullopt;
        out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
        i += 2;
    }
    if (find_text_problem(out, false))
        return std::nullopt;
    return out;
}

// RFC 3986 section 4.2: a relative reference has no ':' before its first '/', '?' or '#' (that would be a
// scheme, as in "https:" or "urn:"; or, with characters no scheme has, no valid reference at all).
bool has_scheme(std::string_view ref) {
    const std::size_t colon = ref.find(':');
    return colon != std::string_view::npos && colon < ref.find_first_of("/?#");
}

} // namespace

boost::json::value parse_document(std::string_view text, std::string_view name, bool json) {
    return parse_document(text, name, json, parse_limits{});
}

boost::json::value parse_document(std::string_view text, std::string_view name, bool json,
                                  const parse_limits& limits) {
    text = skip_bom(text);
    check_text(text, name, !json);
    return json ? parse_json(text, name, limits, nullptr) : parse_yaml(text, name, limits, nullptr).value;
}

// --- source_set --------------------------------------------------------------------------------------------

struct source_set::file {
    boost::json::value value;
    // Kept for position(): the text (without its byte order mark) and yaml-cpp's tree, whose marks are
    // offsets into it. Both empty for JSON files.
    std::string text;
    YAML::Node yaml;
    std::vector<inexact_integer> inexact; // in document order
};

source_set::source_set(const std::filesystem::path& root_file, const parse_limits& limits) : limits_(limits) {
    std::error_code ec;
    const std::filesystem::path absolute = std::filesystem::absolute(root_file, ec).lexically_normal();
    if (ec)
        throw source_error(root_file.string() + ": " + ec.message());
    if (!absolute.has_filename())
        throw source_error(root_file.string() + ": not a file");
    folder_ = absolute.parent_path();
    root_ = {absolute.filename().generic_string(), ""};
    load(root_.file);
}

source_set::source_set(source_set&&) noexcept = default;
source_set& source_set::operator=(source_set&&) noexcept = default;
source_set::~source_set() = default;

const location& source_set::root() const {
    return root_;
}

std::filesystem::path source_set::root_folder() const {
    return folder_;
}

std::vector<std::string> source_set::files() const {
    std::vector<std::string> names;
    names.reserve(files_.size());
    for (const auto& [name, f] : files_)
        names.push_back(name);
    return names;
}

std::vector<inexact_integer> source_set::inexact_integers() const {
    std::vector<inexact_integer> all;
    for (const auto& [name, f] : files_)
        all.insert(all.end(), f->inexact.begin(), f->inexact.end());
    return all;
}

const std::string* source_set::inexact_integer_at(const location& where) const {
    const auto it = files_.find(normalize(where.file));
    if (it == files_.end())
        return nullptr;
    for (const inexact_integer& i : it->second->inexact)
        if (i.where.pointer == where.pointer)
            return &i.text;
    return nullptr;
}

source_set::file& source_set::load(const std::string& requested) {
    const std::string name = normalize(requested);
    if (auto it = files_.find(name); it != files_.end())
        return *it->second;
    auto f = std::make_unique<file>();
    f->text = read_file(folder_ / name, name);
    const std::string_view text = skip_bom(f->text);
    const bool json = is_json_name(name);
    check_text(text, name, !json);
    if (json) {
        f->value = parse_json(text, name, limits_, &f->inexact);
        f->text.clear();
        f->text.shrink_to_fit();
    } else {
        yaml_document doc = parse_yaml(text, name, limits_, &f->inexact);
        f->value = std::move(doc.value);
        f->yaml.reset(doc.root); // (operator= would make the old node an alias of the new one)
        f->text.erase(0, static_cast<std::size_t>(text.data() - f->text.data())); // the marks count from here
    }
    return *files_.emplace(name, std::move(f)).first->second;
}

const boost::json::value& source_set::at(const location& where) {
    const file& f = load(where.file);
    std::vector<std::string> tokens;
    try {
        tokens = pointer_tokens(where.pointer);
    } catch (const std::invalid_argument& e) {
        throw source_error(where.str() + ": not a JSON Pointer (" + e.what() + ")");
    }
    const boost::json::value* v = &f.value;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string& token = tokens[i];
        const auto missing = [&](const std::string& why) {
            location parent{where.file, ""};
            for (std::size_t k = 0; k < i; ++k)
                parent = parent.child(tokens[k]);
            return source_error(where.str() + " does not exist: " + why + " at " + parent.str());
        };
        if (const auto* o = v->if_object()) {
            v = o->if_contains(token);
            if (!v)
                throw missing("no key " + in_quotes(token) + " in the object");
        } else if (const auto* a = v->if_array()) {
            // RFC 6901: an index is "0" or digits without a leading zero
            std::size_t index = 0;
            const bool is_index =
                all_of(token, is_digit) && (token.size() == 1 || token.front() != '0') &&
                std::from_chars(token.data(), token.data() + token.size(), index).ec == std::errc{};
            if (!is_index || index >= a->size())
                throw missing("no item " + in_quotes(token) + " in the array of " +
                              std::to_string(a->size()));
            v = &(*a)[index];
        } else {
            throw missing("no " + in_quotes(token) + " in a " +
                          std::string(boost::json::to_string(v->kind())));
        }
    }
    return *v;
}

source_set::target source_set::resolve(std::string_view ref, const location& from) {
    const auto fail = [&](const std::string& why) {
        return source_error(from.str() + ": $ref " + in_quotes(ref) + ": " + why);
    };
    if (has_scheme(ref) || ref.starts_with("//"))
        throw fail("remote references are not supported (only paths relative to this file)");
    const std::size_t hash = ref.find('#');
    const std::string_view path_part = ref.substr(0, hash);
    if (path_part.find('?') != std::string_view::npos)
        throw fail("a query ('?') is not supported in a reference");
    const std::optional<std::string> path = percent_decode(path_part);
    if (!path)
        throw fail("invalid percent-encoding in the path");
    if (path->starts_with('/'))
        throw fail("absolute paths are not supported (only paths relative to this file)");

    location where{path->empty() ? from.file : normalize(folder_of(from.file) + *path), ""};
    if (hash != std::string_view::npos) {
        const std::optional<std::string> fragment = percent_decode(ref.substr(hash + 1));
        if (!fragment)
            throw fail("invalid percent-encoding in the fragment");
        if (!fragment->empty() && !fragment->starts_with('/'))
            throw fail(
                "the fragment is not a JSON Pointer (plain-name anchors such as \"#foo\" are not supported)");
        where.pointer = *fragment;
    }
    try {
        return {where, &at(where)};
    } catch (const source_error& e) {
        throw fail(e.what());
    }
}

source_set::target source_set::follow(const location& where) {
    target t{where, &at(where)};
    std::vector<location> chain{where};
    while (const auto* o = t.value->if_object()) {
        const boost::json::value* ref = o->if_contains("$ref");
        if (!ref)
            break;
        const location ref_at = t.where.child("$ref");
        if (!ref->is_string())
            throw source_error(ref_at.str() + ": $ref must be a string, not a " +
                               std::string(boost::json::to_string(ref->kind())));
        t = resolve(ref->get_string(), ref_at);
        const bool cycle = std::find(chain.begin(), chain.end(), t.where) != chain.end();
        chain.push_back(t.where);
        if (cycle) {
            std::string message = "reference cycle: ";
            for (std::size_t i = 0; i < chain.size(); ++i)
                message += (i ? " -> " : "") + chain[i].str();
            throw source_error(message);
        }
    }
    return t;
}

std::pair<int, int> source_set::position(const location& where) const {
    const auto it = files_.find(normalize(where.file));
    if (it == files_.end() || it->second->yaml.IsNull()) // JSON, or an empty YAML file
        return {0, 0};
    const file& f = *it->second;
    try {
        const yaml_converter walker(f.text, it->first, limits_);
        // Node::reset() rebinds; yaml-cpp's operator= would write through to the tree.
        YAML::Node node = f.yaml;
        YAML::Node key; // the key of `node`, when `has_key`
        bool has_key = false;
        for (const std::string& token : pointer_tokens(where.pointer)) {
            if (node.IsMap()) {
                bool found = false;
                for (yaml_entry& e : walker.entries(node, 0)) {
                    if (e.key == token) {
                        key.reset(e.key_node);
                        node.reset(e.value);
                        has_key = found = true;
                        break;
                    }
                }
                if (!found)
                    return {0, 0};
            } else if (node.IsSequence()) {
                std::size_t index = 0;
                const auto [ptr, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
                if (ec != std::errc{} || ptr != token.data() + token.size() || index >= node.size())
                    return {0, 0};
                node.reset(std::as_const(node)[index]);
                has_key = false;
            } else {
                return {0, 0};
            }
        }
        // yaml-cpp places an empty value at the next token, often on a later line; its key is where it is.
        YAML::Mark mark = node.Mark();
        if (node.IsNull() && has_key && key.Mark().line != mark.line)
            mark = key.Mark();
        if (mark.pos < 0)
            return {0, 0};
        return line_column(f.text, static_cast<std::size_t>(mark.pos));
    } catch (const std::exception&) {
        return {0, 0};
    }
}

} // namespace djson_openapi
