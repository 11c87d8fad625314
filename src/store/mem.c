/*
 * store/mem.c - sqlite and zstd allocate through fp_malloc (util/alloc.h),
 * so the allocation-failure loops (tests/check_oom.c) reach every path of
 * the store, the libraries' own included.
 *
 * sqlite takes its allocator once per process, before it initialises
 * (SQLITE_CONFIG_MALLOC is refused afterwards), so every entry into
 * sqlite from store/ goes through fp_store_libs_init() first; it is
 * idempotent and thread-safe (pthread_once). sqlite wants to know the
 * size of an allocation (xSize), which fp_malloc does not say: each
 * block carries it in a header of 16 bytes, which keeps the 8-byte
 * alignment sqlite needs and the 16 bytes malloc gives.
 *
 * zstd takes an allocator per context (ZSTD_customMem): fp_store_zmem.
 */
#define ZSTD_STATIC_LINKING_ONLY
#include "store/internal.h"

#include <pthread.h>
#include <stddef.h>

#include "util/alloc.h"
#include "zstd/lib/zstd.h"

/* Allocations sqlite asked for and did not get, on this thread: sqlite
 * answers SQLITE_NOMEM both when memory ran out and when a damaged file
 * makes it refuse a size on its own, and this tells the two apart. */
static _Thread_local unsigned long sq_failures;

unsigned long fp_store_alloc_failures(void)
{
	return sq_failures;
}

typedef union block {
	sqlite3_int64 size;
	max_align_t align;
} block;

static void *sq_malloc(int n)
{
	if (n <= 0)
		return NULL;
	block *b = fp_malloc(sizeof *b + (size_t)n);
	if (!b) {
		sq_failures++;
		return NULL;
	}
	b->size = n;
	return b + 1;
}

static void sq_free(void *p)
{
	if (p)
		fp_free((block *)p - 1);
}

/* sqlite never asks with p NULL or n <= 0 (it calls xMalloc/xFree);
 * on failure the old block stays valid, as realloc leaves it. */
static void *sq_realloc(void *p, int n)
{
	if (!p)
		return sq_malloc(n);
	if (n <= 0)
		return NULL;
	block *b = fp_realloc((block *)p - 1, sizeof *b + (size_t)n);
	if (!b) {
		sq_failures++;
		return NULL;
	}
	b->size = n;
	return b + 1;
}

static int sq_size(void *p)
{
	return p ? (int)((block *)p - 1)->size : 0;
}

static int sq_roundup(int n)
{
	return (n + 7) & ~7;
}

static int sq_init(void *app)
{
	(void)app;
	return SQLITE_OK;
}

static void sq_shutdown(void *app)
{
	(void)app;
}

static const sqlite3_mem_methods sq_methods = {
	sq_malloc, sq_free, sq_realloc, sq_size, sq_roundup, sq_init, sq_shutdown, NULL,
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int configured = SQLITE_MISUSE;

static void configure(void)
{
	/* SQLITE_MISUSE only if sqlite was initialised behind our back
	 * (nothing outside store/ calls it): then it keeps malloc */
	configured = sqlite3_config(SQLITE_CONFIG_MALLOC, &sq_methods);
}

void fp_store_libs_init(void)
{
	pthread_once(&once, configure);
	/* may fail for lack of memory; sqlite3_open_v2 then tries again
	 * and fails as an open does */
	sqlite3_initialize();
}

bool fp_store_libs_hooked(void)
{
	pthread_once(&once, configure);
	return configured == SQLITE_OK;
}

static void *z_alloc(void *opaque, size_t n)
{
	(void)opaque;
	return fp_malloc(n);
}

static void z_free(void *opaque, void *p)
{
	(void)opaque;
	fp_free(p);
}

void *fp_store_zcctx(void)
{
	ZSTD_customMem mem = { z_alloc, z_free, NULL };
	return ZSTD_createCCtx_advanced(mem);
}

void *fp_store_zdctx(void)
{
	ZSTD_customMem mem = { z_alloc, z_free, NULL };
	return ZSTD_createDCtx_advanced(mem);
}
