/*
 * lsp/symbols.c - textDocument/documentSymbol and workspace/symbol: every
 * expression is a symbol, labelled with its text.
 */
#include "internal.h"

#include <string.h>

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

/* workspace/symbol: the expressions of every open document whose text
 * holds the query's letters in order (as completion matches). */
bool lsp_workspace_symbol(lsp_req *r)
{
	lsp_server *s = r->s;
	const char *q = lsp_str(r->params, "query");
	fp_str query = fp_str_c(q ? q : "");
	fp_jw *w = &s->w;
	size_t count = 0;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < s->ndocs && count < 500; i++) {
		lsp_doc *d = s->docs[i];
		if (!lsp_doc_analyse(s, d))
			continue;
		for (size_t k = 0; k < lsp_doc_nexprs(d) && count < 500; k++) {
			const char *text, *detail;
			size_t len;
			const fp_fexpr *x = lsp_doc_expr(d, k, &text, &len, &detail);
			char name[90];
			lsp_expr_label(text, len, name);
			if (!lsp_fuzzy(query, name))
				continue;
			fp_jw_obj_begin(w);
			fp_jw_key(w, "name");
			fp_jw_str(w, name);
			fp_jw_key(w, "kind");
			fp_jw_int(w, 12);
			if (detail) {
				fp_jw_key(w, "containerName");
				fp_jw_str(w, detail);
			}
			fp_jw_key(w, "location");
			fp_jw_obj_begin(w);
			fp_jw_key(w, "uri");
			fp_jw_str(w, d->uri);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, x->start, x->end);
			fp_jw_obj_end(w);
			fp_jw_obj_end(w);
			count++;
		}
	}
	fp_jw_arr_end(w);
	return true;
}
