/*
 * analysis/items.h - a Questionnaire's own items, as the analysis uses
 * them: where(linkId = '...') picks one item, whose answers have the
 * type its `type` gives.
 *
 * The description is format-free (sources/ fills it from JSON or XML):
 * every item of the questionnaire in document order, with its linkId,
 * its type code and whether it (or an item it sits in) repeats. The
 * analysis narrows an item collection of this questionnaire
 * (QuestionnaireResponse.item, Questionnaire.item, what repeat(item)
 * gives) when a where() criterion is `linkId = 'literal'` (either side,
 * or `linkId in ('a' | 'b')`): it reports a linkId no item has (FP1015,
 * with did-you-mean over the linkIds), gives the item's response items
 * at most one value when nothing repeats, its answers at most one when
 * it does not repeat, and `answer.value` (and a questionnaire item's
 * initial.value and answerOption.value) the item's answer type; a use
 * of that value its type cannot have is FP1016.
 *
 * The narrowing rides on a side table of the nodes that stand for one
 * item (or its answers, or their values), kept only for the analysis
 * of one tree: a type set (fp_tset) stays the same size.
 */
#ifndef FP_ANALYSIS_ITEMS_H
#define FP_ANALYSIS_ITEMS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/types.h"
#include "model/model.h"
#include "syntax/ast.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct fp_qitem {
	const char *link_id;
	const char *type;       /* the item's type code as written ("decimal",
				 * "choice", "group"), or NULL */
	/* the types its answers can have beside what `type` says, from its
	 * answerOptions ("Coding|string"), or NULL */
	const char *option_types;
	bool repeats;           /* the item repeats */
	bool many;              /* it or an item it sits in repeats: a
				 * response can have it several times */
	bool or_string;         /* open-choice, answerConstraint optionsOrString */
	int32_t parent;         /* index of the item it sits in, -1 at the top */
} fp_qitem;

typedef struct fp_qitems {
	const fp_qitem *v;      /* document order */
	size_t n;
	/* items may come from elsewhere (a subQuestionnaire is assembled
	 * in): an unknown linkId is not reported */
	bool open;
} fp_qitems;

/* ---- for analyze.c ------------------------------------------------------ */

typedef struct fp_items fp_items;

/* The state of one analysis over the table (NULL when there is none, or
 * when out of memory: then nothing is narrowed). */
fp_items *fp_items_begin(const fp_qitems *table, const fp_qitem *context_item,
			 const fp_model *m, fp_arena *arena, fp_diags *diags);

/* `to` stands for what `from` stands for (parentheses). */
void fp_items_alias(fp_items *q, const fp_node *to, const fp_node *from);

/* %context and %qitem stand for the item the expression sits in. */
void fp_items_external(fp_items *q, const fp_node *n);

/* Before the member m of `lhs . m` is looked up on lt: true when lhs is
 * the answer value of a known item whose type has no element m; then
 * FP1016 is reported and the member is unknown. */
bool fp_items_bad_member(fp_items *q, const fp_node *lhs, const fp_node *m, fp_tset lt);

/* The type of `n = lhs . m` (m a member or a call), rt as the analysis
 * found it, lt lhs's: narrowed when lhs stands for an item collection
 * of the questionnaire, an item, or its answers. err: an ERROR below
 * (nothing is reported then). */
fp_tset fp_items_step(fp_items *q, const fp_node *n, const fp_node *lhs, const fp_node *m,
		      fp_tset lt, fp_tset rt, bool err);

#endif
