#!/usr/bin/env python3
"""Time `fhirpath-ls check` on the FHIR core definitions, cold, on one core.

For each version folder in ../shared/fhir (r4 first: the issue's target is
all R4 core definitions in <= 1 s on one core), run
`fhirpath-ls check -j 1 --fhir-version V --format json DIR` a few times and
report the best wall time, MB/s and expressions/s (from the JSON summary),
and the peak RSS of the child process.
"""
import json, os, resource, subprocess, sys, time

def main():
    binary, shared = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    print("== check: FHIR core definitions, cold, one core (-j 1), best of %d" % reps)
    print("%-6s %8s %9s %8s %10s %9s %10s" % ("set", "files MB", "exprs", "best s", "MB/s", "exprs/s", "peak RSS"))
    for ver in ("r4", "r4b", "r5"):
        d = os.path.join(shared, "fhir", ver)
        if not os.path.isdir(d):
            print("%-6s skipped: %s not found" % (ver, d))
            continue
        size = sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))
        best, exprs = None, 0
        for _ in range(reps):
            t0 = time.perf_counter()
            p = subprocess.run([binary, "check", "--no-cache", "-j", "1", "--fhir-version", ver.upper(),
                                "--format", "json", d], capture_output=True)
            t = time.perf_counter() - t0
            exprs = json.loads(p.stdout)["summary"]["expressions"]
            best = t if best is None or t < best else best
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print("%-6s %8.1f %9d %8.3f %10.1f %9.0f %7.0f MB" % (ver, size / 1e6, exprs, best,
              size / 1e6 / best, exprs / best, rss / 1024))
    print("target: R4 core <= 1 s on one core")

if __name__ == "__main__":
    main()
