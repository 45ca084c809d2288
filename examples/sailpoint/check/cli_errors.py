#!/usr/bin/env python3
"""The parts of the sailpoint-models contract that check_sailpoint.py does not exercise: help and version; exit code 2
with one line on stderr that says why for an unknown model, a file that cannot be read (missing, a directory, no
permission) and bad arguments; standard input; MODEL[] error paths; the syntax errors of a document that is not
plain JSON; the "(document root)" location of an error at the root. Usage: cli_errors.py TOOL DATA_DIR"""
import os, re, shutil, stat, subprocess, sys, tempfile

tool, data = sys.argv[1:3]
passed = failed = 0
here = os.path.dirname(os.path.abspath(__file__))

def run(*args, data_in=None, stdin=None):
    p = subprocess.run([tool, *args], input=data_in, stdin=stdin, capture_output=True, timeout=60)
    return p.returncode, p.stdout.decode(), p.stderr.decode()

def ok(cond, what):
    global passed, failed
    passed += bool(cond)
    failed += not cond
    if not cond:
        print('FAIL', what)

def usage_error(args, what, reason=None, **kw):
    rc, out, err = run(*args, **kw)
    ok(rc == 2 and out == '' and len(err.strip().splitlines()) == 1 and err.startswith('sailpoint-models: ')
       and (reason is None or reason in err), f'{what}: rc={rc} out={out!r} err={err!r}')

pat = os.path.join(data, 'examples', 'CreatePersonalAccessTokenResponse.json')
usage_error([], 'no command')
usage_error(['frobnicate'], 'unknown command', "unknown command 'frobnicate'")
usage_error(['--frobnicate'], 'unknown option as the command', "unknown option '--frobnicate'")
usage_error(['check', 'NoSuchModel', pat], 'unknown model', "unknown model 'NoSuchModel'")
usage_error(['schema', 'NoSuchModel'], 'unknown model in schema', "unknown model 'NoSuchModel'")
usage_error(['check', 'PatOwner', pat, 'extra'], 'too many arguments')
usage_error(['check', 'PatOwner', '--frob'], 'unknown option', "unknown option '--frob'")
usage_error(['list', 'x'], 'list with an argument')
usage_error(['schema'], 'schema without a model')

# help: --help, -h and help print the usage on stdout and exit 0, also after a command
for args in (['--help'], ['-h'], ['help'], ['check', '--help'], ['check', 'PatOwner', '-h'], ['schema', '--help'],
             ['list', '-h']):
    rc, out, err = run(*args)
    ok(rc == 0 and err == '' and out.startswith('NAME\n') and out.endswith('\n'), f'{args}: rc={rc} err={err!r}')
rc, usage, _ = run('--help')
flat = ' '.join(usage.split())
for part in ('SYNOPSIS', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'EXAMPLES', 'sailpoint-models list',
             'check MODEL [FILE|-] [--pretty]', "check 'MODEL[]' [FILE|-]", 'schema MODEL', '--pretty', '--version',
             'a JSON array whose every item is a MODEL', 'POINTER: message', '(document root)', 'standard input'):
    ok(part in flat, f'usage text lacks {part!r}')
for code in ('0', '1', '2'):
    ok(re.search(r'^\s+%s\s+\S' % code, usage, re.M), f'usage text does not explain exit code {code}')
ok(all(len(l) <= 120 for l in usage.splitlines()), 'usage text has lines over 120 columns')

# --version: the tool's version is djson's (the project version in the top-level CMakeLists.txt)
rc, out, err = run('--version')
m = re.fullmatch(r'sailpoint-models \(djson\) (\d+\.\d+\.\d+)\n', out)
ok(rc == 0 and err == '' and m, f'--version: rc={rc} out={out!r} err={err!r}')
cml = os.path.join(here, '..', '..', '..', 'CMakeLists.txt')
if m and os.path.exists(cml):
    pv = re.search(r'project\(\s*djson\s+VERSION\s+(\d+\.\d+\.\d+)', open(cml, encoding='utf-8').read())
    ok(pv and pv.group(1) == m.group(1), f'--version says {m.group(1)}, CMakeLists.txt {pv and pv.group(1)}')

