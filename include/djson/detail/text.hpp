// Text helpers shared by reading, writing and error messages (src/text.cpp).
#pragma once

#include <djson/config.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace djson::detail {

// The body of a JSON string: `"`, `\` and control characters escaped, everything else (UTF-8) as it is.
DJSON_API void append_escaped(std::string& out, std::string_view s);
DJSON_API void append_quoted(std::string& out, std::string_view s); // `"` + escaped + `"`
DJSON_API bool valid_utf8(std::string_view s) noexcept;
// "/" + the key with RFC 6901 escaping (`~` -> `~0`, `/` -> `~1`).
DJSON_API void append_pointer_token(std::string& out, std::string_view key);
// `"text"` for a message: a bounded prefix of possibly hostile input, escaped like JSON.
DJSON_API std::string quote_input(std::string_view s);
// A JSON Pointer for a message: each token cut to a bounded prefix, control characters and bytes that are not
// UTF-8 escaped (\u001f, \xff), so that one message stays one printable line.
DJSON_API std::string printable_pointer(std::string_view path);
// Shortest text that reads back to the same double, with `.0` added when it would read as an integer.
// The caller checks that d is finite.
DJSON_API void append_double(std::string& out, double d);
DJSON_API void append_float(std::string& out, float f);
DJSON_API void append_int(std::string& out, long long v);
DJSON_API void append_uint(std::string& out, unsigned long long v);

// ---- the writer's primitives: each writes at `p`, where the caller made room, and returns the new end ----

// Room that write_double / write_float / write_int / write_uint need.
inline constexpr std::size_t max_number_text = 48;
// The text of append_double / append_float (same bytes). The caller checks that the number is finite.
DJSON_API char* write_double(char* p, double d) noexcept;
DJSON_API char* write_float(char* p, float f) noexcept;
DJSON_API char* write_int(char* p, long long v) noexcept;
DJSON_API char* write_uint(char* p, unsigned long long v) noexcept;
// The double that the text of write_float(f) reads back as: what a DOM parsed from djson's text holds.
DJSON_API double float_as_written(float f) noexcept;

// Equal keys, compared inline in words that stay within both keys (a call to memcmp per key cost more than
// the comparison itself): the model key lookups of the reading machine and of the direct DOM path.
template <class W> W load_word(const char* p) noexcept {
    W w;
    std::memcpy(&w, p, sizeof w);
    return w;
}
inline bool same_key(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = a.size();
    if (n != b.size())
        return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load_word<std::uint64_t>(p + i) != load_word<std::uint64_t>(q + i))
                return false;
        return load_word<std::uint64_t>(p + n - 8) == load_word<std::uint64_t>(q + n - 8);
    }
    if (n >= 4)
        return load_word<std::uint32_t>(p) == load_word<std::uint32_t>(q) &&
               load_word<std::uint32_t>(p + n - 4) == load_word<std::uint32_t>(q + n - 4);
    return n == 0 || (p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1]);
}

// A JSON Pointer grown and shrunk around a walk over a value (validate, diff).
struct pointer_walk {
    std::string path;
    template <class F> void at(std::string_view key, F&& f) {
        std::size_t n = path.size();
        append_pointer_token(path, key);
        f();
        path.resize(n);
    }
    template <class F> void at_index(std::size_t i, F&& f) {
        std::size_t n = path.size();
        path.push_back('/');
        append_uint(path, i);
        f();
        path.resize(n);
    }
};

} // namespace djson::detail
