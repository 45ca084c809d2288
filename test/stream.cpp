// Streaming reads (djson/stream.hpp): read_json_array hands over the items of a top-level array one by one
// and reports exactly what read_json of the whole text as a std::vector<T> reports, whatever the chunk size
// and wherever the text is broken; read_json_lines reads JSON Lines; memory stays bounded by one item plus
// the buffer.
#define BOOST_TEST_MODULE stream
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include "../examples/pat_model.hpp"

#include <djson/stream.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <malloc.h>
#include <map>
#include <new>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

// Live heap bytes, to check the memory bound (malloc_usable_size: what each block really holds).
namespace {
std::atomic<std::size_t> live_bytes{0};
std::atomic<std::size_t> peak_bytes{0};
void note_alloc(void* p) {
    std::size_t now = live_bytes += malloc_usable_size(p);
    std::size_t peak = peak_bytes.load();
    while (now > peak && !peak_bytes.compare_exchange_weak(peak, now)) {
    }
}
} // namespace

#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t n) {
    if (void* p = std::malloc(n ? n : 1)) {
        note_alloc(p);
        return p;
    }
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    if (p)
        live_bytes -= malloc_usable_size(p);
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    ::operator delete(p);
}

namespace st {
BOOST_DEFINE_ENUM_CLASS(Kind, alpha, beta)
struct Owner {
    std::optional<std::string> id;
    std::optional<Kind> kind;
};
BOOST_DESCRIBE_STRUCT(Owner, (), (id, kind))
struct Item {
    std::int32_t id = 0;
    std::string name;
    djson::nullable<std::vector<std::string>> tags;
    std::optional<Owner> owner;
    std::optional<std::vector<std::vector<std::int64_t>>> grid;
    std::optional<djson::raw_json> extra; // kept as spelled: its text comes from the item's bytes
};
BOOST_DESCRIBE_STRUCT(Item, (), (id, name, tags, owner, grid, extra))
} // namespace st

using st::Item;

namespace {

// Items, as text: valid ones with every lexical trap (brackets and quotes in strings, escapes, \u, UTF-8,
// numbers with exponents, white space), and ones that are valid JSON but not an Item.
const std::vector<std::string> good_items = {
    R"({"id":1,"name":"plain","tags":null})",
    R"({"id": 2, "name": "br[ack]{ets} \"quoted\" ,:", "tags": ["a]", "{b", "\\", "\"]"]})",
    "{\"id\":3,\"name\":\"\\u00e9\\u6771\\ud83d\\ude80 \xc3\xa9\xe6\x9d\xb1\xf0\x9f\x9a\x80\",\"tags\":[]}",
    "{\n  \"id\" : 4 "
    ",\r\n\t\"name\":\"multi\\nline\",\"tags\":null,\"owner\":{\"id\":\"o\",\"kind\":\"beta\"}}",
    R"({"id":5,"name":"grid","tags":["x"],"grid":[[1,-2,30000000000],[],[7]]})",
    R"({"name":"order","tags":null,"id":-6,"unknown":{"deep":[{"a":[1.5e3,-0.25E-2,"]"]}]}})",
    R"({"id":7,"name":"raw","tags":null,"extra":{"k" : [ 1E+2, "é"]", 123456789012345678901234567890.5e-7 ]}})",
    R"({"id":8,"name":"long numbers","tags":null,"grid":[[-1234567890123456789,1234567890123456]],"extra":true})",
};
const std::vector<std::string> bad_items = {
    R"({"id":"7","name":"wrong type","tags":null})",
    R"({"id":8,"tags":null})",
    R"({"id":9,"name":"dup","name":"dup","tags":null})",
    R"({"id":10,"name":"enum","tags":null,"owner":{"kind":"gamma"}})",
    R"({"id":2147483648,"name":"range","tags":null,"grid":[[1.5]]})",
    R"({"id":12,"name":null,"tags":[1,2]})",
    R"([1,2,3])",
    R"("a string")",
    R"(17)",
    R"(null)",
    R"(true)",
    R"({"id":13,"name":"deep","tags":null,"grid":[[[1]]]})",
    R"({"id":14,"name":"big","tags":null,"grid":[[123456789012345678901234567890123456]],"extra":1e400})",
    R"(-12345678901234567890123456789012345678.25)",
    R"(false)",
};

