/*
 * tests/check_oom.c - allocation failure loops (FP_OOM=1, run by
 * `make asan`): for each syntax case and each corpus file, fail allocation
 * N = 1, 2, 3, ... until a run needs no failure. Each failed run must end
 * as an error value (NULL / false), never a crash; LeakSanitizer checks
 * that nothing leaked when the runner exits.
 *
 * `serve` has its loop too: whole sessions replayed in memory
 * (lsp_serve_buffer), failing the Nth allocation, so every handler, the
 * document store, the analysis cache and the output path meet a failed
 * allocation in turn; a didClose whose map update fails once freed the
 * document but left it reachable (a use after free, found by the soak's
 * author) and is in the first session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"
#include "runner.h"
#include "project/pipeline.h"
#include "sources/fpfile.h"
#include "sources/fsh.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "lsp/server.h"
#include "runtime/runtime.h"
#include "project/cache.h"
#include "project/driver.h"
#include "store/internal.h"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* One attempt; true when it completed without an injected failure. */
static bool attempt(const char *text, size_t len, bool file, long fail_at)
{
	fp_arena_drop_spare();  /* every attempt allocates the same way */
	fp_alloc_fail_at(fail_at);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	bool ok;
	if (file) {
		fp_fpfile f;
		ok = fp_fpfile_parse(text, len, &a, &d, &f);
	} else {
		ok = fp_parse_text(text, len, &a, &d) != NULL && !d.failed;
	}
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	fp_diags_release(&d);
	fp_arena_release(&a);
	/* completed, and no allocation at or past fail_at was attempted */
	return ok && used < fail_at;
}

/* The same for the FSH reader (sources/fsh.h): its sites, with no tank. */
static bool attempt_fsh(const char *text, size_t len, long fail_at)
{
	fp_arena_drop_spare();
	fp_alloc_fail_at(fail_at);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_fhir_sites fs;
	bool ok = fp_fsh_sites(text, len, NULL, FP_FHIR_R4, &a, &d, &fs) && !d.failed;
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	fp_diags_release(&d);
	fp_arena_release(&a);
	return ok && used < fail_at;
}

static void loop(const char *name, const char *text, size_t len, bool file)
{
	long n = 1;
	for (; n < 100000; n++) {
		if (attempt(text, len, file, n))
			break;
	}
	rt_result(name, n < 100000, "did not finish within 100000 failure points");
}

/* ---- serve --------------------------------------------------------------- */

/* Frame each message of msgs (NULL-terminated) as a client would. */
static void frame_all(const char *const *msgs, fp_buf *out)
{
	for (size_t i = 0; msgs[i]; i++)
		fp_buf_printf(out, "Content-Length: %zu\r\n\r\n%s", strlen(msgs[i]), msgs[i]);
}

static const char *const session_docs[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"// @context Patient\\nname.given.where(use = 'x')\\nbirthdate\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/b.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"name\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":2,\"character\":9}},\"text\":\"birthDate\"}]}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":6}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":5}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":4}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":6}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"fhirpath/health\"}",
	"{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}",
	NULL,
};

static const char *const session_json[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\",\"languageId\":\"json\",\"version\":1,\"text\":\"{\\\"resourceType\\\":\\\"StructureDefinition\\\",\\\"type\\\":\\\"Patient\\\",\\\"snapshot\\\":{\\\"element\\\":[{\\\"path\\\":\\\"Patient\\\",\\\"constraint\\\":[{\\\"key\\\":\\\"p-1\\\",\\\"expression\\\":\\\"name.exists() or birthdate.exists()\\\"}]}]}}\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/semanticTokens/full\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":400}},\"context\":{\"diagnostics\":[]}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"fhirpath/resources\"}",
	NULL,
};

/* A Questionnaire typed by its items: launchContext, a variable typed by
 * its expression, linkIds, an edit inside the variable's expression. */
