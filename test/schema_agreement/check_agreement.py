#!/usr/bin/env python3
"""Schema/reader agreement: does json_schema<T>() accept exactly what djson's reader accepts?

Usage: check_agreement.py [-v] DIR_OR_FILE...      (-v also lists every record a rule explains)

Reads the *.jsonl records the unit tests write (test/support.hpp, DJSON_AGREEMENT_DIR): one line per
(type, document) read with the default options, holding json_schema<T>(), the document's bytes and djson's
verdict and errors. Each document is parsed strictly and validated against the schema with an independent
validator (python3-jsonschema >= 4.10, draft 2020-12, with its format checker; numbers are compared exactly as
decimals, `multipleOf` is decided exactly on the decimal numbers (never a float quotient), 1.0 counts as an
integer as the spec says, and `pattern` is matched with ECMA-262's `$` and `\d`);
the two verdicts must agree. Each schema is also checked on its own: valid against the 2020-12 meta-schema,
every $ref an RFC 3986 URI reference that resolves inside the schema.

A disagreement is allowed only when JSON Schema 2020-12 cannot express the rule that made the verdicts differ;
each such rule is named here, checked against the document (not taken on trust from djson's error code), and
counted in the summary:

  not JSON          The document is not JSON in the strict sense of RFC 8259 / I-JSON (RFC 7493): invalid
                    UTF-8, a syntax error, NaN/Infinity, a lone surrogate escape, a duplicate key. A schema
                    validates a JSON value, so it cannot see any of these; djson must have rejected it.
  integer spelling  An integer member given a number spelled with a fraction or exponent whose value is
                    integral (1.0, 1e2). JSON Schema's data model says 1.0 is an integer (2020-12 core, 6.3),
                    so no schema can tell 1.0 from 1; djson rejects the spelling (type_mismatch).
  instant range     A date-time whose offset moves the instant before 0000-01-01T00:00:00Z or after
                    9999-12-31T23:59:59.999999999Z (0000-01-01T00:00:00+01:00): djson::timestamp holds instants
                    of years 0000-9999 and writes them in UTC. A pattern could only say it by listing every
                    pair of local time and offset on those two days; the schema's pattern stops at the
                    calendar. Verified by computing the instant.
  depth             Nesting deeper than options::max_depth (64). 2020-12 has no keyword for the depth of an
                    arbitrary value (for {} / free-form members it cannot be expressed at all).
  exact double      The edge of a float's or double's range, and numbers a DOM cannot hold. The reader rounds
                    a number to the nearest float/double and rejects it (out_of_range) when that is infinite:
                    |x| >= T, T = 2^128 - 2^103 (float) or 2^1024 - 2^970 (double). A bound in the schema is a
                    boost::json::value, written in its shortest form, so it cannot be T: the best schema bound
                    S (3.4028235677973366e38, the shortest spelling of the double T_float, or
                    1.7976931348623157e308, DBL_MAX's) leaves a sliver S <= |x| < T where the two may differ,
                    either way. Also: out_of_range for a number that a boost::json::value cannot hold exactly
                    (the message names raw_json: the double's shortest spelling is another number); "kept by
                    a double" has no keyword.
  exponent overflow A number whose exponent does not fit in an int (|e| near 2^31): Boost.JSON's tokenizer
                    rejects it as a syntax error ("exponent overflow"). The value is far beyond any bound a
                    boost::json::value can carry (or a non-zero number closer to 0 than any double).

The validator's own departures from the spec are listed (and verified) the same way, as QUIRKS below.
Anything else fails the test. Prints one summary line per rule, the unexplained disagreements grouped by cause
(with one example each, then every failing record), and ends with `N passed, M failed`; exits 1 when M > 0.
"""

import decimal
import glob
import json
import os
import re
import sys
from decimal import Decimal

try:
    import jsonschema
    import jsonschema.validators
except ImportError:  # pragma: no cover - CMake picks an interpreter that has it
    print("schema_agreement: cannot import jsonschema: install python3-jsonschema "
          "(apt-get install python3-jsonschema)")
    sys.exit(1)

