// Declarative constraints on model members, written as member options in DJSON_MODEL:
//
//   DJSON_MODEL(Token, djson::naming::camel_case,
//               djson::member("validity_seconds", djson::minimum(15), djson::maximum(43200)),
//               djson::member("name", djson::max_length(50), djson::pattern("^[a-z][a-z0-9-]*$")),
//               djson::member("scopes", djson::min_items(1), djson::unique_items),
//               djson::member("id", djson::format::uuid),
//               djson::member("owners", djson::items(djson::format::email)));
//
// They are checked when reading (text and DOM alike) and by djson::validate, each broken one an
// `errc::constraint` error at the member's JSON Pointer, and they appear in json_schema<T>(). A constraint
// checks the member's value inside std::optional and djson::nullable: an absent key and null are not checked
// (whether those are allowed is the member's type's business). A constraint on a type it cannot check (a
// maximum on a string) does not compile.
//
// Your own constraint is a class derived from djson::constraint with
//   template <class V> static constexpr bool applies_to = ...;          // which member types it checks
//   template <class V> bool check(const V& v, std::string& why) const;  // false, and why, when broken
//   void schema(boost::json::object& s) const;                          // optional: its JSON Schema keywords
// or, for a one-off rule, djson::satisfies(predicate, "message").
#pragma once

#include <djson/config.hpp>

#include <djson/codec.hpp>
#include <djson/compare.hpp>
#include <djson/detail/category.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/text.hpp>
#include <djson/model.hpp>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace djson {

namespace detail {

// src/constraints.cpp
DJSON_API std::size_t code_points(std::string_view utf8) noexcept;
// RE2 (linear time, whatever the input): a search anywhere in `s`, as JSON Schema's `pattern` means. A
// pattern RE2 cannot compile sets `why` and gives false.
DJSON_API bool pattern_search(std::string_view pattern, std::string_view s, std::string& why);
DJSON_API bool is_uuid(std::string_view s) noexcept;
DJSON_API bool is_email(std::string_view s) noexcept;
DJSON_API bool is_uri(std::string_view s) noexcept;
DJSON_API bool is_ipv4(std::string_view s) noexcept;
DJSON_API bool is_ipv6(std::string_view s) noexcept;

// A number's magnitude as digits x 10^exp10, exactly (multiple_of: a multiple's sign does not matter).
struct decimal {
    std::uint64_t digits = 0;
    int exp10 = 0;
};
// The shortest decimal that reads back as x (finite): the digits std::to_chars finds, at most 17 for a double
// and 9 for a float. (Where std::to_chars writes a whole number of 18 to 22 digits in full, 2^70 as
// 1180591620717411303424, this is still 11805916207174113e5: the number that its shortest text says, and the
// one Boost.JSON writes, into a schema too.)
DJSON_API decimal shortest_decimal(double x) noexcept;
DJSON_API decimal shortest_decimal(float x) noexcept;
// Whether v = k x f for a whole k, decided exactly for any exponents (no floating point, nothing overflows).
// Nothing is a multiple of 0.
DJSON_API bool is_multiple(decimal v, decimal f) noexcept;
template <class I> constexpr decimal integer_decimal(I i) noexcept {
    if constexpr (std::is_signed_v<I>)
        return {i < 0 ? 0 - static_cast<std::uint64_t>(i) : static_cast<std::uint64_t>(i), 0};
    else
        return {static_cast<std::uint64_t>(i), 0};
}

template <class V>
inline constexpr bool is_number = std::is_arithmetic_v<V> && !std::is_same_v<V, bool> && !is_char_type<V>;

// A number bound, kept exactly: an integer bound as an integer, anything else as a double.
struct bound {
    bool is_integer = true;
    bool is_unsigned = false;
    std::int64_t i = 0;
    std::uint64_t u = 0;
    double d = 0;

