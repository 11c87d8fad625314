/*
 * store/store.c - opening the cache database, and what goes wrong with
 * it (see store.h): its place, safety checks, corruption, a newer schema,
 * busy locks, slow statements and failing disks.
 */
#include "store/store.h"
#include "store/internal.h"
#include "store/location.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "sqlite3/sqlite3.h"
#define XXH_NAMESPACE ZSTD_
#include "zstd/lib/common/xxhash.h"
#include "util/alloc.h"

/* Warnings said at most once per store. */
enum { W_PLACE = 1, W_CORRUPT = 2, W_NEWER = 4, W_BROKEN = 8 };

/* Failed operations after which the breaker opens. */
#define TRIP_AFTER 3
/* The longest a statement may run, in ms (then it is interrupted). */
#define STATEMENT_MS 10000
/* How long a lock held by another process is waited for: sqlite's busy
 * handler waits BUSY_MS (polling with its own growing sleeps), then
 * BEGIN is tried again RETRIES times after a pause of 100, 200, 400 ms,
 * each again with the busy handler: at most 4 * 500 + 700 = 2.7 s per
 * operation. A lock held longer than that is not a writer's short
 * transaction (index writes 2048 rows a transaction, in milliseconds)
 * but a stuck or very slow process: the operation fails, and so does the
 * breaker at once (waiting 2.7 s again for each later write of the run
 * would only make the run slow), so the run goes on in memory. */
#define BUSY_MS 500
#define RETRIES 3
/* The half-open breaker (fp_store_retry): the first trial no sooner than
 * RETRY_MS after the breaker opened, then twice as long after each
 * failed one, up to RETRY_MAX_MS. */
#define RETRY_MS 60000
#define RETRY_MAX_MS (16 * 60000)

struct fp_store {
	sqlite3 *db;
	char *path;             /* the file in use; NULL in memory */
	char *dir;
	bool persistent;
	fp_store_warn_fn warn;
	void *warn_ctx;
	unsigned said;          /* W_* */
	unsigned failures;
	fp_breaker_state breaker;
	char *retry_path;       /* while open: the file to try again */
	uint64_t retry_at;      /* ms, monotonic */
	uint64_t retry_ms;      /* the back-off before the next trial */
	struct timespec deadline;
	unsigned long nomem_mark;       /* fp_store_alloc_failures() at an open */
};

static uint64_t now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000 + (uint64_t)t.tv_nsec / 1000000;
}

uint64_t fp_store_hash(const void *p, size_t n, uint64_t seed)
{
	return (uint64_t)XXH64(p, n, (XXH64_hash_t)seed);
}

static void say(fp_store *s, unsigned kind, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void say(fp_store *s, unsigned kind, const char *fmt, ...)
{
	if ((s->said & kind) || !s->warn)
		return;
	s->said |= kind;
	char msg[PATH_MAX + 256];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	s->warn(s->warn_ctx, msg);
}

/* snprintf that says whether it all fitted (and keeps gcc's truncation
 * checks quiet where a cut message is fine). */
static bool fmt(char *out, size_t outlen, const char *f, ...) __attribute__((format(printf, 3, 4)));

static bool fmt(char *out, size_t outlen, const char *f, ...)
{
	va_list ap;
	va_start(ap, f);
	int n = vsnprintf(out, outlen, f, ap);
	va_end(ap);
	return n >= 0 && (size_t)n < outlen;
}

/* ---- where ------------------------------------------------------------- */

bool fp_store_location(const char *dir, const char *root, char *out, size_t outlen)
{
	return fp_store_db_path(dir, root && *root ? root : ".", out, outlen, NULL);
}

/* Nothing at path may be a link or a stranger's (sqlite would write
 * through it): a real folder (dir) or regular file of ours. A missing
 * one is fine unless must_exist. False with the reason in why. */
static bool owned(const char *path, bool dir, bool must_exist, char *why, size_t whylen)
{
	struct stat st;
	if (lstat(path, &st) != 0) {
		if (errno == ENOENT && !must_exist)
			return true;
		fmt(why, whylen, "%s", strerror(errno));
		return false;
	}
	bool right = dir ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode);
	if (S_ISLNK(st.st_mode) || !right) {
		fmt(why, whylen, "%s", S_ISLNK(st.st_mode) ? "it is a symbolic link"
				       : dir ? "not a folder" : "not a regular file");
		return false;
	}
	if (st.st_uid != geteuid()) {
		fmt(why, whylen, "owned by another user");
		return false;
	}
	return true;
}

