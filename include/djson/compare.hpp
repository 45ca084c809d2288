// Equality and differences of models, with JSON's view of them: an absent optional and a null nullable
// differ, and `diff` names the JSON Pointers where two values part.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/text.hpp>

#include <boost/mp11/algorithm.hpp>

#include <string>
#include <vector>

namespace djson {

namespace detail {

template <class T> bool equal_values(const T& a, const T& b);
// As JSON: numbers by exact value whatever their kind (int64 100, uint64 100 and double 100.0 are one number,
// as 100 and 1E+2 are in djson::raw_json), objects in any order (src/compare.cpp).
DJSON_API bool dom_equal(const boost::json::value& a, const boost::json::value& b);

template <class T> bool equal_values(const T&, const T&, cat<category::unsupported>) {
    unsupported_type<T>();
    return false;
}
// Scalars, strings, enums, timestamps, DOM values and additional properties compare with ==.
template <class T, category C> bool equal_values(const T& a, const T& b, cat<C>) {
    return a == b;
}
// A coded type compares as JSON sees it: by its representation, unless its codec says how (an unordered set
// is written in an order of its own: two equal sets may write different arrays).
template <class T> bool equal_values(const T& a, const T& b, cat<category::codec>) {
    if constexpr (codec_traits<codec<T>, T>::has_equal)
        return codec<T>::equal(a, b);
    else
        return equal_values(encode_of(a), encode_of(b));
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::boost_conversion>) {
    return equal_values(encode_of(a), encode_of(b));
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::json_value>) {
    return dom_equal(a, b);
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::optional>) {
    return a.has_value() == b.has_value() && (!a || equal_values(*a, *b));
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::nullable>) {
    return a.is_null() == b.is_null() && (a.is_null() || equal_values(*a, *b));
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::pointer>) {
    return !a == !b && (!a || equal_values(*a, *b)); // the values, not the addresses
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::variant>) {
    if (a.index() != b.index())
        return false;
    if (a.valueless_by_exception())
        return true;
    return boost::mp11::mp_with_index<std::variant_size_v<T>>(
        a.index(), [&](auto I) { return equal_values(std::get<I>(a), std::get<I>(b)); });
}
template <class T> bool equal_items(const T& a, const T& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (!equal_values(a[i], b[i]))
            return false;
    return true;
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::sequence>) {
    return equal_items(a, b);
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::fixed_array>) {
    return equal_items(a, b);
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::tuple>) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
        return (equal_values(std::get<I>(a), std::get<I>(b)) && ...);
    }
    (std::make_index_sequence<std::tuple_size_v<T>>{});
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::map>) {
    if (a.size() != b.size())
        return false;
    for (const auto& [k, v] : a) {
        auto it = b.find(k);
        if (it == b.end() || !equal_values(v, it->second))
            return false;
    }
    return true;
}
// A member with its own codec C: equal as C writes them.
template <class C, class M> bool equal_coded(const M& a, const M& b) {
    if constexpr (is_optional<M>::value)
        return a.has_value() == b.has_value() && (!a || equal_coded<C>(*a, *b));
    else if constexpr (is_nullable<M>::value)
        return a.is_null() == b.is_null() && (a.is_null() || equal_coded<C>(*a, *b));
    else
        return equal_values(C::encode(a), C::encode(b));
}
template <class T> bool equal_values(const T& a, const T& b, cat<category::model>) {
    using info = model_info<T>;
    bool eq = true;
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        if (!eq)
            return;
        if constexpr (P::coded)
            eq = equal_coded<typename P::codec>(P::of(a), P::of(b));
        else
            eq = equal_values(P::of(a), P::of(b));
    });
    if constexpr (info::captures)
        eq = eq && *info::extras_of(a) == *info::extras_of(b);
    return eq;
}
template <class T> bool equal_values(const T& a, const T& b) {
    return equal_values(a, b, cat_of<T>{});
}

// ---- diff ----

struct differ : pointer_walk {
    std::vector<std::string>& out;
    explicit differ(std::vector<std::string>& o) : out(o) {}
    void here() { out.push_back(path); }
};

DJSON_API void diff_dom(differ& d, const boost::json::value& a,
                        const boost::json::value& b); // src/compare.cpp
DJSON_API void diff_raw(differ& d, std::string_view a, std::string_view b);
DJSON_API void diff_extras(differ& d, const additional_properties& a, const additional_properties& b);

template <class T> void diff_values(differ& d, const T& a, const T& b);