    template <class N> static constexpr bound of(N n) {
        static_assert(is_number<N>, "djson: a numeric constraint takes a number");
        bound b;
        if constexpr (std::is_floating_point_v<N>) {
            b.is_integer = false;
            b.d = static_cast<double>(n);
        } else if constexpr (std::is_signed_v<N>) {
            b.i = n;
        } else if (n > static_cast<std::uint64_t>(INT64_MAX)) {
            b.is_unsigned = true;
            b.u = n;
        } else {
            b.i = static_cast<std::int64_t>(n);
        }
        return b;
    }

    // -1, 0 or 1 as v is below, at or above the bound (v is finite).
    template <class V> int compare(V v) const {
        if constexpr (std::is_integral_v<V>) {
            if (is_integer) {
                if (is_unsigned)
                    return std::cmp_less(v, u) ? -1 : std::cmp_equal(v, u) ? 0 : 1;
                return std::cmp_less(v, i) ? -1 : std::cmp_equal(v, i) ? 0 : 1;
            }
        }
        // long double holds every int64 and every double exactly (x86-64's 64-bit mantissa); where it does
        // not, the comparison is as exact as a double's.
        long double a = static_cast<long double>(v);
        long double b = is_integer ? (is_unsigned ? static_cast<long double>(u) : static_cast<long double>(i))
                                   : static_cast<long double>(d);
        return a < b ? -1 : a == b ? 0 : 1;
    }
    boost::json::value json() const {
        if (!is_integer)
            return d;
        if (is_unsigned)
            return u;
        return i;
    }
    std::string text() const {
        std::string s;
        if (!is_integer)
            append_double(s, d);
        else if (is_unsigned)
            append_uint(s, u);
        else
            append_int(s, i);
        return s;
    }
};

template <class V> std::string number_text(V v) {
    std::string s;
    if constexpr (std::is_floating_point_v<V>)
        append_double(s, static_cast<double>(v));
    else if constexpr (std::is_signed_v<V>)
        append_int(s, static_cast<long long>(v));
    else
        append_uint(s, static_cast<unsigned long long>(v));
    return s;
}

template <class V>
concept sized_range = requires(const V& v) {
    v.size();
    v.begin();
    v.end();
};

template <class V>
inline constexpr bool is_json_array = category_of<V>() == category::sequence
                                      || category_of<V>() == category::fixed_array;
template <class V> inline constexpr bool is_json_object = category_of<V>() == category::map;

// The compare of a bound: which side of it is allowed.
enum class side { min, max, exclusive_min, exclusive_max };

} // namespace detail

// ---- numbers ----

/// `minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum` (JSON Schema): on integer and floating-point
/// members.
template <detail::side Side> struct number_limit : constraint {
    detail::bound limit;
    template <class N> constexpr explicit number_limit(N n) : limit(detail::bound::of(n)) {}

    template <class V> static constexpr bool applies_to = detail::is_number<V>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::minimum / maximum / exclusive_minimum / exclusive_maximum apply to "
                      "integer and floating-point members: see V (the member's type) above");
        if constexpr (std::is_floating_point_v<V>) {
            if (!std::isfinite(v))
                return true; // not JSON; writing and validate report it
        }
        int c = limit.compare(v);
        bool ok = Side == detail::side::min             ? c >= 0
                  : Side == detail::side::max           ? c <= 0
                  : Side == detail::side::exclusive_min ? c > 0
                                                        : c < 0;
        if (!ok)
            why = detail::number_text(v) +
                  (Side == detail::side::min             ? " is less than the minimum "
                   : Side == detail::side::max           ? " is more than the maximum "
                   : Side == detail::side::exclusive_min ? " is not more than the exclusive minimum "
                                                         : " is not less than the exclusive maximum ") +
                  limit.text();
        return ok;
    }
    void schema(boost::json::object& s) const {
        const char* key = Side == detail::side::min             ? "minimum"
                          : Side == detail::side::max           ? "maximum"
                          : Side == detail::side::exclusive_min ? "exclusiveMinimum"
                                                                : "exclusiveMaximum";
        // The type's own range may be there already (int32's minimum): the stricter bound stays.
        if (auto* old = s.if_contains(key); old && old->is_number()) {
            bool lower = Side == detail::side::min || Side == detail::side::exclusive_min;
            int c = old->is_int64()    ? limit.compare(old->get_int64())
                    : old->is_uint64() ? limit.compare(old->get_uint64())
                                       : limit.compare(old->get_double());
            // c: the old bound against the new one; keep the old one when it is stricter
            if (lower ? c > 0 : c < 0)
                return;
        }
        s[key] = limit.json();
    }
};
using minimum = number_limit<detail::side::min>;
using maximum = number_limit<detail::side::max>;
using exclusive_minimum = number_limit<detail::side::exclusive_min>;
using exclusive_maximum = number_limit<detail::side::exclusive_max>;

