#!/usr/bin/env python3
"""tests/bench/featbench.py - quick numbers for editor features of
`fhirpath-ls serve` (not part of `make bench`; Python 3 stdlib only).

    featbench.py [--bin build/fhirpath-ls] symbols [--docs 10000] [--requests 50]
    featbench.py [--bin build/fhirpath-ls] completion [--lazy]

symbols: opens --docs .fhirpath documents (three expressions each, as the
LSP benchmark's workspaces have), waits until every one is published,
then sends --requests workspace/symbol requests with varied queries, one
at a time, and prints the client-side latency (median, p90, max, from
writing the request to reading its answer), the number of results, and
the server's own p50/p99 from fhirpath/health.

completion: the size in bytes of the completion answer (the JSON body) at
a few positions; --lazy offers resolveSupport.properties ["detail"].
"""

import argparse
import json
import os
import queue
import subprocess
import sys
import threading
import time


def frame(msg):
    body = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Server:
    """A client whose reader thread drains the server's output, so that
    writing many messages never deadlocks on a full pipe."""

    def __init__(self, binary, caps=None):
        self.p = subprocess.Popen([binary, "serve"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.q = queue.Queue()
        threading.Thread(target=self._reader, daemon=True).start()
        self.send({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                   "params": {"processId": None, "capabilities": caps or {}}})
        self.wait_id(0)
        self.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})

    def _reader(self):
        buf = b""
        while True:
            i = buf.find(b"\r\n\r\n")
            if i >= 0:
                n = int(buf[:i].split(b":")[1])
                if len(buf) >= i + 4 + n:
                    self.q.put(buf[i + 4:i + 4 + n])
                    buf = buf[i + 4 + n:]
                    continue
            chunk = os.read(self.p.stdout.fileno(), 1 << 20)
            if not chunk:
                self.q.put(None)
                return
            buf += chunk

    def send(self, msg):
        self.p.stdin.write(frame(msg))
        self.p.stdin.flush()

    def read(self):
        body = self.q.get(timeout=600)
        if body is None:
            raise EOFError("server closed its output")
        return body

    def wait_id(self, id_):
        while True:
            body = self.read()
            m = json.loads(body)
            if m.get("id") == id_ and "method" not in m:
                return m, len(body)

    def close(self):
        self.send({"jsonrpc": "2.0", "id": "bye", "method": "shutdown"})
        self.wait_id("bye")
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.p.wait(10)


DOC = ("// @context Patient\n"
       "name.where(use = 'official').given.first().exists() // doc {i}\n"
       "telecom.where(system = 'phone').value.count() > {i}\n"
       "birthDate < today() and active\n")
QUERIES = ["", "name", "tel", "birth", "nmwhr", "official", "xyz", "count", "phone", "a"]


def symbols(args):
    global QUERIES
    if args.query:
        QUERIES = args.query
    s = Server(args.bin)
    for i in range(args.docs):
        s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                "params": {"textDocument": {"uri": "file:///bench/d%05d.fhirpath" % i,
                                            "languageId": "fhirpath", "version": 1,
                                            "text": DOC.replace("{i}", str(i))}}})
    published = 0
    while published < args.docs:
        m = json.loads(s.read())
        if m.get("method") == "textDocument/publishDiagnostics":
            published += 1
    lat, counts = [], []
    for k in range(args.requests):
        q = QUERIES[k % len(QUERIES)]
        t0 = time.perf_counter()
        s.send({"jsonrpc": "2.0", "id": 100 + k, "method": "workspace/symbol", "params": {"query": q}})
        m, _ = s.wait_id(100 + k)
        lat.append((time.perf_counter() - t0) * 1000)
        counts.append(len(m["result"]))
    s.send({"jsonrpc": "2.0", "id": "h", "method": "fhirpath/health"})
    h, _ = s.wait_id("h")
    st = h["result"]["methods"].get("workspace/symbol", {})
    s.close()
    per = {}
    for k, ms in enumerate(lat):
        per.setdefault(QUERIES[k % len(QUERIES)], []).append(ms)
    lat.sort()
    print("workspace/symbol, %d open documents, %d requests (queries %s)" % (args.docs, args.requests, QUERIES))
    print("  per query (median ms): " + ", ".join("%r %.1f" % (q, sorted(v)[len(v) // 2]) for q, v in per.items()))
    print("  client latency ms: median %.2f  p90 %.2f  max %.2f" %
          (lat[len(lat) // 2], lat[int(len(lat) * 0.9)], lat[-1]))
    print("  results per request: min %d max %d" % (min(counts), max(counts)))
    print("  server: p50 %s us, p99 %s us; RSS %.1f MiB" % (st.get("p50us"), st.get("p99us"),
                                                           h["result"]["rssKiB"] / 1024.0))


def completion(args):
    caps = {}
    if args.lazy:
        caps = {"textDocument": {"completion": {"completionItem": {
            "resolveSupport": {"properties": ["documentation", "detail"]}}}}}
    s = Server(args.bin, caps)
    uri = "file:///bench/c.fhirpath"
    text = "// @context Patient\n\n\nidentifier.\n\nname.\n\nP\n\nactive\n"
    cases = [("empty line, context Patient", 1, 0), ("after 'identifier.'", 3, 11),
             ("after 'name.'", 5, 5), ("prefix 'P' (resource types too)", 7, 1),
             ("path start in Patient (elements+functions)", 9, 0)]
    s.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
            "params": {"textDocument": {"uri": uri, "languageId": "fhirpath", "version": 1, "text": text}}})
    for k, (name, line, ch) in enumerate(cases):
        s.send({"jsonrpc": "2.0", "id": 10 + k, "method": "textDocument/completion",
                "params": {"textDocument": {"uri": uri}, "position": {"line": line, "character": ch}}})
        m, size = s.wait_id(10 + k)
        print("%-45s %7d bytes  %4d items" % (name, size, len(m["result"]["items"])))
    s.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default="build/fhirpath-ls")
    sub = ap.add_subparsers(dest="what", required=True)
    a = sub.add_parser("symbols")
    a.add_argument("--docs", type=int, default=10000)
    a.add_argument("--requests", type=int, default=50)
    a.add_argument("--query", action="append", help="only these queries (repeatable)")
    b = sub.add_parser("completion")
    b.add_argument("--lazy", action="store_true")
    args = ap.parse_args()
    {"symbols": symbols, "completion": completion}[args.what](args)


if __name__ == "__main__":
    sys.exit(main())
