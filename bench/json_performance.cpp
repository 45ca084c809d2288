// djson against the best Boost.JSON DOM route, the tokenizer's own ceiling, memcpy, RapidJSON, simdjson
// On-Demand and nlohmann/json, all in one run on the same bytes (issue 9, "The benchmark").
//
// Payloads:
//   p1   the json_performance object (bench/data/json_performance.json, 670 B)
//   p1a  p1 repeated in an array to about 3 MB
//   p2   10,000 PAT-shaped objects (bench/pat_payload.hpp), generated deterministically, about 3.7 MB
//   p3   SailPoint's RequestedItemStatus (examples/sailpoint/models/RequestedItemStatus.hpp), its example
//        document (examples/sailpoint/data/examples/RequestedItemStatus.json, minified) repeated in an array
//        to about 2 MB
//
// Contenders (benchmark names are PAYLOAD/read|write/CONTENDER):
//   read/memcpy            memcpy of the payload's bytes into a preallocated buffer
//   read/ceiling           boost::json::basic_parser with a do-nothing handler (reused, reset per iteration)
//   read/ceiling_touch     the same with a handler that only sums the bits of what it is handed, so that no
//                          work of the tokenizer can be left out as unused
//   read/boost_parse       boost::json::parse(text, sp) into a monotonic_resource, nothing more
//   read/boost_dom         parse(text, sp) + value_to<T>: the Boost DOM route, the baseline of every read
//   read/boost_value_to    value_to<T>(jv) alone, on a DOM parsed once before timing
//   read/djson_warm        djson::read_json(obj, text) into the same object every iteration
//   read/djson_fresh       djson::from_json<T>(text)
//   read/djson_dom         parse(text, sp) + djson::from_value<T>(jv): p3's read baseline
//   read/djson_from_value  djson::from_value<T>(jv) alone, on a DOM parsed once before timing
//   read/rapidjson         rapidjson::Document::Parse (its pool allocator over a preallocated buffer) and the
//                          hand-mapping of bench/models/*_rapidjson.hpp into the same object every iteration
//   read/simdjson          simdjson On-Demand (parser reused, padded copy of the text made before timing) and
//                          the hand-mapping of bench/models/*_simdjson.hpp into the same object every
//                          iteration
//   read/nlohmann          nlohmann::json::parse(text).get<T>()
//   read/hand_sax          p1, p1a and p2: a basic_parser handler written by hand for the payload's model
//                          (bench/models/p1_sax.hpp, pat_sax.hpp), into the same object every iteration: the
//                          bound of any reader of this model on Boost's tokenizer
//   write/boost_dom        value_from(v, sp) into a monotonic_resource + serialize: the baseline of write
//   write/boost_value_from value_from(v, sp) alone
//   write/djson            djson::write_json(out, v) into a reused std::string
//   write/djson_dom        djson::to_value(v, {}, sp) + serialize (monotonic, as Boost's): p3's write
//   baseline write/djson_to_value   djson::to_value(v, {}, sp) alone (monotonic) write/rapidjson
//   rapidjson::Writer, hand-mapped (bench/models/*_rapidjson.hpp), reused StringBuffer write/nlohmann
//   nlohmann::json(v).dump()
// Boost's value_to / value_from cannot convert p3's model (see boost_side below), so p3 has neither Boost
// route; RapidJSON, simdjson and nlohmann are mapped by hand for p1 and p2 only (p3's model has 27 members
// and 15 nested types).
//
// The monotonic_resource (and RapidJSON's MemoryPoolAllocator): a fresh one per iteration, constructed over
// one buffer that the contender allocates once before timing (8 x the payload + 1 MiB; an overflow would go
// to the upstream allocator and show in the allocs counter).
//
// Every contender runs once before anything is timed and its result is checked equal to djson's: a read
// result with djson::equal (or, for the Boost model of p2, with == against djson's result converted), a write
// result by reading it back with djson and comparing with djson::equal, the ceiling by consuming every byte
// without an error, memcpy by memcmp. A mismatch aborts the run with a message naming the contender.
//
// Counters: `allocs` is the number of calls of the global operator new (all forms) per iteration, that is per
// document, counted by the replacement below (single-threaded: plain counter), plus RapidJSON's parse-stack
// allocations (its allocator is replaced by a counting one; its StringBuffer is reused and does not grow);
// `doc_bytes` is the payload's size, the bytes every MB/s figure of bench/RESULTS.md is computed from (reads
// and writes alike).
#include "models/p1_describe.hpp"
#include "models/p1_nlohmann.hpp"
#include "models/p1_rapidjson.hpp"
#include "models/p1_sax.hpp"
#include "models/p1_simdjson.hpp"
#include "models/pat_nlohmann.hpp"
#include "models/pat_rapidjson.hpp"
#include "models/pat_sax.hpp"
#include "models/pat_simdjson.hpp"
#include "pat_payload.hpp"

