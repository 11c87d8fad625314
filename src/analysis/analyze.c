/*
 * analysis/analyze.c - one pass over the tree: types in, types out.
 *
 * infer() returns the type set of a node given its focus (the collection
 * an identifier at that position navigates from: the context at the top,
 * the current item inside where()/select() and friends) and the variables
 * in scope. Each result also says whether the subtree is syntactically
 * complete; checks run only when it is.
 *
 * False positives are worse than misses here: a check reports only when
 * every type involved is known. Unknown (any) absorbs everything.
 */
#include "analyze.h"
#include "literals.h"

#include "lint.h"

#include <stdio.h>
#include <string.h>

#include "analysis/single.h"
#include "analysis/items.h"
#include "eval/env_vars.h"
#include "eval/functions.h"
#include "syntax/token.h"
#include "util/str.h"

typedef struct scope {
	const char *name;
	size_t len;
	fp_tset type;
	const struct scope *up;
} scope;

typedef struct ana {
	const char *text;
	const fp_analysis_env *env;
	const fp_model *m;
	fp_arena *arena;
	fp_diags *diags;
	fp_tset this_type;      /* $this in the current lambda (or context) */
	fp_tset total_type;     /* $total inside aggregate() */
	bool in_lambda;
	bool in_aggregate;
	bool in_sort;           /* inside sort()'s key expressions */
	bool in_union;          /* below a '|': paths per resource type */
	/* looking for repeat()'s fixed point (repeat_focus()): an element
	 * no input type has gives nothing rather than unknown, and the
	 * diagnostics are dropped afterwards */
	bool probing;
	fp_typemap *types;      /* every node's type (the caller's); or NULL */
	/* profile-aware cardinality (single.h): the lambdas we are in, and
	 * the node whose result the call() being analysed takes (NULL: the
	 * focus) */
	const fp_focus_path *lam;
	const fp_node *call_input;
	fp_items *q;            /* a questionnaire's items (items.h), or NULL */
} ana;

typedef struct res {
	fp_tset t;
	bool err;               /* an ERROR node below: no checks */
	const scope *sc;        /* variables defined along this chain */
} res;

static res infer(ana *a, const fp_node *n, fp_tset focus, const scope *sc);

static res mk(fp_tset t, bool err, const scope *sc)
{
	res r = { t, err, sc };
	return r;
}

static void report(ana *a, const fp_node *n, fp_tset t)
{
	fp_typemap_put(a->types, n, t);
}

/* ---- names and types ------------------------------------------------- */

/* The element types of e as a set (a choice's several types). */
static fp_tset element_types(fp_arena *arena, const fp_element *e)
{
	fp_type *v = fp_arena_alloc(arena, (e->ntypes ? e->ntypes : 1) * sizeof *v);
	if (!v || e->ntypes == 0)
		return fp_tset_any();
	uint32_t n = 0;
	for (uint8_t i = 0; i < e->ntypes; i++)
		v[n++] = FP_TYPE_FHIR(e->types[i]);
	/* sort (small n) and dedupe */
	for (uint32_t i = 1; i < n; i++) {
		fp_type x = v[i];
		uint32_t j = i;
		while (j > 0 && v[j - 1] > x) {
			v[j] = v[j - 1];
			j--;
		}
		v[j] = x;
	}
	uint32_t k = 0;
	for (uint32_t i = 0; i < n; i++) {
		if (k == 0 || v[k - 1] != v[i])
			v[k++] = v[i];
	}
	fp_tset t = { v, k, false, (uint8_t)(e->min > 0), e->max > 1 ? FP_CARD_MANY : FP_CARD_1, false, e, NULL };
	return t;
}

