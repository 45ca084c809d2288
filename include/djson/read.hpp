// Reading models from JSON text (straight from the tokenizer's events, no DOM) and from a boost::json::value. Both
// go through the same machine, so they accept and reject the same things with the same errors.
#pragma once

#include <djson/detail/read_ops.hpp>
#include <djson/error.hpp>
#include <djson/options.hpp>
#include <djson/result.hpp>

#include <boost/json/value.hpp>

#include <string_view>

namespace djson {

/// Reads `text` into `out`, which may be warm (its capacity is reused). On failure `out` is left in a valid but
/// unspecified state and the errors are returned; on success the list is empty.
template <class T> errors read_json(T& out, std::string_view text, const options& opt = {}) {
    errors errs;
    detail::reader r(opt, errs);
    r.read_text(text, detail::ops_for<T>, &out);
    return errs;
}

/// Reads `text` as a T. Never throws for bad input: the result holds the value or every error.
template <class T> result<T> try_from_json(std::string_view text, const options& opt = {}) {
    T out{};
    errors errs = read_json(out, text, opt);
    if (!errs.empty()) return errs;
    return out;
}

/// Reads `text` as a T; throws `djson::error` listing the errors.
template <class T> T from_json(std::string_view text, const options& opt = {}) {
    return try_from_json<T>(text, opt).value();
}

/// Reads a DOM into `out` with the rules of read_json.
template <class T> errors read_value(T& out, const boost::json::value& jv, const options& opt = {}) {
    errors errs;
    detail::reader r(opt, errs);
    r.read_dom(jv, detail::ops_for<T>, &out);
    return errs;
}

template <class T> result<T> try_from_value(const boost::json::value& jv, const options& opt = {}) {
    T out{};
    errors errs = read_value(out, jv, opt);
    if (!errs.empty()) return errs;
    return out;
}

template <class T> T from_value(const boost::json::value& jv, const options& opt) {
    return try_from_value<T>(jv, opt).value();
}

namespace detail {
template <class T> boost::system::result<T> try_value_to_for_boost(const boost::json::value& jv) {
    auto r = try_from_value<T>(jv);
    if (!r)
        return boost::system::result<T>(boost::system::in_place_error,
                                        boost::system::error_code(make_error_code(r.error_list().front().code)));
    return boost::system::result<T>(boost::system::in_place_value, std::move(*r));
}
} // namespace detail

} // namespace djson
