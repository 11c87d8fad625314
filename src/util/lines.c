#include "lines.h"

#include <string.h>

#include "alloc.h"
#include "utf8.h"

/* The line breaks of s[0..n): '\n', "\r\n" (one break) or a lone '\r'.
 * Each break's following offset goes to starts when it is not NULL; the
 * count is returned. Eight bytes at a time: a word with neither byte in
 * it (nearly all of them) is skipped with a few operations. Byte by byte
 * (and with musl's memchr, not much faster), the line table of a 17 MB
 * bundle was half of a warm check of the core definitions. */
static size_t scan_breaks(const char *s, size_t n, uint32_t *starts)
{
	const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
	const uint64_t lf = ones * '\n', cr = ones * '\r';
	size_t c = 0, i = 0;
	while (i < n) {
		if (n - i >= 8) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			uint64_t x = w ^ lf, y = w ^ cr;
			if (((((x - ones) & ~x) | ((y - ones) & ~y)) & highs) == 0) {
				i += 8;
				continue;
			}
		}
		size_t stop = n - i >= 8 ? i + 8 : n;
		for (; i < stop; i++) {
			if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= n || s[i + 1] != '\n'))) {
				if (starts)
					starts[c] = (uint32_t)(i + 1);
				c++;
			}
		}
	}
	return c;
}

size_t fp_count_newlines(const char *s, size_t n)
{
	return scan_breaks(s, n, NULL);
}

bool fp_lines_init(fp_lines *lt, const char *text, size_t len)
{
	lt->text = text;
	lt->len = len;
	lt->count = 0;
	lt->starts = NULL;
	lt->memo = false;
	size_t n = 1 + scan_breaks(text, len, NULL);
	size_t bytes;
	if (fp_mul_size(n, sizeof(uint32_t), &bytes) != 0)
		return false;
	lt->starts = fp_malloc(bytes);
	if (!lt->starts)
		return false;
	lt->starts[0] = 0;
	lt->count = 1 + scan_breaks(text, len, lt->starts + 1);
	return true;
}

void fp_lines_release(fp_lines *lt)
{
	fp_free(lt->starts);
	lt->starts = NULL;
	lt->count = 0;
}

size_t fp_lines_line(const fp_lines *lt, size_t off)
{
	if (off > lt->len)
		off = lt->len;
	size_t lo = 0, hi = lt->count;  /* find last start <= off */
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (lt->starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void fp_lines_span(const fp_lines *lt, size_t line, size_t *start, size_t *end)
{
	if (line >= lt->count) {
		*start = *end = lt->len;
		return;
	}
	size_t s = lt->starts[line];
	size_t e = line + 1 < lt->count ? lt->starts[line + 1] : lt->len;
	/* strip the terminator */
	if (e > s && line + 1 < lt->count) {
		if (lt->text[e - 1] == '\n')
			e--;
		if (e > s && lt->text[e - 1] == '\r')
			e--;
	}
	*start = s;
	*end = e;
}

/* Width of the code point at text[i] in the unit, and its byte length. */
static size_t step(const char *t, size_t n, size_t i, fp_colunit unit, size_t *w)
{
	uint32_t cp;
	size_t len = fp_utf8_decode(t + i, n - i, &cp);
	if (len == 0)
		len = 1;        /* invalid byte: one unit */
	if (unit == FP_COL_BYTES)
		*w = len;
	else if (unit == FP_COL_UTF16)
		*w = len == 4 ? 2 : 1;
	else
		*w = 1;
	return len;
}

void fp_lines_pos(const fp_lines *lt, size_t off, fp_colunit unit,
		  size_t *line, size_t *col)
{
	if (off > lt->len)
		off = lt->len;
	size_t l = fp_lines_line(lt, off);
	size_t i = lt->starts[l], c = 0;
	if (unit == FP_COL_BYTES) {
		c = off - i;
	} else {
		/* the nearest remembered place of this line at or before off */
		const struct fp_lines_memo *best = NULL;
		for (size_t k = 0; lt->memo && k < 2; k++) {
			const struct fp_lines_memo *m = &lt->memos[k];
			if (m->unit == (int)unit && m->line == l && m->off <= off &&
			    (!best || m->off > best->off))
				best = m;
		}
		if (best) {
			i = best->off;
			c = best->col;
		}
		while (i < off) {
			size_t w;
			i += step(lt->text, lt->len, i, unit, &w);
			c += w;
		}
		fp_lines *m = (fp_lines *)lt;   /* the memo only */
		if (!m->memo) {
			m->memos[0].unit = m->memos[1].unit = -1;
			m->memo_next = 0;
			m->memo = true;
		}
		if (!best || best->off != i) {
			struct fp_lines_memo *slot = &m->memos[m->memo_next];
			m->memo_next ^= 1;
			slot->unit = (int)unit;
			slot->line = l;
			slot->off = i;
			slot->col = c;
		}
	}
	*line = l;
	*col = c;
}

size_t fp_lines_offset(const fp_lines *lt, size_t line, size_t col, fp_colunit unit)
{
	if (line >= lt->count)
		return lt->len;
	size_t s, e;
	fp_lines_span(lt, line, &s, &e);
	size_t i = s, c = 0;
	while (i < e && c < col) {
		size_t w;
		size_t len = step(lt->text, e, i, unit, &w);
		if (c + w > col)
			break;  /* column inside a surrogate pair: stay before it */
		c += w;
		i += len;
	}
	return i;
}