bool fp_resolve_context(const fp_model *m, const char *path, size_t len, fp_arena *arena,
			fp_tset *out)
{
	/* the longest prefix that names a type (backbones are named by path) */
	size_t cut = len;
	fp_type_id t = 0;
	for (;;) {
		t = fp_model_type(m, path, cut);
		if (t)
			break;
		const char *dot = NULL;
		for (size_t i = cut; i > 0; i--) {
			if (path[i - 1] == '.') {
				dot = path + i - 1;
				break;
			}
		}
		if (!dot)
			return false;
		cut = (size_t)(dot - path);
	}
	fp_tset cur = fp_tset_one(arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
	size_t i = cut;
	while (i < len) {
		i++;    /* '.' */
		size_t s = i;
		while (i < len && path[i] != '.')
			i++;
		size_t nlen = i - s;
		if (nlen > 3 && memcmp(path + i - 3, "[x]", 3) == 0)
			nlen -= 3;
		fp_tset next = fp_tset_empty();
		bool found = false;
		for (uint32_t k = 0; k < cur.n; k++) {
			if (FP_TYPE_IS_SYS(cur.v[k]))
				continue;
			const fp_element *e = fp_model_element(m, (fp_type_id)cur.v[k], path + s, nlen);
			if (!e)
				continue;
			found = true;
			next = fp_tset_union(arena, next, element_types(arena, e));
		}
		if (!found)
			return false;
		cur = next;
	}
	cur.min = 1;
	cur.max = FP_CARD_1;
	*out = cur;
	return true;
}

/* ---- diagnostics helpers --------------------------------------------- */

/* Closest element name of the input's types to `name`, or NULL. */
typedef struct suggest {
	fp_str name;
	const char *best;
	size_t bestd;
	size_t max;             /* largest distance accepted */
} suggest;

static bool suggest_element(void *ctx, const fp_element *e)
{
	suggest *s = ctx;
	size_t d = fp_name_distance(s->name, fp_str_c(e->name));
	if (d <= s->max && (d < s->bestd || !s->best)) {
		s->bestd = d;
		s->best = e->name;
	}
	return true;
}

/* An abstract type (Resource of Bundle.entry.resource, contained) stands
 * for its subtypes, as member() reads it, so its suggestions come from
 * them too (entry.resource.birthdate -> birthDate). Among the thousands
 * of names of all resources a short name is always near something
 * ('foo' -> Task.for), so there only case slips count, and one edit in
 * names of five letters or more. */
static const char *did_you_mean_element(const fp_model *m, fp_tset in, const char *name, size_t len)
{
	suggest s = { fp_str_make(name, len), NULL, 99, fp_name_max(fp_str_make(name, len)) };
	for (uint32_t i = 0; i < in.n; i++) {
		if (!FP_TYPE_IS_SYS(in.v[i]))
			fp_model_each_element(m, (fp_type_id)in.v[i], suggest_element, &s);
	}
	s.max = len >= 5 ? 1 : 0;
	for (uint32_t i = 0; !s.best && i < in.n; i++) {
		fp_type_id t = (fp_type_id)in.v[i];
		if (FP_TYPE_IS_SYS(in.v[i]) || !fp_model_type_abstract(m, t))
			continue;
		size_t count = fp_model_type_count(m);
		for (size_t k = 1; k <= count; k++) {
			if ((fp_type_id)k != t && fp_model_is_a(m, (fp_type_id)k, t))
				fp_model_each_element(m, (fp_type_id)k, suggest_element, &s);
		}
	}
	return s.best;
}

/* Names from other languages with a FHIRPath function of another name
 * (the edit distance cannot find these). */
static const struct { const char *from, *to; } fn_aliases[] = {
	{ "isEmpty", "empty" }, { "size", "count" },
};

static const char *did_you_mean_function(const char *name, size_t len)
{
	fp_str w = fp_str_make(name, len);
	for (size_t i = 0; i < sizeof fn_aliases / sizeof fn_aliases[0]; i++) {
		if (fp_str_eqc(w, fn_aliases[i].from))
			return fn_aliases[i].to;
	}
	const char *best = NULL;
	size_t bestd = 99;
	for (size_t i = 0; i < fp_nfunctions; i++) {
		size_t d = fp_name_distance(w, fp_str_c(fp_functions[i].name));
		if (d <= fp_name_max(w) && d < bestd) {
			bestd = d;
			best = fp_functions[i].name;
		}
	}
	return best;
}

bool fp_suggest_context(const fp_model *m, const char *path, size_t len, fp_arena *arena,
			char *out, size_t cap, char *note, size_t ncap)
{
	/* Walk the path one name at a time and mend each step that names
	 * nothing: the type by its closest type name, an element by the
	 * closest element of the types reached so far, a choice written in
	 * its JSON form (valueQuantity) by the choice element. The mended
	 * path counts only when it resolves. */
	if (note && ncap)
		note[0] = 0;
	size_t i = 0, o = 0;
	while (i < len && path[i] != '.')
		i++;
	char tname[128];
	fp_type_id t = fp_model_type(m, path, i);
	if (t && fp_model_type_kind(m, t) != FP_TYPE_BACKBONE) {
		snprintf(tname, sizeof tname, "%.*s", (int)i, path);
	} else if (!fp_suggest_type(m, path, i, false, tname, sizeof tname) ||
		   !(t = fp_model_type(m, tname, strlen(tname)))) {
		return false;
	}
	o = (size_t)snprintf(out, cap, "%s", tname);
	fp_tset cur = fp_tset_one(arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
	while (i < len && o < cap) {
		i++;    /* '.' */
		size_t s = i;
		while (i < len && path[i] != '.')
			i++;
		size_t nlen = i - s;
		bool x = nlen > 3 && memcmp(path + i - 3, "[x]", 3) == 0;
		if (x)
			nlen -= 3;
		const fp_element *e = NULL;
		const char *name = NULL;
		for (uint32_t k = 0; k < cur.n && !e; k++) {
			if (FP_TYPE_IS_SYS(cur.v[k]))
				continue;
			fp_type_id ct = 0;
			e = fp_model_element(m, (fp_type_id)cur.v[k], path + s, nlen);
			if (e) {
				name = e->name;
			} else if ((e = fp_model_choice_element(m, (fp_type_id)cur.v[k], path + s, nlen, &ct))) {
				const char *tn = fp_model_type_name(m, ct);
				name = e->name;
				x = false;
				if (note && ncap)
					snprintf(note, ncap, "%s[x] of type %s: select it with ofType(%s)",
						 e->name, tn ? tn : "?", tn ? tn : "?");
			}
		}
		if (!e) {
			name = did_you_mean_element(m, cur, path + s, nlen);
			for (uint32_t k = 0; name && k < cur.n && !e; k++) {
				if (!FP_TYPE_IS_SYS(cur.v[k]))
					e = fp_model_element(m, (fp_type_id)cur.v[k], name, strlen(name));
			}
		}
		if (!e)
			return false;
		o += (size_t)snprintf(out + o, cap - o, ".%s%s", name, x ? "[x]" : "");
		cur = element_types(arena, e);
	}
	fp_tset ignored;
	return o < cap && (o != len || memcmp(out, path, len) != 0) &&
	       fp_resolve_context(m, out, o, arena, &ignored);
}

static void type_list(ana *a, fp_tset t, char *out, size_t n)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_tset_format(a->m, t, false, &b);
	snprintf(out, n, "%s", b.data ? b.data : "?");
	fp_buf_release(&b);
}

/* ---- members ---------------------------------------------------------- */

static bool all_system(fp_tset t)
{
	for (uint32_t i = 0; i < t.n; i++) {
		if (!FP_TYPE_IS_SYS(t.v[i]))
			return false;
	}
	return t.n > 0;
}

static bool all_primitive(ana *a, fp_tset t)
{
	if (t.any || t.n == 0)
		return false;
	for (uint32_t i = 0; i < t.n; i++) {
		if (FP_TYPE_IS_SYS(t.v[i]) ||
		    fp_model_type_kind(a->m, (fp_type_id)t.v[i]) != FP_TYPE_PRIMITIVE)
			return false;
	}
	return true;
}

/* A choice element written in its JSON form with a case slip
 * (valuequantity) or a type the choice does not have (valueDate on
 * Observation, whose value[x] has dateTime): reports it and returns
 * true, with *type set for a slip (so the path goes on typed). */
typedef struct choice_probe {
	fp_str name;
	const fp_element *e;    /* the choice whose name prefixes `name` */
} choice_probe;

static bool find_choice_prefix(void *ctx, const fp_element *e)
{
	choice_probe *p = ctx;
	size_t l = strlen(e->name);
	if (!e->choice || p->name.n <= l || !fp_caseless_eq(p->name.p, l, e->name, l))
		return true;
	p->e = e;
	return false;
}

static bool choice_slip(ana *a, const fp_node *n, fp_tset in, fp_tset *type)
{
	choice_probe p = { fp_str_make(n->str, n->len), NULL };
	for (uint32_t i = 0; i < in.n && !p.e; i++) {
		if (!FP_TYPE_IS_SYS(in.v[i]))
			fp_model_each_element(a->m, (fp_type_id)in.v[i], find_choice_prefix, &p);
	}
	if (!p.e)
		return false;
	const fp_element *e = p.e;
	size_t l = strlen(e->name);
	const char *suf = n->str + l;
	size_t slen = n->len - l;
	/* a case slip of one of its types: as for valueQuantity */
	for (uint8_t k = 0; k < e->ntypes; k++) {
		const char *tn = fp_model_type_name(a->m, e->types[k]);
		if (tn && fp_caseless_eq(suf, slen, tn, strlen(tn))) {
			fp_diags_add(a->diags, FP_D_CHOICE_SUFFIX, n->name_start, n->name_end,
				     "'%s' is a choice element: write '%s.ofType(%s)'", n->str, e->name, tn);
			*type = fp_tset_one(a->arena, FP_TYPE_FHIR(e->types[k]), 0, in.max);
			return true;
		}
	}
	/* a type it does not have: only when the suffix looks like a type
	 * name (valueDate), not like a plural (values) */
	if (suf[0] < 'A' || suf[0] > 'Z')
		return false;
	char want[64];
	snprintf(want, sizeof want, "%.*s", (int)slen, suf);
	size_t count = fp_model_type_count(a->m);
	for (size_t i = 1; i <= count; i++) {  /* Date -> date, as FHIRPath names it */
		const char *tn = fp_model_type_name(a->m, (fp_type_id)i);
		if (tn && fp_caseless_eq(suf, slen, tn, strlen(tn))) {
			snprintf(want, sizeof want, "%s", tn);
			break;
		}
	}
	/* the nearest type it has: one the name starts (date -> dateTime),
	 * else one a few edits away */
	const char *best = NULL;
	size_t bestd = 99;
	for (uint8_t k = 0; k < e->ntypes; k++) {
		const char *tn = fp_model_type_name(a->m, e->types[k]);
		if (!tn)
			continue;
		size_t d = strlen(tn) > slen && fp_caseless_eq(suf, slen, tn, slen)
			   ? 0 : fp_name_distance(fp_str_make(want, strlen(want)), fp_str_c(tn));
		if (d <= fp_name_max(fp_str_c(want)) && d < bestd) {
			bestd = d;
			best = tn;
		}
	}
	const char *on = fp_type_name(a->m, in.v[0]);
	if (best)
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "unknown element '%s' on %s: %s has no type %s; did you mean '%s.ofType(%s)'?",
			     n->str, on, e->path, want, e->name, best);
	else
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "unknown element '%s' on %s: %s has no type %s", n->str, on, e->path, want);
	*type = fp_tset_any();
	return true;
}

/* True when some type of the model has an element of this name. */
static bool element_anywhere(const fp_model *m, const char *name, size_t len)
{
	size_t count = fp_model_type_count(m);
	for (size_t k = 1; k <= count; k++) {
		if (fp_model_element(m, (fp_type_id)k, name, len))
			return true;
	}
	return false;
}

/* name (an IDENT node) navigated from input. `first`: the name starts a
 * path, where a type name would also have been taken. */
/* The value of an extension whose workspace definition names its
 * value[x] types ("CodeableConcept|Quantity"). */
static fp_tset extension_value(ana *a, fp_tset in)
{
	fp_tset out = fp_tset_empty();
	const char *p = in.ext_types;
	while (*p) {
		const char *bar = strchr(p, '|');
		size_t n = bar ? (size_t)(bar - p) : strlen(p);
		fp_type_id t = fp_model_type(a->m, p, n);
		if (!t)
			return fp_tset_any();   /* a type this model lacks */
		out = fp_tset_union(a->arena, out, fp_tset_one(a->arena, FP_TYPE_FHIR(t), 0, FP_CARD_1));
		p = bar ? bar + 1 : p + n;
	}
	out.min = 0;
	out.max = in.max;
	return out;
}

