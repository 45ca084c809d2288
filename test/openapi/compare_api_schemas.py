#!/usr/bin/env python3
"""Compares djson::json_schema<T>() of every model djson-openapi generated with the spec's schema it came from.

    compare_api_schemas.py HARNESS SCHEMAS.json EXPECTED

HARNESS is the program make_harness.py writes (`HARNESS --schemas` prints one {"type", "schema"} per line); SCHEMAS.json
is `djson-openapi --schemas`'s output (the spec's files, every `$ref` made absolute, and each model's place).
The comparison is examples/sailpoint/check/compare_schemas.py's (names, required sets, types, formats, enums,
nullability, validation keywords, recursively), with the spec's `$ref`s followed where they stand. Every
difference is printed as "Type /pointer: what"; the list must equal EXPECTED (check.py's rules: the test fails
on any change, DJSON_UPDATE_EXPECTED=1 rewrites it after a review).
"""
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'examples', 'sailpoint', 'check'))
sys.path.insert(0, HERE)
import compare_schemas  # noqa: E402
import check  # noqa: E402


def pointer_get(doc, pointer):
    for token in pointer.split('/')[1:] if pointer else []:
        token = token.replace('~1', '/').replace('~0', '~')
        doc = doc[int(token)] if isinstance(doc, list) else doc[token]
    return doc


def main():
    printer, dump_path, expected = sys.argv[1:4]
    with open(dump_path, encoding='utf-8') as f:
        dump = json.load(f)
    files = dump['files']

    def deref(ref):
        file, _, pointer = ref.partition('#')
        try:
            return pointer_get(files[file], pointer), ref
        except (KeyError, IndexError, ValueError):
            return {}, ref  # a broken reference: djson-openapi reported it, and mapped it as any value

    compare_schemas.DEREF = deref
    p = subprocess.run([printer, '--schemas'], capture_output=True, text=True)
    if p.returncode != 0:
        print('the schema printer failed (exit %d): %s' % (p.returncode, p.stderr[:500]))
        return 1
    lines = []
    count = 0
    for line in p.stdout.splitlines():
        entry = json.loads(line)
        model = entry['type'].split('::')[-1]
        got = entry['schema']
        defs = got.pop('$defs', {})
        got.pop('$schema', None)
        got.pop('title', None)
        diffs = []
        compare_schemas.compare(model, '', {'$ref': dump['models'][entry['type']]}, got, defs, diffs)
        lines += ['%s: %s' % d for d in diffs]
        count += 1
    lines.sort()
    text = ''.join(l + '\n' for l in lines) + '%d models compared, %d differences\n' % (count, len(lines))
    return check.compare(text, expected)


if __name__ == '__main__':
    sys.exit(main())
