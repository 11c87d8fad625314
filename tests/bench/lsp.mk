# tests/bench/lsp.mk - the LSP part of `make bench` (also `make bench-lsp`):
# ../shared/tools/lspbench.py against `fhirpath-ls serve` and the atomic-ehr
# FHIRPath LSP (Node) on workspaces of 20, 1,000 and 10,000 documents, one
# side-by-side table with ratios and the targets of issue 4. See README.md.
# Included from bench.mk.
#
#   make bench-lsp                    about 2.5 minutes on the 2-core machines
#   make bench-lsp BENCH_QUICK=1      20 and 1,000 documents, one run (~30 s)
#   make bench-lsp BENCH_PEER=0       ours only
#   make bench-lsp LSPB_RUNS=9 LSPB_SIZES='20 1000'
#
# Workspaces: $(BUILD)/ws-N (mkworkspace.py, seed 1; reused when present).
# Results: $(BENCH_DIR)/lsp (lspbench JSON and tables, report.txt).

LSPB_DIR     ?= $(BENCH_DIR)/lsp
ifeq ($(BENCH_QUICK),1)
LSPB_SIZES   ?= 20 1000
LSPB_RUNS    ?= 1
LSPB_REQUESTS ?= 150
LSPB_TYPING  ?= 5
LSPB_SPAWNS  ?= 8
else
LSPB_SIZES   ?= 20 1000 10000
LSPB_RUNS    ?= 5
LSPB_REQUESTS ?= 300
LSPB_TYPING  ?= 10
LSPB_SPAWNS  ?= 20
endif
LSPB_WS      := $(LSPB_SIZES:%=$(BUILD)/ws-%/manifest.json)

.PHONY: bench-lsp

# mkworkspace writes manifest.json last: a folder without one is an
# interrupted run and is replaced.
$(BUILD)/ws-%/manifest.json:
	python3 $(SHARED)/tools/mkworkspace.py --files $* --out $(BUILD)/ws-$* --force

bench-lsp: $(BIN) $(LSPB_WS)
	@if [ "$(BENCH_PEER)" = 1 ] && command -v node >/dev/null 2>&1 \
	    && command -v npm >/dev/null 2>&1 \
	    && [ ! -f "$(BENCH_PEERS)/.installed-lock.json" ]; then \
	  sh $(SHARED)/tools/peers/setup.sh $(BENCH_PEERS) \
	    || echo "bench-lsp: peer setup failed, atomic-ehr LSP skipped"; \
	fi
	python3 tests/bench/lsp.py --bin $(BIN) --shared $(SHARED) --peers $(BENCH_PEERS) \
	  --peer $(BENCH_PEER) --out $(LSPB_DIR) --ws-prefix $(BUILD)/ws- \
	  --sizes '$(LSPB_SIZES)' --runs $(LSPB_RUNS) --requests $(LSPB_REQUESTS) \
	  --typing-docs $(LSPB_TYPING) --init-spawns $(LSPB_SPAWNS)
