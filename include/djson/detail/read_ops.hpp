// The per-type tables of the reading machine (reader.hpp): one overload of make_ops per row of the category
// table.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/reader.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <bit>
#include <exception>
#include <limits>
#include <memory>
#include <string>
#include <tuple>
#include <utility>

namespace djson::detail {

// A model's members as the reading machine sees them.
struct member_meta {
    std::string_view key;
    const type_ops* ops;
    void* (*locate)(void* obj);
    void (*on_absent)(void* obj); // nullptr: the key is required
    void (*reset)(void* obj); // read_only / write_only: the default value, for a message that leaves it out
    bool read_only;
    bool write_only;
};
struct model_meta {
    const member_meta* members;
    std::size_t count;
    unknown_keys unknown;
    additional_properties* (*extras)(void* obj); // set when unknown keys are captured
    bool any_left_out; // some member is read-only or write-only (a message may leave it out)
    // model_key_index<T>::slots (meta.hpp), for a key that does not come where the previous one ended.
    const std::uint16_t* slots;
    std::size_t slot_mask;
};

// A string's new value. Into the capacity it has (a warm read): an append, lighter than assign's general
// case.
inline void assign_text(std::string& to, std::string_view s) {
    if (s.size() <= to.capacity()) {
        to.clear();
        to.append(s.data(), s.size());
    } else {
        to.assign(s.data(), s.size());
    }
}

template <std::size_t N> constexpr bool any_left_out(const std::array<member_meta, N>& members) {
    for (const member_meta& m : members)
        if (m.read_only || m.write_only)
            return true;
    return false;
}
extern DJSON_API const frame_ops model_frame; // src/read_model.cpp: keys, duplicates, required, unknown keys
extern DJSON_API const frame_ops raw_object_frame; // src/read_rows.cpp: an object kept as compact JSON text
struct fixed_array_meta {
    std::size_t size;
};

DJSON_API bool push_model(reader& r, void* obj, const model_meta& meta);
DJSON_API bool read_enum(reader& r, std::string_view s, const std::string_view* keys, std::size_t n,
                         std::size_t& index);
DJSON_API bool read_timestamp(reader& r, std::string_view s, timestamp& out);
DJSON_API void append_index_segment(const reader& r, const frame& f, std::string& out);
DJSON_API void append_key_segment(const reader& r, const frame& f, std::string& out);

template <class T> constexpr type_ops make_ops(cat<category::unsupported>) {
    unsupported_type<T>();
    return {};
}
template <class T> inline constexpr type_ops ops_for = make_ops<T>(cat_of<T>{});

template <class T> constexpr type_ops make_ops(cat<category::boolean>) {
    type_ops o{"a boolean"};
    o.on_bool = [](reader&, void* d, bool b) {
        *static_cast<bool*>(d) = b;
        return true;
    };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::integer>) {
    type_ops o{integer_traits<T>::facts.expected};
    using lim = std::numeric_limits<T>;
    o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view) {
        bool fits;
        if constexpr (std::is_signed_v<T>)
            fits = v >= static_cast<std::int64_t>(lim::min()) && v <= static_cast<std::int64_t>(lim::max());
        else
            fits = v >= 0 && static_cast<std::uint64_t>(v) <= static_cast<std::uint64_t>(lim::max());
        if (!fits)
            return integer_out_of_range(r, integer_traits<T>::facts);
        *static_cast<T*>(d) = static_cast<T>(v);
        return true;
    };
    // Judged by value: text gives uint64 only above INT64_MAX, a DOM built in code may hold any number so.
    o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view) {
        if (v > static_cast<std::uint64_t>(lim::max()))
            return integer_out_of_range(r, integer_traits<T>::facts);
        *static_cast<T*>(d) = static_cast<T>(v);
        return true;
    };
    o.on_double = [](reader& r, void*, double, std::string_view raw) {
        return integer_from_double(r, raw, integer_traits<T>::facts);
    };
    o.on_string = [](reader& r, void* d, std::string_view s) {
        if (!r.opts().numbers_in_strings)
            return r.mismatch(ops_for<T>, "a string");
        return number_in_string(r, ops_for<T>, d, s);
    };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::floating>) {
    type_ops o{std::is_same_v<T, float> ? "a number (float)" : "a number"};
    o.exact_double = std::is_same_v<T, double>; // read_double takes a DOM's double as it is
    o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
        if constexpr (std::is_same_v<T, float>)
            return read_float(r, v, raw, *static_cast<float*>(d)) || !r.stopped();
        else if (plain_short_number(raw)) // most numbers of most documents: no call
            return *static_cast<double*>(d) = v, true;
        else
            return read_double(r, v, raw, *static_cast<double*>(d)) || !r.stopped();
    };
    o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
        // "-0" is an integer to the tokenizer, and minus zero to a floating-point number.
        const double x = v == 0 && !raw.empty() && raw.front() == '-' ? -0.0 : static_cast<double>(v);
        return ops_for<T>.on_double(r, d, x, raw);
    };
    o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
        return ops_for<T>.on_double(r, d, static_cast<double>(v), raw);
    };
    o.on_string = [](reader& r, void* d, std::string_view s) {
        if (!r.opts().numbers_in_strings)
            return r.mismatch(ops_for<T>, "a string");
        return number_in_string(r, ops_for<T>, d, s);
    };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::string>) {
    type_ops o{"a string"};
    o.on_string = [](reader&, void* d, std::string_view s) {
        assign_text(*static_cast<std::string*>(d), s);
        return true;
    };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::enumeration>) {
    type_ops o{"a string (enum value)"};
    o.on_string = [](reader& r, void* d, std::string_view s) {
        std::size_t i;
        if (!read_enum(r, s, enum_keys<T>::keys.data(), enum_keys<T>::size, i))
            return !r.stopped();
        *static_cast<T*>(d) = enum_keys<T>::values[i];
        return true;
    };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::timestamp>) {
    type_ops o{"a date-time string (RFC 3339)"};
    o.on_string = [](reader& r, void* d, std::string_view s) {
        return read_timestamp(r, s, *static_cast<timestamp*>(d)) || !r.stopped();
    };
    return o;
}

