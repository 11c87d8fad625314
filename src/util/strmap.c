/*
 * util/strmap.c - string-keyed open-addressing map (see strmap.h).
 */
#include "strmap.h"

#include <stdint.h>
#include <string.h>

#include "alloc.h"

/* FNV-1a: short keys (URIs, paths) hash well enough and fast. */
static size_t hash(const char *key)
{
	uint64_t h = 1469598103934665603ULL;
	for (const unsigned char *p = (const unsigned char *)key; *p; p++)
		h = (h ^ *p) * 1099511628211ULL;
	return (size_t)(h ^ (h >> 29));
}

void fp_strmap_init(fp_strmap *m)
{
	memset(m, 0, sizeof *m);
}

void fp_strmap_release(fp_strmap *m)
{
	fp_free(m->slots);
	fp_strmap_init(m);
}

/* The slot holding key, or the empty slot where it would go. */
static size_t find(const fp_strmap *m, const char *key)
{
	size_t k = hash(key) & (m->cap - 1);
	while (m->slots[k].key && strcmp(m->slots[k].key, key) != 0)
		k = (k + 1) & (m->cap - 1);
	return k;
}

void *fp_strmap_get(const fp_strmap *m, const char *key)
{
	if (!m->cap || !key)
		return NULL;
	return m->slots[find(m, key)].value;
}

static bool grow(fp_strmap *m)
{
	size_t cap = m->cap ? m->cap * 2 : 64;
	fp_strmap_slot *v = fp_calloc(cap, sizeof *v);
	if (!v)
		return false;
	fp_strmap old = *m;
	m->slots = v;
	m->cap = cap;
	for (size_t i = 0; i < old.cap; i++) {
		if (old.slots[i].key)
			m->slots[find(m, old.slots[i].key)] = old.slots[i];
	}
	fp_free(old.slots);
	return true;
}

bool fp_strmap_put(fp_strmap *m, const char *key, void *value)
{
	if ((m->len + 1) * 2 > m->cap && !grow(m))
		return false;
	size_t k = find(m, key);
	if (!m->slots[k].key)
		m->len++;
	m->slots[k].key = key;
	m->slots[k].value = value;
	return true;
}

void *fp_strmap_del(fp_strmap *m, const char *key)
{
	if (!m->cap || !key)
		return NULL;
	size_t k = find(m, key);
	if (!m->slots[k].key)
		return NULL;
	void *value = m->slots[k].value;
	/* backward shift: pull later members of the probe run into the
	 * hole when the hole lies on their way from their home slot */
	size_t hole = k, j = k;
	for (;;) {
		j = (j + 1) & (m->cap - 1);
		if (!m->slots[j].key)
			break;
		size_t home = hash(m->slots[j].key) & (m->cap - 1);
		bool between = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j);
		if (!between) {
			m->slots[hole] = m->slots[j];
			hole = j;
		}
	}
	m->slots[hole].key = NULL;
	m->slots[hole].value = NULL;
	m->len--;
	return value;
}
