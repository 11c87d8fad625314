/*
 * util/strmap.h - a map from strings to pointers: open addressing with
 * linear probing, at most half full, deletion by backward shift (no
 * tombstones, so lookups stay short however many keys come and go).
 *
 * The map does not own keys or values: a key must stay valid and
 * unchanged while it is in the map (typically it lives in the value).
 */
#ifndef FP_UTIL_STRMAP_H
#define FP_UTIL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct fp_strmap_slot {
	const char *key;
	void *value;
} fp_strmap_slot;

typedef struct fp_strmap {
	fp_strmap_slot *slots;
	size_t cap;             /* a power of two, or 0 */
	size_t len;
} fp_strmap;

void fp_strmap_init(fp_strmap *m);
void fp_strmap_release(fp_strmap *m);

/* The value under key, or NULL. */
void *fp_strmap_get(const fp_strmap *m, const char *key);
/* Put value under key (replacing any). False when out of memory (the map
 * is unchanged then). */
bool fp_strmap_put(fp_strmap *m, const char *key, void *value);
/* Remove key; returns its value, or NULL when it was not there. */
void *fp_strmap_del(fp_strmap *m, const char *key);

#endif
