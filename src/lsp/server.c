/*
 * lsp/server.c - the loop, the method table, the lifecycle, documents and
 * diagnostics (see server.h).
 */
#define _GNU_SOURCE  /* memmem */
#include "internal.h"

#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "lsp/workspace.h"
#include "sources/fsh.h"
#include "project/ignore.h"
#include "project/settings.h"
#include "sources/config.h"
#include "util/alloc.h"
#include "util/clock.h"
#include "util/str.h"
#include "util/strmap.h"
#include "util/utf8.h"

/* JSON-RPC and LSP error codes */
enum {
	E_PARSE = -32700,
	E_INVALID_REQUEST = -32600,
	E_METHOD_NOT_FOUND = -32601,
	E_INVALID_PARAMS = -32602,
	E_INTERNAL = -32603,
	E_NOT_INITIALIZED = -32002,
	E_REQUEST_FAILED = -32803,
	E_REQUEST_CANCELLED = -32800,
};

bool lsp_fail(lsp_req *r, int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->err_msg, sizeof r->err_msg, fmt, ap);
	va_end(ap);
	r->err_code = code;
	return false;
}

/* ---- JSON helpers ---------------------------------------------------- */

const fp_json *lsp_get(const fp_json *obj, const char *path)
{
	const fp_json *v = obj;
	while (v && *path) {
		const char *dot = strchr(path, '.');
		size_t n = dot ? (size_t)(dot - path) : strlen(path);
		if (v->kind != FP_JSON_OBJECT)
			return NULL;
		const fp_json *next = NULL;
		for (size_t i = 0; i < v->u.obj.len; i++) {
			if (v->u.obj.items[i].key_len == n && memcmp(v->u.obj.items[i].key, path, n) == 0) {
				next = v->u.obj.items[i].value;
				break;
			}
		}
		v = next;
		path = dot ? dot + 1 : path + n;
	}
	return v;
}

const char *lsp_str(const fp_json *obj, const char *path)
{
	const fp_json *v = lsp_get(obj, path);
	return v && v->kind == FP_JSON_STRING ? v->u.str.s : NULL;
}

static int trace_level(const char *v);

static bool json_true(const fp_json *v)
{
	return v && v->kind == FP_JSON_TRUE;
}

static bool json_int(const fp_json *v, int64_t *out)
{
	return v && v->kind == FP_JSON_NUMBER && fp_json_i64(v, out);
}

/* ---- output ----------------------------------------------------------- */

void lsp_msg_send(lsp_server *s)
{
	if (s->out.failed) {
		fp_log(FP_LOG_ERROR, NULL, "out of memory writing a message");
	} else if (s->out.data && !lsp_write_message(s->opt.out_fd, s->out.data, s->out.len)) {
		fp_log(FP_LOG_WARN, NULL, "client gone: cannot write");
		s->exit_now = true;
	}
	fp_buf_reset(&s->out);
	s->out.failed = false;
	if (s->out.cap > ((size_t)1 << 20))
		fp_buf_shrink(&s->out, 65536);  /* after a huge response */
}

void lsp_msg_begin(lsp_server *s)
{
	fp_buf_reset(&s->out);
	fp_jw_init(&s->w, &s->out, false);
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "jsonrpc");
	fp_jw_str(&s->w, "2.0");
}

static void write_id(lsp_server *s, const fp_json *id)
{
	fp_jw_key(&s->w, "id");
	if (id)
		fp_jw_value(&s->w, id);
	else
		fp_jw_null(&s->w);
}

static void send_error(lsp_server *s, const fp_json *id, int code, const char *msg)
{
	lsp_msg_begin(s);
	write_id(s, id);
	fp_jw_key(&s->w, "error");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "code");
	fp_jw_int(&s->w, code);
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, msg);
	fp_jw_obj_end(&s->w);
	fp_jw_obj_end(&s->w);
	lsp_msg_send(s);
}

void lsp_notify_begin(lsp_server *s, const char *method)
{
	lsp_msg_begin(s);
	fp_jw_key(&s->w, "method");
	fp_jw_str(&s->w, method);
	fp_jw_key(&s->w, "params");
}

/* {"jsonrpc":"2.0","id":N,"method":M with a new id N. */
static uint64_t request_head(lsp_server *s, const char *method)
{
	uint64_t id = ++s->next_request_id;
	lsp_msg_begin(s);
	fp_jw_key(&s->w, "id");
	fp_jw_uint(&s->w, id);
	fp_jw_key(&s->w, "method");
	fp_jw_str(&s->w, method);
	return id;
}

uint64_t lsp_request_begin(lsp_server *s, const char *method)
{
	uint64_t id = request_head(s, method);
	fp_jw_key(&s->w, "params");
	return id;
}

uint64_t lsp_request_send(lsp_server *s, const char *method)
{
	uint64_t id = request_head(s, method);
	lsp_msg_end(s);
	return id;
}

void lsp_msg_end(lsp_server *s)
{
	fp_jw_obj_end(&s->w);
	lsp_msg_send(s);
}

void lsp_show_message(lsp_server *s, int type, const char *text)
{
	lsp_notify_begin(s, "window/showMessage");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "type");
	fp_jw_int(&s->w, type);
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, text);
	fp_jw_obj_end(&s->w);
	lsp_msg_end(s);
}

/* ---- documents -------------------------------------------------------- */

static void doc_drop_analysis(lsp_server *s, lsp_doc *d);

/* Documents are found by URI through a hash map (util/strmap), so
 * 10,000 open documents cost no more per request than 10. */
lsp_doc *lsp_doc_find(lsp_server *s, const char *uri)
{
	return fp_strmap_get(&s->docmap, uri);
}

/* Mark d for publishing before the loop sleeps. */
static void mark_dirty(lsp_server *s, lsp_doc *d)
{
	if (!d->dirty)
		s->ndirty++;
	d->dirty = true;
}

/* Analyses are kept for the most recently used documents only
 * (s->keep_analysed, 64; 4 when memory is short): one costs ~15 KB
 * against ~0.3 KB of text, and redoing one takes tens of microseconds,
 * so 10,000 open documents stay in a few megabytes. */
void lsp_evict(lsp_server *s, const lsp_doc *keep)
{
	while (s->nanalysed > s->keep_analysed) {
		lsp_doc *lru = NULL;
		for (size_t i = 0; i < s->ndocs; i++) {
			lsp_doc *d = s->docs[i];
			if (d->analysed && d != keep && (!lru || d->used < lru->used))
				lru = d;
		}
		if (!lru)
			return;
		doc_drop_analysis(s, lru);
	}
}

/* The analysis kept for reuse by key, dropped. */
static void doc_drop_prev(lsp_doc *d)
{
	if (!d->has_prev)
		return;
	fp_arena_release(&d->prev_arena);
	memset(&d->prev_fhir, 0, sizeof d->prev_fhir);
	d->has_prev = false;
}

/* The current analysis dropped (the one set aside stays). */
static void doc_drop_current(lsp_server *s, lsp_doc *d)
{
	if (!d->analysed)
		return;
	s->nanalysed--;
	fp_lines_release(&d->lines);
	fp_diags_release(&d->diags);
	fp_arena_release(&d->arena);
	d->analysed = false;
}

static void doc_drop_analysis(lsp_server *s, lsp_doc *d)
{
	doc_drop_prev(d);
	doc_drop_current(s, d);
}

/* An edit the analysis cannot follow in place: the analysis is stale,
 * but the next one takes the results of every expression it has that
 * did not change (same text, site and settings; fp_check_options.reuse),
 * so it is set aside until then. One is enough: a second such edit
 * before the next analysis keeps the first (its results are as good:
 * they are looked up by content, not by position). */
static void doc_stash_analysis(lsp_server *s, lsp_doc *d)
{
	if (d->has_prev) {
		doc_drop_current(s, d);         /* one set aside is enough */
		return;
	}
	if (!d->analysed || !d->is_json || !d->fhir.is_fhir || !d->fhir.nexprs) {
		doc_drop_analysis(s, d);
		return;
	}
	s->nanalysed--;
	fp_lines_release(&d->lines);
	fp_diags_release(&d->diags);
	d->prev_arena = d->arena;
	d->prev_fhir = d->fhir;
	fp_arena_init(&d->arena);
	memset(&d->fhir, 0, sizeof d->fhir);
	d->has_prev = true;
	d->analysed = false;
}

