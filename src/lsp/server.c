/*
 * lsp/server.c - the loop, the method table, the lifecycle, documents and
 * diagnostics (see server.h).
 */
#include "internal.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "sources/config.h"
#include "util/alloc.h"
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

static bool json_int(const fp_json *v, int64_t *out)
{
	return v && v->kind == FP_JSON_NUMBER && fp_json_i64(v, out);
}

/* ---- output ----------------------------------------------------------- */

static void send_buf(lsp_server *s)
{
	if (s->out.failed) {
		fp_log(FP_LOG_ERROR, NULL, "out of memory writing a message");
	} else if (s->out.data && !lsp_write_message(s->opt.out_fd, s->out.data, s->out.len)) {
		fp_log(FP_LOG_WARN, NULL, "client gone: cannot write");
		s->exit_now = true;
	}
	fp_buf_reset(&s->out);
	s->out.failed = false;
}

static void begin_message(lsp_server *s)
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
	begin_message(s);
	write_id(s, id);
	fp_jw_key(&s->w, "error");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "code");
	fp_jw_int(&s->w, code);
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, msg);
	fp_jw_obj_end(&s->w);
	fp_jw_obj_end(&s->w);
	send_buf(s);
}

/* ---- documents -------------------------------------------------------- */

static void doc_drop_analysis(lsp_server *s, lsp_doc *d);

/* Documents are found by URI through an open-addressing hash index
 * (FNV-1a; at most half full; rebuilt when it grows or a document
 * closes), so 10,000 open documents cost no more per request than 10. */
