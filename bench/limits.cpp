// Limits, measured: time and peak memory of reading very deep, very long and very large inputs into models.
// Usage: bench_limits SCENARIO SIZE   (one scenario per process, so peak RSS is that scenario's alone)
//   deep N      a free-form value nested N arrays deep (expects too_deep, with bounded stack)
//   string N    one string member of N bytes
//   misplaced N a string of N bytes where an enum is expected (expects a short error message)
//   array N     a vector<std::int64_t> of N items
//   records N   about N bytes of a JSON array of small records
// Prints: scenario, size, input bytes, seconds, peak RSS (MiB), verdict.
#include <djson/djson.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/resource.h>

namespace lim {
BOOST_DEFINE_ENUM_CLASS(Kind, small, large)
struct text_holder {
    std::string s;
};
BOOST_DESCRIBE_STRUCT(text_holder, (), (s))
struct enum_holder {
    Kind k;
};
BOOST_DESCRIBE_STRUCT(enum_holder, (), (k))
struct free_form {
    boost::json::value v;
};
BOOST_DESCRIBE_STRUCT(free_form, (), (v))
struct record {
    std::int64_t id;
    std::string name;
    std::optional<double> score;
    bool active;
};
BOOST_DESCRIBE_STRUCT(record, (), (id, name, score, active))
} // namespace lim

namespace {
double peak_mib() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_maxrss) / 1024.0;
}

template <class T> void run(const char* scenario, std::size_t n, const std::string& text) {
    double before = peak_mib();
    auto t0 = std::chrono::steady_clock::now();
    auto r = djson::try_from_json<T>(text);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string verdict = "accepted";
    if (!r) {
        const auto& e = r.error_list().front();
        verdict = std::string(djson::to_string(e.code)) + " (message " + std::to_string(e.message().size()) +
                  " bytes)";
    }
    std::printf("%-10s %12zu %14zu %9.3f s %10.1f MiB (input alone %.1f MiB; before reading %.1f MiB)  %s\n",
                scenario, n, text.size(), secs, peak_mib(), static_cast<double>(text.size()) / 1048576.0,
                before, verdict.c_str());
}
} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_limits deep|string|misplaced|array|records SIZE\n");
        return 2;
    }
    std::string what = argv[1];
    auto n = static_cast<std::size_t>(std::strtoull(argv[2], nullptr, 10));
    std::string text;
    // Inputs are built in place (no temporaries), so the peak before reading is the input alone.
    auto wrap = [&](const char* head, char fill, std::size_t count, const char* tail, char fill2 = 0) {
        text.reserve(count * (fill2 ? 2 : 1) + 16);
        text = head;
        text.append(count, fill);
        if (fill2)
            text.append(count, fill2);
        text += tail;
    };
    if (what == "deep") {
        wrap("{\"v\":", '[', n, "}", ']');
        run<lim::free_form>("deep", n, text);
    } else if (what == "string") {
        wrap("{\"s\":\"", 'x', n, "\"}");
        run<lim::text_holder>("string", n, text);
    } else if (what == "misplaced") {
        wrap("{\"k\":\"", 'x', n, "\"}");
        run<lim::enum_holder>("misplaced", n, text);
    } else if (what == "array") {
        text.reserve(n * 9 + 2);
        text = "[";
        for (std::size_t i = 0; i < n; ++i) {
            if (i)
                text += ',';
            text += std::to_string(i * 7919 % 100000000);
        }
        text += "]";
        run<std::vector<std::int64_t>>("array", n, text);
    } else if (what == "records") {
        text.reserve(n + 128);
        text = "[";
        for (std::size_t i = 0; text.size() < n; ++i) {
            if (i)
                text += ',';
            text += "{\"id\":";
            text += std::to_string(i);
            text += ",\"name\":\"record number ";
            text += std::to_string(i);
            text += "\",\"score\":";
            text += std::to_string(static_cast<double>(i % 1000) / 7.0);
            text += ",\"active\":true}";
        }
        text += "]";
        run<std::vector<lim::record>>("records", n, text);
    } else {
        std::fprintf(stderr, "unknown scenario %s\n", what.c_str());
        return 2;
    }
    return 0;
}
