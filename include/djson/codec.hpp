// `djson::codec<T>`: how a user type maps to a representation djson already codes (a string, a number, an
// object, an array, a model...). Specialize it in namespace djson:
//
//   template <> struct djson::codec<Money> {
//       static std::string encode(const Money& m);                      // Money -> its JSON representation
//       static djson::decoded<Money> decode(const std::string& s);      // and back, or a reason it cannot be
//       static boost::json::value schema() { return {{"type", "string"}, {"pattern",
//       "^-?[0-9]+\\.[0-9]{2}$"}}; }
//   };
//
// `static void validate(const T&, Report& report)` is optional too: checks djson::validate runs beyond the
// representation's, each break a `report(why, pointer_inside)` (an errc::constraint). `schema()` is optional
// (the representation's schema is used without it; `schema(boost::json::value)` gets
// the representation's schema to adjust, e.g. to add `uniqueItems`); so is `static constexpr const char*
// expected = "a decimal string"`, the phrase of a type mismatch; and `static bool equal(const T&, const T&)`,
// for a type whose equal values may have different representations (an unordered set: djson::equal and
// diff compare representations without it). A codec is checked before every built-in
// row, so a type with a codec works wherever a type can be: a member, an array item, a map value, inside
// std::optional and djson::nullable, at any depth. See docs/extending.md.
#pragma once

#include <boost/json/value.hpp>

#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace djson {

/// Not specialized: the type has no codec (djson codes it by its built-in rules).
template <class T> struct codec { using djson_no_codec = void; };

/// Why a value could not be decoded: `return djson::reject("not a decimal number");`. The error is at the
/// value's JSON Pointer; a codec whose representation is an object or an array can point inside it:
/// `djson::reject("not an integer").at_key(k)` or `.at_index(i)` (called outermost first).
struct rejection {
    std::string reason;
    std::string pointer;     // inside the value: "" (the value itself) or "/token/..."
    bool constraint = false; // a broken constraint (errc::constraint) rather than an invalid value

    rejection&& at_key(std::string_view key) && {
        pointer.push_back('/');
        for (char c : key) {
            if (c == '~')
                pointer += "~0";
            else if (c == '/')
                pointer += "~1";
            else
                pointer.push_back(c);
        }
        return std::move(*this);
    }
    rejection&& at_index(std::size_t i) && {
        pointer.push_back('/');
        pointer += std::to_string(i);
        return std::move(*this);
    }
};
inline rejection reject(std::string reason) {
    return {std::move(reason), {}};
}

/// What `decode` returns: the value, or the reason it cannot be made (which becomes an `invalid_value` error
/// at the value's JSON Pointer). `decode` may also return a plain T when it cannot fail, or throw: the
/// exception's `what()` becomes the error's message.
template <class T> class decoded {
  public:
    decoded(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    decoded(rejection r) : state_(std::in_place_index<1>, std::move(r)) {}

    bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }
    T& value() & { return std::get<0>(state_); }
    T&& value() && { return std::get<0>(std::move(state_)); }
    const std::string& reason() const { return std::get<1>(state_).reason; }
    /// Where inside the value the reason applies (a relative JSON Pointer; "" for the value itself).
    const std::string& where() const { return std::get<1>(state_).pointer; }
    /// The reason is a broken constraint (errc::constraint), not an invalid value.
    bool constraint() const { return std::get<1>(state_).constraint; }

  private:
    std::variant<T, rejection> state_;
};

namespace detail {
template <class T> struct is_decoded : std::false_type {};
template <class T> struct is_decoded<decoded<T>> : std::true_type {};

// A codec for T: a type with `encode(const T&)` and `decode(const R&)`, where R is what encode returns.
template <class C, class T>
concept codec_encodes = requires(const T& v) {
    C::encode(v);
};

template <class C, class T> struct codec_traits {
    static_assert(
        codec_encodes<C, T>,
        "djson: this codec has no `static R encode(const T&)` (T is the type it codes, R a type djson "
        "codes: std::string, an integer, a model, ...). See C and T in the error above.");
    using repr = std::remove_cvref_t<decltype(C::encode(std::declval<const T&>()))>;
    static_assert(!std::is_same_v<repr, T>,
                  "djson: a codec's encode must return another type than the one it "
                  "codes (its JSON representation). See C and T in the error above.");
    static_assert(
        requires(const repr& r) { C::decode(r); },
        "djson: this codec has no `static djson::decoded<T> decode(const R&)` (or returning T), where "
        "R is what its encode returns: a codec needs both directions. See C and T in the error above.");
    using decode_result = std::remove_cvref_t<decltype(C::decode(std::declval<const repr&>()))>;
    static_assert(
        std::is_same_v<decode_result, T> || std::is_same_v<decode_result, decoded<T>>,
        "djson: a codec's decode must return T or djson::decoded<T>. See C and T in the error above.");
    static constexpr bool has_schema = requires { C::schema(); };
    // schema(boost::json::value representation_schema): adjusts the representation's schema
    static constexpr bool adjusts_schema = requires(boost::json::value v) { C::schema(std::move(v)); };
    static constexpr bool checked = true; // every static_assert above has run
    static constexpr bool has_expected = requires { C::expected; };
    // equal(a, b): how two values compare in djson::equal and diff (by their representation without it)
    static constexpr bool has_equal = requires(const T& a) {
        { C::equal(a, a) } -> std::convertible_to<bool>;
    };
};
} // namespace detail

/// True when `djson::codec<T>` is specialized.
template <class T> inline constexpr bool has_codec = !requires {
    typename codec<T>::djson_no_codec;
};

} // namespace djson
