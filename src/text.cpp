// Text helpers shared by reading, writing and messages.
#include <djson/detail/text.hpp>

#include <charconv>
#include <cstdint>

namespace djson::detail {

namespace {
constexpr char hex_digits[] = "0123456789abcdef";

// 0: no escape; otherwise the character after the backslash ('u' for \u00XX).
constexpr unsigned char escape_table[256] = {
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'b', 't', 'n', 'u', 'f',  'r', 'u', 'u', 'u', 'u', 'u', 'u',
    'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 'u', 0,    0,   '"', 0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,    0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,    0,   0,   0,   0,   0,   0,   0,
    0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   0,   '\\', 0,   0,   0,
};
} // namespace

void append_escaped(std::string& out, std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    const char* run = p;
    for (; p != end; ++p) {
        unsigned char e = escape_table[static_cast<unsigned char>(*p)];
        if (e == 0)
            continue;
        out.append(run, static_cast<std::size_t>(p - run));
        char buf[6] = {'\\', static_cast<char>(e)};
        if (e == 'u') {
            auto c = static_cast<unsigned char>(*p);
            buf[2] = '0';
            buf[3] = '0';
            buf[4] = hex_digits[c >> 4];
            buf[5] = hex_digits[c & 15];
            out.append(buf, 6);
        } else {
            out.append(buf, 2);
        }
        run = p + 1;
    }
    out.append(run, static_cast<std::size_t>(end - run));
}

void append_quoted(std::string& out, std::string_view s) {
    out.push_back('"');
    append_escaped(out, s);
    out.push_back('"');
}

bool valid_utf8(std::string_view s) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p != end) {
        unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        std::size_t n;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
            cp = c & 0x1Fu;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            cp = c & 0x0Fu;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            cp = c & 0x07u;
        } else {
            return false;
        }
        if (static_cast<std::size_t>(end - p) <= n)
            return false;
        for (std::size_t i = 1; i <= n; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3Fu);
        }
        if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += n + 1;
    }
    return true;
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

namespace {
template <class F> void append_floating(std::string& out, F v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string_view t(buf, static_cast<std::size_t>(r.ptr - buf));
    out.append(t);
    if (t.find_first_of(".eE") == std::string_view::npos)
        out.append(".0");
}
} // namespace

void append_double(std::string& out, double d) {
    append_floating(out, d);
}
void append_float(std::string& out, float f) {
    append_floating(out, f);
}

void append_int(std::string& out, long long v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}
void append_uint(std::string& out, unsigned long long v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

} // namespace djson::detail
