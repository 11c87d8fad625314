/*
 * project/cache.c - a run's use of the store (cache.h).
 */
#include "project/cache.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sources/config.h"
#include "source_id.h"
#include "util/alloc.h"
#include "util/arena.h"

/* Rows written per transaction. */
#define BATCH 2048

struct fp_cache {
	fp_store *store;
	char *prefix;
	fp_store_files rows;    /* sorted by path */
	bool *seen;             /* per row */
	fp_cache_stats stats;
	/* pending writes: rows copied into arena */
	fp_arena arena;
	fp_store_file *put;
	size_t nput, cap;
};

const char *fp_cache_build_id(void)
{
	return FP_SOURCE_ID;
}

fp_cache *fp_cache_new(fp_store *s, const char *prefix)
{
	fp_cache *c = fp_calloc(1, sizeof *c);
	if (!c)
		return NULL;
	c->store = s;
	fp_arena_init(&c->arena);
	c->prefix = prefix ? fp_strdup(prefix) : NULL;
	if ((prefix && !c->prefix) || !fp_store_files_load(s, prefix, &c->rows) ||
	    (c->rows.n && !(c->seen = fp_calloc(c->rows.n, 1)))) {
		fp_cache_free(c);
		return NULL;
	}
	return c;
}

static void release_pending(fp_cache *c)
{
	fp_arena_release(&c->arena);
	fp_arena_init(&c->arena);
	c->nput = 0;
}

static bool write_pending(fp_cache *c, const char *const *gone, size_t ngone)
{
	bool ok = fp_store_files_put(c->store, c->put, c->nput, gone, ngone);
	release_pending(c);
	return ok;
}

void fp_cache_free(fp_cache *c)
{
	if (!c)
		return;
	if (c->nput)
		write_pending(c, NULL, 0);
	fp_store_files_release(&c->rows);
	fp_free(c->seen);
	fp_free(c->put);
	fp_arena_release(&c->arena);
	fp_free(c->prefix);
	fp_free(c);
}

static int row_cmp(const void *key, const void *row)
{
	return strcmp(key, ((const fp_store_file *)row)->path);
}

const fp_store_file *fp_cache_find(const fp_cache *c, const char *abs)
{
	if (!c || !c->rows.n)
		return NULL;
	return bsearch(abs, c->rows.v, c->rows.n, sizeof *c->rows.v, row_cmp);
}

void fp_cache_seen(fp_cache *c, const fp_store_file *row, bool hit)
{
	c->stats.files++;
	c->stats.hits += hit;
	if (row)
		c->seen[row - c->rows.v] = true;
}

bool fp_cache_put(fp_cache *c, const fp_store_file *f)
{
	if (!fp_grow(&c->put, &c->cap, c->nput, sizeof *c->put, 64))
		return false;
	fp_store_file *p = &c->put[c->nput];
	*p = *f;
	p->path = fp_arena_strndup(&c->arena, f->path, strlen(f->path));
	void *rec = f->nrecord ? fp_arena_alloc(&c->arena, f->nrecord) : NULL;
	if (!p->path || (f->nrecord && !rec))
		return false;
	if (rec)
		memcpy(rec, f->record, f->nrecord);
	p->record = rec;
	c->nput++;
	if (c->nput >= BATCH)
		return write_pending(c, NULL, 0);
	return true;
}

bool fp_cache_flush(fp_cache *c, bool forget_missing)
{
	const char **gone = NULL;
	size_t ngone = 0;
	if (forget_missing && c->rows.n) {
		gone = fp_malloc(c->rows.n * sizeof *gone);
		for (size_t i = 0; gone && i < c->rows.n; i++) {
			struct stat st;
			if (!c->seen[i] && lstat(c->rows.v[i].path, &st) != 0)
				gone[ngone++] = c->rows.v[i].path;
		}
	}
	c->stats.removed += ngone;
	bool ok = write_pending(c, gone, ngone);
	fp_free(gone);
	return ok;
}

void fp_cache_get_stats(const fp_cache *c, fp_cache_stats *out)
{
	*out = c->stats;
	out->changed = c->stats.files - c->stats.hits;
}

/* ---- keys ------------------------------------------------------------------ */

static uint64_t mix(uint64_t h, const void *p, size_t n)
{
	return fp_store_hash(p, n, h);
}

static uint64_t mix_str(uint64_t h, const char *s)
{
	if (!s)
		return mix(h, "\xff", 1);
	return mix(h, s, strlen(s) + 1);
}

/* A configuration's severities (its version is the options' already); one
 * that changes none hashes as none, so check (whose --severity list is
 * empty, not absent) and serve share their rows. */