static void doc_free(lsp_server *s, lsp_doc *d)
{
	doc_drop_analysis(s, d);
	fp_free(d->path);
	lsp_tokens_forget(s, d);
	lsp_symbols_forget(d);
	fp_free(d->uri);
	fp_free(d->text);
	fp_free(d);
}

/* What the folders said is stale (a configuration or project file
 * changed): every document looks again. */
static void forget_folders(lsp_server *s)
{
	fp_settings_clear(s->settings);
	s->settings_gen++;
}

void lsp_adopt_settings(lsp_server *s, struct fp_settings *read)
{
	if (!read)
		return;
	fp_settings_free(s->settings);
	s->settings = read;
	s->settings_gen++;      /* documents look up again: in this cache */
}

/* What the workspace root's folders say, looked up once per settings
 * generation (nothing without a root): the word for every document that
 * finds none around its own file. */
static const fp_settings_found *root_says(lsp_server *s)
{
	if (!s->settings_gen)
		s->settings_gen = 1;
	if (!s->settings)
		s->settings = fp_settings_new();        /* NULL: the defaults, tried again later */
	if (s->root_gen != s->settings_gen) {
		if (!s->root[0] || !fp_settings_lookup(s->settings, s->root, &s->root_says))
			memset(&s->root_says, 0, sizeof s->root_says);
		s->root_gen = s->settings ? s->settings_gen : 0;
	}
	return &s->root_says;
}

/* Look up (once per settings generation) what the folders around d's
 * file say: a document without a file on disk (untitled, or not saved
 * yet where its path says) is the workspace root's. Lookups walk the
 * file system, so an analysis does not repeat them. */
static void look_up_folders(lsp_server *s, lsp_doc *d)
{
	if (!s->settings_gen)
		s->settings_gen = 1;
	if (d->folders_gen == s->settings_gen)
		return;
	if (!s->settings)
		s->settings = fp_settings_new();        /* NULL: the defaults, tried again later */
	fp_settings_found f;
	if (!d->path || !fp_settings_lookup(s->settings, d->path, &f))
		memset(&f, 0, sizeof f);
	if (!f.says || !f.config_file) {
		const fp_settings_found *r = root_says(s);
		if (!f.says) {
			f.says = r->says;
			f.version = r->version;
		}
		if (!f.config_file)
			f.config = r->config;
	}
	d->folders_say = f.says;
	if (f.says)
		d->folders_version = f.version;
	d->folders_config = f.config;
	d->folders_gen = s->settings ? s->settings_gen : 0;
}

fp_fhir_version lsp_doc_version(lsp_server *s, lsp_doc *d)
{
	if (s->version_given)
		return s->check.version;
	look_up_folders(s, d);
	return d->folders_say ? d->folders_version : s->check.version;
}

const fp_config *lsp_doc_config(lsp_server *s, lsp_doc *d)
{
	look_up_folders(s, d);
	return d->folders_config;       /* a malformed one: the defaults (load_config says so) */
}

bool lsp_doc_ignores(lsp_doc *d, const fp_check_options *opt)
{
	fp_expr_info *info;
	size_t n;
	bool fpf = d->kind == FP_TEXT_FHIRPATH;
	if (!fp_expr_infos(d->text, fpf ? &d->file : NULL, fpf ? NULL : &d->fhir, &d->arena, &info, &n))
		return false;
	if (d->kind == FP_TEXT_FSH)
		return fp_apply_ignores_fsh(&d->diags, opt, d->path, d->text, d->len, info, n);
	return fp_apply_ignores(&d->diags, opt, d->path, d->text, fpf ? &d->file : NULL, info, n);
}

bool lsp_doc_analyse(lsp_server *s, lsp_doc *d)
{
	d->used = ++s->tick;
	if (d->analysed)
		return true;
	s->analyses++;
	fp_arena_init(&d->arena);
	fp_diags_init(&d->diags, &d->arena);
	if (!fp_lines_init(&d->lines, d->text, d->len)) {
		fp_arena_release(&d->arena);
		return false;
	}
	/* the same checks as `check`, within the per-request time budget */
	fp_budget budget = fp_budget_ms(s->opt.time_budget_ms);
	fp_check_options opt = s->check;
	opt.budget = &budget;
	opt.version = lsp_doc_version(s, d);
	opt.config = lsp_doc_config(s, d);
	opt.reuse = d->has_prev ? &d->prev_fhir : NULL;
	/* an .fsh document is read with its project's other .fsh files, as
	 * they are on disk (sources/fsh.h) */
	fp_fsh_tank tank;
	memset(&tank, 0, sizeof tank);
	char *path = d->kind == FP_TEXT_FSH ? lsp_uri_to_path(d->uri) : NULL;
	if (path && fp_fsh_tank_load(path, &tank))
		opt.fsh_tank = &tank;
	fp_free(path);
	bool ok = fp_check_text(d->kind, d->text, d->len, s->opt.max_document, &opt, &d->arena,
				&d->diags, &d->file, &d->fhir);
	fp_fsh_tank_release(&tank);
	doc_drop_prev(d);
	if (!ok) {
		fp_diags_release(&d->diags);
		fp_lines_release(&d->lines);
		fp_arena_release(&d->arena);
		return false;
	}
	s->reused += d->fhir.reused;
	fp_apply_severities(&d->diags, &opt);  /* as check: the file's .fhirpath-ls.json */
	if (!lsp_doc_ignores(d, &opt)) {       /* and its suppressions */
		fp_diags_release(&d->diags);
		fp_lines_release(&d->lines);
		fp_arena_release(&d->arena);
		return false;
	}
	if (budget.skipped)
		fp_log(FP_LOG_WARN, NULL, "%s: analysis over its %zu ms budget: %zu expressions not analysed",
		       d->uri, s->opt.time_budget_ms, budget.skipped);
	fp_diags_sort(&d->diags);
	d->incr_ok = !budget.skipped;
	d->arena_base = d->arena.total;
	d->analysed = true;
	s->nanalysed++;
	/* an edited document's symbols wait for workspace/symbol: tens of
	 * thousands of labels cost more than typing in the document */
	if (!d->edited)
		lsp_symbols_build(s, d);
	lsp_evict(s, d);
	return true;
}

size_t lsp_offset(lsp_server *s, lsp_doc *d, const fp_json *pos)
{
	int64_t line = 0, ch = 0;
	json_int(lsp_get(pos, "line"), &line);
	json_int(lsp_get(pos, "character"), &ch);
	if (line < 0)
		line = 0;
	if (ch < 0)
		ch = 0;
	return fp_lines_offset(&d->lines, (size_t)line, (size_t)ch, s->utf8 ? FP_COL_BYTES : FP_COL_UTF16);
}

void lsp_write_linecol(fp_jw *w, const char *key, size_t line, size_t col)
{
	if (key)
		fp_jw_key(w, key);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "line");
	fp_jw_uint(w, line);
	fp_jw_key(w, "character");
	fp_jw_uint(w, col);
	fp_jw_obj_end(w);
}

void lsp_write_lines_position(lsp_server *s, const fp_lines *lt, size_t off)
{
	size_t line, col;
	fp_lines_pos(lt, off, s->utf8 ? FP_COL_BYTES : FP_COL_UTF16, &line, &col);
	lsp_write_linecol(&s->w, NULL, line, col);
}

void lsp_write_position(lsp_server *s, lsp_doc *d, size_t off)
{
	lsp_write_lines_position(s, &d->lines, off);
}

void lsp_write_range(lsp_server *s, lsp_doc *d, size_t start, size_t end)
{
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "start");
	lsp_write_position(s, d, start);
	fp_jw_key(&s->w, "end");
	lsp_write_position(s, d, end);
	fp_jw_obj_end(&s->w);
}