struct delivered {
    std::size_t index;
    std::string json;
    friend bool operator==(const delivered&, const delivered&) = default;
};
std::ostream& operator<<(std::ostream& os, const delivered& d) {
    return os << d.index << ": " << d.json;
}

struct outcome {
    std::vector<delivered> items;
    djson::errors errs;
};

outcome stream_array(std::string_view text, const djson::options& opt, std::size_t chunk) {
    outcome o;
    o.errs = djson::read_json_array<Item>(text,
                                          [&](Item& v, std::size_t i) {
                                              o.items.push_back({i, djson::to_json(v)});
                                          },
                                          opt, {.chunk_size = chunk});
    return o;
}

std::string show(const djson::errors& errs) {
    std::string s;
    for (const auto& e : errs)
        s += "  [" + std::string(djson::to_string(e.code)) + "] '" + e.path + "' " + e.detail + " (" +
             std::to_string(e.line) + ":" + std::to_string(e.column) + ")\n";
    return s;
}

// The index an error's path names first ("/3/id" -> 3), or none for the document root.
std::optional<std::size_t> index_of(const std::string& path) {
    if (path.size() < 2)
        return std::nullopt;
    std::size_t i = 1, n = 0;
    while (i < path.size() && path[i] >= '0' && path[i] <= '9')
        n = n * 10 + static_cast<std::size_t>(path[i++] - '0');
    return n;
}

std::size_t checked = 0;

// The property: streaming `text` gives the errors of read_json on the whole text as std::vector<Item>, and
// hands over exactly the items that read without error (before reading stopped), each as read alone.
void check_same(const std::string& text, const djson::options& opt, std::size_t chunk) {
    ++checked;
    std::vector<Item> all;
    djson::errors whole = djson::read_json(all, text, opt);
    outcome got = stream_array(text, opt, chunk);
    BOOST_TEST_CONTEXT("chunk " << chunk << ", text:\n"
                                << text << "\nwhole:\n"
                                << show(whole) << "stream:\n"
                                << show(got.errs)) {
        BOOST_TEST(got.errs == whole, boost::test_tools::per_element());
        if (whole.empty()) {
            BOOST_TEST_REQUIRE(got.items.size() == all.size());
            for (std::size_t i = 0; i < all.size(); ++i)
                BOOST_TEST(got.items[i] == (delivered{i, djson::to_json(all[i])}));
            return;
        }
        // No item with an error of its own is handed over, and none after the one where reading stopped.
        for (std::size_t k = 0; k < got.items.size(); ++k) {
            if (k > 0)
                BOOST_TEST(got.items[k].index > got.items[k - 1].index);
            for (const auto& e : whole)
                BOOST_TEST((index_of(e.path) != std::optional<std::size_t>(got.items[k].index)), e.path);
        }
        // When the text is JSON, each item is what reading it alone gives (its raw text is exact).
        djson::options syntax = opt;
        syntax.max_errors = 1000000;
        syntax.stop_at_first_error = false;
        std::vector<djson::raw_json> raw;
        if (!djson::read_json(raw, text, syntax).empty())
            return;
        std::optional<std::size_t> stopped_at;
        if (!whole.empty() && (opt.stop_at_first_error || whole.back().code == djson::errc::too_many_errors ||
                               whole.back().code == djson::errc::too_deep))
            stopped_at = index_of(whole.back().path);
        std::vector<delivered> expected;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (stopped_at && i >= *stopped_at)
                break;
            Item alone;
            djson::options one = opt;
            one.max_errors = 1000000;
            one.stop_at_first_error = false;
            if (djson::read_json(alone, raw[i].text(), one).empty())
                expected.push_back({i, djson::to_json(alone)});
        }
        BOOST_TEST(got.items == expected, boost::test_tools::per_element());
    }
}

// A deterministic generator (no clock): documents of 0..5 items from the pools, with random white space.
struct lcg {
    std::uint64_t s;
    std::uint32_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<std::uint32_t>(s >> 33);
    }
    std::size_t below(std::size_t n) { return next() % n; }
};