decimal.getcontext().prec = 100000  # abs() and friends stay exact for the numbers tests use
decimal.getcontext().Emax = decimal.MAX_EMAX
decimal.getcontext().Emin = decimal.MIN_EMIN
if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)  # integers of any length, exactly
sys.setrecursionlimit(10000)
CHECKER_MAX_DEPTH = 1000  # deeper documents are not handed to Python's recursive parser (its C stack)
TOO_DEEP = object()  # a document deeper than that

DJSON_MAX_DEPTH = 64  # djson::options{}.max_depth
DOUBLE_OVERFLOW = 2 ** 1024 - 2 ** 970  # the smallest magnitude that rounds to infinity as a double
INT64_MIN, UINT64_MAX = -(2 ** 63), 2 ** 64 - 1

RANGE_EDGE = {  # format -> (S, T): the schema's best bound and the reader's true one (see "exact double")
    "float": (Decimal("3.4028235677973366e38"), 2 ** 128 - 2 ** 103),
    "double": (Decimal("1.7976931348623157e308"), DOUBLE_OVERFLOW),
}
INT_MAX = 2 ** 31 - 1

RULES = ["not JSON", "integer spelling", "instant range", "depth", "exact double", "exponent overflow"]
# Where the independent validator itself departs from the spec (not a schema matter; verified case by case):
#   year 0000  rfc3339-validator (jsonschema's date-time checker when installed) rejects year 0, which RFC 3339's
#              date-fullyear = 4DIGIT allows and djson reads; the same string with year 2000 (also a leap year)
#              must pass the checker, so nothing else about it is wrong.
QUIRKS = ["year 0000"]


# ---- strict parsing ----------------------------------------------------------------------------------------

class NotJson(Exception):
    pass


def _no_duplicates(pairs):
    obj = {}
    for k, v in pairs:
        if k in obj:
            raise NotJson("duplicate key %r" % k)
        obj[k] = v
    return obj


def _reject_constant(name):
    raise NotJson("not a JSON number: " + name)


