// Standard types that APIs ask for, coded through the public djson::codec seam (the same one a user writes,
// which is what shows the seam is enough): sets, std::deque and std::list, maps with integer or enum keys,
// std::chrono::system_clock time points, and the OpenAPI formats `date` (djson::date) and `byte`
// (djson::bytes, base64). Each is read into its representation (an array, a map with string keys, a string),
// then decoded; an error in the representation keeps its own path, a decoding error is at the value's (or at
// the key of a map, for a key that is not one). Smart pointers are a row of their own (detail/category.hpp):
// a codec would copy the pointee, and could not hold a T that points to T.
#pragma once

#include <djson/codec.hpp>
#include <djson/config.hpp>
#include <djson/detail/meta.hpp>
#include <djson/nullable.hpp>
#include <djson/detail/text.hpp>
#include <djson/timestamp.hpp>

#include <boost/json/value.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <concepts>
#include <chrono>
#include <cstdint>
#include <deque>
#include <limits>
#include <list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <stdexcept>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace djson {

// ---- the OpenAPI formats `date` and `byte` ----

/// A calendar date (OpenAPI `format: date`, RFC 3339 full-date): `2024-02-29`. Years 0000-9999.
struct DJSON_API date {
    int year = 1970;
    unsigned month = 1; // 1..12
    unsigned day = 1;   // 1..31, a real day of that month

    /// Nullopt unless `text` is exactly YYYY-MM-DD with a real day.
    static std::optional<date> parse(std::string_view text) noexcept;
    std::string to_string() const;
    friend bool operator==(const date&, const date&) = default;
    friend auto operator<=>(const date&, const date&) = default;
};

/// Binary data (OpenAPI `format: byte`): base64 in JSON (RFC 4648, standard alphabet, padded).
struct DJSON_API bytes {
    std::vector<std::uint8_t> data;
    /// Nullopt unless `text` is canonical padded base64 (no white space, no line breaks, zero unused bits).
    static std::optional<bytes> from_base64(std::string_view text);
    std::string to_base64() const;
    friend bool operator==(const bytes&, const bytes&) = default;
};

template <> struct codec<date> {
    static std::string encode(const date& d) { return d.to_string(); }
    static decoded<date> decode(const std::string& s) {
        if (auto d = date::parse(s))
            return *d;
        return reject("invalid date " + detail::quote_input(s) + "; a full-date looks like 2024-02-29");
    }
    static boost::json::value schema() {
        return {{"type", "string"}, {"format", "date"}, {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}};
    }
    static constexpr const char* expected = "a date string (YYYY-MM-DD)";
};

template <> struct codec<bytes> {
    static std::string encode(const bytes& b) { return b.to_base64(); }
    static decoded<bytes> decode(const std::string& s) {
        if (auto b = bytes::from_base64(s))
            return std::move(*b);
        return reject("not canonical base64 (RFC 4648: A-Z a-z 0-9 + /, padded with '=', no white space)");
    }
    static boost::json::value schema() {
        return {{"type", "string"},
                {"format", "byte"},
                {"contentEncoding", "base64"},
                {"pattern", "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$"}};
    }
    static constexpr const char* expected = "a base64 string";
};

// ---- time points ----

