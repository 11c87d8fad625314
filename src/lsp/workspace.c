/*
 * lsp/workspace.c - the background scan of the workspace folder (see
 * workspace.h).
 *
 * The worker thread owns nothing the loop thread reads except what is
 * under `mu`: requests in (stop, pause, rescan, rechecks) and results out
 * (checked files, extension URLs, progress). It writes one byte to a pipe
 * when the results go from empty to not empty, so the loop sleeps in
 * poll() until there is something to take. Every allocation goes through
 * fp_alloc, so allocation failures are values here too: a file that
 * cannot be checked for lack of memory is skipped, never half-posted.
 */
#define _GNU_SOURCE
#include "workspace.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "sources/files.h"
#include "analysis/uses.h"
#include "project/cache.h"
#include "runtime/runtime.h"
#include "project/driver.h"
#include "project/settings.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/lines.h"
#include "util/strmap.h"

/* A workspace holding more input files than this is scanned up to it:
 * memory stays bounded on a home folder opened by mistake. */
#define LSP_WS_MAX_FILES 100000

struct lsp_ws {
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	int wake[2];            /* worker writes [1], loop polls [0] */
	/* fixed at start */
	char *root;
	bool utf8;
	size_t max_file;
	/* requests (under mu) */
	bool stop, paused, want_scan;
	fp_fhir_version version;
	bool version_given;
	bool settings_stale;    /* what the folders said must be read again */
	uint64_t gen;           /* bumped by every rescan and by stop */
	char **paths;           /* rechecks */
	size_t npaths, cappaths;
	/* results (under mu) */
	lsp_wfile **out;
	size_t nout, capout;
	char **ext;
	size_t next;
	bool have_ext;
	size_t done, total;
	bool started, finished;
	/* what the folders said, as read by the full scan that just
	 * finished (it read the folders of every file in the workspace):
	 * handed to the loop with `finished`, so that opening a document
	 * reads nothing the scan has read */
	fp_settings *handover;
	bool woken;
	size_t known;
	/* the store's state as the worker last saw it, for health */
	bool have_store, store_persistent;
	fp_breaker_state breaker;
	unsigned breaker_failures;
	/* until when the loop wants the CPU (fp_clock_ms), set as requests
	 * arrive: the worker waits between files until then */
	_Atomic uint64_t busy_until;
	/* the worker's own: the store (opened at the first scan) and the rows
	 * of the last scan's files, which rechecks also write to */
	char *cache_dir;
	bool no_cache;
	bool store_tried;
	fp_store *store;
	fp_cache *cache;
	/* the worker's own: what the folders said (project/settings.h) */
	fp_settings *settings;
	/* the worker's own: extension URLs of the last scan (sorted) */
	fp_arena ext_arena;
	const char **ext_urls;
	size_t next_urls, cap_urls;
	/* the worker's own: the files that declared definitions when last
	 * checked (keys fp_strdup'd, values the same pointer), so that a
	 * recheck of one that no longer does (edited, deleted) rescans too */
	fp_strmap definers;
};

void lsp_wfile_free(lsp_wfile *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->ndiags; i++)
		fp_free(f->diags[i].message);
	fp_free(f->diags);
	fp_free(f->uses);
	for (size_t i = 0; i < f->nsyms; i++) {
		fp_free((char *)f->syms[i].url);
		fp_free((char *)f->syms[i].name);
		fp_free((char *)f->syms[i].detail);
	}
	fp_free(f->syms);
	fp_free(f->path);
	fp_free(f);
}

/* A copy of s (NULL stays NULL) in its own allocation; *ok false when
 * out of memory. */
static char *dup_opt(const char *s, bool *ok)
{
	char *r = s ? fp_strdup(s) : NULL;
	*ok = *ok && (!s || r);
	return r;
}