/// `multipleOf`: the value is a whole multiple of the factor, as JSON Schema defines it on the JSON number
/// and decided exactly: `multiple_of(0.01)` accepts 0.07, 19.99 and 1e300 and rejects 19.995 and 5e-324. A
/// floating-point value is taken as the shortest decimal that reads back as it (the number its JSON text
/// said; a float's own shortest, as written), and so is a floating-point factor; integers are taken as they
/// are. (Most validators, Ajv and python-jsonschema among them, test whether the quotient as a double is
/// whole, and so reject 0.07 as a multiple of 0.01.) A factor of 0 accepts nothing; JSON Schema requires one
/// above 0.
struct multiple_of : constraint {
    detail::bound factor;
    template <class N> constexpr explicit multiple_of(N n) : factor(detail::bound::of(n)) {}

    template <class V> static constexpr bool applies_to = detail::is_number<V>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::multiple_of applies to integer and floating-point members: see V "
                      "(the member's type) above");
        bool ok;
        std::string text;
        if constexpr (std::is_integral_v<V>) {
            if (factor.is_integer && !factor.is_unsigned && factor.i > 0) {
                ok = std::is_signed_v<V>
                         ? static_cast<std::int64_t>(v) % factor.i == 0
                         : static_cast<std::uint64_t>(v) % static_cast<std::uint64_t>(factor.i) == 0;
            } else {
                ok = detail::is_multiple(detail::integer_decimal(v), factor_decimal());
            }
            if (!ok)
                text = detail::number_text(v);
        } else {
            if (!std::isfinite(v))
                return true; // not JSON; writing and validate report it
            // a float is checked, and named, as it is written: 0.07f is 0.07
            using F = std::conditional_t<std::is_same_v<V, float>, float, double>;
            ok = detail::is_multiple(detail::shortest_decimal(static_cast<F>(v)), factor_decimal());
            if (!ok) {
                if constexpr (std::is_same_v<V, float>)
                    detail::append_float(text, v);
                else
                    text = detail::number_text(v);
            }
        }
        if (!ok)
            why = text + " is not a multiple of " + factor.text();
        return ok;
    }
    void schema(boost::json::object& s) const { s["multipleOf"] = factor.json(); }

  private:
    detail::decimal factor_decimal() const noexcept {
        if (factor.is_integer)
            return factor.is_unsigned ? detail::integer_decimal(factor.u) : detail::integer_decimal(factor.i);
        if (!std::isfinite(factor.d))
            return {}; // like 0, a factor nothing is a multiple of
        return detail::shortest_decimal(factor.d);
    }
};

