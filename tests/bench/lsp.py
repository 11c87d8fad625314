#!/usr/bin/env python3
"""tests/bench/lsp.py - the LSP part of `make bench` (see README.md).

Runs ../shared/tools/lspbench.py against `fhirpath-ls serve` and the
atomic-ehr FHIRPath LSP (under Node, installed in build/peers) on the same
workspaces (made by mkworkspace.py) and the same workload (`all`: open,
typing, smoke), measures the time from spawn to the initialize response with
a minimal single-threaded client, and prints one side-by-side table with the
ratios and the issue's targets. Python 3 standard library only.

    lsp.py --bin build/fhirpath-ls --shared ../shared --peers build/peers \\
           --out build/bench/lsp [--sizes 20,1000,10000] [--runs 3] ...
    lsp.py --out build/bench/lsp --report      # print the saved results again

Outputs in --out: SERVER-N.json (lspbench, all runs), SERVER-N.txt (its
table), init-SERVER.json, env.json and report.txt (the table below).
Every number is the best of --runs sessions, metric by metric (the worst is
shown next to each target); latencies in ms, memory in MiB (2^20 bytes).
"""

import argparse
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time

SERVERS = ("ours", "atomic")
KINDS = [  # (lspbench kind, label)
    ("diag_open", "diagnostics after didOpen"),
    ("completion", "completion"),
    ("completion_typing", "completion after typed '.'"),
    ("hover", "hover"),
    ("diag_change", "diagnostics after each edit"),
]
# Targets from issue 4 (section "Benchmarks").
T_COMPLETION_P99 = 1.0
T_HOVER_P99 = 1.0
T_EDIT_P99 = 2.0
T_INIT_MS = 10.0
T_RSS_IDLE_MIB = 16.0
T_RSS_10K_MIB = 64.0
T_SHUTDOWN_MS = 100.0


def log(msg):
    sys.stdout.write("bench-lsp: %s\n" % msg)
    sys.stdout.flush()


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "?"


def fuzzers_running():
    try:
        out = subprocess.run(["pgrep", "-f", "build/fuzz/fuzz_"], capture_output=True,
                             text=True).stdout.split()
    except OSError:
        return 0
    return len(out)


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def cmd_version(argv):
    try:
        out = subprocess.run(argv, capture_output=True, text=True, timeout=20)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return None


# --- time from spawn to the initialize response ----------------------------------

def frame(msg):
    body = json.dumps(msg, separators=(",", ":")).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


def read_message(fd, buf, deadline):
    """One JSON-RPC message from fd (buf holds leftovers); None on EOF/timeout."""
    import select
    while True:
        head_end = buf.find(b"\r\n\r\n")
        if head_end >= 0:
            m = re.search(rb"(?i)content-length:\s*(\d+)", bytes(buf[:head_end]))
            if m:
                n = int(m.group(1))
                start = head_end + 4
                if len(buf) >= start + n:
                    body = bytes(buf[start:start + n])
                    del buf[:start + n]
                    try:
                        return json.loads(body)
                    except ValueError:
                        return {}
            else:
                del buf[:head_end + 4]
                continue
        left = deadline - time.perf_counter()
        if left <= 0:
            return None
        r, _, _ = select.select([fd], [], [], left)
        if not r:
            return None
        chunk = os.read(fd, 1 << 16)
        if not chunk:
            return None
        buf += chunk


def init_once(argv, env, cwd, timeout=30.0):
    """Spawn, send initialize at once, time until its response is complete.
    Blocking reads in this one thread: no client-side thread start-up or
    GIL hand-over in the measured interval (lspbench's own initialize figure
    includes starting its four reader threads)."""
    params = {"processId": os.getpid(), "rootUri": None, "workspaceFolders": None,
              "capabilities": {"general": {"positionEncodings": ["utf-16"]}}}
    req = frame({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params})
    t0 = time.perf_counter()
    p = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, bufsize=0, env=env, cwd=cwd)
    ms = None
    try:
        p.stdin.write(req)
        fd = p.stdout.fileno()
        buf = bytearray()
        deadline = t0 + timeout
        while True:
            msg = read_message(fd, buf, deadline)
            if msg is None:
                break
            if msg.get("id") == 1 and "method" not in msg:
                ms = (time.perf_counter() - t0) * 1000.0
                break
            if "method" in msg and "id" in msg:   # a server request: answer null
                p.stdin.write(frame({"jsonrpc": "2.0", "id": msg["id"], "result": None}))
        p.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        p.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        p.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        p.stdin.close()
        p.wait(10)
    except (OSError, subprocess.TimeoutExpired):
        pass
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()
    return ms


