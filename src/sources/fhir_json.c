/*
 * sources/fhir_json.c - the expression sites of FHIR resources, read from
 * JSON or XML (see fhir_json.h for where they live and their contexts).
 */
#define _GNU_SOURCE     /* memmem */
#include "fhir_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/read.h"
#include "sources/fhir_xml.h"
#include "sources/questionnaire.h"
#include "sources/symbols.h"
#include "util/alloc.h"
#include "util/buf.h"

typedef struct scan {
	fp_site_map map;
	fp_arena *arena;
	fp_fhir_version version;
	fp_site *v;
	size_t n, cap;
	const fp_site_invariant *invariant;     /* add_site(): it is an invariant */
	const fp_json *bundle;  /* the Bundle whose entry is being read, or NULL */
	const char *container;  /* the resource type of the one the current one is nested in */
	bool oom;
} scan;

static const char *jstr(const fp_json *obj, const char *key)
{
	return fp_json_get_str(obj, key);
}

static const fp_json *jarr(const fp_json *obj, const char *key)
{
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	return v && v->kind == FP_JSON_ARRAY ? v : NULL;
}

/* Item i of the list obj[key], or NULL past its end: the items of an
 * array, or a single object as the one item (FHIR XML cannot tell that a
 * lone <type> repeats, so the XML reader gives it as an object). */
static const fp_json *jnth(const fp_json *obj, const char *key, size_t i)
{
	return fp_json_nth(obj, key, i);
}

static char *fmt(scan *s, const char *f, const char *a, const char *b)
{
	char tmp[512];
	snprintf(tmp, sizeof tmp, f, a ? a : "?", b ? b : "?");
	char *r = fp_arena_strndup(s->arena, tmp, strlen(tmp));
	if (!r)
		s->oom = true;
	return r;
}

/* How a site's context is found: its kind and what it names. */
typedef struct where {
	fp_site_ctx kind;
	const char *context;    /* as reported */
	size_t site;            /* FP_SITE_CTX_SITE */
} where;

static where by_path(const char *path)
{
	return (where){ path ? FP_SITE_CTX_PATH : FP_SITE_CTX_ANY, path, 0 };
}

static where by_resource(const char *name)
{
	return (where){ name ? FP_SITE_CTX_RESOURCE : FP_SITE_CTX_ANY, name, 0 };
}

static const where unknown = { FP_SITE_CTX_ANY, NULL, 0 };

/* Record the JSON string `str` as a site (nothing when it is not a
 * string). Returns its index, or (size_t)-1. */
static size_t add_site(scan *s, const fp_json *str, where w, const char *resource,
		       const char *origin, const char *const *vars, size_t nvars)
{
	if (!str || str->kind != FP_JSON_STRING || s->oom)
		return (size_t)-1;
	if (!fp_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)) {
		s->oom = true;
		return (size_t)-1;
	}
	fp_site *e = &s->v[s->n];
	memset(e, 0, sizeof *e);
	e->str = str;
	e->text = str->u.str.s;
	e->len = str->u.str.len;
	e->map = s->map;
	e->version = s->version;
	e->context = w.context;
	e->ctx_kind = w.kind;
	e->ctx_site = w.site;
	e->resource = resource;
	e->origin = origin;
	e->vars = vars;
	e->nvars = nvars;
	e->invariant = s->invariant;    /* in the arena, shared by the group */
	return s->n++;
}

/* ---- StructureDefinition --------------------------------------------- */

/* The key an element is known by in both the snapshot and the
 * differential: its id, else its path. */
static const char *element_key(const fp_json *el)
{
	const char *id = jstr(el, "id");
	return id ? id : jstr(el, "path");
}

/* The keys of the elements of a StructureDefinition that have
 * constraints, sorted: an element of the snapshot and one of the
 * differential with the same key (the differential often repeats only
 * the new constraints, while a valid instance satisfies those of the
 * snapshot too) are one run of it, and share one group. */
typedef struct keyed {
	const char *key;
	fp_site_invariant *group;       /* on the first of a run, once made */
} keyed;

static int keyed_cmp(const void *a, const void *b)
{
	return strcmp(((const keyed *)a)->key, ((const keyed *)b)->key);
}

static keyed *all_keys(scan *s, const fp_json *sd, size_t *n)
{
	static const char *const lists[] = { "snapshot", "differential" };
	size_t cap = 0;
	*n = 0;
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		cap += els ? els->u.arr.len : 0;
	}
	keyed *v = cap ? fp_arena_alloc(s->arena, cap * sizeof *v) : NULL;
	if (!v) {
		s->oom = s->oom || cap > 0;
		return NULL;
	}
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const char *key = element_key(els->u.arr.items[i]);
			const fp_json *cons = jarr(els->u.arr.items[i], "constraint");
			if (key && cons && cons->u.arr.len)
				v[(*n)++] = (keyed){ key, NULL };
		}
	}
	qsort(v, *n, sizeof *v, keyed_cmp);
	return v;
}

/* The group of the constraints of element `key` (NULL: an element with
 * no key, a group of its own), in the arena: made once per run of the
 * sorted keys. NULL when out of memory. */