static fp_tset member(ana *a, const fp_node *n, fp_tset in, bool complete, bool first)
{
	if (in.ext_types && fp_str_eqc(fp_str_make(n->str, n->len), "value"))
		return extension_value(a, in);
	if (in.any || in.n == 0)
		return in.any ? fp_tset_any() : fp_tset_empty();
	fp_tset out = fp_tset_empty();
	bool found = false;
	const fp_element *from = NULL;  /* the one element found, if one */
	uint8_t max = in.max;
	for (uint32_t i = 0; i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]))
			continue;
		const fp_element *e = fp_model_element(a->m, (fp_type_id)in.v[i], n->str, n->len);
		if (!e)
			continue;
		from = found && from != e ? NULL : e;
		found = true;
		fp_tset et = element_types(a->arena, e);
		if (et.max == FP_CARD_MANY)
			max = FP_CARD_MANY;
		out = fp_tset_union(a->arena, out, et);
	}
	/* An abstract type (Resource in Bundle.entry.resource, contained)
	 * stands for any of its subtypes: look there too. */
	for (uint32_t i = 0; !found && i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]) || !fp_model_type_abstract(a->m, (fp_type_id)in.v[i]))
			continue;
		size_t count = fp_model_type_count(a->m);
		for (size_t k = 1; k <= count; k++) {
			fp_type_id sub = (fp_type_id)k;
			if (sub == in.v[i] || !fp_model_is_a(a->m, sub, (fp_type_id)in.v[i]))
				continue;
			const fp_element *e = fp_model_element(a->m, sub, n->str, n->len);
			if (!e)
				continue;
			fp_tset et = element_types(a->arena, e);
			if (et.max == FP_CARD_MANY)
				max = FP_CARD_MANY;
			out = fp_tset_union(a->arena, out, et);
			found = true;
		}
	}
	if (found) {
		out.min = 0;
		out.max = max;
		out.elem = from;
		if (complete && fp_str_eqc(fp_str_make(n->str, n->len), "value") && all_primitive(a, in))
			fp_diags_add(a->diags, FP_D_PRIMITIVE_VALUE, n->name_start, n->name_end,
				     "'.value' on a FHIR primitive is redundant: the primitive already is its value in FHIRPath");
		return out;
	}
	if (!complete)
		return fp_tset_any();
	if (a->probing)
		return fp_tset_empty();
	char types[160];
	type_list(a, in, types, sizeof types);
	/* valueQuantity: a choice element named by its type */
	for (uint32_t i = 0; i < in.n; i++) {
		fp_type_id ct = 0;
		if (FP_TYPE_IS_SYS(in.v[i]))
			continue;
		const fp_element *e = fp_model_choice_element(a->m, (fp_type_id)in.v[i], n->str, n->len, &ct);
		if (e) {
			const char *tn = fp_model_type_name(a->m, ct);
			fp_diags_add(a->diags, FP_D_CHOICE_SUFFIX, n->name_start, n->name_end,
				     "'%s' is a choice element: write '%s.ofType(%s)' (lenient engines such as fhirpath.js accept this JSON name, but the FHIRPath specification and strict engines do not)",
				     n->str, e->name, tn ? tn : "?");
			return fp_tset_one(a->arena, FP_TYPE_FHIR(ct), 0, in.max);
		}
	}
	if (fp_tset_has(in, FP_TYPE_SYS(FP_SYS_TYPEINFO)) &&
	    (fp_str_eqc(fp_str_make(n->str, n->len), "name") ||
	     fp_str_eqc(fp_str_make(n->str, n->len), "namespace")))
		return fp_tset_card(fp_tset_sys(FP_SYS_STRING), 0, in.max);
	if (all_system(in)) {
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "'%s' is not an element: %s values have no elements", n->str, types);
		return fp_tset_any();
	}
	fp_tset ct;
	if (choice_slip(a, n, in, &ct))
		return ct;
	/* a function written without its parentheses (name.exists), unless
	 * some type has an element of that name (telecom.type is likelier
	 * Identifier.type than type()) */
	if (fp_function_lookup(n->str, n->len) && !element_anywhere(a->m, n->str, n->len)) {
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "unknown element '%s' on %s; '%s' is a function: write '%s()'",
			     n->str, types, n->str, n->str);
		return fp_tset_any();
	}
	/* a case slip of the focus's type at the start of a path (patient.name
	 * with context Patient), but not another type's name (patient on
	 * Observation is no slip of Observation) */
	const char *hint = NULL;
	if (first) {
		size_t count = fp_model_type_count(a->m);
		for (size_t k = 1; k <= count && !hint; k++) {
			const char *tn = fp_model_type_name(a->m, (fp_type_id)k);
			if (!tn || !fp_caseless_eq(n->str, n->len, tn, strlen(tn)) ||
			    fp_model_type_kind(a->m, (fp_type_id)k) == FP_TYPE_BACKBONE)
				continue;
			for (uint32_t i = 0; i < in.n && !hint; i++) {
				if (!FP_TYPE_IS_SYS(in.v[i]) && fp_model_is_a(a->m, (fp_type_id)in.v[i], (fp_type_id)k))
					hint = tn;
			}
		}
	}
	if (!hint)
		hint = did_you_mean_element(a->m, in, n->str, n->len);
	if (hint)
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "unknown element '%s' on %s; did you mean '%s'?", n->str, types, hint);
	else
		fp_diags_add(a->diags, FP_D_UNKNOWN_ELEMENT, n->name_start, n->name_end,
			     "unknown element '%s' on %s", n->str, types);
	return fp_tset_any();
}

/* ---- type specifiers -------------------------------------------------- */

/* The dotted name an argument node spells (IDENT, INVOKE of IDENTs,
 * TYPE), into buf; false when it is not a plain name. */
static bool spelled_name(const fp_node *n, char *buf, size_t cap, size_t *len)
{
	if (n->kind == FP_N_IDENT || n->kind == FP_N_TYPE) {
		if (*len + n->len + 1 >= cap)
			return false;
		memcpy(buf + *len, n->str, n->len);
		*len += n->len;
		buf[*len] = 0;
		return true;
	}
	if (n->kind == FP_N_INVOKE && n->kids[1]->kind == FP_N_IDENT) {
		if (!spelled_name(n->kids[0], buf, cap, len) || *len + 2 >= cap)
			return false;
		buf[(*len)++] = '.';
		return spelled_name(n->kids[1], buf, cap, len);
	}
	return false;
}

/* Resolve a type argument; reports FP1005 and returns 0 when unknown. */
static fp_type type_arg(ana *a, const fp_node *n)
{
	char name[256];
	size_t len = 0;
	if (!spelled_name(n, name, sizeof name, &len)) {
		fp_diags_add(a->diags, FP_D_ARGUMENT_TYPE, n->start, n->end, "expected a type name here, such as Quantity or FHIR.Patient");
		return 0;
	}
	fp_type t = fp_resolve_type_name(a->m, name, len);
	/* 'is(System.Patient)' is a fair question with the answer false (the
	 * HL7 suite has it): a name in the System namespace that is not one
	 * of its types is not reported */
	char sys_hint[128];
	if (!t && len > 7 && memcmp(name, "System.", 7) == 0 &&
	    !fp_suggest_type(a->m, name, len, true, sys_hint, sizeof sys_hint))
		return 0;
	if (!t) {
		char hint[128];
		if (fp_suggest_type(a->m, name, len, true, hint, sizeof hint))
			fp_diags_add(a->diags, FP_D_UNKNOWN_TYPE, n->start, n->end, "unknown type '%s'; did you mean '%s'?", name, hint);
		else
			fp_diags_add(a->diags, FP_D_UNKNOWN_TYPE, n->start, n->end, "unknown type '%s'", name);
	}
	return t;
}

/* Short names for types.h's, used all over this file. */
static bool is_number(fp_systype s)
{
	return fp_systype_is_number(s);
}

static fp_systype single_system(ana *a, fp_tset t)
{
	return fp_tset_system(a->m, t);
}

/* ---- lints (FP2xxx) ---------------------------------------------------- */

static bool any_named(ana *a, fp_tset t, const char *const *names, size_t n)
{
	for (uint32_t i = 0; i < t.n; i++) {
		if (FP_TYPE_IS_SYS(t.v[i]))
			continue;
		const char *tn = fp_model_type_name(a->m, (fp_type_id)t.v[i]);
		for (size_t k = 0; k < n; k++) {
			if (tn && strcmp(tn, names[k]) == 0)
				return true;
		}
	}
	return false;
}

/* Compare a workspace entry ("Kurl" or "Kurl\ttypes") with kind k and a
 * URL: the order of the sorted list. */
static int def_cmp(const char *entry, char k, const char *url)
{
	if (*entry != k)
		return (unsigned char)*entry - (unsigned char)k;
	for (entry++;; entry++, url++) {
		char e = *entry == '\t' ? 0 : *entry;
		if (e != *url || !e)
			return (unsigned char)e - (unsigned char)*url;
	}
}

