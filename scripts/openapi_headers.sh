#!/usr/bin/env bash
# Usage: scripts/openapi_headers.sh [MODELS_DIR] [JOBS]
# Compiles every header djson-openapi generated (default: examples/sailpoint/models, the whole SailPoint V3 API)
# on its own, as a user's translation unit that includes only it (g++ -std=c++20 -O0 -c), and all of them
# together (all.hpp); prints each one's CPU seconds and peak memory, then the totals and the largest. A header
# that does not compile alone (it misses an include) fails the run. Needs a configured dev build (build/dev) for
# djson/version.hpp.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
models="$(cd "${1:-$root/examples/sailpoint/models}" && pwd)"
jobs="${2:-2}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags=(-std=c++20 -O0 -I "$models" -I "$root/include" -I "$root/build/dev/include" -c -o /dev/null)

one() { # HEADER -> "seconds kilobytes header"
    local h="$1" tu="$work/$(basename "$1" .hpp).cpp"
    printf '#include "%s"\n' "$(basename "$h")" >"$tu"
    /usr/bin/time -f "%U %S %M" -o "$tu.time" g++ "${flags[@]}" "$tu" 2>"$tu.err" || {
        echo "FAILED $(basename "$h")"
        head -5 "$tu.err"
        return 1
    }
    read -r user sys kb <"$tu.time"
    printf '%.2f %d %s\n' "$(echo "$user + $sys" | bc)" "$kb" "$(basename "$h")"
}
export -f one
export work
export flags_str="${flags[*]}"
ls "$models"/*.hpp | grep -v '/all.hpp$' >"$work/list"
xargs -P "$jobs" -I{} bash -c 'flags=($flags_str); one "$@"' _ {} <"$work/list" >"$work/results" || true
if grep -q '^FAILED' "$work/results"; then
    grep -A5 '^FAILED' "$work/results"
    exit 1
fi
n=$(wc -l <"$work/results")
echo "each header alone ($n): CPU seconds total, mean, max; peak memory max (MB)"
awk '{ t += $1; if ($1 > m) m = $1; if ($2 > k) k = $2 } END { printf "  %.0f s, %.2f s, %.2f s; %.0f MB\n", t, t / NR, m, k / 1024 }' "$work/results"
echo "the five slowest:"
sort -rn "$work/results" | head -5 | awk '{ printf "  %6.2f s %6.0f MB  %s\n", $1, $2 / 1024, $3 }'
printf '#include "all.hpp"\n' >"$work/all.cpp"
/usr/bin/time -f "%U %S %M" -o "$work/all.time" g++ "${flags[@]}" "$work/all.cpp"
read -r user sys kb <"$work/all.time"
printf 'all.hpp (every header in one translation unit): %.1f s CPU, %.0f MB\n' "$(echo "$user + $sys" | bc)" "$((kb / 1024))"