void lsp_write_diag_fields(lsp_server *s, int code, int severity, const char *message)
{
	char name[8];
	fp_diag_format_code(code, name);
	fp_jw_key(&s->w, "severity");
	fp_jw_int(&s->w, severity);
	fp_jw_key(&s->w, "code");
	fp_jw_str(&s->w, name);
	fp_jw_key(&s->w, "source");
	fp_jw_str(&s->w, "fhirpath-ls");
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, message);
}

/* The diagnostics array of a document (analysing it when needed). */
static void write_diagnostics(lsp_server *s, lsp_doc *d)
{
	fp_jw_arr_begin(&s->w);
	if (lsp_doc_analyse(s, d)) {
		for (size_t i = 0; i < d->diags.len; i++) {
			const fp_diag *x = &d->diags.items[i];
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "range");
			lsp_write_range(s, d, x->start, x->end);
			lsp_write_diag_fields(s, x->code, x->severity, x->message);
			if (x->rel_message && s->related_info) {
				/* an unclosed bracket's end, in the same document */
				fp_jw_key(&s->w, "relatedInformation");
				fp_jw_arr_begin(&s->w);
				fp_jw_obj_begin(&s->w);
				fp_jw_key(&s->w, "location");
				fp_jw_obj_begin(&s->w);
				fp_jw_key(&s->w, "uri");
				fp_jw_str(&s->w, d->uri);
				fp_jw_key(&s->w, "range");
				lsp_write_range(s, d, x->rel_start, x->rel_end);
				fp_jw_obj_end(&s->w);
				fp_jw_key(&s->w, "message");
				fp_jw_str(&s->w, x->rel_message);
				fp_jw_obj_end(&s->w);
				fp_jw_arr_end(&s->w);
			}
			fp_jw_obj_end(&s->w);
		}
	}
	fp_jw_arr_end(&s->w);
}

void lsp_publish(lsp_server *s, const char *uri, lsp_doc *d, const struct lsp_wfile *f)
{
	lsp_notify_begin(s, "textDocument/publishDiagnostics");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "uri");
	fp_jw_str(&s->w, uri);
	if (d) {
		fp_jw_key(&s->w, "version");
		fp_jw_int(&s->w, d->version);
	}
	fp_jw_key(&s->w, "diagnostics");
	if (d) {
		write_diagnostics(s, d);
	} else if (f) {
		lsp_write_wdiags(s, f);
	} else {
		fp_jw_arr_begin(&s->w);
		fp_jw_arr_end(&s->w);
	}
	fp_jw_obj_end(&s->w);
	lsp_msg_end(s);
}

/* A changed document's diagnostics: pushed, unless the client pulls them
 * (it asks again after its own edits; after the server's, it is told to
 * with a refresh). */
static void publish(lsp_server *s, lsp_doc *d)
{
	if (!s->client_pull)
		lsp_publish(s, d->uri, d, NULL);
	else if (d->unpush)     /* what the scan pushed for its file goes */
		lsp_publish(s, d->uri, NULL, NULL);
	d->unpush = false;
	if (d->dirty)
		s->ndirty--;
	d->dirty = false;
}

/* Replace d's text by a copy of t[0..n), with room for the edits to come
 * (a big document's first keystroke would otherwise copy it whole).
 * False when out of memory. */
static bool set_text(lsp_doc *d, const char *t, size_t n)
{
	size_t cap = n + 1 + (n >> 6);
	char *c = fp_malloc(cap);
	if (!c)
		return false;
	memcpy(c, t, n);
	c[n] = 0;
	fp_free(d->text);
	d->text = c;
	d->len = n;
	d->cap = cap;
	return true;
}

/* Apply one contentChanges item: a full text or a range edit. A range
 * edit is made in the text's buffer; when it falls inside one expression
 * string and leaves the structure alone, the analysis is updated in
 * place (incr.c), else set aside for the next analysis to reuse by key
 * (doc_stash_analysis). */
static bool apply_change(lsp_server *s, lsp_doc *d, const fp_json *ch)
{
	const fp_json *text = lsp_get(ch, "text");
	if (!text || text->kind != FP_JSON_STRING)
		return false;
	const fp_json *range = lsp_get(ch, "range");
	if (!range) {
		if (!set_text(d, text->u.str.s, text->u.str.len))
			return false;
		d->edited = true;
		doc_stash_analysis(s, d);       /* its unchanged expressions are reused */
		lsp_symbols_forget(d);
		return true;
	}
	/* positions need the line table of the text as it is now: the
	 * analysis' when there is one */
	fp_lines lt;
	const fp_lines *use = &d->lines;
	if (!d->analysed) {
		if (!fp_lines_init(&lt, d->text, d->len))
			return false;
		use = &lt;
	}
	fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	int64_t l0 = 0, c0 = 0, l1 = 0, c1 = 0;
	json_int(lsp_get(range, "start.line"), &l0);
	json_int(lsp_get(range, "start.character"), &c0);
	json_int(lsp_get(range, "end.line"), &l1);
	json_int(lsp_get(range, "end.character"), &c1);
	size_t a = fp_lines_offset(use, (size_t)(l0 < 0 ? 0 : l0), (size_t)(c0 < 0 ? 0 : c0), unit);
	size_t b = fp_lines_offset(use, (size_t)(l1 < 0 ? 0 : l1), (size_t)(c1 < 0 ? 0 : c1), unit);
	if (use == &lt)
		fp_lines_release(&lt);
	if (b < a) {
		size_t t = a;
		a = b;
		b = t;
	}
	const char *ins = text->u.str.s;
	size_t nins = text->u.str.len;
	d->edited = true;
	long site = lsp_incr_site(s, d, a, b, ins, nins);
	size_t n = d->len - (b - a) + nins;
	if (n + 1 > d->cap) {
		size_t cap = n + 1 + (n >> 3);  /* room for the next keystrokes */
		char *t = fp_realloc(d->text, cap);
		if (!t)
			return false;
		d->text = t;
		d->cap = cap;
	}
	memmove(d->text + a + nins, d->text + b, d->len - b);
	memcpy(d->text + a, ins, nins);
	d->text[n] = 0;
	d->len = n;
	lsp_symbols_forget(d);
	/* the symbols are built again when asked for (workspace/symbol,
	 * lsp_defs): 10,000 labels cost more than the update itself */
	if (site < 0)
		doc_stash_analysis(s, d);
	else if (!lsp_incr_apply(s, d, (size_t)site, a, b - a, nins))
		doc_drop_analysis(s, d);        /* half updated: nothing to reuse */
	return true;
}

/* ---- handlers: lifecycle ------------------------------------------------ */

/* Neovim before 0.11 declares pull diagnostics but starts pulling a
 * buffer only after the didOpen it sends (and only for visible ones):
 * a file just opened would show nothing until edited. Such a client is
 * given no diagnosticProvider and gets its diagnostics pushed, which it
 * shows once. */
static bool pull_misses_open(const fp_json *params)
{
	const char *name = lsp_str(params, "clientInfo.name");
	const char *version = lsp_str(params, "clientInfo.version");
	if (!name || strcmp(name, "Neovim") != 0 || !version)
		return false;
	unsigned major = 0, minor = 0;
	if (sscanf(version, "%u.%u", &major, &minor) != 2)
		return false;
	return major == 0 && minor < 11;
}

