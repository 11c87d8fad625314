/*
 * analysis/lint.c - lints on one node and its types (lint.h): equality
 * (FP2001, FP2003, FP2008), operands that are no Boolean (FP2013), type
 * names from the wrong namespace (FP2014) and type filters nothing can
 * pass (FP2005).
 */
#include "lint.h"

#include <stdio.h>
#include <string.h>

#include "model/systype.h"
#include "syntax/token.h"
#include "util/buf.h"
#include "util/str.h"

/* "ContactPoint", "string | Quantity": t's types for a message. */
static void types_of(const fp_model *m, fp_tset t, char *out, size_t cap)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_tset_format(m, t, false, &b);
	snprintf(out, cap, "%s", b.data ? b.data : "?");
	fp_buf_release(&b);
}

/* ---- FP2001, FP2003, FP2008: equality ---------------------------------- */

/* True when every type of t is one of the named FHIR types. */
static bool all_named(const fp_model *m, fp_tset t, const char *const *names, size_t n)
{
	if (t.any || t.n == 0)
		return false;
	for (uint32_t i = 0; i < t.n; i++) {
		if (FP_TYPE_IS_SYS(t.v[i]))
			return false;
		const char *tn = fp_model_type_name(m, (fp_type_id)t.v[i]);
		bool hit = false;
		for (size_t k = 0; k < n && !hit; k++)
			hit = tn && strcmp(tn, names[k]) == 0;
		if (!hit)
			return false;
	}
	return true;
}

/* The source text of a node, for messages (at most 60 bytes). */
static void snippet(const char *text, const fp_node *n, char *out, size_t cap)
{
	fp_str_excerpt(text + n->start, n->end - n->start, 60, out, cap);
}

static bool is_literal(const fp_node *n)
{
	return n->kind == FP_N_STRING || n->kind == FP_N_INTEGER || n->kind == FP_N_BOOL ||
	       n->kind == FP_N_DECIMAL;
}

/* A literal, or literals joined with '|' (in parentheses or not). */
static bool is_literal_list(const fp_node *n)
{
	if (n->kind == FP_N_PAREN)
		return is_literal_list(n->kids[0]);
	if (n->kind == FP_N_BINARY && n->op == FP_T_PIPE)
		return is_literal_list(n->kids[0]) && is_literal_list(n->kids[1]);
	return is_literal(n);
}

/* FP2008: '=', '!=', '~' or '!~' between a literal and a value of a type
 * it can never equal: FHIRPath converts Integer to Decimal, but never a
 * String to a Boolean or a number, so active = 'true' is always false.
 * Only String, Boolean and the numbers are judged: dates and quantities
 * have conversions of their own. Returns true when it reported. */
static bool lint_never_equal(const fp_model *m, const char *text, fp_diags *d, const fp_node *n,
			     fp_tset l, fp_tset r)
{
	const fp_node *ln = n->kids[0], *rn = n->kids[1];
	const fp_node *lit = is_literal(rn) ? rn : is_literal(ln) ? ln : NULL;
	if (!lit)
		return false;
	const fp_node *other = lit == rn ? ln : rn;
	fp_systype x = fp_tset_system(m, lit == rn ? r : l), y = fp_tset_system(m, lit == rn ? l : r);
	bool judged_x = x == FP_SYS_STRING || x == FP_SYS_BOOLEAN || fp_systype_is_number(x);
	bool judged_y = y == FP_SYS_STRING || y == FP_SYS_BOOLEAN || fp_systype_is_number(y);
	if (!judged_x || !judged_y || x == y || (fp_systype_is_number(x) && fp_systype_is_number(y)))
		return false;
	char what[80], shown[80];
	snippet(text, other, what, sizeof what);
	snippet(text, lit, shown, sizeof shown);
	/* 'true' for a Boolean, '5' for a number: the quotes are the slip */
	bool unquote = lit->kind == FP_N_STRING &&
		       ((y == FP_SYS_BOOLEAN && (strcmp(lit->str, "true") == 0 || strcmp(lit->str, "false") == 0)) ||
			(fp_systype_is_number(y) && lit->len > 0 && strspn(lit->str, "0123456789.-") == lit->len));
	fp_token_kind op = (fp_token_kind)n->op;
	const char *always = op == FP_T_NE || op == FP_T_NEQUIV ? "true" : "false";
	const char *yn = fp_systype_name(y);
	const char *art = yn[0] == 'I' ? "an" : "a";    /* an Integer */
	if (unquote)
		fp_diags_add(d, FP_D_NEVER_EQUAL, n->start, n->end,
			     "'%s' is %s %s, which never equals the %s %s, so this is always %s; write %s without quotes",
			     what, art, yn, fp_systype_name(x), shown, always, lit->str);
	else
		fp_diags_add(d, FP_D_NEVER_EQUAL, n->start, n->end,
			     "'%s' is %s %s, which never equals the %s %s, so this is always %s",
			     what, art, yn, fp_systype_name(x), shown, always);
	return true;
}

