#!/usr/bin/env bash
# Usage: scripts/fuzz.sh [seconds]   (default 30 per target)
# Builds the libFuzzer targets of fuzz/ with clang++-14 (ASan + UBSan) into build/fuzz, replays the known crashing
# inputs of fuzz/regressions/<target>/, then fuzzes each target for the given seconds on a copy of its seed corpus
# (build/fuzz/corpus/<target>, kept between runs). Exits non-zero if a regression input still crashes or a target
# found a crash. FUZZ_TARGETS="fuzz_pat fuzz_kinds" picks targets; FUZZ_JOBS sets the build's -j (default 2).
set -euo pipefail

seconds="${1:-30}"
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [[ "$seconds" -eq 0 ]]; then
    echo "usage: scripts/fuzz.sh [seconds]  (a positive number of seconds per target; default 30)" >&2
    exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

targets=(${FUZZ_TARGETS:-fuzz_pat fuzz_kinds fuzz_sailpoint})
build="$root/build/fuzz"

bash scripts/deps.sh fuzz
cmake -S fuzz -B "$build" -DCMAKE_CXX_COMPILER=clang++-14
cmake --build "$build" -j"${FUZZ_JOBS:-2}"

failed=()

# 1. Regressions: every file in fuzz/regressions/<target>/ must run clean.
for t in "${targets[@]}"; do
    dir="fuzz/regressions/$t"
    [[ -d "$dir" ]] || continue
    while IFS= read -r -d '' f; do
        if "$build/$t" "$f" >"$build/$t.regression.log" 2>&1; then
            echo "regression $t $(basename "$f"): ok"
        else
            echo "regression $t $(basename "$f"): CRASH"
            grep -A12 'PROPERTY VIOLATED\|ERROR: \|runtime error' "$build/$t.regression.log" | head -40 || true
            failed+=("$t: regression $f")
        fi
    done < <(find "$dir" -maxdepth 1 -type f ! -name '.*' ! -name '*.md' -print0 | sort -z)
done

# 2. Fuzzing, one target at a time, on a copy of the seeds.
for t in "${targets[@]}"; do
    corpus="$build/corpus/$t"
    artifacts="$build/artifacts/$t"
    mkdir -p "$corpus" "$artifacts"
    cp -n fuzz/corpus/"$t"/* "$corpus"/ 2>/dev/null || true
    log="$build/$t.log"
    echo "== $t: fuzzing for ${seconds}s (log: $log)"
    rc=0
    "$build/$t" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -dict=fuzz/dict/json.dict -artifact_prefix="$artifacts/" -print_final_stats=1 >"$log" 2>&1 || rc=$?
    grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || tail -1 "$log"
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    echo "   corpus: $(find "$corpus" -type f | wc -l) files in $corpus"
    if [[ $rc -ne 0 ]]; then
        echo "== $t: CRASH (exit $rc)"
        grep -A14 'PROPERTY VIOLATED\|ERROR: \|runtime error' "$log" | head -50 || true
        grep 'Test unit written to' "$log" || true
        failed+=("$t: fuzzing found a crash (see $log)")
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz.sh: FAILED:"
    printf '  %s\n' "${failed[@]}"
    exit 1
fi
echo "fuzz.sh: OK (${targets[*]}: ${seconds}s each, no crash)"
