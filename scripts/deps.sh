#!/usr/bin/env bash
# Ensure the Debian packages needed to build/test djson are installed.
# As root: installs the missing ones. Otherwise: prints the apt-get command and exits 1.
set -euo pipefail

PACKAGES=(
    cmake g++
    libboost1.81-dev libboost-json1.81-dev libboost-test1.81-dev
    libbenchmark-dev nlohmann-json3-dev rapidjson-dev libsimdjson-dev
    python3
    clang-14 libclang-rt-14-dev
)

if ! command -v dpkg-query >/dev/null 2>&1; then
    echo "deps.sh: dpkg-query not found (not Debian?); skipping package check." >&2
    echo "deps.sh: needed: ${PACKAGES[*]}" >&2
    exit 0
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    if [[ "$status" != *"install ok installed"* ]]; then
        missing+=("$pkg")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "deps.sh: all build dependencies are installed."
    exit 0
fi

echo "deps.sh: missing packages: ${missing[*]}"
if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
    echo "Run:"
    echo "  sudo apt-get install -y ${missing[*]}"
    exit 1
fi