static fp_site_invariant *element_group(scan *s, keyed *all, size_t n, const char *key)
{
	size_t lo = 0, hi = n;
	while (key && lo < hi) {        /* the first entry with this key */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(all[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	bool found = key && lo < n && strcmp(all[lo].key, key) == 0;
	if (found && all[lo].group)
		return all[lo].group;
	fp_site_invariant *g = fp_arena_alloc(s->arena, sizeof *g);
	if (!g) {
		s->oom = true;
		return NULL;
	}
	memset(g, 0, sizeof *g);
	if (found)
		all[lo].group = g;
	return g;
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* path without its "[x]" suffixes (value[x] -> value), in the arena. */
static const char *plain_path(scan *s, const char *path)
{
	if (!strstr(path, "[x]"))
		return path;
	size_t n = strlen(path);
	char *out = fp_arena_alloc(s->arena, n + 1);
	if (!out) {
		s->oom = true;
		return NULL;
	}
	size_t o = 0;
	for (size_t i = 0; i < n; i++) {
		if (strncmp(path + i, "[x]", 3) == 0)
			i += 2;
		else
			out[o++] = path[i];
	}
	out[o] = 0;
	return out;
}

/* The element's minimum cardinality, or -1 when not given. */
static long element_min(const fp_json *el)
{
	const fp_json *m = fp_json_get(el, "min");
	const char *t = !m ? NULL : m->kind == FP_JSON_NUMBER ? m->u.num.text
		      : m->kind == FP_JSON_STRING ? m->u.str.s : NULL;   /* XML: a string */
	if (!t || *t < '0' || *t > '9')
		return -1;
	return strtol(t, NULL, 10);
}

/* "path\ttype" when the element allows exactly one type, else NULL. */
static const char *single_type(scan *s, const fp_json *el, const char *path)
{
	const char *code = jnth(el, "type", 1) ? NULL : jstr(jnth(el, "type", 0), "code");
	if (!code || strchr(code, '/'))
		return NULL;    /* none, several, or a System type URL */
	char buf[512];
	int k = snprintf(buf, sizeof buf, "%s\t%s", path, code);
	if (k < 0 || (size_t)k >= sizeof buf)
		return NULL;
	const char *r = fp_arena_strndup(s->arena, buf, (size_t)k);
	if (!r)
		s->oom = true;
	return r;
}

/* What one element adds to a list of element_paths(), or NULL. */
typedef const char *(*element_pick)(scan *s, const fp_json *sd, const fp_json *el, bool types);

/* What pick says of each element of sd's snapshot and differential,
 * sorted and unique, in the arena (NULL: none, or out of memory). */
static const char **element_paths(scan *s, const fp_json *sd, element_pick pick, bool types,
				  size_t *n)
{
	static const char *const lists[] = { "snapshot", "differential" };
	size_t cap = 0;
	*n = 0;
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		cap += els ? els->u.arr.len : 0;
	}
	const char **v = cap ? fp_arena_alloc(s->arena, cap * sizeof *v) : NULL;
	if (!v) {
		s->oom = s->oom || cap > 0;
		return NULL;
	}
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *el = els->u.arr.items[i];
			const char *p = pick(s, sd, el, types);
			if (p)
				v[(*n)++] = p;
		}
	}
	qsort(v, *n, sizeof *v, cmp_cstr);
	size_t k = 0;
	for (size_t i = 0; i < *n; i++) {
		if (k == 0 || strcmp(v[k - 1], v[i]) != 0)
			v[k++] = v[i];
	}
	*n = k;
	return v;
}

/* The paths (without "[x]") of the elements a StructureDefinition makes
 * required (types = false), or gives a single type ("path\ttype", types
 * = true), in its snapshot or differential, sorted and unique. Slices
 * (ids with ':') are left out: what they say holds for their items
 * only. */
static const char *required_or_typed(scan *s, const fp_json *sd, const fp_json *el, bool types)
{
	(void)sd;
	const char *path = jstr(el, "path"), *id = jstr(el, "id");
	if (!path || (id && strchr(id, ':')) || !strchr(path, '.') ||
	    (!types && element_min(el) < 1))
		return NULL;
	const char *p = plain_path(s, path);
	if (p && types)
		p = single_type(s, el, p);
	return p;
}

static const char **profile_paths(scan *s, const fp_json *sd, bool types, size_t *n)
{
	return element_paths(s, sd, required_or_typed, types, n);
}

/* The element's maximum cardinality is 0 or 1 ("max" is a string in
 * JSON and XML alike). */
static bool element_max1(const fp_json *el)
{
	const char *m = jstr(el, "max");
	return m && (strcmp(m, "0") == 0 || strcmp(m, "1") == 0);
}

/* The first canonical of type[0].profile (an array in JSON, a string
 * when XML has one), or NULL. */
static const char *type_profile(const fp_json *el)
{
	const fp_json *p = fp_json_get(jnth(el, "type", 0), "profile");
	if (p && p->kind == FP_JSON_ARRAY)
		p = p->u.arr.len ? p->u.arr.items[0] : NULL;
	return p && p->kind == FP_JSON_STRING ? p->u.str.s : NULL;
}

/* The url of the extensions the slice `id` ("X.extension:name") takes:
 * its type's profile (an extension defined elsewhere), else the fixed
 * value of its url element ("X.extension:name.url", a sub-extension of
 * a complex extension). NULL when neither says. */
static const char *slice_url(const fp_json *sd, const fp_json *el, const char *id)
{
	static const char *const lists[] = { "snapshot", "differential" };
	static const char *const fixed[] = { "fixedUri", "fixedString", "patternUri", "fixedUrl" };
	const char *prof = type_profile(el);
	if (prof)
		return prof;
	size_t n = strlen(id);
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *u = els->u.arr.items[i];
			const char *uid = jstr(u, "id");
			if (!uid || strncmp(uid, id, n) != 0 || strcmp(uid + n, ".url") != 0)
				continue;
			for (size_t f = 0; f < sizeof fixed / sizeof *fixed; f++) {
				const char *v = jstr(u, fixed[f]);
				if (v)
					return v;
			}
		}
	}
	return NULL;
}

