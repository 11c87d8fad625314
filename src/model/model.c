/*
 * model/model.c - lookups over the embedded FHIR models (model_r4.c,
 * model_r4b.c, model_r5.c; their shape is in model/tables.h).
 *
 * Everything here reads const tables: no allocation, no state, so any
 * number of threads may call it at once. Type names are found by binary
 * search over the types sorted by name, elements by binary search over a
 * type's own elements, then its base's, up the chain. Perfect hashing was
 * the other option; with ~700 types and a dozen elements per type the
 * bisection is some ten string compares and needs no generated hash
 * parameters to keep in step with the tables.
 */
#include "model/model.h"

#include <string.h>

#include "model/tables.h"

/* Indexed by fp_type_row.system; keep in step with SYSTEM_NAMES in
 * src/model/gen/genmodel.py. */
static const char *const fp_system_names[] = {
	NULL, "String", "Boolean", "Integer", "Integer64", "Decimal",
	"Date", "DateTime", "Time",
};

/* Longest base chain we follow: the real ones are at most 6 deep (R5
 * Timing -> BackboneType -> DataType -> Element -> Base); the bound only
 * guards against a corrupt table looping. */
#define MAX_CHAIN 32

/* ==== versions ==== */

static const struct {
	const char *name;
	const char *number;
	const char *minor;      /* "major.minor" the numbers start with */
} versions[FP_FHIR_NVERSIONS] = {
	[FP_FHIR_R4] = { "R4", "4.0.1", "4.0" },
	[FP_FHIR_R4B] = { "R4B", "4.3.0", "4.3" },
	[FP_FHIR_R5] = { "R5", "5.0.0", "5.0" },
};

static bool eq_nocase(const char *s, size_t len, const char *lit)
{
	size_t n = strlen(lit);
	if (len != n)
		return false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		if (c != lit[i])
			return false;
	}
	return true;
}

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/*
 * Accepts a release name ("R4", "r4b", "R5", any case) or a version number
 * whose major.minor is a release's ("4.0", "4.0.1", "4.3.0", "5.0.0"),
 * optionally followed by a label ("5.0.0-ballot"). "4" alone is refused:
 * it could be R4 or R4B.
 */
bool fp_fhir_version_parse(const char *s, size_t len, fp_fhir_version *out)
{
	if (!s)
		return false;
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		bool ok = eq_nocase(s, len, versions[v].name);
		size_t mn = strlen(versions[v].minor);
		if (!ok && len >= mn && memcmp(s, versions[v].minor, mn) == 0) {
			size_t i = mn;
			if (i < len && s[i] == '.') {   /* .patch */
				size_t start = ++i;
				while (i < len && is_digit(s[i]))
					i++;
				if (i == start)
					continue;
			}
			if (i < len && s[i] == '-' && i + 1 < len)     /* -label */
				i = len;
			ok = i == len;
		}
		if (ok) {
			if (out)
				*out = (fp_fhir_version)v;
			return true;
		}
	}
	return false;
}

const char *fp_fhir_version_name(fp_fhir_version v)
{
	return (unsigned)v < FP_FHIR_NVERSIONS ? versions[v].name : NULL;
}

const char *fp_fhir_version_number(fp_fhir_version v)
{
	return (unsigned)v < FP_FHIR_NVERSIONS ? versions[v].number : NULL;
}

const fp_model *fp_model_get(fp_fhir_version v)
{
	switch (v) {
	case FP_FHIR_R4: return &fp_model_r4;
	case FP_FHIR_R4B: return &fp_model_r4b;
	case FP_FHIR_R5: return &fp_model_r5;
	default: return NULL;
	}
}

fp_fhir_version fp_model_version(const fp_model *m)
{
	return m->version;
}

/* ==== types ==== */

/*
 * Compare the NUL-terminated z with the slice s[0..n) bytewise, as the
 * generator sorted them (shorter prefix first): <0, 0 or >0.
 */
static int cmp_slice(const char *z, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char a = (unsigned char)z[i], b = (unsigned char)s[i];
		if (a == 0)
			return -1;      /* z ends first (also when s holds a NUL here) */
		if (a != b)
			return (int)a - (int)b;
	}
	return z[n] != 0;
}

