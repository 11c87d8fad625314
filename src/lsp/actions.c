/*
 * lsp/actions.c - textDocument/codeAction: quick fixes for diagnostics.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#include "sources/suppress.h"

/* The text between the first pair of quotes after `marker` in msg
 * ("did you mean 'birthDate'?" -> birthDate), into out. */
static bool quoted_after(const char *msg, const char *marker, char *out, size_t n)
{
	const char *p = strstr(msg, marker);
	if (!p)
		return false;
	p = strchr(p + strlen(marker), '\'');
	if (!p)
		return false;
	const char *e = strchr(p + 1, '\'');
	if (!e || (size_t)(e - p - 1) >= n)
		return false;
	memcpy(out, p + 1, (size_t)(e - p - 1));
	out[e - p - 1] = 0;
	return true;
}

static void write_edit_action(lsp_server *s, lsp_doc *d, const char *title, const fp_diag *x,
			      size_t start, size_t end, const char *text, bool preferred)
{
	fp_jw *w = &s->w;
	char code[8];
	fp_diag_format_code(x->code, code);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "title");
	fp_jw_str(w, title);
	fp_jw_key(w, "kind");
	fp_jw_str(w, "quickfix");
	fp_jw_key(w, "isPreferred");
	fp_jw_bool(w, preferred);
	fp_jw_key(w, "diagnostics");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "range");
	lsp_write_range(s, d, x->start, x->end);
	fp_jw_key(w, "code");
	fp_jw_str(w, code);
	fp_jw_key(w, "message");
	fp_jw_str(w, x->message);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_key(w, "edit");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "changes");
	fp_jw_obj_begin(w);
	fp_jw_key(w, d->uri);
	fp_jw_arr_begin(w);
	lsp_write_text_edit(s, d, start, end, text, strlen(text));
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

/* For a finding in a .fhirpath document: the action that adds a
 * '// fhirpath-ls: ignore CODE' line (sources/suppress.h) above the
 * expression it is in, indented as it is. Only when that expression
 * starts its line (otherwise the new line would be for the first one of
 * the line), and only for what analysis finds (FP1xxx, FP2xxx), never for
 * FP2020 itself. */
static void write_ignore_action(lsp_server *s, lsp_doc *d, const fp_diag *x)
{
	if (d->kind != FP_TEXT_FHIRPATH || !fp_diag_from_analysis(x->code) || x->code >= 9000 ||
	    x->code == FP_D_UNUSED_SUPPRESSION)
		return;         /* model, type and lint findings: a syntax error wants fixing */
	const fp_fexpr *e = NULL;
	for (size_t k = 0; k < d->file.nexprs && !e; k++) {
		if (d->file.exprs[k].start <= x->start && x->start <= d->file.exprs[k].end)
			e = &d->file.exprs[k];
	}
	if (!e)
		return;
	size_t ls = e->start;
	while (ls > 0 && d->text[ls - 1] != '\n')
		ls--;
	for (size_t i = ls; i < e->start; i++) {
		if (d->text[i] != ' ' && d->text[i] != '\t')
			return;
	}
	const char *nl = memchr(d->text + e->start, '\n', d->len - e->start);
	bool crlf = nl && nl > d->text && nl[-1] == '\r';
	char code[8], text[160], title[96];
	fp_diag_format_code(x->code, code);
	int indent = (int)(e->start - ls);
	if (indent > 64)
		return;
	snprintf(text, sizeof text, "%.*s// %s ignore %s%s", indent, d->text + ls, FP_SUPPRESS_MARKER, code,
		 crlf ? "\r\n" : "\n");
	snprintf(title, sizeof title, "Ignore %s in this expression (// %s ignore)", code, FP_SUPPRESS_MARKER);
	write_edit_action(s, d, title, x, ls, ls, text, false);
}

/* textDocument/codeAction: quick fixes for the diagnostics that touch the
 * range: take the did-you-mean suggestion (elements, functions, types,
 * variables, contexts, directives), rewrite a choice suffix as ofType(),
 * close an unclosed bracket at the end of its expression, double a
 * backslash the specification would drop; in a .fhirpath document, also
 * ignore the finding with a suppression comment. In JSON the suggestion
 * replaces the name inside the string, which a name never needs escaping
 * for. */
bool lsp_code_action(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	size_t a = lsp_offset(s, d, lsp_get(r->params, "range.start"));
	size_t b = lsp_offset(s, d, lsp_get(r->params, "range.end"));
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < d->diags.len; i++) {
		const fp_diag *x = &d->diags.items[i];
		/* an unclosed bracket's fix is offered at its end too */
		bool at_rel = x->rel_message && x->rel_end >= a && x->rel_start <= b;
		if ((x->end < a || x->start > b) && !at_rel)
			continue;
		char fix[512], title[600];
		if (quoted_after(x->message, "did you mean", fix, sizeof fix)) {
			size_t start = x->start, end = x->end;
			/* a variable's '%' and a directive's '@' stay */
			if (x->code == FP_D_UNKNOWN_VARIABLE && d->text[start] == '%')
				start++;
			if (x->code == FP_D_UNKNOWN_DIRECTIVE && d->text[start] == '@')
				start++;
			if (x->code == FP_D_UNKNOWN_VARIABLE && fix[0] == '%')
				memmove(fix, fix + 1, strlen(fix));
			if (x->code == FP_D_UNKNOWN_DIRECTIVE && fix[0] == '@')
				memmove(fix, fix + 1, strlen(fix));
			snprintf(title, sizeof title, "Change to '%s'", fix);
			write_edit_action(s, d, title, x, start, end, fix, true);
		} else if (x->code == FP_D_CHOICE_SUFFIX && quoted_after(x->message, "write", fix, sizeof fix)) {
			snprintf(title, sizeof title, "Use '%s'", fix);
			write_edit_action(s, d, title, x, x->start, x->end, fix, true);
		} else if ((x->code == FP_D_UNCLOSED_PAREN || x->code == FP_D_UNCLOSED_BRACKET ||
			    x->code == FP_D_UNCLOSED_BRACE) && x->rel_message && strstr(x->message, "found end of input")) {
			/* reported on the opener; the closer goes where it ended */
			const char *closer = x->code == FP_D_UNCLOSED_PAREN ? ")"
					     : x->code == FP_D_UNCLOSED_BRACKET ? "]" : "}";
			snprintf(title, sizeof title, "Insert the missing '%s'", closer);
			write_edit_action(s, d, title, x, x->rel_start, x->rel_start, closer, true);
		} else if (x->code == FP_D_DROPPED_BACKSLASH) {
			/* in a JSON string a FHIRPath backslash is written \\ */
			write_edit_action(s, d, "Double the backslash (keep it in the string)", x, x->start,
					  x->start, d->kind == FP_TEXT_JSON ? "\\\\" : "\\", true);
		} else if (x->code == FP_D_PRIMITIVE_VALUE) {
			/* '.value' on a primitive: drop it with its dot */
			size_t start = x->start > 0 && d->text[x->start - 1] == '.' ? x->start - 1 : x->start;
			write_edit_action(s, d, "Remove the redundant '.value'", x, start, x->end, "", true);
		}
		write_ignore_action(s, d, x);
	}
	fp_jw_arr_end(w);
	return true;
}
