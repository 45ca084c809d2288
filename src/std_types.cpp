// djson::date (OpenAPI format: date) and djson::bytes (format: byte, base64).
#include <djson/std_types.hpp>

namespace djson {

namespace {
bool leap(int y) noexcept {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}
unsigned days_in(int y, unsigned m) noexcept {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29u : days[m - 1];
}
} // namespace

std::optional<date> date::parse(std::string_view t) noexcept {
    if (t.size() != 10 || t[4] != '-' || t[7] != '-')
        return std::nullopt;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (t[i] < '0' || t[i] > '9')
            return std::nullopt;
    auto num = [&](std::size_t at, std::size_t n) {
        unsigned v = 0;
        for (std::size_t i = at; i < at + n; ++i)
            v = v * 10 + static_cast<unsigned>(t[i] - '0');
        return v;
    };
    date d{static_cast<int>(num(0, 4)), num(5, 2), num(8, 2)};
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > days_in(d.year, d.month))
        return std::nullopt;
    return d;
}

std::string date::to_string() const {
    char buf[16];
    auto two = [](char* p, unsigned v) {
        p[0] = static_cast<char>('0' + v / 10 % 10);
        p[1] = static_cast<char>('0' + v % 10);
    };
    int y = year < 0 ? 0 : year > 9999 ? 9999 : year;
    two(buf, static_cast<unsigned>(y / 100));
    two(buf + 2, static_cast<unsigned>(y % 100));
    buf[4] = '-';
    two(buf + 5, month);
    buf[7] = '-';
    two(buf + 8, day);
    return std::string(buf, 10);
}

namespace {
constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
int sextet(char c) noexcept {
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}
} // namespace

std::string bytes::to_base64() const {
    std::string out;
    out.reserve((data.size() + 2) / 3 * 4);
    std::size_t i = 0;
    for (; i + 3 <= data.size(); i += 3) {
        unsigned v = (unsigned{data[i]} << 16) | (unsigned{data[i + 1]} << 8) | data[i + 2];
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += alphabet[v & 63];
    }
    if (data.size() - i == 1) {
        unsigned v = unsigned{data[i]} << 16;
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += "==";
    } else if (data.size() - i == 2) {
        unsigned v = (unsigned{data[i]} << 16) | (unsigned{data[i + 1]} << 8);
        out += alphabet[v >> 18];
        out += alphabet[(v >> 12) & 63];
        out += alphabet[(v >> 6) & 63];
        out += '=';
    }
    return out;
}

std::optional<bytes> bytes::from_base64(std::string_view t) {
    if (t.size() % 4 != 0)
        return std::nullopt;
    bytes b;
    b.data.reserve(t.size() / 4 * 3);
    for (std::size_t i = 0; i < t.size(); i += 4) {
        bool last = i + 4 == t.size();
        int s[4];
        int pad = 0;
        for (int k = 0; k < 4; ++k) {
            char c = t[i + static_cast<std::size_t>(k)];
            if (c == '=' && last && k >= 2) {
                s[k] = 0;
                ++pad;
                continue;
            }
            if (pad) // a character after '='
                return std::nullopt;
            s[k] = sextet(c);
            if (s[k] < 0)
                return std::nullopt;
        }
        unsigned v = (unsigned(s[0]) << 18) | (unsigned(s[1]) << 12) | (unsigned(s[2]) << 6) | unsigned(s[3]);
        // canonical: the bits that padding leaves unused are zero
        if ((pad == 1 && (v & 0xFF) != 0) || (pad == 2 && (v & 0xFFFF) != 0))
            return std::nullopt;
        b.data.push_back(static_cast<std::uint8_t>(v >> 16));
        if (pad < 2)
            b.data.push_back(static_cast<std::uint8_t>((v >> 8) & 0xFF));
        if (pad < 1)
            b.data.push_back(static_cast<std::uint8_t>(v & 0xFF));
    }
    return b;
}

} // namespace djson
