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
	bool oom;
} scan;

static const char *jstr(const fp_json *obj, const char *key)
{
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	return v && v->kind == FP_JSON_STRING ? v->u.str.s : NULL;
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
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	if (v && v->kind == FP_JSON_ARRAY)
		return i < v->u.arr.len ? v->u.arr.items[i] : NULL;
	if (v && v->kind == FP_JSON_OBJECT)
		return i == 0 ? v : NULL;
	return NULL;
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

/* The paths (without "[x]") of the elements a StructureDefinition makes
 * required (types = false), or gives a single type ("path\ttype", types
 * = true), in its snapshot or differential, sorted and unique. Slices
 * (ids with ':') are left out: what they say holds for their items
 * only. */
static const char **profile_paths(scan *s, const fp_json *sd, bool types, size_t *n)
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
			const char *path = jstr(el, "path"), *id = jstr(el, "id");
			if (!path || (id && strchr(id, ':')) || !strchr(path, '.') ||
			    (!types && element_min(el) < 1))
				continue;
			const char *p = plain_path(s, path);
			if (p && types)
				p = single_type(s, el, p);
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

static void structure_definition(scan *s, const fp_json *sd)
{
	static const char *const lists[] = { "snapshot", "differential" };
	size_t nall = 0, nreq = 0, ntyped = 0;
	keyed *all = all_keys(s, sd, &nall);
	const char *const *req = all ? profile_paths(s, sd, false, &nreq) : NULL;
	const char *const *typed = all ? profile_paths(s, sd, true, &ntyped) : NULL;
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
			for (size_t k = 0; k < cons->u.arr.len; k++) {
				const fp_json *c = cons->u.arr.items[k];
				const fp_json *ex = fp_json_get(c, "expression");
				if (!ex)
					continue;
				char *origin = fmt(s, "constraint %s on %s", jstr(c, "key"), path);
				s->invariant = g;
				add_site(s, ex, by_path(path), jstr(sd, "type"), origin, NULL, 0);
				s->invariant = NULL;
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

/* Variable names a Questionnaire defines: Expression.name anywhere, and
 * the launch contexts of sdc-questionnaire-launchContext. */
static void collect_names(scan *s, const fp_json *v, names *ns, int depth)
{
	if (!v || depth > 64)
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
	if (!v || depth > 64 || s->oom)
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
	walk_ctx w;
	w.ctx = by_path("QuestionnaireResponse");
	w.resource = "QuestionnaireResponse";
	w.vars = &ns;
	w.what = "questionnaire";
	walk_expressions(s, q, &w, 0);
}

/* ---- ViewDefinition (SQL on FHIR v2) ---------------------------------- */

/* The sites of a select list: ctx is the context of its paths (reported
 * as the view's resource), res the resource type. */
static void view_select(scan *s, const fp_json *sel, where ctx, const char *res,
			const names *vars, int depth)
{
	if (!sel || depth > 32 || s->oom)
		return;
	for (size_t i = 0; sel->kind == FP_JSON_ARRAY && i < sel->u.arr.len; i++) {
		const fp_json *item = sel->u.arr.items[i];
		where here = ctx;
		static const char *const iters[] = { "forEach", "forEachOrNull", "repeat" };
		for (size_t k = 0; k < 3; k++) {
			const fp_json *fe = fp_json_get(item, iters[k]);
			if (!fe)
				continue;
			if (fe->kind == FP_JSON_ARRAY) {   /* repeat: a list of paths */
				for (size_t r = 0; r < fe->u.arr.len; r++)
					add_site(s, fe->u.arr.items[r], here, res, "view repeat",
						 vars->v, vars->n);
				here.kind = FP_SITE_CTX_ANY;
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
		const fp_json *cols = jarr(item, "column");
		for (size_t c = 0; cols && c < cols->u.arr.len; c++) {
			const fp_json *col = cols->u.arr.items[c];
			add_site(s, fp_json_get(col, "path"), here, res,
				 fmt(s, "view column %s%s", jstr(col, "name"), ""), vars->v, vars->n);
		}
		view_select(s, jarr(item, "select"), here, res, vars, depth + 1);
		view_select(s, jarr(item, "unionAll"), here, res, vars, depth + 1);
	}
}

static void view_definition(scan *s, const fp_json *vd)
{
	const char *resource = jstr(vd, "resource");
	names vars = { 0 };
	const fp_json *consts = jarr(vd, "constant");
	for (size_t i = 0; consts && i < consts->u.arr.len; i++)
		add_name(s, &vars, jstr(consts->u.arr.items[i], "name"));
	view_select(s, jarr(vd, "select"), by_resource(resource), resource, &vars, 0);
	const fp_json *wh = jarr(vd, "where");
	for (size_t i = 0; wh && i < wh->u.arr.len; i++)
		add_site(s, fp_json_get(wh->u.arr.items[i], "path"), by_resource(resource), resource,
			 "view where", vars.v, vars.n);
}

/* ---- dispatch ---------------------------------------------------------- */

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
	} else if (strcmp(rt, "ViewDefinition") == 0) {
		view_definition(s, r);
	} else if (strcmp(rt, "Bundle") == 0) {
		const fp_json *entries = jarr(r, "entry");
		for (size_t i = 0; entries && i < entries->u.arr.len; i++)
			resource(s, fp_json_get(entries->u.arr.items[i], "resource"), depth + 1);
	} else {
		/* Expressions elsewhere (PlanDefinition, Library, ...) are
		 * evaluated against a subject we cannot know here, so their
		 * context stays unknown: syntax and functions are checked. */
		walk_ctx w = { unknown, NULL, NULL, "" };
		w.what = rt;
		walk_expressions(s, r, &w, 0);
	}
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
