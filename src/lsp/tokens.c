/*
 * lsp/tokens.c - textDocument/semanticTokens: full, full/delta and range.
 *
 * Every FHIRPath token gets a class from the lexer's view of it (a name
 * before '(' is a function, after '%' a variable, ...), so no analysis is
 * needed beyond finding the expressions. In a .fhirpath file that is the
 * whole text; in a FHIR resource (JSON or XML) each embedded expression
 * is lexed again from its decoded text and every token is mapped back to
 * the exact bytes it came from, through JSON escapes (a token that holds
 * \" or \u0027 covers the whole escape) or XML references. Tokens that
 * span lines (block comments; XML attribute values may hold line breaks)
 * are split into one token per line unless the client said it takes
 * multi-line tokens.
 *
 * Delta: each full result gets a resultId ("<version>.<n>") and its data
 * are kept with the document; a full/delta request naming that id gets
 * one edit (the common prefix and suffix of the two arrays removed), any
 * other id the full result. Only the last result per document is kept,
 * for the LSP_KEEP_TOKENS documents asked last, so memory stays bounded
 * whatever the number of open documents.
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/utf8.h"

#define LSP_KEEP_TOKENS 32

/* ORDER SEMANTIC: the legend and the numbers below */
enum { ST_KEYWORD, ST_OPERATOR, ST_STRING, ST_NUMBER, ST_COMMENT, ST_FUNCTION,
       ST_VARIABLE, ST_PROPERTY, ST_TYPE, ST_MACRO };

void lsp_write_semantic_legend(fp_jw *w)
{
	static const char *const types[] = { "keyword", "operator", "string", "number", "comment",
					     "function", "variable", "property", "type", "macro" };
	fp_jw_obj_begin(w);
	fp_jw_key(w, "tokenTypes");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		fp_jw_str(w, types[i]);
	fp_jw_arr_end(w);
	fp_jw_key(w, "tokenModifiers");
	fp_jw_arr_begin(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
}

/* The legend index of token i, or -1 for none (whitespace, punctuation).
 * With directives, a line comment that starts with '@' is a directive
 * (.fhirpath files); in a resource it is an ordinary comment. */
static int token_class(const fp_tokens *toks, size_t i, const char *text, bool directives)
{
	fp_token_kind k = toks->items[i].kind;
	switch (k) {
	case FP_T_LINE_COMMENT:
	case FP_T_BLOCK_COMMENT: {
		const char *p = text + toks->items[i].start + 2;
		while (*p == ' ')
			p++;
		return directives && *p == '@' && k == FP_T_LINE_COMMENT ? ST_MACRO : ST_COMMENT;
	}
	case FP_T_STRING: return ST_STRING;
	case FP_T_INTEGER: case FP_T_DECIMAL: case FP_T_LONG: case FP_T_DATE:
	case FP_T_DATETIME: case FP_T_TIME: return ST_NUMBER;
	case FP_T_THIS: case FP_T_INDEX: case FP_T_TOTAL: return ST_VARIABLE;
	case FP_T_TRUE: case FP_T_FALSE: return ST_KEYWORD;
	case FP_T_IDENT: case FP_T_DELIMITED: {
		/* a name followed by '(' is a function; after '%' a variable;
		 * capitalised at a path start a type */
		size_t j = i + 1;
		while (j < toks->len && fp_token_is_trivia(toks->items[j].kind))
			j++;
		if (j < toks->len && toks->items[j].kind == FP_T_LPAREN)
			return ST_FUNCTION;
		size_t p = i;
		while (p > 0 && fp_token_is_trivia(toks->items[p - 1].kind))
			p--;
		if (p > 0 && toks->items[p - 1].kind == FP_T_PERCENT)
			return ST_VARIABLE;
		char c = text[toks->items[i].start];
		bool after_dot = p > 0 && toks->items[p - 1].kind == FP_T_DOT;
		return !after_dot && c >= 'A' && c <= 'Z' ? ST_TYPE : ST_PROPERTY;
	}
	default:
		if (k >= FP_T_STAR && k <= FP_T_NEQUIV)
			return ST_OPERATOR;
		if (k >= FP_T_DIV && k <= FP_T_IMPLIES)
			return ST_KEYWORD;
		return -1;
	}
}

/* ---- collecting: source byte ranges and classes ------------------------- */

typedef struct stok {
	size_t start, end;      /* bytes of the document */
	int cls;
} stok;

typedef struct stoks {
	stok *v;
	size_t n, cap;
	fp_arena *arena;
	bool failed;
} stoks;

static void add_tok(stoks *l, size_t start, size_t end, int cls)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 256;
		stok *v = fp_arena_alloc(l->arena, cap * sizeof *v);
		if (!v) {
			l->failed = true;
			return;
		}
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = (stok){ start, end, cls };
}