/* "path\turl" in the arena (or NULL). */
static const char *path_url(scan *s, const char *path, const char *url)
{
	char buf[1024];
	int k = snprintf(buf, sizeof buf, "%s\t%s", path, url);
	if (k < 0 || (size_t)k >= sizeof buf)
		return NULL;
	const char *r = fp_arena_strndup(s->arena, buf, (size_t)k);
	if (!r)
		s->oom = true;
	return r;
}

/* What the StructureDefinition allows at most once per parent item
 * (fp_site_invariant.single), from its snapshot and differential,
 * sorted and unique: elements outside slices with maximum 0 or 1, and
 * the extension slices (ids "X.extension:name", not inside another
 * slice) with maximum 0 or 1, by the url they take. */
static const char *max_one(scan *s, const fp_json *sd, const fp_json *el, bool types)
{
	(void)types;
	const char *path = jstr(el, "path"), *id = jstr(el, "id");
	if (!path || !strchr(path, '.') || !element_max1(el))
		return NULL;
	const char *colon = id ? strchr(id, ':') : NULL;
	const char *p = NULL;
	if (!colon && !jstr(el, "sliceName")) {
		p = plain_path(s, path);
	} else {
		/* a slice of extensions, itself (nothing after its
		 * name) and not inside another slice */
		size_t pl = strlen(path);
		bool ext = (pl > 10 && strcmp(path + pl - 10, ".extension") == 0) ||
			   (pl > 18 && strcmp(path + pl - 18, ".modifierExtension") == 0);
		bool top = !id || (!strchr(colon + 1, ':') && !strchr(colon + 1, '.'));
		const char *url = !ext || !top ? NULL : id ? slice_url(sd, el, id) : type_profile(el);
		const char *pp = url ? plain_path(s, path) : NULL;
		p = pp ? path_url(s, pp, url) : NULL;
	}
	return p;
}

static const char **single_paths(scan *s, const fp_json *sd, size_t *n)
{
	return element_paths(s, sd, max_one, false, n);
}

/* ---- StructureDefinition: whose constraint is it? --------------------- */

/* Canonicals a and b name the same definition (a "|version" aside). */
static bool same_canonical(const char *a, const char *b)
{
	size_t la = strcspn(a, "|"), lb = strcspn(b, "|");
	return la == lb && memcmp(a, b, la) == 0;
}

/* A constraint of a definition: its element's key ("" when it does not
 * matter), its key, its expression (the JSON string). */
typedef struct con {
	const char *el, *key;
	const fp_json *expr;
} con;

static int con_cmp(const void *a, const void *b)
{
	const con *x = a, *y = b;
	int c = strcmp(x->el, y->el);
	return c ? c : strcmp(x->key, y->key);
}

static bool same_string(const fp_json *a, const fp_json *b)
{
	return a && b && a->kind == FP_JSON_STRING && b->kind == FP_JSON_STRING &&
	       a->u.str.len == b->u.str.len && memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
}

/* The constraints of sd's differential (all: and of its snapshot), by
 * element key (by_element; else "") and key, sorted, in the arena;
 * without those whose `source` is not_from (a base's copies of the
 * derived definition's own: the core's Base has Element's ele-1, and
 * Element has Extension's ext-1). */
static con *constraints_of(scan *s, const fp_json *sd, bool all, bool by_element, const char *not_from,
			   size_t *n)
{
	static const char *const lists[] = { "differential", "snapshot" };
	size_t nl = all ? 2 : 1, cap = 0;
	*n = 0;
	for (size_t l = 0; l < nl; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *cons = jarr(els->u.arr.items[i], "constraint");
			cap += cons ? cons->u.arr.len : 0;
		}
	}
	con *v = cap ? fp_arena_alloc(s->arena, cap * sizeof *v) : NULL;
	if (!v) {
		s->oom = s->oom || cap > 0;
		return NULL;
	}
	for (size_t l = 0; l < nl; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *el = els->u.arr.items[i];
			const fp_json *cons = jarr(el, "constraint");
			const char *ek = by_element ? element_key(el) : "";
			for (size_t k = 0; ek && cons && k < cons->u.arr.len; k++) {
				const fp_json *c = cons->u.arr.items[k];
				const char *key = jstr(c, "key"), *src = jstr(c, "source");
				if (key && !(src && not_from && same_canonical(src, not_from)))
					v[(*n)++] = (con){ ek, key, fp_json_get(c, "expression") };
			}
		}
	}
	qsort(v, *n, sizeof *v, con_cmp);
	return v;
}

