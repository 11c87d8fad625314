/*
 * store/inspect.h - a read-only look at a cache database, for `doctor`
 * and fhirpath/health: is it there, how big is it and its write-ahead
 * log, which schema version, is it intact, and what the store recorded
 * about its last runs.
 *
 * The database is opened read-only (SQLITE_OPEN_READONLY, a busy timeout
 * of one second): nothing is created, migrated, checkpointed or moved
 * aside here; that is the store's job when it opens the file for real.
 * No sqlite type crosses this header.
 *
 * What the store records is read when its tables exist, so this code is
 * ready before they are:
 *   - runs: counted (any columns);
 *   - meta(key TEXT PRIMARY KEY, value): every row, in key order (the
 *     first FP_INSPECT_MAX_META), values as text. Keys the store is
 *     expected to write: last_hit_rate (0..1 or a percentage),
 *     stale_entries, circuit_breaker ("closed", "open", "half-open").
 * Absent tables are not a problem: has_runs / has_meta say so.
 */
#ifndef FP_STORE_INSPECT_H
#define FP_STORE_INSPECT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FP_INSPECT_MAX_META 32

typedef enum fp_store_state {
	FP_STORE_MISSING,       /* no such file */
	FP_STORE_OK,            /* opened and read (see check for integrity) */
	FP_STORE_UNREADABLE,    /* exists, but cannot be opened or read (error) */
	FP_STORE_NOT_DB,        /* not a sqlite database (random bytes, another format) */
	FP_STORE_CORRUPT,       /* a database, but damaged (error, or check) */
} fp_store_state;

/* fp_store_inspect flags */
enum {
	/* Run PRAGMA quick_check (reads every page: slow on a large file;
	 * stopped after FP_INSPECT_CHECK_MS). Without it only the header and
	 * the schema are read. */
	FP_INSPECT_QUICK_CHECK = 1,
};

#define FP_INSPECT_CHECK_MS 10000

typedef struct fp_store_meta {
	char key[64];
	char value[128];
} fp_store_meta;

typedef struct fp_store_info {
	fp_store_state state;
	int64_t size;           /* bytes of the file; -1 when missing */
	int64_t wal_size;       /* bytes of "<path>-wal"; -1 when there is none */
	int user_version;       /* PRAGMA user_version */
	size_t tables;          /* tables in the schema */
	bool checked;           /* quick_check ran to the end */
	char check[256];        /* its first line: "ok" or the first problem */
	char error[256];        /* why the state is not OK (sqlite's message) */
	bool has_runs, has_meta;
	int64_t runs;           /* rows of runs */
	fp_store_meta meta[FP_INSPECT_MAX_META];
	size_t nmeta;
} fp_store_info;

/* Look at the database at path (read-only) and fill *out. Never fails as
 * such: every outcome is a state, with the reason in error. Allocates
 * nothing of ours (sqlite uses its own allocator, freed before return). */
void fp_store_inspect(const char *path, unsigned flags, fp_store_info *out);

/* The value of meta key `key` in info, or NULL when it was not recorded. */
const char *fp_store_meta_get(const fp_store_info *info, const char *key);

#endif
