#include "alloc.h"

#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Fault injection state. Atomic so that `check -j` worker threads may
 * allocate concurrently; tests that inject failures are single-threaded. */
static atomic_long fail_at;  /* 0 = never fail */
static atomic_long counter;

static int should_fail(void)
{
	long n = atomic_fetch_add(&counter, 1) + 1;
	long f = atomic_load(&fail_at);
	return f > 0 && n >= f;
}

void *fp_malloc(size_t n)
{
	if (should_fail())
		return NULL;
	return malloc(n ? n : 1);
}

void *fp_calloc(size_t count, size_t size)
{
	if (should_fail())
		return NULL;
	return calloc(count ? count : 1, size ? size : 1);
}

void *fp_realloc(void *p, size_t n)
{
	if (should_fail())
		return NULL;
	return realloc(p, n ? n : 1);
}

void fp_free(void *p)
{
	free(p);
}

void fp_alloc_fail_at(long n)
{
	atomic_store(&counter, 0);
	atomic_store(&fail_at, n);
}

long fp_alloc_count(void)
{
	return atomic_load(&counter);
}

int fp_mul_size(size_t a, size_t b, size_t *out)
{
	if (a && b > SIZE_MAX / a)
		return -1;
	*out = a * b;
	return 0;
}

bool fp_grow(void *v, size_t *cap, size_t n, size_t size, size_t first)
{
	if (n < *cap)
		return true;
	size_t ncap = *cap ? *cap * 2 : first, bytes;
	if (ncap < *cap || fp_mul_size(ncap, size, &bytes) != 0)
		return false;
	void **pv = v;
	void *p = fp_realloc(*pv, bytes);
	if (!p)
		return false;
	*pv = p;
	*cap = ncap;
	return true;
}

char *fp_strdup(const char *s)
{
	size_t n = strlen(s) + 1;
	char *d = fp_malloc(n);
	if (d)
		memcpy(d, s, n);
	return d;
}

char *fp_strndup(const char *s, size_t n)
{
	char *d = fp_malloc(n + 1);
	if (d) {
		memcpy(d, s, n);
		d[n] = 0;
	}
	return d;
}
