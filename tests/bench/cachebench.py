#!/usr/bin/env python3
"""`make bench-cache`: the persistent cache, cold against warm, side by side.

usage: cachebench.py BINARY SHARED WORKDIR [--runs N] [--files N] [--quick]

For each tree (the corpus, the R4+R4B+R5 core definitions in one run, a
generated workspace of --files .fhirpath files, backdated so that its
files are past the cache's 2 s "racily clean" window) it times, median of
--runs, wall clock:

  cold check     check --no-cache
  first check    check into an empty cache (cold plus the writes)
  warm check     check with the cache the first run left
  one changed    warm check after one file changed (the generated tree)
  cold index     index into an empty cache

and reports the ratios the issue sets targets for (warm >= 10x faster than
cold, one changed within 2x of warm, cold index <= 1.5x cold check), the
database's size against the tree's source bytes, and, on the generated
tree, `serve` with a warm cache: from `initialized` to the end of its
workspace scan (the $/progress end), target <= 200 ms.
"""
import json, os, shutil, statistics, subprocess, sys, tempfile, time


def run(cmd, env=None):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    t = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.exit("bench-cache: %s failed (%d): %s" % (" ".join(cmd), p.returncode,
                                                      p.stderr.decode()[:300]))
    return t


def median(f, runs):
    return statistics.median(f() for _ in range(runs))


def tree_bytes(paths):
    n = 0
    for p in paths:
        for d, _, files in os.walk(p):
            for f in files:
                n += os.path.getsize(os.path.join(d, f))
    return n


def db_bytes(cache):
    return sum(os.path.getsize(os.path.join(cache, f)) for f in os.listdir(cache)
               if f.endswith(".db"))


# ---- serve: initialized -> end of the workspace scan -------------------------

def frame(msg):
    b = json.dumps(msg).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b


def read_msg(f):
    n = None
    while True:
        line = f.readline()
        if not line:
            return None
        line = line.strip()
        if not line:
            break
        k, _, v = line.partition(b":")
        if k.lower() == b"content-length":
            n = int(v)
    return json.loads(f.read(n))


