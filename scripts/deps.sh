#!/usr/bin/env bash
# Usage: scripts/deps.sh PROFILE...   (demo, test, fuzz, bench, format; several at once: deps.sh test fuzz)
# Ensures the Debian packages of the given profiles are installed, and only those:
#   demo    the compiler, CMake, Boost and RE2 (what the library and sailpoint-models need)
#   test    demo + Boost.Test, Python with jsonschema (the test scripts), git and pkg-config (consumer tests),
#           yaml-cpp (djson-openapi reads YAML)
#   fuzz    demo + clang and its libFuzzer/sanitizer runtimes
#   bench   demo + Google Benchmark, the three JSON libraries djson is measured against, Python (the report),
#           gnuplot (its chart) and perf (linux-perf: the profiles of RESULTS.md's "Where the time goes")
#   format  clang-format
# As root: installs the missing ones (apt-get update first). Otherwise: prints the exact apt-get line, exit 1.
set -euo pipefail

usage() {
    echo "usage: scripts/deps.sh PROFILE...   (profiles: demo test fuzz bench format)" >&2
    exit 2
}
[[ $# -gt 0 ]] || usage

demo=(cmake g++ libboost1.81-dev libboost-json1.81-dev libre2-dev)
packages=()
for profile in "$@"; do
    case "$profile" in
    demo) packages+=("${demo[@]}") ;;
    test) packages+=("${demo[@]}" libboost-test1.81-dev python3 python3-jsonschema git pkg-config libyaml-cpp-dev) ;;
    fuzz) packages+=("${demo[@]}" clang-14 libclang-rt-14-dev) ;;
    bench) packages+=("${demo[@]}" libbenchmark-dev nlohmann-json3-dev rapidjson-dev libsimdjson-dev python3
        gnuplot-nox linux-perf) ;;
    format) packages+=(clang-format-14) ;;
    *)
        echo "deps.sh: unknown profile '$profile'" >&2
        usage
        ;;
    esac
done
# Each package once, in the order first asked for.
declare -A seen=()
unique=()
for pkg in "${packages[@]}"; do
    if [[ -z "${seen[$pkg]:-}" ]]; then
        seen[$pkg]=1
        unique+=("$pkg")
    fi
done

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: dpkg-query not found (not Debian?); skipping the package check." >&2
    echo "deps.sh: needed ($*): ${unique[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${unique[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != *"install ok installed"* ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "deps.sh: the packages for '$*' are installed."
    exit 0
fi

echo "deps.sh: missing packages for '$*': ${missing[*]}"
if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
    echo "Run:"
    echo "  sudo apt-get install -y ${missing[*]}"
    exit 1
fi
