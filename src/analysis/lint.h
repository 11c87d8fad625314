/*
 * analysis/lint.h - type-based lints that need one node, its inferred
 * type set and the model: no walk of their own. analyze.c calls them
 * where it has the types (an operator's operands, a call's arguments).
 *
 * Like every check of the analyser, each reports only when the types
 * involved are all known: a set with `any` never gives a finding.
 */
#ifndef FP_ANALYSIS_LINT_H
#define FP_ANALYSIS_LINT_H

#include <stdbool.h>

#include "analysis/types.h"
#include "model/model.h"
#include "syntax/ast.h"
#include "util/diag.h"

/* The lints of '=', '!=', '~', '!~' and 'in' (node n, operand types l
 * and r): FP2001 a Coding or CodeableConcept compared with a string,
 * FP2008 a literal of a type the other side never equals, FP2003 '=',
 * '!=' or 'in' with a literal right side on a repeating left side. */
void fp_lint_equality(const fp_model *m, const char *text, fp_diags *d, const fp_node *n,
		      fp_tset l, fp_tset r);

/* Where a Boolean is expected, for fp_lint_boolean(). */
typedef enum fp_bool_role {
	FP_BOOL_OPERAND,        /* of and, or, xor, implies */
	FP_BOOL_INPUT,          /* the input of not() */
	FP_BOOL_CRITERIA,       /* a Boolean expression argument: where(), all(), exists(), iif() */
} fp_bool_role;

/* FP2013: `operand` (a node of `text`) of type t stands where a Boolean
 * is expected (`what`: "'or'" for an operand, "not()" for an input,
 * "the criteria of where()" for an argument), but no type of t is
 * a Boolean (System Boolean or FHIR boolean): singleton evaluation reads
 * one such item as true whatever its value, several as an error. Quiet
 * when t is unknown, always empty or may be a Boolean. */
void fp_lint_boolean(const fp_model *m, const char *text, fp_diags *d, const fp_node *operand,
		     fp_tset t, fp_bool_role role, const char *what);

/* The type filters is/as/ofType() (`what`: "'is'", "ofType()", ...) with
 * the type `want` named by node `at` (the name as written: String,
 * System.String, FHIR.string), on an input of known types `in`:
 * FP2014 when no input type can match but one is want's counterpart in
 * the other namespace (FHIR dateTime for DateTime, System String for
 * string): the data is never of the System type a FHIR name suggests,
 * so the message says which name was meant. Else, for a filter
 * (`filter`: as, ofType(), not is), FP2005 when no input type can match
 * at all. At most one finding. */
void fp_lint_type_filter(const fp_model *m, const char *text, fp_diags *d, const fp_node *at,
			 fp_tset in, fp_type want, const char *what, bool filter);

#endif
