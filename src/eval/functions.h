/*
 * eval/functions.h - the one FHIRPath function registry.
 *
 * Layer invariant (eval/): evaluates FHIRPath over values; knows the
 * syntax tree and (later) the model, nothing of files, JSON-RPC or the
 * command line. The registry lives here, the lowest layer that needs it;
 * analysis, completion, hover, signature help and `explain` read the same
 * rows (STYLE.md section 7).
 *
 * Each row is declarative: name, arity, flags, input types, parameters,
 * result rule and our own one-paragraph doc. Parameter and type strings
 * use a tiny notation, read on demand by fp_fn_param():
 *   params  "criteria: expr Boolean, [length: Integer]"
 *           kinds: expr (evaluated per input item, with $this/$index),
 *                  type (a type specifier), value (the default: evaluated
 *                  once against the context); [..] marks optional ones.
 *   input   "any" or System types joined by '|' ("String", "Integer|Decimal")
 *   result  a System type ("Boolean"; "String*" when several items), or a rule: "input" (the input's
 *           items), "input1" (one input item), "expr0" (what parameter 0
 *           yields per item), "type0" (the type parameter 0 names),
 *           "union0" (input and parameter 0), "iif" (parameters 1 and 2),
 *           "arg0", "any", "children", "descendants", "resolve",
 *           "extension", "value" (getValue), "typeinfo", "number" (one
 *           input item as its System number: a FHIR decimal gives a
 *           Decimal; a Quantity stays one), "power" (Integer for two
 *           Integers, Long for a Long and an Integer, else Decimal).
 */
#ifndef FP_EVAL_FUNCTIONS_H
#define FP_EVAL_FUNCTIONS_H

#include <stdbool.h>
#include <stddef.h>

enum {
	FN_SINGLE = 1 << 0,     /* input must have at most one item */
	FN_FHIR = 1 << 1,       /* FHIR's addition, not in the FHIRPath spec */
	FN_STU = 1 << 2,        /* FHIRPath 3.0 (STU) addition */
	FN_NOW = 1 << 3,        /* result depends on the clock */
	FN_TERM = 1 << 4,       /* needs a terminology server */
	FN_SYSTEM = 1 << 5,     /* a function with no input focus (today()) */
	/* Emptiness, for the invariant lint (analysis/empty.c). A function
	 * with neither flag is empty exactly when its input is (the spec's
	 * emptyInputResult "empty"; a test checks functions.json). */
	FN_TOTAL = 1 << 6,      /* never empty: a value even for an empty input */
	FN_FILTER = 1 << 7,     /* may be empty although its input is not */
};

typedef struct fp_function {
	const char *name;
	unsigned char min, max;  /* number of arguments */
	unsigned flags;
	const char *input;
	const char *params;
	const char *result;
	const char *doc;
} fp_function;

extern const fp_function fp_functions[];
extern const size_t fp_nfunctions;

/* The row for a function name (binary search), or NULL. */
const fp_function *fp_function_lookup(const char *name, size_t len);

typedef enum fp_param_kind {
	FP_PARAM_VALUE,
	FP_PARAM_EXPR,
	FP_PARAM_TYPE,
} fp_param_kind;

typedef struct fp_param {
	const char *name;        /* points into the row; name_len bytes */
	size_t name_len;
	const char *type;        /* "Boolean", "Integer|Decimal" or "" (any) */
	size_t type_len;
	fp_param_kind kind;
	bool optional;
} fp_param;

/* Parameter i of f; false when f has fewer parameters. */
bool fp_fn_param(const fp_function *f, size_t i, fp_param *out);

/* Write "substring(start: Integer, [length: Integer]) -> String" into out. */
void fp_fn_signature(const fp_function *f, char *out, size_t n);

#endif
