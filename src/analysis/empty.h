/*
 * analysis/empty.h - can an invariant evaluate to empty? (FP2010)
 *
 * A pass of its own, after type analysis: the caller parses and analyses
 * the invariant and the other invariants of its element (fp_analyze()),
 * then hands the trees with their type tables to fp_lint_invariant().
 * Nothing here parses or analyses, so each expression is analysed once
 * however many siblings it has.
 *
 * The rules are in empty.c: which nodes can be empty for a valid
 * instance, how and/or/implies/iif combine, and which guards
 * (x.exists() implies ..., x.empty() or ...) rule the empty case out.
 */
#ifndef FP_ANALYSIS_EMPTY_H
#define FP_ANALYSIS_EMPTY_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/analyze.h"

/* An expression already parsed and analysed: its text, its tree and the
 * table fp_analyze() gave for that tree. Borrowed: the three live in the
 * caller's arena. */
typedef struct fp_analysed {
	const char *text;       /* what root was parsed from */
	size_t len;
	const fp_node *root;
	const fp_typemap *types;
} fp_analysed;

/* What an invariant is checked with. */
typedef struct fp_invariant {
	/* The invariants of the same element, parsed without errors and
	 * analysed in the element's context (the invariant itself, and
	 * copies of it, may be among them: they are left out). A valid
	 * instance satisfies them too, so FP2010 does not report an empty
	 * case that one of them rules out (qty-3 'code.empty() or
	 * system.exists()' says a Duration with a code has a system). */
	const fp_analysed *others;
	size_t nothers;
	/* The element path the invariant is on ("Patient.contact"), and the
	 * paths a profile makes required (minimum 1 or more where the base
	 * allows 0: "Patient.name"), sorted, without "[x]": an element the
	 * profile requires is present in a valid instance. NULL/0 when none. */
	const char *path;
	const char *const *required;
	size_t nrequired;
	/* The paths a profile gives exactly one type ("Patient.deceased\tboolean"),
	 * sorted: ofType() of that type keeps every item there. */
	const char *const *typed;
	size_t ntyped;
	/* What the profile allows at most once per parent item, sorted:
	 * element paths ("Patient.name") and extension slices by url
	 * ("Extension.extension\ttype"); the analysis takes them as
	 * singletons (fp_analysis_env.single). */
	const char *const *single;
	size_t nsingle;
} fp_invariant;

/* FP2010: report (into diags) when the invariant x can evaluate to empty
 * for some valid instance. x was analysed with env, its tree is complete
 * (fp_analysis.complete) and parsed without errors: the caller checks
 * both. inv says what else is known (NULL: nothing). Scratch data goes
 * to arena. Gives up silently (no finding) when the expression is too
 * involved to judge within a fixed budget of steps, or x has no types
 * (out of memory). */
void fp_lint_invariant(const fp_analysed *x, const fp_analysis_env *env, const fp_invariant *inv,
		       fp_arena *arena, fp_diags *diags);

/* The emptiness rule of a binary operator, by its spelling ("=", "and",
 * "contains"): "empty" (empty when an operand is), "never" (always a
 * value), "left" (empty when its left operand is; 'in'), "right" (when
 * its right one is; 'contains'), "both" (when both are; '|'), "logic"
 * (three-valued: and, or, xor, implies), "type" ('is': false on empty;
 * 'as': empty on empty or a mismatch); NULL for no operator. The test of
 * the registry compares it with the spec's operations.json. */
const char *fp_empty_operator_rule(const char *spelling);

#endif