/* Has v[0..n) the constraint (el, key) with expression ex? */
static bool has_constraint(const con *v, size_t n, const char *el, const char *key, const fp_json *ex)
{
	con want = { el, key, NULL };
	size_t lo = 0, hi = n;
	while (lo < hi) {       /* the first entry with this element and key */
		size_t mid = lo + (hi - lo) / 2;
		if (con_cmp(&v[mid], &want) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (; lo < n && con_cmp(&v[lo], &want) == 0; lo++) {
		if (same_string(v[lo].expr, ex))
			return true;
	}
	return false;
}

/* The StructureDefinition of canonical url among the resources of the
 * Bundle being read (the core definitions, an IG's bundle), or NULL. */
static const fp_json *bundle_definition(const scan *s, const char *url)
{
	const fp_json *entries = url ? jarr(s->bundle, "entry") : NULL;
	for (size_t i = 0; entries && i < entries->u.arr.len; i++) {
		const fp_json *r = fp_json_get(entries->u.arr.items[i], "resource");
		const char *rt = jstr(r, "resourceType"), *u = jstr(r, "url");
		if (rt && u && strcmp(rt, "StructureDefinition") == 0 && same_canonical(u, url))
			return r;
	}
	return NULL;
}

/* Whose constraints a StructureDefinition's are: its differential's by
 * element, and its base's (when the file has the base) by key. */
typedef struct owners {
	const con *diff;
	size_t ndiff;
	const con *base;
	size_t nbase;
} owners;

/* Is constraint c of element el (in the snapshot or the differential)
 * reported elsewhere (fp_site.quiet)? It belongs to the base when its
 * `source` names another definition, or when it equals (key and
 * expression) a constraint of the base definition; a snapshot's
 * constraint that the differential has on the same element, with the
 * same expression, is reported at the differential. */
static bool constraint_quiet(const fp_json *sd, bool snapshot, const fp_json *el, const fp_json *c,
			     const owners *o)
{
	const char *src = jstr(c, "source"), *url = jstr(sd, "url");
	if (src && !(url && same_canonical(src, url)))
		return true;
	const char *key = jstr(c, "key"), *ek = element_key(el);
	const fp_json *ex = fp_json_get(c, "expression");
	if (!key || !ex || ex->kind != FP_JSON_STRING)
		return false;
	if (has_constraint(o->base, o->nbase, "", key, ex))
		return true;
	return snapshot && ek && has_constraint(o->diff, o->ndiff, ek, key, ex);
}

static void structure_definition(scan *s, const fp_json *sd)
{
	static const char *const lists[] = { "snapshot", "differential" };
	size_t nall = 0, nreq = 0, ntyped = 0, nsingle = 0;
	keyed *all = all_keys(s, sd, &nall);
	const char *const *req = all ? profile_paths(s, sd, false, &nreq) : NULL;
	const char *const *typed = all ? profile_paths(s, sd, true, &ntyped) : NULL;
	const char *const *single = all ? single_paths(s, sd, &nsingle) : NULL;
	owners own = { NULL, 0, NULL, 0 };
	if (all) {
		const fp_json *base = bundle_definition(s, jstr(sd, "baseDefinition"));
		own.diff = constraints_of(s, sd, false, true, NULL, &own.ndiff);
		if (base && base != sd)
			own.base = constraints_of(s, base, true, false, jstr(sd, "url"), &own.nbase);
	}
	for (size_t l = 0; l < 2; l++) {
		const fp_json *part = fp_json_get(sd, lists[l]);
		const fp_json *els = jarr(part, "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *el = els->u.arr.items[i];
			const char *path = jstr(el, "path");
			const fp_json *cons = jarr(el, "constraint");
			if (!cons || !cons->u.arr.len)
				continue;
			/* each constraint must give true or false, and a valid
			 * instance satisfies the element's others too */
			fp_site_invariant *g = element_group(s, all, nall, element_key(el));
			if (!g)
				return;
			g->path = path ? plain_path(s, path) : NULL;
			g->required = req;
			g->nrequired = nreq;
			g->typed = typed;
			g->ntyped = ntyped;
			g->single = single;
			g->nsingle = nsingle;
			for (size_t k = 0; k < cons->u.arr.len; k++) {
				const fp_json *c = cons->u.arr.items[k];
				const fp_json *ex = fp_json_get(c, "expression");
				if (!ex)
					continue;
				char *origin = fmt(s, "constraint %s on %s", jstr(c, "key"), path);
				s->invariant = g;
				size_t at = add_site(s, ex, by_path(path), jstr(sd, "type"), origin, NULL, 0);
				s->invariant = NULL;
				if (at != (size_t)-1)
					s->v[at].quiet = constraint_quiet(sd, l == 0, el, c, &own);
			}
		}
	}
	/* where an extension may be used, when given as FHIRPath */
	const fp_json *ctxs = jarr(sd, "context");
	for (size_t i = 0; ctxs && i < ctxs->u.arr.len; i++) {
		const fp_json *c = ctxs->u.arr.items[i];
		const char *type = jstr(c, "type");
		if (type && strcmp(type, "fhirpath") == 0)
			add_site(s, fp_json_get(c, "expression"), unknown, NULL, "extension context",
				 NULL, 0);
	}
	/* each context invariant alone: a group of its own, with no facts */
	const fp_json *inv = jarr(sd, "contextInvariant");
	for (size_t i = 0; inv && i < inv->u.arr.len && !s->oom; i++) {
		s->invariant = element_group(s, NULL, 0, NULL);
		if (s->invariant)
			add_site(s, inv->u.arr.items[i], unknown, NULL, "context invariant", NULL, 0);
	}
	s->invariant = NULL;
}

/* ---- SearchParameter -------------------------------------------------- */

static void search_parameter(scan *s, const fp_json *sp)
{
	const fp_json *ex = fp_json_get(sp, "expression");
	const fp_json *bases = jarr(sp, "base");
	const char *code = jstr(sp, "code") ? jstr(sp, "code") : jstr(sp, "name");
	if (!ex)
		return;
	if (!bases || bases->u.arr.len == 0) {
		add_site(s, ex, unknown, NULL, fmt(s, "search parameter %s%s", code, ""), NULL, 0);
		return;
	}
	for (size_t i = 0; i < bases->u.arr.len; i++) {
		const fp_json *b = bases->u.arr.items[i];
		if (b->kind != FP_JSON_STRING)
			continue;
		add_site(s, ex, by_resource(b->u.str.s), b->u.str.s,
			 fmt(s, "search parameter %s (base %s)", code, b->u.str.s), NULL, 0);
	}
}

/* ---- Expression objects (SDC and others) ------------------------------ */

typedef struct names {
	const char **v;
	size_t n, cap;
} names;

static void add_name(scan *s, names *ns, const char *name)
{
	if (!name)
		return;
	if (ns->n == ns->cap) {
		size_t cap = ns->cap ? ns->cap * 2 : 8;
		const char **nv = fp_arena_alloc(s->arena, cap * sizeof *nv);
		if (!nv) {
			s->oom = true;
			return;
		}
		if (ns->n)
			memcpy(nv, ns->v, ns->n * sizeof *nv);
		ns->v = nv;
		ns->cap = cap;
	}
	ns->v[ns->n++] = name;
}

/* A variable with a type: "name\ttype" (project/env.c reads the type
 * as a type specifier, "Bundle" or "System.String"). */
static void add_typed_name(scan *s, names *ns, const char *name, const char *type)
{
	if (!name || !*name)
		return;
	char *t = fmt(s, "%s\t%s", name, type);
	if (t)
		add_name(s, ns, t);
}

/* A resource nested in the one being walked (contained[], a Parameters
 * parameter's resource, ...): its sites are its own (resource() visits
 * it as what it is), so walks over its container do not go into it. */
static bool nested_resource(const fp_json *v, int depth)
{
	return depth > 0 && v->kind == FP_JSON_OBJECT && jstr(v, "resourceType");
}

/* The URL of an extension ends with "/StructureDefinition/" + id. */
static bool ext_is(const char *url, const char *id)
{
	size_t n = url ? strlen(url) : 0, k = strlen(id);
	return n > k && strcmp(url + n - k, id) == 0 && url[n - k - 1] == '/';
}

/* SDC's other variables, anywhere in a Questionnaire but in its nested
 * resources: each Bundle sdc-questionnaire-sourceQueries refers to is
 * %its-id (a Bundle: the results of its queries); the name
 * sdc-questionnaire-extractAllocateId allocates is a String (a new
 * uuid); a name sdc-questionnaire-assembleContext says a modular
 * questionnaire is given (type unknown). */
static void sdc_variables(scan *s, const fp_json *v, names *ns, int depth)
{
	if (!v || depth > 64 || s->oom || nested_resource(v, depth))
		return;
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++)
			sdc_variables(s, v->u.arr.items[i], ns, depth + 1);
		return;
	}
	if (v->kind != FP_JSON_OBJECT)
		return;
	const char *url = jstr(v, "url");
	if (ext_is(url, "sdc-questionnaire-sourceQueries")) {
		const char *ref = jstr(fp_json_get(v, "valueReference"), "reference");
		if (ref && ref[0] == '#')
			add_typed_name(s, ns, ref + 1, "Bundle");
	} else if (ext_is(url, "sdc-questionnaire-extractAllocateId")) {
		add_typed_name(s, ns, jstr(v, "valueString"), "System.String");
	} else if (ext_is(url, "sdc-questionnaire-assembleContext")) {
		add_name(s, ns, jstr(v, "valueString"));
	}
	for (size_t i = 0; i < v->u.obj.len; i++)
		sdc_variables(s, v->u.obj.items[i].value, ns, depth + 1);
}

