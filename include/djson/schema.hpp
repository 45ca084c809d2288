// `djson::json_schema<T>()`: the JSON Schema (draft 2020-12) of a model, derived from the same declaration
// that reading and writing use: keys, required set, nullability, types and formats, enums, nested models as
// $defs, unknown-key policy and defaults.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/type_name.hpp>
#include <djson/write.hpp>

#include <boost/json/value.hpp>
#include <boost/mp11/algorithm.hpp>

#include <limits>
#include <string>

namespace djson {

namespace detail {

struct schema_builder {
    boost::json::object defs;
};

DJSON_API boost::json::value make_nullable(boost::json::value s); // src/schema.cpp
DJSON_API boost::json::value not_null(boost::json::value s);
DJSON_API boost::json::value integer_schema(const integer_facts& type);
DJSON_API boost::json::value floating_schema(bool is_float);
DJSON_API boost::json::value timestamp_schema();
// The `$ref` of a `$defs` entry: "#/$defs/" and the name as a JSON Pointer token in a URI fragment.
DJSON_API std::string defs_ref(std::string_view name);

template <class T> boost::json::value schema_of(schema_builder& b);
template <class T> boost::json::object model_schema(schema_builder& b);

template <class T> boost::json::value schema_of(schema_builder&, cat<category::unsupported>) {
    unsupported_type<T>();
    return {};
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::codec>) {
    using C = codec_of<T>;
    if constexpr (codec_traits<C, T>::has_schema)
        return C::schema();
    else if constexpr (codec_traits<C, T>::adjusts_schema)
        return C::schema(schema_of<repr_of<T>>(b));
    else
        return schema_of<repr_of<T>>(b);
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::boost_conversion>) {
    return boost::json::object{}; // whatever the type's own conversion writes
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::boolean>) {
    return {{"type", "boolean"}};
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::integer>) {
    return integer_schema(integer_traits<T>::facts);
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::floating>) {
    return floating_schema(std::is_same_v<T, float>);
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::string>) {
    return {{"type", "string"}};
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::enumeration>) {
    boost::json::array values;
    for (auto k : enum_keys<T>::keys)
        values.emplace_back(boost::json::string_view(k.data(), k.size()));
    return {{"type", "string"}, {"enum", std::move(values)}};
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::timestamp>) {
    return timestamp_schema();
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::json_value>) {
    return boost::json::object{}; // any JSON value
}
template <class T> boost::json::value schema_of(schema_builder&, cat<category::raw>) {
    return boost::json::object{}; // any JSON value
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::optional>) {
    // Optional is about the key, which the enclosing object's `required` says; the value is the inner one,
    // and never null (std::optional<djson::nullable<T>>, or of a smart pointer, is the one that takes null).
    if constexpr (is_nullable<typename T::value_type>::value ||
                  is_smart_pointer<typename T::value_type>::value)
        return schema_of<typename T::value_type>(b);
    else
        return not_null(schema_of<typename T::value_type>(b));
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::nullable>) {
    return make_nullable(schema_of<typename T::value_type>(b));
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::pointer>) {
    return make_nullable(schema_of<typename T::element_type>(b));
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::variant>) {
    using info = variant_info<T>;
    boost::json::array alts;
    boost::json::object mapping;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
        using A = boost::mp11::mp_at_c<typename info::alts, I>;
        boost::json::value s = schema_of<A>(b);
        if constexpr (info::tagged) {
            // Each alternative is named by its tags: the oneOf is exact even when alternatives would accept
            // each other's objects.
            boost::json::array names;
            for (const auto& t : info::tags)
                if (t.index == I) {
                    names.emplace_back(boost::json::string_view(t.value.data(), t.value.size()));
                    if (s.is_object() && s.as_object().contains("$ref"))
                        mapping[boost::json::string_view(t.value.data(), t.value.size())] = s.at("$ref");
                }
            boost::json::object named{
                {"properties",
                 {{boost::json::string_view(info::key.data(), info::key.size()), {{"enum", names}}}}},
                {"required", {boost::json::string_view(info::key.data(), info::key.size())}}};
            s = {{"allOf", {std::move(s), std::move(named)}}};
        }
        alts.push_back(std::move(s));
    });
    boost::json::object out;
    out[info::any ? "anyOf" : "oneOf"] = std::move(alts);
    if constexpr (info::tagged) {
        boost::json::object d{{"propertyName", boost::json::string_view(info::key.data(), info::key.size())}};
        if (!mapping.empty())
            d["mapping"] = std::move(mapping);
        out["discriminator"] = std::move(d); // OpenAPI's keyword; an annotation to other validators
    }
    return out;
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::sequence>) {
    return {{"type", "array"}, {"items", schema_of<typename T::value_type>(b)}};
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::fixed_array>) {
    constexpr auto n = static_cast<std::uint64_t>(std::tuple_size_v<T>);
    return {
        {"type", "array"}, {"items", schema_of<typename T::value_type>(b)}, {"minItems", n}, {"maxItems", n}};
}
// Each item its own schema (2020-12 prefixItems), and no more or fewer items.
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::tuple>) {
    constexpr auto n = static_cast<std::uint64_t>(std::tuple_size_v<T>);
    boost::json::array items;
    [&]<std::size_t... I>(std::index_sequence<I...>) {
        (items.push_back(schema_of<std::tuple_element_t<I, T>>(b)), ...);
    }
    (std::make_index_sequence<n>{});
    if (items.empty()) // std::tuple<>: prefixItems may not be empty
        return {{"type", "array"}, {"maxItems", n}};
    return {{"type", "array"},
            {"prefixItems", std::move(items)},
            {"items", false},
            {"minItems", n},
            {"maxItems", n}};
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::map>) {
    return {{"type", "object"}, {"additionalProperties", schema_of<typename T::mapped_type>(b)}};
}
template <class T> boost::json::value schema_of(schema_builder& b, cat<category::model>) {
    // The qualified name: two models of one name in different namespaces are different models.
    std::string name(qualified_type_name<T>());
    std::string ref = defs_ref(name);
    if (!b.defs.contains(name)) {
        b.defs[name] = nullptr; // placeholder first: a model may contain itself (through a vector)
        boost::json::object s = model_schema<T>(b);
        b.defs[name] = std::move(s);
    }
    return {{"$ref", ref}};
}

