#include "diag.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "buf.h"

/* ORDER fp_severity: one row per severity, in each vocabulary. */
static const char *const sev_names[][3] = {
	[FP_SEV_ERROR] = { "error", "error", "error" },
	[FP_SEV_WARNING] = { "warning", "warning", "warning" },
	[FP_SEV_INFO] = { "info", "note", "notice" },
	[FP_SEV_HINT] = { "hint", "note", "notice" },
};

const char *fp_severity_name(fp_severity s)
{
	return fp_severity_level(s, FP_SEVF_OURS);
}

const char *fp_severity_level(fp_severity s, fp_severity_format f)
{
	if ((unsigned)f > FP_SEVF_GITHUB)
		f = FP_SEVF_OURS;
	if ((unsigned)s >= sizeof sev_names / sizeof sev_names[0] || !sev_names[s][0])
		s = FP_SEV_HINT;        /* what is neither error, warning nor info */
	return sev_names[s][f];
}

/* ORDER PHASE */
static const char *const phase_names[FP_PHASE_COUNT_] = {
	"lex", "syntax", "file", "directive", "model", "type", "lint", "internal",
};

const char *fp_diag_phase_name(fp_diag_phase p)
{
	return (unsigned)p < FP_PHASE_COUNT_ ? phase_names[p] : "";
}

const fp_diag_code fp_diag_codes[] = {
#define FP_DIAG(num, id, sev, phase, name, title, explain) \
	{ num, #id, FP_SEV_##sev, FP_PHASE_##phase, name, title, explain },
#include "diag_codes.def"
#undef FP_DIAG
};
const size_t fp_diag_ncodes = sizeof fp_diag_codes / sizeof fp_diag_codes[0];

const fp_diag_code *fp_diag_lookup(int code)
{
	size_t lo = 0, hi = fp_diag_ncodes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (fp_diag_codes[mid].code == code)
			return &fp_diag_codes[mid];
		if (fp_diag_codes[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

bool fp_diag_from_analysis(int code)
{
	const fp_diag_code *row = fp_diag_lookup(code);
	return row && row->phase >= FP_PHASE_MODEL;
}

int fp_diag_parse_code(const char *s)
{
	if ((s[0] == 'F' || s[0] == 'f') && (s[1] == 'P' || s[1] == 'p'))
		s += 2;
	if (!*s || strlen(s) > 4)
		return -1;
	int v = 0;
	for (; *s; s++) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = v * 10 + (*s - '0');
	}
	return v;
}

void fp_diag_format_code(int code, char out[8])
{
	snprintf(out, 8, "FP%04d", code % 10000);
}

void fp_diags_init(fp_diags *d, fp_arena *arena)
{
	d->items = NULL;
	d->len = d->cap = 0;
	d->arena = arena;
	d->failed = false;
}

void fp_diags_release(fp_diags *d)
{
	fp_free(d->items);
	d->items = NULL;
	d->len = d->cap = 0;
}

fp_diag *fp_diags_vadd(fp_diags *d, int code, size_t start, size_t end,
		       const char *fmt, va_list ap)
{
	if (d->len == d->cap) {
		size_t cap = d->cap ? d->cap * 2 : 8;
		fp_diag *p = fp_realloc(d->items, cap * sizeof *p);
		if (!p) {
			d->failed = true;
			return NULL;
		}
		d->items = p;
		d->cap = cap;
	}
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_vprintf(&b, fmt, ap);
	const char *msg = b.failed || !b.data ? NULL
		: fp_arena_strndup(d->arena, b.data, b.len);
	fp_buf_release(&b);
	if (!msg) {
		d->failed = true;
		return NULL;
	}
	const fp_diag_code *row = fp_diag_lookup(code);
	fp_diag *x = &d->items[d->len++];
	x->start = (uint32_t)start;
	x->end = (uint32_t)(end < start ? start : end);
	x->code = code;
	x->severity = row ? row->severity : FP_SEV_ERROR;
	x->message = msg;
	x->rel_start = x->rel_end = 0;
	x->rel_message = NULL;
	return x;
}

void fp_diags_relate(fp_diags *d, fp_diag *x, size_t start, size_t end, const char *message)
{
	if (!x)
		return;
	const char *m = fp_arena_strndup(d->arena, message, strlen(message));
	if (!m) {
		d->failed = true;
		return;
	}
	x->rel_start = (uint32_t)start;
	x->rel_end = (uint32_t)(end < start ? start : end);
	x->rel_message = m;
}

fp_diag *fp_diags_add(fp_diags *d, int code, size_t start, size_t end,
		      const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fp_diag *x = fp_diags_vadd(d, code, start, end, fmt, ap);
	va_end(ap);
	return x;
}

size_t fp_diags_count(const fp_diags *d, fp_severity sev)
{
	size_t n = 0;
	for (size_t i = 0; i < d->len; i++)
		n += d->items[i].severity == sev;
	return n;
}

static bool before(const fp_diag *a, const fp_diag *b)
{
	return a->start < b->start || (a->start == b->start && a->code < b->code);
}

/* Stable merge sort through a scratch array; lists are usually almost
 * sorted, so a run already in order costs one comparison per item. When
 * the scratch array cannot be had, falls back to insertion sort. */
void fp_diags_sort(fp_diags *d)
{
	size_t n = d->len;
	bool sorted = true;
	for (size_t i = 1; i < n && sorted; i++)
		sorted = !before(&d->items[i], &d->items[i - 1]);
	if (sorted)
		return;
	fp_diag *tmp = fp_malloc(n * sizeof *tmp);
	if (!tmp) {
		for (size_t i = 1; i < n; i++) {
			fp_diag x = d->items[i];
			size_t j = i;
			while (j > 0 && before(&x, &d->items[j - 1])) {
				d->items[j] = d->items[j - 1];
				j--;
			}
			d->items[j] = x;
		}
		return;
	}
	fp_diag *src = d->items, *dst = tmp;
	for (size_t width = 1; width < n; width *= 2) {
		for (size_t lo = 0; lo < n; lo += 2 * width) {
			size_t mid = lo + width < n ? lo + width : n;
			size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
			size_t i = lo, j = mid, k = lo;
			while (i < mid && j < hi)
				dst[k++] = before(&src[j], &src[i]) ? src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		fp_diag *t = src;
		src = dst;
		dst = t;
	}
	if (src != d->items)
		memcpy(d->items, src, n * sizeof *src);
	fp_free(tmp);
}