/* mkdir -p dir (0700 for what it creates); then dir must be a real
 * folder of ours we can write in. False with the reason in why. */
static bool make_dir(const char *dir, char *why, size_t whylen)
{
	char p[PATH_MAX];
	fmt(p, sizeof p, "%s", dir);
	for (char *c = p + 1;; c++) {
		if (*c != '/' && *c)
			continue;
		char save = *c;
		*c = 0;
		if (mkdir(p, 0700) != 0 && errno != EEXIST) {
			fmt(why, whylen, "cannot create %s: %s", p, strerror(errno));
			return false;
		}
		*c = save;
		if (!save)
			break;
	}
	if (!owned(dir, true, true, why, whylen))
		return false;
	if (access(dir, W_OK | X_OK) != 0) {
		fmt(why, whylen, "not writable");
		return false;
	}
	return true;
}

/* ---- statements ---------------------------------------------------------- */

static int past_deadline(void *p)
{
	fp_store *s = p;
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec > s->deadline.tv_sec ||
	       (t.tv_sec == s->deadline.tv_sec && t.tv_nsec > s->deadline.tv_nsec);
}

/* Start the clock of the next statement. */
static void arm(fp_store *s)
{
	clock_gettime(CLOCK_MONOTONIC, &s->deadline);
	s->deadline.tv_sec += STATEMENT_MS / 1000;
}

static bool corrupt_rc(int rc)
{
	rc &= 0xff;
	return rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB;
}

static int exec_rc(fp_store *s, const char *sql)
{
	arm(s);
	return sqlite3_exec(s->db, sql, NULL, NULL, NULL);
}

/* BEGIN IMMEDIATE, waiting for another process's lock: sqlite's busy
 * timeout first, then a few retries with a growing pause. */
static int begin(fp_store *s)
{
	int rc = SQLITE_OK;
	for (int k = 0; k <= RETRIES; k++) {
		rc = exec_rc(s, "BEGIN IMMEDIATE");
		if ((rc & 0xff) != SQLITE_BUSY && (rc & 0xff) != SQLITE_LOCKED)
			return rc;
		if (k < RETRIES)
			usleep((useconds_t)(100000u << k));
	}
	return rc;
}

static int int_pragma(fp_store *s, const char *sql, int64_t *out)
{
	sqlite3_stmt *st;
	arm(s);
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	if (rc != SQLITE_OK)
		return rc;
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		*out = sqlite3_column_int64(st, 0);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc;
}

/* ---- opening ------------------------------------------------------------- */

typedef enum { OPEN_OK, OPEN_CORRUPT, OPEN_NEWER, OPEN_FAILED } open_result;

static void close_db(fp_store *s)
{
	if (s->db)
		sqlite3_close_v2(s->db);
	s->db = NULL;
}

/* Bring the open database to this binary's schema, one step per
 * transaction; *v is its version. */