/* The workspace entry of kind k for url, or NULL. */
static const char *def_find(const fp_analysis_env *env, char k, const char *url)
{
	size_t lo = 0, hi = env->next_urls;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = def_cmp(env->ext_urls[mid], k, url);
		if (c == 0)
			return env->ext_urls[mid];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* What a call's literal URL names, for the calls the workspace's
 * definitions judge: FP_DEF_EXTENSION, _PROFILE, _VALUESET, else 0. */
static char canonical_kind(const fp_function *f)
{
	if (f->rule == FP_R_EXTENSION)
		return FP_DEF_EXTENSION;
	if (strcmp(f->name, "conformsTo") == 0)
		return FP_DEF_PROFILE;
	if (strcmp(f->name, "memberOf") == 0)
		return FP_DEF_VALUESET;
	return 0;
}

/* Does the workspace define url as a k? A profile may be an extension's
 * definition too (conformsTo() of an Extension). */
static bool def_known(const fp_analysis_env *env, char k, const char *url)
{
	return def_find(env, k, url) || (k == FP_DEF_PROFILE && def_find(env, FP_DEF_EXTENSION, url));
}

/* FP2009 (extension()) and FP2011 (conformsTo(), memberOf()): a literal
 * URL the workspace does not define, although it defines others of the
 * kind under the same canonical base, the URL up to its last '/' (so the
 * URL is probably a slip of one of ours; other publishers' URLs are not
 * judged). The closest of those, by edit distance of the last segment,
 * is suggested when it is within 3 edits; else the base is named. */
static void lint_canonical(ana *a, const fp_node *lit, char k)
{
	const fp_analysis_env *env = a->env;
	const char *url = lit->str;
	if (!env->next_urls || !url || def_known(env, k, url))
		return;
	const char *slash = strrchr(url, '/');
	if (!slash)
		return;
	size_t base = (size_t)(slash - url) + 1;
	const char *best = NULL;
	size_t bestd = (size_t)-1, bestlen = 0;
	for (size_t i = 0; i < env->next_urls; i++) {
		const char *u = env->ext_urls[i];
		if (!(u[0] == k || (k == FP_DEF_PROFILE && u[0] == FP_DEF_EXTENSION)))
			continue;
		u++;
		const char *tab = strchr(u, '\t');
		size_t ul = tab ? (size_t)(tab - u) : strlen(u);
		if (ul < base || strncmp(u, url, base) != 0 || memchr(u + base, '/', ul - base))
			continue;
		size_t d = fp_str_distance(fp_str_make(u + base, ul - base), fp_str_c(url + base), 64);
		if (d < bestd) {
			bestd = d;
			best = u;
			bestlen = ul;
		}
	}
	if (!best)
		return;
	int code = k == FP_DEF_EXTENSION ? FP_D_UNKNOWN_EXTENSION : FP_D_UNKNOWN_CANONICAL;
	const char *what = k == FP_DEF_EXTENSION ? "extension" : k == FP_DEF_PROFILE ? "profile" : "value set";
	if (bestd <= 3)
		fp_diags_add(a->diags, code, lit->start, lit->end,
			     "%s '%s' is not defined in this workspace; did you mean '%.*s'?", what, url,
			     (int)bestlen, best);
	else
		fp_diags_add(a->diags, code, lit->start, lit->end,
			     "%s '%s' is not defined in this workspace (which defines others under %.*s)",
			     what, url, (int)base, url);
}

/* ---- operators -------------------------------------------------------- */

static bool comparable(fp_systype x, fp_systype y)
{
	if (x == y)
		return true;
	if (is_number(x) && is_number(y))
		return true;
	if ((is_number(x) && y == FP_SYS_QUANTITY) || (x == FP_SYS_QUANTITY && is_number(y)))
		return true;
	if ((x == FP_SYS_DATE || x == FP_SYS_DATETIME) && (y == FP_SYS_DATE || y == FP_SYS_DATETIME))
		return true;
	return false;
}

/* Result System type of arithmetic op on x, y; NONE when not defined. */
static fp_systype arith(fp_token_kind op, fp_systype x, fp_systype y)
{
	bool temporal = x == FP_SYS_DATE || x == FP_SYS_DATETIME || x == FP_SYS_TIME;
	switch (op) {
	case FP_T_PLUS:
		if (x == FP_SYS_STRING && y == FP_SYS_STRING)
			return FP_SYS_STRING;
		/* fall through */
	case FP_T_MINUS:
		if (temporal && y == FP_SYS_QUANTITY)
			return x;
		/* fall through */
	case FP_T_STAR:
	case FP_T_DIV:
	case FP_T_MOD:
		if (is_number(x) && is_number(y))
			return x == FP_SYS_DECIMAL || y == FP_SYS_DECIMAL ? FP_SYS_DECIMAL
			     : x == FP_SYS_LONG || y == FP_SYS_LONG ? FP_SYS_LONG : FP_SYS_INTEGER;
		if ((x == FP_SYS_QUANTITY || is_number(x)) && (y == FP_SYS_QUANTITY || is_number(y)))
			return FP_SYS_QUANTITY;
		return FP_SYS_NONE;
	case FP_T_SLASH:
		if (is_number(x) && is_number(y))
			return FP_SYS_DECIMAL;
		if ((x == FP_SYS_QUANTITY || is_number(x)) && (y == FP_SYS_QUANTITY || is_number(y)))
			return FP_SYS_QUANTITY;
		return FP_SYS_NONE;
	default:
		return FP_SYS_NONE;
	}
}

static uint8_t card_max2(fp_tset x, fp_tset y)
{
	return x.max == FP_CARD_0 || y.max == FP_CARD_0 ? FP_CARD_0 : FP_CARD_1;
}

static bool dashed_variable(ana *a, const fp_node *n, const scope *sc, res *out);

static res binary(ana *a, const fp_node *n, fp_tset focus, const scope *sc)
{
	res dashed;
	if (n->op == FP_T_MINUS && dashed_variable(a, n, sc, &dashed))
		return dashed;
	if (n->op == FP_T_PIPE) {
		/* Paths joined by '|' may each start with another resource
		 * type (a search parameter over several bases: Patient.name
		 * | Practitioner.name), and each matches only its own; so
		 * term_ident() does not report those that do not match. */
		bool saved = a->in_union;
		a->in_union = true;
		res x = infer(a, n->kids[0], focus, sc), y = infer(a, n->kids[1], focus, sc);
		a->in_union = saved;
		return mk(fp_tset_union(a->arena, x.t, y.t), x.err || y.err, sc);
	}
	res l = infer(a, n->kids[0], focus, sc);
	fp_token_kind op = (fp_token_kind)n->op;
	if (op == FP_T_IS || op == FP_T_AS) {
		fp_type t = n->kids[1]->kind == FP_N_TYPE ? type_arg(a, n->kids[1]) : 0;
		/* the same checks as the function forms is() and as() */
		if (!l.err)
			fp_lint_type_filter(a->m, a->text, a->diags, n->kids[1], l.t, t,
					    op == FP_T_IS ? "'is'" : "'as'", op == FP_T_AS);
		if (op == FP_T_IS)
			return mk(fp_tset_sys(FP_SYS_BOOLEAN), l.err, sc);
		if (!t)
			return mk(fp_tset_any(), l.err, sc);
		return mk(fp_tset_one(a->arena, t, 0, l.t.max), l.err, sc);
	}
	res r = infer(a, n->kids[1], focus, sc);
	bool err = l.err || r.err;
	switch (op) {
	case FP_T_EQ: case FP_T_NE: case FP_T_EQUIV: case FP_T_NEQUIV: case FP_T_IN:
		if (!err)
			fp_lint_equality(a->m, a->text, a->diags, n, l.t, r.t);
		return mk(fp_tset_sys(FP_SYS_BOOLEAN), err, sc);
	case FP_T_AND: case FP_T_OR: case FP_T_XOR: case FP_T_IMPLIES: {
		const char *what = fp_token_name(op);  /* 'and' */
		if (!l.err)
			fp_lint_boolean(a->m, a->text, a->diags, n->kids[0], l.t, FP_BOOL_OPERAND, what);
		if (!r.err)
			fp_lint_boolean(a->m, a->text, a->diags, n->kids[1], r.t, FP_BOOL_OPERAND, what);
		return mk(fp_tset_sys(FP_SYS_BOOLEAN), err, sc);
	}
	case FP_T_CONTAINS:
		return mk(fp_tset_sys(FP_SYS_BOOLEAN), err, sc);
	case FP_T_LT: case FP_T_LE: case FP_T_GT: case FP_T_GE: {
		fp_systype x = single_system(a, l.t), y = single_system(a, r.t);
		if (!err && x && y && !comparable(x, y))
			fp_diags_add(a->diags, FP_D_OPERATOR_TYPES, n->start, n->end,
				     "cannot compare %s with %s", fp_systype_name(x), fp_systype_name(y));
		return mk(fp_tset_sys(FP_SYS_BOOLEAN), err, sc);
	}
	case FP_T_AMP:
		return mk(fp_tset_card(fp_tset_sys(FP_SYS_STRING), 1, FP_CARD_1), err, sc);
	default: {
		fp_systype x = single_system(a, l.t), y = single_system(a, r.t);
		if (!x || !y)
			return mk(fp_tset_any(), err, sc);
		fp_systype s = arith(op, x, y);
		if (!s) {
			if (!err)
				fp_diags_add(a->diags, FP_D_OPERATOR_TYPES, n->start, n->end,
					     "operator %s is not defined for %s and %s",
					     fp_token_name(op), fp_systype_name(x), fp_systype_name(y));
			return mk(fp_tset_any(), err, sc);
		}
		return mk(fp_tset_card(fp_tset_sys(s), 0, card_max2(l.t, r.t)), err, sc);
	}
	}
}

/* ---- functions -------------------------------------------------------- */

static fp_tset item_of(fp_tset in)
{
	if (in.max != FP_CARD_0) {
		in.min = 1;
		in.max = FP_CARD_1;
	}
	return in;
}

/* One number of `in` as arithmetic yields it (abs(), round(), unary
 * minus): a FHIR primitive becomes its System type (decimal ->
 * Decimal), at most one item. A Quantity keeps its type, so that its
 * elements (value, unit) stay reachable; unknown stays unknown. */
static fp_tset number_of(ana *a, fp_tset in)
{
	fp_systype s = single_system(a, in);
	if (s && s != FP_SYS_QUANTITY)
		return fp_tset_card(fp_tset_sys(s), in.min, FP_CARD_1);
	in.elem = NULL;
	return fp_tset_card(in, in.min, in.max == FP_CARD_0 ? FP_CARD_0 : FP_CARD_1);
}

/* resolve()'s result: the resources the input's reference element may
 * point at (Observation.subject: Patient | Group | Device | Location),
 * at most one per reference. The element comes with the input's type
 * set (fp_tset.elem). Unknown (any) when the input did not come from
 * one known element, when that element lists no targets, or when a
 * target is abstract: Reference(Any) is Resource, and R5's
 * CanonicalResource is no base of the resources that implement it, so
 * ofType() and 'as' would misjudge it. */
static fp_tset resolve_targets(ana *a, fp_tset in)
{
	const fp_element *e = in.elem;
	if (in.any || !e || e->ntargets == 0)
		return fp_tset_any();
	fp_tset t = fp_tset_empty();
	for (uint8_t k = 0; k < e->ntargets; k++) {
		fp_type_id r = e->targets[k];
		if (fp_model_type_abstract(a->m, r) || fp_model_type_kind(a->m, r) != FP_TYPE_RESOURCE)
			return fp_tset_any();
		t = fp_tset_union(a->arena, t, fp_tset_one(a->arena, FP_TYPE_FHIR(r), 0, FP_CARD_1));
	}
	t.min = 0;
	t.max = in.max;
	t.elem = NULL;
	return t;
}

/* Check a value argument's type against the parameter's type list. */
static void check_arg_type(ana *a, const fp_node *arg, fp_tset t, const fp_param *p,
			   const fp_function *f)
{
	if (p->type_len == 0 || t.any || t.n == 0)
		return;
	fp_systype s = single_system(a, t);
	if (!s)
		return;
	/* the parameter's list: "Integer|Decimal" */
	const char *q = p->type, *end = p->type + p->type_len;
	while (q < end) {
		const char *bar = memchr(q, '|', (size_t)(end - q));
		const char *e = bar ? bar : end;
		fp_systype want = fp_systype_parse(q, (size_t)(e - q));
		if (want == s || (is_number(want) && is_number(s) && want != FP_SYS_INTEGER) ||
		    (want == FP_SYS_INTEGER && s == FP_SYS_INTEGER) ||
		    (want == FP_SYS_DECIMAL && is_number(s)) ||
		    (want == FP_SYS_DATETIME && s == FP_SYS_DATE) || want == FP_SYS_NONE)
			return;
		q = bar ? bar + 1 : end;
	}
	fp_diags_add(a->diags, FP_D_ARGUMENT_TYPE, arg->start, arg->end,
		     "argument '%.*s' of %s() must be %.*s, not %s",
		     (int)p->name_len, p->name, f->name, (int)p->type_len, p->type, fp_systype_name(s));
}

static bool is_string_literal(const fp_node *n)
{
	return n->kind == FP_N_STRING;
}

static bool var_known(ana *a, const scope *sc, const char *name, size_t len, fp_tset *type)
{
	for (const scope *s = sc; s; s = s->up) {
		if (!s->name) {         /* defined under a computed name */
			*type = fp_tset_any();
			return true;
		}
		if (s->len == len && memcmp(s->name, name, len) == 0) {
			*type = s->type;
			return true;
		}
	}
	for (size_t i = 0; i < a->env->nvars; i++) {
		if (strlen(a->env->vars[i].name) == len && memcmp(a->env->vars[i].name, name, len) == 0) {
			*type = a->env->vars[i].type;
			return true;
		}
	}
	const fp_env_var *v = fp_env_var_lookup(name, len);
	if (!v)
		return false;
	switch (v->type) {
	case FP_ENV_CONTEXT: *type = a->env->context; break;
	case FP_ENV_RESOURCE: *type = a->env->resource; break;
	case FP_ENV_ROOT_RESOURCE: *type = a->env->has_root ? a->env->root : a->env->resource; break;
	case FP_ENV_STRING: *type = fp_tset_sys(FP_SYS_STRING); break;
	default: *type = fp_tset_any(); break;
	}
	return true;
}

/* The closest variable in scope to an unknown one (%resouce ->
 * resource), without its '%'; NULL when none is close. The vs-, ext-
 * and cs- families are open-ended and never suggested. */
static const char *did_you_mean_var(ana *a, const scope *sc, const char *name, size_t len)
{
	fp_str w = fp_str_make(name, len);
	const char *best = NULL;
	size_t bestd = 99;
#define CONSIDER(cand) do { \
		const char *c_ = (cand); \
		size_t d_ = fp_name_distance(w, fp_str_c(c_)); \
		if (d_ <= fp_name_max(w) && d_ < bestd) { \
			bestd = d_; \
			best = c_; \
		} \
	} while (0)
	for (const scope *s = sc; s; s = s->up)
		CONSIDER(s->name);      /* a string literal's decoded text: NUL-terminated */
	for (size_t i = 0; i < a->env->nvars; i++)
		CONSIDER(a->env->vars[i].name);
	for (size_t i = 0; i < fp_nenv_vars; i++) {
		if (!fp_env_var_is_family(&fp_env_vars[i]))
			CONSIDER(fp_env_vars[i].name);
	}
#undef CONSIDER
	return best;
}

