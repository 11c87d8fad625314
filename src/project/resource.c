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
 * for every base, so a finding equal to one of diags->items[from..len)
 * (what the earlier records of the same string added) is left out. */
static void map_diags(const char *text, const fp_embedded *e, const fp_diags *local,
		      fp_diags *diags, size_t from)
{
	for (size_t i = 0; i < local->len; i++) {
		const fp_diag *d = &local->items[i];
		size_t a = fp_embedded_source_offset(text, e, d->start);
		size_t b = fp_embedded_source_offset(text, e, d->end);
		bool dup = false;
		for (size_t k = diags->len; k-- > from && !dup;) {
			const fp_diag *o = &diags->items[k];
			dup = o->start == a && o->end == b && o->code == d->code;
		}
		if (!dup)
			fp_diags_add(diags, d->code, a, b, "%s", d->message);
	}
}

/* A copy of d->items[from..len) in arena, into *out and *n (NULL, 0 when
 * empty). False when out of memory. */
static bool keep_found(const fp_diags *d, size_t from, fp_arena *arena, fp_diag **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (d->failed || from >= d->len)
		return !d->failed;
	fp_diag *v = fp_arena_alloc(arena, (d->len - from) * sizeof *v);
	if (!v)
		return false;
	memcpy(v, d->items + from, (d->len - from) * sizeof *v);
	*out = v;
	*n = d->len - from;
	return true;
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
static bool lint_all(const char *text, fp_embedded *e, size_t n, bool only_ext,
		     fp_arena *arena, fp_diags *diags)
{
	for (size_t i = 0; i < n; i++) {
		if (!e[i].x.invariant || (only_ext && !e[i].x.uses_ext))
			continue;
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_lint_fexpr(e[i].text, &e[i].x, arena, &local);
		size_t mark = diags->len;
		if (ok)
			map_diags(text, &e[i], &local, diags, mark);
		fp_diags_release(&local);
		/* what it added, for fp_fhir_update_string (only_ext: its
		 * earlier FP2010 findings stay in diags beside these) */
		if (ok && !only_ext)
			ok = keep_found(diags, mark, arena, &e[i].linted, &e[i].nlinted);
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
	size_t before = diags->len;
	bool ok = xml ? fp_fhir_xml_sites(text, len, opt->version, arena, diags, &fs)
		      : fp_fhir_json_sites(text, len, opt->version, arena, diags, &fs);
	if (!ok || !keep_found(diags, before, arena, &out->own, &out->nown))
		return false;
	out->is_fhir = fs.is_fhir;
	out->ext_urls = fs.ext_urls;
	out->next_urls = fs.next_urls;
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
	size_t from = diags->len;
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
		if (s->ctx_kind == FP_SITE_CTX_SITE && s->ctx_site < i)
			out->exprs[s->ctx_site].feeds = true;
		if (i == 0 || fs.sites[i - 1].str != s->str)
			from = diags->len;      /* the first record of its string */
		fp_diags local;
		fp_diags_init(&local, arena);
		ok = fp_check_embedded(s->text, s->len, env, opt, arena, &local, &e->x);
		e->x.start = s->str->start;
		e->x.end = s->str->end;
		e->x.context = s->context;
		size_t mark = diags->len;
		if (ok)
			map_diags(text, e, &local, diags, from);
		fp_diags_release(&local);
		ok = ok && keep_found(diags, mark, arena, &e->found, &e->nfound);
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
	size_t from = diags->len;
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.uses_ext || !e->str)
			continue;
		/* the first record of this string drops its old findings (a
		 * search parameter's string is checked once per base, and its
		 * records follow each other) */
		if (i == 0 || f->exprs[i - 1].str != e->str)
			fp_drop_analysis(diags, e->str->start, e->str->end);
		if (i == 0 || f->exprs[i - 1].str != e->str)
			from = diags->len;
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_recheck(e->text, &e->x, opt, arena, &local);
		if (ok)
			map_diags(text, e, &local, diags, from);
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

/* ---- incremental analysis (the language server) ---------------------- */

static void shift_diags(fp_diag *v, size_t n, size_t at, long delta)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].start >= at)
			v[i].start = (uint32_t)((long)v[i].start + delta);
		if (v[i].end > at || (v[i].end == at && v[i].start > at))
			v[i].end = (uint32_t)((long)v[i].end + delta);
	}
}

void fp_fhir_shift(fp_fhir_file *f, size_t at, long delta)
{
	shift_diags(f->own, f->nown, at, delta);
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		/* the records of one string share its node: moved once */
		if (e->str && (i == 0 || f->exprs[i - 1].str != e->str)) {
			fp_json *s = (fp_json *)e->str;     /* the arena's: ours to change */
			if (s->start > at)
				s->start = (uint32_t)((long)s->start + delta);
			if (s->end > at)
				s->end = (uint32_t)((long)s->end + delta);
		}
		if (e->str) {
			e->x.start = e->str->start;
			e->x.end = e->str->end;
		}
		shift_diags(e->found, e->nfound, at, delta);
		shift_diags(e->linted, e->nlinted, at, delta);
	}
}

