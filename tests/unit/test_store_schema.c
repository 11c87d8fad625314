/*
 * tests/unit/test_store_schema.c - migrations (store/schema.c) and the
 * store's allocator hook (store/mem.c).
 *
 * For every older schema version k (0 .. FP_STORE_SCHEMA-1) the test
 * builds a database at k from the migration list itself (steps 1..k of
 * fp_store_schema_step, user_version k), puts rows in each table that
 * exists at k, opens it with fp_store_open and checks that it reached
 * FP_STORE_SCHEMA in place (the same file, no warning, not moved aside),
 * that every table of the current schema answers (the probe), and that
 * the rows written at k are still there and read back whole. No step so
 * far invalidates rows; a step that does (drops or rewrites a table)
 * must make this test say which rows go.
 *
 * Rows are written with the columns the tables had when their step was
 * released: a step is never edited, so those columns stay valid inputs.
 *
 * The circuit breaker (store.h) goes through each of its transitions
 * with a lock another connection holds: closed -> open (a write waits out
 * the lock), open -> half-open (fp_store_retry opens the file again),
 * half-open -> open (the trial's write fails: back-off doubled, so a
 * retry that is not forced does nothing), half-open -> closed (the lock
 * is gone and a write goes through: failures back to 0). Each wait for
 * the lock costs its bound (about 2.7 s), twice here.
 */
#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit.h"
#include "../runner.h"
#include "store/internal.h"
#include "util/alloc.h"
#include "util/str.h"
#include "zstd/lib/zstd.h"

static const char *unit_suite_name = "store_schema";

static bool has_table(sqlite3 *db, const char *name)
{
	sqlite3_stmt *st;
	bool yes = false;
	if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1",
			       -1, &st, NULL) == SQLITE_OK) {
		sqlite3_bind_text(st, 1, name, -1, SQLITE_STATIC);
		yes = sqlite3_step(st) == SQLITE_ROW;
		sqlite3_finalize(st);
	}
	return yes;
}

static int64_t count(sqlite3 *db, const char *sql)
{
	sqlite3_stmt *st;
	int64_t n = -1;
	if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
		if (sqlite3_step(st) == SQLITE_ROW)
			n = sqlite3_column_int64(st, 0);
		sqlite3_finalize(st);
	}
	return n;
}

#define ROWS 5

static void record_of(int i, char *out, size_t outlen)
{
	snprintf(out, outlen, "record %d: name.given.where(use = 'official').first() x%d", i, i * 7);
}

/* A database at version k in path, with rows in what exists at k. */
static bool build_at(const char *path, int k, const char *root)
{
	sqlite3 *db;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return false;
	}
	bool ok = sqlite3_exec(db, "PRAGMA journal_mode=WAL", NULL, NULL, NULL) == SQLITE_OK;
	for (int j = 1; ok && j <= k; j++) {
		char set[64];
		snprintf(set, sizeof set, "PRAGMA user_version=%d", j);
		ok = sqlite3_exec(db, fp_store_schema_step(j), NULL, NULL, NULL) == SQLITE_OK &&
		     sqlite3_exec(db, set, NULL, NULL, NULL) == SQLITE_OK;
	}
	if (ok && has_table(db, "files")) {
		sqlite3_stmt *st;
		ok = sqlite3_prepare_v2(db,
					"INSERT INTO files(path, size, mtime_ns, ino, dev, checked_ns, hash, key,"
					" flags, record, record_len) VALUES (?1, ?2, 3, 4, 5, 6, ?3, 8, 9, ?4, ?5)",
					-1, &st, NULL) == SQLITE_OK;
		for (int i = 0; ok && i < ROWS; i++) {
			char p[PATH_MAX + 32], rec[128], z[256];
			snprintf(p, sizeof p, "%s/f%d.fhirpath", root, i);
			record_of(i, rec, sizeof rec);
			size_t zn = ZSTD_compress(z, sizeof z, rec, strlen(rec), 1);
			ok = !ZSTD_isError(zn);
			sqlite3_bind_text(st, 1, p, -1, SQLITE_TRANSIENT);
			sqlite3_bind_int64(st, 2, 100 + i);
			sqlite3_bind_int64(st, 3, 1000 + i);
			sqlite3_bind_blob(st, 4, z, (int)zn, SQLITE_TRANSIENT);
			sqlite3_bind_int64(st, 5, (sqlite3_int64)strlen(rec));
			ok = ok && sqlite3_step(st) == SQLITE_DONE;
			sqlite3_reset(st);
		}
		sqlite3_finalize(st);
		ok = ok && sqlite3_exec(db, "INSERT INTO meta(key, value) VALUES ('k', 'v')", NULL, NULL,
					NULL) == SQLITE_OK;
	}
	if (ok && has_table(db, "runs"))
		ok = sqlite3_exec(db, "INSERT INTO runs(at_ms, command, files, hits, changed, removed,"
				      " expressions, ms) VALUES (1, 'index', 5, 0, 5, 0, 5, 9)",
				  NULL, NULL, NULL) == SQLITE_OK;
	sqlite3_close(db);
	return ok;
}

