// What djson knows about a type, for every algorithm alike (reading, writing, validating, comparing, the
// schema): the plan of each model member (its key, whether it may be absent and what absence means), the
// string table of an enum and the facts of an integer width. No algorithm lives here, so none of them
// includes another.
#pragma once

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/text.hpp>
#include <djson/options.hpp>
#include <djson/detail/type_name.hpp>
#include <djson/variant.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <bit>
#include <concepts>
#include <exception>
#include <cstdint>
#include <string>
#include <tuple>
#include <limits>
#include <string_view>
#include <type_traits>

namespace djson::detail {

// ---- integers: one table for messages, range checks and the schema ----

// The facts of one integer width; `name` is the OpenAPI/JSON Schema name ("int32"), `range` the text of its
// bounds for messages, `expected` the phrase of a type mismatch.
struct integer_facts {
    const char* name;
    const char* range;
    const char* expected;
    std::int64_t min;
    std::uint64_t max;
};

template <class T> struct integer_traits {
    static constexpr bool is_signed = std::is_signed_v<T>;
    static constexpr std::size_t bits = 8 * sizeof(T);
    static constexpr const char* name = bits == 8    ? (is_signed ? "int8" : "uint8")
                                        : bits == 16 ? (is_signed ? "int16" : "uint16")
                                        : bits == 32 ? (is_signed ? "int32" : "uint32")
                                                     : (is_signed ? "int64" : "uint64");
    static constexpr const char* range = bits == 8    ? (is_signed ? "-128..127" : "0..255")
                                         : bits == 16 ? (is_signed ? "-32768..32767" : "0..65535")
                                         : bits == 32
                                             ? (is_signed ? "-2147483648..2147483647" : "0..4294967295")
                                         : is_signed ? "-9223372036854775808..9223372036854775807"
                                                     : "0..18446744073709551615";
    static constexpr auto expected_text = [] {
        fixed_text<24> t;
        for (char c : std::string_view("an integer ("))
            t.push(c);
        for (char c : std::string_view(name))
            t.push(c);
        t.push(')');
        t.push('\0');
        return t;
    }();
    static constexpr integer_facts facts{name, range, expected_text.data,
                                         static_cast<std::int64_t>(std::numeric_limits<T>::min()),
                                         static_cast<std::uint64_t>(std::numeric_limits<T>::max())};
};

// True when no two of `keys` are equal (at compile time: a model's or an enum's JSON keys).
template <std::size_t N> constexpr bool all_distinct(const std::array<std::string_view, N>& keys) {
    for (std::size_t i = 0; i < N; ++i)
        for (std::size_t j = i + 1; j < N; ++j)
            if (keys[i] == keys[j])
                return false;
    return true;
}

// ---- enums: the strings of the described enumerators ----

template <class E> struct enum_keys {
    using list = boost::describe::describe_enumerators<E>;
    static constexpr std::size_t size = boost::mp11::mp_size<list>::value;
    static_assert(spec_names_described<E, list>(),
                  "DJSON_ENUM: a djson::member(\"name\", ...) names no enumerator of this enum");
    template <class... D> static constexpr auto make(boost::mp11::mp_list<D...>) {
        return std::array<std::string_view, sizeof...(D)>{member_key<E, D>::value...};
    }
    template <class... D> static constexpr auto make_quoted(boost::mp11::mp_list<D...>) {
        return std::array<std::string_view, sizeof...(D)>{member_key<E, D>::quoted...};
    }
    template <class... D> static constexpr auto make_values(boost::mp11::mp_list<D...>) {
        return std::array<E, sizeof...(D)>{D::value...};
    }
    static constexpr auto keys = make(boost::mp11::mp_rename<list, boost::mp11::mp_list>{});
    static_assert(all_distinct(keys),
                  "DJSON_ENUM: two enumerators have the same JSON string (a djson::member "
                  "rename or the naming policy gives both one spelling): rename one");
    static constexpr auto quoted = make_quoted(boost::mp11::mp_rename<list, boost::mp11::mp_list>{});
    static constexpr auto values = make_values(boost::mp11::mp_rename<list, boost::mp11::mp_list>{});
    // Index of an enumerator in the table, or `size` when the value is not described.
    static constexpr std::size_t index_of(E v) {
        for (std::size_t i = 0; i < size; ++i)
            if (values[i] == v)
                return i;
        return size;
    }
};

// ---- codecs ----

// A type with Boost.JSON conversions of its own goes through a DOM, as a codec whose representation is a
// boost::json::value: slower than a djson::codec (a DOM is built for each value), but needs no code.
template <class T> struct boost_conversion_codec {
    static boost::json::value encode(const T& v) { return boost::json::value_from(v); }
    static decoded<T> decode(const boost::json::value& jv) {
        if constexpr (requires { tag_invoke(boost::json::try_value_to_tag<T>{}, jv); }) {
            auto r = tag_invoke(boost::json::try_value_to_tag<T>{}, jv);
            if (!r)
                return reject("the type's Boost.JSON conversion failed: " + r.error().message());
            return std::move(*r);
        } else {
            try {
                return boost::json::value_to<T>(jv);
            } catch (const std::exception& e) {
                return reject(std::string("the type's Boost.JSON conversion failed: ") + e.what());
            }
        }
    }
};

// The codec that codes T: its djson::codec, or its Boost.JSON conversions.
template <class T>
using codec_of = std::conditional_t<category_of<T>() == category::codec, codec<T>, boost_conversion_codec<T>>;
template <class T> using repr_of = typename codec_traits<codec_of<T>, T>::repr;
// T's representation, through its codec, once the codec is checked (both directions, whatever the caller
// uses). As encode returns it: a reference stays a reference (open_enum's text is not copied on every write).
template <class T> decltype(auto) encode_of(const T& v) {
    static_assert(codec_traits<codec_of<T>, T>::checked);
    return codec_of<T>::encode(v);
}

// ---- variants: the alternatives and the tags that name them ----

struct variant_tag {
    std::string_view value;
    std::size_t index; // of the alternative
};

template <class V> struct variant_info {
    static constexpr auto& spec = variant_spec<V>::value;
    using alts = boost::mp11::mp_rename<V, boost::mp11::mp_list>;
    static constexpr std::size_t size = boost::mp11::mp_size<alts>::value;
    static constexpr bool tagged = !spec.discriminator_key.empty();
    static constexpr std::string_view key = spec.discriminator_key;
    static constexpr bool any = spec.any;
    using tag_types = std::remove_cvref_t<decltype(spec.tags)>;
    static constexpr std::size_t explicit_tags = std::tuple_size_v<tag_types>;

    template <class A> static constexpr std::size_t index_of_tag(const tag<A>&) {
        return boost::mp11::mp_find<alts, A>::value;
    }
    static constexpr bool tags_name_alternatives() {
        bool ok = true;
        std::apply([&](const auto&... t) { ((ok = ok && index_of_tag(t) < size), ...); }, spec.tags);
        return ok;
    }
    static_assert(
        tags_name_alternatives(),
        "DJSON_VARIANT: a djson::tag<A>(...) names a type that is not an alternative of the variant");
    static constexpr std::array<bool, size> has_explicit_tag = [] {
        std::array<bool, size> h{};
        std::apply([&](const auto&... t) { ((h[index_of_tag(t)] = true), ...); }, spec.tags);
        return h;
    }();
    static constexpr std::size_t default_tags = [] {
        std::size_t n = 0;
        for (bool b : has_explicit_tag)
            n += b ? 0 : 1;
        return n;
    }();
    template <class... A> static constexpr auto names(boost::mp11::mp_list<A...>) {
        return std::array<std::string_view, sizeof...(A)>{type_name<A>()...};
    }
    static constexpr auto alt_names = names(alts{});
    // Every tag: the explicit ones, then an alternative's unqualified type name where it has none.
    static constexpr auto tags = [] {
        std::array<variant_tag, explicit_tags + default_tags> out{};
        std::size_t n = 0;
        std::apply(
            [&](const auto&... t) {
                ((out[n++] = variant_tag{t.value, index_of_tag(t)}), ...);
            },
            spec.tags);
        for (std::size_t i = 0; i < size; ++i)
            if (!has_explicit_tag[i])
                out[n++] = variant_tag{alt_names[i], i};
        return out;
    }();
    static constexpr bool tags_unique() {
        for (std::size_t i = 0; i < tags.size(); ++i)
            for (std::size_t j = i + 1; j < tags.size(); ++j)
                if (tags[i].value == tags[j].value)
                    return false;
        return true;
    }
    static_assert(tags_unique(), "DJSON_VARIANT: two alternatives have the same tag");
    // The alternative a tag names, or `size`.
    static constexpr std::size_t find(std::string_view t) {
        for (const auto& x : tags)
            if (x.value == t)
                return x.index;
        return size;
    }
};

// ---- models: one plan per member ----

template <class D>
using member_type_of = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::member_type;
template <class D>
using member_owner_of = typename member_pointer_traits<std::remove_cv_t<decltype(D::pointer)>>::owner;
template <class D>
using is_extras_member = std::bool_constant<std::is_same_v<member_type_of<D>, additional_properties>>;

// The value a default_if_absent member takes when its key is absent: the default member initializer.
template <class T> const T& model_defaults() {
    static const T defaults{};
    return defaults;
}

// What an absent key means for a member.
enum class absence {
    error,   // required: missing_required
    empty,   // std::optional<T>: the optional is empty, and an empty one is not written
    default_ // default_if_absent: the member's default member initializer
};

// The constraints among a member's options (djson/constraints.hpp), in the order written.
template <class O> constexpr auto constraint_tuple(const O& o) {
    if constexpr (std::is_base_of_v<constraint, O>)
        return std::tuple<O>(o);
    else
        return std::tuple<>();
}
template <class Owner, int I> constexpr auto constraints_of() {
    if constexpr (I < 0)
        return std::tuple<>();
    else
        return std::apply([](const auto&... o) { return std::tuple_cat(constraint_tuple(o)...); },
                          std::get<I>(spec_of<Owner>.members).options);
}

// The sibling key that chooses a variant member's alternative (djson::chosen_by), or empty.
template <class Owner, int I> constexpr std::string_view chosen_key_of() {
    if constexpr (I < 0) {
        return {};
    } else {
        std::string_view k;
        std::apply(
            [&](const auto&... o) {
                (
                    [&] {
                        if constexpr (std::is_same_v<std::remove_cvref_t<decltype(o)>, chosen_by>)
                            k = o.key;
                    }(),
                    ...);
            },
            std::get<I>(spec_of<Owner>.members).options);
        return k;
    }
}

// The codec a member names with djson::with<C> (void when none).
template <class O> struct codec_option { using type = void; };
template <class C> struct codec_option<with_t<C>> { using type = C; };
template <class Owner, int I> constexpr auto member_codec_of() {
    if constexpr (I < 0) {
        return std::type_identity<void>{};
    } else {
        using opts = std::remove_cvref_t<decltype(std::get<I>(spec_of<Owner>.members).options)>;
        return []<class... O>(std::tuple<O...>*) {
            using found =
                boost::mp11::mp_remove<boost::mp11::mp_list<typename codec_option<O>::type...>, void>;
            static_assert(boost::mp11::mp_size<found>::value <= 1,
                          "djson::member(...): give one djson::with<C>");
            if constexpr (boost::mp11::mp_size<found>::value == 1)
                return std::type_identity<boost::mp11::mp_front<found>>{};
            else
                return std::type_identity<void>{};
        }(static_cast<opts*>(nullptr));
    }
}

// X without its std::optional / djson::nullable layers.
// A djson::refined<T, Rules> (constraints.hpp) counts as the T it holds for a member's own constraints.
template <class X>
concept refined_value = requires(const X& x) {
    typename X::djson_refined_value;
    x.value;
};
template <class X> struct unwrapped { using type = X; };
template <class X> struct unwrapped<std::optional<X>> : unwrapped<X> {};
template <class X> struct unwrapped<nullable<X>> : unwrapped<X> {};
template <refined_value X> struct unwrapped<X> : unwrapped<typename X::djson_refined_value> {};
template <class X> using unwrapped_t = typename unwrapped<X>::type;

// Calls f with the value inside std::optional / djson::nullable layers, when there is one (not absent, not
// null).
template <class V, class F> void with_present_value(const V& v, F&& f) {
    if constexpr (is_optional<V>::value) {
        if (v)
            with_present_value(*v, f);
    } else if constexpr (is_nullable<V>::value) {
        if (!v.is_null())
            with_present_value(*v, f);
    } else if constexpr (refined_value<V>) {
        f(v.value);
    } else {
        f(v);
    }
}

template <class C, class V, class Report> void check_one(const C& c, const V& v, Report& report) {
    static_assert(
        requires { C::template applies_to<V>; },
        "djson: a member constraint (a class derived from djson::constraint) needs "
        "`template <class V> static constexpr bool applies_to` and `bool check(const V&, std::string& "
        "why) const`: see C (the constraint) in the error above");
    static_assert(
        requires(std::string & why) {
            { c.check(v, why) } -> std::convertible_to<bool>;
        },
        "djson: this member constraint has no `bool check(const V&, std::string& why) const` for the "
        "member's "
        "value: see C (the constraint) and V (the value's type) in the error above");
    if constexpr (requires { c.check_parts(v, report); }) {
        c.check_parts(v, report); // djson::items / djson::values: each break at its item's pointer
    } else {
        std::string why;
        if (!c.check(v, why))
            report(std::move(why), std::string_view{});
    }
}

// Adds the JSON Schema keywords of each constraint in `rules` (a tuple) that has a schema(object&) to `o`.
template <class Rules, class Object> void add_constraint_schemas(const Rules& rules, Object& o) {
    std::apply(
        [&](const auto&... c) {
            (
                [&] {
                    if constexpr (requires { c.schema(o); })
                        c.schema(o);
                }(),
                ...);
        },
        rules);
}

// Everything an algorithm needs to know about member D of model T, decided once from the declaration (the
// member's type and its DJSON_MODEL options). Algorithms read this, never the options themselves: a new
// per-member option (a codec, a validator) becomes a new field here.
template <class T, class D> struct member_plan {
    using type = member_type_of<D>;
    using owner = member_owner_of<D>; // the base that declares it (its own naming applies)
    static constexpr std::string_view name = D::name;
    static constexpr std::string_view key = member_key<owner, D>::value;
    static constexpr std::string_view quoted_key =
        member_key<owner, D>::quoted; // `"key"`, escaped, for writing
    static constexpr absence when_absent = member_has<owner, default_if_absent_t>(D::name) ? absence::default_
                                           : is_optional<type>::value                      ? absence::empty
                                                                                           : absence::error;
    static constexpr bool required = when_absent == absence::error;
    // djson::with<C>: the member's own codec (void: its type's rules).
    using codec =
        typename decltype(member_codec_of<owner, find_member_spec(spec_of<owner>, D::name)>())::type;
    static constexpr bool coded = !std::is_void_v<codec>;
    static constexpr bool read_only = member_has<owner, read_only_t>(D::name);
    static constexpr bool write_only = member_has<owner, write_only_t>(D::name);
    static_assert(!(read_only && write_only),
                  "djson::member(...): a member is read_only or write_only, not both");
    // True when a message of kind k leaves the member out.
    static constexpr bool left_out(message_kind k) noexcept {
        return (read_only && k == message_kind::request) || (write_only && k == message_kind::response);
    }
    // The member's constraints (djson::minimum, djson::pattern, ...), checked on its present, non-null value.
    static constexpr auto constraints = constraints_of<owner, find_member_spec(spec_of<owner>, D::name)>();
    static constexpr bool has_constraints = std::tuple_size_v<std::remove_cvref_t<decltype(constraints)>> > 0;
    // djson::chosen_by: the key of the sibling whose value names this variant member's alternative.
    static constexpr std::string_view chosen_key =
        chosen_key_of<owner, find_member_spec(spec_of<owner>, D::name)>();
    static constexpr bool chosen = !chosen_key.empty();

    static type& of(T& obj) noexcept { return obj.*D::pointer; }
    static const type& of(const T& obj) noexcept { return obj.*D::pointer; }
    // For absence::default_: the value an absent key gives.
    static const type& default_value() { return model_defaults<T>().*D::pointer; }
    // Calls report(why, at) for each constraint the member's value breaks: `at` is the JSON Pointer of the
    // offending value below the member ("" for the member itself, "/3" for an item that djson::items checks).
    template <class Report> static void check_constraints(const type& v, Report&& report) {
        with_present_value(v, [&](const auto& x) {
            std::apply([&](const auto&... c) { (check_one(c, x, report), ...); }, constraints);
        });
    }
    // Not written (and not checked) when it holds nothing: an empty std::optional is an absent key.
    static bool absent_in(const T& obj) noexcept {
        if constexpr (is_optional<type>::value)
            return !of(obj).has_value();
        else
            return false;
    }
};

template <class T> struct model_info {
    using all = members_of<T>;
    using fields = boost::mp11::mp_remove_if<all, is_extras_member>;
    using extras = boost::mp11::mp_copy_if<all, is_extras_member>;
    template <class D> using plan_of = member_plan<T, D>;
    // The plans of the declared members (not the additional_properties one), in declaration order, bases
    // first.
    using plans = boost::mp11::mp_transform<plan_of, boost::mp11::mp_rename<fields, boost::mp11::mp_list>>;
    static constexpr std::size_t field_count = boost::mp11::mp_size<fields>::value;
    static constexpr bool captures = boost::mp11::mp_size<extras>::value == 1;
    static_assert(boost::mp11::mp_size<extras>::value <= 1,
                  "djson: a model has at most one djson::additional_properties member");
    static_assert(spec_names_described<T, all>(),
                  "DJSON_MODEL: a djson::member(\"name\", ...) names no member of this model (check the "
                  "spelling: it is the C++ member name as in BOOST_DESCRIBE_STRUCT)");
    static_assert(!(spec_of<T>.unknown_set && spec_of<T>.unknown == unknown_keys::capture) || captures,
                  "DJSON_MODEL: unknown_keys::capture needs a djson::additional_properties member");
    static_assert(!(captures && spec_of<T>.unknown_set && spec_of<T>.unknown != unknown_keys::capture),
                  "DJSON_MODEL: a model with a djson::additional_properties member captures unknown keys; "
                  "remove the member or the conflicting unknown_keys option");
    static constexpr unknown_keys unknown = captures ? unknown_keys::capture : spec_of<T>.unknown;

    // The keys of the declared members, in order (for collisions with captured keys).
    template <class... P> static constexpr auto make_keys(boost::mp11::mp_list<P...>) {
        return std::array<std::string_view, sizeof...(P)>{P::key...};
    }
    static constexpr auto keys = make_keys(plans{});
    // Two members with one key would be written twice, and read into the first only.
    static_assert(all_distinct(keys),
                  "djson: two members of this model have the same JSON key (a djson::member "
                  "key override or the naming policy gives both one key): rename one");

    // The additional_properties member, when the model captures unknown keys.
    static additional_properties* extras_of(T& obj) noexcept {
        if constexpr (captures)
            return &(obj.*boost::mp11::mp_front<extras>::pointer);
        else
            return nullptr;
    }
    static const additional_properties* extras_of(const T& obj) noexcept {
        return extras_of(const_cast<T&>(obj));
    }
};

// A key's hash for model_key_index: its length and three of its bytes, which tell most keys of a model apart
// (the slots resolve the rest). Computed at compile time for the members and once per key read.
constexpr std::size_t key_hash(std::string_view k) noexcept {
    const std::size_t n = k.size();
    std::size_t h = n * 0x9E3779B1u;
    if (n != 0)
        h ^= static_cast<unsigned char>(k[0]) * 0x85EBCA77u ^
             static_cast<unsigned char>(k[n / 2]) * 0x27D4EB2Fu ^
             static_cast<unsigned char>(k[n - 1]) * 0xC2B2AE3Du;
    return h ^ (h >> 15);
}

// A model's members by key, for readers: where the previous key ended first (keys usually come in declaration
// order), then by key_hash in `slots`: open addressing over at least twice as many slots as members, each a
// member's index + 1, 0 when empty.
template <class T> struct model_key_index {
    static constexpr const auto& keys = model_info<T>::keys;
    static constexpr std::size_t count = model_info<T>::field_count;
    static_assert(count < 65535, "djson: a model has fewer than 65535 members");
    static constexpr auto slots = [] {
        std::array<std::uint16_t, std::bit_ceil(2 * count + 1)> out{};
        for (std::size_t i = 0; i < count; ++i) {
            std::size_t s = key_hash(keys[i]) & (out.size() - 1);
            while (out[s] != 0)
                s = (s + 1) & (out.size() - 1);
            out[s] = static_cast<std::uint16_t>(i + 1);
        }
        return out;
    }();
    // The member whose key is k, trying `hint` first; `count` when there is none.
    static std::size_t find(std::string_view k, std::size_t hint) noexcept {
        if (hint < count && same_key(keys[hint], k))
            return hint;
        for (std::size_t s = key_hash(k) & (slots.size() - 1);; s = (s + 1) & (slots.size() - 1)) {
            if (slots[s] == 0)
                return count;
            if (same_key(keys[slots[s] - 1u], k))
                return slots[s] - 1u;
        }
    }
};

// Calls f(P{}) for the plan P of every declared member of T, in order.
template <class T, class F> constexpr void for_each_member(F&& f) {
    boost::mp11::mp_for_each<typename model_info<T>::plans>(f);
}

// ---- tagged variants: the member of an alternative that holds its tag ----

template <class V>
inline constexpr bool tag_type_ok = std::is_same_v<V, std::string> ||
                                    category_of<V>() == category::enumeration;
template <class V> struct tag_member_type_ok : std::bool_constant<tag_type_ok<V>> {};
template <class V> struct tag_member_type_ok<std::optional<V>> : tag_member_type_ok<V> {};
template <class V> struct tag_member_type_ok<nullable<V>> : std::bool_constant<tag_type_ok<V>> {};

// True when model A declares a member with JSON key `key` whose type is a string or an enum (or an optional
// of one).
template <class A> constexpr bool declares_tag(std::string_view key) {
    if constexpr (category_of<A>() != category::model) {
        return false;
    } else {
        bool found = false;
        boost::mp11::mp_for_each<typename model_info<A>::plans>([&](auto p) {
            using P = decltype(p);
            if (P::key == key && tag_member_type_ok<typename P::type>::value)
                found = true;
        });
        return found;
    }
}

// Whether the tag member of model A (JSON key `key`) can hold the text `tag`: a string member can hold any,
// an enum member only its values. A tag it cannot hold would never be written, nor read back.
template <class V> constexpr bool tag_type_holds(std::string_view tag) {
    if constexpr (is_optional<V>::value || is_nullable<V>::value) {
        return tag_type_holds<typename V::value_type>(tag);
    } else if constexpr (std::is_same_v<V, std::string>) {
        return true;
    } else {
        for (auto k : enum_keys<V>::keys)
            if (k == tag)
                return true;
        return false;
    }
}
template <class A> constexpr bool tag_member_holds(std::string_view key, std::string_view tag) {
    bool holds = true;
    boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, typename model_info<A>::plans>>(
        [&](auto p) {
            using P = typename decltype(p)::type;
            if constexpr (tag_member_type_ok<typename P::type>::value)
                if (P::key == key)
                    holds = tag_type_holds<typename P::type>(tag);
        });
    return holds;
}

template <class V> bool tag_text(const V& v, std::string_view& out) {
    if constexpr (is_optional<V>::value) {
        return v.has_value() && tag_text(*v, out);
    } else if constexpr (is_nullable<V>::value) {
        return !v.is_null() && tag_text(*v, out);
    } else if constexpr (std::is_same_v<V, std::string>) {
        out = v;
        return true;
    } else {
        std::size_t i = enum_keys<V>::index_of(v);
        if (i == enum_keys<V>::size)
            return false;
        out = enum_keys<V>::keys[i];
        return true;
    }
}

// The tag the alternative `a` writes (its member with JSON key `key`); false when it writes none.
template <class A> bool written_tag(const A& a, std::string_view key, std::string_view& out) {
    bool found = false;
    for_each_member<A>([&](auto p) {
        using P = decltype(p);
        if constexpr (tag_member_type_ok<typename P::type>::value)
            if (!found && P::key == key)
                found = tag_text(P::of(a), out);
    });
    return found;
}

// For a member chosen by a sibling (plan P of model T): whether T declares the sibling as a string or enum
// member, and the value it holds.
template <class T, class P> constexpr bool sibling_declared() {
    return declares_tag<T>(P::chosen_key);
}
template <class T, class P> bool sibling_tag(const T& obj, std::string_view& out) {
    return written_tag(obj, P::chosen_key, out);
}
template <class T, class P> struct chosen_member_check {
    using V = unwrapped_t<typename P::type>;
    static_assert(is_std_variant<V>::value,
                  "djson::chosen_by(\"key\") is a member option for a std::variant member (or an optional / "
                  "nullable one): see P (the member's plan) in the error above");
    static_assert(sibling_declared<T, P>(),
                  "djson::chosen_by(\"key\"): the model must declare a member with that JSON key, of type "
                  "std::string or a described enum (or an optional / nullable one): see T and P above");
    static_assert(
        !variant_info<V>::tagged,
        "djson::chosen_by: the variant already names its alternative by its own discriminator; give "
        "it djson::tag<A>(...) options only");
    // The sibling is in every message the member is in (options::message leaves read-only members out of a
    // request, write-only ones out of a response): without it the member could not be chosen.
    static constexpr bool sibling_in_every_message() {
        bool ok = true;
        boost::mp11::mp_for_each<
            boost::mp11::mp_transform<std::type_identity, typename model_info<T>::plans>>([&](auto q) {
            using Q = typename decltype(q)::type;
            if (Q::key == P::chosen_key)
                ok = (!Q::read_only || P::read_only) && (!Q::write_only || P::write_only);
        });
        return ok;
    }
    static_assert(
        sibling_in_every_message(),
        "djson::chosen_by(\"key\"): the sibling is read-only (or write-only) and the member is not: "
        "a request (or response) would carry the member without what chooses its alternative. Mark "
        "the member the same way, or not the sibling. See T and P above.");
    // Each alternative has a tag the sibling can hold (an enum sibling holds its values only).
    static constexpr bool every_alternative_can_be_chosen() {
        if constexpr (!sibling_declared<T, P>()) {
            return true;
        } else {
            using info = variant_info<V>;
            for (std::size_t i = 0; i < info::size; ++i) {
                bool chosen = false;
                for (const auto& t : info::tags)
                    chosen = chosen || (t.index == i && tag_member_holds<T>(P::chosen_key, t.value));
                if (!chosen)
                    return false;
            }
            return true;
        }
    }
    static_assert(every_alternative_can_be_chosen(),
                  "djson::chosen_by(\"key\"): the sibling is an enum that has no value for any tag of one of "
                  "the variant's alternatives (djson::tag<A>(\"...\"), or the default tag, A's type name): "
                  "that alternative could never be chosen. Add the value to the enum, give A a tag the enum "
                  "has, or use a std::string sibling. See T and P above.");
    static constexpr bool value = true;
};

// True when the sibling of chosen member P names the alternative the member holds (or it holds none).
template <class T, class P> bool chosen_consistent(const T& obj) {
    static_assert(chosen_member_check<T, P>::value);
    using V = unwrapped_t<typename P::type>;
    bool ok = true;
    with_present_value(P::of(obj), [&](const V& v) {
        std::string_view t;
        ok =
            !v.valueless_by_exception() && sibling_tag<T, P>(obj, t) && variant_info<V>::find(t) == v.index();
    });
    return ok;
}

// A tagged variant's alternatives are models that declare the discriminator as a string or enum member.
template <class V> constexpr bool alternatives_declare_tag() {
    using info = variant_info<V>;
    if constexpr (!info::tagged) {
        return true;
    } else {
        bool ok = true;
        // over type identities: an alternative need not be a literal type
        boost::mp11::mp_for_each<boost::mp11::mp_transform<std::type_identity, typename info::alts>>(
            [&](auto a) { ok = ok && declares_tag<typename decltype(a)::type>(info::key); });
        return ok;
    }
}
// Each tag of a tagged variant is a value its alternative's tag member can hold.
template <class V> constexpr bool tags_fit_their_members() {
    using info = variant_info<V>;
    if constexpr (!info::tagged || !alternatives_declare_tag<V>()) {
        return true;
    } else {
        bool ok = true;
        boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
            using A = boost::mp11::mp_at_c<typename info::alts, I>;
            for (const auto& t : info::tags)
                if (t.index == I && !tag_member_holds<A>(info::key, t.value))
                    ok = false;
        });
        return ok;
    }
}
template <class V> struct tagged_variant_check {
    static_assert(
        alternatives_declare_tag<V>(),
        "DJSON_VARIANT with djson::discriminator(\"key\"): every alternative must be a model that declares "
        "a member with that JSON key, of type std::string or a described enum (or a std::optional of "
        "one), which reading fills and writing writes. See V (the variant) in the error above.");
    static_assert(
        tags_fit_their_members<V>(),
        "DJSON_VARIANT: an alternative's tag member is an enum that has no value for one of its tags "
        "(djson::tag<A>(\"...\"), or the default tag, A's type name): that alternative could never "
        "be written or read with that tag. Add the value to the enum, or use a std::string member.");
    static constexpr bool value = true;
};

// The index of the alternative that the tag written by v's alternative names (variant_info<V>::size when
// none).
template <class V> std::size_t tag_names(const V& v) {
    using info = variant_info<V>;
    std::string_view t;
    return std::visit(
        [&](const auto& a) { return written_tag(a, info::key, t) ? info::find(t) : info::size; }, v);
}

} // namespace djson::detail
