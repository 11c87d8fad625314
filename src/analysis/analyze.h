/*
 * analysis/analyze.h - type inference and type diagnostics for one
 * expression.
 *
 * The analyser walks a syntax tree once, computing a type set for every
 * node (reported through an optional callback, for hover and inlay hints)
 * and appending FP1xxx diagnostics. It checks only syntactically complete
 * subtrees: a node with an ERROR below it has an unknown type and causes
 * no further diagnostics, so one typo gives one diagnostic.
 */
#ifndef FP_ANALYSIS_ANALYZE_H
#define FP_ANALYSIS_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/types.h"
#include "model/model.h"
#include "syntax/ast.h"
#include "util/arena.h"
#include "util/diag.h"
#include "util/str.h"

typedef struct fp_var_decl {
	const char *name;       /* without '%' */
	fp_tset type;
} fp_var_decl;

/* What an invariant is checked with (see fp_analysis_env.invariant). */
typedef struct fp_invariant {
	/* The other invariants of the same element (their texts), which a
	 * valid instance satisfies too: FP2010 does not report an empty case
	 * that one of them rules out (qty-3 'code.empty() or
	 * system.exists()' says a Duration with a code has a system). */
	const fp_str *others;
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
} fp_invariant;

typedef struct fp_analysis_env {
	const fp_model *model;
	fp_tset context;        /* $this at the top and %context; any when unknown */
	fp_tset resource;       /* %resource and %rootResource */
	const fp_var_decl *vars;/* host or @var variables */
	size_t nvars;
	/* extension definitions of the workspace (their URLs, sorted), to
	 * check extension('url') against; none = no check */
	const char *const *ext_urls;
	size_t next_urls;
	/* Not NULL when the expression is an invariant (a StructureDefinition
	 * constraint, or an expression after '// @invariant'): it must give
	 * true or false, and FP2010 reports when it can give empty instead.
	 * NULL for search parameters, view paths and the like, where empty
	 * is normal. */
	const fp_invariant *invariant;
	/* called for every node with its type (may be NULL) */
	void (*on_node)(void *ctx, const fp_node *n, fp_tset type);
	void *ctx;
} fp_analysis_env;

/* Analyse root (parsed from text). Type sets live in `arena`; diagnostics
 * go to diags. Returns the type of the whole expression. */
fp_tset fp_analyze(const char *text, const fp_node *root, const fp_analysis_env *env,
		   fp_arena *arena, fp_diags *diags);

/* True when the tree calls extension() with a literal URL: the only
 * place where the workspace's extension definitions (env.ext_urls) change
 * an analysis. `check` analyses such an expression again once it has
 * read every input. */
bool fp_uses_workspace_extensions(const fp_node *root);

/* Resolve a context given as a type name or an element path
 * ("Patient", "Patient.contact", "Observation.value") to a type set;
 * false when it names nothing in the model. */
bool fp_resolve_context(const fp_model *m, const char *path, size_t len, fp_arena *arena,
			fp_tset *out);

/* For a context path that fp_resolve_context() refused, a corrected one
 * that resolves, into out: "Patient.contacts" -> "Patient.contact",
 * "patient" -> "Patient", "Observation.valueQuantity" ->
 * "Observation.value" (then note, when not NULL, gets "value[x] of type
 * Quantity: select it with ofType(Quantity)"; else it is ""). False when
 * some step has no close match. Scratch type sets go to arena. */
bool fp_suggest_context(const fp_model *m, const char *path, size_t len, fp_arena *arena,
			char *out, size_t cap, char *note, size_t ncap);

/* fp_resolve_type_name() and fp_suggest_type() are model/systype.h's. */

#endif
