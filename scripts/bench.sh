#!/usr/bin/env bash
# The benchmark of issue 9, in one command: builds the `bench` preset (Release), runs bench_json_performance once
# (5 repetitions, aggregates only) and writes bench/RESULTS.md from its JSON (bench/report.py).
# Usage: scripts/bench.sh [EXTRA GOOGLE BENCHMARK FLAGS...]   e.g. --benchmark_filter='^p2/'
# Environment: BENCH_JOBS (build jobs, default 2), BENCH_REPETITIONS (default 5).
# The raw JSON stays in build/bench/json_performance.json. Run it on an otherwise idle machine: RESULTS.md records
# the load average before and after, and the spread (CV) of every row.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/deps.sh bench
cmake --preset bench >/dev/null
cmake --build --preset bench -j"${BENCH_JOBS:-2}" >/dev/null

bin=build/bench/bench/bench_json_performance
out=build/bench/json_performance.json
echo "bench.sh: running $bin (a few minutes; the JSON goes to $out)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
"$bin" --benchmark_repetitions="${BENCH_REPETITIONS:-5}" --benchmark_report_aggregates_only=true \
    --benchmark_format=json --benchmark_out="$out" --benchmark_out_format=json "$@" >/dev/null
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

python3 bench/report.py "$out" build/bench bench/RESULTS.md \
    --command "scripts/bench.sh${*:+ $*}" --load-before "$load_before" --load-after "$load_after"