std::string space(lcg& r, bool comments) {
    static const char* const pieces[] = {"", "", "", " ", "\n", "\r\n", "\t ", "  \n  "};
    std::string s = pieces[r.below(std::size(pieces))];
    if (comments && r.below(4) == 0)
        s += r.below(2) ? "/* ] , [ \" */" : "// ] , \" x\n";
    return s;
}

std::string make_document(lcg& r, bool comments, bool trailing_comma) {
    std::size_t n = r.below(6);
    std::string doc = space(r, comments) + "[";
    for (std::size_t i = 0; i < n; ++i) {
        doc += space(r, comments);
        doc +=
            r.below(3) == 0 ? bad_items[r.below(bad_items.size())] : good_items[r.below(good_items.size())];
        doc += space(r, comments);
        if (i + 1 < n || trailing_comma)
            doc += ",";
    }
    doc += space(r, comments) + "]" + space(r, comments);
    return doc;
}

const std::size_t chunk_sizes[] = {1, 2, 3, 7, 64, std::size_t{1} << 18};

} // namespace

BOOST_AUTO_TEST_CASE(items_are_handed_over_in_order_with_their_index) {
    std::string text = "[" + good_items[0] + "," + good_items[4] + "]";
    outcome o = stream_array(text, {}, 3);
    BOOST_TEST(o.errs.empty());
    BOOST_TEST_REQUIRE(o.items.size() == 2u);
    BOOST_TEST(o.items[0].index == 0u);
    BOOST_TEST(o.items[1].json ==
               R"({"id":5,"name":"grid","tags":["x"],"grid":[[1,-2,30000000000],[],[7]]})");
}

BOOST_AUTO_TEST_CASE(errors_carry_the_item_index_and_reading_goes_on) {
    std::string text =
        "[" + good_items[0] + ",\n" + bad_items[0] + ",\n" + bad_items[3] + "," + good_items[1] + "]";
    outcome o = stream_array(text, {}, 5);
    BOOST_TEST_REQUIRE(o.errs.size() == 2u, show(o.errs));
    BOOST_TEST(o.errs[0].path == "/1/id");
    BOOST_TEST(o.errs[1].path == "/2/owner/kind");
    BOOST_TEST_REQUIRE(o.items.size() == 2u);
    BOOST_TEST(o.items[0].index == 0u);
    BOOST_TEST(o.items[1].index == 3u);
}

BOOST_AUTO_TEST_CASE(a_syntax_error_has_its_line_and_column_in_the_whole_input) {
    std::string text = "[\n" + good_items[0] + ",\n" + good_items[1] + "\n" + good_items[2] + "]";
    outcome o = stream_array(text, {}, 2);
    BOOST_TEST_REQUIRE(o.errs.size() == 1u);
    BOOST_TEST(o.errs[0].code == djson::errc::syntax);
    BOOST_TEST(o.errs[0].line == 4u);
    BOOST_TEST(o.errs[0].column == 1u);
    BOOST_TEST(o.items.size() == 1u); // the item followed by junk is not handed over
    check_same(text, {}, 2);
}

BOOST_AUTO_TEST_CASE(the_function_may_stop_reading_and_take_the_value) {
    std::string text = "[" + good_items[0] + "," + good_items[1] + "," + good_items[2] + "]";
    std::vector<Item> kept;
    djson::errors errs = djson::read_json_array<Item>(text, [&](Item& v, std::size_t i) {
        kept.push_back(std::move(v));
        return i < 1;
    });
    BOOST_TEST(errs.empty());
    BOOST_TEST_REQUIRE(kept.size() == 2u);
    BOOST_TEST(kept[1].id == 2);
    // A function of the value alone, returning nothing, reads everything.
    std::size_t n = 0;
    BOOST_TEST(djson::read_json_array<Item>(text, [&](const Item&) { ++n; }).empty());
    BOOST_TEST(n == 3u);
}

