// Text helpers shared by reading, writing and messages.
#include <djson/detail/text.hpp>

#include "string_scan.hpp"

#include <bit>
#include <cfloat>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <type_traits>
#include <algorithm>
#include <array>

namespace djson::detail {

namespace {
constexpr char hex_digits[] = "0123456789abcdef";
} // namespace

void append_escaped(std::string& out, std::string_view s) {
    // In pieces, so that the room an escaped piece may need (six bytes per byte) stays on the stack.
    constexpr std::size_t piece = 256;
    char buf[6 * piece + scan::slack];
    const char* in = s.data();
    const char* end = in + s.size();
    bool utf8 = true;
    while (in < end) {
        const char* stop = in + std::min(piece, static_cast<std::size_t>(end - in));
        char* e = scan::escape(buf, in, stop, end, utf8);
        out.append(buf, static_cast<std::size_t>(e - buf));
    }
}

void append_quoted(std::string& out, std::string_view s) {
    out.push_back('"');
    append_escaped(out, s);
    out.push_back('"');
}

bool valid_utf8(std::string_view s) noexcept {
    return scan::valid_utf8(s.data(), s.data() + s.size());
}

void append_pointer_token(std::string& out, std::string_view key) {
    out.push_back('/');
    for (char c : key) {
        if (c == '~')
            out.append("~0");
        else if (c == '/')
            out.append("~1");
        else
            out.push_back(c);
    }
}

namespace {
// What splits or bends a line in valid UTF-8 although it is not an ASCII control: DEL, the C1 controls
// (U+0085 NEL among them) and U+2028 / U+2029, spelled as \u escapes so that one message stays one line.
std::string escape_line_breakers(std::string s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto u = static_cast<unsigned char>(s[i]);
        auto next = [&](std::size_t k) -> unsigned {
            return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0u;
        };
        unsigned cp = 0;
        std::size_t len = 0;
        if (u == 0x7f) {
            cp = 0x7f;
            len = 1;
        } else if (u == 0xC2 && next(1) >= 0x80 && next(1) <= 0x9F) {
            cp = next(1);
            len = 2;
        } else if (u == 0xE2 && next(1) == 0x80 && (next(2) == 0xA8 || next(2) == 0xA9)) {
            cp = next(2) == 0xA8 ? 0x2028 : 0x2029;
            len = 3;
        }
        if (len == 0) {
            out.push_back(s[i]);
            continue;
        }
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out.push_back(hex_digits[(cp >> shift) & 15]);
        i += len - 1;
    }
    return out;
}
} // namespace

std::string printable_pointer(std::string_view path) {
    // Tokens come from the document's keys: each is cut to a bounded prefix, and what a terminal or a log
    // line would act on (control characters, bytes that are not UTF-8) is spelled as an escape.
    constexpr std::size_t limit = 64;
    std::string out;
    std::size_t i = 0;
    while (i < path.size()) {
        std::size_t end = path.find('/', i + 1);
        if (end == std::string_view::npos)
            end = path.size();
        std::string_view token = path.substr(i, end - i); // with its leading '/'
        bool cut = token.size() > limit + 1;
        if (cut) {
            std::size_t n = limit + 1;
            while (n > 1 && (static_cast<unsigned char>(token[n]) & 0xC0) == 0x80)
                --n;
            token = token.substr(0, n);
        }
        bool utf8 = valid_utf8(token);
        for (char c : token) {
            auto u = static_cast<unsigned char>(c);
            if (u < 0x20 || u == 0x7f) {
                out += "\\u00";
                out.push_back(hex_digits[u >> 4]);
                out.push_back(hex_digits[u & 15]);
            } else if (u >= 0x80 && !utf8) {
                out += "\\x";
                out.push_back(hex_digits[u >> 4]);
                out.push_back(hex_digits[u & 15]);
            } else {
                out.push_back(c);
            }
        }
        if (cut)
            out += "...";
        i = end;
    }
    return escape_line_breakers(std::move(out));
}

