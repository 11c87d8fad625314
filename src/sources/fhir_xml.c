/*
 * sources/fhir_xml.c - FHIR XML to the JSON reader's tree, through expat
 * (see fhir_xml.h for the mapping and its limits).
 *
 * expat reports each start tag with its decoded attributes, but not where
 * the attributes are; the handlers get the tag's byte range from
 * XML_GetCurrentByteIndex/XML_GetCurrentByteCount and scan the raw tag
 * themselves (expat has checked it is well-formed before calling them).
 *
 * Building: a stack of open elements (frames) and one stack of finished
 * children (kids) shared by all open elements, as in json/read.c. When an
 * element ends, its kids are grouped by name into members, popped, and
 * the element itself is pushed as a kid of its parent. Grouping sorts
 * pointers to the kids by (name, position), so it is O(n log n) in the
 * number of children whatever they are called; a linear search for
 * earlier siblings of the same name would be quadratic on hostile input.
 */
#include "fhir_xml.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "expat/lib/expat.h"
#include "util/alloc.h"

/* Namespace separator in the names expat reports ("uri|local"). It
 * cannot occur in an XML name, so the local name is after the last one. */
#define NS_SEP '|'

/* Any fixed non-zero value: expat then never looks for entropy, and the
 * same input always allocates the same way (see vendor/vendor.mk). */
#define HASH_SALT 0x66687270UL

#define STR_(x) #x
#define STR(x) STR_(x)

typedef struct kid {
	const char *key;        /* local name (arena) or "id"/"url" (static) */
	size_t key_len;
	uint32_t key_start, key_end;
	fp_json *value;         /* string or object */
	fp_json *extra;         /* "_key" object of a primitive, or NULL */
	bool resource;          /* a capitalised element without value */
	size_t run, runlen;     /* grouping: set on the first of each name */
} kid;

typedef struct frame {
	size_t first;           /* its first kid in P->kids */
	const char *name;       /* local name, in the arena */
	size_t name_len;
	uint32_t name_start, name_end;  /* qualified name in the start tag */
	uint32_t start;         /* its '<' */
	fp_json *value;         /* the value attribute, or NULL */
	bool resource;          /* the root, or a capitalised element */
} frame;

typedef struct parser {
	XML_Parser xp;
	const char *text;
	size_t len;
	fp_arena *arena;
	frame *frames;
	size_t nframes, cframes;
	kid *kids;
	size_t nkids, ckids;
	kid **order;            /* scratch for grouping */
	size_t corder;
	size_t depth;           /* open elements, skipped ones included */
	size_t skip;            /* open elements inside a skipped subtree */
	const char *root_ns;    /* the root's namespace ("" for none) */
	fp_json *root;
	bool failed;            /* a handler stopped the parser */
	size_t err_off;
	const char *err_msg;
} parser;

/* ------------------------------------------------------------------------
 * Errors
 * ---------------------------------------------------------------------- */

/* Record the first error and stop expat; it then returns
 * XML_ERROR_ABORTED, which fp_fhir_xml_parse replaces by this one. */
static void fail(parser *P, size_t off, const char *msg)
{
	if (P->failed)
		return;
	P->failed = true;
	P->err_off = off;
	P->err_msg = msg;
	XML_StopParser(P->xp, XML_FALSE);
}

static void oom(parser *P)
{
	fail(P, (size_t)XML_GetCurrentByteIndex(P->xp), "out of memory");
}

/* ------------------------------------------------------------------------
 * Tree nodes
 * ---------------------------------------------------------------------- */

static fp_json *new_node(parser *P, fp_json_kind kind, uint32_t start, uint32_t end)
{
	fp_json *v = fp_arena_zalloc(P->arena, sizeof *v);
	if (!v)
		return NULL;
	v->kind = kind;
	v->start = start;
	v->end = end;
	return v;
}

static fp_json *new_string(parser *P, const char *s, size_t n, uint32_t start, uint32_t end)
{
	fp_json *v = new_node(P, FP_JSON_STRING, start, end);
	char *copy = v ? fp_arena_strndup(P->arena, s, n) : NULL;
	if (!copy)
		return NULL;
	v->u.str.s = copy;
	v->u.str.len = n;
	return v;
}

