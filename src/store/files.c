/*
 * store/files.c - the files table: what the store remembers of each
 * file, its record compressed with zstd; and the runs table.
 */
#include "store/internal.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "zstd/lib/zstd.h"
#include "util/alloc.h"
#include "util/arena.h"

/* A record larger than this is not trusted (nor stored). */
#define MAX_RECORD ((size_t)512 << 20)

static const char *const load_sql =
	"SELECT path, size, mtime_ns, ino, dev, checked_ns, hash, key, flags, record, record_len"
	" FROM files WHERE ?1 = '' OR path = ?1 OR (path > ?1 || '/' AND path < ?1 || '0')"
	" ORDER BY path";

/* A record is stored as a zstd frame (its first byte 0x28, never 0) or,
 * when under RAW_BELOW bytes, as RAW and its bytes. Most records are a
 * few hundred bytes (a file's counts and element uses), where a frame's
 * headers and tables save little and decoding them was a warm run's
 * largest cost after the walk: on a 10,000-file workspace raw records
 * make the database 4.5 MB instead of 3.8 (13.6 MB of sources) and the
 * warm run 0.07 s instead of 0.10. */
enum { RAW = 0, RAW_BELOW = 1024 };

/* Row st's record, decompressed into arena; NULL (and 0) when it does not
 * decode to exactly the length it was stored with. */
static const void *unpack(sqlite3_stmt *st, ZSTD_DCtx *dctx, fp_arena *arena, size_t *n)
{
	const void *z = sqlite3_column_blob(st, 9);
	size_t zn = (size_t)sqlite3_column_bytes(st, 9);
	sqlite3_int64 want = sqlite3_column_int64(st, 10);
	*n = 0;
	if (want <= 0 || (size_t)want > MAX_RECORD || !z)
		return NULL;
	if (zn == (size_t)want + 1 && ((const unsigned char *)z)[0] == RAW) {
		void *raw = fp_arena_alloc(arena, (size_t)want);
		if (!raw)
			return NULL;
		memcpy(raw, (const unsigned char *)z + 1, (size_t)want);
		*n = (size_t)want;
		return raw;
	}
	unsigned long long declared = ZSTD_getFrameContentSize(z, zn);
	if (declared != (unsigned long long)want)
		return NULL;
	void *out = fp_arena_alloc(arena, (size_t)want);
	if (!out)
		return NULL;
	if (!dctx)
		return NULL;
	size_t got = ZSTD_decompressDCtx(dctx, out, (size_t)want, z, zn);
	if (ZSTD_isError(got) || got != (size_t)want)
		return NULL;
	*n = got;
	return out;
}

typedef struct loaded {
	fp_arena arena;
	size_t cap;
} loaded;

void fp_store_files_release(fp_store_files *f)
{
	loaded *l = f->mem;
	if (l) {
		fp_arena_release(&l->arena);
		fp_free(l);
	}
	fp_free(f->v);
	memset(f, 0, sizeof *f);
}

bool fp_store_files_load(fp_store *s, const char *prefix, fp_store_files *out)
{
	memset(out, 0, sizeof *out);
	loaded *l = fp_calloc(1, sizeof *l);
	if (!l)
		return false;
	fp_arena_init(&l->arena);
	out->mem = l;
	sqlite3 *db = fp_store_db(s);
	if (!db)
		return true;
	size_t plen = prefix ? strlen(prefix) : 0;
	while (plen > 0 && prefix[plen - 1] == '/')
		plen--;         /* "/" itself: everything */
	sqlite3_stmt *st;
	fp_store_arm(s);
	int rc = sqlite3_prepare_v2(db, load_sql, -1, &st, NULL);
	if (rc != SQLITE_OK) {
		fp_store_failed(s, rc);
		return true;
	}
	sqlite3_bind_text(st, 1, prefix ? prefix : "", (int)plen, SQLITE_TRANSIENT);
	bool ok = true;
	ZSTD_DCtx *dctx = fp_store_zdctx();   /* one for all rows: each costs an mmap */
	while (ok && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (!fp_grow(&out->v, &l->cap, out->n, sizeof *out->v, 256)) {
			ok = false;
			break;
		}
		fp_store_file *f = &out->v[out->n];
		const char *p = (const char *)sqlite3_column_text(st, 0);
		f->path = p ? fp_arena_strndup(&l->arena, p, (size_t)sqlite3_column_bytes(st, 0)) : NULL;
		f->size = sqlite3_column_int64(st, 1);
		f->mtime_ns = sqlite3_column_int64(st, 2);
		f->ino = sqlite3_column_int64(st, 3);
		f->dev = sqlite3_column_int64(st, 4);
		f->checked_ns = sqlite3_column_int64(st, 5);
		f->hash = (uint64_t)sqlite3_column_int64(st, 6);
		f->key = (uint64_t)sqlite3_column_int64(st, 7);
		f->flags = (uint32_t)sqlite3_column_int64(st, 8);
		f->record = unpack(st, dctx, &l->arena, &f->nrecord);
		if (!f->path) {
			ok = !l->arena.failed;
			continue;
		}
		out->n++;
	}
	ZSTD_freeDCtx(dctx);
	sqlite3_finalize(st);
	if (ok && rc != SQLITE_DONE) {  /* what was read stays usable */
		fp_store_failed(s, rc);
	}
	return ok && !l->arena.failed;
}