/// `enum` of numbers (JSON Schema): the value is one of the numbers given, compared exactly (an integer
/// member against integer values, a double against doubles; `1` and `1.0` are one number).
/// `djson::allowed_values(1, 2, 5)`. (A string enum is an enum class: see DJSON_ENUM.)
template <std::size_t N> struct allowed_values_t : constraint {
    std::array<detail::bound, N> values;

    template <class V> static constexpr bool applies_to = detail::is_number<V>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>, "djson::allowed_values applies to integer and floating-point members (a "
                                     "string enum is an enum class): see V (the member's type) above");
        if constexpr (std::is_floating_point_v<V>) {
            if (!std::isfinite(v))
                return true; // not JSON; writing and validate report it
        }
        for (const auto& b : values)
            if (b.compare(v) == 0)
                return true;
        why = detail::number_text(v) + " is not one of the allowed values";
        for (std::size_t i = 0; i < N; ++i)
            why += (i == 0 ? " " : ", ") + values[i].text();
        return false;
    }
    void schema(boost::json::object& s) const {
        boost::json::array e;
        for (const auto& b : values)
            e.push_back(b.json());
        // a nullable member's schema admits null: its enum must list it too
        if (auto* t = s.if_contains("type"); t && t->is_array())
            for (const auto& x : t->as_array())
                if (x == "null")
                    e.emplace_back(nullptr);
        s["enum"] = std::move(e);
    }
};
template <class... N> constexpr allowed_values_t<sizeof...(N)> allowed_values(N... n) {
    static_assert(sizeof...(N) > 0, "djson::allowed_values(...) takes at least one value");
    return allowed_values_t<sizeof...(N)>{{}, {detail::bound::of(n)...}};
}

/// OpenAPI's `format: float` on a `double` member: the value is within a float's range (it rounds to a finite
/// float), while the double keeps the digits the JSON text gave (a `float` member would read 0.123456789 as
/// 0.12345679 and write that back). In the schema: `format: float` and the float's range.
struct fits_float_t : constraint {
    // 2^128 - 2^103: half a step above FLT_MAX, where rounding to even reaches infinity
    static constexpr double limit = 340282356779733661637539395458142568448.0;
    template <class V> static constexpr bool applies_to = std::is_same_v<V, double>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>, "djson::fits_float applies to double members: see V above");
        if (!std::isfinite(v) || (v > -limit && v < limit))
            return true; // a NaN or infinity is not JSON; writing and validate report it
        why = detail::number_text(v) + " is beyond a float's range (format float)";
        return false;
    }
    void schema(boost::json::object& s) const {
        s["format"] = "float";
        s.erase("minimum"); // the double's own range, wider than the float's
        s.erase("maximum");
        s["exclusiveMinimum"] = -limit;
        s["exclusiveMaximum"] = limit;
    }
};
inline constexpr fits_float_t fits_float{};

// ---- strings ----

/// `minLength` / `maxLength`: the length of a string member in Unicode code points (not bytes).
template <bool Max> struct length_limit : constraint {
    std::size_t n;
    constexpr explicit length_limit(std::size_t count) : n(count) {}

    template <class V> static constexpr bool applies_to = std::is_same_v<V, std::string>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::min_length / max_length apply to std::string members (they count "
                      "code points); for arrays use min_items / max_items: see V above");
        std::size_t len = detail::code_points(v);
        bool ok = Max ? len <= n : len >= n;
        if (!ok)
            why = "length " + std::to_string(len) +
                  (Max ? " is more than maxLength " : " is less than minLength ") + std::to_string(n);
        return ok;
    }
    void schema(boost::json::object& s) const {
        s[Max ? "maxLength" : "minLength"] = static_cast<std::uint64_t>(n);
    }
};
using min_length = length_limit<false>;
using max_length = length_limit<true>;

/// `pattern`: an ECMA-262-style regular expression that must match somewhere in a string member (anchor it
/// with ^...$ for the whole string). Run by RE2, in time linear in the input whatever the pattern: no
/// backreferences or lookaround (RE2 rejects them; such a pattern fails every value it checks, with RE2's
/// reason).
struct pattern : constraint {
    std::string_view re;
    constexpr explicit pattern(std::string_view regex) : re(regex) {}