// A table compiled in src/read_rows.cpp (reader::dom, reader::raw_value) is not a constant: forward each
// event to it.
template <const type_ops& Ops> constexpr type_ops forward_to_compiled() {
    type_ops o{"any JSON value"};
    o.on_null = [](reader& r, void* d) { return Ops.on_null(r, d); };
    o.on_bool = [](reader& r, void* d, bool b) { return Ops.on_bool(r, d, b); };
    o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
        return Ops.on_int64(r, d, v, raw);
    };
    o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
        return Ops.on_uint64(r, d, v, raw);
    };
    o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
        return Ops.on_double(r, d, v, raw);
    };
    o.on_string = [](reader& r, void* d, std::string_view s) { return Ops.on_string(r, d, s); };
    o.on_object = [](reader& r, void* d) { return Ops.on_object(r, d); };
    o.on_array = [](reader& r, void* d) { return Ops.on_array(r, d); };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::json_value>) {
    return forward_to_compiled<reader::dom>();
}

template <class T> constexpr type_ops make_ops(cat<category::raw>) {
    return forward_to_compiled<reader::raw_value>();
}

template <class T> constexpr type_ops make_ops(cat<category::extras>) {
    static_assert(dependent_false<T>, "djson::additional_properties is a model member that collects unknown "
                                      "keys; it cannot be nested in an optional, a container or a map");
    return {};
}

// optional<X> and nullable<X> prepare their inner value, then hand the event to X's table. Whether X takes an
// event is checked when it arrives (comparing function addresses is not a constant expression under UBSan).
// Through a parameter, so that the compiler does not warn that a known function's address is never null.
template <class F> bool present(F f) noexcept {
    return f != nullptr;
}

// The table an optional or nullable hands its inner value to: X's own, or another (a member's codec).
template <class X> struct table_of {
    static constexpr const type_ops& get() { return ops_for<X>; }
};

// Slot::prepare(d) makes the inner value ready and returns it.
template <class W> struct optional_slot {
    static void* prepare(void* d) {
        auto& w = *static_cast<W*>(d);
        if (!w.has_value())
            w.emplace();
        return &*w;
    }
};

template <class Slot, class In> struct forward_ops {
    static void* prepare(void* d) { return Slot::prepare(d); }
    static constexpr type_ops make(const char* expected) {
        type_ops o{expected};
        o.on_null = [](reader& r, void* d) {
            const type_ops& in = In::get();
            return present(in.on_null) ? in.on_null(r, prepare(d)) : r.on_null_rejected(in);
        };
        o.on_bool = [](reader& r, void* d, bool b) {
            const type_ops& in = In::get();
            return present(in.on_bool) ? in.on_bool(r, prepare(d), b) : r.mismatch(in, "a boolean");
        };
        o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
            const type_ops& in = In::get();
            return present(in.on_int64) ? in.on_int64(r, prepare(d), v, raw) : r.mismatch(in, "a number");
        };
        o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
            const type_ops& in = In::get();
            return present(in.on_uint64) ? in.on_uint64(r, prepare(d), v, raw) : r.mismatch(in, "a number");
        };
        o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
            const type_ops& in = In::get();
            return present(in.on_double) ? in.on_double(r, prepare(d), v, raw) : r.mismatch(in, "a number");
        };
        o.on_string = [](reader& r, void* d, std::string_view s) {
            const type_ops& in = In::get();
            return present(in.on_string) ? in.on_string(r, prepare(d), s) : r.mismatch(in, "a string");
        };
        o.on_object = [](reader& r, void* d) {
            const type_ops& in = In::get();
            return present(in.on_object) ? in.on_object(r, prepare(d)) : r.mismatch_container(in, false);
        };
        o.on_array = [](reader& r, void* d) {
            const type_ops& in = In::get();
            return present(in.on_array) ? in.on_array(r, prepare(d)) : r.mismatch_container(in, true);
        };
        return o;
    }
};

DJSON_API bool null_in_optional(reader& r, const type_ops& inner);

template <class T, class In> constexpr type_ops optional_ops() {
    using X = typename T::value_type;
    static_assert(
        !is_optional<X>::value,
        "djson: std::optional<std::optional<T>> cannot be told apart from std::optional<T> in JSON (an "
        "inner empty optional would be written as null, which reads back as an error): use "
        "std::optional<djson::nullable<T>> for absent / null / value");
    type_ops o = forward_ops<optional_slot<T>, In>::make(In::get().expected);
    o.exact_double = In::get().exact_double;
    if constexpr (!is_nullable<X>::value && !is_smart_pointer<X>::value) {
        // A std::optional member may be absent, not null (unless null_as_absent says otherwise).
        o.on_null = [](reader& r, void* d) {
            if (r.opts().null_as_absent && r.depth() > 0) { // a document cannot be absent
                static_cast<T*>(d)->reset();
                return true;
            }
            return null_in_optional(r, In::get());
        };
    }
    return o;
}
template <class T> constexpr type_ops make_ops(cat<category::optional>) {
    return optional_ops<T, table_of<typename T::value_type>>();
}

template <class T, class In> constexpr type_ops nullable_ops() {
    using X = typename T::value_type;
    static_assert(!is_optional<X>::value && !is_nullable<X>::value,
                  "djson::nullable<std::optional<T>> and nullable<nullable<T>> say nothing more than "
                  "std::optional<djson::nullable<T>>: use that");
    static_assert(
        !is_smart_pointer<X>::value,
        "djson::nullable<std::unique_ptr<T>> (or of a shared_ptr) says nothing more than the pointer, "
        "which is null or a value already: use the pointer");
    type_ops o = forward_ops<optional_slot<T>, In>::make(In::get().expected);
    o.exact_double = In::get().exact_double;
    o.on_null = [](reader&, void* d) {
        static_cast<T*>(d)->reset();
        return true;
    };
    return o;
}
template <class T> constexpr type_ops make_ops(cat<category::nullable>) {
    return nullable_ops<T, table_of<typename T::value_type>>();
}

