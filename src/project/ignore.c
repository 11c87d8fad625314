/*
 * project/ignore.c - inline suppressions and .fhirpath-ls.json ignore
 * entries applied to a file's findings (see ignore.h).
 */
#include "ignore.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sources/config.h"
#include "sources/fsh.h"
#include "sources/suppress.h"
#include "util/alloc.h"

/* The path of the file relative to dir (both real paths) into out;
 * false when it is not below dir. */
static bool relative_to(const char *dir, const char *path, char *out, size_t outlen)
{
	char real[PATH_MAX];
	if (!realpath(path, real))
		return false;
	size_t n = strlen(dir);
	while (n > 0 && dir[n - 1] == '/')
		n--;            /* "/" is 0 long: every real path is below it */
	if (strncmp(real, dir, n) != 0 || real[n] != '/')
		return false;
	const char *rest = real + n + 1;
	return (size_t)snprintf(out, outlen, "%s", rest) < outlen;
}

/* Does s (n bytes) equal want, blanks at s's ends aside? */
static bool same_text(const char *s, size_t n, const char *want)
{
	while (n && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')) {
		s++;
		n--;
	}
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' || s[n - 1] == '\r'))
		n--;
	return strlen(want) == n && memcmp(s, want, n) == 0;
}

/* Does a site's origin ("constraint pat-1 on Patient.contact") match an
 * entry's ("constraint pat-1"): the same, or it followed by a blank? */
static bool origin_is(const char *have, const char *want)
{
	size_t n = strlen(want);
	return have && strncmp(have, want, n) == 0 && (have[n] == 0 || have[n] == ' ');
}

/* Does entry g cover finding x (in the file at rel, with expressions info)? */
static bool entry_covers(const fp_config *cfg, const fp_config_ignore *g, const fp_diag *x,
			 const fp_expr_info *info, size_t ninfo)
{
	bool code = false;
	for (size_t k = 0; k < g->ncodes; k++)
		code = code || g->codes[k] == x->code;
	if (!code)
		return false;
	const char *expr = fp_config_str(cfg, g->expression);
	const char *origin = fp_config_str(cfg, g->origin);
	if (!expr && !origin)
		return true;
	/* any expression holding the finding (a search parameter's, once
	 * per base, repeats one range): info is sorted by start and its
	 * ranges do not overlap otherwise, so a binary search for the last
	 * one starting at or before it, then the walk back over its repeats */
	size_t lo = 0, hi = ninfo;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (info[mid].start <= x->start)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i-- > 0 && info[i].start == info[lo - 1].start;) {
		const fp_expr_info *e = &info[i];
		if (x->start > e->end)
			continue;
		if (expr && !(e->text && same_text(e->text, e->len, expr)))
			continue;
		if (origin && !origin_is(e->origin, origin))
			continue;
		return true;
	}
	return false;
}

static bool apply_comments(fp_diags *d, const fp_check_options *opt, const char *text,
			   const fp_fpfile *file);

/* The config's entries over d. */
static void apply_entries(fp_diags *d, const fp_config *cfg, const char *path,
			  const fp_expr_info *info, size_t ninfo)
{
	char rel[PATH_MAX];
	if (!path || strcmp(path, "-") == 0 || !cfg->dir[0] || !relative_to(cfg->dir, path, rel, sizeof rel))
		return;
	/* the entries for this file */
	const fp_config_ignore *mine[FP_CONFIG_MAX_IGNORES];
	size_t n = 0;
	for (size_t i = 0; i < cfg->nignores; i++) {
		const char *glob = fp_config_str(cfg, cfg->ignores[i].files);
		if (!glob || fp_glob_match(glob, rel))
			mine[n++] = &cfg->ignores[i];
	}
	if (!n)
		return;
	size_t k = 0;
	for (size_t i = 0; i < d->len; i++) {
		bool covered = false;
		for (size_t j = 0; !covered && j < n; j++)
			covered = entry_covers(cfg, mine[j], &d->items[i], info, ninfo);
		if (!covered)
			d->items[k++] = d->items[i];
	}
	d->len = k;
}

bool fp_apply_ignores(fp_diags *d, const fp_check_options *opt, const char *path, const char *text,
		      const fp_fpfile *file, const fp_expr_info *info, size_t ninfo)
{
	/* the comments first: the config may silence what they add */
	if (file && file->ncomments && !apply_comments(d, opt, text, file))
		return false;
	if (opt->config && opt->config->nignores)
		apply_entries(d, opt->config, path, info, ninfo);
	return !d->failed;
}

