// Writing a value without a DOM in between: one overload per row of the category table, over a sink that is
// either JSON text (text_writer) or a boost::json::value built directly (dom_writer, for to_value). A value
// that cannot be written (NaN, bad UTF-8, an undescribed enum value) marks the sink `bad`; the caller then
// asks validate() for the exact paths and throws.
#pragma once

#include <djson/config.hpp>

#include <djson/detail/category.hpp>
#include <djson/detail/keys.hpp>
#include <djson/detail/meta.hpp>
#include <djson/detail/text.hpp>
#include <djson/options.hpp>

#include <boost/json/value_stack.hpp>
#include <boost/mp11/algorithm.hpp>

#include <array>
#include <cmath>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

// The text sink's small members are inlined into every value's code even where the compiler would rather not
// (a model's members, one after another): each is a few stores.
#if defined(__GNUC__)
#define DJSON_WRITE_INLINE [[gnu::always_inline]] inline
#else
#define DJSON_WRITE_INLINE inline
#endif

namespace djson::detail {

// JSON text appended to a std::string, written in place: a value makes room once (one check), then writes
// through a pointer. The string grows ahead of the writing and is cut to what was written by finish() (or the
// destructor, for output cut short by an exception), so a reused `out` allocates nothing.
class DJSON_API text_writer {
  public:
    static constexpr bool builds_dom = false;
    // Strings are escaped in pieces of at most this many bytes, each making room for six bytes per byte.
    static constexpr std::size_t string_piece = 1024;

    std::string& out;
    const options& opt;
    unsigned level = 0;
    bool bad = false;

    text_writer(std::string& o, const options& op) noexcept
        : out(o), opt(op), pos_(o.data() + o.size()), end_(pos_) {}
    text_writer(const text_writer&) = delete;
    text_writer& operator=(const text_writer&) = delete;
    ~text_writer() { finish(); }

    // Gives `out` the size of what was written.
    void finish() noexcept;

    // ---- the sink: what write_value calls ----
    DJSON_WRITE_INLINE void null_value() { put("null"); }
    DJSON_WRITE_INLINE void boolean(bool b) { b ? put("true") : put("false"); }
    DJSON_WRITE_INLINE void integer(long long v) { pos_ = write_int(room(max_number_text), v); }
    DJSON_WRITE_INLINE void integer(unsigned long long v) { pos_ = write_uint(room(max_number_text), v); }
    DJSON_WRITE_INLINE void number(double d) {
        if (!std::isfinite(d)) [[unlikely]]
            return fail();
        pos_ = write_double(room(max_number_text), d);
    }
    DJSON_WRITE_INLINE void number(float f) {
        if (!std::isfinite(f)) [[unlikely]]
            return fail();
        pos_ = write_float(room(max_number_text), f);
    }
    void string(std::string_view s); // escaped, and checked as UTF-8
    // A string known to be fine, with its quoted and escaped form (an enum's value).
    DJSON_WRITE_INLINE void text(std::string_view quoted, std::string_view) { put(quoted); }
    DJSON_WRITE_INLINE void time(const timestamp& t) {
        char* p = room(timestamp::max_text_size + 2);
        *p++ = '"';
        p += t.format(p);
        *p++ = '"';
        pos_ = p;
    }
    void json(const boost::json::value& v);
    void raw(std::string_view compact_json); // re-indented when pretty
    void fail() {
        bad = true;
        null_value();
    }
    DJSON_WRITE_INLINE void begin_object() {
        put('{');
        ++level;
    }
    // A declared member's key: `quoted` is `"key"` escaped (written), `key` the text itself (for a DOM).
    DJSON_WRITE_INLINE void member(std::string_view quoted, std::string_view, bool first) {
        if (opt.pretty) [[unlikely]]
            return member_slow(quoted, first);
        // `,"key":` in one copy of a length known at compile time, the comma skipped for the first
        char* p = room(quoted.size() + 2);
        *p = ',';
        p += first ? 0 : 1;
        std::memcpy(p, quoted.data(), quoted.size());
        p += quoted.size();
        *p++ = ':';
        pos_ = p;
    }
    // A key known at run time (a map's, an additional property's): escaped and checked.
    void key(std::string_view k, bool first) {
        if (!first)
            put(',');
        newline();
        string(k);
        colon();
    }
    DJSON_WRITE_INLINE void end_object(std::size_t members) {
        --level;
        if (members != 0)
            newline();
        put('}');
    }
    DJSON_WRITE_INLINE void begin_array() {
        put('[');
        ++level;
    }
    DJSON_WRITE_INLINE void item(bool first) {
        if (!first)
            put(',');
        newline();
    }
    DJSON_WRITE_INLINE void end_array(std::size_t items) {
        --level;
        if (items != 0)
            newline();
        put(']');
    }