// A smart pointer: null empties it, any other value is read into its pointee. A unique_ptr reuses the object
// it owns (each read overwrites its target entirely); a shared_ptr gets a new one, since others may share the
// old. The pointee's table is only looked up when a value arrives, so T may hold a pointer to T (a linked
// list, a tree); for the same reason the table's `expected` is not T's when T is a model.
template <class P> struct pointer_slot {
    using X = typename P::element_type;
    static void* prepare(void* d) {
        auto& p = *static_cast<P*>(d);
        if constexpr (std::is_same_v<P, std::shared_ptr<X>>)
            p = std::make_shared<X>();
        else if (!p)
            p = std::make_unique<X>();
        return p.get();
    }
};
template <class P> struct pointee_table {
    static constexpr const type_ops& get() { return ops_for<typename P::element_type>; }
};
template <class V> struct variant_decode;
template <class X> constexpr const char* pointee_expected() {
    // without ops_for<X>, which may be the table being built (a model that holds itself, or a variant whose
    // alternative holds it: an expression tree)
    if constexpr (category_of<X>() == category::model)
        return "an object";
    else if constexpr (category_of<X>() == category::variant)
        return variant_decode<X>::expected();
    else
        return ops_for<X>.expected;
}
template <class T> constexpr type_ops make_ops(cat<category::pointer>) {
    using X = typename T::element_type;
    static_assert(!std::is_array_v<X> && !std::is_const_v<X>,
                  "djson: a smart pointer member points to one mutable object (not T[], not const T)");
    static_assert(!is_optional<X>::value && !is_nullable<X>::value && !is_smart_pointer<X>::value,
                  "djson: a smart pointer is already null or a value: point to the value itself, not to an "
                  "optional, a nullable or another pointer");
    type_ops o = forward_ops<pointer_slot<T>, pointee_table<T>>::make(pointee_expected<X>());
    o.on_null = [](reader&, void* d) {
        static_cast<T*>(d)->reset();
        return true;
    };
    return o;
}

template <class T> struct sequence_frame {
    // The room a fresh vector takes with its first item: up to 4 items, within 256 bytes (a vector of 3
    // numbers or strings takes one allocation, not 3 as it grows 1, 2, 4; a large item is not reserved ahead,
    // so that a single one does not cost a larger block).
    static constexpr std::size_t first_room =
        std::clamp<std::size_t>(256 / sizeof(typename T::value_type), 1, 4);
    static bool on_item(reader&, frame& f) {
        auto& v = *static_cast<T*>(f.obj);
        // Reuse the items a warm vector already has: each read overwrites its target entirely.
        if (f.index < v.size()) {
            f.child_dst = &v[f.index];
        } else {
            if constexpr (requires { v.reserve(first_room); }) {
                if (v.capacity() == 0) // text does not say how many items come: not one at a time at first
                    v.reserve(first_room);
            }
            f.child_dst = &v.emplace_back();
        }
        f.child = &ops_for<typename T::value_type>;
        ++f.index;
        return true;
    }
    static bool on_end(reader&, frame& f) {
        auto& v = *static_cast<T*>(f.obj);
        v.erase(v.begin() + static_cast<std::ptrdiff_t>(f.index), v.end());
        return true;
    }
    // A vector gets its room at once (no reallocation moving the items read so far); other sequences have
    // no reserve, or need none. At most 64 MiB ahead: a DOM of many small values (nulls, say) must not make
    // a vector of large items allocate far more than the DOM holds before the first item fails.
    static void expect_items(frame& f, std::size_t n) {
        if constexpr (requires(T & v) { v.reserve(n); }) {
            constexpr std::size_t most =
                std::max<std::size_t>(1, (std::size_t{64} << 20) / sizeof(typename T::value_type));
            static_cast<T*>(f.obj)->reserve(std::min(n, most));
        }
    }
    static constexpr frame_ops ops{nullptr, &on_item, &on_end, &append_index_segment, &expect_items};
};

// A container's table: its opening bracket pushes a frame with the container's frame operations.
template <const frame_ops& Ops> bool push_container(reader& r, void* d) {
    frame f;
    f.ops = &Ops;
    f.obj = d;
    return r.push(f);
}

template <class T>
inline constexpr bool optional_items_rejected = !is_optional<typename T::value_type>::value;

template <class T> constexpr type_ops make_ops(cat<category::sequence>) {
    static_assert(optional_items_rejected<T>,
                  "djson: an array item cannot be absent, only null: use "
                  "std::vector<djson::nullable<T>> instead of std::vector<std::optional<T>>");
    type_ops o{"an array"};
    o.on_array = &push_container<sequence_frame<T>::ops>;
    return o;
}

DJSON_API bool fixed_array_item(reader& r, frame& f, std::size_t n);
DJSON_API bool fixed_array_end(reader& r, frame& f, std::size_t n);

template <class T> struct fixed_array_frame {
    static constexpr std::size_t N = std::tuple_size_v<T>;
    static bool on_item(reader& r, frame& f) {
        if (!fixed_array_item(r, f, N))
            return false;
        if (f.child != &reader::skip) {
            f.child = &ops_for<typename T::value_type>;
            f.child_dst = &(*static_cast<T*>(f.obj))[f.index - 1];
        }
        return true;
    }
    static bool on_end(reader& r, frame& f) { return fixed_array_end(r, f, N); }
    static constexpr frame_ops ops{nullptr, &on_item, &on_end, &append_index_segment};
};

