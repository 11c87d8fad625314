/*
 * json/read.c - the strict, position-keeping JSON reader (see read.h).
 *
 * Shape of the reader. One loop parses values left to right; an opening
 * '[' or '{' pushes a frame instead of recursing, and a finished value is
 * attached to the innermost open container, closing containers as their
 * brackets arrive. So nesting depth costs heap, not C stack, and the depth
 * limit is one comparison at each opening bracket.
 *
 * Children of open containers collect on two shared temporary stacks (one
 * of item pointers for arrays, one of members for objects); when a
 * container closes, its slice is copied to the arena in one exact-size
 * allocation and the stack is cut back. Every child is copied once, so the
 * whole parse is linear, and the arena holds no growth garbage. A linked
 * list per container was the other option: no copy, but arrays would lose
 * O(1) indexing that the FHIR layers above use constantly.
 *
 * Strings take a fast path (a table-driven scan over plain ASCII, then one
 * memcpy) and fall back to a decoding loop for escapes and non-ASCII,
 * which also validates UTF-8. The decoded form is never longer than the
 * raw form, so the fallback allocates the raw length once and decodes in
 * place.
 */
#include "read.h"
#include "util/str.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/alloc.h"
#include "util/diag.h"
#include "util/utf8.h"

/* plain[c] is 1 for bytes a string may hold as they are, with no further
 * checking: printable ASCII other than '"' and '\\'. Everything else (the
 * quote, the backslash, control characters, non-ASCII) leaves the fast
 * path. */
static const unsigned char plain[256] = {
	/* 0x00 */ 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	/* 0x10 */ 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	/* 0x20 */ 1,1,0,1,1,1,1,1, 1,1,1,1,1,1,1,1,   /* 0x22 '"' */
	/* 0x30 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x40 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x50 */ 1,1,1,1,1,1,1,1, 1,1,1,1,0,1,1,1,   /* 0x5C '\\' */
	/* 0x60 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x70 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x80-0xFF: 0 */
};

/* An open array or object. */
typedef struct frame {
	fp_json *node;
	size_t base;    /* where its children start on items[] or members[] */
} frame;

typedef struct parser {
	const unsigned char *s;
	size_t n;
	fp_arena *arena;
	size_t max_depth;
	fp_json_error *err;
	frame *frames;
	size_t nframes, cframes;
	fp_json **items;                /* children of open arrays */
	size_t nitems, citems;
	fp_json_member *members;        /* children of open objects */
	size_t nmembers, cmembers;
	/* duplicate keys: a hash table over one object's members (reused),
	 * and what was found (recorded when the caller asked) */
	struct dup_slot { uint32_t first, last; } *dtab;
	size_t dcap;
	fp_json_dups *dups;
	fp_json_dup *dv;
	size_t ndv, cdv;
} parser;

/* ------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------- */

/* Record an error at byte offset `off` and return false, so that callers
 * can write `return fail(...)`. */