def measure_init(argv, env, cwd, spawns):
    xs = []
    for _ in range(spawns):
        ms = init_once(argv, env, cwd)
        if ms is not None:
            xs.append(ms)
    xs.sort()
    out = {"spawns": spawns, "answered": len(xs), "ms": xs}
    if xs:
        out.update({"min": xs[0], "p50": xs[(len(xs) - 1) // 2], "max": xs[-1]})
    return out


# --- running ---------------------------------------------------------------------------

def servers(a):
    shim = os.path.join(a.shared, "tools", "peers", "shims", "atomic-fhirpath-lsp-node.mjs")
    env = dict(os.environ)
    env["FHIRPATH_PEERS_DIR"] = os.path.abspath(a.peers)
    out = {"ours": ("%s serve --stdio" % a.bin, dict(os.environ))}
    out["atomic"] = ("node %s --stdio" % shim, env)
    return out


def peer_problem(a):
    if not a.peer:
        return "skipped (BENCH_PEER=0)"
    if subprocess.run(["sh", "-c", "command -v node"], capture_output=True).returncode != 0:
        return "node not found (apt-get install nodejs npm)"
    if not os.path.isdir(os.path.join(a.peers, "node_modules", "@atomic-ehr", "fhirpath-lsp")):
        return "@atomic-ehr/fhirpath-lsp not installed in %s (sh %s/tools/peers/setup.sh %s)" % (
            a.peers, a.shared, a.peers)
    if not os.path.isdir(os.path.join(a.peers, ".fhir-cache")):
        return "the offline R4 model is not seeded in %s/.fhir-cache (run setup.sh)" % a.peers
    return None


def run_all(a):
    os.makedirs(a.out, exist_ok=True)
    sizes = [int(s) for s in re.split(r"[ ,]+", a.sizes.strip()) if s]
    for name in os.listdir(a.out):   # no stale results in the table
        if name.endswith((".json", ".txt")):
            os.remove(os.path.join(a.out, name))
    problem = peer_problem(a)
    names = ["ours"] if problem else list(SERVERS)
    if problem:
        log("atomic-ehr peer skipped: " + problem)
    cmds = servers(a)
    env_info = {
        "date": time.strftime("%Y-%m-%d %H:%M:%S %z"),
        "host": platform.node(), "kernel": platform.release(), "cpu": cpu_model(),
        "nproc": os.cpu_count(), "python": platform.python_version(),
        "node": cmd_version(["node", "--version"]) if "atomic" in names else None,
        "ours": cmd_version([a.bin, "--version"]),
        "load_start": loadavg(), "fuzzers_start": fuzzers_running(),
        "sizes": sizes, "runs": a.runs, "requests": a.requests,
        "typing_docs": a.typing_docs, "peer_skipped": problem,
        "ours_diagnostics": ("pulled (from the didOpen/didChange to the answer)" if a.pull
                             else "pushed publishDiagnostics"),
        "commands": {n: cmds[n][0] for n in names},
    }
    if env_info["fuzzers_start"]:
        log("WARNING: %d fuzzer processes are running (build/fuzz/fuzz_*): the numbers "
            "will be noisy" % env_info["fuzzers_start"])
    log("load average %s; %d run(s) per server and workspace" % (env_info["load_start"], a.runs))
    t_all = time.perf_counter()
    failed = False
    for n in sizes:
        ws = os.path.join(a.ws_prefix + str(n))
        man = load_json(os.path.join(ws, "manifest.json"))
        if not man:
            log("no workspace %s (make it with mkworkspace.py --files %d)" % (ws, n))
            failed = True
            continue
        if man.get("files") != n:
            log("note: %s holds %s documents, not %d" % (ws, man.get("files"), n))
        for name in names:
            argv, env = cmds[name]
            base = os.path.join(a.out, "%s-%d" % (name, n))
            # ours through lspprobe.py: lspbench unchanged, plus fhirpath/health
            # and fhirpath/resources asked just before the shutdown
            tool = ([os.path.join(os.path.dirname(os.path.abspath(__file__)), "lspprobe.py"),
                     "--shared", a.shared, "--"] if name == "ours"
                    else [os.path.join(a.shared, "tools", "lspbench.py")])
            # lspbench declares textDocument.diagnostic: a client that
            # pulls gets no pushes from ours (issue 11), so ours is pulled,
            # timed from the didOpen/didChange to the answer; the peer pushes
            mode = (["--diagnostics", "pull", "--pull-from-change"] if name == "ours" and a.pull
                    else ["--diagnostics", "push"])
            cmd = [sys.executable] + tool + ["--server", argv, "--workspace", ws, "--workload", "all"] + mode + [
                   "--runs", str(a.runs), "--label", name,
                   "--requests", str(a.requests), "--typing-docs", str(a.typing_docs),
                   "--deadline", str(a.deadline), "--json", base + ".json"]
            t0 = time.perf_counter()
            with open(base + ".txt", "w", encoding="utf-8") as out:
                out.write("$ %s\n" % " ".join(shlex.quote(c) for c in cmd))
                out.flush()
                rc = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode
            res = load_json(base + ".json")
            ok = sum(1 for r in (res or {}).get("runs", []) if run_ok(r))
            log("%-6s %5d docs: %d/%d runs ok, %.0f s (lspbench exit %d; %s)" % (
                name, n, ok, a.runs, time.perf_counter() - t0, rc, base + ".txt"))
            if name == "ours" and (rc != 0 or ok == 0):
                failed = True
    for name in names:
        argv, env = cmds[name]
        spawns = a.init_spawns if name == "ours" else max(1, a.init_spawns // 4)
        r = measure_init(shlex.split(argv), env, None, spawns)
        r["server"] = argv
        with open(os.path.join(a.out, "init-%s.json" % name), "w", encoding="utf-8") as f:
            json.dump(r, f, indent=1)
        log("%-6s initialize (direct spawn): %d/%d answered" % (name, r["answered"], spawns))
    env_info["load_end"] = loadavg()
    env_info["fuzzers_end"] = fuzzers_running()
    env_info["seconds"] = time.perf_counter() - t_all
    with open(os.path.join(a.out, "env.json"), "w", encoding="utf-8") as f:
        json.dump(env_info, f, indent=1)
    return failed


# --- the table ---------------------------------------------------------------------------

def run_ok(r):
    return not (r.get("crashed") or r.get("aborted") or r.get("error"))


def runs_of(res):
    return [r for r in (res or {}).get("runs", []) if run_ok(r)]


def pick(values, worst=False):
    xs = [v for v in values if v is not None]
    if not xs:
        return None
    return max(xs) if worst else min(xs)


def metric(res, fn, worst=False):
    return pick([fn(r) for r in runs_of(res)], worst)


def lat(kind, p):
    return lambda r: ((r.get("latency_ms") or {}).get(kind) or {}).get(p)


def mib(key):
    return lambda r: (r.get(key) or {}).get("kib") / 1024.0 if r.get(key) else None


def shut(r):
    s = r.get("shutdown") or {}
    return None if s.get("killed") else s.get("ms")


def docs_per_s(r):
    return (r.get("open") or {}).get("docs_per_s")


def init_lspbench(r):
    return r.get("initialize_ms")


def smoke(r):
    s = r.get("smoke") or []
    return sum(1 for x in s if x["ok"]) if s else None


def empty_pct(kind):
    def f(r):
        s = (r.get("latency_ms") or {}).get(kind) or {}
        return 100.0 * s.get("empty", 0) / s["answered"] if s.get("answered") else None
    return f


def fmt(v, unit=""):
    if v is None:
        return "-"
    if isinstance(v, int):
        return str(v)
    if v >= 1000:
        return "%.0f" % v
    if v >= 100:
        return "%.0f" % v
    if v >= 10:
        return "%.1f" % v
    return "%.2f" % v


def ratio(o, p, higher_better=False):
    if o is None or p is None or o <= 0 or p <= 0:
        return "-"
    x = o / p if higher_better else p / o
    return ("%.0fx" % x) if x >= 100 else ("%.1fx" % x)


def report(a):
    env = load_json(os.path.join(a.out, "env.json")) or {}
    sizes = env.get("sizes") or []
    res = {(s, n): load_json(os.path.join(a.out, "%s-%d.json" % (s, n)))
           for s in SERVERS for n in sizes}
    init = {s: load_json(os.path.join(a.out, "init-%s.json" % s)) for s in SERVERS}
    lines = []
    w = lines.append
    runs = env.get("runs", "?")
    w("== LSP: fhirpath-ls serve vs atomic-ehr fhirpath-lsp 0.0.6 (node), lspbench --workload all")
    w("   %s; %s, %s cpus, Linux %s; python %s, node %s" % (
        env.get("date", "?"), env.get("cpu", "?"), env.get("nproc", "?"), env.get("kernel", "?"),
        env.get("python", "?"), env.get("node") or "-"))
    w("   load average at start %s, at end %s; fuzzers running at start/end: %s/%s; %.0f s" % (
        env.get("load_start", "?"), env.get("load_end", "?"), env.get("fuzzers_start", "?"),
        env.get("fuzzers_end", "?"), env.get("seconds", 0)))
    w("   best of %s run(s) per metric; ms unless noted; ratio = atomic/ours (x > 1: ours "
      "faster/smaller); diagnostics: the peer's pushed, ours %s" % (
          runs, env.get("ours_diagnostics", "pulled (from the didOpen/didChange to the answer)")))
    if env.get("peer_skipped"):
        w("   atomic-ehr peer: " + env["peer_skipped"])
    rows = [("initialize, lspbench (ms)", init_lspbench, False)]
    rows += [("RSS idle (MiB)", mib("rss_idle"), False),
             ("RSS all docs open (MiB)", mib("rss_after_open"), False),
             ("RSS end (MiB)", mib("rss_end"), False),
             ("open rate (docs/s)", docs_per_s, True)]
    for kind, label in KINDS:
        for p in ("p50", "p99"):
            rows.append(("%s %s" % (label, p), lat(kind, p), False))
    rows += [("shutdown (ms)", shut, False),
             ("completion: empty answers %", empty_pct("completion"), None),
             ("hover: empty answers %", empty_pct("hover"), None),
             ("smoke checks passed (of 17)", smoke, None)]
    w0 = max(len(r[0]) for r in rows) + 1
    head1 = "%-*s" % (w0, "")
    head2 = "%-*s" % (w0, "metric")
    for n in sizes:
        head1 += " | %-24s" % ("{:,} docs".format(n))
        head2 += " | %7s %8s %7s" % ("ours", "atomic", "ratio")
    w(head1)
    w(head2)
    for label, fn, hb in rows:
        line = "%-*s" % (w0, label)
        for n in sizes:
            # best of runs: the lowest value, or the most smoke checks passed
            o = metric(res[("ours", n)], fn, worst=fn is smoke)
            p = metric(res[("atomic", n)], fn, worst=fn is smoke)
            r = "" if hb is None else ratio(o, p, hb)
            line += " | %7s %8s %7s" % (fmt(o), fmt(p), r)
        w(line)
    io, ip = init.get("ours") or {}, init.get("atomic") or {}
    w("%-*s | ours %s / %s, atomic %s / %s, ratio (p50) %s" % (
        w0, "initialize, direct p50/max (ms)", fmt(io.get("p50")), fmt(io.get("max")),
        fmt(ip.get("p50")), fmt(ip.get("max")), ratio(io.get("p50"), ip.get("p50"))))
    w("   (direct: spawn -> initialize response with a single-threaded client, %s and %s "
      "spawns; lspbench's figure adds the start of its reader threads, 1-30 ms)"
      % (io.get("spawns", "-"), ip.get("spawns", "-")))
    ns = []
    for n in sizes:
        r = runs_of(res[("ours", n)])
        if r:
            lm = r[0].get("latency_ms") or {}
            ns.append("%d docs: %s" % (n, ", ".join(
                "%s %d" % (k, (lm.get(k) or {}).get("answered", 0)) for k, _ in KINDS)))
    if ns:
        w("   answers per run (nearest-rank p99; with < 100 answers p99 is the max): " + "; ".join(ns))
    for s in SERVERS:
        for n in sizes:
            rr = res[(s, n)]
            if rr is None:
                continue
            for r in rr.get("runs", []):
                for pr in r.get("problems", []):
                    w("   problem: %s %d docs run %s: %s" % (s, n, r.get("run"), pr))
                for sm in r.get("smoke", []) if s == "ours" else []:
                    if not sm["ok"]:
                        w("   smoke FAIL: ours %d docs run %s: %s -> %s" % (
                            n, r.get("run"), sm["check"], sm["got"]))
    # our server's own view: fhirpath/health and fhirpath/resources
    sv = []
    for n in sizes:
        rr = runs_of(res[("ours", n)])
        if not rr or not isinstance(rr[0].get("health"), dict):
            continue

        def srv(method, p):
            return pick([(((r.get("health") or {}).get("methods") or {}).get(method) or {}).get(p)
                         for r in rr])

        def mem(key):
            return pick([((r.get("resources") or {}).get("documents") or {}).get(key) for r in rr])

        parts = []
        for method, short in (("textDocument/didOpen", "didOpen"),
                              ("textDocument/didChange", "didChange"),
                              ("textDocument/completion", "completion"),
                              ("textDocument/hover", "hover")):
            p50, p99 = srv(method, "p50us"), srv(method, "p99us")
            if p50 is not None:
                parts.append("%s %.2f/%.2f" % (short, p50 / 1000.0, p99 / 1000.0))
        model = pick([(r.get("resources") or {}).get("modelBytes") for r in rr])
        sv.append("   %7s docs: %s; MiB: text %.1f, analysis %.1f, model %.1f" % (
            "{:,}".format(n), ", ".join(parts), (mem("textBytes") or 0) / 1048576.0,
            (mem("analysisBytes") or 0) / 1048576.0, (model or 0) / 1048576.0))
    if sv:
        w("")
        w("== ours, server side (fhirpath/health: p50/p99 ms in the handler, last 256 calls of "
          "each method;")
        w("   didOpen/didChange only store the text, the analysis runs before the next poll; "
          "fhirpath/resources: memory)")
        lines.extend(sv)
    # targets
    w("")
    w("== targets (issue 4), ours: best of runs (worst in parentheses)")

    def tgt(label, limit, values, unit="ms"):
        vals = [(n, b, wst) for n, b, wst in values if b is not None]
        if not vals:
            w("   %-44s %-9s no data" % (label, "-"))
            return
        met = all(b <= limit for _, b, _ in vals)
        desc = ", ".join(("{:,} docs: %s (%s)".format(n) % (fmt(b), fmt(wst))) if n
                         else fmt(b) for n, b, wst in vals)
        w("   %-44s %-9s %s" % ("%s <= %g %s" % (label, limit, unit), "met" if met else "MISSED",
                                desc))

    def per_size(fn):
        return [(n, metric(res[("ours", n)], fn), metric(res[("ours", n)], fn, True))
                for n in sizes]

    tgt("completion p99", T_COMPLETION_P99, per_size(lat("completion", "p99")))
    tgt("completion after '.' p99", T_COMPLETION_P99, per_size(lat("completion_typing", "p99")))
    tgt("hover p99", T_HOVER_P99, per_size(lat("hover", "p99")))
    tgt("diagnostics after an edit p99", T_EDIT_P99, per_size(lat("diag_change", "p99")))
    tgt("initialize (direct spawn, max)", T_INIT_MS, [(None, io.get("max"), None)])
    tgt("RSS idle", T_RSS_IDLE_MIB, per_size(mib("rss_idle"))[:1], "MiB")
    big = [x for x in per_size(mib("rss_after_open")) if x[0] >= 10000]
    if big:
        tgt("RSS with 10,000 documents open", T_RSS_10K_MIB, big, "MiB")
    else:
        w("   %-44s %-9s (BENCH_QUICK)" % ("RSS with 10,000 documents open <= 64 MiB", "not run"))
    tgt("shutdown", T_SHUTDOWN_MS, per_size(shut))
    text = "\n".join(lines) + "\n"
    sys.stdout.write("\n" + text)
    with open(os.path.join(a.out, "report.txt"), "w", encoding="utf-8") as f:
        f.write(text)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default="build/fhirpath-ls")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--peers", default="build/peers")
    ap.add_argument("--peer", type=int, default=1, help="0: ours only")
    ap.add_argument("--out", default="build/bench/lsp")
    ap.add_argument("--ws-prefix", default="build/ws-",
                    help="workspace N is PREFIX+N (default build/ws-)")
    ap.add_argument("--sizes", default="20,1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--requests", type=int, default=300)
    ap.add_argument("--typing-docs", type=int, default=10)
    ap.add_argument("--init-spawns", type=int, default=20)
    ap.add_argument("--deadline", type=float, default=300.0)
    ap.add_argument("--report", action="store_true", help="only print the saved results")
    ap.add_argument("--push", dest="pull", action="store_false",
                    help="ours in push mode too (a server from before issue 11 pushed to this client)")
    a = ap.parse_args(argv)
    failed = False
    if not a.report:
        failed = run_all(a)
    report(a)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