static void write_capabilities(lsp_server *s)
{
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "positionEncoding");
	fp_jw_str(w, s->utf8 ? "utf-8" : "utf-16");
	fp_jw_key(w, "textDocumentSync");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "openClose");
	fp_jw_bool(w, true);
	fp_jw_key(w, "change");
	fp_jw_int(w, 2);        /* incremental */
	fp_jw_key(w, "save");
	fp_jw_bool(w, true);
	fp_jw_obj_end(w);
	fp_jw_key(w, "hoverProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "completionProvider");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "triggerCharacters");
	fp_jw_arr_begin(w);
	fp_jw_str(w, ".");
	fp_jw_str(w, "%");
	fp_jw_str(w, "(");
	fp_jw_arr_end(w);
	fp_jw_key(w, "resolveProvider");
	fp_jw_bool(w, true);
	fp_jw_obj_end(w);
	fp_jw_key(w, "signatureHelpProvider");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "triggerCharacters");
	fp_jw_arr_begin(w);
	fp_jw_str(w, "(");
	fp_jw_str(w, ",");
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_key(w, "definitionProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "referencesProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "documentHighlightProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "renameProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "foldingRangeProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "selectionRangeProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "inlayHintProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "workspaceSymbolProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "codeActionProvider");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "codeActionKinds");
	fp_jw_arr_begin(w);
	fp_jw_str(w, "quickfix");
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_key(w, "documentFormattingProvider");
	fp_jw_bool(w, true);
	fp_jw_key(w, "documentSymbolProvider");
	fp_jw_bool(w, true);
	if (s->client_pull) {   /* offered only to clients that pull */
		fp_jw_key(w, "diagnosticProvider");
		fp_jw_obj_begin(w);
		/* a file's findings depend on the workspace's definitions */
		fp_jw_key(w, "interFileDependencies");
		fp_jw_bool(w, true);
		fp_jw_key(w, "workspaceDiagnostics");
		fp_jw_bool(w, true);
		fp_jw_obj_end(w);
	}
	fp_jw_key(w, "semanticTokensProvider");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "legend");
	lsp_write_semantic_legend(w);
	fp_jw_key(w, "range");
	fp_jw_bool(w, true);
	fp_jw_key(w, "full");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "delta");
	fp_jw_bool(w, true);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

void lsp_all_stale(lsp_server *s)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		doc_drop_analysis(s, s->docs[i]);
		mark_dirty(s, s->docs[i]);
	}
	s->refresh_due = s->ndocs > 0;
}

/* Switch inlay hints on or off. When that changes something after
 * initialize, ask a client that can to request them again. */
static void set_inlay_hints(lsp_server *s, bool on)
{
	if (s->inlay_hints == on)
		return;
	s->inlay_hints = on;
	if (!s->got_initialize || !s->client_inlay_refresh)
		return;
	lsp_request_send(s, "workspace/inlayHint/refresh");
}

/* Read the workspace root's .fhirpath-ls.json (a malformed one is logged
 * and shown to the user, and the previous settings stay). */
static void load_config(lsp_server *s)
{
	fp_config cfg;
	memset(&cfg, 0, sizeof cfg);
	char err[256];
	int rc = fp_config_load(s->root, &cfg, err, sizeof err);
	if (rc < 0) {
		fp_log(FP_LOG_WARN, NULL, "%s/%s: %s", s->root, FP_CONFIG_FILE, err);
		snprintf(s->pending_message, sizeof s->pending_message,
			 "fhirpath-ls: %s in %.200s is not used: %.200s", FP_CONFIG_FILE, s->root, err);
		s->pending_type = 2;
		return;
	}
	s->config = cfg;
	forget_folders(s);      /* its fhirVersion counts per document */
	if (cfg.has_inlay_hints)
		set_inlay_hints(s, cfg.inlay_hints);
}

static bool h_did_change_configuration(lsp_req *r)
{
	lsp_server *s = r->s;
	/* settings.fhirpath.fhirVersion or settings.fhirVersion */
	const char *fv = lsp_str(r->params, "settings.fhirpath.fhirVersion");
	if (!fv)
		fv = lsp_str(r->params, "settings.fhirVersion");
	fp_fhir_version before = s->check.version;
	if (fv && !fp_fhir_version_parse(fv, strlen(fv), &s->check.version))
		return lsp_fail(r, -32602, "unknown fhirVersion '%s'", fv);
	bool given_before = s->version_given;
	s->version_given = s->version_given || fv != NULL;
	/* settings.fhirpath.inlayHints or settings.inlayHints */
	const fp_json *ih = lsp_get(r->params, "settings.fhirpath.inlayHints");
	if (!ih)
		ih = lsp_get(r->params, "settings.inlayHints");
	if (ih && (ih->kind == FP_JSON_TRUE || ih->kind == FP_JSON_FALSE))
		set_inlay_hints(s, ih->kind == FP_JSON_TRUE);
	lsp_all_stale(s);
	if (s->check.version != before || s->version_given != given_before)
		lsp_scan_restart(s);
	return true;
}

/* A project file that can name the FHIR version (project/settings.h). */
static bool names_fhir_version(const char *uri)
{
	return fp_str_ends(uri, "/sushi-config.yaml") || fp_str_ends(uri, "/package.json") ||
	       fp_str_ends(uri, "/ig.ini");
}

/* A file changed on disk (a watched-file event, or a save): the settings
 * when it is a .fhirpath-ls.json or a project file naming the FHIR
 * version (every document judged again, the scan started over), else the
 * file itself. */
static void file_changed(lsp_server *s, const char *uri)
{
	if (fp_str_ends(uri, FP_CONFIG_FILE) && s->root[0]) {
		load_config(s);
		lsp_all_stale(s);
		lsp_scan_restart(s);
	} else if (names_fhir_version(uri)) {
		/* a project file: the documents' FHIR versions may change */
		forget_folders(s);
		lsp_all_stale(s);
		lsp_scan_restart(s);
	} else {
		lsp_scan_file_changed(s, uri);
	}
}

static bool h_did_change_watched_files(lsp_req *r)
{
	const fp_json *ch = lsp_get(r->params, "changes");
	for (size_t i = 0; ch && ch->kind == FP_JSON_ARRAY && i < ch->u.arr.len; i++) {
		const char *uri = lsp_str(ch->u.arr.items[i], "uri");
		if (uri)
			file_changed(r->s, uri);
	}
	return true;
}

/* Ask a client that registers capabilities dynamically to report changes
 * of the files that matter: the settings and project files, and the
 * kinds the server checks. (Others report what they watch by themselves,
 * if anything; a save reports a file too.) */
static void register_watchers(lsp_server *s)
{
	static const char *const globs[] = { ("**/" FP_CONFIG_FILE), "**/sushi-config.yaml", "**/ig.ini",
					     "**/package.json", "**/*.fhirpath", "**/*.json", "**/*.xml" };
	lsp_request_begin(s, "client/registerCapability");
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "registrations");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "id");
	fp_jw_str(w, "fhirpath-ls/watched-files");
	fp_jw_key(w, "method");
	fp_jw_str(w, "workspace/didChangeWatchedFiles");
	fp_jw_key(w, "registerOptions");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "watchers");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < sizeof globs / sizeof *globs; i++) {
		fp_jw_obj_begin(w);
		fp_jw_key(w, "globPattern");
		fp_jw_str(w, globs[i]);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	lsp_msg_end(s);
}