/* The suppression comments of a .fhirpath text over d. */
static bool apply_comments(fp_diags *d, const fp_check_options *opt, const char *text,
			   const fp_fpfile *file)
{
	size_t bytes;
	fp_span *x = NULL;
	if (file->nexprs) {
		if (fp_mul_size(file->nexprs, sizeof *x, &bytes) != 0 || !(x = fp_malloc(bytes))) {
			d->failed = true;
			return false;
		}
		for (size_t i = 0; i < file->nexprs; i++)
			x[i] = (fp_span){ file->exprs[i].start, file->exprs[i].end };
	}
	bool ok = fp_suppress_apply(text, file->comments, file->ncomments, x, file->nexprs, d);
	fp_free(x);
	if (ok)         /* FP2020, FP0043: their severities too (idempotent) */
		fp_apply_severities(d, opt);
	return ok && !d->failed;
}

/* The suppression comments of an FSH text over d: its comments that are
 * suppressions, and one span per expression string (a string that is
 * several sites counts once). */
static bool apply_fsh_comments(fp_diags *d, const fp_check_options *opt, const char *text,
			       size_t len, const fp_expr_info *info, size_t ninfo)
{
	fp_arena arena;
	fp_arena_init(&arena);
	fp_fsh_comment *c;
	size_t nc;
	bool ok = fp_fsh_comments(text, len, &arena, &c, &nc);
	fp_comment *v = NULL;
	fp_span *x = NULL;
	size_t nv = 0, nx = 0, bytes;
	if (ok && nc) {
		ok = fp_mul_size(nc, sizeof *v, &bytes) == 0 && (v = fp_malloc(bytes)) != NULL;
		for (size_t i = 0; ok && i < nc; i++) {
			uint32_t body = c[i].start + 2, end = c[i].end;
			if (!c[i].line)
				end = end >= body + 2 ? end - 2 : body;   /* without the closing star-slash */
			if (body <= end && fp_suppress_is_marker(text, body, end))
				v[nv++] = (fp_comment){ c[i].start, c[i].end, body, end };
		}
	}
	if (ok && nv && ninfo) {
		ok = fp_mul_size(ninfo, sizeof *x, &bytes) == 0 && (x = fp_malloc(bytes)) != NULL;
		for (size_t i = 0; ok && i < ninfo; i++) {
			if (nx && info[i].start < x[nx - 1].end)
				continue;       /* the same string again (or inside it) */
			x[nx++] = (fp_span){ info[i].start, info[i].end };
		}
	}
	if (ok && nv) {
		ok = fp_suppress_apply(text, v, nv, x, nx, d);
		if (ok)
			fp_apply_severities(d, opt);
	}
	if (!ok)
		d->failed = true;
	fp_free(v);
	fp_free(x);
	fp_arena_release(&arena);
	return ok && !d->failed;
}

bool fp_apply_ignores_fsh(fp_diags *d, const fp_check_options *opt, const char *path,
			  const char *text, size_t len, const fp_expr_info *info, size_t ninfo)
{
	if (text && !apply_fsh_comments(d, opt, text, len, info, ninfo))
		return false;
	if (opt->config && opt->config->nignores)
		apply_entries(d, opt->config, path, info, ninfo);
	return !d->failed;
}

static int info_cmp(const void *a, const void *b)
{
	const fp_expr_info *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

bool fp_expr_infos(const char *text, const fp_fpfile *file, const fp_fhir_file *fhir,
		   fp_arena *arena, fp_expr_info **out, size_t *n)
{
	bool is_fhir = fhir && fhir->is_fhir;
	size_t m = is_fhir ? fhir->nexprs : file ? file->nexprs : 0;
	*out = NULL;
	*n = 0;
	if (!m)
		return true;
	size_t bytes;
	fp_expr_info *v = fp_mul_size(m, sizeof *v, &bytes) == 0 ? fp_arena_alloc(arena, bytes) : NULL;
	if (!v)
		return false;
	for (size_t i = 0; i < m; i++) {
		if (is_fhir) {
			const fp_embedded *e = &fhir->exprs[i];
			v[i] = (fp_expr_info){ e->x.start, e->x.end, e->text, e->len, e->context, e->origin, i };
		} else {
			const fp_fexpr *e = &file->exprs[i];
			v[i] = (fp_expr_info){ e->start, e->end, text + e->start, e->end - e->start,
					       e->context, NULL, i };
		}
	}
	if (m > 1)
		qsort(v, m, sizeof *v, info_cmp);
	*out = v;
	*n = m;
	return true;
}