/* %vs-observation-codes: a variable name with '-' needs backticks, and
 * without them it parses as %vs - observation - codes, which would give
 * an unknown variable and an unknown element per part. When n is such a
 * chain (names only, written without spaces) whose variable is unknown,
 * report it once with the backticked spelling and set *out; else false. */
static bool dashed_variable(ana *a, const fp_node *n, const scope *sc, res *out)
{
	const fp_node *k = n;
	while (k->kind == FP_N_BINARY && k->op == FP_T_MINUS && k->kids[1]->kind == FP_N_IDENT)
		k = k->kids[0];
	if (k == n || k->kind != FP_N_EXTERNAL || a->text[k->start] != '%')
		return false;
	const char *p = a->text + k->start + 1, *e = a->text + n->end;
	for (const char *q = p; q < e; q++) {
		if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') ||
		      *q == '_' || *q == '-'))
			return false;   /* spaces, backticks: not one name */
	}
	fp_tset t;
	if (var_known(a, sc, k->str, k->len, &t))
		return false;           /* %limit-offset: a real subtraction */
	int len = (int)(e - p);
	if (!var_known(a, sc, p, (size_t)len, &t))
		t = fp_tset_any();
	char spaced[160];       /* the reading the parser took: %vs - observation */
	size_t o = 0;
	for (const char *q = p; q < e && o + 4 < sizeof spaced; q++) {
		if (*q == '-') {
			memcpy(spaced + o, " - ", 3);
			o += 3;
		} else {
			spaced[o++] = *q;
		}
	}
	spaced[o] = 0;
	fp_diags_add(a->diags, FP_D_UNKNOWN_VARIABLE, n->start, n->end,
		     "a variable name with '-' needs backticks: write %%`%.*s` (without them this is %%%s)",
		     len, p, spaced);
	*out = mk(t, false, sc);
	return true;
}

/* FP1004: a function that applies to some System types only (the
 * registry's input list, e.g. "String" for startsWith()) on an input that
 * can be none of them: Appointment.identifier.startsWith('x'). Judged
 * only when every input type is known. */
static void check_input_type(ana *a, const fp_node *n, const fp_function *f, fp_tset in)
{
	if (strcmp(f->input, "any") == 0 || in.any || in.n == 0)
		return;
	for (uint32_t i = 0; i < in.n; i++) {
		fp_systype s = fp_type_as_system(a->m, in.v[i]);
		if (s == FP_SYS_NONE && !FP_TYPE_IS_SYS(in.v[i])) {
			/* a FHIR type that is no primitive: certainly not a
			 * String or a number; keep looking at the others */
		} else {
			const char *q = f->input, *end = f->input + strlen(f->input);
			while (q < end) {
				const char *bar = memchr(q, '|', (size_t)(end - q));
				const char *e = bar ? bar : end;
				fp_systype want = fp_systype_parse(q, (size_t)(e - q));
				if (want == s || (want == FP_SYS_DECIMAL && is_number(s)) ||
				    (want == FP_SYS_DATETIME && s == FP_SYS_DATE) ||
				    (want == FP_SYS_LONG && s == FP_SYS_INTEGER))
					return;
				q = bar ? bar + 1 : end;
			}
		}
	}
	char types[120];
	type_list(a, in, types, sizeof types);
	fp_diags_add(a->diags, FP_D_ARGUMENT_TYPE, n->name_start, n->name_end,
		     "%s() applies to %s, but its input is %s", f->name, f->input, types);
}

