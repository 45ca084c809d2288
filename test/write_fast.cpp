// The writer's fast paths give what the plain ones gave: strings escaped and checked as UTF-8 16 or 8 bytes
// at a time (every special byte and sequence at every place in and across a block, long strings across the
// writer's pieces and as the output grows), shortest numbers without std::to_chars when a cheaper check finds
// them (the same bytes as std::to_chars), timestamps by 32-bit date arithmetic (every day of the range), and
// to_value's DOM built without text (the very DOM that reading the text gives, or the same error).
#define BOOST_TEST_MODULE write_fast
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <boost/json/monotonic_resource.hpp>

#include <bit>
#include <cfloat>
#include <chrono>
#include <cstdint>
#include <limits>
#include <map>
#include <memory>
#include <unordered_map>

using djson_test::expect_dom_route_agrees;
using djson_test::same_dom;

namespace {

// ---- references: the plain byte-at-a-time rules ----

std::string ref_quoted(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (char ch : s) {
        auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

// Decodes code points: well-formed UTF-8 is the shortest form of a scalar value (no surrogates, at most
// U+10FFFF).
bool ref_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80             ? 0
                        : (c & 0xE0) == 0xC0 ? 1
                        : (c & 0xF0) == 0xE0 ? 2
                        : (c & 0xF8) == 0xF0 ? 3
                                             : 9;
        if (n == 9 || i + n >= s.size() + (n == 0 ? 1 : 0))
            return false;
        if (n == 0) {
            ++i;
            continue;
        }
        std::uint32_t cp = c & (0x7Fu >> (n + 1));
        for (std::size_t k = 1; k <= n; ++k) {
            auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (d & 0x3Fu);
        }
        const std::uint32_t min[] = {0, 0x80, 0x800, 0x10000};
        if (cp < min[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += n + 1;
    }
    return true;
}

// Writes `s` through every route and compares with the references.
void check_string(const std::string& s) {
    const bool utf8 = ref_utf8(s);
    const std::string want = ref_quoted(s);
    BOOST_TEST_CONTEXT("string " << boost::json::serialize(boost::json::string_view(want))) {
        BOOST_TEST(djson::detail::valid_utf8(s) == utf8);
        std::string escaped;
        djson::detail::append_escaped(escaped, s);
        BOOST_TEST(escaped == want.substr(1, want.size() - 2));
        std::string out = "prefix:";
        try {
            djson::write_json(out, s);
            BOOST_TEST(utf8);
        } catch (const djson::error& e) {
            BOOST_TEST(!utf8);
            BOOST_TEST(e.list().front().code == djson::errc::invalid_value);
        }
        BOOST_TEST(out == "prefix:" + want); // a bad string is still written whole (the partial output)
        if (utf8) {
            boost::json::value jv = djson::to_value(s);
            BOOST_TEST((jv.is_string() && jv.get_string() == s));
        } else {
            BOOST_CHECK_THROW(djson::to_value(s), djson::error);
        }
    }
}

std::string bytes(std::initializer_list<unsigned> b) {
    std::string s;
    for (unsigned c : b)
        s.push_back(static_cast<char>(c));
    return s;
}

// What a string writer must look at, valid or not, each to be tried at every place of a block.
std::vector<std::string> special_pieces() {
    std::vector<std::string> v;
    for (unsigned c = 0; c < 0x20; ++c)
        v.push_back(bytes({c}));
    for (std::string s : {"\"", "\\", "/", "\x7f", "a", " ", "!", "#", "[", "]", "\x5b", "\x5d"})
        v.push_back(s);
    // valid sequences: the ends of each length, U+2028 / U+2029 (written as they are), the largest
    v.push_back(bytes({0xC2, 0x80}));
    v.push_back(bytes({0xDF, 0xBF}));
    v.push_back(bytes({0xE0, 0xA0, 0x80}));
    v.push_back(bytes({0xED, 0x9F, 0xBF}));
    v.push_back(bytes({0xEE, 0x80, 0x80}));
    v.push_back(bytes({0xEF, 0xBF, 0xBF}));
    v.push_back(bytes({0xE2, 0x80, 0xA8}));
    v.push_back(bytes({0xE2, 0x80, 0xA9}));
    v.push_back(bytes({0xF0, 0x90, 0x80, 0x80}));
    v.push_back(bytes({0xF4, 0x8F, 0xBF, 0xBF}));
    v.push_back(bytes({0xF3, 0xBF, 0xBF, 0xBF}));
    // invalid: lone continuations, overlong forms, surrogates, beyond U+10FFFF, bytes never in UTF-8,
    // sequences cut short (also at the very end of the string: the suffix may be empty)
    for (std::initializer_list<unsigned> b : {std::initializer_list<unsigned>{0x80},
                                              {0xBF},
                                              {0xC0, 0x80},
                                              {0xC1, 0xBF},
                                              {0xE0, 0x80, 0x80},
                                              {0xE0, 0x9F, 0xBF},
                                              {0xED, 0xA0, 0x80},
                                              {0xED, 0xBF, 0xBF},
                                              {0xF0, 0x80, 0x80, 0x80},
                                              {0xF0, 0x8F, 0xBF, 0xBF},
                                              {0xF4, 0x90, 0x80, 0x80},
                                              {0xF5, 0x80, 0x80, 0x80},
                                              {0xF8},
                                              {0xFE},
                                              {0xFF},
                                              {0xC2},
                                              {0xC2, 0x41},
                                              {0xE2, 0x80},
                                              {0xE2, 0x80, 0x41},
                                              {0xE2, 0x41, 0x80},
                                              {0xF0, 0x90, 0x80},
                                              {0xF0, 0x90, 0x41, 0x80},
                                              {0xF0, 0x90, 0x80, 0x22},
                                              {0xC2, 0x80, 0x80}})
        v.push_back(bytes(b));
    return v;
}

} // namespace

BOOST_AUTO_TEST_CASE(every_special_byte_at_every_place_of_a_block) {
    for (const auto& piece : special_pieces())
        for (std::size_t before = 0; before <= 17; ++before)
            for (std::size_t after = 0; after <= 9; ++after)
                check_string(std::string(before, 'x') + piece + std::string(after, 'y'));
}

BOOST_AUTO_TEST_CASE(two_specials_in_one_block) {
    auto pieces = special_pieces();
    for (const auto& a : pieces)
        for (const auto& b : pieces)
            for (std::size_t gap : {0u, 1u, 5u, 8u})
                for (std::size_t before : {0u, 3u, 7u})
                    check_string(std::string(before, 'x') + a + std::string(gap, 'm') + b);
}

BOOST_AUTO_TEST_CASE(every_pair_of_bytes_across_a_block_boundary) {
    // valid_utf8 and the escaping scan against the references for all 65536 pairs, at places on both
    // sides of an 8-byte boundary and at the end
    for (unsigned a = 0; a < 256; ++a) {
        for (unsigned b = 0; b < 256; ++b) {
            for (std::size_t before : {0u, 6u, 7u, 14u}) {
                std::string s = std::string(before, 'k') + bytes({a, b});
                for (std::size_t after : {0u, 1u, 8u}) {
                    std::string t = s + std::string(after, 'z');
                    if (djson::detail::valid_utf8(t) != ref_utf8(t))
                        BOOST_FAIL("valid_utf8 wrong for " << a << " " << b << " at " << before);
                    std::string e;
                    djson::detail::append_escaped(e, t);
                    if ('"' + e + '"' != ref_quoted(t))
                        BOOST_FAIL("append_escaped wrong for " << a << " " << b << " at " << before);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(every_three_and_four_byte_lead_with_every_second_byte) {
    const unsigned tails[] = {0x00, 0x22, 0x41, 0x5C, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
    for (unsigned lead = 0xC0; lead < 0x100; ++lead)
        for (unsigned second = 0; second < 256; ++second)
            for (unsigned third : tails)
                for (unsigned fourth : {0x80u, 0xBFu, 0x41u})
                    for (std::size_t before : {0u, 5u, 6u, 7u}) {
                        std::string s = std::string(before, 'k') + bytes({lead, second, third, fourth});
                        bool ok = djson::detail::valid_utf8(s);
                        bool cut = djson::detail::valid_utf8(s.substr(0, s.size() - 1));
                        if (ok != ref_utf8(s) || cut != ref_utf8(s.substr(0, s.size() - 1)))
                            BOOST_FAIL("valid_utf8 wrong for " << lead << " " << second << " " << third << " "
                                                               << fourth);
                        std::string out;
                        bool wrote = true;
                        try {
                            djson::write_json(out, s);
                        } catch (const djson::error&) {
                            wrote = false;
                        }
                        if (wrote != ok || out != ref_quoted(s))
                            BOOST_FAIL("write_json wrong for " << lead << " " << second << " " << third << " "
                                                               << fourth);
                    }
}

BOOST_AUTO_TEST_CASE(long_strings_across_pieces) {
    // The writer escapes strings in pieces of 1024 bytes, making room for each: sequences and escapes on and
    // around those edges, strings that grow six times when escaped, and long runs of plain text.
    const std::string four = bytes({0xF0, 0x9F, 0x98, 0x80}), three = bytes({0xE2, 0x82, 0xAC});
    for (std::size_t at = 1016; at <= 1030; ++at) {
        for (const std::string& piece :
             {four, three, std::string("\""), std::string("\x01"), bytes({0xE2, 0x82})}) {
            std::string s(3000, 'p');
            s.replace(at, piece.size(), piece);
            check_string(s);
            s.replace(2048 + (at - 1016), piece.size(), piece);
            check_string(s);
        }
    }
    check_string(std::string(5000, '\x01')); // 30000 bytes written from a 5000-byte string
    check_string(std::string(20000, '"'));
    check_string(std::string(100000, 'x'));
    std::string mixed;
    std::uint64_t seed = 7;
    auto next = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<unsigned>(seed >> 33);
    };
    const std::string alphabet[] = {
        "a", "bc", "\"", "\\", "\n", "\x1f", four, three, bytes({0xC3, 0xA9}), "\x7f", std::string(13, 'q')};
    while (mixed.size() < 300000)
        mixed += alphabet[next() % std::size(alphabet)];
    check_string(mixed);
    check_string(mixed + bytes({0xF0, 0x9F, 0x98})); // cut short at the very end
    std::string late = mixed;
    late[250001] = static_cast<char>(0xFF);
    check_string(late);
}

BOOST_AUTO_TEST_CASE(keys_and_strings_inside_documents) {
    std::map<std::string, std::vector<std::string>> m;
    m["plain"] = {"a", "b"};
    m[std::string("tab\there")] = {"quote\"inside", std::string(40, 'x') + "\\"};
    m[bytes({0xE2, 0x80, 0xA8})] = {bytes({0xC3, 0xA9}) + "t" + bytes({0xC3, 0xA9})};
    std::string want = "{";
    bool first = true;
    for (const auto& [k, v] : m) {
        want += (first ? "" : ",") + ref_quoted(k) + ":[";
        first = false;
        for (std::size_t i = 0; i < v.size(); ++i)
            want += (i ? "," : "") + ref_quoted(v[i]);
        want += "]";
    }
    want += "}";
    BOOST_TEST(djson::to_json(m) == want);
    expect_dom_route_agrees(m);
    m[bytes({0xC0, 0xAF})] = {};
    BOOST_CHECK_THROW(djson::to_json(m), djson::error);
    expect_dom_route_agrees(m);
}

// ---- numbers ----

namespace {
template <class F> std::string ref_number(F v) {
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::string s(buf, r.ptr);
    if (s.find_first_of(".eE") == std::string::npos)
        s += ".0";
    return s;
}
template <class F> void check_number(F v) {
    if (!std::isfinite(v))
        return;
    const std::string want = ref_number(v);
    char buf[djson::detail::max_number_text];
    char* end;
    if constexpr (std::is_same_v<F, float>)
        end = djson::detail::write_float(buf, v);
    else
        end = djson::detail::write_double(buf, v);
    if (std::string_view(buf, static_cast<std::size_t>(end - buf)) != want)
        BOOST_FAIL("wrote " << std::string_view(buf, static_cast<std::size_t>(end - buf)) << " for " << want);
    if constexpr (std::is_same_v<F, float>) {
        double back = 0;
        std::from_chars(want.data(), want.data() + want.size(), back);
        if (std::bit_cast<std::uint64_t>(back) !=
            std::bit_cast<std::uint64_t>(djson::detail::float_as_written(v)))
            BOOST_FAIL("float_as_written differs for " << want);
    }
}
template <class F> void check_around(F v) {
    F a = v, b = v;
    for (int i = 0; i < 40; ++i) {
        check_number(a);
        check_number(b);
        check_number(-a);
        a = std::nextafter(a, F(0));
        b = std::nextafter(b, std::numeric_limits<F>::max());
    }
}
} // namespace

BOOST_AUTO_TEST_CASE(numbers_are_the_bytes_of_std_to_chars) {
    // Every float, when DJSON_EXHAUSTIVE_FLOATS is set (minutes); a spread of them otherwise.
    const bool all = std::getenv("DJSON_EXHAUSTIVE_FLOATS") != nullptr;
    const std::uint64_t step = all ? 1 : 4099;
    for (std::uint64_t i = 0; i < (std::uint64_t{1} << 32); i += step)
        check_number(std::bit_cast<float>(static_cast<std::uint32_t>(i)));
    std::uint64_t seed = 11;
    auto next = [&] {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        return seed;
    };
    for (int i = 0; i < 300000; ++i) {
        check_number(std::bit_cast<double>(next()));
        // short decimals, the numbers documents hold
        const int digits = 1 + static_cast<int>(next() % 17);
        std::uint64_t m = next() % 100000000000000000ULL;
        std::uint64_t lim = 1;
        for (int k = 0; k < digits; ++k)
            lim *= 10;
        std::string t = std::to_string(m % lim) + "e" + std::to_string(static_cast<int>(next() % 80) - 40);
        double d = 0;
        float f = 0;
        std::from_chars(t.data(), t.data() + t.size(), d);
        std::from_chars(t.data(), t.data() + t.size(), f);
        check_number(d);
        check_number(std::nextafter(d, 0.0));
        check_number(f);
        check_number(static_cast<double>(next() >> (next() % 64))); // integers, up to 2^64
    }
    for (int k = -45; k <= 45; ++k) {
        check_around(std::pow(10.0, k));
        check_around(static_cast<float>(std::pow(10.0, k)));
    }
    for (int k = -150; k <= 130; ++k) {
        check_around(std::ldexp(1.0, k));
        check_around(std::ldexp(1.0f, k));
    }
    for (double d : {0.0, 5e-324, 2.2250738585072014e-308, DBL_MAX, 1e300, 1e-300, 9007199254740993.0,
                     123456789012345680000.0, 1e15, 1e16, 1e21, 1e22, 1e23, 0.1, 0.3, 2.33e24, 3288398.238})
        check_around(d);
    for (float f : {0.0f, FLT_MIN, FLT_MAX, 1e-45f, 16777216.0f, 67108896.0f, 0.1f, 97.39827f})
        check_around(f);
}

BOOST_AUTO_TEST_CASE(integers_are_the_bytes_of_std_to_chars) {
    auto check = [](long long v) {
        char got[djson::detail::max_number_text], want[32];
        char* e = djson::detail::write_int(got, v);
        char* w = std::to_chars(want, want + sizeof want, v).ptr;
        if (std::string_view(got, static_cast<std::size_t>(e - got)) !=
            std::string_view(want, static_cast<std::size_t>(w - want)))
            BOOST_FAIL("write_int wrote " << std::string_view(got, static_cast<std::size_t>(e - got)));
        const auto u = static_cast<unsigned long long>(v);
        e = djson::detail::write_uint(got, u);
        w = std::to_chars(want, want + sizeof want, u).ptr;
        if (std::string_view(got, static_cast<std::size_t>(e - got)) !=
            std::string_view(want, static_cast<std::size_t>(w - want)))
            BOOST_FAIL("write_uint wrote " << std::string_view(got, static_cast<std::size_t>(e - got)));
    };
    for (long long v = -100000; v <= 100000; ++v)
        check(v);
    for (long long v = 0; v < 100000000; v += 997)
        check(v);
    long long p = 1; // 10^k, k = 0..18
    for (int k = 0; k <= 18; ++k) {
        for (long long d : {-2LL, -1LL, 0LL, 1LL})
            for (long long sign : {1LL, -1LL})
                check(sign * (p + d));
        if (k < 18)
            p *= 10;
    }
    check(std::numeric_limits<long long>::min());
    check(std::numeric_limits<long long>::max());
    std::uint64_t seed = 5;
    for (int i = 0; i < 200000; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        check(static_cast<long long>(seed >> (seed % 64)));
        check(static_cast<long long>(seed));
    }
}

// ---- to_value: the DOM of the text, without the text ----

namespace wf {
BOOST_DEFINE_ENUM_CLASS(Color, red, green, blue)
struct Money {
    long long cents = 0;
};
} // namespace wf

template <> struct djson::codec<wf::Money> {
    static std::string encode(const wf::Money& m) {
        if (m.cents < 0)
            throw std::invalid_argument("a negative amount");
        return std::to_string(m.cents / 100) + "." + std::to_string(m.cents % 100 / 10) +
               std::to_string(m.cents % 10);
    }
    static djson::decoded<wf::Money> decode(const std::string& s) {
        auto dot = s.find('.');
        if (dot == std::string::npos)
            return djson::reject("no dot");
        return wf::Money{std::stoll(s.substr(0, dot)) * 100 + std::stoll(s.substr(dot + 1))};
    }
};

namespace wf {
struct epoch_millis {
    static std::int64_t encode(const djson::timestamp& t) {
        return t.unix_seconds() * 1000 + static_cast<std::int64_t>(t.nanoseconds() / 1000000);
    }
    static djson::timestamp decode(std::int64_t ms) {
        return djson::timestamp::from_unix(ms / 1000, static_cast<std::uint32_t>(ms % 1000) * 1000000u);
    }
};

struct Inner {
    int a = 1;
    std::optional<std::string> b;
    djson::nullable<double> c;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (a, b, c))

struct Cat {
    std::string kind = "cat";
    int lives = 9;
};
BOOST_DESCRIBE_STRUCT(Cat, (), (kind, lives))
struct Dog {
    Color kind = Color::green; // an enum tag member
    bool good = true;
};
BOOST_DESCRIBE_STRUCT(Dog, (), (kind, good))
using Pet = std::variant<Cat, Dog>;
using Loose = std::variant<std::int64_t, std::string, std::vector<double>>; // untagged
} // namespace wf
DJSON_VARIANT(wf::Pet, djson::discriminator("kind"), djson::tag<wf::Cat>("cat"),
              djson::tag<wf::Dog>("green"));

namespace wf {
struct Everything {
    bool flag = true;
    std::int8_t i8 = -128;
    std::uint8_t u8 = 255;
    std::int64_t i64_min = std::numeric_limits<std::int64_t>::min();
    std::int64_t i64_max = std::numeric_limits<std::int64_t>::max();
    std::uint64_t u64_max = std::numeric_limits<std::uint64_t>::max();
    std::uint64_t u64_small = 7; // written as 7: an int64 in the DOM
    std::uint64_t u64_edge = 9223372036854775808ULL;
    float f = 0.1f; // the DOM holds the double 0.1, as its text reads
    float f_odd = 97.39827f;
    float f_big = 67108896.0f;
    double d = 3288398.238;
    double d_neg_zero = -0.0;
    double d_big = 1e300;
    double d_tiny = 5e-324;
    double d_whole = 5.0;
    double d_exp = 2.33e24;
    std::string s = "tab\t, quote \", " + std::string("\xC3\xA9\xE2\x80\xA8\xF0\x9F\x98\x80");
    Color color = Color::blue;
    djson::timestamp at = djson::timestamp::from_unix(1700000000, 123000000);
    djson::timestamp at_ms = djson::timestamp::from_unix(1700000000, 5000000);
    boost::json::value free =
        boost::json::parse(R"({"n":[1,-2,18446744073709551615,-0.0,1e300,"x"],"o":{}})");
    djson::raw_json raw = djson::raw_json::parse(R"({"kept":1.50,"as":[true,null,"spelled"]})");
    std::optional<int> opt_absent;
    std::optional<int> opt_present = 3;
    djson::nullable<std::string> null_s;
    djson::nullable<std::string> present_s = std::string("here");
    std::shared_ptr<Inner> ptr_null;
    std::shared_ptr<Inner> ptr = std::make_shared<Inner>();
    std::vector<Inner> inners = {Inner{}, Inner{2, "b", 2.5}};
    std::vector<int> empty_items;
    std::array<int, 3> arr = {1, 2, 3};
    std::tuple<int, std::string, double> tup = {1, "two", 3.0};
    std::pair<bool, float> pr = {false, 1.5f};
    std::map<std::string, int> m = {{"b", 2}, {"a", 1}};
    std::map<std::string, std::optional<int>> sparse = {{"gone", std::nullopt}, {"kept", 4}};
    std::unordered_map<std::string, double> um = {{"x", 1.0}, {"y", -2.5}, {"z", 0.0}};
    std::map<std::string, int> empty_map;
    Pet pet = Dog{};
    std::vector<Pet> pets = {Cat{}, Dog{}, Cat{"cat", 3}};
    Loose loose = std::vector<double>{1.0, 2.5};
    std::vector<Loose> looses = {std::int64_t{-3}, std::string("s")};
    Money price{1234};
    std::optional<Money> tip;
    std::vector<Money> payments = {{100}, {2}};
    std::string id = "server-made";             // read_only
    std::optional<std::string> password = "pw"; // write_only
    djson::additional_properties extra;
};
BOOST_DESCRIBE_STRUCT(Everything, (),
                      (flag, i8, u8, i64_min, i64_max, u64_max, u64_small, u64_edge, f, f_odd, f_big, d,
                       d_neg_zero, d_big, d_tiny, d_whole, d_exp, s, color, at, at_ms, free, raw, opt_absent,
                       opt_present, null_s, present_s, ptr_null, ptr, inners, empty_items, arr, tup, pr, m,
                       sparse, um, empty_map, pet, pets, loose, looses, price, tip, payments, id, password,
                       extra))
DJSON_MODEL(Everything, djson::member("at_ms", djson::with<epoch_millis>),
            djson::member("id", djson::read_only), djson::member("password", djson::write_only),
            djson::member("d_exp", djson::key("d exp\"quoted\"")));

// Two members with one key do not compile (test/compile_fail/member_keys_collide.cpp).

// A key that is not UTF-8: written as it is, refused by the reader.
struct BadKey {
    int a = 1;
};
BOOST_DESCRIBE_STRUCT(BadKey, (), (a))
DJSON_MODEL(BadKey, djson::member("a", djson::key("\xFF")));

struct Chain {
    int depth = 0;
    std::unique_ptr<Chain> next;
};
BOOST_DESCRIBE_STRUCT(Chain, (), (depth, next))
} // namespace wf

namespace {
std::unique_ptr<wf::Chain> chain(int n) {
    auto head = std::make_unique<wf::Chain>();
    wf::Chain* c = head.get();
    for (int i = 1; i < n; ++i) {
        c->next = std::make_unique<wf::Chain>();
        c = c->next.get();
        c->depth = i;
    }
    return head;
}
} // namespace

BOOST_AUTO_TEST_CASE(to_value_is_the_dom_of_the_text) {
    wf::Everything e;
    e.extra.set_json("unknown", R"({"big":123456789012345678,"list":[1,2.0,"three"]})");
    e.extra.set_json("n", "-0.0");
    expect_dom_route_agrees(e);
    // spot checks of what the text gives: int64 unless above it, a float as the double its text reads as
    boost::json::value jv = djson::to_value(e);
    BOOST_TEST(jv.at("u64_small").is_int64());
    BOOST_TEST(jv.at("u64_edge").is_uint64());
    BOOST_TEST(jv.at("f").as_double() == 0.1);
    BOOST_TEST(std::signbit(jv.at("d_neg_zero").as_double()));
    BOOST_TEST(jv.at("free").at("n").as_array()[2].is_uint64());
    BOOST_TEST(jv.at("raw").at("kept").as_double() == 1.5);
    BOOST_TEST(!jv.as_object().contains("extra")); // captured keys are written as keys, not a member
    BOOST_TEST(jv.at("unknown").at("big").is_int64());
    BOOST_TEST(jv.as_object().begin()->key() == "flag");
    BOOST_TEST(std::prev(jv.as_object().end())->key() == "n");

    // each message leaves out what the text leaves out
    for (auto kind :
         {djson::message_kind::any, djson::message_kind::request, djson::message_kind::response}) {
        djson::options opt;
        opt.message = kind;
        BOOST_TEST(same_dom(djson::to_value(e, opt), djson::detail::text_to_dom(djson::to_json(e, opt))));
    }
    BOOST_TEST(!djson::to_value(e, {.message = djson::message_kind::request}).as_object().contains("id"));

    // the other alternatives, empty containers
    e.pet = wf::Cat{};
    e.loose = std::string("text");
    e.tip = wf::Money{5};
    e.inners.clear();
    e.free = boost::json::array();
    expect_dom_route_agrees(e);
    e.loose = std::int64_t{-9};
    e.free = 18446744073709551615ULL;
    expect_dom_route_agrees(e);
    e.free = std::uint64_t{5}; // a uint64 that int64 holds reads back as an int64
    BOOST_TEST(djson::to_value(e).at("free").is_int64());
}

BOOST_AUTO_TEST_CASE(to_value_throws_what_the_text_route_throws) {
    {
        wf::Everything e; // not writable: NaN, a bad string, a codec that throws, a bad tag
        e.d = std::nan("");
        e.s = "\xC0\xAF";
        e.price = wf::Money{-1};
        e.m[std::string("\xFF")] = 1;
        expect_dom_route_agrees(e);
        BOOST_CHECK_THROW(djson::to_value(e), djson::error);
    }
    {
        wf::Everything e; // a raw text a DOM cannot hold exactly: the text route's reader refuses it
        e.raw = djson::raw_json::parse("123456789012345678901234567890");
        expect_dom_route_agrees(e);
        BOOST_CHECK_THROW(djson::to_value(e), djson::error);
    }
    {
        wf::Everything e; // a captured key that a declared member has
        e.extra.set_json("flag", "false");
        expect_dom_route_agrees(e);
    }
    {
        wf::Everything e;
        e.extra.set_json("huge", "1e400");
        expect_dom_route_agrees(e);
    }
    expect_dom_route_agrees(wf::BadKey{});
    BOOST_CHECK_THROW(djson::to_value(wf::BadKey{}), djson::error);
    expect_dom_route_agrees(std::optional<int>{}); // the root cannot be absent
    expect_dom_route_agrees(std::vector<double>{1.0, std::numeric_limits<double>::infinity()});
    expect_dom_route_agrees(boost::json::value(std::nan("")));
    expect_dom_route_agrees(boost::json::value{{"k", "\xE0\x80\x80"}});
}

BOOST_AUTO_TEST_CASE(to_value_nesting_at_the_tokenizers_limit) {
    for (int n : {10, 3000, 3999, 4000, 4001, 4200}) {
        BOOST_TEST_CONTEXT("depth " << n) {
            auto c = chain(n);
            expect_dom_route_agrees(*c);
        }
    }
}

BOOST_AUTO_TEST_CASE(to_value_uses_the_memory_resource_given) {
    boost::json::monotonic_resource mr;
    boost::json::storage_ptr sp(&mr);
    wf::Everything e;
    boost::json::value jv = djson::to_value(e, {}, sp);
    BOOST_TEST(jv.storage().get() == &mr);
    BOOST_TEST(jv.at("inners").storage().get() == &mr);
    BOOST_TEST(jv.at("s").storage().get() == &mr);
    BOOST_TEST(same_dom(jv, djson::to_value(e)));
    boost::json::value jt = djson::to_value(e, {}, sp);
    BOOST_TEST(jt.storage().get() == &mr);
}

BOOST_AUTO_TEST_CASE(pretty_text_is_the_compact_text_laid_out) {
    wf::Everything e;
    e.extra.set_json("unknown", R"({"a":[1,{"b":"}\"]"}],"c":{}})");
    const std::string compact = djson::to_json(e);
    for (unsigned indent : {0u, 2u, 7u, 5000u}) {
        djson::options opt;
        opt.pretty = true;
        opt.indent = indent;
        const std::string pretty = djson::to_json(e, opt);
        // remove what pretty printing adds (outside strings) and compare
        std::string squeezed;
        bool in_string = false;
        for (std::size_t i = 0; i < pretty.size(); ++i) {
            char c = pretty[i];
            if (in_string) {
                squeezed += c;
                if (c == '\\')
                    squeezed += pretty[++i];
                else if (c == '"')
                    in_string = false;
            } else if (c == '"') {
                in_string = true;
                squeezed += c;
            } else if (c != ' ' && c != '\n') {
                squeezed += c;
            }
        }
        BOOST_TEST(squeezed == compact);
        BOOST_TEST(pretty.find("\n" + std::string(indent, ' ') + "\"flag\": true,\n") != std::string::npos);
        BOOST_TEST(boost::json::parse(pretty) == boost::json::parse(compact));
    }
}

BOOST_AUTO_TEST_CASE(big_documents_as_the_output_grows) {
    // Many values, strings of many pieces, the output growing many times: the same text as each value's own
    std::vector<wf::Everything> many(300);
    many[17].s = std::string(20000, 'l') + "\"";
    many[18].s = std::string(9000, '\x02');
    std::string want = "[";
    for (std::size_t i = 0; i < many.size(); ++i)
        want += (i ? "," : "") + djson::to_json(many[i]);
    want += "]";
    std::string out = "keep:";
    djson::write_json(out, many);
    BOOST_TEST(out == "keep:" + want);
    expect_dom_route_agrees(many);
}

BOOST_AUTO_TEST_CASE(timestamps_on_every_day_of_the_range) {
    // The writer's date arithmetic (32-bit, one era shifted) against std::chrono's calendar, for every day
    // from 0000-01-01 to 9999-12-31, at times and fractions that take each branch.
    using namespace std::chrono;
    const auto first = sys_days(year(0) / January / 1), last = sys_days(year(9999) / December / 31);
    const std::int64_t times[] = {0, 1, 59, 3600 + 61, 86399};
    const std::uint32_t fractions[] = {0, 5000000, 120000, 999999999, 1000001};
    std::size_t i = 0;
    for (auto d = first; d <= last; d += days(1), ++i) {
        const year_month_day ymd(d);
        const std::int64_t day_seconds = static_cast<std::int64_t>(d.time_since_epoch().count()) * 86400;
        const std::int64_t t = times[i % std::size(times)];
        const std::uint32_t f = fractions[(i / std::size(times)) % std::size(fractions)];
        char want[64];
        int n = std::snprintf(want, sizeof want, "%04d-%02u-%02uT%02d:%02d:%02d.",
                              static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                              static_cast<unsigned>(ymd.day()), static_cast<int>(t / 3600),
                              static_cast<int>(t / 60 % 60), static_cast<int>(t % 60));
        std::string w(want, static_cast<std::size_t>(n));
        char frac[16];
        std::snprintf(frac, sizeof frac, "%09u", f);
        w += f % 1000000 == 0 ? std::string(frac, 3)
             : f % 1000 == 0  ? std::string(frac, 6)
                              : std::string(frac, 9);
        w += 'Z';
        const std::string got = djson::timestamp::from_unix(day_seconds + t, f).to_string();
        if (got != w)
            BOOST_FAIL("timestamp " << got << " should be " << w);
    }
    BOOST_TEST(i == 3652425u);
}