/* Copy the definitions c declares into f. False when out of memory. */
static bool copy_symbols(lsp_wfile *f, const fp_checked *c)
{
	if (!c->nsyms)
		return true;
	f->syms = fp_calloc(c->nsyms, sizeof *f->syms);
	if (!f->syms)
		return false;
	bool ok = true;
	for (size_t i = 0; i < c->nsyms && ok; i++) {
		fp_symbol *y = &f->syms[i];
		*y = c->syms[i];
		y->url = dup_opt(c->syms[i].url, &ok);
		y->name = dup_opt(c->syms[i].name, &ok);
		y->detail = dup_opt(c->syms[i].detail, &ok);
		f->nsyms = i + 1;
		f->bytes += sizeof *y + (y->url ? strlen(y->url) + 1 : 0) +
			    (y->name ? strlen(y->name) + 1 : 0) + (y->detail ? strlen(y->detail) + 1 : 0);
	}
	return ok;
}

/* ---- posting results (worker side) ------------------------------------ */

/* Wake the loop if it has nothing waiting yet. Called under mu. */
static void wake(lsp_ws *w)
{
	if (w->woken)
		return;
	char b = 1;
	if (write(w->wake[1], &b, 1) == 1)
		w->woken = true;
}

/* Hand f to the loop, unless the scan it belongs to was cancelled. */
static void post_file(lsp_ws *w, lsp_wfile *f, uint64_t gen, bool count)
{
	pthread_mutex_lock(&w->mu);
	if (w->gen != gen || w->stop) {
		pthread_mutex_unlock(&w->mu);
		lsp_wfile_free(f);
		return;
	}
	if (!fp_grow(&w->out, &w->capout, w->nout, sizeof *w->out, 64)) {
		pthread_mutex_unlock(&w->mu);
		lsp_wfile_free(f);
		return;
	}
	w->out[w->nout++] = f;
	if (count)
		w->done++;
	wake(w);
	pthread_mutex_unlock(&w->mu);
}

/* True when the work of generation gen is superseded or the worker must
 * stop; waits here while paused. */
static bool cancelled(lsp_ws *w, uint64_t gen)
{
	/* the editor is busy: let its requests have both cores */
	for (int n = 0; n < 1000 && fp_clock_ms() < atomic_load(&w->busy_until); n++) {
		struct timespec ts = { 0, 2 * 1000 * 1000 };
		nanosleep(&ts, NULL);
		if (__atomic_load_n(&w->stop, __ATOMIC_RELAXED))
			break;
	}
	pthread_mutex_lock(&w->mu);
	while (w->paused && !w->stop && w->gen == gen)
		pthread_cond_wait(&w->cv, &w->mu);
	bool c = w->stop || w->gen != gen;
	pthread_mutex_unlock(&w->mu);
	return c;
}

/* ---- checking files --------------------------------------------------- */

/* What a run of the driver posts to: the scan's generation, and whether
 * a file of it defines extensions. */
typedef struct run {
	lsp_ws *w;
	uint64_t gen;
	bool full;              /* a full scan (counts progress) */
	bool defines_ext;
	size_t expressions;     /* in the files it checked */
} run;

/* Remember whether the file at path declares definitions the analysis
 * checks against (worker thread). Out of memory: not remembered, so a
 * later recheck of it may not rescan. */
static void note_definer(lsp_ws *w, const char *path, bool defines)
{
	char *old = fp_strmap_get(&w->definers, path);
	if (defines && !old) {
		char *k = fp_strdup(path);
		if (k && !fp_strmap_put(&w->definers, k, k))
			fp_free(k);
	} else if (!defines && old) {
		fp_strmap_del(&w->definers, path);
		fp_free(old);
	}
}

/* The model's own copy of an element path (a record from the store
 * holds its own strings): one pointer per element, whatever file. */
static const char *model_element(const char *path)
{
	static const fp_fhir_version all[] = { FP_FHIR_R4, FP_FHIR_R5, FP_FHIR_R4B };
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		const char *e = fp_element_named(fp_model_get(all[i]), path, strlen(path));
		if (e && strcmp(e, path) == 0)
			return e;
	}
	return NULL;
}

