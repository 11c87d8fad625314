/*
 * lsp/format.c - textDocument/formatting: the whole .fhirpath document in
 * canonical form (syntax/format.h); in a FHIR JSON or XML resource the
 * same edits `fmt` makes, one per expression string (project/fmtres.h).
 * A document with syntax errors gets none (type and lint errors do not
 * stop it: `fmt` formats such a file too).
 */
#include "internal.h"

#include <string.h>

#include "project/fmtres.h"

static bool format_resource(lsp_req *r, lsp_doc *d)
{
	lsp_server *s = r->s;
	fp_fmt_edits e;
	if (!fp_format_resource(d->text, d->len, d->kind == FP_TEXT_XML, r->arena, &e))
		return lsp_fail(r, -32603, "out of memory");
	fp_jw_arr_begin(&s->w);
	for (size_t i = 0; !e.bad && i < e.n; i++)
		lsp_write_text_edit(s, d, e.v[i].start, e.v[i].end, e.v[i].text, e.v[i].len);
	fp_jw_arr_end(&s->w);
	fp_fmt_edits_release(&e);
	return true;
}

/* Does the document have an error other than the model's, the types' or
 * a lint's: one from reading or parsing it, or an internal one (too
 * large to analyse, out of memory, out of time), after which its tree
 * cannot be trusted to be whole? */
static bool syntax_errors(const lsp_doc *d)
{
	for (size_t i = 0; i < d->diags.len; i++) {
		const fp_diag *g = &d->diags.items[i];
		if (g->severity != FP_SEV_ERROR)
			continue;
		const fp_diag_code *c = fp_diag_lookup(g->code);
		if (!c || (c->phase != FP_PHASE_MODEL && c->phase != FP_PHASE_TYPE &&
			   c->phase != FP_PHASE_LINT))
			return true;
	}
	return false;
}

bool lsp_formatting(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	if (d->kind == FP_TEXT_FSH) {   /* FSH is not ours to lay out */
		fp_jw_arr_begin(w);
		fp_jw_arr_end(w);
		return true;
	}
	if (d->is_json)
		return format_resource(r, d);
	if (syntax_errors(d)) {
		/* broken text is not rewritten */
		fp_jw_arr_begin(w);
		fp_jw_arr_end(w);
		return true;
	}
	fp_buf out;
	fp_buf_init(&out);
	bool ok = fp_format_fpfile(d->text, &d->file, &out);
	fp_jw_arr_begin(w);
	if (ok && (out.len != d->len || memcmp(out.data ? out.data : "", d->text, d->len) != 0)) {
		lsp_write_text_edit(s, d, 0, d->len, out.data ? out.data : "", out.len);
	}
	fp_jw_arr_end(w);
	fp_buf_release(&out);
	return ok ? true : lsp_fail(r, -32603, "out of memory");
}
