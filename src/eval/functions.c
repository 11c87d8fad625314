/*
 * eval/functions.c - the registry table and its small readers.
 */
#include "functions.h"

#include <stdio.h>
#include <string.h>

/* The notation of functions.def (see functions.h), expanded into rows. */
#define PARAM_(kind, name, type, opt, spelled) \
	{ name, sizeof name - 1, type, sizeof type - 1, FP_PARAM_##kind, opt, spelled }
#define V(name, type) PARAM_(VALUE, name, type, false, false)
#define X(name, type) PARAM_(EXPR, name, type, false, false)
#define T(name) PARAM_(TYPE, name, "", false, false)
#define V_(name, type) PARAM_(VALUE, name, type, true, false)
#define X_(name, type) PARAM_(EXPR, name, type, true, false)
#define T_(name) PARAM_(TYPE, name, "", true, false)
#define VS(name, type) PARAM_(VALUE, name, type, false, true)
#define P(...) { __VA_ARGS__ }
#define NOPARAMS { { NULL, 0, NULL, 0, FP_PARAM_VALUE, false, false } }
#define R(rule) FP_R_##rule, FP_SYS_NONE, false
#define SYS(t) FP_R_SYSTEM, FP_SYS_##t, false
#define SYS_MANY(t) FP_R_SYSTEM, FP_SYS_##t, true

const fp_function fp_functions[] = {
#define FP_FN(name, min, max, flags, input, result, says, params, impl, doc) \
	{ name, min, max, flags, input, result, FP_SAYS_##says, params, impl, doc },
#include "functions.def"
#undef FP_FN
};
const size_t fp_nfunctions = sizeof fp_functions / sizeof fp_functions[0];

const fp_function *fp_function_lookup(const char *name, size_t len)
{
	size_t lo = 0, hi = fp_nfunctions;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const char *n = fp_functions[mid].name;
		/* compare as byte strings of their own lengths: name may hold
		 * a NUL (a delimited identifier can), which strncmp would take
		 * for its end */
		size_t nl = strlen(n);
		int c = memcmp(n, name, nl < len ? nl : len);
		if (c == 0)
			c = nl < len ? -1 : nl > len ? 1 : 0;
		if (c == 0)
			return &fp_functions[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool fp_function_has(const char *name, size_t len, unsigned flags)
{
	const fp_function *f = name ? fp_function_lookup(name, len) : NULL;
	return f && (f->flags & flags) == flags;
}

bool fp_fn_param(const fp_function *f, size_t i, fp_param *out)
{
	if (i >= FP_FN_MAXPARAMS || !f->params[i].name)
		return false;
	*out = f->params[i];
	return true;
}

/* One parameter as the signature shows it: "criteria: expr Boolean",
 * "[length: Integer]", "other: value", "type: type". */
static size_t param_text(const fp_param *p, char *out, size_t n)
{
	const char *kind = p->kind == FP_PARAM_EXPR ? "expr" : p->kind == FP_PARAM_TYPE ? "type"
			   : p->spelled || !p->type[0] ? "value" : "";
	int k = snprintf(out, n, "%s%s: %s%s%s%s", p->optional ? "[" : "", p->name, kind,
			 kind[0] && p->type[0] ? " " : "", p->type, p->optional ? "]" : "");
	return k < 0 ? 0 : (size_t)k;
}

/* The result is shown only when it is a System type: the rules ("input",
 * "expr0") are internal. */
void fp_fn_signature(const fp_function *f, char *out, size_t n)
{
	char params[240] = "";
	size_t o = 0;
	fp_param p;
	for (size_t i = 0; fp_fn_param(f, i, &p) && o < sizeof params; i++) {
		if (i)
			o += (size_t)snprintf(params + o, sizeof params - o, ", ");
		if (o < sizeof params)
			o += param_text(&p, params + o, sizeof params - o);
	}
	if (f->rule == FP_R_SYSTEM)
		snprintf(out, n, "%s(%s) -> %s%s", f->name, params, fp_systype_name(f->sys),
			 f->many ? " (0..*)" : "");
	else
		snprintf(out, n, "%s(%s)", f->name, params);
}

/* ORDER FNRULE */
static const char *const rule_names[FP_R_COUNT_] = {
	"system", "input", "input1", "expr0", "type0", "union0", "iif", "any",
	"children", "descendants", "resolve", "extension", "value", "typeinfo",
	"number", "power",
};

const char *fp_fn_rule_name(fp_fn_rule r)
{
	return (unsigned)r < FP_R_COUNT_ ? rule_names[r] : "?";
}
