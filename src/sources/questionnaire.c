/*
 * sources/questionnaire.c - a Questionnaire's items and typed variables
 * for its sites (see questionnaire.h).
 */
#include "questionnaire.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/items.h"
#include "util/alloc.h"

/* ---- reading the tree --------------------------------------------------- */

/* true, or "true" (XML gives every primitive as a string). */
static bool jtrue(const fp_json *obj, const char *key)
{
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	return v && (v->kind == FP_JSON_TRUE ||
		     (v->kind == FP_JSON_STRING && strcmp(v->u.str.s, "true") == 0));
}

static bool ends_with(const char *s, const char *tail)
{
	size_t n = s ? strlen(s) : 0, k = strlen(tail);
	return n >= k && strcmp(s + n - k, tail) == 0;
}

/* One Expression found: where it is and what it declares. */
typedef struct found {
	const fp_json *expr;    /* its expression string */
	int32_t item;           /* the item it sits in, -1: the questionnaire */
	const char *name;       /* a named one declares a variable */
	bool population;        /* itemPopulationContext */
} found;

/* A launchContext. */
typedef struct launch {
	const char *name, *type;
} launch;

typedef struct reader {
	fp_arena *arena;
	fp_qitem *items;
	size_t nitems, capitems;
	found *exprs;
	size_t nexprs, capexprs;
	launch *launches;
	size_t nlaunches, caplaunches;
	bool open;
	bool oom;
} reader;

static void *more(reader *r, void *v, size_t *cap, size_t n, size_t size)
{
	if (!fp_grow(v, cap, n, size, 16))
		r->oom = true;
	return r->oom ? NULL : *(void **)v;
}

/* Is t[0..len) one of the '|'-separated names of list[0..n)? */
static bool listed(const char *list, size_t n, const char *t, size_t len)
{
	for (size_t i = 0; i < n;) {
		const char *bar = memchr(list + i, '|', n - i);
		size_t end = bar ? (size_t)(bar - list) : n;
		if (end - i == len && memcmp(list + i, t, len) == 0)
			return true;
		i = end + 1;
	}
	return false;
}

/* The value types of the item's answerOptions ("Coding|string"): the
 * names of their value[x] members, each once. */
static const char *option_types(reader *r, const fp_json *item)
{
	char buf[128];
	size_t n = 0;
	for (size_t i = 0; fp_json_nth(item, "answerOption", i); i++) {
		const fp_json *o = fp_json_nth(item, "answerOption", i);
		for (size_t k = 0; o->kind == FP_JSON_OBJECT && k < o->u.obj.len; k++) {
			const char *key = o->u.obj.items[k].key;
			if (strncmp(key, "value", 5) != 0 || key[5] < 'A' || key[5] > 'Z')
				continue;
			char t[32];
			size_t len = strlen(key + 5);
			if (len >= sizeof t || n + len + 1 > sizeof buf)
				continue;
			memcpy(t, key + 5, len + 1);
			if (strcmp(t, "Coding") != 0 && strcmp(t, "Reference") != 0)
				t[0] = (char)(t[0] - 'A' + 'a');        /* valueString: string */
			if (listed(buf, n, t, len))
				continue;
			if (n)
				buf[n++] = '|';
			memcpy(buf + n, t, len);
			n += len;
		}
	}
	if (!n)
		return NULL;
	const char *s = fp_arena_strndup(r->arena, buf, n);
	if (!s)
		r->oom = true;
	return s;
}

static void walk(reader *r, const fp_json *v, int32_t item, const char *url, int depth);

/* Item `it`, one of the items of item `parent` (-1: of the
 * questionnaire itself), and everything below it. */
static void read_item(reader *r, const fp_json *it, int32_t parent, int depth)
{
	if (it->kind != FP_JSON_OBJECT || !more(r, &r->items, &r->capitems, r->nitems, sizeof *r->items))
		return;
	int32_t at = (int32_t)r->nitems++;
	fp_qitem *q = &r->items[at];
	memset(q, 0, sizeof *q);
	q->link_id = fp_json_get_str(it, "linkId");
	q->type = fp_json_get_str(it, "type");
	q->repeats = jtrue(it, "repeats");
	q->many = q->repeats || (parent >= 0 && r->items[parent].many);
	q->parent = parent;
	const char *ac = fp_json_get_str(it, "answerConstraint");
	q->or_string = (q->type && strcmp(q->type, "open-choice") == 0) ||
		       (ac && strcmp(ac, "optionsOrString") == 0);
	q->option_types = option_types(r, it);
	walk(r, it, at, NULL, depth + 1);
}

