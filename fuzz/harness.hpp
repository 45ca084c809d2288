// The properties every djson fuzz target checks, for any model T (see fuzz/README.md).
//
//   (a) text and DOM agree: djson::try_from_json<T>(text) and
//   djson::try_from_value<T>(boost::json::parse(text))
//       both accept with djson::equal values, or both reject with the same list of (code, path) — whenever
//       Boost parses the text and the DOM holds exactly what the text says (see `scan` for the narrow
//       exceptions).
//   (b) whatever is accepted writes back (djson::to_json), reads again to a djson::equal object (djson::diff
//   empty),
//       and writing that again is byte-identical; the pretty form reads back equal too; validate() finds
//       nothing.
//   (c) options{.stop_at_first_error = true} gives the same verdict, with exactly one error: the first one of
//   the
//       full read.
//   (d) a text Boost.JSON cannot parse is rejected by djson's text path; a text it parses gets no syntax
//   error.
//
// A violated property prints what and why, with the input, and aborts (libFuzzer records the input as a
// crash).
#pragma once

#include <djson/detail/json_text.hpp>
#include <djson/djson.hpp>

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/parse.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace djson_fuzz {

// ---- reporting ----

inline std::string_view g_input; // the input being checked, for messages

inline std::string printable(std::string_view s, std::size_t max = 2000) {
    std::string out;
    for (std::size_t i = 0; i < s.size() && i < max; ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '\\') {
            out += "\\\\";
        } else if (c >= 0x20 && c < 0x7f) {
            out.push_back(static_cast<char>(c));
        } else if (c == '\n') {
            out += "\\n";
        } else {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        }
    }
    if (s.size() > max)
        out += "...(" + std::to_string(s.size()) + " bytes)";
    return out;
}

inline std::string describe(const djson::errors& list) {
    if (list.empty())
        return "accepted";
    std::string out;
    for (const auto& e : list) {
        out += "\n      ";
        out += djson::to_string(e.code);
        out += " at \"" + printable(e.path, 200) + "\": " + printable(e.detail, 200);
    }
    return out;
}

[[noreturn]] inline void violated(const char* property, const std::string& details) {
    std::fprintf(stderr, "\n==== djson fuzz: PROPERTY VIOLATED: %s\n%s\n  input (%zu bytes): %s\n\n",
                 property, details.c_str(), g_input.size(), printable(g_input).c_str());
    std::fflush(stderr);
    std::abort();
}

#define DJSON_FUZZ_REQUIRE(cond, property, details)                                                          \
    do {                                                                                                     \
        if (!(cond))                                                                                         \
            ::djson_fuzz::violated(property, details);                                                       \
    } while (0)

// ---- what the DOM cannot carry: one pass of Boost.JSON's tokenizer over the text ----

struct scan_result {
    bool parsed = false;            // Boost.JSON's grammar accepts the text (at depth up to 10000)
    bool duplicate_key = false;     // some object has a key twice: a DOM keeps one of them
    bool number_beyond_dom = false; // a number literal a DOM double does not hold exactly (below)
};

