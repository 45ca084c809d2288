#!/usr/bin/env python3
"""The parts of the sailpoint-models contract that check_sailpoint.py does not exercise: exit code 2 with one line
on stderr for an unknown model, an unreadable file and bad arguments; standard input; MODEL[] error paths; the
syntax errors of a document that is not plain JSON. Usage: cli_errors.py TOOL DATA_DIR"""
import os, subprocess, sys

tool, data = sys.argv[1:3]
passed = failed = 0

def run(*args, data_in=None):
    p = subprocess.run([tool, *args], input=data_in, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()

def ok(cond, what):
    global passed, failed
    passed += bool(cond)
    failed += not cond
    if not cond:
        print('FAIL', what)

def usage_error(args, what):
    rc, out, err = run(*args)
    ok(rc == 2 and out == '' and len(err.strip().splitlines()) == 1, f'{what}: rc={rc} out={out!r} err={err!r}')

pat = os.path.join(data, 'examples', 'CreatePersonalAccessTokenResponse.json')
usage_error([], 'no command')
usage_error(['frobnicate'], 'unknown command')
usage_error(['check', 'NoSuchModel', pat], 'unknown model')
usage_error(['schema', 'NoSuchModel'], 'unknown model in schema')
usage_error(['check', 'PatOwner', '/nonexistent/file.json'], 'unreadable file')
usage_error(['check', 'PatOwner', pat, 'extra'], 'too many arguments')
usage_error(['check', 'PatOwner', '--frob'], 'unknown option')
usage_error(['list', 'x'], 'list with an argument')

# standard input, '-' and no file
text = open(pat, 'rb').read()
for args in (['check', 'CreatePersonalAccessTokenResponse'], ['check', 'CreatePersonalAccessTokenResponse', '-']):
    rc, out, _ = run(*args, data_in=text)
    ok(rc == 0 and out.startswith('{"id":'), f'{args}: rc={rc}')

# MODEL[]: error paths start with the item's index
bad = b'[{"type":"IDENTITY"},{"type":"ROBOT"},{"id":5}]'
rc, out, _ = run('check', 'PatOwner[]', '-', data_in=bad)
lines = out.splitlines()
ok(rc == 1 and lines[0].startswith('/1/type: unknown enum value "ROBOT"') and lines[1].startswith('/2/id:'),
   f'array paths: {lines}')

# plain JSON only, with the position of a syntax error; the root's pointer is empty
for doc in (b'{"id": "x",}', b'{"id": NaN}', b'{"id": "x"} // c', b'{"id":"a","id":"b"}'):
    rc, out, _ = run('check', 'PatOwner', '-', data_in=doc)
    ok(rc == 1 and out.count('\n') >= 1, f'{doc!r}: rc={rc} out={out!r}')
rc, out, _ = run('check', 'PatOwner', '-', data_in=b'[1]')
ok(rc == 1 and out.startswith(': expected an object'), f'root pointer is empty: {out!r}')
rc, out, _ = run('check', 'PatOwner', '-', data_in=b'{\n  "id": "x",\n}')
ok(rc == 1 and '(line 3, column 1)' in out, f'line and column: {out!r}')

print(f'{passed} passed, {failed} failed')
sys.exit(0 if failed == 0 else 1)