static bool push_kid(parser *P, const kid *k)
{
	if (P->nkids == P->ckids) {
		size_t cap = P->ckids ? P->ckids * 2 : 64, bytes;
		if (fp_mul_size(cap, sizeof *P->kids, &bytes) != 0)
			return false;
		kid *nk = fp_realloc(P->kids, bytes);
		if (!nk)
			return false;
		P->kids = nk;
		P->ckids = cap;
	}
	P->kids[P->nkids++] = *k;
	return true;
}

/* ------------------------------------------------------------------------
 * Names and raw tags
 * ---------------------------------------------------------------------- */

/* Split expat's "uri|local" (or "local" without a namespace). */
static const char *local_name(const char *name, size_t *ns_len)
{
	const char *bar = strrchr(name, NS_SEP);
	*ns_len = bar ? (size_t)(bar - name) : 0;
	return bar ? bar + 1 : name;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The raw ranges of the attributes we keep, found in the start tag
 * text[tag, tag_end). Each is {name start, name end, value start (its
 * quote), value end (after its quote)}; all zero when absent. */
typedef struct raw_attr {
	uint32_t ns, ne, vs, ve;
} raw_attr;

enum { A_VALUE, A_ID, A_URL, A_COUNT };
static const char *const kept_attrs[A_COUNT] = { "value", "id", "url" };

/* Scan a start tag that expat has accepted: '<' QName (S Name S? '=' S?
 * quoted-value)* S? '/'? '>'. Quoted values contain no quote of their
 * own kind and no '<', so the closing quote is the next one. Sets
 * *qname_len and the kept attributes' ranges; bounded by tag_end in case
 * the tag is not what expat said. */
static void scan_tag(const char *s, size_t tag, size_t tag_end, size_t *qname_len,
		     raw_attr out[A_COUNT])
{
	memset(out, 0, A_COUNT * sizeof *out);
	size_t i = tag + 1;
	while (i < tag_end && !is_space(s[i]) && s[i] != '/' && s[i] != '>')
		i++;
	*qname_len = i - (tag + 1);
	for (;;) {
		while (i < tag_end && is_space(s[i]))
			i++;
		if (i >= tag_end || s[i] == '/' || s[i] == '>')
			return;
		size_t ns = i;
		while (i < tag_end && !is_space(s[i]) && s[i] != '=')
			i++;
		size_t ne = i;
		while (i < tag_end && (is_space(s[i]) || s[i] == '='))
			i++;            /* S? '=' S? */
		if (i >= tag_end)
			return;
		char q = s[i];
		size_t vs = i++;
		while (i < tag_end && s[i] != q)
			i++;
		if (i >= tag_end)
			return;
		size_t ve = ++i;
		for (int a = 0; a < A_COUNT; a++) {
			if (ne - ns == strlen(kept_attrs[a]) &&
			    memcmp(s + ns, kept_attrs[a], ne - ns) == 0) {
				out[a] = (raw_attr){ (uint32_t)ns, (uint32_t)ne, (uint32_t)vs,
						     (uint32_t)ve };
			}
		}
	}
}

/* ------------------------------------------------------------------------
 * Grouping children into members
 * ---------------------------------------------------------------------- */

static bool always_array(const char *key, size_t n)
{
	static const char *const names[] = { FP_XML_REPEATING };
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strlen(names[i]) == n && memcmp(names[i], key, n) == 0)
			return true;
	return false;
}

/* By name, then by position (all point into P->kids). */
static int cmp_kid(const void *pa, const void *pb)
{
	const kid *a = *(kid *const *)pa, *b = *(kid *const *)pb;
	size_t n = a->key_len < b->key_len ? a->key_len : b->key_len;
	int c = memcmp(a->key, b->key, n);
	if (c)
		return c;
	if (a->key_len != b->key_len)
		return a->key_len < b->key_len ? -1 : 1;
	return a < b ? -1 : a > b;
}

static bool same_key(const kid *a, const kid *b)
{
	return a->key_len == b->key_len && memcmp(a->key, b->key, a->key_len) == 0;
}