/* FP1004: iif()'s criterion must be a Boolean: iif(1 | 2, ...) or
 * iif('text', ...) is an error, not a test. True when it reported. */
static bool check_iif_criterion(ana *a, const fp_node *arg, fp_tset t)
{
	fp_systype s = single_system(a, t);
	if (!s || s == FP_SYS_BOOLEAN)
		return false;
	fp_diags_add(a->diags, FP_D_ARGUMENT_TYPE, arg->start, arg->end,
		     "the criterion of iif() must be a Boolean, not %s", fp_systype_name(s));
	return true;
}

/* FP2013 on a call: not() of something that is no Boolean (src: the
 * input's node, NULL for a bare not()), and a Boolean expression
 * argument that is none (where(), all(), exists(); iif()'s criterion
 * when FP1004 did not judge it already). */
static void lint_boolean_call(ana *a, const fp_node *n, const fp_function *f, fp_tset in,
			      const fp_node *src, const res *args, size_t nargs)
{
	char what[40];
	snprintf(what, sizeof what, "%s()", f->name);
	if (f->says == FP_SAYS_NEGATES && src)
		fp_lint_boolean(a->m, a->text, a->diags, src, in, FP_BOOL_INPUT, what);
	for (size_t i = 0; i < nargs; i++) {
		fp_param p;
		if (args[i].err || !fp_fn_param(f, i, &p) || p.kind != FP_PARAM_EXPR ||
		    !fp_str_eqc(fp_str_make(p.type, p.type_len), "Boolean"))
			continue;
		if (f->rule == FP_R_IIF && i == 0 && check_iif_criterion(a, n->kids[0], args[0].t))
			continue;
		char arg[64];   /* "the criterion of iif()" */
		snprintf(arg, sizeof arg, "the %.*s of %s", (int)p.name_len, p.name, what);
		fp_lint_boolean(a->m, a->text, a->diags, n->kids[i], args[i].t, FP_BOOL_CRITERIA, arg);
	}
}

/* The item type of repeat(expr) over items of type `item`: $this is
 * an input item or a result, so the fixed point of adding the types
 * expr gives on the items found so far
 * (QuestionnaireResponse.repeat(answer | item) reaches answer on the
 * items). Bounded; unknown types end the search with what it has. The
 * probes leave no diagnostics: the caller infers expr once more on the
 * result, and that pass reports. */
static fp_tset repeat_focus(ana *a, const fp_node *arg, fp_tset item, const scope *sc)
{
	size_t mark = a->diags->len;
	bool saved = a->probing;
	a->probing = true;
	for (int round = 0; round < 8; round++) {
		a->this_type = item;
		a->in_lambda = true;    /* the caller restores both */
		res r = infer(a, arg, item, sc);
		if (r.err || r.t.any)
			break;
		fp_tset next = fp_tset_card(fp_tset_union(a->arena, item, r.t), 1, FP_CARD_1);
		if (next.n == item.n)
			break;  /* unions only grow: no new type */
		item = next;
	}
	a->probing = saved;
	a->diags->len = mark;
	return item;
}

/* The call n on input `in` (whose node is src, or NULL at the start of
 * a path). */
