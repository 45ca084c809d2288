// `djson::raw_json`: any JSON value, kept exactly. A member of this type takes whatever JSON the key holds
// and writes it back as it came: numbers keep their digits (beyond 64 bits, beyond a double's precision or
// range; only an exponent beyond +-2147483647 is refused, by the tokenizer, as a syntax error) and strings
// their escapes. Use it where an API allows any value; `boost::json::value` cannot hold every number.
#pragma once

#include <djson/config.hpp>

#include <djson/result.hpp>

#include <boost/json/fwd.hpp>

#include <string>
#include <string_view>

namespace djson {

/// One JSON value as its compact text (insignificant white space dropped, everything else as spelled). It is
/// always valid JSON: it is made only by reading, by `parse`, or from a DOM. Default-constructed it is
/// `null`.
class DJSON_API raw_json {
  public:
    raw_json() : text_("null") {}

    /// Checks `json` (one JSON value, djson's strict rules: no duplicate keys, valid UTF-8, nesting up to 64)
    /// and keeps it. Throws `djson::error` when it is not.
    static raw_json parse(std::string_view json);
    /// As `parse`, without throwing.
    static result<raw_json> try_parse(std::string_view json);
    /// The value of a DOM. Throws `djson::error` for what JSON cannot spell (NaN, infinity, invalid UTF-8).
    static raw_json from_value(const boost::json::value& v);

    /// The compact JSON text.
    std::string_view text() const noexcept { return text_; }
    /// The value as a DOM. Throws `djson::error` when a number cannot be held by `boost::json::value` without
    /// changing it (more digits than a double keeps, beyond a double's range).
    boost::json::value to_value() const;

    bool is_null() const noexcept { return text_ == "null"; }
    bool is_bool() const noexcept { return text_ == "true" || text_ == "false"; }
    bool is_number() const noexcept { return first() == '-' || (first() >= '0' && first() <= '9'); }
    bool is_string() const noexcept { return first() == '"'; }
    bool is_array() const noexcept { return first() == '['; }
    bool is_object() const noexcept { return first() == '{'; }

    /// Equal as JSON: numbers by exact decimal value (`100` equals `1E+2`; no rounding through a double),
    /// strings by their characters, object members in any order.
    friend DJSON_API bool operator==(const raw_json& a, const raw_json& b);

    // For djson's reader: the buffer the text is read into.
    std::string& buffer_for_reader() noexcept { return text_; }

  private:
    char first() const noexcept { return text_.empty() ? '\0' : text_.front(); }
    std::string text_;
};

} // namespace djson
