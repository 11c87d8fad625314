/*
 * lsp/symbols.c - textDocument/documentSymbol and workspace/symbol: every
 * expression is a symbol, labelled with its text; workspace/symbol also
 * finds the workspace's definitions (profiles, extensions, value sets,
 * code systems, search parameters, questionnaire variables: defs.c) by
 * name.
 *
 * workspace/symbol looks at every open document, and analyses are kept
 * for the most recently used documents only (server.c), so answering it
 * from analyses would analyse the whole workspace again on every request
 * and push the documents being edited out of the cache. Instead each
 * document keeps a small list of its symbols (label, container, range as
 * LSP positions), built once per text by its first analysis and kept
 * when that analysis is evicted: a request only matches strings.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"

#include "util/str.h"

bool lsp_document_symbol(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < lsp_doc_nexprs(d); i++) {
		const char *text, *detail;
		size_t len;
		const fp_fexpr *x = lsp_doc_expr(d, i, &text, &len, &detail);
		char name[90];
		lsp_expr_label(text, len, name);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "name");
		fp_jw_str(w, name[0] ? name : "(empty)");
		if (detail) {
			fp_jw_key(w, "detail");
			fp_jw_str(w, detail);
		}
		fp_jw_key(w, "kind");
		fp_jw_int(w, 12);       /* Function: an expression */
		fp_jw_key(w, "range");
		lsp_write_range(s, d, x->start, x->end);
		fp_jw_key(w, "selectionRange");
		lsp_write_range(s, d, x->start, x->end);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	return true;
}

/* ---- the symbols kept per document ---------------------------------- */

typedef struct lsp_symbol {
	uint64_t chars;                 /* char_mask() of the name */
	uint32_t name, name_len;        /* in the pool */
	uint32_t detail;                /* in the pool; UINT32_MAX: none */
	uint32_t line0, col0, line1, col1;
} lsp_symbol;

/* One allocation: the header, n symbols, then their strings. The
 * definitions the document declares (a FHIR resource's: sources/
 * symbols.h) are copies of their own, with their ranges as LSP
 * positions, so that they too outlive the analysis. */
struct lsp_symbols {
	size_t n;
	const char *pool;
	fp_symbol *defs;
	uint32_t (*defpos)[4];
	size_t ndefs;
	lsp_symbol v[];
};

/* A bit per kind of byte in s[0..n) (letters case-insensitively, digits,
 * the rest folded onto 28 bits): a name can only match a query whose
 * bits it has all, which rejects most names with one test. */
static uint64_t char_mask(const char *s, size_t n)
{
	uint64_t m = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 'A' && c <= 'Z')
			c |= 0x20;
		unsigned bit = c >= 'a' && c <= 'z' ? c - 'a' : c >= '0' && c <= '9' ? 26 + (c - '0') : 36 + c % 28;
		m |= (uint64_t)1 << bit;
	}
	return m;
}

void lsp_symbols_forget(lsp_doc *d)
{
	struct lsp_symbols *ss = d->syms;
	if (!ss)
		return;
	for (size_t i = 0; i < ss->ndefs; i++) {
		fp_free((char *)ss->defs[i].url);
		fp_free((char *)ss->defs[i].name);
		fp_free((char *)ss->defs[i].detail);
	}
	fp_free(ss->defs);
	fp_free(ss->defpos);
	fp_free(ss);
	d->syms = NULL;
}

size_t lsp_symbols_defs(const lsp_doc *d, const fp_symbol **defs, const uint32_t (**pos)[4])
{
	if (!d->syms)
		return 0;
	*defs = d->syms->defs;
	*pos = (const uint32_t(*)[4])d->syms->defpos;
	return d->syms->ndefs;
}

static char *dup_opt(const char *s, bool *ok)
{
	char *r = s ? fp_strdup(s) : NULL;
	*ok = *ok && (!s || r);
	return r;
}

/* Copy the definitions of d's analysis into ss, each range as LSP
 * positions. Out of memory leaves them out. */
static void keep_defs(lsp_server *s, lsp_doc *d, struct lsp_symbols *ss)
{
	size_t n = d->is_json ? d->fhir.nsyms : 0;
	if (!n)
		return;
	ss->defs = fp_calloc(n, sizeof *ss->defs);
	ss->defpos = fp_calloc(n, sizeof *ss->defpos);
	if (!ss->defs || !ss->defpos)
		return;
	fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		fp_symbol *y = &ss->defs[i];
		*y = d->fhir.syms[i];
		y->url = dup_opt(d->fhir.syms[i].url, &ok);
		y->name = dup_opt(d->fhir.syms[i].name, &ok);
		y->detail = dup_opt(d->fhir.syms[i].detail, &ok);
		ss->ndefs = i + 1;
		size_t line, col;
		fp_lines_pos(&d->lines, y->start, unit, &line, &col);
		ss->defpos[i][0] = (uint32_t)line;
		ss->defpos[i][1] = (uint32_t)col;
		fp_lines_pos(&d->lines, y->end, unit, &line, &col);
		ss->defpos[i][2] = (uint32_t)line;
		ss->defpos[i][3] = (uint32_t)col;
	}
}