/* One group's value: the single kid's node, or an array of all of them.
 * extras: take each kid's extra instead (nulls where there is none). */
static fp_json *group_value(parser *P, kid **run, size_t n, bool array, bool extras)
{
	if (!array)
		return extras ? run[0]->extra : run[0]->value;
	fp_json **items = fp_arena_alloc(P->arena, n * sizeof *items);
	fp_json *arr = items ? new_node(P, FP_JSON_ARRAY, run[0]->value->start,
					run[n - 1]->value->end) : NULL;
	if (!arr)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		fp_json *v = extras ? run[i]->extra : run[i]->value;
		if (!v && !(v = new_node(P, FP_JSON_NULL, run[i]->value->start,
					 run[i]->value->end)))
			return NULL;
		items[i] = v;
	}
	arr->u.arr.items = items;
	arr->u.arr.len = n;
	return arr;
}

/*
 * The object for kids[0..n) (they stay on the stack; the caller pops
 * them), covering [start, end). With `res`, a "resourceType" member with
 * its name comes first. Members appear in the order of each name's first
 * occurrence; a name that repeats or is in FP_XML_REPEATING becomes an
 * array, and a "_name" member follows when one of its kids has an extra.
 * NULL when out of memory.
 */
static fp_json *build_object(parser *P, kid *kids, size_t n, const frame *res,
			     uint32_t start, uint32_t end)
{
	fp_json *obj = new_node(P, FP_JSON_OBJECT, start, end);
	if (!obj)
		return NULL;
	if (n > P->corder) {
		size_t bytes;
		kid **no = fp_mul_size(n, sizeof *no, &bytes) == 0 ? fp_realloc(P->order, bytes) : NULL;
		if (!no)
			return NULL;
		P->order = no;
		P->corder = n;
	}
	kid **order = P->order;
	for (size_t i = 0; i < n; i++)
		order[i] = &kids[i];
	if (n > 1)
		qsort(order, n, sizeof *order, cmp_kid);

	size_t count = res ? 1 : 0;
	for (size_t i = 0; i < n; i++)
		kids[i].runlen = 0;
	for (size_t a = 0, b; a < n; a = b) {
		bool extra = false;
		for (b = a; b < n && same_key(order[a], order[b]); b++)
			extra |= order[b]->extra != NULL;
		order[a]->run = a;      /* order[a] is the first of its name */
		order[a]->runlen = b - a;
		count += extra ? 2 : 1;
	}

	if (count == 0)
		return obj;     /* {} (items NULL, as json/read.c does) */
	fp_json_member *m = fp_arena_zalloc(P->arena, count * sizeof *m);
	if (!m)
		return NULL;
	size_t k = 0;
	if (res) {
		uint32_t ls = res->name_end - (uint32_t)res->name_len;  /* local part */
		m[k].key = "resourceType";
		m[k].key_len = 12;
		m[k].key_start = res->name_start;
		m[k].key_end = res->name_end;
		if (!(m[k++].value = new_string(P, res->name, res->name_len, ls, res->name_end)))
			return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		const kid *first = &kids[i];
		if (!first->runlen)
			continue;
		kid **run = &order[first->run];
		size_t len = first->runlen;
		bool array = len > 1 || always_array(first->key, first->key_len);
		m[k].key = first->key;
		m[k].key_len = first->key_len;
		m[k].key_start = first->key_start;
		m[k].key_end = first->key_end;
		if (!(m[k++].value = group_value(P, run, len, array, false)))
			return NULL;
		bool extra = false;
		for (size_t r = 0; r < len; r++)
			extra |= run[r]->extra != NULL;
		if (!extra)
			continue;
		char *key = fp_arena_alloc(P->arena, first->key_len + 2);
		if (!key)
			return NULL;
		key[0] = '_';
		memcpy(key + 1, first->key, first->key_len + 1);
		m[k].key = key;
		m[k].key_len = first->key_len + 1;
		m[k].key_start = first->key_start;
		m[k].key_end = first->key_end;
		if (!(m[k++].value = group_value(P, run, len, array, true)))
			return NULL;
	}
	obj->u.obj.items = m;
	obj->u.obj.len = count;
	return obj;
}

