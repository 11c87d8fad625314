/*
 * analysis/single.c - profile-aware cardinality (see single.h).
 */
#include "single.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/functions.h"
#include "eval/env_vars.h"
#include "syntax/token.h"

enum { PATH_CAP = 512, MAX_DEPTH = 64 };

static const fp_node *unparen(const fp_node *n)
{
	while (n->kind == FP_N_PAREN && n->nkids == 1)
		n = n->kids[0];
	return n;
}

static bool named(const fp_node *n, const char *s)
{
	return n->str && strlen(s) == n->len && memcmp(n->str, s, n->len) == 0;
}

/* out = a, or a "." b[0..blen) */
static bool put_path(char *out, size_t cap, const char *a, const char *b, size_t blen)
{
	int k = b ? snprintf(out, cap, "%s.%.*s", a, (int)blen, b) : snprintf(out, cap, "%s", a);
	return k > 0 && (size_t)k < cap;
}

static bool node_path(const fp_analysis_env *env, const fp_node *n, const fp_focus_path *f,
		      char *out, size_t cap, int depth);

/* The path of the focus inside the lambdas f. */
static bool focus_path(const fp_analysis_env *env, const fp_focus_path *f, char *out, size_t cap,
		       int depth)
{
	if (depth > MAX_DEPTH)
		return false;
	if (!f)
		return env->profile_path && put_path(out, cap, env->profile_path, NULL, 0);
	if (f->unknown)
		return false;
	if (!f->input)
		return focus_path(env, f->up, out, cap, depth + 1);
	return node_path(env, f->input, f->up, out, cap, depth + 1);
}

/* A type name at the start of a path ("Patient" in Patient.name). */
static bool type_name(const fp_analysis_env *env, const fp_node *n)
{
	if (n->len == 0 || n->str[0] < 'A' || n->str[0] > 'Z')
		return false;
	fp_type_id t = fp_model_type(env->model, n->str, n->len);
	return t && fp_model_type_kind(env->model, t) != FP_TYPE_BACKBONE;
}

static bool is_extension_call(const fp_node *c)
{
	const fp_function *fn = c->kind == FP_N_CALL ? fp_function_lookup(c->str, c->len) : NULL;
	return fn && fn->rule == FP_R_EXTENSION;
}

static bool keeps(const fp_node *c)
{
	return c->kind == FP_N_CALL && fp_function_has(c->str, c->len, FN_KEEPS);
}

/* The element path of what n yields ("Patient.name.given"), into out,
 * when its syntax tells: names from the focus, a type name or
 * %resource, through the functions that keep some of their input's
 * items, and extension() (a path ".extension"). */
