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
    if (!detail::write_text(out, value, opt))
        detail::throw_write_errors(validate(value));
}

/// `value` as JSON text: compact by default, `{.pretty = true}` for people.
template <class T> std::string to_json(const T& value, const options& opt = {}) {
    std::string out;
    write_json(out, value, opt);
    return out;
}

/// `value` as a boost::json::value, with exactly the content `to_json(value, opt)` writes: the DOM that
/// reading that text gives (numbers as int64, or uint64 above its range, or double; keys in the order
/// written), built without the text. Its memory comes from `sp`. Throws what `to_json` throws.
template <class T>
boost::json::value to_value(const T& value, const options& opt,
                            boost::json::storage_ptr sp) { // sp = {}: model.hpp
    {
        detail::dom_writer w{opt, sp};
        detail::write_value(w, value);
        if (w.bad)
            detail::throw_write_errors(validate(value));
        if (!w.give_up)
            return w.release();
    }
    // Text that the reader might refuse (see dom_writer): the text route decides.
    return boost::json::value(detail::text_to_dom(to_json(value, opt)), std::move(sp));
}

/// `value` as a boost::json::value, with exactly the content `to_json` writes.
template <class T> boost::json::value to_value(const T& value) {
    return to_value(value, options{});
}

} // namespace djson
