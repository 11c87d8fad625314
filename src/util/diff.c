/*
 * util/diff.c - a unified diff of two texts (diff.h).
 */
#include "util/diff.h"

#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

/* The most differences searched for the shortest script; past it the
 * middle is one hunk. The search keeps (D+1)^2 ints: 16 MB at 2,000. */
#define MAX_D 2000

typedef struct line {
	const char *p;
	size_t n;               /* with its line end, if any */
} line;

typedef struct lines {
	line *v;
	size_t n;
} lines;

static bool split(const char *t, size_t len, lines *out)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		n += t[i] == '\n';
	n += len && t[len - 1] != '\n';
	out->v = fp_malloc((n ? n : 1) * sizeof *out->v);
	out->n = 0;
	if (!out->v)
		return false;
	size_t start = 0;
	for (size_t i = 0; i < len; i++) {
		if (t[i] == '\n') {
			out->v[out->n++] = (line){ t + start, i + 1 - start };
			start = i + 1;
		}
	}
	if (start < len)
		out->v[out->n++] = (line){ t + start, len - start };
	return true;
}

static bool same(const line *x, const line *y)
{
	return x->n == y->n && memcmp(x->p, y->p, x->n) == 0;
}

/* One step of the script: '=' keep, '-' drop a line of a, '+' add one of b. */
typedef struct script {
	char *op;
	size_t n, cap;
} script;

static bool push(script *s, char op, size_t count)
{
	if (count == 0)
		return true;
	if (s->n + count > s->cap) {
		size_t cap = s->cap ? s->cap : 64;
		while (cap < s->n + count)
			cap *= 2;
		char *p = fp_realloc(s->op, cap);
		if (!p)
			return false;
		s->op = p;
		s->cap = cap;
	}
	memset(s->op + s->n, op, count);
	s->n += count;
	return true;
}

/* Myers' greedy search over a[0..n) and b[0..m), then the path read back
 * from the stored frontiers. False when out of memory; *gave_up when the
 * texts differ in more than MAX_D lines (nothing pushed then). */
static bool myers(const line *a, size_t n, const line *b, size_t m, script *s, bool *gave_up)
{
	*gave_up = false;
	size_t max = n + m;
	if (max > MAX_D)
		max = MAX_D;
	/* Frontier d holds the furthest x on each diagonal k = -d..d, at
	 * rows[d*d + k + d]: rows of 2d+1 cells, one block for all. */
	size_t cells = (max + 1) * (max + 1) + 1;
	int32_t *rows = fp_malloc(cells * sizeof *rows);
	if (!rows)
		return false;
	int32_t *prev = NULL;
	size_t d_found = 0;
	bool found = false;
	for (size_t d = 0; d <= max && !found; d++) {
		int32_t *row = rows + d * d;      /* rows 0..d-1 take d^2 cells */
		long id = (long)d;
		for (long k = -id; k <= id; k += 2) {
			long x;
			if (d == 0)
				x = 0;
			else if (k == -id || (k != id && prev[k - 1 + (id - 1)] < prev[k + 1 + (id - 1)]))
				x = prev[k + 1 + (id - 1)];       /* down: add b's line */
			else
				x = prev[k - 1 + (id - 1)] + 1;   /* right: drop a's line */
			long y = x - k;
			while (x < (long)n && y < (long)m && y >= 0 && same(&a[x], &b[y]))
				x++, y++;
			row[k + id] = (int32_t)x;
			if (x >= (long)n && y >= (long)m) {
				found = true;
				d_found = d;
				break;
			}
		}
		prev = row;
	}
	if (!found) {
		fp_free(rows);
		*gave_up = true;
		return true;
	}
	/* Read the path back from (n, m), collecting ops in reverse. */
	size_t total = n + m;
	char *rev = fp_malloc(total ? total : 1);
	if (!rev) {
		fp_free(rows);
		return false;
	}
	size_t r = 0;
	long x = (long)n, y = (long)m;
	for (long d = (long)d_found; d > 0; d--) {
		int32_t *pr = rows + (d - 1) * (d - 1);
		long k = x - y;
		long pk;
		if (k == -d || (k != d && pr[k - 1 + (d - 1)] < pr[k + 1 + (d - 1)]))
			pk = k + 1;
		else
			pk = k - 1;
		long px = pr[pk + (d - 1)];
		long py = px - pk;
		long sx = pk == k + 1 ? px : px + 1;   /* where the snake of step d starts */
		while (x > sx)
			rev[r++] = '=', x--, y--;
		rev[r++] = pk == k + 1 ? '+' : '-';
		x = px;
		y = py;
	}
	while (x > 0)
		rev[r++] = '=', x--, y--;
	bool ok = true;
	for (size_t i = r; ok && i > 0; i--)
		ok = push(s, rev[i - 1], 1);
	fp_free(rev);
	fp_free(rows);
	return ok;
}