#include "../examples/sailpoint/models/RequestedItemStatus.hpp"

#include <djson/djson.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <new>
#include <sstream>
#include <variant>

// ---- allocation counting
// ------------------------------------------------------------------------------------

namespace alloc_count {
std::size_t calls = 0; // the benchmark runs on one thread
}

namespace {
void* counted_alloc(std::size_t n) noexcept {
    ++alloc_count::calls;
    return std::malloc(n == 0 ? 1 : n);
}
void* counted_aligned_alloc(std::size_t n, std::align_val_t al) noexcept {
    ++alloc_count::calls;
    std::size_t a = static_cast<std::size_t>(al);
    if (a < sizeof(void*))
        a = sizeof(void*);
    std::size_t size = (n == 0 ? 1 : n + a - 1) / a * a;
    return std::aligned_alloc(a, size);
}
} // namespace

void* operator new(std::size_t n) {
    if (void* p = counted_alloc(n))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
    if (void* p = counted_alloc(n))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    return counted_alloc(n);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
    return counted_alloc(n);
}
void* operator new(std::size_t n, std::align_val_t al) {
    if (void* p = counted_aligned_alloc(n, al))
        return p;
    throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t al) {
    if (void* p = counted_aligned_alloc(n, al))
        return p;
    throw std::bad_alloc();
}
void* operator new(std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
    return counted_aligned_alloc(n, al);
}
void* operator new[](std::size_t n, std::align_val_t al, const std::nothrow_t&) noexcept {
    return counted_aligned_alloc(n, al);
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete[](void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    std::free(p);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept {
    std::free(p);
}
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    std::free(p);
}
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept {
    std::free(p);
}

namespace {

// ---- payloads
// -----------------------------------------------------------------------------------------------

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_json_performance: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

std::string file_text(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    std::string t = s.str();
    while (!t.empty() && (t.back() == '\n' || t.back() == ' '))
        t.pop_back();
    if (t.empty())
        fail("cannot read " + path);
    return t;
}

// `one` repeated in a JSON array until the array has at least `bytes` bytes.
std::string repeated(const std::string& one, std::size_t bytes) {
    std::string t = "[";
    while (t.size() < bytes) {
        if (t.size() > 1)
            t += ',';
        t += one;
    }
    return t + "]";
}

// The Boost-side type of a payload and its value made from djson's: p1's own model (Boost converts described
// structs itself), the bpat model for p2, nothing for p3.
template <class T> struct boost_side {
    using type = T;
    static const T& from(const T& v) { return v; }
    static bool same(const T& a, const T& b) { return djson::equal(a, b); }
};
template <> struct boost_side<std::vector<pat::CreatePersonalAccessTokenResponse>> {
    using type = std::vector<bpat::CreatePersonalAccessTokenResponse>;
    static type from(const std::vector<pat::CreatePersonalAccessTokenResponse>& v) {
        return bpat::from_djson(v);
    }
    static bool same(const type& a, const type& b) { return a == b; }
};
// p3: Boost's value_to / value_from would need a second model written for them, as bpat is for p2, but with
// 27 members and 15 nested types: its keys are camelCase names of snake_case members (djson's naming rule),
// and djson::nullable, djson::timestamp and djson::additional_properties have no Boost conversion.
template <> struct boost_side<std::vector<sailpoint::RequestedItemStatus>> {
    using type = std::monostate;
    static type from(const std::vector<sailpoint::RequestedItemStatus>&) { return {}; }
};

struct mono_buffer {
    std::size_t size;
    std::unique_ptr<unsigned char[]> data;
    explicit mono_buffer(std::size_t payload)
        : size(payload * 8 + (1u << 20)), data(new unsigned char[size]) {
        std::memset(data.get(), 0, size); // touch the pages once, before timing
    }
};

struct null_handler {
    static constexpr std::size_t max_object_size = std::size_t(-1);
    static constexpr std::size_t max_array_size = std::size_t(-1);
    static constexpr std::size_t max_key_size = std::size_t(-1);
    static constexpr std::size_t max_string_size = std::size_t(-1);
    using sv = boost::json::string_view;
    using ec = boost::system::error_code;
    bool on_document_begin(ec&) { return true; }
    bool on_document_end(ec&) { return true; }
    bool on_object_begin(ec&) { return true; }
    bool on_object_end(std::size_t, ec&) { return true; }
    bool on_array_begin(ec&) { return true; }
    bool on_array_end(std::size_t, ec&) { return true; }
    bool on_key_part(sv, std::size_t, ec&) { return true; }
    bool on_key(sv, std::size_t, ec&) { return true; }
    bool on_string_part(sv, std::size_t, ec&) { return true; }
    bool on_string(sv, std::size_t, ec&) { return true; }
    bool on_number_part(sv, ec&) { return true; }
    bool on_int64(std::int64_t, sv, ec&) { return true; }
    bool on_uint64(std::uint64_t, sv, ec&) { return true; }
    bool on_double(double, sv, ec&) { return true; }
    bool on_bool(bool, ec&) { return true; }
    bool on_null(ec&) { return true; }
    bool on_comment_part(sv, ec&) { return true; }
    bool on_comment(sv, ec&) { return true; }
};

// The ceiling's handler that looks at what it is handed: each value's bits (and each string's size and first
// byte) go into a sum that is kept. With nothing looking, the compiler may drop work of the tokenizer whose
// result nobody uses (a number's conversion to double, for one); any reader pays for that work.
struct touch_handler : null_handler {
    std::uint64_t sum = 0;
    void touch(sv s) { sum += s.size() + (s.empty() ? 0u : static_cast<unsigned char>(s[0])); }
    bool on_key(sv s, std::size_t, ec&) { return touch(s), true; }
    bool on_string(sv s, std::size_t, ec&) { return touch(s), true; }
    bool on_int64(std::int64_t v, sv, ec&) { return sum += static_cast<std::uint64_t>(v), true; }
    bool on_uint64(std::uint64_t v, sv, ec&) { return sum += v, true; }
    bool on_double(double v, sv, ec&) { return sum += std::bit_cast<std::uint64_t>(v), true; }
    bool on_bool(bool b, ec&) { return sum += b, true; }
};

// RapidJSON's CrtAllocator, counted: RapidJSON allocates with malloc, which the operator new counter does not
// see. Used for a Document's parse stack (its values go to a MemoryPoolAllocator over a preallocated buffer).
struct counted_crt_allocator {
    static const bool kNeedFree = true;
    void* Malloc(std::size_t size) {
        if (size == 0)
            return nullptr;
        ++alloc_count::calls;
        return std::malloc(size);
    }
    void* Realloc(void* p, std::size_t, std::size_t size) {
        if (size == 0) {
            std::free(p);
            return nullptr;
        }
        ++alloc_count::calls;
        return std::realloc(p, size);
    }
    static void Free(void* p) { std::free(p); }
};
using rj_document =
    rapidjson::GenericDocument<rapidjson::UTF8<>, rapidjson::MemoryPoolAllocator<>, counted_crt_allocator>;

// Registers one contender. `c` is a shared_ptr to an object with `void run()` (one timed iteration) and
// `std::string check()` (empty when its result equals djson's); check() runs here, before any timing.
template <class C>
void add(const std::string& payload, const std::string& name, std::size_t doc_bytes, std::shared_ptr<C> c) {
    std::string full = payload + "/" + name;
    std::string why;
    try {
        why = c->check();
    } catch (const std::exception& e) {
        why = std::string("it threw: ") + e.what();
    }
    if (!why.empty())
        fail(full + ": result differs from djson's: " + why);
    auto* b = benchmark::RegisterBenchmark(full.c_str(), [c, doc_bytes](benchmark::State& st) {
        std::size_t a0 = alloc_count::calls;
        for (auto _ : st)
            c->run();
        std::size_t a1 = alloc_count::calls;
        st.counters["allocs"] =
            benchmark::Counter(static_cast<double>(a1 - a0), benchmark::Counter::kAvgIterations);
        st.counters["doc_bytes"] = benchmark::Counter(static_cast<double>(doc_bytes));
        st.SetBytesProcessed(static_cast<std::int64_t>(st.iterations()) *
                             static_cast<std::int64_t>(doc_bytes));
    });
    b->Unit(doc_bytes > 100'000 ? benchmark::kMillisecond : benchmark::kMicrosecond);
}

template <class T> struct payload {
    using B = typename boost_side<T>::type;
    std::string name;
    std::string text;
    T value;       // djson::from_json<T>(text): what every reader must produce, what every writer writes
    B boost_value; // the same, as the Boost side's type
    boost::json::value dom; // parse(text), for the conversion-only contenders

    payload(std::string n, std::string t)
        : name(std::move(n)), text(std::move(t)), value(djson::from_json<T>(text)),
          boost_value(boost_side<T>::from(value)), dom(boost::json::parse(text)) {}

    // A write result is right when djson reads it back equal to the value written.
    std::string written_ok(std::string_view out) const {
        auto r = djson::try_from_json<T>(out);
        if (!r)
            return "djson cannot read the output back: " + r.error_list().front().message();
        if (!djson::equal(*r, value))
            return "the output reads back different (first difference at " + djson::diff(*r, value).front() +
                   ")";
        return {};
    }
    std::string read_ok(const T& got) const {
        if (!djson::equal(got, value))
            return "first difference at " + djson::diff(got, value).front();
        return {};
    }
};

// ---- read contenders
// ----------------------------------------------------------------------------------------

template <class T> struct memcpy_c {
    const payload<T>& p;
    std::unique_ptr<char[]> buf;
    explicit memcpy_c(const payload<T>& pl) : p(pl), buf(new char[pl.text.size()]) {}
    void run() {
        std::memcpy(buf.get(), p.text.data(), p.text.size());
        benchmark::DoNotOptimize(buf.get());
        benchmark::ClobberMemory();
    }
    std::string check() {
        run();
        return std::memcmp(buf.get(), p.text.data(), p.text.size()) == 0 ? "" : "bytes differ";
    }
};

template <class T, class Handler = null_handler> struct ceiling_c {
    const payload<T>& p;
    boost::json::basic_parser<Handler> parser{boost::json::parse_options{}};
    explicit ceiling_c(const payload<T>& pl) : p(pl) {}
    std::size_t once(boost::system::error_code& ec) {
        parser.reset();
        return parser.write_some(false, p.text.data(), p.text.size(), ec);
    }
    void run() {
        boost::system::error_code ec;
        std::size_t n = once(ec);
        if (ec || n != p.text.size())
            fail(p.name + "/read/ceiling: basic_parser failed");
        benchmark::DoNotOptimize(n);
        if constexpr (std::is_same_v<Handler, touch_handler>)
            benchmark::DoNotOptimize(parser.handler().sum);
    }
    std::string check() {
        boost::system::error_code ec;
        std::size_t n = once(ec);
        if (ec)
            return "basic_parser: " + ec.message();
        if (n != p.text.size() || !parser.done())
            return "basic_parser stopped after " + std::to_string(n) + " bytes";
        return {};
    }
};

template <class T> using ceiling_touch_c = ceiling_c<T, touch_handler>;

template <class T> struct boost_parse_c {
    const payload<T>& p;
    mono_buffer buf;
    explicit boost_parse_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = boost::json::parse(p.text, &mr);
        benchmark::DoNotOptimize(jv);
    }
    std::string check() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = boost::json::parse(p.text, &mr);
        return jv == p.dom ? "" : "the DOM differs";
    }
};

template <class T> struct boost_dom_read_c {
    using B = typename boost_side<T>::type;
    const payload<T>& p;
    mono_buffer buf;
    B out{};
    explicit boost_dom_read_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        out = boost::json::value_to<B>(boost::json::parse(p.text, &mr));
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return boost_side<T>::same(out, p.boost_value) ? "" : "value_to's result differs";
    }
};

