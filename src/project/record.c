/*
 * project/record.c - a checked file's findings as bytes (record.h).
 */
#include "project/record.h"

#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "store/store.h"

#define RECORD_VERSION 5

/* ---- writing ------------------------------------------------------------- */

static void put_varint(fp_buf *b, uint64_t v)
{
	unsigned char t[10];
	size_t n = 0;
	do {
		t[n] = (unsigned char)(v & 0x7f);
		v >>= 7;
		if (v)
			t[n] |= 0x80;
		n++;
	} while (v);
	fp_buf_add(b, t, n);
}

static void put_u64(fp_buf *b, uint64_t v)
{
	unsigned char t[8];
	for (int i = 0; i < 8; i++)
		t[i] = (unsigned char)(v >> (8 * i));
	fp_buf_add(b, t, 8);
}

static void put_str(fp_buf *b, const char *s, size_t n)
{
	put_varint(b, n);
	fp_buf_add(b, s, n);
}

static void put_opt(fp_buf *b, const char *s)
{
	if (!s) {
		put_varint(b, 0);
		return;
	}
	size_t n = strlen(s);
	put_varint(b, n + 1);
	fp_buf_add(b, s, n);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The index of name in the sorted table names[0..n). */
static size_t name_index(const char *const *names, size_t n, const char *name)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(names[mid], name);
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The elements c's expressions read: a table of their names, then each
 * use by its name's index. */
static bool put_uses(const fp_checked *c, fp_buf *out)
{
	size_t n = c->nuses, k = 0;
	const char **names = n ? fp_malloc(n * sizeof *names) : NULL;
	if (n && !names)
		return false;
	for (size_t i = 0; i < n; i++)
		names[i] = c->uses[i].element;
	if (n > 1)
		qsort(names, n, sizeof *names, by_name);
	for (size_t i = 0; i < n; i++) {
		if (k == 0 || strcmp(names[k - 1], names[i]) != 0)
			names[k++] = names[i];
	}
	put_varint(out, k);
	for (size_t i = 0; i < k; i++)
		put_str(out, names[i], strlen(names[i]));
	put_varint(out, n);
	for (size_t i = 0; i < n; i++) {
		const fp_elem_use *u = &c->uses[i];
		put_varint(out, name_index(names, k, u->element));
		put_varint(out, u->start);
		put_varint(out, u->end - u->start);
		put_varint(out, u->order);
	}
	fp_free(names);
	return true;
}

/* Pointers into one sorted array: their order is the array's. */
static int by_place(const void *a, const void *b)
{
	const fp_expr_info *x = *(const fp_expr_info *const *)a, *y = *(const fp_expr_info *const *)b;
	return x < y ? -1 : x > y;
}

/* A start's and an end's line and columns (fp_place). */
static void put_linecols(fp_buf *out, const uint32_t line[2], const uint32_t col[2][3])
{
	for (int e = 0; e < 2; e++) {
		put_varint(out, line[e]);
		for (int u = 0; u < 3; u++)
			put_varint(out, col[e][u]);
	}
}

bool fp_record_encode(const fp_checked *c, bool uses_ext, uint64_t ext_hash, fp_buf *out)
{
	fp_buf_addc(out, RECORD_VERSION);
	put_varint(out, c->files);
	put_varint(out, c->expressions);
	put_varint(out, (c->defines_extensions ? 1u : 0u) | (uses_ext ? 2u : 0u));
	put_u64(out, uses_ext ? ext_hash : 0);
	put_varint(out, c->nsyms);
	for (size_t i = 0; i < c->nsyms; i++) {
		const fp_symbol *y = &c->syms[i];
		put_varint(out, y->kind);
		put_opt(out, y->url);
		put_opt(out, y->name);
		put_opt(out, y->detail);
		put_varint(out, y->start);
		put_varint(out, y->end - y->start);
	}
	size_t nd = c->diags->len;
	put_varint(out, nd);
	for (size_t i = 0; i < nd; i++) {
		const fp_diag *d = &c->diags->items[i];
		put_varint(out, (uint64_t)d->code);
		put_varint(out, (uint64_t)d->severity);
		put_varint(out, d->start);
		put_varint(out, d->end - d->start);
		put_str(out, d->message, strlen(d->message));
		fp_place pl;
		fp_checked_place(c, i, &pl);
		put_linecols(out, pl.line, pl.col);
		put_varint(out, pl.skip);
		put_varint(out, pl.cut);
		put_str(out, pl.window, pl.window_len);
		put_opt(out, d->rel_message);
		if (d->rel_message) {
			put_varint(out, d->rel_start);
			put_varint(out, d->rel_end - d->rel_start);
			put_linecols(out, pl.rel_line, pl.rel_col);
		}
	}
	/* the expressions the findings are in, each once, in file order */
	size_t nx = 0;
	const fp_expr_info **used = nd ? fp_malloc(nd * sizeof *used) : NULL;
	if (nd && !used)
		return false;
	for (size_t i = 0; i < nd; i++) {
		const fp_expr_info *x = fp_checked_expr_at(c, c->diags->items[i].start);
		if (x)
			used[nx++] = x;
	}
	if (nx > 1)
		qsort(used, nx, sizeof *used, by_place);
	size_t k = 0;
	for (size_t i = 0; i < nx; i++) {
		if (k == 0 || used[k - 1] != used[i])
			used[k++] = used[i];
	}
	put_varint(out, k);
	for (size_t i = 0; i < k; i++) {
		const fp_expr_info *x = used[i];
		put_varint(out, x->start);
		put_varint(out, x->end - x->start);
		put_varint(out, x->order);
		put_str(out, x->text, x->len);
		put_opt(out, x->context);
		put_opt(out, x->origin);
	}
	fp_free(used);
	if (!put_uses(c, out))
		return false;
	uint32_t check = (uint32_t)fp_store_hash(out->data, out->len, RECORD_VERSION);
	unsigned char t[4] = { (unsigned char)check, (unsigned char)(check >> 8),
			       (unsigned char)(check >> 16), (unsigned char)(check >> 24) };
	fp_buf_add(out, t, 4);
	return !out->failed;
}

/* ---- reading ------------------------------------------------------------- */

typedef struct reader {
	const unsigned char *p, *end;
	bool bad;
} reader;

static uint64_t get_varint(reader *r)
{
	uint64_t v = 0;
	for (int shift = 0; shift < 64; shift += 7) {
		if (r->p >= r->end) {
			r->bad = true;
			return 0;
		}
		unsigned char c = *r->p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
	}
	r->bad = true;
	return 0;
}

/* A count of items at least min_bytes long each: bounded by what is left. */
static size_t get_count(reader *r, size_t min_bytes)
{
	uint64_t n = get_varint(r);
	if (n > (uint64_t)(r->end - r->p) / min_bytes)
		r->bad = true;
	return r->bad ? 0 : (size_t)n;
}

static const char *get_str(reader *r, fp_arena *a, size_t *len, bool optional)
{
	uint64_t n = get_varint(r);
	if (optional) {
		if (n == 0)
			return NULL;
		n--;
	}
	if (r->bad || n > (uint64_t)(r->end - r->p)) {
		r->bad = true;
		return NULL;
	}
	const char *s = fp_arena_strndup(a, (const char *)r->p, (size_t)n);
	r->p += n;
	if (len)
		*len = (size_t)n;
	r->bad = r->bad || !s;
	return s;
}

/* put_linecols' counterpart; a value past size makes the record bad. */
static void get_linecols(reader *r, uint64_t size, uint32_t line[2], uint32_t col[2][3])
{
	for (int e = 0; e < 2; e++) {
		uint64_t l = get_varint(r);
		r->bad = r->bad || l > size;
		line[e] = (uint32_t)l;
		for (int u = 0; u < 3; u++) {
			uint64_t c = get_varint(r);
			r->bad = r->bad || c > size;
			col[e][u] = (uint32_t)c;
		}
	}
}

static bool range_ok(uint64_t start, uint64_t len, uint64_t size)
{
	return start <= size && len <= size - start;
}

bool fp_record_decode(const void *p, size_t n, uint64_t size, fp_arena *arena, fp_record *out)
{
	memset(out, 0, sizeof *out);
	if (n < 5 || ((const unsigned char *)p)[0] != RECORD_VERSION)
		return false;
	const unsigned char *b = p;
	uint32_t check = (uint32_t)b[n - 4] | (uint32_t)b[n - 3] << 8 | (uint32_t)b[n - 2] << 16 |
			 (uint32_t)b[n - 1] << 24;
	if (check != (uint32_t)fp_store_hash(p, n - 4, RECORD_VERSION))
		return false;
	reader r = { b + 1, b + n - 4, false };
	out->files = (size_t)get_varint(&r);
	out->expressions = (size_t)get_varint(&r);
	uint64_t flags = get_varint(&r);
	out->defines_ext = flags & 1;
	out->uses_ext = flags & 2;
	if (r.end - r.p < 8)
		return false;
	for (int i = 0; i < 8; i++)
		out->ext_hash |= (uint64_t)r.p[i] << (8 * i);
	r.p += 8;
	out->nsyms = get_count(&r, 6);
	if (out->nsyms && !(out->syms = fp_arena_zalloc(arena, out->nsyms * sizeof *out->syms)))
		return false;
	for (size_t i = 0; i < out->nsyms && !r.bad; i++) {
		fp_symbol *y = &out->syms[i];
		uint64_t kind = get_varint(&r);
		y->url = get_str(&r, arena, NULL, true);
		y->name = get_str(&r, arena, NULL, true);
		y->detail = get_str(&r, arena, NULL, true);
		uint64_t start = get_varint(&r), len = get_varint(&r);
		if (kind == 0 || kind >= FP_SYM_KINDS || !range_ok(start, len, size))
			r.bad = true;
		y->kind = (uint8_t)kind;
		y->start = (uint32_t)start;
		y->end = (uint32_t)(start + len);
	}
	out->ndiags = get_count(&r, 5);
	if (out->ndiags && (!(out->diags = fp_arena_zalloc(arena, out->ndiags * sizeof *out->diags)) ||
			    !(out->places = fp_arena_zalloc(arena, out->ndiags * sizeof *out->places))))
		return false;
	for (size_t i = 0; i < out->ndiags && !r.bad; i++) {
		fp_diag *d = &out->diags[i];
		uint64_t code = get_varint(&r), sev = get_varint(&r);
		uint64_t start = get_varint(&r), len = get_varint(&r);
		d->message = get_str(&r, arena, NULL, false);
		if (code > 9999 || sev < FP_SEV_ERROR || sev > FP_SEV_HINT || !range_ok(start, len, size))
			r.bad = true;
		d->code = (int)code;
		d->severity = (fp_severity)sev;
		d->start = (uint32_t)start;
		d->end = (uint32_t)(start + len);
		fp_place *pl = &out->places[i];
		get_linecols(&r, size, pl->line, pl->col);
		uint64_t skip = get_varint(&r), cut = get_varint(&r);
		size_t wl = 0;
		pl->window = get_str(&r, arena, &wl, false);
		r.bad = r.bad || skip > size || cut > 1 || wl > size;
		pl->skip = (uint32_t)skip;
		pl->cut = cut == 1;
		pl->window_len = (uint32_t)wl;
		d->rel_message = get_str(&r, arena, NULL, true);
		if (d->rel_message) {
			uint64_t rs = get_varint(&r), rl = get_varint(&r);
			r.bad = r.bad || !range_ok(rs, rl, size);
			d->rel_start = (uint32_t)rs;
			d->rel_end = (uint32_t)(rs + rl);
			get_linecols(&r, size, pl->rel_line, pl->rel_col);
		}
	}
	out->ninfo = get_count(&r, 6);
	if (out->ninfo && !(out->info = fp_arena_zalloc(arena, out->ninfo * sizeof *out->info)))
		return false;
	for (size_t i = 0; i < out->ninfo && !r.bad; i++) {
		fp_expr_info *x = &out->info[i];
		uint64_t start = get_varint(&r), len = get_varint(&r);
		x->order = (size_t)get_varint(&r);
		x->text = get_str(&r, arena, &x->len, false);
		x->context = get_str(&r, arena, NULL, true);
		x->origin = get_str(&r, arena, NULL, true);
		if (!range_ok(start, len, size) || (i && start < out->info[i - 1].start))
			r.bad = true;
		x->start = (uint32_t)start;
		x->end = (uint32_t)(start + len);
	}
	size_t nnames = get_count(&r, 1);
	const char **names = nnames ? fp_arena_alloc(arena, nnames * sizeof *names) : NULL;
	if (nnames && !names)
		return false;
	for (size_t i = 0; i < nnames && !r.bad; i++)
		names[i] = get_str(&r, arena, NULL, false);
	out->nuses = get_count(&r, 4);
	if (out->nuses && !(out->uses = fp_arena_zalloc(arena, out->nuses * sizeof *out->uses)))
		return false;
	for (size_t i = 0; i < out->nuses && !r.bad; i++) {
		fp_elem_use *u = &out->uses[i];
		uint64_t name = get_varint(&r), start = get_varint(&r), len = get_varint(&r);
		u->order = (size_t)get_varint(&r);
		if (name >= nnames || !range_ok(start, len, size) ||
		    (i && start < out->uses[i - 1].start))
			r.bad = true;
		u->element = r.bad ? NULL : names[name];
		u->start = (uint32_t)start;
		u->end = (uint32_t)(start + len);
	}
	return !r.bad && r.p == r.end;
}
