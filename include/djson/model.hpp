// How a model is declared beyond its members: the naming policy of its keys, the unknown-key policy and
// per-member options, all written once next to BOOST_DESCRIBE_STRUCT with DJSON_MODEL (or DJSON_ENUM for
// enums).
#pragma once

#include <djson/options.hpp>

#include <boost/json/conversion.hpp>
#include <boost/json/fwd.hpp>
#include <boost/system/result.hpp>

#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>

namespace djson {

/// How a C++ member name becomes a JSON key (a `key(...)` on the member overrides it).
enum class naming {
    as_declared,          ///< `access_token_validity_seconds` stays as it is
    camel_case,           ///< `access_token_validity_seconds` -> `accessTokenValiditySeconds`
    pascal_case,          ///< -> `AccessTokenValiditySeconds`
    snake_case,           ///< `accessTokenValiditySeconds` -> `access_token_validity_seconds`
    kebab_case,           ///< -> `access-token-validity-seconds`
    screaming_snake_case, ///< -> `ACCESS_TOKEN_VALIDITY_SECONDS`
};

/// A naming rule of your own: the JSON key of a C++ member (or enumerator) name, computed at compile time.
///   constexpr std::string dotted(std::string_view name) { ... }
///   DJSON_MODEL(T, djson::naming_rule(&dotted))
using naming_fn = std::string (*)(std::string_view);
struct naming_rule {
    naming_fn fn;
    constexpr explicit naming_rule(naming_fn f) : fn(f) {}
};

/// What reading does with a key the model does not declare.
enum class unknown_keys {
    ignore,  ///< skip it (the default)
    reject,  ///< an `unknown_key` error at the key's path
    capture, ///< keep it in the model's `djson::additional_properties` member (implied by having one)
};

/// Member option: the JSON key of this member, whatever the naming policy says (`"class"`, `"$ref"`, ...).
struct key {
    std::string_view value;
    constexpr explicit key(std::string_view v) : value(v) {}
};

/// Member option: an absent key reads as the member's default (its default member initializer) instead of
/// being an error (for `T`) or an empty optional (for `std::optional<T>`).
struct default_if_absent_t {
    explicit constexpr default_if_absent_t(int) {}
};
inline constexpr default_if_absent_t default_if_absent{0};

/// The base of every member constraint (djson/constraints.hpp): a member option derived from it is checked
/// on the member's value when reading and by djson::validate, and adds its keywords to the schema.
struct constraint {};

/// Member option (OpenAPI `readOnly`): the server sends it, a client does not. Reading or writing with
/// `options::message = message_kind::request` leaves it out (its key, if sent, is skipped; if required, it is
/// required in responses only); every other message kind keeps it.
struct read_only_t {
    explicit constexpr read_only_t(int) {}
};
inline constexpr read_only_t read_only{0};
/// Member option (OpenAPI `writeOnly`, a password): a client sends it, a server does not send it back.
/// `message_kind::response` leaves it out.
struct write_only_t {
    explicit constexpr write_only_t(int) {}
};
inline constexpr write_only_t write_only{0};

/// Member option: code this member with codec C instead of its type's default (one timestamp as epoch
/// milliseconds, one integer as a decimal string). C has the shape of a djson::codec<T> specialization
/// (static encode and decode) for the member's type inside std::optional / djson::nullable.
template <class C> struct with_t {
    explicit constexpr with_t(int) {}
};
template <class C> inline constexpr with_t<C> with{0};

/// The options of one member, named as in BOOST_DESCRIBE (the C++ name). Options are small types, so that
/// later ones (codecs, validators) are added without changing this shape.
template <class... Options> struct member_spec {
    std::string_view name;
    std::tuple<Options...> options;
};

/// `djson::member("klass", djson::key("class"))`
template <class... Options> constexpr member_spec<Options...> member(std::string_view name, Options... o) {
    return {name, std::tuple<Options...>(o...)};
}

/// The options of a model (or an enum); built by `djson::model(...)` from naming, unknown_keys and member
/// specs in any order.
template <class... Members> struct model_spec {
    naming key_naming = naming::as_declared;
    unknown_keys unknown = unknown_keys::ignore;
    bool unknown_set = false;
    std::tuple<Members...> members;
    naming_fn rule = nullptr; // djson::naming_rule: replaces key_naming
    // Whether `rule` is set (a function address is not compared in a constant expression: UBSan forbids it).
    bool has_rule = false;
};

namespace detail {
template <class T> struct is_member_spec : std::false_type {};
template <class... O> struct is_member_spec<member_spec<O...>> : std::true_type {};

template <class Spec> constexpr void apply_model_arg(Spec& s, naming n) {
    s.key_naming = n;
}
template <class Spec> constexpr void apply_model_arg(Spec& s, naming_rule r) {
    s.rule = r.fn;
    s.has_rule = true;
}
template <class Spec> constexpr void apply_model_arg(Spec& s, unknown_keys u) {
    s.unknown = u;
    s.unknown_set = true;
}
template <class Spec, class M>
requires is_member_spec<M>::value constexpr void apply_model_arg(Spec&, const M&) {}

template <class A> constexpr auto member_tuple(const A& a) {
    if constexpr (is_member_spec<A>::value)
        return std::tuple<A>(a);
    else
        return std::tuple<>();
}
} // namespace detail

template <class... Args> constexpr auto model(Args... args) {
    using members_t = decltype(std::tuple_cat(detail::member_tuple(args)...));
    static_assert(
        ((std::is_same_v<Args, naming> || std::is_same_v<Args, naming_rule> ||
          std::is_same_v<Args, unknown_keys> || detail::is_member_spec<Args>::value) &&
         ...),
        "djson::model / DJSON_MODEL take djson::naming, djson::naming_rule, djson::unknown_keys and "
        "djson::member(...) only");
    return [&]<class... M>(std::tuple<M...>*) {
        // members are built in place: options such as key have no default constructor
        model_spec<M...> s{naming::as_declared,
                           unknown_keys::ignore,
                           false,
                           std::tuple_cat(detail::member_tuple(args)...),
                           nullptr,
                           false};
        (detail::apply_model_arg(s, args), ...);
        return s;
    }(static_cast<members_t*>(nullptr));
}

// Overloads found by ADL: a model's options come from `djson_model_spec(T const*)` in T's namespace, which
// DJSON_MODEL declares. This fallback gives every other type the defaults.
namespace detail {
// A template, so that it is an exact match for every type: a derived class without DJSON_MODEL must get the
// defaults, not its base's options through a derived-to-base conversion.
template <class T> constexpr model_spec<> djson_model_spec(const T*) {
    return {};
}
template <class T> constexpr auto spec_of_impl() {
    return djson_model_spec(static_cast<const T*>(nullptr));
}
template <class T> inline constexpr auto spec_of = spec_of_impl<T>();
} // namespace detail

// True when argument-dependent lookup finds the `djson_model_declared(std::type_identity<T>)` that
// DJSON_MODEL or DJSON_ENUM declares next to T, in T's own namespace. This namespace declares none, so
// nothing else is found; and std::type_identity<T> converts to no other type, so a base's declaration does
// not count for T.
namespace adl_probe {
template <class T>
concept declared_next_to_type = requires {
    djson_model_declared(std::type_identity<T>{});
};
} // namespace adl_probe

template <class T> boost::json::value to_value(const T& v);
// (defined in write.hpp; the default is here, with the first declaration)
template <class T>
boost::json::value to_value(const T& v, const options& opt, boost::json::storage_ptr sp = {});
template <class T> T from_value(const boost::json::value& jv, const options& opt = {});
namespace detail {
template <class T> boost::system::result<T> try_value_to_for_boost(const boost::json::value& jv);
}

} // namespace djson