/* driver convert(): the findings of c with positions in the client's
 * encoding; NULL when out of memory (the file is skipped, never
 * half-posted). */
static const fp_diags no_diags;

static void *convert(void *ctx, const fp_checked *c)
{
	run *r = ctx;
	if (c->failed)
		return NULL;
	r->defines_ext = r->defines_ext || c->defines_extensions;
	r->expressions += c->expressions;
	note_definer(r->w, c->path, c->defines_extensions && !c->gone);
	lsp_wfile *f = fp_calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->path = fp_strdup(c->path);
	bool ok = f->path != NULL;
	f->gone = c->gone;
	const fp_diags *diags = c->diags;
	/* A FIFO or a device: what it says goes to the log, never to the
	 * client, which would open the file to place the finding (Neovim
	 * 0.7 reads it to convert columns and blocks on a FIFO). */
	if (ok && c->special) {
		for (size_t i = 0; i < diags->len; i++)
			fp_log(FP_LOG_INFO, NULL, "%s: %s", c->path, diags->items[i].message);
		diags = &no_diags;
	}
	if (ok && !c->gone && diags->len) {
		f->diags = fp_calloc(diags->len, sizeof *f->diags);
		ok = f->diags != NULL;
	}
	fp_colunit unit = r->w->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	for (size_t i = 0; ok && !c->gone && i < diags->len; i++) {
		const fp_diag *x = &diags->items[i];
		lsp_wdiag *o = &f->diags[i];
		size_t l, col;
		fp_lines_pos(c->lines, x->start, unit, &l, &col);
		o->l0 = (uint32_t)l;
		o->c0 = (uint32_t)col;
		fp_lines_pos(c->lines, x->end, unit, &l, &col);
		o->l1 = (uint32_t)l;
		o->c1 = (uint32_t)col;
		o->code = (uint16_t)x->code;
		o->severity = (uint8_t)x->severity;
		o->message = fp_strdup(x->message);
		ok = o->message != NULL;
		f->ndiags = i + 1;
	}
	if (ok && !c->gone && c->nuses) {
		f->uses = fp_calloc(c->nuses, sizeof *f->uses);
		ok = f->uses != NULL;
	}
	for (size_t i = 0; ok && !c->gone && i < c->nuses; i++) {
		const char *e = model_element(c->uses[i].element);
		if (e)
			f->uses[f->nuses++] = (lsp_wuse){ e, c->uses[i].start, c->uses[i].end };
	}
	if (ok && !c->gone)
		ok = copy_symbols(f, c);
	if (!ok) {
		lsp_wfile_free(f);
		return NULL;
	}
	f->bytes += sizeof *f + strlen(f->path) + 1 + f->ndiags * sizeof *f->diags +
		   f->nuses * sizeof *f->uses;
	for (size_t i = 0; i < f->ndiags; i++)
		f->bytes += strlen(f->diags[i].message) + 1;
	return f;
}

static void deliver(void *ctx, size_t input, void *f)
{
	run *r = ctx;
	post_file(r->w, f, r->gen, r->full);
}

static bool run_cancelled(void *ctx)
{
	run *r = ctx;
	return cancelled(r->w, r->gen);
}

static void drop(void *ctx, void *f)
{
	lsp_wfile_free(f);
}

/* A driver for a run of generation gen (NULL when out of memory). */
static fp_driver *new_driver(lsp_ws *w, run *r, uint64_t gen, bool full)
{
	memset(r, 0, sizeof *r);
	r->w = w;
	r->gen = gen;
	r->full = full;
	fp_driver_fns fns = { r, convert, deliver, run_cancelled, drop };
	fp_driver *d = fp_driver_new(&fns, w->max_file);
	if (d && w->cache)
		fp_driver_use_cache(d, w->cache);
	return d;
}