static uint64_t uri_hash(const char *uri)
{
	uint64_t h = 1469598103934665603ULL;
	for (const unsigned char *p = (const unsigned char *)uri; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return h;
}

static bool index_rebuild(lsp_server *s)
{
	size_t cap = 64;
	while (cap < s->ndocs * 2 + 2)
		cap *= 2;
	lsp_doc **v = fp_calloc(cap, sizeof *v);
	if (!v)
		return false;
	for (size_t i = 0; i < s->ndocs; i++) {
		size_t k = (size_t)uri_hash(s->docs[i]->uri) & (cap - 1);
		while (v[k])
			k = (k + 1) & (cap - 1);
		v[k] = s->docs[i];
	}
	fp_free(s->index);
	s->index = v;
	s->index_cap = cap;
	return true;
}

lsp_doc *lsp_doc_find(lsp_server *s, const char *uri)
{
	if (!uri || !s->index)
		return NULL;
	size_t k = (size_t)uri_hash(uri) & (s->index_cap - 1);
	for (lsp_doc *d; (d = s->index[k]) != NULL; k = (k + 1) & (s->index_cap - 1)) {
		if (strcmp(d->uri, uri) == 0)
			return d;
	}
	return NULL;
}

/* Mark d for publishing before the loop sleeps. */
static void mark_dirty(lsp_server *s, lsp_doc *d)
{
	if (!d->dirty)
		s->ndirty++;
	d->dirty = true;
}

/* Analyses are kept for the most recently used documents only: one
 * costs ~15 KB against ~0.3 KB of text, and redoing one takes tens of
 * microseconds, so 10,000 open documents stay in a few megabytes. */
#define LSP_KEEP_ANALYSED 64

static void evict(lsp_server *s, const lsp_doc *keep)
{
	while (s->nanalysed > LSP_KEEP_ANALYSED) {
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

static void doc_drop_analysis(lsp_server *s, lsp_doc *d)
{
	if (!d->analysed)
		return;
	s->nanalysed--;
	fp_lines_release(&d->lines);
	fp_diags_release(&d->diags);
	fp_arena_release(&d->arena);
	d->analysed = false;
}

static void doc_free(lsp_server *s, lsp_doc *d)
{
	doc_drop_analysis(s, d);
	lsp_tokens_forget(s, d);
	lsp_symbols_forget(d);
	fp_free(d->uri);
	fp_free(d->text);
	fp_free(d);
}

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n >= k && strcmp(s + n - k, suffix) == 0;
}

bool lsp_doc_analyse(lsp_server *s, lsp_doc *d)
{
	d->used = ++s->tick;
	if (d->analysed)
		return true;
	s->analyses++;
	fp_arena_init(&d->arena);
	fp_diags_init(&d->diags, &d->arena);
	memset(&d->file, 0, sizeof d->file);
	memset(&d->fhir, 0, sizeof d->fhir);
	if (!fp_lines_init(&d->lines, d->text, d->len)) {
		fp_arena_release(&d->arena);
		return false;
	}
	bool ok;
	if (d->len > s->opt.max_document) {
		fp_diags_add(&d->diags, 9003, 0, 0, "document larger than %zu MiB: not analysed",
			     s->opt.max_document >> 20);
		ok = true;
	} else if (!fp_utf8_valid(d->text, d->len, NULL)) {
		size_t bad = 0;
		fp_utf8_valid(d->text, d->len, &bad);
		fp_diags_add(&d->diags, 30, bad, bad + 1, "text is not valid UTF-8 at byte %zu", bad);
		ok = true;
	} else if (d->is_json && ends_with(d->uri, ".xml")) {
		ok = fp_fhir_xml_check(d->text, d->len, &s->check, &d->arena, &d->diags, &d->fhir);
	} else if (d->is_json) {
		ok = fp_fhir_json_check(d->text, d->len, &s->check, &d->arena, &d->diags, &d->fhir);
	} else {
		ok = fp_check_fpfile(d->text, d->len, &s->check, &d->arena, &d->diags, &d->file);
	}
	if (!ok) {
		fp_diags_release(&d->diags);
		fp_lines_release(&d->lines);
		fp_arena_release(&d->arena);
		return false;
	}
	fp_diags_sort(&d->diags);
	d->analysed = true;
	s->nanalysed++;
	lsp_symbols_build(s, d);
	evict(s, d);
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

void lsp_write_position(lsp_server *s, lsp_doc *d, size_t off)
{
	size_t line, col;
	fp_lines_pos(&d->lines, off, s->utf8 ? FP_COL_BYTES : FP_COL_UTF16, &line, &col);
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "line");
	fp_jw_uint(&s->w, line);
	fp_jw_key(&s->w, "character");
	fp_jw_uint(&s->w, col);
	fp_jw_obj_end(&s->w);
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

/* The diagnostics array of a document (analysing it when needed). */
static void write_diagnostics(lsp_server *s, lsp_doc *d)
{
	fp_jw_arr_begin(&s->w);
	if (lsp_doc_analyse(s, d)) {
		for (size_t i = 0; i < d->diags.len; i++) {
			const fp_diag *x = &d->diags.items[i];
			fp_severity sev = fp_config_severity(&s->config, x->code, x->severity);
			if (!sev)
				continue;       /* switched off in .fhirpath-ls.json */
			char code[8];
			fp_diag_format_code(x->code, code);
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "range");
			lsp_write_range(s, d, x->start, x->end);
			fp_jw_key(&s->w, "severity");
			fp_jw_int(&s->w, sev);
			fp_jw_key(&s->w, "code");
			fp_jw_str(&s->w, code);
			fp_jw_key(&s->w, "source");
			fp_jw_str(&s->w, "fhirpath-ls");
			fp_jw_key(&s->w, "message");
			fp_jw_str(&s->w, x->message);
			fp_jw_obj_end(&s->w);
		}
	}
	fp_jw_arr_end(&s->w);
}

/* textDocument/publishDiagnostics for uri: d's diagnostics, or an empty
 * list (clearing them in the editor) when d is NULL. */
static void send_diagnostics(lsp_server *s, const char *uri, lsp_doc *d)
{
	begin_message(s);
	fp_jw_key(&s->w, "method");
	fp_jw_str(&s->w, "textDocument/publishDiagnostics");
	fp_jw_key(&s->w, "params");
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
	} else {
		fp_jw_arr_begin(&s->w);
		fp_jw_arr_end(&s->w);
	}
	fp_jw_obj_end(&s->w);
	fp_jw_obj_end(&s->w);
	send_buf(s);
}

static void publish(lsp_server *s, lsp_doc *d)
{
	send_diagnostics(s, d->uri, d);
	if (d->dirty)
		s->ndirty--;
	d->dirty = false;
}

/* Apply one contentChanges item: a full text or a range edit. */
static bool apply_change(lsp_server *s, lsp_doc *d, const fp_json *ch)
{
	const fp_json *text = lsp_get(ch, "text");
	if (!text || text->kind != FP_JSON_STRING)
		return false;
	const fp_json *range = lsp_get(ch, "range");
	if (!range) {
		char *t = fp_malloc(text->u.str.len + 1);
		if (!t)
			return false;
		memcpy(t, text->u.str.s, text->u.str.len + 1);
		fp_free(d->text);
		d->text = t;
		d->len = text->u.str.len;
		doc_drop_analysis(s, d);
		lsp_symbols_forget(d);
		return true;
	}
	/* positions need the line table of the text as it is now */
	fp_lines lt;
	if (!fp_lines_init(&lt, d->text, d->len))
		return false;
	fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	int64_t l0 = 0, c0 = 0, l1 = 0, c1 = 0;
	json_int(lsp_get(range, "start.line"), &l0);
	json_int(lsp_get(range, "start.character"), &c0);
	json_int(lsp_get(range, "end.line"), &l1);
	json_int(lsp_get(range, "end.character"), &c1);
	size_t a = fp_lines_offset(&lt, (size_t)(l0 < 0 ? 0 : l0), (size_t)(c0 < 0 ? 0 : c0), unit);
	size_t b = fp_lines_offset(&lt, (size_t)(l1 < 0 ? 0 : l1), (size_t)(c1 < 0 ? 0 : c1), unit);
	fp_lines_release(&lt);
	if (b < a) {
		size_t t = a;
		a = b;
		b = t;
	}
	size_t n = d->len - (b - a) + text->u.str.len;
	char *t = fp_malloc(n + 1);
	if (!t)
		return false;
	memcpy(t, d->text, a);
	memcpy(t + a, text->u.str.s, text->u.str.len);
	memcpy(t + a + text->u.str.len, d->text + b, d->len - b);
	t[n] = 0;
	fp_free(d->text);
	d->text = t;
	d->len = n;
	doc_drop_analysis(s, d);
	lsp_symbols_forget(d);
	return true;
}

/* ---- handlers: lifecycle ------------------------------------------------ */

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
	fp_jw_key(w, "diagnosticProvider");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "interFileDependencies");
	fp_jw_bool(w, false);
	fp_jw_key(w, "workspaceDiagnostics");
	fp_jw_bool(w, false);
	fp_jw_obj_end(w);
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