// The skip rule for numbers, narrow on purpose. Only literals Boost.JSON delivers as a double are looked at
// (an integer literal that fits 64 bits is an exact int64/uint64 in the DOM). Such a literal is "beyond the
// DOM" when
//   - its significand has 20 or more digits (an integer literal beyond 64 bits, or more digits than a
//   double), or
//   - its exponent part is 300 or more in magnitude, or the value is out of a double's range (std::from_chars
//   says
//     result_out_of_range, e.g. 1e400, 9e308: Boost stores infinity), or
//   - Boost.JSON 1.81's own conversion differs from the correctly rounded double (std::from_chars): its
//   parser may
//     be one ulp off, so the DOM holds another number than the text, while djson's text path rounds
//     correctly, or
//   - the double's shortest spelling is another number than the literal (djson::detail::double_keeps_number):
//   a
//     boost::json::value member refuses the text, and an integer member judges the text's exact value.
struct scan_handler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);

    scan_result& res;
    std::vector<std::unordered_set<std::string>> objects; // key sets of the open objects (arrays: none)
    std::vector<bool> is_object;
    std::string key, num;

    explicit scan_handler(scan_result& r) : res(r) {}

    bool on_document_begin(boost::system::error_code&) { return true; }
    bool on_document_end(boost::system::error_code&) { return true; }
    bool on_array_begin(boost::system::error_code&) {
        is_object.push_back(false);
        return true;
    }
    bool on_array_end(std::size_t, boost::system::error_code&) {
        is_object.pop_back();
        return true;
    }
    bool on_object_begin(boost::system::error_code&) {
        is_object.push_back(true);
        objects.emplace_back();
        return true;
    }
    bool on_object_end(std::size_t, boost::system::error_code&) {
        is_object.pop_back();
        objects.pop_back();
        return true;
    }
    bool on_string_part(boost::json::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_string(boost::json::string_view, std::size_t, boost::system::error_code&) { return true; }
    bool on_key_part(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        key.append(s.data(), s.size());
        return true;
    }
    bool on_key(boost::json::string_view s, std::size_t, boost::system::error_code&) {
        key.append(s.data(), s.size());
        if (!objects.back().insert(key).second)
            res.duplicate_key = true;
        key.clear();
        return true;
    }
    bool on_number_part(boost::json::string_view s, boost::system::error_code&) {
        num.append(s.data(), s.size());
        return true;
    }
    bool on_int64(std::int64_t, boost::json::string_view, boost::system::error_code&) {
        num.clear();
        return true;
    }
    bool on_uint64(std::uint64_t, boost::json::string_view, boost::system::error_code&) {
        num.clear();
        return true;
    }
    bool on_double(double v, boost::json::string_view s, boost::system::error_code&) {
        num.append(s.data(), s.size());
        if (beyond_dom(num, v))
            res.number_beyond_dom = true;
        num.clear();
        return true;
    }
    bool on_bool(bool, boost::system::error_code&) { return true; }
    bool on_null(boost::system::error_code&) { return true; }
    bool on_comment_part(boost::json::string_view, boost::system::error_code&) { return true; }
    bool on_comment(boost::json::string_view, boost::system::error_code&) { return true; }

    static bool beyond_dom(std::string_view raw, double boost_value) {
        std::size_t digits = 0, i = 0;
        for (; i < raw.size() && raw[i] != 'e' && raw[i] != 'E'; ++i)
            if (raw[i] >= '0' && raw[i] <= '9')
                ++digits;
        if (digits >= 20)
            return true;
        if (i < raw.size()) {
            std::size_t j = i + 1;
            if (j < raw.size() && (raw[j] == '+' || raw[j] == '-'))
                ++j;
            while (j < raw.size() && raw[j] == '0')
                ++j;
            if (raw.size() - j > 3)
                return true;
            int e = 0;
            for (; j < raw.size(); ++j)
                e = e * 10 + (raw[j] - '0');
            if (e >= 300)
                return true;
        }
        double exact = 0;
        auto r = std::from_chars(raw.data(), raw.data() + raw.size(), exact);
        if (r.ec == std::errc::result_out_of_range || !std::isfinite(exact))
            return true;
        // the DOM's double writes back as another number (1.00000000000000001, -9223372036854775809): reading
        // the text refuses it or judges the exact value, reading the DOM takes the double's
        if (!djson::detail::double_keeps_number(raw, exact))
            return true;
        return exact != boost_value;
    }
};

inline scan_result scan(std::string_view text) {
    scan_result res;
    boost::json::parse_options po;
    po.max_depth = 10000;
    boost::json::basic_parser<scan_handler> p(po, res);
    boost::system::error_code ec;
    std::size_t n = p.write_some(false, text.data(), text.size(), ec);
    res.parsed = !ec && n == text.size();
    return res;
}

// ---- the checks ----

inline bool same_code_and_path(const djson::errors& a, const djson::errors& b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].code != b[i].code || a[i].path != b[i].path)
            return false;
    return true;
}

inline bool has_code(const djson::errors& list, djson::errc code) {
    for (const auto& e : list)
        if (e.code == code)
            return true;
    return false;
}

// (c): the first-error mode's verdict and its single error.
inline void check_stop_mode(const char* route, const djson::errors& full, const djson::errors& stop) {
    std::string what = std::string(route) + "\n    all errors:" + describe(full) +
                       "\n    stop_at_first_error:" + describe(stop);
    DJSON_FUZZ_REQUIRE(full.empty() == stop.empty(),
                       "(c) stop_at_first_error changes the accept/reject verdict", what);
    if (full.empty())
        return;
    DJSON_FUZZ_REQUIRE(stop.size() == 1, "(c) stop_at_first_error reports more than one error", what);
    DJSON_FUZZ_REQUIRE(stop[0].code == full[0].code && stop[0].path == full[0].path,
                       "(c) stop_at_first_error's error is not the first error of the full read", what);
}