template <class T> constexpr type_ops make_ops(cat<category::fixed_array>) {
    static_assert(optional_items_rejected<T>,
                  "djson: an array item cannot be absent, only null: use "
                  "std::array<djson::nullable<T>, N> instead of std::optional items");
    type_ops o{"an array"};
    o.on_array = &push_container<fixed_array_frame<T>::ops>;
    return o;
}

// std::pair and std::tuple: item i is read with the table of element i.
template <class T> struct tuple_frame {
    static constexpr std::size_t N = std::tuple_size_v<T>;
    struct item {
        const type_ops* ops;
        void* (*locate)(void* obj);
    };
    template <std::size_t I> static void* locate(void* obj) { return &std::get<I>(*static_cast<T*>(obj)); }
    template <std::size_t... I> static constexpr std::array<item, N> make_items(std::index_sequence<I...>) {
        return {{item{&ops_for<std::tuple_element_t<I, T>>, &locate<I>}...}};
    }
    static constexpr std::array<item, N> items = make_items(std::make_index_sequence<N>{});
    static bool on_item(reader& r, frame& f) {
        if (!fixed_array_item(r, f, N))
            return false;
        if (f.child != &reader::skip) {
            if constexpr (N > 0) {
                const item& it = items[f.index - 1];
                f.child = it.ops;
                f.child_dst = it.locate(f.obj);
            }
        }
        return true;
    }
    static bool on_end(reader& r, frame& f) { return fixed_array_end(r, f, N); }
    static constexpr frame_ops ops{nullptr, &on_item, &on_end, &append_index_segment};
};

template <class T> struct no_optional_element;
template <class... A> struct no_optional_element<std::tuple<A...>> {
    static constexpr bool value = (!is_optional<A>::value && ...);
};
template <class A, class B> struct no_optional_element<std::pair<A, B>> {
    static constexpr bool value = !is_optional<A>::value && !is_optional<B>::value;
};

template <class T> constexpr type_ops make_ops(cat<category::tuple>) {
    static_assert(no_optional_element<T>::value,
                  "djson: an item of a std::pair/std::tuple cannot be absent, only null: use "
                  "djson::nullable<T> instead of std::optional<T> for the element");
    type_ops o{"an array"};
    o.on_array = &push_container<tuple_frame<T>::ops>;
    return o;
}

// A map read into again keeps the entries whose keys come again (their values are read over, as a warm
// vector's items are) and drops the others at the closing brace: a warm read allocates only for new keys.
template <class T> struct map_frame {
    static bool on_key(reader& r, frame& f, std::string_view k) {
        auto& m = *static_cast<T*>(f.obj);
        std::string& name = r.key_slot(r.depth());
        name.assign(k.data(), k.size());
        if (r.seen_before(f, k)) {
            f.child = &reader::skip;
            return r.fail(errc::duplicate_key, "duplicate key");
        }
        auto it = m.find(name);
        if (it == m.end())
            it = m.try_emplace(name).first;
        ++f.index; // keys read
        f.child = &ops_for<typename T::mapped_type>;
        f.child_dst = &it->second;
        return true;
    }
    static bool on_end(reader& r, frame& f) {
        auto& m = *static_cast<T*>(f.obj);
        if (m.size() != f.index) // some entries of the previous value did not come again
            std::erase_if(m, [&](const auto& kv) { return !r.seen(f, kv.first); });
        return true;
    }
    static constexpr frame_ops ops{&on_key, nullptr, &on_end, &append_key_segment};
};

template <class T> constexpr type_ops make_ops(cat<category::map>) {
    type_ops o{"an object"};
    o.on_object = &push_container<map_frame<T>::ops>;
    return o;
}

// ---- values read as a representation first: codecs and variants ----

// Decodes `rep` into `out`; a rejection (or an exception from decode) is an invalid_value at the value's
// path.
template <class C, class T>
bool decode_into(reader& r, const typename codec_traits<C, T>::repr& rep, T& out) {
    using tr = codec_traits<C, T>;
    try {
        if constexpr (std::is_same_v<typename tr::decode_result, T>) {
            out = C::decode(rep);
        } else {
            auto d = C::decode(rep);
            if (!d) {
                return r.fail_below(d.constraint() ? errc::constraint : errc::invalid_value, d.where(),
                                    d.reason());
            }
            out = std::move(d).value();
        }
        return true;
    } catch (const std::exception& e) {
        return r.fail(errc::invalid_value, e.what());
    }
}

// A codec's decoding step.
template <class C, class T> struct codec_decode {
    using repr = typename codec_traits<C, T>::repr;
    static constexpr const char* expected() {
        if constexpr (codec_traits<C, T>::has_expected)
            return C::expected;
        else
            return ops_for<repr>.expected;
    }
    static bool run(reader& r, const repr& rep, void* dst) {
        return decode_into<C, T>(r, rep, *static_cast<T*>(dst));
    }
};

