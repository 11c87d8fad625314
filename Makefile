# fhirpath-ls - plain Makefile, explicit object lists (see README.md).
#
#   make            build/fhirpath-ls (static, musl-gcc when available)
#   make test       build, then run every test; last line "N passed, N failed"
#                   (FP_SOAK=N: requests in the soak test, 10,000 by default)
#   make asan       the same tests with an ASan+UBSan build (clang or gcc),
#                   allocation-failure loops, a soak of 100,000 requests (FP_SOAK)
#                   and 100 index runs killed at random points (FP_KILLS; 20 in make test)
#   make fuzz       libFuzzer targets in build/fuzz/ (clang)
#   make bench      parse throughput, side by side with fhirpath.js
#   make install    PREFIX=/usr/local: binary and man page
#   make clean

.DEFAULT_GOAL := all
VERSION   := 0.1.0
PREFIX    ?= /usr/local
BUILD     ?= build
SHARED    ?= $(if $(FHIRPATH_SHARED),$(FHIRPATH_SHARED),../shared)

MUSL_GCC  := $(shell command -v musl-gcc 2>/dev/null)
ifeq ($(origin CC),default)
  ifneq ($(MUSL_GCC),)
    CC := musl-gcc
  else
    CC := cc
    $(info note: musl-gcc not found, building with 'cc -static' instead (apt-get install musl-tools))
  endif
endif

WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
             -Wno-unused-parameter
OPT       ?= -O2
CFLAGS    ?= $(OPT) -g
STATIC    ?= -static
# -ffile-prefix-map keeps absolute paths out of the binary (reproducible).
BASEFLAGS := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
             -ffile-prefix-map=$(CURDIR)=. -Isrc -Ivendor
ALL_CFLAGS = $(BASEFLAGS) $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) -DFP_VERSION='"$(VERSION)"'
LDFLAGS   ?=
LIBS      := -lpthread -lm

# ---- build stamps ------------------------------------------------------------
# An object depends on what made it, not only on its sources. Each stamp is
# a small text file under $(BUILD)/stamp/, written while this Makefile is
# read and replaced only when its text changes, so its mtime is the time
# the configuration last changed:
#   cc      CC as given, the file it resolves to, its --version (musl-gcc
#           wraps the same gcc, so the path is what tells them apart)
#   cflags  every flag and define of src/, tests/ and fuzz/ objects
#   link    what the link adds (STATIC, LDFLAGS, CFLAGS, EXTRA_CFLAGS, LIBS)
#   NAME    one per vendored library (vendor/vendor.mk), with its flags
# So a build with cc followed by one with musl-gcc recompiles everything,
# vendor/ included; a new EXTRA_CFLAGS recompiles src/ and tests/ but not
# the sqlite amalgamation (~40 s), which takes no EXTRA_CFLAGS; and with
# nothing changed nothing is rebuilt. Even `make -n` and `make -q` update
# the stamps (they are read before any rule runs), which only makes them
# tell the truth about the configuration asked for. Flags are recorded one
# argument a line, as the shell splits them for the compiler.
#
# $(call fp_stamp,FILE,VAR): run the shell commands in $(VAR), put their
# output in FILE if it differs from what FILE holds; expands to nothing.
fp_stamp = $(shell mkdir -p $(dir $1) && { $($2); } >$1.$$$$ 2>&1; \
             if cmp -s $1.$$$$ $1; then rm -f $1.$$$$; else mv -f $1.$$$$ $1; fi)
# $(call fp_cc_id,CC): the commands naming a compiler.
fp_cc_id  = printf 'CC:'; printf ' %s' $1; echo; \
            printf 'path: %s\n' "$$(readlink -f "$$(command -v $(firstword $1))")"; \
            $1 --version
STAMP     := $(BUILD)/stamp
STAMP_CC_TEXT     = $(call fp_cc_id,$(CC))
STAMP_CFLAGS_TEXT = printf '%s\n' $(ALL_CFLAGS)
STAMP_LINK_TEXT   = printf '%s\n' static: $(STATIC) ldflags: $(LDFLAGS) cflags: $(CFLAGS) $(EXTRA_CFLAGS) libs: $(LIBS)
# Not for `make clean` alone: it would write them only to remove them.
ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
  $(call fp_stamp,$(STAMP)/cc,STAMP_CC_TEXT)
  $(call fp_stamp,$(STAMP)/cflags,STAMP_CFLAGS_TEXT)
  $(call fp_stamp,$(STAMP)/link,STAMP_LINK_TEXT)
endif