static bool h_initialize(lsp_req *r)
{
	lsp_server *s = r->s;
	int64_t pid;
	if (json_int(lsp_get(r->params, "processId"), &pid))
		s->parent_pid = (long)pid;
	const fp_json *enc = lsp_get(r->params, "capabilities.general.positionEncodings");
	for (size_t i = 0; enc && enc->kind == FP_JSON_ARRAY && i < enc->u.arr.len; i++) {
		const fp_json *e = enc->u.arr.items[i];
		if (e->kind == FP_JSON_STRING && strcmp(e->u.str.s, "utf-8") == 0)
			s->utf8 = true;
	}
	const fp_json *ml = lsp_get(r->params, "capabilities.textDocument.semanticTokens.multilineTokenSupport");
	s->multiline_tokens = ml && ml->kind == FP_JSON_TRUE;
	const fp_json *lazy = lsp_get(r->params,
				      "capabilities.textDocument.completion.completionItem.resolveSupport.properties");
	for (size_t i = 0; lazy && lazy->kind == FP_JSON_ARRAY && i < lazy->u.arr.len; i++) {
		const fp_json *p = lazy->u.arr.items[i];
		if (p->kind == FP_JSON_STRING && strcmp(p->u.str.s, "detail") == 0)
			s->resolve_detail = true;
	}
	const fp_json *caps = lsp_get(r->params, "capabilities");
	s->related_info = json_true(lsp_get(caps, "textDocument.publishDiagnostics.relatedInformation")) ||
			  json_true(lsp_get(caps, "textDocument.diagnostic.relatedInformation"));
	s->client_pull = lsp_get(caps, "textDocument.diagnostic") != NULL && !pull_misses_open(r->params);
	s->ws_pull = s->client_pull && lsp_get(caps, "workspace.diagnostics") != NULL;
	s->client_refresh = json_true(lsp_get(caps, "workspace.diagnostics.refreshSupport"));
	s->client_progress = json_true(lsp_get(caps, "window.workDoneProgress"));
	s->client_watch = json_true(lsp_get(caps, "workspace.didChangeWatchedFiles.dynamicRegistration"));
	s->client_inlay_refresh = json_true(lsp_get(caps, "workspace.inlayHint.refreshSupport"));
	/* the workspace folder: rootUri, else the first workspace folder,
	 * else rootPath; then its .fhirpath-ls.json, then the client's
	 * options */
	const char *root_uri = lsp_str(r->params, "rootUri");
	const fp_json *folders = lsp_get(r->params, "workspaceFolders");
	if (!root_uri && folders && folders->kind == FP_JSON_ARRAY && folders->u.arr.len > 0)
		root_uri = lsp_str(folders->u.arr.items[0], "uri");
	char *root = root_uri ? lsp_uri_to_path(root_uri) : NULL;
	const char *root_path = lsp_str(r->params, "rootPath");
	const char *use = root ? root : root_uri ? NULL : root_path;
	char abs[PATH_MAX];
	if (use && realpath(use, abs))
		use = abs;              /* the scan's URIs need absolute paths */
	if (use && strlen(use) < sizeof s->root) {
		strcpy(s->root, use);
		load_config(s);
	}
	fp_free(root);
	int t = trace_level(lsp_str(r->params, "trace"));
	if (t > 0)
		s->trace = t;
	const char *fv = lsp_str(r->params, "initializationOptions.fhirVersion");
	if (fv)
		s->version_given = fp_fhir_version_parse(fv, strlen(fv), &s->check.version);
	const fp_json *ih = lsp_get(r->params, "initializationOptions.inlayHints");
	if (ih && (ih->kind == FP_JSON_TRUE || ih->kind == FP_JSON_FALSE))
		set_inlay_hints(s, ih->kind == FP_JSON_TRUE);
	s->got_initialize = true;
	s->state = LSP_RUNNING;
	fp_log(FP_LOG_INFO, "\"state\":\"running\"", "initialized (positions in %s)", s->utf8 ? "utf-8" : "utf-16");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "capabilities");
	write_capabilities(s);
	fp_jw_key(&s->w, "serverInfo");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "name");
	fp_jw_str(&s->w, "fhirpath-ls");
	fp_jw_key(&s->w, "version");
	fp_jw_str(&s->w, FP_VERSION);
	fp_jw_obj_end(&s->w);
	fp_jw_obj_end(&s->w);
	return true;
}

static bool h_initialized(lsp_req *r)
{
	if (r->s->client_watch)
		register_watchers(r->s);
	lsp_scan_start(r->s);   /* progress can be shown from now on */
	lsp_completion_warm();
	/* the folders from the root up, read before the first didOpen
	 * needs them (a document's own folder is all that is left then) */
	root_says(r->s);
	return true;
}

static bool h_shutdown(lsp_req *r)
{
	r->s->got_shutdown = true;
	r->s->state = LSP_SHUTTING_DOWN;
	fp_log(FP_LOG_INFO, "\"state\":\"shutting_down\"", "shutdown requested");
	fp_jw_null(&r->s->w);
	return true;
}

static bool h_exit(lsp_req *r)
{
	r->s->exit_now = true;
	return true;
}

static bool h_ignore(lsp_req *r)
{
	return true;
}

static bool h_set_trace(lsp_req *r)
{
	int t = trace_level(lsp_str(r->params, "value"));
	if (t < 0)
		return lsp_fail(r, E_INVALID_PARAMS, "$/setTrace wants value off, messages or verbose");
	r->s->trace = t;
	return true;
}

/* Saved: what the workspace scan knows of the file is stale. */
static bool h_did_save(lsp_req *r)
{
	const char *uri = lsp_str(r->params, "textDocument.uri");
	if (uri)
		file_changed(r->s, uri);        /* a saved .fhirpath-ls.json applies at once */
	return true;
}

/* ---- handlers: documents ------------------------------------------------ */

static bool h_did_open(lsp_req *r)
{
	lsp_server *s = r->s;
	const char *uri = lsp_str(r->params, "textDocument.uri");
	const fp_json *text = lsp_get(r->params, "textDocument.text");
	if (!uri || !text || text->kind != FP_JSON_STRING)
		return lsp_fail(r, E_INVALID_PARAMS, "didOpen needs textDocument.uri and text");
	lsp_doc *d = lsp_doc_find(s, uri);
	if (!d) {
		if (s->ndocs == s->capdocs) {
			size_t cap = s->capdocs ? s->capdocs * 2 : 64;
			lsp_doc **v = fp_realloc(s->docs, cap * sizeof *v);
			if (!v)
				return lsp_fail(r, E_INTERNAL, "out of memory");
			s->docs = v;
			s->capdocs = cap;
		}
		d = fp_calloc(1, sizeof *d);
		if (!d)
			return lsp_fail(r, E_INTERNAL, "out of memory");
		d->uri = fp_strdup(uri);
		if (!d->uri) {
			fp_free(d);
			return lsp_fail(r, E_INTERNAL, "out of memory");
		}
		d->path = lsp_uri_to_path(uri);        /* NULL: not a file */
		if (!fp_strmap_put(&s->docmap, d->uri, d) ||
		    (d->path && !fp_strmap_put(&s->docpaths, d->path, d))) {
			fp_strmap_del(&s->docmap, d->uri);
			fp_free(d->path);
			fp_free(d->uri);
			fp_free(d);
			return lsp_fail(r, E_INTERNAL, "out of memory");
		}
		s->docs[s->ndocs++] = d;
	}
	d->kind = fp_text_kind_of(uri, lsp_str(r->params, "textDocument.languageId"));
	d->is_json = d->kind != FP_TEXT_FHIRPATH;       /* a FHIR resource */
	int64_t v = 0;
	json_int(lsp_get(r->params, "textDocument.version"), &v);
	d->version = v;
	if (!set_text(d, text->u.str.s, text->u.str.len))
		return lsp_fail(r, E_INTERNAL, "out of memory");
	d->edited = false;
	doc_drop_analysis(s, d);
	lsp_symbols_forget(d);
	if (s->client_pull && !s->ws_pull && d->path) {
		const lsp_wfile *f = fp_strmap_get(&s->wsfiles, d->path);
		d->unpush = f && f->ndiags;
	}
	mark_dirty(s, d);
	return true;
}

static bool h_did_change(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_doc_find(s, lsp_str(r->params, "textDocument.uri"));
	if (!d)
		return lsp_fail(r, E_INVALID_PARAMS, "didChange for a document that is not open");
	int64_t v = 0;
	if (json_int(lsp_get(r->params, "textDocument.version"), &v)) {
		if (v < d->version) {
			fp_log(FP_LOG_WARN, NULL, "didChange version %lld older than %lld: ignored",
			       (long long)v, (long long)d->version);
			return true;
		}
		d->version = v;
	}
	const fp_json *changes = lsp_get(r->params, "contentChanges");
	for (size_t i = 0; changes && changes->kind == FP_JSON_ARRAY && i < changes->u.arr.len; i++) {
		if (!apply_change(s, d, changes->u.arr.items[i]))
			return lsp_fail(r, E_INTERNAL, "cannot apply change %zu", i);
	}
	mark_dirty(s, d);
	return true;
}

static bool h_did_close(lsp_req *r)
{
	lsp_server *s = r->s;
	const char *uri = lsp_str(r->params, "textDocument.uri");
	lsp_doc *d = fp_strmap_del(&s->docmap, uri);
	if (!d)
		return true;
	for (size_t i = 0; i < s->ndocs; i++) {
		if (s->docs[i] == d) {
			s->docs[i] = s->docs[--s->ndocs];
			break;
		}
	}
	if (!s->client_pull)
		lsp_publish(s, d->uri, NULL, NULL);       /* clear them in the editor */
	if (d->dirty)
		s->ndirty--;
	if (d->path) {
		fp_strmap_del(&s->docpaths, d->path);
		lsp_scan_doc_closed(s, d->path);
	}
	doc_free(s, d);
	return true;
}

