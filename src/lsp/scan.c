/*
 * lsp/scan.c - the workspace scan, loop side: start the worker, take its
 * results, show progress, publish the diagnostics of files that are not
 * open, answer workspace/diagnostic, and keep open documents checked
 * against the workspace's extension definitions.
 *
 * Diagnostics of files on disk reach the client one of two ways. A client
 * that pulls diagnostics (it has textDocument.diagnostic capabilities)
 * asks with workspace/diagnostic and is told to ask again
 * (workspace/diagnostic/refresh) when a scan ends. Any other client gets
 * textDocument/publishDiagnostics for each file with findings, as `check`
 * would print them, and an empty list when a file's findings are gone.
 * An open document always shows its own, live analysis instead.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "lsp/workspace.h"
#include "project/driver.h"
#include "runtime/runtime.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/str.h"

#define PROGRESS_TOKEN "fhirpath-ls/scan"
#define PROGRESS_EVERY_MS 200
/* A scan of fewer files is over before a report could help: it gets a
 * begin and an end only (and tests of small folders do not depend on
 * how fast the machine is). */
#define PROGRESS_MIN_FILES 50

/* ---- URIs --------------------------------------------------------------- */

char *lsp_uri_to_path(const char *uri)
{
	if (!uri || strncmp(uri, "file://", 7) != 0)
		return NULL;
	const char *p = uri + 7;
	if (strncmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;            /* a host we cannot reach */
	size_t n = strlen(p);
	char *out = fp_malloc(n + 1), *o = out;
	if (!out)
		return NULL;
	for (; *p; p++) {
		int hi, lo;
		if (*p == '%' && (hi = fp_hexval(p[1])) >= 0 && (lo = fp_hexval(p[2])) >= 0) {
			char c = (char)(hi * 16 + lo);
			if (c == 0) {
				fp_free(out);
				return NULL;
			}
			*o++ = c;
			p += 2;
		} else if (*p == '?' || *p == '#') {
			break;
		} else {
			*o++ = *p;
		}
	}
	*o = 0;
	return out;
}

char *lsp_path_to_uri(const char *path)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_adds(&b, "file://");
	fp_uri_encode_path(&b, path);
	if (b.failed) {
		fp_buf_release(&b);
		return NULL;
	}
	return b.data;          /* fp_buf memory: fp_free */
}

/* ---- progress ------------------------------------------------------------ */

/* $/progress with a WorkDoneProgressBegin/Report/End value. */
static void progress(lsp_server *s, const char *kind, const char *message, int percent)
{
	lsp_notify_begin(s, "$/progress");
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "token");
	fp_jw_str(w, PROGRESS_TOKEN);
	fp_jw_key(w, "value");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "kind");
	fp_jw_str(w, kind);
	if (strcmp(kind, "begin") == 0) {
		fp_jw_key(w, "title");
		fp_jw_str(w, "Checking FHIRPath in the workspace");
		fp_jw_key(w, "cancellable");
		fp_jw_bool(w, false);
	}
	if (message) {
		fp_jw_key(w, "message");
		fp_jw_str(w, message);
	}
	if (percent >= 0) {
		fp_jw_key(w, "percentage");
		fp_jw_int(w, percent);
	}
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	lsp_msg_end(s);
	s->progress_ms = fp_clock_ms();
}

static void start_worker(lsp_server *s);

static int percent(const lsp_server *s)
{
	return s->scan_total ? (int)(s->scan_done * 100 / s->scan_total) : 0;
}

static void progress_report(lsp_server *s, bool force)
{
	if (s->progress != 3 || s->scan_total < PROGRESS_MIN_FILES ||
	    (!force && fp_clock_ms() - s->progress_ms < PROGRESS_EVERY_MS))
		return;
	char m[64];
	snprintf(m, sizeof m, "%zu/%zu files", s->scan_done, s->scan_total);
	progress(s, "report", m, percent(s));
}

void lsp_scan_response(lsp_server *s, const fp_json *id, bool ok)
{
	int64_t v;
	if (s->progress != 1 || !id || id->kind != FP_JSON_NUMBER || !fp_json_i64(id, &v) ||
	    (uint64_t)v != s->progress_request)
		return;
	s->progress = ok ? 2 : 0;
	if (s->scan_waiting)
		start_worker(s);
}

/* ---- diagnostics of files on disk ---------------------------------------- */

void lsp_write_wdiags(lsp_server *s, const lsp_wfile *f)
{
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < f->ndiags; i++) {
		const lsp_wdiag *x = &f->diags[i];
		fp_jw_obj_begin(w);
		fp_jw_key(w, "range");
		fp_jw_obj_begin(w);
		lsp_write_linecol(w, "start", x->l0, x->c0);
		lsp_write_linecol(w, "end", x->l1, x->c1);
		fp_jw_obj_end(w);
		lsp_write_diag_fields(s, x->code, x->severity, x->message);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
}

/* publishDiagnostics for a file on disk (NULL diagnostics: clear). */
static void publish_file(lsp_server *s, const char *path, const lsp_wfile *f)
{
	char *uri = lsp_path_to_uri(path);
	if (uri)
		lsp_publish(s, uri, NULL, f);
	fp_free(uri);
}

