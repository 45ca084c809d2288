// Tests for numbers and booleans: integer edges of every width, integer vs fraction, float/double range and
// exact round trip, NaN/infinity on write.
#define BOOST_TEST_MODULE numbers
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using djson::errc;
using djson_test::expect_errors;
using djson_test::expect_read;
using djson_test::round_trip;

namespace nums {

#define NUMS_BOX(Name, Type)                                                                                 \
    struct Name {                                                                                            \
        Type v{};                                                                                            \
    };                                                                                                       \
    BOOST_DESCRIBE_STRUCT(Name, (), (v))

NUMS_BOX(I8, std::int8_t)
NUMS_BOX(U8, std::uint8_t)
NUMS_BOX(I16, std::int16_t)
NUMS_BOX(U16, std::uint16_t)
NUMS_BOX(I32, std::int32_t)
NUMS_BOX(U32, std::uint32_t)
NUMS_BOX(I64, std::int64_t)
NUMS_BOX(U64, std::uint64_t)
NUMS_BOX(D, double)
NUMS_BOX(F, float)
NUMS_BOX(B, bool)

#undef NUMS_BOX

struct Inner {
    double v = 0;
};
BOOST_DESCRIBE_STRUCT(Inner, (), (v))

struct Outer {
    int n = 0;
    Inner in;
    std::vector<double> xs;
    djson::nullable<float> f;
};
BOOST_DESCRIBE_STRUCT(Outer, (), (n, in, xs, f))

} // namespace nums

using namespace nums;

namespace {

struct edges {
    const char* min;
    const char* max;
    const char* below; // min - 1
    const char* above; // max + 1
};

std::string doc(const char* number) {
    return std::string(R"({"v":)") + number + "}";
}

// The whole table for one integer width: min and max read and write back, min-1 and max+1 are out_of_range.
template <class Box> void check_edges(const edges& e, const char* width) {
    using I = decltype(Box::v);
    BOOST_TEST_CONTEXT(width) {
        auto lo = expect_read<Box>(doc(e.min));
        BOOST_TEST(lo.v == std::numeric_limits<I>::min());
        auto hi = expect_read<Box>(doc(e.max));
        BOOST_TEST(hi.v == std::numeric_limits<I>::max());
        expect_errors<Box>(doc(e.below), {{errc::out_of_range, "/v"}});
        expect_errors<Box>(doc(e.above), {{errc::out_of_range, "/v"}});
        // written as JSON integers
        round_trip(lo, doc(e.min));
        round_trip(hi, doc(e.max));
        round_trip(Box{}, doc("0"));
    }
}

} // namespace

// ---------------------------------------------------------------- integer widths

BOOST_AUTO_TEST_SUITE(integer_edges)

