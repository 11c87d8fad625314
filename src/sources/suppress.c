/*
 * sources/suppress.c - inline suppressions (the rules are in suppress.h).
 */
#include "suppress.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"

#define MAX_CODES 16    /* codes one suppression may name */

/* One suppression as read. */
typedef struct supp {
	const fp_comment *c;
	bool file;              /* ignore-file */
	size_t target;          /* its expression's index; (size_t)-1: none */
	size_t n;
	int code[MAX_CODES];
	uint32_t cs[MAX_CODES], ce[MAX_CODES];  /* where each code is written */
	bool used[MAX_CODES];
} supp;

static bool blank(char ch)
{
	return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n' || ch == '*';
}

bool fp_suppress_is_marker(const char *text, size_t start, size_t end)
{
	size_t n = sizeof FP_SUPPRESS_MARKER - 1;
	while (start < end && blank(text[start]))
		start++;
	return end - start >= n && memcmp(text + start, FP_SUPPRESS_MARKER, n) == 0;
}

/* The expression comment c is for (see suppress.h), or (size_t)-1. */
static size_t target_of(const char *text, const fp_comment *c, const fp_span *x, size_t nx)
{
	size_t lo = 0, hi = nx;
	while (lo < hi) {       /* the first expression starting at or after its end */
		size_t mid = lo + (hi - lo) / 2;
		if (x[mid].start < c->end)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo > 0) {
		const fp_span *p = &x[lo - 1];
		if (p->start <= c->start && c->end <= p->end)
			return lo - 1;          /* inside it */
		if (p->end <= c->start && !memchr(text + p->end, '\n', c->start - p->end))
			return lo - 1;          /* trailing it on its line */
	}
	return lo < nx ? lo : (size_t)-1;
}

/* Read comment c into *s. False when it is malformed: FP0043 said why. */
static bool read_supp(const char *text, const fp_comment *c, supp *s, fp_diags *diags)
{
	size_t i = c->body, e = c->body_end;
	memset(s, 0, sizeof *s);
	s->c = c;
	while (i < e && blank(text[i]))
		i++;
	i += sizeof FP_SUPPRESS_MARKER - 1;
	while (i < e && (text[i] == ' ' || text[i] == '\t'))
		i++;
	size_t ws = i;
	while (i < e && (isalnum((unsigned char)text[i]) || text[i] == '-'))
		i++;
	size_t we = i;
	if (we - ws == 6 && memcmp(text + ws, "ignore", 6) == 0) {
		s->file = false;
	} else if (we - ws == 11 && memcmp(text + ws, "ignore-file", 11) == 0) {
		s->file = true;
	} else {
		if (we == ws) {
			fp_diags_add(diags, FP_D_BAD_SUPPRESSION, c->start, c->end,
				     "malformed suppression: expected 'ignore CODE' or 'ignore-file CODE' after '%s'",
				     FP_SUPPRESS_MARKER);
		} else {
			fp_diags_add(diags, FP_D_BAD_SUPPRESSION, ws, we,
				     "malformed suppression: expected 'ignore' or 'ignore-file', found '%.*s'",
				     (int)(we - ws > 40 ? 40 : we - ws), text + ws);
		}
		return false;
	}
	/* the codes: separated by ',' or blanks, up to the end or a '--' reason */
	size_t end = e;
	for (size_t j = we; j + 1 < e; j++) {
		if (text[j] == '-' && text[j + 1] == '-') {
			end = j;
			break;
		}
	}
	while (end > we && blank(text[end - 1]))
		end--;
	for (i = we; i < end;) {
		if (text[i] == ',' || blank(text[i])) {
			i++;
			continue;
		}
		size_t cs = i;
		while (i < end && text[i] != ',' && !blank(text[i]))
			i++;
		char code[16];
		size_t n = i - cs;
		int num = -1;
		if (n < sizeof code) {
			memcpy(code, text + cs, n);
			code[n] = 0;
			num = fp_diag_parse_code(code);
		}
		if (num < 0 || !fp_diag_lookup(num)) {
			fp_diags_add(diags, FP_D_BAD_SUPPRESSION, cs, i,
				     "unknown code '%.*s' in suppression (codes look like FP2003: fhirpath-ls explain)",
				     (int)(n > 40 ? 40 : n), text + cs);
			return false;
		}
		if (s->n == MAX_CODES) {
			fp_diags_add(diags, FP_D_BAD_SUPPRESSION, cs, i,
				     "too many codes in one suppression (at most %d)", MAX_CODES);
			return false;
		}
		s->code[s->n] = num;
		s->cs[s->n] = (uint32_t)cs;
		s->ce[s->n] = (uint32_t)i;
		s->n++;
	}
	if (s->n == 0) {
		fp_diags_add(diags, FP_D_BAD_SUPPRESSION, ws, we,
			     "suppression '%.*s' names no code (write '// %s %.*s FP2003')",
			     (int)(we - ws), text + ws, FP_SUPPRESS_MARKER, (int)(we - ws), text + ws);
		return false;
	}
	return true;
}

