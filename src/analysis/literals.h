/*
 * analysis/literals.h - lints on how strings and delimited names are
 * written: what the parser accepts and the specification defines, but
 * the author rarely meant.
 */
#ifndef FP_ANALYSIS_LITERALS_H
#define FP_ANALYSIS_LITERALS_H

#include "syntax/ast.h"
#include "util/diag.h"

/* FP2012: every backslash in the string literals, units and delimited
 * names of root (parsed from text) that starts no escape. The
 * specification makes such a backslash valid and drops it ('\d' is 'd',
 * '\u005' is 'u005'), which is rarely meant, and least of all in the
 * pattern of matches(), matchesFull() and replaceMatches(), where the
 * message says the regular expression gets the letter alone. One warning
 * per backslash, on it and the character after it (the range a quick fix
 * doubles the backslash at); at most FP_LITERALS_MAX per tree. */
void fp_lint_strings(const char *text, const fp_node *root, fp_diags *diags);

#define FP_LITERALS_MAX 50

#endif
