#!/usr/bin/env bash
# The benchmark of issue 9, in one command: builds bench_json_performance with the `bench` preset (Release
# -O3 -DNDEBUG, C++23, Boost.JSON compiled header-only into libdjson), times the compile-time probes
# (bench/compile/*.cpp, 3 compiles each, bench/compile/measure.py), runs the benchmark once (5 repetitions,
# aggregates only) and writes bench/RESULTS.md and its chart bench/results.png (bench/report.py).
# Usage: scripts/bench.sh [EXTRA GOOGLE BENCHMARK FLAGS...]   e.g. --benchmark_filter='^p2/'
# Environment: BENCH_JOBS (build jobs, default 2), BENCH_REPETITIONS (default 5), BENCH_COMPILE_RUNS (default 3),
# BENCH_PROFILE (default 1: profile djson's reads with perf, for RESULTS.md's "Where the time goes"; 0: skip),
# BENCH_BUILD_DIR (the `bench` preset's build tree, default build/bench).
# The raw JSON stays in the build tree (json_performance.json, compile_times.json). Run it on an otherwise idle
# machine: RESULTS.md records the load average before and after, and the spread (CV) of every row.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/deps.sh bench
build="${BENCH_BUILD_DIR:-build/bench}"
cmake --preset bench -B "$build" >/dev/null
cmake --build "$build" -j"${BENCH_JOBS:-2}" --target bench_json_performance >/dev/null

# Compiles first, so that they do not share the cores with the benchmark.
echo "bench.sh: timing the compile-time probes (bench/compile/*.cpp)"
compile_out="$build/compile_times.json"
python3 bench/compile/measure.py "$build" "$compile_out" --runs "${BENCH_COMPILE_RUNS:-3}"

bin="$build/bench/bench_json_performance"
out="$build/json_performance.json"
echo "bench.sh: running $bin (a few minutes; the JSON goes to $out)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$bin" --benchmark_repetitions="${BENCH_REPETITIONS:-5}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json --benchmark_out="$out" --benchmark_out_format=json "$@" >/dev/null
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

# Where the time goes in djson's reads (the targets they miss): one `perf record` per contender, summarized in
# RESULTS.md. Skipped, and said so there, where perf is missing or not allowed (kernel.perf_event_paranoid).
profiles="$build/profiles"
rm -rf "$profiles"
mkdir -p "$profiles"
if [[ -n "${BENCH_PROFILE:-1}" && "${BENCH_PROFILE:-1}" != 0 ]]; then
    echo "bench.sh: profiling djson's reads with perf (the summaries go to $profiles)"
    for name in p1/read/djson_warm p1a/read/djson_warm p2/read/djson_warm p3/read/djson_warm \
        p2/read/djson_fresh p3/read/djson_fresh p2/read/hand_sax p1/read/ceiling; do
        file="$profiles/${name//\//_}"
        if perf record -q -D 1500 -o "$file.data" "$bin" --benchmark_filter="^$name\$" --benchmark_min_time=2 \
            >/dev/null 2>"$file.err" &&
            perf report -i "$file.data" --no-children --sort dso,sym --stdio 2>/dev/null >"$file.txt"; then
            rm -f "$file.data" "$file.err"
        else
            echo "bench.sh: perf could not profile $name (see $file.err); RESULTS.md says so" >&2
            rm -f "$file.data" "$file.txt"
        fi
    done
fi

python3 bench/report.py "$out" "$build" bench/RESULTS.md --compile-times "$compile_out" --profiles "$profiles" \
    --chart bench/results.png --command "${BENCH_REPETITIONS:+BENCH_REPETITIONS=$BENCH_REPETITIONS }scripts/bench.sh${*:+ $*}" --load-before "$load_before" \
    --load-after "$load_after"
