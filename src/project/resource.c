/*
 * project/resource.c - the expressions of FHIR resources (JSON or XML):
 * the sites sources/fhir_json.c found, each parsed and analysed in the
 * environment its site describes, its findings mapped back into the file.
 */
#include "pipeline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/analyze.h"
#include "json/read.h"
#include "project/env.h"
#include "sources/fhir_xml.h"
#include "util/alloc.h"

size_t fp_embedded_source_offset(const char *file_text, const fp_embedded *e, size_t decoded)
{
	return e->map == FP_SITE_MAP_XML ? fp_xml_attr_source_offset(file_text, e->str, decoded)
					 : fp_json_string_source_offset(file_text, e->str, decoded);
}

void fp_embedded_source_map(const char *file_text, const fp_embedded *e, size_t *map)
{
	if (e->map == FP_SITE_MAP_XML)
		fp_xml_attr_source_map(file_text, e->str, map);
	else
		fp_json_string_source_map(file_text, e->str, map);
}

/* Add the diagnostics of the expression in string `str`, in offsets of
 * its decoded text, to diags in offsets of the file. One report per
 * place: an expression checked once per base repeats the same mistake
 * for every base. */
static void map_diags(const char *text, const fp_embedded *e, const fp_diags *local,
		      fp_diags *diags)
{
	for (size_t i = 0; i < local->len; i++) {
		const fp_diag *d = &local->items[i];
		size_t a = fp_embedded_source_offset(text, e, d->start);
		size_t b = fp_embedded_source_offset(text, e, d->end);
		bool dup = false;
		for (size_t k = diags->len; k-- > 0 && !dup;) {
			const fp_diag *o = &diags->items[k];
			if (o->start < e->str->start)
				break;
			dup = o->start == a && o->end == b && o->code == d->code;
		}
		if (!dup)
			fp_diags_add(diags, d->code, a, b, "%s", d->message);
	}
}

/* One element's invariants: the sites that share a group. */
typedef struct member {
	const fp_site_invariant *group;
	size_t site;
} member;

static int member_cmp(const void *a, const void *b)
{
	const member *x = a, *y = b;
	if (x->group != y->group)
		return (uintptr_t)x->group < (uintptr_t)y->group ? -1 : 1;
	return x->site < y->site ? -1 : x->site > y->site;
}

/* For each invariant site, the record it is analysed and linted with,
 * into inv[i] (NULL for other sites): one record per group, in the
 * arena, holding the group's facts; its others are filled in by
 * fill_siblings() once every site is analysed. The members, sorted by
 * group, go to *out (fp_free). False when out of memory. */
static bool group_invariants(const fp_fhir_sites *fs, fp_arena *arena, fp_invariant **inv,
			     member **out, size_t *nout)
{
	size_t n = 0;
	for (size_t i = 0; i < fs->nsites; i++)
		n += fs->sites[i].invariant != NULL;
	*out = NULL;
	*nout = 0;
	if (n == 0)
		return true;
	member *m = fp_calloc(n, sizeof *m);
	if (!m)
		return false;
	n = 0;
	for (size_t i = 0; i < fs->nsites; i++) {
		if (fs->sites[i].invariant)
			m[n++] = (member){ fs->sites[i].invariant, i };
	}
	qsort(m, n, sizeof *m, member_cmp);
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && m[hi].group == m[lo].group;)
			hi++;
		fp_invariant *r = fp_arena_alloc(arena, sizeof *r);
		if (!r) {
			fp_free(m);
			return false;
		}
		const fp_site_invariant *g = m[lo].group;
		*r = (fp_invariant){ NULL, 0, g->path, g->required, g->nrequired, g->typed, g->ntyped };
		for (size_t k = lo; k < hi; k++)
			inv[m[k].site] = r;
	}
	*out = m;
	*nout = n;
	return true;
}

/* Each group's record gets the group's expressions that parsed cleanly
 * and were analysed, as its others: a valid instance satisfies them all. */
static bool fill_siblings(const member *m, size_t n, fp_invariant **inv, const fp_embedded *e,
			  fp_arena *arena)
{
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && m[hi].group == m[lo].group;)
			hi++;
		fp_analysed *v = fp_arena_alloc(arena, (hi - lo) * sizeof *v);
		if (!v)
			return false;
		size_t k = 0;
		for (size_t i = lo; i < hi; i++) {
			const fp_embedded *x = &e[m[i].site];
			if (!x->x.syntax_errors && x->x.types)
				v[k++] = (fp_analysed){ x->text, x->len, x->x.ast, x->x.types };
		}
		fp_invariant *r = inv[m[lo].site];
		r->others = v;
		r->nothers = k;
	}
	return true;
}