/* textDocument/diagnostic (pull) */
static bool h_diagnostic(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_doc_find(s, lsp_str(r->params, "textDocument.uri"));
	if (!d)
		return lsp_fail(r, E_INVALID_PARAMS, "document is not open");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "kind");
	fp_jw_str(&s->w, "full");
	fp_jw_key(&s->w, "items");
	write_diagnostics(s, d);
	fp_jw_obj_end(&s->w);
	return true;
}

/* ---- health ------------------------------------------------------------- */

/* ---- the method table --------------------------------------------------- */

enum { M_NOTIFY = 1, M_BEFORE_INIT = 2, M_AFTER_SHUTDOWN = 4 };

typedef struct lsp_method {
	const char *name;
	bool (*fn)(lsp_req *r);
	unsigned flags;
} lsp_method;

static const lsp_method lsp_methods[] = {
	{ "initialize", h_initialize, M_BEFORE_INIT },
	{ "initialized", h_initialized, M_NOTIFY },
	{ "shutdown", h_shutdown, 0 },
	{ "exit", h_exit, M_NOTIFY | M_BEFORE_INIT | M_AFTER_SHUTDOWN },
	{ "textDocument/didOpen", h_did_open, M_NOTIFY },
	{ "textDocument/didChange", h_did_change, M_NOTIFY },
	{ "textDocument/didClose", h_did_close, M_NOTIFY },
	{ "textDocument/didSave", h_did_save, M_NOTIFY },
	{ "textDocument/diagnostic", h_diagnostic, 0 },
	{ "textDocument/hover", lsp_hover, 0 },
	{ "textDocument/completion", lsp_completion, 0 },
	{ "completionItem/resolve", lsp_completion_resolve, 0 },
	{ "textDocument/signatureHelp", lsp_signature_help, 0 },
	{ "textDocument/formatting", lsp_formatting, 0 },
	{ "textDocument/codeAction", lsp_code_action, 0 },
	{ "textDocument/definition", lsp_definition, 0 },
	{ "textDocument/references", lsp_references, 0 },
	{ "textDocument/documentHighlight", lsp_document_highlight, 0 },
	{ "textDocument/rename", lsp_rename, 0 },
	{ "textDocument/inlayHint", lsp_inlay_hint, 0 },
	{ "textDocument/foldingRange", lsp_folding_range, 0 },
	{ "textDocument/selectionRange", lsp_selection_range, 0 },
	{ "workspace/symbol", lsp_workspace_symbol, 0 },
	{ "workspace/diagnostic", lsp_workspace_diagnostic, 0 },
	{ "textDocument/documentSymbol", lsp_document_symbol, 0 },
	{ "textDocument/semanticTokens/full", lsp_semantic_tokens, 0 },
	{ "textDocument/semanticTokens/full/delta", lsp_semantic_tokens_delta, 0 },
	{ "textDocument/semanticTokens/range", lsp_semantic_tokens_range, 0 },
	{ "workspace/didChangeConfiguration", h_did_change_configuration, M_NOTIFY },
	{ "workspace/didChangeWatchedFiles", h_did_change_watched_files, M_NOTIFY },
	{ "$/cancelRequest", h_ignore, M_NOTIFY | M_BEFORE_INIT },
	{ "$/setTrace", h_set_trace, M_NOTIFY },
	{ "fhirpath/health", lsp_health, M_BEFORE_INIT | M_AFTER_SHUTDOWN },
	{ "fhirpath/resources", lsp_resources, M_BEFORE_INIT | M_AFTER_SHUTDOWN },
	{ NULL, NULL, 0 },
};

const char *lsp_method_name(size_t i)
{
	return i < LSP_NMETHODS ? lsp_methods[i].name : NULL;
}

/* ---- dispatch ------------------------------------------------------------- */

/* ---- the error boundary ------------------------------------------------- */

/* Failures are logged at most this many times per method and window;
 * the rest are counted and summed up when the window ends, so a client
 * that repeats a bad request cannot flood the log or the editor. */
#define FAIL_LOG_BURST 5
#define FAIL_LOG_WINDOW_MS 10000

/* What kind of failure code is: the client's (bad parameters, a document
 * it never opened, or a request that cannot be done there, such as a
 * rename where there is no variable: RequestFailed), or ours but
 * recoverable (out of memory, an internal error): the server goes on
 * either way. Nothing a handler reports is fatal; a fatal state would
 * stop the loop instead. */
static const char *failure_kind(int code)
{
	return code == E_INVALID_PARAMS || code == E_INVALID_REQUEST || code == E_METHOD_NOT_FOUND ||
	       code == E_REQUEST_FAILED ? "client" : "recoverable";
}

/* A handler failed: count it, keep it as the last error, and log it once
 * with its context (method, document, version), rate-limited per method.
 * Failures that are ours are also shown in the client's log
 * (window/logMessage), under the same limit. */
static void request_failed(lsp_server *s, lsp_method_stats *st, const char *method, const lsp_req *r)
{
	st->errors++;
	s->errors++;
	int code = r->err_code ? r->err_code : E_REQUEST_FAILED;
	snprintf(s->last_error, sizeof s->last_error, "%.60s: %.180s", method, r->err_msg);
	uint64_t now = fp_clock_ms();
	if (now - st->log_window_ms >= FAIL_LOG_WINDOW_MS) {
		if (st->suppressed)
			fp_log(FP_LOG_WARN, NULL, "%u more failures of %s in the last %d s were not logged",
			       st->suppressed, method, FAIL_LOG_WINDOW_MS / 1000);
		st->log_window_ms = now;
		st->logged = st->suppressed = 0;
	}
	if (st->logged >= FAIL_LOG_BURST) {
		st->suppressed++;
		return;
	}
	st->logged++;
	const char *kind = failure_kind(code);
	const char *uri = lsp_str(r->params, "textDocument.uri");
	lsp_doc *d = uri ? lsp_doc_find(s, uri) : NULL;
	fp_buf f;
	fp_buf_init(&f);
	fp_buf_adds(&f, "\"method\":");
	fp_json_write_string(&f, method, strlen(method));
	fp_buf_printf(&f, ",\"kind\":\"%s\",\"code\":%d", kind, code);
	if (uri) {
		fp_buf_adds(&f, ",\"document\":");
		fp_json_write_string(&f, uri, strlen(uri));
	}
	if (d)
		fp_buf_printf(&f, ",\"version\":%lld", (long long)d->version);
	fp_log(FP_LOG_WARN, f.failed ? NULL : f.data, "request failed: %s", r->err_msg);
	fp_buf_release(&f);
	if (strcmp(kind, "recoverable") == 0 && s->got_initialize) {
		char m[400];
		snprintf(m, sizeof m, "fhirpath-ls: %.60s failed: %.300s", method, r->err_msg);
		lsp_log_message(s, 1, m);
	}
}

/* $/logTrace for a request handled, when the client asked for a trace
 * ($/setTrace or initialize's trace: "messages" or "verbose"). */
static void trace(lsp_server *s, const char *method, uint64_t us, bool ok)
{
	char m[200];
	snprintf(m, sizeof m, "%.100s: %s in %llu us", method, ok ? "answered" : "failed", (unsigned long long)us);
	lsp_notify_begin(s, "$/logTrace");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, m);
	if (s->trace > 1) {
		fp_jw_key(&s->w, "verbose");
		fp_jw_str(&s->w, ok ? "ok" : s->last_error);
	}
	fp_jw_obj_end(&s->w);
	lsp_msg_end(s);
}

/* Trace level from "off", "messages", "verbose"; -1 when unknown. */
static int trace_level(const char *v)
{
	if (!v)
		return -1;
	return strcmp(v, "off") == 0 ? 0 : strcmp(v, "messages") == 0 ? 1 : strcmp(v, "verbose") == 0 ? 2 : -1;
}

/* A request id as a map key: "n:42" or "s:abc"; false for other kinds
 * and for ids too long to be worth remembering. */
