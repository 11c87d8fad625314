# tests/bench/bench.mk - `make bench`: parse throughput, side by side with
# fhirpath.js, then the LSP benchmark side by side with the atomic-ehr LSP
# (tests/bench/lsp.mk; see tests/bench/README.md). Included by the top
# Makefile (-include), after its variables; defines no default goal.
#
#   make bench                      the whole run (about 2.5 minutes)
#   make bench BENCH_QUICK=1        a short version (about 30 s)
#   make bench BENCH_REPS=9 BENCH_MIN_TIME=0.3
#   make bench BENCH_PEER=0         ours only
#   make bench BENCH_LSP=0          parse throughput only
#   make bench-lsp                  the LSP part only
#   make bench-blob                 sizes of the store's AST blobs (blobbench.c)
#   make bench-edit                 a keystroke in the 2 MB and 17 MB R4 bundles, before/after
#   make bench-longline             LSP requests on a 0.94 MB one-line FHIR JSON, before/after
#   make bench-cache                the persistent cache, cold against warm
#                                   (cachebench.py; BENCH_QUICK=1: 2,000 files)
#
# Outputs go to $(BUILD)/bench: the sets (*.bin), ours.json, fpjs.json, lsp/.

BENCH_DIR      ?= $(BUILD)/bench
BENCH_PEERS    ?= $(BUILD)/peers
ifeq ($(BENCH_QUICK),1)
BENCH_REPS     ?= 2
BENCH_MIN_TIME ?= 0.05
endif
BENCH_REPS     ?= 5
BENCH_MIN_TIME ?= 0.1
BENCH_LSP      ?= 1
BENCH_PEER     ?= 1
BENCH_CORPUS   ?= corpus
BENCH_SETS     := conf-r4 conf-r4b conf-r5 r4-constraints r4-search

$(BENCH_DIR)/parsebench: tests/bench/parsebench.c $(BUILD)/libfp.a
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(STATIC) $(LDFLAGS) -o $@ $< $(BUILD)/libfp.a $(LIBS)

bench: $(BIN) $(BENCH_DIR)/parsebench
	@mkdir -p $(BENCH_DIR)
	@rm -f $(BENCH_DIR)/corpus.bin $(BENCH_DIR)/ours.json $(BENCH_DIR)/fpjs.json
	python3 tests/bench/extract.py --shared $(SHARED) --out $(BENCH_DIR)
	@if [ -d "$(BENCH_CORPUS)" ]; then \
	  $(BENCH_DIR)/parsebench --split $(BENCH_DIR)/corpus.bin $(BENCH_CORPUS) \
	    || { rc=$$?; [ $$rc = 3 ] || exit $$rc; echo "bench: no corpus set"; }; \
	fi
	@sets="$(BENCH_SETS:%=$(BENCH_DIR)/%.bin)"; \
	[ -s $(BENCH_DIR)/corpus.bin ] && sets="$$sets $(BENCH_DIR)/corpus.bin"; \
	echo "== ours: fp_parse_text / fp_lex_all ($(CC), $(OPT))"; \
	$(BENCH_DIR)/parsebench --reps $(BENCH_REPS) --min-time $(BENCH_MIN_TIME) \
	  --json $(BENCH_DIR)/ours.json $$sets || exit 1; \
	if [ "$(BENCH_PEER)" != 1 ]; then \
	  echo "bench: peer skipped (BENCH_PEER=$(BENCH_PEER))"; \
	elif ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then \
	  echo "bench: node/npm not found, fhirpath.js peer skipped (apt-get install nodejs npm)"; \
	else \
	  if [ ! -d "$(BENCH_PEERS)/node_modules/fhirpath" ]; then \
	    sh $(SHARED)/tools/peers/setup.sh $(BENCH_PEERS) \
	      || echo "bench: peer setup failed, fhirpath.js peer skipped"; \
	  fi; \
	  if [ -d "$(BENCH_PEERS)/node_modules/fhirpath" ]; then \
	    echo "== fhirpath.js: fhirpath.parse"; \
	    node tests/bench/fpjs-parse.mjs --peers $(BENCH_PEERS) --reps $(BENCH_REPS) \
	      --min-time $(BENCH_MIN_TIME) --json $(BENCH_DIR)/fpjs.json $$sets || exit 1; \
	  fi; \
	fi
	@python3 tests/bench/report.py $(BENCH_DIR)/ours.json $(BENCH_DIR)/fpjs.json
	@python3 tests/bench/checkbench.py $(BIN) $(SHARED) 3
	@if [ "$(BENCH_LSP)" = 1 ]; then $(MAKE) --no-print-directory bench-lsp; \
	 else echo "bench: LSP part skipped (BENCH_LSP=$(BENCH_LSP))"; fi