/* Variable names a Questionnaire defines: Expression.name anywhere, and
 * the launch contexts of sdc-questionnaire-launchContext. */
static void collect_names(scan *s, const fp_json *v, names *ns, int depth)
{
	if (!v || depth > 64 || nested_resource(v, depth))
		return;
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++)
			collect_names(s, v->u.arr.items[i], ns, depth + 1);
		return;
	}
	if (v->kind != FP_JSON_OBJECT)
		return;
	const char *lang = jstr(v, "language");
	if (lang && jstr(v, "name"))
		add_name(s, ns, jstr(v, "name"));
	const char *url = jstr(v, "url");
	if (url && strcmp(url, "name") == 0) {
		const fp_json *coding = fp_json_get(v, "valueCoding");
		add_name(s, ns, jstr(coding, "code"));
		add_name(s, ns, jstr(v, "valueId"));
		add_name(s, ns, jstr(v, "valueString"));
	}
	for (size_t i = 0; i < v->u.obj.len; i++)
		collect_names(s, v->u.obj.items[i].value, ns, depth + 1);
}

typedef struct walk_ctx {
	where ctx;              /* the context of expressions found */
	const char *resource;
	const names *vars;
	const char *what;       /* origin prefix */
} walk_ctx;

static void walk_expressions(scan *s, const fp_json *v, const walk_ctx *w, int depth)
{
	if (!v || depth > 64 || s->oom || nested_resource(v, depth))
		return;
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++)
			walk_expressions(s, v->u.arr.items[i], w, depth + 1);
		return;
	}
	if (v->kind != FP_JSON_OBJECT)
		return;
	const char *lang = jstr(v, "language");
	if (lang && strcmp(lang, "text/fhirpath") == 0) {
		const char *name = jstr(v, "name");
		add_site(s, fp_json_get(v, "expression"), w->ctx, w->resource,
			 fmt(s, name ? "%s expression %s" : "%s expression%s", w->what, name ? name : ""),
			 w->vars ? w->vars->v : NULL, w->vars ? w->vars->n : 0);
		return;
	}
	for (size_t i = 0; i < v->u.obj.len; i++) {
		const fp_json_member *m = &v->u.obj.items[i];
		if (m->value->kind == FP_JSON_ARRAY && strcmp(m->key, "item") == 0 && w->vars) {
			/* Questionnaire items: the response's items are the context */
			walk_ctx inner = *w;
			inner.ctx = by_path("QuestionnaireResponse.item");
			walk_expressions(s, m->value, &inner, depth + 1);
			continue;
		}
		walk_expressions(s, m->value, w, depth + 1);
	}
}