template <class T> struct boost_value_to_c {
    using B = typename boost_side<T>::type;
    const payload<T>& p;
    B out{};
    explicit boost_value_to_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = boost::json::value_to<B>(p.dom);
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return boost_side<T>::same(out, p.boost_value) ? "" : "value_to's result differs";
    }
};

template <class T> struct djson_warm_c {
    const payload<T>& p;
    T out{};
    explicit djson_warm_c(const payload<T>& pl) : p(pl) {}
    void run() {
        auto errs = djson::read_json(out, p.text);
        if (!errs.empty())
            fail(p.name + "/read/djson_warm: " + errs.front().message());
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        run(); // the second read is the warm one
        return p.read_ok(out);
    }
};

template <class T> struct djson_fresh_c {
    const payload<T>& p;
    T out{};
    explicit djson_fresh_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = djson::from_json<T>(p.text);
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return p.read_ok(out);
    }
};

template <class T> struct djson_dom_read_c {
    const payload<T>& p;
    mono_buffer buf;
    T out{};
    explicit djson_dom_read_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        out = djson::from_value<T>(boost::json::parse(p.text, &mr));
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return p.read_ok(out);
    }
};

template <class T> struct djson_from_value_c {
    const payload<T>& p;
    T out{};
    explicit djson_from_value_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = djson::from_value<T>(p.dom);
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return p.read_ok(out);
    }
};

