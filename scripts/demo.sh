#!/usr/bin/env bash
# Builds the release preset and runs the demo programs listed below.
set -euo pipefail

# ---- Demo commands (edit me) ------------------------------------------------
# Paths are relative to the repository root; entries whose executable does not
# exist are skipped with a note.
DEMO_COMMANDS=(
    "build/release/examples/quickstart"
    "build/release/examples/pat"
)
# -----------------------------------------------------------------------------

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh
cmake --preset release
cmake --build --preset release -j2

for cmd in "${DEMO_COMMANDS[@]}"; do
    exe="${cmd%% *}"
    if [[ ! -x "$exe" ]]; then
        echo "demo.sh: skipping '$cmd' ($exe not built)"
        continue
    fi
    echo "==> $cmd"
    eval "$cmd"
    echo
done