  private:
    // At least n bytes of room at the returned pointer.
    DJSON_WRITE_INLINE char* room(std::size_t n) {
        if (static_cast<std::size_t>(end_ - pos_) < n) [[unlikely]]
            grow(n);
        return pos_;
    }
    DJSON_WRITE_INLINE void put(char c) {
        *room(1) = c;
        ++pos_;
    }
    DJSON_WRITE_INLINE void put(std::string_view s) {
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        pos_ = p + s.size();
    }
    DJSON_WRITE_INLINE void newline() {
        if (opt.pretty) [[unlikely]]
            pretty_newline();
    }
    DJSON_WRITE_INLINE void colon() {
        put(':');
        if (opt.pretty) [[unlikely]]
            put(' ');
    }
    void grow(std::size_t n);
    void pretty_newline();
    void member_slow(std::string_view quoted, bool first);

    char* pos_; // where the next byte goes, in `out`
    char* end_; // the end of `out` while writing: the room there is
};

// A boost::json::value built through Boost's value_stack, as the text route (write the text, parse it with
// djson's DOM reader) would give it: integers as int64 unless above its range (then uint64), a float as the
// double its shortest text reads as, the same keys in the same order. Where the text route's reader could
// refuse what was written (duplicate keys in a model, keys that are not UTF-8, raw JSON it rejects, nesting
// past the tokenizer's limit), `give_up` is set and to_value takes the text route, which then says what it
// says. Once `bad` or `give_up` is set nothing more is built.
class DJSON_API dom_writer {
  public:
    static constexpr bool builds_dom = true;
    // Deeper than this, the text route's tokenizer may refuse the text (it stops at 4096 levels).
    static constexpr std::size_t max_depth = 4000;

    const options& opt;
    bool bad = false;
    bool give_up = false;

    dom_writer(const options& op, boost::json::storage_ptr sp);
    dom_writer(const dom_writer&) = delete;
    dom_writer& operator=(const dom_writer&) = delete;
    ~dom_writer();

    boost::json::value release();

    void null_value();
    void boolean(bool b);
    void integer(long long v);
    void integer(unsigned long long v);
    void number(double d);
    void number(float f);
    void string(std::string_view s);
    void text(std::string_view quoted, std::string_view s);
    void time(const timestamp& t);
    void json(const boost::json::value& v);
    void raw(std::string_view compact_json);
    void fail() { bad = true; }
    void begin_object();
    void member(std::string_view quoted, std::string_view key, bool first);
    void key(std::string_view k, bool first);
    void end_object(std::size_t members);
    void begin_array();
    void item(bool) {}
    void end_array(std::size_t items);

  private:
    bool live() const noexcept { return !bad && !give_up; }

    std::size_t depth_ = 0;
    alignas(16) unsigned char temp_[2048]; // the value stack's first memory
    boost::json::value_stack st_;
};

// src/write.cpp
DJSON_API bool extras_collide(const additional_properties& x, const std::string_view* keys,
                              std::size_t n) noexcept;

// ---- what the DOM route checks at compile time ----

// valid_utf8, usable at compile time.
constexpr bool constexpr_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                        : c >= 0xE0 && c <= 0xEF ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4
                                                 : 0;
        if (n == 0 || s.size() - i < n)
            return false;
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        const unsigned lo = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80;
        const unsigned hi = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
        if (c1 < lo || c1 > hi)
            return false;
        for (std::size_t k = 2; k < n; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return false;
        i += n;
    }
    return true;
}
template <std::size_t N>
constexpr bool keys_read_back(const std::array<std::string_view, N>& keys, bool unique) {
    for (std::size_t i = 0; i < N; ++i) {
        if (!constexpr_utf8(keys[i]))
            return false;
        for (std::size_t j = i + 1; unique && j < N; ++j)
            if (keys[i] == keys[j])
                return false;
    }
    return true;
}

// ---- one overload per row ----

template <class W, class T> void write_value(W& w, const T& v);

template <class W, class T> void write_value(W&, const T&, cat<category::unsupported>) {
    unsupported_type<T>();
}

