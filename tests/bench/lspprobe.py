#!/usr/bin/env python3
"""tests/bench/lspprobe.py - lspbench plus our server's own view of the run.

Runs ../shared/tools/lspbench.py unchanged (same options), but just before
the shutdown of each session asks the server for `fhirpath/health`
(server-side latency p50/p99 per method, in microseconds) and
`fhirpath/resources` (memory by owner), stores both in the run's JSON
(keys "health" and "resources") and prints them. Use it to tell server time
from client overhead, and to see where the memory goes:

    python3 tests/bench/lspprobe.py --shared ../shared -- \\
        --server 'build/fhirpath-ls serve --stdio' --workspace build/ws-10000 \\
        --workload all --diagnostics push --json build/bench/lsp/probe.json
"""
import json
import os
import sys


def main():
    argv = sys.argv[1:]
    shared = "../shared"
    if argv[:1] == ["--shared"]:
        shared, argv = argv[1], argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    sys.path.insert(0, os.path.join(shared, "tools"))
    import lspbench

    base = lspbench.Session.final_memory

    def final_memory(self):
        base(self)
        for method, key in (("fhirpath/health", "health"), ("fhirpath/resources", "resources")):
            try:
                outcome, ms, result = self.conn.request(method, None, self.wait_for(5.0))
            except Exception as e:  # the probe must not change the run's outcome
                outcome, ms, result = "error", None, str(e)
            self.out[key] = result if outcome == "ok" else {"outcome": outcome, "detail": result}
            self.out[key + "_client_ms"] = ms
            sys.stdout.write("%s (run %s, answered in %s ms):\n%s\n" % (
                method, self.run_no, "%.3f" % ms if ms is not None else "-",
                json.dumps(self.out[key], indent=1)))

    lspbench.Session.final_memory = final_memory
    return lspbench.main(argv)


if __name__ == "__main__":
    sys.exit(main())
