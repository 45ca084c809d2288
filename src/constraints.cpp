// The run-time parts of member constraints: code points, exact multiples, patterns (RE2) and string formats.
#include <djson/constraints.hpp>

#include <re2/re2.h>

#include <charconv>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace djson::detail {

std::size_t code_points(std::string_view utf8) noexcept {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) // not a continuation byte
            ++n;
    return n;
}

namespace {
// digits x 10^exp10 from std::to_chars's scientific text ("-1.2345e-07"): the shortest digits, exactly.
template <class F> decimal shortest(F x) noexcept {
    char buf[64];
    const char* end = std::to_chars(buf, buf + sizeof buf, x, std::chars_format::scientific).ptr;
    const char* p = buf;
    if (*p == '-')
        ++p;
    decimal d;
    int fraction = 0;
    bool point = false;
    for (; *p != 'e'; ++p) {
        if (*p == '.') {
            point = true;
            continue;
        }
        d.digits = d.digits * 10 + static_cast<std::uint64_t>(*p - '0'); // at most 17 digits
        fraction += point ? 1 : 0;
    }
    int exp = 0;
    std::from_chars(p + (p[1] == '+' ? 2 : 1), end, exp);
    d.exp10 = exp - fraction;
    return d;
}

int strip(std::uint64_t& n, std::uint64_t prime) noexcept {
    int k = 0;
    while (n % prime == 0) {
        n /= prime;
        ++k;
    }
    return k;
}
} // namespace

decimal shortest_decimal(double x) noexcept {
    return shortest(x);
}
decimal shortest_decimal(float x) noexcept {
    return shortest(x);
}

// v / f = (V / F) x 10^e, e = v.exp10 - f.exp10. Write F = 2^s 5^t C with C prime to 10: the quotient is
// whole exactly when C divides V (10^e adds no factor of C, whatever e's sign), and the 2s and the 5s of V x
// 10^e cover F's, v2(V) + e >= s and v5(V) + e >= t. So 1e300 over 0.01 (e = 302) needs no 10^302, and
// 5e-324 over 0.01 (e = -322) fails on v2(5) - 322 < 0: no big numbers, no powers, no rounding.
bool is_multiple(decimal v, decimal f) noexcept {
    if (f.digits == 0)
        return false;
    if (v.digits == 0)
        return true;
    std::uint64_t c = f.digits;
    const int s = strip(c, 2), t = strip(c, 5);
    if (v.digits % c != 0)
        return false;
    std::uint64_t rest = v.digits;
    const int v2 = strip(rest, 2), v5 = strip(rest, 5);
    const long long e = static_cast<long long>(v.exp10) - f.exp10;
    return v2 + e >= s && v5 + e >= t;
}

namespace {

// Each pattern is compiled once per process, on first use. RE2 objects may be matched from many threads.
struct compiled_pattern {
    std::unique_ptr<re2::RE2> re;
    std::string error; // set when RE2 cannot compile it
};

const compiled_pattern& compile(std::string_view pattern) {
    static std::shared_mutex mutex;
    static std::unordered_map<std::string, compiled_pattern> cache;
    std::string key(pattern);
    {
        std::shared_lock lock(mutex);
        auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
    }
    std::unique_lock lock(mutex);
    auto [it, inserted] = cache.try_emplace(key);
    if (inserted) {
        re2::RE2::Options o;
        o.set_log_errors(false);
        o.set_encoding(re2::RE2::Options::EncodingUTF8);
        auto re = std::make_unique<re2::RE2>(re2::StringPiece(pattern.data(), pattern.size()), o);
        if (re->ok())
            it->second.re = std::move(re);
        else
            it->second.error = "RE2 rejects it (" + re->error() +
                               "); djson::pattern takes no backreferences or lookaround, which cannot run in "
                               "linear time";
    }
    return it->second;
}

bool hex(char c) noexcept {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
bool alpha(char c) noexcept {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

} // namespace

bool pattern_search(std::string_view pattern, std::string_view s, std::string& why) {
    const compiled_pattern& p = compile(pattern);
    if (!p.re) {
        why = p.error;
        return false;
    }
    return re2::RE2::PartialMatch(re2::StringPiece(s.data(), s.size()), *p.re);
}

// 8-4-4-4-12 hexadecimal digits (RFC 4122's text form), either case.
bool is_uuid(std::string_view s) noexcept {
    if (s.size() != 36)
        return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !hex(s[i]))
            return false;
    }
    return true;
}

