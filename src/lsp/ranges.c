/*
 * lsp/ranges.c - textDocument/foldingRange and textDocument/selectionRange.
 */
#include "internal.h"

#include <string.h>

/* textDocument/foldingRange: expressions that span lines, and runs of two
 * or more comment lines (.fhirpath documents). */
bool lsp_folding_range(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	if (!d->is_json) {
		for (size_t i = 0; i < d->file.nexprs; i++) {
			size_t l0 = fp_lines_line(&d->lines, d->file.exprs[i].start);
			size_t l1 = fp_lines_line(&d->lines, d->file.exprs[i].end);
			if (l1 > l0) {
				fp_jw_obj_begin(w);
				fp_jw_key(w, "startLine");
				fp_jw_uint(w, l0);
				fp_jw_key(w, "endLine");
				fp_jw_uint(w, l1);
				fp_jw_obj_end(w);
			}
		}
		/* comment blocks: consecutive lines that start with '//' */
		size_t run = 0, first = 0;
		for (size_t l = 0; l <= d->lines.count; l++) {
			bool comment = false;
			if (l < d->lines.count) {
				size_t a, b;
				fp_lines_span(&d->lines, l, &a, &b);
				while (a < b && (d->text[a] == ' ' || d->text[a] == '\t'))
					a++;
				comment = b - a >= 2 && d->text[a] == '/' && d->text[a + 1] == '/';
			}
			if (comment) {
				if (!run)
					first = l;
				run++;
				continue;
			}
			if (run >= 2) {
				fp_jw_obj_begin(w);
				fp_jw_key(w, "startLine");
				fp_jw_uint(w, first);
				fp_jw_key(w, "endLine");
				fp_jw_uint(w, first + run - 1);
				fp_jw_key(w, "kind");
				fp_jw_str(w, "comment");
				fp_jw_obj_end(w);
			}
			run = 0;
		}
	}
	fp_jw_arr_end(w);
	return true;
}

/* The chain of nodes holding off, outermost first, into path; count. */
static size_t node_path(const fp_node *n, size_t off, const fp_node **path, size_t cap)
{
	size_t k = 0;
	while (n && k < cap && off >= n->start && off <= n->end) {
		path[k++] = n;
		const fp_node *next = NULL;
		for (uint32_t i = 0; i < n->nkids; i++) {
			if (off >= n->kids[i]->start && off <= n->kids[i]->end) {
				next = n->kids[i];
				break;
			}
		}
		n = next;
	}
	return k;
}

/* textDocument/selectionRange: for each position, the nested syntax
 * ranges around it, innermost first, up to the whole expression. */
bool lsp_selection_range(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	const fp_json *ps = lsp_get(r->params, "positions");
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; ps && ps->kind == FP_JSON_ARRAY && i < ps->u.arr.len; i++) {
		size_t off = lsp_offset(s, d, ps->u.arr.items[i]);
		lsp_at a;
		const fp_node *path[FP_MAX_DEPTH + 2];
		size_t k = lsp_locate(s, d, off, &a) ? node_path(a.x->ast, a.off, path, FP_MAX_DEPTH + 2) : 0;
		/* innermost first: each range has the next outer one as parent;
		 * ranges equal to their parent's are skipped */
		size_t depth = 0;
		for (size_t j = k; j-- > 0;) {
			if (j + 1 < k && path[j]->start == path[j + 1]->start && path[j]->end == path[j + 1]->end)
				continue;
			if (depth++)
				fp_jw_key(w, "parent");
			fp_jw_obj_begin(w);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, lsp_doc_offset(d, &a, path[j]->start), lsp_doc_offset(d, &a, path[j]->end));
		}
		if (!depth) {
			fp_jw_obj_begin(w);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, off, off);
			depth = 1;
		}
		while (depth--)
			fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	return true;
}
