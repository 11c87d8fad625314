/*
 * lsp/locate.c - what the feature handlers share: the request's document,
 * the expression under a position and the types of its nodes, and a few
 * writers and labels.
 *
 * Each feature works on the expression under the cursor: in a .fhirpath
 * file one of its expressions, in a FHIR resource the JSON string that
 * holds one (its decoded text; positions are mapped through the escapes
 * both ways). Types come from the table the expression's analysis kept.
 */
#include "internal.h"

#include <string.h>

#include "analysis/analyze.h"
#include "syntax/parse.h"
#include "util/str.h"

/* The decoded offset in string str of source offset src: the last decoded
 * offset that maps at or before it. Source offsets grow with decoded ones,
 * so a binary search finds it with O(log n) walks of the string (a
 * linear scan would walk it once per decoded byte). */
static size_t decoded_offset(const lsp_doc *d, const fp_embedded *e, size_t src)
{
	size_t lo = 0, hi = e->len;     /* the answer is in [lo, hi] */
	while (lo < hi) {
		size_t mid = lo + (hi - lo + 1) / 2;
		if (fp_embedded_source_offset(d->text, e, mid) <= src)
			lo = mid;
		else
			hi = mid - 1;
	}
	return lo;
}

void lsp_doc_tree(lsp_doc *d, size_t i)
{
	if (!d->is_json || i >= d->fhir.nexprs)
		return;
	fp_embedded *e = &d->fhir.exprs[i];
	if (e->x.ast || !e->reused)
		return;
	fp_diags scratch;       /* said when it was first analysed */
	fp_diags_init(&scratch, &d->arena);
	e->x.ast = fp_parse_text(e->text, e->len, &d->arena, &scratch);
	fp_diags_release(&scratch);
}

bool lsp_locate(lsp_server *s, lsp_doc *d, size_t off, lsp_at *out)
{
	memset(out, 0, sizeof *out);
	if (!lsp_doc_analyse(s, d))
		return false;
	if (!d->is_json) {
		for (size_t i = 0; i < d->file.nexprs; i++) {
			const fp_fexpr *x = &d->file.exprs[i];
			if (off >= x->start && off <= x->end) {
				out->x = x;
				out->text = d->text;
				out->len = d->len;
				out->off = off;
				return x->ast != NULL;
			}
		}
		return false;
	}
	for (size_t i = 0; i < d->fhir.nexprs; i++) {
		const fp_embedded *e = &d->fhir.exprs[i];
		if (off > e->x.start && off < e->x.end) {
			lsp_doc_tree(d, i);
			out->x = &e->x;
			out->text = e->text;
			out->len = e->len;
			out->emb = e;
			out->off = decoded_offset(d, e, off);
			return e->x.ast != NULL;
		}
	}
	return false;
}

/* Offset in the expression's text -> document offset. */
size_t lsp_doc_offset(lsp_doc *d, const lsp_at *a, size_t off)
{
	return a->emb ? fp_embedded_source_offset(d->text, a->emb, off) : off;
}

const fp_typemap *lsp_types_of(lsp_server *s, const lsp_at *a, fp_arena *arena)
{
	const fp_fexpr *x = a->x;
	if (x->types || !x->ast)
		return x->types;
	/* over the time budget when the document was analysed: types only,
	 * in the environment it would have had */
	fp_analysis_env env;
	if (x->env) {
		fp_expr_env_use(x->env, &s->check, &env);
	} else {        /* never analysed (out of memory): R4, nothing known */
		memset(&env, 0, sizeof env);
		env.model = fp_model_get(FP_FHIR_R4);
		env.context = fp_tset_any();
		env.resource = fp_tset_any();
		env.ext_urls = s->check.ext_urls;
		env.next_urls = s->check.next_urls;
	}
	fp_diags scratch;
	fp_diags_init(&scratch, arena);
	fp_analysis r = fp_analyze(a->text, x->ast, &env, arena, &scratch);
	fp_diags_release(&scratch);
	return r.types;
}

/* The innermost node whose range holds off; with names, the node whose
 * name range holds it wins (the 'given' of 'name.given'). */
const fp_node *lsp_node_at(const fp_node *n, size_t off, const fp_node **parent)
{
	if (!n || off < n->start || off > n->end)
		return NULL;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const fp_node *k = lsp_node_at(n->kids[i], off, parent);
		if (k) {
			if (*parent == NULL && k == n->kids[i])
				*parent = n;
			return k;
		}
	}
	return n;
}

bool lsp_req_range(lsp_req *r, lsp_doc *d, const char *what, size_t *start, size_t *end)
{
	const fp_json *range = lsp_get(r->params, "range");
	if (!range)
		return lsp_fail(r, -32602, "%s needs a range", what);
	size_t a = lsp_offset(r->s, d, lsp_get(range, "start"));
	size_t b = lsp_offset(r->s, d, lsp_get(range, "end"));
	*start = a < b ? a : b;
	*end = a < b ? b : a;
	return true;
}

/* The request's document, analysed; NULL (with the error set) when it
 * is not open or cannot be analysed. */
lsp_doc *lsp_req_doc(lsp_req *r)
{
	lsp_doc *d = lsp_doc_find(r->s, lsp_str(r->params, "textDocument.uri"));
	if (!d) {
		lsp_fail(r, -32602, "document is not open");
		return NULL;
	}
	if (!lsp_doc_analyse(r->s, d)) {
		lsp_fail(r, -32603, "out of memory");
		return NULL;
	}
	return d;
}

