#!/usr/bin/env python3
"""Checks the `sailpoint-models` tool against the SailPoint data: list, check (round trip, fixed point, spec defects), schema.

djson's copy of the project's contract checker (shared/tools/check_sailpoint.py). One change: two example files
contradict the spec's own schema exactly as the .spec-raw files do, so they are checked as defects (rejected at the
listed paths) instead of being required to pass; see `example_defects` below.

Usage: check_sailpoint.py TOOL SAILPOINT_DATA_DIR [MORE_CASES_DIR]
Prints one line per failed check, then 'N passed, M failed'; exit 0 only when all pass."""
import json, os, subprocess, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jsoneq

if len(sys.argv) < 3:
    sys.exit(__doc__)
tool, shared = sys.argv[1], sys.argv[2]
hidden = sys.argv[3] if len(sys.argv) > 3 else None
passed = failed = 0

def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print('FAIL', what)
    return cond

def run(*args, data=None):
    try:
        p = subprocess.run([tool, *args], input=data, capture_output=True, timeout=60)
        return p.returncode, p.stdout.decode('utf-8', 'replace'), p.stderr.decode('utf-8', 'replace')
    except subprocess.TimeoutExpired:
        return 'timeout', '', ''

def model_of(path):
    return os.path.basename(path).split('.')[0]

# list
rc, out, _ = run('list')
names = set(out.split())
schemas = {model_of(p) for p in glob.glob(os.path.join(shared, 'schemas', '*.resolved.json'))}
ok(rc == 0 and schemas <= names, f'list: missing models {sorted(schemas - names)[:8]} (rc={rc})')

def accepted_roundtrip(model, path, label):
    rc, out, err = run('check', model, path)
    if not ok(rc == 0, f'{label}: expected accept, got rc={rc}: {(out + err)[:300]!r}'):
        return
    want = jsoneq.load(open(path, 'rb').read())
    try:
        got = jsoneq.load(out)
    except Exception as e:
        ok(False, f'{label}: output is not JSON: {e}')
        return
    d = list(jsoneq.diff(want, got))
    ok(not d, f'{label}: written back differs at {d[:5]}')
    rc2, out2, _ = run('check', model, '-', data=out.encode())
    ok(rc2 == 0 and out2 == out, f'{label}: canonical output is not a fixed point (rc={rc2})')

# Examples that break the schema they are examples of (a strict reader must reject them, like .spec-raw):
# PasswordPolicyV3Dto.assembled.json is assembled from the property-level `example` values, which are epoch
# milliseconds where the schema says `format: date-time`; Schedule.json's expiration "2022-09-19 13:55:26" has no
# `T` and no time zone (the contract's own `created-no-zone` edge case is rejected for the same reason).
example_defects = {
    'PasswordPolicyV3Dto.assembled.json': ['/dateCreated', '/lastUpdated'],
    'Schedule.json': ['/expiration'],
}
for base, paths in example_defects.items():
    path = os.path.join(shared, 'examples', base)
    rc, out, err = run('check', model_of(path), path)
    lines = (out + err).splitlines()
    ok(rc == 1, f'{base}: contradicts its schema, expected reject (rc 1), got rc={rc}')
    for p in paths:
        ok(any(l.startswith(p + ':') for l in lines), f'{base}: no error line for {p}: {lines[:4]}')

# every valid example
for path in sorted(glob.glob(os.path.join(shared, 'examples', '*.json'))):
    base = os.path.basename(path)
    if '.spec-raw.' in base or base in example_defects:
        continue
    if base.startswith('ListPersonalAccessTokens'):
        accepted_roundtrip('GetPersonalAccessTokenResponse[]', path, base)
    else:
        accepted_roundtrip(model_of(path), path, base)

# spec defects: rejected at the listed paths
defects = {
    'AccessRequest': ['/requestedFor'],
    'ManagedClient': ['/sinceLastSeen'],
    'ManagedCluster': ['/logConfiguration'],
    'PasswordPolicyV3Dto': ['/dateCreated', '/lastUpdated'],
    'RequestedItemStatus': ['/sodViolationContext/violationCheckResult/message'],
}
for model, paths in defects.items():
    path = os.path.join(shared, 'examples', f'{model}.spec-raw.json')
    rc, out, err = run('check', model, path)
    lines = (out + err).splitlines()
    ok(rc == 1, f'{model}.spec-raw: expected reject (rc 1), got rc={rc}')
    for p in paths:
        ok(any(l.startswith(p + ':') for l in lines), f'{model}.spec-raw: no error line for {p}: {lines[:4]}')

# further edge cases (strict), when a folder of them is given: the name says what each exercises
edge_expect = {
    'created-microseconds': 0, 'created-no-seconds': 1, 'created-no-zone': 1,
    'missing-required-accessTokenValiditySeconds.invalid': 1, 'missing-required-nullable-scope.invalid': 1,
    'owner-empty.valid': 0, 'owner-type-unknown-enum': 1, 'scope-null.valid': 0, 'unknown-keys.valid': 0,
}
for path in (sorted(glob.glob(os.path.join(hidden, 'edge', '*.json'))) if hidden else []):
    key = os.path.basename(path)[len('CreatePersonalAccessTokenResponse.'):-len('.json')]
    want = edge_expect.get(key)
    if want is None:
        continue
    if want == 0:
        accepted_roundtrip('CreatePersonalAccessTokenResponse', path, 'edge ' + key)
    else:
        rc, out, err = run('check', 'CreatePersonalAccessTokenResponse', path)
        ok(rc == 1, f'edge {key}: expected reject, got rc={rc}')

# schema evolution: a newer payload (with expirationDate) read by the older model keeps the new key
for model in ('CreatePersonalAccessTokenResponse', 'GetPersonalAccessTokenResponse'):
    path = os.path.join(hidden, f'{model}.2025-07.json') if hidden else ''
    if path and os.path.exists(path):
        accepted_roundtrip(model, path, f'{model}.2025-07 through the older model')

# derived schema vs the spec: property names and required sets
for sp in sorted(glob.glob(os.path.join(shared, 'schemas', '*.resolved.json'))):
    model = model_of(sp)
    spec = json.load(open(sp))
    rc, out, err = run('schema', model)
    if not ok(rc == 0, f'schema {model}: rc={rc}'):
        continue
    try:
        got = json.loads(out)
    except Exception as e:
        ok(False, f'schema {model}: not JSON: {e}')
        continue
    props = set((spec.get('properties') or {}).keys())
    if props:
        gprops = set((got.get('properties') or {}).keys())
        ok(props == gprops, f'schema {model}: properties differ: missing {sorted(props - gprops)[:5]} extra {sorted(gprops - props)[:5]}')
        ok(set(spec.get('required') or []) == set(got.get('required') or []),
           f'schema {model}: required differs: spec {sorted(spec.get("required") or [])} got {sorted(got.get("required") or [])}')

print(f'{passed} passed, {failed} failed')
sys.exit(0 if failed == 0 else 1)
