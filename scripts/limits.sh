#!/usr/bin/env bash
# Limits, measured (issue "Reliability"): time and peak RSS of reading very deep, very long and very large inputs.
# Each scenario runs in its own process so its peak RSS is its own. Builds bench_limits with the bench preset
# (Release; deps.sh bench installs what the benchmarks need).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/deps.sh bench
cmake --preset bench >/dev/null
cmake --build --preset bench -j2 --target bench_limits >/dev/null
b=build/bench/bench/bench_limits
for s in "deep 100" "deep 10000" "deep 1000000" "string 100000000" "misplaced 100000000" "array 10000000" \
         "records 10000000" "records 100000000" "records 1000000000"; do
    # shellcheck disable=SC2086
    "$b" $s
done
