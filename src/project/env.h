/*
 * project/env.h - the environment an expression is analysed in, as a
 * value the expression owns.
 *
 * One function builds it, for every kind of site: from what the site
 * says (a .fhirpath file's directives in force where the expression
 * starts, or a FHIR resource's site from sources/fhir_json.h) and the
 * run's options (the default FHIR version and context). It resolves the
 * names against the model once and copies the result into the arena it
 * is given, the one the expression lives in: the type sets, the
 * variables' names and types. The invariant record it refers to is the
 * caller's, in the same arena (one per element, shared by the element's
 * invariants, its sibling list filled in once all of them are
 * analysed). Nothing in it points into a stack frame or into another
 * file's memory, so the expression can be analysed again (fp_recheck)
 * or linted after its file's extraction is long over.
 *
 * The workspace's extension definitions are not part of it: they belong
 * to the run, not to the expression, and change when the run learns
 * more (check analyses an expression that uses them again once it has
 * read every input). fp_expr_env_use() joins the two for one analysis.
 *
 * The expressions of one directive block of a .fhirpath file have the
 * same settings: the pipeline builds one environment for the block and
 * gives all of them the same pointer.
 */
#ifndef FP_PROJECT_ENV_H
#define FP_PROJECT_ENV_H

#include <stdbool.h>
#include <stddef.h>

#include "analysis/analyze.h"
#include "analysis/empty.h"
#include "model/model.h"
#include "sources/fhir_json.h"
#include "sources/fpfile.h"
#include "util/arena.h"

struct fp_check_options;

typedef struct fp_expr_env {
	const fp_model *model;          /* one of the embedded models (static) */
	fp_tset context;                /* $this at the top and %context; any when unknown */
	fp_tset resource;               /* %resource */
	fp_tset root;                   /* %rootResource: %resource or its container */
	const fp_var_decl *vars;        /* host or @var variables, typed */
	size_t nvars;
	/* an invariant's record (FP2010: the element's facts and its other
	 * invariants), in the same arena; NULL for other expressions */
	const fp_invariant *inv;
	/* a Questionnaire's own expression: its items and the item it sits
	 * in (analysis/items.h; the site's, in the same arena); else NULL */
	const struct fp_qitems *items;
	const struct fp_qitem *item;
} fp_expr_env;

/* Where an expression sits: exactly one of fpfile and site is set. */
typedef struct fp_env_site {
	/* A .fhirpath expression (or one -e expression): the directives in
	 * force (fhir, context, vars, invariant). The version is its @fhir,
	 * else the options'; the context its @context, else the options'
	 * (-c), resolved as written (an unknown one is any, and reported at
	 * its directive); %resource is the context's root when that is a
	 * resource; a variable's type is a context path or a type name, any
	 * when it names neither. */
	const fp_fexpr *fpfile;
	/* A FHIR resource's site: its version, its context by ctx_kind (an
	 * element path's trailing "[x]" is the choice element itself; a
	 * name the model does not know is any), %resource by name, its
	 * variables by name, untyped, or typed ("name\ttype"). */
	const fp_site *site;
	/* FP_SITE_CTX_SITE: the type of what the site is nested in (the
	 * earlier site's result; one item of it is the context), when
	 * nested_known (else the context is any) */
	fp_tset nested;
	bool nested_known;
	/* the invariant record (see fp_expr_env.inv), or NULL; a .fhirpath
	 * invariant gets an empty one of its own */
	const fp_invariant *inv;
	/* A Questionnaire's site (site->quest): the results of the file's
	 * sites analysed so far, done[0..ndone), for the variables typed by
	 * an earlier site's result (one not among them is untyped) */
	const struct fp_embedded *done;
	size_t ndone;
} fp_env_site;

/* Build the environment of the expression at `where`, with opt's
 * defaults (opt may be NULL for a resource's site), into *out, in
 * arena. False when out of memory (then the arena says so too). */
bool fp_expr_env_build(const fp_env_site *where, const struct fp_check_options *opt,
		       fp_arena *arena, const fp_expr_env **out);

/* The analyser's input for one analysis of an expression in env: env's
 * settings and the workspace's extension definitions from opt (none when
 * opt is NULL). Borrows both: use it while they live. */
void fp_expr_env_use(const fp_expr_env *env, const struct fp_check_options *opt,
		     fp_analysis_env *out);

#endif
