// Writing a value as JSON text without building a DOM: one overload per row of the category table. A value
// that cannot be written (NaN, bad UTF-8, an undescribed enum value) marks the writer `bad`; the caller then
// asks validate() for the exact paths and throws.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/text.hpp>
#include <djson/options.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cmath>
#include <exception>
#include <string>

namespace djson::detail {

struct text_writer {
    std::string& out;
    const options& opt;
    unsigned level = 0;
    bool bad = false;

    void newline() {
        if (!opt.pretty)
            return;
        out.push_back('\n');
        out.append(static_cast<std::size_t>(level) * opt.indent, ' ');
    }
    void colon() {
        out.push_back(':');
        if (opt.pretty)
            out.push_back(' ');
    }
};

// src/write.cpp
DJSON_API void write_dom(text_writer& w, const boost::json::value& v);
DJSON_API void write_raw(text_writer& w, std::string_view compact_json); // re-indents when pretty
DJSON_API void write_string(text_writer& w, std::string_view s);
DJSON_API bool extras_collide(const additional_properties& x, const std::string_view* keys,
                              std::size_t n) noexcept;

template <class T> void write_value(text_writer& w, const T& v);

template <class T> void write_value(text_writer&, const T&, cat<category::unsupported>) {
    unsupported_type<T>();
}

// A codec's encode that throws marks the text bad: write_json then throws djson::error with validate's list.
template <class T> void write_encoded(text_writer& w, const T& v) {
    try {
        write_value(w, encode_of(v));
    } catch (const std::exception&) {
        w.bad = true;
        w.out.append("null");
    }
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::codec>) {
    write_encoded(w, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::boost_conversion>) {
    write_encoded(w, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::boolean>) {
    w.out.append(v ? "true" : "false");
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::integer>) {
    if constexpr (std::is_signed_v<T>)
        append_int(w.out, static_cast<long long>(v));
    else
        append_uint(w.out, static_cast<unsigned long long>(v));
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::floating>) {
    if (!std::isfinite(v)) {
        w.bad = true;
        w.out.append("null");
        return;
    }
    if constexpr (std::is_same_v<T, float>)
        append_float(w.out, v);
    else
        append_double(w.out, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::string>) {
    write_string(w, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::enumeration>) {
    std::size_t i = enum_keys<T>::index_of(v);
    if (i == enum_keys<T>::size) {
        w.bad = true;
        w.out.append("null");
        return;
    }
    w.out.append(enum_keys<T>::quoted[i]);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::timestamp>) {
    char buf[timestamp::max_text_size];
    std::size_t n = v.format(buf);
    w.out.push_back('"');
    w.out.append(buf, n);
    w.out.push_back('"');
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::json_value>) {
    write_dom(w, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::raw>) {
    write_raw(w, v.text());
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::optional>) {
    // Inside a model or a map an empty optional is an absent key and is not written; what remains is the
    // root, which cannot be absent (write_json reports it).
    if (v) {
        write_value(w, *v);
    } else {
        w.bad = true;
        w.out.append("null");
    }
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::nullable>) {
    if (v.is_null())
        w.out.append("null");
    else
        write_value(w, *v);
}

template <class T> void write_value(text_writer& w, const T& v, cat<category::pointer>) {
    if (!v)
        w.out.append("null");
    else
        write_value(w, *v);
}

template <class T> void write_value(text_writer& w, const T& v, cat<category::variant>) {
    if (v.valueless_by_exception()) {
        w.bad = true;
        w.out.append("null");
        return;
    }
    std::visit([&](const auto& a) { write_value(w, a); }, v);
    // A tagged alternative whose tag names another one would read back as that one, or fail: refuse it.
    if constexpr (variant_info<T>::tagged && tagged_variant_check<T>::value) {
        if (tag_names(v) != v.index())
            w.bad = true;
    }
}

template <class R> void write_items(text_writer& w, const R& range) {
    static_assert(!is_optional<typename R::value_type>::value,
                  "djson: an array item cannot be absent, only null: use djson::nullable<T> items");
    w.out.push_back('[');
    if (range.begin() == range.end()) {
        w.out.push_back(']');
        return;
    }
    ++w.level;
    bool first = true;
    for (const auto& item : range) {
        if (!first)
            w.out.push_back(',');
        first = false;
        w.newline();
        write_value(w, item);
    }
    --w.level;
    w.newline();
    w.out.push_back(']');
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::sequence>) {
    write_items(w, v);
}
template <class T> void write_value(text_writer& w, const T& v, cat<category::fixed_array>) {
    write_items(w, v);
}

template <class T> void write_value(text_writer& w, const T& v, cat<category::tuple>) {
    w.out.push_back('[');
    if constexpr (std::tuple_size_v<T> == 0) {
        w.out.push_back(']');
    } else {
        ++w.level;
        bool first = true;
        std::apply(
            [&](const auto&... item) {
                ((first ? void() : w.out.push_back(','), first = false, w.newline(), write_value(w, item)),
                 ...);
            },
            v);
        --w.level;
        w.newline();
        w.out.push_back(']');
    }
}

template <class T> void write_value(text_writer& w, const T& v, cat<category::map>) {
    w.out.push_back('{');
    if (v.empty()) {
        w.out.push_back('}');
        return;
    }
    ++w.level;
    bool first = true;
    for (const auto& [k, item] : v) {
        // As in a model, an empty std::optional is an absent key.
        if constexpr (is_optional<typename T::mapped_type>::value) {
            if (!item)
                continue;
        }
        if (!first)
            w.out.push_back(',');
        first = false;
        w.newline();
        write_string(w, k);
        w.colon();
        write_value(w, item);
    }
    --w.level;
    if (!first)
        w.newline();
    w.out.push_back('}');
}

// A member with its own codec C (djson::with<C>): its optional / nullable layers, then C's representation.
template <class C, class M> void write_coded(text_writer& w, const M& v) {
    if constexpr (is_optional<M>::value) {
        if (v) {
            write_coded<C>(w, *v);
        } else {
            w.bad = true;
            w.out.append("null");
        }
    } else if constexpr (is_nullable<M>::value) {
        if (v.is_null())
            w.out.append("null");
        else
            write_coded<C>(w, *v);
    } else {
        static_assert(codec_traits<C, M>::checked);
        write_value(w, C::encode(v));
    }
}

template <class T> void write_value(text_writer& w, const T& v, cat<category::model>) {
    using info = model_info<T>;
    w.out.push_back('{');
    ++w.level;
    bool first = true;
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        if (P::absent_in(v))
            return;
        if constexpr (P::read_only || P::write_only) {
            if (P::left_out(w.opt.message))
                return;
        }
        if (!first)
            w.out.push_back(',');
        first = false;
        w.newline();
        w.out.append(P::quoted_key);
        w.colon();
        if constexpr (P::coded)
            write_coded<typename P::codec>(w, P::of(v));
        else
            write_value(w, P::of(v));
        if constexpr (P::chosen) {
            // the sibling must name the alternative held, or the text reads back as another (or fails)
            if (!chosen_consistent<T, P>(v))
                w.bad = true;
        }
    });
    if constexpr (info::captures) {
        const additional_properties& x = *info::extras_of(v);
        if (!x.empty()) {
            if (extras_collide(x, info::keys.data(), info::keys.size()))
                w.bad = true;
            for (const auto& e : x) {
                if (!first)
                    w.out.push_back(',');
                first = false;
                w.newline();
                write_string(w, e.key);
                w.colon();
                write_raw(w, e.json);
            }
        }
    }
    --w.level;
    if (!first)
        w.newline();
    w.out.push_back('}');
}

template <class T> void write_value(text_writer& w, const T& v) {
    write_value(w, v, cat_of<T>{});
}

} // namespace djson::detail
