/*
 * tests/unit/test_diff.c - util/diff.c: exact output on fixed texts, and
 * on random texts a diff that patches a into b with the fewest changed
 * lines (checked against a longest-common-subsequence table).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "util/buf.h"
#include "util/diff.h"

static const char *unit_suite_name = "diff";

static void diff_exact(void)
{
	fp_buf o;
	fp_buf_init(&o);
	const char *a = "a+b\n\n\nc\nd\ne\nf\ng\nh\ni\nj\nk\n x";
	const char *b = "a + b\n\nc\nd\ne\nf\ng\nh\ni\nj\nk\nx\n";
	CHECK(fp_diff_unified(a, strlen(a), b, strlen(b), "f", "f", 3, &o));
	CHECK_STR(o.data, "--- f\n+++ f\n"
			  "@@ -1,6 +1,5 @@\n-a+b\n+a + b\n \n-\n c\n d\n e\n"
			  "@@ -10,4 +9,4 @@\n i\n j\n k\n- x\n\\ No newline at end of file\n+x\n");
	fp_buf_reset(&o);
	CHECK(fp_diff_unified(a, strlen(a), a, strlen(a), "f", "f", 3, &o));
	CHECK(o.len == 0);
	CHECK(fp_diff_unified("", 0, "x\n", 2, "f", "f", 3, &o));
	CHECK_STR(o.data, "--- f\n+++ f\n@@ -0,0 +1 @@\n+x\n");
	fp_buf_release(&o);
}

/* Apply our diff of a (lines of 2 bytes) and return the result's length
 * in out, or -1 when the diff does not fit a; *changed counts +/- lines. */
static long apply(const char *a, size_t na, const char *d, char *out, size_t *changed)
{
	size_t ai = 0, po = 0;
	*changed = 0;
	const char *p = strchr(strchr(d, '\n') + 1, '\n') + 1;
	while (*p) {
		const char *e = strchr(p, '\n');
		if (*p == '@') {
			size_t as = 0, al = 1;
			sscanf(p, "@@ -%zu,%zu", &as, &al);
			size_t start = al ? as - 1 : as;
			for (; ai < start; ai++, po += 2)
				memcpy(out + po, a + 2 * ai, 2);
		} else if (*p == ' ' || *p == '-') {
			if (ai >= na || memcmp(p + 1, a + 2 * ai, 2) != 0)
				return -1;
			if (*p == ' ')
				memcpy(out + po, a + 2 * ai, 2), po += 2;
			else
				++*changed;
			ai++;
		} else if (*p == '+') {
			memcpy(out + po, p + 1, 2);
			po += 2;
			++*changed;
		}
		p = e + 1;
	}
	for (; ai < na; ai++, po += 2)
		memcpy(out + po, a + 2 * ai, 2);
	return (long)po;
}

static void diff_random(void)
{
	static const char pool[3][3] = { "a\n", "b\n", "c\n" };
	static int lcs[16][16];
	char ta[64], tb[64], out[128];
	srand(7);
	for (int it = 0; it < 20000; it++) {
		size_t n = (size_t)(rand() % 12), m = (size_t)(rand() % 12);
		for (size_t i = 0; i < n; i++)
			memcpy(ta + 2 * i, pool[rand() % 3], 2);
		for (size_t i = 0; i < m; i++)
			memcpy(tb + 2 * i, pool[rand() % 3], 2);
		for (size_t i = 0; i <= n; i++) {
			for (size_t j = 0; j <= m; j++) {
				if (!i || !j)
					lcs[i][j] = 0;
				else if (memcmp(ta + 2 * (i - 1), tb + 2 * (j - 1), 2) == 0)
					lcs[i][j] = lcs[i - 1][j - 1] + 1;
				else
					lcs[i][j] = lcs[i - 1][j] > lcs[i][j - 1] ? lcs[i - 1][j] : lcs[i][j - 1];
			}
		}
		fp_buf o;
		fp_buf_init(&o);
		CHECK(fp_diff_unified(ta, 2 * n, tb, 2 * m, "a", "b", (unsigned)(rand() % 4), &o));
		if (o.len == 0) {
			CHECK(n == m && memcmp(ta, tb, 2 * n) == 0);
			continue;
		}
		size_t changed;
		long got = apply(ta, n, o.data, out, &changed);
		fp_buf_release(&o);
		CHECK(got == (long)(2 * m) && memcmp(out, tb, 2 * m) == 0);
		CHECK(changed == n + m - 2 * (size_t)lcs[n][m]);
	}
}

/* Texts differing in more lines than the search allows: one hunk, still
 * a diff that turns a into b. */
static void diff_large(void)
{
	size_t n = 3000;
	char *a = malloc(2 * n), *b = malloc(2 * n);
	CHECK(a && b);
	for (size_t i = 0; i < n; i++) {
		memcpy(a + 2 * i, i % 2 ? "a\n" : "b\n", 2);
		memcpy(b + 2 * i, i % 3 ? "c\n" : "a\n", 2);
	}
	fp_buf o;
	fp_buf_init(&o);
	bool ok = fp_diff_unified(a, 2 * n, b, 2 * n, "a", "b", 3, &o);
	char *out = malloc(4 * n);
	size_t changed;
	long got = ok && out ? apply(a, n, o.data, out, &changed) : -1;
	bool right = got == (long)(2 * n) && memcmp(out, b, 2 * n) == 0;
	free(out);
	free(a);
	free(b);
	fp_buf_release(&o);
	CHECK(ok && right);
}

void unit_suite_diff(void)
{
	UNIT_RUN(diff_exact);
	UNIT_RUN(diff_random);
	UNIT_RUN(diff_large);
}