BOOST_AUTO_TEST_CASE(every_source_reads_the_same) {
    std::string text = "[" + good_items[1] + "," + bad_items[2] + "," + good_items[3] + "]";
    outcome want = stream_array(text, {}, 1 << 18);
    auto collect = [](outcome& o) {
        return [&o](Item& v, std::size_t i) { o.items.push_back({i, djson::to_json(v)}); };
    };

    outcome from_istream;
    std::istringstream is(text);
    from_istream.errs = djson::read_json_array<Item>(is, collect(from_istream), {}, {.chunk_size = 7});

    outcome from_file;
    std::FILE* f = std::tmpfile();
    BOOST_TEST_REQUIRE(f != nullptr);
    std::fwrite(text.data(), 1, text.size(), f);
    std::rewind(f);
    from_file.errs = djson::read_json_array<Item>(f, collect(from_file), {}, {.chunk_size = 16});
    std::fclose(f);

    outcome from_function;
    std::size_t at = 0;
    auto read = [&](char* dst, std::size_t n) {
        n = std::min<std::size_t>({n, 5, text.size() - at}); // short reads, as a pipe gives
        std::memcpy(dst, text.data() + at, n);
        at += n;
        return n;
    };
    from_function.errs = djson::read_json_array<Item>(read, collect(from_function));

    for (const outcome* o : {&from_istream, &from_file, &from_function}) {
        BOOST_TEST(o->errs == want.errs, boost::test_tools::per_element());
        BOOST_TEST(o->items == want.items, boost::test_tools::per_element());
    }
}

BOOST_AUTO_TEST_CASE(a_failing_input_throws) {
    std::FILE* f = std::tmpfile();
    BOOST_TEST_REQUIRE(f != nullptr);
    std::FILE* write_only = std::freopen(nullptr, "w", f); // reading it fails
    BOOST_TEST_REQUIRE(write_only != nullptr);
    BOOST_CHECK_THROW(djson::read_json_array<Item>(write_only, [](Item&) {}), std::system_error);
    std::fclose(write_only);
}

BOOST_AUTO_TEST_CASE(a_value_that_is_not_an_array_is_reported_as_read_json_does) {
    for (std::string text : {std::string(""), std::string("  \n "), good_items[0], std::string(" 17 "),
                             std::string("{\"a\":1,\"a\":2}"), std::string("x"), std::string("/* c */ [1]")})
        for (std::size_t chunk : {std::size_t{1}, std::size_t{4096}}) {
            check_same(text, {}, chunk);
            BOOST_TEST(!stream_array(text, {}, chunk).errs.empty());
        }
}

// Every generated document, then each one cut short at every byte, with a byte removed, and with a stray
// byte put at every position, under each chunk size: the same errors as read_json of the whole text.
BOOST_AUTO_TEST_CASE(streaming_reports_what_reading_the_whole_text_reports) {
    struct variant {
        djson::options opt;
        bool comments, trailing;
    };
    std::vector<variant> variants = {
        {{}, false, false},
        {{.allow_comments = true}, true, false},
        {{.allow_trailing_commas = true}, false, true},
        {{.allow_comments = true, .allow_trailing_commas = true}, true, true},
        {{.stop_at_first_error = true}, false, false},
        {{.max_errors = 2}, false, false},
        {{.max_errors = 0}, false, false},
        {{.max_depth = 3}, false, false},
        {{.max_depth = 1}, false, false},
        {{.max_depth = 0}, false, false},
        {djson::options::lenient(), false, false},
    };
    variants.back().opt.allow_comments = true; // lenient and comments, on documents without them
    lcg r{20240917};
    static const char strays[] = {',', ']', '[', '"', '}', '{', 'x', ' ', '/', '\\', '*', '\n', '1'};
    for (std::size_t v = 0; v < variants.size(); ++v) {
        const auto& [opt, comments, trailing] = variants[v];
        std::size_t documents = v < 4 ? 12 : 4;
        for (std::size_t d = 0; d < documents; ++d) {
            std::string doc = make_document(r, comments, trailing && r.below(2) == 0);
            for (std::size_t chunk : chunk_sizes)
                check_same(doc, opt, chunk);
            if (v >= 4 && d > 0)
                continue; // the option variants: whole documents, and one document's mutations
            for (std::size_t p = 0; p <= doc.size(); ++p) {
                std::size_t chunk = chunk_sizes[p % 4];
                check_same(doc.substr(0, p), opt, chunk);
                if (p < doc.size())
                    check_same(doc.substr(0, p) + doc.substr(p + 1), opt, chunk_sizes[(p + 1) % 4]);
                for (std::size_t k = 0; k < (v < 4 ? std::size(strays) : 2); ++k) {
                    std::string stray = doc;
                    stray.insert(p, 1, strays[v < 4 ? k : r.below(std::size(strays))]);
                    check_same(stray, opt, chunk_sizes[(p + k) % 4]);
                }
            }
        }
    }
    BOOST_TEST_MESSAGE("documents compared: " << checked);
}

