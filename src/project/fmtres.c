/*
 * project/fmtres.c - formatting the FHIRPath inside a FHIR JSON or XML
 * resource in place, for `fmt` and the editor's formatting: each
 * expression site sources/ finds (invariants, search parameter
 * expressions, SDC and view paths) becomes one edit of its string.
 *
 * Only the bytes between an expression string's quotes change, and only
 * when its formatted text differs from its decoded text; the new text is
 * escaped for its host (JSON string escapes, or XML character references
 * in an attribute, where a line break must be written &#10; to survive
 * attribute-value normalisation). Every other byte of the file stays as
 * it was. An expression keeps its line breaks; the canonical text's final
 * newline is a file's, not an expression's, and is dropped. A resource
 * with a syntax error in any expression gets no edits, as a .fhirpath
 * file with one is not formatted.
 */
#include "project/fmtres.h"

#include <stdio.h>
#include <string.h>

#include "json/read.h"
#include "json/write.h"
#include "project/pipeline.h"
#include "sources/fhir_json.h"
#include "sources/fhir_xml.h"
#include "sources/fpfile.h"
#include "syntax/format.h"
#include "util/alloc.h"

bool fp_format_fpfile(const char *text, const fp_fpfile *f, fp_buf *out)
{
	fp_fmt_range *ranges = fp_malloc((f->nexprs + 1) * sizeof *ranges);
	if (!ranges)
		return false;
	for (size_t i = 0; i < f->nexprs; i++) {
		ranges[i].first = f->exprs[i].tok_first;
		ranges[i].last = f->exprs[i].tok_last;
	}
	fp_format(text, &f->toks, ranges, f->nexprs, out);
	fp_free(ranges);
	return !out->failed;
}

bool fp_format_fhirpath(const char *text, size_t len, fp_diags *errors, fp_buf *out)
{
	fp_arena arena;
	fp_arena_init(&arena);
	fp_diags diags;
	fp_diags_init(&diags, &arena);
	fp_fpfile file;
	bool ok = fp_fpfile_parse(text, len, &arena, &diags, &file);
	bool broken = false;
	for (size_t i = 0; ok && i < diags.len; i++) {
		const fp_diag *d = &diags.items[i];
		if (d->severity == FP_SEV_ERROR) {
			broken = true;
			fp_diags_add(errors, d->code, d->start, d->end, "%s", d->message);
		}
	}
	if (ok && !broken)
		ok = fp_format_fpfile(text, &file, out);
	fp_diags_sort(errors);
	fp_diags_release(&diags);
	fp_arena_release(&arena);
	return ok && !broken && !errors->failed;
}

/* The canonical form of one expression into out, without a final newline.
 * False (the first error's offset in *bad_at, its text in why) when it
 * does not parse. */
static bool format_expr(const char *text, size_t len, fp_buf *out, size_t *bad_at, char *why,
			size_t whylen)
{
	fp_arena arena;
	fp_arena_init(&arena);
	fp_diags errors;
	fp_diags_init(&errors, &arena);
	size_t at = out->len;
	bool ok = fp_format_fhirpath(text, len, &errors, out);
	*bad_at = 0;
	if (!ok && errors.len) {
		char code[8];
		fp_diag_format_code(errors.items[0].code, code);
		*bad_at = errors.items[0].start;
		snprintf(why, whylen, "error[%s]: %s", code, errors.items[0].message);
	} else if (!ok) {
		snprintf(why, whylen, "out of memory");
	}
	while (out->len > at && (out->data[out->len - 1] == '\n' || out->data[out->len - 1] == '\r'))
		out->len--;
	fp_diags_release(&errors);
	fp_arena_release(&arena);
	return ok;
}

/* s[0..n) as the inside of an XML attribute quoted with q. */
static void xml_escape(fp_buf *b, const char *s, size_t n, char q)
{
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '&')
			fp_buf_adds(b, "&amp;");
		else if (c == '<')
			fp_buf_adds(b, "&lt;");
		else if (c == '>')
			fp_buf_adds(b, "&gt;");
		else if (c == q)
			fp_buf_adds(b, q == '"' ? "&quot;" : "&apos;");
		else if (c == '\n')
			fp_buf_adds(b, "&#10;");
		else if (c == '\r')
			fp_buf_adds(b, "&#13;");
		else if (c == '\t')
			fp_buf_adds(b, "&#9;");
		else
			fp_buf_add(b, &c, 1);
	}
}