static res call(ana *a, const fp_node *n, fp_tset in, bool in_err, fp_tset focus, const scope *sc,
		const fp_node *src)
{
	const fp_function *f = fp_function_lookup(n->str, n->len);
	const fp_node *input = a->call_input;   /* whose items its lambdas see */
	a->call_input = NULL;
	const fp_focus_path *saved_lam = a->lam;
	if (n->flags & FP_NF_GARBAGE)
		in_err = true;  /* invalid characters among the arguments */
	/* infer the arguments first (each in its own way), so their inner
	 * mistakes are reported even when the call itself is wrong */
	bool err = in_err;
	res args[8];
	size_t nargs = n->nkids < 8 ? n->nkids : 8;
	fp_tset saved_this = a->this_type;
	bool saved_lambda = a->in_lambda;
	const scope *chain = sc;
	for (size_t i = 0; i < n->nkids; i++) {
		const fp_node *arg = n->kids[i];
		fp_param p;
		bool have = f && fp_fn_param(f, i < f->max ? i : 0, &p);
		/* an argument the function does not take: infer it as a
		 * lambda over the input, the likeliest intent (count(x = 1)) */
		fp_param_kind kind = have ? p.kind : FP_PARAM_EXPR;
		if (f && f->max == 255)    /* sort(): keys are lambdas */
			kind = FP_PARAM_EXPR;
		res r;
		if (arg->kind == FP_N_SORTARG)
			arg = arg->kids[0];
		if (kind == FP_PARAM_TYPE) {
			bool incomplete = false;
			/* a type argument is a name; check it only when whole */
			for (const fp_node *k = arg; k; k = k->nkids ? k->kids[k->nkids - 1] : NULL) {
				if (k->kind == FP_N_ERROR)
					incomplete = true;
			}
			fp_type t = incomplete ? 0 : type_arg(a, arg);
			r = mk(t ? fp_tset_one(a->arena, t, 0, in.max) : fp_tset_any(), incomplete, sc);
			report(a, arg, r.t);
		} else if (kind == FP_PARAM_EXPR && f && (f->flags & FN_SORTS)) {
			bool saved_sort = a->in_sort;
			a->in_sort = true;
			a->this_type = item_of(in);
			a->in_lambda = true;
			fp_focus_path lam = { input, false, saved_lam };
			a->lam = &lam;
			r = infer(a, arg, item_of(in), chain);
			a->lam = saved_lam;
			a->this_type = saved_this;
			a->in_lambda = saved_lambda;
			a->in_sort = saved_sort;
		} else if (kind == FP_PARAM_EXPR) {
			/* defineVariable()'s value is evaluated once with the
			 * whole input as its focus, not per item like the
			 * criteria of where(): in name.defineVariable('f',
			 * family), %f is every family. It is no scoped
			 * function, so $this stays the enclosing one. */
			bool whole = have && p.kind == FP_PARAM_EXPR && !(f->flags & FN_SCOPED);
			fp_tset item = whole ? in : item_of(in);
			if (!whole && f && (f->flags & FN_REPEATS) && !in.any && in.n > 0)
				item = repeat_focus(a, arg, item, chain);
			if (!whole)
				a->this_type = item;
			a->in_lambda = true;
			bool agg = f && (f->flags & FN_ACCUMULATES);
			bool saved_agg = a->in_aggregate;
			if (agg)
				a->in_aggregate = true;
			/* the items of the input's path; not so for repeat()'s
			 * later rounds nor for a value over the whole input */
			fp_focus_path lam = { input, whole || (f && (f->flags & FN_REPEATS)), saved_lam };
			a->lam = &lam;
			r = infer(a, arg, item, chain);
			a->lam = saved_lam;
			a->in_aggregate = saved_agg;
			a->this_type = saved_this;
			a->in_lambda = saved_lambda;
		} else {
			r = infer(a, arg, focus, sc);
			if (have && !r.err && f)
				check_arg_type(a, arg, r.t, &p, f);
		}
		err = err || r.err;
		if (i < nargs)
			args[i] = r;
	}
	if (!f) {
		if (!err) {
			const char *hint = did_you_mean_function(n->str, n->len);
			if (hint)
				fp_diags_add(a->diags, FP_D_UNKNOWN_FUNCTION, n->name_start, n->name_end,
					     "unknown function '%s'; did you mean '%s'?", n->str, hint);
			else
				fp_diags_add(a->diags, FP_D_UNKNOWN_FUNCTION, n->name_start, n->name_end,
					     "unknown function '%s'", n->str);
		}
		return mk(fp_tset_any(), err, sc);
	}
	if (!err && (n->nkids < f->min || (f->max != 255 && n->nkids > f->max))) {
		char sig[256];
		fp_fn_signature(f, sig, sizeof sig);
		if (f->min == f->max)
			fp_diags_add(a->diags, FP_D_WRONG_ARITY, n->name_start, n->end,
				     "%s() takes %d argument%s, not %u: %s", f->name, f->min,
				     f->min == 1 ? "" : "s", n->nkids, sig);
		else
			fp_diags_add(a->diags, FP_D_WRONG_ARITY, n->name_start, n->end,
				     "%s() takes %d to %d arguments, not %u: %s", f->name, f->min,
				     f->max, n->nkids, sig);
		return mk(fp_tset_any(), true, sc);
	}
	/* defineVariable(name, value): scope for the rest of the chain */
	if ((f->flags & FN_DEFINES_VAR) && n->nkids >= 1 && !err) {
		const fp_node *nm = n->kids[0];
		if (!is_string_literal(nm)) {
			/* a computed name (the suites have one): from here on any
			 * %name may be it, so unknown variables are not judged */
			scope *w = fp_arena_alloc(a->arena, sizeof *w);
			if (w) {
				w->name = NULL;
				w->len = 0;
				w->type = fp_tset_any();
				w->up = sc;
				sc = w;
			}
			return mk(in, err, sc);
		}
		fp_tset old;
		if (var_known(a, sc, nm->str, nm->len, &old))
			fp_diags_add(a->diags, FP_D_VARIABLE_REDEFINED, nm->start, nm->end,
				     "variable '%%%s' is already defined", nm->str);
		scope *s = fp_arena_alloc(a->arena, sizeof *s);
		if (s) {
			s->name = nm->str;
			s->len = nm->len;
			s->type = n->nkids > 1 ? args[1].t : in;
			s->up = sc;
			sc = s;
		}
		return mk(in, err, sc);
	}
	if (!err && n->nkids == 1 && n->kids[0]->kind == FP_N_STRING && canonical_kind(f))
		lint_canonical(a, n->kids[0], canonical_kind(f));
	if (!err)
		check_input_type(a, n, f, in);
	if (!err)
		lint_boolean_call(a, n, f, in, src, args, nargs);
	if (!err && !in.any && in.n > 0) {
		static const char *const refs[] = { "Reference", "canonical", "uri", "url", "string" };
		if ((f->flags & FN_SINGLE) && !(f->flags & FN_SYSTEM) && in.max == FP_CARD_MANY &&
		    n != NULL && !(f->flags & FN_FHIR)) {
			fp_diags_add(a->diags, FP_D_SINGLETON_INPUT, n->name_start, n->name_end,
				     "%s() needs a single item, but its input can have several; pick one first (first(), where(...)) or test each with all()/exists()",
				     f->name);
		}
		if (f->rule == FP_R_RESOLVE && !any_named(a, in, refs, 5) && !all_system(in)) {
			char types[120];
			type_list(a, in, types, sizeof types);
			fp_diags_add(a->diags, FP_D_RESOLVE_NON_REFERENCE, n->name_start, n->name_end,
				     "resolve() on %s, which is not a Reference: the result is always empty", types);
		}
		fp_param p0;
		if (nargs >= 1 && fp_fn_param(f, 0, &p0) && p0.kind == FP_PARAM_TYPE &&
		    !args[0].t.any && args[0].t.n == 1) {
			char what[16];
			snprintf(what, sizeof what, "%s()", f->name);
			fp_lint_type_filter(a->m, a->text, a->diags, n->kids[0], in, args[0].t.v[0], what,
					    f->rule == FP_R_TYPE0);
		}
	}
	/* FP1014: children() and descendants() give no order, so taking
	 * items by position from them is an error (the HL7 suites agree) */
	if (!err && in.unordered && (f->flags & FN_POSITIONAL))
		fp_diags_add(a->diags, FP_D_UNORDERED_INPUT, n->name_start, n->name_end,
			     "%s() takes items by position, but its input (from children() or descendants()) has no order; sort() it first",
			     f->name);
	fp_fn_rule rule = f->rule;
	fp_tset t;
	if (rule == FP_R_SYSTEM) {
		/* a System result; a collection function on empty gives empty */
		t = fp_tset_sys(f->sys);
		t.min = 0;
		if (f->many)
			t.max = FP_CARD_MANY;
	} else if (rule == FP_R_INPUT) {
		t = in;
		t.min = 0;
	} else if (rule == FP_R_ONE) {
		t = fp_tset_card(in, 0, in.max == FP_CARD_0 ? FP_CARD_0 : FP_CARD_1);
	} else if (rule == FP_R_EXPR0 && nargs >= 1) {
		/* select() over at most one item yields what its projection
		 * yields for that item (x.first().select(y) is one y);
		 * repeat() may go on from its own results */
		uint8_t mx = in.max == FP_CARD_0 ? FP_CARD_0
			   : in.max == FP_CARD_1 && !(f->flags & FN_REPEATS) ? args[0].t.max : FP_CARD_MANY;
		t = fp_tset_card(args[0].t, 0, mx);
	} else if (rule == FP_R_TYPE0 && nargs >= 1) {
		t = fp_tset_card(args[0].t, 0, in.max);
	} else if (rule == FP_R_UNION0 && nargs >= 1) {
		t = fp_tset_union(a->arena, in, args[0].t);
	} else if (rule == FP_R_IIF && nargs >= 2) {
		/* one branch or the other: the union of the types, but the
		 * larger of the two cardinalities, not their sum */
		t = nargs >= 3 ? fp_tset_union(a->arena, args[1].t, args[2].t) : args[1].t;
		uint8_t mx = args[1].t.max;
		if (nargs >= 3 && args[2].t.max > mx)
			mx = args[2].t.max;
		t.min = 0;
		t.max = mx;
	} else if (rule == FP_R_EXTENSION) {
		fp_type_id ext = fp_model_type(a->m, "Extension", 9);
		t = ext ? fp_tset_one(a->arena, FP_TYPE_FHIR(ext), 0, FP_CARD_MANY) : fp_tset_any();
		/* a workspace definition says what its value can be */
		const char *entry = n->nkids == 1 && n->kids[0]->kind == FP_N_STRING && a->env->next_urls
			? def_find(a->env, FP_DEF_EXTENSION, n->kids[0]->str) : NULL;
		const char *tab = entry ? strchr(entry, '\t') : NULL;
		if (ext && tab)
			t.ext_types = tab + 1;
	} else if (rule == FP_R_VALUE) {
		fp_systype s = single_system(a, in);
		t = s ? fp_tset_card(fp_tset_sys(s), 0, FP_CARD_1) : fp_tset_any();
	} else if (rule == FP_R_RESOLVE) {
		t = resolve_targets(a, in);
	} else if (rule == FP_R_NUMBER) {
		t = number_of(a, in);
	} else if (rule == FP_R_POWER && nargs >= 1) {
		/* the arithmetic of two numbers, as FHIRPath N1 says:
		 * Integer.power(Integer) is an Integer, a Decimal on either
		 * side makes a Decimal (the 3.0 draft makes it always a
		 * Decimal; we follow the normative release) */
		fp_systype x = single_system(a, in), y = single_system(a, args[0].t);
		fp_systype s = x && y ? arith(FP_T_STAR, x, y) : FP_SYS_NONE;
		t = fp_tset_card(fp_tset_sys(s && s != FP_SYS_QUANTITY ? s : FP_SYS_DECIMAL), 0, FP_CARD_1);
	} else if (rule == FP_R_TYPEINFO) {
		t = fp_tset_card(fp_tset_sys(FP_SYS_TYPEINFO), 0, in.max);
	} else {
		t = fp_tset_any();     /* any, children, descendants, resolve */
		t.unordered = (f->flags & FN_UNORDERED) != 0;
	}
	if (f->flags & FN_SORTS)
		t.unordered = false;    /* sorted: ordered again */
	return mk(t, err, sc);
}

/* ---- the walk --------------------------------------------------------- */

/* The System type of each literal node kind. */
static const fp_systype literal_type[] = {
	[FP_N_BOOL] = FP_SYS_BOOLEAN,   [FP_N_STRING] = FP_SYS_STRING,
	[FP_N_INTEGER] = FP_SYS_INTEGER, [FP_N_DECIMAL] = FP_SYS_DECIMAL,
	[FP_N_LONG] = FP_SYS_LONG,       [FP_N_DATE] = FP_SYS_DATE,
	[FP_N_DATETIME] = FP_SYS_DATETIME, [FP_N_TIME] = FP_SYS_TIME,
	[FP_N_QUANTITY] = FP_SYS_QUANTITY,
};

/* FP2007: a path that starts with a type name keeps the focus items of
 * that type (or of a subtype); when no focus type is related to it
 * (Observation.status with context Patient, Patient.contact.name with
 * context Patient.contact), the path is always empty. Skipped for an
 * unknown or System focus, for abstract types (R5's CanonicalResource is
 * no base of the resources that implement it) and below a '|', where
 * paths for several resource types are joined on purpose. */
static void lint_type_never_focus(ana *a, const fp_node *n, fp_tset focus, fp_type_id t)
{
	if (a->in_union || focus.any || focus.n == 0 || fp_model_type_abstract(a->m, t))
		return;
	for (uint32_t i = 0; i < focus.n; i++) {
		fp_type_id f = (fp_type_id)focus.v[i];
		if (FP_TYPE_IS_SYS(focus.v[i]) || f == t || fp_model_is_a(a->m, f, t) ||
		    fp_model_is_a(a->m, t, f))
			return;
	}
	char types[120];
	type_list(a, focus, types, sizeof types);
	fp_diags_add(a->diags, FP_D_TYPE_NEVER_FOCUS, n->name_start, n->name_end,
		     "'%s' never matches the focus %s: a path that starts with a type name keeps only the items of that type, so it is always empty",
		     n->str, types);
}

/* An identifier at the start of a path: a type name filters the focus
 * (Patient.name with context Patient), anything else is a member. */
