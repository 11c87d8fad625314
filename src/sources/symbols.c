/*
 * sources/symbols.c - the definitions a FHIR resource declares (see
 * symbols.h).
 */
#include "sources/symbols.h"

#include <string.h>

#include "util/alloc.h"
#include "util/buf.h"

#define MAX_DEPTH 16
#define SDC_VARIABLE "http://hl7.org/fhir/StructureDefinition/variable"

/* ORDER SYMKIND */
static const char *const kind_names[FP_SYM_KINDS] = {
	"?", "profile", "extension", "structure", "value set", "code system", "search parameter",
	"variable",
};

const char *fp_sym_kind_name(int kind)
{
	return kind > 0 && kind < FP_SYM_KINDS ? kind_names[kind] : "?";
}

typedef struct list {
	fp_arena *arena;
	fp_symbol *v;
	size_t n, cap;
	bool oom;
} list;

static const fp_json *get(const fp_json *obj, const char *key)
{
	return obj && obj->kind == FP_JSON_OBJECT ? fp_json_get(obj, key) : NULL;
}

static const fp_json *str_node(const fp_json *obj, const char *key)
{
	const fp_json *v = get(obj, key);
	return v && v->kind == FP_JSON_STRING ? v : NULL;
}

static const char *str(const fp_json *obj, const char *key)
{
	const fp_json *v = str_node(obj, key);
	return v ? v->u.str.s : NULL;
}

/* Item i of obj[key]: an array's, or a lone object (FHIR XML cannot tell
 * that a single element repeats). */
static const fp_json *nth(const fp_json *obj, const char *key, size_t i)
{
	const fp_json *v = get(obj, key);
	if (v && v->kind == FP_JSON_ARRAY)
		return i < v->u.arr.len ? v->u.arr.items[i] : NULL;
	return v && v->kind == FP_JSON_OBJECT && i == 0 ? v : NULL;
}

/* The text of a string without its quotes. */
static void place(const fp_json *s, fp_symbol *y)
{
	y->start = s->start + 1;
	y->end = s->end > s->start + 1 ? s->end - 1 : s->end;
}

/* Add a symbol; at names where it is declared (the URL, else the name). */
static void add(list *l, int kind, const fp_json *url, const char *name, const char *detail,
		const fp_json *at)
{
	if (l->oom || !at)
		return;
	if (!fp_grow(&l->v, &l->cap, l->n, sizeof *l->v, 16)) {
		l->oom = true;
		return;
	}
	fp_symbol *y = &l->v[l->n++];
	memset(y, 0, sizeof *y);
	y->kind = (uint8_t)kind;
	y->url = url ? url->u.str.s : NULL;
	y->name = name;
	y->detail = detail;
	place(at, y);
}

/* The types an extension's value[x] allows, "string|Coding", or NULL
 * (a complex extension, or none said): read from the element
 * Extension.value[x] (not a slice of it), snapshot first. */
static const char *value_types(list *l, const fp_json *sd)
{
	static const char *const parts[] = { "snapshot", "differential" };
	fp_buf b;
	fp_buf_init(&b);
	for (size_t p = 0; p < 2 && !b.len; p++) {
		const fp_json *els = get(get(sd, parts[p]), "element");
		for (size_t i = 0; els && els->kind == FP_JSON_ARRAY && i < els->u.arr.len && !b.len; i++) {
			const fp_json *el = els->u.arr.items[i];
			const char *path = str(el, "path"), *id = str(el, "id"), *max = str(el, "max");
			if (!path || strcmp(path, "Extension.value[x]") != 0 || (id && strchr(id, ':')))
				continue;
			if (max && strcmp(max, "0") == 0)
				continue;       /* a complex extension: no value */
			for (size_t k = 0; nth(el, "type", k); k++) {
				const char *code = str(nth(el, "type", k), "code");
				if (!code)
					continue;
				if (b.len)
					fp_buf_addc(&b, '|');
				fp_buf_adds(&b, code);
			}
		}
	}
	const char *r = b.len && !b.failed ? fp_arena_strndup(l->arena, b.data, b.len) : NULL;
	l->oom = l->oom || b.failed || (b.len && !r);
	fp_buf_release(&b);
	return r;
}