/* ---- the store ------------------------------------------------------------ */

static void store_warning(void *ctx, const char *msg)
{
	fp_log(FP_LOG_WARN, "\"area\":\"cache\"", "%s", msg);
}

/* What health shows of the store: copied under mu after each use. */
static void publish_store(lsp_ws *w)
{
	if (!w->store)
		return;
	unsigned failures;
	fp_breaker_state b = fp_store_breaker(w->store, &failures);
	bool persistent = fp_store_persistent(w->store);
	pthread_mutex_lock(&w->mu);
	w->have_store = true;
	w->store_persistent = persistent;
	w->breaker = b;
	w->breaker_failures = failures;
	pthread_mutex_unlock(&w->mu);
}

static void reload_rows(lsp_ws *w)
{
	fp_cache_free(w->cache);
	w->cache = NULL;
	char abs[PATH_MAX];
	if (w->store && fp_cache_abs_path(w->root, abs, sizeof abs))
		w->cache = fp_cache_new(w->store, abs);
}

/* Before a full scan: the rows of the workspace's files, as the last run
 * (this server's, another's, `check`'s or `index`'s) left them.
 *
 * A store whose breaker is open (it fell back to memory after failing
 * writes) is tried again here, half-open, at once: a full scan reads
 * every row and writes every file it checks, so it is the natural trial
 * and the one that gains most from the file (the rows of files that did
 * not change). Scans are rare (start, a configuration change), so a
 * disk that stays broken costs one failed open per scan. Between scans,
 * a file's recheck tries no sooner than the store's back-off (60 s after
 * the breaker opened, doubling after each failed trial): saves come by
 * the second and each trial may wait out a lock for 3 s. */
static void load_cache(lsp_ws *w)
{
	if (w->no_cache)
		return;
	if (!w->store_tried) {
		w->store_tried = true;
		/* named as check and index name it: a workspace inside a
		 * repository shares the repository's database */
		char root[PATH_MAX];
		const char *const one[] = { w->root };
		fp_cache_root(one, 1, root, sizeof root);
		fp_store_config cfg = { w->cache_dir, root, false, store_warning, w };
		w->store = fp_store_open(&cfg);
	} else {
		fp_store_retry(w->store, true);
	}
	reload_rows(w);
	publish_store(w);
}

/* Add the file at path to driver d; code, when not 0, is the walk's
 * finding instead of a read (error says why), as `check` adds it. */
static bool add_file(lsp_ws *w, fp_driver *d, const char *path, fp_fhir_version v, bool given,
		     int code, const char *error)
{
	fp_check_options opt;
	memset(&opt, 0, sizeof opt);
	opt.lean = true;        /* only the diagnostics are posted */
	if (!w->settings)
		w->settings = fp_settings_new();
	/* the FHIR version: the editor's, else what the folders around the
	 * file name, else v; the nearest .fhirpath-ls.json's severities (a
	 * malformed one: the defaults) */
	fp_settings_found f;
	fp_settings_lookup(w->settings, path, &f);
	opt.version = given || !f.says ? v : f.version;
	opt.config = f.config;
	return fp_driver_add(d, path, path, NULL, code, error, 0, &opt);
}

/* Check one file again, as `check` does, with the definitions of the
 * last full scan. True when it declares definitions, or did when last
 * checked (then every file may judge its extension('url'),
 * conformsTo('url') and memberOf('url') calls differently now). */
static bool recheck_file(lsp_ws *w, const char *path, uint64_t gen, fp_fhir_version v, bool given)
{
	bool defined = fp_strmap_get(&w->definers, path) != NULL;
	run r;
	if (w->store && fp_store_retry(w->store, false))
		reload_rows(w);         /* the file's rows, not memory's */
	fp_driver *d = new_driver(w, &r, gen, false);
	if (d && add_file(w, d, path, v, given, 0, NULL) &&
	    fp_driver_known_extensions(d, w->ext_urls, w->next_urls))
		fp_driver_run(d, 1);
	fp_driver_free(d);
	if (w->cache)
		fp_cache_flush(w->cache, false);
	publish_store(w);
	return r.defines_ext || defined;
}