/* Take one result: it replaces what was known of its file. */
static void apply(lsp_server *s, lsp_wfile *f)
{
	lsp_wfile *old = fp_strmap_get(&s->wsfiles, f->path);
	bool had = old && old->ndiags;
	bool show = !s->ws_pull && !fp_strmap_get(&s->docpaths, f->path);
	if (old) {
		fp_strmap_del(&s->wsfiles, old->path);
		s->ws_bytes -= old->bytes;
	}
	if (f->gone) {
		if (show && had)
			publish_file(s, f->path, NULL);
		lsp_wfile_free(f);
	} else {
		if (!fp_strmap_put(&s->wsfiles, f->path, f)) {
			lsp_wfile_free(f);      /* out of memory: forget the file */
			f = NULL;
		} else {
			s->ws_bytes += f->bytes;
		}
		if (show && ((f && f->ndiags) || had))
			publish_file(s, f ? f->path : old->path, f);
	}
	lsp_wfile_free(old);
}

static bool same_urls(char **a, size_t na, char **b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t i = 0; i < na; i++) {
		if (strcmp(a[i], b[i]) != 0)
			return false;
	}
	return true;
}

/* How the scan ended, in the words of `check`'s summary. */
static void summary(lsp_server *s, char *out, size_t n)
{
	size_t errors = 0, warnings = 0;
	for (size_t i = 0; i < s->wsfiles.cap; i++) {
		const lsp_wfile *f = s->wsfiles.slots[i].value;
		for (size_t k = 0; f && k < f->ndiags; k++) {
			fp_severity sev = (fp_severity)f->diags[k].severity;
			errors += sev == FP_SEV_ERROR;
			warnings += sev == FP_SEV_WARNING;
		}
	}
	snprintf(out, n, "%zu files: %zu error%s, %zu warning%s", s->wsfiles.len, errors,
		 errors == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
}

void lsp_scan_take(lsp_server *s)
{
	if (!s->ws)
		return;
	lsp_ws_batch b;
	lsp_ws_take(s->ws, &b);
	if (b.scan_started && !s->scanning) {
		s->scanning = true;
		s->scan_started_ms = fp_clock_ms();
	}
	s->scan_done = b.done;
	s->scan_total = b.total;
	if (b.have_ext_urls) {
		bool changed = !same_urls(s->ext_urls, s->next_urls, b.ext_urls, b.next_urls);
		for (size_t i = 0; i < s->next_urls; i++)
			fp_free(s->ext_urls[i]);
		fp_free(s->ext_urls);
		s->ext_urls = b.ext_urls;
		s->next_urls = b.next_urls;
		b.ext_urls = NULL;
		b.next_urls = 0;
		s->check.ext_urls = (const char *const *)s->ext_urls;
		s->check.next_urls = s->next_urls;
		if (changed)
			lsp_all_stale(s);       /* extension('url') is judged anew */
	}
	for (size_t i = 0; i < b.nfiles && !s->exit_now; i++) {
		apply(s, b.files[i]);
		b.files[i] = NULL;
	}
	if (b.scan_finished) {
		s->scanning = false;
		lsp_adopt_settings(s, b.settings);
		b.settings = NULL;
		char m[160];
		summary(s, m, sizeof m);
		fp_log(FP_LOG_INFO, NULL, "workspace scan: %s in %llu ms", m,
		       (unsigned long long)(fp_clock_ms() - s->scan_started_ms));
		if (s->progress == 3) {
			progress(s, "end", m, -1);
			s->progress = 2;
		}
		if (s->ws_pull && s->client_refresh) {
			lsp_request_send(s, "workspace/diagnostic/refresh");
			s->refresh_due = false;
		}
	} else if (s->scanning) {
		if (s->progress == 2) {
			progress(s, "begin", NULL, percent(s));
			s->progress = 3;
		}
		progress_report(s, false);
	}
	lsp_ws_batch_release(&b);
}

/* ---- requests from the loop --------------------------------------------- */

/* Start the worker; with a progress token, say so. */
static void start_worker(lsp_server *s)
{
	s->scan_waiting = false;
	/* files on disk: the same limit as check's (open documents have
	 * the editor's, max_document) */
	s->ws = lsp_ws_start(s->root, s->check.version, s->version_given, s->utf8, FP_MAX_FILE,
			     s->opt.cache_dir, s->opt.no_cache);
	if (!s->ws) {
		fp_log(FP_LOG_WARN, NULL, "cannot start the workspace scan (out of threads or memory): "
		       "open documents are still checked");
		return;
	}
	s->scanning = true;
	s->scan_started_ms = fp_clock_ms();
	fp_log(FP_LOG_INFO, NULL, "workspace scan of %s started", s->root);
	if (s->progress == 2) {
		progress(s, "begin", NULL, 0);
		s->progress = 3;
	}
}

/* How long the scan waits for the client to accept its progress token. */
#define TOKEN_WAIT_MS 1000

void lsp_scan_start(lsp_server *s)
{
	struct stat st;
	if (s->ws || s->scan_waiting || s->opt.no_scan || !s->root[0] || stat(s->root, &st) != 0 ||
	    !S_ISDIR(st.st_mode))
		return;
	if (!s->client_progress) {
		start_worker(s);
		return;
	}
	/* the scan starts once the client has the token (or gave no answer
	 * in time), so that its progress is shown from the first file */
	s->progress_request = lsp_request_begin(s, "window/workDoneProgress/create");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "token");
	fp_jw_str(&s->w, PROGRESS_TOKEN);
	fp_jw_obj_end(&s->w);
	lsp_msg_end(s);
	s->progress = 1;
	s->scan_waiting = true;
	s->scan_started_ms = fp_clock_ms();
}

