#!/usr/bin/env python3
"""The expected-output checks of djson-openapi's tests (test/openapi/CMakeLists.txt).

    check.py reports ACTUAL EXPECTED                 the generator's reports equal EXPECTED
    check.py roundtrip HARNESS EXAMPLES EXPECTED     the harness runs clean (nothing lost or changed) and its
                                                     output (rejected examples with their first error, keys
                                                     added by defaults, the counts) equals EXPECTED
    check.py generate TOOL SPEC DIR NAMESPACE EXPECTED [OPTION...]   generates SPEC into DIR (with the tool's
                                                     further OPTIONs); its reports equal EXPECTED
    check.py broken-ref TOOL SPEC DIR                a broken $ref fails (exit 2, nothing written) without
                                                     --allow-broken-refs, and is mapped as raw_json with it

With DJSON_UPDATE_EXPECTED=1 in the environment, EXPECTED is rewritten instead (review the diff before committing).
"""
import difflib
import os
import shutil
import subprocess
import sys


def compare(actual, expected_path):
    if os.environ.get('DJSON_UPDATE_EXPECTED') == '1':
        with open(expected_path, 'w', encoding='utf-8') as f:
            f.write(actual)
        print('updated', expected_path)
        return 0
    try:
        with open(expected_path, encoding='utf-8') as f:
            expected = f.read()
    except FileNotFoundError:
        expected = ''
    if actual == expected:
        print('as expected:', expected_path, '(%d lines)' % actual.count('\n'))
        return 0
    sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                               'expected: ' + expected_path, 'actual'))
    print('\ndiffers from', expected_path, '(DJSON_UPDATE_EXPECTED=1 ctest ... rewrites it, after a review)')
    return 1


def main():
    cmd = sys.argv[1]
    if cmd == 'reports':
        with open(sys.argv[2], encoding='utf-8') as f:
            return compare(f.read(), sys.argv[3])
    if cmd == 'roundtrip':
        r = subprocess.run([sys.argv[2], sys.argv[3]], capture_output=True, text=True)
        sys.stderr.write(r.stderr)
        rc = compare(r.stdout, sys.argv[4])
        if r.returncode != 0:
            print(r.stdout)
            print('the harness failed (exit %d): a value was lost or changed on the way back' % r.returncode)
            return 1
        return rc
    if cmd == 'generate':
        tool, spec, out, ns, expected = sys.argv[2:7]
        more = sys.argv[7:]
        report = os.path.join(out, 'reports.txt')
        os.makedirs(out, exist_ok=True)
        r = subprocess.run([tool, spec, '--out', os.path.join(out, 'models'), '--namespace', ns, '--report', report,
                            '--source-name', os.path.basename(spec)] + more, capture_output=True, text=True)
        sys.stderr.write(r.stderr)
        if r.returncode != 0:
            print('djson-openapi failed (exit %d)' % r.returncode)
            return 1
        with open(report, encoding='utf-8') as f:
            return compare(f.read(), expected)
    if cmd == 'broken-ref':
        tool, spec, out = sys.argv[2:5]
        models = os.path.join(out, 'models')
        shutil.rmtree(out, ignore_errors=True)
        r = subprocess.run([tool, spec, '--out', models, '--namespace', 'broken'], capture_output=True, text=True)
        if r.returncode != 2 or os.path.exists(models) or 'broken $refs (reported above)' not in r.stderr:
            print('without --allow-broken-refs: want exit 2, nothing written and the count; got exit %d:\n%s'
                  % (r.returncode, r.stderr))
            return 1
        for want in ('#/components/schemas/Order/properties/customer/$ref: broken reference',
                     '#/components/schemas/Order/properties/items/items/$ref: broken reference'):
            if want not in r.stderr:
                print('missing report %r in:\n%s' % (want, r.stderr))
                return 1
        r = subprocess.run([tool, spec, '--out', models, '--namespace', 'broken', '--allow-broken-refs'],
                           capture_output=True, text=True)
        with open(os.path.join(models, 'Order.hpp'), encoding='utf-8') as f:
            order = f.read()
        if r.returncode != 0 or 'djson::raw_json customer' not in order:
            print('with --allow-broken-refs: want exit 0 and raw_json members; got exit %d:\n%s\n%s'
                  % (r.returncode, r.stderr, order))
            return 1
        return 0
    print(__doc__)
    return 2


if __name__ == '__main__':
    sys.exit(main())