template <class T, category C> void diff_values(differ& d, const T& a, const T& b, cat<C>) {
    if (!equal_values(a, b))
        d.here();
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::codec>) {
    if constexpr (codec_traits<codec<T>, T>::has_equal) {
        if (!codec<T>::equal(a, b))
            d.here();
    } else {
        diff_values(d, encode_of(a), encode_of(b));
    }
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::boost_conversion>) {
    diff_values(d, encode_of(a), encode_of(b));
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::json_value>) {
    diff_dom(d, a, b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::raw>) {
    diff_raw(d, a.text(), b.text());
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::optional>) {
    if (a.has_value() != b.has_value())
        d.here();
    else if (a)
        diff_values(d, *a, *b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::nullable>) {
    if (a.is_null() != b.is_null())
        d.here();
    else if (!a.is_null())
        diff_values(d, *a, *b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::pointer>) {
    if (!a != !b)
        d.here();
    else if (a)
        diff_values(d, *a, *b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::variant>) {
    if (a.index() != b.index())
        d.here();
    else if (!a.valueless_by_exception())
        boost::mp11::mp_with_index<std::variant_size_v<T>>(
            a.index(), [&](auto I) { diff_values(d, std::get<I>(a), std::get<I>(b)); });
}
template <class T> void diff_items(differ& d, const T& a, const T& b) {
    std::size_t n = std::max(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        if (i >= a.size() || i >= b.size())
            d.at_index(i, [&] { d.here(); });
        else
            d.at_index(i, [&] { diff_values(d, a[i], b[i]); });
    }
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::sequence>) {
    diff_items(d, a, b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::fixed_array>) {
    diff_items(d, a, b);
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::tuple>) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (d.at_index(I, [&] { diff_values(d, std::get<I>(a), std::get<I>(b)); }), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<T>>{});
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::map>) {
    // Pairs, not structured bindings: clang before 16 cannot capture those in a lambda.
    for (const auto& kv : a) {
        auto it = b.find(kv.first);
        d.at(kv.first, [&] {
            if (it == b.end())
                d.here();
            else
                diff_values(d, kv.second, it->second);
        });
    }
    for (const auto& kv : b)
        if (a.find(kv.first) == a.end())
            d.at(kv.first, [&] { d.here(); });
}
template <class C, class M> void diff_coded(differ& d, const M& a, const M& b) {
    if constexpr (is_optional<M>::value) {
        if (a.has_value() != b.has_value())
            d.here();
        else if (a)
            diff_coded<C>(d, *a, *b);
    } else if constexpr (is_nullable<M>::value) {
        if (a.is_null() != b.is_null())
            d.here();
        else if (!a.is_null())
            diff_coded<C>(d, *a, *b);
    } else {
        diff_values(d, C::encode(a), C::encode(b));
    }
}
template <class T> void diff_values(differ& d, const T& a, const T& b, cat<category::model>) {
    using info = model_info<T>;
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        d.at(P::key, [&] {
            if constexpr (P::coded)
                diff_coded<typename P::codec>(d, P::of(a), P::of(b));
            else
                diff_values(d, P::of(a), P::of(b));
        });
    });
    if constexpr (info::captures)
        diff_extras(d, *info::extras_of(a), *info::extras_of(b));
}
template <class T> void diff_values(differ& d, const T& a, const T& b) {
    diff_values(d, a, b, cat_of<T>{});
}

} // namespace detail

/// True when a and b hold the same data as JSON sees it (an absent optional differs from a null nullable).
template <class T> bool equal(const T& a, const T& b) {
    return detail::equal_values(a, b);
}

/// The JSON Pointers where a and b differ, outermost first, in member order. Empty when equal.
template <class T> std::vector<std::string> diff(const T& a, const T& b) {
    std::vector<std::string> out;
    detail::differ d(out);
    detail::diff_values(d, a, b);
    return out;
}

} // namespace djson

/// Defines `operator==` (and so `!=`) for a model with djson's equality, in the model's namespace:
///   DJSON_EQUALITY(Pet);
/// (For a struct whose members all have ==, `bool operator==(const Pet&) const = default;` does the same.)
#define DJSON_EQUALITY(T)                                                                                    \
    [[maybe_unused]] inline bool operator==(const T& djson_a, const T& djson_b) {                            \
        return ::djson::equal(djson_a, djson_b);                                                             \
    }                                                                                                        \
    static_assert(true, "DJSON_EQUALITY ends with a semicolon")