void lsp_symbols_build(lsp_server *s, lsp_doc *d)
{
	if (d->syms || !d->analysed)
		return;
	size_t n = lsp_doc_nexprs(d), pool = 0;
	char name[90];
	const char *prev = NULL;        /* a detail repeated (the @context) is stored once */
	for (size_t i = 0; i < n; i++) {
		const char *text, *detail;
		size_t len;
		lsp_doc_expr(d, i, &text, &len, &detail);
		lsp_expr_label(text, len, name);
		pool += (name[0] ? strlen(name) : 7) + 1;
		if (detail && !(prev && strcmp(prev, detail) == 0))
			pool += strlen(detail) + 1;
		prev = detail;
	}
	size_t head = sizeof(struct lsp_symbols) + n * sizeof(lsp_symbol);
	if (pool > UINT32_MAX)
		return;
	struct lsp_symbols *ss = fp_malloc(head + pool);
	if (!ss)
		return;
	ss->n = n;
	ss->defs = NULL;
	ss->defpos = NULL;
	ss->ndefs = 0;
	keep_defs(s, d, ss);
	char *p = (char *)ss + head;
	ss->pool = p;
	size_t at = 0;
	fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	prev = NULL;
	for (size_t i = 0; i < n; i++) {
		const char *text, *detail;
		size_t len, line, col;
		const fp_fexpr *x = lsp_doc_expr(d, i, &text, &len, &detail);
		lsp_expr_label(text, len, name);
		const char *nm = name[0] ? name : "(empty)";
		lsp_symbol *y = &ss->v[i];
		y->name = (uint32_t)at;
		y->name_len = (uint32_t)strlen(nm);
		memcpy(p + at, nm, y->name_len + 1);
		y->chars = char_mask(nm, y->name_len);
		at += y->name_len + 1;
		y->detail = UINT32_MAX;
		if (detail && i > 0 && prev && strcmp(prev, detail) == 0) {
			y->detail = ss->v[i - 1].detail;
		} else if (detail) {
			y->detail = (uint32_t)at;
			memcpy(p + at, detail, strlen(detail) + 1);
			at += strlen(detail) + 1;
		}
		prev = detail;
		fp_lines_pos(&d->lines, x->start, unit, &line, &col);
		y->line0 = (uint32_t)line;
		y->col0 = (uint32_t)col;
		fp_lines_pos(&d->lines, x->end, unit, &line, &col);
		y->line1 = (uint32_t)line;
		y->col1 = (uint32_t)col;
	}
	d->syms = ss;
}

/* ---- workspace/symbol ------------------------------------------------------ */

#define MAX_RESULTS 500

typedef struct match {
	const lsp_doc *d;       /* an expression of d (y), or */
	const lsp_symbol *y;
	const lsp_def *def;     /* a definition */
	int score;
	size_t seq;             /* workspace order, for ties */
} match;

static int by_score(const void *a, const void *b)
{
	const match *x = a, *y = b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* The LSP SymbolKind of a definition. */
static int def_symbol_kind(int kind)
{
	switch (kind) {
	case FP_SYM_PROFILE: return 5;          /* Class */
	case FP_SYM_EXTENSION: return 7;        /* Property */
	case FP_SYM_STRUCTURE: return 23;       /* Struct */
	case FP_SYM_VALUESET: return 10;        /* Enum */
	case FP_SYM_CODESYSTEM: return 3;       /* Namespace */
	case FP_SYM_SEARCHPARAM: return 8;      /* Field */
	default: return 13;                     /* Variable */
	}
}

/* A definition as a SymbolInformation: its name, what it is with its
 * URL ("profile http://...", "search parameter http://... on Patient",
 * "Questionnaire variable") and where it is declared; nothing when its
 * file cannot be read. */
static void write_def(lsp_server *s, lsp_defs_place *p, const lsp_def *x)
{
	const char *uri;
	uint32_t range[4];
	if (!lsp_def_place(s, p, x, &uri, range))
		return;
	const fp_symbol *y = x->y;
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "name");
	fp_jw_str(w, y->name ? y->name : y->url);
	fp_jw_key(w, "kind");
	fp_jw_int(w, def_symbol_kind(y->kind));
	char container[600];
	if (y->kind == FP_SYM_VARIABLE)
		snprintf(container, sizeof container, "Questionnaire variable");
	else
		snprintf(container, sizeof container, "%s%s%s%s%s", fp_sym_kind_name(y->kind),
			 y->url ? " " : "", y->url ? y->url : "",
			 y->kind == FP_SYM_SEARCHPARAM && y->detail ? " on " : "",
			 y->kind == FP_SYM_SEARCHPARAM && y->detail ? y->detail : "");
	fp_jw_key(w, "containerName");
	fp_jw_str(w, container);
	fp_jw_key(w, "location");
	lsp_write_location_at(s, uri, range);
	fp_jw_obj_end(w);
}

