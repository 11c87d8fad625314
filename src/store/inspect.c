/*
 * store/inspect.c - a read-only look at a cache database (inspect.h).
 */
#include "store/inspect.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "sqlite3/sqlite3.h"
#include "store/internal.h"
#include "util/clock.h"

/* Size of a regular file, -1 when there is none. */
static int64_t file_size(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return -1;
	return (int64_t)st.st_size;
}

/* The state an sqlite result code means for a file that exists. */
static fp_store_state state_of(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_NOTADB:
		return FP_STORE_NOT_DB;
	case SQLITE_CORRUPT:
		return FP_STORE_CORRUPT;
	default:
		return FP_STORE_UNREADABLE;
	}
}

static void set_error(fp_store_info *out, sqlite3 *db, int rc)
{
	out->state = state_of(rc);
	snprintf(out->error, sizeof out->error, "%s",
		 db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
}

/* The first column of the first row of sql, as an integer, into *v;
 * the sqlite result code (SQLITE_DONE when there was no row: *v is 0). */
static int query_int(sqlite3 *db, const char *sql, int64_t *v)
{
	sqlite3_stmt *st;
	*v = 0;
	int rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW ? SQLITE_OK : rc;
}

/* The schema: how many tables, and whether runs and meta are among them.
 * The first read of the file: a file that is no database fails here. */
static int read_schema(sqlite3 *db, fp_store_info *out)
{
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'table'",
				    -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *name = (const char *)sqlite3_column_text(st, 0);
		out->tables++;
		if (name && strcmp(name, "runs") == 0)
			out->has_runs = true;
		if (name && strcmp(name, "meta") == 0)
			out->has_meta = true;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/* meta's rows in key order; a meta table of another shape is left out
 * (has_meta false): it is not ours to judge. */
static void read_meta(sqlite3 *db, fp_store_info *out)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(db, "SELECT key, value FROM meta ORDER BY key LIMIT ?1",
			       -1, &st, NULL) != SQLITE_OK) {
		out->has_meta = false;
		return;
	}
	sqlite3_bind_int(st, 1, FP_INSPECT_MAX_META);
	while (out->nmeta < FP_INSPECT_MAX_META && sqlite3_step(st) == SQLITE_ROW) {
		fp_store_meta *m = &out->meta[out->nmeta++];
		const char *k = (const char *)sqlite3_column_text(st, 0);
		const char *v = (const char *)sqlite3_column_text(st, 1);
		snprintf(m->key, sizeof m->key, "%s", k ? k : "");
		snprintf(m->value, sizeof m->value, "%s", v ? v : "null");
	}
	sqlite3_finalize(st);
}

/* Stops a statement once the deadline (ms since fp_clock_ms's epoch) is
 * past: quick_check of a huge file must not hold doctor up. */
static int past_deadline(void *p)
{
	return fp_clock_ms() >= *(const uint64_t *)p;
}

/* PRAGMA quick_check: its first line into out->check. */
static int quick_check(sqlite3 *db, fp_store_info *out)
{
	uint64_t deadline = fp_clock_ms() + FP_INSPECT_CHECK_MS;
	sqlite3_progress_handler(db, 10000, past_deadline, &deadline);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, NULL);
	if (rc == SQLITE_OK) {
		rc = sqlite3_step(st);
		if (rc == SQLITE_ROW) {
			const char *r = (const char *)sqlite3_column_text(st, 0);
			snprintf(out->check, sizeof out->check, "%s", r ? r : "");
			for (char *c = out->check; *c; c++) {
				if (*c == '\n' || *c == '\r')
					*c = ' ';   /* one line: "*** in database main *** Page 5: ..." */
			}
			out->checked = true;
			rc = SQLITE_OK;
		}
		sqlite3_finalize(st);
	}
	sqlite3_progress_handler(db, 0, NULL, NULL);
	if (rc == SQLITE_INTERRUPT) {
		snprintf(out->check, sizeof out->check, "not finished within %d s",
			 FP_INSPECT_CHECK_MS / 1000);
		return SQLITE_OK;
	}
	return rc;
}

/* Everything after a successful open; the first failure ends it. */
static void inspect_open(sqlite3 *db, unsigned flags, fp_store_info *out)
{
	int64_t v;
	int rc = read_schema(db, out);
	if (rc == SQLITE_OK)
		rc = query_int(db, "PRAGMA user_version", &v);
	if (rc != SQLITE_OK) {
		set_error(out, db, rc);
		return;
	}
	out->user_version = (int)v;
	out->state = FP_STORE_OK;
	if (flags & FP_INSPECT_QUICK_CHECK) {
		rc = quick_check(db, out);
		if (rc != SQLITE_OK) {
			set_error(out, db, rc);
			return;
		}
		if (out->checked && strcmp(out->check, "ok") != 0) {
			out->state = FP_STORE_CORRUPT;
			snprintf(out->error, sizeof out->error, "quick_check: %.200s", out->check);
			return;
		}
	}
	if (out->has_runs && query_int(db, "SELECT count(*) FROM runs", &out->runs) != SQLITE_OK)
		out->has_runs = false;
	if (out->has_meta)
		read_meta(db, out);
}

void fp_store_inspect(const char *path, unsigned flags, fp_store_info *out)
{
	memset(out, 0, sizeof *out);
	char wal[4096 + 8];
	snprintf(wal, sizeof wal, "%s-wal", path);
	out->wal_size = file_size(wal);
	struct stat st;
	if (stat(path, &st) != 0) {
		out->state = errno == ENOENT ? FP_STORE_MISSING : FP_STORE_UNREADABLE;
		out->size = -1;
		snprintf(out->error, sizeof out->error, "%s", strerror(errno));
		return;
	}
	out->size = (int64_t)st.st_size;
	if (!S_ISREG(st.st_mode)) {
		out->state = FP_STORE_UNREADABLE;
		snprintf(out->error, sizeof out->error, "not a regular file");
		return;
	}
	fp_store_libs_init();
	sqlite3 *db = NULL;
	int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_busy_timeout(db, 1000);
		inspect_open(db, flags, out);
	} else {
		set_error(out, db, rc);
	}
	sqlite3_close(db);
}

const char *fp_store_meta_get(const fp_store_info *info, const char *key)
{
	for (size_t i = 0; i < info->nmeta; i++) {
		if (strcmp(info->meta[i].key, key) == 0)
			return info->meta[i].value;
	}
	return NULL;
}