static void questionnaire(scan *s, const fp_json *q)
{
	names ns = { 0 };
	collect_names(s, q, &ns, 0);
	sdc_variables(s, q, &ns, 0);
	walk_ctx w;
	w.ctx = by_path("QuestionnaireResponse");
	w.resource = "QuestionnaireResponse";
	w.vars = &ns;
	w.what = "questionnaire";
	size_t from = s->n;
	walk_expressions(s, q, &w, 0);
	/* its items and typed variables (sources/questionnaire.c); an
	 * adaptive form's, contained in its response, grows as it is
	 * answered: its expressions may name items it does not have yet */
	bool adaptive = s->container && strcmp(s->container, "QuestionnaireResponse") == 0;
	if (!s->oom && !fp_questionnaire_attach(q, s->v, from, s->n, adaptive, s->arena))
		s->oom = true;
}

/* ---- ViewDefinition (SQL on FHIR v2) ---------------------------------- */

/* A select's repeat: a list of paths, each applied to the context and
 * then again to what any of them gives, until nothing new appears (XML
 * gives a list of one as the string itself). Its paths are one group
 * of sites (fp_site.repeat_first), which project/ evaluates on that
 * fixed point; returns where what is nested in the select is evaluated:
 * on one item of what the repeat gives. */
static where view_repeat(scan *s, const fp_json *list, where ctx, const char *res,
			 const names *vars)
{
	size_t first = s->n, n = 0;
	size_t len = list->kind == FP_JSON_ARRAY ? list->u.arr.len : 1;
	for (size_t r = 0; r < len; r++) {
		const fp_json *path = list->kind == FP_JSON_ARRAY ? list->u.arr.items[r] : list;
		n += add_site(s, path, ctx, res, "view repeat", vars->v, vars->n) != (size_t)-1;
	}
	if (n == 0 || s->oom)
		return unknown;
	for (size_t k = first; k < s->n; k++) {
		s->v[k].repeat_first = first;
		s->v[k].nrepeat = n;
	}
	return (where){ FP_SITE_CTX_SITE, ctx.context, first };
}

/* The sites of the select list parent[key] (a lone select is an
 * object in XML): ctx is the context of its paths (reported as the
 * view's resource), res the resource type. */
