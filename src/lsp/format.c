/*
 * lsp/format.c - textDocument/formatting: the whole .fhirpath document in
 * canonical form (syntax/format.h); resources are never rewritten.
 */
#include "internal.h"

#include <string.h>

#include "syntax/format.h"

bool lsp_formatting(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	if (d->is_json || fp_diags_count(&d->diags, FP_SEV_ERROR) > 0) {
		/* embedded expressions are not rewritten; broken text neither */
		fp_jw_arr_begin(w);
		fp_jw_arr_end(w);
		return true;
	}
	fp_fmt_range *ranges = fp_arena_alloc(r->arena, (d->file.nexprs + 1) * sizeof *ranges);
	if (!ranges)
		return lsp_fail(r, -32603, "out of memory");
	for (size_t i = 0; i < d->file.nexprs; i++) {
		ranges[i].first = d->file.exprs[i].tok_first;
		ranges[i].last = d->file.exprs[i].tok_last;
	}
	fp_buf out;
	fp_buf_init(&out);
	fp_format(d->text, &d->file.toks, ranges, d->file.nexprs, &out);
	fp_jw_arr_begin(w);
	if (!out.failed && (out.len != d->len || memcmp(out.data ? out.data : "", d->text, d->len) != 0)) {
		lsp_write_text_edit(s, d, 0, d->len, out.data ? out.data : "", out.len);
	}
	fp_jw_arr_end(w);
	bool ok = !out.failed;
	fp_buf_release(&out);
	return ok ? true : lsp_fail(r, -32603, "out of memory");
}