BOOST_AUTO_TEST_CASE(hand_picked_texts_read_as_read_json_reads_them) {
    const char* const texts[] = {"[]",
                                 "[ ]",
                                 "[",
                                 "[ ",
                                 "[,",
                                 "[1,]",
                                 "[1,,2]",
                                 "[1 2]",
                                 "[1x]",
                                 "[tru",
                                 "[true",
                                 "[\"ab",
                                 "[\"a\\",
                                 "[\"\\u12\"]",
                                 "[\"\\ud83d\"]",
                                 "[1.]",
                                 "[-]",
                                 "[1e]",
                                 "[0123]",
                                 "[{}]x",
                                 "[] x",
                                 "[]]",
                                 "[1]]",
                                 "[{\"id\":1,\"name\":\"a\",\"tags\":null}, ]",
                                 "[\"\xc3\"]",
                                 "[\"\xf0\x9f\x9a\"]",
                                 "[\"a\tb\"]",
                                 "[{\"a\":[}]",
                                 "[{]",
                                 "[[[[[]]]]]",
                                 "[1,/*c*/]",
                                 "[1 /*c*/ ,2]",
                                 "[1, // c\n2]",
                                 "[1 /",
                                 "[1 /x]",
                                 "[] /* open",
                                 "[] // end",
                                 "[/*",
                                 "[1] /",
                                 "\xef\xbb\xbf[]",
                                 "[\"a\"\"b\"]",
                                 "[{\"id\":1}{}]",
                                 "[null,",
                                 "[null ,  "};
    for (const char* t : texts)
        for (bool comments : {false, true})
            for (bool trailing : {false, true})
                for (std::size_t chunk : {std::size_t{1}, std::size_t{2}, std::size_t{64}})
                    check_same(t, {.allow_comments = comments, .allow_trailing_commas = trailing}, chunk);
}

BOOST_AUTO_TEST_CASE(the_error_cap_counts_over_the_whole_input) {
    std::string text = "[";
    for (int i = 0; i < 30; ++i)
        text += std::string(i ? "," : "") + bad_items[static_cast<std::size_t>(i) % 6];
    text += "]";
    for (std::size_t cap : {0u, 1u, 2u, 5u, 7u, 29u, 100u})
        for (std::size_t chunk : {std::size_t{3}, std::size_t{4096}})
            check_same(text, {.max_errors = cap}, chunk);
    outcome o = stream_array(text, {.max_errors = 5}, 4096);
    BOOST_TEST_REQUIRE(o.errs.size() == 6u);
    BOOST_TEST(o.errs.back().message().find("stopped after 5 errors") != std::string::npos,
               o.errs.back().message());
}

