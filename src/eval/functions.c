/*
 * eval/functions.c - the registry table and its small readers.
 */
#include "functions.h"

#include <stdio.h>
#include <string.h>

const fp_function fp_functions[] = {
#define FP_FN(name, min, max, flags, input, params, result, doc) \
	{ name, min, max, flags, input, params, result, doc },
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

bool fp_fn_param(const fp_function *f, size_t i, fp_param *out)
{
	const char *p = f->params;
	for (size_t k = 0; *p; k++) {
		const char *end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		if (k == i) {
			memset(out, 0, sizeof *out);
			const char *s = p;
			while (*s == ' ')
				s++;
			if (*s == '[') {
				out->optional = true;
				s++;
			}
			const char *colon = memchr(s, ':', (size_t)(end - s));
			const char *ne = colon ? colon : end;
			out->name = s;
			out->name_len = (size_t)(ne - s);
			const char *t = colon ? colon + 1 : end;
			while (*t == ' ')
				t++;
			if (strncmp(t, "expr", 4) == 0 && (t[4] == ' ' || t + 4 >= end || t[4] == ']')) {
				out->kind = FP_PARAM_EXPR;
				t += 4;
			} else if (strncmp(t, "type", 4) == 0 && (t[4] == ' ' || t + 4 >= end || t[4] == ']')) {
				out->kind = FP_PARAM_TYPE;
				t += 4;
			} else if (strncmp(t, "value", 5) == 0 && (t[5] == ' ' || t + 5 >= end || t[5] == ']')) {
				t += 5;
			}
			while (t < end && *t == ' ')
				t++;
			const char *te = end;
			if (te > t && te[-1] == ']')
				te--;
			out->type = t;
			out->type_len = te > t ? (size_t)(te - t) : 0;
			return true;
		}
		p = *end ? end + 1 : end;
	}
	return false;
}

/* The result is shown only when it is a type: the rules ("input",
 * "expr0") are internal. */
void fp_fn_signature(const fp_function *f, char *out, size_t n)
{
	const char *r = f->result;
	bool type = r[0] >= 'A' && r[0] <= 'Z';
	size_t rl = strlen(r);
	if (type)
		snprintf(out, n, "%s(%s) -> %.*s%s", f->name, f->params,
			 (int)(r[rl - 1] == '*' ? rl - 1 : rl), r, r[rl - 1] == '*' ? " (0..*)" : "");
	else
		snprintf(out, n, "%s(%s)", f->name, f->params);
}