def serve_scan_ms(binary, root, cache):
    p = subprocess.Popen([binary, "serve", "--cache", cache], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    caps = {"window": {"workDoneProgress": True}}
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": None, "rootUri": "file://" + root, "capabilities": caps}}))
    p.stdin.flush()
    while True:
        m = read_msg(p.stdout)
        if m is None or m.get("id") == 1:
            break
    t0 = time.perf_counter()
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
    p.stdin.flush()
    ms = None
    while True:
        m = read_msg(p.stdout)
        if m is None:
            break
        if m.get("method") == "window/workDoneProgress/create":
            p.stdin.write(frame({"jsonrpc": "2.0", "id": m["id"], "result": None}))
            p.stdin.flush()
        elif m.get("method") == "$/progress" and m["params"]["value"].get("kind") == "end":
            ms = (time.perf_counter() - t0) * 1000
            break
    p.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
    p.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
    p.stdin.flush()
    p.wait(timeout=30)
    return ms


# ---- one tree ---------------------------------------------------------------

def bench_tree(name, binary, args, work, runs, changed_file=None, serve_root=None):
    cache = os.path.join(work, "cache-" + name)
    shutil.rmtree(cache, ignore_errors=True)
    check = [binary, "check"] + args
    cold = median(lambda: run(check[:2] + ["--no-cache"] + check[2:]), runs)

    def first():
        shutil.rmtree(cache, ignore_errors=True)
        return run(check[:2] + ["--cache", cache] + check[2:])
    first_t = median(first, runs)
    warm = median(lambda: run(check[:2] + ["--cache", cache] + check[2:]), runs)
    row = {"tree": name, "cold": cold, "first": first_t, "warm": warm,
           "db": db_bytes(cache), "src": tree_bytes([a for a in args if os.path.isdir(a)])}
    if changed_file:
        def one():
            with open(changed_file, "a") as f:
                f.write("\n")
            t = time.time() - 3600          # backdated, as the rest of the tree
            os.utime(changed_file, (t, t))
            return run(check[:2] + ["--cache", cache] + check[2:])
        row["one"] = median(one, runs)
    if len(args) == 1 or name == "core":
        def index_cold():
            c = cache + "-index"
            shutil.rmtree(c, ignore_errors=True)
            # index takes one folder: the core's three go one after another
            return sum(run([binary, "index", "--cache", c, a]) for a in args if os.path.isdir(a))
        row["index"] = median(index_cold, runs)
    if serve_root:
        row["serve_warm_ms"] = statistics.median(
            serve_scan_ms(binary, serve_root, cache) or float("nan") for _ in range(runs))
        shutil.rmtree(cache + "-serve", ignore_errors=True)
        os.makedirs(cache + "-serve")
        row["serve_cold_ms"] = serve_scan_ms(binary, serve_root, cache + "-serve")
    return row


def main():
    a = sys.argv[1:]
    if len(a) < 3:
        sys.exit(__doc__)
    binary, shared, work = os.path.abspath(a[0]), a[1], os.path.abspath(a[2])
    runs, files = 5, 10000
    if "--runs" in a:
        runs = int(a[a.index("--runs") + 1])
    if "--files" in a:
        files = int(a[a.index("--files") + 1])
    if "--quick" in a:
        runs, files = 3, 2000
    os.makedirs(work, exist_ok=True)
    ws = os.path.join(work, "ws%d" % files)
    if not os.path.isdir(ws):
        subprocess.run([sys.executable, os.path.join(shared, "tools", "mkworkspace.py"),
                        "--files", str(files), "--out", ws], check=True,
                       stdout=subprocess.DEVNULL)
    t = time.time() - 3600
    for d, _, fs in os.walk(ws):
        for f in fs:
            os.utime(os.path.join(d, f), (t, t))
    some = None
    for d, _, fs in sorted(os.walk(ws)):
        for f in sorted(fs):
            if f.endswith(".fhirpath"):
                some = os.path.join(d, f)
                break
        if some:
            break
    rows = [bench_tree("corpus", binary, ["corpus"], work, runs)]
    core = [os.path.join(shared, "fhir", v) for v in ("r4", "r4b", "r5")]
    if all(os.path.isdir(c) for c in core):
        rows.append(bench_tree("core", binary, core, work, runs))
    rows.append(bench_tree("ws%d" % files, binary, [ws], work, runs, changed_file=some,
                           serve_root=ws))
    print("== cache: cold against warm, wall clock, median of %d (2 cores)" % runs)
    print("%-8s %8s %8s %8s %7s %9s %7s %8s %7s %8s" % (
        "tree", "cold s", "first s", "warm s", "cold/w", "1 chg s", "chg/w", "index s",
        "idx/cd", "db/src"))
    for r in rows:
        one = "%9.3f %7.2f" % (r["one"], r["one"] / r["warm"]) if "one" in r else "%9s %7s" % ("-", "-")
        idx = "%8.3f %7.2f" % (r["index"], r["index"] / r["cold"]) if "index" in r else "%8s %7s" % ("-", "-")
        print("%-8s %8.3f %8.3f %8.3f %7.1f %s %s %8.3f" % (
            r["tree"], r["cold"], r["first"], r["warm"], r["cold"] / r["warm"], one, idx,
            r["db"] / max(r["src"], 1)))
    for r in rows:
        if "serve_warm_ms" in r:
            print("serve on %s: initialized -> workspace scan end: warm %.0f ms, cold %.0f ms"
                  % (r["tree"], r["serve_warm_ms"], r["serve_cold_ms"] or float("nan")))
    print("targets: warm >= 10x cold; one changed <= 2x warm; cold index <= 1.5x cold check;"
          " db <= 1x source; warm serve <= 200 ms")


if __name__ == "__main__":
    main()