def _check_strings(value):
    """Every string (and key) must be Unicode scalar values: no lone surrogate from a \\uD800 escape."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            try:
                v.encode("utf-8")
            except UnicodeEncodeError:
                raise NotJson("lone surrogate in string %r" % v[:40])
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def _number(spelling):
    """A number with a fraction or exponent, exactly. An exponent beyond Decimal's (|e| > 10^18, JSONTestSuite's
    i_number_huge_exp) stands in as infinity, or the smallest positive Decimal: sign, order against any bound a
    schema can carry and integrality (a tiny non-zero number is not integral) stay right."""
    try:
        return Decimal(spelling)
    except decimal.InvalidOperation:
        mantissa, _, exponent = spelling.lower().partition("e")
        if Decimal(mantissa) == 0:
            return Decimal(0)
        x = Decimal("1E%d" % decimal.getcontext().Etiny()) if exponent.startswith("-") else Decimal("Infinity")
        return x.copy_negate() if mantissa.startswith("-") else x


def parse_strict(data):
    """The document as Python values (numbers with a fraction or exponent as Decimal), or NotJson."""
    try:
        text = data.decode("utf-8")  # strict: no overlongs, no encoded surrogates
    except UnicodeDecodeError as e:
        raise NotJson("invalid UTF-8: %s" % e)
    try:
        value = json.loads(text, object_pairs_hook=_no_duplicates, parse_float=_number,
                           parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        raise NotJson("syntax: %s" % e)
    _check_strings(value)
    return value


def nesting_depth(data):
    """Deepest nesting of arrays and objects in the raw text (brackets inside strings do not count)."""
    data = re.sub(rb'"(?:[^"\\]|\\.)*"', b'""', data, flags=re.S)
    depth = deepest = 0
    for c in data:
        if c in b"[{":
            depth += 1
            deepest = max(deepest, depth)
        elif c in b"]}":
            depth -= 1
    return deepest


def resolve_pointer(doc, pointer):
    """The value at an RFC 6901 JSON Pointer, or raise KeyError."""
    if pointer == "":
        return doc
    if not pointer.startswith("/"):
        raise KeyError(pointer)
    for token in pointer[1:].split("/"):
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(doc, dict):
            doc = doc[token]
        elif isinstance(doc, list):
            if not re.fullmatch(r"0|[1-9][0-9]*", token) or int(token) >= len(doc):
                raise KeyError(pointer)
            doc = doc[int(token)]
        else:
            raise KeyError(pointer)
    return doc


# ---- the validator -----------------------------------------------------------------------------------------

def _is_number(checker, instance):
    return not isinstance(instance, bool) and isinstance(instance, (int, float, Decimal))


def _is_integer(checker, instance):
    # JSON Schema 2020-12: "a number with a zero fractional part" is an integer, so 1.0 is one.
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    if isinstance(instance, float):
        return instance.is_integer()
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return False


def ecma_regex(pattern):
    """2020-12 patterns are ECMA-262 regular expressions; Python's `re`, which jsonschema uses, differs in two
    ways that matter for anchored patterns: `$` also matches before a final newline, and `\\d` matches any
    Unicode digit. Translate those two (outside character classes) so the validator judges what the schema
    says."""
    out, i, in_class = [], 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern):
            nxt = pattern[i + 1]
            out.append("[0-9]" if nxt == "d" and not in_class else "0-9" if nxt == "d" else c + nxt)
            i += 2
            continue
        if c == "[" and not in_class:
            in_class = True
        elif c == "]" and in_class:
            in_class = False
        elif c == "$" and not in_class:
            c = r"\Z"
        out.append(c)
        i += 1
    return re.compile("".join(out))


_regex_cache = {}


def _pattern(validator, pattern, instance, schema):
    if not isinstance(instance, str):
        return
    rx = _regex_cache.get(pattern) or _regex_cache.setdefault(pattern, ecma_regex(pattern))
    if not rx.search(instance):
        yield jsonschema.exceptions.ValidationError("%r does not match %r" % (instance, pattern))


def _decimal(x):
    """x as the Decimal of its JSON number. Documents and schemas are parsed with Decimal, so a float never comes
    here; if one did, its repr is the shortest decimal that reads back as it."""
    return Decimal(repr(x)) if isinstance(x, float) else Decimal(x)


def is_multiple(value, factor):
    """Whether value = k x factor for a whole k, exactly: 2020-12's multipleOf on the numbers themselves (0.07 is
    7 x 0.01), which djson::multiple_of decides too. jsonschema's own keyword divides floats when the factor is
    one, and with Decimals uses `%`, which raises past the context's precision or on an infinite stand-in; here
    value = V x 10^a and factor = F x 10^b, integers: whole when F divides V x 10^(a-b) (a modular power, for
    any a - b), or, when a < b, when F x 10^(b-a) divides V (never, once 10^(b-a) has more digits than V)."""
    v, f = _decimal(value), _decimal(factor)
    if not f.is_finite() or f == 0:
        return False  # no schema has such a factor (multipleOf > 0): schema_problems reports it
    if v == 0:
        return True
    if not v.is_finite():
        return False  # an exponent past Decimal's (see _number): no document djson reads; its digits are gone
    _, v_digits, a = v.as_tuple()
    _, f_digits, b = f.as_tuple()
    big_v, big_f = int("".join(map(str, v_digits))), int("".join(map(str, f_digits)))
    if a >= b:
        return big_v * pow(10, a - b, big_f) % big_f == 0
    if b - a > len(v_digits):
        return False  # F x 10^(b-a) > V > 0
    return big_v % (big_f * 10 ** (b - a)) == 0


def _multiple_of(validator, factor, instance, schema):
    if not validator.is_type(instance, "number") or not _is_number(None, factor):
        return
    if not is_multiple(instance, factor):
        yield jsonschema.exceptions.ValidationError("%s is not a multiple of %s" % (instance, factor))


Base = jsonschema.Draft202012Validator
Validator = jsonschema.validators.extend(
    Base, validators={"pattern": _pattern, "multipleOf": _multiple_of},
    type_checker=Base.TYPE_CHECKER.redefine_many({"number": _is_number, "integer": _is_integer}))
FORMAT_CHECKER = getattr(Base, "FORMAT_CHECKER", None) or jsonschema.draft202012_format_checker

# "uri" is checked by jsonschema only when an optional package (rfc3987) is installed, which Debian's
# python3-jsonschema does not pull in. Without it, RFC 3986's grammar of an absolute URI with an optional
# fragment: a scheme, ':', then URI characters and well-formed percent-escapes ('[' and ']' outside the
# fragment only).
if "uri" not in FORMAT_CHECKER.checkers:
    _URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:"
                      r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?\[\]]|%[0-9A-Fa-f]{2})*"
                      r"(?:#(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*)?$")
    _checker = jsonschema.FormatChecker(formats=())
    _checker.checkers = dict(FORMAT_CHECKER.checkers)
    _checker.checks("uri")(lambda instance: not isinstance(instance, str) or bool(_URI.match(instance)))
    FORMAT_CHECKER = _checker

# RFC 3986 URI-reference characters (a $ref must be one; RFC 6901 section 6 for the fragment).
URI_REFERENCE = re.compile(r"^(?:[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$")


def _percent_decode(s):
    return re.sub(rb"%([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), s.encode()).decode()


def schema_problems(schema):
    """What makes the schema itself wrong, independently of any document."""
    problems = []
    try:
        Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        problems.append("not a valid 2020-12 schema: %s" % e.message)
    stack = [schema]
    while stack:
        s = stack.pop()
        if isinstance(s, dict):
            ref = s.get("$ref")
            if isinstance(ref, str):
                if not URI_REFERENCE.match(ref):
                    problems.append("$ref %r is not an RFC 3986 URI reference" % ref)
                elif not ref.startswith("#"):
                    problems.append("$ref %r leaves the document" % ref)
                else:
                    try:
                        resolve_pointer(schema, _percent_decode(ref[1:]))
                    except (KeyError, TypeError):
                        problems.append("$ref %r does not resolve" % ref)
            stack.extend(s.values())
        elif isinstance(s, list):
            stack.extend(s)
    return problems


# ---- explaining a disagreement -----------------------------------------------------------------------------

def explain_error(err, doc, data):
    """The rule that explains djson's error `err` (djson rejected, the schema accepted), or None."""
    code, path, detail = err["code"], err["path"], err.get("detail", "")
    if code == "too_deep":
        return "depth" if nesting_depth(data) > DJSON_MAX_DEPTH else None
    if code == "syntax" and "exponent overflow" in detail:
        try:
            value = resolve_pointer(doc, path)
        except KeyError:
            return None
        if isinstance(value, Decimal) and value != 0:
            if not value.is_finite() or value.adjusted() >= INT_MAX - len(value.as_tuple().digits) or \
                    value.adjusted() <= -INT_MAX:
                return "exponent overflow"
        return None
    try:
        value = resolve_pointer(doc, path)
    except KeyError:
        return None
    if code == "type_mismatch":
        # spelled with a fraction or exponent (parsed as Decimal), integral in value
        if isinstance(value, Decimal) and value == value.to_integral_value():
            return "integer spelling"
        return None
    if code == "invalid_value" and isinstance(value, str) and "instant outside years" in detail:
        return "instant range" if instant_out_of_range(value) else None
    if code == "out_of_range" and _is_number(None, value):
        if abs(value) >= DOUBLE_OVERFLOW:
            return "exact double"
        if "raw_json" in detail:
            # a DOM keeps int64/uint64 integers, and a double whose shortest spelling is the same number
            held = (isinstance(value, int) and INT64_MIN <= value <= UINT64_MAX) or \
                   Decimal(repr(float(value))) == Decimal(value)
            return None if held else "exact double"
    return None