static int migrate(fp_store *s, int64_t *v)
{
	while (*v < FP_STORE_SCHEMA) {
		int rc = begin(s);
		if (rc != SQLITE_OK)
			return rc;
		/* another process may have migrated while we waited */
		int64_t now = 0;
		rc = int_pragma(s, "PRAGMA user_version", &now);
		if (rc == SQLITE_OK && now != *v) {
			exec_rc(s, "ROLLBACK");
			*v = now;
			continue;
		}
		char set[64];
		fmt(set, sizeof set, "PRAGMA user_version=%d", (int)*v + 1);
		if (rc == SQLITE_OK)
			rc = exec_rc(s, fp_store_schema_step((int)*v + 1));
		if (rc == SQLITE_OK)
			rc = exec_rc(s, set);
		if (rc == SQLITE_OK)
			rc = exec_rc(s, "COMMIT");
		if (rc != SQLITE_OK) {
			exec_rc(s, "ROLLBACK");
			return rc;
		}
		(*v)++;
	}
	return SQLITE_OK;
}

/* rc is SQLITE_NOMEM though no allocation failed since the open began. */
static bool refused_size(const fp_store *s, int rc)
{
	return (rc & 0xff) == SQLITE_NOMEM && fp_store_alloc_failures() == s->nomem_mark;
}

/* rc is plain SQLITE_READONLY (not one of its extended codes, which are
 * about locks, journals and folders) while the file itself may be
 * written: sqlite will not write a file whose header names a write
 * format it does not know. */
static bool unwritable_format(fp_store *s, int rc)
{
	const char *f = s->db ? sqlite3_db_filename(s->db, "main") : NULL;
	return rc == SQLITE_READONLY && f && *f && access(f, W_OK) == 0;
}

/* Settings, schema and a probe of the tables, on an open s->db. */
static open_result prepare_db(fp_store *s, bool wal, int64_t *version, char *why, size_t whylen)
{
	sqlite3_extended_result_codes(s->db, 1);
	sqlite3_busy_timeout(s->db, BUSY_MS);
	sqlite3_progress_handler(s->db, 1000, past_deadline, s);
	int rc = exec_rc(s, wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=MEMORY");
	/* A cache: in WAL mode NORMAL syncs only at checkpoints, so a power
	 * cut may lose the last runs' rows (recomputed next time), never the
	 * database's consistency; FULL cost one fsync per transaction, most
	 * of a warm run's time on a busy disk. */
	if (rc == SQLITE_OK && wal)
		rc = exec_rc(s, "PRAGMA synchronous=NORMAL");
	int64_t v = 0;
	if (rc == SQLITE_OK)
		rc = int_pragma(s, "PRAGMA user_version", &v);
	*version = v;
	if (rc == SQLITE_OK && v > FP_STORE_SCHEMA)
		return OPEN_NEWER;
	if (rc == SQLITE_OK && v < 0) {         /* no schema of ours, ever */
		fmt(why, whylen, "schema %lld", (long long)v);
		return OPEN_CORRUPT;
	}
	if (rc == SQLITE_OK)
		rc = migrate(s, &v);
	if (rc == SQLITE_OK)
		rc = exec_rc(s, fp_store_schema_probe());
	/*
	 * Which failures say the file is not a cache of ours (moved aside
	 * and rebuilt) and which say nothing about it (the run goes on in
	 * memory and the file is kept for the next one):
	 *   - corrupt, not a database: the former;
	 *   - SQLITE_ERROR, a statement that failed as SQL: the schema
	 *     cannot be read ("unsupported file format"), a migration step
	 *     meets tables its user_version says are not there yet, or the
	 *     probe misses a table or column: the former (fuzz_store found
	 *     such files kept every run in memory);
	 *   - no memory, I/O errors, a lock, a statement interrupted for
	 *     time: the latter (a sound cache moved aside for lack of
	 *     memory was found by the allocation-failure loop);
	 *   - SQLITE_NOMEM with no allocation refused: sqlite would not
	 *     grow to what the file's bytes ask for (a damaged length):
	 *     the former (fuzz_store again);
	 *   - SQLITE_READONLY on a file we may write: its header names a
	 *     write format this sqlite does not know: the former (fuzz_store;
	 *     a file sqlite cannot write is no cache for this binary, and
	 *     unlike a newer schema no fhirpath-ls writes one).
	 */
	if (rc != SQLITE_OK) {
		fmt(why, whylen, "%s", (rc & 0xff) == SQLITE_ERROR ? sqlite3_errmsg(s->db)
				       : refused_size(s, rc) ? "a size in it is out of range"
				       : sqlite3_errstr(rc));
		bool not_ours = corrupt_rc(rc) || (rc & 0xff) == SQLITE_ERROR || refused_size(s, rc) ||
				unwritable_format(s, rc);
		return not_ours ? OPEN_CORRUPT : OPEN_FAILED;
	}
	return OPEN_OK;
}

static bool safe_file(const char *path, bool must_exist, char *why, size_t whylen)
{
	return owned(path, false, must_exist, why, whylen);
}

static open_result open_file(fp_store *s, const char *path, int64_t *version, char *why,
			     size_t whylen)
{
	char side[PATH_MAX];
	fmt(side, sizeof side, "%s-wal", path);
	if (!safe_file(path, false, why, whylen) || !safe_file(side, false, why, whylen))
		return OPEN_FAILED;
	fmt(side, sizeof side, "%s-shm", path);
	if (!safe_file(side, false, why, whylen))
		return OPEN_FAILED;
	/* create it 0600 ourselves: sqlite would use the umask */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd >= 0)
		close(fd);
	else if (errno != EEXIST) {
		fmt(why, whylen, "%s", strerror(errno));
		return OPEN_FAILED;
	}
	s->nomem_mark = fp_store_alloc_failures();
	int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL);
	if (rc != SQLITE_OK) {
		fmt(why, whylen, "%s", sqlite3_errstr(rc));
		close_db(s);
		return corrupt_rc(rc) ? OPEN_CORRUPT : OPEN_FAILED;
	}
	open_result r = prepare_db(s, true, version, why, whylen);
	if (r != OPEN_OK)
		close_db(s);
	return r;
}

