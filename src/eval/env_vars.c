/*
 * eval/env_vars.c - the environment variable table and its lookup.
 */
#include "env_vars.h"

#include <string.h>

const fp_env_var fp_env_vars[] = {
#define FP_ENV(name, type, origin, complete, doc) \
	{ name, sizeof name - 1, FP_ENV_##type, origin, complete, doc },
#include "env_vars.def"
#undef FP_ENV
};
const size_t fp_nenv_vars = sizeof fp_env_vars / sizeof fp_env_vars[0];

/* A dozen rows: a scan is as fast as anything cleverer. */
const fp_env_var *fp_env_var_lookup(const char *name, size_t len)
{
	for (size_t i = 0; i < fp_nenv_vars; i++) {
		const fp_env_var *v = &fp_env_vars[i];
		if (fp_env_var_is_family(v) ? len >= v->len && memcmp(name, v->name, v->len) == 0
					    : len == v->len && memcmp(name, v->name, len) == 0)
			return v;
	}
	return NULL;
}