template <class T> struct rapidjson_read_c {
    const payload<T>& p;
    mono_buffer buf;
    counted_crt_allocator stack_allocator;
    T out{};
    explicit rapidjson_read_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        rapidjson::MemoryPoolAllocator<> pool(buf.data.get(), buf.size);
        rj_document doc(&pool, 1024, &stack_allocator); // 1024: RapidJSON's default stack capacity
        doc.Parse<rjmap::parse_flags>(p.text.data(), p.text.size());
        if (doc.HasParseError())
            fail(p.name + "/read/rapidjson: parse error at offset " + std::to_string(doc.GetErrorOffset()));
        using rjmap::rj_read;
        rj_read(doc, out);
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        run(); // warm, as djson_warm
        return p.read_ok(out);
    }
};

template <class T> struct simdjson_read_c {
    const payload<T>& p;
    simdjson::padded_string text;
    sjmap::od::parser parser;
    T out{};
    explicit simdjson_read_c(const payload<T>& pl) : p(pl), text(pl.text) {}
    void run() {
        sjmap::parse(parser, text, out);
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        run(); // warm, as djson_warm
        return p.read_ok(out);
    }
};

// p1, p1a and p2 (the models of the hand-written handlers): the parser is reused, as the ceiling's is.
template <class T> struct hand_handler;
template <> struct hand_handler<perf::obj_t> { using type = p1_sax::handler; };
template <> struct hand_handler<std::vector<perf::obj_t>> { using type = p1_sax::handler; };
template <> struct hand_handler<pat_sax::pat_vector> { using type = pat_sax::handler; };
template <class T> struct hand_sax_c {
    const payload<T>& p;
    boost::json::basic_parser<typename hand_handler<T>::type> parser{boost::json::parse_options{}};
    T out{};
    explicit hand_sax_c(const payload<T>& pl) : p(pl) {}
    void run() {
        using p1_sax::read, pat_sax::read;
        if (!read(parser, p.text, out))
            fail(p.name + "/read/hand_sax: the handler stopped");
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        run(); // warm, as djson_warm
        return p.read_ok(out);
    }
};

