#!/usr/bin/env bash
# Usage: scripts/format.sh [--fix]
# Checks that the C++ sources (include/ src/ test/ examples/ fuzz/ bench/ tools/) are formatted as .clang-format says,
# with clang-format-14 (deps.sh format); lists the files that are not and exits 1. --fix formats them in place.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mode=(--dry-run -Werror)
case "${1:-}" in
"") ;;
--fix) mode=(-i) ;;
*)
    echo "usage: scripts/format.sh [--fix]" >&2
    exit 2
    ;;
esac
clang_format="${CLANG_FORMAT:-clang-format-14}"

# djson-openapi's output (test/openapi/specs/*/expected/, examples/sailpoint/models/) is checked too: a
# .clang-format there with DisableFormat leaves it exactly as generated.
mapfile -d '' files < <(find include src test examples fuzz bench tools -type f \( -name '*.hpp' -o -name '*.cpp' \) \
    -not -path 'test/data/*' -print0 | sort -z)
if [[ "${mode[0]}" == "-i" ]]; then
    "$clang_format" -i "${files[@]}"
    echo "format.sh: formatted ${#files[@]} files"
    exit 0
fi
bad=()
for f in "${files[@]}"; do
    "$clang_format" "${mode[@]}" "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [[ ${#bad[@]} -gt 0 ]]; then
    echo "format.sh: ${#bad[@]} of ${#files[@]} files are not clang-formatted (bash scripts/format.sh --fix):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "format.sh: all ${#files[@]} files are clang-formatted"