std::string quote_input(std::string_view s) {
    constexpr std::size_t limit = 64;
    bool cut = s.size() > limit;
    if (cut) {
        std::size_t n = limit;
        // Do not split a UTF-8 sequence.
        while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
            --n;
        s = s.substr(0, n);
    }
    std::string out;
    out.push_back('"');
    for (char c : s) {
        auto u = static_cast<unsigned char>(c);
        // Escape like JSON, and also bytes that are not valid UTF-8 so a message stays printable.
        if (u >= 0x80) {
            out.push_back(c);
        } else {
            append_escaped(out, std::string_view(&c, 1));
        }
    }
    if (!valid_utf8(std::string_view(out).substr(1))) {
        std::string safe = "\"";
        for (char c : s) {
            auto u = static_cast<unsigned char>(c);
            if (u >= 0x80) {
                safe += "\\x";
                safe.push_back(hex_digits[u >> 4]);
                safe.push_back(hex_digits[u & 15]);
            } else {
                append_escaped(safe, std::string_view(&c, 1));
            }
        }
        out = std::move(safe);
    }
    out.push_back('"');
    if (cut)
        out.append("...");
    return escape_line_breakers(std::move(out));
}

// ---- numbers ----

namespace {
// Shortest round-trip text. std::to_chars (Ryu in libstdc++ 12) is exact for every value, and is kept for
// what the path below does not take; most numbers in JSON documents have few significant digits, and for
// those a check that needs no big arithmetic finds the same digits two to three times faster:
//
//   For a double x (a float f) with at most P significant digits (P = 8, then 15, for doubles; 6 for floats),
//   let q be x * 10^s rounded to an integer, s chosen so that q < 10^P. The doubles (floats) near x are
//   further apart, relative to x, than 2^-52 (2^-23), and the decimals of P digits are further apart than
//   10^-P, which is more (at least 4.5 and 8.4 times): so at most one decimal of P digits reads back as x,
//   and when one does, it is the one nearest to x, which is q * 10^-s (the product x * 10^s is rounded once,
//   an error far below 1/2). Whether it reads back is exact arithmetic: q and 10^s (s <= 22 for doubles,
//   <= 10 for floats) are exact, so q / 10^s (or q * 10^-s) rounded once is the double (float) that the
//   decimal reads as. If it is x, q * 10^-s without its trailing zeros is the shortest decimal that reads
//   back as x, the digits std::to_chars finds; otherwise std::to_chars writes x. The notation is
//   std::to_chars's too (plain_notation, fast_digits). test/write_fast.cpp compares many floats and doubles
//   with std::to_chars (every float with DJSON_EXHAUSTIVE_FLOATS set); writing a shortest-float algorithm of
//   our own (Ryu, Dragonbox) would need proofs that no test can replace.
//
// This needs IEEE arithmetic rounded to nearest, evaluated in the type's own precision (FLT_EVAL_METHOD 0),
// and no -ffast-math (which may turn q / 10^s into q * 10^-s).
#if FLT_EVAL_METHOD == 0 && !defined(__FAST_MATH__)
constexpr bool fast_shortest = true;
#else
constexpr bool fast_shortest = false;
#endif

constexpr double pow10_exact[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr float pow10_float[11] = {1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f};
// 10^k for k in [-10, 38], rounded: only to estimate a decimal exponent.
constexpr double pow10_rough[49] = {
    1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,
    1e7,   1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22, 1e23,
    1e24,  1e25, 1e26, 1e27, 1e28, 1e29, 1e30, 1e31, 1e32, 1e33, 1e34, 1e35, 1e36, 1e37, 1e38};

// v (>= 0, < 2^52) rounded to the nearest integer, ties to even, without a call to the C library.
double round_small(double v) noexcept {
    constexpr double two52 = 4503599627370496.0;
    return (v + two52) - two52;
}

// floor(log10(x)) for x > 0 with binary exponent e2 in [-30, 124]: within one of exact, exact but near powers
// of ten.
int decimal_exponent(double x, int e2) noexcept {
    int e10 = (e2 * 78913) >> 18; // floor(e2 * log10(2))
    if (x >= pow10_rough[e10 + 1 + 10])
        ++e10;
    return e10;
}

// Removes the trailing zeros of `digits` (not 0) into `exp10`.
void strip_zeros(std::uint64_t& digits, int& exp10) noexcept {
    if (digits % 100000000 == 0) {
        digits /= 100000000;
        exp10 += 8;
    }
    if (digits % 10000 == 0) {
        digits /= 10000;
        exp10 += 4;
    }
    if (digits % 100 == 0) {
        digits /= 100;
        exp10 += 2;
    }
    if (digits % 10 == 0) {
        digits /= 10;
        exp10 += 1;
    }
}

// x (> 0) times 10^s rounded to an integer q below `limit` (<= 10^15), when q * 10^-s reads back as x.
bool decimal_at(double x, int s, double limit, std::uint64_t& digits) noexcept {
    double q;
    if (s >= 0) {
        if (s > 22)
            return false;
        q = round_small(x * pow10_exact[s]);
        if (!(q < limit) || q / pow10_exact[s] != x)
            return false;
    } else {
        if (-s > 22)
            return false;
        q = round_small(x / pow10_exact[-s]);
        if (!(q < limit) || q * pow10_exact[-s] != x)
            return false;
    }
    digits = static_cast<std::uint64_t>(q);
    return true;
}

// The shortest decimal that reads back as x (> 0, finite) as digits * 10^exp10, its trailing zeros not yet
// removed, when it has at most 15 significant digits and 2^-30 <= x < 2^124; false otherwise.
bool shortest_double(double x, std::uint64_t& digits, int& exp10) noexcept {
    if constexpr (!fast_shortest)
        return false;
    const int e2 = static_cast<int>(std::bit_cast<std::uint64_t>(x) >> 52) - 1023;
    if (e2 < -30 || e2 > 123)
        return false;
    // k = floor(e2 * log10(2)) is floor(log10(x)) or one less, so x * 10^(P-2-k) < 10^P: P digits, or P - 1
    // when k is already log10(x)'s floor (a number that needs all P then takes the next step). P = 8 first
    // (most numbers in documents have few digits, and theirs then fit 32 bits), then P = 15.
    const int k = (e2 * 78913) >> 18;
    if (decimal_at(x, 6 - k, 1e8, digits)) {
        exp10 = k - 6;
        return true;
    }
    if (decimal_at(x, 13 - k, 1e15, digits)) {
        exp10 = k - 13;
        return true;
    }
    return false;
}

// The same for a float (f > 0, finite) with at most 6 significant digits, 1e-5 <= f < 1e16.
bool shortest_float(float f, std::uint64_t& digits, int& exp10) noexcept {
    if constexpr (!fast_shortest)
        return false;
    const int e2 = static_cast<int>(std::bit_cast<std::uint32_t>(f) >> 23) - 127;
    if (e2 < -17 || e2 > 53)
        return false;
    const double x = f;
    const int s = 5 - decimal_exponent(x, e2);
    double q;
    if (s >= 0) {
        if (s > 10)
            return false;
        q = round_small(x * pow10_exact[s]);
        if (!(q < 1e6) || static_cast<float>(q) / pow10_float[s] != f)
            return false;
    } else {
        if (-s > 10)
            return false;
        q = round_small(x / pow10_exact[-s]);
        if (!(q < 1e6) || static_cast<float>(q) * pow10_float[-s] != f)
            return false;
    }
    digits = static_cast<std::uint64_t>(q);
    exp10 = -s;
    return true;
}

// Plain notation for a number of n significant digits whose scientific exponent is x: what std::to_chars
// chooses when it is not longer than scientific notation.
constexpr bool plain_notation(int n, int x) noexcept {
    const int sci_len = n + (n > 1 ? 1 : 0) + 2 + (x >= 100 || x <= -100 ? 3 : 2);
    const int fixed_len = x >= n - 1 ? x + 1 : x >= 0 ? n + 1 : n + 1 - x;
    return fixed_len <= sci_len;
}

int count_digits(std::uint64_t v) noexcept {
    int n = 1;
    while (v >= 10) {
        v /= 10;
        ++n;
    }
    return n;
}

// The digits of v (> 0, finite) when the fast path finds them and std::to_chars writes them. In plain
// notation a whole number is written with all its digits, and std::to_chars then picks the digits nearest to
// v among those of that length, which are v's own: above 2^53 (2^24 for a float) v need not be the shortest
// decimal padded with zeros, so std::to_chars writes it.
template <class F> bool fast_digits(F v, std::uint64_t& digits, int& exp10) noexcept {
    bool found;
    if constexpr (std::is_same_v<F, float>)
        found = shortest_float(v, digits, exp10);
    else
        found = shortest_double(v, digits, exp10);
    constexpr F exact_integers = std::is_same_v<F, float> ? F(16777216.0) : F(9007199254740992.0);
    if (found && v >= exact_integers) {
        std::uint64_t d = digits;
        int e = exp10;
        strip_zeros(d, e);
        const int n = count_digits(d);
        if (e > 0 && plain_notation(n, n - 1 + e))
            return false;
    }
    return found;
}

// pair_values[i]: the two digits of i (0..99) as bytes 0..9, the first in the low byte.
constexpr auto pair_values = [] {
    std::array<std::uint16_t, 100> t{};
    for (unsigned i = 0; i < 100; ++i)
        t[i] = static_cast<std::uint16_t>(i / 10 | (i % 10) << 8);
    return t;
}();

constexpr char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

// The eight decimal digits of v (< 10^8), leading zeros included, one in each byte of a word (values 0..9,
// the first digit in the low byte), from four pairs of a table. Kept in a register, the word gives the counts
// of leading and trailing zero digits without reading back what was stored.
std::uint64_t digits8(std::uint32_t v) noexcept {
    const std::uint32_t hi = v / 10000, lo = v % 10000;
    const std::uint64_t w =
        std::uint64_t{pair_values[hi / 100]} | std::uint64_t{pair_values[hi % 100]} << 16 |
        std::uint64_t{pair_values[lo / 100]} << 32 | std::uint64_t{pair_values[lo % 100]} << 48;
    return w;
}

void store8(char* p, std::uint64_t w) noexcept {
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(p, &w, 8);
    } else {
        for (int i = 0; i < 8; ++i)
            p[i] = static_cast<char>(w >> (8 * i));
    }
}

// The digits (ASCII) of a number: 16 bytes in (a, b), a first, the first significant digit in a's low byte,
// or 8 in a alone (b is then unused).
template <bool Wide> struct digit_bytes {
    std::uint64_t a, b;
    // Moved k (0..15; 0..7 when not Wide) bytes towards the first.
    void shift(int k) noexcept {
        if constexpr (!Wide) {
            a >>= 8 * k;
        } else if (k >= 8) {
            a = b >> (8 * (k - 8));
            b = 0;
        } else if (k > 0) {
            a = (a >> (8 * k)) | (b << (64 - 8 * k));
            b >>= 8 * k;
        }
    }
    void store(char* p) const noexcept {
        store8(p, a);
        if constexpr (Wide)
            store8(p + 8, b);
    }
};

// n significant digits whose scientific exponent is x, as std::to_chars writes its shortest form: plain
// (fixed) notation unless scientific is shorter, a tie going to plain; then ".0" when plain notation makes it
// look like an integer. The digits go out through registers, never stored and read back (a read of bytes that
// two stores just wrote waits for both); every copy has a fixed size (the caller's room is max_number_text).
template <bool Wide> char* place_digits(char* p, digit_bytes<Wide> d, int n, int x) noexcept {
    constexpr std::uint64_t ascii = 0x3030303030303030u; // "00000000"
    if (plain_notation(n, x)) {
        if (x >= n - 1) {
            // a whole number: plain notation being no longer than scientific, at most 5 zeros follow
            d.store(p);
            store8(p + n, ascii);
            std::memcpy(p + x + 1, ".0", 2);
            return p + x + 3;
        }
        if (x >= 0) {
            d.store(p);
            d.shift(x + 1);
            d.store(p + x + 2);
            p[x + 1] = '.';
            return p + n + 1;
        }
        // 0.0...: at most 3 zeros after the point, for the same reason
        std::memcpy(p, "0.000000", 8);
        d.store(p + 1 - x);
        return p + 1 - x + n;
    }
    p[0] = static_cast<char>(d.a & 0xFF);
    if (n > 1) {
        d.shift(1);
        d.store(p + 2);
        p[1] = '.';
        p += n + 1;
    } else {
        p += 1;
    }
    *p++ = 'e';
    *p++ = x < 0 ? '-' : '+';
    unsigned ax = static_cast<unsigned>(x < 0 ? -x : x);
    if (ax >= 100) {
        *p++ = static_cast<char>('0' + ax / 100);
        ax %= 100;
    }
    std::memcpy(p, two_digits + 2 * ax, 2);
    return p + 2;
}

// digits * 10^exp10 (0 < digits < 10^16), its trailing zeros removed on the way.
char* write_decimal(char* p, std::uint64_t digits, int exp10) noexcept {
    constexpr std::uint64_t ascii = 0x3030303030303030u;
    // Leading zero digits are low zero bytes of digits8's word, trailing ones high zero bytes.
    if (digits < 100000000) {
        const std::uint64_t w = digits8(static_cast<std::uint32_t>(digits));
        const int lead = std::countr_zero(w) >> 3, tz = std::countl_zero(w) >> 3;
        digit_bytes<false> d{w + ascii, 0};
        d.shift(lead);
        const int n = 8 - lead - tz;
        return place_digits(p, d, n, n - 1 + exp10 + tz);
    }
    const std::uint64_t hi = digits8(static_cast<std::uint32_t>(digits / 100000000));
    const std::uint64_t lo = digits8(static_cast<std::uint32_t>(digits % 100000000));
    const int lead = std::countr_zero(hi) >> 3;
    const int tz = lo != 0 ? std::countl_zero(lo) >> 3 : 8 + (std::countl_zero(hi) >> 3);
    digit_bytes<true> d{hi + ascii, lo + ascii};
    d.shift(lead);
    const int n = 16 - lead - tz;
    return place_digits(p, d, n, n - 1 + exp10 + tz);
}

template <class F> char* write_floating(char* p, F v) noexcept {
    if (std::signbit(v)) {
        *p++ = '-';
        v = -v;
    }
    if (v == 0) {
        std::memcpy(p, "0.0", 3);
        return p + 3;
    }
    std::uint64_t digits;
    int exp10;
    if (fast_digits(v, digits, exp10))
        return write_decimal(p, digits, exp10);
    char* start = p;
    p = std::to_chars(p, p + max_number_text - 3, v).ptr;
    if (std::string_view(start, static_cast<std::size_t>(p - start)).find_first_of(".eE") ==
        std::string_view::npos) {
        std::memcpy(p, ".0", 2);
        p += 2;
    }
    return p;
}
} // namespace