/// std::chrono::system_clock time points as RFC 3339 date-times (through djson::timestamp). A time with more
/// precision than the time point's duration is refused, never rounded; so is one outside the time point's
/// range.
template <class D> struct codec<std::chrono::time_point<std::chrono::system_clock, D>> {
    using tp = std::chrono::time_point<std::chrono::system_clock, D>;
    using rep = typename D::rep;
    using period = typename D::period;
    static_assert(
        std::is_integral_v<rep>,
        "djson: a time_point with a floating-point duration cannot hold every instant exactly; use an "
        "integer duration (std::chrono::nanoseconds, milliseconds, seconds, ...)");
    // Exact arithmetic on nanoseconds since 1970: 128 bits hold any int64 count of any period up to years.
    __extension__ using wide = __int128;
    __extension__ using uwide = unsigned __int128;
    static constexpr wide ns_per_s = 1000000000;
    static constexpr wide wide_max = static_cast<wide>(~uwide(0) >> 1); // (numeric_limits needs gnu++)

    static timestamp encode(const tp& t) {
        const wide n = wide(t.time_since_epoch().count()) * period::num * ns_per_s;
        if (n % period::den != 0) // RFC 3339 text holds whole nanoseconds: never rounded
            throw std::domain_error("the time_point's value is not a whole number of nanoseconds (RFC 3339 "
                                    "text holds nanoseconds at most)");
        const wide q = n / period::den;
        wide s = q / ns_per_s, ns = q % ns_per_s;
        if (ns < 0) {
            ns += ns_per_s;
            --s;
        }
        if (s < std::numeric_limits<std::int64_t>::min() || s > std::numeric_limits<std::int64_t>::max())
            throw std::out_of_range("djson: the time_point is outside years 0000-9999");
        return timestamp::from_unix(static_cast<std::int64_t>(s), static_cast<std::uint32_t>(ns));
    }
    static decoded<tp> decode(const timestamp& ts) {
        const wide total_ns = wide(ts.unix_seconds()) * ns_per_s + ts.nanoseconds(); // |x| < 2^69
        // ticks = total_ns * den / (num * 1e9), exactly or not at all
        const wide den = wide(period::num) * ns_per_s;
        const wide limit = wide_max / period::den;
        if (total_ns > limit || total_ns < -limit)
            return reject("the time is outside the range of this time_point");
        const wide num = total_ns * period::den;
        if (num % den != 0)
            return reject("the time has more precision than this time_point holds (it would be rounded)");
        const wide ticks = num / den;
        if (ticks > std::numeric_limits<rep>::max() || ticks < std::numeric_limits<rep>::min())
            return reject("the time is outside the range of this time_point");
        return tp(D(static_cast<rep>(ticks)));
    }
};

// ---- containers ----

namespace detail {
template <class Set> decoded<Set> set_from(const std::vector<typename Set::value_type>& items) {
    Set s;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (!s.insert(items[i]).second)
            return reject("item " + std::to_string(i) +
                          " repeats an earlier one (a set holds each value once)");
    return s;
}
template <class Seq> std::vector<typename Seq::value_type> to_vector(const Seq& s) {
    return std::vector<typename Seq::value_type>(s.begin(), s.end());
}
} // namespace detail

/// Sets as arrays; a repeated item is an error (the schema says uniqueItems).
template <class T, class C, class A> struct codec<std::set<T, C, A>> {
    static std::vector<T> encode(const std::set<T, C, A>& s) { return detail::to_vector(s); }
    static decoded<std::set<T, C, A>> decode(const std::vector<T>& v) {
        return detail::set_from<std::set<T, C, A>>(v);
    }
    static boost::json::value schema(boost::json::value array) { // the array's schema, and unique items
        array.as_object()["uniqueItems"] = true;
        return array;
    }
};
template <class T, class H, class E, class A> struct codec<std::unordered_set<T, H, E, A>> {
    // Written sorted when the items have an order (its own iteration order would change from one read to the
    // next, so the same set would not be written the same); in iteration order otherwise.
    static std::vector<T> encode(const std::unordered_set<T, H, E, A>& s) {
        auto v = detail::to_vector(s);
        if constexpr (std::is_floating_point_v<T>)
            std::sort(v.begin(), v.end(), [](T a, T b) { // NaN first: a strict weak order even then
                return std::isnan(a) ? !std::isnan(b) : (!std::isnan(b) && a < b);
            });
        else if constexpr (std::totally_ordered<T>)
            std::sort(v.begin(), v.end());
        return v;
    }
    static decoded<std::unordered_set<T, H, E, A>> decode(const std::vector<T>& v) {
        return detail::set_from<std::unordered_set<T, H, E, A>>(v);
    }
    // written in the set's own order, which two equal sets need not share: compared as sets
    static bool equal(const std::unordered_set<T, H, E, A>& a, const std::unordered_set<T, H, E, A>& b) {
        return a == b;
    }
    static boost::json::value schema(boost::json::value array) {
        array.as_object()["uniqueItems"] = true;
        return array;
    }
};

