/*
 * util/arena.h - bump allocator whose memory lives exactly as long as one
 * piece of work (a document version, a request, one file of `check`).
 *
 * Nothing allocated from an arena is freed on its own; fp_arena_release()
 * frees everything at once. A failed allocation returns NULL and sets the
 * sticky `failed` flag, so builders may check once at the end.
 */
#ifndef FP_UTIL_ARENA_H
#define FP_UTIL_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct fp_arena_block fp_arena_block;

typedef struct fp_arena {
	fp_arena_block *head;   /* current block, linked to older ones */
	size_t used;            /* bytes used in head */
	size_t total;           /* bytes obtained from fp_malloc, for stats */
	bool failed;            /* sticky: some allocation returned NULL */
} fp_arena;

/* Start an empty arena; allocates nothing. */
void fp_arena_init(fp_arena *a);

/* n bytes aligned for pointers, 64-bit integers and doubles (8 bytes:
 * nothing here needs long double or SIMD alignment); NULL (and a->failed) when out of memory. */
void *fp_arena_alloc(fp_arena *a, size_t n);

/* Like fp_arena_alloc but zero-filled. */
void *fp_arena_zalloc(fp_arena *a, size_t n);

/* A NUL-terminated copy of s[0..n). */
char *fp_arena_strndup(fp_arena *a, const char *s, size_t n);

/* Free every block; the arena is empty and reusable afterwards. One
 * block per thread may be kept for the next arena (see arena.c). */
void fp_arena_release(fp_arena *a);

/* Free the block kept for reuse by this thread (at thread or process
 * exit, and before counting allocations in tests). */
void fp_arena_drop_spare(void);

#endif