/* Everything below v: items (with the item they sit in), Expressions,
 * launchContexts, subQuestionnaires; `url` is the extension v is the
 * value of. Skips contained resources. */
static void walk(reader *r, const fp_json *v, int32_t item, const char *url, int depth)
{
	if (depth > 64)
		r->open = true;         /* items may be missing: no FP1015 */
	if (!v || depth > 64 || r->oom)
		return;
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++)
			walk(r, v->u.arr.items[i], item, url, depth + 1);
		return;
	}
	if (v->kind != FP_JSON_OBJECT)
		return;
	const char *lang = fp_json_get_str(v, "language");
	const fp_json *ex = fp_json_get(v, "expression");
	if (lang && strcmp(lang, "text/fhirpath") == 0 && ex && ex->kind == FP_JSON_STRING) {
		if (more(r, &r->exprs, &r->capexprs, r->nexprs, sizeof *r->exprs))
			r->exprs[r->nexprs++] = (found){ ex, item, fp_json_get_str(v, "name"),
						       ends_with(url, "sdc-questionnaire-itemPopulationContext") };
		return;
	}
	const char *own = fp_json_get_str(v, "url");
	if (ends_with(own, "sdc-questionnaire-subQuestionnaire") ||
	    ends_with(own, "sdc-questionnaire-questionnaireAdaptive"))
		r->open = true;         /* other items will come */
	if (ends_with(own, "sdc-questionnaire-launchContext")) {
		const char *name = NULL, *type = NULL;
		int ntypes = 0;
		for (size_t i = 0; fp_json_nth(v, "extension", i); i++) {
			const fp_json *e = fp_json_nth(v, "extension", i);
			const char *u = fp_json_get_str(e, "url");
			if (u && strcmp(u, "name") == 0) {
				name = fp_json_get_str(fp_json_get(e, "valueCoding"), "code");
				name = name ? name : fp_json_get_str(e, "valueId");
				name = name ? name : fp_json_get_str(e, "valueString");
			} else if (u && strcmp(u, "type") == 0) {
				type = fp_json_get_str(e, "valueCode");
				ntypes++;
			}
		}
		if (name && more(r, &r->launches, &r->caplaunches, r->nlaunches, sizeof *r->launches))
			r->launches[r->nlaunches++] = (launch){ name, ntypes == 1 ? type : NULL };
	}
	for (size_t i = 0; i < v->u.obj.len; i++) {
		const fp_json_member *m = &v->u.obj.items[i];
		if (strcmp(m->key, "contained") == 0)
			continue;       /* other resources */
		if (strcmp(m->key, "item") == 0) {
			for (size_t k = 0; fp_json_nth(v, "item", k); k++)
				read_item(r, fp_json_nth(v, "item", k), item, depth + 1);
			continue;
		}
		walk(r, m->value, item, own, depth + 1);
	}
}

/* ---- per site ----------------------------------------------------------- */

