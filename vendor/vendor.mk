# vendor/vendor.mk - third-party libraries, built with their own flags.
#
# Included by the top Makefile before its targets; it defines VENDOR_OBJ
# (linked into the binary and the test runner) and pattern rules only, so
# it never changes the default goal. Objects go under $(BUILD)/vendor/.
#
# The sources are unmodified upstream code (see NAME/VERSION and
# NAME/refresh.sh), so they get neither $(WARN) nor $(EXTRA_CFLAGS): the
# ASan/UBSan build links them uninstrumented. Nothing here may look into
# src/. Every object depends on this file, so changing a flag rebuilds.

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

$(BUILD)/vendor/sqlite3/%.o: vendor/sqlite3/%.c vendor/sqlite3/sqlite3.h vendor/vendor.mk
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

$(BUILD)/vendor/zstd/%.o: vendor/zstd/%.c $(ZSTD_HDR) vendor/vendor.mk
	@mkdir -p $(dir $@)
	$(CC) $(VENDOR_CFLAGS) $(ZSTD_CFLAGS) -c -o $@ $<

VENDOR_OBJ    := $(SQLITE_OBJ) $(ZSTD_OBJ)