# a file that cannot be read: exit 2, one line on stderr naming the file and the reason
usage_error(['check', 'PatOwner', '/nonexistent/file.json'], 'missing file',
            "cannot read '/nonexistent/file.json': No such file or directory")
tmp = tempfile.mkdtemp(prefix='sailpoint-cli-')
try:
    usage_error(['check', 'PatOwner', tmp], 'directory', f"cannot read '{tmp}': Is a directory")
    usage_error(['check', 'PatOwner[]', tmp + '/'], 'directory (MODEL[])', 'Is a directory')
    fd = os.open(tmp, os.O_RDONLY)  # a directory as standard input (`sailpoint-models check PatOwner < dir`)
    try:
        usage_error(['check', 'PatOwner'], 'directory on standard input',
                    "cannot read 'standard input': Is a directory", stdin=fd)
    finally:
        os.close(fd)
    locked = os.path.join(tmp, 'locked.json')
    shutil.copyfile(pat, locked)
    os.chmod(locked, 0)
    want = f"cannot read '{locked}': Permission denied"
    if os.geteuid() != 0:
        usage_error(['check', 'PatOwner', locked], 'unreadable file', want)
    else:
        # root reads a mode-000 file anyway; run that one case as nobody when setpriv can drop privileges
        os.chmod(tmp, 0o755)
        drop = ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups']
        try:
            can_drop = subprocess.run(drop + [tool, '--version'], capture_output=True, timeout=60).returncode == 0
        except OSError:
            can_drop = False
        if can_drop:
            p = subprocess.run(drop + [tool, 'check', 'PatOwner', locked], capture_output=True, timeout=60)
            err = p.stderr.decode()
            ok(p.returncode == 2 and p.stdout == b'' and len(err.splitlines()) == 1 and want in err,
               f'unreadable file (as nobody): rc={p.returncode} err={err!r}')
        else:
            print('SKIP unreadable file (chmod 000): running as root, which bypasses file permissions, '
                  'and setpriv cannot run the tool as user nobody')
    os.chmod(locked, stat.S_IRUSR | stat.S_IWUSR)
finally:
    shutil.rmtree(tmp)

# standard input, '-' and no file
text = open(pat, 'rb').read()
for args in (['check', 'CreatePersonalAccessTokenResponse'], ['check', 'CreatePersonalAccessTokenResponse', '-'],
             ['check', '--pretty', 'CreatePersonalAccessTokenResponse', '-']):
    rc, out, _ = run(*args, data_in=text)
    ok(rc == 0 and out.startswith('{'), f'{args}: rc={rc}')
    ok(rc == 0 and ('\n  "id": ' in out if '--pretty' in args else out.startswith('{"id":')), f'{args}: {out[:40]!r}')

# MODEL[]: error paths start with the item's index
bad = b'[{"type":"IDENTITY"},{"type":"ROBOT"},{"id":5}]'
rc, out, _ = run('check', 'PatOwner[]', '-', data_in=bad)
lines = out.splitlines()
ok(rc == 1 and lines[0].startswith('/1/type: unknown enum value "ROBOT"') and lines[1].startswith('/2/id:'),
   f'array paths: {lines}')

# plain JSON only, with the position of a syntax error
for doc in (b'{"id": "x",}', b'{"id": NaN}', b'{"id": "x"} // c', b'{"id":"a","id":"b"}'):
    rc, out, _ = run('check', 'PatOwner', '-', data_in=doc)
    ok(rc == 1 and out.count('\n') >= 1, f'{doc!r}: rc={rc} out={out!r}')
rc, out, _ = run('check', 'PatOwner', '-', data_in=b'{\n  "id": "x",\n}')
ok(rc == 1 and '(line 3, column 1)' in out, f'line and column: {out!r}')