/* ------------------------------------------------------------------------
 * expat handlers
 * ---------------------------------------------------------------------- */

/* Push an `id` or `url` attribute of the element just opened as a kid. */
static bool attr_kid(parser *P, const char *name, const char *value, const raw_attr *r)
{
	kid k;
	memset(&k, 0, sizeof k);
	k.key = name;           /* a static string: "id" or "url" */
	k.key_len = strlen(name);
	k.key_start = r->ns;
	k.key_end = r->ne;
	k.value = new_string(P, value, strlen(value), r->vs, r->ve);
	return k.value && push_kid(P, &k);
}

static void XMLCALL on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	parser *P = ud;
	if (P->failed)
		return;
	size_t tag = (size_t)XML_GetCurrentByteIndex(P->xp);
	size_t tag_end = tag + (size_t)XML_GetCurrentByteCount(P->xp);
	if (P->depth == FP_XML_MAX_DEPTH) {
		fail(P, tag, "nesting deeper than " STR(FP_XML_MAX_DEPTH) " levels");
		return;
	}
	P->depth++;
	if (P->skip) {
		P->skip++;
		return;
	}
	size_t ns_len;
	const char *local = local_name(name, &ns_len);
	bool is_root = P->nframes == 0;
	if (is_root) {
		P->root_ns = fp_arena_strndup(P->arena, name, ns_len);
		if (!P->root_ns) {
			oom(P);
			return;
		}
	} else {
		bool fhir = ns_len == strlen(FP_XML_FHIR_NAMESPACE) &&
			    memcmp(name, FP_XML_FHIR_NAMESPACE, ns_len) == 0;
		bool own = ns_len == strlen(P->root_ns) && memcmp(name, P->root_ns, ns_len) == 0;
		if ((!fhir && !own) || strcmp(local, "div") == 0) {
			P->skip = 1;    /* XHTML narrative, foreign elements */
			return;
		}
	}

	size_t qlen;
	raw_attr raw[A_COUNT];
	scan_tag(P->text, tag, tag_end, &qlen, raw);
	const char *val[A_COUNT] = { NULL, NULL, NULL };
	for (size_t i = 0; atts[i]; i += 2)
		for (int a = 0; a < A_COUNT; a++)
			if (strcmp(atts[i], kept_attrs[a]) == 0)
				val[a] = atts[i + 1];
	for (int a = 0; a < A_COUNT; a++) {
		if (val[a] && !raw[a].ve) /* cannot happen: expat read it there */
			raw[a] = (raw_attr){ (uint32_t)tag, (uint32_t)tag, (uint32_t)tag,
					     (uint32_t)tag_end };
	}

	if (P->nframes == P->cframes) {
		size_t cap = P->cframes ? P->cframes * 2 : 32;
		frame *nf = fp_realloc(P->frames, cap * sizeof *nf);
		if (!nf) {
			oom(P);
			return;
		}
		P->frames = nf;
		P->cframes = cap;
	}
	frame *f = &P->frames[P->nframes++];
	memset(f, 0, sizeof *f);
	f->first = P->nkids;
	f->name_len = strlen(local);
	f->name = fp_arena_strndup(P->arena, local, f->name_len);
	f->name_start = (uint32_t)(tag + 1);
	f->name_end = (uint32_t)(tag + 1 + qlen);
	f->start = (uint32_t)tag;
	if (!f->name) {
		oom(P);
		return;
	}
	if (val[A_VALUE] && !is_root) {
		f->value = new_string(P, val[A_VALUE], strlen(val[A_VALUE]), raw[A_VALUE].vs,
				      raw[A_VALUE].ve);
		if (!f->value) {
			oom(P);
			return;
		}
	}
	f->resource = is_root || (!f->value && local[0] >= 'A' && local[0] <= 'Z');
	/* id and url in source order */
	int first = A_ID, second = A_URL;
	if (raw[A_URL].ns < raw[A_ID].ns) {
		first = A_URL;
		second = A_ID;
	}
	if ((val[first] && !attr_kid(P, kept_attrs[first], val[first], &raw[first])) ||
	    (val[second] && !attr_kid(P, kept_attrs[second], val[second], &raw[second])))
		oom(P);
}

