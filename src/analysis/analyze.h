/*
 * analysis/analyze.h - type inference and type diagnostics for one
 * expression.
 *
 * The analyser walks a syntax tree once, computing a type set for every
 * node (kept in a table the caller owns, for hover, completion, inlay
 * hints and the FP2010 lint: nothing analyses an expression twice to
 * learn its types) and appending FP1xxx diagnostics. It checks only
 * syntactically complete subtrees: a node with an ERROR below it has an
 * unknown type and causes no further diagnostics, so one typo gives one
 * diagnostic. FP2010 (can an invariant be empty?) is a pass of its own
 * over the result, in empty.h.
 */
#ifndef FP_ANALYSIS_ANALYZE_H
#define FP_ANALYSIS_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/typemap.h"
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

typedef struct fp_analysis_env {
	const fp_model *model;
	fp_tset context;        /* $this at the top and %context; any when unknown */
	fp_tset resource;       /* %resource */
	fp_tset root;           /* %rootResource, when has_root (else %resource's) */
	bool has_root;
	const fp_var_decl *vars;/* host or @var variables */
	size_t nvars;
	/* the workspace's definitions, sorted (strcmp), each "Kurl" or
	 * "Kurl\ttypes": K is FP_DEF_EXTENSION (types: what its value[x]
	 * allows, "string|Coding"), FP_DEF_PROFILE (any StructureDefinition)
	 * or FP_DEF_VALUESET; extension('url'), conformsTo('url') and
	 * memberOf('url') are checked against them; none = no check */
	const char *const *ext_urls;
	size_t next_urls;
	/* An invariant of a profile: the element path of its context
	 * ("Extension", "Patient.contact", no "[x]") and what the profile
	 * allows at most once per parent item (fp_invariant.single), sorted:
	 * a path there ("Patient.name") or an extension slice by url
	 * ("Extension.extension\ttype": extension('type') and
	 * extension.where(url = 'type')) reached from an input of at most
	 * one item has at most one item. NULL/0: no such facts. */
	const char *profile_path;
	const char *const *single;
	size_t nsingle;
	/* a Questionnaire's items (analysis/items.h) when the expression is
	 * one of its own: where(linkId = ...) picks an item; and the item
	 * it sits in (%context, %qitem), or NULL */
	const struct fp_qitems *items;
	const struct fp_qitem *item;
} fp_analysis_env;

/* The kinds of fp_analysis_env.ext_urls entries (their first byte). */
#define FP_DEF_EXTENSION 'E'
#define FP_DEF_PROFILE 'P'
#define FP_DEF_VALUESET 'V'

/* What one analysis found. */
typedef struct fp_analysis {
	fp_tset type;           /* the whole expression's */
	/* every node's type set, in the caller's arena (row fp_node.id of
	 * the analysed tree); NULL when out of memory (then the arena says
	 * so too) */
	fp_typemap *types;
	/* no ERROR node and no call with a wrong argument count anywhere:
	 * the tree means something as a whole (FP2010 judges only those) */
	bool complete;
} fp_analysis;

/* Analyse root (parsed from text). Type sets and the table of node types
 * live in `arena`; diagnostics go to diags. */
fp_analysis fp_analyze(const char *text, const fp_node *root, const fp_analysis_env *env,
		       fp_arena *arena, fp_diags *diags);

/* True when the tree calls extension(), conformsTo() or memberOf() with a
 * literal URL: the only places where the workspace's definitions
 * (env.ext_urls) change an analysis. `check` analyses such an expression
 * again once it has read every input. */
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