// Reads a value into a temporary of type Decode::repr with that type's table, then hands it to Decode::run
// once it is complete: at once for a scalar, at its closing bracket for an object or array. A value whose
// representation had errors is not decoded.
template <class Decode> struct capture_read {
    using R = typename Decode::repr;
    // What a type mismatch names (the messages read only `expected`).
    static constexpr type_ops named{Decode::expected()};
    static void destroy(void* tmp) { delete static_cast<R*>(tmp); }
    static bool finish(reader& r, deferred& p) {
        if (r.error_count() != p.errors_at)
            return true;
        return Decode::run(r, *static_cast<const R*>(p.tmp), p.dst);
    }
    template <class Call> static bool scalar(reader& r, void* d, Call call) {
        std::size_t errs = r.error_count();
        R tmp{};
        if (!call(static_cast<void*>(&tmp)))
            return false;
        if (r.error_count() != errs)
            return true;
        return Decode::run(r, tmp, d);
    }
    template <class Call> static bool container(reader& r, void* d, Call call) {
        std::size_t errs = r.error_count(), depth = r.depth();
        auto tmp = std::make_unique<R>();
        if (!call(static_cast<void*>(tmp.get())))
            return false;
        if (r.depth() > depth)
            r.defer({depth + 1, errs, d, tmp.release(), &finish, &destroy});
        return true;
    }
    static constexpr type_ops make() {
        type_ops o{Decode::expected()};
        o.on_null = [](reader& r, void* d) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_null))
                return r.on_null_rejected(named);
            return scalar(r, d, [&](void* t) { return in.on_null(r, t); });
        };
        o.on_bool = [](reader& r, void* d, bool b) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_bool))
                return r.mismatch(named, "a boolean");
            return scalar(r, d, [&](void* t) { return in.on_bool(r, t, b); });
        };
        o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_int64))
                return r.mismatch(named, "a number");
            return scalar(r, d, [&](void* t) { return in.on_int64(r, t, v, raw); });
        };
        o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_uint64))
                return r.mismatch(named, "a number");
            return scalar(r, d, [&](void* t) { return in.on_uint64(r, t, v, raw); });
        };
        o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_double))
                return r.mismatch(named, "a number");
            return scalar(r, d, [&](void* t) { return in.on_double(r, t, v, raw); });
        };
        o.on_string = [](reader& r, void* d, std::string_view s) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_string))
                return r.mismatch(named, "a string");
            return scalar(r, d, [&](void* t) { return in.on_string(r, t, s); });
        };
        o.on_object = [](reader& r, void* d) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_object))
                return r.mismatch_container(named, false);
            return container(r, d, [&](void* t) { return in.on_object(r, t); });
        };
        o.on_array = [](reader& r, void* d) {
            const type_ops& in = ops_for<R>;
            if (!present(in.on_array))
                return r.mismatch_container(named, true);
            return container(r, d, [&](void* t) { return in.on_array(r, t); });
        };
        return o;
    }
};

// ---- variants: the value is kept as raw JSON, then read as the alternative it is ----

// src/variant.cpp
enum class tag_lookup { found, not_object, absent, not_string };
// The string value of `key` at the top level of the object `json` (compact, valid JSON).
DJSON_API tag_lookup find_tag(std::string_view json, std::string_view key, std::string& value);
// Reads `json` (valid JSON) into dst with a reader of r's options; its errors go to `out`, paths relative.
DJSON_API void read_nested(reader& r, std::string_view json, const type_ops& ops, void* dst, errors& out);
// Records `errs` (paths relative to the current value) at the current value. False when reading must stop.
DJSON_API bool forward_errors(reader& r, const errors& errs);
// "a string", "an object", ... of a JSON text, for messages.
DJSON_API const char* json_kind(std::string_view json);
DJSON_API std::string one_of_message(bool any, const std::string_view* names, const errors* each,
                                     std::size_t n);
DJSON_API std::string tag_list(const variant_tag* tags, std::size_t n);

template <class V> struct variant_decode {
    using repr = raw_json;
    using info = variant_info<V>;
    static constexpr const char* expected() {
        return info::tagged ? "an object (one of a tagged oneOf)" : "one of the alternatives";
    }

    template <std::size_t I>
    static bool read_alternative(reader& r, const raw_json& raw, V& out, errors& errs) {
        using A = boost::mp11::mp_at_c<typename info::alts, I>;
        A tmp{};
        read_nested(r, raw.text(), ops_for<A>, &tmp, errs);
        if (!errs.empty())
            return false;
        out.template emplace<I>(std::move(tmp));
        return true;
    }
    // How an alternative is named in messages: a model by its type's name, anything else by its JSON kind.
    template <class... A> static constexpr auto display_names(boost::mp11::mp_list<A...>) {
        return std::array<std::string_view, sizeof...(A)>{(
            category_of<A>() == category::model ? type_name<A>() : std::string_view(ops_for<A>.expected))...};
    }
    static constexpr auto names = display_names(typename info::alts{});

    static bool run(reader& r, const raw_json& raw, void* dst) {
        static_assert(tagged_variant_check<V>::value);
        V& out = *static_cast<V*>(dst);
        if (raw.is_null() && info::tagged)
            return r.fail(errc::unexpected_null, "null is not allowed here (expected an object whose " +
                                                     quote_input(info::key) + " names its kind)");
        if constexpr (info::tagged) {
            std::string t;
            std::string at = r.path();
            append_pointer_token(at, info::key);
            switch (find_tag(raw.text(), info::key, t)) {
            case tag_lookup::not_object:
                return r.fail(errc::type_mismatch, "expected an object whose " + quote_input(info::key) +
                                                       " names its kind, got " +
                                                       std::string(json_kind(raw.text())));
            case tag_lookup::absent:
                return r.fail_at(errc::missing_required, at,
                                 "missing required key (it names the alternative: " +
                                     tag_list(info::tags.data(), info::tags.size()) + ")");
            case tag_lookup::not_string:
                return r.fail_at(errc::type_mismatch, at,
                                 "expected a string (the name of the alternative: " +
                                     tag_list(info::tags.data(), info::tags.size()) + ")");
            case tag_lookup::found:
                break;
            }
            std::size_t i = info::find(t);
            if (i == info::size)
                return r.fail_at(errc::invalid_value, at,
                                 "unknown " + quote_input(info::key) + " " + quote_input(t) +
                                     " (expected one of: " + tag_list(info::tags.data(), info::tags.size()) +
                                     ")");
            errors errs;
            boost::mp11::mp_with_index<info::size>(i,
                                                   [&](auto I) { read_alternative<I>(r, raw, out, errs); });
            return errs.empty() || forward_errors(r, errs);
        } else {
            // oneOf: exactly one alternative accepts the value; anyOf: the first that does.
            std::array<errors, info::size> each;
            std::array<bool, info::size> ok{};
            std::size_t matches = 0;
            V first_match;
            boost::mp11::mp_for_each<boost::mp11::mp_iota_c<info::size>>([&](auto I) {
                if (info::any && matches > 0)
                    return;
                V candidate;
                if (read_alternative<I>(r, raw, candidate, each[I])) {
                    ok[I] = true;
                    if (matches++ == 0)
                        first_match = std::move(candidate);
                }
            });
            if (matches == 1 || (info::any && matches > 0)) {
                out = std::move(first_match);
                return true;
            }
            for (const auto& e : each) // out of work: say so, not "no alternative"
                if (!e.empty() && e.front().code == errc::too_complex)
                    return r.fail(errc::too_complex, e.front().detail);
            if (matches == 0 && raw.is_null())
                return r.fail(errc::unexpected_null, "null is not allowed here (no alternative takes null)");
            if (matches == 0)
                return r.fail(errc::invalid_value,
                              one_of_message(info::any, names.data(), each.data(), info::size));
            std::string which;
            for (std::size_t i = 0; i < info::size; ++i)
                if (ok[i])
                    which += (which.empty() ? "" : ", ") + std::string(names[i]);
            return r.fail(errc::invalid_value,
                          "more than one alternative of the oneOf accepts the value (" + which + ")");
        }
    }
};