def instant_out_of_range(text):
    """True when `text` is a well-formed date-time whose instant, after its offset, is outside years 0-9999."""
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)[Tt](\d\d):(\d\d):(\d\d)(\.\d{1,9})?(?:[Zz]|([+-])(\d\d):(\d\d))", text)
    if not m:
        return False
    year, month, day, hour, minute = (int(m.group(i)) for i in range(1, 6))
    sign, oh, om = m.group(8), int(m.group(9) or 0), int(m.group(10) or 0)
    offset = (oh * 60 + om) * (-1 if sign == "-" else 1)
    if year == 0 and month == 1 and day == 1:
        return hour * 60 + minute < offset  # before midnight UTC of the first day
    if year == 9999 and month == 12 and day == 31:
        return hour * 60 + minute - offset >= 24 * 60
    return False


def explain_schema_error(e):
    """The rule that explains the validator's error `e` (the schema rejected, djson accepted), or None."""
    if e.validator == "format" and e.validator_value == "date-time" and isinstance(e.instance, str) and \
            e.instance.startswith("0000-") and FORMAT_CHECKER.conforms("2000" + e.instance[4:], "date-time"):
        return "year 0000"
    if e.validator in ("maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum") and \
            _is_number(None, e.instance) and isinstance(e.schema, dict) and e.schema.get("format") in RANGE_EDGE:
        low, high = RANGE_EDGE[e.schema["format"]]
        if low <= abs(e.instance) < high:
            return "exact double"
    return None


