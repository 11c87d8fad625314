/*
 * lsp/signature.c - textDocument/signatureHelp: the innermost call around
 * the cursor, with its active parameter.
 */
#include "internal.h"

#include <string.h>

#include "eval/functions.h"

bool lsp_signature_help(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	lsp_at a;
	if (!lsp_locate(s, d, off, &a)) {
		fp_jw_null(&s->w);
		return true;
	}
	/* the innermost call whose parentheses hold the cursor */
	const fp_node *best = NULL;
	const fp_node *stack[FP_MAX_DEPTH + 2];
	size_t sp = 0;
	stack[sp++] = a.x->ast;
	while (sp) {
		const fp_node *n = stack[--sp];
		if (a.off < n->start || a.off > n->end)
			continue;
		if (n->kind == FP_N_CALL && a.off > n->name_end)
			best = n;
		for (uint32_t i = 0; i < n->nkids && sp < FP_MAX_DEPTH; i++)
			stack[sp++] = n->kids[i];
	}
	const fp_function *f = best ? fp_function_lookup(best->str, best->len) : NULL;
	if (!f) {
		fp_jw_null(&s->w);
		return true;
	}
	size_t active = 0;
	for (uint32_t i = 0; i < best->nkids; i++) {
		if (best->kids[i]->end < a.off && i + 1 < best->nkids)
			active = i + 1;
	}
	/* count commas before the cursor inside the parentheses */
	size_t commas = 0;
	int depth = 0;
	for (size_t i = best->name_end; i < a.off && i < a.len; i++) {
		char ch = a.text[i];
		if (ch == '(' || ch == '[')
			depth++;
		else if (ch == ')' || ch == ']')
			depth--;
		else if (ch == ',' && depth == 1)
			commas++;
	}
	if (commas > active)
		active = commas;
	char sig[300];
	fp_fn_signature(f, sig, sizeof sig);
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "signatures");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "label");
	fp_jw_str(w, sig);
	fp_jw_key(w, "documentation");
	fp_jw_str(w, f->doc);
	fp_jw_key(w, "parameters");
	fp_jw_arr_begin(w);
	fp_param p;
	for (size_t i = 0; fp_fn_param(f, i, &p); i++) {
		fp_jw_obj_begin(w);
		fp_jw_key(w, "label");
		fp_jw_strn(w, p.name, p.name_len);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_key(w, "activeSignature");
	fp_jw_int(w, 0);
	fp_jw_key(w, "activeParameter");
	fp_jw_uint(w, active);
	fp_jw_obj_end(w);
	return true;
}
