/*
 * project/env.c - an expression's analysis environment, built once from
 * its site (see env.h).
 */
#include "env.h"

#include <stdlib.h>
#include <string.h>

#include "model/systype.h"
#include "project/pipeline.h"

/* Another expression's invariant record when this one has none of its
 * own: a .fhirpath invariant is judged alone (no other invariants known). */
static const fp_invariant alone;

/* t with its types in arena (a set from another expression, or from a
 * scratch arena, becomes this expression's own). */
static fp_tset own(fp_tset t, fp_arena *arena)
{
	if (t.n && t.v) {
		fp_type *v = fp_arena_alloc(arena, t.n * sizeof *v);
		if (v)
			memcpy(v, t.v, t.n * sizeof *v);
		t.v = v;
		if (!v)
			t.n = 0;        /* out of memory: the arena says so */
	}
	return t;
}

/* The root type of a context path ("Patient" of "Patient.contact"), for
 * %resource; any when it is not a resource. */
static fp_tset root_resource(const fp_model *m, const char *ctx, fp_arena *arena)
{
	size_t n = 0;
	while (ctx[n] && ctx[n] != '.')
		n++;
	fp_type_id t = fp_model_type(m, ctx, n);
	if (t && fp_model_type_kind(m, t) == FP_TYPE_RESOURCE)
		return fp_tset_one(arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
	return fp_tset_any();
}

/* A resource type by name as a type set; any for other names (a data
 * type's profile is used inside resources we cannot know). */
static fp_tset resource_named(const fp_model *m, const char *name, fp_arena *arena)
{
	fp_type_id t = name ? fp_model_type(m, name, strlen(name)) : 0;
	if (!t || fp_model_type_kind(m, t) != FP_TYPE_RESOURCE)
		return fp_tset_any();
	return fp_tset_one(arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
}

/* An element path or type name -> type set; any when it names nothing
 * (logical models). A trailing "[x]" is the choice element itself. */
static fp_tset element_path(const fp_model *m, const char *path, fp_arena *arena)
{
	fp_tset t;
	if (!path)
		return fp_tset_any();
	size_t n = strlen(path);
	if (n > 3 && strcmp(path + n - 3, "[x]") == 0)
		n -= 3;
	if (fp_resolve_context(m, path, n, arena, &t))
		return t;
	return fp_tset_any();
}

/* A copy of s in arena; NULL when out of memory. */
static const char *own_str(const char *s, fp_arena *arena)
{
	return fp_arena_strndup(arena, s, strlen(s));
}

/* A site's variable: "name", of a type not known, or "name\ttype" (a
 * type specifier: "Bundle", "System.String"; any when the model does
 * not know it), one item. False when out of memory. */
static bool site_var(const fp_model *m, const char *var, fp_arena *arena, fp_var_decl *out)
{
	const char *tab = strchr(var, '\t');
	size_t n = tab ? (size_t)(tab - var) : strlen(var);
	char *name = fp_arena_strndup(arena, var, n);
	if (!name)
		return false;
	out->name = name;
	out->type = fp_tset_any();
	fp_type ty = tab ? fp_resolve_type_name(m, tab + 1, strlen(tab + 1)) : 0;
	if (ty)
		out->type = fp_tset_one(arena, ty, 1, FP_CARD_1);
	return !arena->failed;
}

/* %rootResource: %resource, or the resource that contains it (any
 * DomainResource can contain another resource), when %resource is a
 * resource; any otherwise. */
static fp_tset root_of(const fp_model *m, fp_tset resource, fp_arena *arena)
{
	fp_type_id dr = fp_model_type(m, "DomainResource", 14);
	if (resource.any || resource.n != 1 || FP_TYPE_IS_SYS(resource.v[0]) || !dr)
		return fp_tset_any();
	if ((fp_type_id)resource.v[0] == dr)
		return resource;
	fp_tset both = fp_tset_union(arena, resource, fp_tset_one(arena, FP_TYPE_FHIR(dr), 1, FP_CARD_1));
	return fp_tset_card(both, 1, FP_CARD_1);        /* one resource, of either */
}

/* The settings of a .fhirpath expression's directives into e. */
static void from_directives(const fp_fexpr *x, const fp_check_options *opt, fp_arena *arena,
			    fp_expr_env *e)
{
	fp_fhir_version v = opt ? opt->version : FP_FHIR_R4;
	if (x->fhir)
		fp_fhir_version_parse(x->fhir, strlen(x->fhir), &v);
	const fp_model *m = fp_model_get(v);
	e->model = m;
	e->context = fp_tset_any();
	e->resource = fp_tset_any();
	const char *ctx = x->context ? x->context : opt ? opt->context : NULL;
	fp_tset t;
	/* an unknown one is reported once, at its directive */
	if (ctx && fp_resolve_context(m, ctx, strlen(ctx), arena, &t)) {
		e->context = t;
		e->resource = root_resource(m, ctx, arena);
	}
	fp_var_decl *vars = x->nvars ? fp_arena_alloc(arena, x->nvars * sizeof *vars) : NULL;
	size_t n = 0;
	for (; vars && n < x->nvars; n++) {
		const char *type = x->vars[n].type;
		if (!(vars[n].name = own_str(x->vars[n].name, arena)))
			break;  /* out of memory: the ones so far */
		if (!*type)     /* '// @var name': of unknown type */
			vars[n].type = fp_tset_any();
		else if (!fp_resolve_context(m, type, strlen(type), arena, &vars[n].type)) {
			fp_type ty = fp_resolve_type_name(m, type, strlen(type));
			vars[n].type = ty ? fp_tset_one(arena, ty, 0, FP_CARD_MANY) : fp_tset_any();
		}
	}
	e->vars = vars;
	e->nvars = n;
	e->inv = x->invariant ? &alone : NULL;
	e->root = root_of(m, e->resource, arena);
}

/* The slot of name among v[0..n), or n. */
static size_t var_slot(const fp_var_decl *v, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++) {
		if (strcmp(v[i].name, name) == 0)
			return i;
	}
	return n;
}

static int qvar_cmp(const void *key, const void *v)
{
	return strcmp(key, ((const fp_site_qvar *)v)->name);
}

/* The type of declaration d as seen from w. */
static fp_tset qvar_type(const fp_env_site *w, const fp_site_qvar *d, const fp_model *m,
			 fp_arena *arena)
{
	if (d->type)
		return resource_named(m, d->type, arena);
	if (d->site >= w->ndone || !w->done[d->site].x.env)
		return fp_tset_any();   /* not analysed before this one */
	fp_tset t = own(w->done[d->site].x.type, arena);
	if (d->one && !t.any)
		t = fp_tset_card(t, 1, FP_CARD_1);      /* each item in turn */
	return t;
}

/* The variables of a Questionnaire's site (w->site->quest) into
 * v[0..*n), which holds the site's names (untyped) and has room for
 * quest->nvars + 2 more: a declared one gets its type (by a type name,
 * or an earlier site's result in w->done; untyped when that one was not
 * analysed first), those not among the names are added, and so are
 * %questionnaire and (in an item) %qitem. Out of memory: the arena
 * says so, and some stay untyped or missing. */
static void quest_vars(const fp_env_site *w, const fp_model *m, fp_arena *arena, fp_var_decl *v,
		       size_t *n)
{
	const fp_site_quest *q = w->site->quest;
	bool *named = q->nvars ? fp_arena_zalloc(arena, q->nvars) : NULL;
	if (q->nvars && !named)
		return;
	size_t k = *n;
	/* each declared one at its slot among the site's names; a list the
	 * slots were not made for: its names looked up in q->vars (sorted by
	 * name; a questionnaire may declare thousands) */
	for (size_t i = 0; q->names == w->site->vars && i < q->nvars; i++) {
		size_t at = q->vars[i].slot;
		if (at < k && strcmp(v[at].name, q->vars[i].name) == 0) {
			v[at].type = qvar_type(w, &q->vars[i], m, arena);
			named[i] = true;
		}
	}
	for (size_t i = 0; q->names != w->site->vars && q->nvars && i < k; i++) {
		const fp_site_qvar *d = bsearch(v[i].name, q->vars, q->nvars, sizeof *q->vars, qvar_cmp);
		if (d) {
			v[i].type = qvar_type(w, d, m, arena);
			named[d - q->vars] = true;
		}
	}
	for (size_t i = 0; i < q->nvars; i++) {
		if (named[i])
			continue;
		if (!(v[k].name = own_str(q->vars[i].name, arena)))
			break;
		v[k++].type = qvar_type(w, &q->vars[i], m, arena);
	}
	static const struct { const char *name, *type; bool in_item; } host[] = {
		{ "questionnaire", "Questionnaire", false },
		{ "qitem", "Questionnaire.item", true },
	};
	for (size_t i = 0; i < 2; i++) {
		if ((host[i].in_item && !q->item) || var_slot(v, k, host[i].name) < k)
			continue;
		fp_tset t;
		if (!fp_resolve_context(m, host[i].type, strlen(host[i].type), arena, &t))
			continue;
		v[k].name = host[i].name;       /* static */
		v[k++].type = fp_tset_card(t, 1, FP_CARD_1);
	}
	*n = k;
}

/* The settings of a resource's site into e. */
static void from_site(const fp_env_site *w, fp_arena *arena, fp_expr_env *e)
{
	const fp_site *s = w->site;
	const fp_model *m = fp_model_get(s->version);
	e->model = m;
	switch (s->ctx_kind) {
	case FP_SITE_CTX_PATH:
		e->context = element_path(m, s->context, arena);
		break;
	case FP_SITE_CTX_RESOURCE:
		e->context = resource_named(m, s->context, arena);
		break;
	case FP_SITE_CTX_SITE:
		e->context = w->nested_known ? own(fp_tset_card(w->nested, 1, FP_CARD_1), arena)
					     : fp_tset_any();
		break;
	case FP_SITE_CTX_ANY:
	default:
		e->context = fp_tset_any();
		break;
	}
	e->resource = resource_named(m, s->resource, arena);
	/* a Questionnaire's own may add its declarations and two host
	 * variables (quest_vars) */
	size_t cap = s->nvars + (s->quest ? s->quest->nvars + 2 : 0);
	fp_var_decl *vars = cap ? fp_arena_alloc(arena, cap * sizeof *vars) : NULL;
	size_t n = 0;
	for (; vars && n < s->nvars; n++) {
		if (!site_var(m, s->vars[n], arena, &vars[n]))
			break;  /* out of memory: the ones so far */
	}
	if (vars && n == s->nvars && s->quest) {
		e->items = s->quest->items;
		e->item = s->quest->item;
		quest_vars(w, m, arena, vars, &n);
	}
	e->vars = vars;
	e->nvars = n;
	e->inv = w->inv;
	e->root = root_of(m, e->resource, arena);
}

bool fp_expr_env_build(const fp_env_site *where, const fp_check_options *opt, fp_arena *arena,
		       const fp_expr_env **out)
{
	fp_expr_env *e = fp_arena_zalloc(arena, sizeof *e);
	*out = e;
	if (!e)
		return false;
	if (where->fpfile)
		from_directives(where->fpfile, opt, arena, e);
	else
		from_site(where, arena, e);
	return !arena->failed;
}

void fp_expr_env_use(const fp_expr_env *env, const fp_check_options *opt, fp_analysis_env *out)
{
	memset(out, 0, sizeof *out);
	out->model = env->model;
	out->context = env->context;
	out->resource = env->resource;
	out->root = env->root;
	out->has_root = true;
	out->vars = env->vars;
	out->nvars = env->nvars;
	out->items = env->items;
	out->item = env->item;
	if (opt) {
		out->ext_urls = opt->ext_urls;
		out->next_urls = opt->next_urls;
	}
	if (env->inv && env->inv->nsingle && env->inv->path) {
		out->profile_path = env->inv->path;
		out->single = env->inv->single;
		out->nsingle = env->inv->nsingle;
	}
}