static const char *const session_questionnaire[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/q.json\",\"languageId\":\"json\",\"version\":1,\"text\":\"{\\\"resourceType\\\":\\\"Questionnaire\\\",\\\"status\\\":\\\"draft\\\",\\\"extension\\\":[{\\\"url\\\":\\\"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext\\\",\\\"extension\\\":[{\\\"url\\\":\\\"name\\\",\\\"valueCoding\\\":{\\\"code\\\":\\\"patient\\\"}},{\\\"url\\\":\\\"type\\\",\\\"valueCode\\\":\\\"Patient\\\"}]},{\\\"url\\\":\\\"http://hl7.org/fhir/StructureDefinition/variable\\\",\\\"valueExpression\\\":{\\\"name\\\":\\\"w\\\",\\\"language\\\":\\\"text/fhirpath\\\",\\\"expression\\\":\\\"%resource.item.where(linkId='w').answer.value\\\"}}],\\\"item\\\":[{\\\"linkId\\\":\\\"w\\\",\\\"type\\\":\\\"decimal\\\"},{\\\"linkId\\\":\\\"g\\\",\\\"type\\\":\\\"group\\\",\\\"repeats\\\":true,\\\"item\\\":[{\\\"linkId\\\":\\\"c\\\",\\\"type\\\":\\\"choice\\\",\\\"answerOption\\\":[{\\\"valueCoding\\\":{\\\"code\\\":\\\"a\\\"}},{\\\"valueString\\\":\\\"b\\\"}],\\\"extension\\\":[{\\\"url\\\":\\\"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression\\\",\\\"valueExpression\\\":{\\\"language\\\":\\\"text/fhirpath\\\",\\\"expression\\\":\\\"%w.code | %patient.gendr | %context.answer.value.code | %resource.repeat(item).where(linkId='x').answer\\\"}}]}]}]}\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/q.json\"},\"position\":{\"line\":0,\"character\":797}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/q.json\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":0,\"character\":408},\"end\":{\"line\":0,\"character\":409}},\"text\":\"c\"}]}}",
	NULL,
};

/* Suppression comments: read, applied (used, unused, malformed), and the
 * quick fix that writes one. */
static const char *const session_suppress[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/s.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"// @context Patient\\n// fhirpath-ls: ignore FP1001\\nname.famly\\ngender // fhirpath-ls: ignore FP1001, FP2003\\n// fhirpath-ls: ignor FP1\\n// fhirpath-ls: ignore-file FP2010\\nbirthdate\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/s.fhirpath\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":7,\"character\":0}},\"context\":{\"diagnostics\":[]}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}",
	NULL,
};

/* One session with the Nth allocation failing; true when it completed
 * without reaching it. */
static bool serve_attempt(const fp_buf *in, int out_fd, long fail_at)
{
	fp_arena_drop_spare();
	fp_alloc_fail_at(fail_at);
	lsp_serve_buffer(in->data, in->len, out_fd);
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	return used < fail_at;
}

static void serve_loop(const char *name, const char *const *msgs)
{
	if (!rt_selected(name))
		return;
	fp_buf in;
	fp_buf_init(&in);
	frame_all(msgs, &in);
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	fp_log_open(NULL, (fp_log_level)0);     /* failures would log */
	long n = 1;
	for (; n < 200000 && fd >= 0 && !in.failed; n++) {
		if (serve_attempt(&in, fd, n))
			break;
	}
	fp_log_close();
	fp_log_open(NULL, FP_LOG_WARN);
	if (fd >= 0)
		close(fd);
	fp_buf_release(&in);
	if (getenv("FP_OOM_VERBOSE"))
		fprintf(stderr, "%s: %ld failure points\n", name, n);
	rt_result(name, n < 200000, "did not finish within 200000 failure points");
}

/* ---- the store ------------------------------------------------------------ */

/* The store's loop: a workspace of STORE_FILES files whose rows a first,
 * undisturbed run has put in a database on disk; then, with the Nth
 * allocation failing, a run does what `check` does with it (open, load
 * the rows, look each file up, put a new generation of some, forget one
 * that is gone, flush, note the run, close), with sqlite's and zstd's
 * own allocations in the count (store/mem.c). Each attempt must end
 * with the run going on (in memory, at worst): a row it is given is
 * either right or absent, never another file's or a damaged record.
 * After each attempt, without failures, the database must still be
 * sound (integrity_check), never moved aside (a lack of memory is not
 * corruption), and every row in it must be right: what a failed run
 * wrote is either all there or not at all. */
#define STORE_FILES 12

typedef struct store_oom {
	char dir[PATH_MAX], root[PATH_MAX + 8], cache[PATH_MAX + 8];
	char paths[STORE_FILES][PATH_MAX + 32];
	unsigned warnings;
	bool wrong;             /* a row that is not what was put */
	char why[300];
} store_oom;

static void store_warn(void *ctx, const char *msg)
{
	store_oom *t = ctx;
	t->warnings++;
	(void)msg;
}

/* The record a file's row holds for content hash h: both name it, so a
 * row is right when its record is the one its path and hash give. */
