/*
 * analysis/types.c - type sets.
 */
#include "types.h"

#include <string.h>

static const fp_type sys_singletons[FP_SYS_COUNT_] = {
	0,
	FP_TYPE_SYS(FP_SYS_BOOLEAN), FP_TYPE_SYS(FP_SYS_STRING), FP_TYPE_SYS(FP_SYS_INTEGER),
	FP_TYPE_SYS(FP_SYS_LONG), FP_TYPE_SYS(FP_SYS_DECIMAL), FP_TYPE_SYS(FP_SYS_DATE),
	FP_TYPE_SYS(FP_SYS_DATETIME), FP_TYPE_SYS(FP_SYS_TIME), FP_TYPE_SYS(FP_SYS_QUANTITY),
	FP_TYPE_SYS(FP_SYS_TYPEINFO),
};

fp_tset fp_tset_any(void)
{
	fp_tset x = { NULL, 0, true, 0, FP_CARD_MANY, false, NULL, NULL };
	return x;
}

fp_tset fp_tset_empty(void)
{
	fp_tset x = { NULL, 0, false, 0, FP_CARD_0, false, NULL, NULL };
	return x;
}

fp_tset fp_tset_sys(fp_systype s)
{
	fp_tset x = { &sys_singletons[s], 1, false, 0, FP_CARD_1, false, NULL, NULL };
	return x;
}

fp_tset fp_tset_one(fp_arena *a, fp_type t, uint8_t min, uint8_t max)
{
	if (FP_TYPE_IS_SYS(t) && FP_TYPE_SYSID(t) < FP_SYS_COUNT_) {
		fp_tset x = { &sys_singletons[FP_TYPE_SYSID(t)], 1, false, min, max, false, NULL, NULL };
		return x;
	}
	fp_type *v = fp_arena_alloc(a, sizeof *v);
	if (!v)
		return fp_tset_any();
	*v = t;
	fp_tset x = { v, 1, false, min, max, false, NULL, NULL };
	return x;
}

bool fp_tset_has(fp_tset x, fp_type t)
{
	size_t lo = 0, hi = x.n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (x.v[mid] == t)
			return true;
		if (x.v[mid] < t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

fp_tset fp_tset_union(fp_arena *a, fp_tset x, fp_tset y)
{
	fp_tset r;
	memset(&r, 0, sizeof r);
	r.unordered = x.unordered || y.unordered;
	r.any = x.any || y.any;
	r.elem = x.elem == y.elem ? x.elem : x.n == 0 && !x.any ? y.elem : y.n == 0 && !y.any ? x.elem : NULL;
	r.min = x.min > y.min ? x.min : y.min;
	if (x.max == FP_CARD_0)
		r.max = y.max;
	else if (y.max == FP_CARD_0)
		r.max = x.max;
	else
		r.max = FP_CARD_MANY;
	if (x.n == 0 || y.n == 0) {
		const fp_tset *s = x.n ? &x : &y;
		r.v = s->v;
		r.n = s->n;
		return r;
	}
	fp_type *v = fp_arena_alloc(a, (x.n + y.n) * sizeof *v);
	if (!v)
		return fp_tset_any();
	uint32_t i = 0, j = 0, k = 0;
	while (i < x.n || j < y.n) {
		if (j >= y.n || (i < x.n && x.v[i] < y.v[j]))
			v[k++] = x.v[i++];
		else if (i >= x.n || y.v[j] < x.v[i])
			v[k++] = y.v[j++];
		else {
			v[k++] = x.v[i++];
			j++;
		}
	}
	r.v = v;
	r.n = k;
	return r;
}

fp_tset fp_tset_card(fp_tset x, uint8_t min, uint8_t max)
{
	x.min = min;
	x.max = max;
	return x;
}

fp_systype fp_tset_system(const fp_model *m, fp_tset x)
{
	if (x.any || x.n == 0)
		return FP_SYS_NONE;
	fp_systype s = fp_type_as_system(m, x.v[0]);
	for (uint32_t i = 1; i < x.n; i++) {
		if (fp_type_as_system(m, x.v[i]) != s)
			return FP_SYS_NONE;
	}
	return s;
}

bool fp_systype_is_number(fp_systype s)
{
	return s == FP_SYS_INTEGER || s == FP_SYS_LONG || s == FP_SYS_DECIMAL;
}

void fp_tset_format(const fp_model *m, fp_tset x, bool card, fp_buf *out)
{
	if (x.any) {
		fp_buf_adds(out, "any");
	} else if (x.n == 0) {
		fp_buf_adds(out, "empty");
	} else {
		for (uint32_t i = 0; i < x.n && i < 8; i++) {
			if (i)
				fp_buf_adds(out, " | ");
			fp_buf_adds(out, fp_type_name(m, x.v[i]));
		}
		if (x.n > 8)
			fp_buf_printf(out, " | ... (%u types)", x.n);
	}
	if (card && x.max != FP_CARD_0)
		fp_buf_printf(out, " (%d..%s)", x.min, x.max == FP_CARD_MANY ? "*" : "1");
}
