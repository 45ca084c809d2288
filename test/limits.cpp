// Hostile sizes: deep nesting stops at max_depth with a bounded stack, a huge string in the wrong place gives
// a short message, control characters in echoed input are escaped. (bench/limits.cpp measures time and
// memory.)
#define BOOST_TEST_MODULE limits
#include <boost/test/unit_test.hpp>

#include "support.hpp"

namespace lim {
BOOST_DEFINE_ENUM_CLASS(Kind, small, large)
struct free_form {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(free_form, (), (v))
struct enum_holder {
    Kind k;
};
BOOST_DESCRIBE_STRUCT(enum_holder, (), (k))
struct captured {
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(captured, (), (rest))
} // namespace lim

namespace {
std::string nested(std::size_t n, char open, char close) {
    std::string s = "{\"v\":";
    s.append(n, open);
    s.append(n, close);
    return s + "}";
}
} // namespace

BOOST_AUTO_TEST_CASE(deep_nesting_is_too_deep_at_every_scale) {
    for (std::size_t n : {100u, 10000u, 1000000u}) {
        for (auto [open, close] : {std::pair{'[', ']'}, std::pair{'{', '}'}}) {
            std::string text = open == '[' ? nested(n, '[', ']') : [&] {
                std::string s = "{\"v\":";
                for (std::size_t i = 0; i < n; ++i)
                    s += "{\"a\":";
                s += "1";
                s.append(n, '}');
                return s + "}";
            }();
            BOOST_TEST_CONTEXT(n << " levels of " << open) {
                auto r = djson::try_from_json<lim::free_form>(text);
                BOOST_TEST_REQUIRE(!r.has_value());
                BOOST_TEST(r.error_list().size() == 1u);
                BOOST_TEST(r.error_list().front().code == djson::errc::too_deep);
                auto c = djson::try_from_json<lim::captured>(text);
                BOOST_TEST_REQUIRE(!c.has_value());
                BOOST_TEST(c.error_list().front().code == djson::errc::too_deep);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(huge_string_in_the_wrong_place_gives_a_short_message) {
    std::string text = "{\"k\":\"";
    text.append(10'000'000, 'x');
    text += "\"}";
    auto r = djson::try_from_json<lim::enum_holder>(text);
    BOOST_TEST_REQUIRE(!r.has_value());
    BOOST_TEST(r.error_list().front().code == djson::errc::invalid_value);
    BOOST_TEST(r.error_list().front().message().size() < 300u);
}

BOOST_AUTO_TEST_CASE(control_characters_are_escaped_in_messages) {
    auto r = djson::try_from_json<lim::enum_holder>("{\"k\":\"a\\nb\\u0000c\\u001b[31m\"}");
    BOOST_TEST_REQUIRE(!r.has_value());
    const std::string m = r.error_list().front().message();
    for (char c : m)
        BOOST_TEST(static_cast<unsigned char>(c) >= 0x20);
    BOOST_TEST(m.find("a\\nb\\u0000c\\u001b[31m") != std::string::npos, m);
}