/* FP2010 for the invariants among e[0..n) (all of them, or only those
 * that use workspace extensions), into diags in file offsets. */
static bool lint_all(const char *text, const fp_embedded *e, size_t n, bool only_ext,
		     fp_arena *arena, fp_diags *diags)
{
	for (size_t i = 0; i < n; i++) {
		if (!e[i].x.invariant || (only_ext && !e[i].x.uses_ext))
			continue;
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_lint_fexpr(e[i].text, &e[i].x, arena, &local);
		if (ok)
			map_diags(text, &e[i], &local, diags);
		fp_diags_release(&local);
		if (!ok)
			return false;
	}
	return true;
}

bool fp_fhir_check(const char *text, size_t len, bool xml, const fp_check_options *opt,
		   fp_arena *arena, fp_diags *diags, fp_fhir_file *out)
{
	memset(out, 0, sizeof *out);
	fp_fhir_sites fs;
	bool ok = xml ? fp_fhir_xml_sites(text, len, opt->version, arena, diags, &fs)
		      : fp_fhir_json_sites(text, len, opt->version, arena, diags, &fs);
	if (!ok)
		return false;
	out->is_fhir = fs.is_fhir;
	out->syms = fs.syms;
	out->nsyms = fs.nsyms;
	if (fs.nsites == 0)
		return !diags->failed;
	out->exprs = fp_arena_alloc(arena, fs.nsites * sizeof *out->exprs);
	fp_invariant **inv = fp_calloc(fs.nsites, sizeof *inv);
	member *members = NULL;
	size_t nmembers = 0;
	if (!out->exprs || !inv || !group_invariants(&fs, arena, inv, &members, &nmembers)) {
		fp_free(inv);
		return false;
	}
	memset(out->exprs, 0, fs.nsites * sizeof *out->exprs);
	/* First every site is parsed and analysed; then each invariant is
	 * linted (FP2010) with its element's others, none analysed twice. */
	for (size_t i = 0; i < fs.nsites; i++) {
		const fp_site *s = &fs.sites[i];
		fp_embedded *e = &out->exprs[i];
		e->str = s->str;
		e->text = s->text;
		e->len = s->len;
		e->context = s->context;
		e->origin = s->origin;
		e->version = s->version;
		e->map = s->map;
		/* its environment, from its site: a view's nested path gets
		 * the type of what it is nested in (earlier sites are done) */
		fp_env_site where = { .site = s, .inv = inv[i] };
		if (s->ctx_kind == FP_SITE_CTX_SITE && s->ctx_site < i) {
			where.nested = out->exprs[s->ctx_site].x.type;
			where.nested_known = true;
		}
		const fp_expr_env *env;
		if (!fp_expr_env_build(&where, opt, arena, &env)) {
			ok = false;
			break;
		}
		fp_diags local;
		fp_diags_init(&local, arena);
		ok = fp_check_embedded(s->text, s->len, env, opt, arena, &local, &e->x);
		e->x.start = s->str->start;
		e->x.end = s->str->end;
		e->x.context = s->context;
		if (ok)
			map_diags(text, e, &local, diags);
		fp_diags_release(&local);
		if (!ok)
			break;
		out->nexprs = i + 1;
	}
	ok = ok && fill_siblings(members, nmembers, inv, out->exprs, arena) &&
	     lint_all(text, out->exprs, out->nexprs, false, arena, diags);
	fp_free(members);
	fp_free(inv);
	return ok && !diags->failed && !arena->failed;
}

bool fp_fhir_recheck(const char *text, fp_fhir_file *f, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags)
{
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.uses_ext || !e->str)
			continue;
		/* the first record of this string drops its old findings (a
		 * search parameter's string is checked once per base, and its
		 * records follow each other) */
		if (i == 0 || f->exprs[i - 1].str != e->str)
			fp_drop_analysis(diags, e->str->start, e->str->end);
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_recheck(e->text, &e->x, opt, arena, &local);
		if (ok)
			map_diags(text, e, &local, diags);
		fp_diags_release(&local);
		if (!ok)
			return false;
	}
	/* FP2010 once all are analysed again: an invariant is judged with
	 * its siblings' new types */
	if (!lint_all(text, f->exprs, f->nexprs, true, arena, diags))
		return false;
	return !diags->failed && !arena->failed;
}
