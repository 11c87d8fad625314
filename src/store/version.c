#include "store/version.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "sqlite3/sqlite3.h"
#include "store/internal.h"
#include "zstd/lib/zstd.h"

const char *fp_store_sqlite_version(void)
{
	return sqlite3_libversion();
}

const char *fp_store_zstd_version(void)
{
	return ZSTD_versionString();
}

/* Format a selftest failure into err (if there is room) and return -1. */
static int fail(char *err, size_t errlen, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(char *err, size_t errlen, const char *fmt, ...)
{
	if (err && errlen > 0) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err, errlen, fmt, ap);
		va_end(ap);
	}
	return -1;
}

static int sqlfail(sqlite3 *db, char *err, size_t errlen)
{
	return fail(err, errlen, "sqlite: %s", sqlite3_errmsg(db));
}

/*
 * Store the n-byte blob `packed` in a fresh table of db, read it back and
 * decompress it into back[0..backlen). Returns 0 when the blob came back
 * byte for byte and decompressed to exactly backlen bytes.
 */
static int blob_roundtrip(sqlite3 *db, const void *packed, size_t n,
                          char *back, size_t backlen, char *err, size_t errlen)
{
	sqlite3_stmt *st;

	if (sqlite3_exec(db, "CREATE TABLE blob(id INTEGER PRIMARY KEY, data BLOB NOT NULL)",
	                 NULL, NULL, NULL) != SQLITE_OK)
		return sqlfail(db, err, errlen);

	if (sqlite3_prepare_v2(db, "INSERT INTO blob(id, data) VALUES (1, ?1)", -1,
	                       &st, NULL) != SQLITE_OK)
		return sqlfail(db, err, errlen);
	if (sqlite3_bind_blob(st, 1, packed, (int)n, SQLITE_STATIC) != SQLITE_OK ||
	    sqlite3_step(st) != SQLITE_DONE) {
		sqlfail(db, err, errlen);
		sqlite3_finalize(st);
		return -1;
	}
	sqlite3_finalize(st);

	if (sqlite3_prepare_v2(db, "SELECT data FROM blob WHERE id = 1", -1,
	                       &st, NULL) != SQLITE_OK)
		return sqlfail(db, err, errlen);
	if (sqlite3_step(st) != SQLITE_ROW) {
		sqlfail(db, err, errlen);
		sqlite3_finalize(st);
		return -1;
	}
	/* got stays valid until the statement is finalized */
	const void *got = sqlite3_column_blob(st, 0);
	int gotlen = sqlite3_column_bytes(st, 0);
	int rc = 0;
	if (!got || gotlen < 0 || (size_t)gotlen != n || memcmp(got, packed, n) != 0) {
		rc = fail(err, errlen, "sqlite returned a different blob (%d bytes, expected %zu)",
		          gotlen, n);
	} else {
		unsigned long long size = ZSTD_getFrameContentSize(got, n);
		size_t m = ZSTD_decompress(back, backlen, got, n);
		if (size != backlen)
			rc = fail(err, errlen, "zstd frame content size is %llu, expected %zu",
			          size, backlen);
		else if (ZSTD_isError(m))
			rc = fail(err, errlen, "zstd decompress failed: %s", ZSTD_getErrorName(m));
		else if (m != backlen)
			rc = fail(err, errlen, "zstd decompressed %zu bytes, expected %zu",
			          m, backlen);
	}
	sqlite3_finalize(st);
	return rc;
}

enum { SELFTEST_LEN = 4096 };

/*
 * Round-trip one compressible blob through zstd and an in-memory sqlite
 * table. Buffers sit on the stack; sqlite allocates through fp_malloc
 * (store/mem.c), and closing the database frees everything on every
 * path.
 */
int fp_store_selftest(char *err, size_t errlen)
{
	static const char line[] = "Patient.name.where(use = 'official').given.first()\n";
	char plain[SELFTEST_LEN];
	char packed[ZSTD_COMPRESSBOUND(SELFTEST_LEN)];
	char back[SELFTEST_LEN];

	if (sqlite3_libversion_number() != SQLITE_VERSION_NUMBER)
		return fail(err, errlen, "sqlite header %s does not match library %s",
		            SQLITE_VERSION, sqlite3_libversion());
	if (ZSTD_versionNumber() != ZSTD_VERSION_NUMBER)
		return fail(err, errlen, "zstd header %s does not match library %s",
		            ZSTD_VERSION_STRING, ZSTD_versionString());
	if (!sqlite3_threadsafe())
		return fail(err, errlen, "sqlite built without thread safety");

	for (size_t i = 0; i < sizeof plain; i++)
		plain[i] = line[i % (sizeof line - 1)];

	size_t n = ZSTD_compress(packed, sizeof packed, plain, sizeof plain, 3);
	if (ZSTD_isError(n))
		return fail(err, errlen, "zstd compress failed: %s", ZSTD_getErrorName(n));
	if (n >= sizeof plain)
		return fail(err, errlen, "zstd did not compress (%zu -> %zu bytes)",
		            sizeof plain, n);

	fp_store_libs_init();
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(":memory:", &db,
	                    SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		/* db is NULL when sqlite ran out of memory, else it holds the error */
		fail(err, errlen, "sqlite open failed: %s",
		     db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return -1;
	}
	int rc = blob_roundtrip(db, packed, n, back, sizeof back, err, errlen);
	sqlite3_close(db);
	if (rc == 0 && memcmp(back, plain, sizeof plain) != 0)
		rc = fail(err, errlen, "zstd round trip changed the data");
	return rc;
}