/* FP2010 again for every invariant of the group whose record is inv:
 * its list of others is made again from the members' current analyses
 * (as fill_siblings does), then each member's linted list is replaced. */
static bool relint_group(fp_fhir_file *f, const char *text, const fp_invariant *inv,
			 fp_arena *arena)
{
	size_t n = 0;
	for (size_t i = 0; i < f->nexprs; i++)
		n += f->exprs[i].x.env && f->exprs[i].x.env->inv == inv;
	fp_analysed *v = fp_arena_alloc(arena, (n ? n : 1) * sizeof *v);
	if (!v)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < f->nexprs; i++) {
		const fp_embedded *x = &f->exprs[i];
		if (x->x.env && x->x.env->inv == inv && !x->x.syntax_errors && x->x.types)
			v[k++] = (fp_analysed){ x->text, x->len, x->x.ast, x->x.types };
	}
	fp_invariant *r = (fp_invariant *)inv;  /* the arena's: ours to change */
	r->others = v;
	r->nothers = k;
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.env || e->x.env->inv != inv || !e->x.invariant)
			continue;
		fp_diags local, mapped;
		fp_diags_init(&local, arena);
		fp_diags_init(&mapped, arena);
		bool ok = fp_lint_fexpr(e->text, &e->x, arena, &local);
		if (ok)
			map_diags(text, e, &local, &mapped, 0);
		ok = ok && keep_found(&mapped, 0, arena, &e->linted, &e->nlinted);
		fp_diags_release(&local);
		fp_diags_release(&mapped);
		if (!ok)
			return false;
	}
	return true;
}

bool fp_fhir_update_string(fp_fhir_file *f, const char *text_file, size_t i, const char *text,
			   size_t n, const fp_check_options *opt, fp_arena *arena)
{
	if (i >= f->nexprs || !f->exprs[i].str)
		return false;
	const fp_json *node = f->exprs[i].str;
	size_t first = i, last = i + 1;
	while (first > 0 && f->exprs[first - 1].str == node)
		first--;
	while (last < f->nexprs && f->exprs[last].str == node)
		last++;
	char *copy = fp_arena_strndup(arena, text, n);
	if (!copy)
		return false;
	fp_json *str = (fp_json *)node;         /* the arena's: ours to change */
	str->u.str.s = copy;
	str->u.str.len = n;
	fp_diags found;
	fp_diags_init(&found, arena);
	bool ok = true;
	for (size_t k = first; ok && k < last; k++) {
		fp_embedded *e = &f->exprs[k];
		const fp_expr_env *env = e->x.env;
		if (!env) {
			ok = false;     /* never analysed: nothing to start from */
			break;
		}
		e->text = copy;
		e->len = n;
		fp_diags local;
		fp_diags_init(&local, arena);
		ok = fp_check_embedded(copy, n, env, opt, arena, &local, &e->x);
		e->x.start = str->start;
		e->x.end = str->end;
		e->x.context = e->context;
		size_t mark = found.len;
		if (ok)
			map_diags(text_file, e, &local, &found, 0);
		fp_diags_release(&local);
		ok = ok && keep_found(&found, mark, arena, &e->found, &e->nfound);
	}
	fp_diags_release(&found);
	for (size_t k = first; ok && k < last; k++) {
		const fp_embedded *e = &f->exprs[k];
		if (e->x.invariant && e->x.env->inv)
			ok = relint_group(f, text_file, e->x.env->inv, arena);
	}
	return ok && !arena->failed;
}

/* Append n findings as they are (their messages stay where they are). */
static bool push_all(fp_diags *d, const fp_diag *v, size_t n)
{
	if (n == 0)
		return true;
	if (d->len + n > d->cap) {
		size_t cap = d->cap ? d->cap : 8;
		while (cap < d->len + n)
			cap *= 2;
		fp_diag *p = fp_realloc(d->items, cap * sizeof *p);
		if (!p) {
			d->failed = true;
			return false;
		}
		d->items = p;
		d->cap = cap;
	}
	memcpy(d->items + d->len, v, n * sizeof *v);
	d->len += n;
	return true;
}

bool fp_fhir_collect(const fp_fhir_file *f, fp_diags *diags)
{
	diags->len = 0;
	bool ok = push_all(diags, f->own, f->nown);
	for (size_t i = 0; ok && i < f->nexprs; i++)
		ok = push_all(diags, f->exprs[i].found, f->exprs[i].nfound);
	for (size_t i = 0; ok && i < f->nexprs; i++)
		ok = push_all(diags, f->exprs[i].linted, f->exprs[i].nlinted);
	return ok;
}