// A tagged oneOf whose tag is the object's first key is read directly as the alternative the tag names: no
// capture, no second read. Otherwise (the tag later, not a string, naming no alternative) the object is
// captured from where it is and read as variant_decode says, with the same errors.
struct tag_dispatch {
    std::string_view key;
    // Makes *obj hold the alternative `tag` names and puts that model's frame in place of the top frame, the
    // tag read into it. False, and nothing done, for a tag that names no alternative; else `go_on` says
    // whether reading goes on.
    bool (*start)(reader& r, void* obj, std::string_view tag, bool& go_on);
    bool (*finish)(reader&, deferred&); // the captured object's (capture_read<variant_decode<V>>)
    void (*destroy)(void*);
};
// src/variant.cpp: pushes the frame that looks at the object's first key.
DJSON_API bool push_tag_probe(reader& r, void* dst, const tag_dispatch& t);
// After the alternative's frame is pushed: reads the tag's key and value into it.
DJSON_API bool replay_tag(reader& r, std::string_view key, std::string_view tag);
template <class V> struct tagged_direct;

template <class T> constexpr type_ops make_ops(cat<category::variant>) {
    type_ops o = capture_read<variant_decode<T>>::make();
    if constexpr (variant_info<T>::tagged)
        o.on_object = [](reader& r, void* d) { return push_tag_probe(r, d, tagged_direct<T>::table); };
    return o;
}

template <class T> constexpr type_ops make_ops(cat<category::codec>) {
    return capture_read<codec_decode<codec_of<T>, T>>::make();
}

template <class T> constexpr type_ops make_ops(cat<category::boost_conversion>) {
    return capture_read<codec_decode<codec_of<T>, T>>::make();
}

// ---- a member with constraints: its type's table, then the checks once the value is complete ----

template <class P> struct constrained_read {
    using X = typename P::type;
    static bool done(reader& r, void* d) {
        P::check_constraints(*static_cast<const X*>(d), [&](std::string why, std::string_view at) {
            r.fail_below(errc::constraint, at, std::move(why));
        });
        return !r.stopped();
    }
    static bool finish(reader& r, deferred& p) { return r.error_count() != p.errors_at || done(r, p.dst); }
    template <class Call> static bool run(reader& r, void* d, Call call) {
        std::size_t errs = r.error_count(), depth = r.depth();
        if (!call())
            return false;
        if (r.depth() > depth) {
            r.defer({depth + 1, errs, d, nullptr, &finish, nullptr});
            return true;
        }
        return r.error_count() != errs || done(r, d);
    }
    static constexpr type_ops make() {
        type_ops o{ops_for<X>.expected};
        o.on_null = [](reader& r, void* d) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_null))
                return r.on_null_rejected(in);
            return run(r, d, [&] { return in.on_null(r, d); });
        };
        o.on_bool = [](reader& r, void* d, bool b) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_bool))
                return r.mismatch(in, "a boolean");
            return run(r, d, [&] { return in.on_bool(r, d, b); });
        };
        o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_int64))
                return r.mismatch(in, "a number");
            return run(r, d, [&] { return in.on_int64(r, d, v, raw); });
        };
        o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_uint64))
                return r.mismatch(in, "a number");
            return run(r, d, [&] { return in.on_uint64(r, d, v, raw); });
        };
        o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_double))
                return r.mismatch(in, "a number");
            return run(r, d, [&] { return in.on_double(r, d, v, raw); });
        };
        o.on_string = [](reader& r, void* d, std::string_view s) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_string))
                return r.mismatch(in, "a string");
            return run(r, d, [&] { return in.on_string(r, d, s); });
        };
        o.on_object = [](reader& r, void* d) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_object))
                return r.mismatch_container(in, false);
            return run(r, d, [&] { return in.on_object(r, d); });
        };
        o.on_array = [](reader& r, void* d) {
            const type_ops& in = ops_for<X>;
            if (!present(in.on_array))
                return r.mismatch_container(in, true);
            return run(r, d, [&] { return in.on_array(r, d); });
        };
        return o;
    }
};
template <class P> inline constexpr type_ops constrained_ops = constrained_read<P>::make();

// ---- a variant member chosen by a sibling (djson::chosen_by): captured, then read when its object ends ----

DJSON_API bool forward_errors_at(reader& r, const std::string& base, const errors& errs); // src/variant.cpp

