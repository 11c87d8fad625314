# fuzz/fuzz.mk - libFuzzer targets; included by the top Makefile.
#
#   make fuzz                      build $(FUZZ_BUILD)/fuzz_NAME for every
#                                  target in tests/fuzz_targets.def
#   make fuzz-run [FUZZ_SECONDS=60]  run each target on a copy of its seeds
#   make fuzz-run-NAME             one target only
#
# Everything lives under $(FUZZ_BUILD) (build/fuzz): the library sources are
# compiled again with the fuzzing flags into $(FUZZ_BUILD)/obj/, so the normal
# build in $(BUILD)/obj/ is left alone (the generated model tables take a
# while to compile with the sanitizers, once). Seeds are copied to
# $(FUZZ_BUILD)/corpus-NAME and crash files go to $(FUZZ_BUILD)/artifacts-NAME/,
# so nothing libFuzzer generates lands in git.

FUZZ_CC      ?= clang
FUZZ_BUILD   ?= $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   := -fsanitize=fuzzer,address,undefined -DFP_LIBFUZZER -g -O1
FUZZ_RUNOPTS ?= -max_len=65536 -timeout=10 -print_final_stats=1
FUZZ_CFLAGS   = $(BASEFLAGS) $(WARN) $(FUZZ_FLAGS) -DFP_VERSION='"$(VERSION)"'

FUZZ_NAMES   := $(shell sed -n 's/^FUZZ_TARGET(\([A-Za-z0-9_]*\)).*/\1/p' tests/fuzz_targets.def)
FUZZ_BINS    := $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)
# The analyse, fhir_json and lsp targets need the models, the analyser,
# the function table, the runtime and the server too; astblob needs
# src/store (its codecs) and zstd; store needs sqlite as well.
FUZZ_LIB_SRC := $(UTIL_SRC) $(JSON_SRC) $(SYNTAX_SRC) $(SOURCES_SRC) $(PROJECT_SRC) $(MODEL_SRC) \
                $(ANALYSIS_SRC) $(EVAL_SRC) $(RUNTIME_SRC) $(DOCTOR_SRC) $(LSP_SRC) $(STORE_SRC)