// An addr-spec as most validators check it (RFC 5321's mailbox without quoted local parts or address
// literals): a non-empty local part of printable ASCII other than specials, '@', and a domain of
// dot-separated labels.
bool is_email(std::string_view s) noexcept {
    auto at = s.rfind('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == s.size() || at > 64)
        return false;
    std::string_view local = s.substr(0, at), domain = s.substr(at + 1);
    constexpr std::string_view atext_extra = "!#$%&'*+-/=?^_`{|}~";
    if (local.front() == '.' || local.back() == '.' || local.find("..") != std::string_view::npos)
        return false;
    for (char c : local)
        if (!alpha(c) && !digit(c) && c != '.' && atext_extra.find(c) == std::string_view::npos)
            return false;
    if (domain.size() > 253)
        return false;
    std::size_t label = 0;
    for (std::size_t i = 0; i <= domain.size(); ++i) {
        char c = i < domain.size() ? domain[i] : '.';
        if (c == '.') {
            if (label == 0 || label > 63 || domain[i - 1] == '-' || domain[i - label] == '-')
                return false;
            label = 0;
        } else if (alpha(c) || digit(c) || c == '-') {
            ++label;
        } else {
            return false;
        }
    }
    return true;
}

// An RFC 3986 URI (a scheme, then characters a URI may hold, percent-escapes well formed); not a relative
// reference.
bool is_uri(std::string_view s) noexcept {
    std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || !alpha(s[0]))
        return false;
    for (std::size_t i = 1; i < colon; ++i)
        if (!alpha(s[i]) && !digit(s[i]) && s[i] != '+' && s[i] != '-' && s[i] != '.')
            return false;
    constexpr std::string_view allowed = "-._~!$&'()*+,;=:@/?#[]";
    bool fragment = false;
    for (std::size_t i = colon + 1; i < s.size(); ++i) {
        char c = s[i];
        if (c == '%') {
            if (i + 2 >= s.size() || !hex(s[i + 1]) || !hex(s[i + 2]))
                return false;
            i += 2;
        } else if (c == '#') {
            if (fragment)
                return false;
            fragment = true;
        } else if ((c == '[' || c == ']') && fragment) {
            return false;
        } else if (!alpha(c) && !digit(c) && allowed.find(c) == std::string_view::npos) {
            return false;
        }
    }
    return true;
}

// Four decimal octets 0..255 without leading zeros (RFC 2673's dotted-quad).
bool is_ipv4(std::string_view s) noexcept {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t start = i;
        unsigned v = 0;
        while (i < s.size() && digit(s[i]) && i - start < 3)
            v = v * 10 + static_cast<unsigned>(s[i++] - '0');
        std::size_t len = i - start;
        if (len == 0 || v > 255 || (len > 1 && s[start] == '0'))
            return false;
        ++parts;
        if (i == s.size())
            return parts == 4;
        if (s[i] != '.' || parts == 4)
            return false;
        ++i;
    }
}

// RFC 4291 text: eight groups of 1..4 hex digits, one "::" for a run of zero groups, the last 32 bits
// optionally as a dotted quad; no zone index.
bool is_ipv6(std::string_view s) noexcept {
    if (s.size() < 2)
        return false;
    int groups = 0;
    bool gap = false;
    std::size_t i = 0;
    if (s.substr(0, 2) == "::") {
        gap = true;
        i = 2;
        if (i == s.size())
            return true;
    } else if (s[0] == ':') {
        return false;
    }
    while (i < s.size()) {
        std::size_t start = i;
        while (i < s.size() && hex(s[i]) && i - start < 5)
            ++i;
        std::size_t len = i - start;
        if (i < s.size() && s[i] == '.') { // the dotted quad ends the address
            if (!is_ipv4(s.substr(start)))
                return false;
            groups += 2;
            i = s.size();
            break;
        }
        if (len == 0 || len > 4)
            return false;
        ++groups;
        if (i == s.size())
            break;
        if (s[i] != ':')
            return false;
        ++i;
        if (i < s.size() && s[i] == ':') {
            if (gap)
                return false;
            gap = true;
            ++i;
            if (i == s.size())
                break;
        } else if (i == s.size()) {
            return false; // a single trailing ':'
        }
    }
    return gap ? groups < 8 : groups == 8;
}

} // namespace djson::detail