/* The row of t, or NULL when t is 0 or out of range. */
static const fp_type_row *row(const fp_model *m, fp_type_id t)
{
	return t >= 1 && t <= m->ntypes ? &m->types[t - 1] : NULL;
}

fp_type_id fp_model_type(const fp_model *m, const char *name, size_t len)
{
	if (!name)
		return 0;
	if (len > 5 && memcmp(name, "FHIR.", 5) == 0) {
		name += 5;
		len -= 5;
	}
	size_t lo = 0, hi = m->ntypes;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_slice(m->pool + m->types[mid].name, name, len);
		if (c == 0)
			return (fp_type_id)(mid + 1);
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

const char *fp_model_type_name(const fp_model *m, fp_type_id t)
{
	const fp_type_row *r = row(m, t);
	return r ? m->pool + r->name : NULL;
}

fp_type_kind fp_model_type_kind(const fp_model *m, fp_type_id t)
{
	const fp_type_row *r = row(m, t);
	return r ? (fp_type_kind)r->kind : FP_TYPE_COMPLEX;
}

bool fp_model_type_abstract(const fp_model *m, fp_type_id t)
{
	const fp_type_row *r = row(m, t);
	return r && r->abstract;
}

fp_type_id fp_model_type_base(const fp_model *m, fp_type_id t)
{
	const fp_type_row *r = row(m, t);
	return r ? r->base : 0;
}

bool fp_model_is_a(const fp_model *m, fp_type_id t, fp_type_id base)
{
	if (base == 0)
		return false;
	for (int hops = 0; t != 0 && hops < MAX_CHAIN; hops++) {
		if (t == base)
			return true;
		t = fp_model_type_base(m, t);
	}
	return false;
}

const char *fp_model_system_type(const fp_model *m, fp_type_id t)
{
	const fp_type_row *r = row(m, t);
	if (!r || r->system >= sizeof fp_system_names / sizeof fp_system_names[0])
		return NULL;
	return fp_system_names[r->system];
}

size_t fp_model_type_count(const fp_model *m)
{
	return m->ntypes;
}

/* ==== elements ==== */

/* Bisect the own elements of row r for name[0..len); NULL if absent. */
static const fp_element *own_element(const fp_model *m, const fp_type_row *r,
				     const char *name, size_t len)
{
	const fp_element *e = m->elements + r->first;
	size_t lo = 0, hi = r->count;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_slice(e[mid].name, name, len);
		if (c == 0)
			return &e[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/*
 * Walks t and then its bases; the first type that declares name wins,
 * which is how a type that narrows an inherited element (xhtml.extension
 * 0..0) shadows its base's. "value[x]" is accepted for "value".
 */
const fp_element *fp_model_element(const fp_model *m, fp_type_id t, const char *name, size_t len)
{
	if (!name)
		return NULL;
	if (len > 3 && memcmp(name + len - 3, "[x]", 3) == 0)
		len -= 3;
	for (int hops = 0; hops < MAX_CHAIN; hops++) {
		const fp_type_row *r = row(m, t);
		if (!r)
			return NULL;
		const fp_element *e = own_element(m, r, name, len);
		if (e)
			return e;
		t = r->base;
	}
	return NULL;
}

/*
 * Tries each split of name before an upper-case letter, shortest prefix
 * first: "multipleBirthBoolean" tries "multiple", then "multipleBirth",
 * which is a choice element, and then matches "Boolean" against its types
 * with their first letter upper-cased ("boolean" -> "Boolean"; "Quantity"
 * stays). Prefixes that name a non-choice element are passed over.
 */
const fp_element *fp_model_choice_element(const fp_model *m, fp_type_id t, const char *name,
					  size_t len, fp_type_id *type)
{
	if (type)
		*type = 0;
	if (!name)
		return NULL;
	for (size_t i = 1; i < len; i++) {
		if (name[i] < 'A' || name[i] > 'Z')
			continue;
		const fp_element *e = fp_model_element(m, t, name, i);
		if (!e || !e->choice)
			continue;
		const char *suffix = name + i;
		size_t slen = len - i;
		for (unsigned k = 0; k < e->ntypes; k++) {
			const char *tn = fp_model_type_name(m, e->types[k]);
			if (!tn || tn[0] == 0)
				continue;
			char first = tn[0];
			if (first >= 'a' && first <= 'z')
				first = (char)(first - 'a' + 'A');
			if (first == suffix[0] && cmp_slice(tn + 1, suffix + 1, slen - 1) == 0) {
				if (type)
					*type = e->types[k];
				return e;
			}
		}
	}
	return NULL;
}

/*
 * Own elements of t in name order, then each base's in turn. A base's
 * element that a more derived type redeclares (shadows) is skipped, so
 * every name is reported once, with the declaration lookups would find.
 */
void fp_model_each_element(const fp_model *m, fp_type_id t,
			   bool (*fn)(void *ctx, const fp_element *e), void *ctx)
{
	fp_type_id cur = t;
	for (int hops = 0; hops < MAX_CHAIN; hops++) {
		const fp_type_row *r = row(m, cur);
		if (!r)
			return;
		const fp_element *e = m->elements + r->first;
		for (unsigned i = 0; i < r->count; i++) {
			if (cur != t && fp_model_element(m, t, e[i].name, strlen(e[i].name)) != &e[i])
				continue;
			if (!fn(ctx, &e[i]))
				return;
		}
		cur = r->base;
	}
}

void fp_model_stats(const fp_model *m, size_t *types, size_t *elements, size_t *bytes)
{
	if (types)
		*types = m->ntypes;
	if (elements)
		*elements = m->nelements;
	if (bytes)
		*bytes = m->bytes;
}

/* ==== digest ==== */

typedef struct digest {
	uint64_t h;
} digest;

static void mix(digest *d, const void *p, size_t n)
{
	const unsigned char *b = p;
	for (size_t i = 0; i < n; i++) {
		d->h ^= b[i];
		d->h *= 0x100000001b3ULL;
	}
}

/* A number as 8 little-endian bytes, so the digest is the same on every
 * architecture. */
static void mix_u(digest *d, uint64_t v)
{
	unsigned char b[8];
	for (int i = 0; i < 8; i++)
		b[i] = (unsigned char)(v >> (8 * i));
	mix(d, b, sizeof b);
}

/* A string with its terminating NUL (so "ab","c" differs from "a","bc"). */
static void mix_s(digest *d, const char *s)
{
	if (s)
		mix(d, s, strlen(s) + 1);
	else
		mix_u(d, UINT64_MAX);
}

static void mix_ids(digest *d, const fp_type_id *ids, size_t n)
{
	mix_u(d, n);
	for (size_t i = 0; i < n; i++)
		mix_u(d, ids[i]);
}

uint64_t fp_model_digest(const fp_model *m)
{
	if (!m)
		return 0;
	digest d = { 0xcbf29ce484222325ULL };
	mix_u(&d, (uint64_t)m->version);
	for (size_t i = 0; i < m->ntypes; i++) {
		const fp_type_row *t = &m->types[i];
		mix_s(&d, m->pool + t->name);
		mix_u(&d, t->first);
		mix_u(&d, t->count);
		mix_u(&d, t->base);
		mix_u(&d, (uint64_t)t->kind << 16 | (uint64_t)t->abstract << 8 | t->system);
	}
	for (size_t i = 0; i < m->nelements; i++) {
		const fp_element *e = &m->elements[i];
		mix_s(&d, e->name);
		mix_s(&d, e->path);
		mix_u(&d, e->owner);
		mix_u(&d, (uint64_t)e->min << 16 | e->max);
		mix_ids(&d, e->types, e->ntypes);
		mix_ids(&d, e->targets, e->ntargets);
		mix_u(&d, (uint64_t)e->binding << 8 | (uint64_t)e->choice << 2 |
			  (uint64_t)e->is_modifier << 1 | e->is_summary);
		mix_s(&d, e->valueset);
	}
	return d.h;
}
