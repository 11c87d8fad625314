#include "arena.h"

#include <string.h>

#include "alloc.h"

/* 8, not max_align_t's 16: nothing kept in an arena needs more than a
 * pointer's or a double's alignment, and most arena objects are small
 * (names, one-child arrays), so 16 wasted up to a third of a parse. */
#define ARENA_ALIGN 8
#define ARENA_BLOCK 8192

struct fp_arena_block {
	fp_arena_block *prev;
	size_t size;            /* usable bytes after the header */
	_Alignas(ARENA_ALIGN) unsigned char data[];
};

/* One first-size block per thread is kept on release and handed to the
 * next arena's first allocation: parsing one short expression after
 * another then costs no malloc/free pair each (musl returns freed memory
 * to the kernel eagerly, which made that pair dominate small parses). */
static _Thread_local fp_arena_block *spare;

/* Under AddressSanitizer every released block goes back to free(), so a
 * use after fp_arena_release() is caught instead of hidden by reuse. */
#if defined(__SANITIZE_ADDRESS__)
#define KEEP_SPARE 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KEEP_SPARE 0
#endif
#endif
#ifndef KEEP_SPARE
#define KEEP_SPARE 1
#endif

void fp_arena_init(fp_arena *a)
{
	a->head = NULL;
	a->used = 0;
	a->total = 0;
	a->failed = false;
}

void *fp_arena_alloc(fp_arena *a, size_t n)
{
	size_t need = (n + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
	if (need < n) {         /* overflow */
		a->failed = true;
		return NULL;
	}
	if (!a->head || a->head->size - a->used < need) {
		/* Small requests share blocks that double up to 1 MiB; a big
		 * request gets a block of its own. */
		size_t size = a->head ? a->head->size * 2 : ARENA_BLOCK;
		if (size > (1u << 20))
			size = 1u << 20;
		if (size < need)
			size = need;
		if (size > (size_t)-1 - sizeof(fp_arena_block)) {
			a->failed = true;
			return NULL;
		}
		fp_arena_block *b;
		if (size == ARENA_BLOCK && spare) {
			b = spare;
			spare = NULL;
		} else {
			b = fp_malloc(sizeof(fp_arena_block) + size);
		}
		if (!b) {
			a->failed = true;
			return NULL;
		}
		b->prev = a->head;
		b->size = size;
		a->head = b;
		a->used = 0;
		a->total += size;
	}
	void *p = a->head->data + a->used;
	a->used += need;
	return p;
}

void *fp_arena_zalloc(fp_arena *a, size_t n)
{
	void *p = fp_arena_alloc(a, n);
	if (p)
		memset(p, 0, n);
	return p;
}

char *fp_arena_strndup(fp_arena *a, const char *s, size_t n)
{
	if (n == (size_t)-1) {
		a->failed = true;
		return NULL;
	}
	char *p = fp_arena_alloc(a, n + 1);
	if (!p)
		return NULL;
	if (n)
		memcpy(p, s, n);
	p[n] = 0;
	return p;
}

void fp_arena_release(fp_arena *a)
{
	fp_arena_block *b = a->head;
	while (b) {
		fp_arena_block *prev = b->prev;
		if (KEEP_SPARE && !spare && b->size == ARENA_BLOCK)
			spare = b;
		else
			fp_free(b);
		b = prev;
	}
	fp_arena_init(a);
}

void fp_arena_drop_spare(void)
{
	fp_free(spare);
	spare = NULL;
}