static void structure_definition(list *l, const fp_json *sd)
{
	const fp_json *url = str_node(sd, "url");
	if (!url)
		return;
	const char *type = str(sd, "type"), *derivation = str(sd, "derivation");
	const char *name = str(sd, "name") ? str(sd, "name") : str(sd, "title");
	if (type && strcmp(type, "Extension") == 0)
		add(l, FP_SYM_EXTENSION, url, name, value_types(l, sd), url);
	else if (derivation && strcmp(derivation, "constraint") == 0)
		add(l, FP_SYM_PROFILE, url, name, NULL, url);
	else
		add(l, FP_SYM_STRUCTURE, url, name, NULL, url);
}

/* "Patient|Group": a search parameter's bases. */
static const char *bases(list *l, const fp_json *sp)
{
	fp_buf b;
	fp_buf_init(&b);
	for (size_t i = 0;; i++) {
		const fp_json *v = get(sp, "base");
		const fp_json *x = v && v->kind == FP_JSON_ARRAY ? (i < v->u.arr.len ? v->u.arr.items[i] : NULL)
				 : i == 0 ? v : NULL;
		if (!x)
			break;
		if (x->kind != FP_JSON_STRING)
			continue;
		if (b.len)
			fp_buf_addc(&b, '|');
		fp_buf_adds(&b, x->u.str.s);
	}
	const char *r = b.len && !b.failed ? fp_arena_strndup(l->arena, b.data, b.len) : NULL;
	l->oom = l->oom || b.failed || (b.len && !r);
	fp_buf_release(&b);
	return r;
}

/* SDC variables anywhere in a Questionnaire: the `variable` extension's
 * Expression name. */
static void variables(list *l, const fp_json *v, int depth)
{
	if (!v || depth > 64 || l->oom)
		return;
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++)
			variables(l, v->u.arr.items[i], depth + 1);
		return;
	}
	if (v->kind != FP_JSON_OBJECT)
		return;
	const char *url = str(v, "url");
	if (url && strcmp(url, SDC_VARIABLE) == 0) {
		const fp_json *name = str_node(get(v, "valueExpression"), "name");
		if (name)
			add(l, FP_SYM_VARIABLE, NULL, name->u.str.s, NULL, name);
	}
	for (size_t i = 0; i < v->u.obj.len; i++)
		variables(l, v->u.obj.items[i].value, depth + 1);
}

static void resource(list *l, const fp_json *r, int depth)
{
	if (!r || r->kind != FP_JSON_OBJECT || depth > MAX_DEPTH || l->oom)
		return;
	const char *rt = str(r, "resourceType");
	if (!rt)
		return;
	const fp_json *url = str_node(r, "url");
	const char *name = str(r, "name") ? str(r, "name") : str(r, "title");
	if (strcmp(rt, "Bundle") == 0) {
		for (size_t i = 0; nth(r, "entry", i); i++)
			resource(l, get(nth(r, "entry", i), "resource"), depth + 1);
	} else if (strcmp(rt, "StructureDefinition") == 0) {
		structure_definition(l, r);
	} else if (strcmp(rt, "ValueSet") == 0 && url) {
		add(l, FP_SYM_VALUESET, url, name, NULL, url);
	} else if (strcmp(rt, "CodeSystem") == 0 && url) {
		add(l, FP_SYM_CODESYSTEM, url, name, NULL, url);
	} else if (strcmp(rt, "SearchParameter") == 0) {
		const fp_json *code = str_node(r, "code");
		if (url || code)
			add(l, FP_SYM_SEARCHPARAM, url, code ? code->u.str.s : name, bases(l, r),
			    url ? url : code);
	} else if (strcmp(rt, "Questionnaire") == 0) {
		variables(l, r, 0);
	}
}

bool fp_tree_symbols(const fp_json *root, fp_arena *arena, fp_symbol **out, size_t *n)
{
	list l = { arena, NULL, 0, 0, false };
	resource(&l, root, 0);
	*out = NULL;
	*n = 0;
	if (!l.oom && l.n) {
		*out = fp_arena_alloc(arena, l.n * sizeof **out);
		if (*out) {
			memcpy(*out, l.v, l.n * sizeof **out);
			*n = l.n;
		}
	}
	fp_free(l.v);
	return !l.oom && (l.n == 0 || *out);
}