def explain(record, doc, data):
    """The rule explaining why djson rejected what the schema accepts, or None."""
    errors = [e for e in record["errors"] if e["code"] != "too_many_errors"]
    if not errors:
        return None
    rules = [explain_error(e, doc, data) for e in errors]
    if None in rules:
        return None
    return rules[0]  # every error is explained; the first names the rule


# ---- reporting ---------------------------------------------------------------------------------------------

def short(s, n=160):
    s = s if isinstance(s, str) else repr(s)
    return s if len(s) <= n else s[:n] + "...(%d bytes)" % len(s)


def doc_text(record, data):
    if "doc" in record:
        return record["doc"]
    return data.decode("utf-8", errors="backslashreplace")


def generic(detail):
    """A message with its specifics (quoted values, numbers) blanked, for grouping."""
    detail = re.sub(r'"(?:[^"\\]|\\.)*"', '"…"', detail)
    detail = re.sub(r"'(?:[^'\\]|\\.)*'", "'…'", detail)
    return re.sub(r"\d+", "N", detail)


def load(paths):
    files = []
    for p in paths:
        files.extend(sorted(glob.glob(os.path.join(p, "*.jsonl"))) if os.path.isdir(p) else [p])
    records = []
    for f in files:
        with open(f, "rb") as fh:
            n = 0
            for line in fh:
                if line.strip():
                    rec = json.loads(line, parse_float=Decimal)
                    rec["_file"] = os.path.basename(f)
                    records.append(rec)
                    n += 1
        print("  %-40s %6d records" % (os.path.basename(f), n))
    return files, records