void fp_lint_equality(const fp_model *m, const char *text, fp_diags *d, const fp_node *n,
		      fp_tset l, fp_tset r)
{
	static const char *const coded[] = { "Coding", "CodeableConcept" };
	fp_token_kind op = (fp_token_kind)n->op;
	const fp_node *ln = n->kids[0], *rn = n->kids[1];
	if (op != FP_T_IN) {
		const fp_node *lit = rn->kind == FP_N_STRING ? rn : ln->kind == FP_N_STRING ? ln : NULL;
		fp_tset other = lit == rn ? l : r;
		if (lit && all_named(m, other, coded, 2)) {
			char what[80];
			snippet(text, lit == rn ? ln : rn, what, sizeof what);
			const char *tn = fp_type_name(m, other.v[0]);
			bool cc = strcmp(tn, "CodeableConcept") == 0;
			fp_diags_add(d, FP_D_CODING_VS_STRING, n->start, n->end,
				     "'%s' is a %s, which never equals a string; compare '%s%s'",
				     what, tn, what, cc ? ".coding.code" : ".code");
			return;
		}
	}
	if (op != FP_T_IN && lint_never_equal(m, text, d, n, l, r))
		return;
	/* 'x in (a | b)' with a repeating x fails at run time when x has
	 * several items (R4's tim-9 does this; R5 rewrote it). */
	bool literal_right = op == FP_T_IN ? is_literal_list(rn) : is_literal(rn);
	if ((op == FP_T_EQ || op == FP_T_NE || op == FP_T_IN) && literal_right &&
	    !l.any && l.max == FP_CARD_MANY && l.n > 0) {
		char what[80];
		snippet(text, ln, what, sizeof what);
		fp_diags_add(d, FP_D_COLLECTION_EQUALITY, ln->start, ln->end,
			     "'%s' can have several items, so %s compares the whole collection; use exists(...) or all(...) to test the items",
			     what, fp_token_name(op));
	}
}

/* ---- FP2013: no Boolean where one is expected ------------------------- */

void fp_lint_boolean(const fp_model *m, const char *text, fp_diags *d, const fp_node *operand,
		     fp_tset t, fp_bool_role role, const char *what)
{
	if (t.any || t.n == 0 || t.max == FP_CARD_0)
		return;
	for (uint32_t i = 0; i < t.n; i++) {
		if (fp_type_as_system(m, t.v[i]) == FP_SYS_BOOLEAN)
			return;
	}
	char src[80], shown[84], types[120], fix[200] = "";
	size_t len = operand->end - operand->start;
	snippet(text, operand, src, sizeof src);
	types_of(m, t, types, sizeof types);
	/* a literal shows its own quotes ('yes'); other nodes get them */
	bool literal = is_literal(operand) || operand->kind == FP_N_LONG ||
		       operand->kind == FP_N_QUANTITY || operand->kind == FP_N_DATE ||
		       operand->kind == FP_N_DATETIME || operand->kind == FP_N_TIME;
	snprintf(shown, sizeof shown, literal ? "%s" : "'%s'", src);
	/* for elements, presence is the likeliest intent (telecom or
	 * endpoint); a computed value (count(), a string) wants a
	 * comparison; a literal or a cut snippet gets no rewrite */
	bool elements = true;
	for (uint32_t i = 0; i < t.n; i++)
		elements = elements && !FP_TYPE_IS_SYS(t.v[i]);
	if (!literal && !elements) {
		snprintf(fix, sizeof fix, "; compare it with a value instead");
	} else if (!literal && strlen(src) == len) {
		bool wrap = operand->kind == FP_N_BINARY || operand->kind == FP_N_TYPEOP ||
			    operand->kind == FP_N_UNARY;
		snprintf(fix, sizeof fix, "; to test for presence write '%s%s%s.exists()'",
			 wrap ? "(" : "", src, wrap ? ")" : "");
	}
	switch (role) {
	case FP_BOOL_OPERAND:
		fp_diags_add(d, FP_D_NON_BOOLEAN, operand->start, operand->end,
			     "%s is %s, not a Boolean: as an operand of %s one item counts as true whatever its value, and several are an error%s",
			     shown, types, what, fix);
		break;
	case FP_BOOL_INPUT:
		fp_diags_add(d, FP_D_NON_BOOLEAN, operand->start, operand->end,
			     "%s is %s, not a Boolean: as the input of %s one item counts as true whatever its value, and several are an error%s",
			     shown, types, what, fix);
		break;
	case FP_BOOL_CRITERIA:
		fp_diags_add(d, FP_D_NON_BOOLEAN, operand->start, operand->end,
			     "%s is %s, not a Boolean, as %s must be: one item counts as true whatever its value (or is an error; engines differ), and several are an error%s",
			     shown, types, what, fix);
		break;
	}
}

