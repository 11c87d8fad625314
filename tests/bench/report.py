#!/usr/bin/env python3
"""tests/bench/report.py - the side-by-side table of `make bench`.

    report.py OURS.json [FPJS.json]

Reads parsebench's and fpjs-parse.mjs's JSON (seconds per pass over each
set) and prints, per set and for ALL (total bytes / summed best times):
expressions, bytes, ours MB/s and expr/s, fhirpath.js MB/s and expr/s,
and the ratio ours/fhirpath.js (same bytes, so MB/s and expr/s ratios are
equal). A missing FPJS.json leaves the peer columns as '-'.
"""
import json
import os
import sys


def load(path):
    if not path or not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    ours = load(argv[1])
    peer = load(argv[2] if len(argv) > 2 else None)
    if ours is None:
        print("report: no results in %s" % argv[1], file=sys.stderr)
        return 1
    psets = {s["name"]: s for s in peer["sets"]} if peer else {}
    head = ("set", "exprs", "bytes", "ours MB/s", "ours expr/s", "lex MB/s",
            "js MB/s", "js expr/s", "ratio")
    fmt = "%-15s %7s %8s %10s %12s %9s %8s %10s %7s"
    print()
    print("== parse throughput (best of %d; ours = fp_parse_text, js = %s)"
          % (ours["reps"], peer["tool"] if peer else "fhirpath.js: skipped"))
    print(fmt % head)
    tot = {"n": 0, "b": 0, "o": 0.0, "l": 0.0, "j": 0.0, "jok": True}

    def row(name, n, b, o, lx, j):
        ratio = "%6.1fx" % (j / o) if j else "-"
        print(fmt % (name, n, b, "%.1f" % (b / o / 1e6), "%.0f" % (n / o),
                     "%.1f" % (b / lx / 1e6),
                     "%.2f" % (b / j / 1e6) if j else "-",
                     "%.0f" % (n / j) if j else "-", ratio))

    for s in ours["sets"]:
        p = psets.get(s["name"])
        if p and (p["exprs"] != s["exprs"] or p["bytes"] != s["bytes"]):
            print("report: %s: peer read %d/%d, ours %d/%d expressions/bytes"
                  % (s["name"], p["exprs"], p["bytes"], s["exprs"], s["bytes"]),
                  file=sys.stderr)
            p = None
        j = p["parse_s"] if p else None
        row(s["name"], s["exprs"], s["bytes"], s["parse_s"], s["lex_s"], j)
        tot["n"] += s["exprs"]
        tot["b"] += s["bytes"]
        tot["o"] += s["parse_s"]
        tot["l"] += s["lex_s"]
        if j:
            tot["j"] += j
        else:
            tot["jok"] = False
    if len(ours["sets"]) > 1:
        row("ALL", tot["n"], tot["b"], tot["o"], tot["l"], tot["j"] if tot["jok"] else None)
    errs = ", ".join("%s %d/%s" % (s["name"], s["errors"],
                                   psets[s["name"]]["errors"] if s["name"] in psets else "-")
                     for s in ours["sets"])
    print("expressions with syntax errors (ours/js): " + errs)
    n = sum(x["exprs"] for x in ours["sets"])
    if n and "parse_allocs_per_expr" in ours["sets"][0]:
        pa = sum(x["parse_allocs_per_expr"] * x["exprs"] for x in ours["sets"]) / n
        la = sum(x["lex_allocs_per_expr"] * x["exprs"] for x in ours["sets"]) / n
        print("heap allocations per expression (fp_malloc/realloc): parse %.2f, lex alone %.2f"
              % (pa, la))
    print("peak RSS: ours %d KiB (parsebench, all sets loaded)%s"
          % (ours["peak_rss_kib"],
             "; node %d KiB" % peer["peak_rss_kib"] if peer else ""))
    if peer and tot["jok"] and tot["o"] > 0:
        mbs = tot["b"] / tot["o"] / 1e6
        r = tot["j"] / tot["o"]
        print("targets: parse >= 50 MB/s: %s (%.1f); >= 20x fhirpath.js: %s (%.1fx)"
              % ("met" if mbs >= 50 else "NOT met", mbs, "met" if r >= 20 else "NOT met", r))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
