#!/usr/bin/env python3
"""Mutation test of sailpoint-models against an independent JSON Schema validator (python3-jsonschema >= 4.10).

Usage: mutation_test.py TOOL DATA_DIR SPEC_DEFECTS [-v] [--jobs=N] [--max-per-model=N] [--jsonschema-formats-only]
                        [--accept-reported]
  -v                         also list every explained disagreement, one line each
  --jobs=N                   models checked in N processes (default 2)
  --max-per-model=N          check at most N mutations per model, spread evenly (default: all; ~15 s on 2 cores)
  --jsonschema-formats-only  judge formats with jsonschema's own checker only (shows what it misses)
  --accept-reported          let the defects listed in TOOL_DEFECTS pass (they fail by default)

THE VALIDATOR. For every model with an example (DATA_DIR/examples/<Model>.json), the spec's schema
(DATA_DIR/schemas/<Model>.resolved.json, OpenAPI 3.0 dialect; the spec says `openapi: 3.0.1`) is converted to
JSON Schema 2020-12:
  - `nullable: true` beside a `type` adds "null" to the type (and null to the `enum`, if any). Beside no `type`
    (the `allOf: [{...}, {nullable: true}]` idiom, or beside a oneOf) it has no effect: OAS 3.0.3 (Schema
    Object, `nullable`), which settled 3.0.x's meaning (proposal 2019-10-31 "Clarify Semantics of nullable"): "A
    true value adds "null" to the allowed types specified by the type keyword, only if type is explicitly
    defined within the same Schema Object";
  - boolean exclusiveMinimum/exclusiveMaximum become 2020-12's numeric ones;
  - format int32/int64 become minimum/maximum (OAS 3.0.3 "Data Types": signed 32/64 bits; 2020-12 has no such
    format); an integer without format has no bounds;
  - discriminator, example, readOnly, writeOnly, xml, externalDocs, deprecated, nullable and x-* are dropped
    (annotations for OpenAPI tools: a discriminator does not change what oneOf accepts; the tagged reading of
    THE COMPARISON below uses the spec's discriminator itself);
  - `additionalProperties` stays as the spec has it: absent (or true) means any extra key is allowed.
  (Every nullable enum in these schemas lists null itself, and no readOnly/writeOnly property is required, so
  OAS 3.0.3's "other constraints may disallow null" and its readOnly-and-required rule change nothing here.)
Formats go through a format checker; date-time and uuid through this script's strict checks, because
jsonschema 4.10 checks date-time only when the optional rfc3339-validator is installed (it is not, for Debian's
/usr/bin/python3: the run says so), and its uuid check is lax (through Python's UUID() it accepts
"...4238}" and "...-d4f2-74ad4238"):
  date-time  RFC 3339 5.6's ABNF (ASCII digits, 'T'/'t', seconds required, a fraction of any length, 'Z'/'z' or
             +hh:mm) with 5.7's restrictions (real calendar days, hour 00-23, minute 00-59, offset hour 00-23);
             second 60 only as a leap second: 23:59:60 UTC on the last day of a month (5.7 and appendix D).
  uuid       RFC 4122 section 3's string form: 8-4-4-4-12 hexadecimal digits, either case.
The validator reads each mutation's text the way Python's json module does (last duplicate key wins; numbers
with a fraction or exponent as exact Decimals); 1.0 counts as an integer, as 2020-12 says (validation 6.1.1:
"integer" matches "any number with a zero fractional part").

THE MUTATIONS, of the example at every depth (the root, every object member and array item, recursively):
drop each key; remove each array item; null; a value of each other JSON type (string, integer, number with a
fraction, boolean, object, array); integers spelled 36900.0 and 36900E0, and -0; numbers 0, -1, x+0.5, 1E400,
a 30-digit integer, the spec's minimum/maximum and +/-1 around them, the int32/int64 limits and one past them
(2^63 and 2^64 where an integer has no format); strings: "", a string with escapes and U+0000, the same string
spelled with \\u escapes, a lone surrogate escape (not JSON), lengths at and around minLength/maxLength
(ASCII, and astral characters: a length counts code points), 40 date-time and 15 uuid edge cases (valid and
format-breaking); for enums an unknown value, a case change, a trailing space, and every value the spec's and
the derived schema's enums list; arrays: [], item 0 duplicated (uniqueItems), lengths at and around
minItems/maxItems; objects: an unknown key with a string, an integer, an object and a null value, a key
"unknown/key~1" (pointer escaping), every key spelled with \\u escapes, the first key repeated (not JSON), the
members in reverse order.
A declared property that the example leaves out or sets to null (outside a oneOf) is set to a synthesized
valid value (every declared property filled, recursively), which is mutated the same way, so that every
declared field is exercised. So is every alternative of a oneOf: for a tagged oneOf (THE COMPARISON), for each
value of its tag (the discriminator's mapping, the sibling's enum) the example gets that tag and a synthesized
valid value of the alternative it names (checked with jsonschema; an untagged oneOf inside takes the first
alternative it accepts), with the sibling before the member and after it; for an untagged oneOf of the example,
a synthesized value of each alternative it accepts.
The tool checks them in batches, as 'MODEL[]' documents (errors /<index>/...); a batch that hits the tool's
100-error cap, or a syntax error that stops the reader, is resumed after the item concerned.

THE COMPARISON. The verdict, and the error locations: each location the validator reports (its absolute_path as
a JSON Pointer; a `required` error at the missing key, an `additionalProperties: false` error at the extra key)
must be among the tool's error pointers, and each of the tool's among the validator's. A location where they
differ in the unchanged example is reported with the example; a mutation inherits it (counted as "inherited",
not again) if it differs there for the same cause, unless the mutation is at, above or below it (or at the
sibling that names the alternative of a oneOf there).
Tagged oneOfs. The tool reads a oneOf whose alternative a tag names as that alternative: the spec's OpenAPI
`discriminator` (IdentityAccess, IdentityDocument /access/*: propertyName `type`; the mapping names each
alternative by its file, which the resolved spec keeps as `x-source-file`), or a sibling member (Transform and
TransformRead /attributes by `type`: the spec has no discriminator there; that the tool chooses by the sibling,
and what it reads for each value, is taken from its derived schema, `sailpoint-models schema`, one if/then per
value; the spec's alternative for a value is the one titled with it, and for normalizeNames the one titled
nameNormalizer, checked: no alternative has the value's title, nameNormalizer is no type value, and the tool
reads both alike). For each such oneOf in a document, the alternative the tag names is validated alone
(converted the same way, by jsonschema), and the comparison is made as if the validator read the oneOf so: its
oneOf error there is replaced by that alternative's errors (and where the oneOf passes with another
alternative, the named one's errors are added) when one of the oneOf causes below checks out. A disagreement
this accounts for gets that cause; whatever remains (an error of the named alternative that the tool does not
report, an error the tool reports that the named alternative does not have) is a disagreement of its own, to be
explained by the other causes or to fail. A tag that names no alternative (a discriminator missing, not a
string or not in the mapping; a sibling missing or not in its enum) is expected at the tag itself.
An untagged oneOf (JsonPatchOperation /value, the oneOfs inside transform attributes: DateCompare firstDate,
DateFormat inputFormat, Rule) needs no such reading: the tool tries every alternative and reports a failure at
the oneOf itself, as the validator does.

THE CAUSES. Each location where the two differ must have one of these causes, checked against the document and
the spec's schema at that location (not taken from an error code); anything else is UNEXPLAINED and fails. (The
tool reports an untagged oneOf's failure at the oneOf, whatever the reason inside it: a value cause below (an
integer beyond int64 in an array item, say) explains it there when the validator reports nothing at or below.)

  oneOf: where the error is reported
        Both reject, at different places. The validator reports the oneOf failing (at the oneOf's location: the
        failing oneOf is identified by its schema path), and either the alternative the tag names, validated
        alone, rejects the value (each of the tool's pointers at or below the oneOf is one of that alternative's
        error locations, and each of those is one of the tool's, or a disagreement of its own), or the tag names
        no alternative and the tool reports the tag. E.g. IdentityAccess with "id": null: the validator reports
        the root (no alternative accepts), the tool /id (AccessProfileSummary rejects it there); Transform
        "type": "concat" with attributes that have no "values": the validator /attributes, the tool
        /attributes/values. Who is right: both; the verdicts agree. The validator's place is JSON Schema's (an
        applicator's failure is reported at the instance it applies to, 2020-12 core 10.2.1.3); the tool's is
        the discriminator's reading (OAS 3.0.3, Discriminator Object: a "hint to shortcut validation and
        selection of the matching schema"; the discriminator property "MUST be present" and its value names
        the schema), and the more precise one.
  oneOf: the spec's alternatives overlap, the discriminator decides
        The spec's IdentityAccess alternatives (AccessProfileSummary, AccessProfileEntitlement,
        AccessProfileRole) neither pin `type` to their tag nor close their objects (no additionalProperties:
        false), so each accepts the others' objects: the spec's own example matches all three. Two directions,
        each checked with jsonschema on the alternatives alone: only the validator rejects, where the named
        alternative accepts and at least one other accepts too (the oneOf fails by matching several); only the
        tool rejects, where the named alternative rejects at the tool's pointers and exactly one other accepts
        (an ACCESS_PROFILE whose source.name is 7 passes as an AccessProfileRole, which has no source). Who is
        right: the validator by the letter: OAS 3.0.3 says the payload "MUST, by validation, match exactly one
        of the schemas", the discriminator being only a hint, and JSON Schema's oneOf ignores `discriminator`.
        The tool by the spec's intent: the discriminator's explicit mapping says which schema an object is, so
        an object tagged ACCESS_PROFILE is judged as an access profile. The overlap is the spec's defect (each
        alternative should pin `type` with an enum of its tag, or close its object).
  Transform: type without an attributes schema
        Only the validator reports the attributes oneOf, where Transform.type is one of the four values the
        spec's enum lists without an attributes alternative (lastIndexOf, usernameGenerator, displayName,
        rfc5646). Checked: the value is in the spec's enum, no alternative is titled with it, the tool's derived
        schema reads attributes as any JSON value for it (its then-schema is {}), and the tool reports nothing
        at or below /attributes. Who is right: the validator by the letter (the 31-alternative oneOf applies
        whatever the type); but none of those alternatives describes these types' attributes, so what it
        accepts for them is an accident: a spec defect (spec_defects.txt), for which the tool keeps any value.
  oneOf: the sibling decides (Transform.type)
        Transform/TransformRead /attributes, read as the alternative titled with the sibling `type` (above).
        The 31 alternatives overlap (14 of them accept the spec's own Transform example's attributes: most have
        only optional keys and none closes its object). The same two directions as for the discriminator,
        checked the same way: only the validator rejects, where the named alternative accepts and another too;
        only the tool rejects, where the named alternative rejects at the tool's pointers and exactly one other
        accepts (a dateFormat transform whose attributes.input is a string passes as uuid, which has no input).
        Who is right: the validator by the letter: without a discriminator nothing in the spec links attributes
        to type, so the oneOf must match one of 31 alternatives alone. The tool by the intent: each alternative
        is titled with its type's value and SailPoint documents the attributes per transform type; a reading
        under which the spec's own example is invalid, and attributes pass when they happen to fit exactly one
        unrelated alternative (a dateFormat transform whose input is a string, as uuid), checks nothing useful.
  spec defect (listed in spec_defects.txt)
        The location is listed in SPEC_DEFECTS as a spec defect, and the listed defect is the reason:
        - a string-typed enum that lists `false` where it means "OFF" (an unquoted OFF read as a YAML 1.1
          boolean; Log4j's StandardLevel is OFF, FATAL, ERROR, WARN, INFO, DEBUG, TRACE): only the validator
          rejects "OFF". The letter allows no "OFF" (and no `false` either: the type is string); the tool
          follows the evident meaning. Who is right: the tool, on a defective spec.
        - properties without a `type` (Account /identity): only the tool rejects a non-object (or null) there.
          By the letter any value is valid (2020-12 validation 6.1.1: `type` is optional; core 10.3.2.1:
          `properties` ignores non-objects); the tool reads the object the properties describe. Who is right:
          the tool, on a defective spec (it should say `type: object`).
  nullable without type (allOf/oneOf idiom)
        Only the validator rejects null, where the spec writes `allOf: [{...type: object...}, {nullable: true}]`
        or `{nullable: true, oneOf: [...]}` (Transform /attributes), with no `nullable: true` beside a `type` at
        that location. By OAS 3.0.3's letter (above) null is invalid;
        the tool reads the idiom as a nullable field, which is what the spec's authors mean by it (the spec's
        own SodPolicyRead example has `"conflictingAccessCriteria": null`). Who is right: the validator by the
        letter, the tool by the intent; the spec should write `type: object` beside `nullable`.
  integer spelled with a fraction (1.0)
        Only the tool rejects an integral number spelled with a fraction or exponent (36900.0, 36900E0) in an
        integer field. JSON Schema counts it as an integer (2020-12 validation 6.1.1), the tool rejects the
        spelling on purpose (README: "so 5.0 is not an int32"). Who is right: the validator by JSON Schema's
        data model; the tool's stricter reading is a documented choice (a typed reader reads the spelling).
  integer without format read as int64
        Only the tool rejects an integer beyond int64 in an integer field without `format`: OAS 3.0.3 gives a
        bare integer no range; the tool reads it as int64 (compare_schemas.py). Who is right: the validator;
        a documented limit of the tool. In these models the only such fields are JsonPatchOperation /value's
        integer alternatives (the value, and the items of its array alternative).
  leap second
        Only the tool rejects a leap second (23:59:60 UTC on the last day of a month): valid by RFC 3339
        5.6/5.7; djson::timestamp documents "no leap second :60" (README). Who is right: the validator; a
        documented limit of the tool.
  fraction beyond nanoseconds
        Only the tool rejects a fraction of more than 9 digits: RFC 3339's time-secfrac is "." 1*DIGIT;
        djson::timestamp takes 1 to 9 (README). Who is right: the validator; a documented limit.
  instant outside years 0000-9999
        Only the tool rejects a well-formed date-time whose offset moves the instant out of years 0000-9999
        (0000-01-01T00:00:00+01:00, 9999-12-31T23:59:59-01:00): RFC 3339 allows it; djson::timestamp holds
        years 0000-9999 (README). Who is right: the validator; a documented limit.
  date-time format not checked by the validator
        Only with --jsonschema-formats-only: only the tool rejects a string that is not an RFC 3339 date-time
        (checked here with this script's checker). Who is right: the tool (RFC 3339 5.6; 2020-12 validation
        7.3.1); jsonschema 4.10 does not check date-time without rfc3339-validator.
  uuid checked laxly by the validator
        Only with --jsonschema-formats-only: only the tool rejects a string that is not an RFC 4122 uuid but
        that jsonschema's checker accepts. Who is right: the tool (RFC 4122 section 3; 2020-12 validation
        7.3.5).
  duplicate keys / not JSON
        Only the tool reports it, at a key that repeats one before it in its object or at a string (or key)
        with a lone surrogate escape: not JSON in the strict sense of RFC 8259 (8.1, 8.2: names SHOULD be
        unique, strings of Unicode characters) and I-JSON (RFC 7493 2.3, 2.1: MUST NOT). A schema validates a
        parsed value and cannot see either; the tool rejects both. Who is right: the tool.
  tool defect (reported)
        A disagreement where the tool departs from the spec outside the causes above, listed in TOOL_DEFECTS
        below (model, location, side, report). Listed defects are counted apart but still FAIL the test (unless
        --accept-reported), so that a known defect is never hidden; an entry that no longer occurs fails too,
        so the list cannot go stale. The list is empty: this test has found no such defect (MUTATION.md).

OUTPUT: a table per model (mutations, agree, inherited, verdict and location disagreements, failed), the
unchanged examples' own disagreements, a table per cause (mutations, locations, who is right), then every
UNEXPLAINED disagreement with the model, the mutation, the document, the tool's output and the validator's (and
what the tagged reading expects, where it changes anything);
ends with 'N passed, M failed' (mutations) and exits 1 when M > 0. MUTATION.md says the same for readers.
"""