static int by_start(const void *a, const void *b)
{
	const stok *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->end < y->end ? -1 : x->end > y->end;
}

/* The tokens of an embedded expression: lexed from its decoded text, each
 * mapped back to the document with one walk of the string. */
static void embedded_tokens(lsp_doc *d, const fp_embedded *e, stoks *out)
{
	fp_tokens toks;
	if (!fp_lex_all(e->text, e->len, out->arena, NULL, &toks)) {
		out->failed = true;
		return;
	}
	size_t *map = fp_arena_alloc(out->arena, (e->len + 1) * sizeof *map);
	if (!map) {
		out->failed = true;
		return;
	}
	fp_embedded_source_map(d->text, e, map);
	for (size_t i = 0; i < toks.len; i++) {
		int cls = token_class(&toks, i, e->text, false);
		size_t a = toks.items[i].start, b = toks.items[i].end;
		if (cls >= 0 && b > a && b <= e->len)
			add_tok(out, map[a], map[b], cls);
	}
}

/* Every token of d, sorted, without overlaps (a resource may hold the
 * same expression twice: a search parameter is analysed once per base). */
static bool collect(lsp_doc *d, stoks *out)
{
	if (!d->is_json) {
		const fp_tokens *toks = &d->file.toks;
		for (size_t i = 0; i < toks->len; i++) {
			int cls = token_class(toks, i, d->text, true);
			if (cls >= 0 && toks->items[i].end > toks->items[i].start)
				add_tok(out, toks->items[i].start, toks->items[i].end, cls);
		}
		return !out->failed;
	}
	for (size_t i = 0; i < d->fhir.nexprs && !out->failed; i++)
		embedded_tokens(d, &d->fhir.exprs[i], out);
	if (out->failed)
		return false;
	if (out->n > 1)
		qsort(out->v, out->n, sizeof *out->v, by_start);
	size_t k = 0;
	for (size_t i = 0; i < out->n; i++) {
		if (k && out->v[i].start < out->v[k - 1].end)
			continue;
		out->v[k++] = out->v[i];
	}
	out->n = k;
	return true;
}

/* ---- encoding ------------------------------------------------------------ */

typedef struct enc {
	lsp_server *s;
	lsp_doc *d;
	fp_colunit unit;
	size_t ra, rb;          /* only tokens that meet [ra, rb) */
	uint32_t *v;
	size_t n, cap;
	size_t pline, pcol;
	fp_arena *arena;
	bool failed;
} enc;

/* The length of text[a..b) in the client's units (line breaks count). */
static size_t units(const enc *e, size_t a, size_t b)
{
	if (e->unit == FP_COL_BYTES)
		return b - a;
	size_t n = 0;
	for (size_t i = a; i < b; i++) {
		unsigned char c = (unsigned char)e->d->text[i];
		if ((c & 0xC0) != 0x80)
			n += fp_utf16_units(c);
	}
	return n;
}

