#!/usr/bin/env python3
"""Turns bench_json_performance's Google Benchmark JSON (run with repetitions and aggregates) and the compile-time
probes' JSON (bench/compile/measure.py) into bench/RESULTS.md and its chart (bench/results.png, drawn by gnuplot).

Usage: report.py RESULTS_JSON BUILD_DIR OUT_MD [--compile-times JSON] [--chart PNG] [--command CMD]
                 [--load-before X] [--load-after Y]

Nothing here is measured: every number comes from RESULTS_JSON, the compile-time JSON, the machine's
/proc/cpuinfo, the compiler, the build tree's CMakeCache.txt and compile_commands.json, and ldd.
"""
import argparse
import datetime
import glob
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

PAYLOADS = {
    "p1": "p1: the json_performance object (bench/data/json_performance.json)",
    "p1a": "p1a: p1 repeated in a JSON array to about 3 MB",
    "p2": "p2: 10,000 PAT-shaped objects (bench/pat_payload.hpp, fixed-seed LCG)",
    "p3": "p3: SailPoint `RequestedItemStatus` (its example document) repeated in a JSON array to about 2 MB",
}
WHAT = {
    "read/memcpy": "memcpy of the same bytes",
    "read/ceiling": "Boost `basic_parser`, do-nothing handler (ceiling)",
    "read/ceiling_touch": "the ceiling with a handler that only sums the bits of each value it is handed",
    "read/boost_parse": "Boost `parse(text, sp)`, monotonic, DOM only",
    "read/boost_dom": "Boost `parse(text, sp)` + `value_to<T>` (baseline)",
    "read/boost_value_to": "Boost `value_to<T>(jv)` alone, DOM parsed before",
    "read/djson_warm": "djson `read_json(obj, text)`, same object",
    "read/djson_fresh": "djson `from_json<T>(text)`",
    "read/djson_dom": "`parse(text, sp)` + djson `from_value<T>(jv)`",
    "read/djson_from_value": "djson `from_value<T>(jv)` alone, DOM parsed before",
    "read/rapidjson": "RapidJSON `Document::Parse` (pool) + hand-mapped, same object",
    "read/simdjson": "simdjson On-Demand, hand-mapped, same object",
    "read/nlohmann": "nlohmann `json::parse(text).get<T>()`",
    "read/hand_sax": "a `basic_parser` handler written by hand for this model, same object (bench/models/*_sax.hpp)",
    "write/boost_dom": "Boost `value_from(v, sp)` + `serialize` (baseline)",
    "write/boost_value_from": "Boost `value_from(v, sp)` alone",
    "write/djson": "djson `write_json(out, v)`, reused string",
    "write/djson_dom": "djson `to_value(v, {}, sp)` + `serialize`, monotonic as Boost's",
    "write/djson_to_value": "djson `to_value(v, {}, sp)` alone, monotonic",
    "write/rapidjson": "RapidJSON `Writer`, hand-mapped, reused buffer",
    "write/nlohmann": "nlohmann `json(v).dump()`",
}
# The route every other contender of a payload is compared with ("× DOM route"): Boost's own where Boost can
# convert the model, djson's through Boost's DOM where it cannot (p3).
BASELINE = {"read": "boost_dom", "write": "boost_dom"}
BASELINE_P3 = {"read": "djson_dom", "write": "djson_dom"}
# The chart: bars per payload, MB/s (memcpy left out: it would dwarf every other bar).
CHART = {
    "read": ["ceiling", "hand_sax", "boost_dom", "djson_warm", "djson_fresh", "djson_dom", "rapidjson", "simdjson",
             "nlohmann"],
    "write": ["boost_dom", "djson", "djson_dom", "rapidjson", "nlohmann"],
}
# The issue's own compile-time figures (s, -O2, a TU with p1's model and its read and write) and djson's limit.
ISSUE_COMPILE = {"djson": "2.7 s", "Boost.JSON": "3.3 s", "glaze": "5.9 s"}
COMPILE_LIMIT_S = 3.5
TO_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}


