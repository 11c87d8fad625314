#!/usr/bin/env python3
"""tests/bench/longbench.py - LSP requests on a minified (one-line) FHIR
JSON file, as IG packages ship them (issue 11: "each request under 50 ms
for 1 MB").

The document is ../shared/fhir/r4/profiles-types.json re-serialised on one
line (0.94 MB), or --doc PATH minified the same way. For each server
binary (--bin NAME=PATH, repeatable: before and after), it spawns `PATH
serve --stdio --no-scan`, opens the document, waits for its diagnostics,
then sends each request kind --runs times at a place inside an expression
string of the second half of the line, and one keystroke there. The
binaries take turns per run, so machine load hits both alike. Python 3
standard library only.

    python3 tests/bench/longbench.py --bin before=/tmp/b/fhirpath-ls \\
        --bin after=build/fhirpath-ls

Output: one line per request kind, the median and the worst run in ms for
each binary; --json FILE writes every sample.
"""
import argparse
import json
import os
import subprocess
import sys
import time

KINDS = [
    ("semanticTokens/full", lambda k, n: {}),
    ("documentSymbol", lambda k, n: {}),
    ("foldingRange", lambda k, n: {}),
    ("hover", lambda k, n: {"position": {"line": 0, "character": k}}),
    ("documentHighlight", lambda k, n: {"position": {"line": 0, "character": k}}),
    ("completion", lambda k, n: {"position": {"line": 0, "character": k}}),
    ("inlayHint", lambda k, n: {"range": {"start": {"line": 0, "character": 0},
                                          "end": {"line": 0, "character": n}}}),
    ("codeAction", lambda k, n: {"range": {"start": {"line": 0, "character": k},
                                           "end": {"line": 0, "character": k}},
                                 "context": {"diagnostics": []}}),
    ("selectionRange", lambda k, n: {"positions": [{"line": 0, "character": k}]}),
    ("formatting", lambda k, n: {"options": {"tabSize": 2, "insertSpaces": True}}),
]


class Server:
    def __init__(self, argv):
        self.p = subprocess.Popen(argv + ["serve", "--stdio", "--no-scan"], stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        self.buf = b""
        self.id = 0

    def send(self, obj):
        body = json.dumps(obj, separators=(",", ":")).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def recv(self):
        while True:
            i = self.buf.find(b"\r\n\r\n")
            if i >= 0:
                n = int(self.buf[:i].split(b":")[1])
                if len(self.buf) >= i + 4 + n:
                    m = json.loads(self.buf[i + 4:i + 4 + n])
                    self.buf = self.buf[i + 4 + n:]
                    return m
            chunk = os.read(self.p.stdout.fileno(), 1 << 20)
            if not chunk:
                raise SystemExit("longbench: the server closed its output")
            self.buf += chunk

    def wait(self, pred):
        while True:
            m = self.recv()
            if pred(m):
                return m

    def request(self, method, params):
        self.id += 1
        rid = self.id
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid)

    def close(self):
        self.request("shutdown", None)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.p.wait(timeout=10)


def one_run(argv, text, uri, k, version):
    s = Server(argv)
    s.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    s.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    out = {}
    t = time.perf_counter()
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": uri, "languageId": "json", "version": version, "text": text}}})
    s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
           m["params"]["uri"] == uri)
    out["open to diagnostics"] = (time.perf_counter() - t) * 1000
    for kind, params in KINDS:
        p = dict(params(k, len(text)))
        p["textDocument"] = {"uri": uri}
        t = time.perf_counter()
        s.request("textDocument/" + kind, p)
        out[kind] = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    s.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
        "textDocument": {"uri": uri, "version": version + 1},
        "contentChanges": [{"range": {"start": {"line": 0, "character": k},
                                      "end": {"line": 0, "character": k}}, "text": " "}]}})
    s.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics" and
           m["params"].get("version") == version + 1)
    out["keystroke to diagnostics"] = (time.perf_counter() - t) * 1000
    s.close()
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", action="append", required=True, help="NAME=PATH")
    ap.add_argument("--doc", default=os.path.join(os.environ.get("FHIRPATH_SHARED", "../shared"),
                                                 "fhir/r4/profiles-types.json"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json")
    a = ap.parse_args()
    with open(a.doc, encoding="utf-8") as f:
        text = json.dumps(json.load(f), separators=(",", ":"), ensure_ascii=False)
    if "\n" in text:
        sys.exit("longbench: the document did not become one line")
    # ASCII only in the JSON text up to k, so UTF-16 columns are offsets
    k = text.find('"expression":"', len(text) // 2) + len('"expression":"') + 2
    uri = "file:///bench/" + os.path.basename(a.doc)
    bins = [b.split("=", 1) for b in a.bin]
    samples = {name: [] for name, _ in bins}
    for run in range(a.runs):
        for name, path in bins:
            samples[name].append(one_run([path], text, uri, k, 1))
    print("longbench: %s on one line, %d bytes, %d runs" % (os.path.basename(a.doc), len(text), a.runs))
    kinds = list(samples[bins[0][0]][0].keys())
    head = "%-28s" % "request" + "".join("%22s" % (n + " p50/max ms") for n, _ in bins)
    print(head)
    for kind in kinds:
        row = "%-28s" % kind
        for name, _ in bins:
            v = sorted(s[kind] for s in samples[name])
            row += "%22s" % ("%.1f / %.1f" % (v[len(v) // 2], v[-1]))
        print(row)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(samples, f, indent=1)


if __name__ == "__main__":
    main()
