// Writing models as JSON text (`to_json`, `write_json`) and as a Boost.JSON DOM (`to_value`).
#pragma once

#include <djson/config.hpp>

#include <djson/detail/writer.hpp>
#include <djson/error.hpp>
#include <djson/options.hpp>
#include <djson/validate.hpp>

#include <boost/json/value.hpp>

#include <string>

namespace djson {

namespace detail {
// src/write.cpp; falls back to a generic error if empty
[[noreturn]] DJSON_API void throw_write_errors(errors list);
DJSON_API boost::json::value text_to_dom(std::string_view compact_json);
} // namespace detail

/// Appends `value` as JSON to `out` (reuse `out` to avoid allocating). Throws `djson::error` listing every
/// value that JSON cannot represent (NaN, invalid UTF-8, ...), each at its path; `out` then holds partial
/// output.
template <class T> void write_json(std::string& out, const T& value, const options& opt = {}) {
    detail::text_writer w{out, opt};
    detail::write_value(w, value);
    if (w.bad)
        detail::throw_write_errors(validate(value));
}

/// `value` as JSON text: compact by default, `{.pretty = true}` for people.
template <class T> std::string to_json(const T& value, const options& opt = {}) {
    std::string out;
    write_json(out, value, opt);
    return out;
}

/// `value` as a boost::json::value, with exactly the content `to_json` writes.
template <class T> boost::json::value to_value(const T& value) {
    return detail::text_to_dom(to_json(value));
}

} // namespace djson