// (b): write, read back, write again.
template <class T> void check_round_trip(const T& v) {
    auto errs = djson::validate(v);
    DJSON_FUZZ_REQUIRE(errs.empty(), "(b) validate() reports errors on an object read successfully",
                       describe(errs));
    std::string w1, w2, pretty;
    try {
        w1 = djson::to_json(v);
        pretty = djson::to_json(v, {.pretty = true});
    } catch (const std::exception& e) {
        violated("(b) to_json throws on an object read successfully", e.what());
    }
    auto r2 = djson::try_from_json<T>(w1);
    DJSON_FUZZ_REQUIRE(r2.has_value(), "(b) the written JSON does not read back",
                       "    written: " + printable(w1) + "\n    errors:" + describe(r2.error_list()));
    auto where = djson::diff(v, *r2);
    DJSON_FUZZ_REQUIRE(djson::equal(v, *r2), "(b) the written JSON reads back to a different object",
                       "    written: " + printable(w1) +
                           "\n    rewritten: " + printable(djson::to_json(*r2)));
    DJSON_FUZZ_REQUIRE(where.empty(), "(b) djson::equal says equal but djson::diff finds differences",
                       "    written: " + printable(w1) +
                           "\n    first difference at: " + printable(where.front()));
    try {
        w2 = djson::to_json(*r2);
    } catch (const std::exception& e) {
        violated("(b) to_json throws on an object read back from djson's own output", e.what());
    }
    DJSON_FUZZ_REQUIRE(w1 == w2, "(b) writing the read-back object is not byte-identical",
                       "    first write:  " + printable(w1) + "\n    second write: " + printable(w2));
    auto rp = djson::try_from_json<T>(pretty);
    DJSON_FUZZ_REQUIRE(rp.has_value() && djson::equal(v, *rp), "(b) the pretty JSON does not read back equal",
                       "    pretty: " + printable(pretty) + "\n    errors:" + describe(rp.error_list()));
}

template <class T> int check_model(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    g_input = text;
    const djson::options stop{.stop_at_first_error = true};

    djson::errors text_errs, text_stop_errs;
    T text_value{};
    try {
        auto r = djson::try_from_json<T>(text);
        if (r)
            text_value = std::move(*r);
        else
            text_errs = r.error_list();
        text_stop_errs = djson::try_from_json<T>(text, stop).error_list();
    } catch (const std::exception& e) {
        violated("try_from_json throws on untrusted input", e.what());
    }
    check_stop_mode("text route", text_errs, text_stop_errs);
    static const bool verbose = std::getenv("DJSON_FUZZ_VERBOSE") != nullptr;
    if (verbose)
        std::fprintf(stderr, "djson fuzz: text route:%s\n", describe(text_errs).c_str());

    scan_result s = scan(text);
    if (!s.parsed) {
        // (d) djson's text route must not accept what is not JSON.
        DJSON_FUZZ_REQUIRE(!text_errs.empty(), "(d) the text route accepts a text Boost.JSON rejects",
                           "    (boost::json::parse with max_depth 10000 fails)");
    } else {
        DJSON_FUZZ_REQUIRE(!has_code(text_errs, djson::errc::syntax) &&
                               !has_code(text_stop_errs, djson::errc::syntax),
                           "(d) the text route reports a syntax error on JSON Boost.JSON parses",
                           "    errors:" + describe(text_errs));
        boost::json::parse_options po;
        po.max_depth = 10000;
        boost::system::error_code ec;
        boost::json::value jv = boost::json::parse(text, ec, {}, po);
        DJSON_FUZZ_REQUIRE(!ec, "harness: boost::json::parse rejects what its basic_parser accepted",
                           ec.message());

        djson::errors dom_errs, dom_stop_errs;
        T dom_value{};
        try {
            auto r = djson::try_from_value<T>(jv);
            if (r)
                dom_value = std::move(*r);
            else
                dom_errs = r.error_list();
            dom_stop_errs = djson::try_from_value<T>(jv, stop).error_list();
        } catch (const std::exception& e) {
            violated("try_from_value throws on an untrusted DOM", e.what());
        }
        check_stop_mode("DOM route", dom_errs, dom_stop_errs);

        // (a), unless the DOM cannot hold what the text says.
        if (!s.duplicate_key && !s.number_beyond_dom) {
            std::string what =
                "    text route:" + describe(text_errs) + "\n    DOM route:" + describe(dom_errs);
            DJSON_FUZZ_REQUIRE(text_errs.empty() == dom_errs.empty(),
                               "(a) the text and DOM routes disagree on accept/reject", what);
            if (text_errs.empty()) {
                DJSON_FUZZ_REQUIRE(djson::equal(text_value, dom_value),
                                   "(a) the text and DOM routes read different values",
                                   "    text route writes: " + printable(djson::to_json(text_value)) +
                                       "\n    DOM route writes:  " + printable(djson::to_json(dom_value)));
            } else {
                DJSON_FUZZ_REQUIRE(same_code_and_path(text_errs, dom_errs),
                                   "(a) the text and DOM routes report different (code, path) lists", what);
            }
        }
    }

    if (text_errs.empty())
        check_round_trip(text_value);
    return 0;
}

} // namespace djson_fuzz