// A member whose alternative its sibling names: any alternative as the member's own schema, and one if/then
// per tag on the model (the alternative the tag names; null or nothing for an unknown or absent tag).
template <class T, class P>
boost::json::value chosen_schema(schema_builder& b, boost::json::array& conditions) {
    using M = typename P::type;
    using V = unwrapped_t<M>;
    using info = variant_info<V>;
    constexpr bool takes_null = []() {
        if constexpr (is_nullable<M>::value)
            return true;
        else if constexpr (is_optional<M>::value)
            return is_nullable<typename M::value_type>::value;
        else
            return false;
    }();
    const boost::json::string_view key(P::key.data(), P::key.size());
    const boost::json::string_view sibling(P::chosen_key.data(), P::chosen_key.size());
    std::array<boost::json::value, info::size> alts;
    boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>(
        [&](auto I) { alts[I] = schema_of<boost::mp11::mp_at_c<typename info::alts, I>>(b); });
    boost::json::array tags;
    for (const auto& t : info::tags) {
        boost::json::string_view tv(t.value.data(), t.value.size());
        tags.emplace_back(tv);
        boost::json::value then = takes_null ? make_nullable(alts[t.index]) : alts[t.index];
        conditions.push_back({{"if", {{"properties", {{sibling, {{"const", tv}}}}}, {"required", {sibling}}}},
                              {"then", {{"properties", {{key, std::move(then)}}}}}});
    }
    boost::json::value none = takes_null ? boost::json::value{{"type", "null"}} : boost::json::value(false);
    conditions.push_back(
        {{"if", {{"properties", {{sibling, {{"not", {{"enum", tags}}}}}}}, {"required", {sibling}}}},
         {"then", {{"properties", {{key, none}}}}}});
    conditions.push_back(
        {{"if", {{"not", {{"required", {sibling}}}}}}, {"then", {{"properties", {{key, none}}}}}});
    boost::json::array any;
    for (auto& a : alts)
        any.push_back(std::move(a));
    boost::json::value s = {{"anyOf", std::move(any)}};
    return takes_null ? make_nullable(std::move(s)) : s;
}