BOOST_AUTO_TEST_CASE(memory_stays_bounded_by_one_item_and_the_buffer) {
    // 20 MB of items made on the fly, read through a function: the heap never holds more than a few chunks.
    const std::string item = good_items[1];
    const std::size_t count = 20'000'000 / (item.size() + 1);
    std::size_t made = 0, at = 0;
    std::string pending = "[";
    auto read = [&](char* dst, std::size_t n) {
        std::size_t out = 0;
        while (out < n) {
            if (at == pending.size()) {
                if (made > count)
                    break;
                pending = made < count ? (made ? "," : "") + item : "]";
                ++made;
                at = 0;
            }
            std::size_t k = std::min(n - out, pending.size() - at);
            std::memcpy(dst + out, pending.data() + at, k);
            out += k;
            at += k;
        }
        return out;
    };
    std::size_t seen = 0;
    std::size_t before = live_bytes.load();
    peak_bytes = before;
    djson::errors errs = djson::read_json_array<Item>(read, [&](Item&, std::size_t) { ++seen; }, {},
                                                      {.chunk_size = 64 * 1024});
    std::size_t peak = peak_bytes.load() - before;
    BOOST_TEST(errs.empty());
    BOOST_TEST(seen == count);
    BOOST_TEST(peak < std::size_t{512 * 1024}, "peak heap while reading: " << peak << " bytes");
}

BOOST_AUTO_TEST_CASE(an_exception_from_the_function_goes_through) {
    std::string text = "[" + good_items[0] + "," + good_items[1] + "]";
    BOOST_CHECK_THROW(
        djson::read_json_array<Item>(
            text, [](Item&, std::size_t i) { return i == 0 ? throw std::runtime_error("x"), true : true; }),
        std::runtime_error);
    BOOST_TEST(stream_array(text, {}, 3).items.size() == 2u); // and the next read is whole
}

// The README's example: a list endpoint's response saved to a file, read one token at a time.
BOOST_AUTO_TEST_CASE(readme_example) {
    using sailpoint::CreatePersonalAccessTokenResponse;
    const std::string path = (std::filesystem::temp_directory_path() / "djson_stream_readme.json").string();
    {
        std::ofstream out(path, std::ios::binary);
        out << R"([{"id":"1","secret":"s","scope":null,"name":"a","owner":{"name":"Ada"},)"
               R"("created":"2024-05-01T10:30:00Z","accessTokenValiditySeconds":60},)"
               R"({"id":"2","secret":"s","scope":["sp:scopes:all"],"name":"b","owner":{"type":"ROBOT"},)"
               R"("created":"2024-05-01T10:30:00Z","accessTokenValiditySeconds":60},)"
               R"({"id":"3","secret":"s","scope":null,"name":"c","owner":{"name":"Ada"},)"
               R"("created":"2024-05-01T10:30:00Z","accessTokenValiditySeconds":60}])";
    }
    std::ostringstream cerr;
    // tag::read_json_array[]
    std::ifstream in(path, std::ios::binary); // a file of any size: memory is one item and a buffer
    std::map<std::string, int> tokens_per_owner;
    djson::errors errs = djson::read_json_array<CreatePersonalAccessTokenResponse>(
        in, [&](CreatePersonalAccessTokenResponse& pat, std::size_t /*index*/) {
            ++tokens_per_owner[pat.owner.name.value_or("(none)")]; // each valid item, in order
        });
    for (const auto& e : errs)
        cerr << e.message() << '\n'; // /1/owner/type: unknown enum value "ROBOT" (expected one of: IDENTITY)
    // end::read_json_array[]
    in.close();
    std::filesystem::remove(path);
    BOOST_TEST(tokens_per_owner == (std::map<std::string, int>{{"Ada", 2}}));
    BOOST_TEST(cerr.str() == "/1/owner/type: unknown enum value \"ROBOT\" (expected one of: IDENTITY)\n");
}

// ---- JSON Lines ----

namespace {
outcome stream_lines(std::string_view text, const djson::options& opt, std::size_t chunk) {
    outcome o;
    o.errs = djson::read_json_lines<Item>(text,
                                          [&](Item& v, std::size_t i) {
                                              o.items.push_back({i, djson::to_json(v)});
                                          },
                                          opt, {.chunk_size = chunk});
    return o;
}

// What JSON Lines must give: each non-blank line read alone, its errors after "/index", syntax errors on
// their line; the cap and stop_at_first_error over the whole input.
outcome lines_one_by_one(const std::string& text, const djson::options& opt) {
    outcome o;
    std::size_t index = 0, line = 1, start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string l = text.substr(start, end - start);
        if (l.find_first_not_of(" \t\r") != std::string::npos) {
            djson::options left = opt;
            left.max_errors = opt.max_errors - std::min(opt.max_errors, o.errs.size());
            Item v;
            djson::errors errs = djson::read_json(v, l, left);
            if (errs.empty())
                o.items.push_back({index, djson::to_json(v)});
            bool stop = !errs.empty() &&
                        (opt.stop_at_first_error || errs.back().code == djson::errc::too_many_errors);
            for (auto& e : errs) {
                e.path = "/" + std::to_string(index) + e.path;
                if (e.line)
                    e.line = line;
                if (e.code == djson::errc::too_many_errors)
                    e.detail =
                        "stopped after " + std::to_string(opt.max_errors) + " errors (options::max_errors)";
                o.errs.push_back(e);
            }
            ++index;
            if (stop)
                break;
        }
        if (end == text.size())
            break;
        start = end + 1;
        ++line;
    }
    return o;
}
} // namespace

