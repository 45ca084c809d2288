// `djson::validate`: the errors an object built in code would hit when written or read back — non-finite
// numbers, invalid UTF-8, enum values that are not described, additional properties that shadow declared
// keys.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/read_ops.hpp>
#include <djson/detail/writer.hpp>
#include <djson/error.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <exception>
#include <string>
#include <utility>

namespace djson {

namespace detail {

struct validator : pointer_walk {
    errors& out;
    // Set while checking a member whose variant its sibling chooses (djson::chosen_by): that variant is read
    // back as the alternative the sibling names, so it need not tell its alternatives apart by their shape.
    bool chosen_member = false;
    explicit validator(errors& o) : out(o) {}
    void add(errc code, std::string detail) { out.push_back({code, path, std::move(detail)}); }
    // An error at `below`, a JSON Pointer under the current path ("" for the current value itself).
    void add_below(errc code, std::string_view below, std::string detail) {
        out.push_back({code, path + std::string(below), std::move(detail)});
    }
};

DJSON_API void check_dom(validator& v, const boost::json::value& jv); // src/write.cpp
DJSON_API void check_string(validator& v, std::string_view s);
// The quoted tags of alternative `index` (src/variant.cpp).
DJSON_API std::string tag_list_of(const variant_tag* tags, std::size_t n, std::size_t index);

template <class T> void check(validator& v, const T& x);

template <class T> void check(validator&, const T&, cat<category::unsupported>) {
    unsupported_type<T>();
}
// A codec's encode may refuse a value (it throws): that is reported, not thrown.
template <class T> void check_encoded(validator& v, const T& x) {
    try {
        check(v, encode_of(x));
    } catch (const std::exception& e) {
        v.add(errc::invalid_value, std::string("cannot be written: ") + e.what());
    }
}
template <class T> void check(validator& v, const T& x, cat<category::codec>) {
    check_encoded(v, x);
    if constexpr (requires(void (*report)(std::string, std::string_view)) {
                      codec<T>::validate(x, report);
                  }) {
        auto report = [&](std::string why, std::string_view at) {
            v.add_below(errc::constraint, at, std::move(why));
        };
        codec<T>::validate(x, report);
    }
}
template <class T> void check(validator& v, const T& x, cat<category::boost_conversion>) {
    check_encoded(v, x);
}
template <class T> void check(validator&, const T&, cat<category::boolean>) {}
template <class T> void check(validator&, const T&, cat<category::integer>) {}
template <class T> void check(validator&, const T&, cat<category::timestamp>) {}
template <class T> void check(validator& v, const T& x, cat<category::floating>) {
    if (!std::isfinite(x))
        v.add(errc::invalid_value, "not a finite number (JSON has no NaN or infinity)");
}
template <class T> void check(validator& v, const T& x, cat<category::string>) {
    check_string(v, x);
}
template <class T> void check(validator& v, const T& x, cat<category::enumeration>) {
    if (enum_keys<T>::index_of(x) == enum_keys<T>::size)
        v.add(errc::invalid_value, "enum value " + std::to_string(static_cast<long long>(x)) +
                                       " is not one of the described enumerators");
}
template <class T> void check(validator& v, const T& x, cat<category::json_value>) {
    check_dom(v, x);
}
template <class T> void check(validator&, const T&, cat<category::raw>) {} // valid JSON by construction
// Members and map values that are empty optionals are absent keys; only the document itself gets here empty.
template <class T> void check(validator& v, const T& x, cat<category::optional>) {
    if (x)
        check(v, *x);
    else
        v.add(errc::invalid_value, "an empty std::optional cannot be written: a JSON document (or an array "
                                   "item) cannot be absent");
}
template <class T> void check(validator& v, const T& x, cat<category::nullable>) {
    if (!x.is_null())
        check(v, *x);
}
template <class T> void check(validator& v, const T& x, cat<category::pointer>) {
    if (x)
        check(v, *x);
}
// An untagged oneOf / anyOf: what is written must read back as the alternative held. It may not: an
// alternative that ignores unknown keys takes another's object, a double with an integral value is written
// like an integer, two alternatives may accept the same text (then a oneOf refuses it).
template <class T> void check_reads_back(validator& v, const T& x) {
    options opt;
    std::string text;
    if (!write_text(text, x, opt))
        return; // reported by the checks of the value itself
    errors errs;
    T back{};
    reader r(opt, errs);
    r.read_text(text, ops_for<T>, &back);
    const auto& names = variant_decode<T>::names;
    if (!errs.empty())
        v.add(errc::invalid_value, "the alternative held (" + std::string(names[x.index()]) +
                                       ") is written as " +
                                       quote_input(text.size() > 64 ? text.substr(0, 61) + "..." : text) +
                                       ", which does not read back: " + errs.front().message());
    else if (back.index() != x.index())
        v.add(errc::invalid_value, "the alternative held (" + std::string(names[x.index()]) +
                                       ") is written as " +
                                       quote_input(text.size() > 64 ? text.substr(0, 61) + "..." : text) +
                                       ", which reads back as another (" + std::string(names[back.index()]) +
                                       "): make the alternatives exclusive (required members, "
                                       "djson::unknown_keys::reject) or tag them");
}
template <class T> void check(validator& v, const T& x, cat<category::variant>) {
    if (x.valueless_by_exception()) {
        v.add(errc::invalid_value,
              "a std::variant without a value (valueless by exception) cannot be written");
        return;
    }
    const bool chosen = std::exchange(v.chosen_member, false);
    const std::size_t before = v.out.size();
    std::visit([&](const auto& a) { check(v, a); }, x);
    using info = variant_info<T>;
    if constexpr (!info::tagged) {
        if (!chosen && v.out.size() == before)
            check_reads_back(v, x);
    }
    if constexpr (info::tagged && tagged_variant_check<T>::value) {
        // The alternative must write the tag that names it, or it would read back as another one (or fail).
        std::string_view t;
        bool writes = std::visit([&](const auto& a) { return written_tag(a, info::key, t); }, x);
        if (!writes || info::find(t) != x.index()) {
            std::string at = v.path;
            append_pointer_token(at, info::key);
            v.out.push_back({errc::invalid_value, std::move(at),
                             "the alternative held (" + std::string(info::alt_names[x.index()]) +
                                 ") writes " + (writes ? quote_input(t) : std::string("no tag")) +
                                 ", which does not name it (expected one of: " +
                                 tag_list_of(info::tags.data(), info::tags.size(), x.index()) + ")"});
        }
    }
}
template <class T> void check(validator& v, const T& x, cat<category::sequence>) {
    for (std::size_t i = 0; i < x.size(); ++i)
        v.at_index(i, [&] { check(v, x[i]); });
}
template <class T> void check(validator& v, const T& x, cat<category::fixed_array>) {
    for (std::size_t i = 0; i < x.size(); ++i)
        v.at_index(i, [&] { check(v, x[i]); });
}
template <class T> void check(validator& v, const T& x, cat<category::tuple>) {
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (v.at_index(I, [&] { check(v, std::get<I>(x)); }), ...);
    }
    (std::make_index_sequence<std::tuple_size_v<T>>{});
}
template <class T> void check(validator& v, const T& x, cat<category::map>) {
    for (const auto& kv : x) { // a pair: clang before 16 cannot capture structured bindings in a lambda
        if constexpr (is_optional<typename T::mapped_type>::value) {
            if (!kv.second)
                continue; // an absent key
        }
        v.at(kv.first, [&] {
            if (!valid_utf8(kv.first))
                v.add(errc::invalid_value, "key is not valid UTF-8");
            check(v, kv.second);
        });
    }
}
template <class T> void check(validator& v, const T& x, cat<category::model>) {
    using info = model_info<T>;
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        if (P::absent_in(x))
            return; // an absent key
        v.at(P::key, [&] {
            if constexpr (P::coded)
                with_present_value(P::of(x), [&](const auto& y) {
                    static_assert(codec_traits<typename P::codec, std::remove_cvref_t<decltype(y)>>::checked);
                    check(v, P::codec::encode(y));
                });
            else {
                v.chosen_member = P::chosen;
                check(v, P::of(x));
                v.chosen_member = false;
            }
            if constexpr (P::has_constraints)
                P::check_constraints(P::of(x), [&](std::string why, std::string_view at) {
                    v.add_below(errc::constraint, at, std::move(why));
                });
            if constexpr (P::chosen) {
                if (!chosen_consistent<T, P>(x))
                    v.add(errc::invalid_value, "the alternative held is not the one its sibling " +
                                                   quote_input(P::chosen_key) +
                                                   " names: reading it back would fail or choose another");
            }
        });
    });
    if constexpr (info::captures) {
        for (const auto& e : *info::extras_of(x)) {
            v.at(e.key, [&] {
                const auto& keys = info::keys;
                for (auto k : keys)
                    if (k == e.key)
                        v.add(errc::duplicate_key, "an additional property has the key of a declared member "
                                                   "(it would be written twice)");
                if (!valid_utf8(e.key))
                    v.add(errc::invalid_value, "key is not valid UTF-8");
            });
        }
    }
}
template <class T> void check(validator& v, const T& x) {
    check(v, x, cat_of<T>{});
}

} // namespace detail

/// The errors that writing `value` (or reading it back) would meet, each at its JSON Pointer. Empty when
/// valid.
template <class T> errors validate(const T& value) {
    errors out;
    detail::validator v(out);
    detail::check(v, value);
    return out;
}

} // namespace djson