char* write_double(char* p, double d) noexcept {
    return write_floating(p, d);
}
char* write_float(char* p, float f) noexcept {
    return write_floating(p, f);
}

double float_as_written(float f) noexcept {
    const float a = std::fabs(f);
    std::uint64_t digits;
    int exp10;
    if (a != 0 && fast_digits(a, digits, exp10) && exp10 >= -22 && exp10 <= 22) {
        // digits < 10^6 and 10^|exp10| are exact: one rounding, as std::from_chars rounds the decimal.
        const double x = exp10 >= 0 ? static_cast<double>(digits) * pow10_exact[exp10]
                                    : static_cast<double>(digits) / pow10_exact[-exp10];
        return f < 0 ? -x : x;
    }
    char buf[max_number_text];
    char* e = write_float(buf, f);
    double x = 0;
    std::from_chars(buf, e, x);
    return x;
}

char* write_uint(char* p, unsigned long long v) noexcept {
    constexpr std::uint64_t ascii = 0x3030303030303030u;
    if (v < 100000000) {
        // the digits of digits8 without its leading zeros (one digit stays for 0)
        const std::uint64_t w = digits8(static_cast<std::uint32_t>(v));
        const int lead = std::min(std::countr_zero(w) >> 3, 7);
        store8(p, (w + ascii) >> (8 * lead));
        return p + 8 - lead;
    }
    if (v < 10000000000000000) {
        digit_bytes<true> d{digits8(static_cast<std::uint32_t>(v / 100000000)) + ascii,
                            digits8(static_cast<std::uint32_t>(v % 100000000)) + ascii};
        const int lead = std::countr_zero(d.a - ascii) >> 3;
        d.shift(lead);
        d.store(p);
        return p + 16 - lead;
    }
    return std::to_chars(p, p + max_number_text, v).ptr;
}
char* write_int(char* p, long long v) noexcept {
    if (v < 0) {
        *p++ = '-';
        return write_uint(p, 0 - static_cast<unsigned long long>(v));
    }
    return write_uint(p, static_cast<unsigned long long>(v));
}

void append_double(std::string& out, double d) {
    char buf[max_number_text];
    out.append(buf, write_double(buf, d));
}
void append_float(std::string& out, float f) {
    char buf[max_number_text];
    out.append(buf, write_float(buf, f));
}

void append_int(std::string& out, long long v) {
    char buf[max_number_text];
    out.append(buf, write_int(buf, v));
}
void append_uint(std::string& out, unsigned long long v) {
    char buf[max_number_text];
    out.append(buf, write_uint(buf, v));
}

} // namespace djson::detail