# The source hash: what the cache keeps was judged by exactly this code,
# so any change under src/ makes a new build id (project/cache.c) and
# every file is checked afresh. Hashed while this Makefile is read, like
# the stamps above; only project/cache.o depends on it.
STAMP_SOURCE_TEXT = cat $(sort $(wildcard src/*/*.c src/*/*.h src/*/*.def src/model/gen/*)) | sha256sum | cut -c1-16
ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
  $(call fp_stamp,$(STAMP)/source,STAMP_SOURCE_TEXT)
endif
$(BUILD)/gen/source_id.h: $(STAMP)/source
	@mkdir -p $(dir $@)
	printf '#define FP_SOURCE_ID "%s"\n' "$$(cat $<)" > $@
$(BUILD)/obj/src/project/cache.o: $(BUILD)/gen/source_id.h
$(BUILD)/obj/src/project/cache.o: ALL_CFLAGS += -I$(BUILD)/gen

UTIL_SRC    := src/util/alloc.c src/util/arena.c src/util/buf.c src/util/str.c \
               src/util/utf8.c src/util/lines.c src/util/diag.c src/util/strmap.c \
               src/util/replace.c src/util/diff.c
JSON_SRC    := $(wildcard src/json/*.c)
SYNTAX_SRC  := $(wildcard src/syntax/*.c)
EVAL_SRC    := $(wildcard src/eval/*.c)
MODEL_SRC   := $(wildcard src/model/*.c)
ANALYSIS_SRC := $(wildcard src/analysis/*.c)
RUNTIME_SRC := $(wildcard src/runtime/*.c)
LSP_SRC     := $(wildcard src/lsp/*.c)
SOURCES_SRC := $(wildcard src/sources/*.c)
PROJECT_SRC := $(wildcard src/project/*.c)
STORE_SRC   := $(wildcard src/store/*.c)
DOCTOR_SRC  := $(wildcard src/doctor/*.c)
CLI_SRC     := $(filter-out src/cli/main.c,$(wildcard src/cli/*.c))
LIB_SRC     := $(UTIL_SRC) $(JSON_SRC) $(SYNTAX_SRC) $(EVAL_SRC) $(MODEL_SRC) $(ANALYSIS_SRC) $(SOURCES_SRC) $(PROJECT_SRC) $(STORE_SRC) $(RUNTIME_SRC) $(DOCTOR_SRC) $(LSP_SRC) $(CLI_SRC)

LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ  := $(BUILD)/obj/src/cli/main.o
TEST_SRC  := $(wildcard tests/*.c) $(wildcard tests/unit/*.c) $(wildcard fuzz/fuzz_*.c)
TEST_OBJ  := $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

# Vendored libraries define VENDOR_OBJ and their own rules and flags.
include vendor/vendor.mk

BIN       := $(BUILD)/fhirpath-ls
RUNNER    := $(BUILD)/test-runner

.PHONY: all test asan fuzz bench install clean check-static
all: $(BIN)

$(BIN): $(MAIN_OBJ) $(BUILD)/libfp.a $(VENDOR_OBJ) $(STAMP)/cc $(STAMP)/link
	$(CC) $(STATIC) $(LDFLAGS) $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $(MAIN_OBJ) $(BUILD)/libfp.a $(VENDOR_OBJ) $(LIBS)

$(BUILD)/libfp.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BUILD)/obj/%.o: %.c $(STAMP)/cc $(STAMP)/cflags
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(RUNNER): $(TEST_OBJ) $(BUILD)/libfp.a $(VENDOR_OBJ) $(STAMP)/cc $(STAMP)/link
	$(CC) $(STATIC) $(LDFLAGS) $(CFLAGS) $(EXTRA_CFLAGS) -o $@ $(TEST_OBJ) $(BUILD)/libfp.a $(VENDOR_OBJ) $(LIBS)

# The runner finds the binary, the case files and ../shared itself.
test: $(BIN) $(RUNNER)
	FP_BIN=$(BIN) FP_SHARED=$(SHARED) FP_BUILD=$(BUILD) FP_OOM=$(FP_OOM) FP_SOAK=$(FP_SOAK) FP_KILLS=$(FP_KILLS) \
	  FP_REQUIRE_SHARED=$(FP_REQUIRE_SHARED) $(RUNNER) $(TESTS)

# ASan + UBSan: a separate tree under build/asan, dynamically linked.
ASAN_CC := $(shell command -v clang 2>/dev/null || echo gcc)
# detect_stack_use_after_return: a pointer kept into a frame that is gone
# (issue 8, defect 1) shows as an error, not as a read of stale stack.
asan:
	ASAN_OPTIONS="detect_stack_use_after_return=1$${ASAN_OPTIONS:+:$$ASAN_OPTIONS}" \
	$(MAKE) BUILD=build/asan CC=$(ASAN_CC) STATIC= OPT=-O1 \
	  EXTRA_CFLAGS='-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -DFP_ASAN=1' \
	  test FP_OOM=1 FP_SOAK=$(or $(FP_SOAK),100000) FP_KILLS=$(or $(FP_KILLS),100)

-include fuzz/fuzz.mk
-include tests/bench/bench.mk

install: $(BIN)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(BIN) $(DESTDIR)$(PREFIX)/bin/fhirpath-ls
	install -m 644 man/fhirpath-ls.1 $(DESTDIR)$(PREFIX)/share/man/man1/fhirpath-ls.1

clean:
	rm -rf build

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(TEST_OBJ:.o=.d)
