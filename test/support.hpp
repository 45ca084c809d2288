// Shared by the tests: read through both sources (text and DOM) and check they agree, the round-trip helper
// (write, compare with golden JSON, read back, compare equal, write again byte-identical), and error
// matchers.
#pragma once

#include <djson/detail/json_text.hpp>
#include <djson/djson.hpp>

#include <boost/json/basic_parser_impl.hpp>

#include <boost/core/demangle.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <ostream>
#include <set>
#include <string>
#include <system_error>
#include <string_view>
#include <typeinfo>
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

// --- Schema/reader agreement log (test/schema_agreement/check_agreement.py) ------------------------------
// When DJSON_AGREEMENT_DIR is set, every (T, document) read with the default reading options is recorded
// once, as one JSON line in <dir>/<test executable>.jsonl: the type, json_schema<T>(), the document's bytes
// and djson's verdict. Recording never changes what a test checks. Tests that read through djson directly can
// call record_read<T>(text, result-or-errors) themselves.
namespace agreement {

// Reads with any run-time relaxation (or a changed error budget) are not what the schema describes.
inline bool default_reading(const djson::options& o) {
    const djson::options d;
    return o.stop_at_first_error == d.stop_at_first_error && o.max_errors == d.max_errors &&
           o.max_depth == d.max_depth && o.null_as_absent == d.null_as_absent &&
           o.lenient_times == d.lenient_times && o.numbers_in_strings == d.numbers_in_strings &&
           o.message == d.message && o.allow_comments == d.allow_comments &&
           o.allow_trailing_commas == d.allow_trailing_commas;
}

inline void write_line(const std::string& type, const std::string& schema, std::string_view text,
                       const djson::errors& errs) {
    static const char* const dir = std::getenv("DJSON_AGREEMENT_DIR");
    if (!dir || !*dir)
        return;
    static std::mutex m;
    static std::set<std::pair<std::string, std::string>> seen;
    static std::ofstream out;
    std::lock_guard lock(m);
    if (!seen.emplace(type, std::string(text)).second)
        return;
    if (!out.is_open()) { // truncated at the first record of this process
        auto& suite = boost::unit_test::framework::master_test_suite();
        std::string exe =
            suite.argc > 0 ? std::filesystem::path(suite.argv[0]).filename().string() : "unknown";
        std::error_code ec; // never throws: a log that cannot be written is simply missing
        std::filesystem::create_directories(dir, ec);
        out.open(std::filesystem::path(dir) / (exe + ".jsonl"), std::ios::trunc);
    }
    static constexpr char hex[] = "0123456789abcdef";
    std::string doc_hex;
    doc_hex.reserve(2 * text.size());
    bool ascii = true;
    for (char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        doc_hex += hex[c >> 4];
        doc_hex += hex[c & 15];
        ascii = ascii && c < 0x80;
    }
    boost::json::object line{{"type", type}, {"doc_hex", doc_hex}, {"accepted", errs.empty()}};
    if (ascii) // readable copy; doc_hex is the exact bytes
        line["doc"] = boost::json::string_view(text.data(), text.size());
    boost::json::array list;
    for (const auto& e : errs)
        list.push_back(boost::json::object{
            {"code", std::string(djson::to_string(e.code))}, {"path", e.path}, {"detail", e.detail}});
    line["errors"] = std::move(list);
    std::string json = boost::json::serialize(line);
    json.insert(json.size() - 1, ",\"schema\":" + schema); // the cached schema text, spliced in
    out << json << '\n' << std::flush;
}

} // namespace agreement

// Records that reading `text` as T with `opt` gave `errs` (empty: accepted), for the agreement check.
template <class T>
void record_read(std::string_view text, const djson::errors& errs, const djson::options& opt = {}) {
    if (!std::getenv("DJSON_AGREEMENT_DIR") || !agreement::default_reading(opt))
        return;
    static const std::string type = boost::core::demangle(typeid(T).name());
    static const std::string schema = [] {
        try {
            return boost::json::serialize(djson::json_schema<T>());
        } catch (const std::exception&) {
            return std::string("null"); // the checker reports it
        }
    }();
    agreement::write_line(type, schema, text, errs);
}
template <class T>
void record_read(std::string_view text, const djson::result<T>& r, const djson::options& opt = {}) {
    record_read<T>(text, r.error_list(), opt);
}

