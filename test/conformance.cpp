// Conformance test on JSONTestSuite's test_parsing corpus: every file read as a root boost::json::value, as a
// free-form member and captured raw by additional_properties; y_ files accepted, n_ files rejected as syntax
// errors, i_ verdicts pinned in a table; the DOM path agrees.
#define BOOST_TEST_MODULE conformance
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace conf {

// (b) the file's text as the value of a declared free-form member
struct free_form {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(free_form, (), (v))

// (c) the file's text as the value of the unknown key "v", captured as raw JSON text
struct captured {
    djson::additional_properties rest;
};
BOOST_DESCRIBE_STRUCT(captured, (), (rest))

} // namespace conf

namespace {

namespace fs = std::filesystem;
using djson::errc;

const fs::path corpus = fs::path(DJSON_TEST_DATA_DIR) / "JSONTestSuite" / "test_parsing";

struct test_file {
    std::string name;
    std::string text; // the bytes, as they are
};

std::string read_bytes(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    BOOST_TEST_REQUIRE(static_cast<bool>(in), "cannot open " << p);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file of the corpus, sorted by name, read once.
const std::vector<test_file>& files() {
    static const std::vector<test_file> all = [] {
        std::vector<test_file> out;
        for (const auto& entry : fs::directory_iterator(corpus))
            if (entry.is_regular_file())
                out.push_back({entry.path().filename().string(), read_bytes(entry.path())});
        std::sort(out.begin(), out.end(),
                  [](const test_file& a, const test_file& b) { return a.name < b.name; });
        return out;
    }();
    return all;
}

std::vector<const test_file*> with_prefix(std::string_view prefix) {
    std::vector<const test_file*> out;
    for (const auto& f : files())
        if (f.name.starts_with(prefix))
            out.push_back(&f);
    return out;
}

std::string wrap(std::string_view text) {
    return "{\"v\":" + std::string(text) + "}";
}

// "accepted", or the first error's code ("syntax", "out_of_range", ...).
template <class T> std::string verdict(const djson::result<T>& r) {
    return r ? std::string("accepted") : std::string(djson::to_string(r.error_list().front().code));
}

// One file read the three ways.
struct reads {
    djson::result<boost::json::value> root;
    djson::result<conf::free_form> member;
    djson::result<conf::captured> capture;
};

reads read_three_ways(const std::string& text, const djson::options& opt = {}) {
    const std::string wrapped = wrap(text);
    return {djson::try_from_json<boost::json::value>(text, opt),
            djson::try_from_json<conf::free_form>(wrapped, opt),
            djson::try_from_json<conf::captured>(wrapped, opt)};
}

// The captured value must be the one entry "v"; re-read as a DOM it equals what the root read gave, and the
// object writes, reads back equal and writes again to the same bytes.
void check_capture(const conf::captured& c, const djson::result<boost::json::value>& root) {
    // (no BOOST_TEST_REQUIRE: it would end the loop over the files)
    const auto* e = c.rest.find("v");
    BOOST_TEST((c.rest.size() == 1u && e != nullptr), "the capture is not the one key \"v\"");
    if (e == nullptr)
        return;
    if (root) {
        auto again = djson::try_from_json<boost::json::value>(e->json, {.max_depth = 100000});
        BOOST_TEST(again.has_value(), "captured text does not read back:\n"
                                          << djson_test::describe(again.error_list()));
        if (again)
            BOOST_TEST((*again == *root), "captured text reads back as another value: " << e->json);
    }
    const std::string first = djson::to_json(c);
    auto back = djson::try_from_json<conf::captured>(first, {.max_depth = 100000});
    BOOST_TEST(back.has_value(), "written capture does not read back:\n"
                                     << djson_test::describe(back.error_list()));
    if (!back)
        return;
    BOOST_TEST(djson::equal(*back, c));
    BOOST_TEST(djson::to_json(*back) == first);
}

// Whenever Boost.JSON can build a DOM of the text, reading that DOM gives the same verdicts (and values) as
// reading the text, for the root and for the member.
//
// Files with a number that a boost::json::value cannot hold without changing it (a 30-digit integer, an
// underflow to 0): the text read refuses it as out_of_range, while the DOM Boost.JSON built of the same text
// already holds the changed number, which reading that DOM takes as it is. A listed file that stops being
// refused fails, and so does a refusal that is not listed.
constexpr std::array<std::string_view, 4> dom_changes_a_number = {
    "i_number_double_huge_neg_exp.json", "i_number_real_underflow.json", "i_number_too_big_neg_int.json",
    "i_number_very_big_negative_int.json"};

void check_dom_agrees(const test_file& f, const reads& r, const djson::options& opt = {}) {
    boost::json::parse_options po;
    po.max_depth = 10000;
    boost::system::error_code ec;
    boost::json::value dom = boost::json::parse(f.text, ec, {}, po);
    if (ec)
        return;
    auto root = djson::try_from_value<boost::json::value>(dom, opt);
    boost::json::value wrapped_dom = boost::json::object{{"v", dom}};
    auto member = djson::try_from_value<conf::free_form>(wrapped_dom, opt);
    if (!r.root && r.root.error_list().front().code == errc::duplicate_key) {
        // a DOM cannot hold a duplicate key (Boost.JSON keeps the last one): nothing to compare
        BOOST_TEST(root.has_value(), "DOM root read of a de-duplicated object rejected");
        return;
    }
    const bool changed = std::find(dom_changes_a_number.begin(), dom_changes_a_number.end(), f.name) !=
                         dom_changes_a_number.end();
    // refused from text for a number the DOM holds changed (beyond a double's range the DOM holds no number
    // either, and its read refuses it too)
    const bool refused = !r.root && r.root.error_list().front().code == errc::out_of_range &&
                         r.root.error_list().front().detail.find("djson::raw_json") != std::string::npos &&
                         root.has_value();
    BOOST_TEST(changed == refused, "dom_changes_a_number does not list exactly the refused files");
    if (changed) {
        BOOST_TEST((root && *root == dom), "DOM root read does not give the DOM's value");
        BOOST_TEST((member && member->v == dom), "DOM member read does not give the DOM's value");
        return;
    }
    BOOST_TEST(verdict(root) == verdict(r.root), "DOM root read disagrees with the text read");
    BOOST_TEST(verdict(member) == verdict(r.member), "DOM member read disagrees with the text read");
    if (root && r.root)
        BOOST_TEST((*root == *r.root), "DOM and text root reads give different values");
    if (member && r.member)
        BOOST_TEST((member->v == r.member->v), "DOM and text member reads give different values");
}

// The syntax error ends the read, so it is the last error; values before it may have had errors of their own
// (a number a DOM cannot hold, in n_number_with_alpha_char.json).
void check_syntax_error(const djson::errors& errs) {
    BOOST_TEST(!errs.empty());
    if (errs.empty())
        return;
    BOOST_TEST(errs.back().code == errc::syntax, djson_test::describe(errs));
    BOOST_TEST(errs.back().line > 0u);
    BOOST_TEST(errs.back().column > 0u);
    for (std::size_t i = 0; i + 1 < errs.size(); ++i)
        BOOST_TEST(errs[i].code == errc::out_of_range, djson_test::describe(errs));
}

// --- i_ files: what djson does with each, pinned. A changed verdict, or a file without a row, fails. ---
//
// Columns: (a) root boost::json::value, (b) free_form member, (c) captured by additional_properties.
struct i_row {
    std::string_view name;
    std::string_view root;
    std::string_view member;
    std::string_view capture;
};

// Why the rejected ones are rejected:
//  - 1.5e+9999, -1e+9999, 123123e100000, -123123e100000: out_of_range, no double can hold them; captured as
//  text
//    they are kept exactly as spelled (additional_properties does not need a double), so (c) accepts.
//  - 0.4e00669999...(hundreds of exponent digits): syntax, Boost.JSON's tokenizer stops with "exponent
//  overflow"
//    before djson sees a number, so even the raw capture (c) cannot take it.
//  - invalid UTF-8 (bad, overlong, truncated, surrogate-encoded, beyond U+10FFFF, ISO-8859-1 bytes) and lone
//  or
//    inverted \u surrogate escapes, in strings and keys: syntax, strings must be valid Unicode as UTF-8.
//  - UTF-16 text (with or without BOM) and a UTF-8 BOM before {}: syntax, JSON text is UTF-8 and a BOM is not
//    whitespace.
//  - 500 nested arrays: too_deep, beyond the default options::max_depth of 64 (read with a higher limit
//  below).
//  - -123123123123123123123123123123, -2.4e47 with 48 digits, 123e-10000000, 123.456e-789: out_of_range as a
//    boost::json::value, whose double would change them (to -1.2312312312312312e29, ..., to 0); captured (c)
//    they are kept exactly.
// Accepted: 1e20 (100000000000000000000), which a double holds exactly.
constexpr std::array i_verdicts = {
    i_row{"i_number_double_huge_neg_exp.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_huge_exp.json", "syntax", "syntax", "syntax"},
    i_row{"i_number_neg_int_huge_exp.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_pos_double_huge_exp.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_real_neg_overflow.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_real_pos_overflow.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_real_underflow.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_too_big_neg_int.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_number_too_big_pos_int.json", "accepted", "accepted", "accepted"},
    i_row{"i_number_very_big_negative_int.json", "out_of_range", "out_of_range", "accepted"},
    i_row{"i_object_key_lone_2nd_surrogate.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_1st_surrogate_but_2nd_missing.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_1st_valid_surrogate_2nd_invalid.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_UTF-16LE_with_BOM.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_UTF-8_invalid_sequence.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_UTF8_surrogate_U+D800.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_incomplete_surrogate_and_escape_valid.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_incomplete_surrogate_pair.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_incomplete_surrogates_escape_valid.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_invalid_lonely_surrogate.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_invalid_surrogate.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_invalid_utf-8.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_inverted_surrogates_U+1D11E.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_iso_latin_1.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_lone_second_surrogate.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_lone_utf8_continuation_byte.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_not_in_unicode_range.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_overlong_sequence_2_bytes.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_overlong_sequence_6_bytes.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_overlong_sequence_6_bytes_null.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_truncated-utf-8.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_utf16BE_no_BOM.json", "syntax", "syntax", "syntax"},
    i_row{"i_string_utf16LE_no_BOM.json", "syntax", "syntax", "syntax"},
    i_row{"i_structure_500_nested_arrays.json", "too_deep", "too_deep", "too_deep"},
    i_row{"i_structure_UTF-8_BOM_empty_object.json", "syntax", "syntax", "syntax"},
};

} // namespace

BOOST_AUTO_TEST_CASE(corpus_is_there) {
    BOOST_TEST_REQUIRE(fs::is_directory(corpus), corpus);
    std::size_t y = with_prefix("y_").size(), n = with_prefix("n_").size(), i = with_prefix("i_").size();
    BOOST_TEST_MESSAGE("JSONTestSuite: " << y << " y_, " << n << " n_, " << i << " i_ files");
    BOOST_TEST(y > 0u);
    BOOST_TEST(n > 0u);
    BOOST_TEST(i > 0u);
    BOOST_TEST(y + n + i == files().size(), "a file without a y_/n_/i_ prefix");
}

// RFC 8259 only says names SHOULD be unique, so these are valid JSON; djson rejects a duplicate key by design
// (a model can keep one value only, and silently dropping the other is data loss), at the key, all three
// ways.
constexpr std::array<std::string_view, 2> duplicate_keys_rejected = {
    "y_object_duplicated_key.json", "y_object_duplicated_key_and_value.json"};

BOOST_AUTO_TEST_CASE(duplicate_keys_are_rejected_by_design) {
    for (auto name : duplicate_keys_rejected) {
        const auto it =
            std::find_if(files().begin(), files().end(), [&](const test_file& t) { return t.name == name; });
        BOOST_TEST_REQUIRE((it != files().end()), name);
        BOOST_TEST_CONTEXT(name) {
            const reads r = read_three_ways(it->text);
            for (const auto* errs : {&r.root.error_list(), &r.member.error_list(), &r.capture.error_list()}) {
                BOOST_TEST_REQUIRE(!errs->empty());
                BOOST_TEST(errs->front().code == errc::duplicate_key, djson_test::describe(*errs));
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(y_files_are_accepted) {
    for (const test_file* f : with_prefix("y_")) {
        if (std::find(duplicate_keys_rejected.begin(), duplicate_keys_rejected.end(), f->name) !=
            duplicate_keys_rejected.end())
            continue;
        BOOST_TEST_CONTEXT(f->name) {
            const reads r = read_three_ways(f->text);
            BOOST_TEST(r.root.has_value(), "root read rejected:\n"
                                               << djson_test::describe(r.root.error_list()));
            BOOST_TEST(r.member.has_value(), "member read rejected:\n"
                                                 << djson_test::describe(r.member.error_list()));
            BOOST_TEST(r.capture.has_value(), "captured read rejected:\n"
                                                  << djson_test::describe(r.capture.error_list()));
            if (r.root && r.member)
                BOOST_TEST((r.member->v == *r.root), "member and root reads differ");
            if (r.capture)
                check_capture(*r.capture, r.root);
            check_dom_agrees(*f, r);
        }
    }
}

// These open more arrays/objects than options::max_depth allows before their syntax error comes: rejected as
// too_deep, which is where reading stops.
constexpr std::array<std::string_view, 2> too_deep_before_the_error = {
    "n_structure_100000_opening_arrays.json", "n_structure_open_array_object.json"};

void check_rejection(std::string_view name, const djson::errors& errs) {
    if (std::find(too_deep_before_the_error.begin(), too_deep_before_the_error.end(), name) !=
        too_deep_before_the_error.end()) {
        BOOST_TEST_REQUIRE(!errs.empty());
        BOOST_TEST(errs.front().code == errc::too_deep, djson_test::describe(errs));
        return;
    }
    check_syntax_error(errs);
}

BOOST_AUTO_TEST_CASE(n_files_are_syntax_errors) {
    for (const test_file* f : with_prefix("n_")) {
        BOOST_TEST_CONTEXT(f->name) {
            const reads r = read_three_ways(f->text);
            BOOST_TEST(!r.root.has_value(), "root read accepted");
            BOOST_TEST(!r.member.has_value(), "member read accepted");
            BOOST_TEST(!r.capture.has_value(), "captured read accepted");
            BOOST_TEST_CONTEXT("root read") {
                if (!r.root)
                    check_rejection(f->name, r.root.error_list());
            }
            BOOST_TEST_CONTEXT("member read") {
                if (!r.member)
                    check_rejection(f->name, r.member.error_list());
            }
            BOOST_TEST_CONTEXT("captured read") {
                if (!r.capture)
                    check_rejection(f->name, r.capture.error_list());
            }
            check_dom_agrees(*f, r);
        }
    }
}

BOOST_AUTO_TEST_CASE(i_files_keep_their_verdicts) {
    BOOST_TEST(std::is_sorted(i_verdicts.begin(), i_verdicts.end(),
                              [](const i_row& a, const i_row& b) { return a.name < b.name; }),
               "the i_ table must be sorted by name");
    const auto i_files = with_prefix("i_");
    for (const test_file* f : i_files) {
        BOOST_TEST_CONTEXT(f->name) {
            const reads r = read_three_ways(f->text);
            auto row = std::lower_bound(i_verdicts.begin(), i_verdicts.end(), f->name,
                                        [](const i_row& a, const std::string& n) { return a.name < n; });
            const bool has_row = row != i_verdicts.end() && row->name == f->name;
            BOOST_TEST(has_row, "no row in i_verdicts: classify the new file");
            if (has_row) {
                BOOST_TEST(verdict(r.root) == row->root, "root read verdict changed");
                BOOST_TEST(verdict(r.member) == row->member, "member read verdict changed");
                BOOST_TEST(verdict(r.capture) == row->capture, "captured read verdict changed");
            }
            if (r.root && r.member)
                BOOST_TEST((r.member->v == *r.root), "member and root reads differ");
            if (r.capture)
                check_capture(*r.capture, r.root);
            check_dom_agrees(*f, r);
        }
    }
    for (const i_row& row : i_verdicts) {
        BOOST_TEST((std::find_if(i_files.begin(), i_files.end(),
                                 [&](const test_file* f) { return f->name == row.name; }) != i_files.end()),
                   "i_verdicts row without a file: " << row.name);
    }
}

BOOST_AUTO_TEST_CASE(deep_nesting_is_read_with_a_higher_max_depth) {
    const auto deep = std::find_if(files().begin(), files().end(), [](const test_file& f) {
        return f.name == "i_structure_500_nested_arrays.json";
    });
    BOOST_TEST_REQUIRE((deep != files().end()));
    const reads def = read_three_ways(deep->text);
    BOOST_TEST(verdict(def.root) == "too_deep");
    const djson::options opt{.max_depth = 1000};
    const reads r = read_three_ways(deep->text, opt);
    BOOST_TEST(r.root.has_value(), djson_test::describe(r.root.error_list()));
    BOOST_TEST(r.member.has_value(), djson_test::describe(r.member.error_list()));
    BOOST_TEST(r.capture.has_value(), djson_test::describe(r.capture.error_list()));
    if (r.root && r.member)
        BOOST_TEST((r.member->v == *r.root));
    if (r.capture)
        check_capture(*r.capture, r.root);
    check_dom_agrees(*deep, r, opt);
}