BOOST_AUTO_TEST_CASE(json_lines_read_each_line_as_a_document) {
    std::string text = good_items[0] + "\r\n\r\n  \n" + bad_items[0] + "\n{\"id\":1,\n" + good_items[4] +
                       "\n\t\n" + bad_items[6] + "\n" + good_items[5]; // no '\n' at the end
    outcome o = stream_lines(text, {}, 3);
    BOOST_TEST_REQUIRE(o.items.size() == 3u);
    BOOST_TEST(o.items[0].index == 0u);
    BOOST_TEST(o.items[1].index == 3u);
    BOOST_TEST(o.items[2].index == 5u);
    BOOST_TEST_REQUIRE(o.errs.size() == 3u, show(o.errs));
    BOOST_TEST(o.errs[0].path == "/1/id");
    BOOST_TEST(o.errs[1].path == "/2");
    BOOST_TEST(o.errs[1].code == djson::errc::syntax);
    BOOST_TEST(o.errs[1].line == 5u);
    BOOST_TEST(o.errs[1].column == 9u);
    BOOST_TEST(o.errs[2].path == "/4");
}

BOOST_AUTO_TEST_CASE(json_lines_from_a_stream) {
    std::string text = good_items[0] + "\n" + bad_items[1] + "\n" + good_items[1] + "\n";
    std::istringstream in(text);
    std::vector<std::size_t> seen;
    djson::errors errs = djson::read_json_lines<Item>(in, [&](Item&, std::size_t i) { seen.push_back(i); },
                                                      {}, {.chunk_size = 4});
    BOOST_TEST(seen == (std::vector<std::size_t>{0, 2}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(errs.size() == 1u);
    BOOST_TEST(errs[0].path == "/1/name");
}

BOOST_AUTO_TEST_CASE(json_lines_match_reading_each_line_alone) {
    lcg r{7};
    for (const djson::options& opt :
         {djson::options{}, djson::options{.stop_at_first_error = true}, djson::options{.max_errors = 3},
          djson::options{.max_errors = 0}, djson::options{.max_depth = 2}}) {
        for (int d = 0; d < 20; ++d) {
            std::string text;
            for (std::size_t i = 0, n = r.below(8); i < n; ++i) {
                std::size_t pick = r.below(good_items.size() + bad_items.size() + 2);
                std::string l = pick < good_items.size() ? good_items[pick]
                                : pick < good_items.size() + bad_items.size()
                                    ? bad_items[pick - good_items.size()]
                                    : (pick % 2 ? "  " : "{\"id\":1,");
                if (l.find('\n') != std::string::npos)
                    l = good_items[0];
                text += l + (r.below(3) == 0 ? "\r\n" : "\n");
            }
            if (r.below(2) && !text.empty())
                text.pop_back();
            outcome want = lines_one_by_one(text, opt);
            for (std::size_t chunk :
                 {std::size_t{1}, std::size_t{3}, std::size_t{64}, std::size_t{1} << 18}) {
                outcome got = stream_lines(text, opt, chunk);
                BOOST_TEST_CONTEXT("chunk " << chunk << ", text:\n" << text) {
                    BOOST_TEST(got.errs == want.errs, boost::test_tools::per_element());
                    BOOST_TEST(got.items == want.items, boost::test_tools::per_element());
                }
            }
        }
    }
}
