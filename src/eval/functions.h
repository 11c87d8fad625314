/*
 * eval/functions.h - the one FHIRPath function registry.
 *
 * Layer invariant (eval/): evaluates FHIRPath over values; knows the
 * syntax tree and the model (System types: model/systype.h), nothing of
 * files, JSON-RPC or the command line. The registry lives here, the lowest
 * layer that needs it; analysis, completion, hover, signature help and
 * `explain` read the same rows (STYLE.md section 7), and no caller keys a
 * function's behaviour by comparing its name: what a function does that
 * others do not is a flag, a rule or a parameter kind of its row. (The
 * one exception is below the registry: the parser knows sort()'s key
 * syntax, `sort(x desc)`, by name.)
 *
 * Each row is declarative data, parsed at compile time:
 *   name, min, max   the arity (max 255: any number of arguments)
 *   flags            FN_* below
 *   input            "any" or the System types it applies to, joined by
 *                    '|' ("String", "Integer|Decimal"), as messages show it
 *   result           the result-type rule (fp_fn_rule): R(INPUT), R(EXPR0),
 *                    ... or a fixed System type, SYS(BOOLEAN) (0..1) or
 *                    SYS_MANY(STRING) (0..*)
 *   says             what a Boolean result says of the input (fp_fn_says),
 *                    for the invariant lint's facts: NONE, EXISTS, ...
 *   params           P(...) of up to FP_FN_MAXPARAMS parameters, or NOPARAMS:
 *                    V(name, type)  a value, evaluated once against the
 *                                   context; type "" is any
 *                    X(name, type)  an expression, evaluated per input item
 *                                   with $this (a lambda; see FN_SCOPED)
 *                    T(name)        a type specifier (ofType(Quantity))
 *                    V_, X_, T_     the same, optional
 *                    VS(name, type) a value whose signature spells out the
 *                                   word: "precision: value String"
 *   impl             the evaluator's implementation (NULL until it exists)
 *   doc              our own one-paragraph description
 */
#ifndef FP_EVAL_FUNCTIONS_H
#define FP_EVAL_FUNCTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "model/systype.h"

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
	/* Behaviour. */
	FN_SCOPED = 1 << 8,     /* its X() arguments run once per input item, with
				 * $this bound to it (where, select, all, ...) */
	FN_LAZY = 1 << 9,       /* evaluates an argument only when the result
				 * needs it (iif's branches, coalesce) */
	FN_DEFINES_VAR = 1 << 10, /* binds %name for the rest of the chain:
				 * defineVariable; its value runs once, over the
				 * whole input */
	FN_ACCUMULATES = 1 << 11, /* binds $total in its expression (aggregate) */
	FN_KEEPS = 1 << 12,     /* its items are some of its input's items
				 * (where, first, ofType, ...) */
	FN_PER_ITEM = 1 << 13,  /* works item by item: the result for a part of
				 * the input is part of the result (resolve) */
	FN_POSITIONAL = 1 << 14, /* takes items by position (first, skip, ...):
				 * an error on an unordered input */
	FN_UNORDERED = 1 << 15, /* its result has no defined order (children) */
	FN_SORTS = 1 << 16,     /* orders its result by key expressions (sort) */
	FN_FROM_ARGS = 1 << 17, /* its result may come from its arguments rather
				 * than its input (union, iif, coalesce, ...) */
	FN_REPEATS = 1 << 18,   /* applies its projection to its own results
				 * again until nothing new appears (repeat) */
	FN_OPERATOR = 1 << 19,  /* the function form of the operator of the same
				 * name (is, as) */
};

/* ORDER FNRULE: the result-type rules (analysis/analyze.c applies them;
 * a rule that needs code has its hook there). */
