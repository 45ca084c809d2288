// Strings as JSON needs them, in one pass: the bytes to escape found and UTF-8 checked together, 16 bytes at
// a time (SSE2) or 8 (SWAR, any little-endian machine) where neither applies. Private to src/ (text.cpp,
// write.cpp): inline, so that the writer's string() has the loop in its own body.
#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define DJSON_SCAN_SSE2 1
#endif

namespace djson::detail::scan {

inline constexpr char hex[] = "0123456789abcdef";

// 0: no escape; otherwise the character after the backslash ('u' for \u00XX).
inline constexpr unsigned char escape_table[128] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f',  'r', 'u', 'u', 'u', 'u', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 0,    0,   '"', 0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,    0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,    0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   '\\', 0,   0,   0,
};

inline constexpr bool swar = std::endian::native == std::endian::little;
inline constexpr std::uint64_t ones = 0x0101010101010101u;
inline constexpr std::uint64_t highs = 0x8080808080808080u;

// The room escape() may write past what it has taken (a whole block is stored before it is known how much of
// it is plain).
inline constexpr std::size_t slack = 16;

inline std::uint64_t load8(const void* p) noexcept {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline std::uint32_t load4(const void* p) noexcept {
    std::uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

// The high bit of each byte of `v` that a string writer must look at: a control character, '"', '\\', or a
// byte of a multi-byte UTF-8 sequence. Only the lowest flagged byte is exact (a borrow runs upwards from a
// flagged byte and may flag the ones above it), which is all the scan uses.
inline std::uint64_t special_bytes(std::uint64_t v) noexcept {
    return ((v - ones * 0x20) | ((v ^ (ones * '"')) - ones) | ((v ^ (ones * '\\')) - ones) | v) & highs;
}

// The r (1..7) bytes at `in` in the low bytes of a word, the rest a letter that needs nothing. Reads only
// the string's bytes: the 8 that end at `stop` when the string has that many before it (`first` is its
// start), otherwise two overlapping loads of 4, or three of 1.
inline std::uint64_t load_tail(const char* in, const char* stop, const char* first, std::size_t r) noexcept {
    std::uint64_t v;
    if (static_cast<std::size_t>(stop - first) >= 8) {
        v = load8(stop - 8) >> (8 * (8 - r));
    } else if (r >= 4) {
        v = load4(in) | (std::uint64_t{load4(stop - 4)} << (8 * (r - 4)));
    } else {
        auto byte = [&](std::size_t i) {
            return std::uint64_t{static_cast<unsigned char>(in[i])} << (8 * i);
        };
        v = byte(0) | byte(r / 2) | byte(r - 1);
    }
    return v | ((ones * 'a') << (8 * r));
}

// Copies bytes that need nothing from `in` to `out`, up to the first that needs a look or `stop`.
inline void copy_plain(char*& out, const char*& in, const char* stop, const char* first) noexcept {
#ifdef DJSON_SCAN_SSE2
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    while (stop - in >= 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(out), v);
        // signed: below 0x20 is a control character or a byte >= 0x80
        const __m128i m = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
        const auto bits = static_cast<unsigned>(_mm_movemask_epi8(m));
        if (bits != 0) {
            const auto k = static_cast<std::size_t>(std::countr_zero(bits));
            in += k;
            out += k;
            return;
        }
        in += 16;
        out += 16;
    }
#endif
    if constexpr (swar) {
        while (stop - in >= 8) {
            const std::uint64_t v = load8(in);
            std::memcpy(out, &v, 8);
            const std::uint64_t m = special_bytes(v);
            if (m != 0) {
                const auto k = static_cast<std::size_t>(std::countr_zero(m) >> 3);
                in += k;
                out += k;
                return;
            }
            in += 8;
            out += 8;
        }
        if (in < stop) {
            const auto r = static_cast<std::size_t>(stop - in);
            const std::uint64_t v = load_tail(in, stop, first, r);
            std::memcpy(out, &v, 8);
            const std::uint64_t m = special_bytes(v);
            const auto k = m == 0 ? r : static_cast<std::size_t>(std::countr_zero(m) >> 3);
            in += k;
            out += k;
        }
    }
}

// The length of the valid UTF-8 sequence at `p` (its lead byte is >= 0x80), or 0: Unicode's table of
// well-formed sequences (no overlong forms, no surrogates, nothing above U+10FFFF, none cut short by `end`).
inline std::size_t utf8_sequence(const unsigned char* p, const unsigned char* end) noexcept {
    const unsigned c = p[0];
    const auto avail = static_cast<std::size_t>(end - p);
    auto cont = [&](std::size_t i) { return (p[i] & 0xC0u) == 0x80u; };
    if (c < 0xC2)
        return 0; // a continuation byte, or the lead of an overlong 2-byte form
    if (c < 0xE0)
        return avail >= 2 && cont(1) ? 2 : 0;
    if (c < 0xF0) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return avail >= 3 && p[1] >= lo && p[1] <= hi && cont(2) ? 3 : 0;
    }
    if (c < 0xF5) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return avail >= 4 && p[1] >= lo && p[1] <= hi && cont(2) && cont(3) ? 4 : 0;
    }
    return 0;
}

// Escapes the string bytes from `in` up to `stop`, and past it to the end of a UTF-8 sequence that starts
// before `stop` (never past `end`), into `out`, which has room for 6 * (stop - in) + slack bytes: `"`, `\`
// and control characters escaped, everything else as it is. Checks UTF-8 on the way: an invalid sequence
// clears `utf8` (its bytes are copied as they are). Moves `in` past what it took; returns the new `out`.
inline char* escape(char* out, const char*& in_ref, const char* stop, const char* end, bool& utf8) noexcept {
    const char* in = in_ref;
    const char* const first = in;
    while (in < stop) {
        copy_plain(out, in, stop, first);
        if (in >= stop)
            break;
        const auto c = static_cast<unsigned char>(*in);
        if (c < 0x80) {
            const unsigned char e = escape_table[c];
            if (e == 0) { // only where copy_plain has no fast path (big-endian)
                *out++ = *in++;
                continue;
            }
            out[0] = '\\';
            out[1] = static_cast<char>(e);
            if (e == 'u') {
                out[2] = '0';
                out[3] = '0';
                out[4] = hex[c >> 4];
                out[5] = hex[c & 15];
                out += 6;
            } else {
                out += 2;
            }
            ++in;
            continue;
        }
        const std::size_t n = utf8_sequence(reinterpret_cast<const unsigned char*>(in),
                                            reinterpret_cast<const unsigned char*>(end));
        if (n == 0) {
            utf8 = false;
            *out++ = *in++;
            continue;
        }
        if (end - in >= 4)
            std::memcpy(out, in, 4); // one fixed-size copy; the slack takes what is not the sequence's
        else
            std::memcpy(out, in, n);
        in += n;
        out += n;
    }
    in_ref = in;
    return out;
}

inline bool valid_utf8(const char* s, const char* e) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s);
    const auto* end = reinterpret_cast<const unsigned char*>(e);
    while (p != end) {
#ifdef DJSON_SCAN_SSE2
        while (end - p >= 16 && _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))) == 0)
            p += 16;
#endif
        if constexpr (swar) {
            while (end - p >= 8 && (load8(p) & highs) == 0)
                p += 8;
        }
        if (p == end)
            break;
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const std::size_t n = utf8_sequence(p, end);
        if (n == 0)
            return false;
        p += n;
    }
    return true;
}

} // namespace djson::detail::scan
