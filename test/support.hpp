// Shared by the tests: read through both sources (text and DOM) and check they agree, the round-trip helper
// (write, compare with golden JSON, read back, compare equal, write again byte-identical), and error
// matchers.
#pragma once

#include <djson/djson.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace djson {
inline std::ostream& boost_test_print_type(std::ostream& os, errc c) {
    return os << to_string(c);
}
inline std::ostream& boost_test_print_type(std::ostream& os, const error_info& e) {
    return os << to_string(e.code) << " at '" << e.path << "': " << e.message();
}
} // namespace djson

namespace djson_test {

// What an error is expected to be: its code and its JSON Pointer.
struct expected_error {
    djson::errc code;
    std::string path;
};

inline std::string describe(const djson::errors& errs) {
    std::string out;
    for (const auto& e : errs)
        out += "  [" + std::string(djson::to_string(e.code)) + "] " + e.message() + "\n";
    return out;
}

// Reads `text` as T from text, and (when Boost.JSON can hold the document) from the DOM of the same text;
// both must give the same value or the same errors. `dom_can_hold = false` for what a DOM cannot carry
// (duplicate keys).
template <class T>
djson::result<T> read_both(std::string_view text, const djson::options& opt = {}, bool dom_can_hold = true) {
    auto from_text = djson::try_from_json<T>(text, opt);
    if (!dom_can_hold)
        return from_text;
    boost::json::parse_options po;
    po.max_depth = 100000;
    po.allow_comments = opt.allow_comments;
    po.allow_trailing_commas = opt.allow_trailing_commas;
    boost::system::error_code ec;
    boost::json::value jv = boost::json::parse(text, ec, {}, po);
    if (ec)
        return from_text; // not JSON: only the text path can say where
    auto from_dom = djson::try_from_value<T>(jv, opt);
    BOOST_TEST(from_text.has_value() == from_dom.has_value(), "text and DOM disagree on " << text);
    if (from_text && from_dom) {
        BOOST_TEST(djson::equal(*from_text, *from_dom), "text and DOM read different values from " << text);
    } else {
        const auto& a = from_text.error_list();
        const auto& b = from_dom.error_list();
        BOOST_TEST(a.size() == b.size(), "error count differs for " << text << "\ntext:\n"
                                                                    << describe(a) << "dom:\n"
                                                                    << describe(b));
        for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            BOOST_TEST(a[i].code == b[i].code);
            BOOST_TEST(a[i].path == b[i].path);
            BOOST_TEST(a[i].detail == b[i].detail);
        }
    }
    return from_text;
}

// Reading `text` must fail with exactly these errors, in this order, through both sources.
template <class T>
void expect_errors(std::string_view text, const std::vector<expected_error>& want,
                   const djson::options& opt = {}, bool dom_can_hold = true) {
    auto r = read_both<T>(text, opt, dom_can_hold);
    BOOST_TEST_CONTEXT("reading " << text) {
        BOOST_TEST_REQUIRE(!r.has_value());
        const auto& got = r.error_list();
        BOOST_TEST(got.size() == want.size(), "got:\n" << describe(got));
        for (std::size_t i = 0; i < std::min(got.size(), want.size()); ++i) {
            BOOST_TEST(got[i].code == want[i].code, "error " << i << ": " << got[i].message());
            BOOST_TEST(got[i].path == want[i].path, "error " << i << ": " << got[i].message());
        }
    }
}

// Reading `text` must succeed through both sources; returns the value.
template <class T> T expect_read(std::string_view text, const djson::options& opt = {}) {
    auto r = read_both<T>(text, opt);
    BOOST_TEST_REQUIRE(r.has_value(), "reading " << text << " failed:\n" << describe(r.error_list()));
    return std::move(*r);
}

// Writes `value`, compares with `golden`, reads it back (both sources), compares equal, and checks that
// writing the read value gives the same bytes.
template <class T> void round_trip(const T& value, std::string_view golden) {
    std::string text = djson::to_json(value);
    BOOST_TEST(text == golden);
    T back = expect_read<T>(text);
    BOOST_TEST(
        djson::equal(back, value), "read-back differs at: " << [&] {
            std::string s;
            for (const auto& p : djson::diff(back, value))
                s += p + " ";
            return s;
        }());
    BOOST_TEST(djson::to_json(back) == text);
    // the DOM route writes the same content
    BOOST_TEST(boost::json::serialize(djson::to_value(value)) ==
               boost::json::serialize(boost::json::parse(text)));
}

} // namespace djson_test