/* Every open document is analysed again with the new settings. */
static void all_stale(lsp_server *s)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		doc_drop_analysis(s, s->docs[i]);
		mark_dirty(s, s->docs[i]);
	}
}

/* Switch inlay hints on or off. When that changes something after
 * initialize, ask a client that can to request them again. */
static void set_inlay_hints(lsp_server *s, bool on)
{
	if (s->inlay_hints == on)
		return;
	s->inlay_hints = on;
	if (!s->got_initialize || !s->inlay_refresh)
		return;
	begin_message(s);
	fp_jw_key(&s->w, "id");
	char id[40];
	snprintf(id, sizeof id, "fhirpath-ls/%llu", (unsigned long long)++s->next_request);
	fp_jw_str(&s->w, id);
	fp_jw_key(&s->w, "method");
	fp_jw_str(&s->w, "workspace/inlayHint/refresh");
	fp_jw_obj_end(&s->w);
	send_buf(s);
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
		return;
	}
	s->config = cfg;
	if (cfg.has_version)
		s->check.version = cfg.version;
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
	if (fv && !fp_fhir_version_parse(fv, strlen(fv), &s->check.version))
		return lsp_fail(r, -32602, "unknown fhirVersion '%s'", fv);
	/* settings.fhirpath.inlayHints or settings.inlayHints */
	const fp_json *ih = lsp_get(r->params, "settings.fhirpath.inlayHints");
	if (!ih)
		ih = lsp_get(r->params, "settings.inlayHints");
	if (ih && (ih->kind == FP_JSON_TRUE || ih->kind == FP_JSON_FALSE))
		set_inlay_hints(s, ih->kind == FP_JSON_TRUE);
	all_stale(s);
	return true;
}

