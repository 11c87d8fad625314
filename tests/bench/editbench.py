#!/usr/bin/env python3
"""tests/bench/editbench.py - time to diagnostics after one keystroke in a
big FHIR document (issue 9, "didChange in a 2 MB and a 17 MB FHIR JSON
bundle").

For each server binary given (--bin NAME=PATH, repeatable: e.g. before and
after) and each document (--doc PATH, repeatable), it spawns
`PATH serve --stdio --no-scan`, initializes (UTF-16 positions), opens the
document and waits for its diagnostics, then types into expression strings
at --sites places spread over the document: at each place it inserts
--chars characters one didChange at a time and deletes them again one at a
time (--outside: spaces just after each string, an edit the analysis cannot
follow in place). Each didChange is timed from the write of the message to the
publishDiagnostics of that version. The binaries take turns per document,
so a change in machine load hits both alike. Python 3 standard library.

    python3 tests/bench/editbench.py --bin before=/tmp/b/fhirpath-ls \\
        --bin after=build/fhirpath-ls --doc ../shared/fhir/r4/search-parameters.json

Output: one line per binary and document: open time, edits, p50, p99 and
max (nearest rank) in ms; --json FILE writes every sample.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import time


class Conn:
    def __init__(self, argv):
        self.p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = b""
        self.fd = self.p.stdout.fileno()

    def send(self, obj):
        body = json.dumps(obj, separators=(",", ":")).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def read(self):
        while True:
            i = self.buf.find(b"\r\n\r\n")
            if i >= 0:
                m = re.search(rb"Content-Length: *(\d+)", self.buf[:i])
                n = int(m.group(1))
                if len(self.buf) >= i + 4 + n:
                    body = self.buf[i + 4:i + 4 + n]
                    self.buf = self.buf[i + 4 + n:]
                    return json.loads(body)
            chunk = os.read(self.fd, 1 << 20)
            if not chunk:
                raise EOFError("server closed its output")
            self.buf += chunk

    def wait_diags(self, uri, version):
        while True:
            m = self.read()
            if m.get("method") == "textDocument/publishDiagnostics":
                p = m["params"]
                if p["uri"] == uri and p.get("version") == version:
                    return len(p["diagnostics"])

    def close(self):
        self.send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
        try:
            while self.read().get("id") != 99:
                pass
        except EOFError:
            pass
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.p.stdin.close()
        self.p.wait(timeout=30)


def utf16_col(line_text):
    return sum(2 if ord(c) > 0xFFFF else 1 for c in line_text)


def expression_strings(v, out, in_constraint=False, search=False):
    """The expression strings of the sites fhirpath-ls checks in a core
    bundle, in document order: SearchParameter.expression and the
    constraint[].expression of StructureDefinition elements."""
    if isinstance(v, dict):
        if search or v.get("resourceType") == "SearchParameter":
            if isinstance(v.get("expression"), str):
                out.append(v["expression"])
        for k, x in v.items():
            if k == "constraint" and isinstance(x, list):
                for c in x:
                    if isinstance(c, dict) and isinstance(c.get("expression"), str):
                        out.append(c["expression"])
            elif k != "expression":
                expression_strings(x, out)
    elif isinstance(v, list):
        for x in v:
            expression_strings(x, out)


def sites_of(text, n):
    """n places inside expression strings that are sites (no escapes in
    them), spread over the text: the character offset just before the
    closing quote of the string."""
    values = []
    expression_strings(json.loads(text), values)
    found, at = [], 0
    for val in values:
        raw = json.dumps(val, ensure_ascii=False)
        m = re.compile(r'"expression"\s*:\s*' + re.escape(raw)).search(text, at)
        if not m:
            continue
        at = m.end()
        if "\\" not in raw:
            found.append(m.end() - 1)
    if not found:
        sys.exit("editbench: no expression strings found")
    step = max(1, len(found) // n)
    return found[step // 2::step][:n]


def position(text, line_starts, off):
    import bisect
    line = bisect.bisect_right(line_starts, off) - 1
    return {"line": line, "character": utf16_col(text[line_starts[line]:off])}


def run(binary, path, args):
    text = open(path, encoding="utf-8").read()
    uri = "file://" + os.path.abspath(path)
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    c = Conn(args.wrap.split() + [binary, "serve", "--stdio", "--no-scan"])
    c.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
            "params": {"processId": None, "rootUri": None, "capabilities": {}}})
    while c.read().get("id") != 0:
        pass
    c.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    t0 = time.perf_counter()
    c.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": uri, "languageId": "json", "version": 1,
                                        "text": text}}})
    ndiag0 = c.wait_diags(uri, 1)
    open_ms = (time.perf_counter() - t0) * 1000
    version = 1
    samples = []
    # the text is not changed in Python: every insertion is undone at the
    # same place, and no place's offset moves before the next one is used
    for off in sites_of(text, args.sites):
        if args.outside:
            off += 1    # after the closing quote: white space, not the string
        pos = position(text, line_starts, off)
        typed = 0
        for k in range(2 * args.chars):
            version += 1
            if k < args.chars:
                p = dict(pos, character=pos["character"] + typed)
                change = {"range": {"start": p, "end": p}, "text": " " if args.outside else "x"}
                typed += 1
            else:
                a = dict(pos, character=pos["character"] + typed - 1)
                b = dict(pos, character=pos["character"] + typed)
                change = {"range": {"start": a, "end": b}, "text": ""}
                typed -= 1
            t = time.perf_counter()
            c.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                    "params": {"textDocument": {"uri": uri, "version": version},
                               "contentChanges": [change]}})
            c.wait_diags(uri, version)
            samples.append((time.perf_counter() - t) * 1000)
    # how the server got there: analyses run, edits applied in place
    c.send({"jsonrpc": "2.0", "id": 98, "method": "fhirpath/resources"})
    m = c.read()
    while m.get("id") != 98:
        m = c.read()
    docs = (m.get("result") or {}).get("documents") or {}
    health = {"analyses": docs.get("analyses"), "incremental": docs.get("updatedInPlace"),
              "reused": docs.get("reusedByKey")}
    c.close()
    return {"open_ms": open_ms, "diagnostics": ndiag0, "samples": samples, "health": health}


def rank(v, q):
    s = sorted(v)
    return s[max(0, min(len(s) - 1, int(-(-q * len(s) // 1)) - 1))]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", action="append", required=True, help="NAME=PATH")
    ap.add_argument("--doc", action="append", required=True)
    ap.add_argument("--sites", type=int, default=10)
    ap.add_argument("--chars", type=int, default=5)
    ap.add_argument("--outside", action="store_true",
                    help="type spaces just after each expression string instead of inside it "
                         "(an edit outside any expression: the document is analysed again)")
    ap.add_argument("--json")
    ap.add_argument("--wrap", default="", help="a command to run the server under (perf record ...)")
    args = ap.parse_args()
    bins = [b.split("=", 1) for b in args.bin]
    out = {}
    print("%-8s %-24s %9s %6s %6s %8s %8s %8s  %s" % ("binary", "document", "open ms", "diags",
                                                      "edits", "p50 ms", "p99 ms", "max ms",
                                                      "analyses/in place/reused"))
    for doc in args.doc:
        for name, path in bins:
            r = run(path, doc, args)
            out.setdefault(doc, {})[name] = r
            v = r["samples"]
            print("%-8s %-24s %9.1f %6d %6d %8.2f %8.2f %8.2f  %s/%s/%s" % (
                name, os.path.basename(doc), r["open_ms"], r["diagnostics"], len(v),
                rank(v, 0.5), rank(v, 0.99), max(v), r["health"]["analyses"],
                r["health"]["incremental"], r["health"]["reused"]), flush=True)
    if args.json:
        with open(args.json, "w") as f:
            json.dump(out, f)


if __name__ == "__main__":
    main()