/* A whole scan is a run `doctor` reports on, as check's and index's are. */
static void note_run(lsp_ws *w, const run *r, uint64_t ms)
{
	fp_cache_stats st;
	fp_cache_get_stats(w->cache, &st);
	fp_store_run row = { "serve", (int64_t)st.files, (int64_t)st.hits, (int64_t)st.changed,
			     (int64_t)st.removed, (int64_t)r->expressions, (int64_t)ms };
	fp_store_note_run(w->store, &row);
}

/* ---- the full scan ----------------------------------------------------- */

/* A file the walk found, or a path it could not read (code 9001: a
 * dangling or looping link, a folder it cannot enter, a path longer
 * than PATH_MAX), which gets `check`'s finding. */
typedef struct found {
	char *path;
	int code;
	char *message;
} found;

typedef struct file_list {
	found *v;
	size_t n, cap;
	lsp_wfile **skipped;    /* links not followed: one warning each */
	size_t nskipped, capskipped;
	bool full;
	lsp_ws *w;              /* for cancellation */
	uint64_t gen;
} file_list;

/* A walk stops when its scan is superseded or the worker must stop. */
static bool walk_cancelled(void *ctx)
{
	file_list *l = ctx;
	pthread_mutex_lock(&l->w->mu);
	bool c = l->w->stop || l->w->gen != l->gen;
	pthread_mutex_unlock(&l->w->mu);
	return c || l->full;
}

static void visit(void *ctx, const fp_walk_entry *e)
{
	file_list *l = ctx;
	const char *path = e->path;
	if (e->code == FP_D_LINK_OUTSIDE_ROOT && !l->full &&
	    fp_grow(&l->skipped, &l->capskipped, l->nskipped, sizeof *l->skipped, 8)) {
		/* a link leading out of the workspace: say so on the link */
		lsp_wfile *f = fp_calloc(1, sizeof *f);
		lsp_wdiag *d = f ? fp_calloc(1, sizeof *d) : NULL;
		if (d && (f->path = fp_strdup(path)) && (d->message = fp_strdup(e->message))) {
			d->code = FP_D_LINK_OUTSIDE_ROOT;
			d->severity = FP_SEV_WARNING;
			f->diags = d;
			f->ndiags = 1;
			f->bytes = sizeof *f + sizeof *d + strlen(path) + strlen(e->message) + 2;
			l->skipped[l->nskipped++] = f;
		} else if (f) {
			f->diags = d;
			f->ndiags = d != NULL;
			lsp_wfile_free(f);
		}
		return;
	}
	if (l->full)
		return;
	if (l->n == LSP_WS_MAX_FILES) {
		l->full = true;
		return;
	}
	if (!fp_grow(&l->v, &l->cap, l->n, sizeof *l->v, 256))
		return;
	found f = { fp_strdup(path), e->code, e->message ? fp_strdup(e->message) : NULL };
	if (f.path && (!e->message || f.message))
		l->v[l->n++] = f;
	else {
		fp_free(f.path);
		fp_free(f.message);
	}
}


/* Keep the run's extension URLs (sorted, unique) for rechecks, and post
 * a copy for the loop (open documents are checked against them). */