static bool open_memory(fp_store *s)
{
	close_db(s);
	fp_free(s->path);
	s->path = NULL;
	s->persistent = false;
	int64_t v;
	char why[128];
	if (sqlite3_open_v2(":memory:", &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, NULL) !=
		    SQLITE_OK ||
	    prepare_db(s, false, &v, why, sizeof why) != OPEN_OK) {
		close_db(s);    /* every operation then fails quietly */
		return false;
	}
	return true;
}

/* Move a corrupt database (and its journals) out of the way. */
static bool move_aside(const char *path, char *moved, size_t movedlen)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof stamp, "%Y%m%dT%H%M%SZ", &tm);
	fmt(moved, movedlen, "%s.corrupt-%s", path, stamp);
	if (rename(path, moved) != 0)
		return false;
	char side[PATH_MAX];
	fmt(side, sizeof side, "%s-wal", path);
	unlink(side);
	fmt(side, sizeof side, "%s-shm", path);
	unlink(side);
	return true;
}

/* Open path, moving it aside and starting again once if it is corrupt.
 * With allow_newer false a newer schema counts as a failure. */
static open_result open_or_rebuild(fp_store *s, const char *path, int64_t *version, char *why,
				   size_t whylen)
{
	open_result r = open_file(s, path, version, why, whylen);
	if (r != OPEN_CORRUPT)
		return r;
	char moved[PATH_MAX + 40];
	if (!move_aside(path, moved, sizeof moved)) {
		fmt(why, whylen, "corrupt, and cannot be moved aside: %s", strerror(errno));
		return OPEN_FAILED;
	}
	say(s, W_CORRUPT, "cache %s was corrupt (%s); moved aside as %s and rebuilt", path, why,
	    moved);
	return open_file(s, path, version, why, whylen);
}

