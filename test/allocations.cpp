// A warm read allocates nothing: reading the same shape of document again into an object reuses the capacity
// that earlier reads left (strings, vectors, nested models, optionals), and so does writing into a reused
// buffer.
#define BOOST_TEST_MODULE allocations
#include <boost/test/unit_test.hpp>

#include "support.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
std::atomic<long> allocations{0};
}

// The replacements pair malloc with free themselves; at -O2 g++ cannot see that through inlining and warns.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

void* operator new(std::size_t n) {
    ++allocations;
    if (void* p = std::malloc(n ? n : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}

namespace al {
BOOST_DEFINE_ENUM_CLASS(Kind, small, large)
struct nested_t {
    std::vector<std::array<double, 3>> v3s;
    std::string id;
};
BOOST_DESCRIBE_STRUCT(nested_t, (), (v3s, id))
struct doc_t {
    std::vector<std::int32_t> ints;
    std::vector<std::string> names;
    std::string escaped_text;
    std::optional<Kind> kind;
    djson::nullable<double> ratio;
    djson::timestamp at;
    nested_t nested;
    bool flag;
};
BOOST_DESCRIBE_STRUCT(doc_t, (), (ints, names, escaped_text, kind, ratio, at, nested, flag))
} // namespace al

BOOST_AUTO_TEST_CASE(warm_read_and_write_allocate_nothing) {
    const std::string text =
        R"({"ints":[0,1,2,3,4,5,6],"names":["James with a name longer than the small buffer","Abraham"],)"
        R"("escaped_text":"{\"some key\":\"some string value that is long enough to live on the heap\"}",)"
        R"("kind":"large","ratio":0.25,"at":"2017-07-11T18:45:37.098Z",)"
        R"("nested":{"v3s":[[0.12345,0.23456,0.001345],[0.3894675,97.39827,297.92387]],"id":"298728949872"},"flag":true})";
    al::doc_t doc;
    std::string out;
    for (int i = 0; i < 3;
         ++i) { // warm up: the object, the per-thread scratch and reader buffers, the buffer
        BOOST_TEST_REQUIRE(djson::read_json(doc, text).empty());
        out.clear();
        djson::write_json(out, doc);
    }
    long before = allocations.load();
    for (int i = 0; i < 10; ++i) {
        djson::errors errs = djson::read_json(doc, text);
        if (!errs.empty())
            BOOST_FAIL(errs.front().message());
        out.clear();
        djson::write_json(out, doc);
    }
    BOOST_TEST(allocations.load() - before == 0);
    BOOST_TEST(out == djson::to_json(djson::from_json<al::doc_t>(text)));
}

namespace al {
struct entry_t {
    std::string name;
    std::map<std::string, std::string> labels;
    std::unordered_map<std::string, std::int64_t> counts;
    djson::additional_properties extra; // captures unknown keys
};
BOOST_DESCRIBE_STRUCT(entry_t, (), (name, labels, counts, extra))
} // namespace al

// Maps keep the entries whose keys come again, captured unknown keys keep their strings, and duplicate checks
// keep their table: a warm read of the same shape allocates nothing there either (the issue's list: maps,
// captured unknown keys). An object with many keys (a key set that grows) too, once warm.
BOOST_AUTO_TEST_CASE(warm_maps_and_captured_keys_allocate_nothing) {
    std::string text =
        R"([{"name":"a name longer than the small string buffer",)"
        R"("labels":{"a key longer than sixteen bytes":"a value longer than sixteen bytes","b":"c"},)"
        R"("counts":{"first counter with a long name":1,"second":2},)"
        R"("unknown one with a long key":{"nested":[1,2,3],"more":"a long string value here"},)"
        R"("other":12345678901234567890123})";
    std::string many = R"(,{"name":"n","labels":{)";
    for (int i = 0; i < 200; ++i)
        many += (i ? ",\"" : "\"") + std::string("label number ") + std::to_string(i) + "\":\"v\"";
    text += many + R"(},"counts":{}}])";
    std::vector<al::entry_t> doc;
    // Warm-up: read_json reads into a per-thread scratch and swaps it with `doc`, so two objects take turns,
    // and a captured entry's strings reach their size over a few reads.
    for (int i = 0; i < 6; ++i)
        BOOST_TEST_REQUIRE(djson::read_json(doc, text).empty());
    long before = allocations.load();
    for (int i = 0; i < 50; ++i) {
        djson::errors errs = djson::read_json(doc, text);
        if (!errs.empty())
            BOOST_FAIL(errs.front().message());
    }
    BOOST_TEST(allocations.load() - before == 0);
    BOOST_TEST_REQUIRE(doc.size() == 2u);
    BOOST_TEST(doc[0].labels.size() == 2u);
    BOOST_TEST(doc[1].labels.size() == 200u);
    BOOST_TEST(doc[0].extra.size() == 2u);
    BOOST_TEST(doc[0].extra.find("other")->json == "12345678901234567890123");
    BOOST_TEST(djson::to_json(doc) == djson::to_json(djson::from_json<std::vector<al::entry_t>>(text)));
}