/* s[0..n) as the inside of a JSON string (fp_json_write_string's escapes,
 * without its quotes). */
static void json_escape(fp_buf *b, const char *s, size_t n)
{
	size_t at = b->len;
	fp_json_write_string(b, s, n);
	if (b->failed || b->len < at + 2)
		return;
	memmove(b->data + at, b->data + at + 1, b->len - at - 2);
	b->len -= 2;
}

bool fp_format_resource(const char *text, size_t len, bool xml, fp_arena *arena,
			fp_fmt_edits *out)
{
	memset(out, 0, sizeof *out);
	fp_diags diags;
	fp_diags_init(&diags, arena);
	fp_fhir_sites fs;
	bool ok = xml ? fp_fhir_xml_sites(text, len, FP_FHIR_R4, arena, &diags, &fs)
		      : fp_fhir_json_sites(text, len, FP_FHIR_R4, arena, &diags, &fs);
	if (!ok)
		return false;
	if (fp_diags_count(&diags, FP_SEV_ERROR) > 0) {
		out->bad = true;
		out->bad_at = diags.items[0].start;
		snprintf(out->why, sizeof out->why, "%s", diags.items[0].message);
		fp_diags_release(&diags);
		return true;
	}
	fp_diags_release(&diags);
	fp_buf expr, enc;
	fp_buf_init(&expr);
	fp_buf_init(&enc);
	size_t last = (size_t)-1, cap = 0;
	for (size_t i = 0; ok && fs.is_fhir && i < fs.nsites; i++) {
		const fp_site *s = &fs.sites[i];
		size_t a = s->str->start, b = s->str->end;
		if (a == last)
			continue;       /* the same string, another base */
		last = a;
		char q = a < len ? text[a] : 0;
		if (b < a + 2 || (q != '"' && q != '\''))
			continue;       /* not a quoted value: left as it is */
		fp_buf_reset(&expr);
		size_t bad = 0;
		if (!format_expr(s->text, s->len, &expr, &bad, out->why, sizeof out->why)) {
			if (strcmp(out->why, "out of memory") == 0) {
				ok = false;
				break;
			}
			out->bad = true;
			out->bad_at = s->map == FP_SITE_MAP_XML ? fp_xml_attr_source_offset(text, s->str, bad)
								: fp_json_string_source_offset(text, s->str, bad);
			out->n = 0;
			break;
		}
		if (expr.len == 0 || (expr.len == s->len && memcmp(expr.data, s->text, s->len) == 0))
			continue;       /* canonical already, or blank: its bytes stay */
		fp_buf_reset(&enc);
		if (xml)
			xml_escape(&enc, expr.data, expr.len, q);
		else
			json_escape(&enc, expr.data, expr.len);
		char *t = enc.failed ? NULL : fp_arena_alloc(arena, enc.len + 1);
		if (!t || !fp_grow(&out->v, &cap, out->n, sizeof *out->v, 16)) {
			ok = false;
			break;
		}
		memcpy(t, enc.data ? enc.data : "", enc.len);
		t[enc.len] = 0;
		out->v[out->n++] = (fp_text_edit){ a + 1, b - 1, t, enc.len };
	}
	fp_buf_release(&expr);
	fp_buf_release(&enc);
	return ok;
}

void fp_fmt_edits_release(fp_fmt_edits *e)
{
	fp_free(e->v);
	memset(e, 0, sizeof *e);
}

bool fp_fmt_apply(const char *text, size_t len, const fp_fmt_edits *e, fp_buf *out)
{
	size_t pos = 0;
	for (size_t i = 0; i < e->n; i++) {
		fp_buf_add(out, text + pos, e->v[i].start - pos);
		fp_buf_add(out, e->v[i].text, e->v[i].len);
		pos = e->v[i].end;
	}
	fp_buf_add(out, text + pos, len - pos);
	return !out->failed;
}