static void keep_extensions(lsp_ws *w, const fp_driver *d, uint64_t gen)
{
	size_t n;
	const char *const *urls = fp_driver_extensions(d, &n);
	fp_arena_release(&w->ext_arena);
	fp_arena_init(&w->ext_arena);
	w->next_urls = 0;
	for (size_t i = 0; i < n; i++) {
		const char *u = fp_arena_strndup(&w->ext_arena, urls[i], strlen(urls[i]));
		if (!u || !fp_grow(&w->ext_urls, &w->cap_urls, w->next_urls, sizeof *w->ext_urls, 64))
			break;
		w->ext_urls[w->next_urls++] = u;
	}
	char **copy = w->next_urls ? fp_calloc(w->next_urls, sizeof *copy) : NULL;
	size_t k = 0;
	for (; copy && k < w->next_urls; k++) {
		if (!(copy[k] = fp_strdup(w->ext_urls[k])))
			break;
	}
	pthread_mutex_lock(&w->mu);
	if (w->gen == gen && !w->stop && k == w->next_urls) {
		for (size_t i = 0; i < w->next; i++)
			fp_free(w->ext[i]);
		fp_free(w->ext);
		w->ext = copy;
		w->next = k;
		w->have_ext = true;
		copy = NULL;
		wake(w);
	}
	pthread_mutex_unlock(&w->mu);
	for (size_t i = 0; copy && i < k; i++)
		fp_free(copy[i]);
	fp_free(copy);
}

/* A full scan: every file under the root through the driver, as `check
 * ROOT` would check them, each posted as soon as it is final. */
static void scan(lsp_ws *w, uint64_t gen, fp_fhir_version v, bool given)
{
	file_list l = { 0 };
	l.w = w;
	l.gen = gen;
	uint64_t t0 = fp_clock_ms();
	fp_walk_until(w->root, fp_is_input_file, visit, &l, walk_cancelled);
	pthread_mutex_lock(&w->mu);
	if (w->gen == gen) {
		w->started = true;
		w->finished = false;
		w->done = 0;
		w->total = l.n;
		w->known = l.n;
		wake(w);
	}
	pthread_mutex_unlock(&w->mu);
	for (size_t i = 0; i < l.nskipped; i++)
		post_file(w, l.skipped[i], gen, false);
	fp_free(l.skipped);
	run r;
	load_cache(w);
	fp_driver *d = new_driver(w, &r, gen, true);
	bool ok = d != NULL;
	for (size_t i = 0; ok && i < l.n; i++)
		ok = add_file(w, d, l.v[i].path, v, given, l.v[i].code, l.v[i].message);
	if (ok) {
		fp_driver_run(d, 1);
		if (!cancelled(w, gen))
			keep_extensions(w, d, gen);
	}
	fp_driver_free(d);
	/* what it learnt is written; a whole scan also forgets files gone */
	if (w->cache) {
		bool whole = ok && !cancelled(w, gen);
		fp_cache_flush(w->cache, whole && !l.full);
		if (whole)
			note_run(w, &r, fp_clock_ms() - t0);
	}
	publish_store(w);
	pthread_mutex_lock(&w->mu);
	if (w->gen == gen && !w->stop) {
		w->finished = true;
		/* the cache is the loop's now; rechecks start a new one */
		fp_settings_free(w->handover);
		w->handover = w->settings;
		w->settings = NULL;
		wake(w);
	}
	pthread_mutex_unlock(&w->mu);
	for (size_t i = 0; i < l.n; i++) {
		fp_free(l.v[i].path);
		fp_free(l.v[i].message);
	}
	fp_free(l.v);
}

/* ---- the thread --------------------------------------------------------- */

