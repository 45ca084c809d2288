#!/usr/bin/env bash
# The demo: builds sailpoint-models (release preset, that target only) and shows what djson does on SailPoint's real API models —
# a valid payload read and written back, a payload that contradicts its own schema rejected with exact JSON
# Pointers, and a JSON Schema derived from a model declaration. Needs only the compiler, CMake and Boost
# (deps.sh demo); the tests are not configured, so Boost.Test need not be installed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

bash scripts/deps.sh demo
cmake --preset release -DDJSON_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release -j2 --target sailpoint-models

tool=build/release/examples/sailpoint/sailpoint-models
data=examples/sailpoint/data/examples

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

step "sailpoint-models check CreatePersonalAccessTokenResponse --pretty   (SailPoint's example: accepted, written back)"
"$tool" check CreatePersonalAccessTokenResponse "$data/CreatePersonalAccessTokenResponse.json" --pretty

step "sailpoint-models check PasswordPolicyV3Dto   (the spec's own example, which contradicts its schema: rejected)"
rc=0
"$tool" check PasswordPolicyV3Dto "$data/PasswordPolicyV3Dto.spec-raw.json" || rc=$?
echo "(exit $rc: 1 means rejected, one line per error, each at its JSON Pointer)"

step "sailpoint-models schema PatOwner   (JSON Schema derived from the C++ declaration)"
"$tool" schema PatOwner

step "sailpoint-models list | wc -l"
"$tool" list | wc -l
