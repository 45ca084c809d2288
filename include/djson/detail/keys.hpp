// Compile-time JSON keys: a member's key (override or naming policy) and its quoted form, computed once per
// member into static storage, so reading compares and writing copies them without work at run time.
#pragma once

#include <djson/model.hpp>

#include <boost/mp11/algorithm.hpp>

#include <cstddef>
#include <optional>
#include <string_view>
#include <tuple>

namespace djson::detail {

template <std::size_t N> struct fixed_text {
    char data[N]{};
    std::size_t size = 0;
    constexpr std::string_view view() const { return {data, size}; }
    constexpr void push(char c) { data[size++] = c; }
};

constexpr bool is_upper(char c) {
    return c >= 'A' && c <= 'Z';
}
constexpr bool is_lower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_lower_or_digit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
constexpr char to_upper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
}
constexpr char to_lower(char c) {
    return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

// Splits a C++ name into words at '_' / '-' and at lower-to-upper transitions, then joins them as the policy
// says. Output is at most twice the input (snake_case from camelCase adds one '_' per word).
template <std::size_t N> constexpr fixed_text<N> apply_naming(std::string_view name, naming policy) {
    fixed_text<N> out;
    if (policy == naming::as_declared) {
        for (char c : name)
            out.push(c);
        return out;
    }
    std::size_t word = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < name.size(); ++i) {
        char c = name[i];
        if (c == '_' || c == '-') {
            in_word = false;
            continue;
        }
        // a new word: after a separator, at a lower-or-digit to upper step (getHttp|Response), and at the
        // last capital of a run of capitals followed by a lowercase letter (get|HTTP|Response, as heck and
        // most case converters split acronyms)
        bool boundary =
            !in_word || (is_upper(c) && i > 0 && is_lower_or_digit(name[i - 1])) ||
            (is_upper(c) && i > 0 && is_upper(name[i - 1]) && i + 1 < name.size() && is_lower(name[i + 1]));
        if (boundary) {
            if (word > 0 && (policy == naming::snake_case || policy == naming::screaming_snake_case))
                out.push('_');
            if (word > 0 && policy == naming::kebab_case)
                out.push('-');
            bool upper_first = policy == naming::pascal_case || (policy == naming::camel_case && word > 0) ||
                               policy == naming::screaming_snake_case;
            out.push(upper_first ? to_upper(c) : to_lower(c));
            ++word;
            in_word = true;
            continue;
        }
        if (policy == naming::screaming_snake_case)
            out.push(to_upper(c));
        else if (policy == naming::snake_case || policy == naming::kebab_case)
            out.push(to_lower(c));
        else
            out.push(c);
    }
    return out;
}

// `"key"` with JSON escaping, for the writer.
template <std::size_t N> constexpr fixed_text<N> quote_key(std::string_view key) {
    fixed_text<N> out;
    constexpr char hex[] = "0123456789abcdef";
    out.push('"');
    for (char c : key) {
        auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push('\\');
            out.push(c);
        } else if (u < 0x20) {
            out.push('\\');
            out.push('u');
            out.push('0');
            out.push('0');
            out.push(hex[u >> 4]);
            out.push(hex[u & 15]);
        } else {
            out.push(c);
        }
    }
    out.push('"');
    return out;
}

template <class T, class Tuple> struct tuple_has;
template <class T, class... E> struct tuple_has<T, std::tuple<E...>> {
    static constexpr std::size_t count = (std::size_t{std::is_same_v<T, E>} + ... + 0);
    static constexpr bool value = count > 0;
};

// Index of the member_spec named `name` in a model spec, or -1.
template <class Spec> constexpr int find_member_spec(const Spec& spec, std::string_view name) {
    int found = -1, i = 0;
    std::apply([&](const auto&... m) { ((m.name == name ? (found = i, ++i) : ++i), ...); }, spec.members);
    return found;
}

template <class Owner, class Option> constexpr bool member_has(std::string_view name) {
    constexpr auto& spec = spec_of<Owner>;
    bool has = false;
    std::apply(
        [&](const auto&... m) {
            ((has = has ||
                    (m.name == name && tuple_has<Option, std::remove_cvref_t<decltype(m.options)>>::value)),
             ...);
        },
        spec.members);
    return has;
}

template <class Owner> constexpr std::optional<std::string_view> key_override(std::string_view name) {
    constexpr auto& spec = spec_of<Owner>;
    std::optional<std::string_view> k;
    std::apply(
        [&](const auto&... m) {
            (
                [&] {
                    using opts = std::remove_cvref_t<decltype(m.options)>;
                    if constexpr (tuple_has<key, opts>::value) {
                        static_assert(tuple_has<key, opts>::count == 1,
                                      "djson::member(...): give one djson::key");
                        if (m.name == name)
                            k = std::get<key>(m.options).value;
                    }
                }(),
                ...);
        },
        spec.members);
    return k;
}

template <class P> struct member_pointer_traits;
template <class M, class C> struct member_pointer_traits<M C::*> {
    using member_type = M;
    using owner = C;
};

// The key a user's naming rule (djson::naming_rule) gives `name`, in static storage.
template <std::size_t N> constexpr fixed_text<N> apply_rule(naming_fn rule, std::string_view name) {
    fixed_text<N> out;
    for (char c : rule(name))
        out.push(c);
    return out;
}

template <class Owner, class D> struct member_key {
    static constexpr std::string_view name = D::name;
    static constexpr auto override_key = key_override<Owner>(name);
    static constexpr bool has_rule = spec_of<Owner>.has_rule;
    static constexpr std::size_t capacity = (override_key ? override_key->size()
                                             : has_rule   ? spec_of<Owner>.rule(name).size()
                                                          : 2 * name.size()) +
                                            1;
    static constexpr fixed_text<capacity> text =
        override_key ? apply_naming<capacity>(*override_key, naming::as_declared)
        : has_rule   ? apply_rule<capacity>(spec_of<Owner>.rule, name)
                     : apply_naming<capacity>(name, spec_of<Owner>.key_naming);
    static constexpr std::string_view value = text.view();
    static constexpr fixed_text<6 * capacity + 3> quoted_text = quote_key<6 * capacity + 3>(value);
    static constexpr std::string_view quoted = quoted_text.view();
};

// Every djson::member("x", ...) must name something the type describes: a typo would otherwise be ignored.
template <class T, class Described> constexpr bool spec_names_described() {
    constexpr auto& spec = spec_of<T>;
    bool ok = true;
    std::apply(
        [&](const auto&... m) {
            (
                [&] {
                    bool found = false;
                    boost::mp11::mp_for_each<Described>(
                        [&](auto D) { found = found || m.name == std::string_view(decltype(D)::name); });
                    ok = ok && found;
                }(),
                ...);
        },
        spec.members);
    return ok;
}

} // namespace djson::detail