static unsigned warnings;

static void warn(void *ctx, const char *msg)
{
	(void)ctx;
	if (R.verbose)
		fprintf(stderr, "store_schema: warning: %s\n", msg);
	warnings++;
}

static char top[PATH_MAX];

static void migrate_from(int k)
{
	char dir[PATH_MAX + 16], root[PATH_MAX + 32], cache[PATH_MAX + 32], path[PATH_MAX * 2];
	snprintf(dir, sizeof dir, "%s/v%d", top, k);
	snprintf(root, sizeof root, "%s/ws", dir);
	snprintf(cache, sizeof cache, "%s/cache", dir);
	CHECK(mkdir(dir, 0700) == 0 && mkdir(root, 0700) == 0 && mkdir(cache, 0700) == 0);
	CHECK(fp_store_location(cache, root, path, sizeof path));
	char real[PATH_MAX];
	CHECK(realpath(root, real));
	CHECK(build_at(path, k, real));

	warnings = 0;
	fp_store_config cfg = { cache, root, false, warn, NULL };
	fp_store *s = fp_store_open(&cfg);
	CHECK(s);
	CHECK(fp_store_persistent(s) && strcmp(fp_store_path(s), path) == 0);
	CHECK(warnings == 0);
	sqlite3 *db = fp_store_db(s);
	CHECK(count(db, "PRAGMA user_version") == FP_STORE_SCHEMA);
	CHECK(sqlite3_exec(db, fp_store_schema_probe(), NULL, NULL, NULL) == SQLITE_OK);
	fp_store_files rows;
	CHECK(fp_store_files_load(s, real, &rows));
	size_t want = k >= 1 ? ROWS : 0, n = rows.n;
	bool whole = true;
	for (size_t i = 0; i < rows.n && i < ROWS; i++) {
		char rec[128];
		record_of((int)i, rec, sizeof rec);
		whole &= rows.v[i].nrecord == strlen(rec) && memcmp(rows.v[i].record, rec, strlen(rec)) == 0 &&
			 rows.v[i].size == 100 + (int64_t)i && rows.v[i].hash == 1000 + i;
	}
	fp_store_files_release(&rows);
	CHECK(n == want);
	CHECK(whole);
	CHECK(count(db, "SELECT count(*) FROM meta WHERE key = 'k'") == (k >= 1));
	CHECK(count(db, "SELECT count(*) FROM runs") == (k >= 2));
	/* and the store goes on working in it */
	fp_store_run run = { "check", 1, 1, 0, 0, 1, 1 };
	CHECK(fp_store_note_run(s, &run));
	fp_store_close(s);
	/* nothing moved aside, nothing made beside it */
	DIR *d = opendir(cache);
	CHECK(d);
	struct dirent *e;
	size_t others = 0;
	while ((e = readdir(d)) != NULL)
		others += strstr(e->d_name, ".corrupt-") || strstr(e->d_name, ".v");
	closedir(d);
	CHECK(others == 0);
}

static void migrations(void)
{
	for (int k = 0; k < FP_STORE_SCHEMA; k++) {
		int before = unit_failed_now;
		migrate_from(k);
		if (unit_failed_now && !before)
			fprintf(stderr, "store_schema: migrating from schema %d failed\n", k);
		if (unit_failed_now)
			return;
	}
}

/* Every step is there, and nothing beyond the schema. */
static bool put_one_file(fp_store *s, const char *root, const char *name)
{
	char path[PATH_MAX + 64];
	snprintf(path, sizeof path, "%s/%s", root, name);
	fp_store_file f;
	memset(&f, 0, sizeof f);
	f.path = path;
	f.hash = 5;
	f.record = "a record";
	f.nrecord = 8;
	return fp_store_files_put(s, &f, 1, NULL, 0);
}

