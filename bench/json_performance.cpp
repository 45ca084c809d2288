// djson against the best Boost.JSON DOM route, the tokenizer's own ceiling, memcpy and nlohmann/json, all in
// one run on the same bytes (issue 9, "The benchmark").
//
// Payloads:
//   p1   the json_performance object (bench/data/json_performance.json, 670 B)
//   p1a  p1 repeated in an array to about 3 MB
//   p2   10,000 PAT-shaped objects (bench/pat_payload.hpp), generated deterministically, about 3.6 MB
//
// Contenders (benchmark names are PAYLOAD/read|write/CONTENDER):
//   read/memcpy            memcpy of the payload's bytes into a preallocated buffer
//   read/ceiling           boost::json::basic_parser with a do-nothing handler (reused, reset per iteration)
//   read/boost_parse       boost::json::parse(text, sp) into a monotonic_resource, nothing more
//   read/boost_dom         parse(text, sp) + value_to<T>: the Boost DOM route, the baseline of every read
//   ratio read/boost_value_to    value_to<T>(jv) alone, on a DOM parsed once before timing read/djson_warm
//   djson::read_json(obj, text) into the same object every iteration read/djson_fresh
//   djson::from_json<T>(text) read/djson_dom         parse(text, sp) + djson::from_value<T>(jv)
//   read/djson_from_value  djson::from_value<T>(jv) alone, on a DOM parsed once before timing
//   read/nlohmann          nlohmann::json::parse(text).get<T>()                          (p1, p1a only)
//   write/boost_dom        value_from(v, sp) into a monotonic_resource + serialize: the baseline of write
//   ratios write/boost_value_from value_from(v, sp) alone write/djson            djson::write_json(out, v)
//   into a reused std::string write/djson_dom        djson::to_value(v) + serialize write/djson_to_value
//   djson::to_value(v) alone write/nlohmann         nlohmann::json(v).dump() (p1, p1a only)
//
// The monotonic_resource: a fresh boost::json::monotonic_resource per iteration, constructed over one buffer
// that the contender allocates once before timing (8 x the payload + 1 MiB; an overflow would go to the
// upstream allocator and show in the allocs counter).
//
// Every contender runs once before anything is timed and its result is checked equal to djson's: a read
// result with djson::equal (or, for the Boost model of p2, with == against djson's result converted), a write
// result by reading it back with djson and comparing with djson::equal, the ceiling by consuming every byte
// without an error, memcpy by memcmp. A mismatch aborts the run with a message naming the contender.
//
// Counters: `allocs` is the number of calls of the global operator new (all forms) per iteration, that is per
// document, counted by the replacement below (single-threaded: plain counter); `doc_bytes` is the payload's
// size, the bytes every MB/s figure of bench/RESULTS.md is computed from (reads and writes alike).
#include "pat_payload.hpp"

#include <djson/djson.hpp>

#include <benchmark/benchmark.h>
#include <boost/json.hpp>
#include <boost/json/basic_parser_impl.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <new>
#include <sstream>

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

// ---- p1's model
// ---------------------------------------------------------------------------------------------

namespace perf {
struct fixed_object_t {
    std::vector<int> int_array;
    std::vector<float> float_array;
    std::vector<double> double_array;
};
BOOST_DESCRIBE_STRUCT(fixed_object_t, (), (int_array, float_array, double_array))
struct fixed_name_object_t {
    std::string name0, name1, name2, name3, name4;
};
BOOST_DESCRIBE_STRUCT(fixed_name_object_t, (), (name0, name1, name2, name3, name4))
struct nested_object_t {
    std::vector<std::array<double, 3>> v3s;
    std::string id;
};
BOOST_DESCRIBE_STRUCT(nested_object_t, (), (v3s, id))
struct another_object_t {
    std::string string, another_string, escaped_text;
    bool boolean;
    nested_object_t nested_object;
};
BOOST_DESCRIBE_STRUCT(another_object_t, (), (string, another_string, escaped_text, boolean, nested_object))
struct obj_t {
    fixed_object_t fixed_object;
    fixed_name_object_t fixed_name_object;
    another_object_t another_object;
    std::vector<std::string> string_array;
    std::string string;
    double number;
    bool boolean;
    bool another_bool;
};
BOOST_DESCRIBE_STRUCT(obj_t, (),
                      (fixed_object, fixed_name_object, another_object, string_array, string, number, boolean,
                       another_bool))

NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_object_t, int_array, float_array, double_array)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(fixed_name_object_t, name0, name1, name2, name3, name4)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(nested_object_t, v3s, id)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(another_object_t, string, another_string, escaped_text, boolean,
                                   nested_object)
NLOHMANN_DEFINE_TYPE_NON_INTRUSIVE(obj_t, fixed_object, fixed_name_object, another_object, string_array,
                                   string, number, boolean, another_bool)
} // namespace perf

