/*
 * eval/env_vars.h - the one table of environment variables (%resource,
 * %context, %ucum, SDC's %questionnaire, ...), from env_vars.def.
 *
 * Part of eval/ (see functions.h for the layer's invariant): the
 * evaluator binds these names, and the analyser and the editor features
 * above it read the same rows. Variables a host declares for one
 * expression (SQL on FHIR's constants, '// @var', defineVariable()) are
 * not here: they come with the expression's environment.
 */
#ifndef FP_EVAL_ENV_VARS_H
#define FP_EVAL_ENV_VARS_H

#include <stdbool.h>
#include <stddef.h>

/* What a variable's type is. */
typedef enum fp_env_type {
	FP_ENV_CONTEXT,         /* the expression's context ($this at the top) */
	FP_ENV_RESOURCE,        /* the environment's resource type */
	FP_ENV_ROOT_RESOURCE,   /* that resource, or the one that contains it */
	FP_ENV_STRING,          /* a String (a URL) */
	FP_ENV_ANY,             /* not known statically */
} fp_env_type;

typedef struct fp_env_var {
	const char *name;       /* without '%'; a family ends in '-' */
	size_t len;
	fp_env_type type;
	const char *origin;     /* "FHIRPath", "FHIR", "SDC" */
	bool complete;          /* offered by completion after '%' */
	const char *doc;
} fp_env_var;

extern const fp_env_var fp_env_vars[];
extern const size_t fp_nenv_vars;

/* True when the row is a family of names (vs-, ext-, cs-). */
static inline bool fp_env_var_is_family(const fp_env_var *v)
{
	return v->len > 0 && v->name[v->len - 1] == '-';
}

/* The row for a variable name (without '%'): an exact name, or a family
 * whose prefix it starts with; NULL when none. */
const fp_env_var *fp_env_var_lookup(const char *name, size_t len);

#endif