template <class T> struct nlohmann_read_c {
    const payload<T>& p;
    T out{};
    explicit nlohmann_read_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = nlohmann::json::parse(p.text).template get<T>();
        benchmark::DoNotOptimize(out);
    }
    std::string check() {
        run();
        return p.read_ok(out);
    }
};

// ---- write contenders
// ---------------------------------------------------------------------------------------

template <class T> struct boost_dom_write_c {
    const payload<T>& p;
    mono_buffer buf;
    std::string out;
    explicit boost_dom_write_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        out = boost::json::serialize(boost::json::value_from(p.boost_value, &mr));
        benchmark::DoNotOptimize(out.data());
    }
    std::string check() {
        run();
        return p.written_ok(out);
    }
};

template <class T> struct boost_value_from_c {
    const payload<T>& p;
    mono_buffer buf;
    explicit boost_value_from_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = boost::json::value_from(p.boost_value, &mr);
        benchmark::DoNotOptimize(jv);
    }
    std::string check() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = boost::json::value_from(p.boost_value, &mr);
        return p.written_ok(boost::json::serialize(jv));
    }
};

template <class T> struct djson_write_c {
    const payload<T>& p;
    std::string out;
    explicit djson_write_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out.clear();
        djson::write_json(out, p.value);
        benchmark::DoNotOptimize(out.data());
    }
    std::string check() {
        run();
        return p.written_ok(out);
    }
};