include tests/bench/lsp.mk

# `make bench-blob`: sizes of the store's AST blobs (tests/bench/blobbench.c;
# the table in tests/bench/README.md, "2026-12-07: AST blobs").
BLOB_LEVEL     ?= 3
BLOB_DICT_SIZE ?= 16384

$(BENCH_DIR)/blobbench: tests/bench/blobbench.c $(BUILD)/libfp.a $(ZSTD_OBJ)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(STATIC) $(LDFLAGS) -o $@ $< $(BUILD)/libfp.a $(ZSTD_OBJ) $(LIBS)

.PHONY: bench-blob
bench-blob: $(BENCH_DIR)/blobbench
	$(BENCH_DIR)/blobbench --shared $(SHARED) --corpus $(BENCH_CORPUS) \
	  --level $(BLOB_LEVEL) --dict-size $(BLOB_DICT_SIZE)

# `make bench-cache`: cold against warm check and index on the corpus, the
# core definitions and a generated 10,000-file workspace, one changed
# file, the database's size, and serve's warm start (tests/bench/cachebench.py).
.PHONY: bench-cache
bench-cache: $(BIN)
	python3 tests/bench/cachebench.py $(BIN) $(SHARED) $(BENCH_DIR)/cache \
	  --runs $(BENCH_REPS) $(if $(filter 1,$(BENCH_QUICK)),--quick)

# `make bench-edit`: time to diagnostics after one keystroke inside an
# expression string of the 2 MB and 17 MB R4 bundles (issue 9), before
# and after in one run (tests/bench/editbench.py; README.md, "didChange in
# the core bundles"). "before" is $(EDIT_BEFORE), else the binary of
# $(EDIT_BEFORE_REF) (default main) built from `git archive` in
# $(BENCH_DIR)/before-REF (once per commit). EDIT_ARGS=--outside types
# just after each string instead (the document is analysed again).
EDIT_BEFORE_REF ?= main
EDIT_SITES      ?= 10
EDIT_CHARS      ?= 5
EDIT_DOCS       ?= $(SHARED)/fhir/r4/search-parameters.json $(SHARED)/fhir/r4/profiles-resources.json
EDIT_ARGS       ?=

# `make bench-longline`: every request kind the editor sends, on a
# minified (one-line) 0.94 MB FHIR JSON file (issue 11: under 50 ms each),
# before and after in one run, the "before" binary as bench-edit builds it
# (tests/bench/longbench.py).
.PHONY: bench-longline
bench-longline: $(BIN)
	@before="$(EDIT_BEFORE)"; \
	if [ -z "$$before" ]; then \
	  rev=$$(git rev-parse --short "$(EDIT_BEFORE_REF)") || exit 1; \
	  dir=$(BENCH_DIR)/before-$$rev; before=$$dir/build/fhirpath-ls; \
	  if [ ! -x "$$before" ]; then \
	    echo "bench-longline: building $(EDIT_BEFORE_REF) ($$rev) in $$dir"; \
	    rm -rf "$$dir" && mkdir -p "$$dir" && \
	    git archive "$$rev" | tar -x -C "$$dir" && \
	    $(MAKE) --no-print-directory -C "$$dir" -j2 build/fhirpath-ls >/dev/null || exit 1; \
	  fi; \
	fi; \
	mkdir -p $(BENCH_DIR); FHIRPATH_SHARED=$(SHARED) python3 tests/bench/longbench.py --bin before="$$before" \
	  --bin after=$(BIN) --json $(BENCH_DIR)/longline.json

.PHONY: bench-edit
bench-edit: $(BIN)
	@before="$(EDIT_BEFORE)"; \
	if [ -z "$$before" ]; then \
	  rev=$$(git rev-parse --short "$(EDIT_BEFORE_REF)") || exit 1; \
	  dir=$(BENCH_DIR)/before-$$rev; before=$$dir/build/fhirpath-ls; \
	  if [ ! -x "$$before" ]; then \
	    echo "bench-edit: building $(EDIT_BEFORE_REF) ($$rev) in $$dir"; \
	    rm -rf "$$dir" && mkdir -p "$$dir" && \
	    git archive "$$rev" | tar -x -C "$$dir" && \
	    $(MAKE) --no-print-directory -C "$$dir" -j2 build/fhirpath-ls >/dev/null || exit 1; \
	  fi; \
	fi; \
	python3 tests/bench/editbench.py --bin before="$$before" --bin after=$(BIN) \
	  $(patsubst %,--doc %,$(EDIT_DOCS)) --sites $(EDIT_SITES) --chars $(EDIT_CHARS) \
	  --json $(BENCH_DIR)/edit.json $(EDIT_ARGS)
