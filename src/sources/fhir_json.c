/*
 * sources/fhir_json.c - expressions inside FHIR JSON resources (see
 * fhir_json.h for where they live and their contexts).
 */
#define _GNU_SOURCE     /* memmem */
#include "fhir_json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/analyze.h"
#include "json/read.h"
#include "sources/fhir_xml.h"
#include "util/alloc.h"
#include "util/buf.h"

typedef struct scan {
	const char *text;
	size_t len;
	/* decoded offset in a string -> source offset (JSON escapes or XML
	 * entities) */
	size_t (*map)(const char *text, const fp_json *str, size_t decoded);
	fp_arena *arena;
	fp_diags *diags;
	fp_fhir_version version;
	const fp_model *m;
	const fp_check_options *opt;
	fp_embedded *v;
	size_t n, cap;
	const fp_invariant *invariant;  /* add_expr(): it is an invariant */
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

/* Context path -> type set; any when it names nothing (logical models). */
static fp_tset context_of(scan *s, const char *path)
{
	fp_tset t;
	if (!path)
		return fp_tset_any();
	size_t n = strlen(path);
	if (n > 3 && strcmp(path + n - 3, "[x]") == 0)
		n -= 3;
	if (fp_resolve_context(s->m, path, n, s->arena, &t))
		return t;
	return fp_tset_any();
}

/* A resource type as a type set; any for other names (a data type's
 * profile is used inside resources we cannot know). */
static fp_tset resource_type(scan *s, const char *name)
{
	fp_type_id t = name ? fp_model_type(s->m, name, strlen(name)) : 0;
	if (!t || fp_model_type_kind(s->m, t) != FP_TYPE_RESOURCE)
		return fp_tset_any();
	return fp_tset_one(s->arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
}

/* Add the diagnostics of the expression in JSON string (or XML
 * attribute) `str`, in offsets of its decoded text, to diags in offsets of
 * the file. One report per place: an expression checked once per base
 * repeats the same mistake for every base. */
static void map_diags(const char *text, size_t (*map)(const char *, const fp_json *, size_t),
		      const fp_json *str, const fp_diags *local, fp_diags *diags)
{
	for (size_t i = 0; i < local->len; i++) {
		const fp_diag *d = &local->items[i];
		size_t a = map(text, str, d->start);
		size_t b = map(text, str, d->end);
		bool dup = false;
		for (size_t k = diags->len; k-- > 0 && !dup;) {
			const fp_diag *o = &diags->items[k];
			if (o->start < str->start)
				break;
			dup = o->start == a && o->end == b && o->code == d->code;
		}
		if (!dup)
			fp_diags_add(diags, d->code, a, b, "%s", d->message);
	}
}

/* Parse and analyse the JSON string `str` as an expression; map its
 * diagnostics into the file; record it. Returns the expression's type. */
static fp_tset add_expr(scan *s, const fp_json *str, const char *context, fp_tset ctx,
			fp_tset resource, const char *origin, const char *const *vars, size_t nvars)
{
	if (!str || str->kind != FP_JSON_STRING || s->oom)
		return fp_tset_any();
	if (s->n == s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 16;
		fp_embedded *nv = fp_realloc(s->v, cap * sizeof *nv);
		if (!nv) {
			s->oom = true;
			return fp_tset_any();
		}
		s->v = nv;
		s->cap = cap;
	}
	fp_embedded *e = &s->v[s->n++];
	memset(e, 0, sizeof *e);
	e->text = str->u.str.s;
	e->len = str->u.str.len;
	e->context = context;
	e->origin = origin;
	e->version = s->version;
	fp_diags local;
	fp_diags_init(&local, s->arena);
	if (!fp_check_embedded(e->text, e->len, s->m, ctx, resource, vars, nvars, s->invariant, s->opt, s->arena, &local, &e->x))
		s->oom = true;
	e->x.start = str->start;
	e->x.end = str->end;
	e->x.context = context;
	e->str = str;
	map_diags(s->text, s->map, str, &local, s->diags);
	fp_diags_release(&local);
	return e->x.type;
}

/* ---- StructureDefinition --------------------------------------------- */

/* The key an element is known by in both the snapshot and the
 * differential: its id, else its path. */
static const char *element_key(const fp_json *el)
{
	const char *id = jstr(el, "id");
	return id ? id : jstr(el, "path");
}

/* Every constraint expression of a StructureDefinition with the key of
 * its element, sorted by key: the constraints of one element (from the
 * snapshot and the differential, which often repeats only the new ones
 * while a valid instance satisfies those of the snapshot too) are one
 * run of it. */
typedef struct keyed {
	const char *key;
	fp_str expr;
} keyed;

static int keyed_cmp(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	int c = strcmp(x->key, y->key);
	/* then by position in the file, so the order is stable */
	return c ? c : x->expr.p < y->expr.p ? -1 : x->expr.p > y->expr.p;
}

static keyed *all_constraints(scan *s, const fp_json *sd, size_t *n)
{
	static const char *const lists[] = { "snapshot", "differential" };
	size_t cap = 0;
	*n = 0;
	for (size_t l = 0; l < 2; l++) {
		const fp_json *els = jarr(fp_json_get(sd, lists[l]), "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *cons = jarr(els->u.arr.items[i], "constraint");
			cap += cons ? cons->u.arr.len : 0;
		}
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
			for (size_t c = 0; key && cons && c < cons->u.arr.len; c++) {
				const fp_json *ex = fp_json_get(cons->u.arr.items[c], "expression");
				if (ex && ex->kind == FP_JSON_STRING)
					v[(*n)++] = (keyed){ key, fp_str_make(ex->u.str.s, ex->u.str.len) };
			}
		}
	}
	qsort(v, *n, sizeof *v, keyed_cmp);
	return v;
}

/* The constraints of the element `key` (a run of the sorted list), as
 * an fp_invariant's others. */
static void element_invariants(scan *s, const keyed *all, size_t n, const char *key, fp_invariant *inv)
{
	inv->others = NULL;
	inv->nothers = 0;
	if (!key || n == 0)
		return;
	size_t lo = 0, hi = n;
	while (lo < hi) {       /* the first entry with this key */
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(all[mid].key, key) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	size_t end = lo;
	while (end < n && strcmp(all[end].key, key) == 0)
		end++;
	if (end == lo)
		return;
	fp_str *v = fp_arena_alloc(s->arena, (end - lo) * sizeof *v);
	if (!v) {
		s->oom = true;
		return;
	}
	for (size_t i = lo; i < end; i++)
		v[i - lo] = all[i].expr;
	inv->others = v;
	inv->nothers = end - lo;
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
	const keyed *all = all_constraints(s, sd, &nall);
	const char *const *req = all ? profile_paths(s, sd, false, &nreq) : NULL;
	const char *const *typed = all ? profile_paths(s, sd, true, &ntyped) : NULL;
	for (size_t l = 0; l < 2; l++) {
		const fp_json *part = fp_json_get(sd, lists[l]);
		const fp_json *els = jarr(part, "element");
		for (size_t i = 0; els && i < els->u.arr.len; i++) {
			const fp_json *el = els->u.arr.items[i];
			const char *path = jstr(el, "path");
			const fp_json *cons = jarr(el, "constraint");
			/* each constraint must give true or false, and a valid
			 * instance satisfies the element's others too */
			fp_invariant inv;
			memset(&inv, 0, sizeof inv);
			if (cons && cons->u.arr.len) {
				element_invariants(s, all, nall, element_key(el), &inv);
				inv.path = path ? plain_path(s, path) : NULL;
				inv.required = req;
				inv.nrequired = nreq;
				inv.typed = typed;
				inv.ntyped = ntyped;
			}
			for (size_t k = 0; cons && k < cons->u.arr.len; k++) {
				const fp_json *c = cons->u.arr.items[k];
				const fp_json *ex = fp_json_get(c, "expression");
				if (!ex)
					continue;
				fp_tset ctx = context_of(s, path);
				char *origin = fmt(s, "constraint %s on %s", jstr(c, "key"), path);
				s->invariant = &inv;
				add_expr(s, ex, path, ctx, resource_type(s, jstr(sd, "type")), origin, NULL, 0);
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
			add_expr(s, fp_json_get(c, "expression"), NULL, fp_tset_any(), fp_tset_any(),
				 "extension context", NULL, 0);
	}
	const fp_json *inv = jarr(sd, "contextInvariant");
	static const fp_invariant alone;
	s->invariant = &alone;
	for (size_t i = 0; inv && i < inv->u.arr.len; i++)
		add_expr(s, inv->u.arr.items[i], NULL, fp_tset_any(), fp_tset_any(),
			 "context invariant", NULL, 0);
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
		add_expr(s, ex, NULL, fp_tset_any(), fp_tset_any(),
			 fmt(s, "search parameter %s%s", code, ""), NULL, 0);
		return;
	}
	for (size_t i = 0; i < bases->u.arr.len; i++) {
		const fp_json *b = bases->u.arr.items[i];
		if (b->kind != FP_JSON_STRING)
			continue;
		fp_tset t = resource_type(s, b->u.str.s);
		add_expr(s, ex, b->u.str.s, t, t, fmt(s, "search parameter %s (base %s)", code, b->u.str.s),
			 NULL, 0);
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
	const char *context;    /* context path for expressions found */
	fp_tset ctx;
	fp_tset resource;
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
		add_expr(s, fp_json_get(v, "expression"), w->context, w->ctx, w->resource,
			 fmt(s, name ? "%s expression %s" : "%s expression%s", w->what, name ? name : ""),
			 w->vars ? w->vars->v : NULL, w->vars ? w->vars->n : 0);
		return;
	}
	for (size_t i = 0; i < v->u.obj.len; i++) {
		const fp_json_member *m = &v->u.obj.items[i];
		if (m->value->kind == FP_JSON_ARRAY && strcmp(m->key, "item") == 0 && w->vars) {
			/* Questionnaire items: the response's items are the context */
			walk_ctx inner = *w;
			inner.context = "QuestionnaireResponse.item";
			inner.ctx = context_of(s, inner.context);
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
	w.context = "QuestionnaireResponse";
	w.ctx = context_of(s, w.context);
	w.resource = resource_type(s, "QuestionnaireResponse");
	w.vars = &ns;
	w.what = "questionnaire";
	walk_expressions(s, q, &w, 0);
}

/* ---- ViewDefinition (SQL on FHIR v2) ---------------------------------- */

static void view_select(scan *s, const fp_json *sel, fp_tset ctx, const char *ctxname,
			fp_tset res, const names *vars, int depth)
{
	if (!sel || depth > 32 || s->oom)
		return;
	for (size_t i = 0; sel->kind == FP_JSON_ARRAY && i < sel->u.arr.len; i++) {
		const fp_json *item = sel->u.arr.items[i];
		fp_tset here = ctx;
		static const char *const iters[] = { "forEach", "forEachOrNull", "repeat" };
		for (size_t k = 0; k < 3; k++) {
			const fp_json *fe = fp_json_get(item, iters[k]);
			if (!fe)
				continue;
			if (fe->kind == FP_JSON_ARRAY) {   /* repeat: a list of paths */
				for (size_t r = 0; r < fe->u.arr.len; r++)
					add_expr(s, fe->u.arr.items[r], ctxname, here, res, "view repeat",
						 vars->v, vars->n);
				here = fp_tset_any();
				continue;
			}
			fp_tset t = add_expr(s, fe, ctxname, here, res,
					     fmt(s, "view %s%s", iters[k], ""), vars->v, vars->n);
			here = fp_tset_card(t, 1, FP_CARD_1);
		}
		const fp_json *cols = jarr(item, "column");
		for (size_t c = 0; cols && c < cols->u.arr.len; c++) {
			const fp_json *col = cols->u.arr.items[c];
			add_expr(s, fp_json_get(col, "path"), ctxname, here, res,
				 fmt(s, "view column %s%s", jstr(col, "name"), ""), vars->v, vars->n);
		}
		view_select(s, jarr(item, "select"), here, ctxname, res, vars, depth + 1);
		view_select(s, jarr(item, "unionAll"), here, ctxname, res, vars, depth + 1);
	}
}

static void view_definition(scan *s, const fp_json *vd)
{
	const char *resource = jstr(vd, "resource");
	fp_tset res = resource_type(s, resource);
	names vars = { 0 };
	const fp_json *consts = jarr(vd, "constant");
	for (size_t i = 0; consts && i < consts->u.arr.len; i++)
		add_name(s, &vars, jstr(consts->u.arr.items[i], "name"));
	view_select(s, jarr(vd, "select"), res, resource, res, &vars, 0);
	const fp_json *wh = jarr(vd, "where");
	for (size_t i = 0; wh && i < wh->u.arr.len; i++)
		add_expr(s, fp_json_get(wh->u.arr.items[i], "path"), resource, res, res, "view where",
			 vars.v, vars.n);
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
	s->m = fp_model_get(s->version);
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
		walk_ctx w = { NULL, fp_tset_any(), fp_tset_any(), NULL, "" };
		w.what = rt;
		walk_expressions(s, r, &w, 0);
	}
	s->version = saved;
	s->m = fp_model_get(saved);
}

/* Scan a parsed resource tree (from JSON or XML) of text. */
static bool scan_tree(const char *text, size_t len, const fp_json *root,
		      size_t (*map)(const char *, const fp_json *, size_t),
		      const fp_check_options *opt, fp_arena *arena, fp_diags *diags, fp_fhir_file *out)
{
	if (root->kind != FP_JSON_OBJECT || !jstr(root, "resourceType"))
		return true;
	out->is_fhir = true;
	scan s;
	memset(&s, 0, sizeof s);
	s.text = text;
	s.len = len;
	s.map = map;
	s.arena = arena;
	s.diags = diags;
	s.version = opt->version;
	s.opt = opt;
	s.m = fp_model_get(s.version);
	resource(&s, root, 0);
	if (s.oom) {
		fp_free(s.v);
		return false;
	}
	if (s.n) {
		out->exprs = fp_arena_alloc(arena, s.n * sizeof *out->exprs);
		if (!out->exprs) {
			fp_free(s.v);
			return false;
		}
		memcpy(out->exprs, s.v, s.n * sizeof *out->exprs);
		out->nexprs = s.n;
	}
	fp_free(s.v);
	return !diags->failed && !arena->failed;
}

static bool collect(const fp_json *r, fp_arena *arena, const char ***urls, size_t *n, size_t *cap,
		    int depth);

/* The extension definitions of a parsed tree into out (in the arena). */
static bool tree_extensions(const fp_json *root, fp_arena *arena, fp_fhir_file *out)
{
	const char **v = NULL;
	size_t n = 0, cap = 0;
	bool ok = collect(root, arena, &v, &n, &cap, 0);
	if (ok && n) {
		out->ext_urls = fp_arena_alloc(arena, n * sizeof *out->ext_urls);
		ok = out->ext_urls != NULL;
		if (ok) {
			memcpy(out->ext_urls, v, n * sizeof *v);
			out->next_urls = n;
		}
	}
	fp_free(v);
	return ok;
}

bool fp_fhir_json_check(const char *text, size_t len, const fp_check_options *opt,
			fp_arena *arena, fp_diags *diags, fp_fhir_file *out)
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
		fp_diags_add(diags, 32, err.offset, err.offset < len ? err.offset + 1 : err.offset,
			     "invalid JSON: %s", err.message);
		return !diags->failed;
	}
	if (!tree_extensions(root, arena, out))
		return false;
	if (!scan_tree(text, len, root, fp_json_string_source_offset, opt, arena, diags, out))
		return false;
	/* duplicate keys in a resource: a server would use the last one */
	return !out->is_fhir || fp_json_dup_diags(text, &dups, 36, diags);
}

bool fp_fhir_xml_check(const char *text, size_t len, const fp_check_options *opt,
		       fp_arena *arena, fp_diags *diags, fp_fhir_file *out)
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
		fp_diags_add(diags, 34, err.offset, err.offset < len ? err.offset + 1 : err.offset,
			     "invalid XML: %s", err.message);
		return !diags->failed;
	}
	if (!tree_extensions(root, arena, out))
		return false;
	return scan_tree(text, len, root, fp_xml_attr_source_offset, opt, arena, diags, out);
}