static size_t record_for(const char *path, uint64_t h, char *out, size_t outlen)
{
	int n = snprintf(out, outlen, "record of %s at %llu: ", path, (unsigned long long)h);
	size_t k = n > 0 ? (size_t)n : 0;
	for (; k + 1 < outlen && k < 300; k++)          /* something to compress */
		out[k] = (char)('a' + (h + k) % 7);
	return k;
}

static bool row_right(store_oom *t, const fp_store_file *f)
{
	char want[512];
	size_t n = record_for(f->path, f->hash, want, sizeof want);
	bool known = false;
	for (size_t i = 0; i < STORE_FILES; i++)
		known |= strcmp(t->paths[i], f->path) == 0;
	/* a record that did not decompress is given as none: a miss */
	if (known && (f->nrecord == 0 || (f->nrecord == n && memcmp(f->record, want, n) == 0)) &&
	    f->size == (int64_t)(f->hash & 0xffff))
		return true;
	if (!t->wrong)
		snprintf(t->why, sizeof t->why, "wrong row for %s (hash %llu, %zu bytes)", f->path,
			 (unsigned long long)f->hash, f->nrecord);
	t->wrong = true;
	return false;
}

static fp_store_file file_at(store_oom *t, size_t i, uint64_t h, char *rec, size_t reclen)
{
	fp_store_file f;
	memset(&f, 0, sizeof f);
	f.path = t->paths[i];
	f.hash = h;
	f.size = (int64_t)(h & 0xffff);
	f.mtime_ns = (int64_t)h;
	f.key = 42;
	f.record = rec;
	f.nrecord = record_for(f.path, h, rec, reclen);
	return f;
}

/* One run as check makes it; generation gen of the files it puts. */
static void store_run(store_oom *t, uint64_t gen)
{
	fp_store_config cfg = { t->cache, t->root, false, store_warn, t };
	fp_store *s = fp_store_open(&cfg);
	if (!s)
		return;         /* out of memory before there was a store */
	fp_cache *c = fp_cache_new(s, t->root);
	if (c) {
		for (size_t i = 0; i < STORE_FILES; i++) {
			const fp_store_file *row = fp_cache_find(c, t->paths[i]);
			if (row)
				row_right(t, row);
			fp_cache_seen(c, row, row != NULL);
			if (i % 3 == 0) {
				char rec[512];
				fp_store_file f = file_at(t, i, gen * 1000 + i, rec, sizeof rec);
				if (!fp_cache_put(c, &f))
					break;
			}
		}
		fp_cache_flush(c, true);
		fp_cache_stats st;
		fp_cache_get_stats(c, &st);
		fp_store_run run = { "check", (int64_t)st.files, (int64_t)st.hits, 0, 0, 0, 1 };
		fp_store_note_run(s, &run);
		fp_cache_free(c);
	}
	fp_store_close(s);
}

/* After an attempt, undisturbed: sound, not moved aside, every row right. */
static bool store_sound(store_oom *t)
{
	DIR *d = opendir(t->cache);
	struct dirent *e;
	bool moved = false;
	while (d && (e = readdir(d)) != NULL)
		moved |= strstr(e->d_name, ".corrupt-") != NULL;
	if (d)
		closedir(d);
	if (moved) {
		snprintf(t->why, sizeof t->why, "the database was moved aside");
		return false;
	}
	fp_store_config cfg = { t->cache, t->root, false, store_warn, t };
	fp_store *s = fp_store_open(&cfg);
	if (!s || !fp_store_persistent(s)) {
		snprintf(t->why, sizeof t->why, "the database cannot be opened again");
		fp_store_close(s);
		return false;
	}
	bool ok = true;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(fp_store_db(s), "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
		const char *r = sqlite3_step(st) == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
		if (!r || strcmp(r, "ok") != 0) {
			snprintf(t->why, sizeof t->why, "integrity_check: %s", r ? r : "no answer");
			ok = false;
		}
		sqlite3_finalize(st);
	}
	fp_store_files rows;
	if (!fp_store_files_load(s, t->root, &rows)) {
		snprintf(t->why, sizeof t->why, "rows cannot be loaded");
		ok = false;
	}
	size_t whole = 0;
	for (size_t i = 0; i < rows.n; i++) {
		ok &= row_right(t, &rows.v[i]);
		whole += rows.v[i].nrecord > 0;
	}
	if (ok && whole < STORE_FILES - 1) {    /* all there but the one gone */
		snprintf(t->why, sizeof t->why, "%zu rows of %d", whole, STORE_FILES - 1);
		ok = false;
	}
	fp_store_files_release(&rows);
	fp_store_close(s);
	return ok;
}