namespace {

// ---- payloads
// -----------------------------------------------------------------------------------------------

std::string p1_text() {
    std::ifstream in(DJSON_BENCH_DATA_DIR "/json_performance.json");
    std::stringstream s;
    s << in.rdbuf();
    std::string t = s.str();
    while (!t.empty() && (t.back() == '\n' || t.back() == ' '))
        t.pop_back();
    if (t.empty()) {
        std::fprintf(stderr, "bench: cannot read %s\n", DJSON_BENCH_DATA_DIR "/json_performance.json");
        std::exit(2);
    }
    return t;
}
std::string p1a_text(const std::string& one) {
    std::string t = "[";
    while (t.size() < 3'000'000) {
        if (t.size() > 1)
            t += ',';
        t += one;
    }
    return t + "]";
}

[[noreturn]] void fail(const std::string& what) {
    std::fprintf(stderr, "bench_json_performance: %s\n", what.c_str());
    std::fflush(stderr);
    std::abort();
}

// The Boost-side type of a payload and its value made from djson's: p1's own model (Boost converts described
// structs itself), the bpat model for p2.
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

// Registers one contender. `c` is a shared_ptr to an object with `void run()` (one timed iteration) and
// `std::string check()` (empty when its result equals djson's); check() runs here, before any timing.
template <class C>
void add(const std::string& payload, const std::string& name, std::size_t doc_bytes, std::shared_ptr<C> c) {
    std::string full = payload + "/" + name;
    std::string why = c->check();
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

template <class T> struct ceiling_c {
    const payload<T>& p;
    boost::json::basic_parser<null_handler> parser{boost::json::parse_options{}};
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

template <class T> struct djson_dom_write_c {
    const payload<T>& p;
    std::string out;
    explicit djson_dom_write_c(const payload<T>& pl) : p(pl) {}
    void run() {
        out = boost::json::serialize(djson::to_value(p.value));
        benchmark::DoNotOptimize(out.data());
    }
    std::string check() {
        run();
        return p.written_ok(out);
    }
};

template <class T> struct djson_to_value_c {
    const payload<T>& p;
    explicit djson_to_value_c(const payload<T>& pl) : p(pl) {}
    void run() {
        boost::json::value jv = djson::to_value(p.value);
        benchmark::DoNotOptimize(jv);
    }
    std::string check() {
        boost::json::value jv = djson::to_value(p.value);
        auto r = djson::try_from_value<T>(jv);
        if (!r)
            return "djson cannot read the DOM back: " + r.error_list().front().message();
        return djson::equal(*r, p.value) ? "" : "the DOM reads back different";
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

template <template <class> class C, class T> void add(const payload<T>& p, const char* name) {
    add(p.name, name, p.text.size(), std::make_shared<C<T>>(p));
}

template <bool with_nlohmann, class T> void register_all(const payload<T>& p) {
    add<memcpy_c>(p, "read/memcpy");
    add<ceiling_c>(p, "read/ceiling");
    add<boost_parse_c>(p, "read/boost_parse");
    add<boost_dom_read_c>(p, "read/boost_dom");
    add<boost_value_to_c>(p, "read/boost_value_to");
    add<djson_warm_c>(p, "read/djson_warm");
    add<djson_fresh_c>(p, "read/djson_fresh");
    add<djson_dom_read_c>(p, "read/djson_dom");
    add<djson_from_value_c>(p, "read/djson_from_value");
    if constexpr (with_nlohmann)
        add<nlohmann_read_c>(p, "read/nlohmann");
    add<boost_dom_write_c>(p, "write/boost_dom");
    add<boost_value_from_c>(p, "write/boost_value_from");
    add<djson_write_c>(p, "write/djson");
    add<djson_dom_write_c>(p, "write/djson_dom");
    add<djson_to_value_c>(p, "write/djson_to_value");
    if constexpr (with_nlohmann)
        add<nlohmann_write_c>(p, "write/nlohmann");
}

} // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;

    const std::string one = p1_text();
    // The payloads live until the end of main: the registered contenders refer to them.
    const payload<perf::obj_t> p1("p1", one);
    const payload<std::vector<perf::obj_t>> p1a("p1a", p1a_text(one));
    const payload<std::vector<pat::CreatePersonalAccessTokenResponse>> p2(
        "p2", djson::to_json(pat::make_pats(10'000)));

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
    register_all<true>(p1);
    register_all<true>(p1a);
    register_all<false>(p2);
    std::fprintf(stderr,
                 "bench_json_performance: every contender checked equal; p1 %zu B, p1a %zu B, p2 %zu B "
                 "(%zu objects, %zu with \"scope\": null, %zu with a non-ASCII name)\n",
                 p1.text.size(), p1a.text.size(), p2.text.size(), p2.value.size(), null_scopes,
                 non_ascii_names);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
}
