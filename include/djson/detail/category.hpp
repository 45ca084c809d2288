// The one table that decides how djson codes a type. Every algorithm (read, write, validate, compare, schema)
// has one overload per row; adding a kind of type is adding a row here and an overload in each.
#pragma once

#include <djson/additional_properties.hpp>
#include <djson/codec.hpp>
#include <djson/nullable.hpp>
#include <djson/raw_json.hpp>
#include <djson/timestamp.hpp>
#include <djson/variant.hpp>

#include <boost/describe/enum.hpp>
#include <boost/describe/enumerators.hpp>
#include <boost/describe/members.hpp>
#include <boost/describe/modifiers.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_from.hpp>
#include <boost/json/value_to.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <unordered_map>
#include <vector>

namespace djson::detail {

enum class category {
    codec, // djson::codec<T> is specialized: coded as the representation its encode returns
    boolean,
    integer,
    floating,
    string,
    enumeration, // described with BOOST_DESCRIBE_ENUM, written as its string
    timestamp,
    json_value,  // free-form boost::json::value
    raw,         // free-form djson::raw_json, kept exactly as spelled
    extras,      // djson::additional_properties (a model member, not a value of its own)
    optional,    // std::optional<T>: the key may be absent
    nullable,    // djson::nullable<T>: the value may be null
    pointer,     // std::unique_ptr<T> / std::shared_ptr<T>: null (empty) or the value; T may contain it
    sequence,    // std::vector<T>
    fixed_array, // std::array<T, N>
    tuple,       // std::pair<A, B>, std::tuple<A, ...>: an array of exactly that many items, each its type
    map,         // std::map / std::unordered_map with std::string keys
    variant,     // std::variant<A, B, ...>: oneOf / anyOf (djson/variant.hpp)
    model,       // described class or struct
    boost_conversion, // a type with Boost.JSON conversions of its own (tag_invoke), coded through a DOM
    unsupported,
};

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_nullable : std::false_type {};
template <class T> struct is_nullable<nullable<T>> : std::true_type {};
template <class T> struct is_smart_pointer : std::false_type {};
template <class T> struct is_smart_pointer<std::unique_ptr<T>> : std::true_type {};
template <class T> struct is_smart_pointer<std::shared_ptr<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T, class A> struct is_vector<std::vector<T, A>> : std::true_type {};
template <class T> struct is_std_array : std::false_type {};
template <class T, std::size_t N> struct is_std_array<std::array<T, N>> : std::true_type {};
template <class T> struct is_std_tuple : std::false_type {};
template <class A, class B> struct is_std_tuple<std::pair<A, B>> : std::true_type {};
template <class... A> struct is_std_tuple<std::tuple<A...>> : std::true_type {};
template <class T> struct is_string_map : std::false_type {};
template <class V, class C, class A> struct is_string_map<std::map<std::string, V, C, A>> : std::true_type {};
template <class V, class H, class E, class A>
struct is_string_map<std::unordered_map<std::string, V, H, E, A>> : std::true_type {};

// Character types are not numbers (std::int8_t and std::uint8_t, being signed/unsigned char, are).
template <class T>
inline constexpr bool is_char_type =
    std::is_same_v<T, char> || std::is_same_v<T, wchar_t> || std::is_same_v<T, char8_t> ||
    std::is_same_v<T, char16_t> || std::is_same_v<T, char32_t>;

inline constexpr unsigned all_members = boost::describe::mod_public | boost::describe::mod_protected |
                                        boost::describe::mod_private | boost::describe::mod_inherited;

template <class T> using members_of = boost::describe::describe_members<T, all_members>;

// A type with tag_invoke overloads for boost::json::value_from and for value_to or try_value_to, found by
// argument-dependent lookup (the user's own conversions).
template <class T>
concept has_boost_conversion = requires(boost::json::value& jv, const T& v) {
    tag_invoke(boost::json::value_from_tag{}, jv, v);
}
&&(
    requires(const boost::json::value& jv) { tag_invoke(boost::json::value_to_tag<T>{}, jv); } ||
    requires(const boost::json::value& jv) { tag_invoke(boost::json::try_value_to_tag<T>{}, jv); });

// The rows, in order: the first that matches decides. A user's codec comes first, so it can replace any
// built-in rule; a user's Boost.JSON conversions come last, after every built-in row.
template <class T> constexpr category category_of() {
    if constexpr (has_codec<T>)
        return category::codec;
    else if constexpr (std::is_same_v<T, bool>)
        return category::boolean;
    else if constexpr (std::is_integral_v<T> && !is_char_type<T> && sizeof(T) <= 8)
        return category::integer; // not __int128 (integral in GNU mode): JSON readers hold 64 bits
    else if constexpr (std::is_integral_v<T> && !is_char_type<T>)
        return category::unsupported;
    else if constexpr (std::is_same_v<T, float> || std::is_same_v<T, double>)
        return category::floating;
    else if constexpr (std::is_same_v<T, std::string>)
        return category::string;
    else if constexpr (std::is_enum_v<T> && boost::describe::has_describe_enumerators<T>::value)
        return category::enumeration;
    else if constexpr (std::is_same_v<T, djson::timestamp>)
        return category::timestamp;
    else if constexpr (std::is_same_v<T, boost::json::value>)
        return category::json_value;
    else if constexpr (std::is_same_v<T, raw_json>)
        return category::raw;
    else if constexpr (std::is_same_v<T, additional_properties>)
        return category::extras;
    else if constexpr (is_optional<T>::value)
        return category::optional;
    else if constexpr (is_nullable<T>::value)
        return category::nullable;
    else if constexpr (is_smart_pointer<T>::value)
        return category::pointer;
    else if constexpr (is_vector<T>::value && !std::is_same_v<T, std::vector<bool>>)
        return category::sequence;
    else if constexpr (is_std_array<T>::value)
        return category::fixed_array;
    else if constexpr (is_std_tuple<T>::value)
        return category::tuple;
    else if constexpr (is_string_map<T>::value)
        return category::map;
    else if constexpr (is_std_variant<T>::value)
        return category::variant;
    else if constexpr (std::is_class_v<T> && boost::describe::has_describe_members<T>::value)
        return category::model;
    else if constexpr (has_boost_conversion<T>)
        return category::boost_conversion;
    else
        return category::unsupported;
}

template <category C> using cat = std::integral_constant<category, C>;
template <class T> using cat_of = cat<category_of<T>()>;

template <class T> inline constexpr bool dependent_false = false;

// The last row of every algorithm: name the type and the fix.
template <class T> constexpr void unsupported_type() {
    static_assert(
        dependent_false<T>,
        "djson: this member type is not supported. Use bool, an integer, float/double, std::string, "
        "an enum with BOOST_DESCRIBE_ENUM, djson::timestamp, djson::raw_json, boost::json::value, "
        "std::optional, "
        "djson::nullable, std::unique_ptr/std::shared_ptr, std::vector (not of bool), std::array, "
        "std::pair/std::tuple, "
        "std::map/unordered_map with "
        "std::string keys, a struct with BOOST_DESCRIBE_STRUCT, or give the type a djson::codec<T> "
        "(docs/extending.md). See T in the error above.");
}

} // namespace djson::detail