typedef enum fp_fn_rule {
	FP_R_SYSTEM,            /* the row's fixed System type */
	FP_R_INPUT,             /* the input's items */
	FP_R_ONE,               /* one of the input's items */
	FP_R_EXPR0,             /* what parameter 0 yields, over all items */
	FP_R_TYPE0,             /* the type parameter 0 names */
	FP_R_UNION0,            /* the input's items and parameter 0's */
	FP_R_IIF,               /* parameter 1 or parameter 2 */
	FP_R_ANY,               /* not known statically */
	FP_R_CHILDREN,          /* the child elements of the input items */
	FP_R_DESCENDANTS,       /* the elements below the input items */
	FP_R_RESOLVE,           /* the resources references point at (hook) */
	FP_R_EXTENSION,         /* Extension, typed by a workspace definition (hook) */
	FP_R_VALUE,             /* the System value of a primitive (getValue) */
	FP_R_TYPEINFO,          /* a TypeInfo per input item */
	FP_R_NUMBER,            /* one input item as its System number (hook) */
	FP_R_POWER,             /* the arithmetic of input and parameter 0 (hook) */
	FP_R_COUNT_
} fp_fn_rule;

/* What a Boolean result says about the input: the facts the invariant
 * lint takes from x.f() being true or false. */
typedef enum fp_fn_says {
	FP_SAYS_NONE,
	FP_SAYS_NEGATES,        /* not(): the opposite of its input */
	FP_SAYS_EXISTS,         /* exists(): true, the input has items; false
				 * without criteria, it is empty */
	FP_SAYS_EMPTY,          /* empty(): true, the input is empty; false, not */
	FP_SAYS_PRESENT,        /* hasValue(): true, the input has an item */
	FP_SAYS_TYPE,           /* is(T): true, the input is one item of type T */
	FP_SAYS_COUNT,          /* count(): not Boolean, but compared with a
				 * number it says how many items there are */
	FP_SAYS_COUNT_
} fp_fn_says;

typedef enum fp_param_kind {
	FP_PARAM_VALUE,
	FP_PARAM_EXPR,
	FP_PARAM_TYPE,
	FP_PARAM_COUNT_
} fp_param_kind;

typedef struct fp_param {
	const char *name;       /* NULL ends a row's list */
	size_t name_len;
	const char *type;       /* "Boolean", "Integer|Decimal" or "" (any) */
	size_t type_len;
	fp_param_kind kind;
	bool optional;
	bool spelled;           /* the signature writes "value" before the type */
} fp_param;

enum { FP_FN_MAXPARAMS = 3 };

/* The evaluator's call of one function (its arguments, focus and
 * result), defined by the evaluator to come. */
struct fp_fn_call;
typedef int (*fp_fn_impl)(struct fp_fn_call *call);

typedef struct fp_function {
	const char *name;
	unsigned char min, max;  /* number of arguments */
	unsigned flags;
	const char *input;
	fp_fn_rule rule;
	fp_systype sys;          /* FP_R_SYSTEM: the type */
	bool many;               /* FP_R_SYSTEM: 0..* rather than 0..1 */
	fp_fn_says says;
	fp_param params[FP_FN_MAXPARAMS];
	fp_fn_impl impl;         /* NULL until the evaluator implements it */
	const char *doc;
} fp_function;

extern const fp_function fp_functions[];
extern const size_t fp_nfunctions;

/* The row for a function name (binary search), or NULL. */
const fp_function *fp_function_lookup(const char *name, size_t len);

/* True when `name` is a registry function with every one of `flags`
 * (FN_DEFINES_VAR, ...): what callers ask instead of comparing names. */
bool fp_function_has(const char *name, size_t len, unsigned flags);

/* Parameter i of f, copied into out; false when f has fewer parameters. */
bool fp_fn_param(const fp_function *f, size_t i, fp_param *out);

/* Write "substring(start: Integer, [length: Integer]) -> String" into out. */
void fp_fn_signature(const fp_function *f, char *out, size_t n);

/* The name of a result rule ("input", "expr0", ...) for messages and
 * tests; "?" for a value out of range. */
const char *fp_fn_rule_name(fp_fn_rule r);

#endif