BOOST_AUTO_TEST_CASE(int8) {
    check_edges<I8>({"-128", "127", "-129", "128"}, "int8");
}
BOOST_AUTO_TEST_CASE(uint8) {
    check_edges<U8>({"0", "255", "-1", "256"}, "uint8");
}
BOOST_AUTO_TEST_CASE(int16) {
    check_edges<I16>({"-32768", "32767", "-32769", "32768"}, "int16");
}
BOOST_AUTO_TEST_CASE(uint16) {
    check_edges<U16>({"0", "65535", "-1", "65536"}, "uint16");
}
BOOST_AUTO_TEST_CASE(int32) {
    check_edges<I32>({"-2147483648", "2147483647", "-2147483649", "2147483648"}, "int32");
}
BOOST_AUTO_TEST_CASE(uint32) {
    check_edges<U32>({"0", "4294967295", "-1", "4294967296"}, "uint32");
}
BOOST_AUTO_TEST_CASE(int64) {
    check_edges<I64>(
        {"-9223372036854775808", "9223372036854775807", "-9223372036854775809", "9223372036854775808"},
        "int64");
}
BOOST_AUTO_TEST_CASE(uint64) {
    check_edges<U64>({"0", "18446744073709551615", "-1", "18446744073709551616"}, "uint64");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- int32 / uint64 / int64 specifics

BOOST_AUTO_TEST_SUITE(integer_rules)

// Regression (fuzz_pat found it, fuzz/regressions/fuzz_pat/dom-integral-double-1e19.json): a whole number
// beyond 64 bits written with an exponent was type_mismatch from text but out_of_range from a DOM. The rule
// looks at the exact value, which both routes have: a whole number outside the type's range is out_of_range;
// inside it, an integer spelled with a fraction or exponent is a type_mismatch ("1e19" is a valid uint64
// value, spelled so).
BOOST_AUTO_TEST_CASE(whole_numbers_outside_the_range_are_out_of_range_whatever_their_spelling) {
    for (const char* text : {R"({"v":-1.5e19})", R"({"v":36901e20})", R"({"v":1e400})",
                             R"({"v":123456789012345678901234})", R"({"v":-1e0})"}) {
        expect_errors<U64>(text, {{errc::out_of_range, "/v"}});
    }
    for (const char* text :
         {R"({"v":1e19})", R"({"v":3e9})", R"({"v":-2147483649.0})", R"({"v":2.147483648e9})"})
        expect_errors<I32>(text, {{errc::out_of_range, "/v"}});
    expect_errors<I64>(R"({"v":1e19})", {{errc::out_of_range, "/v"}});
    expect_errors<I64>(R"({"v":9223372036854775808.0})", {{errc::out_of_range, "/v"}}, {}, false);
    // inside the range, an exponent or a fraction says "not an integer"
    expect_errors<I64>(R"({"v":9.2e18})", {{errc::type_mismatch, "/v"}});
    expect_errors<U64>(R"({"v":1e19})", {{errc::type_mismatch, "/v"}});
    expect_errors<U64>(R"({"v":18446744073709551615.0})", {{errc::type_mismatch, "/v"}}, {}, false);
    expect_errors<I64>(R"({"v":-9223372036854775808.0})", {{errc::type_mismatch, "/v"}});
    expect_errors<I32>(R"({"v":2.147483647e9})", {{errc::type_mismatch, "/v"}});
    expect_errors<I32>(R"({"v":-0.0})", {{errc::type_mismatch, "/v"}});
    expect_errors<I32>(R"({"v":1.5})", {{errc::type_mismatch, "/v"}});
    expect_errors<U64>(R"({"v":-0.5})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_rejects_2147483648) {
    expect_errors<I32>(R"({"v":2147483648})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_out_of_range_message) {
    auto r = djson_test::read_both<I32>(R"({"v":2147483648})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.message() == e.path + ": " + e.detail);
    BOOST_TEST(e.message().rfind("/v: ", 0) == 0u, e.message());
    BOOST_TEST(e.detail.find("2147483648") != std::string::npos, e.detail);
    BOOST_TEST(e.detail.find("int32") != std::string::npos, e.detail);
}

BOOST_AUTO_TEST_CASE(int32_rejects_fraction) {
    expect_errors<I32>(R"({"v":1.5})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_rejects_integral_fraction) {
    expect_errors<I32>(R"({"v":1.0})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_rejects_exponent) {
    expect_errors<I32>(R"({"v":1e2})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_rejects_string) {
    expect_errors<I32>(R"({"v":"1"})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(int32_rejects_bool_and_null) {
    expect_errors<I32>(R"({"v":true})", {{errc::type_mismatch, "/v"}});
    expect_errors<I32>(R"({"v":null})", {{errc::unexpected_null, "/v"}});
}

BOOST_AUTO_TEST_CASE(type_mismatch_message) {
    auto r = djson_test::read_both<I32>(R"({"v":"1"})");
    BOOST_TEST_REQUIRE(r.error_list().size() == 1u);
    const auto& e = r.error_list()[0];
    BOOST_TEST(e.message().rfind("/v: ", 0) == 0u, e.message());
    BOOST_TEST(e.detail.find("string") != std::string::npos, e.detail);
}

BOOST_AUTO_TEST_CASE(minus_zero_reads_as_zero) {
    auto i = expect_read<I32>(R"({"v":-0})");
    BOOST_TEST(i.v == 0);
    auto u = expect_read<U64>(R"({"v":-0})");
    BOOST_TEST(u.v == 0u);
    auto l = expect_read<I64>(R"({"v":-0})");
    BOOST_TEST(l.v == 0);
}

BOOST_AUTO_TEST_CASE(uint64_max_accepted) {
    auto u = expect_read<U64>(R"({"v":18446744073709551615})");
    BOOST_TEST(u.v == std::numeric_limits<std::uint64_t>::max());
}

BOOST_AUTO_TEST_CASE(uint64_rejects_2_pow_64) {
    expect_errors<U64>(R"({"v":18446744073709551616})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(uint64_rejects_minus_one) {
    expect_errors<U64>(R"({"v":-1})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(int64_rejects_below_min) {
    expect_errors<I64>(R"({"v":-9223372036854775809})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(integers_written_as_integers) {
    round_trip(I32{-5}, R"({"v":-5})");
    round_trip(U32{4000000000u}, R"({"v":4000000000})");
    round_trip(I64{std::numeric_limits<std::int64_t>::min()}, R"({"v":-9223372036854775808})");
    round_trip(U64{std::numeric_limits<std::uint64_t>::max()}, R"({"v":18446744073709551615})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- float / double

BOOST_AUTO_TEST_SUITE(floating)

BOOST_AUTO_TEST_CASE(double_rejects_1e400) {
    expect_errors<D>(R"({"v":1e400})", {{errc::out_of_range, "/v"}});
    expect_errors<D>(R"({"v":-1e400})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(doubles_round_trip_exactly) {
    struct c {
        double v;
        const char* golden;
    };
    const c cases[] = {
        {0.1, R"({"v":0.1})"},
        {1e-300, R"({"v":1e-300})"},
        {2.33e+24, R"({"v":2.33e+24})"},
        {5e-324, R"({"v":5e-324})"},
        {1.7976931348623157e308, R"({"v":1.7976931348623157e+308})"},
        {3288398.238, R"({"v":3288398.238})"},
        {-0.30000000000000004, R"({"v":-0.30000000000000004})"},
        {2.2250738585072014e-308, R"({"v":2.2250738585072014e-308})"},
    };
    for (const auto& x : cases) {
        BOOST_TEST_CONTEXT(x.golden) {
            round_trip(D{x.v}, x.golden);
            auto back = expect_read<D>(x.golden);
            BOOST_TEST(back.v == x.v); // bit-exact, not approximately
        }
    }
}

BOOST_AUTO_TEST_CASE(doubles_read_exactly_from_other_spellings) {
    BOOST_TEST(expect_read<D>(R"({"v":2.33e24})").v == 2.33e+24);
    BOOST_TEST(expect_read<D>(R"({"v":2330000000000000000000000})").v == 2.33e+24);
    BOOST_TEST(expect_read<D>(R"({"v":0.1e0})").v == 0.1);
    BOOST_TEST(expect_read<D>(R"({"v":1E-300})").v == 1e-300);
    BOOST_TEST(expect_read<D>(R"({"v":3288398.2380})").v == 3288398.238);
    BOOST_TEST(expect_read<D>(R"({"v":4.9406564584124654e-324})").v == 5e-324);
}

BOOST_AUTO_TEST_CASE(integral_double_written_with_fraction) {
    round_trip(D{100.0}, R"({"v":100.0})");
    round_trip(D{0.0}, R"({"v":0.0})");
    round_trip(D{-5.0}, R"({"v":-5.0})");
    round_trip(D{123456789.0}, R"({"v":123456789.0})");
}

BOOST_AUTO_TEST_CASE(integer_json_accepted_into_double) {
    BOOST_TEST(expect_read<D>(R"({"v":5})").v == 5.0);
    BOOST_TEST(expect_read<D>(R"({"v":-7})").v == -7.0);
    BOOST_TEST(expect_read<D>(R"({"v":0})").v == 0.0);
    BOOST_TEST(expect_read<D>(R"({"v":18446744073709551615})").v == 18446744073709551615.0);
    BOOST_TEST(expect_read<D>(R"({"v":-9223372036854775808})").v == -9223372036854775808.0);
    BOOST_TEST(expect_read<F>(R"({"v":3})").v == 3.0f);
}

BOOST_AUTO_TEST_CASE(double_rejects_string_and_bool) {
    expect_errors<D>(R"({"v":"1.5"})", {{errc::type_mismatch, "/v"}});
    expect_errors<D>(R"({"v":false})", {{errc::type_mismatch, "/v"}});
    expect_errors<D>(R"({"v":null})", {{errc::unexpected_null, "/v"}});
}

BOOST_AUTO_TEST_CASE(float_rejects_1e39) {
    expect_errors<F>(R"({"v":1e39})", {{errc::out_of_range, "/v"}});
    expect_errors<F>(R"({"v":-1e39})", {{errc::out_of_range, "/v"}});
}

BOOST_AUTO_TEST_CASE(float_values_round_trip) {
    BOOST_TEST(expect_read<F>(R"({"v":0.1})").v == 0.1f);
    round_trip(F{0.1f}, R"({"v":0.1})");
    round_trip(F{2.0f}, R"({"v":2.0})");
    round_trip(F{-0.375f}, R"({"v":-0.375})");
}

// FLT_MAX is written in its shortest form, 3.4028235e+38; as a double that text is slightly above FLT_MAX but
// it rounds to FLT_MAX as a float, so it must read back.
BOOST_AUTO_TEST_CASE(float_max_round_trips) {
    round_trip(F{std::numeric_limits<float>::max()}, R"({"v":3.4028235e+38})");
}

BOOST_AUTO_TEST_CASE(float_max_read_from_shortest_text) {
    BOOST_TEST(expect_read<F>(R"({"v":3.4028235e38})").v == std::numeric_limits<float>::max());
    BOOST_TEST(expect_read<F>(R"({"v":-3.4028235e38})").v == -std::numeric_limits<float>::max());
}

// The reader takes Boost.JSON's double when it is exact (at most 15 digits, a power of ten up to 22) and
// reads floats with one exact division or multiplication when it can; everything else goes through
// std::from_chars. Both routes must give what std::from_chars gives, bit for bit: many spellings near the
// edges of the fast cases (15/16 digits, exponents -23..23, leading and trailing zeros, signs), text and DOM.
BOOST_AUTO_TEST_CASE(fast_number_paths_round_like_from_chars) {
    std::uint64_t seed = 0x9E3779B97F4A7C15u;
    auto next = [&] {
        seed = seed * 6364136223846793005u + 1442695040888963407u;
        return seed >> 11;
    };
    std::size_t checked = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string t;
        if (next() % 4 == 0)
            t += '-';
        const int digits = 1 + static_cast<int>(next() % 19);
        const int point = static_cast<int>(next() % static_cast<std::uint64_t>(digits + 1));
        for (int d = 0; d < digits; ++d) {
            if (d == point && d > 0)
                t += '.';
            // leading digit of a whole part: not 0 unless it is alone
            char c = static_cast<char>('0' + next() % 10);
            if (d == 0 && c == '0' && point != 1)
                c = '1';
            t += c;
        }
        if (next() % 2 == 0) {
            t += next() % 2 ? 'e' : 'E';
            const int e = static_cast<int>(next() % 50) - 25;
            if (e >= 0 && next() % 2)
                t += '+';
            t += std::to_string(e);
        }
        double want_d = 0;
        float want_f = 0;
        auto rd = std::from_chars(t.data(), t.data() + t.size(), want_d);
        auto rf = std::from_chars(t.data(), t.data() + t.size(), want_f);
        BOOST_TEST_REQUIRE((rd.ptr == t.data() + t.size()), t);
        const std::string doc = R"({"v":)" + t + "}";
        BOOST_TEST_CONTEXT(doc) {
            if (rd.ec == std::errc{} && std::isfinite(want_d)) {
                D got;
                auto errs = djson::read_json(got, doc);
                BOOST_TEST_REQUIRE(errs.empty(), djson_test::describe(errs));
                BOOST_TEST(std::signbit(got.v) == std::signbit(want_d));
                BOOST_TEST(got.v == want_d);
                ++checked;
            }
            if (rf.ec == std::errc{} && std::isfinite(want_f)) {
                F got;
                auto errs = djson::read_json(got, doc);
                BOOST_TEST_REQUIRE(errs.empty(), djson_test::describe(errs));
                BOOST_TEST(std::signbit(got.v) == std::signbit(want_f));
                BOOST_TEST(got.v == want_f);
            }
        }
    }
    BOOST_TEST(checked > 15000u);
}

// A DOM's double is read as it is (no text in between) into a double, and through its shortest text into a
// float or an integer.
BOOST_AUTO_TEST_CASE(dom_doubles_read_as_they_are) {
    for (double v : {0.1, -0.0, 5e-324, 1.7976931348623157e308, 2.33e24, 1e23, 0.30000000000000004}) {
        boost::json::value jv = {{"v", v}};
        BOOST_TEST(djson::from_value<D>(jv).v == v);
        BOOST_TEST(std::signbit(djson::from_value<D>(jv).v) == std::signbit(v));
    }
    boost::json::value f = {{"v", 0.1}};
    BOOST_TEST(djson::from_value<F>(f).v == 0.1f);
    boost::json::value i = {{"v", 3.0}}; // a fraction, as its text "3.0" says: not an integer
    auto r = djson::try_from_value<I32>(i);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error_list().front().code == errc::type_mismatch);
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- NaN and infinity on write

BOOST_AUTO_TEST_SUITE(non_finite)

template <class T> void expect_write_error(const T& value, const std::vector<std::string>& paths) {
    try {
        (void)djson::to_json(value);
        BOOST_ERROR("to_json did not throw");
    } catch (const djson::error& e) {
        BOOST_TEST(e.code() == errc::invalid_value);
        BOOST_TEST_REQUIRE(e.list().size() == paths.size(), djson_test::describe(e.list()));
        for (std::size_t i = 0; i < paths.size(); ++i) {
            BOOST_TEST(e.list()[i].code == errc::invalid_value);
            BOOST_TEST(e.list()[i].path == paths[i]);
        }
    }
    auto v = djson::validate(value);
    BOOST_TEST_REQUIRE(v.size() == paths.size(), djson_test::describe(v));
    for (std::size_t i = 0; i < paths.size(); ++i) {
        BOOST_TEST(v[i].code == errc::invalid_value);
        BOOST_TEST(v[i].path == paths[i]);
    }
}

BOOST_AUTO_TEST_CASE(nan_throws_with_path) {
    expect_write_error(D{std::numeric_limits<double>::quiet_NaN()}, {"/v"});
}

BOOST_AUTO_TEST_CASE(infinity_throws_with_path) {
    expect_write_error(D{std::numeric_limits<double>::infinity()}, {"/v"});
    expect_write_error(D{-std::numeric_limits<double>::infinity()}, {"/v"});
    expect_write_error(F{std::numeric_limits<float>::infinity()}, {"/v"});
    expect_write_error(F{std::numeric_limits<float>::quiet_NaN()}, {"/v"});
}

BOOST_AUTO_TEST_CASE(nested_paths) {
    Outer o;
    o.in.v = std::numeric_limits<double>::quiet_NaN();
    o.xs = {1.0, -std::numeric_limits<double>::infinity(), 2.0};
    o.f = std::numeric_limits<float>::infinity();
    expect_write_error(o, {"/in/v", "/xs/1", "/f"});
}

BOOST_AUTO_TEST_CASE(message_names_the_path) {
    try {
        (void)djson::to_json(D{std::numeric_limits<double>::quiet_NaN()});
        BOOST_ERROR("to_json did not throw");
    } catch (const djson::error& e) {
        BOOST_TEST(e.list().at(0).message().rfind("/v: ", 0) == 0u, e.list().at(0).message());
    }
}

BOOST_AUTO_TEST_CASE(finite_values_validate_clean) {
    Outer o;
    o.in.v = 1.5;
    o.xs = {std::numeric_limits<double>::max(), std::numeric_limits<double>::denorm_min()};
    BOOST_TEST(djson::validate(o).empty());
    round_trip(o, R"({"n":0,"in":{"v":1.5},"xs":[1.7976931348623157e+308,5e-324],"f":null})");
}

BOOST_AUTO_TEST_SUITE_END()

// ---------------------------------------------------------------- booleans

BOOST_AUTO_TEST_SUITE(booleans)

BOOST_AUTO_TEST_CASE(true_and_false) {
    BOOST_TEST(expect_read<B>(R"({"v":true})").v == true);
    BOOST_TEST(expect_read<B>(R"({"v":false})").v == false);
    round_trip(B{true}, R"({"v":true})");
    round_trip(B{false}, R"({"v":false})");
}

BOOST_AUTO_TEST_CASE(one_is_type_mismatch) {
    expect_errors<B>(R"({"v":1})", {{errc::type_mismatch, "/v"}});
    expect_errors<B>(R"({"v":0})", {{errc::type_mismatch, "/v"}});
}

BOOST_AUTO_TEST_CASE(string_and_null_rejected) {
    expect_errors<B>(R"({"v":"true"})", {{errc::type_mismatch, "/v"}});
    expect_errors<B>(R"({"v":null})", {{errc::unexpected_null, "/v"}});
}

BOOST_AUTO_TEST_SUITE_END()
