/*
 * store/version.h - versions of the vendored storage libraries, and a
 * self-check that they work together.
 *
 * Layer invariant (store/): store/ is the only layer that includes
 * sqlite3.h (and zstd.h). Everything above talks to the cache through
 * store/ headers, which expose no sqlite or zstd types; this header
 * includes neither library, so cli/ (doctor, --version) can use it.
 */
#ifndef FP_STORE_VERSION_H
#define FP_STORE_VERSION_H

#include <stddef.h>

/* The linked sqlite's version, e.g. "3.40.1" (sqlite3_libversion()).
 * Static storage; never NULL. */
const char *fp_store_sqlite_version(void);

/* The linked zstd's version, e.g. "1.5.4" (ZSTD_versionString()).
 * Static storage; never NULL. */
const char *fp_store_zstd_version(void);

/* Check that sqlite and zstd work together as the store uses them: open
 * an in-memory database, create a table, insert a zstd-compressed blob,
 * read it back and decompress it, comparing with the original. Also
 * checks that the headers match the linked libraries. Touches no files.
 * Returns 0 on success; on failure returns -1 and, when err is not NULL
 * and errlen > 0, writes a one-line message (lowercase, no full stop,
 * always NUL-terminated, truncated to errlen) for `doctor` to show. */
int fp_store_selftest(char *err, size_t errlen);

#endif