// djson's DOM routes get the same monotonic resource over the same buffer as Boost's.
template <class T> struct djson_dom_write_c {
    const payload<T>& p;
    mono_buffer buf;
    std::string out;
    explicit djson_dom_write_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        out = boost::json::serialize(djson::to_value(p.value, {}, &mr));
        benchmark::DoNotOptimize(out.data());
    }
    std::string check() {
        run();
        return p.written_ok(out);
    }
};

template <class T> struct djson_to_value_c {
    const payload<T>& p;
    mono_buffer buf;
    explicit djson_to_value_c(const payload<T>& pl) : p(pl), buf(pl.text.size()) {}
    void run() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = djson::to_value(p.value, {}, &mr);
        benchmark::DoNotOptimize(jv);
    }
    std::string check() {
        boost::json::monotonic_resource mr(buf.data.get(), buf.size);
        boost::json::value jv = djson::to_value(p.value, {}, &mr);
        auto r = djson::try_from_value<T>(jv);
        if (!r)
            return "djson cannot read the DOM back: " + r.error_list().front().message();
        return djson::equal(*r, p.value) ? "" : "the DOM reads back different";
    }
};

template <class T> struct rapidjson_write_c {
    const payload<T>& p;
    rapidjson::StringBuffer out;
    rjmap::writer writer{out};
    explicit rapidjson_write_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out.Clear();
        writer.Reset(out);
        using rjmap::rj_write;
        rj_write(writer, p.value);
        if (!writer.IsComplete())
            fail(p.name + "/write/rapidjson: the writer did not complete the document");
        benchmark::DoNotOptimize(out.GetString());
    }
    std::string check() {
        run();
        return p.written_ok(std::string_view(out.GetString(), out.GetSize()));
    }
};

template <class T> struct nlohmann_write_c {
    const payload<T>& p;
    std::string out;
    explicit nlohmann_write_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = nlohmann::json(p.value).dump();
        benchmark::DoNotOptimize(out.data());
    }
    std::string check() {
        run();
        return p.written_ok(out);
    }
};

// ---- registration
// -------------------------------------------------------------------------------------------

// Which of the other libraries take part for a payload (djson, memcpy, the ceiling and Boost's parse always
// do).
struct roster {
    bool boost_model = true; // Boost's value_to / value_from convert the payload's model
    bool rapidjson = true;
    bool simdjson = true;
    bool nlohmann = true;
};

template <template <class> class C, class T> void add(const payload<T>& p, const char* name) {
    add(p.name, name, p.text.size(), std::make_shared<C<T>>(p));
}

