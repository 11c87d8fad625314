/*
 * sources/suppress.h - inline suppressions: comments by which an author
 * silences findings in the file they are written in.
 *
 *   // fhirpath-ls: ignore FP2003            that expression's FP2003
 *   // fhirpath-ls: ignore FP2003, FP1001    several codes (',' or blanks)
 *   // fhirpath-ls: ignore-file FP2003       every FP2003 of the file
 *   // fhirpath-ls: ignore FP2003 -- reason  text after '--' is a reason
 *
 * Which expression an 'ignore' is for: the one the comment sits inside
 * (an expression wrapped over lines); else the one it trails on the same
 * line ('name.first() // fhirpath-ls: ignore FP2003'); else the next one
 * after it. A finding is covered when its start lies in that
 * expression's range (its ends included). Each code of a suppression that
 * covers no finding is reported (FP2020, at that code), as is a
 * suppression no expression follows; a comment that starts with
 * 'fhirpath-ls:' but does not read as one of the forms above is FP0043.
 * The codes are checked against diag_codes.def. Suppressions never
 * silence FP0043 and FP2020 themselves (.fhirpath-ls.json severities do).
 *
 * This module knows nothing of file formats: a front end lists its
 * comments and its expressions' ranges and calls fp_suppress_apply on the
 * file's findings, after severities are applied (a finding switched off
 * is not there to be suppressed, so its suppression is unused).
 *
 * How a front end hooks in (.fhirpath: fpfile.c keeps its comments in
 * fp_fpfile.comments while it has the tokens; project/ignore.c applies
 * them): while reading its comments, keep those for which
 * fp_suppress_is_marker() is true, as fp_comment records (the whole
 * comment's range, and its body without the comment markers), in file
 * order; give the expressions as fp_span ranges in file offsets, sorted
 * by start, not overlapping. An FSH reader keeps its '//' and block
 * comments the same way and passes the ranges of its Expression: texts
 * (or of the rule that holds one); nothing here changes for it.
 */
#ifndef FP_SOURCES_SUPPRESS_H
#define FP_SOURCES_SUPPRESS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/diag.h"

typedef struct fp_comment {
	uint32_t start, end;            /* the whole comment, in the file */
	uint32_t body, body_end;        /* its text without '//', or '/' '*' ... '*' '/' */
} fp_comment;

typedef struct fp_span {
	uint32_t start, end;            /* an expression, in the file */
} fp_span;

/* The word every suppression starts with. */
#define FP_SUPPRESS_MARKER "fhirpath-ls:"

/* Is text[start, end) (a comment's body) meant as a suppression: blanks,
 * then FP_SUPPRESS_MARKER? */
bool fp_suppress_is_marker(const char *text, size_t start, size_t end);

/* Read the suppressions among comments c[0..nc) of text, drop from
 * diags the findings they cover (for the expressions x[0..nx)), and add
 * to diags FP2020 for each unused code (or suppression without an
 * expression) and FP0043 for each malformed one, with the codes' default
 * severities. The order of diags is kept (the new findings go at the
 * end). False only when out of memory (diags->failed). */
bool fp_suppress_apply(const char *text, const fp_comment *c, size_t nc, const fp_span *x,
		       size_t nx, fp_diags *diags);

#endif