static uint64_t mix_config(uint64_t h, const fp_config *cfg)
{
	bool any = false;
	for (size_t i = 0; cfg && !any && i < sizeof cfg->severity; i++)
		any = cfg->severity[i] != 0;
	if (!any && !(cfg && cfg->nignores))
		return mix(h, "-", 1);
	h = mix(h, cfg->severity, sizeof cfg->severity);
	if (!cfg->nignores)     /* the key a config without them always had */
		return h;
	/* its ignore entries: a record holds the findings they leave */
	h = mix(h, &cfg->nignores, sizeof cfg->nignores);
	h = mix(h, cfg->ignores, cfg->nignores * sizeof *cfg->ignores);
	h = mix(h, cfg->pool, cfg->npool);
	return mix_str(h, cfg->dir);
}

uint64_t fp_cache_options_key(const fp_check_options *opt)
{
	uint64_t h = mix_str(0, FP_SOURCE_ID);
	h = mix_str(h, FP_VERSION);
	unsigned char v[2] = { (unsigned char)opt->version, opt->lean };
	h = mix(h, v, sizeof v);
	h = mix_str(h, opt->context);
	h = mix_config(h, opt->config);
	return mix_config(h, opt->overrides);
}

uint64_t fp_cache_ext_hash(const char *const *urls, size_t n)
{
	uint64_t h = mix(0, &n, sizeof n);
	for (size_t i = 0; i < n; i++)
		h = mix_str(h, urls[i]);
	return h;
}

/* ---- paths ----------------------------------------------------------------- */

bool fp_cache_abs_path(const char *path, char *out, size_t outlen)
{
	return fp_cache_abs_path_in(NULL, path, out, outlen);
}

bool fp_cache_abs_path_in(const char *cwd, const char *path, char *out, size_t outlen)
{
	char tmp[PATH_MAX * 2];
	if (path[0] == '/') {
		if (strlen(path) >= sizeof tmp)
			return false;
		strcpy(tmp, path);
	} else {
		char here[PATH_MAX];
		if (!cwd)
			cwd = getcwd(here, sizeof here);
		if (!cwd || strlen(cwd) + strlen(path) + 2 > sizeof tmp)
			return false;
		strcpy(tmp, cwd);
		strcat(tmp, "/");
		strcat(tmp, path);
	}
	/* segments, with "." dropped and ".." taking one back */
	size_t n = 0;
	char *p = tmp;
	while (*p) {
		while (*p == '/')
			p++;
		if (!*p)
			break;
		char *seg = p;
		while (*p && *p != '/')
			p++;
		size_t len = (size_t)(p - seg);
		if (len == 1 && seg[0] == '.')
			continue;
		if (len == 2 && seg[0] == '.' && seg[1] == '.') {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--;
			continue;
		}
		if (n + 1 + len + 1 > outlen)
			return false;
		out[n++] = '/';
		memcpy(out + n, seg, len);
		n += len;
	}
	if (n == 0) {
		if (outlen < 2)
			return false;
		out[n++] = '/';
	}
	out[n] = 0;
	return true;
}

/* The root of one path: the repository around it (the nearest folder up
 * holding .git), else the nearest folder of it that exists. */
static void root_of(const char *path, char *out, size_t n)
{
	struct stat st;
	char abs[PATH_MAX];
	if (strcmp(path, "-") == 0 || !fp_cache_abs_path(path, abs, sizeof abs))
		snprintf(abs, sizeof abs, "%s", ".");
	/* the nearest folder that exists (the path may name a missing file) */
	while (stat(abs, &st) != 0 || !S_ISDIR(st.st_mode)) {
		char *slash = strrchr(abs, '/');
		if (!slash || slash == abs) {
			snprintf(abs, sizeof abs, "/");
			break;
		}
		*slash = 0;
	}
	snprintf(out, n, "%s", abs);
	char probe[PATH_MAX + 8];
	for (;;) {
		snprintf(probe, sizeof probe, "%s/.git", abs[0] ? abs : "");
		if (access(probe, F_OK) == 0) {
			snprintf(out, n, "%s", abs[0] ? abs : "/");
			return;
		}
		char *end = strrchr(abs, '/');
		if (!end || end == abs)
			return;
		*end = 0;
	}
}

void fp_cache_root(const char *const *paths, size_t n, char *out, size_t outlen)
{
	root_of(paths[0], out, outlen);
	for (size_t i = 1; i < n; i++) {
		char other[PATH_MAX];
		root_of(paths[i], other, sizeof other);
		/* the deepest folder holding both: whole segments in common */
		size_t last = 0;
		for (size_t k = 0;; k++) {
			char a = out[k], b = other[k];
			if ((a == 0 || a == '/') && (b == 0 || b == '/')) {
				last = k;
				if (a == 0 || b == 0)
					break;
			}
			if (a != b)
				break;
		}
		out[last ? last : 1] = 0;       /* nothing in common but "/" */
	}
}