static bool h_did_change_watched_files(lsp_req *r)
{
	lsp_server *s = r->s;
	const fp_json *ch = lsp_get(r->params, "changes");
	for (size_t i = 0; ch && ch->kind == FP_JSON_ARRAY && i < ch->u.arr.len; i++) {
		const char *uri = lsp_str(ch->u.arr.items[i], "uri");
		if (uri && ends_with(uri, FP_CONFIG_FILE) && s->root[0]) {
			load_config(s);
			all_stale(s);
			break;
		}
	}
	return true;
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
	const fp_json *rs = lsp_get(r->params, "capabilities.workspace.inlayHint.refreshSupport");
	s->inlay_refresh = rs && rs->kind == FP_JSON_TRUE;
	/* the workspace's .fhirpath-ls.json, then the client's options */
	const char *root = lsp_str(r->params, "rootUri");
	if (root && strncmp(root, "file://", 7) == 0 && strlen(root + 7) < sizeof s->root) {
		strcpy(s->root, root + 7);
		load_config(s);
	} else if ((root = lsp_str(r->params, "rootPath")) != NULL && strlen(root) < sizeof s->root) {
		strcpy(s->root, root);
		load_config(s);
	}
	const char *fv = lsp_str(r->params, "initializationOptions.fhirVersion");
	if (fv)
		fp_fhir_version_parse(fv, strlen(fv), &s->check.version);
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
		d->uri = fp_malloc(strlen(uri) + 1);
		if (!d->uri) {
			fp_free(d);
			return lsp_fail(r, E_INTERNAL, "out of memory");
		}
		strcpy(d->uri, uri);
		s->docs[s->ndocs++] = d;
		if (s->ndocs * 2 + 2 > s->index_cap && !index_rebuild(s)) {
			s->ndocs--;
			fp_free(d->uri);
			fp_free(d);
			return lsp_fail(r, E_INTERNAL, "out of memory");
		}
		if (s->ndocs * 2 + 2 <= s->index_cap && lsp_doc_find(s, uri) != d) {
			/* place it: the table has room */
			size_t k = (size_t)uri_hash(uri) & (s->index_cap - 1);
			while (s->index[k])
				k = (k + 1) & (s->index_cap - 1);
			s->index[k] = d;
		}
	}
	const char *lang = lsp_str(r->params, "textDocument.languageId");
	/* FHIR resources: JSON, or XML (is_json then means "a resource") */
	d->is_json = ends_with(uri, ".json") || ends_with(uri, ".xml") ||
		     (lang && (strcmp(lang, "json") == 0 || strcmp(lang, "xml") == 0));
	int64_t v = 0;
	json_int(lsp_get(r->params, "textDocument.version"), &v);
	d->version = v;
	char *t = fp_malloc(text->u.str.len + 1);
	if (!t)
		return lsp_fail(r, E_INTERNAL, "out of memory");
	memcpy(t, text->u.str.s, text->u.str.len + 1);
	fp_free(d->text);
	d->text = t;
	d->len = text->u.str.len;
	doc_drop_analysis(s, d);
	lsp_symbols_forget(d);
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
	for (size_t i = 0; uri && i < s->ndocs; i++) {
		if (strcmp(s->docs[i]->uri, uri) == 0) {
			send_diagnostics(s, uri, NULL);   /* clear them in the editor */
			if (s->docs[i]->dirty)
				s->ndirty--;
			doc_free(s, s->docs[i]);
			s->docs[i] = s->docs[--s->ndocs];
			index_rebuild(s);       /* on failure the old index is kept */
			return true;
		}
	}
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