def sh(cmd):
    try:
        return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout.strip()
    except OSError:
        return ""


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def cache_value(build_dir, key):
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt")) as f:
            for line in f:
                if line.startswith(key + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def compile_flags(build_dir, suffix):
    """The compile command of the source ending in `suffix` without -I/-o/-c and the file names."""
    try:
        with open(os.path.join(build_dir, "compile_commands.json")) as f:
            cmds = json.load(f)
    except (OSError, ValueError):
        return "unknown"
    for c in cmds:
        if c["file"].endswith(suffix):
            args = c.get("arguments") or shlex.split(c["command"])
            out, skip = [], False
            for a in args[1:]:
                if skip:
                    skip = False
                    continue
                if a in ("-o", "-c", "-I", "-isystem", "-MF", "-MT"):
                    skip = True
                    continue
                if a.startswith(("-I", "-isystem", "-o")) or a.endswith((".cpp", ".o")):
                    continue
                out.append(a)
            return " ".join(out)
    return "not built"


def boost_version():
    try:
        with open("/usr/include/boost/version.hpp") as f:
            m = re.search(r'BOOST_LIB_VERSION\s+"([^"]+)"', f.read())
            return m.group(1).replace("_", ".") if m else "unknown"
    except OSError:
        return "unknown"


def dpkg_versions(pkgs):
    out = []
    for p in pkgs:
        v = sh(["dpkg-query", "-W", "-f=${Version}", p])
        out.append(f"{p} {v or 'not installed'}")
    return ", ".join(out)


def fmt_time(ns):
    if ns >= 1e6:
        return f"{ns / 1e6:.3f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.3f} µs"
    return f"{ns:.1f} ns"


def fmt_allocs(a):
    if a is None:
        return "?"
    if abs(a - round(a)) < 1e-6:
        return f"{int(round(a)):,}"
    return f"{a:,.1f}"


def load(path):
    with open(path) as f:
        data = json.load(f)
    rows = {}  # run_name -> {aggregate_name: entry}
    for b in data["benchmarks"]:
        if b.get("run_type") != "aggregate":
            continue
        rows.setdefault(b["run_name"], {})[b["aggregate_name"]] = b
    return data.get("context", {}), rows


def draw_chart(png, medians, subtitle):
    """A grouped bar chart of MB/s, reads left and writes right, one group per payload. Returns an error text
    or None."""
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        return "gnuplot not found (Debian: gnuplot-nox; scripts/deps.sh bench installs it)"
    payloads = [k for k in PAYLOADS if any(n.startswith(k + "/") for n in medians)]
    with tempfile.TemporaryDirectory() as tmp:
        plots = []
        for direction, names in CHART.items():
            dat = os.path.join(tmp, f"{direction}.dat")
            with open(dat, "w") as f:
                f.write("payload " + " ".join(names) + "\n")
                for k in payloads:
                    cells = []
                    for n in names:
                        m = medians.get(f"{k}/{direction}/{n}")
                        cells.append(f"{m['bytes'] / (m['ns'] / 1e9) / 1e6:.1f}" if m and m["bytes"] else "?")
                    f.write(k + " " + " ".join(cells) + "\n")
            plots.append((direction, dat, len(names)))
        script = [
            'set terminal pngcairo size 1500,620 font "DejaVu Sans,11" noenhanced',
            f'set output "{png}"',
            f'set multiplot layout 1,2 title "djson, issue 9: MB/s of the payload\'s bytes, higher is better '
            f'(median CPU time; {subtitle})"',
            "set style data histograms",
            "set style histogram clustered gap 1",
            "set style fill solid 0.85 border -1",
            "set boxwidth 0.9",
            'set datafile missing "?"',
            "set grid ytics",
            "set yrange [0:*]",
            'set ylabel "MB/s"',
            "set key top left reverse Left samplen 1",
        ]
        notes = {"read": "reads (memcpy left out)", "write": "writes (p3 has no Boost route)"}
        for direction, dat, n in plots:
            script.append(f'set title "{notes[direction]}"')
            script.append(f'plot for [i=2:{n + 1}] "{dat}" using i:xtic(1) title columnhead(i)')
        script.append("unset multiplot")
        r = subprocess.run([gnuplot], input="\n".join(script) + "\n", text=True, capture_output=True)
        if r.returncode != 0:
            return "gnuplot failed: " + r.stderr.strip()
    return None


# Where a profile's samples fall, by who does the work.
def profile_group(dso, sym):
    if dso.startswith("[kernel"):
        return "kernel (page faults of fresh memory)"
    if "libc" in dso and any(x in sym for x in ("malloc", "free", "_int_", "unlink_chunk", "consolidate")):
        return "allocator (glibc malloc/free)"
    if "libc" in dso and ("memmove" in sym or "memcpy" in sym or "memset" in sym or "memcmp" in sym):
        return "libc memory copies and compares"
    if sym.startswith("boost::json::"):
        return "Boost.JSON tokenizer"
    if sym.startswith("djson::") or "djson::" in sym.split("(")[0]:
        return "djson"
    if sym.startswith("std::"):
        return "C++ standard library (string and vector copies)"
    if sym.startswith(("sailpoint::", "perf::", "pat::", "pat_sax::")):
        return "the model's own code (constructors, the hand-written handler)"
    return "other"


def read_profile(path):
    rows = []
    with open(path, errors="replace") as f:
        for line in f:
            m = re.match(r"\s+([0-9.]+)%\s+(\S+)\s+\[[.k]\]\s+(.*\S)", line)
            if m:
                rows.append((float(m.group(1)), m.group(2), m.group(3)))
    return rows


def short_symbol(sym, width=90):
    sym = re.sub(r"std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >", "std::string", sym)
    sym = re.sub(r"\(anonymous namespace\)::", "", sym)
    return sym if len(sym) <= width else sym[: width - 1] + "…"


def write_profiles(w, directory, summary):
    w("## Where the time goes (the missed read targets)")
    w("")
    files = sorted(glob.glob(os.path.join(directory, "*.txt"))) if directory else []
    if not files:
        w("Not profiled in this run (scripts/bench.sh profiles with perf, from Debian's linux-perf, when it is "
          "installed and allowed: `kernel.perf_event_paranoid` ≤ 2).")
        w("")
    else:
        write_profile_tables(w, files)
    write_bounds(w, summary)


def write_profile_tables(w, files):
    w("`perf record -D 1500` of each contender alone (`--benchmark_filter='^NAME$' --benchmark_min_time=2`, the "
      "same binary; the first 1.5 s, which build the payloads and check every contender, are not sampled), then "
      "`perf report --no-children --sort dso,sym`: the share of samples by who does the work, and the largest "
      "symbols. The Boost.JSON tokenizer's share is what the ceiling pays as well; the rest is the reader's own "
      "work.")
    w("")
    for path in files:
        name = os.path.basename(path)[:-4].replace("_read_", "/read/")
        rows = read_profile(path)
        total = sum(r[0] for r in rows) or 1.0
        groups = {}
        for pct, dso, sym in rows:
            g = profile_group(dso, sym)
            groups[g] = groups.get(g, 0.0) + pct
        w(f"**`{name}`**: " + ", ".join(f"{g} {v / total * 100:.0f}%"
                                          for g, v in sorted(groups.items(), key=lambda kv: -kv[1]) if v >= 0.5))
        w("")
        w("| share | symbol |")
        w("|---:|---|")
        for pct, dso, sym in rows[:8]:
            w(f"| {pct:.1f}% | `{short_symbol(sym)}` |")
        w("")


def write_bounds(w, summary):
    bounds = []
    for key, m in summary:
        hand, warm, ceil = m.get("read/hand_sax"), m.get("read/djson_warm"), m.get("read/ceiling")
        if hand and warm and ceil:
            simd = m.get("read/simdjson")
            bounds.append(f"{key}: hand-written {ceil['ns'] / hand['ns']:.2f}×, djson {ceil['ns'] / warm['ns']:.2f}× "
                          f"({hand['ns'] / warm['ns'] * 100:.0f}% of the hand-written handler's speed)"
                          + (f", simdjson {ceil['ns'] / simd['ns']:.2f}×" if simd else ""))
    if bounds:
        w("**What the read target asks, measured.** A handler written by hand for one model on the same tokenizer "
          "(bench/models/p1_sax.hpp, pat_sax.hpp: a fixed nesting, keys matched by length and one comparison, "
          "values stored in place, no paths, no messages, no tables) is the fastest any reader of that model on "
          "Boost.JSON can be. Against the do-nothing ceiling: " + "; ".join(bounds) + ". Storing the values "
          "(copying strings, converting numbers correctly rounded, parsing date-times, matching keys) costs about "
          "as much as the tokenizer's own work, so 0.8× of the do-nothing ceiling is out of reach of any reader "
          "on this tokenizer, hand-written or generic; `read/ceiling_touch` shows that part of the ceiling's "
          "speed is work the compiler leaves out because nothing looks at the values. simdjson's figures are its "
          "own tokenizer with a hand-written mapping: where the tokenizer's work dominates (p1's numbers) a faster "
          "tokenizer passes the bound, which the project's fixed choices (Boost.JSON) rule out; where storing "
          "dominates (p2's strings and date-times) no reader comes near 0.8×.")
        w("")
    fresh_notes = []
    for key, m in summary:
        fresh, warm = m.get("read/djson_fresh"), m.get("read/djson_warm")
        boost_to = m.get("read/boost_value_to")
        if fresh and warm and fresh.get("allocs"):
            extra = (fresh["ns"] - warm["ns"]) / fresh["allocs"]
            fresh_notes.append(f"{key}: {fresh['allocs']:,.0f} allocations per document, {extra:.0f} ns of fresh "
                               "time each" + (f" (Boost's `value_to` makes {boost_to['allocs']:,.0f})"
                                              if boost_to and boost_to.get("allocs") else ""))
    if fresh_notes:
        w("**What the fresh-read target asks, measured.** A fresh read does the warm read's work and allocates what "
          "the result holds (each string longer than 15 bytes, each vector's items), and the benchmark's loop also "
          "frees the previous result. Per payload, the fresh read's time beyond the warm read, per allocation: "
          + "; ".join(fresh_notes) + ". That is glibc's malloc and free, a few tens of nanoseconds a pair (see the "
          "allocator's share in the `djson_fresh` profile above). Where the result holds many strings (p2, p3), "
          "0.7× of a warm read, which allocates nothing, would need fewer allocations than the result holds: an "
          "arena or another string type, which plain `std::string` members rule out.")
        w("")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("results")
    ap.add_argument("build_dir")
    ap.add_argument("out")
    ap.add_argument("--compile-times", default="")
    ap.add_argument("--chart", default="")
    ap.add_argument("--command", default="bash scripts/bench.sh")
    ap.add_argument("--load-before", default="")
    ap.add_argument("--load-after", default="")
    ap.add_argument("--profiles", default="", help="directory of `perf report --sort dso,sym` texts (bench.sh)")
    args = ap.parse_args()

    ctx, rows = load(args.results)
    if not rows:
        sys.exit("report.py: no aggregate rows in " + args.results + " (run with --benchmark_repetitions > 1)")

    def median(name):
        r = rows.get(name, {}).get("median")
        if not r:
            return None
        return {
            "ns": r["cpu_time"] * TO_NS[r.get("time_unit", "ns")],
            "real_ns": r["real_time"] * TO_NS[r.get("time_unit", "ns")],
            "allocs": r.get("allocs"),
            "bytes": r.get("doc_bytes"),
            "cv": rows[name].get("cv", {}).get("cpu_time"),
        }

    medians = {n: median(n) for n in rows}
    reps = sorted({a["median"].get("repetitions") for a in rows.values() if "median" in a} - {None})
    reps_text = "/".join(str(r) for r in reps) or "?"
    cxx = cache_value(args.build_dir, "CMAKE_CXX_COMPILER") or "c++"
    cxx_version = sh([cxx, "--version"]).splitlines()[0] if sh([cxx, "--version"]) else cxx
    now = datetime.datetime.now(datetime.timezone.utc)
    header_only = cache_value(args.build_dir, "DJSON_BOOST_JSON_HEADER_ONLY").upper() in ("ON", "1", "TRUE", "YES")
    binary = os.path.join(args.build_dir, "bench", "bench_json_performance")
    linked = [line.split()[0] for line in sh(["ldd", binary]).splitlines() if "boost" in line]

    lines = []
    w = lines.append
    w("# djson benchmark results")
    w("")
    w(f"Generated by `{args.command}` on {now:%Y-%m-%d %H:%M UTC} from one run of `bench_json_performance` "
      "(bench/json_performance.cpp) and the compile-time probes (bench/compile/). Do not edit by hand.")
    w("")
    chart_error = None
    if args.chart:
        chart_error = draw_chart(os.path.abspath(args.chart), medians, f"{cpu_model()}, {now:%Y-%m-%d}")
        if chart_error:
            w(f"(No chart: {chart_error}.)")
        else:
            rel = os.path.relpath(os.path.abspath(args.chart), os.path.dirname(os.path.abspath(args.out)))
            w(f"![MB/s per payload, reads and writes]({rel})")
        w("")

    w("## Machine, compiler, flags")
    w("")
    w(f"- CPU: {cpu_model()}; `nproc` = {os.cpu_count()}; caches as Google Benchmark saw them: "
      + ", ".join(f"L{c['level']} {c['type']} {c['size'] // 1024} KiB" for c in ctx.get("caches", [])))
    load_note = f"load average before the run {args.load_before or '?'}, after {args.load_after or '?'}"
    w(f"- Machine load: {load_note} (1-, 5- and 15-minute averages; the benchmark itself adds about 1 to the "
      "\"after\" figures, anything beyond that is other work sharing the cores; see the CV column)")
    w(f"- Compiler: {cxx_version}")
    w(f"- Flags of the benchmark (bench/json_performance.cpp, from compile_commands.json): "
      f"`{compile_flags(args.build_dir, 'bench/json_performance.cpp')}`")
    w(f"- Flags of libdjson, Boost.JSON included (src/boost_json_src.cpp): "
      f"`{compile_flags(args.build_dir, 'src/boost_json_src.cpp')}`; the `bench` preset "
      f"(CMAKE_BUILD_TYPE={cache_value(args.build_dir, 'CMAKE_BUILD_TYPE')}, "
      f"CMAKE_CXX_STANDARD={cache_value(args.build_dir, 'CMAKE_CXX_STANDARD') or 'unset'}, "
      f"BUILD_SHARED_LIBS={cache_value(args.build_dir, 'BUILD_SHARED_LIBS') or 'OFF'})")
    if header_only:
        w(f"- Boost {boost_version()}, Boost.JSON header-only (DJSON_BOOST_JSON_HEADER_ONLY=ON): its sources are "
          "compiled into libdjson by src/boost_json_src.cpp (`#include <boost/json/src.hpp>`) with the flags "
          "above, for djson and for the Boost contenders alike; the `basic_parser` ceiling is instantiated in the "
          "benchmark's own translation unit. Boost libraries the binary loads (ldd): "
          + (", ".join(f"`{l}`" for l in linked) if linked else "none"))
    else:
        w(f"- Boost {boost_version()}: Boost.JSON is the installed shared `libboost_json` (not header-only: "
          "DJSON_BOOST_JSON_HEADER_ONLY is OFF in this build tree), for djson and the Boost contenders alike")
    w(f"- Packages: {dpkg_versions(['libbenchmark-dev', 'nlohmann-json3-dev', 'rapidjson-dev', 'libsimdjson-dev'])}")
    w(f"- simdjson: stage 1 (structural indexing, in Debian's libsimdjson, chosen at run time) "
      f"`{ctx.get('simdjson_stage1', '?')}`; the On-Demand front end (compiled into the benchmark with the flags "
      f"above, so chosen at compile time) `{ctx.get('simdjson_ondemand', '?')}` — no `-march` is given, to any "
      "library")
    lib_type = ctx.get("library_build_type", "?")
    w(f"- Google Benchmark library build type: {lib_type}"
      + (" (Debian's package; this concerns the harness only, not the code measured)" if lib_type == "debug" else ""))
    w("")
    w("## How to read the tables")
    w("")
    w(f"- **time**: the median of {reps_text} repetitions of the CPU time of one iteration (one whole document); "
      "each repetition runs as many iterations as Google Benchmark's default minimum time asks.")
    w("- **MB/s**: the payload's size (10^6 bytes) divided by that time, for reads and writes alike (a writer's "
      "output may differ from the payload in size: Boost, RapidJSON and nlohmann write p1's floats with more "
      "digits).")
    w("- **× DOM route**: the DOM route's time divided by the contender's, in the same direction (read or write): "
      "above 1 is faster. For p1, p1a and p2 the DOM route is Boost's: `boost::json::parse(text, sp)` + "
      "`value_to<T>` for reading and `value_from(v, sp)` + `serialize` for writing, where `sp` is a fresh "
      "`monotonic_resource` per iteration over a buffer allocated once (8 × the payload + 1 MiB). For p3, whose "
      "model Boost's `value_to` / `value_from` cannot convert (its keys are camelCase names of snake_case "
      "members, and `djson::nullable`, `djson::timestamp` and `djson::additional_properties` have no Boost "
      "conversion: a Boost user would write and keep a second model, as p2's `bpat` is, for 27 members and 15 "
      "nested types), it is djson's own through Boost's DOM: `parse` + `from_value` and `to_value` + `serialize`.")
    w("- **× ceiling** (reads only): the ceiling's time divided by the contender's; the ceiling is "
      "`boost::json::basic_parser` with a handler that does nothing, over the same bytes, reused and reset each "
      "iteration. The issue's read target is ≥ 0.8.")
    w("- **allocs/doc**: calls of the global `operator new` (every form) per iteration, counted by a replacement in "
      "the benchmark binary, plus RapidJSON's own `malloc`s for its parse stack (a counting allocator); a "
      "monotonic_resource's or RapidJSON pool's buffer is allocated before timing, so it does not count.")
    w(f"- **CV**: coefficient of variation of the CPU time over the {reps_text} repetitions.")
    w("- **RapidJSON and simdjson** read into the same object every iteration, as `djson_warm` does, through "
      "hand-written mappings (bench/models/*_rapidjson.hpp, *_simdjson.hpp) that check what djson checks: every "
      "required key present, every value of the right type, p2's `created` parsed as a date-time. RapidJSON "
      "parses with `kParseValidateEncodingFlag | kParseFullPrecisionFlag` (UTF-8 checked, numbers correctly "
      "rounded, as djson, Boost.JSON and simdjson do) into a `Document` whose `MemoryPoolAllocator` works in a "
      "buffer allocated before timing (as Boost's `monotonic_resource` does); simdjson gets a padded copy of the "
      "text made before timing and a reused parser. nlohmann uses its own macros for p1 and hand-written "
      "`to_json`/`from_json` for p2. None of the three is mapped for p3.")
    w(f"- p2's bytes are djson's `to_json` of {ctx.get('p2_objects', '?')} values drawn from a fixed-seed LCG "
      f"({ctx.get('p2_null_scopes', '?')} with `\"scope\": null`, {ctx.get('p2_non_ascii_names', '?')} with a "
      "non-ASCII name, `created` with milliseconds); Boost's `serialize(value_from(...))` of the same values gives "
      "the very same bytes (checked at start). The Boost side reads p2 into its own described structs (member "
      "names = keys, `std::optional` for the nullable `scope`) and parses `created` with "
      "`djson::timestamp::parse` through a `tag_invoke`, so both sides validate the date-time.")
    w(f"- p3's bytes are {ctx.get('p3_objects', '?')} copies of examples/sailpoint/data/examples/"
      f"RequestedItemStatus.json minified ({ctx.get('p3_object_bytes', '?')} bytes each) in a JSON array; djson "
      "reads them into `std::vector<sailpoint::RequestedItemStatus>` (the generated model, "
      "examples/sailpoint/models/RequestedItemStatus.hpp).")
    w("- Before timing, every contender's result was checked equal to djson's (reads with `djson::equal`, writes "
      "by reading the output back with djson; the ceiling by consuming every byte; memcpy by `memcmp`); the run "
      "aborts otherwise.")
    w("")

    summary = []
    for key, title in PAYLOADS.items():
        names = [n for n in WHAT if f"{key}/{n}" in rows]
        if not names:
            continue
        baseline = BASELINE_P3 if key == "p3" else BASELINE
        base = {d: median(f"{key}/{d}/{baseline[d]}") for d in ("read", "write")}
        ceiling = median(f"{key}/read/ceiling")
        doc_bytes = None
        for n in names:
            m = median(f"{key}/{n}")
            if m and m["bytes"]:
                doc_bytes = m["bytes"]
                break
        w(f"## {title}" + (f" — {int(doc_bytes):,} bytes" if doc_bytes else ""))
        w("")
        if key == "p3":
            w("The DOM route here is djson's (`parse` + `from_value`, `to_value` + `serialize`): Boost's "
              "`value_to` / `value_from` cannot convert this model (see above).")
            w("")
        w("| contender | what | time | MB/s | × DOM route | × ceiling | allocs/doc | CV |")
        w("|---|---|---:|---:|---:|---:|---:|---:|")
        for n in names:
            m = median(f"{key}/{n}")
            direction = n.split("/")[0]
            b = base[direction]
            ratio = f"{b['ns'] / m['ns']:.2f}×" if b else "—"
            ceil = f"{ceiling['ns'] / m['ns']:.2f}×" if (ceiling and direction == "read") else "—"
            mbs = f"{m['bytes'] / (m['ns'] / 1e9) / 1e6:,.0f}" if m["bytes"] else "?"
            cv = f"{m['cv'] * 100:.1f}%" if m["cv"] is not None else "?"
            w(f"| `{n}` | {WHAT[n]} | {fmt_time(m['ns'])} | {mbs} | {ratio} | {ceil} | {fmt_allocs(m['allocs'])} "
              f"| {cv} |")
        w("")
        summary.append((key, {n: median(f"{key}/{n}") for n in names}))

    compile_data = None
    if args.compile_times:
        try:
            with open(args.compile_times) as f:
                compile_data = json.load(f)
        except (OSError, ValueError):
            compile_data = None
    w("## Compile times")
    w("")
    if compile_data:
        runs = compile_data["runs"]
        w(f"One translation unit per library, each holding p1's model (bench/models/p1*.hpp, the very mappings "
          f"benchmarked above) with one read and one write function, compiled alone to an object file, {runs} "
          f"time{'s' if runs != 1 else ''}; **CPU** is the median user + sys time of the compiler. Flags: "
          f"`{compile_data['compiler']} {' '.join(a for a in compile_data['flags'] if not a.startswith('-I'))} "
          "-c PROBE.cpp` (the "
          "benchmark's flags at -O2; Boost.JSON header-only: the probe includes only its headers). Load average "
          f"before {' '.join(compile_data['load_before'])}, after {' '.join(compile_data['load_after'])}.")
        w("")
        w("| probe | library | read and write | CPU (median) | runs | the issue's figure |")
        w("|---|---|---|---:|---|---:|")
        for p in compile_data["probes"]:
            w(f"| `{p['probe']}` | {p['library']} | {p['what']} | {p['median']:.2f} s | "
              f"{', '.join(f'{t:.2f}' for t in p['seconds'])} | {ISSUE_COMPILE.get(p['library'], '—')} |")
        w("")
        w(f"glaze (the issue's {ISSUE_COMPILE['glaze']}) is not packaged for Debian 12, so it is not measured here.")
    else:
        w("Not measured in this run (scripts/bench.sh measures them with bench/compile/measure.py).")
    w("")

    w("## Against the issue's targets (this run)")
    w("")
    w("| payload | target | measured | met |")
    w("|---|---|---:|---|")

    def target(key, what, value, goal, fmt="{:.2f}×", higher=True):
        if value is None:
            w(f"| {key} | {what} | not measured | — |")
            return
        if goal is None:
            w(f"| {key} | {what} | {fmt.format(value)} | (no target) |")
            return
        ok = value >= goal if higher else value <= goal
        w(f"| {key} | {what} | {fmt.format(value)} | {'yes' if ok else '**no**'} |")

    for key, m in summary:
        def r(a, b):
            return m[b]["ns"] / m[a]["ns"] if m.get(a) and m.get(b) else None
        target(key, "read (`djson_warm`) ≥ 0.8 × ceiling", r("read/djson_warm", "read/ceiling"), 0.8)
        if m.get("read/hand_sax"):
            target(key, "a handler written by hand for this model (`hand_sax`) × ceiling: the bound on this tokenizer",
                   r("read/hand_sax", "read/ceiling"), None)
            target(key, "read (`djson_warm`) × `hand_sax`", r("read/djson_warm", "read/hand_sax"), None)
        if key == "p3":
            target(key, "read (`djson_warm`) × `parse` + `from_value` (the issue measured 3.11×)",
                   r("read/djson_warm", "read/djson_dom"), None)
            target(key, "write (`djson`) × `to_value` + `serialize` (the issue measured 5.96×)",
                   r("write/djson", "write/djson_dom"), None)
        else:
            goal = 6 if key == "p2" else 5
            target(key, f"write (`djson`) ≥ {goal} × Boost DOM", r("write/djson", "write/boost_dom"), goal)
            target(key, "`from_value` ≥ 1 × Boost `value_to`", r("read/djson_from_value", "read/boost_value_to"),
                   1.0)
            target(key, "`to_value` ≥ 1 × Boost `value_from`", r("write/djson_to_value", "write/boost_value_from"),
                   1.0)
        target(key, "fresh read ≥ 0.7 × warm read", r("read/djson_fresh", "read/djson_warm"), 0.7)
        warm = m.get("read/djson_warm")
        target(key, "warm read allocates nothing", warm["allocs"] if warm else None, 0, fmt="{:,.0f} allocs/doc",
               higher=False)
    if compile_data:
        djson_probe = next((p for p in compile_data["probes"] if p["library"] == "djson"), None)
        target("p1", f"compile time of the djson probe (read and write) ≤ {COMPILE_LIMIT_S} s at -O2",
               djson_probe["median"] if djson_probe else None, COMPILE_LIMIT_S, fmt="{:.2f} s", higher=False)
    w("")
    write_profiles(w, args.profiles, summary)
    w("## Not measured yet")
    w("")
    w("- glaze (not packaged for Debian 12).")
    w("- RapidJSON, simdjson and nlohmann on p3 (each would need its own hand-mapping of the 27-member model); "
      "Boost's `value_to` / `value_from` on p3 (see above).")
    w("")
    w("Measured elsewhere: streaming reads of a 1 GB input (throughput, peak RSS) by `bash scripts/stream_bench.sh`.")
    w("")
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("wrote", args.out + ("" if chart_error or not args.chart else " and " + args.chart))


if __name__ == "__main__":
    main()
