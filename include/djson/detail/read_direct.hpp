// Reading a DOM straight into a model, compiled per type: the fast path of from_value / read_value.
//
// The reading machine (reader.hpp) walks a DOM as a stream of events through type-erased tables, which is
// what lets text and DOM share every rule and every message. For a DOM whose values all fit their members,
// that walk is most of the cost. This path reads the same DOM with the member types known at compile time,
// for the types whose rules are few and local (numbers, strings, booleans, enums, timestamps, optional and
// nullable values, vectors, std::array and models of those). It only ever accepts: at the first value it
// would have to report, or that needs a rule it does not apply (a lenient option, null as absent, an unknown
// key that a model rejects), it gives up, and the caller reads the same DOM through the machine, which
// overwrites the whole destination and reports. So both paths accept the same documents with the same result,
// and every error comes from one place.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/text.hpp>
#include <djson/options.hpp>
#include <djson/timestamp.hpp>

#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

namespace djson::detail {

// The float the machine reads for a DOM's double (its shortest text, read as a float); false when that is
// not a finite float (src/read_rows.cpp, beside read_float).
DJSON_API bool float_of_dom_double(double v, float& out) noexcept;

// ---- which types the direct path reads: decided at compile time, so other types never instantiate it ----

// `Seen`: the models being decided, outward. A model that contains itself (through a vector) is left to the
// machine, whose depth is bounded by options::max_depth and whose stack is on the heap.
template <class T, class Seen> constexpr bool direct_type();

template <class T, class Seen> struct direct_members {
    template <class P>
    using ok = std::bool_constant<!P::coded && !P::chosen && !P::has_constraints &&
                                  direct_type<typename P::type, Seen>()>;
    static constexpr bool value = boost::mp11::mp_all_of<typename model_info<T>::plans, ok>::value;
};

template <class T, class Seen> constexpr bool direct_type() {
    constexpr category c = category_of<T>();
    if constexpr (c == category::boolean || c == category::integer || c == category::floating ||
                  c == category::string || c == category::enumeration || c == category::timestamp)
        return true; // integers: at most 64 bits (category.hpp)
    else if constexpr (c == category::optional || c == category::nullable || c == category::sequence ||
                       c == category::fixed_array)
        return direct_type<typename T::value_type, Seen>();
    else if constexpr (c == category::model) {
        if constexpr (boost::mp11::mp_contains<Seen, T>::value)
            return false;
        else
            return !model_info<T>::captures && direct_members<T, boost::mp11::mp_push_back<Seen, T>>::value;
    } else
        return false;
}

// A document's type that the direct path reads: a model, or an array of them.
template <class T>
inline constexpr bool reads_directly = (category_of<T>() == category::model ||
                                        category_of<T>() == category::sequence ||
                                        category_of<T>() == category::fixed_array) &&
                                       direct_type<T, boost::mp11::mp_list<>>();

// ---- the reading ----

struct direct_reader {
    const options& opt;

    // A value nobody keeps (an ignored key's): the machine still checks its strings and keys for UTF-8, and
    // its depth. Given up on past a modest depth, where the machine's own (heap) stack takes over.
    bool skip(const boost::json::value& v, std::size_t level) const {
        switch (v.kind()) {
        case boost::json::kind::string:
            return valid_utf8(std::string_view(v.get_string().data(), v.get_string().size()));
        case boost::json::kind::array:
            if (level + 1 > opt.max_depth || level >= 128)
                return false;
            for (const auto& x : v.get_array())
                if (!skip(x, level + 1))
                    return false;
            return true;
        case boost::json::kind::object:
            if (level + 1 > opt.max_depth || level >= 128)
                return false;
            for (const auto& kv : v.get_object())
                if (!valid_utf8(std::string_view(kv.key().data(), kv.key().size())) ||
                    !skip(kv.value(), level + 1))
                    return false;
            return true;
        default:
            return true;
        }
    }