static void *worker(void *arg)
{
	lsp_ws *w = arg;
	/* background work yields the CPU to the loop thread */
	setpriority(PRIO_PROCESS, (id_t)syscall(SYS_gettid), 10);
	pthread_mutex_lock(&w->mu);
	for (;;) {
		while (!w->stop && (w->paused || (!w->want_scan && w->npaths == 0)))
			pthread_cond_wait(&w->cv, &w->mu);
		if (w->stop)
			break;
		uint64_t gen = w->gen;
		fp_fhir_version v = w->version;
		bool given = w->version_given;
		bool stale = w->settings_stale;
		w->settings_stale = false;
		if (w->want_scan) {
			w->want_scan = false;
			pthread_mutex_unlock(&w->mu);
			if (stale)
				fp_settings_clear(w->settings);
			scan(w, gen, v, given);
			pthread_mutex_lock(&w->mu);
			continue;
		}
		char *path = w->paths[--w->npaths];
		pthread_mutex_unlock(&w->mu);
		if (stale)
			fp_settings_clear(w->settings);
		bool ext = recheck_file(w, path, gen, v, given);
		fp_free(path);
		pthread_mutex_lock(&w->mu);
		/* an extension definition changed: every file may judge its
		 * extension('url') calls differently now */
		if (ext && w->gen == gen && !w->stop) {
			w->gen++;
			w->want_scan = true;
		}
	}
	pthread_mutex_unlock(&w->mu);
	fp_arena_drop_spare();  /* this thread's cached block dies with it */
	return NULL;
}

lsp_ws *lsp_ws_start(const char *root, fp_fhir_version v, bool given, bool utf8, size_t max_file,
		     const char *cache_dir, bool no_cache)
{
	lsp_ws *w = fp_calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->no_cache = no_cache;
	w->cache_dir = cache_dir ? fp_strdup(cache_dir) : NULL;
	w->root = fp_strdup(root);
	w->utf8 = utf8;
	w->max_file = max_file;
	w->version = v;
	w->version_given = given;
	w->want_scan = true;
	fp_arena_init(&w->ext_arena);
	fp_strmap_init(&w->definers);
	if (!w->root || pipe(w->wake) != 0) {
		fp_free(w->root);
		fp_free(w);
		return NULL;
	}
	fcntl(w->wake[0], F_SETFL, O_NONBLOCK);
	fcntl(w->wake[0], F_SETFD, FD_CLOEXEC);
	fcntl(w->wake[1], F_SETFD, FD_CLOEXEC);
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	/* the parser and the analyser recurse up to FP_MAX_DEPTH levels, as
	 * on the driver's threads: a default thread stack (128 KiB with
	 * musl) overflowed on 230 nested parentheses and took the server
	 * down; the size is address space, touched only as deep as used */
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	pthread_attr_setstacksize(&attr, (size_t)16 << 20);
	int rc = pthread_create(&w->thread, &attr, worker, w);
	pthread_attr_destroy(&attr);
	if (rc != 0) {
		close(w->wake[0]);
		close(w->wake[1]);
		pthread_mutex_destroy(&w->mu);
		pthread_cond_destroy(&w->cv);
		fp_free(w->root);
		fp_free(w);
		return NULL;
	}
	return w;
}

int lsp_ws_fd(const lsp_ws *w)
{
	return w->wake[0];
}

void lsp_ws_take(lsp_ws *w, lsp_ws_batch *b)
{
	memset(b, 0, sizeof *b);
	char buf[16];
	while (read(w->wake[0], buf, sizeof buf) > 0)
		;
	pthread_mutex_lock(&w->mu);
	w->woken = false;
	b->files = w->out;
	b->nfiles = w->nout;
	w->out = NULL;
	w->nout = w->capout = 0;
	if (w->have_ext) {
		b->have_ext_urls = true;
		b->ext_urls = w->ext;
		b->next_urls = w->next;
		w->ext = NULL;
		w->next = 0;
		w->have_ext = false;
	}
	b->done = w->done;
	b->total = w->total;
	b->scan_started = w->started;
	b->scan_finished = w->finished;
	if (w->finished) {
		b->settings = w->handover;
		w->handover = NULL;
	}
	w->started = w->finished = false;
	pthread_mutex_unlock(&w->mu);
}

void lsp_ws_batch_release(lsp_ws_batch *b)
{
	for (size_t i = 0; i < b->nfiles; i++)
		lsp_wfile_free(b->files[i]);
	fp_free(b->files);
	for (size_t i = 0; i < b->next_urls; i++)
		fp_free(b->ext_urls[i]);
	fp_free(b->ext_urls);
	fp_settings_free(b->settings);
	memset(b, 0, sizeof *b);
}