// A codec's encode that throws marks the value bad: write_json then throws djson::error with validate's list.
template <class W, class T> void write_encoded(W& w, const T& v) {
    try {
        write_value(w, encode_of(v));
    } catch (const std::exception&) {
        w.fail();
    }
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::codec>) {
    write_encoded(w, v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::boost_conversion>) {
    write_encoded(w, v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::boolean>) {
    w.boolean(v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::integer>) {
    if constexpr (std::is_signed_v<T>)
        w.integer(static_cast<long long>(v));
    else
        w.integer(static_cast<unsigned long long>(v));
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::floating>) {
    w.number(v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::string>) {
    w.string(v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::enumeration>) {
    std::size_t i = enum_keys<T>::index_of(v);
    if (i == enum_keys<T>::size)
        return w.fail();
    if constexpr (W::builds_dom && !keys_read_back(enum_keys<T>::keys, false))
        w.give_up = true;
    w.text(enum_keys<T>::quoted[i], enum_keys<T>::keys[i]);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::timestamp>) {
    w.time(v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::json_value>) {
    w.json(v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::raw>) {
    w.raw(v.text());
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::optional>) {
    // Inside a model or a map an empty optional is an absent key and is not written; what remains is the
    // root, which cannot be absent (write_json reports it).
    if (v)
        write_value(w, *v);
    else
        w.fail();
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::nullable>) {
    if (v.is_null())
        w.null_value();
    else
        write_value(w, *v);
}

template <class W, class T> void write_value(W& w, const T& v, cat<category::pointer>) {
    if (!v)
        w.null_value();
    else
        write_value(w, *v);
}

template <class W, class T> void write_value(W& w, const T& v, cat<category::variant>) {
    if (v.valueless_by_exception())
        return w.fail();
    std::visit([&](const auto& a) { write_value(w, a); }, v);
    // A tagged alternative whose tag names another one would read back as that one, or fail: refuse it.
    if constexpr (variant_info<T>::tagged && tagged_variant_check<T>::value) {
        if (tag_names(v) != v.index())
            w.bad = true;
    }
}

template <class W, class R> void write_items(W& w, const R& range) {
    static_assert(!is_optional<typename R::value_type>::value,
                  "djson: an array item cannot be absent, only null: use djson::nullable<T> items");
    w.begin_array();
    std::size_t n = 0;
    for (const auto& item : range) {
        w.item(n == 0);
        ++n;
        write_value(w, item);
    }
    w.end_array(n);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::sequence>) {
    write_items(w, v);
}
template <class W, class T> void write_value(W& w, const T& v, cat<category::fixed_array>) {
    write_items(w, v);
}

template <class W, class T> void write_value(W& w, const T& v, cat<category::tuple>) {
    w.begin_array();
    std::size_t n = 0;
    std::apply([&](const auto&... item) { ((w.item(n == 0), ++n, write_value(w, item)), ...); }, v);
    w.end_array(n);
}

template <class W, class T> void write_value(W& w, const T& v, cat<category::map>) {
    w.begin_object();
    std::size_t n = 0;
    for (const auto& [k, item] : v) {
        // As in a model, an empty std::optional is an absent key.
        if constexpr (is_optional<typename T::mapped_type>::value) {
            if (!item)
                continue;
        }
        w.key(k, n == 0);
        ++n;
        write_value(w, item);
    }
    w.end_object(n);
}

// A member with its own codec C (djson::with<C>): its optional / nullable layers, then C's representation.
template <class C, class W, class M> void write_coded(W& w, const M& v) {
    if constexpr (is_optional<M>::value) {
        if (v)
            write_coded<C>(w, *v);
        else
            w.fail();
    } else if constexpr (is_nullable<M>::value) {
        if (v.is_null())
            w.null_value();
        else
            write_coded<C>(w, *v);
    } else {
        static_assert(codec_traits<C, M>::checked);
        write_value(w, C::encode(v));
    }
}

template <class W, class T> void write_value(W& w, const T& v, cat<category::model>) {
    using info = model_info<T>;
    if constexpr (W::builds_dom && !keys_read_back(info::keys, true))
        w.give_up = true; // the text would have a key twice, or one that is not UTF-8
    w.begin_object();
    std::size_t n = 0;
    for_each_member<T>([&](auto p) {
        using P = decltype(p);
        if (P::absent_in(v))
            return;
        if constexpr (P::read_only || P::write_only) {
            if (P::left_out(w.opt.message))
                return;
        }
        w.member(P::quoted_key, P::key, n == 0);
        ++n;
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
                w.key(e.key, n == 0);
                ++n;
                w.raw(e.json);
            }
        }
    }
    w.end_object(n);
}

template <class W, class T> void write_value(W& w, const T& v) {
    write_value(w, v, cat_of<T>{});
}

// Writes `v` as JSON text at the end of `out`; false when something could not be written (see validate()).
template <class T> bool write_text(std::string& out, const T& v, const options& opt) {
    text_writer w{out, opt};
    write_value(w, v);
    w.finish();
    return !w.bad;
}

} // namespace djson::detail

#undef DJSON_WRITE_INLINE