static bool fail(parser *P, size_t off, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static bool fail(parser *P, size_t off, const char *fmt, ...)
{
	if (P->err) {
		va_list ap;
		va_start(ap, fmt);
		P->err->offset = off;
		vsnprintf(P->err->message, sizeof P->err->message, fmt, ap);
		va_end(ap);
	}
	return false;
}

static bool oom(parser *P, size_t off)
{
	return fail(P, off, "out of memory");
}

static bool eof(parser *P)
{
	return fail(P, P->n, "unexpected end of input");
}

/* Fail with `msg` at byte i, unless the byte there starts an invalid UTF-8
 * sequence: invalid UTF-8 is reported as such wherever it appears. */
static bool bad_byte(parser *P, size_t i, const char *msg)
{
	uint32_t cp;
	if (P->s[i] >= 0x80 &&
	    fp_utf8_decode((const char *)P->s + i, P->n - i, &cp) == 0)
		return fail(P, i, "invalid UTF-8 byte sequence");
	return fail(P, i, "%s", msg);
}

/* A byte that cannot start a value: quote it when printable, else name its
 * code point. */
static bool unexpected(parser *P, size_t i)
{
	unsigned char c = P->s[i];
	uint32_t cp = c;
	if (c >= 0x80 && fp_utf8_decode((const char *)P->s + i, P->n - i, &cp) == 0)
		return fail(P, i, "invalid UTF-8 byte sequence");
	if (cp > 0x20 && cp < 0x7F)
		return fail(P, i, "unexpected character '%c'", (char)cp);
	return fail(P, i, "unexpected character U+%04X", (unsigned)cp);
}

/* ------------------------------------------------------------------------
 * Temporary stacks and nodes
 * ---------------------------------------------------------------------- */

/* Grow a temporary stack of `elem`-byte entries so it can hold one more
 * than *cap; returns the new block, or NULL (error recorded) with the old
 * one untouched. */
static void *grow(parser *P, void *p, size_t *cap, size_t elem, size_t off)
{
	size_t ncap = *cap ? *cap * 2 : 32, bytes;
	if (ncap < *cap || fp_mul_size(ncap, elem, &bytes) != 0) {
		oom(P, off);
		return NULL;
	}
	void *np = fp_realloc(p, bytes);
	if (!np) {
		oom(P, off);
		return NULL;
	}
	*cap = ncap;
	return np;
}

static fp_json *new_node(parser *P, fp_json_kind kind, size_t start)
{
	fp_json *v = fp_arena_alloc(P->arena, sizeof *v);
	if (!v) {
		oom(P, start);
		return NULL;
	}
	v->kind = kind;
	v->start = v->end = (uint32_t)start;
	memset(&v->u, 0, sizeof v->u);
	return v;
}

static inline size_t skip_ws(const unsigned char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
		i++;
	return i;
}

/* ------------------------------------------------------------------------
 * Scalars
 * ---------------------------------------------------------------------- */

/* Read four hex digits at s[i..i+4) of an n-byte text into *cu. Returns 1
 * on success, 0 when a non-hex byte comes first, -1 when the text ends
 * first. */
static int hex4(const unsigned char *s, size_t i, size_t n, uint32_t *cu)
{
	uint32_t v = 0;
	for (size_t k = 0; k < 4; k++) {
		if (i + k >= n)
			return -1;
		int h = fp_hexval(s[i + k]);
		if (h < 0)
			return 0;
		v = v << 4 | (uint32_t)h;
	}
	*cu = v;
	return 1;
}

/*
 * Decode one escape whose backslash is at s[i] into o (room for 4 bytes).
 * Returns the number of raw bytes consumed (2, 6 or 12) and sets *olen,
 * or 0 with the error recorded. q is the opening quote, for "unterminated
 * string".
 */
static size_t escape(parser *P, size_t q, size_t i, char *o, size_t *olen)
{
	const unsigned char *s = P->s;
	size_t n = P->n;
	if (i + 1 >= n) {
		fail(P, q, "unterminated string");
		return 0;
	}
	unsigned char c = s[i + 1];
	*olen = 1;
	switch (c) {
	case '"': *o = '"'; return 2;
	case '\\': *o = '\\'; return 2;
	case '/': *o = '/'; return 2;
	case 'b': *o = '\b'; return 2;
	case 'f': *o = '\f'; return 2;
	case 'n': *o = '\n'; return 2;
	case 'r': *o = '\r'; return 2;
	case 't': *o = '\t'; return 2;
	case 'u':
		break;
	default:
		if (c > 0x20 && c < 0x7F)
			fail(P, i, "invalid escape '\\%c'", (char)c);
		else
			fail(P, i, "invalid escape sequence");
		return 0;
	}

	uint32_t cu, lo, cp;
	size_t used = 6;
	int h = hex4(s, i + 2, n, &cu);
	if (h <= 0) {
		if (h < 0)
			fail(P, q, "unterminated string");
		else
			fail(P, i, "invalid \\u escape, expected 4 hex digits");
		return 0;
	}
	cp = cu;
	/* A surrogate that is not half of a pair is valid JSON but no
	 * character (editors written in JavaScript can hold one): it
	 * decodes to U+FFFD, so the document is still read. */
	if (cu >= 0xDC00 && cu <= 0xDFFF)
		cp = 0xFFFD;
	if (cu >= 0xD800 && cu <= 0xDBFF) {
		cp = 0xFFFD;
		if (i + 11 < n && s[i + 6] == '\\' && s[i + 7] == 'u' &&
		    hex4(s, i + 8, n, &lo) == 1 && lo >= 0xDC00 && lo <= 0xDFFF) {
			cp = 0x10000 + ((cu - 0xD800) << 10) + (lo - 0xDC00);
			used = 12;
		}
	}
	*olen = fp_utf8_encode(cp, o);
	return used;
}

/*
 * Parse the string whose opening quote is at s[q]. On success the decoded
 * bytes (NUL-terminated, in the arena) go to *out and *outlen, and *endp is the
 * offset just past the closing quote.
 */
static bool string(parser *P, size_t q, const char **out, size_t *outlen, size_t *endp)
{
	const unsigned char *s = P->s;
	size_t n = P->n, i = q + 1;

	while (i < n && plain[s[i]])
		i++;
	if (i < n && s[i] == '"') {     /* the common case: nothing to decode */
		char *d = fp_arena_strndup(P->arena, (const char *)s + q + 1, i - q - 1);
		if (!d)
			return oom(P, q);
		*out = d;
		*outlen = i - q - 1;
		*endp = i + 1;
		return true;
	}

	/* Bound the decoded length by the raw length up to the closing quote
	 * (or the end of input); see the file comment. */
	size_t b = i;
	while (b < n && s[b] != '"')
		b += s[b] == '\\' ? 2 : 1;
	if (b > n)
		b = n;
	char *d = fp_arena_alloc(P->arena, b - q);
	if (!d)
		return oom(P, q);
	memcpy(d, s + q + 1, i - q - 1);
	char *o = d + (i - q - 1);

	for (;;) {
		if (i >= n)
			return fail(P, q, "unterminated string");
		unsigned char c = s[i];
		if (plain[c]) {
			*o++ = (char)c;
			i++;
		} else if (c == '"') {
			break;
		} else if (c == '\\') {
			size_t olen, used = escape(P, q, i, o, &olen);
			if (used == 0)
				return false;
			o += olen;
			i += used;
		} else if (c < 0x20) {
			return fail(P, i, "control character in string");
		} else {
			uint32_t cp;
			size_t k = fp_utf8_decode((const char *)s + i, n - i, &cp);
			if (k == 0)
				return fail(P, i, "invalid UTF-8 byte sequence");
			memcpy(o, s + i, k);
			o += k;
			i += k;
		}
	}
	*o = 0;
	*out = d;
	*outlen = (size_t)(o - d);
	*endp = i + 1;
	return true;
}

static inline bool isdigit_(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/*
 * number -> '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)?
 * starting at s[i]; sets *endp past it.
 */
static bool number(parser *P, size_t i, size_t *endp)
{
	const unsigned char *s = P->s;
	size_t n = P->n, k = i;
	if (s[k] == '-')
		k++;
	if (k < n && s[k] == '0') {
		if (k + 1 < n && isdigit_(s[k + 1]))
			return fail(P, k, "leading zeros are not allowed");
		k++;
	} else if (k < n && isdigit_(s[k])) {
		while (k < n && isdigit_(s[k]))
			k++;
	} else {
		return k < n ? bad_byte(P, k, "expected digit after '-'") : eof(P);
	}
	if (k < n && s[k] == '.') {
		k++;
		if (k >= n)
			return eof(P);
		if (!isdigit_(s[k]))
			return bad_byte(P, k, "expected digit after '.'");
		while (k < n && isdigit_(s[k]))
			k++;
	}
	if (k < n && (s[k] == 'e' || s[k] == 'E')) {
		k++;
		if (k < n && (s[k] == '+' || s[k] == '-'))
			k++;
		if (k >= n)
			return eof(P);
		if (!isdigit_(s[k]))
			return bad_byte(P, k, "expected digit in exponent");
		while (k < n && isdigit_(s[k]))
			k++;
	}
	*endp = k;
	return true;
}

/* true / false / null at s[i]. */
static bool literal(parser *P, size_t i, const char *word)
{
	size_t wl = strlen(word), avail = P->n - i;
	if (avail >= wl && memcmp(P->s + i, word, wl) == 0)
		return true;
	if (avail < wl && memcmp(P->s + i, word, avail) == 0)
		return eof(P);
	return fail(P, i, "invalid literal, expected '%s'", word);
}

/* A scalar value (anything but '[' and '{') at s[i]; NULL on error. */
static fp_json *scalar(parser *P, size_t i)
{
	const unsigned char *s = P->s;
	fp_json *v;
	size_t end;
	switch (s[i]) {
	case '"': {
		const char *str;
		size_t len;
		if (!string(P, i, &str, &len, &end))
			return NULL;
		if (!(v = new_node(P, FP_JSON_STRING, i)))
			return NULL;
		v->u.str.s = str;
		v->u.str.len = len;
		break;
	}
	case 't':
	case 'f':
	case 'n': {
		static const char *const words[] = { "true", "false", "null" };
		static const fp_json_kind kinds[] = { FP_JSON_TRUE, FP_JSON_FALSE, FP_JSON_NULL };
		int w = s[i] == 't' ? 0 : s[i] == 'f' ? 1 : 2;
		if (!literal(P, i, words[w]))
			return NULL;
		if (!(v = new_node(P, kinds[w], i)))
			return NULL;
		end = i + strlen(words[w]);
		break;
	}
	case '-': case '0': case '1': case '2': case '3': case '4':
	case '5': case '6': case '7': case '8': case '9': {
		if (!number(P, i, &end))
			return NULL;
		if (!(v = new_node(P, FP_JSON_NUMBER, i)))
			return NULL;
		char *t = fp_arena_strndup(P->arena, (const char *)s + i, end - i);
		if (!t) {
			oom(P, i);
			return NULL;
		}
		v->u.num.text = t;
		v->u.num.len = end - i;
		break;
	}
	default:
		unexpected(P, i);
		return NULL;
	}
	v->end = (uint32_t)end;
	return v;
}

/* ------------------------------------------------------------------------
 * Containers
 * ---------------------------------------------------------------------- */

/*
 * member-head -> string ':'   (the value follows)
 * Parse an object key at or after s[i] (whitespace first) and the ':' after
 * it, push the member with no value yet, and set *next past the ':'.
 * comma is the offset of the ',' that preceded it, or SIZE_MAX after '{'.
 */
static bool member_head(parser *P, size_t i, size_t comma, size_t *next)
{
	const unsigned char *s = P->s;
	size_t n = P->n;
	i = skip_ws(s, i, n);
	if (i >= n)
		return eof(P);
	if (s[i] != '"') {
		if (s[i] == '}' && comma != SIZE_MAX)
			return fail(P, comma, "trailing comma is not allowed");
		return bad_byte(P, i, "expected string for object key");
	}
	const char *key;
	size_t key_len, end;
	if (!string(P, i, &key, &key_len, &end))
		return false;
	if (P->nmembers == P->cmembers) {
		fp_json_member *m = grow(P, P->members, &P->cmembers, sizeof *m, i);
		if (!m)
			return false;
		P->members = m;
	}
	P->members[P->nmembers++] = (fp_json_member){
		.key = key, .key_len = key_len,
		.key_start = (uint32_t)i, .key_end = (uint32_t)end, .value = NULL,
	};
	i = skip_ws(s, end, n);
	if (i >= n)
		return eof(P);
	if (s[i] != ':')
		return bad_byte(P, i, "expected ':' after object key");
	*next = i + 1;
	return true;
}

/* ------------------------------------------------------------------------
 * Duplicate keys
 *
 * JSON.parse and Jackson keep the last of several members with one key;
 * so does this reader, or a file could show one expression to a server
 * and another to us. Each object's members are checked when it closes:
 * pairwise when it is small, through a hash table otherwise, so a hostile
 * object of a million keys stays linear. Earlier duplicates are dropped
 * from the member list (the kept member stays where it was written) and,
 * when the caller asked, recorded with where the key first appeared.
 * ---------------------------------------------------------------------- */

#define MAX_RECORDED_DUPS 1000

static bool same_key(const fp_json_member *a, const fp_json_member *b)
{
	return a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
}

static bool record_dup(parser *P, const fp_json_member *first, const fp_json_member *later)
{
	if (!P->dups)
		return true;
	P->dups->total++;
	if (P->ndv == MAX_RECORDED_DUPS)
		return true;
	if (P->ndv == P->cdv) {
		fp_json_dup *v = grow(P, P->dv, &P->cdv, sizeof *v, later->key_start);
		if (!v)
			return false;
		P->dv = v;
	}
	P->dv[P->ndv++] = (fp_json_dup){
		later->key, later->key_len, first->key_start, first->key_end,
		later->key_start, later->key_end,
	};
	return true;
}

static uint32_t key_hash(const fp_json_member *m)
{
	uint32_t h = 2166136261u;
	for (size_t k = 0; k < m->key_len; k++)
		h = (h ^ (unsigned char)m->key[k]) * 16777619u;
	return h;
}

/* Drop all but the last member of each key from m[0..*cnt), recording
 * the duplicates; false when out of memory. */
static bool dedupe(parser *P, fp_json_member *m, size_t *cnt, size_t off)
{
	size_t n = *cnt, removed = 0;
	if (n < 2)
		return true;
	if (n <= 8) {
		for (size_t k = 1; k < n; k++) {
			size_t first = SIZE_MAX;
			for (size_t j = 0; j < k; j++) {
				if (!same_key(&m[j], &m[k]))
					continue;
				if (first == SIZE_MAX)
					first = j;
				if (m[j].value) {
					m[j].value = NULL;      /* superseded */
					removed++;
				}
			}
			if (first != SIZE_MAX && !record_dup(P, &m[first], &m[k]))
				return false;
		}
	} else {
		size_t cap = 16;
		while (cap < 2 * n)
			cap *= 2;
		if (cap > P->dcap) {
			struct dup_slot *t = fp_realloc(P->dtab, cap * sizeof *t);
			if (!t)
				return oom(P, off);
			P->dtab = t;
			P->dcap = cap;
		}
		memset(P->dtab, 0xFF, cap * sizeof *P->dtab);
		for (size_t k = 0; k < n; k++) {
			size_t h = key_hash(&m[k]) & (cap - 1);
			for (; P->dtab[h].first != UINT32_MAX; h = (h + 1) & (cap - 1)) {
				if (same_key(&m[P->dtab[h].first], &m[k]))
					break;
			}
			struct dup_slot *d = &P->dtab[h];
			if (d->first == UINT32_MAX) {
				d->first = d->last = (uint32_t)k;
				continue;
			}
			m[d->last].value = NULL;
			removed++;
			d->last = (uint32_t)k;
			if (!record_dup(P, &m[d->first], &m[k]))
				return false;
		}
	}
	if (removed) {
		size_t w = 0;
		for (size_t k = 0; k < n; k++) {
			if (m[k].value)
				m[w++] = m[k];
		}
		*cnt = w;
	}
	return true;
}

/* Copy the innermost container's children from the temporary stack to the
 * arena, set its end to just past the closing bracket at s[i], and pop it. */
static bool close_top(parser *P, size_t i)
{
	frame *f = &P->frames[P->nframes - 1];
	fp_json *c = f->node;
	size_t bytes;
	if (c->kind == FP_JSON_ARRAY) {
		size_t cnt = P->nitems - f->base;
		if (cnt) {
			if (fp_mul_size(cnt, sizeof(fp_json *), &bytes) != 0)
				return oom(P, i);
			fp_json **items = fp_arena_alloc(P->arena, bytes);
			if (!items)
				return oom(P, i);
			memcpy(items, P->items + f->base, bytes);
			c->u.arr.items = items;
		}
		c->u.arr.len = cnt;
		P->nitems = f->base;
	} else {
		size_t cnt = P->nmembers - f->base;
		if (!dedupe(P, P->members + f->base, &cnt, i))
			return false;
		if (cnt) {
			if (fp_mul_size(cnt, sizeof(fp_json_member), &bytes) != 0)
				return oom(P, i);
			fp_json_member *items = fp_arena_alloc(P->arena, bytes);
			if (!items)
				return oom(P, i);
			memcpy(items, P->members + f->base, bytes);
			c->u.obj.items = items;
		}
		c->u.obj.len = cnt;
		P->nmembers = f->base;
	}
	c->end = (uint32_t)(i + 1);
	P->nframes--;
	return true;
}

/*
 * value -> object | array | string | number | 'true' | 'false' | 'null'
 * The whole document, from s[i]. Each turn of the outer loop reads the
 * start of one value; a scalar or an empty container is complete at once,
 * a non-empty container is pushed and the loop moves to its first child.
 * The inner loop then attaches the complete value to its parent and reads
 * the separator: ',' continues the outer loop with the next child, a
 * closing bracket completes the parent, which is attached in turn.
 */
static bool document(parser *P, size_t i, fp_json **out)
{
	const unsigned char *s = P->s;
	size_t n = P->n;
	size_t comma = SIZE_MAX;        /* offset of a ',' just read in an array */

	for (;;) {
		fp_json *v;
		i = skip_ws(s, i, n);
		if (i >= n)
			return eof(P);
		unsigned char c = s[i];
		if (c == '[' || c == '{') {
			if (P->nframes >= P->max_depth)
				return fail(P, i, "nesting deeper than %zu levels", P->max_depth);
			bool obj = c == '{';
			if (!(v = new_node(P, obj ? FP_JSON_OBJECT : FP_JSON_ARRAY, i)))
				return false;
			size_t j = skip_ws(s, i + 1, n);
			if (j < n && s[j] == (obj ? '}' : ']')) {
				v->end = (uint32_t)(j + 1);
				i = j + 1;
			} else {
				if (P->nframes == P->cframes) {
					frame *f = grow(P, P->frames, &P->cframes, sizeof *f, i);
					if (!f)
						return false;
					P->frames = f;
				}
				P->frames[P->nframes++] = (frame){
					v, obj ? P->nmembers : P->nitems,
				};
				comma = SIZE_MAX;
				if (obj && !member_head(P, j, SIZE_MAX, &i))
					return false;
				if (!obj)
					i = j;
				continue;
			}
		} else {
			if (c == ']' && comma != SIZE_MAX)
				return fail(P, comma, "trailing comma is not allowed");
			if (!(v = scalar(P, i)))
				return false;
			i = v->end;
		}

		/* v is complete and i is just past it. */
		for (;;) {
			i = skip_ws(s, i, n);
			if (P->nframes == 0) {
				if (i < n)
					return bad_byte(P, i, "trailing characters after JSON value");
				*out = v;
				return true;
			}
			fp_json *parent = P->frames[P->nframes - 1].node;
			if (parent->kind == FP_JSON_ARRAY) {
				if (P->nitems == P->citems) {
					fp_json **it = grow(P, P->items, &P->citems, sizeof *it, i);
					if (!it)
						return false;
					P->items = it;
				}
				P->items[P->nitems++] = v;
				if (i >= n)
					return eof(P);
				if (s[i] == ',') {
					comma = i++;
					break;
				}
				if (s[i] != ']')
					return bad_byte(P, i, "expected ',' or ']' after array element");
			} else {
				P->members[P->nmembers - 1].value = v;
				if (i >= n)
					return eof(P);
				if (s[i] == ',') {
					comma = SIZE_MAX;
					if (!member_head(P, i + 1, i, &i))
						return false;
					break;
				}
				if (s[i] != '}')
					return bad_byte(P, i, "expected ',' or '}' after object member");
			}
			if (!close_top(P, i))
				return false;
			v = parent;
			i++;
		}
	}
}

bool fp_json_parse(const char *text, size_t len, fp_arena *arena,
		   const fp_json_limits *lim, fp_json **out, fp_json_error *err)
{
	return fp_json_parse_dups(text, len, arena, lim, out, err, NULL);
}

bool fp_json_parse_dups(const char *text, size_t len, fp_arena *arena, const fp_json_limits *lim,
			fp_json **out, fp_json_error *err, fp_json_dups *dups)
{
	if (dups)
		memset(dups, 0, sizeof *dups);
	parser P = {
		.dups = dups,
		.s = (const unsigned char *)text,
		.n = len,
		.arena = arena,
		.err = err,
		.max_depth = lim && lim->max_depth ? lim->max_depth : FP_JSON_DEFAULT_MAX_DEPTH,
	};
	size_t max_size = lim && lim->max_size ? lim->max_size : FP_JSON_DEFAULT_MAX_SIZE;
	if (max_size > UINT32_MAX)
		max_size = UINT32_MAX;  /* offsets are uint32_t */

	*out = NULL;
	if (err) {
		err->offset = 0;
		err->message[0] = 0;
	}
	if (len > max_size)
		return fail(&P, 0, "input larger than %zu bytes", max_size);

	size_t i = 0;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		i = 3;                  /* byte order mark */
	bool ok = document(&P, i, out);
	if (ok && dups && P.ndv) {
		dups->items = fp_arena_alloc(arena, P.ndv * sizeof *dups->items);
		if (dups->items) {
			memcpy(dups->items, P.dv, P.ndv * sizeof *dups->items);
			dups->len = P.ndv;
		} else {
			ok = oom(&P, 0);
		}
	}
	fp_free(P.frames);
	fp_free(P.items);
	fp_free(P.members);
	fp_free(P.dtab);
	fp_free(P.dv);
	if (!ok)
		*out = NULL;
	return ok;
}

/* ------------------------------------------------------------------------
 * Accessors
 * ---------------------------------------------------------------------- */

const fp_json *fp_json_getn(const fp_json *obj, const char *key, size_t n)
{
	if (!obj || obj->kind != FP_JSON_OBJECT)
		return NULL;
	for (size_t i = 0; i < obj->u.obj.len; i++) {
		const fp_json_member *m = &obj->u.obj.items[i];
		if (m->key_len == n && memcmp(m->key, key, n) == 0)
			return m->value;
	}
	return NULL;
}

const fp_json *fp_json_get(const fp_json *obj, const char *key)
{
	return fp_json_getn(obj, key, strlen(key));
}

const char *fp_json_get_str(const fp_json *obj, const char *key)
{
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	return v && v->kind == FP_JSON_STRING ? v->u.str.s : NULL;
}

const fp_json *fp_json_nth(const fp_json *obj, const char *key, size_t i)
{
	const fp_json *v = obj ? fp_json_get(obj, key) : NULL;
	if (v && v->kind == FP_JSON_ARRAY)
		return i < v->u.arr.len ? v->u.arr.items[i] : NULL;
	if (v && v->kind == FP_JSON_OBJECT)
		return i == 0 ? v : NULL;
	return NULL;
}

const char *fp_json_kind_name(fp_json_kind kind)
{
	switch (kind) {
	case FP_JSON_NULL: return "null";
	case FP_JSON_FALSE:
	case FP_JSON_TRUE: return "boolean";
	case FP_JSON_NUMBER: return "number";
	case FP_JSON_STRING: return "string";
	case FP_JSON_ARRAY: return "array";
	case FP_JSON_OBJECT: return "object";
	}
	return "?";
}

bool fp_json_i64(const fp_json *num, int64_t *out)
{
	if (!num || num->kind != FP_JSON_NUMBER)
		return false;
	const char *p = num->u.num.text, *e = p + num->u.num.len;
	bool neg = p < e && *p == '-';
	if (neg)
		p++;
	if (p == e)
		return false;
	uint64_t v = 0;
	for (; p < e; p++) {
		if (*p < '0' || *p > '9')
			return false;   /* fraction or exponent */
		unsigned d = (unsigned)(*p - '0');
		if (v > (UINT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	if (neg) {
		if (v > (uint64_t)INT64_MAX + 1)
			return false;
		*out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
	} else {
		if (v > (uint64_t)INT64_MAX)
			return false;
		*out = (int64_t)v;
	}
	return true;
}

bool fp_json_double(const fp_json *num, double *out)
{
	if (!num || num->kind != FP_JSON_NUMBER)
		return false;
	char *end;
	double d = strtod(num->u.num.text, &end);  /* text is NUL-terminated */
	if (end != num->u.num.text + num->u.num.len || isinf(d))
		return false;
	*out = d;
	return true;
}

/* ------------------------------------------------------------------------
 * Source positions inside strings
 * ---------------------------------------------------------------------- */

/*
 * Walk the raw string text[q..end) (q its opening quote, end just past the
 * closing one) and return the source offset of decoded byte `want`. The
 * string was validated by the parser, so escapes are well-formed; the walk
 * still never leaves [q, end) in case the caller passed another text.
 * With a map, the walk goes to the end instead and records the source
 * offset of every decoded byte in map[0..nmap) (the rest get the closing
 * quote), so that a whole string costs one walk.
 */
static size_t source_offset(const char *text, size_t q, size_t end, size_t want,
			    size_t *map, size_t nmap)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t close = end - 1, i = q + 1, d = 0;
	while (i < close) {
		size_t raw = 1, dec = 1;
		if (s[i] == '\\' && i + 1 < close) {
			raw = 2;
			uint32_t cu;
			if (s[i + 1] == 'u' && hex4(s, i + 2, close, &cu) == 1) {
				raw = 6;
				dec = cu < 0x80 ? 1 : cu < 0x800 ? 2 : 3;
				uint32_t lo;
				if (cu >= 0xD800 && cu <= 0xDBFF && i + 11 < close &&
				    s[i + 6] == '\\' && s[i + 7] == 'u' &&
				    hex4(s, i + 8, close, &lo) == 1 && lo >= 0xDC00 && lo <= 0xDFFF) {
					raw = 12;
					dec = 4;
				}   /* else a lone surrogate: U+FFFD, 3 bytes */
			}
		}
		if (map) {
			for (size_t k = d; k < d + dec && k < nmap; k++)
				map[k] = i;
		} else if (want < d + dec) {
			return i;
		}
		d += dec;
		i += raw;
	}
	for (size_t k = d; map && k < nmap; k++)
		map[k] = close;
	return close;
}

size_t fp_json_string_source_offset(const char *text, const fp_json *str,
				    size_t decoded_offset)
{
	return source_offset(text, str->start, str->end, decoded_offset, NULL, 0);
}

void fp_json_string_source_map(const char *text, const fp_json *str, size_t *map)
{
	source_offset(text, str->start, str->end, 0, map, str->u.str.len + 1);
}

size_t fp_json_key_source_offset(const char *text, const fp_json_member *m,
				 size_t decoded_offset)
{
	return source_offset(text, m->key_start, m->key_end, decoded_offset, NULL, 0);
}

bool fp_json_equal(const fp_json *a, const fp_json *b, bool ranges)
{
	if (a->kind != b->kind || (ranges && (a->start != b->start || a->end != b->end)))
		return false;
	switch (a->kind) {
	case FP_JSON_NULL:
	case FP_JSON_FALSE:
	case FP_JSON_TRUE:
		return true;
	case FP_JSON_NUMBER:
		return a->u.num.len == b->u.num.len &&
		       memcmp(a->u.num.text, b->u.num.text, a->u.num.len) == 0;
	case FP_JSON_STRING:
		return a->u.str.len == b->u.str.len &&
		       memcmp(a->u.str.s, b->u.str.s, a->u.str.len) == 0;
	case FP_JSON_ARRAY:
		if (a->u.arr.len != b->u.arr.len)
			return false;
		for (size_t i = 0; i < a->u.arr.len; i++)
			if (!fp_json_equal(a->u.arr.items[i], b->u.arr.items[i], ranges))
				return false;
		return true;
	case FP_JSON_OBJECT:
		if (a->u.obj.len != b->u.obj.len)
			return false;
		for (size_t i = 0; i < a->u.obj.len; i++) {
			const fp_json_member *x = &a->u.obj.items[i], *y = &b->u.obj.items[i];
			if (x->key_len != y->key_len || memcmp(x->key, y->key, x->key_len) != 0 ||
			    (ranges && (x->key_start != y->key_start || x->key_end != y->key_end)) ||
			    !fp_json_equal(x->value, y->value, ranges))
				return false;
		}
		return true;
	}
	return false;
}

/* An offset and the dup it belongs to, for fp_json_dup_lines' sweep. */
typedef struct dup_at {
	uint32_t off;
	size_t k;
} dup_at;

static int cmp_dup_at(const void *a, const void *b)
{
	const dup_at *x = a, *y = b;
	return x->off < y->off ? -1 : x->off > y->off;
}

bool fp_json_dup_lines(const char *text, const fp_json_dups *dups, size_t *lines)
{
	if (dups->len == 0)
		return true;
	dup_at *v = fp_malloc(dups->len * sizeof *v);
	if (!v)
		return false;
	for (size_t k = 0; k < dups->len; k++)
		v[k] = (dup_at){ dups->items[k].first_start, k };
	qsort(v, dups->len, sizeof *v, cmp_dup_at);
	size_t line = 1, at = 0;
	for (size_t k = 0; k < dups->len; k++) {
		for (; at < v[k].off; at++)
			line += text[at] == '\n';
		lines[v[k].k] = line;
	}
	fp_free(v);
	return true;
}

bool fp_json_dup_diags(const char *text, const fp_json_dups *dups, int code, fp_diags *diags)
{
	size_t *lines = dups->len ? fp_malloc(dups->len * sizeof *lines) : NULL;
	if (dups->len && (!lines || !fp_json_dup_lines(text, dups, lines))) {
		fp_free(lines);
		return false;
	}
	for (size_t k = 0; k < dups->len; k++) {
		const fp_json_dup *d = &dups->items[k];
		char key[80];
		fp_str_excerpt(d->key, strnlen(d->key, d->key_len), 60, key, sizeof key);
		fp_diags_add(diags, code, d->start, d->end,
			     "duplicate key '%s' (first at line %zu): only the last one counts", key,
			     lines[k]);
	}
	if (dups->total > dups->len)
		fp_diags_add(diags, code, dups->items[dups->len - 1].start, dups->items[dups->len - 1].end,
			     "%zu more duplicate keys not listed", dups->total - dups->len);
	fp_free(lines);
	return !diags->failed;
}
