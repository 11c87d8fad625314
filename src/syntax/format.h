/*
 * syntax/format.h - the canonical printer behind `fmt` and LSP formatting.
 *
 * It rewrites only the whitespace between tokens, never the tokens
 * themselves, so the output re-parses to the same tree by construction
 * (a test checks it anyway over every conformance expression). Canonical
 * form: one space around binary operators and after ',' and ':', none
 * around '.', inside brackets or after a unary sign; line breaks are kept
 * (at most one blank line in a row), continuation lines are indented by two
 * spaces per open bracket plus two; comments are kept where they are;
 * trailing whitespace is dropped and the text ends with one newline.
 */
#ifndef FP_SYNTAX_FORMAT_H
#define FP_SYNTAX_FORMAT_H

#include <stddef.h>

#include "syntax/token.h"
#include "util/buf.h"

/* One expression's token range [first, last). */
typedef struct fp_fmt_range {
	size_t first, last;
} fp_fmt_range;

/* Format text whose tokens are toks, with the expressions at `ranges`
 * (sorted, disjoint; lines starting outside them or at their first token
 * are not indented). Appends to out. */
void fp_format(const char *text, const fp_tokens *toks, const fp_fmt_range *ranges,
	       size_t nranges, fp_buf *out);

#endif