# an error at the document root: "(document root): message", never a line that starts with ':'
root_cases = [
    (['PatOwner'], b'[1]', '(document root): expected an object'),
    (['PatOwner[]'], b'{}', '(document root): expected an array'),
    (['PatOwner'], b'', '(document root): invalid JSON: '),
    (['PatOwner'], b'{"id": "x"} // c', '(document root): invalid JSON: '),
    (['PatOwner'], b'  \n', '(document root): invalid JSON: '),
]
for model, doc, want in root_cases:
    rc, out, _ = run('check', *model, '-', data_in=doc)
    lines = out.splitlines()
    ok(rc == 1 and lines and lines[0].startswith(want) and not any(l.startswith(':') for l in lines),
       f'root error of {doc!r} as {model[0]}: {lines}')
rc, out, _ = run('check', 'PatOwner', '-', data_in=b'  \n')
ok(re.fullmatch(r'\(document root\): invalid JSON: .+ \(line \d+, column \d+\)\n', out), f'root syntax error: {out!r}')
# and errors below the root keep their pointer, so "POINTER: message" stays parseable
rc, out, _ = run('check', 'PatOwner', '-', data_in=b'{"id": 5}')
ok(rc == 1 and out.startswith('/id: '), f'non-root pointer: {out!r}')

# --lenient: what real servers send (options::lenient()): strict by default, each leniency under the flag, and
# the document written back strict.
sched = os.path.join(data, 'examples', 'Schedule.spec-raw.json')
if os.path.exists(sched):
    rc, out, err = run('check', 'Schedule', sched)
    ok(rc == 1 and out.startswith('/expiration: invalid date-time'), f'Schedule.spec-raw strict: rc={rc} out={out!r}')
    rc, out, err = run('check', 'Schedule', sched, '--lenient')
    ok(rc == 0 and '"expiration":"2022-09-19T13:55:26.000Z"' in out, f'Schedule.spec-raw --lenient: rc={rc} out={out!r}')
lenient_cases = [
    ('{"name":"n","scope":null,"accessTokenValiditySeconds":"3600"}', 'CreatePersonalAccessTokenRequest',
     '"accessTokenValiditySeconds":3600'),
    ('{"id":"i","secret":"s","scope":null,"name":"n","owner":{"id":null},"created":"2017-07-11T18:45Z",'
     '"accessTokenValiditySeconds":60}', 'CreatePersonalAccessTokenResponse', '"created":"2017-07-11T18:45:00.000Z"'),
    ('{"id":"i","secret":"s","scope":null,"name":"n","owner":{},"created":"2017-07-11T18:45:37.1",'
     '"accessTokenValiditySeconds":60}', 'CreatePersonalAccessTokenResponse', '"created":"2017-07-11T18:45:37.100Z"'),
]
for doc, model, want in lenient_cases:
    rc, out, err = run('check', model, '-', data_in=doc.encode())
    ok(rc == 1, f'{model} {doc}: strict must reject it: rc={rc} out={out!r}')
    rc, out, err = run('check', model, '-', '--lenient', data_in=doc.encode())
    ok(rc == 0 and want in out, f'{model} {doc} --lenient: rc={rc} out={out!r} err={err!r}')
# still refused when lenient: a string that is not a number, a time that is not one
for doc, model in (('{"name":"n","scope":null,"accessTokenValiditySeconds":"3600s"}', 'CreatePersonalAccessTokenRequest'),
                   ('{"name":"n","scope":null,"accessTokenValiditySeconds":" 3600"}', 'CreatePersonalAccessTokenRequest'),
                   ('{"name":"n","scope":null,"accessTokenValiditySeconds":"14"}', 'CreatePersonalAccessTokenRequest')):
    rc, out, err = run('check', model, '-', '--lenient', data_in=doc.encode())
    ok(rc == 1 and out.startswith('/accessTokenValiditySeconds: '), f'{doc} --lenient must fail: rc={rc} out={out!r}')

print(f'{passed} passed, {failed} failed')
sys.exit(0 if failed == 0 else 1)
