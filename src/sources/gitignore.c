/*
 * sources/gitignore.c - the rules of a .gitignore file (gitignore.h).
 */
#include "sources/gitignore.h"

#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

typedef struct rule {
	char *pat;              /* without '!', leading '/' and trailing '/' */
	bool negate, dir_only, anchored;
} rule;

struct fp_gitignore {
	char *base;             /* NULL: above the root (lead is used) */
	size_t base_len;
	char *lead;
	rule *v;
	size_t n;
};

static bool add_rule(fp_gitignore *g, size_t *cap, const char *p, size_t n)
{
	rule r = { 0 };
	if (n && p[0] == '!') {
		r.negate = true;
		p++, n--;
	}
	if (n && p[n - 1] == '/') {
		r.dir_only = true;
		n--;
	}
	/* a '/' left at the start or in the middle anchors the pattern */
	r.anchored = memchr(p, '/', n) != NULL;
	if (n && p[0] == '/')
		p++, n--;
	if (n == 0)
		return true;
	r.pat = fp_strndup(p, n);
	if (!r.pat || !fp_grow(&g->v, cap, g->n, sizeof *g->v, 8)) {
		fp_free(r.pat);
		return false;
	}
	g->v[g->n++] = r;
	return true;
}

fp_gitignore *fp_gitignore_parse(const char *text, size_t len, const char *base, const char *lead)
{
	fp_gitignore *g = fp_calloc(1, sizeof *g);
	if (!g)
		return NULL;
	size_t cap = 0;
	bool ok = true;
	for (size_t i = 0; ok && i < len;) {
		size_t e = i;
		while (e < len && text[e] != '\n')
			e++;
		size_t n = e - i;
		const char *p = text + i;
		/* trailing blanks go unless escaped; a '\r' of CRLF too */
		while (n && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\r') &&
		       !(n >= 2 && p[n - 2] == '\\'))
			n--;
		if (n && p[0] != '#')
			ok = add_rule(g, &cap, p, n);
		i = e + 1;
	}
	if (ok && base) {
		g->base = fp_strdup(base);
		g->base_len = strlen(base);
		ok = g->base != NULL;
	} else if (ok) {
		g->lead = fp_strdup(lead ? lead : "");
		ok = g->lead != NULL;
	}
	if (!ok || g->n == 0) {
		fp_gitignore_free(g);
		return NULL;
	}
	return g;
}

/* Does the pattern p (names separated by '/', '**' for any number of
 * names) match the whole of path s? */
static bool match_path(const char *p, const char *s)
{
	if (strncmp(p, "**", 2) == 0 && (p[2] == '/' || p[2] == 0)) {
		const char *rest = p[2] ? p + 3 : p + 2;
		if (*rest == 0)
			return true;                    /* a trailing '**': all inside */
		for (const char *t = s;; t++) {         /* zero or more names */
			if ((t == s || t[-1] == '/') && match_path(rest, t))
				return true;
			if (*t == 0)
				return false;
		}
	}
	const char *pe = strchr(p, '/');
	const char *se = strchr(s, '/');
	size_t pl = pe ? (size_t)(pe - p) : strlen(p);
	size_t sl = se ? (size_t)(se - s) : strlen(s);
	char pn[256], sn[256];
	if (pl >= sizeof pn || sl >= sizeof sn)
		return false;
	memcpy(pn, p, pl);
	pn[pl] = 0;
	memcpy(sn, s, sl);
	sn[sl] = 0;
	if (fnmatch(pn, sn, 0) != 0)
		return false;
	if (!pe || !se)
		return !pe && !se;
	return match_path(pe + 1, se + 1);
}

int fp_gitignore_match(const fp_gitignore *g, const char *rel, bool is_dir)
{
	char joined[4096];
	const char *path = rel;
	if (g->base) {
		if (g->base_len) {
			if (strncmp(rel, g->base, g->base_len) != 0 || rel[g->base_len] != '/')
				return -1;
			path = rel + g->base_len + 1;
		}
	} else if (g->lead[0]) {
		int n = snprintf(joined, sizeof joined, "%s/%s", g->lead, rel);
		if (n < 0 || (size_t)n >= sizeof joined)
			return -1;
		path = joined;
	}
	const char *name = strrchr(path, '/');
	name = name ? name + 1 : path;
	for (size_t i = g->n; i-- > 0;) {
		const rule *r = &g->v[i];
		if (r->dir_only && !is_dir)
			continue;
		bool hit = r->anchored ? match_path(r->pat, path) : fnmatch(r->pat, name, 0) == 0;
		if (hit)
			return r->negate ? 0 : 1;
	}
	return -1;
}

void fp_gitignore_free(fp_gitignore *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++)
		fp_free(g->v[i].pat);
	fp_free(g->v);
	fp_free(g->base);
	fp_free(g->lead);
	fp_free(g);
}