    template <class V> static constexpr bool applies_to = std::is_same_v<V, std::string>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>, "djson::pattern applies to std::string members: see V above");
        std::string err;
        if (detail::pattern_search(re, v, err))
            return true;
        if (!err.empty())
            why = "the pattern " + detail::quote_input(re) + " cannot be used: " + err;
        else
            why = detail::quote_input(v) + " does not match the pattern " + detail::quote_input(re);
        return false;
    }
    void schema(boost::json::object& s) const {
        s["pattern"] = boost::json::string_view(re.data(), re.size());
    }
};

/// `format` (OpenAPI / JSON Schema string formats), checked: djson::format::uuid, email, uri, ipv4, ipv6.
/// (`date-time` is djson::timestamp's own; a plain std::string member with a format is checked by it.)
struct string_format : constraint {
    const char* name;
    bool (*test)(std::string_view) noexcept;

    template <class V> static constexpr bool applies_to = std::is_same_v<V, std::string>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>, "djson::format::... applies to std::string members: see V above");
        if (test(v))
            return true;
        why = detail::quote_input(v) + " is not a valid " + name;
        return false;
    }
    void schema(boost::json::object& s) const { s["format"] = name; }
};
namespace format {
inline constexpr string_format uuid{{}, "uuid", &detail::is_uuid};
inline constexpr string_format email{{}, "email", &detail::is_email};
inline constexpr string_format uri{{}, "uri", &detail::is_uri};
inline constexpr string_format ipv4{{}, "ipv4", &detail::is_ipv4};
inline constexpr string_format ipv6{{}, "ipv6", &detail::is_ipv6};
} // namespace format

// ---- arrays and maps ----

/// `minItems` / `maxItems` on array members (std::vector, std::array); `minProperties` / `maxProperties` on
/// map members.
template <bool Max, bool Object> struct count_limit : constraint {
    std::size_t n;
    constexpr explicit count_limit(std::size_t count) : n(count) {}

    template <class V>
    static constexpr bool applies_to = Object ? detail::is_json_object<V> : detail::is_json_array<V>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::min_items / max_items apply to array members (std::vector, "
                      "std::array), min_properties / max_properties to map members; for strings "
                      "use min_length / max_length: see V (the member's type) above");
        std::size_t size = v.size();
        bool ok = Max ? size <= n : size >= n;
        if (!ok)
            why = std::to_string(size) + (Object ? " properties" : " items") +
                  (Max ? ", more than the maximum " : ", fewer than the minimum ") + std::to_string(n);
        return ok;
    }
    void schema(boost::json::object& s) const {
        s[Object ? (Max ? "maxProperties" : "minProperties") : (Max ? "maxItems" : "minItems")] =
            static_cast<std::uint64_t>(n);
    }
};
using min_items = count_limit<false, false>;
using max_items = count_limit<true, false>;
using min_properties = count_limit<false, true>;
using max_properties = count_limit<true, true>;

/// `uniqueItems`: no two items of an array member are equal as JSON (djson::equal: numbers by value, objects
/// in any order).
struct unique_items_t : constraint {
    template <class V> static constexpr bool applies_to = detail::is_json_array<V>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::unique_items applies to array members (std::vector, std::array): "
                      "see V (the member's type) above");
        using item = typename V::value_type;
        std::size_t first = 0, second = 0;
        bool dup = false;
        constexpr detail::category c = detail::category_of<item>();
        if constexpr (c == detail::category::string || c == detail::category::integer ||
                      c == detail::category::enumeration || c == detail::category::boolean ||
                      c == detail::category::floating) {
            // Sorted indexes, then neighbours: n log n for the items that order as their JSON does.
            std::vector<std::size_t> order(v.size());
            for (std::size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
            for (std::size_t i = 1; i < order.size() && !dup; ++i)
                if (v[order[i - 1]] == v[order[i]]) {
                    dup = true;
                    first = std::min(order[i - 1], order[i]);
                    second = std::max(order[i - 1], order[i]);
                }
        } else {
            for (std::size_t i = 0; i < v.size() && !dup; ++i)
                for (std::size_t j = i + 1; j < v.size() && !dup; ++j)
                    if (djson::equal(v[i], v[j])) {
                        dup = true;
                        first = i;
                        second = j;
                    }
        }
        if (dup)
            why = "items " + std::to_string(first) + " and " + std::to_string(second) +
                  " are equal (uniqueItems)";
        return !dup;
    }
    void schema(boost::json::object& s) const { s["uniqueItems"] = true; }
};
inline constexpr unique_items_t unique_items{};

