/*
 * store/store.h - the persistent cache: one sqlite database per
 * workspace root, shared by `check`, `index` and `serve`.
 *
 * Layer invariant (store/): only store/ includes sqlite3.h and zstd.h;
 * its headers expose neither library's types. The store knows files,
 * records and hashes, not FHIRPath: what a record holds is the caller's
 * business (project/cache.c encodes a checked file's findings). Below it
 * are util/ and, for the AST codec, syntax/.
 *
 * Where: cfg.dir, else $FHIRPATH_LS_CACHE, else $XDG_CACHE_HOME/fhirpath-ls,
 * else ~/.cache/fhirpath-ls; in it NAME-HASH.db, NAME the root's last
 * path component and HASH 16 hex digits of a hash of its real path. The
 * directory is created 0700, the database 0600; a symlink in place of
 * either is refused (never written through).
 *
 * Never fatal: whatever goes wrong (no home, an unwritable or full
 * directory, a corrupt or foreign file, a lock held too long, repeated
 * I/O errors), the store says so once through cfg.warn and the run goes
 * on with an in-memory database of the same schema, so results are the
 * same and only the persistence is lost. A corrupt database (damaged, not
 * sqlite, or with tables that do not match its user_version) is moved
 * aside as NAME.corrupt-TIMESTAMP and built again; one from a newer
 * schema (a newer binary) is left alone and this binary uses
 * NAME-HASH.vN.db beside it.
 *
 * Concurrency: WAL, a busy timeout and retries with backoff, so an
 * editor, a CI run and `index` can share one database. One fp_store is
 * used by one thread at a time.
 */
#ifndef FP_STORE_STORE_H
#define FP_STORE_STORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The schema this binary writes (PRAGMA user_version). */
#define FP_STORE_SCHEMA 2

typedef struct fp_store fp_store;

typedef void (*fp_store_warn_fn)(void *ctx, const char *message);

typedef struct fp_store_config {
	const char *dir;        /* --cache, or NULL for the default place */
	const char *root;       /* the workspace root (any path naming it) */
	bool memory;            /* --no-cache: an in-memory database */
	fp_store_warn_fn warn;  /* one line, no newline; may be NULL */
	void *warn_ctx;
} fp_store_config;

/* Open (creating and migrating as needed) the database of cfg->root.
 * NULL only when out of memory; every other failure gives an in-memory
 * store and one warning. */
fp_store *fp_store_open(const fp_store_config *cfg);
/* Close; what was written is committed. NULL is allowed. */
void fp_store_close(fp_store *s);

/* The database file, or NULL for an in-memory store. */
const char *fp_store_path(const fp_store *s);
/* Its folder (the one the location rule chose, even when the store fell
 * back to memory); NULL when none could be found. */
const char *fp_store_dir(const fp_store *s);
/* False once the store works in memory (asked for, or fallen back). */
bool fp_store_persistent(const fp_store *s);

/* The database file for root under dir (NULL: the default place), into
 * out, by store/location.h's rule (doctor inspects the same file); false
 * when there is no place (no HOME), root does not exist or out is too
 * small. */
bool fp_store_location(const char *dir, const char *root, char *out, size_t outlen);

/* ---- files ------------------------------------------------------------- */

/* What the store remembers of one file. Strings and the record belong to
 * the list they came from (fp_store_files) or to the caller (put). */
typedef struct fp_store_file {
	const char *path;       /* absolute, as the caller keys it */
	int64_t size, mtime_ns, ino, dev;
	int64_t checked_ns;     /* wall clock when its text was read */
	uint64_t hash;          /* of its bytes (fp_store_hash) */
	uint64_t key;           /* of everything else its record depends on */
	uint32_t flags;         /* the caller's */
	const void *record;     /* the caller's encoding, stored compressed */
	size_t nrecord;
} fp_store_file;

typedef struct fp_store_files {
	fp_store_file *v;
	size_t n;
	void *mem;              /* internal */
} fp_store_files;

/* Every file under prefix (a folder: "/ws" holds "/ws/a" but not
 * "/wsx"; NULL or "" for all), sorted by path, records decompressed. A
 * record that fails to decompress is given as nrecord 0. False when out
 * of memory; a read error gives an empty list (and a warning). */
bool fp_store_files_load(fp_store *s, const char *prefix, fp_store_files *out);
void fp_store_files_release(fp_store_files *f);

/* Write (insert or replace) n files, and forget the files named in gone,
 * in one transaction. False when the store could not write (it warned;
 * a store whose writes keep failing falls back to memory). */
bool fp_store_files_put(fp_store *s, const fp_store_file *v, size_t n, const char *const *gone,
			size_t ngone);

/* ---- runs ------------------------------------------------------------ */

typedef struct fp_store_run {
	const char *command;    /* "check", "index", "serve" */
	int64_t files, hits, changed, removed, expressions;
	int64_t ms;
} fp_store_run;

/* Remember a run (the last 100 are kept, for `doctor`). */
bool fp_store_note_run(fp_store *s, const fp_store_run *r);

/* ---- hashes and blobs -------------------------------------------------- */

/* A 64-bit hash of bytes (XXH64). */
uint64_t fp_store_hash(const void *p, size_t n, uint64_t seed);

/* ---- the circuit breaker ------------------------------------------------ */

/* Closed: the store works in its file. Open: after TRIP_AFTER (3) failed
 * operations, or one that waited out another process's lock for its
 * whole bound (about 3 s), the store works in an empty in-memory
 * database (one warning said it). Half-open: fp_store_retry opened the
 * file again; the next write that goes through closes the breaker (and
 * the failure count starts again from 0), the next that fails opens it
 * again, with a doubled back-off. ORDER BREAKER: fp_breaker_name. */
typedef enum fp_breaker_state {
	FP_BREAKER_CLOSED,
	FP_BREAKER_OPEN,
	FP_BREAKER_HALF_OPEN,
} fp_breaker_state;

/* "closed", "open", "half-open". */
const char *fp_breaker_name(fp_breaker_state b);

/* The breaker's state and (failures, may be NULL) the failed operations
 * since open or since it last closed. For health and doctor. NULL s:
 * closed, 0. */
fp_breaker_state fp_store_breaker(const fp_store *s, unsigned *failures);

/* The half-open step: when the breaker is open and either `now` or its
 * back-off has passed (60 s after it opened, doubling after each failed
 * trial up to 16 min), open the database file again. True when it
 * opened (the breaker is half-open then, and the caller should load its
 * rows again: what the store held in memory is gone); false when there
 * was nothing to do or the trial failed (then still open, quietly).
 * `serve` calls it with now before each full scan and without before a
 * single file's check; `check` and `index` never do (a run that opened
 * the breaker stays in memory to its end). */
bool fp_store_retry(fp_store *s, bool now);

#endif