import json
import multiprocessing
import os
import re
import subprocess
import sys
import time
from decimal import Decimal

try:
    import jsonschema
    import jsonschema.validators
except ImportError:  # pragma: no cover - CMake picks an interpreter that has it
    print("sailpoint_mutation: cannot import jsonschema: install python3-jsonschema")
    sys.exit(1)

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)

# ---- causes ----------------------------------------------------------------------------------------------------

C_WHERE = "oneOf: where the error is reported"
C_DISC = "oneOf: the spec's alternatives overlap, the discriminator decides"
C_NOATTR = "Transform: type without an attributes schema"
C_SIBLING = "oneOf: the sibling decides (Transform.type)"
C_SPEC = "spec defect (listed in spec_defects.txt)"
C_NULLABLE = "nullable without type (allOf/oneOf idiom)"
C_INTSPELL = "integer spelled with a fraction (1.0)"
C_INT64 = "integer without format read as int64"
C_LEAP = "leap second"
C_FRAC = "fraction beyond nanoseconds"
C_RANGE = "instant outside years 0000-9999"
C_DTUNCHECKED = "date-time format not checked by the validator"
C_UUIDLAX = "uuid checked laxly by the validator"
C_NOTJSON = "duplicate keys / not JSON"
C_REPORTED = "tool defect (reported)"
CAUSES = [C_WHERE, C_DISC, C_NOATTR, C_SIBLING, C_SPEC, C_NULLABLE, C_INTSPELL, C_INT64, C_LEAP, C_FRAC, C_RANGE,
          C_DTUNCHECKED, C_UUIDLAX, C_NOTJSON, C_REPORTED]
WHO = {C_WHERE: "both reject; the tool's pointer is the precise one",
       C_DISC: "letter: validator; intent (discriminator): tool",
       C_NOATTR: "spec defect: letter validator; tool keeps any value",
       C_SIBLING: "letter: validator; intent (titles, docs): tool",
       C_SPEC: "tool follows the spec's intent; letter is defective",
       C_NULLABLE: "letter: validator; intent: tool",
       C_INTSPELL: "validator by JSON Schema; tool's documented choice",
       C_INT64: "validator (tool: documented limit)",
       C_LEAP: "validator (tool: documented limit)",
       C_FRAC: "validator (tool: documented limit)",
       C_RANGE: "validator (tool: documented limit)",
       C_DTUNCHECKED: "tool (validator cannot see it)",
       C_UUIDLAX: "tool (validator's checker is lax)",
       C_NOTJSON: "tool (a schema cannot see it)",
       C_REPORTED: "validator: TOOL DEFECT, fails the test"}

# Tool defects found by this test and reported (model, normalized pointer as in spec_defects.txt, side, what).
# side: "tool" = the tool reports an error the spec does not; "validator" = the tool misses one. A listed defect
# is classified C_REPORTED and still fails the test unless --accept-reported is given; an entry that no longer
# occurs fails the test. Empty: no disagreement outside the documented causes has been found.
TOOL_DEFECTS = [
]

# ---- strict formats --------------------------------------------------------------------------------------------

_DATE_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?"
                        r"(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))", re.ASCII)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)


