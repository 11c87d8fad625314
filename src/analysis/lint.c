/*
 * analysis/lint.c - lints on one node and its types (lint.h): operands
 * that are no Boolean (FP2013), type names from the wrong namespace
 * (FP2014) and type filters nothing can pass (FP2005).
 */
#include "lint.h"

#include <stdio.h>
#include <string.h>

#include "model/systype.h"
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

/* ---- FP2013: no Boolean where one is expected ------------------------- */

bool fp_lint_boolean(const fp_model *m, const char *text, fp_diags *d, const fp_node *operand,
		     fp_tset t, fp_bool_role role, const char *what)
{
	if (t.any || t.n == 0 || t.max == FP_CARD_0)
		return false;
	for (uint32_t i = 0; i < t.n; i++) {
		if (fp_type_as_system(m, t.v[i]) == FP_SYS_BOOLEAN)
			return false;
	}
	char src[80], shown[84], types[120], fix[200] = "";
	size_t len = operand->end - operand->start;
	fp_str_excerpt(text + operand->start, len, 60, src, sizeof src);
	types_of(m, t, types, sizeof types);
	/* a literal shows its own quotes ('yes'); other nodes get them */
	bool literal = operand->kind == FP_N_STRING || operand->kind == FP_N_INTEGER ||
		       operand->kind == FP_N_DECIMAL || operand->kind == FP_N_LONG ||
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
	return true;
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
 * (String -> string) when they all are one, else the first one's own
 * name (url). */
static const char *fhir_name_for(const fp_model *m, fp_tset in, fp_systype s)
{
	char lower[32];
	snprintf(lower, sizeof lower, "%s", fp_systype_name(s));
	lower[0] = (char)(lower[0] - 'A' + 'a');
	fp_type_id canon = fp_model_type(m, lower, strlen(lower));
	const char *first = NULL;
	bool all = canon != 0;
	for (uint32_t i = 0; i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]) || fp_type_as_system(m, in.v[i]) != s)
			continue;
		if (!first)
			first = fp_type_name(m, in.v[i]);
		if (canon && (fp_type_id)in.v[i] != canon && !fp_model_is_a(m, (fp_type_id)in.v[i], canon))
			all = false;
	}
	return all ? fp_model_type_name(m, canon) : first;
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
