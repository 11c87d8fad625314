/*
 * analysis/literals.c - FP2012, backslashes the specification drops.
 *
 * The parser keeps only decoded values, so each quoted token is lexed
 * again from its node's range (the lexer is a pure function of the
 * position) and fp_lex_dropped_backslash() finds the backslashes in it.
 * Only nodes whose text starts with a quote are looked at: the walk costs
 * one comparison per node on expressions without strings.
 */
#include "literals.h"

#include <stdio.h>
#include <string.h>

#include "syntax/token.h"

typedef struct walk {
	const char *text;
	fp_diags *diags;
	int n;                  /* warnings so far */
} walk;

/* Write s[0..n) into out (room for 4 * n + 1) with control bytes as \xHH,
 * so that a message stays one printable line. */
static void printable(const char *s, size_t n, char *out)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c < 0x20 || c == 0x7f)
			k += (size_t)sprintf(out + k, "\\x%02x", c);
		else
			out[k++] = (char)c;
	}
	out[k] = 0;
}

/* The quoted token at text[at], if one starts there: its warnings. */
static void token_at(walk *w, size_t at, size_t end, bool pattern)
{
	char q = w->text[at];
	if (q != '\'' && q != '`')
		return;
	fp_token t = fp_lex_next(w->text, end, at);
	if ((t.kind != FP_T_STRING && t.kind != FP_T_DELIMITED) ||
	    t.err == FP_D_UNTERMINATED_STRING || t.err == FP_D_UNTERMINATED_IDENTIFIER)
		return;         /* the lexer's error says enough */
	size_t e;
	for (size_t b = t.start; w->n < FP_LITERALS_MAX &&
	     (b = fp_lex_dropped_backslash(w->text, &t, b, &e)) != (size_t)-1; b = e) {
		char after[4 * 8 + 1];
		size_t n = e - b - 1;
		printable(w->text + b + 1, n > 8 ? 8 : n, after);
		w->n++;
		if (pattern && t.kind == FP_T_STRING)
			fp_diags_add(w->diags, FP_D_DROPPED_BACKSLASH, b, e,
				     "'\\%s' reaches this regular expression as '%s': FHIRPath drops a backslash that starts no string escape; write '\\\\%s'",
				     after, after, after);
		else
			fp_diags_add(w->diags, FP_D_DROPPED_BACKSLASH, b, e,
				     "'\\%s' is '%s': FHIRPath drops a backslash that starts no escape; write '\\\\%s' to keep it",
				     after, after, after);
	}
}

static bool is_regex_call(const fp_node *n)
{
	static const char *const names[] = { "matches", "matchesFull", "replaceMatches" };
	if (n->kind != FP_N_CALL || !n->str)
		return false;
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (strcmp(n->str, names[i]) == 0)
			return true;
	}
	return false;
}

/* pattern: n is (inside) the first argument of a regular expression
 * function. Trees are at most FP_MAX_DEPTH high: the recursion is bounded. */
static void visit(walk *w, const fp_node *n, bool pattern)
{
	switch (n->kind) {
	case FP_N_STRING:
	case FP_N_UNIT:
		token_at(w, n->start, n->end, pattern);
		break;
	case FP_N_IDENT:
	case FP_N_CALL:
	case FP_N_EXTERNAL:
	case FP_N_SELEM:
		if (n->name_end > n->name_start)
			token_at(w, n->name_start, n->name_end, false);
		break;
	case FP_N_TYPE:
		/* FHIR.`a\b`: each part */
		for (size_t at = n->start; at < n->end;) {
			fp_token t = fp_lex_next(w->text, n->end, at);
			if (t.kind == FP_T_EOF)
				break;
			if (t.kind == FP_T_DELIMITED)
				token_at(w, t.start, t.end, false);
			at = t.end;
		}
		break;
	default:
		break;
	}
	bool regex = is_regex_call(n);
	for (uint32_t i = 0; i < n->nkids; i++)
		visit(w, n->kids[i], pattern || (regex && i == 0));
}

void fp_lint_strings(const char *text, const fp_node *root, fp_diags *diags)
{
	walk w = { text, diags, 0 };
	if (root)
		visit(&w, root, false);
}
