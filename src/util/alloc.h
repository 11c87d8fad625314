/*
 * util/alloc.h - the one allocation hook of fhirpath-ls.
 *
 * Layer invariant (util/): knows nothing of FHIRPath, JSON, files or
 * processes. Everything above allocates through fp_malloc/fp_realloc so that
 * tests can make the Nth allocation fail (fp_alloc_fail_at) and check that
 * every failure ends as an error value, with no leak and no crash.
 */
#ifndef FP_UTIL_ALLOC_H
#define FP_UTIL_ALLOC_H

#include <stdbool.h>
#include <stddef.h>

/* malloc/calloc/realloc/free through the hook. All return NULL on failure
 * (real or injected); fp_free(NULL) is a no-op. */
void *fp_malloc(size_t n);
void *fp_calloc(size_t count, size_t size);
void *fp_realloc(void *p, size_t n);
void fp_free(void *p);

/* Test hook: make the Nth allocation from now fail (1 = the next one), and
 * every one after it, until reset with fp_alloc_fail_at(0). */
void fp_alloc_fail_at(long n);

/* Number of allocations attempted since the last fp_alloc_fail_at() call;
 * tests use it to know when a run needed no more failures. */
long fp_alloc_count(void);

/* A copy of s in its own allocation (fp_free it); NULL when out of memory. */
char *fp_strdup(const char *s);
/* s[0..n) as a new NUL-terminated string (s may hold NUL bytes). */
char *fp_strndup(const char *s, size_t n);

/* Make room for one more item in a growable array *v of *cap items of
 * `size` bytes holding n (doubling, from `first`). False when out of
 * memory or on overflow; *v and *cap are unchanged then. */
bool fp_grow(void *v, size_t *cap, size_t n, size_t size, size_t first);

/* Overflow-safe a*b; returns 0 and sets *out on success, -1 on overflow. */
int fp_mul_size(size_t a, size_t b, size_t *out);

#endif