static void breaker(void)
{
	char dir[PATH_MAX + 16], root[PATH_MAX + 32], cache[PATH_MAX + 32], path[PATH_MAX * 2];
	snprintf(dir, sizeof dir, "%s/breaker", top);
	snprintf(root, sizeof root, "%s/ws", dir);
	snprintf(cache, sizeof cache, "%s/cache", dir);
	CHECK(mkdir(dir, 0700) == 0 && mkdir(root, 0700) == 0);
	warnings = 0;
	fp_store_config cfg = { cache, root, false, warn, NULL };
	fp_store *s = fp_store_open(&cfg);
	CHECK(s && fp_store_persistent(s));
	CHECK(fp_store_location(cache, root, path, sizeof path));
	unsigned failures = 9;
	CHECK(fp_store_breaker(s, &failures) == FP_BREAKER_CLOSED && failures == 0);
	CHECK(put_one_file(s, root, "a"));
	CHECK(!fp_store_retry(s, true));        /* closed: nothing to try */

	sqlite3 *other;
	CHECK(sqlite3_open_v2(path, &other, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK);
	CHECK(sqlite3_exec(other, "BEGIN EXCLUSIVE; INSERT INTO meta VALUES ('lock', 1)", NULL, NULL,
			   NULL) == SQLITE_OK);
	CHECK(!put_one_file(s, root, "b"));     /* waits out the lock */
	CHECK(fp_store_breaker(s, &failures) == FP_BREAKER_OPEN && failures == 1);
	CHECK(!fp_store_persistent(s));
	CHECK(warnings == 1);
	CHECK(put_one_file(s, root, "c"));      /* in memory */
	CHECK(fp_store_breaker(s, NULL) == FP_BREAKER_OPEN);
	CHECK(!fp_store_retry(s, false));       /* the back-off has not passed */

	CHECK(fp_store_retry(s, true));         /* reading is not locked (WAL) */
	CHECK(fp_store_breaker(s, NULL) == FP_BREAKER_HALF_OPEN && fp_store_persistent(s));
	CHECK(!put_one_file(s, root, "d"));     /* the trial fails */
	CHECK(fp_store_breaker(s, &failures) == FP_BREAKER_OPEN && failures == 2);
	CHECK(!fp_store_retry(s, false));

	CHECK(sqlite3_exec(other, "COMMIT", NULL, NULL, NULL) == SQLITE_OK);
	sqlite3_close(other);
	CHECK(fp_store_retry(s, true));
	CHECK(fp_store_breaker(s, NULL) == FP_BREAKER_HALF_OPEN);
	CHECK(put_one_file(s, root, "e"));
	CHECK(fp_store_breaker(s, &failures) == FP_BREAKER_CLOSED && failures == 0);
	CHECK(fp_store_persistent(s));
	/* what went to the file: a and e; c went to the memory that is gone */
	fp_store_files rows;
	CHECK(fp_store_files_load(s, NULL, &rows));
	size_t n = rows.n;
	bool names = n == 2 && fp_str_ends(rows.v[0].path, "/a") && fp_str_ends(rows.v[1].path, "/e");
	fp_store_files_release(&rows);
	fp_store_close(s);
	CHECK(names);
	CHECK(warnings == 2);   /* the one warning, and "writable again" */
}

static void step_list(void)
{
	for (int k = 1; k <= FP_STORE_SCHEMA; k++)
		CHECK(fp_store_schema_step(k) != NULL);
	CHECK(fp_store_schema_step(0) == NULL);
	CHECK(fp_store_schema_step(FP_STORE_SCHEMA + 1) == NULL);
}

/* sqlite allocates through fp_malloc: a failed allocation shows. */
static void allocator_hook(void)
{
	CHECK(fp_store_libs_hooked());
	sqlite3 *db = NULL;
	fp_alloc_fail_at(1);
	int rc = sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, NULL);
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	sqlite3_close(db);
	CHECK(rc == SQLITE_NOMEM);
	CHECK(used > 0);
}

void unit_suite_store_schema(void)
{
	fp_store_libs_init();   /* before anything touches sqlite */
	char base[PATH_MAX];
	snprintf(base, sizeof base, "%s/unit-schema-XXXXXX", R.build);
	if (!mkdtemp(base) || !realpath(base, top)) {
		unit_report(unit_suite_name, "tmpdir", 0);
		return;
	}
	UNIT_RUN(step_list);
	UNIT_RUN(migrations);
	UNIT_RUN(allocator_hook);
	UNIT_RUN(breaker);
	char cmd[PATH_MAX + 16];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
	if (system(cmd) != 0)
		fprintf(stderr, "store_schema: cannot remove %s\n", top);
}