// A member with its own codec C: its optional / nullable layers around C's schema.
template <class C, class M> boost::json::value coded_schema(schema_builder& b) {
    if constexpr (is_optional<M>::value) {
        if constexpr (is_nullable<typename M::value_type>::value)
            return coded_schema<C, typename M::value_type>(b);
        else
            return not_null(coded_schema<C, typename M::value_type>(b));
    } else if constexpr (is_nullable<M>::value) {
        return make_nullable(coded_schema<C, typename M::value_type>(b));
    } else if constexpr (codec_traits<C, M>::has_schema) {
        return C::schema();
    } else if constexpr (codec_traits<C, M>::adjusts_schema) {
        return C::schema(schema_of<typename codec_traits<C, M>::repr>(b));
    } else {
        return schema_of<typename codec_traits<C, M>::repr>(b);
    }
}

template <class T> boost::json::object model_schema(schema_builder& b) {
    using info = model_info<T>;
    boost::json::object s;
    s["type"] = "object";
    boost::json::object props;
    boost::json::array required;
    boost::json::array conditions; // if/then: a sibling that chooses a member's alternative
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        const boost::json::string_view key(P::key.data(), P::key.size());
        boost::json::value schema;
        if constexpr (P::coded)
            schema = coded_schema<typename P::codec, typename P::type>(b);
        else if constexpr (P::chosen)
            schema = chosen_schema<T, P>(b, conditions);
        else
            schema = schema_of<typename P::type>(b);
        if constexpr (P::has_constraints) {
            if (schema.is_object())
                add_constraint_schemas(P::constraints, schema.as_object());
        }
        if constexpr (P::read_only || P::write_only) {
            if (schema.is_object())
                schema.as_object()[P::read_only ? "readOnly" : "writeOnly"] = true; // annotations (OpenAPI)
        }
        if constexpr (P::when_absent == absence::default_) {
            if (schema.is_object()) {
                if constexpr (P::coded) // as the member's codec writes it
                    with_present_value(P::default_value(), [&](const auto& y) {
                        schema.as_object()["default"] = to_value(P::codec::encode(y));
                    });
                else
                    schema.as_object()["default"] = to_value(P::default_value());
            }
        }
        props[key] = std::move(schema);
        if constexpr (P::required)
            required.emplace_back(key);
    });
    s["properties"] = std::move(props);
    if (!required.empty())
        s["required"] = std::move(required);
    if constexpr (info::unknown == unknown_keys::reject)
        s["additionalProperties"] = false;
    if (!conditions.empty())
        s["allOf"] = std::move(conditions);
    return s;
}

template <class T> boost::json::value schema_of(schema_builder& b) {
    return schema_of<T>(b, cat_of<T>{});
}

} // namespace detail

/// The JSON Schema (draft 2020-12) of T. For a model, its own schema is at the root (with a `title`), nested
/// models are under `$defs` and referenced with `$ref`; a nullable value has "null" among its types.
template <class T> boost::json::value json_schema() {
    detail::schema_builder b;
    boost::json::object root;
    root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
    if constexpr (detail::category_of<T>() == detail::category::model) {
        root["title"] = std::string(detail::type_name<T>());
        for (auto& kv : detail::model_schema<T>(b))
            root[kv.key()] = kv.value();
    } else {
        boost::json::value s = detail::schema_of<T>(b);
        if (s.is_object())
            for (auto& kv : s.as_object())
                root[kv.key()] = kv.value();
    }
    if (!b.defs.empty())
        root["$defs"] = std::move(b.defs);
    return root;
}

} // namespace djson
