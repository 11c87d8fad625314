# vendor/vendor.mk - third-party libraries, built with their own flags.
#
# Included by the top Makefile before its targets; it defines VENDOR_OBJ
# (linked into the binary and the test runner) and pattern rules only, so
# it never changes the default goal. Objects go under $(BUILD)/vendor/.
#
# The sources are unmodified upstream code (see NAME/VERSION and
# NAME/refresh.sh), so they get neither $(WARN) nor $(EXTRA_CFLAGS): the
# ASan/UBSan build links them uninstrumented. Nothing here may look into
# src/. Every object depends on the compiler's stamp and on one stamp of
# its own library's flags (fp_stamp, in the top Makefile), so a new
# compiler rebuilds them all and a changed flag only its library: editing
# the expat lines no longer recompiles sqlite.

VENDOR_OPT    ?= -O2
# -w: upstream code, upstream warnings. -ffile-prefix-map keeps the build
# directory out of the objects; "$(CURDIR)=." (no trailing slash) also
# maps DW_AT_comp_dir when VENDOR_OPT adds -g, which "$(CURDIR)/=" misses.
VENDOR_CFLAGS := $(VENDOR_OPT) -w -ffile-prefix-map=$(CURDIR)=.

# sqlite3: the amalgamation, one object (20-40 s to compile, built once).
# The HAVE_* lines are what upstream's configure finds on Linux (glibc and
# musl alike); without HAVE_USLEEP the busy handler sleeps whole seconds.
SQLITE_CFLAGS := -DSQLITE_THREADSAFE=1 \
                 -DSQLITE_OMIT_LOAD_EXTENSION \
                 -DSQLITE_DEFAULT_WAL_SYNCHRONOUS=1 \
                 -DSQLITE_DQS=0 \
                 -DSQLITE_DEFAULT_MEMSTATUS=0 \
                 -DSQLITE_OMIT_DEPRECATED \
                 -DSQLITE_OMIT_SHARED_CACHE \
                 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS \
                 -DHAVE_USLEEP=1 -DHAVE_FDATASYNC=1 -DHAVE_LOCALTIME_R=1 \
                 -DHAVE_GMTIME_R=1 -DHAVE_ISNAN=1 -DHAVE_STRCHRNUL=1 \
                 -DHAVE_PREAD=1 -DHAVE_PWRITE=1 -DHAVE_POSIX_FALLOCATE=1
SQLITE_OBJ    := $(BUILD)/vendor/sqlite3/sqlite3.o
STAMP_SQLITE_TEXT = printf '%s\n' $(VENDOR_CFLAGS) $(SQLITE_CFLAGS)

$(BUILD)/vendor/sqlite3/%.o: vendor/sqlite3/%.c vendor/sqlite3/sqlite3.h $(STAMP)/cc $(STAMP)/sqlite3
	@mkdir -p $(dir $@)
	$(CC) $(VENDOR_CFLAGS) $(SQLITE_CFLAGS) -c -o $@ $<

# zstd: compress, decompress and dictBuilder, one object per file.
# Single-threaded (no ZSTD_MULTITHREAD), no legacy formats, no assembly
# (the .S file is not vendored); xxhash symbols get upstream's ZSTD_ prefix.
ZSTD_CFLAGS   := -DZSTD_DISABLE_ASM -DZSTD_LEGACY_SUPPORT=0 -DXXH_NAMESPACE=ZSTD_
ZSTD_SRC      := $(sort $(wildcard vendor/zstd/lib/common/*.c vendor/zstd/lib/compress/*.c \
                   vendor/zstd/lib/decompress/*.c vendor/zstd/lib/dictBuilder/*.c))
ZSTD_HDR      := $(wildcard vendor/zstd/lib/*.h vendor/zstd/lib/*/*.h)
ZSTD_OBJ      := $(ZSTD_SRC:vendor/%.c=$(BUILD)/vendor/%.o)
STAMP_ZSTD_TEXT = printf '%s\n' $(VENDOR_CFLAGS) $(ZSTD_CFLAGS)

$(BUILD)/vendor/zstd/%.o: vendor/zstd/%.c $(ZSTD_HDR) $(STAMP)/cc $(STAMP)/zstd
	@mkdir -p $(dir $@)
	$(CC) $(VENDOR_CFLAGS) $(ZSTD_CFLAGS) -c -o $@ $<

# expat: the XML parser behind src/sources/fhir_xml.c, one object per
# compiled file (xmltok.c #includes xmltok_impl.c and xmltok_ns.c). The
# configuration is here, not from upstream's configure (whose answers differ
# between glibc and musl); vendor/expat_config/ holds the empty
# expat_config.h the sources include. XML_NS: namespace processing. No
# XML_DTD: no parameter entities or external subset. XML_GE=0: no general
# entities beyond the predefined five (expat >= 2.6; 2.5.0 ignores it, and
# fhir_xml.c refuses any DOCTYPE, so nothing can be declared). No entropy
# source (XML_POOR_ENTROPY): fhir_xml.c sets a fixed hash salt, so parsing
# is deterministic and the time-based fallback never runs. No
# XML_CONTEXT_BYTES: XML_Parse reads the caller's buffer without a copy.
# XML_STATIC: linked in, never a DLL.
EXPAT_CFLAGS  := -Ivendor/expat_config -DXML_STATIC -DXML_NS -DXML_GE=0 -DXML_POOR_ENTROPY
EXPAT_SRC     := vendor/expat/lib/xmlparse.c vendor/expat/lib/xmlrole.c vendor/expat/lib/xmltok.c
EXPAT_HDR     := $(wildcard vendor/expat/lib/*.h) vendor/expat/lib/xmltok_impl.c \
                 vendor/expat/lib/xmltok_ns.c vendor/expat_config/expat_config.h
EXPAT_OBJ     := $(EXPAT_SRC:vendor/%.c=$(BUILD)/vendor/%.o)
STAMP_EXPAT_TEXT = printf '%s\n' $(VENDOR_CFLAGS) $(EXPAT_CFLAGS)

$(BUILD)/vendor/expat/%.o: vendor/expat/%.c $(EXPAT_HDR) $(STAMP)/cc $(STAMP)/expat
	@mkdir -p $(dir $@)
	$(CC) $(VENDOR_CFLAGS) $(EXPAT_CFLAGS) -c -o $@ $<

VENDOR_OBJ    := $(SQLITE_OBJ) $(ZSTD_OBJ) $(EXPAT_OBJ)

ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
  $(call fp_stamp,$(STAMP)/sqlite3,STAMP_SQLITE_TEXT)
  $(call fp_stamp,$(STAMP)/zstd,STAMP_ZSTD_TEXT)
  $(call fp_stamp,$(STAMP)/expat,STAMP_EXPAT_TEXT)
endif
