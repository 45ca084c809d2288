// oneOf / anyOf as std::variant. A std::variant<A, B, ...> member (or document) is one of its alternatives:
//
//   using Access = std::variant<AccessProfile, Entitlement, Role>;
//   DJSON_VARIANT(Access, djson::discriminator("type"), djson::tag<AccessProfile>("ACCESS_PROFILE"),
//                 djson::tag<Entitlement>("ENTITLEMENT"), djson::tag<Role>("ROLE"));
//
// - With a discriminator (OpenAPI `discriminator.propertyName`): the value is an object whose key names the
//   alternative, through the tags (OpenAPI `mapping`; an alternative without a tag is named by its type's
//   unqualified name, as OpenAPI's default). The key may come anywhere in the object. Every alternative is a
//   model that declares the key as a member, so reading keeps it and writing writes it.
// - Without one (the default, OpenAPI `oneOf`): exactly one alternative must accept the value; when none or
//   several do, the error says what each alternative rejected, or which ones matched.
// - `djson::any_of`: the first alternative, in order, that accepts the value (OpenAPI `anyOf`).
// - Chosen by a sibling: `djson::member("attributes", djson::chosen_by("type"))` picks the alternative of the
//   member `attributes` by the value of the key `type` of the same object, through the variant's tags.
//
// DJSON_VARIANT is written at global scope (it specializes djson::variant_spec), before the first use of the
// variant type. A variant without DJSON_VARIANT is an untagged oneOf.
#pragma once

#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <variant>

namespace djson {

/// Variant option: the key of the object that names the alternative (OpenAPI discriminator.propertyName).
struct discriminator {
    std::string_view key;
    constexpr explicit discriminator(std::string_view k) : key(k) {}
};

/// Variant option: the tag value that names alternative A (OpenAPI discriminator.mapping). Several tags may
/// name one alternative.
template <class A> struct tag {
    std::string_view value;
    constexpr explicit tag(std::string_view v) : value(v) {}
};

/// Variant option: anyOf instead of oneOf (the first alternative that accepts the value).
struct any_of_t {
    explicit constexpr any_of_t(int) {}
};
inline constexpr any_of_t any_of{0};

/// Member option: the member's variant alternative is named by the value of the sibling key `key` (an enum or
/// a string member of the same model), through the variant's tags.
struct chosen_by {
    std::string_view key;
    constexpr explicit chosen_by(std::string_view k) : key(k) {}
};

namespace detail {
template <class T> struct is_tag : std::false_type {};
template <class A> struct is_tag<tag<A>> : std::true_type {};
template <class T> struct is_std_variant : std::false_type {};
template <class... A> struct is_std_variant<std::variant<A...>> : std::true_type {};
} // namespace detail

/// The options of a variant type, as DJSON_VARIANT declares them.
template <class... Tags> struct variant_options {
    std::string_view discriminator_key; // empty: untagged
    bool any = false;
    std::tuple<Tags...> tags;
};

namespace detail {
template <class Spec> constexpr void apply_variant_arg(Spec& s, discriminator d) {
    s.discriminator_key = d.key;
}
template <class Spec> constexpr void apply_variant_arg(Spec& s, any_of_t) {
    s.any = true;
}
template <class Spec, class A> constexpr void apply_variant_arg(Spec&, tag<A>) {}
template <class A> constexpr auto tag_tuple(const A& a) {
    if constexpr (is_tag<A>::value)
        return std::tuple<A>(a);
    else
        return std::tuple<>();
}
} // namespace detail

template <class... Args> constexpr auto make_variant_options(Args... args) {
    static_assert(((std::is_same_v<Args, discriminator> || std::is_same_v<Args, any_of_t> ||
                    detail::is_tag<Args>::value) &&
                   ...),
                  "DJSON_VARIANT takes djson::discriminator(\"key\"), djson::tag<Alternative>(\"value\") and "
                  "djson::any_of only");
    using tags_t = decltype(std::tuple_cat(detail::tag_tuple(args)...));
    return [&]<class... T>(std::tuple<T...>*) {
        variant_options<T...> s{{}, false, std::tuple_cat(detail::tag_tuple(args)...)};
        (detail::apply_variant_arg(s, args), ...);
        return s;
    }(static_cast<tags_t*>(nullptr));
}

/// The options of variant type V; DJSON_VARIANT specializes it. Unspecialized: an untagged oneOf.
template <class V> struct variant_spec { static constexpr variant_options<> value{}; };

} // namespace djson

/// Declares the options of a std::variant type (at global scope, before its first use):
///   DJSON_VARIANT(app::Shape, djson::discriminator("kind"), djson::tag<app::Circle>("circle"));
#define DJSON_VARIANT(V, ...)                                                                                \
    template <> struct djson::variant_spec<V> {                                                              \
        static_assert(::djson::detail::is_std_variant<V>::value,                                             \
                      "DJSON_VARIANT(" #V ", ...): " #V " is not a std::variant");                           \
        static constexpr auto value = ::djson::make_variant_options(__VA_ARGS__);                            \
    };                                                                                                       \
    static_assert(true, "DJSON_VARIANT ends with a semicolon")
