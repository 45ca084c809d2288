#!/usr/bin/env bash
# Large inputs (issue 9): the throughput and peak RSS of djson's stream readers on a 1 GB input. Builds
# bench_stream_large (bench/stream_large.cpp) with the `bench` preset, writes a JSON array and then a JSON Lines
# file of PAT objects (about 1 GB each) into a temporary directory, reads each through a std::FILE* with
# djson::read_json_array / read_json_lines, and prints MiB/s and the reader's peak RSS; then, for reference,
# read_json of a smaller array held whole in memory. The files are deleted as soon as they are read (and on exit).
# Usage: scripts/stream_bench.sh [MB] [WHOLE_MB]   (defaults 1024 and 256; WHOLE_MB=0 skips the reference)
# Environment: STREAM_BENCH_BUILD_DIR (default build/stream-bench), BENCH_JOBS (build jobs, default 2), TMPDIR
# (where the files go: it needs MB of free space). The files are read right after being written, so from the
# page cache: the figures are djson's, not the disk's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
bash scripts/deps.sh bench
build="${STREAM_BENCH_BUILD_DIR:-build/stream-bench}"
cmake --preset bench -B "$build" >/dev/null
cmake --build "$build" -j"${BENCH_JOBS:-2}" --target bench_stream_large >/dev/null
bin="$build/bench/bench_stream_large"
mb="${1:-1024}"
whole_mb="${2:-256}"

dir="$(mktemp -d "${TMPDIR:-/tmp}/djson-stream-bench.XXXXXX")"
trap 'rm -rf "$dir"' EXIT
echo "stream_bench.sh: load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
for kind in array lines; do
    file="$dir/pats.$kind.json"
    "$bin" generate "$file" "$mb" "$kind" >/dev/null
    "$bin" read "$file" "$kind"
    rm -f "$file"
done
if [ "$whole_mb" != 0 ]; then
    file="$dir/pats.whole.json"
    "$bin" generate "$file" "$whole_mb" array >/dev/null
    "$bin" read "$file" array
    "$bin" whole "$file"
    rm -f "$file"
fi
echo "stream_bench.sh: load average $(cut -d' ' -f1-3 /proc/loadavg)"