// ---- each item, each value ----

namespace detail {
template <class V, bool Object> struct element_of { using type = typename V::value_type; };
template <class V> struct element_of<V, true> { using type = typename V::mapped_type; };
} // namespace detail

/// `djson::items(c...)`: the constraints c... on each item of an array member (JSON Schema's `items`), and
/// `djson::values(c...)` on each value of a map member (`additionalProperties`). An item or value that is
/// null (a djson::nullable item) is not checked. Each break is reported at the offending item's own pointer
/// (`/tags/2`, `/labels/en`), all of them, not only the first. They nest: `djson::items(djson::items(
/// djson::format::uuid))` on a std::vector<std::vector<std::string>>.
template <bool Object, class... C> struct each_element : constraint {
    std::tuple<C...> rules;
    constexpr explicit each_element(C... c) : rules(c...) {}

    template <class V>
    static constexpr bool applies_to = [] {
        if constexpr (Object ? detail::is_json_object<V> : detail::is_json_array<V>)
            return (
                C::template applies_to<detail::unwrapped_t<typename detail::element_of<V, Object>::type>> &&
                ...);
        else
            return false;
    }();

    // Calls report(why, at) for each break, `at` the JSON Pointer of the offending value below v.
    template <class V, class Report> void check_parts(const V& v, Report& report) const {
        static_assert(Object ? detail::is_json_object<V> : detail::is_json_array<V>,
                      "djson::items applies to array members (std::vector, std::array), djson::values to "
                      "map members: see V (the member's type) above");
        std::size_t i = 0;
        std::string at;
        for (const auto& e : v) {
            at.clear();
            if constexpr (Object) {
                detail::append_pointer_token(at, e.first);
            } else {
                at.push_back('/');
                detail::append_uint(at, i++);
            }
            const auto& x = [&]() -> const auto& {
                if constexpr (Object)
                    return e.second;
                else
                    return e;
            }
            ();
            detail::with_present_value(x, [&](const auto& y) {
                std::apply([&](const auto&... c) { (check_rule(c, y, at, report), ...); }, rules);
            });
        }
    }
    // The first break only, as "item 2: why" (check_parts gives each at its own pointer).
    template <class V> bool check(const V& v, std::string& why) const {
        bool ok = true;
        auto first = [&](std::string w, std::string_view at) {
            if (ok)
                why = std::string(Object ? "value " : "item ") + detail::printable_pointer(at).substr(1) +
                      ": " + w;
            ok = false;
        };
        check_parts(v, first);
        return ok;
    }
    // Adds each rule's keywords to the item (value) schema.
    void schema(boost::json::object& s) const {
        boost::json::value& part = s[Object ? "additionalProperties" : "items"];
        if (!part.is_object()) // absent or `true`: any value, which the rules now narrow
            part = boost::json::object();
        detail::add_constraint_schemas(rules, part.as_object());
    }

  private:
    template <class R, class X, class Report>
    static void check_rule(const R& c, const X& x, const std::string& at, Report& report) {
        auto below = [&](std::string why, std::string_view inner) {
            report(std::move(why), at + std::string(inner));
        };
        detail::check_one(c, x, below); // the member's protocol, each pointer under the item's
    }
};
template <class... C> constexpr each_element<false, C...> items(C... c) {
    static_assert(sizeof...(C) > 0, "djson::items(...) takes the constraints to check on each item");
    static_assert((std::is_base_of_v<constraint, C> && ...),
                  "djson::items(...) takes member constraints (djson::minimum, djson::format::uuid, ...)");
    return each_element<false, C...>(c...);
}
template <class... C> constexpr each_element<true, C...> values(C... c) {
    static_assert(sizeof...(C) > 0, "djson::values(...) takes the constraints to check on each value");
    static_assert((std::is_base_of_v<constraint, C> && ...),
                  "djson::values(...) takes member constraints (djson::minimum, djson::format::uuid, ...)");
    return each_element<true, C...>(c...);
}