static uint64_t hash_str(uint64_t h, const char *s)
{
	for (const char *p = s ? s : "\xff"; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211u;
	return (h ^ 0x1f) * 1099511628211u;
}

static uint64_t hash_num(uint64_t h, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		h = (h ^ ((v >> (8 * i)) & 0xff)) * 1099511628211u;
	return h;
}

/* Is `scope` the item `item` or one it sits in (-1: the questionnaire)? */
static bool sees(const fp_qitem *items, int32_t item, int32_t scope)
{
	for (int32_t k = item; scope >= 0 && k >= 0; k = items[k].parent) {
		if (k == scope)
			return true;
	}
	return scope < 0;
}

/* How near scope is to item: 0 the item itself, more further up; the
 * questionnaire's own further than any item, a launchContext furthest. */
static int distance(const fp_qitem *items, int32_t item, int32_t scope)
{
	if (scope < 0)
		return INT_MAX - 1;
	int d = 0;
	for (int32_t k = item; k >= 0 && k != scope; k = items[k].parent)
		d++;
	return d;
}

static int by_expr(const void *a, const void *b)
{
	uintptr_t x = (uintptr_t)((const found *)a)->expr, y = (uintptr_t)((const found *)b)->expr;
	return x < y ? -1 : x > y;
}

/* A declaration: a launchContext or a named expression. */
typedef struct decl {
	fp_site_qvar v;
	int32_t scope;          /* the item it is declared on; -1 the
				 * questionnaire; -2 a launchContext */
	size_t order;           /* in the document */
} decl;

static int by_name(const void *a, const void *b)
{
	const decl *x = a, *y = b;
	int c = strcmp(x->v.name, y->v.name);
	return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

/* A name of the sites' list and its slot there. */
typedef struct slot_name {
	const char *name;
	size_t slot;
} slot_name;

static int by_slot_name(const void *a, const void *b)
{
	const slot_name *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : x->slot < y->slot ? -1 : x->slot > y->slot;
}

static uint64_t vars_hash(uint64_t h, const fp_site_qvar *v, size_t n)
{
	for (size_t j = 0; j < n; j++)
		h = hash_num(hash_str(hash_str(h, v[j].name), v[j].type), v[j].site * 2 + v[j].one);
	return h;
}

/* What the sites in item `item` (-1: on the questionnaire itself) see:
 * of each name, the nearest declaration (the first of equally near
 * ones), into a list in arena, sorted by name (ds is); scratch has room
 * for nd. */
static const fp_site_qvar *visible(const decl *ds, size_t nd, const fp_qitem *items, int32_t item,
				   fp_site_qvar *scratch, fp_arena *arena, size_t *n, bool *oom)
{
	size_t k = 0;
	for (size_t lo = 0, hi; lo < nd; lo = hi) {
		const decl *best = NULL;
		int bestd = INT_MAX;
		for (hi = lo; hi < nd && strcmp(ds[hi].v.name, ds[lo].v.name) == 0; hi++) {
			const decl *d = &ds[hi];
			int dd = d->scope == -2 ? INT_MAX : distance(items, item, d->scope);
			if ((d->scope < 0 || sees(items, item, d->scope)) && (!best || dd < bestd)) {
				best = d;
				bestd = dd;
			}
		}
		if (best)
			scratch[k++] = best->v;
	}
	fp_site_qvar *v = k ? fp_arena_alloc(arena, k * sizeof *v) : NULL;
	*n = v ? k : 0;
	if (k && !v)
		*oom = true;
	else if (k)
		memcpy(v, scratch, k * sizeof *v);
	return v;
}

bool fp_questionnaire_attach(const fp_json *q, fp_site *sites, size_t from, size_t to, bool open,
			     fp_arena *arena)
{
	reader r;
	memset(&r, 0, sizeof r);
	r.arena = arena;
	r.open = open;
	walk(&r, q, -1, NULL, 0);
	bool ok = !r.oom;
	fp_qitems *table = ok ? fp_arena_zalloc(arena, sizeof *table) : NULL;
	fp_qitem *items = ok && r.nitems ? fp_arena_alloc(arena, r.nitems * sizeof *items) : NULL;
	ok = table && (items || !r.nitems);
	if (ok) {
		if (r.nitems)
			memcpy(items, r.items, r.nitems * sizeof *items);
		table->v = items;
		table->n = r.nitems;
		table->open = r.open;
	}
	uint64_t th = 14695981039346656037u;
	for (size_t i = 0; ok && i < r.nitems; i++) {
		const fp_qitem *it = &items[i];
		th = hash_str(hash_str(hash_str(th, it->link_id), it->type), it->option_types);
		th = hash_num(th, (uint64_t)it->parent << 8 | it->repeats | it->or_string << 1);
	}
	th = hash_num(th, r.open);
	/* the expressions by node, each with its site (one string may be
	 * several sites only for search parameters: here the first) */
	size_t ne = r.nexprs, nd = 0;
	size_t *site_of = ok && ne ? fp_calloc(ne, sizeof *site_of) : NULL;
	decl *ds = ok && ne + r.nlaunches ? fp_calloc(ne + r.nlaunches, sizeof *ds) : NULL;
	ok = ok && (!ne || site_of) && (!(ne + r.nlaunches) || ds);
	if (ok && ne)
		qsort(r.exprs, ne, sizeof *r.exprs, by_expr);
	for (size_t i = 0; ok && i < ne; i++)
		site_of[i] = (size_t)-1;
	for (size_t k = to; ok && ne && k-- > from;) {
		found key = { sites[k].str, 0, NULL, false };
		const found *f = bsearch(&key, r.exprs, ne, sizeof *r.exprs, by_expr);
		if (f)
			site_of[f - r.exprs] = k;
	}
	/* the declarations, by name */
	for (size_t i = 0; ok && i < r.nlaunches; i++)
		ds[nd++] = (decl){ { r.launches[i].name, r.launches[i].type, (size_t)-1, false, (size_t)-1 },
				   -2, 0 };
	for (size_t i = 0; ok && i < ne; i++) {
		const found *f = &r.exprs[i];
		if (f->name)
			ds[nd++] = (decl){ { f->name, NULL, site_of[i], f->population, (size_t)-1 },
					   f->item, site_of[i] };
	}
	if (ok && nd)
		qsort(ds, nd, sizeof *ds, by_name);
	/* where each declared name sits in the sites' list of names (one
	 * list for the whole questionnaire; it may hold thousands), so that
	 * an environment finds its slot without a search */
	const char *const *names = from < to ? sites[from].vars : NULL;
	size_t nnames = from < to ? sites[from].nvars : 0;
	slot_name *by = ok && nnames && nd ? fp_calloc(nnames, sizeof *by) : NULL;
	if (by) {
		for (size_t i = 0; i < nnames; i++)
			by[i] = (slot_name){ names[i], i };
		qsort(by, nnames, sizeof *by, by_slot_name);
		for (size_t i = 0; i < nd; i++) {
			size_t lo = 0, hi = nnames;     /* the first slot of that name */
			while (lo < hi) {
				size_t mid = lo + (hi - lo) / 2;
				if (strcmp(by[mid].name, ds[i].v.name) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (lo < nnames && strcmp(by[lo].name, ds[i].v.name) == 0)
				ds[i].v.slot = by[lo].slot;
		}
	}
	fp_free(by);
	/* what each item's sites see, made once per item (slot 0: the
	 * questionnaire's own) */
	typedef struct seen { const fp_site_qvar *v; size_t n; uint64_t h; bool made; } seen;
	seen *per = ok ? fp_calloc(r.nitems + 1, sizeof *per) : NULL;
	fp_site_qvar *scratch = ok && nd ? fp_calloc(nd, sizeof *scratch) : NULL;
	ok = ok && per && (scratch || !nd);
	for (size_t i = 0; ok && i < ne; i++) {
		size_t k = site_of[i];
		if (k == (size_t)-1)
			continue;
		int32_t it = r.exprs[i].item;
		seen *sn = &per[it + 1];
		if (!sn->made) {
			sn->v = visible(ds, nd, items, it, scratch, arena, &sn->n, &r.oom);
			sn->h = vars_hash(hash_num(th, (uint64_t)(int64_t)it), sn->v, sn->n);
			sn->made = true;
			ok = !r.oom;
		}
		fp_site_quest *qs = ok ? fp_arena_zalloc(arena, sizeof *qs) : NULL;
		if (!qs) {
			ok = false;
			break;
		}
		qs->items = table;
		qs->item = it >= 0 ? &items[it] : NULL;
		qs->vars = sn->v;
		qs->nvars = sn->n;
		qs->names = sites[k].vars == names ? names : NULL;
		qs->hash = sn->h;
		sites[k].quest = qs;
	}
	fp_free(scratch);
	fp_free(per);
	fp_free(ds);
	fp_free(site_of);
	fp_free(r.items);
	fp_free(r.exprs);
	fp_free(r.launches);
	return ok;
}
