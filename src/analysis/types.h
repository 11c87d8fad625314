/*
 * analysis/types.h - FHIRPath static types: a set of possible types plus a
 * cardinality, for every node of a tree.
 *
 * Layer invariant (analysis/): types, diagnostics and editor data
 * (completion, hover) from a syntax tree, the model and the function
 * registry. No files, no JSON-RPC, no printing.
 *
 * A type is a System type (FP_SYS_*) or a FHIR type of one model
 * (fp_type_id); both, and the names of System types, are model/systype.h's.
 * A set with `any` set stands for "not known": checks that
 * would need to know are skipped, which is how one unknown never turns
 * into a cascade of errors and why an expression without a context is
 * checked for syntax and functions only.
 */
#ifndef FP_ANALYSIS_TYPES_H
#define FP_ANALYSIS_TYPES_H

#include <stdbool.h>
#include <stdint.h>

#include "model/model.h"
#include "model/systype.h"
#include "util/arena.h"
#include "util/buf.h"

enum { FP_CARD_0 = 0, FP_CARD_1 = 1, FP_CARD_MANY = 2 };

typedef struct fp_tset {
	const fp_type *v;       /* sorted, unique; in an arena or static */
	uint32_t n;
	bool any;               /* unknown: anything is possible */
	uint8_t min;            /* 0 or 1 */
	uint8_t max;            /* FP_CARD_0, FP_CARD_1 or FP_CARD_MANY */
	/* no defined order (children(), descendants()): functions that take
	 * items by position (first(), skip(), [n]) are an error on it. (Here,
	 * beside the small fields, a set is 32 bytes: one per node in every
	 * analysis' fp_typemap.) */
	bool unordered;
	/* The model element all the values came from (Observation.subject),
	 * when one element yields them all; NULL otherwise and for computed
	 * values. It rides along through the functions that keep their
	 * input's items (where(), first(), ...) and through cardinality
	 * changes, so that resolve() can read the element's reference
	 * targets (Patient | Group | Device | Location). A field here rather
	 * than a side table keyed by node: the element travels with the type
	 * through $this, variables and parentheses for free, and every
	 * constructor leaves it NULL, so new values never inherit a stale one. */
	const fp_element *elem;
	/* Extension values from extension('url') of a workspace definition:
	 * its value[x] types ("CodeableConcept|Quantity"), else NULL */
	const char *ext_types;
} fp_tset;

/* Constructors. */
fp_tset fp_tset_any(void);                      /* unknown, 0..* */
fp_tset fp_tset_empty(void);                    /* always empty: {} */
fp_tset fp_tset_one(fp_arena *a, fp_type t, uint8_t min, uint8_t max);
fp_tset fp_tset_sys(fp_systype s);              /* a System singleton, 0..1 */
/* Union of the types; cardinality of `a | b` (max many unless one side is
 * always empty). Keeps elem only when both sides agree (or one is empty). */
fp_tset fp_tset_union(fp_arena *a, fp_tset x, fp_tset y);
/* Same types, other cardinality. */
fp_tset fp_tset_card(fp_tset x, uint8_t min, uint8_t max);
bool fp_tset_has(fp_tset x, fp_type t);

/* The one System type every member of x behaves as (FHIR string and
 * code: String), or FP_SYS_NONE when they differ, some have none, or x
 * is not fully known. */
fp_systype fp_tset_system(const fp_model *m, fp_tset x);
/* Integer, Long or Decimal. */
bool fp_systype_is_number(fp_systype s);

/* "HumanName", "string | Quantity", "Patient (0..1)" for hovers and
 * messages. With card, appends the cardinality. */
void fp_tset_format(const fp_model *m, fp_tset x, bool card, fp_buf *out);

#endif