static void XMLCALL on_end(void *ud, const XML_Char *name)
{
	parser *P = ud;
	if (P->failed)
		return;
	P->depth--;
	if (P->skip) {
		P->skip--;
		return;
	}
	/* For "<a/>" expat has moved past the tag already (count 0). */
	uint32_t end = (uint32_t)((size_t)XML_GetCurrentByteIndex(P->xp) +
				  (size_t)XML_GetCurrentByteCount(P->xp));
	frame *f = &P->frames[P->nframes - 1];
	size_t n = P->nkids - f->first;
	kid *kids = n ? P->kids + f->first : NULL;     /* P->kids may be NULL */
	kid me;
	memset(&me, 0, sizeof me);
	me.key = f->name;
	me.key_len = f->name_len;
	me.key_start = f->name_start;
	me.key_end = f->name_end;
	me.resource = f->resource;
	if (f->value) {
		me.value = f->value;
		if (n && !(me.extra = build_object(P, kids, n, NULL, f->start, end)))
			goto nomem;
	} else if (!f->resource && n == 1 && kids[0].resource) {
		me.value = kids[0].value;       /* <resource><Patient>..</Patient></resource> */
	} else if (!(me.value = build_object(P, kids, n, f->resource ? f : NULL, f->start, end))) {
		goto nomem;
	}
	P->nkids = f->first;
	P->nframes--;
	if (P->nframes == 0)
		P->root = me.value;
	else if (!push_kid(P, &me))
		goto nomem;
	return;
nomem:
	oom(P);
}

/* Refuse any DOCTYPE: called at its '[' or '>', before the internal
 * subset, so not one declaration in it is processed. The error points at
 * its "<!DOCTYPE" (found backwards: only its name and ids are between). */
static void XMLCALL on_doctype(void *ud, const XML_Char *doctype_name, const XML_Char *sysid,
			       const XML_Char *pubid, int has_internal_subset)
{
	parser *P = ud;
	size_t at = (size_t)XML_GetCurrentByteIndex(P->xp), i = at + 1;
	while (i-- > 0)
		if (i + 9 <= P->len && memcmp(P->text + i, "<!DOCTYPE", 9) == 0)
			break;
	fail(P, i < at ? i : at, "document type declarations ('<!DOCTYPE') are not allowed");
}

/* Never reached (on_doctype stops first); set so that no entity is ever
 * declared even if that changes. */
static void XMLCALL on_entity(void *ud, const XML_Char *entity_name, int is_parameter_entity,
			      const XML_Char *value, int value_length, const XML_Char *base,
			      const XML_Char *system_id, const XML_Char *public_id,
			      const XML_Char *notation_name)
{
	parser *P = ud;
	fail(P, (size_t)XML_GetCurrentByteIndex(P->xp),
	     "document type declarations ('<!DOCTYPE') are not allowed");
}

/* ------------------------------------------------------------------------
 * Entry points
 * ---------------------------------------------------------------------- */

static void set_error(fp_json_error *err, size_t off, const char *msg)
{
	if (!err)
		return;
	err->offset = off;
	snprintf(err->message, sizeof err->message, "%s", msg);
}

