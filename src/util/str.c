#include "str.h"
#include "buf.h"

#include <stdio.h>

/* Levenshtein distance with a banded early exit; names are short, so a
 * two-row table on the stack is enough (longer names just compare far). */
size_t fp_str_distance(fp_str a, fp_str b, size_t max)
{
	enum { MAXLEN = 64 };
	if (a.n > MAXLEN || b.n > MAXLEN)
		return fp_str_eq(a, b) ? 0 : max + 1;
	size_t diff = a.n > b.n ? a.n - b.n : b.n - a.n;
	if (diff > max)
		return max + 1;
	size_t row0[MAXLEN + 1], row1[MAXLEN + 1];
	size_t *prev = row0, *cur = row1;
	for (size_t j = 0; j <= b.n; j++)
		prev[j] = j;
	for (size_t i = 1; i <= a.n; i++) {
		cur[0] = i;
		size_t best = cur[0];
		for (size_t j = 1; j <= b.n; j++) {
			size_t cost = a.p[i - 1] == b.p[j - 1] ? 0 : 1;
			size_t v = prev[j - 1] + cost;
			if (prev[j] + 1 < v)
				v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > max)
			return max + 1;
		size_t *t = prev;
		prev = cur;
		cur = t;
	}
	return prev[b.n] > max ? max + 1 : prev[b.n];
}

void fp_str_excerpt(const char *s, size_t len, size_t max, char *out, size_t cap)
{
	if (cap == 0)
		return;
	if (len <= max) {
		snprintf(out, cap, "%.*s", (int)len, s);
		return;
	}
	size_t cut = max > 3 ? max - 3 : 0;
	while (cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80)
		cut--;  /* s[cut] continues a character: cut before it */
	snprintf(out, cap, "%.*s...", (int)cut, s);
}

void fp_uri_encode_path(fp_buf *b, const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    *p == '-' || *p == '.' || *p == '_' || *p == '~' || *p == '/') {
			fp_buf_addc(b, (char)*p);
		} else {
			char e[3] = { '%', hex[*p >> 4], hex[*p & 15] };
			fp_buf_add(b, e, 3);
		}
	}
}

bool fp_caseless_eq(const char *x, size_t xn, const char *y, size_t yn)
{
	if (xn != yn)
		return false;
	for (size_t i = 0; i < xn; i++) {
		char c = x[i], d = y[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (d >= 'A' && d <= 'Z')
			d = (char)(d - 'A' + 'a');
		if (c != d)
			return false;
	}
	return true;
}

size_t fp_name_max(fp_str written)
{
	return written.n <= 3 ? 1 : 2;
}

/* True when x and y differ only by two neighbouring letters swapped. */
static bool one_swap(fp_str x, fp_str y)
{
	if (x.n != y.n || x.n < 2)
		return false;
	size_t i = 0;
	while (i < x.n && x.p[i] == y.p[i])
		i++;
	return i + 1 < x.n && x.p[i] == y.p[i + 1] && x.p[i + 1] == y.p[i] &&
	       memcmp(x.p + i + 2, y.p + i + 2, x.n - i - 2) == 0;
}

size_t fp_name_distance(fp_str written, fp_str cand)
{
	size_t max = fp_name_max(written);
	if (fp_caseless_eq(written.p, written.n, cand.p, cand.n))
		return 0;
	if (one_swap(written, cand))
		return 1;
	return fp_str_distance(written, cand, max);
}

bool fp_path_normalize(const char *path, char *out, size_t cap)
{
	bool abs = path[0] == '/';
	size_t n = 0, keep = 0;         /* keep: leading ".." parts of a relative path */
	if (cap < 2)
		return false;
	if (abs)
		out[n++] = '/';
	size_t base = n;
	for (const char *p = path; *p;) {
		while (*p == '/')
			p++;
		const char *q = p;
		while (*q && *q != '/')
			q++;
		size_t l = (size_t)(q - p);
		if (l == 0 || (l == 1 && p[0] == '.')) {
			/* nothing */
		} else if (l == 2 && p[0] == '.' && p[1] == '.') {
			if (n > base + keep * 3) {      /* drop the last part */
				while (n > base && out[n - 1] != '/')
					n--;
				if (n > base)
					n--;            /* its separating slash */
			} else if (!abs) {
				if (n + (n > base) + 2 >= cap)
					return false;
				if (n > base)
					out[n++] = '/';
				out[n++] = '.';
				out[n++] = '.';
				keep++;
			}
		} else {
			if (n + (n > base) + l >= cap)
				return false;
			if (n > base)
				out[n++] = '/';
			memcpy(out + n, p, l);
			n += l;
		}
		p = q;
	}
	if (n == 0)
		out[n++] = '.';
	out[n] = 0;
	return true;
}
