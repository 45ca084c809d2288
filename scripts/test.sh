#!/usr/bin/env bash
# Usage: scripts/test.sh [preset]   (default: dev; also release, asan, asan-release, tsan)
# Checks deps (deps.sh test), configures, builds (-j2) and runs ctest for the given CMake preset.
set -euo pipefail

preset="${1:-dev}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh test
cmake --preset "$preset"
cmake --build --preset "$preset" -j2
ctest --preset "$preset"
