// Large inputs (issue 9): the throughput and peak memory of djson::read_json_array and read_json_lines over a
// file of PAT objects (SailPoint's CreatePersonalAccessTokenResponse, bench/pat_payload.hpp), read through a
// std::FILE* in chunks. A program of its own (not a Google Benchmark): one pass over a file far larger than
// any cache is the measurement, and the peak RSS must be the reader's alone. scripts/stream_bench.sh runs it.
//
//   bench_stream_large generate FILE MB array|lines   writes about MB megabytes of PAT objects
//   bench_stream_large read FILE array|lines [KiB]     reads them (chunks of KiB, default 256), prints a line
//   bench_stream_large whole FILE                      read_json of the whole text as a std::vector
//   (reference)
#include "pat_payload.hpp"

#include <djson/stream.hpp>

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

namespace {

using pat::CreatePersonalAccessTokenResponse;

int usage() {
    std::fputs("usage: bench_stream_large generate FILE MB array|lines\n"
               "       bench_stream_large read FILE array|lines [CHUNK_KIB]\n"
               "       bench_stream_large whole FILE\n",
               stderr);
    return 2;
}

double peak_rss_mib() {
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return static_cast<double>(ru.ru_maxrss) / 1024.0; // KiB on Linux
}

// About `mb` megabytes of PAT objects, 10,000 different ones repeated with a fresh id each time (so that no
// two items are the same text), as one JSON array (an item per line, as APIs send when pretty-printing is
// off) or as JSON Lines.
int generate(const char* path, double mb, bool lines) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path, "wb"), &std::fclose);
    if (!f) {
        std::perror(path);
        return 1;
    }
    auto pats = pat::make_pats(10'000);
    const auto target = static_cast<std::size_t>(mb * 1024 * 1024);
    std::string buf;
    std::size_t written = 0, n = 0;
    if (!lines)
        buf.push_back('[');
    char id[33];
    while (written + buf.size() < target) {
        auto& p = pats[n % pats.size()];
        std::snprintf(id, sizeof id, "%032zx", n);
        p.id = id;
        if (!lines && n > 0)
            buf.append(",\n");
        djson::write_json(buf, p);
        if (lines)
            buf.push_back('\n');
        ++n;
        if (buf.size() > (std::size_t{1} << 20)) {
            written += std::fwrite(buf.data(), 1, buf.size(), f.get());
            buf.clear();
        }
    }
    if (!lines)
        buf.append("]\n");
    written += std::fwrite(buf.data(), 1, buf.size(), f.get());
    std::printf("%s: %zu items, %.1f MiB\n", path, n, static_cast<double>(written) / (1024.0 * 1024.0));
    return 0;
}

long long file_size(std::FILE* f) {
    std::fseek(f, 0, SEEK_END);
    long long size = std::ftell(f);
    std::rewind(f);
    return size;
}

int read(const char* path, bool lines, std::size_t chunk_kib) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path, "rb"), &std::fclose);
    if (!f) {
        std::perror(path);
        return 1;
    }
    const double mib = static_cast<double>(file_size(f.get())) / (1024.0 * 1024.0);
    std::size_t items = 0, scopes = 0;
    auto count = [&](CreatePersonalAccessTokenResponse& p, std::size_t) {
        ++items;
        scopes += p.scope.is_null() ? 0 : p.scope->size(); // look at the value, as a user would
    };
    const djson::stream_options so{.chunk_size = chunk_kib * 1024};
    auto start = std::chrono::steady_clock::now();
    djson::errors errs =
        lines ? djson::read_json_lines<CreatePersonalAccessTokenResponse>(f.get(), count, {}, so)
              : djson::read_json_array<CreatePersonalAccessTokenResponse>(f.get(), count, {}, so);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!errs.empty()) {
        std::fprintf(stderr, "%s: %s\n", path, errs.front().message().c_str());
        return 1;
    }
    std::printf(
        "%-16s %8.1f MiB  %9zu items (%zu scopes)  %6.2f s  %7.1f MiB/s  peak RSS %6.1f MiB  (chunk %zu "
        "KiB)\n",
        lines ? "read_json_lines" : "read_json_array", mib, items, scopes, seconds, mib / seconds,
        peak_rss_mib(), chunk_kib);
    return 0;
}

int whole(const char* path) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path, "rb"), &std::fclose);
    if (!f) {
        std::perror(path);
        return 1;
    }
    std::string text(static_cast<std::size_t>(file_size(f.get())), '\0');
    auto start = std::chrono::steady_clock::now();
    if (std::fread(text.data(), 1, text.size(), f.get()) != text.size())
        return 1;
    std::vector<CreatePersonalAccessTokenResponse> all;
    djson::errors errs = djson::read_json(all, text);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!errs.empty()) {
        std::fprintf(stderr, "%s: %s\n", path, errs.front().message().c_str());
        return 1;
    }
    const double mib = static_cast<double>(text.size()) / (1024.0 * 1024.0);
    std::printf("%-16s %8.1f MiB  %9zu items  %6.2f s  %7.1f MiB/s  peak RSS %6.1f MiB  (the whole text)\n",
                "read_json", mib, all.size(), seconds, mib / seconds, peak_rss_mib());
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3)
        return usage();
    std::string_view cmd = argv[1];
    if (cmd == "generate" && argc == 5)
        return generate(argv[2], std::atof(argv[3]), std::string_view(argv[4]) == "lines");
    if (cmd == "read" && (argc == 4 || argc == 5))
        return read(argv[2], std::string_view(argv[3]) == "lines",
                    argc == 5 ? static_cast<std::size_t>(std::atol(argv[4])) : 256);
    if (cmd == "whole" && argc == 3)
        return whole(argv[2]);
    return usage();
}
