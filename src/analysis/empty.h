/*
 * analysis/empty.h - can an invariant evaluate to empty? (FP2010)
 *
 * Internal to analysis/: analyze.c records the type set of every node in
 * an fp_typemap while it infers them, and, for an expression that is an
 * invariant (fp_analysis_env.invariant), hands the tree and the map to
 * fp_lint_empty() once the tree is known to be complete.
 *
 * The rules are in empty.c: which nodes can be empty for a valid
 * instance, how and/or/implies/iif combine, and which guards
 * (x.exists() implies ..., x.empty() or ...) rule the empty case out.
 */
#ifndef FP_ANALYSIS_EMPTY_H
#define FP_ANALYSIS_EMPTY_H

#include <stdbool.h>

#include "analysis/analyze.h"

/* Node -> type set, in an arena (grows by doubling; the old tables stay
 * in the arena until it is released). */
typedef struct fp_typemap fp_typemap;

/* A new empty map in arena a; NULL when out of memory. */
fp_typemap *fp_typemap_new(fp_arena *a);
/* Record t for n (a later put for the same node replaces it). On out of
 * memory the map stops recording and says so through fp_typemap_get()
 * returning NULL for the nodes it missed. */
void fp_typemap_put(fp_typemap *m, const fp_node *n, fp_tset t);
/* The type recorded for n, or NULL. */
const fp_tset *fp_typemap_get(const fp_typemap *m, const fp_node *n);

/* fp_analyze() that also records every node's type in `types` (and
 * never lints): for the other invariants FP2010 reasons with. */
fp_tset fp_analyze_typed(const char *text, const fp_node *root, const fp_analysis_env *env,
			 fp_typemap *types, fp_arena *arena, fp_diags *diags);

/* FP2010: report (into diags) when the invariant `root` can evaluate to
 * empty for some valid instance. `types` holds the type of every node as
 * fp_analyze() inferred it. Scratch data goes to arena. Gives up silently
 * (no finding) when the expression is too involved to judge within a
 * fixed budget of steps. */
void fp_lint_empty(const char *text, const fp_node *root, const fp_analysis_env *env,
		   fp_typemap *types, fp_arena *arena, fp_diags *diags);

/* The emptiness rule of a binary operator, by its spelling ("=", "and",
 * "contains"): "empty" (empty when an operand is), "never" (always a
 * value), "left" (empty when its left operand is; 'in'), "right" (when
 * its right one is; 'contains'), "both" (when both are; '|'), "logic"
 * (three-valued: and, or, xor, implies), "type" ('is': false on empty;
 * 'as': empty on empty or a mismatch); NULL for no operator. The test of
 * the registry compares it with the spec's operations.json. */
const char *fp_empty_operator_rule(const char *spelling);

#endif