static bool open_disk(fp_store *s, const char *path)
{
	char why[256] = "";
	int64_t v = 0;
	open_result r = open_or_rebuild(s, path, &v, why, sizeof why);
	char side[PATH_MAX];
	if (r == OPEN_NEWER) {
		size_t n = strlen(path);
		if (n > 3 && strcmp(path + n - 3, ".db") == 0)
			n -= 3;
		fmt(side, sizeof side, "%.*s.v%d.db", (int)n, path, FP_STORE_SCHEMA);
		say(s, W_NEWER, "cache %s is from a newer fhirpath-ls (schema %lld); left alone, using %s",
		    path, (long long)v, side);
		path = side;
		r = open_or_rebuild(s, path, &v, why, sizeof why);
		if (r == OPEN_NEWER)
			fmt(why, sizeof why, "also from a newer schema");
	}
	if (r != OPEN_OK) {
		say(s, W_PLACE, "cannot use cache %s: %s; caching in memory for this run", path, why);
		return false;
	}
	s->path = fp_strdup(path);
	s->persistent = s->path != NULL;
	return s->persistent;
}

fp_store *fp_store_open(const fp_store_config *cfg)
{
	fp_store_libs_init();
	fp_store *s = fp_calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->warn = cfg->warn;
	s->warn_ctx = cfg->warn_ctx;
	char path[PATH_MAX], why[256];
	if (!cfg->memory) {
		if (!fp_store_location(cfg->dir, cfg->root, path, sizeof path)) {
			char dir[PATH_MAX];
			if (fp_store_cache_dir(cfg->dir, dir, sizeof dir) == FP_CACHE_NOWHERE)
				say(s, W_PLACE, "no cache folder (no $HOME; use --cache DIR); caching in memory for this run");
			else
				say(s, W_PLACE, "cannot name the cache of %s: %s; caching in memory for this run",
				    cfg->root ? cfg->root : ".", strerror(errno));
		} else {
			char *slash = strrchr(path, '/');
			*slash = 0;
			s->dir = fp_strdup(path);
			bool dir_ok = make_dir(path, why, sizeof why);
			if (!dir_ok)
				say(s, W_PLACE, "cannot use cache folder %s: %s; caching in memory for this run",
				    path, why);
			*slash = '/';
			if (dir_ok && open_disk(s, path))
				return s;
		}
	}
	open_memory(s);
	return s;
}

void fp_store_close(fp_store *s)
{
	if (!s)
		return;
	if (s->db && s->persistent)
		sqlite3_exec(s->db, "PRAGMA optimize", NULL, NULL, NULL);
	close_db(s);
	fp_free(s->path);
	fp_free(s->retry_path);
	fp_free(s->dir);
	fp_free(s);
}

const char *fp_store_path(const fp_store *s)
{
	return s->path;
}

const char *fp_store_dir(const fp_store *s)
{
	return s->dir;
}

bool fp_store_persistent(const fp_store *s)
{
	return s->persistent;
}

fp_breaker_state fp_store_breaker(const fp_store *s, unsigned *failures)
{
	if (failures)
		*failures = s ? s->failures : 0;
	return s ? s->breaker : FP_BREAKER_CLOSED;
}

const char *fp_breaker_name(fp_breaker_state b)
{
	switch (b) {
	case FP_BREAKER_CLOSED: return "closed";
	case FP_BREAKER_OPEN: return "open";
	case FP_BREAKER_HALF_OPEN: return "half-open";
	}
	return "?";
}

/* Open the breaker: the rest works in memory until fp_store_retry. */
static void trip(fp_store *s)
{
	if (s->breaker == FP_BREAKER_HALF_OPEN)         /* the trial failed */
		s->retry_ms = s->retry_ms * 2 < RETRY_MAX_MS ? s->retry_ms * 2 : RETRY_MAX_MS;
	else
		s->retry_ms = RETRY_MS;
	s->breaker = FP_BREAKER_OPEN;
	s->retry_at = now_ms() + s->retry_ms;
	fp_free(s->retry_path);
	s->retry_path = s->path;        /* open_memory lets go of it */
	s->path = NULL;
	open_memory(s);
}

