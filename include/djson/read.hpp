// Reading models from JSON text (straight from the tokenizer's events, no DOM) and from a boost::json::value.
// Both go through the same machine, so they accept and reject the same things with the same errors.
#pragma once

#include <djson/detail/read_direct.hpp>
#include <djson/detail/read_ops.hpp>
#include <djson/error.hpp>
#include <djson/options.hpp>
#include <djson/result.hpp>

#include <boost/json/value.hpp>

#include <string_view>
#include <utility>

namespace djson {

namespace detail {
// Reading into an existing object is a transaction: the document goes into a per-thread scratch object of the
// same type, which is swapped with the caller's on success. The caller's object is untouched by a failed
// read, and the scratch (the caller's previous contents after a swap) lends its capacity to the next read, so
// a warm read does not allocate. A failed read empties the scratch, so it keeps nothing of a rejected
// document.
template <class T> T& scratch() {
    thread_local T s{};
    return s;
}

// Hands a freshly read `from` to the caller's `to` without reading anything of `to` that may never have been
// initialized (a `bool flag;` member): scalars are assigned, members that hold memory are swapped, so `from`
// keeps their capacity for the next read. Members the model does not describe stay the caller's.
template <class T> void adopt(T& to, T& from) {
    constexpr category c = category_of<T>();
    if constexpr (c == category::model) {
        boost::mp11::mp_for_each<members_of<T>>([&](auto D) { adopt(to.*D.pointer, from.*D.pointer); });
    } else if constexpr (c == category::fixed_array) {
        for (std::size_t i = 0; i < to.size(); ++i)
            adopt(to[i], from[i]);
    } else if constexpr (c == category::tuple) {
        std::apply([&](auto&... t) { std::apply([&](auto&... f) { (adopt(t, f), ...); }, from); }, to);
    } else if constexpr (c == category::boolean || c == category::integer || c == category::floating ||
                         c == category::enumeration || c == category::timestamp) {
        to = from;
    } else if constexpr (c == category::codec || c == category::boost_conversion) {
        to = std::move(from); // a user type: it may hold scalars that were never initialized
    } else {
        using std::swap; // strings, containers, optionals, DOM and raw values: always initialized
        swap(to, from);
    }
}

template <class T, class Source> errors read_transaction(T& out, Source&& read) {
    errors errs;
    T& s = scratch<T>();
    if (&s == &out) { // a caller reading into the scratch itself (from a nested read): read directly
        read(errs, out);
        return errs;
    }
    read(errs, s);
    if (errs.empty()) {
        adopt(out, s);
    } else {
        s = T{};
    }
    return errs;
}
} // namespace detail

/// Reads `text` into `out`, reusing the capacity that earlier reads of this type left behind. On failure
/// `out` is untouched and the errors are returned; on success the list is empty and `out` holds exactly the
/// document.
template <class T> errors read_json(T& out, std::string_view text, const options& opt = {}) {
    return detail::read_transaction(out, [&](errors& errs, T& dst) {
        detail::reader r(opt, errs);
        r.read_text(text, detail::ops_for<T>, &dst);
    });
}

/// Reads `text` as a T. Never throws for bad input: the result holds the value or every error.
template <class T> result<T> try_from_json(std::string_view text, const options& opt = {}) {
    T out{};
    errors errs;
    detail::reader r(opt, errs);
    r.read_text(text, detail::ops_for<T>, &out);
    if (!errs.empty())
        return errs;
    return out;
}

/// Reads `text` as a T; throws `djson::error` listing the errors.
template <class T> T from_json(std::string_view text, const options& opt = {}) {
    return try_from_json<T>(text, opt).value();
}

/// Reads a DOM into `out` with the rules (and the transaction) of read_json.
template <class T> errors read_value(T& out, const boost::json::value& jv, const options& opt = {}) {
    return detail::read_transaction(out, [&](errors& errs, T& dst) {
        if constexpr (detail::reads_directly<T>) {
            if (detail::read_direct(jv, dst, opt))
                return; // else the machine reads it again, overwriting all of dst, and reports
        }
        detail::reader r(opt, errs);
        r.read_dom(jv, detail::ops_for<T>, &dst);
    });
}

template <class T> result<T> try_from_value(const boost::json::value& jv, const options& opt = {}) {
    T out{};
    if constexpr (detail::reads_directly<T>) {
        if (detail::read_direct(jv, out, opt))
            return out;
    }
    errors errs;
    detail::reader r(opt, errs);
    r.read_dom(jv, detail::ops_for<T>, &out);
    if (!errs.empty())
        return errs;
    return out;
}

template <class T> T from_value(const boost::json::value& jv, const options& opt) {
    return try_from_value<T>(jv, opt).value();
}

namespace detail {
template <class T> boost::system::result<T> try_value_to_for_boost(const boost::json::value& jv) {
    auto r = try_from_value<T>(jv);
    if (!r)
        return boost::system::result<T>(
            boost::system::in_place_error,
            boost::system::error_code(make_error_code(r.error_list().front().code)));
    return boost::system::result<T>(boost::system::in_place_value, std::move(*r));
}
} // namespace detail

} // namespace djson