static bool node_path(const fp_analysis_env *env, const fp_node *n, const fp_focus_path *f,
		      char *out, size_t cap, int depth)
{
	char left[PATH_CAP];
	n = unparen(n);
	if (depth > MAX_DEPTH)
		return false;
	switch (n->kind) {
	case FP_N_THIS:
		return focus_path(env, f, out, cap, depth + 1);
	case FP_N_IDENT:
		if (type_name(env, n))
			return put_path(out, cap, n->str, NULL, 0);
		return focus_path(env, f, left, sizeof left, depth + 1) &&
		       put_path(out, cap, left, n->str, n->len);
	case FP_N_EXTERNAL: {
		/* %resource: the root of the profile's paths, when a resource */
		const char *root = env->profile_path;
		const fp_env_var *v = fp_env_var_lookup(n->str, n->len);
		if (!root || !v || v->type != FP_ENV_RESOURCE)
			return false;
		size_t rl = strcspn(root, ".");
		fp_type_id t = fp_model_type(env->model, root, rl);
		if (!t || fp_model_type_kind(env->model, t) != FP_TYPE_RESOURCE || rl + 1 > cap)
			return false;
		memcpy(out, root, rl);
		out[rl] = 0;
		return true;
	}
	case FP_N_CALL:
		if (keeps(n))
			return focus_path(env, f, out, cap, depth + 1);
		return is_extension_call(n) && focus_path(env, f, left, sizeof left, depth + 1) &&
		       put_path(out, cap, left, "extension", 9);
	case FP_N_INVOKE: {
		const fp_node *m = n->kids[1];
		if (keeps(m))
			return node_path(env, n->kids[0], f, out, cap, depth + 1);
		if (m->kind != FP_N_IDENT && !is_extension_call(m))
			return false;
		return node_path(env, n->kids[0], f, left, sizeof left, depth + 1) &&
		       (m->kind == FP_N_IDENT ? put_path(out, cap, left, m->str, m->len)
					      : put_path(out, cap, left, "extension", 9));
	}
	case FP_N_INDEXER:
		return node_path(env, n->kids[0], f, out, cap, depth + 1);
	case FP_N_TYPEOP:
		return n->op == FP_T_AS && node_path(env, n->kids[0], f, out, cap, depth + 1);
	default:
		return false;
	}
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Is path (with url: the slice "path\turl") in the profile's list? */
static bool single(const fp_analysis_env *env, const char *path, const char *url)
{
	char buf[PATH_CAP + 512];
	const char *key = path;
	if (url) {
		int k = snprintf(buf, sizeof buf, "%s\t%s", path, url);
		if (k < 0 || (size_t)k >= sizeof buf)
			return false;
		key = buf;
	}
	return bsearch(&key, env->single, env->nsingle, sizeof *env->single, cmp_cstr) != NULL;
}

/* The url a where() criterion selects extensions by: url = 'lit' (or
 * 'lit' = url, $this.url), else NULL. */
static const char *url_criterion(const fp_node *c)
{
	c = unparen(c);
	if (c->kind != FP_N_BINARY || c->op != FP_T_EQ || c->nkids != 2)
		return NULL;
	for (int side = 0; side < 2; side++) {
		const fp_node *u = unparen(c->kids[side]), *lit = unparen(c->kids[1 - side]);
		if (u->kind == FP_N_INVOKE && unparen(u->kids[0])->kind == FP_N_THIS)
			u = u->kids[1];
		if (u->kind == FP_N_IDENT && named(u, "url") && lit->kind == FP_N_STRING)
			return lit->str;
	}
	return NULL;
}

/* The url of extension('lit'), else NULL. */
static const char *extension_url(const fp_node *c)
{
	if (!is_extension_call(c) || c->nkids != 1 || unparen(c->kids[0])->kind != FP_N_STRING)
		return NULL;
	return unparen(c->kids[0])->str;
}

bool fp_single_narrow(const fp_analysis_env *env, const fp_typemap *types, const fp_node *n,
		      fp_tset focus, const fp_focus_path *f)
{
	if (!env->nsingle || !env->profile_path)
		return false;
	char path[PATH_CAP];
	switch (n->kind) {
	case FP_N_IDENT:        /* an element of the focus */
		return !type_name(env, n) && !focus.any && focus.max <= FP_CARD_1 &&
		       node_path(env, n, f, path, sizeof path, 0) && single(env, path, NULL);
	case FP_N_CALL: {       /* extension('url') of the focus */
		const char *url = extension_url(n);
		return url && !focus.any && focus.max <= FP_CARD_1 &&
		       node_path(env, n, f, path, sizeof path, 0) &&
		       (single(env, path, NULL) || single(env, path, url));
	}
	case FP_N_INVOKE: {
		const fp_node *l = n->kids[0], *m = n->kids[1];
		fp_tset in = fp_typemap_get(types, l);
		if (m->kind == FP_N_IDENT)
			return !in.any && in.max <= FP_CARD_1 &&
			       node_path(env, n, f, path, sizeof path, 0) && single(env, path, NULL);
		const char *url = extension_url(m);
		if (url)
			return !in.any && in.max <= FP_CARD_1 &&
			       node_path(env, n, f, path, sizeof path, 0) &&
			       (single(env, path, NULL) || single(env, path, url));
		/* x.extension.where(url = 'u'): one of x's extensions of url u */
		if (m->kind != FP_N_CALL || !named(m, "where") || m->nkids != 1 ||
		    !(url = url_criterion(m->kids[0])))
			return false;
		const fp_node *ext = unparen(l);
		const fp_node *name = ext->kind == FP_N_INVOKE ? ext->kids[1] : ext;
		if (name->kind != FP_N_IDENT || !(named(name, "extension") || named(name, "modifierExtension")))
			return false;
		fp_tset parent = ext->kind == FP_N_INVOKE ? fp_typemap_get(types, ext->kids[0]) : focus;
		return !parent.any && parent.max <= FP_CARD_1 &&
		       node_path(env, ext, f, path, sizeof path, 0) && single(env, path, url);
	}
	default:
		return false;
	}
}
