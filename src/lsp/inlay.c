/*
 * lsp/inlay.c - textDocument/inlayHint: inferred types where the text does
 * not show them.
 *
 * A hint is the type set the analysis infers for a node, written after it
 * as ": T[min..max]": the type names as hover writes them (a System type
 * capitalised, "String"; a FHIR type as the model names it, "string",
 * "HumanName", "Patient.contact"; several in parentheses, joined by
 * " | " and cut after 48 bytes with " | ..."), then the cardinality, '*'
 * for many:
 *
 *   name.given.first()          name: HumanName[0..*]  .given: string[0..*]
 *                               .first(): string[0..1]
 *   defineVariable('n', name)   'n': HumanName[0..*]
 *
 * Hints go after
 *   - a name that navigates to an element (a member after '.', or a bare
 *     lower-case name at the start of a path: capitalised ones are type
 *     names, as in Patient.name);
 *   - a function call whose result is not fixed by the function (where(),
 *     first(), ofType(), resolve(), ..., not exists() or count()), and
 *     only when it differs from its input's type (so where() and
 *     distinct() get none, first() shows the cardinality change);
 *   - the name string of defineVariable(name, expr): the type of expr
 *     (of the input when expr is left out).
 * Unknown types (no context, an error below) get no hint, and neither
 * does a hint equal to the one just before it with only ')' between
 * (select(name.given) after name.given).
 *
 * Off by default: switched on by "inlayHints": true in .fhirpath-ls.json,
 * by workspace/didChangeConfiguration {"fhirpath": {"inlayHints": true}}
 * or by initializationOptions.inlayHints. Only hints inside the requested
 * range are sent. In a resource they sit at their exact place inside the
 * JSON string (through the escapes); a search parameter analysed for
 * several bases gets the hints of its first base.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#include "analysis/analyze.h"
#include "eval/functions.h"

#define LABEL_TYPES_MAX 48

typedef struct hints {
	lsp_server *s;
	lsp_doc *d;
	const lsp_at *a;
	const fp_typemap *l;    /* the expression's node types */
	const fp_model *m;
	size_t ra, rb;          /* document range asked for */
	char last[LABEL_TYPES_MAX + 48];  /* the last hint written, and where */
	size_t last_at;
} hints;

/* Same types and cardinality? */
static bool same_type(fp_tset x, fp_tset y)
{
	if (x.any != y.any || x.min != y.min || x.max != y.max || x.n != y.n)
		return false;
	for (uint32_t i = 0; i < x.n; i++) {
		if (x.v[i] != y.v[i])
			return false;
	}
	return true;
}

/* ": HumanName[0..*]" for t into out (at most n bytes); false when t
 * says nothing (unknown, or always empty). */
static bool label(const fp_model *m, fp_tset t, char *out, size_t n)
{
	if (t.any || t.n == 0 || t.max == FP_CARD_0)
		return false;
	fp_buf b;
	fp_buf_init(&b);
	fp_tset_format(m, t, false, &b);
	if (b.failed || !b.data) {
		fp_buf_release(&b);
		return false;
	}
	size_t len = b.len;
	const char *cut = "";
	if (len > LABEL_TYPES_MAX) {
		/* cut at the last " | " that keeps it short */
		size_t k = LABEL_TYPES_MAX;
		while (k > 0 && memcmp(b.data + k, " | ", 3) != 0)
			k--;
		len = k ? k : LABEL_TYPES_MAX;
		cut = " | ...";
	}
	bool several = t.n > 1;
	snprintf(out, n, ": %s%.*s%s%s[%u..%s]", several ? "(" : "", (int)len, b.data, cut,
		 several ? ")" : "", (unsigned)t.min, t.max == FP_CARD_MANY ? "*" : "1");
	fp_buf_release(&b);
	return true;
}