// ---- a type with constraints of its own ----

/// A T whose values satisfy `Rules::rules`, a tuple of member constraints: a named scalar or array type with
/// constraints of its own (OpenAPI's `Percent: {type: integer, minimum: 0, maximum: 100}`), checked wherever
/// it is read, a whole document included, by validate, and in its json_schema:
///
///   struct PercentRules {
///       static constexpr auto rules = std::tuple{djson::minimum(0), djson::maximum(100)};
///   };
///   using Percent = djson::refined<std::int64_t, PercentRules>;
///
/// It is made and assigned from a T (`obj.percent = 5`), compares with one (`obj.percent == 5`), and `*p`,
/// `p->` or `p.value` reach the T.
/// Reading reports the first broken rule (errc::constraint at its pointer); validate reports every one.
template <class T, class Rules> struct refined {
    using djson_refined_value = T;
    T value{};

    refined() = default;
    refined(T v) : value(std::move(v)) {}
    // `obj.name = "text"`: whatever T takes
    template <class U>
    requires(!std::is_same_v<std::remove_cvref_t<U>, refined> && std::is_assignable_v<T&, U&&>) refined&
    operator=(U&& u) {
        value = std::forward<U>(u);
        return *this;
    }

    const T& operator*() const noexcept { return value; }
    T& operator*() noexcept { return value; }
    const T* operator->() const noexcept { return &value; }
    T* operator->() noexcept { return &value; }

    friend bool operator==(const refined& a, const refined& b) { return a.value == b.value; }
    friend bool operator==(const refined& a, const T& b) { return a.value == b; }
};

namespace detail {
template <class T, class Rules, class Report> void check_rules(const T& v, Report& report) {
    std::apply([&](const auto&... c) { (check_one(c, v, report), ...); }, Rules::rules);
}
} // namespace detail

template <class T, class Rules> struct codec<refined<T, Rules>> {
    static const T& encode(const refined<T, Rules>& r) noexcept { return r.value; }
    static decoded<refined<T, Rules>> decode(const T& v) {
        rejection first;
        bool broken = false;
        auto report = [&](std::string why, std::string_view at) {
            if (!broken)
                first = {std::move(why), std::string(at), true};
            broken = true;
        };
        detail::check_rules<T, Rules>(v, report);
        if (broken)
            return first;
        return refined<T, Rules>(v);
    }
    template <class Report> static void validate(const refined<T, Rules>& r, Report& report) {
        detail::check_rules<T, Rules>(r.value, report);
    }
    static boost::json::value schema(boost::json::value s) {
        if (s.is_object())
            detail::add_constraint_schemas(Rules::rules, s.as_object());
        return s;
    }
};

// ---- your own rule ----

/// `djson::satisfies(predicate, "message")`: a rule of your own, with its message. The predicate takes the
/// member's value (inside optional / nullable) and returns true when it is valid: a function or a lambda
/// without captures. It adds nothing to the schema.
template <class F> struct predicate : constraint {
    F fn;
    const char* message;
    constexpr predicate(F f, const char* m) : fn(f), message(m) {}

    template <class V> static constexpr bool applies_to = std::is_invocable_r_v<bool, const F&, const V&>;
    template <class V> bool check(const V& v, std::string& why) const {
        static_assert(applies_to<V>,
                      "djson::satisfies(predicate, message): the predicate cannot be called with the "
                      "member's value (const V&) or does not return bool: see F and V above");
        if (fn(v))
            return true;
        why = message;
        return false;
    }
};
template <class F> constexpr predicate<F> satisfies(F f, const char* message) {
    return predicate<F>(f, message);
}

} // namespace djson