    // `level`: the number of arrays and objects that contain v.
    template <class T> bool read(const boost::json::value& v, T& out, std::size_t level) const {
        constexpr category c = category_of<T>();
        if constexpr (c == category::boolean) {
            if (!v.is_bool())
                return false;
            out = v.get_bool();
            return true;
        } else if constexpr (c == category::integer) {
            using lim = std::numeric_limits<T>;
            if (v.is_int64()) {
                const std::int64_t x = v.get_int64();
                if constexpr (std::is_signed_v<T>) {
                    if (x < static_cast<std::int64_t>(lim::min()) ||
                        x > static_cast<std::int64_t>(lim::max()))
                        return false;
                } else if (x < 0 || static_cast<std::uint64_t>(x) > static_cast<std::uint64_t>(lim::max())) {
                    return false;
                }
                out = static_cast<T>(x);
                return true;
            }
            if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(lim::max())) {
                out = static_cast<T>(v.get_uint64());
                return true;
            }
            return false;
        } else if constexpr (c == category::floating) {
            // An integer converts with one rounding, as the machine's reading of its text does.
            if (v.is_double()) {
                if constexpr (std::is_same_v<T, float>) {
                    return float_of_dom_double(v.get_double(), out);
                } else {
                    if (!std::isfinite(v.get_double()))
                        return false;
                    out = v.get_double();
                }
            } else if (v.is_int64()) {
                out = static_cast<T>(v.get_int64());
            } else if (v.is_uint64()) {
                out = static_cast<T>(v.get_uint64());
            } else {
                return false;
            }
            return true;
        } else if constexpr (c == category::string) {
            if (!v.is_string())
                return false;
            const std::string_view s(v.get_string().data(), v.get_string().size());
            if (!valid_utf8(s))
                return false;
            out.assign(s.data(), s.size());
            return true;
        } else if constexpr (c == category::enumeration) {
            if (!v.is_string())
                return false;
            const std::string_view s(v.get_string().data(), v.get_string().size());
            for (std::size_t i = 0; i < enum_keys<T>::size; ++i) {
                if (enum_keys<T>::keys[i] == s) { // a key is valid UTF-8: so is s
                    out = enum_keys<T>::values[i];
                    return true;
                }
            }
            return false;
        } else if constexpr (c == category::timestamp) {
            // Strict RFC 3339 (ASCII only): what a lenient option reads besides is left to the machine.
            return v.is_string() &&
                   parse_timestamp(std::string_view(v.get_string().data(), v.get_string().size()), out) ==
                       nullptr;
        } else if constexpr (c == category::optional || c == category::nullable) {
            using X = typename T::value_type;
            if (v.is_null()) {
                // null empties a nullable; in a std::optional it is an error, or absent when asked
                // (null_as_absent), or the null of the nullable inside.
                if constexpr (c == category::nullable) {
                    out.reset();
                    return true;
                } else if constexpr (!is_nullable<X>::value) {
                    return false;
                }
            }
            if (!out.has_value())
                out.emplace();
            return read(v, *out, level);
        } else if constexpr (c == category::sequence) {
            if (!v.is_array() || level + 1 > opt.max_depth)
                return false;
            const auto& a = v.get_array();
            // As the machine: items a warm vector has are read into, the room reserved at most 64 MiB ahead.
            constexpr std::size_t most =
                std::max<std::size_t>(1, (std::size_t{64} << 20) / sizeof(typename T::value_type));
            out.reserve(std::min(a.size(), most));
            std::size_t i = 0;
            for (const auto& x : a) {
                auto& item = i < out.size() ? out[i] : out.emplace_back();
                ++i;
                if (!read(x, item, level + 1))
                    return false;
            }
            out.erase(out.begin() + static_cast<std::ptrdiff_t>(i), out.end());
            return true;
        } else if constexpr (c == category::fixed_array) {
            if (!v.is_array() || v.get_array().size() != out.size() || level + 1 > opt.max_depth)
                return false;
            for (std::size_t i = 0; i < out.size(); ++i)
                if (!read(v.get_array()[i], out[i], level + 1))
                    return false;
            return true;
        } else {
            static_assert(c == category::model);
            return read_model(v, out, level);
        }
    }

    template <class T> bool read_model(const boost::json::value& v, T& out, std::size_t level) const {
        using info = model_info<T>;
        using plans = typename info::plans;
        constexpr std::size_t n = info::field_count;
        if (!v.is_object() || level + 1 > opt.max_depth)
            return false;
        std::uint64_t seen[(n + 63) / 64 + 1] = {}; // any count: a model of many bases may pass 256
        std::size_t hint = 0;
        for (const auto& kv : v.get_object()) {
            const std::string_view k(kv.key().data(), kv.key().size());
            const std::size_t i = model_key_index<T>::find(k, hint);
            if (i == n) { // an unknown key: ignored (its value still checked), or left to the machine
                if (info::unknown != unknown_keys::ignore || !valid_utf8(k) || !skip(kv.value(), level + 1))
                    return false;
                continue;
            }
            if constexpr (n > 0) { // a model without members (n == 0) finds every key unknown, above
                hint = i + 1 == n ? 0 : i + 1;
                seen[i / 64] |= std::uint64_t{1} << (i % 64); // a DOM object holds each key once
                const bool ok = boost::mp11::mp_with_index<n>(i, [&](auto I) {
                    using P = boost::mp11::mp_at_c<plans, I>;
                    if constexpr (P::read_only || P::write_only) {
                        if (P::left_out(opt.message)) // not in this message: checked as skipped, reset below
                            return skip(kv.value(), level + 1);
                    }
                    return read(kv.value(), P::of(out), level + 1);
                });
                if (!ok)
                    return false;
            }
        }
        bool ok = true;
        std::size_t i = 0;
        boost::mp11::mp_for_each<plans>([&](auto p) {
            using P = decltype(p);
            const bool was_seen = (seen[i / 64] >> (i % 64)) & 1;
            ++i;
            if constexpr (P::read_only || P::write_only) {
                if (P::left_out(opt.message)) { // whether sent or not, this message does not carry it
                    P::of(out) = P::default_value();
                    return;
                }
            }
            if (was_seen)
                return;
            if constexpr (P::when_absent == absence::default_)
                P::of(out) = P::default_value();
            else if constexpr (P::when_absent == absence::empty)
                P::of(out).reset();
            else
                ok = false; // a required key is missing
        });
        return ok;
    }
};

// True when `jv` was read into `out` completely; false when the machine must read it (and report).
template <class T> bool read_direct(const boost::json::value& jv, T& out, const options& opt) {
    return direct_reader{opt}.read(jv, out, 0);
}

} // namespace djson::detail