static void view_select(scan *s, const fp_json *parent, const char *key, where ctx, const char *res,
			const names *vars, int depth)
{
	if (depth > 32 || s->oom)
		return;
	for (size_t i = 0; jnth(parent, key, i); i++) {
		const fp_json *item = jnth(parent, key, i);
		where here = ctx;
		static const char *const iters[] = { "forEach", "forEachOrNull", "repeat" };
		for (size_t k = 0; k < 3; k++) {
			const fp_json *fe = fp_json_get(item, iters[k]);
			if (!fe)
				continue;
			if (k == 2) {
				here = view_repeat(s, fe, here, res, vars);
				continue;
			}
			size_t at = add_site(s, fe, here, res, fmt(s, "view %s%s", iters[k], ""),
					     vars->v, vars->n);
			/* what is nested is evaluated on each item it gives */
			if (at != (size_t)-1)
				here = (where){ FP_SITE_CTX_SITE, ctx.context, at };
			else
				here.kind = FP_SITE_CTX_ANY;
		}
		for (size_t c = 0; jnth(item, "column", c); c++) {
			const fp_json *col = jnth(item, "column", c);
			add_site(s, fp_json_get(col, "path"), here, res,
				 fmt(s, "view column %s%s", jstr(col, "name"), ""), vars->v, vars->n);
		}
		view_select(s, item, "select", here, res, vars, depth + 1);
		view_select(s, item, "unionAll", here, res, vars, depth + 1);
	}
}

/* The System type of a view constant, by its value[x]: the value is put
 * in the path as a literal of that type. NULL when it has none we know. */
static const char *constant_type(const fp_json *c)
{
	static const char *const types[][2] = {
		{ "valueBase64Binary", "System.String" }, { "valueBoolean", "System.Boolean" },
		{ "valueCanonical", "System.String" }, { "valueCode", "System.String" },
		{ "valueDate", "System.Date" }, { "valueDateTime", "System.DateTime" },
		{ "valueDecimal", "System.Decimal" }, { "valueId", "System.String" },
		{ "valueInstant", "System.DateTime" }, { "valueInteger", "System.Integer" },
		{ "valueInteger64", "System.Long" }, { "valueOid", "System.String" },
		{ "valuePositiveInt", "System.Integer" }, { "valueString", "System.String" },
		{ "valueTime", "System.Time" }, { "valueUnsignedInt", "System.Integer" },
		{ "valueUri", "System.String" }, { "valueUrl", "System.String" }, { "valueUuid", "System.String" },
	};
	for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
		if (fp_json_get(c, types[i][0]))
			return types[i][1];
	}
	return NULL;
}

static void view_definition(scan *s, const fp_json *vd)
{
	const char *resource = jstr(vd, "resource");
	names vars = { 0 };
	/* the index of the row's item in what its forEach, forEachOrNull
	 * or repeat iterates (0 at the top) */
	add_typed_name(s, &vars, "rowIndex", "System.Integer");
	for (size_t i = 0; jnth(vd, "constant", i); i++) {
		const fp_json *c = jnth(vd, "constant", i);
		const char *type = constant_type(c);
		if (type)
			add_typed_name(s, &vars, jstr(c, "name"), type);
		else
			add_name(s, &vars, jstr(c, "name"));
	}
	view_select(s, vd, "select", by_resource(resource), resource, &vars, 0);
	for (size_t i = 0; jnth(vd, "where", i); i++)
		add_site(s, fp_json_get(jnth(vd, "where", i), "path"), by_resource(resource), resource,
			 "view where", vars.v, vars.n);
}

/* ---- dispatch ---------------------------------------------------------- */

static void resource(scan *s, const fp_json *r, int depth);

/* A ViewDefinition: by name, or by the canonical URL of its logical
 * model, which is how many views are written ("resourceType":
 * "http://hl7.org/fhir/uv/sql-on-fhir/StructureDefinition/ViewDefinition",
 * or the sql-on-fhir.org/ig one). */
static bool is_view(const char *rt)
{
	if (strcmp(rt, "ViewDefinition") == 0)
		return true;
	return (strncmp(rt, "http://", 7) == 0 || strncmp(rt, "https://", 8) == 0) &&
	       ext_is(rt, "StructureDefinition/ViewDefinition");
}

/* The parameters of a Parameters resource (list[key]), and their parts:
 * each resource they carry is checked as what it is. */
static void parameters(scan *s, const fp_json *list, const char *key, int depth)
{
	for (size_t i = 0; !s->oom && depth <= 16 && jnth(list, key, i); i++) {
		const fp_json *p = jnth(list, key, i);
		resource(s, fp_json_get(p, "resource"), depth + 1);
		parameters(s, p, "part", depth + 1);
	}
}

/* The resources nested in r, each with the sites of its own type: its
 * contained resources, a Bundle's entries, a Parameters' parameters. */
static void nested(scan *s, const fp_json *r, const char *rt, int depth)
{
	for (size_t i = 0; jnth(r, "contained", i); i++)
		resource(s, jnth(r, "contained", i), depth + 1);
	if (strcmp(rt, "Bundle") == 0) {
		const fp_json *outer = s->bundle;
		s->bundle = r;  /* a profile's base may be another entry */
		for (size_t i = 0; jnth(r, "entry", i); i++)
			resource(s, fp_json_get(jnth(r, "entry", i), "resource"), depth + 1);
		s->bundle = outer;
	} else if (strcmp(rt, "Parameters") == 0) {
		parameters(s, r, "parameter", depth);
	}
}