// The tokenizer handler of dom_keeps_numbers.
struct number_keeper {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    bool keeps = true;
    using sv = boost::json::string_view;
    using ec = boost::system::error_code;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_array_begin(ec&) { return true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_object_begin(ec&) { return true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_string_part(sv, std::size_t, ec&) { return true; }
    bool on_string(sv, std::size_t, ec&) { return true; }
    bool on_key_part(sv, std::size_t, ec&) { return true; }
    bool on_key(sv, std::size_t, ec&) { return true; }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec&) { return true; }
    bool on_double(double v, sv s, ec&) {
        if (!std::isfinite(v))
            return true; // beyond a double's range: refused from text and from the DOM alike
        double x = 0;
        auto r = std::from_chars(s.data(), s.data() + s.size(), x);
        keeps = keeps && r.ec == std::errc() &&
                djson::detail::double_keeps_number(std::string_view(s.data(), s.size()), x);
        return true;
    }
    bool on_bool(bool, ec&) { return true; }
    bool on_null(ec&) { return true; }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }
};
// True when every number of `text` is one a DOM holds as it is spelled (see
// djson::detail::double_keeps_number): otherwise the DOM of the text is another document, and reading it may
// rightly give another verdict.
inline bool dom_keeps_numbers(std::string_view text) {
    boost::json::parse_options po;
    po.max_depth = 4096;
    po.allow_comments = po.allow_trailing_commas = true;
    boost::json::basic_parser<number_keeper> p(po);
    boost::system::error_code ec;
    p.write_some(false, text.data(), text.size(), ec);
    return p.handler().keeps;
}

// Reads `text` as T from text, and (when Boost.JSON can hold the document) from the DOM of the same text;
// both must give the same value or the same errors. `dom_can_hold = false` for what a DOM cannot carry
// (duplicate keys); a number the DOM would change is found here.
template <class T>
djson::result<T> read_both(std::string_view text, const djson::options& opt = {}, bool dom_can_hold = true) {
    auto from_text = djson::try_from_json<T>(text, opt);
    record_read<T>(text, from_text, opt);
    if (!dom_can_hold || !dom_keeps_numbers(text))
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

// Equal as DOMs in every detail, which boost::json's == is not: the kind of each number (int64, uint64,
// double), a double's bits (-0.0 is not 0.0), and the keys of each object in order.
inline bool same_dom(const boost::json::value& a, const boost::json::value& b) {
    if (a.kind() != b.kind())
        return false;
    switch (a.kind()) {
    case boost::json::kind::double_: {
        double x = a.get_double(), y = b.get_double();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case boost::json::kind::array: {
        const auto &x = a.get_array(), &y = b.get_array();
        if (x.size() != y.size())
            return false;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (!same_dom(x[i], y[i]))
                return false;
        return true;
    }
    case boost::json::kind::object: {
        const auto &x = a.get_object(), &y = b.get_object();
        if (x.size() != y.size())
            return false;
        for (auto i = x.begin(), j = y.begin(); i != x.end(); ++i, ++j)
            if (i->key() != j->key() || !same_dom(i->value(), j->value()))
                return false;
        return true;
    }
    default:
        return a == b;
    }
}

// to_value builds its DOM without the text: it must be the very DOM that reading the text gives (or throw
// what that throws).
template <class T> void expect_dom_route_agrees(const T& value) {
    std::string text;
    djson::errors text_errors;
    boost::json::value from_text;
    try {
        text = djson::to_json(value);
        from_text = djson::detail::text_to_dom(text);
    } catch (const djson::error& e) {
        text_errors = e.list();
    }
    try {
        boost::json::value direct = djson::to_value(value);
        BOOST_TEST(text_errors.empty(), "to_value built a DOM where the text route throws:\n"
                                            << describe(text_errors));
        BOOST_TEST(same_dom(direct, from_text), "to_value differs from the DOM of "
                                                    << text << ":\n"
                                                    << boost::json::serialize(direct));
    } catch (const djson::error& e) {
        BOOST_TEST(!text_errors.empty(), "to_value throws where the text route does not:\n"
                                             << describe(e.list()));
        BOOST_TEST(describe(e.list()) == describe(text_errors));
    }
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
    expect_dom_route_agrees(value);
}

} // namespace djson_test