static void store_loop(const char *name)
{
	if (!rt_selected(name))
		return;
	store_oom *t = fp_calloc(1, sizeof *t);
	char base[PATH_MAX];
	snprintf(base, sizeof base, "%s/oom-store-XXXXXX", R.build);
	bool ok = t && realpath(R.build, t->dir) && mkdtemp(base) && realpath(base, t->dir);
	if (ok) {
		snprintf(t->root, sizeof t->root, "%s/ws", t->dir);
		snprintf(t->cache, sizeof t->cache, "%s/cache", t->dir);
		mkdir(t->root, 0700);
		for (size_t i = 0; i < STORE_FILES; i++)
			snprintf(t->paths[i], sizeof t->paths[i], "%s/f%zu.fhirpath", t->root, i);
		/* the first run writes every file but the gone one (the last,
		 * never on disk: flush forgets it) */
		fp_store_config cfg = { t->cache, t->root, false, store_warn, t };
		fp_store *s = fp_store_open(&cfg);
		fp_store_file files[STORE_FILES];
		static char recs[STORE_FILES][512];
		for (size_t i = 0; i < STORE_FILES; i++)
			files[i] = file_at(t, i, i + 1, recs[i], sizeof recs[i]);
		ok = s && fp_store_persistent(s) && fp_store_files_put(s, files, STORE_FILES, NULL, 0);
		fp_store_close(s);
		for (size_t i = 0; ok && i + 1 < STORE_FILES; i++) {
			int fd = open(t->paths[i], O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
			ok = fd >= 0;
			if (fd >= 0)
				close(fd);
		}
		if (!ok)
			snprintf(t->why, sizeof t->why, "cannot build the database");
	}
	long n = 1;
	bool hooked = fp_store_libs_hooked();
	for (; ok && n < 100000; n++) {
		fp_arena_drop_spare();
		fp_alloc_fail_at(n);
		store_run(t, (uint64_t)n);
		long used = fp_alloc_count();
		fp_alloc_fail_at(0);
		if (t->wrong || !store_sound(t)) {
			ok = false;
			break;
		}
		if (used < n)
			break;
	}
	if (getenv("FP_OOM_VERBOSE"))
		fprintf(stderr, "%s: %ld failure points\n", name, n);
	char detail[400];
	snprintf(detail, sizeof detail, "at failure point %ld: %s", n,
		 !hooked ? "sqlite does not allocate through fp_malloc" : t ? t->why : "no memory");
	rt_result(name, ok && hooked && n < 100000, detail);
	if (t && t->dir[0]) {
		char cmd[PATH_MAX + 32];
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", t->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "%s: cannot remove %s\n", name, t->dir);
	}
	fp_free(t);
}

/* ---- check with its cache -------------------------------------------------- */

/* The whole road of `check DIR` with the store (project/driver.h and
 * cache.h over store/), the Nth allocation failing: a run whose findings
 * came out whole (no input and not the driver ran out of memory, the
 * cache was there) must print exactly what a run without the cache
 * prints, whatever failed in the store (it goes on in memory); and after
 * every attempt an undisturbed run must print it too, so that nothing a
 * failed run wrote to the database (a record of a half-checked file) is
 * ever reported. Attempts alternate between a cold run (no database:
 * each file read, analysed and written) and a warm one (each file from
 * its row). */
typedef struct drun {
	fp_buf out;
	bool failed;
} drun;

static bool same_text(const fp_buf *a, const fp_buf *b)
{
	return a->len == b->len && (a->len == 0 || memcmp(a->data, b->data, a->len) == 0);
}

static void *dr_convert(void *ctx, const fp_checked *c)
{
	drun *r = ctx;
	r->failed |= c->failed || c->diags->failed;
	fp_buf_printf(&r->out, "%s %zu:", c->path, c->expressions);
	for (size_t i = 0; i < c->diags->len; i++) {
		const fp_diag *d = &c->diags->items[i];
		fp_buf_printf(&r->out, " %d@%u-%u/%d %s", d->code, d->start, d->end, (int)d->severity,
			      d->message ? d->message : "");
	}
	fp_buf_addc(&r->out, '\n');
	return NULL;
}

static void dr_deliver(void *ctx, size_t input, void *result)
{
	(void)ctx;
	(void)input;
	(void)result;
}

static const char *const dr_files[] = { "a.fhirpath", "b.fhirpath", "c.fhirpath", NULL };
static const char *const dr_texts[] = {
	"// @context Patient\nname.givn\nname.given.where(use = 'official').first()\n",
	"// @context Patient\n// fhirpath-ls: ignore FP1001\nname.givn.first()\nname.family // fhirpath-ls: ignore FP1001\n",
	"// @context Observation\nvalue.unit\nstatus = 'final' and code.coding.exists()\n",
};

/* One run over the files of root; cached: with the store in cache. */
static void dr_run(const char *root, const char *cache, bool cached, drun *r)
{
	fp_buf_init(&r->out);
	r->failed = false;
	fp_store *s = NULL;
	fp_cache *c = NULL;
	if (cached) {
		fp_store_config cfg = { cache, root, false, NULL, NULL };
		s = fp_store_open(&cfg);
		c = s ? fp_cache_new(s, root) : NULL;
		if (!c) {               /* check stops: out of memory */
			r->failed = true;
			fp_store_close(s);
			return;
		}
	}
	fp_driver_fns fns = { r, dr_convert, dr_deliver, NULL, NULL };
	fp_driver *d = fp_driver_new(&fns, FP_MAX_FILE);
	if (d && c)
		fp_driver_use_cache(d, c);
	for (size_t i = 0; d && dr_files[i]; i++) {
		char path[PATH_MAX + 64];
		snprintf(path, sizeof path, "%s/%s", root, dr_files[i]);
		fp_check_options opt;
		memset(&opt, 0, sizeof opt);
		opt.lean = true;
		if (!fp_driver_add(d, path, path, NULL, 0, NULL, 0, &opt))
			r->failed = true;
	}
	if (d)
		fp_driver_run(d, 1);
	r->failed |= !d || fp_driver_failed(d) || r->out.failed;
	fp_driver_free(d);
	if (c) {
		fp_cache_flush(c, true);
		fp_cache_free(c);
	}
	fp_store_close(s);
}

static void check_loop(const char *name)
{
	if (!rt_selected(name))
		return;
	char base[PATH_MAX], top[PATH_MAX], root[PATH_MAX + 8], cache[PATH_MAX + 8];
	snprintf(base, sizeof base, "%s/oom-check-XXXXXX", R.build);
	bool ok = mkdtemp(base) && realpath(base, top);
	char why[600] = "cannot make the workspace";
	drun want = { 0 }, got;
	fp_buf_init(&want.out);
	if (ok) {
		snprintf(root, sizeof root, "%s/ws", top);
		snprintf(cache, sizeof cache, "%s/cache", top);
		ok = mkdir(root, 0700) == 0;
		for (size_t i = 0; ok && dr_files[i]; i++) {
			char path[PATH_MAX + 64];
			snprintf(path, sizeof path, "%s/%s", root, dr_files[i]);
			ok = rt_write(path, dr_texts[i], strlen(dr_texts[i]));
			/* an hour old: the cache trusts its stat */
			struct timespec t[2] = { { time(NULL) - 3600, 0 }, { time(NULL) - 3600, 0 } };
			ok = ok && utimensat(AT_FDCWD, path, t, 0) == 0;
		}
	}
	if (ok) {
		fp_buf_release(&want.out);
		dr_run(root, cache, false, &want);
		ok = !want.failed && want.out.len > 0;
		dr_run(root, cache, true, &got);        /* fills the cache */
		ok = ok && !got.failed && same_text(&got.out, &want.out);
		fp_buf_release(&got.out);
		if (!ok)
			snprintf(why, sizeof why, "an undisturbed run differs");
	}
	/* odd attempts start from no database (every file analysed and
	 * written), even ones from the one the last undisturbed run left
	 * (every file from its row); the loop ends when both kinds have
	 * run to the end without reaching their failure point */
	long n = 1;
	bool cold_done = false, warm_done = false;
	for (; ok && n < 100000; n++) {
		bool cold = n % 2 == 1;
		if (cold) {
			char rm[PATH_MAX + 32];
			snprintf(rm, sizeof rm, "rm -rf '%s'", cache);
			ok = system(rm) == 0;
		}
		fp_arena_drop_spare();
		fp_alloc_fail_at(n);
		dr_run(root, cache, true, &got);
		long used = fp_alloc_count();
		fp_alloc_fail_at(0);
		if (!got.failed && !same_text(&got.out, &want.out)) {
			snprintf(why, sizeof why, "a run that did not fail printed:\n%.*s", (int)got.out.len,
				 got.out.data ? got.out.data : "");
			ok = false;
		}
		fp_buf_release(&got.out);
		dr_run(root, cache, true, &got);        /* what the attempt left */
		if (ok && (got.failed || !same_text(&got.out, &want.out))) {
			snprintf(why, sizeof why, "the run after it printed:\n%.*s", (int)got.out.len,
				 got.out.data ? got.out.data : "");
			ok = false;
		}
		fp_buf_release(&got.out);
		if (used < n)
			*(cold ? &cold_done : &warm_done) = true;
		if (!ok || (cold_done && warm_done))
			break;
	}
	if (getenv("FP_OOM_VERBOSE"))
		fprintf(stderr, "%s: %ld failure points\n", name, n);
	char detail[800];
	snprintf(detail, sizeof detail, "at failure point %ld: %s", n, why);
	rt_result(name, ok && n < 100000, detail);
	fp_buf_release(&want.out);
	char cmd[PATH_MAX + 32];
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", base);
	if (system(cmd) != 0)
		fprintf(stderr, "%s: cannot remove %s\n", name, base);
}

/* The workspace's definitions of an open Bundle: completion of a value
 * set URL, go-to-definition of a profile URL, workspace/symbol. */
static const char *const session_defs[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/defs.json\",\"languageId\":\"json\",\"version\":1,\"text\":\"{\\\"resourceType\\\": \\\"Bundle\\\", \\\"entry\\\": [{\\\"resource\\\": {\\\"resourceType\\\": \\\"StructureDefinition\\\", \\\"url\\\": \\\"http://example.org/fhir/StructureDefinition/p\\\", \\\"name\\\": \\\"P\\\", \\\"type\\\": \\\"Patient\\\", \\\"derivation\\\": \\\"constraint\\\"}}, {\\\"resource\\\": {\\\"resourceType\\\": \\\"ValueSet\\\", \\\"url\\\": \\\"http://example.org/fhir/ValueSet/v\\\", \\\"name\\\": \\\"V\\\"}}]}\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"// @context Patient\\nconformsTo('http://example.org/fhir/StructureDefinition/p')\\nmaritalStatus.memberOf('')\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":2,\"character\":24}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/definition\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":20}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"P\"}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/defs.json\"}}}",
	NULL,
};

void run_oom(void)
{
	store_loop("oom/store: open, load rows, put, flush, note the run");
	check_loop("oom/store: check of a workspace with its cache");
	serve_loop("oom/serve: documents, edits, requests, close, cancel", session_docs);
	serve_loop("oom/serve: a StructureDefinition in JSON", session_json);
	serve_loop("oom/serve: a Questionnaire typed by its items", session_questionnaire);
	serve_loop("oom/serve: workspace definitions", session_defs);
	serve_loop("oom/serve: suppression comments and their quick fix", session_suppress);
	char **files = rt_list("tests/syntax", ".txt");
	for (size_t f = 0; files && files[f]; f++) {
		tcases cs;
		if (!tcases_load(files[f], &cs))
			continue;
		for (size_t i = 0; i < cs.n; i++) {
			char name[400];
			snprintf(name, sizeof name, "oom/%s: %s", files[f], cs.v[i].name);
			if (rt_selected(name))
				loop(name, cs.v[i].input, strlen(cs.v[i].input), false);
		}
		tcases_free(&cs);
	}
	rt_free_list(files);
	static const char *const dirs[] = { "corpus/clean", "corpus/mistakes" };
	for (size_t k = 0; k < 2; k++) {
		char **list = rt_list(dirs[k], ".fhirpath");
		for (size_t i = 0; list && list[i]; i++) {
			char name[400];
			snprintf(name, sizeof name, "oom/%s", list[i]);
			if (!rt_selected(name))
				continue;
			size_t len;
			char *text = rt_read(list[i], &len);
			if (text)
				loop(name, text, len, true);
			fp_free(text);
		}
		rt_free_list(list);
		list = rt_list(dirs[k], ".fsh");
		for (size_t i = 0; list && list[i]; i++) {
			char name[400];
			snprintf(name, sizeof name, "oom/%s", list[i]);
			if (!rt_selected(name))
				continue;
			size_t len;
			char *text = rt_read(list[i], &len);
			long n = 1;
			for (; text && n < 100000; n++) {
				if (attempt_fsh(text, len, n))
					break;
			}
			rt_result(name, text && n < 100000, "did not finish within 100000 failure points");
			fp_free(text);
		}
		rt_free_list(list);
	}
}