/* ---- FP2014 and FP2005: type filters ---------------------------------- */

/* Can an item of type t pass a filter for want? A FHIR type passes for
 * its base types, and a base type may hold a subtype; System types only
 * for themselves. Quantity is both a FHIR and a System type, and engines
 * differ on whether one passes for the other: taken as possible. */
static bool can_match(const fp_model *m, fp_type t, fp_type want)
{
	if (t == want)
		return true;
	bool st = FP_TYPE_IS_SYS(t), sw = FP_TYPE_IS_SYS(want);
	if (!st && !sw)
		return fp_model_is_a(m, (fp_type_id)t, (fp_type_id)want) ||
		       fp_model_is_a(m, (fp_type_id)want, (fp_type_id)t);
	if (st && sw)
		return false;
	return fp_type_as_system(m, t) == FP_SYS_QUANTITY && fp_type_as_system(m, want) == FP_SYS_QUANTITY;
}

/* One FHIR, one System type, for the same kind of value (FHIR dateTime
 * and System DateTime, FHIR code and System String). */
static bool counterpart(const fp_model *m, fp_type t, fp_type want)
{
	if (FP_TYPE_IS_SYS(t) == FP_TYPE_IS_SYS(want))
		return false;
	fp_systype s = fp_type_as_system(m, t);
	return s != FP_SYS_NONE && s == fp_type_as_system(m, want);
}

/* The FHIR name meant instead of the System type s, for the FHIR input
 * types of in that are s's counterparts: the primitive of the same name
 * (String -> string) when one of them is it or a subtype of it (code),
 * else the first one's own name (url). */
static const char *fhir_name_for(const fp_model *m, fp_tset in, fp_systype s)
{
	char lower[32];
	snprintf(lower, sizeof lower, "%s", fp_systype_name(s));
	lower[0] = (char)(lower[0] - 'A' + 'a');
	fp_type_id canon = fp_model_type(m, lower, strlen(lower));
	const char *first = NULL;
	for (uint32_t i = 0; i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]) || fp_type_as_system(m, in.v[i]) != s)
			continue;
		if (canon && fp_model_is_a(m, (fp_type_id)in.v[i], canon))
			return fp_model_type_name(m, canon);
		if (!first)
			first = fp_type_name(m, in.v[i]);
	}
	return first;
}

void fp_lint_type_filter(const fp_model *m, const char *text, fp_diags *d, const fp_node *at,
			 fp_tset in, fp_type want, const char *what, bool filter)
{
	if (in.any || in.n == 0 || !want)
		return;
	bool other = false;
	for (uint32_t i = 0; i < in.n; i++) {
		if (can_match(m, in.v[i], want))
			return;
		other = other || counterpart(m, in.v[i], want);
	}
	char types[120];
	types_of(m, in, types, sizeof types);
	const char *always = filter ? "empty" : "false";
	if (!other) {
		if (filter)
			fp_diags_add(d, FP_D_IMPOSSIBLE_TYPE, at->start, at->end,
				     "%s cannot match: the input is %s, never %s; the result is always empty",
				     what, types, fp_type_name(m, want));
		return;
	}
	/* answer in the namespace the name was written in: System.String
	 * -> FHIR.string, string -> String */
	const char *written = text + at->start;
	size_t wlen = at->end - at->start;
	bool qualified = (wlen > 7 && memcmp(written, "System.", 7) == 0) ||
			 (wlen > 5 && memcmp(written, "FHIR.", 5) == 0);
	fp_systype s = fp_type_as_system(m, want);
	if (FP_TYPE_IS_SYS(want)) {
		const char *meant = fhir_name_for(m, in, s);
		fp_diags_add(d, FP_D_SYSTEM_VS_FHIR_TYPE, at->start, at->end,
			     "'%.*s' names the System type %s, but the input is FHIR %s, never a System value, so %s is always %s; did you mean '%s%s'?",
			     (int)wlen, written, fp_systype_name(s), types, what, always,
			     qualified ? "FHIR." : "", meant ? meant : "?");
	} else {
		fp_diags_add(d, FP_D_SYSTEM_VS_FHIR_TYPE, at->start, at->end,
			     "'%.*s' names the FHIR type %s, but the input is the System %s (a literal or a computed value), never FHIR data, so %s is always %s; did you mean '%s%s'?",
			     (int)wlen, written, fp_type_name(m, want), types, what, always,
			     qualified ? "System." : "", fp_systype_name(s));
	}
}
