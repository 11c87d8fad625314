/*
 * util/str.h - string slices: a pointer and a length into someone else's
 * buffer (a document's text, an arena). Never NUL-terminated by contract.
 */
#ifndef FP_UTIL_STR_H
#define FP_UTIL_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

typedef struct fp_str {
	const char *p;
	size_t n;
} fp_str;

#define FP_STR_LIT(s) ((fp_str){ (s), sizeof(s) - 1 })

static inline fp_str fp_str_make(const char *p, size_t n)
{
	return (fp_str){ p, n };
}

static inline fp_str fp_str_c(const char *s)
{
	return (fp_str){ s, strlen(s) };
}

static inline bool fp_str_eq(fp_str a, fp_str b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.p, b.p, a.n) == 0);
}

static inline bool fp_str_eqc(fp_str a, const char *s)
{
	return fp_str_eq(a, fp_str_c(s));
}

static inline bool fp_str_starts(fp_str a, const char *prefix)
{
	size_t n = strlen(prefix);
	return a.n >= n && memcmp(a.p, prefix, n) == 0;
}

/* Levenshtein distance, capped: returns max+1 when it exceeds max.
 * Used for did-you-mean suggestions. */
size_t fp_str_distance(fp_str a, fp_str b, size_t max);

/* ASCII case-insensitive equality of two slices. */
bool fp_caseless_eq(const char *x, size_t xn, const char *y, size_t yn);

/* The largest fp_name_distance() a did-you-mean accepts for what was
 * written: one edit for names of up to three letters, two above. */
size_t fp_name_max(fp_str written);

/* How far `cand` is from what was written, for every did-you-mean: 0 for
 * a case-only slip (the likeliest mistake, preferred even over one real
 * edit), 1 for two neighbouring letters swapped (nmae is name, not note,
 * which is as many Levenshtein edits away), else the edit distance, or
 * more than fp_name_max(). */
size_t fp_name_distance(fp_str written, fp_str cand);

/* True when s ends with suffix and has something before it. */
static inline bool fp_str_ends(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && strcmp(s + n - k, suffix) == 0;
}

/* Append path to b as a URI path: unreserved characters (RFC 3986) and
 * '/' as they are, every other byte percent-encoded ("my rules" ->
 * "my%20rules"), the way editors write file: URIs. */
struct fp_buf;
void fp_uri_encode_path(struct fp_buf *b, const char *path);

/* The value of one hex digit, or -1 when c is not one. */
static inline int fp_hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* s[0..len) for a message, into out (always NUL-terminated): as it is
 * when it has at most max bytes, else its first max - 3 bytes cut back to
 * a UTF-8 character boundary, then "...". */
void fp_str_excerpt(const char *s, size_t len, size_t max, char *out, size_t cap);

/* The lexically normal form of a '/'-separated path into out (cap
 * bytes): repeated and trailing slashes dropped, "." parts removed, each
 * ".." taking away the part before it ("/ws/../x" -> "/x"; ".." at the
 * top of an absolute path stays at "/", of a relative one is kept).
 * Nothing is looked up on disk, so links are not resolved. False when
 * the result does not fit in cap bytes. */
bool fp_path_normalize(const char *path, char *out, size_t cap);

#endif