static void resource(scan *s, const fp_json *r, int depth)
{
	if (!r || r->kind != FP_JSON_OBJECT || depth > 16 || s->oom)
		return;
	const char *rt = jstr(r, "resourceType");
	if (!rt)
		return;
	fp_fhir_version saved = s->version;
	const char *fv = jstr(r, "fhirVersion");
	if (fv)
		fp_fhir_version_parse(fv, strlen(fv), &s->version);
	if (strcmp(rt, "StructureDefinition") == 0) {
		structure_definition(s, r);
	} else if (strcmp(rt, "SearchParameter") == 0) {
		search_parameter(s, r);
	} else if (strcmp(rt, "Questionnaire") == 0) {
		questionnaire(s, r);
	} else if (is_view(rt)) {
		view_definition(s, r);
	} else if (strcmp(rt, "Bundle") == 0) {
		/* its entries only: below */
	} else {
		/* Expressions elsewhere (PlanDefinition, Library, ...) are
		 * evaluated against a subject we cannot know here, so their
		 * context stays unknown: syntax and functions are checked. */
		walk_ctx w = { unknown, NULL, NULL, "" };
		w.what = rt;
		walk_expressions(s, r, &w, 0);
	}
	const char *container = s->container;
	s->container = rt;
	nested(s, r, rt, depth);
	s->container = container;
	s->version = saved;
}

/* The sites of a parsed resource tree (from JSON or XML) into out. */
static bool scan_tree(const fp_json *root, fp_site_map map, fp_fhir_version dflt, fp_arena *arena,
		      fp_fhir_sites *out)
{
	if (root->kind != FP_JSON_OBJECT || !jstr(root, "resourceType"))
		return true;
	out->is_fhir = true;
	scan s;
	memset(&s, 0, sizeof s);
	s.map = map;
	s.arena = arena;
	s.version = dflt;
	resource(&s, root, 0);
	bool ok = !s.oom;
	if (ok && s.n) {
		out->sites = fp_arena_alloc(arena, s.n * sizeof *out->sites);
		ok = out->sites != NULL;
		if (ok) {
			memcpy(out->sites, s.v, s.n * sizeof *out->sites);
			out->nsites = s.n;
		}
	}
	fp_free(s.v);
	return ok && !arena->failed;
}

/* The definitions of a parsed tree into out (in the arena). */
static bool tree_symbols(const fp_json *root, fp_arena *arena, fp_fhir_sites *out)
{
	return fp_tree_symbols(root, arena, &out->syms, &out->nsyms);
}

bool fp_fhir_json_sites(const char *text, size_t len, fp_fhir_version dflt, fp_arena *arena,
			fp_diags *diags, fp_fhir_sites *out)
{
	memset(out, 0, sizeof *out);
	fp_json *root = NULL;
	fp_json_error err;
	fp_json_dups dups;
	if (!fp_json_parse_dups(text, len, arena, NULL, &root, &err, &dups)) {
		if (strcmp(err.message, "out of memory") == 0)
			return false;
		/* JSONC (tsconfig.json, .vscode/settings.json) and other
		 * non-FHIR JSON: not ours to judge */
		if (!memmem(text, len, "\"resourceType\"", 14))
			return true;
		fp_diags_add(diags, FP_D_INVALID_JSON, err.offset, err.offset < len ? err.offset + 1 : err.offset,
			     "invalid JSON: %s", err.message);
		return !diags->failed;
	}
	if (!tree_symbols(root, arena, out) || !scan_tree(root, FP_SITE_MAP_JSON, dflt, arena, out))
		return false;
	/* duplicate keys in a resource: a server would use the last one */
	return !out->is_fhir || fp_json_dup_diags(text, &dups, FP_D_DUPLICATE_KEY, diags);
}

bool fp_fhir_xml_sites(const char *text, size_t len, fp_fhir_version dflt, fp_arena *arena,
		       fp_diags *diags, fp_fhir_sites *out)
{
	memset(out, 0, sizeof *out);
	fp_json *root = NULL;
	fp_json_error err;
	/* only FHIR XML: the root is in the FHIR namespace (a pom.xml or an
	 * XHTML page is not ours to check) */
	size_t head = len < 4096 ? len : 4096;
	bool fhir_ns = false;
	for (size_t i = 0; i + 20 <= head && !fhir_ns; i++)
		fhir_ns = memcmp(text + i, "http://hl7.org/fhir\"", 20) == 0 ||
			  memcmp(text + i, "http://hl7.org/fhir'", 20) == 0;
	if (!fhir_ns)
		return true;
	if (!fp_fhir_xml_parse(text, len, arena, &root, &err)) {
		if (strcmp(err.message, "out of memory") == 0)
			return false;
		fp_diags_add(diags, FP_D_INVALID_XML, err.offset, err.offset < len ? err.offset + 1 : err.offset,
			     "invalid XML: %s", err.message);
		return !diags->failed;
	}
	if (!tree_symbols(root, arena, out))
		return false;
	return scan_tree(root, FP_SITE_MAP_XML, dflt, arena, out);
}

bool fp_fhir_tree_sites(const fp_json *root, fp_site_map map, fp_fhir_version dflt,
			fp_arena *arena, fp_fhir_sites *out)
{
	memset(out, 0, sizeof *out);
	return tree_symbols(root, arena, out) && scan_tree(root, map, dflt, arena, out);
}