template <class T> struct model_read_table;
template <class T, class P> struct chosen_read {
    using M = typename P::type;
    using V = unwrapped_t<M>;
    using info = variant_info<V>;
    static_assert(chosen_member_check<T, P>::value);
    struct held {
        raw_json raw;
        std::string path;         // the member's
        std::string sibling_path; // the key that chooses
        void* obj = nullptr;      // the model being read
    };
    static constexpr type_ops named{"one of the alternatives its sibling names"};
    static void destroy(void* t) { delete static_cast<held*>(t); }

    static void assign(M& m, V&& v) {
        if constexpr (std::is_same_v<M, V>)
            m = std::move(v);
        else if constexpr (is_optional<M>::value && is_nullable<typename M::value_type>::value)
            m.emplace(std::move(v));
        else if constexpr (is_optional<M>::value)
            m.emplace(std::move(v));
        else
            m.emplace(std::move(v)); // nullable<V>
    }
    // When the model's object ends: every sibling is read, so the alternative can be chosen.
    static bool choose(reader& r, deferred& d) {
        held& h = *static_cast<held*>(d.tmp);
        T& obj = *static_cast<T*>(h.obj);
        if (r.has_error_at(h.sibling_path))
            return true; // the sibling's own error (absent, wrong type, unknown enum value) says it
        std::string_view t;
        if (!sibling_tag<T, P>(obj, t))
            return r.fail_at(errc::invalid_value, h.path,
                             "its alternative is named by the key " + quote_input(P::chosen_key) +
                                 ", which is absent or null");
        std::size_t i = info::find(t);
        if (i == info::size)
            return r.fail_at(errc::invalid_value, h.path,
                             "no alternative for " + quote_input(P::chosen_key) + " " + quote_input(t) +
                                 " (expected one of: " + tag_list(info::tags.data(), info::tags.size()) +
                                 ")");
        errors errs;
        V v;
        boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
            using A = boost::mp11::mp_at_c<typename info::alts, I>;
            A tmp{};
            read_nested(r, h.raw.text(), ops_for<A>, &tmp, errs);
            if (errs.empty())
                v.template emplace<I>(std::move(tmp));
        });
        if (!errs.empty())
            return forward_errors_at(r, h.path, errs);
        assign(P::of(obj), std::move(v));
        return true;
    }
    static bool captured(reader& r, held* h) {
        r.defer({r.depth(), r.error_count(), nullptr, h, &choose, &destroy}); // the model frame is on top
        return true;
    }
    static bool finish_capture(reader& r, deferred& d) {
        if (r.error_count() != d.errors_at)
            return true;
        auto* h = static_cast<held*>(d.tmp);
        d.tmp = nullptr; // handed on to the second step
        return captured(r, h);
    }
    static std::unique_ptr<held> start(reader& r) {
        auto h = std::make_unique<held>();
        h->path = r.path();
        h->sibling_path = r.container_path();
        append_pointer_token(h->sibling_path, P::chosen_key);
        h->obj = r.top().obj;
        return h;
    }
    template <class Call> static bool scalar(reader& r, Call call) {
        auto h = start(r);
        std::size_t errs = r.error_count();
        if (!call(static_cast<void*>(&h->raw)))
            return false;
        return r.error_count() != errs || captured(r, h.release());
    }
    template <class Call> static bool container(reader& r, Call call) {
        auto h = start(r);
        std::size_t errs = r.error_count(), depth = r.depth();
        if (!call(static_cast<void*>(&h->raw)))
            return false;
        if (r.depth() > depth)
            r.defer({depth + 1, errs, nullptr, h.release(), &finish_capture, &destroy});
        return true;
    }

    // The sibling's place among the model's members (the bit the model frame sets when it reads its key).
    static constexpr std::size_t sibling_index = [] {
        const auto& keys = model_info<T>::keys;
        for (std::size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == P::chosen_key)
                return i;
        return keys.size();
    }();
    struct target {
        const type_ops* ops = nullptr; // null: capture the value, choose when the object ends
        void* dst = nullptr;
    };
    // When the sibling came earlier in this object, and nothing failed so far (so it was read as sent), the
    // alternative it names is known: the value is read directly into it, without a capture.
    static target direct(reader& r, void* d) {
        if constexpr (!(std::is_same_v<M, V> || std::is_same_v<M, std::optional<V>> ||
                        std::is_same_v<M, nullable<V>>)) {
            return {};
        } else {
            if (r.error_count() != 0)
                return {};
            frame& f = r.top();
            if (f.meta != &model_read_table<T>::meta)
                return {};
            if (!(r.seen_word(f, sibling_index) & (std::uint64_t{1} << (sibling_index % 64))))
                return {};
            std::string_view t;
            if (!sibling_tag<T, P>(*static_cast<const T*>(f.obj), t))
                return {};
            const std::size_t i = info::find(t);
            if (i == info::size)
                return {};
            M& m = *static_cast<M*>(d);
            V* v;
            if constexpr (std::is_same_v<M, V>) {
                v = &m;
            } else {
                if (!m.has_value())
                    m.emplace();
                v = &*m;
            }
            return boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
                using A = boost::mp11::mp_at_c<typename info::alts, I>;
                A* a = v->index() == I ? &std::get<I>(*v) : &v->template emplace<I>();
                return target{&ops_for<A>, a};
            });
        }
    }

    static constexpr type_ops make() {
        type_ops o{named.expected};
        o.on_null = [](reader& r, void* d) {
            if constexpr (is_optional<M>::value || is_nullable<M>::value)
                return ops_for<M>.on_null(r, d); // null, or an optional's rules for it
            else
                return r.on_null_rejected(named);
        };
        o.on_bool = [](reader& r, void* d, bool b) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_bool) ? x.ops->on_bool(r, x.dst, b)
                                               : r.mismatch(*x.ops, "a boolean");
            return scalar(r, [&](void* t) { return ops_for<raw_json>.on_bool(r, t, b); });
        };
        o.on_int64 = [](reader& r, void* d, std::int64_t v, std::string_view raw) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_int64) ? x.ops->on_int64(r, x.dst, v, raw)
                                                : r.mismatch(*x.ops, "a number");
            return scalar(r, [&](void* t) { return ops_for<raw_json>.on_int64(r, t, v, raw); });
        };
        o.on_uint64 = [](reader& r, void* d, std::uint64_t v, std::string_view raw) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_uint64) ? x.ops->on_uint64(r, x.dst, v, raw)
                                                 : r.mismatch(*x.ops, "a number");
            return scalar(r, [&](void* t) { return ops_for<raw_json>.on_uint64(r, t, v, raw); });
        };
        o.on_double = [](reader& r, void* d, double v, std::string_view raw) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_double) ? x.ops->on_double(r, x.dst, v, raw)
                                                 : r.mismatch(*x.ops, "a number");
            return scalar(r, [&](void* t) { return ops_for<raw_json>.on_double(r, t, v, raw); });
        };
        o.on_string = [](reader& r, void* d, std::string_view s) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_string) ? x.ops->on_string(r, x.dst, s)
                                                 : r.mismatch(*x.ops, "a string");
            return scalar(r, [&](void* t) { return ops_for<raw_json>.on_string(r, t, s); });
        };
        o.on_object = [](reader& r, void* d) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_object) ? x.ops->on_object(r, x.dst)
                                                 : r.mismatch_container(*x.ops, false);
            return container(r, [&](void* t) { return ops_for<raw_json>.on_object(r, t); });
        };
        o.on_array = [](reader& r, void* d) {
            if (target x = direct(r, d); x.ops)
                return present(x.ops->on_array) ? x.ops->on_array(r, x.dst)
                                                : r.mismatch_container(*x.ops, true);
            return container(r, [&](void* t) { return ops_for<raw_json>.on_array(r, t); });
        };
        return o;
    }
};
template <class T, class P> inline constexpr type_ops chosen_ops = chosen_read<T, P>::make();