static const char *const state_names[] = { "starting", "running", "shutting_down", "stopped" };

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static bool h_health(lsp_req *r);
static bool h_resources(lsp_req *r);

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
	{ "textDocument/didSave", h_ignore, M_NOTIFY },
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
	{ "textDocument/documentSymbol", lsp_document_symbol, 0 },
	{ "textDocument/semanticTokens/full", lsp_semantic_tokens, 0 },
	{ "textDocument/semanticTokens/full/delta", lsp_semantic_tokens_delta, 0 },
	{ "textDocument/semanticTokens/range", lsp_semantic_tokens_range, 0 },
	{ "workspace/didChangeConfiguration", h_did_change_configuration, M_NOTIFY },
	{ "workspace/didChangeWatchedFiles", h_did_change_watched_files, M_NOTIFY },
	{ "$/cancelRequest", h_ignore, M_NOTIFY | M_BEFORE_INIT },
	{ "$/setTrace", h_ignore, M_NOTIFY },
	{ "fhirpath/health", h_health, M_BEFORE_INIT | M_AFTER_SHUTDOWN },
	{ "fhirpath/resources", h_resources, M_BEFORE_INIT | M_AFTER_SHUTDOWN },
	{ NULL, NULL, 0 },
};

static bool h_health(lsp_req *r)
{
	lsp_server *s = r->s;
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "state");
	fp_jw_str(w, state_names[s->state]);
	fp_jw_key(w, "uptimeMs");
	fp_jw_uint(w, fp_rt_now_ms() - s->started_ms);
	fp_jw_key(w, "rssKiB");
	fp_jw_uint(w, fp_rt_rss_kib());
	fp_jw_key(w, "cpuMs");
	fp_jw_uint(w, fp_rt_cpu_ms());
	fp_jw_key(w, "openDocuments");
	fp_jw_uint(w, s->ndocs);
	fp_jw_key(w, "requests");
	fp_jw_uint(w, s->requests);
	fp_jw_key(w, "notifications");
	fp_jw_uint(w, s->notifications);
	fp_jw_key(w, "errors");
	fp_jw_uint(w, s->errors);
	fp_jw_key(w, "parseErrors");
	fp_jw_uint(w, s->parse_errors);
	fp_jw_key(w, "lastError");
	if (s->last_error[0])
		fp_jw_str(w, s->last_error);
	else
		fp_jw_null(w);
	fp_jw_key(w, "methods");
	fp_jw_obj_begin(w);
	for (size_t i = 0; lsp_methods[i].name && i < LSP_NMETHODS; i++) {
		const lsp_method_stats *st = &s->stats[i];
		if (!st->count)
			continue;
		uint32_t lat[LSP_LATENCY_RING];
		size_t n = st->count < LSP_LATENCY_RING ? (size_t)st->count : LSP_LATENCY_RING;
		memcpy(lat, st->lat_us, n * sizeof *lat);
		qsort(lat, n, sizeof *lat, cmp_u32);
		fp_jw_key(w, lsp_methods[i].name);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "count");
		fp_jw_uint(w, st->count);
		fp_jw_key(w, "errors");
		fp_jw_uint(w, st->errors);
		fp_jw_key(w, "p50us");
		fp_jw_uint(w, lat[n / 2]);
		fp_jw_key(w, "p99us");
		fp_jw_uint(w, lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1]);
		fp_jw_obj_end(w);
	}
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	return true;
}