static bool id_key(const fp_json *id, char *out, size_t n)
{
	int64_t v;
	if (!id)
		return false;
	if (id->kind == FP_JSON_NUMBER && fp_json_i64(id, &v))
		return (size_t)snprintf(out, n, "n:%lld", (long long)v) < n;
	if (id->kind == FP_JSON_STRING && id->u.str.len + 3 < n && !memchr(id->u.str.s, 0, id->u.str.len))
		return (size_t)snprintf(out, n, "s:%s", id->u.str.s) < n;
	return false;
}

/* Handle one message body: parse it, check the lifecycle rules, run the
 * handler inside this boundary, answer. */
static void handle(lsp_server *s, const char *body, size_t len)
{
	fp_arena arena;
	fp_arena_init(&arena);
	fp_json *msg = NULL;
	fp_json_error err;
	bool parsed = fp_json_parse(body, len, &arena, NULL, &msg, &err);
	if (!parsed || msg->kind != FP_JSON_OBJECT) {
		s->parse_errors++;
		char m[256];
		/* Fix (tests/lsp/hostile-invalid-json.lsp): JSON that parses
		 * but is not an object (a batch array, a string) is an Invalid
		 * Request in JSON-RPC 2.0 (-32600), not a Parse error; LSP has
		 * no batches. */
		if (parsed)
			snprintf(m, sizeof m, "invalid request: a message must be a JSON object%s",
				 msg->kind == FP_JSON_ARRAY ? " (batches are not supported)" : "");
		else
			snprintf(m, sizeof m, "parse error: %s at byte %zu", err.message, err.offset);
		fp_log(FP_LOG_WARN, NULL, "%s", m);
		send_error(s, NULL, parsed ? E_INVALID_REQUEST : E_PARSE, m);
		fp_arena_release(&arena);
		return;
	}
	const fp_json *id = lsp_get(msg, "id");
	/* Fix (tests/lsp/hostile-invalid-json.lsp): an id that is an object,
	 * an array or a boolean makes the message an Invalid Request
	 * (JSON-RPC 2.0: a String, a Number or Null), answered with id null;
	 * it was run as a request answered with id null. */
	if (id && id->kind != FP_JSON_NUMBER && id->kind != FP_JSON_STRING && id->kind != FP_JSON_NULL) {
		send_error(s, NULL, E_INVALID_REQUEST, "invalid request: id must be a number or a string");
		fp_arena_release(&arena);
		return;
	}
	const char *method = lsp_str(msg, "method");
	if (id && id->kind != FP_JSON_NUMBER && id->kind != FP_JSON_STRING)
		id = NULL;
	if (!method) {
		if (!lsp_get(msg, "result") && !lsp_get(msg, "error"))
			send_error(s, id, E_INVALID_REQUEST, "not a request: no method");
		else
			lsp_scan_response(s, id, lsp_get(msg, "result") != NULL);   /* to one of ours */
		fp_arena_release(&arena);
		return;
	}
	bool is_request = lsp_get(msg, "id") != NULL;
	size_t mi = 0;
	while (lsp_methods[mi].name && strcmp(lsp_methods[mi].name, method) != 0)
		mi++;
	const lsp_method *m = lsp_methods[mi].name ? &lsp_methods[mi] : NULL;
	if (is_request)
		s->requests++;
	else
		s->notifications++;
	if (!m) {
		if (is_request) {
			char e[300];
			snprintf(e, sizeof e, "unknown method '%.200s'", method);
			send_error(s, id, E_METHOD_NOT_FOUND, e);
		}
		fp_arena_release(&arena);
		return;
	}
	if (!s->got_initialize && !(m->flags & M_BEFORE_INIT)) {
		if (is_request)
			send_error(s, id, E_NOT_INITIALIZED, "server not initialized: send 'initialize' first");
		fp_arena_release(&arena);
		return;
	}
	if (s->got_initialize && strcmp(method, "initialize") == 0) {
		send_error(s, id, E_INVALID_REQUEST, "'initialize' was already received");
		fp_arena_release(&arena);
		return;
	}
	if (s->got_shutdown && !(m->flags & M_AFTER_SHUTDOWN)) {
		if (is_request)
			send_error(s, id, E_INVALID_REQUEST, "server is shutting down: only 'exit' is accepted");
		fp_arena_release(&arena);
		return;
	}
	if (is_request && (m->flags & M_NOTIFY)) {
		send_error(s, id, E_INVALID_REQUEST, "this method is a notification: send it without an id");
		fp_arena_release(&arena);
		return;
	}
	char key[80];
	if (is_request && s->cancelled.len && id_key(id, key, sizeof key) &&
	    fp_strmap_get(&s->cancelled, key)) {
		/* cancelled before it ran: not run at all */
		s->cancels_honoured++;
		send_error(s, id, E_REQUEST_CANCELLED, "request cancelled");
		fp_arena_release(&arena);
		return;
	}
	lsp_req r;
	memset(&r, 0, sizeof r);
	r.s = s;
	r.id = is_request ? id : NULL;
	r.params = lsp_get(msg, "params");
	r.arena = &arena;
	struct timespec ts0, ts1;
	clock_gettime(CLOCK_MONOTONIC, &ts0);
	/* the result is written into the message as the handler goes */
	lsp_msg_begin(s);
	if (is_request) {
		write_id(s, id);
		fp_jw_key(&s->w, "result");
	}
	bool ok = m->fn(&r);
	if (ok && s->out.failed)
		ok = lsp_fail(&r, E_INTERNAL, "out of memory writing the response");
	clock_gettime(CLOCK_MONOTONIC, &ts1);
	lsp_method_stats *st = &s->stats[mi < LSP_NMETHODS ? mi : LSP_NMETHODS - 1];
	/* signed: the nanoseconds alone go down when a second passes */
	int64_t dus = ((int64_t)ts1.tv_sec - ts0.tv_sec) * 1000000 + ((int64_t)ts1.tv_nsec - ts0.tv_nsec) / 1000;
	uint64_t us = dus > 0 ? (uint64_t)dus : 0;
	st->lat_us[st->count % LSP_LATENCY_RING] = (uint32_t)(us > UINT32_MAX ? UINT32_MAX : us);
	st->count++;
	if (!ok) {
		fp_buf_reset(&s->out);
		s->out.failed = false;
		request_failed(s, st, method, &r);
		if (is_request)
			send_error(s, id, r.err_code ? r.err_code : E_REQUEST_FAILED, r.err_msg);
	} else if (is_request) {
		fp_jw_obj_end(&s->w);
		lsp_msg_send(s);
	} else {
		fp_buf_reset(&s->out);
	}
	if (s->trace && is_request)
		trace(s, method, us, ok);
	fp_arena_release(&arena);
}

/* ---- the loop ------------------------------------------------------------ */

/* Work done before sleeping: messages for the user, then diagnostics of
 * the documents changed since the last time (a burst of edits is
 * analysed once, for its last version). */
static void before_sleep(lsp_server *s)
{
	if (s->pending_message[0] && s->got_initialize) {
		lsp_show_message(s, s->pending_type ? s->pending_type : 2, s->pending_message);
		s->pending_message[0] = 0;
	}
	for (size_t i = 0; s->ndirty > 0 && i < s->ndocs && !s->exit_now; i++) {
		if (s->docs[i]->dirty)
			publish(s, s->docs[i]);
	}
	if (s->refresh_due && s->client_pull && s->client_refresh && s->got_initialize)
		lsp_request_send(s, "workspace/diagnostic/refresh");
	s->refresh_due = false;
	lsp_scan_unpush(s);
	lsp_logq_send(s);
	lsp_watch_memory(s);
	lsp_scan_tick(s);
}

/* One unit of input, in arrival order. */
typedef struct intake {
	lsp_read_status st;
	const char *msg;
	size_t len;
} intake;

/* Remember the id a $/cancelRequest in body names, so that the request,
 * if it is still waiting in this batch, is answered RequestCancelled
 * instead of being run. Keys live in the batch arena. */
static void note_cancel(lsp_server *s, const char *body, size_t len, fp_arena *arena)
{
	if (!memmem(body, len, "$/cancelRequest", 15))
		return;
	fp_json *msg;
	fp_json_error err;
	if (!fp_json_parse(body, len, arena, NULL, &msg, &err))
		return;
	const char *method = lsp_str(msg, "method");
	char key[80];
	if (!method || strcmp(method, "$/cancelRequest") != 0 ||
	    !id_key(lsp_get(msg, "params.id"), key, sizeof key))
		return;
	char *k = fp_arena_strndup(arena, key, strlen(key));
	if (k)
		fp_strmap_put(&s->cancelled, k, k);
}