// ---- a member with a codec of its own (djson::with<C>): its optional / nullable layers, then C ----

template <class C, class M> struct member_codec_table;
template <class C, class M> constexpr type_ops member_codec_ops() {
    if constexpr (is_optional<M>::value)
        return optional_ops<M, member_codec_table<C, typename M::value_type>>();
    else if constexpr (is_nullable<M>::value)
        return nullable_ops<M, member_codec_table<C, typename M::value_type>>();
    else
        return capture_read<codec_decode<C, M>>::make();
}
template <class C, class M> inline constexpr type_ops member_codec_table_v = member_codec_ops<C, M>();
template <class C, class M> struct member_codec_table {
    static constexpr const type_ops& get() { return member_codec_table_v<C, M>; }
};

// A model's members as the reading machine sees them: each member's plan, type-erased.
template <class T> struct model_read_table {
    using info = model_info<T>;
    template <class P> static constexpr member_meta entry() {
        const type_ops* ops;
        static_assert(!(P::chosen && P::has_constraints),
                      "djson: a member chosen by a sibling (djson::chosen_by) takes no constraints");
        static_assert(
            !(P::coded && (P::chosen || P::has_constraints)),
            "djson: a member with its own codec (djson::with) takes no chosen_by and no constraints "
            "(its value is the codec's type; check it in the codec's decode)");
        if constexpr (P::coded)
            ops = &member_codec_table_v<typename P::codec, typename P::type>;
        else if constexpr (P::chosen)
            ops = &chosen_ops<T, P>;
        else if constexpr (P::has_constraints)
            ops = &constrained_ops<P>;
        else
            ops = &ops_for<typename P::type>;
        member_meta m{P::key,       ops,     [](void* o) -> void* { return &P::of(*static_cast<T*>(o)); },
                      nullptr,      nullptr, P::read_only,
                      P::write_only};
        if constexpr (P::read_only || P::write_only)
            m.reset = [](void* o) { P::of(*static_cast<T*>(o)) = P::default_value(); };
        if constexpr (P::when_absent == absence::default_)
            m.on_absent = [](void* o) { P::of(*static_cast<T*>(o)) = P::default_value(); };
        else if constexpr (P::when_absent == absence::empty)
            m.on_absent = [](void* o) { P::of(*static_cast<T*>(o)).reset(); };
        return m;
    }
    template <class... P> static constexpr auto make(boost::mp11::mp_list<P...>) {
        return std::array<member_meta, sizeof...(P)>{entry<P>()...};
    }
    static constexpr auto members = make(typename info::plans{});
    static additional_properties* extras(void* o) { return info::extras_of(*static_cast<T*>(o)); }
    static constexpr model_meta meta{members.data(),
                                     members.size(),
                                     info::unknown,
                                     info::captures ? &extras : nullptr,
                                     any_left_out(members),
                                     model_key_index<T>::slots.data(),
                                     model_key_index<T>::slots.size() - 1};
};

template <class T> constexpr type_ops make_ops(cat<category::model>) {
    type_ops o{"an object"};
    o.on_object = [](reader& r, void* d) { return push_model(r, d, model_read_table<T>::meta); };
    return o;
}

template <class V> struct tagged_direct {
    using info = variant_info<V>;
    static bool start(reader& r, void* obj, std::string_view tag, bool& go_on) {
        static_assert(tagged_variant_check<V>::value);
        std::size_t i = info::find(tag);
        if (i == info::size)
            return false;
        V& v = *static_cast<V*>(obj);
        go_on = boost::mp11::mp_with_index<info::size>(i, [&](auto I) {
            using A = boost::mp11::mp_at_c<typename info::alts, I>;
            // A warm variant that holds this alternative already is read into (a model read overwrites it).
            A* a = v.index() == I ? &std::get<I>(v) : &v.template emplace<I>();
            r.abandon_top();
            return push_model(r, a, model_read_table<A>::meta) && replay_tag(r, info::key, tag);
        });
        return true;
    }
    static constexpr tag_dispatch table{info::key, &start, &capture_read<variant_decode<V>>::finish,
                                        &capture_read<variant_decode<V>>::destroy};
};

} // namespace djson::detail