static bool h_resources(lsp_req *r)
{
	lsp_server *s = r->s;
	fp_jw *w = &s->w;
	size_t text = 0, analysis = 0;
	for (size_t i = 0; i < s->ndocs; i++) {
		text += s->docs[i]->len;
		if (s->docs[i]->analysed)
			analysis += s->docs[i]->arena.total;
	}
	size_t types, elements, model = 0;
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		size_t b;
		fp_model_stats(fp_model_get((fp_fhir_version)v), &types, &elements, &b);
		model += b;
	}
	fp_jw_obj_begin(w);
	fp_jw_key(w, "rssKiB");
	fp_jw_uint(w, fp_rt_rss_kib());
	fp_jw_key(w, "documents");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "count");
	fp_jw_uint(w, s->ndocs);
	fp_jw_key(w, "textBytes");
	fp_jw_uint(w, text);
	fp_jw_key(w, "analysisBytes");
	fp_jw_uint(w, analysis);
	fp_jw_key(w, "analyses");
	fp_jw_uint(w, s->analyses);
	fp_jw_obj_end(w);
	fp_jw_key(w, "modelBytes");
	fp_jw_uint(w, model);
	fp_jw_key(w, "inputBufferBytes");
	fp_jw_uint(w, s->rd.in.cap);
	fp_jw_key(w, "openFds");
	fp_jw_int(w, fp_rt_open_fds());
	fp_jw_key(w, "threads");
	fp_jw_int(w, 1);
	fp_jw_obj_end(w);
	return true;
}

/* ---- dispatch ------------------------------------------------------------- */

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
		fp_arena_release(&arena);    /* a response to us: nothing to do */
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
	lsp_req r;
	memset(&r, 0, sizeof r);
	r.s = s;
	r.id = is_request ? id : NULL;
	r.params = lsp_get(msg, "params");
	r.arena = &arena;
	struct timespec ts0, ts1;
	clock_gettime(CLOCK_MONOTONIC, &ts0);
	/* the result is written into the message as the handler goes */
	begin_message(s);
	if (is_request) {
		write_id(s, id);
		fp_jw_key(&s->w, "result");
	}
	bool ok = m->fn(&r);
	clock_gettime(CLOCK_MONOTONIC, &ts1);
	lsp_method_stats *st = &s->stats[mi < LSP_NMETHODS ? mi : LSP_NMETHODS - 1];
	uint64_t us = (uint64_t)(ts1.tv_sec - ts0.tv_sec) * 1000000 + (uint64_t)(ts1.tv_nsec - ts0.tv_nsec) / 1000;
	st->lat_us[st->count % LSP_LATENCY_RING] = (uint32_t)(us > UINT32_MAX ? UINT32_MAX : us);
	st->count++;
	if (!ok) {
		st->errors++;
		s->errors++;
		snprintf(s->last_error, sizeof s->last_error, "%.60s: %.180s", method, r.err_msg);
		char fields[300];
		snprintf(fields, sizeof fields, "\"method\":\"%.100s\"", method);
		fp_log(FP_LOG_WARN, fields, "request failed: %s", r.err_msg);
		fp_buf_reset(&s->out);
		s->out.failed = false;
		if (is_request)
			send_error(s, id, r.err_code ? r.err_code : E_REQUEST_FAILED, r.err_msg);
	} else if (is_request) {
		fp_jw_obj_end(&s->w);
		send_buf(s);
	} else {
		fp_buf_reset(&s->out);
	}
	fp_arena_release(&arena);
}

/* ---- the loop ------------------------------------------------------------ */