/* Does s cover finding g (and so mark the code used)? */
static bool covers(supp *s, const fp_span *x, const fp_diag *g)
{
	if (!s->file && (s->target == (size_t)-1 || g->start < x[s->target].start ||
			 g->start > x[s->target].end))
		return false;
	for (size_t k = 0; k < s->n; k++) {
		if (s->code[k] == g->code) {
			s->used[k] = true;
			return true;
		}
	}
	return false;
}

/* The expression whose range holds offset at, or (size_t)-1. */
static size_t expr_at(const fp_span *x, size_t nx, size_t at)
{
	size_t lo = 0, hi = nx;
	while (lo < hi) {       /* the first expression starting after at */
		size_t mid = lo + (hi - lo) / 2;
		if (x[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo > 0 && at <= x[lo - 1].end ? lo - 1 : (size_t)-1;
}

/* The first of v[0..n) (expression suppressions, targets in
 * non-decreasing order) whose target is e or later. */
static size_t first_for(const supp *v, size_t n, size_t e)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].target < e)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

bool fp_suppress_apply(const char *text, const fp_comment *c, size_t nc, const fp_span *x,
		       size_t nx, fp_diags *diags)
{
	if (nc == 0)
		return !diags->failed;
	size_t bytes;
	supp *v = fp_mul_size(nc, sizeof *v, &bytes) == 0 ? fp_malloc(bytes) : NULL;
	if (!v) {
		diags->failed = true;
		return false;
	}
	/* FP0043 findings of this call are added as they are read, after the
	 * file's own: those are the ones the suppressions may cover */
	size_t nfindings = diags->len, n = 0;
	for (size_t i = 0; i < nc; i++) {
		if (!fp_suppress_is_marker(text, c[i].body, c[i].body_end))
			continue;
		if (!read_supp(text, &c[i], &v[n], diags))
			continue;
		v[n].target = v[n].file ? (size_t)-1 : target_of(text, &c[i], x, nx);
		n++;
	}
	/* v is in file order, so the targets of its expression suppressions
	 * never decrease: a finding's candidates are found by binary search
	 * (its expression, then the run of suppressions for it), which keeps
	 * a file with a suppression on every expression n log n (a loop over
	 * all of them took 4 s for 20,000); the ignore-file ones, few, are
	 * tried on every finding, so they go after the others (each group
	 * stays in file order). */
	size_t nx_supp = 0;
	for (size_t j = 0; j < n; j++)
		nx_supp += !v[j].file;
	supp *w = n ? fp_malloc(n * sizeof *w) : NULL;
	if (n && !w) {
		fp_free(v);
		diags->failed = true;
		return false;
	}
	for (size_t j = 0, a = 0, b = nx_supp; j < n; j++)
		w[v[j].file ? b++ : a++] = v[j];
	fp_free(v);
	v = w;
	size_t k = 0;
	for (size_t i = 0; i < diags->len; i++) {
		fp_diag *g = &diags->items[i];
		bool covered = false;
		if (i < nfindings) {
			/* every suppression that covers it counts as used */
			size_t e = expr_at(x, nx, g->start);
			for (size_t j = e == (size_t)-1 ? nx_supp : first_for(v, nx_supp, e);
			     j < nx_supp && v[j].target == e; j++)
				covered = covers(&v[j], x, g) || covered;
			for (size_t j = nx_supp; j < n; j++)
				covered = covers(&v[j], x, g) || covered;
		}
		if (!covered)
			diags->items[k++] = *g;
	}
	diags->len = k;
	for (size_t j = 0; j < n; j++) {
		const supp *s = &v[j];
		for (size_t m = 0; m < s->n; m++) {
			if (s->used[m])
				continue;
			char code[8];
			snprintf(code, sizeof code, "FP%04d", s->code[m]);
			if (s->file)
				fp_diags_add(diags, FP_D_UNUSED_SUPPRESSION, s->cs[m], s->ce[m],
					     "unused suppression: no %s finding in this file", code);
			else if (s->target == (size_t)-1)
				fp_diags_add(diags, FP_D_UNUSED_SUPPRESSION, s->cs[m], s->ce[m],
					     "unused suppression: no expression follows it to ignore %s in", code);
			else
				fp_diags_add(diags, FP_D_UNUSED_SUPPRESSION, s->cs[m], s->ce[m],
					     "unused suppression: no %s finding in the expression it is for", code);
		}
	}
	fp_free(v);
	return !diags->failed;
}