static int put_one(sqlite3_stmt *st, ZSTD_CCtx *cctx, const fp_store_file *f, void **zbuf,
		   size_t *zcap)
{
	const void *z = NULL;
	size_t zn = 0;
	if (f->nrecord && f->nrecord < RAW_BELOW) {
		if (*zcap < RAW_BELOW + 1) {
			void *nb = fp_realloc(*zbuf, RAW_BELOW + 1);
			if (!nb)
				return SQLITE_NOMEM;
			*zbuf = nb;
			*zcap = RAW_BELOW + 1;
		}
		((unsigned char *)*zbuf)[0] = RAW;
		memcpy((unsigned char *)*zbuf + 1, f->record, f->nrecord);
		z = *zbuf;
		zn = f->nrecord + 1;
	} else if (f->nrecord && f->nrecord <= MAX_RECORD) {
		size_t bound = ZSTD_compressBound(f->nrecord);
		if (bound > *zcap) {
			void *nb = fp_realloc(*zbuf, bound);
			if (!nb)
				return SQLITE_NOMEM;
			*zbuf = nb;
			*zcap = bound;
		}
		if (!cctx)
			return SQLITE_NOMEM;
		zn = ZSTD_compressCCtx(cctx, *zbuf, *zcap, f->record, f->nrecord, 1);
		if (ZSTD_isError(zn))
			return SQLITE_ERROR;
		z = *zbuf;
	}
	sqlite3_bind_text(st, 1, f->path, -1, SQLITE_STATIC);
	sqlite3_bind_int64(st, 2, f->size);
	sqlite3_bind_int64(st, 3, f->mtime_ns);
	sqlite3_bind_int64(st, 4, f->ino);
	sqlite3_bind_int64(st, 5, f->dev);
	sqlite3_bind_int64(st, 6, f->checked_ns);
	sqlite3_bind_int64(st, 7, (sqlite3_int64)f->hash);
	sqlite3_bind_int64(st, 8, (sqlite3_int64)f->key);
	sqlite3_bind_int64(st, 9, f->flags);
	if (z)
		sqlite3_bind_blob(st, 10, z, (int)zn, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, 10);
	sqlite3_bind_int64(st, 11, z ? (sqlite3_int64)f->nrecord : 0);
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

static int forget(sqlite3 *db, const char *const *gone, size_t ngone)
{
	if (!ngone)
		return SQLITE_OK;
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(db, "DELETE FROM files WHERE path = ?1", -1, &st, NULL);
	for (size_t i = 0; rc == SQLITE_OK && i < ngone; i++) {
		sqlite3_bind_text(st, 1, gone[i], -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	return rc;
}

bool fp_store_files_put(fp_store *s, const fp_store_file *v, size_t n, const char *const *gone,
			size_t ngone)
{
	sqlite3 *db = fp_store_db(s);
	if (!db)
		return false;
	if (!n && !ngone)
		return true;
	int rc = fp_store_begin(s);
	sqlite3_stmt *st = NULL;
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db,
					"INSERT OR REPLACE INTO files(path, size, mtime_ns, ino, dev,"
					" checked_ns, hash, key, flags, record, record_len)"
					" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
					-1, &st, NULL);
	void *zbuf = NULL;
	size_t zcap = 0;
	ZSTD_CCtx *cctx = n ? fp_store_zcctx() : NULL;
	for (size_t i = 0; rc == SQLITE_OK && i < n; i++) {
		fp_store_arm(s);
		rc = put_one(st, cctx, &v[i], &zbuf, &zcap);
	}
	ZSTD_freeCCtx(cctx);
	fp_free(zbuf);
	sqlite3_finalize(st);
	if (rc == SQLITE_OK)
		rc = forget(db, gone, ngone);
	return fp_store_end(s, rc);
}

bool fp_store_note_run(fp_store *s, const fp_store_run *r)
{
	sqlite3 *db = fp_store_db(s);
	if (!db)
		return false;
	struct timespec t;
	clock_gettime(CLOCK_REALTIME, &t);
	sqlite3_stmt *st;
	int rc = fp_store_begin(s);
	if (rc == SQLITE_OK)
		rc = sqlite3_prepare_v2(db,
					"INSERT INTO runs(at_ms, command, files, hits, changed, removed,"
					" expressions, ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
					-1, &st, NULL);
	if (rc == SQLITE_OK) {
		sqlite3_bind_int64(st, 1, (sqlite3_int64)t.tv_sec * 1000 + t.tv_nsec / 1000000);
		sqlite3_bind_text(st, 2, r->command, -1, SQLITE_STATIC);
		sqlite3_bind_int64(st, 3, r->files);
		sqlite3_bind_int64(st, 4, r->hits);
		sqlite3_bind_int64(st, 5, r->changed);
		sqlite3_bind_int64(st, 6, r->removed);
		sqlite3_bind_int64(st, 7, r->expressions);
		sqlite3_bind_int64(st, 8, r->ms);
		rc = sqlite3_step(st);
		rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
		sqlite3_finalize(st);
	}
	if (rc == SQLITE_OK)
		rc = fp_store_exec(s, "DELETE FROM runs WHERE id <= (SELECT max(id) - 100 FROM runs)");
	/* what doctor shows of the last run */
	if (rc == SQLITE_OK) {
		char sql[256];
		fp_breaker_state b = fp_store_breaker(s, NULL);
		snprintf(sql, sizeof sql,
			 "INSERT OR REPLACE INTO meta(key, value) VALUES ('last_hit_rate', '%.1f%%'),"
			 " ('circuit_breaker', '%s'), ('last_run', '%s')",
			 r->files ? 100.0 * (double)r->hits / (double)r->files : 0.0,
			 fp_breaker_name(b), r->command);
		rc = fp_store_exec(s, sql);
	}
	return fp_store_end(s, rc);
}