def _days_in_month(year, month):
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def date_time_parts(text):
    """(year, month, day, hour, minute, second, fraction digits, offset minutes) of an RFC 3339 date-time, or
    None when `text` is not one (section 5.6's grammar, section 5.7's restrictions, leap seconds as described)."""
    if not isinstance(text, str):
        return None
    m = _DATE_TIME.fullmatch(text)
    if not m:
        return None
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    frac = (m.group(7) or ".")[1:]
    offset = 0
    if m.group(9):
        oh, om = int(m.group(10)), int(m.group(11))
        if oh > 23 or om > 59:
            return None
        offset = (oh * 60 + om) * (1 if m.group(9) == "+" else -1)
    if not (1 <= month <= 12 and 1 <= day <= _days_in_month(year, month) and hour <= 23 and minute <= 59
            and second <= 60):
        return None
    if second == 60:
        # a leap second is 23:59:60 UTC, at the end of a month (RFC 3339 5.7, appendix D)
        total = hour * 60 + minute - offset
        y, mo, d = year, month, day
        if total < 0:
            total += 24 * 60
            d -= 1
            if d == 0:
                mo -= 1
                if mo == 0:
                    mo, y = 12, y - 1
                d = _days_in_month(y, mo)
        elif total >= 24 * 60:
            total -= 24 * 60
            d += 1
            if d > _days_in_month(y, mo):
                d, mo = 1, mo + 1
                if mo == 13:
                    mo, y = 1, y + 1
        if total != 23 * 60 + 59 or d != _days_in_month(y, mo):
            return None
    return year, month, day, hour, minute, second, frac, offset


def is_date_time(text):
    return date_time_parts(text) is not None


def is_uuid(text):
    return bool(_UUID.fullmatch(text))


def instant_out_of_range(text):
    p = date_time_parts(text)
    if p is None:
        return False
    year, month, day, hour, minute, _, _, offset = p
    if (year, month, day) == (0, 1, 1):
        return hour * 60 + minute < offset
    if (year, month, day) == (9999, 12, 31):
        return hour * 60 + minute - offset >= 24 * 60
    return False


# ---- the validator ---------------------------------------------------------------------------------------------

def _is_number(checker, instance):
    return not isinstance(instance, bool) and isinstance(instance, (int, float, Decimal))


def _is_integer(checker, instance):
    if isinstance(instance, bool):
        return False
    if isinstance(instance, int):
        return True
    if isinstance(instance, float):
        return instance.is_integer()
    if isinstance(instance, Decimal):
        return instance.is_finite() and instance == instance.to_integral_value()
    return False


Base = jsonschema.Draft202012Validator
Validator = jsonschema.validators.extend(
    Base, type_checker=Base.TYPE_CHECKER.redefine_many({"number": _is_number, "integer": _is_integer}))
JSONSCHEMA_FORMATS = getattr(Base, "FORMAT_CHECKER", None) or jsonschema.draft202012_format_checker


def make_format_checker(own):
    checker = jsonschema.FormatChecker(formats=())
    checker.checkers = dict(JSONSCHEMA_FORMATS.checkers)
    if own:
        checker.checks("date-time")(lambda x: not isinstance(x, str) or is_date_time(x))
        checker.checks("uuid")(lambda x: not isinstance(x, str) or is_uuid(x))
    return checker


INT_RANGE = {"int32": (-2 ** 31, 2 ** 31 - 1), "int64": (-2 ** 63, 2 ** 63 - 1)}
DROPPED = {"discriminator", "example", "readOnly", "writeOnly", "xml", "externalDocs", "deprecated", "nullable"}


def convert(s):
    """An OpenAPI 3.0 schema as JSON Schema 2020-12 (see the module's docstring)."""
    if not isinstance(s, dict):
        return s
    out = {}
    for k, v in s.items():
        if k in DROPPED or k.startswith("x-"):
            continue
        if k == "properties":
            out[k] = {name: convert(p) for name, p in v.items()}
        elif k in ("items", "additionalProperties", "not"):
            out[k] = convert(v)
        elif k in ("allOf", "anyOf", "oneOf"):
            out[k] = [convert(p) for p in v]
        else:
            out[k] = v
    t = s.get("type")
    if s.get("nullable") is True and t is not None:
        out["type"] = [t, "null"]
        if "enum" in out and None not in out["enum"]:
            out["enum"] = list(out["enum"]) + [None]
    for bound, excl in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(out.get(excl), bool):
            if out.pop(excl) and bound in out:
                out[excl] = out.pop(bound)
    fmt = s.get("format")
    if t == "integer" and fmt in INT_RANGE:
        lo, hi = INT_RANGE[fmt]
        out["minimum"] = max(out.get("minimum", lo), lo)
        out["maximum"] = min(out.get("maximum", hi), hi)
        del out["format"]
    if t == "number" and fmt in ("float", "double"):
        del out["format"]  # not a 2020-12 format (none of these models has one)
    return out


def pointer(tokens):
    return "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in tokens)


def validator_locations(v, doc, oneofs=None):
    """{pointer: [message]} of the validator's errors. With a dict `oneofs`, also fills it with the oneOf/anyOf
    errors: {pointer: [the schema path of the failing oneOf/anyOf, as a tuple ending with the keyword]}."""
    out = {}
    for e in v.iter_errors(doc):
        if oneofs is not None and e.validator in ("oneOf", "anyOf"):
            oneofs.setdefault(pointer(e.absolute_path), []).append(tuple(e.absolute_schema_path))
        base = list(e.absolute_path)
        ptrs = []
        if e.validator == "required" and isinstance(e.instance, dict):
            ptrs = [pointer(base + [k]) for k in e.validator_value if k not in e.instance]
        elif e.validator == "additionalProperties" and e.validator_value is False and isinstance(e.instance, dict):
            known = set((e.schema.get("properties") or {}))
            ptrs = [pointer(base + [k]) for k in e.instance if k not in known]
        ptrs = ptrs or [pointer(base)]
        for p in ptrs:
            out.setdefault(p, []).append("[%s] %s" % (e.validator, short(e.message, 160)))
    return out


# ---- documents -------------------------------------------------------------------------------------------------

class Raw:
    """A value given as its JSON text (another spelling: escapes, an exponent, a lone surrogate)."""
    def __init__(self, text):
        self.text = text


class Spelled(dict):
    """An object written with its keys spelled as `keys` says ({key: JSON text}) and `extra` (key text, value)
    members after them (a duplicate key)."""
    def __init__(self, items, keys=None, extra=()):
        super().__init__(items)
        self.keys_text, self.extra = dict(keys or {}), list(extra)


def escaped(s):
    """A JSON string literal of s with every character written as a \\u escape (a surrogate pair beyond the BMP)."""
    out = []
    for ch in s:
        c = ord(ch)
        if c < 0x10000:
            out.append("\\u%04x" % c)
        else:
            c -= 0x10000
            out.append("\\u%04x\\u%04x" % (0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)))
    return '"' + "".join(out) + '"'


def dumps(v):
    """JSON text of a value, numbers exactly as held (Decimal as spelled)."""
    if isinstance(v, Raw):
        return v.text
    if isinstance(v, Spelled):
        members = [v.keys_text.get(k, json.dumps(k)) + ":" + dumps(x) for k, x in v.items()]
        members += [k + ":" + dumps(x) for k, x in v.extra]
        return "{" + ",".join(members) + "}"
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, list):
        return "[" + ",".join(dumps(x) for x in v) + "]"
    return "{" + ",".join(json.dumps(k) + ":" + dumps(x) for k, x in v.items()) + "}"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_float=Decimal)


def value_at(doc, tokens):
    """(True, value) or (False, None) when the location does not exist."""
    for t in tokens:
        if isinstance(doc, dict) and t in doc:
            doc = doc[t]
        elif isinstance(doc, list) and isinstance(t, int) and 0 <= t < len(doc):
            doc = doc[t]
        else:
            return False, None
    return True, doc


def parse_pointer(doc, ptr):
    """RFC 6901 pointer -> tokens (array indices as int where the document has an array)."""
    if ptr == "":
        return []
    tokens, node = [], doc
    for raw in ptr[1:].split("/"):
        t = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, list) and re.fullmatch(r"0|[1-9][0-9]*", t):
            t = int(t)
            node = node[t] if t < len(node) else None
        else:
            node = node.get(t) if isinstance(node, dict) else None
        tokens.append(t)
    return tokens


def replaced(doc, tokens, op, value=None):
    """A copy of doc with the value at tokens set (op 'set'), removed ('drop'), or a key added ('add')."""
    if not tokens:
        if op == "set":
            return value
        raise ValueError("cannot drop the root")
    head, rest = tokens[0], tokens[1:]
    copy = list(doc) if isinstance(doc, list) else dict(doc)
    if rest:
        copy[head] = replaced(doc[head], rest, op, value)
    elif op == "drop":
        del copy[head]
    else:
        copy[head] = value  # a new key too
    return copy