static void emit_line(fp_buf *out, char mark, const line *l)
{
	fp_buf_addc(out, mark);
	fp_buf_add(out, l->p, l->n);
	if (l->n == 0 || l->p[l->n - 1] != '\n')
		fp_buf_adds(out, "\n\\ No newline at end of file\n");
}

/* Print the hunks of script s over a and b. */
static void emit(const lines *a, const lines *b, const script *s, unsigned ctx, fp_buf *out)
{
	size_t i = 0;
	while (i < s->n) {
		while (i < s->n && s->op[i] == '=')
			i++;
		if (i == s->n)
			break;
		/* a hunk: from ctx lines before this change to ctx after the
		 * last change that is at most 2*ctx unchanged lines from the next */
		size_t start = i >= ctx ? i - ctx : 0;
		size_t end = i;
		for (;;) {
			while (end < s->n && s->op[end] != '=')
				end++;
			size_t run = 0;
			while (end + run < s->n && s->op[end + run] == '=')
				run++;
			if (end + run == s->n || run > 2 * (size_t)ctx) {
				end += run < ctx ? run : ctx;
				break;
			}
			end += run;
		}
		/* line numbers at `start` */
		size_t ai = 0, bi = 0;
		for (size_t j = 0; j < start; j++) {
			ai += s->op[j] != '+';
			bi += s->op[j] != '-';
		}
		size_t al = 0, bl = 0;
		for (size_t j = start; j < end; j++) {
			al += s->op[j] != '+';
			bl += s->op[j] != '-';
		}
		fp_buf_printf(out, "@@ -%zu", al ? ai + 1 : ai);
		if (al != 1)
			fp_buf_printf(out, ",%zu", al);
		fp_buf_printf(out, " +%zu", bl ? bi + 1 : bi);
		if (bl != 1)
			fp_buf_printf(out, ",%zu", bl);
		fp_buf_adds(out, " @@\n");
		for (size_t j = start; j < end; j++) {
			char op = s->op[j];
			if (op == '=') {
				emit_line(out, ' ', &a->v[ai++]);
				bi++;
			} else if (op == '-') {
				emit_line(out, '-', &a->v[ai++]);
			} else {
				emit_line(out, '+', &b->v[bi++]);
			}
		}
		i = end;
	}
}

bool fp_diff_unified(const char *a, size_t alen, const char *b, size_t blen, const char *name_a,
		     const char *name_b, unsigned context, fp_buf *out)
{
	if (alen == blen && (alen == 0 || memcmp(a, b, alen) == 0))
		return true;
	lines la = { 0 }, lb = { 0 };
	script s = { 0 };
	bool ok = split(a, alen, &la) && split(b, blen, &lb);
	size_t pre = 0, post = 0;
	if (ok) {
		while (pre < la.n && pre < lb.n && same(&la.v[pre], &lb.v[pre]))
			pre++;
		while (post < la.n - pre && post < lb.n - pre &&
		       same(&la.v[la.n - 1 - post], &lb.v[lb.n - 1 - post]))
			post++;
		ok = push(&s, '=', pre);
	}
	if (ok) {
		size_t n = la.n - pre - post, m = lb.n - pre - post;
		bool gave_up;
		ok = myers(la.v + pre, n, lb.v + pre, m, &s, &gave_up);
		if (ok && gave_up)
			ok = push(&s, '-', n) && push(&s, '+', m);
		ok = ok && push(&s, '=', post);
	}
	if (ok) {
		fp_buf_printf(out, "--- %s\n+++ %s\n", name_a, name_b);
		emit(&la, &lb, &s, context, out);
		ok = !out->failed;
	}
	fp_free(s.op);
	fp_free(la.v);
	fp_free(lb.v);
	return ok;
}
