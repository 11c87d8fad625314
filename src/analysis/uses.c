/*
 * analysis/uses.c - the model elements an analysed expression reads
 * (uses.h).
 */
#include "analysis/uses.h"

#include <string.h>

#include "model/model.h"
#include "util/alloc.h"

typedef struct collect {
	const fp_typemap *types;
	fp_use *v;
	size_t n, cap;
	bool failed;
} collect;

/* Trees are at most FP_MAX_DEPTH high: the recursion is bounded. */
static void walk(collect *c, const fp_node *n)
{
	if (!n || c->failed)
		return;
	if (n->kind == FP_N_IDENT) {
		fp_tset t = fp_typemap_get(c->types, n);
		if (t.elem && t.elem->path) {
			if (!fp_grow(&c->v, &c->cap, c->n, sizeof *c->v, 8)) {
				c->failed = true;
				return;
			}
			c->v[c->n++] = (fp_use){ t.elem->path, n->name_start, n->name_end };
		}
	}
	for (uint32_t i = 0; i < n->nkids; i++)
		walk(c, n->kids[i]);
}

bool fp_element_uses(const fp_node *root, const fp_typemap *types, fp_arena *arena, fp_use **out,
		     size_t *n)
{
	*out = NULL;
	*n = 0;
	if (!root || !types)
		return true;
	collect c = { types, NULL, 0, 0, false };
	walk(&c, root);
	if (!c.failed && c.n) {
		*out = fp_arena_alloc(arena, c.n * sizeof **out);
		if (*out) {
			memcpy(*out, c.v, c.n * sizeof **out);
			*n = c.n;
		}
		c.failed = !*out;
	}
	fp_free(c.v);
	return !c.failed;
}

/* The element seg names on type t (a choice element may be written with
 * its "[x]"), or NULL. */
static const fp_element *element_of(const fp_model *m, fp_type_id t, const char *seg, size_t n)
{
	if (n > 3 && memcmp(seg + n - 3, "[x]", 3) == 0)
		n -= 3;
	return fp_model_element(m, t, seg, n);
}

const char *fp_element_named(const fp_model *m, const char *path, size_t len)
{
	const char *dot = memchr(path, '.', len);
	if (!dot)
		return NULL;
	fp_type_id t = fp_model_type(m, path, (size_t)(dot - path));
	if (!t)
		return NULL;
	const fp_element *e = NULL;
	for (const char *p = dot + 1, *end = path + len; p <= end;) {
		const char *q = memchr(p, '.', (size_t)(end - p));
		size_t n = (size_t)((q ? q : end) - p);
		if (e) {        /* into the element's type: the first that has the name */
			const fp_element *next = NULL;
			for (uint8_t k = 0; !next && k < e->ntypes; k++)
				next = element_of(m, e->types[k], p, n);
			e = next;
		} else {
			e = element_of(m, t, p, n);
		}
		if (!e)
			return NULL;
		if (!q)
			break;
		p = q + 1;
	}
	return e ? e->path : NULL;
}
