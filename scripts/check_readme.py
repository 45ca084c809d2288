#!/usr/bin/env python3
"""Checks that the README's code is the code of compiled, tested files.

A README code block preceded by a marker line

    <!-- snippet: examples/pat_model.hpp#pat_model -->
    ```cpp
    ...
    ```

must equal the region NAME of that file: the lines between `// tag::NAME[]` and `// end::NAME[]` (`#` comments
in CMake files), without the markers of other regions inside it, and without the indentation common to all of
its lines. Every ```cpp block of the README must have a marker, so that no C++ in it escapes the check.

    check_readme.py [--readme README.md] [--root DIR]   exit 1 with a diff for each block that differs, or for a
                                                         missing file, region or marker
    check_readme.py --fix                                rewrites the marked blocks from the sources

Standard library only.
"""

import argparse
import difflib
import re
import sys
from pathlib import Path

MARKER = re.compile(r"^<!--\s*snippet:\s*(?P<file>[^#\s]+)#(?P<name>[A-Za-z0-9_.-]+)\s*-->\s*$")
FENCE = re.compile(r"^(?P<fence>```+|~~~+)(?P<info>.*)$")
TAG = re.compile(r"^\s*(?://|#)\s*(?P<kind>tag|end)::(?P<name>[A-Za-z0-9_.-]+)\[\]\s*$")


class Problem(Exception):
    pass


def regions(path):
    """All regions of a file: name -> list of lines (dedented), checking that tags are balanced."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise Problem(f"{path}: cannot read ({e.strerror})")
    open_at = {}
    found = {}
    for number, line in enumerate(lines, 1):
        m = TAG.match(line)
        if not m:
            continue
        name = m["name"]
        if m["kind"] == "tag":
            if name in open_at or name in found:
                raise Problem(f"{path}:{number}: region '{name}' tagged twice")
            open_at[name] = number
        else:
            if name not in open_at:
                raise Problem(f"{path}:{number}: end::{name}[] without tag::{name}[]")
            start = open_at.pop(name)
            body = [l for l in lines[start:number - 1] if not TAG.match(l)]
            found[name] = dedent(body)
    if open_at:
        name, number = next(iter(open_at.items()))
        raise Problem(f"{path}:{number}: tag::{name}[] without end::{name}[]")
    return found


def dedent(lines):
    indents = [len(l) - len(l.lstrip(" ")) for l in lines if l.strip()]
    cut = min(indents, default=0)
    return [l[cut:] if l.strip() else "" for l in lines]


def blocks(readme_lines):
    """Code blocks of the README: (marker or None, marker line index, info, first body index, end index)."""
    out = []
    i = 0
    while i < len(readme_lines):
        m = FENCE.match(readme_lines[i])
        if not m:
            i += 1
            continue
        fence = m["fence"]
        start = i + 1
        end = start
        while end < len(readme_lines) and not readme_lines[end].startswith(fence):
            end += 1
        if end == len(readme_lines):
            raise Problem(f"README line {i + 1}: code block never closed")
        marker = MARKER.match(readme_lines[i - 1]) if i > 0 else None
        out.append((marker, i - 1, m["info"].strip(), start, end))
        i = end + 1
    return out


def check(readme, root, fix):
    readme_lines = readme.read_text(encoding="utf-8").splitlines()
    problems = []
    cache = {}
    replacements = []  # (first body index, end index, new lines)
    used_markers = set()
    for marker, marker_index, info, start, end in blocks(readme_lines):
        where = f"{readme.name}:{start}"
        if marker is None:
            if info.split()[:1] == ["cpp"]:
                problems.append(f"{where}: a ```cpp block without a `<!-- snippet: FILE#REGION -->` line above it")
            continue
        used_markers.add(marker_index)
        rel, name = marker["file"], marker["name"]
        try:
            if rel not in cache:
                cache[rel] = regions(root / rel)
            if name not in cache[rel]:
                raise Problem(f"{rel}: no region '{name}' (// tag::{name}[] ... // end::{name}[])")
        except Problem as e:
            problems.append(f"{where}: {e}")
            continue
        want = cache[rel][name]
        have = readme_lines[start:end]
        if have != want:
            if fix:
                replacements.append((start, end, want))
            else:
                diff = difflib.unified_diff(have, want, f"{readme.name} (block at line {start})",
                                            f"{rel}#{name}", lineterm="")
                problems.append(f"{where}: differs from {rel}#{name}:\n" + "\n".join(diff))
    for index, line in enumerate(readme_lines):
        if MARKER.match(line) and index not in used_markers:
            problems.append(f"{readme.name}:{index + 1}: snippet marker not followed by a code block")

    if fix and replacements:
        for start, end, want in sorted(replacements, reverse=True):
            readme_lines[start:end] = want
        readme.write_text("\n".join(readme_lines) + "\n", encoding="utf-8")
        print(f"check_readme: rewrote {len(replacements)} block(s) of {readme}")
    return problems


def main():
    here = Path(__file__).resolve().parent.parent
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--readme", type=Path, default=here / "README.md")
    p.add_argument("--root", type=Path, default=None, help="where snippet paths start (default: the README's dir)")
    p.add_argument("--fix", action="store_true", help="rewrite the README's marked blocks from the sources")
    args = p.parse_args()
    root = args.root or args.readme.resolve().parent
    try:
        problems = check(args.readme, root, args.fix)
    except (Problem, OSError) as e:
        problems = [str(e)]
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"check_readme: {len(problems)} problem(s); `python3 scripts/check_readme.py --fix` rewrites the "
              "README's blocks from the tagged regions", file=sys.stderr)
        return 1
    if not args.fix:
        print("check_readme: every README snippet equals its tagged region")
    return 0


if __name__ == "__main__":
    sys.exit(main())
