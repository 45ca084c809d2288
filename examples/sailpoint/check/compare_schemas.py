#!/usr/bin/env python3
"""Compares, for every SailPoint model, the JSON Schema that `sailpoint-models schema` derives with the spec's
resolved schema: property names, required sets, types, formats, enum values, nullability and validation keywords
(minimum, maxLength, minItems, uniqueItems, pattern, ...), recursively.

Usage: compare_schemas.py TOOL DATA_DIR KNOWN_DIFFERENCES
Every difference must be listed in KNOWN_DIFFERENCES ("Model /pointer: what" lines, '#' comments), where it is
explained as a spec defect or as a construct that waits for a later djson extension; a listed difference that no
longer occurs is reported too, so the list cannot go stale. Prints 'N passed, M failed'; exit 0 when all pass."""
import glob, json, os, subprocess, sys

# A spec whose schemas still hold `$ref`s (test/openapi/compare_api_schemas.py imports this module) sets DEREF to a
# function that returns the schema a `{"$ref": ...}` names, and its place; the resolved files here have none.
DEREF = None


def deref(s):
    """(schema, place of a $ref followed or None)."""
    if DEREF is not None and isinstance(s, dict) and '$ref' in s:
        return DEREF(s['$ref'])
    return s, None

CONSTRAINTS = ('minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength', 'maxLength',
               'pattern', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties')
INT_RANGE = {'int8': {'minimum': -2**7, 'maximum': 2**7 - 1}, 'int16': {'minimum': -2**15, 'maximum': 2**15 - 1},
             'uint8': {'minimum': 0, 'maximum': 2**8 - 1}, 'uint16': {'minimum': 0, 'maximum': 2**16 - 1},
             'uint32': {'minimum': 0, 'maximum': 2**32 - 1}, 'uint64': {'minimum': 0, 'maximum': 2**64 - 1}}
TYPE_RANGE = {'int32': {'minimum': -2**31, 'maximum': 2**31 - 1}, 'int64': {'minimum': -2**63, 'maximum': 2**63 - 1},
              'double': {'minimum': -1.7976931348623157e308, 'maximum': 1.7976931348623157e308}}

def merged(s):
    """allOf parts merged into one object schema (what the spec means by them)."""
    if not isinstance(s, dict) or 'allOf' not in s:
        return s
    out = {k: v for k, v in s.items() if k != 'allOf'}
    props, req = dict(out.get('properties') or {}), list(out.get('required') or [])
    for part in s['allOf']:
        part = merged(deref(part)[0])
        props.update(part.get('properties') or {})
        req += part.get('required') or []
        for k in part:  # type, nullable, format, enum, the validation keywords: the parts' own, where not set
            if k not in out and k not in ('properties', 'required', 'description', 'example', 'title'):
                out[k] = part[k]
    if props:
        out['properties'] = props
    out['required'] = req
    out.setdefault('type', 'object')
    return out

def resolve(g, defs):
    """Our schema with its $ref followed and its nullability split off: (schema, nullable)."""
    nullable = False
    if g == {}:
        return g, True  # any value, null included
    if set(g) == {'allOf'} and len(g['allOf']) == 2 and g['allOf'][1] == {'not': {'type': 'null'}}:
        return resolve(g['allOf'][0], defs)[0], False  # an optional member's value: null excluded
    if 'anyOf' in g:
        alts = [a for a in g['anyOf'] if a != {'type': 'null'}]
        nullable = len(alts) < len(g['anyOf'])
        g = alts[0] if len(alts) == 1 else {'anyOf': alts}
    if '$ref' in g:
        g = defs[g['$ref'].split('/')[-1]]
    t = g.get('type')
    if isinstance(t, list):
        nullable = nullable or 'null' in t
        rest = [x for x in t if x != 'null']
        g = dict(g, type=rest[0] if len(rest) == 1 else rest)
    return g, nullable

def compare(model, ptr, spec, got, defs, diffs, seen=None):
    spec, place = deref(spec)
    if isinstance(spec, bool):  # JSON Schema 2020-12 (OpenAPI 3.1): true is {}, false accepts nothing
        spec = {} if spec else {'not': {}}
    if place is not None:  # a schema that refers to itself, compared once per derived schema
        seen = set() if seen is None else seen
        key = (place, json.dumps(got, sort_keys=True))
        if key in seen:
            return
        seen.add(key)
    spec = merged(spec)
    c = spec.get('const')
    if 'enum' not in spec and isinstance(c, (str, int, float)) and not isinstance(c, bool):
        # a string or number const is a one-value enum (djson-openapi maps it so); its type is the const's
        spec = dict(spec, enum=[c])
        if 'type' not in spec:
            spec['type'] = 'string' if isinstance(c, str) else 'integer' if isinstance(c, int) else 'number'
    if isinstance(spec.get('type'), list):  # OpenAPI 3.1: type: [..., "null"]
        rest = [t for t in spec['type'] if t != 'null']
        spec = dict(spec, nullable=spec.get('nullable') or 'null' in spec['type'])
        if len(rest) == 1:
            spec['type'] = rest[0]
    got, got_null = resolve(got, defs)
    if not ptr:  # a named schema's own nullability applies where it is used (a djson::nullable member)
        got_null = bool(spec.get('nullable'))
    def differ(what):
        diffs.append((f'{model} {ptr or "/"}', what))
    for kind in ('oneOf', 'anyOf'):  # oneOf [X, {type: null}]: a nullable X
        alts = spec.get(kind)
        if isinstance(alts, list) and len(alts) == 2 and any(a == {'type': 'null'} for a in alts):
            rest, _ = deref(next(a for a in alts if a != {'type': 'null'}))
            spec = dict(merged(rest), nullable=True)
            break
    if 'oneOf' in spec or 'anyOf' in spec:
        # A std::variant: the same alternatives in the same order (a tagged one pins each alternative to its
        # tags with an allOf; one chosen by a sibling is an anyOf whose if/then sit on the enclosing object).
        kind = 'oneOf' if 'oneOf' in spec else 'anyOf'
        salts = spec[kind]
        galts = got.get('oneOf') or got.get('anyOf')
        if not galts:
            differ(f'{kind} derived as {json.dumps(got)[:80]}')
            return
        if bool(spec.get('nullable')) != got_null:
            differ(f'nullable: spec {bool(spec.get("nullable"))}, derived {got_null}')
        if len(salts) != len(galts):
            differ(f'{kind}: spec has {len(salts)} alternatives, derived {len(galts)}')
        for i, (sa, ga) in enumerate(zip(salts, galts)):
            if isinstance(ga, dict) and set(ga) == {'allOf'} and len(ga['allOf']) == 2 and \
                    set(ga['allOf'][1]) == {'properties', 'required'}:
                ga = ga['allOf'][0]  # the tag pin of a tagged alternative
            compare(model, f'{ptr}/{kind}/{i}', sa, ga, defs, diffs, seen)
        return
    if bool(spec.get('nullable')) != got_null and not (got == {} and 'type' not in spec):
        differ(f'nullable: spec {bool(spec.get("nullable"))}, derived {got_null}')
    if 'type' not in spec:
        if got != {}:
            differ(f'spec has no type, derived {json.dumps(got)[:80]}')
        return
    st, gt = spec['type'], got.get('type')
    if st != gt:
        differ(f'type: spec {st}, derived {gt}')
        return
    sf, gf = spec.get('format'), got.get('format')
    if st == 'integer' and sf is None:
        sf = 'int64'  # an integer without format is read as int64
    own_range = TYPE_RANGE.get(gf, {})
    if st == 'number' and sf is None:
        gf = None  # a number without format is read as double
    if sf in INT_RANGE and gf is None and all(got.get(k) == v for k, v in INT_RANGE[sf].items()):
        gf = sf  # the exact-width integers are derived as their range
        own_range = INT_RANGE[sf]
    if sf != gf:
        differ(f'format: spec {sf}, derived {gf}')
    # Validation keywords: the spec's must be derived as they are (OpenAPI 3.0's boolean exclusiveMinimum /
    # exclusiveMaximum become 2020-12's numeric ones), and the derived schema adds none but an integer
    # format's own range.
    want = {k: spec[k] for k in CONSTRAINTS if k in spec and not isinstance(spec[k], bool) or k == 'uniqueItems' and spec.get(k) is True}
    for bound, excl in (('minimum', 'exclusiveMinimum'), ('maximum', 'exclusiveMaximum')):
        if spec.get(excl) is True and bound in want:
            want[excl] = want.pop(bound)
    have = {k: got[k] for k in CONSTRAINTS if k in got}
    for bound, value in own_range.items():
        if have.get(bound) == value and bound not in want:
            del have[bound]
    if (gf in ('date-time', 'date') or sf == 'byte') and 'pattern' not in want:
        have.pop('pattern', None)  # djson::timestamp's / djson::date's exact RFC 3339 grammar, the type's own
    if gf == 'float':  # a float's own range: finite floats, derived as exclusive bounds
        for k in ('exclusiveMinimum', 'exclusiveMaximum'):
            if k not in want and abs(have.get(k, 0)) > 3.4e38:
                del have[k]
    if want != have:
        differ(f'constraints: spec {json.dumps(want, sort_keys=True)}, derived {json.dumps(have, sort_keys=True)}')
    if 'enum' in spec:
        # json.dumps: the spec's lists may mix types (a YAML reader turned an unquoted OFF into false)
        se = sorted(json.dumps(v) for v in spec['enum'] if v is not None)
        ge = sorted(json.dumps(v) for v in got.get('enum', []) if v is not None)
        if se != ge:
            differ(f'enum: spec {se}, derived {ge}')
    if st == 'array':
        compare(model, ptr + '/0', spec.get('items') or {}, got.get('items') or {}, defs, diffs, seen)
    if st == 'object':
        sp, gp = spec.get('properties'), got.get('properties')
        if sp:
            gp = gp or {}
            if set(sp) != set(gp):
                differ(f'properties: missing {sorted(set(sp) - set(gp))}, extra {sorted(set(gp) - set(sp))}')
            if set(spec.get('required') or []) != set(got.get('required') or []):
                differ(f'required: spec {sorted(spec.get("required") or [])}, derived {sorted(got.get("required") or [])}')
            for k in sorted(set(sp) & set(gp)):
                compare(model, ptr + '/' + k.replace('~', '~0').replace('/', '~1'), sp[k], gp[k], defs, diffs, seen)
        else:
            ap = spec.get('additionalProperties')
            gap = got.get('additionalProperties')
            if isinstance(ap, dict) and ap:
                compare(model, ptr + '/*', ap, gap if isinstance(gap, dict) else {}, defs, diffs, seen)
            elif gp:
                differ('spec is a free-form object, derived has properties')

def main():
    tool, data, known_file = sys.argv[1:4]
    known = set()
    for line in open(known_file, encoding='utf-8'):
        line = line.split('#', 1)[0].strip()
        if line:
            known.add(line.split(':', 1)[0].strip())
    passed = failed = 0
    seen = set()
    for path in sorted(glob.glob(os.path.join(data, 'schemas', '*.resolved.json'))):
        model = os.path.basename(path).split('.')[0]
        spec = json.load(open(path, encoding='utf-8'))
        p = subprocess.run([tool, 'schema', model], capture_output=True, text=True)
        if p.returncode != 0:
            print(f'FAIL {model}: schema exit {p.returncode}: {p.stderr.strip()}')
            failed += 1
            continue
        got = json.loads(p.stdout)
        defs = got.pop('$defs', {})
        got.pop('$schema', None)
        got.pop('title', None)
        diffs = []
        compare(model, '', spec, got, defs, diffs)
        for where, what in diffs:
            seen.add(where)
            if where in known:
                print(f'known  {where}: {what}')
            else:
                print(f'FAIL   {where}: {what}')
                failed += 1
        passed += 1
    for stale in sorted(known - seen):
        print(f'FAIL   listed but no longer differs: {stale}')
        failed += 1
    print(f'{passed} passed, {failed} failed')
    return 0 if failed == 0 else 1


if __name__ == '__main__':
    sys.exit(main())
