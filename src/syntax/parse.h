/*
 * syntax/parse.h - the recursive-descent FHIRPath parser with recovery.
 *
 * Parsing never fails: it returns a tree (with ERROR nodes where needed)
 * and appends diagnostics with exact byte ranges and stable FP00xx codes.
 * The only failure is running out of memory, reported as NULL.
 */
#ifndef FP_SYNTAX_PARSE_H
#define FP_SYNTAX_PARSE_H

#include <stdbool.h>
#include <stddef.h>

#include "syntax/ast.h"
#include "syntax/token.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

/* Errors reported per expression before the rest are dropped. */
#define FP_MAX_ERRORS 50

/* Syntax errors reported after a lexical break (a bad character, quotes
 * out of step) before the parser resynchronises; see parse.c. */
#define FP_FOLLOW_ON 0

/* Parse the expression made of toks[first..last) (trivia included; last is
 * exclusive and need not be EOF) of `text`. Nodes go into `arena`,
 * diagnostics into `diags`. NULL only when out of memory. */
fp_node *fp_parse_tokens(const char *text, size_t len, const fp_token *toks,
			 size_t first, size_t last, fp_arena *arena, fp_diags *diags);

/* Lex and parse a whole text as one expression; lexical diagnostics
 * included. NULL when out of memory. */
fp_node *fp_parse_text(const char *text, size_t len, fp_arena *arena, fp_diags *diags);

/* Append an indented dump of the tree to b, one node per line:
 * "KIND start..end detail". With ranges == false the ranges are left out
 * (used to compare trees of differently formatted texts). */
void fp_dump(const fp_node *n, bool ranges, fp_buf *b);

#endif