/// std::deque and std::list as arrays.
template <class T, class A> struct codec<std::deque<T, A>> {
    static std::vector<T> encode(const std::deque<T, A>& s) { return detail::to_vector(s); }
    static std::deque<T, A> decode(const std::vector<T>& v) { return std::deque<T, A>(v.begin(), v.end()); }
};
template <class T, class A> struct codec<std::list<T, A>> {
    static std::vector<T> encode(const std::list<T, A>& s) { return detail::to_vector(s); }
    static std::list<T, A> decode(const std::vector<T>& v) { return std::list<T, A>(v.begin(), v.end()); }
};

/// Maps with integer or enum keys, as JSON objects: an integer key is written in decimal and must read back
/// as one (no sign but '-', no leading zeros, in range); an enum key as the enum's string.
namespace detail {
template <class K> bool key_from(const std::string& s, K& out) {
    if constexpr (std::is_enum_v<K>) {
        for (std::size_t i = 0; i < enum_keys<K>::size; ++i)
            if (enum_keys<K>::keys[i] == s) {
                out = enum_keys<K>::values[i];
                return true;
            }
        return false;
    } else {
        if (s.empty() || (s.size() > 1 && s[0] == '0') || (s.size() > 2 && s[0] == '-' && s[1] == '0') ||
            s == "-0")
            return false;
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && p == s.data() + s.size();
    }
}
template <class K> std::string key_text(const K& k) {
    if constexpr (std::is_enum_v<K>) {
        std::size_t i = enum_keys<K>::index_of(k);
        if (i == enum_keys<K>::size) // no text: it would be written as "" (and two such keys as one)
            throw std::invalid_argument("a map key is the enum value " +
                                        std::to_string(static_cast<long long>(k)) +
                                        ", which is not one of the described enumerators");
        return std::string(enum_keys<K>::keys[i]);
    } else {
        return std::to_string(k);
    }
}
template <class K>
inline constexpr bool map_key_ok = (std::is_integral_v<K> && !std::is_same_v<K, bool> && !is_char_type<K>) ||
                                   category_of<K>() == category::enumeration;
template <class Map> struct keyed_map_codec {
    using K = typename Map::key_type;
    using V = typename Map::mapped_type;
    static std::map<std::string, V> encode(const Map& m) {
        std::map<std::string, V> out;
        for (const auto& kv : m)
            out.emplace(key_text(kv.first), kv.second);
        return out;
    }
    static decoded<Map> decode(const std::map<std::string, V>& m) {
        Map out;
        for (const auto& kv : m) {
            K k{};
            if (!key_from(kv.first, k))
                return reject("the key " + quote_input(kv.first) +
                              (std::is_enum_v<K>
                                   ? " is not one of the enum's values"
                                   : " is not an integer of the key's type (decimal, no '+', no "
                                     "leading zeros)"))
                    .at_key(kv.first);
            out.emplace(k, kv.second);
        }
        return out;
    }
    static boost::json::value schema(boost::json::value object) { // the object's schema, and its keys
        if constexpr (std::is_enum_v<K>) {
            boost::json::array names;
            for (auto k : enum_keys<K>::keys)
                names.emplace_back(boost::json::string_view(k.data(), k.size()));
            object.as_object()["propertyNames"] = {{"enum", std::move(names)}};
        } else {
            object.as_object()["propertyNames"] = {{"pattern", "^-?(0|[1-9][0-9]*)$"}};
        }
        return object;
    }
};
} // namespace detail

template <class K, class V, class C, class A>
requires detail::map_key_ok<K>
struct codec<std::map<K, V, C, A>> : detail::keyed_map_codec<std::map<K, V, C, A>> {
};
template <class K, class V, class H, class E, class A>
requires detail::map_key_ok<K>
struct codec<std::unordered_map<K, V, H, E, A>> : detail::keyed_map_codec<std::unordered_map<K, V, H, E, A>> {
};

} // namespace djson