/* Write the hint for type t after text offset off, when it is in range. */
static void hint(hints *h, size_t off, fp_tset t)
{
	char text[LABEL_TYPES_MAX + 48];
	if (!label(h->m, t, text, sizeof text))
		return;
	/* the same hint again after only ')': select(x.y) after x.y says
	 * nothing new */
	size_t k = off;
	while (k > h->last_at && k > 0 && (h->a->text[k - 1] == ')' || h->a->text[k - 1] == ' '))
		k--;
	if (h->last[0] && k == h->last_at && strcmp(text, h->last) == 0)
		return;
	snprintf(h->last, sizeof h->last, "%s", text);
	h->last_at = off;
	size_t at = lsp_doc_offset(h->d, h->a, off);
	if (at < h->ra || at > h->rb)
		return;
	fp_jw *w = &h->s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "position");
	lsp_write_position(h->s, h->d, at);
	fp_jw_key(w, "label");
	fp_jw_str(w, text);
	fp_jw_key(w, "kind");
	fp_jw_int(w, 1);        /* Type */
	fp_jw_obj_end(w);
}

/* Does the function's row fix its result type ("Boolean", "Integer")?
 * Then the name says it and no hint is needed. */
static bool fixed_result(const fp_node *call)
{
	const fp_function *f = fp_function_lookup(call->str, call->len);
	return !f || f->rule == FP_R_SYSTEM;
}

/* Does the function yield its input's items (where(), defineVariable())? */
static bool input_result(const fp_node *call)
{
	const fp_function *f = fp_function_lookup(call->str, call->len);
	return f && f->rule == FP_R_INPUT;
}

/* Walk n (whose parent is `parent`, NULL at the root) in source order,
 * writing the hints of every node below it. The tree's height is bounded
 * (FP_MAX_DEPTH), and so is the recursion. */
static void walk(hints *h, const fp_node *n, const fp_node *parent)
{
	if (!n)
		return;
	bool member = parent && parent->kind == FP_N_INVOKE && parent->nkids == 2 && parent->kids[1] == n;
	if (n->kind == FP_N_CALL && fp_function_has(n->str, n->len, FN_DEFINES_VAR) && n->nkids >= 1 &&
	    n->kids[0]->kind == FP_N_STRING) {
		/* the variable's type, after its name */
		if (n->nkids >= 2)
			hint(h, n->kids[0]->end, fp_typemap_get(h->l, n->kids[1]));
		else if (member)
			hint(h, n->kids[0]->end, fp_typemap_get(h->l, parent->kids[0]));
	}
	for (uint32_t i = 0; i < n->nkids; i++)
		walk(h, n->kids[i], n);
	if (n->kind == FP_N_IDENT && n->str) {
		bool type_name = !member && n->str[0] >= 'A' && n->str[0] <= 'Z';
		if (!type_name)
			hint(h, n->end, fp_typemap_get(h->l, n));
	} else if (n->kind == FP_N_CALL && n->str && !fixed_result(n)) {
		/* after '.', unless the type is its input's; at a path start
		 * the input is the focus: no hint when it is passed through */
		fp_tset t = fp_typemap_get(h->l, n);
		if (member ? !same_type(t, fp_typemap_get(h->l, parent->kids[0])) : !input_result(n))
			hint(h, n->end, t);
	}
}

/* textDocument/inlayHint: the hints of every expression that meets the
 * range, each analysed again for its node types (as hover does); none
 * while hints are switched off. */
bool lsp_inlay_hint(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	size_t ra, rb;
	if (!lsp_req_range(r, d, "inlayHint", &ra, &rb))
		return false;
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; s->inlay_hints && i < lsp_doc_nexprs(d); i++) {
		const char *text, *detail;
		size_t len;
		const fp_fexpr *x = lsp_doc_expr(d, i, &text, &len, &detail);
		if (x->end >= ra && x->start <= rb)
			lsp_doc_tree(d, i);
		if (!x->ast || x->end < ra || x->start > rb)
			continue;
		lsp_at a;
		memset(&a, 0, sizeof a);
		a.x = x;
		if (d->is_json) {
			/* the same string analysed again for another base */
			if (i > 0 && d->fhir.exprs[i - 1].x.start == x->start)
				continue;
			a.emb = &d->fhir.exprs[i];
			a.text = text;
			a.len = len;
		} else {
			a.text = d->text;
			a.len = d->len;
		}
		const fp_typemap *l = lsp_types_of(s, &a, r->arena);
		hints h;
		memset(&h, 0, sizeof h);
		h.s = s;
		h.d = d;
		h.a = &a;
		h.l = l;
		h.m = x->env ? x->env->model : fp_model_get(FP_FHIR_R4);
		h.ra = ra;
		h.rb = rb;
		walk(&h, x->ast, NULL);
	}
	fp_jw_arr_end(w);
	return true;
}
