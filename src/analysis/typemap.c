/*
 * analysis/typemap.c - node -> type set, one dense table per tree.
 */
#include "typemap.h"

/* One past the largest id below n. Trees are at most FP_MAX_DEPTH high,
 * so the recursion is bounded. */
static uint32_t rows_of(const fp_node *n)
{
	uint32_t r = n->id == FP_NODE_NOID ? 0 : n->id + 1;
	for (uint32_t i = 0; i < n->nkids; i++) {
		uint32_t k = rows_of(n->kids[i]);
		if (k > r)
			r = k;
	}
	return r;
}

fp_typemap *fp_typemap_new(fp_arena *a, const fp_node *root)
{
	if (!root)
		return NULL;
	uint32_t rows = rows_of(root);
	fp_typemap *m = fp_arena_alloc(a, sizeof *m);
	fp_tset *v = m ? fp_arena_alloc(a, (size_t)rows * sizeof *v) : NULL;
	if (!v)
		return NULL;
	fp_tset any = fp_tset_any();
	for (uint32_t i = 0; i < rows; i++)
		v[i] = any;
	m->v = v;
	m->n = rows;
	return m;
}

void fp_typemap_put(fp_typemap *m, const fp_node *n, fp_tset t)
{
	if (m && n->id < m->n)          /* FP_NODE_NOID is never below n */
		m->v[n->id] = t;
}

fp_tset fp_typemap_get(const fp_typemap *m, const fp_node *n)
{
	return m && n->id < m->n ? m->v[n->id] : fp_tset_any();
}