bool fp_store_retry(fp_store *s, bool now)
{
	if (!s || s->breaker != FP_BREAKER_OPEN || !s->retry_path)
		return false;
	uint64_t t = now_ms();
	if (!now && t < s->retry_at)
		return false;
	sqlite3 *mem = s->db;   /* kept until the file opens */
	s->db = NULL;
	char why[256] = "";
	int64_t v = 0;
	open_result r = open_or_rebuild(s, s->retry_path, &v, why, sizeof why);
	if (r != OPEN_OK) {
		close_db(s);
		s->db = mem;
		s->retry_ms = s->retry_ms * 2 < RETRY_MAX_MS ? s->retry_ms * 2 : RETRY_MAX_MS;
		s->retry_at = t + s->retry_ms;
		return false;
	}
	if (mem)
		sqlite3_close_v2(mem);
	s->path = s->retry_path;
	s->retry_path = NULL;
	s->persistent = true;
	s->breaker = FP_BREAKER_HALF_OPEN;      /* closed by the next write that works */
	return true;
}

/* A write went through: a half-open breaker closes. */
static void succeeded(fp_store *s)
{
	if (s->breaker != FP_BREAKER_HALF_OPEN)
		return;
	s->breaker = FP_BREAKER_CLOSED;
	s->failures = 0;
	s->said &= ~(unsigned)W_BROKEN;         /* a new failure is news again */
	if (s->warn) {
		char msg[PATH_MAX + 64];
		fmt(msg, sizeof msg, "cache %s is writable again; results are kept in it", s->path);
		s->warn(s->warn_ctx, msg);
	}
}

/* ---- failures ------------------------------------------------------------ */

/* An operation failed with rc. A corrupt database is moved aside and
 * started again; other failures count, and enough of them open the
 * breaker: the rest of the run works in memory. */
void fp_store_failed(fp_store *s, int rc)
{
	if (!s->persistent)
		return;
	if (corrupt_rc(rc)) {
		char *path = s->path;
		s->path = NULL;
		close_db(s);
		char why[256];
		int64_t v;
		fmt(why, sizeof why, "%s", sqlite3_errstr(rc));
		char moved[PATH_MAX + 40];
		bool ok = move_aside(path, moved, sizeof moved);
		if (ok)
			say(s, W_CORRUPT, "cache %s was corrupt (%s); moved aside as %s and rebuilt", path,
			    why, moved);
		if (ok && open_file(s, path, &v, why, sizeof why) == OPEN_OK) {
			s->path = path;
			return;
		}
		fp_free(path);
		s->persistent = false;
		open_memory(s);
		return;
	}
	/* one warning, the first time; the breaker's state is for health
	 * and doctor */
	say(s, W_BROKEN, "cannot write cache %s: %s; results are kept in memory for this run",
	    s->path, sqlite3_errstr(rc));
	bool busy = (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
	++s->failures;
	/* a lock outlasting the whole wait (see BUSY_MS) and a failed
	 * half-open trial open the breaker at once */
	if (s->failures < TRIP_AFTER && !busy && s->breaker != FP_BREAKER_HALF_OPEN)
		return;
	trip(s);
}

/* The handle for the store's files; NULL when even memory failed. */
sqlite3 *fp_store_db(fp_store *s)
{
	return s->db;
}

int fp_store_exec(fp_store *s, const char *sql)
{
	return s->db ? exec_rc(s, sql) : SQLITE_MISUSE;
}

bool fp_store_end(fp_store *s, int rc)
{
	if (rc == SQLITE_OK)
		rc = fp_store_exec(s, "COMMIT");
	if (rc == SQLITE_OK) {
		succeeded(s);
		return true;
	}
	if (s->db && !sqlite3_get_autocommit(s->db))
		fp_store_exec(s, "ROLLBACK");
	fp_store_failed(s, rc);
	return false;
}

int fp_store_begin(fp_store *s)
{
	return s->db ? begin(s) : SQLITE_MISUSE;
}

void fp_store_arm(fp_store *s)
{
	arm(s);
}