bool fp_fhir_recheck(const char *text, bool xml, fp_fhir_file *f, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags)
{
	size_t (*map)(const char *, const fp_json *, size_t) =
		xml ? fp_xml_attr_source_offset : fp_json_string_source_offset;
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.uses_ext || !e->str)
			continue;
		/* the first record of this string drops its old findings (a
		 * search parameter's string is checked once per base, and its
		 * records follow each other) */
		if (i == 0 || f->exprs[i - 1].str != e->str) {
			size_t kept = 0;
			for (size_t k = 0; k < diags->len; k++) {
				const fp_diag *g = &diags->items[k];
				if (g->code >= 1000 && g->start >= e->str->start && g->start <= e->str->end)
					continue;
				diags->items[kept++] = *g;
			}
			diags->len = kept;
		}
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_recheck(e->text, &e->x, opt, arena, &local);
		if (ok)
			map_diags(text, map, e->str, &local, diags);
		fp_diags_release(&local);
		if (!ok)
			return false;
	}
	return !diags->failed && !arena->failed;
}

/* ---- workspace extension definitions ---------------------------------- */

static bool collect(const fp_json *r, fp_arena *arena, const char ***urls, size_t *n, size_t *cap,
		    int depth)
{
	if (!r || r->kind != FP_JSON_OBJECT || depth > 16)
		return true;
	const char *rt = jstr(r, "resourceType");
	if (rt && strcmp(rt, "Bundle") == 0) {
		const fp_json *entries = jarr(r, "entry");
		for (size_t i = 0; entries && i < entries->u.arr.len; i++) {
			if (!collect(fp_json_get(entries->u.arr.items[i], "resource"), arena, urls, n, cap, depth + 1))
				return false;
		}
		return true;
	}
	const char *type = jstr(r, "type"), *url = jstr(r, "url");
	if (!rt || strcmp(rt, "StructureDefinition") != 0 || !type || strcmp(type, "Extension") != 0 || !url)
		return true;
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		const char **v = fp_realloc(*urls, c * sizeof *v);
		if (!v)
			return false;
		*urls = v;
		*cap = c;
	}
	/* "url\tType1|Type2": the value[x] types the definition allows, so
	 * extension('url').value can be typed by them */
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_adds(&b, url);
	static const char *const parts[] = { "snapshot", "differential" };
	bool found = false;
	for (size_t p = 0; p < 2 && !found; p++) {
		const fp_json *els = jarr(fp_json_get(r, parts[p]), "element");
		for (size_t i = 0; els && i < els->u.arr.len && !found; i++) {
			const fp_json *el = els->u.arr.items[i];
			const char *path = jstr(el, "path");
			const char *id = jstr(el, "id");
			if (!path || strcmp(path, "Extension.value[x]") != 0 || (id && strchr(id, ':')))
				continue;

			const char *max = jstr(el, "max");
			if (max && strcmp(max, "0") == 0)
				continue;       /* a complex extension: no value */
			for (size_t k = 0; jnth(el, "type", k); k++) {
				const char *code = jstr(jnth(el, "type", k), "code");
				if (!code)
					continue;
				fp_buf_addc(&b, found ? '|' : '\t');
				fp_buf_adds(&b, code);
				found = true;
			}
		}
	}
	char *copy = b.failed ? NULL : fp_arena_strndup(arena, b.data, b.len);
	fp_buf_release(&b);
	if (!copy)
		return false;
	(*urls)[(*n)++] = copy;
	return true;
}

bool fp_collect_extensions(const char *text, size_t len, bool xml, fp_arena *arena,
			   const char ***urls, size_t *n, size_t *cap)
{
	fp_arena tmp;
	fp_arena_init(&tmp);
	fp_json *root = NULL;
	fp_json_error err;
	bool parsed = xml ? fp_fhir_xml_parse(text, len, &tmp, &root, &err)
			  : fp_json_parse(text, len, &tmp, NULL, &root, &err);
	bool ok = !parsed || collect(root, arena, urls, n, cap, 0);
	fp_arena_release(&tmp);
	return ok;
}