static void write_symbol(fp_jw *w, const match *m)
{
	const char *pool = m->d->syms->pool;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "name");
	fp_jw_strn(w, pool + m->y->name, m->y->name_len);
	fp_jw_key(w, "kind");
	fp_jw_int(w, 12);
	if (m->y->detail != UINT32_MAX) {
		fp_jw_key(w, "containerName");
		fp_jw_str(w, pool + m->y->detail);
	}
	fp_jw_key(w, "location");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "uri");
	fp_jw_str(w, m->d->uri);
	fp_jw_key(w, "range");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "start");
	lsp_write_linecol(w, NULL, m->y->line0, m->y->col0);
	fp_jw_key(w, "end");
	lsp_write_linecol(w, NULL, m->y->line1, m->y->col1);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

/* Is a a better match than b (higher score, else earlier)? */
static bool better(const match *a, const match *b)
{
	return a->score != b->score ? a->score > b->score : a->seq < b->seq;
}

/* Restore the heap below i: h[0] is the worst of the best kept. */
static void sift_down(match *h, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, w = i;
		if (l < n && better(&h[w], &h[l]))
			w = l;
		if (r < n && better(&h[w], &h[r]))
			w = r;
		if (w == i)
			return;
		match t = h[i];
		h[i] = h[w];
		h[w] = t;
		i = w;
	}
}


static void sift_up(match *h, size_t i)
{
	while (i > 0 && better(&h[(i - 1) / 2], &h[i])) {
		match t = h[i];
		h[i] = h[(i - 1) / 2];
		h[(i - 1) / 2] = t;
		i = (i - 1) / 2;
	}
}

/* Keep m among the best MAX_RESULTS matches (a min-heap of n in h); a
 * negative score is no match. */
static void keep_best(match *h, size_t *n, const match *m)
{
	if (m->score < 0)
		return;
	if (*n < MAX_RESULTS) {
		h[*n] = *m;
		sift_up(h, (*n)++);
	} else if (better(m, &h[0])) {
		h[0] = *m;
		sift_down(h, *n, 0);
	}
}

/* workspace/symbol: the expressions of every open document that match
 * the query (lsp_fuzzy_score), best first, at most 500: a heap keeps
 * the 500 best seen so far (its root the worst of them), so memory and
 * sorting stay bounded whatever the workspace. With an empty query:
 * every expression, in workspace order. Answered from the symbols each
 * document keeps; one without them (never analysed, or out of memory
 * when it was) is analysed now. */
bool lsp_workspace_symbol(lsp_req *r)
{
	lsp_server *s = r->s;
	const char *q = lsp_str(r->params, "query");
	fp_str query = fp_str_c(q ? q : "");
	match *h = fp_arena_alloc(r->arena, MAX_RESULTS * sizeof *h);
	if (!h)
		return lsp_fail(r, -32603, "out of memory");
	size_t n = 0, seq = (size_t)1 << 40;    /* expressions after definitions */
	uint64_t qchars = char_mask(query.p, query.n);
	for (size_t i = 0; i < s->ndocs && !(query.n == 0 && n == MAX_RESULTS); i++) {
		lsp_doc *d = s->docs[i];
		if (!d->syms && lsp_doc_analyse(s, d))
			lsp_symbols_build(s, d);        /* dropped by an edit made in place */
		if (!d->syms)
			continue;
		for (size_t k = 0; k < d->syms->n; k++, seq++) {
			const lsp_symbol *y = &d->syms->v[k];
			if (qchars & ~y->chars)
				continue;
			match m = { d, y, NULL, lsp_fuzzy_score(query, d->syms->pool + y->name, y->name_len), seq };
			keep_best(h, &n, &m);
		}
	}
	/* then the workspace's definitions, by name (after the loop above:
	 * it may analyse documents, and with them evict others' analyses) */
	size_t ndefs;
	const lsp_def *defs = lsp_defs(s, r->arena, &ndefs);
	for (size_t i = 0; i < ndefs && !(query.n == 0 && n == MAX_RESULTS); i++) {
		const fp_symbol *y = defs[i].y;
		const char *name = y->name ? y->name : y->url;
		if (!name)
			continue;
		/* definitions before expressions when they match as well */
		match m = { NULL, NULL, &defs[i], lsp_fuzzy_score(query, name, strlen(name)), i };
		keep_best(h, &n, &m);
	}
	qsort(h, n, sizeof *h, by_score);
	fp_jw *w = &s->w;
	lsp_defs_place p;
	memset(&p, 0, sizeof p);
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < n; i++) {
		if (h[i].def)
			write_def(s, &p, h[i].def);
		else
			write_symbol(w, &h[i]);
	}
	fp_jw_arr_end(w);
	lsp_defs_place_release(&p);
	return true;
}
