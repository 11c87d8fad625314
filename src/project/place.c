/*
 * project/place.c - where a checked file's findings are: from its text
 * and line table, or, for a file reported from the store, from the
 * places its record kept (project/driver.h).
 */
#include "project/driver.h"

#include "util/utf8.h"

static size_t chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

void fp_line_window(const char *text, size_t ls, size_t le, size_t at, size_t *a, size_t *b)
{
	enum { BEFORE = 256, AFTER = 768 };     /* bytes: more than a snippet shows */
	if (at > le)
		at = le;
	if (at < ls)
		at = ls;
	*a = ls;
	*b = le;
	if (at - ls > BEFORE) {
		*a = at - BEFORE;
		while (*a < at && ((unsigned char)text[*a] & 0xC0) == 0x80)
			(*a)++;         /* not inside a character */
	}
	if (le - at > AFTER) {
		*b = at + AFTER;
		while (*b > at && ((unsigned char)text[*b] & 0xC0) == 0x80)
			(*b)--;
	}
}

void fp_checked_pos(const fp_checked *c, size_t i, fp_colunit unit, size_t *l0, size_t *c0,
		    size_t *l1, size_t *c1)
{
	if (c->places) {
		const fp_place *p = &c->places[i];
		*l0 = p->line[0];
		*c0 = p->col[0][unit];
		*l1 = p->line[1];
		*c1 = p->col[1][unit];
		return;
	}
	const fp_diag *d = &c->diags->items[i];
	fp_lines_pos(c->lines, d->start, unit, l0, c0);
	fp_lines_pos(c->lines, d->end, unit, l1, c1);
}

bool fp_checked_rel_pos(const fp_checked *c, size_t i, fp_colunit unit, size_t *l0, size_t *c0,
			size_t *l1, size_t *c1)
{
	const fp_diag *d = &c->diags->items[i];
	if (!d->rel_message)
		return false;
	if (c->places) {
		const fp_place *p = &c->places[i];
		*l0 = p->rel_line[0];
		*c0 = p->rel_col[0][unit];
		*l1 = p->rel_line[1];
		*c1 = p->rel_col[1][unit];
		return true;
	}
	fp_lines_pos(c->lines, d->rel_start, unit, l0, c0);
	fp_lines_pos(c->lines, d->rel_end, unit, l1, c1);
	return true;
}

void fp_checked_window(const fp_checked *c, size_t i, const char **s, size_t *n, size_t *skip,
		       bool *cut)
{
	if (c->places) {
		const fp_place *p = &c->places[i];
		*s = p->window;
		*n = p->window_len;
		*skip = p->skip;
		*cut = p->cut;
		return;
	}
	const fp_diag *d = &c->diags->items[i];
	size_t l = fp_lines_line(c->lines, d->start), ls, le, a, b;
	fp_lines_span(c->lines, l, &ls, &le);
	fp_line_window(c->text, ls, le, d->start, &a, &b);
	*s = c->text + a;
	*n = b - a;
	*skip = chars(c->text + ls, a - ls);
	*cut = b < le;
}

void fp_checked_place(const fp_checked *c, size_t i, fp_place *out)
{
	static const fp_colunit units[3] = { FP_COL_BYTES, FP_COL_UTF16, FP_COL_CHARS };
	for (int u = 0; u < 3; u++) {
		size_t l0, c0, l1, c1;
		fp_checked_pos(c, i, units[u], &l0, &c0, &l1, &c1);
		out->line[0] = (uint32_t)l0;
		out->line[1] = (uint32_t)l1;
		out->col[0][units[u]] = (uint32_t)c0;
		out->col[1][units[u]] = (uint32_t)c1;
		if (fp_checked_rel_pos(c, i, units[u], &l0, &c0, &l1, &c1)) {
			out->rel_line[0] = (uint32_t)l0;
			out->rel_line[1] = (uint32_t)l1;
			out->rel_col[0][units[u]] = (uint32_t)c0;
			out->rel_col[1][units[u]] = (uint32_t)c1;
		}
	}
	size_t n, skip;
	bool cut;
	fp_checked_window(c, i, &out->window, &n, &skip, &cut);
	out->window_len = (uint32_t)n;
	out->skip = (uint32_t)skip;
	out->cut = cut;
}