bool fp_fhir_xml_parse(const char *text, size_t len, fp_arena *arena,
		       fp_json **out, fp_json_error *err)
{
	*out = NULL;
	set_error(err, 0, "");
	if (len > FP_XML_MAX_SIZE) {
		if (err)
			snprintf(err->message, sizeof err->message, "input larger than %zu bytes",
				 FP_XML_MAX_SIZE);
		return false;
	}
	/* The "UTF-8" given to expat below overrides the XML declaration but
	 * not a UTF-16 byte order mark or a NUL in the first two bytes, from
	 * which expat would read UTF-16, whose offsets our scans cannot use. */
	const unsigned char *u = (const unsigned char *)text;
	if (len >= 2 && (u[0] == 0 || u[1] == 0 || (u[0] == 0xFE && u[1] == 0xFF) ||
			 (u[0] == 0xFF && u[1] == 0xFE))) {
		set_error(err, 0, "input is not UTF-8 (FHIR XML must be UTF-8)");
		return false;
	}
	static const XML_Memory_Handling_Suite mem = { fp_malloc, fp_realloc, fp_free };
	parser P;
	memset(&P, 0, sizeof P);
	P.text = text;
	P.len = len;
	P.arena = arena;
	/* "UTF-8" overrides the XML declaration; '|' separates namespace
	 * and local name. */
	P.xp = XML_ParserCreate_MM("UTF-8", &mem, (const XML_Char[]){ NS_SEP, 0 });
	if (!P.xp) {
		set_error(err, 0, "out of memory");
		return false;
	}
	XML_SetHashSalt(P.xp, HASH_SALT);
	XML_SetUserData(P.xp, &P);
	XML_SetElementHandler(P.xp, on_start, on_end);
	XML_SetStartDoctypeDeclHandler(P.xp, on_doctype);
	XML_SetEntityDeclHandler(P.xp, on_entity);

	bool ok = XML_Parse(P.xp, text, (int)len, 1) == XML_STATUS_OK && !P.failed && P.root;
	if (!ok) {
		if (P.failed) {
			set_error(err, P.err_off, P.err_msg);
		} else {
			enum XML_Error code = XML_GetErrorCode(P.xp);
			XML_Index at = XML_GetCurrentByteIndex(P.xp);
			size_t off = at < 0 ? 0 : (size_t)at > len ? len : (size_t)at;
			const char *msg = code == XML_ERROR_NO_MEMORY ? "out of memory" :
					  code == XML_ERROR_NONE ? "no element found" : /* no root: NEVER */
					  XML_ErrorString(code);
			set_error(err, off, msg ? msg : "not well-formed");
		}
	}
	XML_ParserFree(P.xp);
	fp_free(P.frames);
	fp_free(P.kids);
	fp_free(P.order);
	if (ok)
		*out = P.root;
	return ok;
}

/* The decoded length of the reference at s[i] ('&'), ending before
 * `close`; sets *raw to its length. expat accepted it, so it is one of
 * the five predefined entities or a valid character number. */
static size_t reference(const unsigned char *s, size_t i, size_t close, size_t *raw)
{
	size_t j = i + 1;
	while (j < close && s[j] != ';')
		j++;
	*raw = (j < close ? j + 1 : close) - i;
	if (i + 1 >= close || s[i + 1] != '#')
		return 1;       /* &amp; &lt; &gt; &quot; &apos; */
	uint32_t cp = 0;
	bool hex = i + 2 < close && s[i + 2] == 'x';
	for (size_t k = i + (hex ? 3 : 2); k < j; k++) {
		unsigned c = s[k];
		unsigned d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
		if (cp < 0x110000)
			cp = cp * (hex ? 16 : 10) + d;
	}
	return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/* The walk behind fp_xml_attr_source_offset and fp_xml_attr_source_map:
 * with a map, record every decoded byte's source offset in map[0..nmap)
 * (the rest get the closing quote) instead of stopping at `want`. */
static size_t attr_walk(const char *text, const fp_json *str, size_t want, size_t *map, size_t nmap)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t start = str->start, end = str->end;
	if (end <= start || (s[start] != '"' && s[start] != '\'')) {
		/* a name: verbatim */
		size_t n = end > start ? end - start : 0;
		for (size_t k = 0; map && k < nmap; k++)
			map[k] = start + (k < n ? k : n);
		return start + (want < n ? want : n);
	}
	size_t close = end - 1, i = start + 1, d = 0;
	while (i < close) {
		size_t raw = 1, dec = 1;
		if (s[i] == '&')
			dec = reference(s, i, close, &raw);
		else if (s[i] == '\r' && i + 1 < close && s[i + 1] == '\n')
			raw = 2;        /* CR LF: one space */
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

size_t fp_xml_attr_source_offset(const char *text, const fp_json *str, size_t decoded_offset)
{
	return attr_walk(text, str, decoded_offset, NULL, 0);
}

void fp_xml_attr_source_map(const char *text, const fp_json *str, size_t *map)
{
	attr_walk(text, str, 0, map, str->u.str.len + 1);
}
