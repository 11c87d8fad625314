/*
 * project/fmtres.h - formatting: a .fhirpath text in canonical form, and
 * the FHIRPath inside a FHIR JSON or XML resource formatted in place (syntax/format.h's canonical form): one edit per
 * expression string whose formatted text differs, replacing the bytes
 * between its quotes with the new text escaped for its host. `fmt` applies
 * them; the server sends them as the document's formatting edits.
 */
#ifndef FP_PROJECT_FMTRES_H
#define FP_PROJECT_FMTRES_H

#include <stdbool.h>
#include <stddef.h>

#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

struct fp_fpfile;

/* A .fhirpath text in canonical form (syntax/format.h), appended to out.
 * False when it has syntax errors (added to errors, sorted) or when out
 * of memory (errors empty). `fmt`, and each expression of a resource. */
bool fp_format_fhirpath(const char *text, size_t len, fp_diags *errors, fp_buf *out);
/* The same for a text already parsed into f (the server's documents). */
bool fp_format_fpfile(const char *text, const struct fp_fpfile *f, fp_buf *out);

typedef struct fp_text_edit {
	size_t start, end;      /* the bytes replaced, in the file */
	const char *text;       /* what replaces them (in the arena) */
	size_t len;
} fp_text_edit;

typedef struct fp_fmt_edits {
	fp_text_edit *v;        /* in file order, disjoint */
	size_t n;
	/* not formatted: not well-formed, or an expression does not parse
	 * (then no edits): where, in the file, and why */
	bool bad;
	size_t bad_at;
	char why[300];
} fp_fmt_edits;

/* The edits of text (xml: an XML resource, else JSON), strings in arena.
 * A text that is not a FHIR resource gets none. False only when out of
 * memory. */
bool fp_format_resource(const char *text, size_t len, bool xml, fp_arena *arena,
			fp_fmt_edits *out);
void fp_fmt_edits_release(fp_fmt_edits *e);

/* text with the edits applied, appended to out; false when out of memory. */
bool fp_fmt_apply(const char *text, size_t len, const fp_fmt_edits *e, fp_buf *out);

#endif
