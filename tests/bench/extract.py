#!/usr/bin/env python3
"""tests/bench/extract.py - write the expression sets of `make bench`.

    extract.py --shared ../shared --out build/bench

Writes one OUT/NAME.bin per set: records of a 4-byte little-endian length
followed by that many bytes of UTF-8, one expression per record (read by
parsebench.c and fpjs-parse.mjs alike, so both parse the same bytes).

Sets:
  conf-r4, conf-r4b, conf-r5   every <expression> of the HL7 conformance
                               suites (XML entities decoded by the parser;
                               duplicates kept, invalid ones included)
  r4-constraints               distinct snapshot.element[].constraint[].
                               expression of profiles-resources.json and
                               profiles-types.json (ele-1 alone occurs 6710
                               times, so duplicates are dropped)
  r4-search                    distinct entry[].resource.expression of
                               search-parameters.json

The corpus set (corpus/**/*.fhirpath) is written by `parsebench --split`,
which splits files with the project's own rules. Python 3 stdlib only.
"""
import argparse
import json
import os
import struct
import sys
import xml.etree.ElementTree as ET


def write_set(out_dir, name, exprs):
    path = os.path.join(out_dir, name + ".bin")
    tmp = path + ".tmp"
    n = nbytes = 0
    with open(tmp, "wb") as f:
        for e in exprs:
            b = e.encode("utf-8")
            f.write(struct.pack("<I", len(b)))
            f.write(b)
            n += 1
            nbytes += len(b)
    os.replace(tmp, path)
    return n, nbytes


def conformance(shared, version):
    path = os.path.join(shared, "conformance", "fhirpath", version,
                        "tests-fhir-%s.xml" % version)
    tree = ET.parse(path)
    return [el.text or "" for el in tree.iter()
            if isinstance(el.tag, str) and el.tag.rsplit("}", 1)[-1] == "expression"]


def distinct(seq):
    seen = set()
    out = []
    for x in seq:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out


def constraints(shared):
    exprs = []
    for name in ("profiles-resources.json", "profiles-types.json"):
        with open(os.path.join(shared, "fhir", "r4", name), encoding="utf-8") as f:
            bundle = json.load(f)
        for entry in bundle.get("entry", []):
            res = entry.get("resource", {})
            for el in (res.get("snapshot") or {}).get("element", []):
                for c in el.get("constraint", []) or []:
                    e = c.get("expression")
                    if isinstance(e, str) and e.strip():
                        exprs.append(e)
    return exprs


def search(shared):
    with open(os.path.join(shared, "fhir", "r4", "search-parameters.json"),
              encoding="utf-8") as f:
        bundle = json.load(f)
    exprs = []
    for entry in bundle.get("entry", []):
        e = entry.get("resource", {}).get("expression")
        if isinstance(e, str) and e.strip():
            exprs.append(e)
    return exprs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--out", default="build/bench")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    sets = []
    for v in ("r4", "r4b", "r5"):
        sets.append(("conf-" + v, conformance(args.shared, v)))
    c = constraints(args.shared)
    sets.append(("r4-constraints", distinct(c)))
    s = search(args.shared)
    sets.append(("r4-search", distinct(s)))
    for name, exprs in sets:
        n, nbytes = write_set(args.out, name, exprs)
        print("extract: %-15s %6d expressions %8d bytes" % (name, n, nbytes))
    print("extract: (r4 constraints: %d occurrences, %d distinct; search: %d, %d distinct)"
          % (len(c), len(distinct(c)), len(s), len(distinct(s))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