FUZZ_LIB_OBJ := $(FUZZ_LIB_SRC:%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_MAIN_OBJ := $(FUZZ_NAMES:%=$(FUZZ_BUILD)/obj/fuzz/fuzz_%.o)
# expat (vendor/vendor.mk): src/sources/fhir_json.c also holds the XML
# front end, so whatever links fhir_json.o needs fhir_xml.o and expat.
# Compiled here with $(FUZZ_CC) (the normal vendor objects may be musl's),
# with the vendor flags and without instrumentation, as `make asan` does.
FUZZ_VENDOR_OBJ := $(EXPAT_SRC:vendor/%.c=$(FUZZ_BUILD)/vendor/%.o)
# zstd likewise, as an archive (only astblob pulls anything from it).
FUZZ_ZSTD_OBJ := $(ZSTD_SRC:vendor/%.c=$(FUZZ_BUILD)/vendor/%.o)
FUZZ_ZSTD_LIB := $(FUZZ_BUILD)/libzstd-fuzz.a
# sqlite likewise, as an archive of its one object (only store pulls it in).
FUZZ_SQLITE_OBJ := $(FUZZ_BUILD)/vendor/sqlite3/sqlite3.o
FUZZ_SQLITE_LIB := $(FUZZ_BUILD)/libsqlite3-fuzz.a
# Linked as an archive (like $(BUILD)/libfp.a), so a target pulls in only the
# objects it uses: e.g. src/project/pipeline.c needs code outside this list.
FUZZ_LIB     := $(FUZZ_BUILD)/libfp-fuzz.a
# Build stamps (see the top Makefile): the fuzz objects depend on FUZZ_CC
# and their flags, recorded under $(FUZZ_BUILD)/stamp/ only when a fuzz
# goal is asked for (so a plain `make` does not run clang --version).
FUZZ_STAMP   := $(FUZZ_BUILD)/stamp
STAMP_FUZZ_CC_TEXT     = $(call fp_cc_id,$(FUZZ_CC))
STAMP_FUZZ_CFLAGS_TEXT = printf '%s\n' $(FUZZ_CFLAGS) link: $(FUZZ_FLAGS) $(LIBS)
ifneq ($(filter fuzz% $(FUZZ_BUILD)/%,$(MAKECMDGOALS)),)
  $(call fp_stamp,$(FUZZ_STAMP)/cc,STAMP_FUZZ_CC_TEXT)
  $(call fp_stamp,$(FUZZ_STAMP)/cflags,STAMP_FUZZ_CFLAGS_TEXT)
  $(call fp_stamp,$(FUZZ_STAMP)/expat,STAMP_EXPAT_TEXT)
  $(call fp_stamp,$(FUZZ_STAMP)/zstd,STAMP_ZSTD_TEXT)
  $(call fp_stamp,$(FUZZ_STAMP)/sqlite3,STAMP_SQLITE_TEXT)
endif

.PHONY: fuzz fuzz-run $(FUZZ_NAMES:%=fuzz-run-%)

fuzz: $(FUZZ_BINS)

# project/cache.c includes the source hash the top Makefile generates.
$(FUZZ_BUILD)/obj/src/project/cache.o: $(BUILD)/gen/source_id.h
$(FUZZ_BUILD)/obj/src/project/cache.o: FUZZ_CFLAGS += -I$(BUILD)/gen

$(FUZZ_BUILD)/obj/%.o: %.c $(FUZZ_STAMP)/cc $(FUZZ_STAMP)/cflags
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -MMD -MP -c -o $@ $<

# Static pattern rules: the objects count as explicit (not intermediate, so
# make keeps them), and the phony fuzz-run-NAME targets get their recipe.
$(FUZZ_BINS): $(FUZZ_BUILD)/fuzz_%: $(FUZZ_BUILD)/obj/fuzz/fuzz_%.o $(FUZZ_LIB) $(FUZZ_VENDOR_OBJ) \
              $(FUZZ_ZSTD_LIB) $(FUZZ_SQLITE_LIB) $(FUZZ_STAMP)/cc $(FUZZ_STAMP)/cflags
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ $< $(FUZZ_LIB) $(FUZZ_VENDOR_OBJ) $(FUZZ_ZSTD_LIB) $(FUZZ_SQLITE_LIB) $(LIBS)

$(FUZZ_BUILD)/vendor/expat/%.o: vendor/expat/%.c $(EXPAT_HDR) $(FUZZ_STAMP)/cc $(FUZZ_STAMP)/expat
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(VENDOR_CFLAGS) $(EXPAT_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/vendor/zstd/%.o: vendor/zstd/%.c $(ZSTD_HDR) $(FUZZ_STAMP)/cc $(FUZZ_STAMP)/zstd
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(VENDOR_CFLAGS) $(ZSTD_CFLAGS) -c -o $@ $<

$(FUZZ_BUILD)/vendor/sqlite3/%.o: vendor/sqlite3/%.c vendor/sqlite3/sqlite3.h $(FUZZ_STAMP)/cc $(FUZZ_STAMP)/sqlite3
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(VENDOR_CFLAGS) $(SQLITE_CFLAGS) -c -o $@ $<

$(FUZZ_SQLITE_LIB): $(FUZZ_SQLITE_OBJ)
	@rm -f $@
	ar rcs $@ $(FUZZ_SQLITE_OBJ)

$(FUZZ_ZSTD_LIB): $(FUZZ_ZSTD_OBJ)
	@rm -f $@
	ar rcs $@ $(FUZZ_ZSTD_OBJ)

$(FUZZ_LIB): $(FUZZ_LIB_OBJ)
	@rm -f $@
	ar rcs $@ $(FUZZ_LIB_OBJ)

fuzz-run: $(FUZZ_NAMES:%=fuzz-run-%)

# A dictionary fuzz/NAME.dict is used when it exists.
$(FUZZ_NAMES:%=fuzz-run-%): fuzz-run-%: $(FUZZ_BUILD)/fuzz_%
	@mkdir -p $(FUZZ_BUILD)/corpus-$* $(FUZZ_BUILD)/artifacts-$*
	cp -p fuzz/corpus/$*/* $(FUZZ_BUILD)/corpus-$*/
	$(FUZZ_BUILD)/fuzz_$* $(FUZZ_RUNOPTS) -max_total_time=$(FUZZ_SECONDS) \
	  $(if $(wildcard fuzz/$*.dict),-dict=fuzz/$*.dict) \
	  -artifact_prefix=$(FUZZ_BUILD)/artifacts-$*/ $(FUZZ_BUILD)/corpus-$*

-include $(FUZZ_LIB_OBJ:.o=.d) $(FUZZ_MAIN_OBJ:.o=.d)