def kind(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "integer"
    if isinstance(v, Decimal):
        return "number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, list):
        return "array"
    return "object"


# ---- the spec's schema (and the derived one) at an instance location --------------------------------------------

def expand(s):
    """s and every schema that applies with it (allOf parts, oneOf/anyOf alternatives), recursively."""
    if not isinstance(s, dict):
        return []
    out = [s]
    for k in ("allOf", "oneOf", "anyOf"):
        for p in s.get(k) or []:
            out += expand(p)
    return out


def locate(spec, doc, tokens):
    """The spec's schemas at an instance location: a list of (normalized pointer, [schemas]) for the root and every
    prefix, in order. Normalized as in spec_defects.txt: array items '/0', map values '/*', '/' for the root."""
    schemas = expand(spec)
    norm = ""
    out = [("/", schemas)]
    node = doc
    for t in tokens:
        nxt = []
        if isinstance(node, list) or (node is None and isinstance(t, int)):
            for s in schemas:
                nxt += expand(s.get("items"))
            norm += "/0"
            node = node[t] if isinstance(node, list) and isinstance(t, int) and t < len(node) else None
        else:
            named = any(t in (s.get("properties") or {}) for s in schemas)
            for s in schemas:
                props = s.get("properties") or {}
                if t in props:
                    nxt += expand(props[t])
                elif isinstance(s.get("additionalProperties"), dict):
                    nxt += expand(s["additionalProperties"])
            map_value = not named and any(isinstance(s.get("additionalProperties"), dict) and s["additionalProperties"]
                                          for s in schemas)
            norm += "/*" if map_value else "/" + str(t).replace("~", "~0").replace("/", "~1")
            node = node.get(t) if isinstance(node, dict) else None
        schemas = nxt
        out.append((norm, schemas))
    return out


def derived_at(schema, defs, tokens):
    """The derived schemas (from `sailpoint-models schema`) at an instance location, $ref and anyOf followed."""
    def flat(s):
        if not isinstance(s, dict):
            return []
        if "$ref" in s:
            return flat(defs.get(s["$ref"].split("/")[-1]))
        out = [s]
        for k in ("anyOf", "oneOf", "allOf"):
            for p in s.get(k) or []:
                out += flat(p)
        return out
    cur = flat(schema)
    for t in tokens:
        nxt = []
        for s in cur:
            if isinstance(t, int):
                nxt += flat(s.get("items"))
            elif t in (s.get("properties") or {}):
                nxt += flat(s["properties"][t])
            elif isinstance(s.get("additionalProperties"), dict):
                nxt += flat(s["additionalProperties"])
        cur = nxt
    return cur


# ---- oneOf: which alternative the tool reads ----------------------------------------------------------------------

# Transform.type values whose attributes alternative the spec titles otherwise. Checked, not trusted: the spec has
# an alternative with that title and none titled with the type value, the title is not itself a type value, and the
# tool's derived schema reads the type value exactly as it reads the title (`sailpoint-models schema`'s if/then).
TITLE_ALIASES = {"normalizeNames": "nameNormalizer"}


class Site:
    """A oneOf (or anyOf) of the spec, at one instance location of a document, whose alternative the tool does not
    find by trying them all but is told by a tag:
      'discriminator'  the spec's own OpenAPI `discriminator` (propertyName, mapping) beside the oneOf; the mapping
                       names each alternative by its file, which the resolved spec keeps as `x-source-file`;
      'sibling'        a member of an object whose alternative a sibling key names. The spec has no discriminator
                       here; what the tool does is read from its derived schema (`sailpoint-models schema`): one
                       if/then per value of the sibling, each giving the member's schema. The spec's alternatives
                       are titled with the sibling's values (Transform.type 'dateFormat': title 'dateFormat').
    An untagged oneOf is no Site: the tool tries every alternative and reports a failure at the oneOf itself, where
    the validator reports it too."""

    def __init__(self, kind, node, path, keyword, tokens, **kw):
        self.kind, self.node, self.path, self.keyword, self.tokens = kind, node, path, keyword, tokens
        self.ptr = pointer(tokens)
        self.alts = node[keyword]
        self.__dict__.update(kw)

    def tag_pointer(self):
        """Where the tool reports a tag that names no alternative: the discriminator, or the sibling."""
        if self.kind == "discriminator":
            return pointer(self.tokens + [self.prop])
        return pointer(self.tokens[:-1] + [self.key])

    def named(self, doc):
        """What the tag names, for this document: ('alt', index) the alternative; ('tag', why) no alternative, the
        tool reports the tag (discriminator: missing, not a string, not in the mapping; sibling: missing or not
        in its enum); ('any', tag) a sibling value the spec gives no alternative and the tool reads as any JSON
        value; (None, why) anything else (the value is absent or not an object, an alias that does not check
        out)."""
        present, value = value_at(doc, self.tokens)
        if not present:
            return None, "absent"
        if self.kind == "discriminator":
            if not isinstance(value, dict):
                return None, "not an object"
            if self.prop not in value:
                return "tag", "the discriminator %s is missing" % json.dumps(self.prop)
            tag = value[self.prop]
            if not isinstance(tag, str):
                return "tag", "the discriminator %s is not a string" % json.dumps(self.prop)
            if self.mapping is not None:
                if tag not in self.mapping:
                    return "tag", "%s is not in the discriminator's mapping" % json.dumps(tag)
                target = self.mapping[tag]
            else:
                target = tag  # OAS 3.0.3: the value is the schema's name
            name = target.split("/")[-1]
            name = name[:-5] if name.endswith(".yaml") else name
            hits = [i for i, a in enumerate(self.alts)
                    if os.path.basename(a.get("x-source-file", "")).split(".")[0] == name]
            if len(hits) != 1:
                return "tag", "%s names no single alternative (%d)" % (json.dumps(tag), len(hits))
            return "alt", hits[0]
        # sibling
        _, parent = value_at(doc, self.tokens[:-1])
        tag = parent.get(self.key) if isinstance(parent, dict) else None
        if not isinstance(tag, str) or tag not in self.enum:
            return "tag", "the sibling %s is %s" % (json.dumps(self.key), "missing" if not isinstance(parent, dict)
                                                     or self.key not in parent else "not one of its enum's values")
        titled = [i for i, a in enumerate(self.alts) if a.get("title") == tag]
        if len(titled) == 1 and self.then_by_tag.get(tag) not in (None, {}):
            return "alt", titled[0]
        alias = TITLE_ALIASES.get(tag)
        if not titled and alias is not None:
            aliased = [i for i, a in enumerate(self.alts) if a.get("title") == alias]
            if len(aliased) == 1 and alias not in self.enum and self.then_by_tag.get(tag) not in (None, {}) and \
                    self.then_by_tag.get(tag) == self.then_by_tag.get(alias):
                return "alt", aliased[0]
            return None, "the alias %s of %s does not check out" % (alias, tag)
        if not titled and self.then_by_tag.get(tag) == {}:
            return "any", tag
        return None, "%s: %d alternatives titled so, tool reads %s" % (tag, len(titled),
                                                                       json.dumps(self.then_by_tag.get(tag)))


def chooser_sites(spec, derived, defs, doc, memo):
    """The Sites of a document (see Site), found by walking the spec's schema along the document: allOf parts,
    properties, additionalProperties, items, and every alternative of every oneOf/anyOf. A Site inside a Site's
    alternative is refused (none of these models has one; the comparison below would need to recurse). memo: a
    dict kept with the spec (which parts of the schema hold a oneOf), so that only those parts are walked."""
    sites = []

    def has_choice(s):
        """Whether a oneOf/anyOf is in s or below it (only such parts of the document are walked)."""
        if not isinstance(s, (dict, list)):
            return False
        if id(s) not in memo:
            memo[id(s)] = False  # no cycles in a resolved schema; this only guards the recursion
            items = s.items() if isinstance(s, dict) else enumerate(s)
            memo[id(s)] = (isinstance(s, dict) and ("oneOf" in s or "anyOf" in s)) or \
                any(has_choice(v) for k, v in items if k not in ("example", "enum", "required"))
        return memo[id(s)]

    def visit(entries, value, tokens, parent):
        if not any(has_choice(s) for s, _, _ in entries):
            return
        # entries: [(schema, spec path, inside a Site's alternative)] applying at this location, unexpanded
        flat = []

        def exp(s, path, inside, member_of):
            # member_of: the parent context while s is the member's own schema (or an allOf part of it); a oneOf
            # nested in an alternative is no longer chosen by the member's sibling
            if not isinstance(s, dict):
                return
            flat.append((s, path, inside))
            for i, part in enumerate(s.get("allOf") or []):
                exp(part, path + ("allOf", i), inside, member_of)
            for kw in ("oneOf", "anyOf"):
                if kw not in s:
                    continue
                site = make_site(s, path, kw, tokens, member_of)
                if site is not None:
                    if inside:
                        raise RuntimeError("a tagged oneOf inside another's alternative, at %s: not supported"
                                           % site.ptr)
                    sites.append(site)
                for i, alt in enumerate(s[kw]):
                    exp(alt, path + (kw, i), inside or site is not None, None)
        for s, path, inside in entries:
            exp(s, path, inside, parent)
        if isinstance(value, dict):
            for key, item in value.items():
                nxt = []
                for s, path, inside in flat:
                    props = s.get("properties") or {}
                    if key in props:
                        nxt.append((props[key], path + ("properties", key), inside))
                    elif isinstance(s.get("additionalProperties"), dict):
                        nxt.append((s["additionalProperties"], path + ("additionalProperties",), inside))
                if nxt:
                    visit(nxt, item, tokens + [key], (tokens, flat, key))
        elif isinstance(value, list):
            nxt = [(s["items"], path + ("items",), inside) for s, path, inside in flat
                   if isinstance(s.get("items"), dict)]
            if nxt:
                for i, item in enumerate(value):
                    visit(nxt, item, tokens + [i], None)

    def make_site(s, path, kw, tokens, parent):
        disc = s.get("discriminator")
        if isinstance(disc, dict) and disc.get("propertyName"):
            return Site("discriminator", s, path, kw, list(tokens), prop=disc["propertyName"],
                        mapping=disc.get("mapping"))
        if parent is None:
            return None
        parent_tokens, parent_flat, member = parent
        # the tool's choice, from its derived schema at the parent: if {sibling: const} then {member: schema}
        then_by_tag, keys = {}, set()
        for d in derived_at(derived, defs, parent_tokens):
            cond, then = d.get("if"), d.get("then")
            if not (isinstance(cond, dict) and isinstance(then, dict)):
                continue
            if member not in (then.get("properties") or {}):
                continue
            for k, c in (cond.get("properties") or {}).items():
                if isinstance(c, dict) and "const" in c:
                    keys.add(k)
                    then_by_tag[c["const"]] = then["properties"][member]
        if len(keys) != 1:
            return None
        key = keys.pop()
        enum = [e for ps, _, _ in parent_flat for e in (((ps.get("properties") or {}).get(key) or {}).get("enum")
                                                         or [])]
        return Site("sibling", s, path, kw, list(tokens), key=key, then_by_tag=then_by_tag, enum=enum)

    visit([(spec, (), False)], doc, [], None)
    return sites


class Alternatives:
    """jsonschema validators for single alternatives of the spec (converted like the whole schema)."""

    def __init__(self, format_checker):
        self.format_checker, self.cache = format_checker, {}

    def validator(self, alt):
        v = self.cache.get(id(alt))
        if v is None:
            schema = dict(convert(alt), **{"$schema": "https://json-schema.org/draft/2020-12/schema"})
            v = self.cache[id(alt)] = (alt, Validator(schema, format_checker=self.format_checker))
        return v[1]

    def errors(self, alt, value, base):
        """{pointer: [message]} of the alternative alone on value, pointers prefixed with base."""
        return {base + p: msgs for p, msgs in validator_locations(self.validator(alt), value).items()}

    def accepting(self, alts, value, first=None):
        """The indices of the alternatives that accept value: `first` (an index) tried first, and the search stops
        at two (enough to tell none, one which, or several)."""
        order = ([first] if first is not None else []) + [i for i in range(len(alts)) if i != first]
        out = []
        for i in order:
            if self.validator(alts[i]).is_valid(value):
                out.append(i)
                if len(out) == 2:
                    break
        return sorted(out)


def under(q, where):
    return q == where or q.startswith(where + "/")


def oneof_expected(sites, alternatives, doc, v_errs, v_oneofs):
    """What the validator would report if every Site were read as the tool reads it: the validator's errors with a
    Site's failing oneOf replaced by the errors of the alternative the tag names (validated alone), and, where the
    oneOf passes with another alternative than the named one, those errors added. Returns (expected errors,
    [(site, cause, replaced pointers, note)]). A Site is only replaced when its cause checks out (the causes'
    descriptions in the docstring); otherwise its disagreement stays, to be explained otherwise or fail."""
    expected = {p: list(m) for p, m in v_errs.items()}
    results = []
    for site in sites:
        L = site.ptr
        present, value = value_at(doc, site.tokens)
        if not present:
            continue
        failed_here = site.path + (site.keyword,) in v_oneofs.get(L, [])
        v_under = [q for q in v_errs if under(q, L)]
        what, which = site.named(doc)
        cause, exp, note = None, {}, ""
        # (the tool's pointers that a cause accounts for must be at or below L, or the tag itself)
        if what == "alt":
            alt = site.alts[which]
            exp = alternatives.errors(alt, value, L)
            label = alt.get("title") or os.path.basename(alt.get("x-source-file", "?"))
            if failed_here:
                if exp:
                    cause, note = C_WHERE, "the oneOf fails; %s alone rejects at %s" % (
                        label, ", ".join(sorted(p or '""' for p in exp)))
                else:
                    acc = alternatives.accepting(site.alts, value, which)
                    if which in acc and len(acc) >= 2:
                        cause = C_DISC if site.kind == "discriminator" else C_SIBLING
                        other = site.alts[[i for i in acc if i != which][0]]
                        note = "%s accepts, and so does %s (at least)" % (
                            label, other.get("title") or os.path.basename(other.get("x-source-file", "?")))
            elif not v_under and exp:
                acc = alternatives.accepting(site.alts, value)
                if len(acc) == 1 and acc[0] != which:
                    other = site.alts[acc[0]]
                    cause = C_DISC if site.kind == "discriminator" else C_SIBLING
                    note = "%s rejects, only %s accepts" % (
                        label, other.get("title") or os.path.basename(other.get("x-source-file", "?")))
        elif what == "tag":
            exp = {site.tag_pointer(): ["[%s] %s" % (site.kind, which)]}
            if failed_here:
                cause, note = C_WHERE, which
        elif what == "any":
            if failed_here:
                cause, note = C_NOATTR, "%s %s: no alternative titled so; the tool reads any JSON value" % (
                    site.key, json.dumps(which))
        if cause is None:
            continue
        if failed_here:
            expected[L] = [m for m in expected[L] if not m.startswith("[%s]" % site.keyword)]
            if not expected[L]:
                del expected[L]
        for p, m in exp.items():
            expected.setdefault(p, []).extend(m)
        results.append((site, cause, set(exp), note))
    return expected, results


# ---- mutations -------------------------------------------------------------------------------------------------

DATE_TIMES = [
    "2015-05-28T14:07:17Z", "2015-05-28t14:07:17z", "2015-05-28T14:07:17.123456789+05:30",
    "2015-05-28T14:07:17-00:00", "2016-02-29T00:00:00Z", "2000-02-29T23:59:59.5Z", "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999Z",
    # valid RFC 3339, beyond what djson::timestamp holds (documented)
    "2015-05-28T14:07:17.1234567891Z", "1998-12-31T23:59:60Z", "1998-12-31T15:59:60.5-08:00",
    "0000-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00",
    # not RFC 3339 date-times
    "", "2015-05-28", "2015-05-28T14:07:17", "2015-05-28 14:07:17Z", "2015-05-28T14:07Z", "2015-05-28T14:07:17.Z",
    "2015-05-28T14:07:17+0530", "2015-05-28T14:07:17+05:30:00", "2015-05-28T14:07:17+24:00",
    "2015-05-28T14:07:17+05:60", "2015-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2015-04-31T00:00:00Z",
    "2015-13-01T00:00:00Z", "2015-00-10T00:00:00Z", "2015-05-00T00:00:00Z", "2015-05-28T24:00:00Z",
    "2015-05-28T14:60:00Z", "2015-05-28T14:07:60Z", "1998-12-30T23:59:60Z", "10000-01-01T00:00:00Z",
    "2015-05-28T14:07:17Z\n", " 2015-05-28T14:07:17Z", "\uff12015-05-28T14:07:17Z", "2015-05-28T14:07:17,5Z",
    "1432742837000", "+2015-05-28T14:07:17Z",
]
UUIDS = [
    "2b838de9-db9b-abcf-e646-d4f274ad4238", "2B838DE9-DB9B-ABCF-E646-D4F274AD4238",
    "00000000-0000-0000-0000-000000000000",
    "", "2b838de9db9babcfe646d4f274ad4238", "{2b838de9-db9b-abcf-e646-d4f274ad4238}",
    "2b838de9-db9b-abcf-e646-d4f274ad4238}", "urn:uuid:2b838de9-db9b-abcf-e646-d4f274ad4238",
    "2b838de9-db9b-abcf-e646-d4f2-74ad4238", "2b838de9-db9b-abcf-e646-d4f274ad423",
    "2b838de9-db9b-abcf-e646-d4f274ad4238a", "2b838de9-db9b-abcf-e646-d4f274ad423g",
    "2b838de9-db9babcf-e646-d4f274ad4238", "2b838de9-db9b-abcf-e646-d4f274ad4238\n",
    "2b838de9-db9b-abcf-e646_d4f274ad4238",
]
ESCAPED = "nul\u0000 tab\t \u00e9 \U0001F600 \"quote\" \\ \u2028"
OTHER_TYPES = [("string", "mutated"), ("integer", 7), ("number", Decimal("2.5")), ("boolean", True),
               ("object", {}), ("array", [])]
UNKNOWN_KEY = "mutationUnknownKey"


def constraints(schemas, key):
    return [s[key] for s in schemas if key in s and not isinstance(s[key], bool)]


def mutations(example, spec, derived, defs, sites_of=lambda doc: [], ok=None):
    """[(description, pointer of the change, document)], each a single change of the example. sites_of(doc): the
    document's tagged oneOfs (chooser_sites); ok(schema, value): a value checked against one spec schema."""
    out = []
    seen = set()
    state = {"base": example, "note": ""}  # the document mutated, and what it adds to the example

    def add(tokens, what, doc):
        text = dumps(doc)
        if text in seen:
            return
        seen.add(text)
        out.append(("%s: %s%s" % (pointer(tokens) or "(root)", what, state["note"]), pointer(tokens), doc))

    def setv(tokens, what, value):
        add(tokens, what, replaced(state["base"], tokens, "set", value))

    def walk(node, tokens, parent):
        base = state["base"]
        schemas = locate(spec, base, tokens)[-1][1]
        if parent is dict:
            add(tokens, "drop the key", replaced(base, tokens, "drop"))
        elif parent is list:
            add(tokens, "remove the item", replaced(base, tokens, "drop"))
        setv(tokens, "null", None)
        k = kind(node)
        for name, v in OTHER_TYPES:
            if name != k:
                setv(tokens, "a%s %s" % ("n" if name[0] in "aeiou" else "", name), v)
        types = {s.get("type") for s in schemas}
        fmts = {s.get("format") for s in schemas}
        if k == "integer" or k == "number" or "integer" in types or "number" in types:
            base = node if k in ("integer", "number") else 0
            if k == "integer":
                setv(tokens, "integer spelled with a fraction", Decimal("%d.0" % node))
                setv(tokens, "integer spelled with an exponent", Raw("%dE0" % node))
                setv(tokens, "-0", Raw("-0"))
            setv(tokens, "number 1E400", Raw("1E400"))
            setv(tokens, "a 30-digit integer", Raw("123456789012345678901234567890"))
            values = [0, -1, Decimal(base) + Decimal("0.5")]
            for b in constraints(schemas, "minimum") + constraints(schemas, "maximum") + \
                    constraints(schemas, "exclusiveMinimum") + constraints(schemas, "exclusiveMaximum"):
                values += [b - 1, b, b + 1]
            for f in fmts:
                if f in INT_RANGE:
                    lo, hi = INT_RANGE[f]
                    values += [lo - 1, lo, hi, hi + 1]
            if "integer" in types and not fmts & set(INT_RANGE):
                values += [-2 ** 63 - 1, -2 ** 63, 2 ** 63 - 1, 2 ** 63, 2 ** 64]
            for v in values:
                setv(tokens, "number %s" % dumps(v), v)
        if k == "string" or "string" in types:
            setv(tokens, "empty string", "")
            setv(tokens, "a string with escapes", ESCAPED)
            if isinstance(node, str) and node:
                setv(tokens, "the same string spelled with \\u escapes", Raw(escaped(node)))
            setv(tokens, "a lone surrogate escape (not JSON)", Raw('"a\\ud800b"'))
            for key in ("minLength", "maxLength"):
                for b in constraints(schemas, key):
                    for n in (b - 1, b, b + 1):
                        if n >= 0:
                            setv(tokens, "a string of %d ASCII characters" % n, "a" * n)
                            setv(tokens, "a string of %d astral characters" % n, "\U0001F600" * n)
            if "date-time" in fmts:
                for v in DATE_TIMES:
                    setv(tokens, "date-time %s" % json.dumps(v), v)
            if "uuid" in fmts:
                for v in UUIDS:
                    setv(tokens, "uuid %s" % json.dumps(v), v)
            enums = [e for s in schemas for e in s.get("enum") or []]
            enums += [e for s in derived_at(derived, defs, tokens) for e in s.get("enum") or []]
            if enums:
                setv(tokens, "an unknown enum value", "NOT_A_SPEC_VALUE")
                if isinstance(node, str):
                    for v in (node.lower(), node.upper(), node + " "):
                        if v != node:
                            setv(tokens, "enum value changed to %s" % json.dumps(v), v)
                for v in enums:
                    setv(tokens, "enum value %s" % dumps(v), v)
        if k == "array":
            if node:
                setv(tokens, "item 0 duplicated", node + [node[0]])
                if isinstance(node[0], str):
                    setv(tokens, "item 0 duplicated, spelled with \\u escapes", node + [Raw(escaped(node[0]))])
            for key in ("minItems", "maxItems"):
                for b in constraints(schemas, key):
                    for n in (b - 1, b, b + 1):
                        if n >= 0:
                            setv(tokens, "%d items" % n, [distinct(node, i) for i in range(n)])
            for i, item in enumerate(node):
                walk(item, tokens + [i], list)
        if k == "object":
            setv(tokens, "an unknown key (string)", dict(node, **{UNKNOWN_KEY: "mutated"}))
            setv(tokens, "an unknown key (integer)", dict(node, **{UNKNOWN_KEY: 7}))
            setv(tokens, "an unknown key (object)", dict(node, **{UNKNOWN_KEY: {}}))
            setv(tokens, "an unknown key (null)", dict(node, **{UNKNOWN_KEY: None}))
            setv(tokens, "an unknown key with '/' and '~' (integer)", dict(node, **{"unknown/key~1": 7}))
            if len(node) >= 2:
                setv(tokens, "members in reverse order", dict(reversed(list(node.items()))))
            if node:
                first = next(iter(node))
                setv(tokens, "every key spelled with \\u escapes",
                     Spelled(node, keys={key: escaped(key) for key in node}))
                setv(tokens, "key %s repeated (not JSON)" % json.dumps(first),
                     Spelled(node, extra=[(json.dumps(first), node[first])]))
            for key, item in node.items():
                walk(item, tokens + [key], dict)

    walk(example, [], None)

    # Declared properties the example leaves out (or null): each set to a synthesized valid value, which is then
    # mutated like the example's own members (so that every declared field is exercised). Not inside a oneOf.
    def absent(node, tokens):
        if isinstance(node, list):
            for i, item in enumerate(node):
                absent(item, tokens + [i])
        if not isinstance(node, dict):
            return
        chain = locate(spec, example, tokens)
        if any("oneOf" in s or "anyOf" in s for _, ss in chain for s in ss):
            return
        props = {}
        for s in chain[-1][1]:
            for name, p in (s.get("properties") or {}).items():
                props.setdefault(name, []).extend(expand(p))
        for name, ps in props.items():
            if node.get(name) is None:
                value = synthesize(ps)
                if value is not None:
                    state["base"] = replaced(example, tokens + [name], "set", value)
                    state["note"] = " (with %s synthesized)" % pointer(tokens + [name])
                    add(tokens + [name], "synthesized value", state["base"])
                    walk(value, tokens + [name], dict)
        for key, item in node.items():
            absent(item, tokens + [key])

    absent(example, [])

    # Every alternative of a tagged oneOf: for each value of its tag (the discriminator's mapping, the sibling's
    # enum), the example with that tag and, in the oneOf, a synthesized valid value of the alternative it names
    # (every declared property filled; checked with jsonschema), mutated like the example's own members.
    for site in sites_of(example):
        tags = list(site.mapping or []) if site.kind == "discriminator" else list(site.enum)
        for tag in tags:
            if site.kind == "discriminator":
                probe = replaced(example, site.tokens, "set", {site.prop: tag})
            else:
                probe = replaced(example, site.tokens[:-1] + [site.key], "set", tag)
            what, which = site.named(probe)
            if what != "alt":
                continue  # no alternative: the tag's own mutation above covers it
            alt = site.alts[which]
            value = synthesize(expand_all_of(alt), ok=ok)
            if isinstance(value, dict) and site.kind == "discriminator":
                value[site.prop] = tag
            if value is None or not ok(alt, value):
                raise RuntimeError("cannot synthesize a valid %s for %s %s" % (site.ptr or "(root)", site.kind, tag))
            state["base"] = replaced(probe, site.tokens, "set", value)
            state["note"] = " (with %s synthesized for %s %s)" % (site.ptr or "(root)", site.kind, json.dumps(tag))
            add(site.tokens, "synthesized value", state["base"])
            _, parent = value_at(example, site.tokens[:-1])
            parent_kind = None if not site.tokens else list if isinstance(parent, list) else dict
            walk(value, site.tokens, parent_kind)
            if site.kind == "sibling":
                # the same with the sibling after the member (JSON members have no order; the tool reads the
                # member once the object ends)
                _, holder = value_at(state["base"], site.tokens[:-1])
                state["base"] = replaced(state["base"], site.tokens[:-1], "set", dict(reversed(list(holder.items()))))
                state["note"] = " (with %s synthesized for %s %s, after it)" % (site.ptr, site.kind, json.dumps(tag))
                add(site.tokens, "synthesized value", state["base"])
                walk(value, site.tokens, parent_kind)

    # Every alternative of an untagged oneOf/anyOf of the example (outside the tagged ones, whose alternatives are
    # above): a synthesized value of the alternative that the oneOf accepts, mutated the same way.
    tagged = [site.ptr for site in sites_of(example)]

    def untagged(node, tokens, parent_kind):
        if ok is not None and not any(under(pointer(tokens), t) for t in tagged):
            for s in locate(spec, example, tokens)[-1][1]:
                for kw in ("oneOf", "anyOf"):
                    for i, alt in enumerate(s.get(kw) or []):
                        value = synthesize(expand_all_of(alt), ok=ok)
                        if value is None or not ok(s, value):
                            continue
                        state["base"] = replaced(example, tokens, "set", value)
                        state["note"] = " (with %s synthesized as %s alternative %d)" % (
                            pointer(tokens) or "(root)", kw, i)
                        add(tokens, "synthesized value", state["base"])
                        walk(value, tokens, parent_kind)
        if isinstance(node, dict):
            for key, item in node.items():
                untagged(item, tokens + [key], dict)
        elif isinstance(node, list):
            for i, item in enumerate(node):
                untagged(item, tokens + [i], list)

    untagged(example, [], None)
    return out


def expand_all_of(s):
    """s and its allOf parts, recursively (a oneOf/anyOf left as it is)."""
    if not isinstance(s, dict):
        return []
    out = [s]
    for p in s.get("allOf") or []:
        out += expand_all_of(p)
    return out


def synthesize(schemas, depth=0, ok=None):
    """A value valid against all of `schemas` (expanded spec schemas) with every declared property filled, or
    None (no type, too deep; a oneOf without `ok`). With ok(schema, value), a check of a value against one spec
    schema, `schemas` hold allOf parts only (expand_all_of), and a oneOf/anyOf takes the first of its alternatives
    whose synthesized value it accepts (an untagged oneOf accepts exactly one)."""
    sub = expand_all_of if ok else expand
    if depth > 8 or not schemas:
        return None
    choices = [s for s in schemas if "oneOf" in s or "anyOf" in s]
    if choices:
        if ok is None or len(choices) != 1:
            return None
        choice = choices[0]
        rest = [s for s in schemas if s is not choice]
        for alt in choice.get("oneOf") or choice.get("anyOf"):
            v = synthesize(rest + expand_all_of(alt), depth + 1, ok)
            if v is not None and ok(choice, v):
                return v
        return None
    types = [s["type"] for s in schemas if "type" in s]
    t = types[0] if types else ("object" if any("properties" in s for s in schemas) else None)
    enums = [e for s in schemas for e in s.get("enum") or [] if e is not None]
    fmts = {s.get("format") for s in schemas}
    if t == "string":
        if enums:
            return next((e for e in enums if isinstance(e, str)), None)
        if "date-time" in fmts:
            return "2015-05-28T14:07:17.123Z"
        if "uuid" in fmts:
            return "2b838de9-db9b-abcf-e646-d4f274ad4238"
        return "s" * max([1] + constraints(schemas, "minLength"))
    if t in ("integer", "number"):
        lo = max(constraints(schemas, "minimum") + [1])
        return lo if t == "integer" else Decimal(lo) + Decimal("0.5")
    if t == "boolean":
        return True
    if t == "array":
        item = synthesize([x for s in schemas for x in sub(s.get("items"))], depth + 1, ok)
        if item is None:
            return []
        n = max([1] + constraints(schemas, "minItems"))
        return [distinct([item], i) for i in range(n)]
    if t == "object":
        out = {}
        props = {}
        for s in schemas:
            for name, p in (s.get("properties") or {}).items():
                props.setdefault(name, []).extend(sub(p))
        for name, ps in props.items():
            v = synthesize(ps, depth + 1, ok)
            if v is not None:
                out[name] = v
        if not props:
            for s in schemas:
                if isinstance(s.get("additionalProperties"), dict):
                    v = synthesize(sub(s["additionalProperties"]), depth + 1, ok)
                    if v is not None:
                        out["key"] = v
        return out
    return None


def distinct(items, i):
    """Item i of a longer array made from `items`: strings made distinct, anything else repeated."""
    v = items[i % len(items)] if items else "item"
    return "%s-%d" % (v, i) if isinstance(v, str) else v


# ---- the tool --------------------------------------------------------------------------------------------------

BATCH = 300


def tool_run(tool, args, data=None):
    p = subprocess.run([tool] + args, input=data, capture_output=True, timeout=120)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def tool_errors(tool, model, docs):
    """[{pointer: message}] per document: 'MODEL[]' batches, resumed after the 100-error cap."""
    results = [None] * len(docs)
    start = 0
    while start < len(docs):
        chunk = docs[start:start + BATCH]
        rc, out, err = tool_run(tool, ["check", model + "[]", "-"], ("[" + ",".join(chunk) + "]").encode())
        if rc not in (0, 1):
            raise RuntimeError("%s check '%s[]' exited %d: %s" % (tool, model, rc, err.strip()))
        errs = [dict() for _ in chunk]
        capped = None
        if rc == 1:
            for line in out.split("\n"):
                if not line:
                    continue
                ptr, _, msg = line.partition(": ")
                m = re.match(r"/(0|[1-9][0-9]*)((?:/.*)?)$", ptr)
                if not m:
                    raise RuntimeError("unexpected tool output line: %r" % line)
                i = int(m.group(1))
                if "stopped after" in msg and "max_errors" in msg:
                    capped = i
                    break
                errs[i].setdefault(m.group(2), msg)
                if msg.startswith("invalid JSON"):
                    # the reader stops at a syntax error: this item's errors so far are all there are, as when
                    # it is checked alone; the items after it are checked again in the next batch
                    capped = i + 1
                    break
        done = len(chunk) if capped is None else max(capped, 1)
        if capped == 0:
            errs[0]["(capped)"] = "the tool stopped after 100 errors in this one document"
        results[start:start + done] = errs[:done]
        start += done
    return results


# ---- explaining ------------------------------------------------------------------------------------------------

def load_defects(path):
    """{(model, normalized pointer): explanation}."""
    out = {}
    for line in open(path, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            where, _, why = line.partition(":")
            model, _, ptr = where.strip().partition(" ")
            out[(model, ptr.strip())] = why.strip()
    return out


class _Pairs(list):
    pass


def not_json_locations(text):
    """Pointers where the text is not JSON in the strict sense of RFC 8259 / I-JSON (RFC 7493): a key that repeats
    an earlier one in its object; a string or key with a lone surrogate escape (not a Unicode scalar value)."""
    out = set()
    stack = [("", json.loads(text, object_pairs_hook=_Pairs, parse_float=Decimal))]

    def bad(s):
        try:
            s.encode("utf-8")
            return False
        except UnicodeEncodeError:
            return True
    while stack:
        ptr, v = stack.pop()
        if isinstance(v, _Pairs):
            seen = set()
            for k, x in v:
                here = ptr + "/" + k.replace("~", "~0").replace("/", "~1")
                if k in seen or bad(k):
                    out.add(here)
                seen.add(k)
                stack.append((here, x))
        elif isinstance(v, list):
            stack.extend((ptr + "/%d" % i, x) for i, x in enumerate(v))
        elif isinstance(v, str) and bad(v):
            out.add(ptr)
    return out


class Explainer:
    def __init__(self, model, spec, defects, formats_own):
        self.model, self.spec, self.formats_own = model, spec, formats_own
        self.defects = {p for (m, p) in defects if m == model}
        self.reported = set()  # the TOOL_DEFECTS entries that explained something

    def value_cause(self, schemas, value):
        """The documented cause for which only the tool rejects this value against these (expanded) spec schemas:
        the spelling or range of an integer, a date-time beyond djson::timestamp, a format the validator misses."""
        types = {s.get("type") for s in schemas}
        fmts = {s.get("format") for s in schemas}
        if "integer" in types and isinstance(value, Decimal) and value == value.to_integral_value():
            return C_INTSPELL
        if "integer" in types and not fmts & set(INT_RANGE) and isinstance(value, int) and \
                not isinstance(value, bool) and not -2 ** 63 <= value < 2 ** 63:
            return C_INT64
        if "date-time" in fmts and isinstance(value, str):
            parts = date_time_parts(value)
            if parts is None and not self.formats_own:
                return C_DTUNCHECKED
            if parts is not None:
                if parts[5] == 60:
                    return C_LEAP
                if len(parts[6]) > 9:
                    return C_FRAC
                if instant_out_of_range(value):
                    return C_RANGE
        if "uuid" in fmts and isinstance(value, str) and not self.formats_own and not is_uuid(value) and \
                JSONSCHEMA_FORMATS.conforms(value, "uuid"):
            return C_UUIDLAX
        return None

    def cause(self, doc, text, ptr, side, tool_msg, v_errs=None):
        """The documented cause of a location where the two differ, or None. side: 'validator' (only the
        validator reports ptr) or 'tool' (only the tool does); v_errs: the validator's errors."""
        if side == "tool" and ptr in not_json_locations(text):
            return C_NOTJSON
        tokens = parse_pointer(doc, ptr)
        chain = locate(self.spec, doc, tokens)
        norm, schemas = chain[-1]
        present, value = value_at(doc, tokens)
        if norm in self.defects:
            # a string enum listing a YAML 1.1 boolean where a word was meant: only the validator rejects the word
            yaml11 = {False: {"off", "no", "n", "false"}, True: {"on", "yes", "y", "true"}}
            meant = {w for s in schemas if s.get("type") == "string"
                     for e in s.get("enum") or [] if isinstance(e, bool) for w in yaml11[e]}
            if side == "validator" and isinstance(value, str) and value.lower() in meant:
                return C_SPEC  # e.g. "OFF": the tool's enum has it, the spec's letter has false
            typeless = schemas and all("type" not in s for s in schemas) and any("properties" in s for s in schemas)
            if typeless and side == "tool" and present and not isinstance(value, dict):
                return C_SPEC
        if side == "validator" and present and value is None and \
                any(s.get("nullable") is True and "type" not in s for s in schemas) and \
                not any(s.get("nullable") is True and "type" in s for s in schemas):
            return C_NULLABLE
        if side == "tool" and present:
            c = self.value_cause(schemas, value)
            if c is not None:
                return c
            # an untagged oneOf/anyOf fails as a whole, and the tool reports it at the oneOf (so does the validator,
            # when it rejects): a documented cause inside it, the validator silent at and below it
            if any("oneOf" in s or "anyOf" in s for s in schemas) and v_errs is not None and \
                    not any(under(q, ptr) for q in v_errs):
                stack = [(tokens, value)]
                while stack:
                    toks, v = stack.pop()
                    if toks != tokens:
                        c = self.value_cause(locate(self.spec, doc, toks)[-1][1], v)
                        if c is not None:
                            return c
                    if isinstance(v, dict):
                        stack.extend((toks + [k], x) for k, x in v.items())
                    elif isinstance(v, list):
                        stack.extend((toks + [i], x) for i, x in enumerate(v))
        for m, p, s, what in TOOL_DEFECTS:
            if m == self.model and p == norm and s == side:
                self.reported.add((m, p, s, what))
                return C_REPORTED
        return None


# ---- one model -------------------------------------------------------------------------------------------------

def short(s, n=300):
    s = s if isinstance(s, str) else repr(s)
    return s if len(s) <= n else s[:n] + "...(%d chars)" % len(s)


def check_model(job):
    tool, data, model, defects, formats_own, cap, verbose = job
    t0 = time.time()
    spec = load(os.path.join(data, "schemas", model + ".resolved.json"))
    example = load(os.path.join(data, "examples", model + ".json"))
    schema = dict(convert(spec), **{"$schema": "https://json-schema.org/draft/2020-12/schema"})
    Validator.check_schema(schema)
    format_checker = make_format_checker(formats_own)
    validator = Validator(schema, format_checker=format_checker)
    alternatives = Alternatives(format_checker)
    has_oneof, memo = '"oneOf"' in json.dumps(spec) or '"anyOf"' in json.dumps(spec), {}
    rc, out, err = tool_run(tool, ["schema", model])
    if rc != 0:
        raise RuntimeError("%s schema %s exited %d: %s" % (tool, model, rc, err.strip()))
    derived = json.loads(out)
    defs = derived.pop("$defs", {})
    def sites_of(d):
        return chooser_sites(spec, derived, defs, d, memo) if has_oneof else []
    muts = [("(the example, unchanged)", None, example)] + mutations(
        example, spec, derived, defs, sites_of=sites_of,
        ok=lambda schema, value: alternatives.validator(schema).is_valid(value))
    total = len(muts)
    if cap and len(muts) > cap:  # keep an even spread over the document
        step = len(muts) / cap
        muts = [muts[int(i * step)] for i in range(cap)]
    texts = [dumps(d) for _, _, d in muts]
    tool_results = tool_errors(tool, model, texts)
    explainer = Explainer(model, spec, defects, formats_own)
    res = {"model": model, "mutations": len(muts), "generated": total, "agree": 0, "verdict": 0, "location": 0,
           "causes": {}, "cause_mutations": {}, "unexplained": [], "examples": {}, "explained": [],
           "inherited": 0, "baseline": []}
    baseline = {}  # the unchanged example's own differences: (side, pointer) -> cause

    def related(a, b):
        return a == b or a.startswith(b + "/") or b.startswith(a + "/")

    for (what, where, _), text, t_errs in zip(muts, texts, tool_results):
        doc = json.loads(text, parse_float=Decimal)  # as a JSON Schema validator sees the text
        v_oneofs = {}
        v_errs = validator_locations(validator, doc, v_oneofs)
        # the oneOfs whose alternative a tag names: compared as the tool reads them (oneof_expected)
        sites = sites_of(doc)
        expected, site_results = oneof_expected(sites, alternatives, doc, v_errs, v_oneofs)

        def differences(v):
            return {("validator", p) for p in set(v) - set(t_errs)} | {("tool", p) for p in set(t_errs) - set(v)}
        original, effective = differences(v_errs), differences(expected)
        resolved = {}  # a difference that the tagged reading accounts for: (side, pointer) -> (cause, note)
        not_json = not_json_locations(text) if original - effective else set()
        for side, p in original - effective:
            if side == "tool" and p in not_json:
                effective.add((side, p))  # the tool stopped there: not JSON comes first (Explainer.cause)
                continue
            hits = [(c, n, site, ptrs) for site, c, ptrs, n in site_results
                    if (p == site.ptr if side == "validator" else p in ptrs)]
            if len(hits) != 1:
                raise RuntimeError("%s %s: %s at %s resolved by %d tagged oneOfs" % (model, what, side, p, len(hits)))
            c, n, site, ptrs = hits[0]
            if c == C_WHERE and side == "validator" and not any(q in ptrs or under(q, site.ptr) for q in t_errs):
                # the tool accepts the whole oneOf: the named alternative's own errors, now differences
                # (`effective`), say why; this one is not counted apart
                continue
            resolved[(side, p)] = (c, n)
        diffs = sorted(set(resolved) | effective, key=lambda d: (d[1], d[0]))
        judged = {d: resolved[d] if d in resolved else
                  (explainer.cause(doc, text, d[1], d[0], t_errs.get(d[1]), expected), "") for d in diffs}
        if where is None:
            baseline = {d: c for d, (c, _) in judged.items()}
        else:
            # a difference the unchanged example has too, for the same cause and away from the change: explained
            # (or failed) once, with the example. A change of the sibling that names a oneOf's alternative is a
            # change of the oneOf too
            own = [d for d in diffs if d not in baseline or baseline[d] != judged[d][0] or related(d[1], where) or
                   any(under(where, site.tag_pointer()) and under(d[1], site.ptr) for site in sites)]
            if diffs and not own:
                res["inherited"] += 1
            diffs = own
        if not diffs:
            res["agree"] += 1
            continue
        res["verdict" if bool(v_errs) != bool(t_errs) else "location"] += 1
        causes, unexplained = set(), []
        for side, p in diffs:
            if where is None:
                res["baseline"].append((side, p))
            c, note = judged[(side, p)]
            if c is None:
                unexplained.append((side, p))
            else:
                causes.add(c)
                res["causes"][c] = res["causes"].get(c, 0) + 1
                res["examples"].setdefault(c, "%s %s" % (model, what))
                if verbose:
                    res["explained"].append("  %-40s %s %s | %s at %s | tool: %s | validator: %s%s" % (
                        c, model, what, side, p or '""', short(t_errs.get(p, "-"), 120),
                        short("; ".join(expected.get(p) or v_errs.get(p) or ["-"]), 160),
                        " | " + note if note else ""))
        for c in causes:
            res["cause_mutations"][c] = res["cause_mutations"].get(c, 0) + 1
        if unexplained or C_REPORTED in causes:
            res["unexplained"].append({
                "what": what, "doc": text, "tool": t_errs, "validator": v_errs,
                "where": unexplained, "reported": C_REPORTED in causes,
                "named": ["%s (%s, %s): %s" % (site.ptr or '""', site.kind, c, n)
                          for site, c, _, n in site_results],
                "expected": expected if expected != v_errs else None})
    res["reported_hits"] = sorted(explainer.reported)
    res["seconds"] = time.time() - t0
    return res


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("-")]
    opts = [a for a in argv[1:] if a.startswith("-")]
    verbose = "-v" in opts
    formats_own = "--jsonschema-formats-only" not in opts
    accept_reported = "--accept-reported" in opts
    jobs, cap = 2, 0
    for o in opts:
        if o.startswith("--jobs="):
            jobs = int(o.split("=", 1)[1])
        elif o.startswith("--max-per-model="):
            cap = int(o.split("=", 1)[1])
    if len(args) != 3:
        print(__doc__)
        return 2
    tool, data, defects_file = args
    if not os.access(tool, os.X_OK):
        print("sailpoint_mutation: %s is not an executable (build the sailpoint-models target)" % tool)
        print("0 passed, 1 failed")
        return 1
    t0 = time.time()
    defects = load_defects(defects_file)
    print("sailpoint_mutation: jsonschema %s on Python %s (%s)" % (_version(), sys.version.split()[0],
                                                                   sys.executable))
    print("jsonschema's own format checker enforces: %s" % ", ".join(sorted(JSONSCHEMA_FORMATS.checkers)))
    if "date-time" not in JSONSCHEMA_FORMATS.checkers:
        print("  date-time is NOT checked by it (rfc3339-validator is not installed for this Python)")
    print("  %s" % ("date-time and uuid: this script's strict RFC 3339 / RFC 4122 checks" if formats_own else
                    "--jsonschema-formats-only: jsonschema's own checks only"))
    models = sorted(os.path.basename(p).split(".")[0]
                    for p in os.listdir(os.path.join(data, "schemas")) if p.endswith(".resolved.json"))
    models = [m for m in models if os.path.exists(os.path.join(data, "examples", m + ".json"))]
    jobs_list = [(tool, data, m, defects, formats_own, cap, verbose) for m in models]
    # the costliest first, so that two workers finish together: the biggest examples, and those with a oneOf
    # (each alternative of theirs is synthesized and mutated too, and the alternatives validated one by one)
    def cost(job):
        with open(os.path.join(data, "schemas", job[2] + ".resolved.json"), encoding="utf-8") as f:
            weight = 10 if '"oneOf"' in f.read() else 1
        return weight * os.path.getsize(os.path.join(data, "examples", job[2] + ".json"))
    jobs_list.sort(key=lambda j: -cost(j))
    if jobs > 1:
        with multiprocessing.Pool(jobs) as pool:
            results = pool.map(check_model, jobs_list, chunksize=1)
    else:
        results = [check_model(j) for j in jobs_list]
    results.sort(key=lambda r: r["model"])

    print("\nagree: no difference (inherited: only the unchanged example's own, away from the change); verdict: one "
          "accepts, the other rejects; location: both reject, at different pointers")
    print("%-34s %9s %7s %9s %7s %8s %7s %7s" % ("model", "mutations", "agree", "inherited", "verdict", "location",
                                                 "failed", "seconds"))
    for r in results:
        failed = sum(1 for u in r["unexplained"] if not (u["reported"] and not u["where"] and accept_reported))
        print("%-34s %9s %7d %9d %7d %8d %7d %7.1f" % (
            r["model"], "%d" % r["mutations"] if r["mutations"] == r["generated"] else
            "%d/%d" % (r["mutations"], r["generated"]), r["agree"], r["inherited"], r["verdict"], r["location"],
            failed, r["seconds"]))
    print("\nThe unchanged examples' own disagreements (every mutation inherits them away from its change):")
    for r in results:
        for side, p in r["baseline"]:
            print("  %-34s only the %s reports %s" % (r["model"], side, p or '""'))
    total = sum(r["mutations"] for r in results)
    agree = sum(r["agree"] for r in results)
    print("\n%-48s %9s %9s  %s" % ("cause", "mutations", "locations", "who is right"))
    print("%-48s %9d %9s  (%d of them inherit only the example's own)" % (
        "(tool and validator agree)", agree, "-", sum(r["inherited"] for r in results)))
    for c in CAUSES:
        n = sum(r["cause_mutations"].get(c, 0) for r in results)
        loc = sum(r["causes"].get(c, 0) for r in results)
        print("%-48s %9d %9d  %s" % (c, n, loc, WHO[c]))
        if verbose and n:
            print("    e.g. %s" % next(r["examples"][c] for r in results if c in r["examples"]))
    failures = [(r["model"], u) for r in results for u in r["unexplained"]
                if not (u["reported"] and not u["where"] and accept_reported)]
    unexplained_locations = sum(len(u["where"]) for _, u in failures)
    print("%-48s %9d %9d" % ("UNEXPLAINED", sum(1 for _, u in failures if u["where"]), unexplained_locations))
    if verbose:
        print("\nEvery explained disagreement (cause, model, mutation | who reports it where | outputs there):")
        for r in results:
            for line in r["explained"]:
                print(line)
    if failures:
        print("\nUNEXPLAINED DISAGREEMENTS (and reported tool defects):")
        for model, u in failures:
            print("\n%s  %s" % (model, u["what"]))
            for side, p in u["where"]:
                print("  differs at %s: only the %s reports it" % (p or '""', side))
            if u["reported"]:
                for m, p, side, what in TOOL_DEFECTS:
                    if m == model:
                        print("  a reported tool defect (TOOL_DEFECTS) at %s: %s" % (p, what))
            print("  document:  %s" % u["doc"])
            print("  tool:      %s" % ("accepted" if not u["tool"] else ""))
            for p, msg in sorted(u["tool"].items()):
                print("             %s: %s" % (p or "(document root)", short(msg, 200)))
            print("  validator: %s" % ("accepted" if not u["validator"] else ""))
            for p, msgs in sorted(u["validator"].items()):
                for msg in msgs:
                    print("             %s: %s" % (p or "(document root)", msg))
            if u["expected"] is not None:
                print("  tagged oneOfs read as the tool reads them: %s" % "; ".join(u["named"]))
                print("  so expected:%s" % (" accepted" if not u["expected"] else ""))
                for p, msgs in sorted(u["expected"].items()):
                    for msg in msgs:
                        print("             %s: %s" % (p or "(document root)", msg))
    hits = {tuple(h) for r in results for h in r["reported_hits"]}
    stale = [d for d in TOOL_DEFECTS if tuple(d) not in hits]
    for m, p, side, what in stale:
        print("\nFAIL listed in TOOL_DEFECTS but no longer occurs (remove it): %s %s (%s): %s" % (m, p, side, what))
    print("\n%d models, %d mutations in %.1f s" % (len(results), total, time.time() - t0))
    print("%d passed, %d failed" % (total - len(failures), len(failures) + len(stale)))
    return 1 if failures or stale else 0


def _version():
    try:
        from importlib.metadata import version
        return version("jsonschema")
    except Exception:
        return "?"


if __name__ == "__main__":
    sys.exit(main(sys.argv))