void lsp_ws_rescan(lsp_ws *w, fp_fhir_version v, bool given)
{
	pthread_mutex_lock(&w->mu);
	w->gen++;
	w->version = v;
	w->version_given = given;
	w->settings_stale = true;
	w->want_scan = true;
	/* results of the abandoned scan are stale: drop them */
	for (size_t i = 0; i < w->nout; i++)
		lsp_wfile_free(w->out[i]);
	w->nout = 0;
	w->started = w->finished = false;
	fp_settings_free(w->handover);  /* read before the change */
	w->handover = NULL;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
}

void lsp_ws_recheck(lsp_ws *w, const char *path)
{
	/* "/ws/../outside/x.json" or a link out of the folder is not ours */
	char norm[PATH_MAX];
	if (!fp_path_within(w->root, path, norm, sizeof norm))
		return;
	char *p = fp_strdup(norm);
	if (!p)
		return;
	pthread_mutex_lock(&w->mu);
	/* one pending recheck per path */
	for (size_t i = 0; i < w->npaths; i++) {
		if (strcmp(w->paths[i], p) == 0) {
			pthread_mutex_unlock(&w->mu);
			fp_free(p);
			return;
		}
	}
	if (!fp_grow(&w->paths, &w->cappaths, w->npaths, sizeof *w->paths, 16)) {
		pthread_mutex_unlock(&w->mu);
		fp_free(p);
		return;
	}
	w->paths[w->npaths++] = p;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
}

void lsp_ws_busy(lsp_ws *w, unsigned ms)
{
	atomic_store(&w->busy_until, fp_clock_ms() + ms);
}

void lsp_ws_pause(lsp_ws *w, bool paused)
{
	pthread_mutex_lock(&w->mu);
	w->paused = paused;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
}

bool lsp_ws_cache_state(const lsp_ws *w, bool *persistent, fp_breaker_state *breaker,
			unsigned *failures)
{
	lsp_ws *m = (lsp_ws *)w;
	pthread_mutex_lock(&m->mu);
	bool have = m->have_store;
	*persistent = m->store_persistent;
	*breaker = m->breaker;
	*failures = m->breaker_failures;
	pthread_mutex_unlock(&m->mu);
	return have;
}

size_t lsp_ws_files(const lsp_ws *w)
{
	lsp_ws *m = (lsp_ws *)w;
	pthread_mutex_lock(&m->mu);
	size_t n = m->known;
	pthread_mutex_unlock(&m->mu);
	return n;
}

void lsp_ws_stop(lsp_ws *w)
{
	if (!w)
		return;
	pthread_mutex_lock(&w->mu);
	__atomic_store_n(&w->stop, true, __ATOMIC_RELAXED);
	w->gen++;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
	pthread_join(w->thread, NULL);
	for (size_t i = 0; i < w->nout; i++)
		lsp_wfile_free(w->out[i]);
	fp_free(w->out);
	for (size_t i = 0; i < w->npaths; i++)
		fp_free(w->paths[i]);
	fp_free(w->paths);
	for (size_t i = 0; i < w->next; i++)
		fp_free(w->ext[i]);
	fp_free(w->ext);
	fp_free(w->ext_urls);
	fp_arena_release(&w->ext_arena);
	for (size_t i = 0; i < w->definers.cap; i++)
		fp_free(w->definers.slots[i].value);
	fp_strmap_release(&w->definers);
	fp_settings_free(w->settings);
	fp_settings_free(w->handover);
	fp_cache_free(w->cache);        /* the worker is gone: its store is ours */
	fp_store_close(w->store);
	fp_free(w->cache_dir);
	close(w->wake[0]);
	close(w->wake[1]);
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->cv);
	fp_free(w->root);
	fp_free(w);
}