template <roster R, class T> void register_all(const payload<T>& p) {
    add<memcpy_c>(p, "read/memcpy");
    add<ceiling_c>(p, "read/ceiling");
    add<ceiling_touch_c>(p, "read/ceiling_touch");
    add<boost_parse_c>(p, "read/boost_parse");
    if constexpr (R.boost_model) {
        add<boost_dom_read_c>(p, "read/boost_dom");
        add<boost_value_to_c>(p, "read/boost_value_to");
    }
    add<djson_warm_c>(p, "read/djson_warm");
    add<djson_fresh_c>(p, "read/djson_fresh");
    add<djson_dom_read_c>(p, "read/djson_dom");
    add<djson_from_value_c>(p, "read/djson_from_value");
    if constexpr (R.rapidjson)
        add<rapidjson_read_c>(p, "read/rapidjson");
    if constexpr (R.simdjson)
        add<simdjson_read_c>(p, "read/simdjson");
    if constexpr (R.nlohmann)
        add<nlohmann_read_c>(p, "read/nlohmann");
    if constexpr (requires { typename hand_handler<T>::type; })
        add<hand_sax_c>(p, "read/hand_sax");
    if constexpr (R.boost_model) {
        add<boost_dom_write_c>(p, "write/boost_dom");
        add<boost_value_from_c>(p, "write/boost_value_from");
    }
    add<djson_write_c>(p, "write/djson");
    add<djson_dom_write_c>(p, "write/djson_dom");
    add<djson_to_value_c>(p, "write/djson_to_value");
    if constexpr (R.rapidjson)
        add<rapidjson_write_c>(p, "write/rapidjson");
    if constexpr (R.nlohmann)
        add<nlohmann_write_c>(p, "write/nlohmann");
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const std::string one = file_text(DJSON_BENCH_DATA_DIR "/json_performance.json");
    // p3's unit: SailPoint's example document, minified by Boost.JSON (it has no floating-point numbers, so
    // nothing but whitespace changes).
    const std::string status = boost::json::serialize(
        boost::json::parse(file_text(DJSON_BENCH_SAILPOINT_EXAMPLES "/RequestedItemStatus.json")));

    // The payloads live until the end of main: the registered contenders refer to them.
    const payload<perf::obj_t> p1("p1", one);
    const payload<std::vector<perf::obj_t>> p1a("p1a", repeated(one, 3'000'000));
    const payload<std::vector<pat::CreatePersonalAccessTokenResponse>> p2(
        "p2", djson::to_json(pat::make_pats(10'000)));
    const payload<std::vector<sailpoint::RequestedItemStatus>> p3("p3", repeated(status, 2'000'000));

    // p2's text is djson's output; Boost's writer must produce the very same bytes from the same values.
    if (boost::json::serialize(boost::json::value_from(p2.boost_value)) != p2.text)
        fail("p2: Boost's serialize(value_from(...)) differs from djson's text for the same values");

    std::size_t null_scopes = 0, non_ascii_names = 0;
    for (const auto& t : p2.value) {
        null_scopes += t.scope.is_null();
        non_ascii_names += std::any_of(t.name.begin(), t.name.end(), [](char c) { return (c & 0x80) != 0; });
    }
    benchmark::AddCustomContext("p2_objects", std::to_string(p2.value.size()));
    benchmark::AddCustomContext("p2_null_scopes", std::to_string(null_scopes));
    benchmark::AddCustomContext("p2_non_ascii_names", std::to_string(non_ascii_names));
    benchmark::AddCustomContext("p3_objects", std::to_string(p3.value.size()));
    benchmark::AddCustomContext("p3_object_bytes", std::to_string(status.size()));
    // simdjson: stage 1 (structural indexing) runs the kernel chosen at run time for this CPU; the On-Demand
    // front end (navigation, strings, numbers) is the kernel the compiler flags allow ("fallback" without
    // -march: the flags here are the same for every library).
    benchmark::AddCustomContext("simdjson_stage1", simdjson::get_active_implementation()->name());
    benchmark::AddCustomContext("simdjson_ondemand", simdjson::builtin_implementation()->name());

    register_all<roster{}>(p1);
    register_all<roster{}>(p1a);
    register_all<roster{}>(p2);
    register_all<roster{.boost_model = false, .rapidjson = false, .simdjson = false, .nlohmann = false}>(p3);
    std::fprintf(
        stderr,
        "bench_json_performance: every contender checked equal; p1 %zu B, p1a %zu B, p2 %zu B "
        "(%zu objects, %zu with \"scope\": null, %zu with a non-ASCII name), p3 %zu B (%zu objects)\n",
        p1.text.size(), p1a.text.size(), p2.text.size(), p2.value.size(), null_scopes, non_ascii_names,
        p3.text.size(), p3.value.size());

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