static res term_ident(ana *a, const fp_node *n, fp_tset focus, const scope *sc)
{
	if (n->len > 0 && n->str[0] >= 'A' && n->str[0] <= 'Z') {
		fp_type_id t = fp_model_type(a->m, n->str, n->len);
		if (t && fp_model_type_kind(a->m, t) != FP_TYPE_BACKBONE) {
			lint_type_never_focus(a, n, focus, t);
			return mk(fp_tset_one(a->arena, FP_TYPE_FHIR(t), 0, focus.max == FP_CARD_0 ? FP_CARD_1 : focus.max), false, sc);
		}
	}
	return mk(member(a, n, focus, true, true), false, sc);
}

static res infer_inner(ana *a, const fp_node *n, fp_tset focus, const scope *sc)
{
	switch (n->kind) {
	case FP_N_ERROR: {
		for (uint32_t i = 0; i < n->nkids; i++)
			infer(a, n->kids[i], focus, sc);
		return mk(fp_tset_any(), true, sc);
	}
	case FP_N_NULL:
		return mk(fp_tset_empty(), false, sc);
	case FP_N_BOOL:
	case FP_N_STRING:
	case FP_N_INTEGER:
	case FP_N_DECIMAL:
	case FP_N_LONG:
	case FP_N_DATE:
	case FP_N_DATETIME:
	case FP_N_TIME:
	case FP_N_QUANTITY:
		return mk(fp_tset_card(fp_tset_sys(literal_type[n->kind]), 1, FP_CARD_1), false, sc);
	case FP_N_IDENT:
		return term_ident(a, n, focus, sc);
	case FP_N_CALL:
		return call(a, n, focus, false, focus, sc, NULL);
	case FP_N_THIS:
		return mk(a->this_type, false, sc);
	case FP_N_INDEX:
		return mk(fp_tset_card(fp_tset_sys(FP_SYS_INTEGER), 1, FP_CARD_1), false, sc);
	case FP_N_TOTAL:
		/* $total is aggregate()'s running value and nothing elsewhere
		 * (in_aggregate covers its aggregator argument, not init) */
		if (!a->in_aggregate)
			fp_diags_add(a->diags, FP_D_TOTAL_OUTSIDE_AGGREGATE, n->start, n->end,
				     "'$total' is only defined inside the aggregator of aggregate()");
		return mk(fp_tset_any(), false, sc);
	case FP_N_EXTERNAL: {
		fp_tset t;
		if (var_known(a, sc, n->str, n->len, &t)) {
			fp_items_external(a->q, n);
			return mk(t, false, sc);
		}
		const char *hint = did_you_mean_var(a, sc, n->str, n->len);
		if (hint)
			fp_diags_add(a->diags, FP_D_UNKNOWN_VARIABLE, n->start, n->end,
				     "unknown variable '%%%s'; did you mean '%%%s'?", n->str, hint);
		else
			fp_diags_add(a->diags, FP_D_UNKNOWN_VARIABLE, n->start, n->end,
				     "unknown variable '%%%s' (declare it with '// @var %s: Type' or defineVariable())",
				     n->str, n->str);
		return mk(fp_tset_any(), false, sc);
	}
	case FP_N_INVOKE: {
		res l = infer(a, n->kids[0], focus, sc);
		const fp_node *m = n->kids[1];
		res r;
		switch (m->kind) {
		case FP_N_IDENT:
			if (!l.err && fp_items_bad_member(a->q, n->kids[0], m, l.t))
				r = mk(fp_tset_any(), false, l.sc);     /* FP1016 said why */
			else
				r = mk(l.err ? fp_tset_any() : member(a, m, l.t, !l.err, false), l.err, l.sc);
			r.t = fp_items_step(a->q, n, n->kids[0], m, l.t, r.t, r.err);
			report(a, m, r.t);
			break;
		case FP_N_CALL:
			a->call_input = n->kids[0];
			r = call(a, m, l.t, l.err, focus, l.sc, n->kids[0]);
			r.t = fp_items_step(a->q, n, n->kids[0], m, l.t, r.t, r.err);
			report(a, m, r.t);
			break;
		case FP_N_THIS:
			r = mk(a->this_type, l.err, l.sc);
			break;
		default:
			r = mk(fp_tset_any(), true, l.sc);
			break;
		}
		return r;
	}
	case FP_N_INDEXER: {
		res l = infer(a, n->kids[0], focus, sc);
		res i = infer(a, n->kids[1], focus, sc);
		if (!l.err && l.t.unordered)
			fp_diags_add(a->diags, FP_D_UNORDERED_INPUT, n->start, n->end,
				     "an index takes an item by position, but children() and descendants() give no order; sort() first");
		fp_systype s = single_system(a, i.t);
		if (!i.err && s && s != FP_SYS_INTEGER)
			fp_diags_add(a->diags, FP_D_ARGUMENT_TYPE, n->kids[1]->start, n->kids[1]->end,
				     "an index must be an Integer, not %s", fp_systype_name(s));
		return mk(fp_tset_card(l.t, 0, l.t.max == FP_CARD_0 ? FP_CARD_0 : FP_CARD_1), l.err || i.err, sc);
	}
	case FP_N_UNARY: {
		res x = infer(a, n->kids[0], focus, sc);
		fp_systype s = single_system(a, x.t);
		/* in sort(-key), '-' asks for descending order on any type */
		if (!x.err && s && !is_number(s) && s != FP_SYS_QUANTITY && !a->in_sort) {
			fp_diags_add(a->diags, FP_D_OPERATOR_TYPES, n->start, n->end, "unary %s is not defined for %s",
				     fp_token_name((fp_token_kind)n->op), fp_systype_name(s));
			return mk(x.t, x.err, sc);
		}
		return mk(number_of(a, x.t), x.err, sc);
	}
	case FP_N_BINARY:
	case FP_N_TYPEOP:
		return binary(a, n, focus, sc);
	case FP_N_PAREN: {
		res x = infer(a, n->kids[0], focus, sc);
		fp_items_alias(a->q, n, n->kids[0]);
		x.sc = sc;
		return x;
	}
	case FP_N_SELECTOR: {
		bool err = false;
		for (uint32_t i = 0; i < n->nkids; i++) {
			res x = infer(a, n->kids[i]->kids[0], focus, sc);
			err = err || x.err;
		}
		fp_type t = fp_resolve_type_name(a->m, n->str, n->len);
		if (!t) {
			char hint[128];
			if (fp_suggest_type(a->m, n->str, n->len, true, hint, sizeof hint))
				fp_diags_add(a->diags, FP_D_UNKNOWN_TYPE, n->name_start, n->name_end,
					     "unknown type '%s'; did you mean '%s'?", n->str, hint);
			else
				fp_diags_add(a->diags, FP_D_UNKNOWN_TYPE, n->name_start, n->name_end, "unknown type '%s'", n->str);
			return mk(fp_tset_any(), err, sc);
		}
		return mk(fp_tset_one(a->arena, t, 1, FP_CARD_1), err, sc);
	}
	default:
		return mk(fp_tset_any(), true, sc);
	}
}

static res infer(ana *a, const fp_node *n, fp_tset focus, const scope *sc)
{
	res r = infer_inner(a, n, focus, sc);
	/* what the profile allows at most once (single.h) */
	if (a->env->nsingle && !r.err && !r.t.any && r.t.max == FP_CARD_MANY &&
	    fp_single_narrow(a->env, a->types, n, focus, a->lam)) {
		r.t.max = FP_CARD_1;
		if (n->kind == FP_N_INVOKE)
			report(a, n->kids[1], r.t);
	}
	report(a, n, r.t);
	return r;
}

bool fp_uses_workspace_extensions(const fp_node *root)
{
	if (!root)
		return false;
	const fp_function *f = root->kind == FP_N_CALL ? fp_function_lookup(root->str, root->len) : NULL;
	if (f && canonical_kind(f) && root->nkids == 1 && root->kids[0]->kind == FP_N_STRING)
		return true;
	for (uint32_t i = 0; i < root->nkids; i++) {
		if (fp_uses_workspace_extensions(root->kids[i]))
			return true;
	}
	return false;
}

fp_analysis fp_analyze(const char *text, const fp_node *root, const fp_analysis_env *env,
		       fp_arena *arena, fp_diags *diags)
{
	fp_analysis r;
	memset(&r, 0, sizeof r);
	r.types = fp_typemap_new(arena, root);      /* NULL: arena->failed says why */
	ana a;
	memset(&a, 0, sizeof a);
	a.text = text;
	a.env = env;
	a.m = env->model;
	a.arena = arena;
	a.diags = diags;
	a.this_type = env->context;
	a.types = r.types;
	a.q = fp_items_begin(env->items, env->item, a.m, arena, diags);
	res x = infer(&a, root, env->context, NULL);
	r.type = x.t;
	r.complete = !x.err;
	fp_lint_strings(text, root, diags);
	return r;
}