/* Append one token at (line, col), relative to the previous one. */
static void put(enc *e, size_t line, size_t col, size_t len, int cls)
{
	if (!len)
		return;
	if (e->n + 5 > e->cap) {
		size_t cap = e->cap ? e->cap * 2 : 1280;
		uint32_t *v = fp_arena_alloc(e->arena, cap * sizeof *v);
		if (!v) {
			e->failed = true;
			return;
		}
		if (e->n)
			memcpy(v, e->v, e->n * sizeof *v);
		e->v = v;
		e->cap = cap;
	}
	e->v[e->n++] = (uint32_t)(line - e->pline);
	e->v[e->n++] = (uint32_t)(line == e->pline ? col - e->pcol : col);
	e->v[e->n++] = (uint32_t)len;
	e->v[e->n++] = (uint32_t)cls;
	e->v[e->n++] = 0;
	e->pline = line;
	e->pcol = col;
}

/* Does text[a..b) meet the range asked for? An empty range [ra, ra)
 * still finds the token around ra. */
static bool meets(const enc *e, size_t a, size_t b)
{
	return a < (e->rb > e->ra ? e->rb : e->ra + 1) && b > e->ra;
}

/* Encode the token text[a..b): one token, or one per line it touches. */
static void encode(enc *e, size_t a, size_t b, int cls)
{
	const fp_lines *lt = &e->d->lines;
	size_t line, col, eline, ecol;
	fp_lines_pos(lt, a, e->unit, &line, &col);
	fp_lines_pos(lt, b, e->unit, &eline, &ecol);
	if (eline == line || e->s->multiline_tokens) {
		if (meets(e, a, b))
			put(e, line, col, eline == line ? ecol - col : units(e, a, b), cls);
		return;
	}
	for (size_t l = line; l <= eline; l++) {
		size_t ls, le;
		fp_lines_span(lt, l, &ls, &le);
		size_t sa = a > ls ? a : ls, sb = b < le ? b : le;
		if (sb <= sa || !meets(e, sa, sb))
			continue;
		size_t c0, c1, dummy;
		fp_lines_pos(lt, sa, e->unit, &dummy, &c0);
		fp_lines_pos(lt, sb, e->unit, &dummy, &c1);
		put(e, l, c0, c1 - c0, cls);
	}
}

/* The encoded tokens of d that meet [ra, rb) into *out; false when out of
 * memory (with the request's error set). */
static bool tokens_of(lsp_req *r, lsp_doc *d, size_t ra, size_t rb, enc *out)
{
	stoks l;
	memset(&l, 0, sizeof l);
	l.arena = r->arena;
	memset(out, 0, sizeof *out);
	out->s = r->s;
	out->d = d;
	out->unit = r->s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	out->ra = ra;
	out->rb = rb;
	out->arena = r->arena;
	if (!collect(d, &l))
		return lsp_fail(r, -32603, "out of memory");
	for (size_t i = 0; i < l.n && !out->failed; i++)
		encode(out, l.v[i].start, l.v[i].end, l.v[i].cls);
	return out->failed ? lsp_fail(r, -32603, "out of memory") : true;
}

static void write_data(fp_jw *w, const uint32_t *v, size_t n)
{
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < n; i++)
		fp_jw_uint(w, v[i]);
	fp_jw_arr_end(w);
}

/* ---- results kept for delta ------------------------------------------------ */

void lsp_tokens_forget(lsp_server *s, lsp_doc *d)
{
	if (!d->tok_data)
		return;
	fp_free(d->tok_data);
	d->tok_data = NULL;
	d->tok_len = 0;
	d->tok_id[0] = 0;
	s->ntok_kept--;
}

/* Keep v[0..n) as d's last result under a new resultId (into d->tok_id);
 * the documents asked longest ago lose theirs past LSP_KEEP_TOKENS. On
 * failure (out of memory, or a result above 4 MiB) nothing is kept and
 * d->tok_id is empty: the answer then goes without a resultId. */