/// Declares a model's options next to its BOOST_DESCRIBE_STRUCT, in the model's namespace:
///   DJSON_MODEL(Pet, djson::naming::camel_case, djson::member("klass", djson::key("class")))
/// It also makes boost::json::value_from / value_to use djson's rules for the type.
#define DJSON_MODEL(T, ...)                                                                                  \
    [[maybe_unused]] constexpr auto djson_model_spec(const T*) {                                             \
        return ::djson::model(__VA_ARGS__);                                                                  \
    }                                                                                                        \
    [[maybe_unused]] constexpr bool djson_model_declared(::std::type_identity<T>) noexcept {                 \
        return true;                                                                                         \
    }                                                                                                        \
    static_assert(::djson::adl_probe::declared_next_to_type<T>,                                              \
                  "DJSON_MODEL(" #T ", ...) must be written in the namespace that declares " #T              \
                  " (next to its BOOST_DESCRIBE_STRUCT): anywhere else djson cannot find it");               \
    /* ambiguous, so an error, when another DJSON_MODEL for T is found by argument-dependent lookup */       \
    static_assert(djson_model_declared(::std::type_identity<T>{}), "DJSON_MODEL(" #T ", ...) twice");        \
    /* Templates of exactly T: a derived class is not converted (sliced) through them, and their bodies are  \
     */                                                                                                      \
    /* only compiled where a conversion is used, not in every file that includes the model. */               \
    template <class DjsonT>                                                                                  \
    requires(::std::is_same_v<DjsonT, T>) void tag_invoke(                                                   \
        ::boost::json::value_from_tag, ::boost::json::value& djson_jv, const DjsonT& djson_v) {              \
        /* built in the target's own storage: no copy from one resource to another */                        \
        djson_jv = ::djson::to_value(djson_v, ::djson::options{}, djson_jv.storage());                       \
    }                                                                                                        \
    template <class DjsonT>                                                                                  \
    requires(::std::is_same_v<DjsonT, T>) DjsonT tag_invoke(::boost::json::value_to_tag<DjsonT>,             \
                                                            const ::boost::json::value& djson_jv) {          \
        return ::djson::from_value<DjsonT>(djson_jv, {});                                                    \
    }                                                                                                        \
    template <class DjsonT>                                                                                  \
    requires(::std::is_same_v<DjsonT, T>)::boost::system::result<DjsonT> tag_invoke(                         \
        ::boost::json::try_value_to_tag<DjsonT>, const ::boost::json::value& djson_jv) {                     \
        return ::djson::detail::try_value_to_for_boost<DjsonT>(djson_jv);                                    \
    }                                                                                                        \
    static_assert(true, "DJSON_MODEL ends with a semicolon")

/// Declares an enum's options (naming of its string values, and per-value keys):
///   DJSON_ENUM(Scope, djson::naming::snake_case, djson::member("all", djson::key("sp:scopes:all")))
#define DJSON_ENUM(E, ...)                                                                                   \
    [[maybe_unused]] constexpr auto djson_model_spec(const E*) {                                             \
        return ::djson::model(__VA_ARGS__);                                                                  \
    }                                                                                                        \
    [[maybe_unused]] constexpr bool djson_model_declared(::std::type_identity<E>) noexcept {                 \
        return true;                                                                                         \
    }                                                                                                        \
    static_assert(::djson::adl_probe::declared_next_to_type<E>,                                              \
                  "DJSON_ENUM(" #E ", ...) must be written in the namespace that declares " #E               \
                  " (next to its BOOST_DESCRIBE_ENUM): anywhere else djson cannot find it");                 \
    static_assert(djson_model_declared(::std::type_identity<E>{}), "DJSON_ENUM(" #E ", ...) twice");         \
    static_assert(true, "DJSON_ENUM ends with a semicolon")