/* Work done before sleeping: publish diagnostics of changed documents. */
static void before_sleep(lsp_server *s)
{
	if (s->pending_message[0] && s->got_initialize) {
		begin_message(s);
		fp_jw_key(&s->w, "method");
		fp_jw_str(&s->w, "window/showMessage");
		fp_jw_key(&s->w, "params");
		fp_jw_obj_begin(&s->w);
		fp_jw_key(&s->w, "type");
		fp_jw_int(&s->w, 2);    /* warning */
		fp_jw_key(&s->w, "message");
		fp_jw_str(&s->w, s->pending_message);
		fp_jw_obj_end(&s->w);
		fp_jw_obj_end(&s->w);
		send_buf(s);
		s->pending_message[0] = 0;
	}
	for (size_t i = 0; s->ndirty > 0 && i < s->ndocs && !s->exit_now; i++) {
		if (s->docs[i]->dirty)
			publish(s, s->docs[i]);
	}
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
	fp_buf_init(&s->out);
	lsp_reader_init(&s->rd, opt->in_fd, opt->max_message);
	/* in-memory input: everything is already read, up to end of input */
	if (opt->in_data) {
		fp_buf_add(&s->rd.in, opt->in_data, opt->in_len);   /* out of memory: empty */
		s->rd.eof = true;
	}
	int sigfd = opt->in_data ? -1 : fp_rt_signals_init();
	fp_log(FP_LOG_INFO, "\"state\":\"starting\"", "fhirpath-ls %s serving on stdio", FP_VERSION);
	int code = 1;
	while (!s->exit_now) {
		/* everything already read first */
		for (;;) {
			const char *msg;
			size_t len;
			lsp_read_status st = lsp_reader_next(&s->rd, &msg, &len);
			if (st == LSP_READ_MESSAGE) {
				handle(s, msg, len);
				if (s->exit_now)
					break;
				continue;
			}
			if (st == LSP_READ_BAD_HEADER) {
				s->parse_errors++;
				fp_log(FP_LOG_WARN, NULL, "skipped %zu bytes of unreadable input", len);
				send_error(s, NULL, E_PARSE, "unreadable message header: skipped to the next one");
				continue;
			}
			if (st == LSP_READ_TOO_LARGE) {
				s->parse_errors++;
				char m[200];
				snprintf(m, sizeof m, "message of %zu bytes refused (limit %zu)", s->rd.last_len,
					 s->opt.max_message);
				fp_log(FP_LOG_WARN, NULL, "%s", m);
				send_error(s, NULL, E_INVALID_REQUEST, m);
				continue;
			}
			break;
		}
		if (s->exit_now)
			break;
		if (s->rd.eof) {
			if (opt->in_data)
				before_sleep(s);        /* lsp_serve_buffer: publish once */
			fp_log(FP_LOG_INFO, NULL, "end of input: exiting");
			break;
		}
		before_sleep(s);
		struct pollfd fds[2] = { { opt->in_fd, POLLIN, 0 }, { sigfd, POLLIN, 0 } };
		int n = poll(fds, sigfd >= 0 ? 2 : 1, 1000);
		if (n < 0 && errno != EINTR)
			break;
		int sig;
		bool stop = false;
		while ((sig = fp_rt_signal_next()) != 0) {
			if (sig == SIGUSR1) {
				size_t rss = fp_rt_rss_kib();
				fp_log(FP_LOG_ERROR, NULL, "health: state %s, %zu documents, rss %zu KiB, %llu requests, %llu errors",
				       state_names[s->state], s->ndocs, rss,
				       (unsigned long long)s->requests, (unsigned long long)s->errors);
			} else {
				fp_log(FP_LOG_INFO, NULL, "signal %d: shutting down", sig);
				stop = true;
			}
		}
		if (stop)
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
	}
	code = s->got_shutdown ? 0 : 1;
	s->state = LSP_STOPPED;
	fp_log(FP_LOG_INFO, "\"state\":\"stopped\"", "stopped (exit code %d)", code);
	for (size_t i = 0; i < s->ndocs; i++)
		doc_free(s, s->docs[i]);
	fp_free(s->docs);
	fp_free(s->index);
	lsp_reader_release(&s->rd);
	fp_buf_release(&s->out);
	fp_free(s);
	fp_arena_drop_spare();
	return code;
}

int lsp_serve_buffer(const char *data, size_t len, int out_fd)
{
	lsp_options opt = { -1, out_fd, (size_t)64 << 20, (size_t)16 << 20, 0, data ? data : "", len };
	return lsp_serve(&opt);
}