def main(argv):
    verbose = "-v" in argv  # also list every record a rule explains
    argv = [a for a in argv if a != "-v"]
    if len(argv) < 2:
        print(__doc__)
        return 2
    print("schema_agreement: jsonschema %s on Python %s (%s)" % (_version(), sys.version.split()[0],
                                                                sys.executable))
    print("formats enforced by the format checker: %s" % ", ".join(sorted(FORMAT_CHECKER.checkers)))
    if "date-time" not in FORMAT_CHECKER.checkers:
        print("  (date-time is not checked here: install rfc3339-validator for it; the schema's own "
              "pattern still applies)")
    files, records = load(argv[1:])
    if not records:
        print("no records in %s: run the unit tests with DJSON_AGREEMENT_DIR set (ctest does)" % " ".join(argv[1:]))
        print("0 passed, 1 failed")
        return 1

    validators, problems_of = {}, {}
    counts = {"agree": 0}
    counts.update({r: 0 for r in RULES + QUIRKS})
    failures = []  # (cause, text)
    failed = set()  # ids of the records that failed (a record may fail for more than one cause)
    types = set()

    def explained(rule, record, data):
        if id(record) in failed:
            return
        counts[rule] += 1
        if verbose:
            print("  %-20s %s %s: %s" % (rule, "accepted" if record["accepted"] else "rejected", record["type"],
                                         short(doc_text(record, data), 100)))

    def fail(cause, record, data, why):
        failed.add(id(record))
        lines = ["%s [%s]" % (cause, record["_file"]),
                 "  type:   %s" % record["type"],
                 "  doc:    %s" % short(doc_text(record, data)),
                 "  djson:  %s" % ("accepted" if record["accepted"] else "rejected")]
        for e in record["errors"][:5]:
            lines.append("          [%s] %s: %s" % (e["code"], e["path"], short(e.get("detail", ""), 120)))
        lines.append("  schema: %s" % short(why, 400))
        failures.append((cause, "\n".join(lines)))

    for record in records:
        types.add(record["type"])
        data = bytes.fromhex(record["doc_hex"])
        schema = record["schema"]
        key = json.dumps(schema, sort_keys=True, default=str)
        if schema is None:
            fail("json_schema<T>() threw", record, data, "no schema")
            continue
        if key not in validators:
            problems_of[key] = schema_problems(schema)
            validators[key] = Validator(schema, format_checker=FORMAT_CHECKER)
        if problems_of[key]:  # reported, and the document is still judged by the schema as it is
            fail("schema defect: " + generic(problems_of[key][0]), record, data, "; ".join(problems_of[key]))

        try:
            if data.count(b"[") + data.count(b"{") > CHECKER_MAX_DEPTH and \
                    nesting_depth(data) > CHECKER_MAX_DEPTH:
                raise RecursionError
            doc = parse_strict(data)
        except NotJson as e:
            if record["accepted"]:
                fail("djson accepts what is not JSON", record, data, "strict parse: %s" % e)
            else:
                explained("not JSON", record, data)
            continue
        except RecursionError:
            doc = TOO_DEEP  # deeper than this checker can parse: only `depth` can explain it
        try:
            errors = [] if doc is TOO_DEEP else sorted(validators[key].iter_errors(doc), key=lambda e: [str(p) for p in e.path])
            valid = not errors
        except RecursionError:
            doc, valid, errors = TOO_DEEP, None, []
        except Exception as e:  # an unresolvable $ref and the like: the schema is wrong
            fail("validator error: %s" % type(e).__name__, record, data, "%s: %s" % (type(e).__name__, e))
            continue
        if doc is TOO_DEEP:
            if not record["accepted"] and all(e["code"] in ("too_deep", "too_many_errors")
                                              for e in record["errors"]) and \
                    nesting_depth(data) > DJSON_MAX_DEPTH:
                explained("depth", record, data)
            else:
                fail("too deep for the checker", record, data, "Python recursion limit")
            continue

        if valid == record["accepted"]:
            if id(record) not in failed:
                counts["agree"] += 1
            continue
        if record["accepted"]:
            rules = [explain_schema_error(x) for x in errors]
            if None not in rules:
                explained(rules[0], record, data)
                continue
            e = errors[0]
            why = "; ".join("%s: %s" % (json_pointer(x.absolute_path), short(x.message, 150)) for x in errors[:3])
            fail("schema rejects what djson accepts: '%s' (%s)" % (e.validator, generic(str(e.validator_value))[:60]),
                 record, data, why)
            continue
        rule = explain(record, doc, data)
        if rule:
            explained(rule, record, data)
            continue
        first = next(e for e in record["errors"] if explain_error(e, doc, data) is None)
        fail("schema accepts what djson rejects: [%s] %s" % (first["code"], generic(first.get("detail", ""))),
             record, data, "valid")

    print("%d records, %d types, from %d files" % (len(records), len(types), len(files)))
    print("  %-20s %6d" % ("verdicts agree", counts["agree"]))
    for r in RULES:
        print("  %-20s %6d  (explained: 2020-12 cannot express it)" % (r, counts[r]))
    for r in QUIRKS:
        print("  %-20s %6d  (explained: a quirk of the validator, not of the schema)" % (r, counts[r]))
    if failures:
        groups = {}
        for cause, text in failures:
            groups.setdefault(cause, []).append(text)
        print("\nUNEXPLAINED DISAGREEMENTS, %d causes:" % len(groups))
        for cause, texts in sorted(groups.items(), key=lambda kv: -len(kv[1])):
            print("\n%5d x %s" % (len(texts), texts[0]))
        print("\nEvery unexplained disagreement:")
        for _, text in failures[:500]:
            print(text)
        if len(failures) > 500:
            print("... and %d more" % (len(failures) - 500))
    passed = counts["agree"] + sum(counts[r] for r in RULES + QUIRKS)
    print("%d passed, %d failed" % (passed, len(failed)))
    return 1 if failed else 0


def json_pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path) or '""'


def _version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:
        return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