/* Handle one unit of input. */
static void take(lsp_server *s, const intake *in)
{
	if (in->st == LSP_READ_MESSAGE) {
		handle(s, in->msg, in->len);
	} else if (in->st == LSP_READ_BAD_HEADER) {
		s->parse_errors++;
		fp_log(FP_LOG_WARN, NULL, "skipped %zu bytes of unreadable input", in->len);
		send_error(s, NULL, E_PARSE, "unreadable message header: skipped to the next one");
	} else if (in->st == LSP_READ_TOO_LARGE) {
		s->parse_errors++;
		char m[200];
		snprintf(m, sizeof m, "message of %zu bytes refused (limit %zu)", in->len, s->opt.max_message);
		fp_log(FP_LOG_WARN, NULL, "%s", m);
		send_error(s, NULL, E_INVALID_REQUEST, m);
	}
}

/* Handle everything already received. It is read into a batch first, so
 * that a $/cancelRequest behind its request is honoured (the request is
 * answered RequestCancelled without running), the way a client expects
 * when it cancels completions it no longer needs while typing. Bodies
 * point into the reader's buffer, which only moves on the next fill. */
static void drain(lsp_server *s)
{
	intake *batch = NULL;
	size_t n = 0, cap = 0;
	fp_arena arena;
	fp_arena_init(&arena);
	for (;;) {
		intake in = { 0 };
		in.st = lsp_reader_next(&s->rd, &in.msg, &in.len);
		if (in.st == LSP_READ_TOO_LARGE)
			in.len = s->rd.last_len;
		if (in.st != LSP_READ_MESSAGE && in.st != LSP_READ_BAD_HEADER && in.st != LSP_READ_TOO_LARGE)
			break;
		if (n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			intake *v = fp_realloc(batch, ncap * sizeof *v);
			if (!v) {
				/* no memory for a longer batch: what is batched
				 * first, then this one, in order */
				for (size_t i = 0; i < n && !s->exit_now; i++)
					take(s, &batch[i]);
				n = 0;
				if (!s->exit_now)
					take(s, &in);
				if (s->exit_now)
					break;
				continue;
			}
			batch = v;
			cap = ncap;
		}
		if (in.st == LSP_READ_MESSAGE)
			note_cancel(s, in.msg, in.len, &arena);
		batch[n++] = in;
	}
	if (n && s->ws)
		lsp_ws_busy(s->ws, 20);     /* foreground first */
	for (size_t i = 0; i < n && !s->exit_now; i++)
		take(s, &batch[i]);
	fp_free(batch);
	fp_strmap_release(&s->cancelled);
	fp_arena_release(&arena);
}

/* SIGUSR1: the answers of fhirpath/health and fhirpath/resources, as
 * one log line (at level error, so that it is written whatever the
 * level). The response buffer is set aside meanwhile. */
static void log_health(lsp_server *s)
{
	fp_buf saved = s->out;
	fp_buf_init(&s->out);
	fp_jw_init(&s->w, &s->out, false);
	lsp_req r;
	memset(&r, 0, sizeof r);
	r.s = s;
	fp_buf_adds(&s->out, "\"health\":");
	lsp_health(&r);
	fp_buf_adds(&s->out, ",\"resources\":");
	fp_jw_init(&s->w, &s->out, false);
	lsp_resources(&r);
	/* asked for by the operator: logged whatever the level; without a
	 * log file, the client's log gets it as information */
	bool file = fp_log_has_file();
	char line[512];
	snprintf(line, sizeof line, "health (SIGUSR1): state %s%s%.440s", lsp_state_names[s->state],
		 file || s->out.failed ? "" : ": ", file || s->out.failed ? "" : s->out.data);
	if (file)
		fp_log(FP_LOG_ERROR, s->out.failed ? NULL : s->out.data, "%s", line);
	fp_buf_release(&s->out);
	s->out = saved;
	if (!file && s->got_initialize)
		lsp_log_message(s, 3, line);
}

/* Signals since the last look; true when one asks the server to stop. */
static bool on_signals(lsp_server *s)
{
	int sig;
	bool stop = false;
	while ((sig = fp_rt_signal_next()) != 0) {
		if (sig == SIGUSR1) {
			log_health(s);
		} else {
			fp_log(FP_LOG_INFO, NULL, "signal %d: shutting down", sig);
			stop = true;
		}
	}
	return stop;
}

int lsp_serve(const lsp_options *opt)
{
	lsp_server *s = fp_calloc(1, sizeof *s);
	if (!s)
		return 1;
	s->opt = *opt;
	s->state = LSP_STARTING;
	s->started_ms = fp_rt_now_ms();
	s->check.version = FP_FHIR_R4;
	s->keep_analysed = LSP_KEEP_ANALYSED;
	fp_buf_init(&s->out);
	lsp_reader_init(&s->rd, opt->in_fd, opt->max_message);
	/* in-memory input: everything is already read, up to end of input */
	if (opt->in_data) {
		fp_buf_add(&s->rd.in, opt->in_data, opt->in_len);   /* out of memory: empty */
		s->rd.eof = true;
	}
	int sigfd = opt->in_data ? -1 : fp_rt_signals_init();
	lsp_logq_install();
	fp_log(FP_LOG_INFO, "\"state\":\"starting\"", "fhirpath-ls %s serving on stdio", FP_VERSION);
	int code = 1;
	while (!s->exit_now) {
		drain(s);
		if (s->exit_now)
			break;
		if (s->rd.eof) {
			if (opt->in_data)
				before_sleep(s);        /* lsp_serve_buffer: publish once */
			fp_log(FP_LOG_INFO, NULL, "end of input: exiting");
			break;
		}
		before_sleep(s);
		/* the client, signals, the workspace scan's results */
		struct pollfd fds[3] = { { opt->in_fd, POLLIN, 0 }, { sigfd, POLLIN, 0 },
					 { s->ws ? lsp_ws_fd(s->ws) : -1, POLLIN, 0 } };
		int n = poll(fds, 3, 1000);
		if (n < 0 && errno != EINTR)
			break;
		if (on_signals(s))
			break;
		if (s->parent_pid > 0 && !fp_rt_process_alive(s->parent_pid)) {
			fp_log(FP_LOG_INFO, NULL, "parent process %ld is gone: exiting", s->parent_pid);
			break;
		}
		if (n > 0 && (fds[0].revents & (POLLIN | POLLHUP | POLLERR))) {
			lsp_read_status st = lsp_reader_fill(&s->rd);
			if (st == LSP_READ_ERROR) {
				fp_log(FP_LOG_ERROR, NULL, "reading input failed: %s", strerror(errno));
				break;
			}
		}
		/* background results only once the client's input is handled:
		 * foreground requests come first */
		if (n > 0 && (fds[2].revents & POLLIN) && !(fds[0].revents & POLLIN))
			lsp_scan_take(s);
	}
	code = s->got_shutdown ? 0 : 1;
	lsp_scan_stop(s);
	s->state = LSP_STOPPED;
	fp_log(FP_LOG_INFO, "\"state\":\"stopped\"", "stopped (exit code %d)", code);
	lsp_logq_remove();
	for (size_t i = 0; i < s->ndocs; i++)
		doc_free(s, s->docs[i]);
	fp_free(s->docs);
	fp_strmap_release(&s->docmap);
	fp_strmap_release(&s->docpaths);
	fp_settings_free(s->settings);
	lsp_reader_release(&s->rd);
	fp_buf_release(&s->out);
	fp_free(s);
	fp_arena_drop_spare();
	return code;
}

int lsp_serve_buffer(const char *data, size_t len, int out_fd)
{
	lsp_options opt = { .in_fd = -1, .out_fd = out_fd, .max_message = (size_t)64 << 20,
			    .max_document = (size_t)16 << 20, .time_budget_ms = 2000,
			    .no_scan = true, .in_data = data ? data : "", .in_len = len };
	return lsp_serve(&opt);
}