/* Is target inside the arguments of some call below n? */
bool lsp_in_arguments(const fp_node *n, const fp_node *target)
{
	if (!n || target->start < n->start || target->end > n->end)
		return false;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const fp_node *k = n->kids[i];
		if (target->start >= k->start && target->end <= k->end) {
			if (n->kind == FP_N_CALL)
				return true;
			if (k == target)
				return false;
			return lsp_in_arguments(k, target);
		}
	}
	return false;
}

/* One TextEdit {range, newText} (newText n bytes). */
void lsp_write_text_edit(lsp_server *s, lsp_doc *d, size_t start, size_t end,
			 const char *text, size_t n)
{
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "range");
	lsp_write_range(s, d, start, end);
	fp_jw_key(&s->w, "newText");
	fp_jw_strn(&s->w, text, n);
	fp_jw_obj_end(&s->w);
}

/* Expression i of a document: its record, text (decoded for JSON
 * strings), length and what it belongs to (context or origin). */
const fp_fexpr *lsp_doc_expr(const lsp_doc *d, size_t i, const char **text, size_t *len,
			     const char **detail)
{
	if (d->is_json) {
		*text = d->fhir.exprs[i].text;
		*len = d->fhir.exprs[i].len;
		*detail = d->fhir.exprs[i].origin;
		return &d->fhir.exprs[i].x;
	}
	const fp_fexpr *x = &d->file.exprs[i];
	*text = d->text + x->start;
	*len = x->end - x->start;
	*detail = x->context;
	return x;
}

size_t lsp_doc_nexprs(const lsp_doc *d)
{
	return d->is_json ? d->fhir.nexprs : d->file.nexprs;
}

/* An expression as a one-line label of at most 80 bytes ("..." when cut). */
void lsp_expr_label(const char *text, size_t len, char out[90])
{
	size_t k = 0;
	for (size_t j = 0; j < len && k < 80; j++)
		out[k++] = text[j] == '\n' || text[j] == '\r' || text[j] == '\t' ? ' ' : text[j];
	if (k == 80 && len > 80)
		memcpy(out + 77, "...", 3);
	out[k] = 0;
}

bool lsp_fuzzy(fp_str prefix, const char *name)
{
	/* the prefix's letters in order, case-insensitively */
	size_t j = 0;
	for (size_t i = 0; name[i] && j < prefix.n; i++) {
		char a = name[i], b = prefix.p[j];
		if ((a | 0x20) == (b | 0x20))
			j++;
	}
	return j == prefix.n;
}

/* Is name[i] the start of a word: the first byte, after punctuation or a
 * space, or a capital after a small letter (camelCase)? */
static bool word_start(const char *name, size_t i)
{
	if (i == 0)
		return true;
	char p = name[i - 1], c = name[i];
	if (p == '.' || p == '(' || p == ' ' || p == '_' || p == '%' || p == '\'' || p == '`')
		return true;
	return p >= 'a' && p <= 'z' && c >= 'A' && c <= 'Z';
}

static inline unsigned char lower(char c)
{
	return (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
}

/*
 * Two tiers. The query found as one piece (case-insensitively) scores
 * above any scattered match: 100 plus 10 per character, 20 more when it
 * starts a word, minus how far in it starts (at most 20). Otherwise the
 * characters are taken greedily left to right, each worth 1, with 5 more
 * when it follows the previous one and 3 more at a word start, minus the
 * first one's position (at most 10). Greedy can miss a better alignment
 * ("nmwhr" in "name.where" is found either way); an optimal alignment
 * (dynamic programming over query x name) would cost qlen * nlen per
 * symbol for little gain on 80-byte labels.
 */
int lsp_fuzzy_score(fp_str query, const char *name, size_t nlen)
{
	if (query.n == 0)
		return 0;
	if (query.n > nlen)
		return -1;
	/* most names do not match at all: one pass says so */
	size_t j0 = 0;
	for (size_t i = 0; i < nlen && j0 < query.n; i++)
		j0 += lower(name[i]) == lower(query.p[j0]);
	if (j0 < query.n)
		return -1;
	unsigned char q0 = lower(query.p[0]);
	for (size_t i = 0; i + query.n <= nlen; i++) {
		if (lower(name[i]) != q0)
			continue;
		size_t k = 0;
		while (k < query.n && lower(name[i + k]) == lower(query.p[k]))
			k++;
		if (k == query.n)
			return 100 + 10 * (int)(query.n > 100 ? 100 : query.n) + (word_start(name, i) ? 20 : 0) -
			       (int)(i > 20 ? 20 : i);
	}
	int score = 0;
	size_t j = 0, prev = 0, first = 0;     /* the scattered match */
	for (size_t i = 0; i < nlen && j < query.n; i++) {
		if (lower(name[i]) != lower(query.p[j]))
			continue;
		score += 1;
		if (j > 0 && i == prev + 1)
			score += 5;
		if (word_start(name, i))
			score += 3;
		if (j == 0)
			first = i;
		prev = i;
		j++;
	}
	if (j < query.n)
		return -1;
	return score - (int)(first > 10 ? 10 : first);
}
