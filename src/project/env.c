/*
 * project/env.c - an expression's analysis environment, built once from
 * its site (see env.h).
 */
#include "env.h"

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
	fp_var_decl *vars = s->nvars ? fp_arena_alloc(arena, s->nvars * sizeof *vars) : NULL;
	size_t n = 0;
	for (; vars && n < s->nvars; n++) {
		if (!(vars[n].name = own_str(s->vars[n], arena)))
			break;  /* out of memory: the ones so far */
		vars[n].type = fp_tset_any();
	}
	e->vars = vars;
	e->nvars = n;
	e->inv = w->inv;
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
	out->vars = env->vars;
	out->nvars = env->nvars;
	if (opt) {
		out->ext_urls = opt->ext_urls;
		out->next_urls = opt->next_urls;
	}
}
