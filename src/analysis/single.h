/*
 * analysis/single.h - profile-aware cardinality: what a profile allows at
 * most once is a singleton inside the profile's own invariants.
 *
 * A profile may restrict an element to at most one item (Patient.name
 * 0..1) or a slice of extensions by url (a complex extension's 'type'
 * sub-extension 0..1). Inside its constraints, extension('type').value
 * = 'Patient' then compares one value, not a collection. The analysis
 * knows the element path of an expression's context
 * (fp_analysis_env.profile_path) and the restricted paths
 * (fp_analysis_env.single); this follows the path a node yields by its
 * syntax, as FP2010 does for required elements (analysis/empty.c), and
 * says when the profile makes the node's result a singleton.
 */
#ifndef FP_ANALYSIS_SINGLE_H
#define FP_ANALYSIS_SINGLE_H

#include <stdbool.h>

#include "analysis/analyze.h"
#include "analysis/typemap.h"
#include "syntax/ast.h"

/* The lambdas an analysis is inside, innermost first: the focus (and
 * $this) of an argument of where(), select(), exists()... is one item of
 * `input`'s result (NULL: of the enclosing focus itself); unknown when
 * it is not the items of one path (repeat(), defineVariable()'s value). */
typedef struct fp_focus_path {
	const fp_node *input;
	bool unknown;
	const struct fp_focus_path *up;
} fp_focus_path;

/* Does the profile make node n's result (at most) one item? n was just
 * analysed with focus `focus` inside the lambdas f; the types of the
 * nodes it is made of are in `types`. Only an element name, extension()
 * and where(url = '...') on extensions are judged: each needs an input
 * of at most one item and a path of env->single. False when env has no
 * facts. */
bool fp_single_narrow(const fp_analysis_env *env, const fp_typemap *types, const fp_node *n,
		      fp_tset focus, const fp_focus_path *f);

#endif
