#!/usr/bin/env python3
"""Compile-time probes of issue 9: compiles each bench/compile/*.cpp alone, RUNS times, and writes the CPU time
(user + sys of the compiler and everything it ran) of each compile to OUT_JSON.

Usage: measure.py BUILD_DIR OUT_JSON [--runs N]

The flags are those CMake gives bench/json_performance.cpp in BUILD_DIR (compile_commands.json: the compiler,
-std, the include directories and definitions, so Boost.JSON is header-only exactly when the benchmark's is),
with -O2 in place of the build type's -O level and the benchmark's own DJSON_BENCH_* definitions left out.
Each compile is `-c probe.cpp -o <temporary>.o`: one translation unit, nothing linked.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# probe file stem -> (library, what it holds)
PROBES = {
    "p1_djson": ("djson", "`read_json` + `write_json`"),
    "p1_boost": ("Boost.JSON", "`parse` + `value_to`, `value_from` + `serialize` (header-only Boost.JSON)"),
    "p1_nlohmann": ("nlohmann/json", "`parse().get_to`, `json(v).dump()` (its macros)"),
    "p1_rapidjson": ("RapidJSON", "`Document::Parse` + hand-mapping, `Writer` + hand-mapping"),
    "p1_simdjson": ("simdjson", "On-Demand + hand-mapping (read only)"),
}


def bench_command(build_dir):
    with open(os.path.join(build_dir, "compile_commands.json")) as f:
        cmds = json.load(f)
    for c in cmds:
        if c["file"].endswith("bench/json_performance.cpp"):
            args = c.get("arguments") or shlex.split(c["command"])
            return args, c["directory"]
    sys.exit("measure.py: bench/json_performance.cpp is not in " + build_dir + "/compile_commands.json")


def probe_flags(args):
    """The compiler and the flags of the benchmark's compile command, at -O2, without -o/-c and file names."""
    out, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-c", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-MD", "-MMD") or a.endswith(".cpp") or a.startswith("-DDJSON_BENCH_"):
            continue
        if a.startswith("-O"):
            continue
        out.append(a)
    return args[0], ["-O2"] + out


def cpu_seconds(cmd, cwd):
    """Runs cmd; returns the user + sys CPU seconds of it and its children (os.wait4's rusage)."""
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit("measure.py: compile failed: " + " ".join(cmd) + "\n" + err.decode(errors="replace"))
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("build_dir")
    ap.add_argument("out")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()

    args, cwd = bench_command(a.build_dir)
    cxx, flags = probe_flags(args)
    load_before = open("/proc/loadavg").read().split()[:3]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        for stem, (library, what) in PROBES.items():
            src = os.path.join(HERE, stem + ".cpp")
            obj = os.path.join(tmp, stem + ".o")
            times = [cpu_seconds([cxx, *flags, "-c", src, "-o", obj], cwd) for _ in range(a.runs)]
            results.append({"probe": f"bench/compile/{stem}.cpp", "library": library, "what": what,
                            "seconds": times, "median": statistics.median(times)})
            print(f"measure.py: {stem}: median {statistics.median(times):.2f} s CPU of {a.runs} "
                  f"({', '.join(f'{t:.2f}' for t in times)})")
    load_after = open("/proc/loadavg").read().split()[:3]
    with open(a.out, "w") as f:
        json.dump({"compiler": cxx, "flags": flags, "runs": a.runs, "load_before": load_before,
                   "load_after": load_after, "probes": results}, f, indent=2)


if __name__ == "__main__":
    main()
