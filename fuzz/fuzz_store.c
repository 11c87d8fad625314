/*
 * fuzz/fuzz_store.c - arbitrary bytes as a cache file (store/store.h).
 *
 * Input: byte 0 flags, then the bytes of the database file. Flag bit 0:
 * the rest is split at its middle into the database and its -wal file
 * (sqlite replays a WAL it finds, so its frames are input too).
 *
 * The bytes are written where the store looks for the cache of a fixed
 * workspace (a folder of this process's own under $TMPDIR), then a run
 * does what `check` does: open, load the rows, put two files, load them
 * again, forget one, note the run, close. Whatever the bytes:
 *   - nothing crashes, leaks or hangs, and the open gives a store (only
 *     a lack of memory may give none);
 *   - a row put and read back in the same run is the one put (in the
 *     file, or in memory after a fall back);
 *   - afterwards the database in that place (or the one of our schema
 *     beside a newer one) opens as a persistent store of our schema: a
 *     corrupt file the run ran into was moved aside and rebuilt, not
 *     used as it was; what it holds is right (never the forgotten row,
 *     never another record), and it holds the row the first run kept
 *     when that run was persistent to the end, unless this open found
 *     the file damaged (the first run's writes into a damaged file can
 *     bring the damage to light) and rebuilt it, with a warning.
 * Damage sqlite never reads (a page no statement of the store visits)
 * is not looked for: the store runs no quick_check when it opens (it
 * would cost a warm `check` a pass over the whole file), so such a file
 * stays in use, which is right as long as what is read is right.
 * abort() otherwise.
 */
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "store/internal.h"
#include "store/store.h"
#include "util/alloc.h"

static char top[PATH_MAX], root[PATH_MAX + 8], cache[PATH_MAX + 8], db[PATH_MAX * 2];

/* FUZZ_STORE_VERBOSE=1: the store's warnings on stderr (to see what a
 * reproducer does). */
static unsigned warnings;

static void warn(void *ctx, const char *msg)
{
	(void)ctx;
	warnings++;
	if (getenv("FUZZ_STORE_VERBOSE"))
		fprintf(stderr, "fuzz_store: %s\n", msg);
}

/* Empty the cache folder (what the last input left, moved-aside files
 * included). */
static void clear(void)
{
	DIR *d = opendir(cache);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (e->d_name[0] == '.')
			continue;
		char p[PATH_MAX * 2 + 300];
		snprintf(p, sizeof p, "%s/%s", cache, e->d_name);
		unlink(p);
	}
	if (d)
		closedir(d);
}

static void remove_all(void)
{
	clear();
	rmdir(cache);
	rmdir(root);
	rmdir(top);
}

static bool setup(void)
{
	if (top[0])
		return true;
	const char *tmp = getenv("TMPDIR");
	char base[PATH_MAX];
	snprintf(base, sizeof base, "%s/fuzz-store-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(base) || !realpath(base, top))
		return false;
	snprintf(root, sizeof root, "%s/ws", top);
	snprintf(cache, sizeof cache, "%s/cache", top);
	if (mkdir(root, 0700) != 0 || mkdir(cache, 0700) != 0)
		return false;
	atexit(remove_all);
	return fp_store_location(cache, root, db, sizeof db);
}

static bool write_file(const char *path, const uint8_t *p, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return false;
	bool ok = true;
	while (ok && n) {
		ssize_t w = write(fd, p, n);
		ok = w > 0;
		if (ok) {
			p += w;
			n -= (size_t)w;
		}
	}
	close(fd);
	return ok;
}

static fp_store_file row(const char *name, uint64_t h, char *path, size_t pathlen, char *rec)
{
	fp_store_file f;
	memset(&f, 0, sizeof f);
	snprintf(path, pathlen, "%s/%s", root, name);
	f.path = path;
	f.hash = h;
	f.size = (int64_t)h;
	f.key = 7;
	snprintf(rec, 64, "the record of %s, %llu", name, (unsigned long long)h);
	f.record = rec;
	f.nrecord = strlen(rec);
	return f;
}

/* The row for path in rows, or NULL. */
static const fp_store_file *find(const fp_store_files *rows, const char *path)
{
	for (size_t i = 0; i < rows->n; i++)
		if (rows->v[i].path && strcmp(rows->v[i].path, path) == 0)
			return &rows->v[i];
	return NULL;
}

static bool same(const fp_store_file *got, const fp_store_file *want)
{
	return got && got->hash == want->hash && got->size == want->size &&
	       got->nrecord == want->nrecord && memcmp(got->record, want->record, want->nrecord) == 0;
}

int fuzz_store_one(const uint8_t *data, size_t size);
int fuzz_store_one(const uint8_t *data, size_t size)
{
	if (size < 1 || !setup())
		return 0;
	unsigned flags = data[0];
	data++;
	size--;
	clear();
	size_t nwal = flags & 1 ? size / 2 : 0;
	char wal[sizeof db + 8];
	snprintf(wal, sizeof wal, "%s-wal", db);
	if (!write_file(db, data, size - nwal) || (nwal && !write_file(wal, data + size - nwal, nwal)))
		abort();

	fp_store_config cfg = { cache, root, false, warn, NULL };
	warnings = 0;
	fp_store *s = fp_store_open(&cfg);
	if (!s)
		abort();        /* no allocation fails here: only that gives NULL */
	unsigned opened = warnings;
	fp_store_files rows;   /* every row, whichever folder it names */
	if (!fp_store_files_load(s, NULL, &rows))
		abort();
	fp_store_files_release(&rows);
	char pa[PATH_MAX + 16], pb[PATH_MAX + 16], ra[64], rb[64];
	fp_store_file put[2] = { row("a.fhirpath", 11, pa, sizeof pa, ra),
				 row("b.fhirpath", 22, pb, sizeof pb, rb) };
	bool wrote = fp_store_files_put(s, put, 2, NULL, 0);
	if (!fp_store_files_load(s, root, &rows))
		abort();
	if (wrote && (!same(find(&rows, pa), &put[0]) || !same(find(&rows, pb), &put[1])))
		abort();
	fp_store_files_release(&rows);
	const char *gone[1] = { pb };
	wrote = fp_store_files_put(s, NULL, 0, gone, 1) && wrote;
	fp_store_run run = { "check", 2, 0, 2, 1, 2, 1 };
	fp_store_note_run(s, &run);
	/* kept: written, and no damage found after the open (a file
	 * rebuilt later in the run lost what the run had put in it) */
	bool kept = wrote && fp_store_persistent(s) && warnings == opened;
	fp_store_close(s);

	/* the place is usable now, and holds what a persistent run kept */
	warnings = 0;
	s = fp_store_open(&cfg);
	if (!s || !fp_store_persistent(s))
		abort();
	if (!fp_store_files_load(s, root, &rows))
		abort();
	/* what is there is right; what the first run kept is there unless
	 * this open found the file damaged after all (the first run's writes
	 * into a damaged file can bring its damage to light) and rebuilt it */
	const fp_store_file *a = find(&rows, pa);
	if (getenv("FUZZ_STORE_VERBOSE"))
		fprintf(stderr, "fuzz_store: kept %d, a %s, b %s, %zu rows, %u warnings\n", kept,
			a ? (same(a, &put[0]) ? "right" : "wrong") : "missing",
			find(&rows, pb) ? "there" : "gone", rows.n, warnings);
	if ((a && !same(a, &put[0])) || (kept && find(&rows, pb)) || (kept && !warnings && !a))
		abort();
	fp_store_files_release(&rows);
	fp_store_close(s);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_store_one(data, size);
}
#endif