void lsp_scan_tick(lsp_server *s)
{
	if (s->scan_waiting && fp_clock_ms() - s->scan_started_ms >= TOKEN_WAIT_MS) {
		fp_log(FP_LOG_INFO, NULL, "no answer to window/workDoneProgress/create: scanning without progress");
		s->progress = 0;
		start_worker(s);
	}
}

void lsp_scan_restart(lsp_server *s)
{
	if (!s->ws)
		return;
	lsp_ws_rescan(s->ws, s->check.version, s->version_given);
	if (!s->scanning)
		s->scan_started_ms = fp_clock_ms();
	s->scanning = true;
	s->scan_done = 0;
}

void lsp_scan_file_changed(lsp_server *s, const char *uri)
{
	if (!s->ws)
		return;
	char *path = lsp_uri_to_path(uri);
	if (path)
		lsp_ws_recheck(s->ws, path);
	fp_free(path);
}

void lsp_scan_doc_closed(lsp_server *s, const char *path)
{
	/* the editor may have left it unsaved: the file on disk is the truth */
	if (s->ws)
		lsp_ws_recheck(s->ws, path);
}

void lsp_scan_stop(lsp_server *s)
{
	lsp_ws_stop(s->ws);
	s->ws = NULL;
	for (size_t i = 0; i < s->wsfiles.cap; i++)
		lsp_wfile_free(s->wsfiles.slots[i].value);
	fp_strmap_release(&s->wsfiles);
	s->ws_bytes = 0;
	for (size_t i = 0; i < s->next_urls; i++)
		fp_free(s->ext_urls[i]);
	fp_free(s->ext_urls);
	s->ext_urls = NULL;
	s->next_urls = 0;
	s->check.ext_urls = NULL;
	s->check.next_urls = 0;
}

static int cmp_wfile(const void *a, const void *b)
{
	return strcmp((*(const lsp_wfile *const *)a)->path, (*(const lsp_wfile *const *)b)->path);
}

/* workspace/diagnostic: a full report for every scanned file that is not
 * open (open documents are reported by textDocument/diagnostic), in path
 * order. */
static int cmp_wfile(const void *a, const void *b);

void lsp_scan_unpush(lsp_server *s)
{
	if (!s->unpush_due)
		return;
	s->unpush_due = false;
	const lsp_wfile **v = s->wsfiles.len ? fp_calloc(s->wsfiles.len, sizeof *v) : NULL;
	size_t n = 0;
	for (size_t i = 0; v && i < s->wsfiles.cap; i++) {
		const lsp_wfile *f = s->wsfiles.slots[i].value;
		if (f && f->ndiags && !fp_strmap_get(&s->docpaths, f->path))
			v[n++] = f;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_wfile);       /* in path order */
	for (size_t i = 0; i < n; i++)
		publish_file(s, v[i]->path, NULL);
	fp_free(v);
}

bool lsp_workspace_diagnostic(lsp_req *r)
{
	lsp_server *s = r->s;
	if (s->client_pull && !s->ws_pull) {
		/* a pulling client that pulls files on disk too: what was
		 * pushed for them is taken back (before sleeping), so nothing
		 * shows twice */
		s->ws_pull = true;
		s->unpush_due = true;
	}
	const lsp_wfile **v = s->wsfiles.len ? fp_arena_alloc(r->arena, s->wsfiles.len * sizeof *v) : NULL;
	if (s->wsfiles.len && !v)
		return lsp_fail(r, -32603, "out of memory");
	size_t n = 0;
	for (size_t i = 0; i < s->wsfiles.cap; i++) {
		const lsp_wfile *f = s->wsfiles.slots[i].value;
		if (f && !fp_strmap_get(&s->docpaths, f->path))
			v[n++] = f;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, cmp_wfile);
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "items");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < n; i++) {
		char *uri = lsp_path_to_uri(v[i]->path);
		if (!uri)
			return lsp_fail(r, -32603, "out of memory");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "kind");
		fp_jw_str(w, "full");
		fp_jw_key(w, "uri");
		fp_jw_str(w, uri);
		fp_jw_key(w, "version");
		fp_jw_null(w);
		fp_jw_key(w, "items");
		lsp_write_wdiags(s, v[i]);
		fp_jw_obj_end(w);
		fp_free(uri);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	return true;
}
