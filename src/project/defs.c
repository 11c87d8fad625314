/*
 * project/defs.c - the workspace's definitions as the analysis sees them
 * (see defs.h).
 */
#include "project/defs.h"

#include <stdlib.h>
#include <string.h>

#include "analysis/analyze.h"
#include "util/buf.h"

const char *fp_def_entry(fp_arena *arena, const fp_symbol *y, bool *ok)
{
	char k = y->kind == FP_SYM_EXTENSION ? FP_DEF_EXTENSION
	       : y->kind == FP_SYM_PROFILE || y->kind == FP_SYM_STRUCTURE ? FP_DEF_PROFILE
	       : y->kind == FP_SYM_VALUESET ? FP_DEF_VALUESET : 0;
	if (!k || !y->url)
		return NULL;
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_addc(&b, k);
	fp_buf_adds(&b, y->url);
	if (k == FP_DEF_EXTENSION && y->detail) {
		fp_buf_addc(&b, '\t');
		fp_buf_adds(&b, y->detail);
	}
	const char *r = b.failed ? NULL : fp_arena_strndup(arena, b.data, b.len);
	fp_buf_release(&b);
	if (!r)
		*ok = false;
	return r;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void fp_defs_sort_unique(const char **v, size_t *n)
{
	if (*n < 2)
		return;
	qsort(v, *n, sizeof *v, cmp_str);
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (k == 0 || strcmp(v[k - 1], v[i]) != 0)
			v[k++] = v[i];
	}
	*n = k;
}