static void keep(lsp_server *s, lsp_doc *d, const uint32_t *v, size_t n)
{
	lsp_tokens_forget(s, d);
	if (n > ((size_t)1 << 20))
		return;
	d->tok_data = fp_malloc((n ? n : 1) * sizeof *v);
	if (!d->tok_data)
		return;
	if (n)
		memcpy(d->tok_data, v, n * sizeof *v);
	d->tok_len = n;
	snprintf(d->tok_id, sizeof d->tok_id, "%lld.%llu", (long long)d->version,
		 (unsigned long long)++s->tok_seq);
	d->tok_used = s->tok_seq;
	s->ntok_kept++;
	while (s->ntok_kept > LSP_KEEP_TOKENS) {
		lsp_doc *old = NULL;
		for (size_t i = 0; i < s->ndocs; i++) {
			lsp_doc *x = s->docs[i];
			if (x->tok_data && x != d && (!old || x->tok_used < old->tok_used))
				old = x;
		}
		if (!old)
			break;
		lsp_tokens_forget(s, old);
	}
}

/* {"resultId", "data"} of a full result, kept for the next delta. */
static void write_full(lsp_server *s, lsp_doc *d, const enc *e)
{
	keep(s, d, e->v, e->n);
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	if (d->tok_id[0]) {
		fp_jw_key(w, "resultId");
		fp_jw_str(w, d->tok_id);
	}
	fp_jw_key(w, "data");
	write_data(w, e->v, e->n);
	fp_jw_obj_end(w);
}

/* textDocument/semanticTokens/full */
bool lsp_semantic_tokens(lsp_req *r)
{
	lsp_doc *d = lsp_req_doc(r);
	enc e;
	if (!d || !tokens_of(r, d, 0, SIZE_MAX, &e))
		return false;
	write_full(r->s, d, &e);
	return true;
}

/* textDocument/semanticTokens/full/delta: one edit against the result the
 * client holds when previousResultId names the one kept, else a full
 * result. The edit replaces the middle that differs: the longest common
 * prefix and suffix (of whole numbers; they need not align with tokens,
 * the client applies edits to the flat array) are kept. */
bool lsp_semantic_tokens_delta(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	enc e;
	if (!d || !tokens_of(r, d, 0, SIZE_MAX, &e))
		return false;
	const char *prev = lsp_str(r->params, "previousResultId");
	if (!prev || !d->tok_data || strcmp(prev, d->tok_id) != 0) {
		write_full(s, d, &e);
		return true;
	}
	const uint32_t *o = d->tok_data;
	size_t on = d->tok_len, pre = 0, suf = 0;
	while (pre < on && pre < e.n && o[pre] == e.v[pre])
		pre++;
	while (suf < on - pre && suf < e.n - pre && o[on - 1 - suf] == e.v[e.n - 1 - suf])
		suf++;
	/* the edit, written before `keep` replaces the old data */
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "edits");
	fp_jw_arr_begin(w);
	if (pre != on || pre != e.n) {
		fp_jw_obj_begin(w);
		fp_jw_key(w, "start");
		fp_jw_uint(w, pre);
		fp_jw_key(w, "deleteCount");
		fp_jw_uint(w, on - pre - suf);
		fp_jw_key(w, "data");
		write_data(w, e.n ? e.v + pre : NULL, e.n - pre - suf);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	keep(s, d, e.v, e.n);
	if (d->tok_id[0]) {
		fp_jw_key(w, "resultId");
		fp_jw_str(w, d->tok_id);
	}
	fp_jw_obj_end(w);
	return true;
}

/* textDocument/semanticTokens/range: the tokens that meet the range (a
 * token cut by it is sent whole). No resultId: ranges are not deltas. */
bool lsp_semantic_tokens_range(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	size_t ra, rb;
	if (!lsp_req_range(r, d, "semanticTokens/range", &ra, &rb))
		return false;
	enc e;
	if (!tokens_of(r, d, ra, rb, &e))
		return false;
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "data");
	write_data(&s->w, e.v, e.n);
	fp_jw_obj_end(&s->w);
	return true;
}
