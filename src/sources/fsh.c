/*
 * sources/fsh.c - FHIR Shorthand: items, rules and strings read into FHIR
 * resource trees, whose sites fhir_json.c's scanner finds (see fsh.h).
 *
 * Every text is read as characters with their origins: the offset each
 * came from in one numbering over the tank (the text being read first, at
 * 0, then the project's other files). A rule set's text with its
 * arguments substituted is such a buffer too, so a string read from it
 * knows, character by character, where in which file it was written.
 */
#include "fsh.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sources/symbols.h"
#include "util/alloc.h"
#include "util/strmap.h"

#define MAX_DEPTH 16            /* rule sets inserted in rule sets; parent chains */
#define MAX_INSERTS 20000       /* rule sets expanded in one reading */

/* ---- buffers of characters with their origins --------------------------- */

typedef struct sbuf {
	char *s;
	uint32_t *o;
	size_t n, cap;
	bool oom;
} sbuf;

static void sb_put(sbuf *b, char c, uint32_t o)
{
	if (b->n + 1 >= b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 64;
		char *s = fp_realloc(b->s, cap);
		if (!s) {
			b->oom = true;
			return;
		}
		b->s = s;
		uint32_t *v = fp_realloc(b->o, cap * sizeof *v);
		if (!v) {
			b->oom = true;
			return;
		}
		b->o = v;
		b->cap = cap;
	}
	b->s[b->n] = c;
	b->o[b->n++] = o;
	b->s[b->n] = 0;
}

static void sb_free(sbuf *b)
{
	fp_free(b->s);
	fp_free(b->o);
	memset(b, 0, sizeof *b);
}

/* A text being read: characters, their origins, n of them. */
typedef struct src {
	const char *s;
	const uint32_t *o;
	size_t n;
} src;

/* The container of a site's string: the tree's node and its table. */
typedef struct fsh_str {
	fp_json j;
	const uint32_t *offs;   /* len + 1 origins */
} fsh_str;

size_t fp_fsh_string_source_offset(const fp_json *str, size_t decoded)
{
	const fsh_str *f = (const fsh_str *)str;
	if (!f->offs)   /* written nowhere: never a site's, but be safe */
		return str->start == UINT32_MAX ? 0 : str->start;
	if (decoded > str->u.str.len)
		decoded = str->u.str.len;
	return f->offs[decoded];
}

void fp_fsh_string_source_map(const fp_json *str, size_t *map)
{
	for (size_t k = 0; k <= str->u.str.len; k++)
		map[k] = fp_fsh_string_source_offset(str, k);
}

/* ---- tokens --------------------------------------------------------------- */

enum { T_WORD, T_STR, T_STAR, T_INSERT };

typedef struct arg {
	sbuf v;
} arg;

typedef struct tok {
	int kind;
	bool bol;               /* first on its line */
	size_t indent;          /* its column (T_STAR) */
	size_t a, b;            /* [a, b) in the buffer */
	/* T_STR: decoded text with the origin of each character (len + 1) */
	char *text;
	size_t len;
	uint32_t *offs;
	bool closed;
	/* T_INSERT: the rule set's name and its arguments */
	char *name;
	arg *args;
	size_t nargs;
	bool has_args;
} tok;

typedef struct toks {
	tok *v;
	size_t n, cap;
} toks;

typedef struct rd rd;
static void report(rd *r, int code, uint32_t a, uint32_t b, const char *fmtmsg, const char *x);

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static char *dupn(fp_arena *arena, const char *s, size_t n)
{
	return fp_arena_strndup(arena, s, n);
}

/* ---- the reader ----------------------------------------------------------- */

typedef struct bnode bnode;

enum { E_NONE, E_PROFILE, E_EXTENSION, E_LOGICAL, E_RESOURCE, E_INSTANCE, E_INVARIANT, E_RULESET,
       E_VALUESET, E_CODESYSTEM, E_MAPPING, E_ALIAS, E_OTHER };

typedef struct elem {
	char *path;             /* the FSH path ("" for the root, "name.given") */
	bnode *caret;           /* its caret rules' values */
	char **obeys;
	size_t nobeys, cap;
	uint32_t *obeys_at;     /* where each name is written */
	long min;               /* a cardinality rule's minimum, or -1 */
	char *only[8];          /* an only rule's types */
	size_t nonly;
	struct elem *next;
} elem;

typedef struct ent {
	int kind;
	char *name;
	uint32_t name_a, name_b;        /* origins */
	char *parent, *id, *instance_of, *severity, *human;
	fp_json *expr;          /* an invariant's expression */
	bool attached;
	bool touched;           /* a rule set of the text being read was inserted into it */
	bnode *root;            /* caret rules without a path; an instance's values */
	elem *elems, *last;
	/* a rule set: its parameters and its text */
	char **params;
	size_t nparams;
	src body;
	size_t body_file;
	struct ent *next;
} ent;

struct rd {
	fp_arena *arena;
	fp_diags *diags;
	size_t cur_len;         /* origins below it are the text being read */
	const char *src_text;   /* that text */
	const char *canonical;
	ent *ents, *last;
	bool oom;
	int depth;
	size_t inserts;         /* rule sets expanded: a budget against blow-ups */
	bool loop_said;
	size_t first_diag;      /* diags->items[first_diag..]: this reading's */
	/* every FSH string made: filtered to the sites' at the end */
	fp_fsh_comment *comments;
	size_t ncomments, capc;
	fp_strmap invariants, rulesets, types;   /* items by name and Id */
	bool keep_comments;
	bool lex_report;        /* FSH findings of the lexer: on the first reading only */
};

static void report(rd *r, int code, uint32_t a, uint32_t b, const char *fmtmsg, const char *x)
{
	if (!r->diags || a >= r->cur_len)
		return;         /* another file's: said when that one is read */
	if (b > r->cur_len)
		b = (uint32_t)r->cur_len;
	for (size_t i = r->first_diag; i < r->diags->len; i++) {
		const fp_diag *d = &r->diags->items[i];
		if (d->code == code && d->start == a && d->end == b)
			return;         /* one report per place (a rule set inserted twice) */
	}
	if (!fp_diags_add(r->diags, code, a, b, fmtmsg, x ? x : ""))
		r->oom = true;
}

static void add_comment(rd *r, uint32_t a, uint32_t b, bool line)
{
	if (!r->keep_comments)
		return;
	if (!fp_grow(&r->comments, &r->capc, r->ncomments, sizeof *r->comments, 16)) {
		r->oom = true;
		return;
	}
	r->comments[r->ncomments++] = (fp_fsh_comment){ a, b, line };
}

/* A "..." string at s[i] (i at the quote): decoded into t; returns the
 * index after it. */
static size_t lex_string(rd *r, const src *x, size_t i, tok *t)
{
	size_t n = x->n, j = i + 1;
	bool triple = i + 2 < n && x->s[i + 1] == '"' && x->s[i + 2] == '"';
	sbuf b = { 0 };
	t->kind = T_STR;
	if (!triple) {
		for (; j < n && x->s[j] != '"'; j++) {
			if (x->s[j] == '\\' && j + 1 < n && (x->s[j + 1] == '"' || x->s[j + 1] == '\\')) {
				sb_put(&b, x->s[j + 1], x->o[j]);
				j++;
			} else {
				sb_put(&b, x->s[j], x->o[j]);
			}
		}
		t->closed = j < n;
		sb_put(&b, 0, j < n ? x->o[j] : (n ? x->o[n - 1] + 1 : 0));
		b.n--;
		j = j < n ? j + 1 : n;
	} else {
		j = i + 3;
		size_t end = j;
		while (end + 2 < n && !(x->s[end] == '"' && x->s[end + 1] == '"' && x->s[end + 2] == '"'))
			end++;
		t->closed = end + 2 < n;
		if (!t->closed)
			end = n;
		/* lines of the content: drop a blank first and last one, trim the
		 * least indentation of the others, blank ones to nothing */
		size_t ls[512], le[512], nl = 0;
		for (size_t p = j; p <= end && nl < 512;) {
			size_t q = p;
			while (q < end && x->s[q] != '\n')
				q++;
			ls[nl] = p;
			le[nl++] = q;
			p = q + 1;
		}
		size_t first = 0, last = nl;
		bool blank0 = true, blankn = true;
		for (size_t p = ls[0]; nl && p < le[0]; p++)
			blank0 = blank0 && is_space(x->s[p]);
		for (size_t p = nl ? ls[nl - 1] : 0; nl && p < le[nl - 1]; p++)
			blankn = blankn && is_space(x->s[p]);
		if (nl && blank0)
			first = 1;
		if (last > first && blankn)
			last--;
		size_t min = (size_t)-1;
		for (size_t l = first; l < last; l++) {
			size_t k = ls[l];
			while (k < le[l] && x->s[k] == ' ')
				k++;
			if (k < le[l] && !is_space(x->s[k]) && k - ls[l] < min)
				min = k - ls[l];
		}
		if (min == (size_t)-1)
			min = 0;
		for (size_t l = first; l < last; l++) {
			bool blank = true;
			for (size_t p = ls[l]; p < le[l]; p++)
				blank = blank && is_space(x->s[p]);
			if (l > first)
				sb_put(&b, '\n', x->o[ls[l] - 1]);
			if (blank)
				continue;
			for (size_t p = ls[l] + min; p < le[l]; p++)
				sb_put(&b, x->s[p], x->o[p]);
		}
		sb_put(&b, 0, end < n ? x->o[end] : (n ? x->o[n - 1] + 1 : 0));
		b.n--;
		j = t->closed ? end + 3 : n;
	}
	if (b.oom) {
		r->oom = true;
		sb_free(&b);
		return n;
	}
	t->text = b.s ? dupn(r->arena, b.s, b.n) : dupn(r->arena, "", 0);
	t->len = b.n;
	t->offs = fp_arena_alloc(r->arena, (b.n + 1) * sizeof *t->offs);
	if (!t->text || !t->offs)
		r->oom = true;
	else if (b.o)
		memcpy(t->offs, b.o, (b.n + 1) * sizeof *t->offs);
	else
		t->offs[0] = x->o[i] + 1;
	sb_free(&b);
	if (!t->closed && r->lex_report)
		report(r, FP_D_FSH_UNTERMINATED_STRING, x->o[i], x->o[i] + (triple ? 3 : 1),
		       "FSH string without its closing %s", triple ? "\"\"\"" : "quote");
	return j;
}

/* The arguments of `insert Name(...)` from s[i] (at the '('): into t;
 * returns the index after the ')'. */
static size_t lex_args(rd *r, const src *x, size_t i, tok *t)
{
	size_t n = x->n, j = i + 1;
	t->has_args = true;
	arg v[64];
	size_t nv = 0;
	for (;;) {
		while (j < n && (is_space(x->s[j]) || x->s[j] == '\n'))
			j++;
		if (j >= n)
			break;
		arg a = { { 0 } };
		if (j + 1 < n && x->s[j] == '[' && x->s[j + 1] == '[') {
			size_t k = j + 2, close = n;
			for (size_t p = k; p + 1 < n; p++) {
				if (x->s[p] != ']' || x->s[p + 1] != ']')
					continue;
				size_t q = p + 2;
				while (q < n && is_space(x->s[q]))
					q++;
				if (q < n && (x->s[q] == ',' || x->s[q] == ')')) {
					close = p;
					break;
				}
			}
			for (size_t p = k; p < close && p < n; p++) {
				if (x->s[p] == '\\' && p + 1 < close && (x->s[p + 1] == ',' || x->s[p + 1] == ')'))
					p++;
				sb_put(&a.v, x->s[p], x->o[p]);
			}
			j = close + 2;
			while (j < n && is_space(x->s[j]))
				j++;
		} else {
			size_t last_nonspace = 0;
			for (; j < n && x->s[j] != ',' && x->s[j] != ')' && x->s[j] != '\n'; j++) {
				if (x->s[j] == '\\' && j + 1 < n && (x->s[j + 1] == ',' || x->s[j + 1] == ')'))
					j++;
				sb_put(&a.v, x->s[j], x->o[j]);
				if (!is_space(x->s[j]))
					last_nonspace = a.v.n;
			}
			a.v.n = last_nonspace;
		}
		if (nv < 64)
			v[nv++] = a;
		else
			sb_free(&a.v);
		if (j < n && x->s[j] == ',') {
			j++;
			continue;
		}
		if (j < n && x->s[j] == ')')
			j++;
		break;
	}
	t->args = fp_arena_alloc(r->arena, (nv ? nv : 1) * sizeof *t->args);
	if (!t->args) {
		r->oom = true;
		for (size_t k = 0; k < nv; k++)
			sb_free(&v[k].v);
		return j;
	}
	memcpy(t->args, v, nv * sizeof *v);
	t->nargs = nv;
	return j;
}

static bool push_tok(rd *r, toks *ts, const tok *t)
{
	if (!fp_grow(&ts->v, &ts->cap, ts->n, sizeof *ts->v, 64)) {
		r->oom = true;
		return false;
	}
	ts->v[ts->n++] = *t;
	return true;
}

static void free_toks(toks *ts)
{
	for (size_t i = 0; i < ts->n; i++) {
		for (size_t k = 0; k < ts->v[i].nargs; k++)
			sb_free(&ts->v[i].args[k].v);
	}
	fp_free(ts->v);
	memset(ts, 0, sizeof *ts);
}

static void lex(rd *r, const src *x, toks *ts)
{
	size_t n = x->n, i = 0, line = 0;
	bool bol = true;
	while (i < n && !r->oom) {
		char c = x->s[i];
		if (c == '\n') {
			bol = true;
			line = ++i;
			continue;
		}
		if (is_space(c)) {
			i++;
			continue;
		}
		if (c == '/' && i + 1 < n && x->s[i + 1] == '/') {
			size_t j = i;
			while (j < n && x->s[j] != '\n')
				j++;
			add_comment(r, x->o[i], j > i ? x->o[j - 1] + 1 : x->o[i], true);
			i = j;
			continue;
		}
		if (c == '/' && i + 1 < n && x->s[i + 1] == '*') {
			size_t j = i + 2;
			while (j + 1 < n && !(x->s[j] == '*' && x->s[j + 1] == '/'))
				j++;
			j = j + 1 < n ? j + 2 : n;
			add_comment(r, x->o[i], x->o[j - 1] + 1, false);
			for (size_t k = i; k < j; k++) {
				if (x->s[k] == '\n') {
					bol = true;
					line = k + 1;
				}
			}
			i = j;
			continue;
		}
		tok t;
		memset(&t, 0, sizeof t);
		t.bol = bol;
		t.indent = i - line;
		t.a = i;
		bol = false;
		if (c == '"') {
			i = lex_string(r, x, i, &t);
		} else if (c == '*' && t.bol && (i + 1 >= n || is_space(x->s[i + 1]) || x->s[i + 1] == '\n')) {
			t.kind = T_STAR;
			i++;
		} else {
			size_t j = i;
			while (j < n && !is_space(x->s[j]) && x->s[j] != '\n' && x->s[j] != '"')
				j++;
			t.kind = T_WORD;
			i = j;
			size_t m = ts->n;
			bool after_star = m && (ts->v[m - 1].kind == T_STAR ||
					       (ts->v[m - 1].kind == T_WORD && !ts->v[m - 1].bol && m >= 2 &&
						ts->v[m - 2].kind == T_STAR));
			if (after_star && j - t.a == 6 && memcmp(x->s + t.a, "insert", 6) == 0) {
				size_t k = j;
				while (k < n && is_space(x->s[k]))
					k++;
				size_t nm = k;
				while (k < n && !is_space(x->s[k]) && x->s[k] != '\n' && x->s[k] != '(')
					k++;
				t.kind = T_INSERT;
				t.name = dupn(r->arena, x->s + nm, k - nm);
				if (!t.name)
					r->oom = true;
				size_t p = k;
				while (p < n && is_space(x->s[p]))
					p++;
				i = p < n && x->s[p] == '(' ? lex_args(r, x, p, &t) : k;
			}
		}
		t.b = i;
		if (!push_tok(r, ts, &t))
			return;
	}
}

/* ---- trees of values (caret rules, instances) --------------------------- */

struct bnode {
	char *key;              /* a member's name; NULL in an array */
	long idx;               /* an array item's index */
	char *slice;            /* an array item named by slice */
	bool arr;
	long lastidx;           /* an array: the index [=] means */
	fp_json *leaf;
	bnode *kids, *lastkid, *next;
};

static bnode *bn_new(rd *r)
{
	bnode *b = fp_arena_zalloc(r->arena, sizeof *b);
	if (!b)
		r->oom = true;
	else
		b->lastidx = -1;
	return b;
}

static bnode *bn_kid(rd *r, bnode *p, const char *key, size_t n)
{
	for (bnode *k = p->kids; k; k = k->next) {
		if (k->key && strlen(k->key) == n && memcmp(k->key, key, n) == 0)
			return k;
	}
	bnode *k = bn_new(r);
	if (!k || !(k->key = dupn(r->arena, key, n)))
		return r->oom = true, NULL;
	if (p->lastkid)
		p->lastkid->next = k;
	else
		p->kids = k;
	p->lastkid = k;
	return k;
}

static bnode *bn_item(rd *r, bnode *arr, const char *ix, size_t n)
{
	arr->arr = true;
	long idx;
	const char *slice = NULL;
	if (n == 1 && ix[0] == '+')
		idx = arr->lastidx + 1;
	else if (n == 1 && ix[0] == '=')
		idx = arr->lastidx < 0 ? 0 : arr->lastidx;
	else if (n > 0 && n < 10 && strspn(ix, "0123456789") >= n)
		idx = strtol(ix, NULL, 10);
	else {
		slice = ix;
		idx = -1;
		long max = -1;
		for (bnode *k = arr->kids; k; k = k->next) {
			if (k->slice && strlen(k->slice) == n && memcmp(k->slice, ix, n) == 0)
				idx = k->idx;
			if (k->idx > max)
				max = k->idx;
		}
		if (idx < 0)
			idx = max + 1;
	}
	arr->lastidx = idx;
	for (bnode *k = arr->kids; k; k = k->next) {
		if (k->idx == idx)
			return k;
	}
	bnode *k = bn_new(r);
	if (!k)
		return NULL;
	k->idx = idx;
	if (slice && !(k->slice = dupn(r->arena, slice, n)))
		return r->oom = true, NULL;
	if (arr->lastkid)
		arr->lastkid->next = k;
	else
		arr->kids = k;
	arr->lastkid = k;
	return k;
}

/* Elements that are lists whether or not a rule gives an index. */
static bool list_element(const char *k, size_t n)
{
	static const char *const names[] = { "base", "select", "column", "where", "constant", "item",
					     "extension", "modifierExtension", "constraint", "unionAll",
					     "answerOption", "enableWhen", "initial", "context",
					     "contextInvariant", "target", "component", NULL };
	for (size_t i = 0; names[i]; i++) {
		if (strlen(names[i]) == n && memcmp(names[i], k, n) == 0)
			return true;
	}
	return false;
}

/* Set path (a.b[+].c) of root to v. */
static void bn_set(rd *r, bnode *root, const char *path, fp_json *v)
{
	bnode *at = root;
	const char *p = path;
	while (at && *p) {
		const char *seg = p;
		while (*p && *p != '.' && *p != '[')
			p++;
		size_t segn = (size_t)(p - seg);
		if (segn == 0 && *p != '[') {
			if (*p == '.')
				p++;
			continue;
		}
		bnode *k = segn ? bn_kid(r, at, seg, segn) : at;
		if (!k)
			return;
		if (*p == '[') {
			const char *ix = ++p;
			int depth = 1;
			while (*p && depth) {
				if (*p == '[')
					depth++;
				else if (*p == ']')
					depth--;
				if (depth)
					p++;
			}
			size_t ixn = (size_t)(p - ix);
			if (*p == ']')
				p++;
			at = bn_item(r, k, ix, ixn);
		} else if (segn && list_element(seg, segn)) {
			at = bn_item(r, k, "=", 1);
		} else {
			at = k;
		}
		if (*p == '.')
			p++;
	}
	if (at)
		at->leaf = v;
}

static fp_json *jnode(rd *r, fp_json_kind kind)
{
	fp_json *j = fp_arena_zalloc(r->arena, sizeof *j);
	if (!j)
		r->oom = true;
	else
		j->kind = kind;
	return j;
}

/* A string the reader makes (a type name, a URL, "fhirpath"): written
 * nowhere in the text, so no site's (its range is none). */
static fp_json *jstring(rd *r, const char *s)
{
	fsh_str *f = fp_arena_zalloc(r->arena, sizeof *f);
	if (!f)
		return r->oom = true, NULL;
	size_t n = strlen(s);
	f->j.kind = FP_JSON_STRING;
	f->j.start = f->j.end = UINT32_MAX;
	f->j.u.str.s = dupn(r->arena, s, n);
	f->j.u.str.len = n;
	if (!f->j.u.str.s)
		r->oom = true;
	return &f->j;
}

static int idx_cmp(const void *a, const void *b)
{
	const bnode *x = *(const bnode *const *)a, *y = *(const bnode *const *)b;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

static fp_json *bn_json(rd *r, const bnode *b, int depth)
{
	if (!b || depth > 64)
		return NULL;
	if (b->leaf && !b->kids)
		return b->leaf;
	size_t n = 0;
	for (const bnode *k = b->kids; k; k = k->next)
		n++;
	if (b->arr) {
		fp_json *a = jnode(r, FP_JSON_ARRAY);
		const bnode **v = n ? fp_arena_alloc(r->arena, n * sizeof *v) : NULL;
		if (a)
			a->u.arr.items = n ? fp_arena_alloc(r->arena, n * sizeof(fp_json *)) : NULL;
		if (!a || (n && (!v || !a->u.arr.items)))
			return r->oom = true, NULL;
		size_t k = 0;
		for (const bnode *c = b->kids; c; c = c->next)
			v[k++] = c;
		qsort(v, n, sizeof *v, idx_cmp);
		for (size_t i = 0; i < n; i++) {
			fp_json *x = bn_json(r, v[i], depth + 1);
			if (x)
				a->u.arr.items[a->u.arr.len++] = x;
		}
		return a;
	}
	fp_json *o = jnode(r, FP_JSON_OBJECT);
	if (!o || (n && !(o->u.obj.items = fp_arena_zalloc(r->arena, n * sizeof(fp_json_member)))))
		return r->oom = true, NULL;
	for (const bnode *k = b->kids; k; k = k->next) {
		fp_json *x = bn_json(r, k, depth + 1);
		if (!x)
			continue;
		fp_json_member *m = &o->u.obj.items[o->u.obj.len++];
		m->key = k->key;
		m->key_len = strlen(k->key);
		m->value = x;
	}
	return o;
}

/* ---- values ---------------------------------------------------------------- */

/* A site string: the node and its table, in the arena. */
static fp_json *str_node(rd *r, const tok *t)
{
	fsh_str *f = fp_arena_zalloc(r->arena, sizeof *f);
	if (!f)
		return r->oom = true, NULL;
	f->j.kind = FP_JSON_STRING;
	f->j.u.str.s = t->text;
	f->j.u.str.len = t->len;
	f->offs = t->offs;
	/* Whose it is: the file its first character (an empty string: its
	 * closing quote) came from. Only the text being read has sites; in
	 * it, characters from elsewhere (a rule set's quotes around an
	 * argument of this file) take the place of their neighbour here,
	 * and its range covers what came from here (with the quotes when
	 * they are there too). */
	uint32_t cur = (uint32_t)r->cur_len;
	if (t->offs[0] >= cur && (t->len || t->offs[0] >= cur)) {
		f->j.start = f->j.end = UINT32_MAX;
		return &f->j;
	}
	uint32_t *o = t->offs, lo = UINT32_MAX, hi = 0;
	for (size_t k = 0; k <= t->len; k++) {
		if (o[k] >= cur)
			o[k] = k ? o[k - 1] + 1 : o[k];
		if (o[k] > cur)
			o[k] = cur;
		if ((k < t->len || !t->len) && o[k] < lo)
			lo = o[k];
		if ((k < t->len || !t->len) && o[k] > hi)
			hi = o[k];
	}
	/* the quotes too when they stand around it here */
	const char *tx = r->src_text;
	bool open = tx && lo > 0 && tx[lo - 1] == '"';
	bool close = tx && t->len && o[t->len] == hi + 1 && hi + 1 < cur && tx[hi + 1] == '"';
	f->j.start = open ? lo - 1 : lo;
	f->j.end = t->len ? (close ? hi + 2 : hi + 1) : (hi < cur ? hi + 1 : hi);
	return &f->j;
}

static fp_json *str_node(rd *r, const tok *t);

/* The value of an unquoted word x->s[a..b): true, false, a number, a
 * code (#code, system#code: the code), else the word as a string, which
 * keeps where each character is (an unquoted expression is still a
 * site). */
static fp_json *word_value(rd *r, const src *x, size_t a, size_t b)
{
	size_t n = b - a;
	char *s = dupn(r->arena, x->s + a, n);
	if (!s)
		return r->oom = true, NULL;
	if (strcmp(s, "true") == 0)
		return jnode(r, FP_JSON_TRUE);
	if (strcmp(s, "false") == 0)
		return jnode(r, FP_JSON_FALSE);
	if (n && strspn(s, "0123456789.-") == n) {
		fp_json *j = jnode(r, FP_JSON_NUMBER);
		if (j) {
			j->u.num.text = s;
			j->u.num.len = n;
		}
		return j;
	}
	char *hash = strchr(s, '#');
	size_t skip = hash ? (size_t)(hash - s) + 1 : 0;
	tok t;
	memset(&t, 0, sizeof t);
	t.text = s + skip;
	t.len = n - skip;
	t.offs = fp_arena_alloc(r->arena, (t.len + 1) * sizeof *t.offs);
	if (!t.offs)
		return r->oom = true, NULL;
	for (size_t k = 0; k < t.len; k++)
		t.offs[k] = x->o[a + skip + k];
	t.offs[t.len] = n ? x->o[b - 1] + 1 : x->o[a];
	return str_node(r, &t);
}

/* A number the reader makes (a cardinality). */
static fp_json *jnumber(rd *r, long v)
{
	char num[24];
	snprintf(num, sizeof num, "%ld", v);
	fp_json *j = jnode(r, FP_JSON_NUMBER);
	if (j && !(j->u.num.text = dupn(r->arena, num, strlen(num))))
		r->oom = true;
	if (j)
		j->u.num.len = strlen(num);
	return j;
}

/* ---- items and rules ------------------------------------------------------ */

static const struct {
	const char *word;
	int kind;
} item_words[] = {
	{ "Profile:", E_PROFILE }, { "Extension:", E_EXTENSION }, { "Logical:", E_LOGICAL },
	{ "Resource:", E_RESOURCE }, { "Instance:", E_INSTANCE }, { "Invariant:", E_INVARIANT },
	{ "RuleSet:", E_RULESET }, { "ValueSet:", E_VALUESET }, { "CodeSystem:", E_CODESYSTEM },
	{ "Mapping:", E_MAPPING }, { "Alias:", E_ALIAS },
};

static const char *const meta_words[] = {
	"Parent:", "Id:", "Title:", "Description:", "InstanceOf:", "Usage:", "Expression:",
	"Severity:", "XPath:", "Source:", "Target:", "Characteristics:", "Context:", NULL
};

static int item_kind(const src *x, const tok *t)
{
	if (t->kind != T_WORD || !t->bol)
		return E_NONE;
	for (size_t i = 0; i < sizeof item_words / sizeof *item_words; i++) {
		size_t n = strlen(item_words[i].word);
		if (t->b - t->a == n && memcmp(x->s + t->a, item_words[i].word, n) == 0)
			return item_words[i].kind;
	}
	return E_NONE;
}

static bool meta_word(const src *x, const tok *t, const char *w)
{
	size_t n = strlen(w);
	return t->kind == T_WORD && t->b - t->a == n && memcmp(x->s + t->a, w, n) == 0;
}

static bool is_meta(const src *x, const tok *t)
{
	if (t->kind != T_WORD || !t->bol)
		return false;
	for (size_t i = 0; meta_words[i]; i++) {
		if (meta_word(x, t, meta_words[i]))
			return true;
	}
	return false;
}

/* Where the statement starting at tokens i ends. */
static size_t stmt_end(const src *x, const toks *ts, size_t i)
{
	size_t j = i + 1;
	while (j < ts->n && !(ts->v[j].bol && (ts->v[j].kind == T_STAR || item_kind(x, &ts->v[j]) ||
					      is_meta(x, &ts->v[j]))))
		j++;
	return j;
}

static char *word(rd *r, const src *x, const tok *t)
{
	if (t->kind == T_STR)
		return t->text;
	char *s = dupn(r->arena, x->s + t->a, t->b - t->a);
	if (!s)
		r->oom = true;
	return s;
}

/* The map items of a kind are found in: invariants, rule sets, or the
 * items a Parent or InstanceOf names (profiles, extensions, logical
 * models, resources). */
static fp_strmap *ent_map(rd *r, int kind)
{
	switch (kind) {
	case E_INVARIANT: return &r->invariants;
	case E_RULESET: return &r->rulesets;
	case E_PROFILE: case E_EXTENSION: case E_LOGICAL: case E_RESOURCE: case E_NONE:
		return &r->types;
	default: return NULL;
	}
}

/* Known by key from now on (the first of a name wins: the text being
 * read comes first). */
static void ent_name(rd *r, ent *e, const char *key)
{
	fp_strmap *m = ent_map(r, e->kind);
	if (m && key && *key && !fp_strmap_get(m, key) && !fp_strmap_put(m, key, e))
		r->oom = true;
}

/* The item called name (or with that Id): an invariant, a rule set, or
 * (E_NONE) one a Parent can name. */
static ent *find_ent(rd *r, const char *name, int kind)
{
	fp_strmap *m = ent_map(r, kind);
	return m && name ? fp_strmap_get(m, name) : NULL;
}

static elem *get_elem(rd *r, ent *e, const char *path)
{
	for (elem *l = e->elems; l; l = l->next) {
		if (strcmp(l->path, path) == 0)
			return l;
	}
	elem *l = fp_arena_zalloc(r->arena, sizeof *l);
	if (!l || !(l->path = dupn(r->arena, path, strlen(path))) || !(l->caret = bn_new(r)))
		return r->oom = true, NULL;
	l->min = -1;
	if (e->last)
		e->last->next = l;
	else
		e->elems = l;
	e->last = l;
	return l;
}

static void add_obeys(rd *r, elem *l, const char *name, uint32_t at)
{
	if (!l)
		return;
	if (l->nobeys == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 4;
		char **v = fp_arena_alloc(r->arena, cap * sizeof *v);
		uint32_t *a = fp_arena_alloc(r->arena, cap * sizeof *a);
		if (!v || !a) {
			r->oom = true;
			return;
		}
		if (l->nobeys) {
			memcpy(v, l->obeys, l->nobeys * sizeof *v);
			memcpy(a, l->obeys_at, l->nobeys * sizeof *a);
		}
		l->obeys = v;
		l->obeys_at = a;
		l->cap = cap;
	}
	l->obeys_at[l->nobeys] = at;
	l->obeys[l->nobeys++] = (char *)name;
}

/* path stack of indented rules */
typedef struct pstack {
	size_t indent[32];
	char *path[32];
	size_t n;
} pstack;

static char *join(rd *r, const char *a, const char *b)
{
	if (!a || !*a)
		return dupn(r->arena, b, strlen(b));
	if (!*b || strcmp(b, ".") == 0)
		return dupn(r->arena, a, strlen(a));
	size_t n = strlen(a) + 1 + strlen(b);
	char *s = fp_arena_alloc(r->arena, n + 1);
	if (!s)
		return r->oom = true, NULL;
	snprintf(s, n + 1, "%s.%s", a, b);
	return s;
}

static void rules(rd *r, ent *e, const src *x, const char *prefix);

static void insert(rd *r, ent *e, const src *x, const tok *t, const char *prefix)
{
	ent *rs = find_ent(r, t->name, E_RULESET);
	uint32_t a = x->o[t->a], b = t->b > t->a ? x->o[t->b - 1] + 1 : a;
	if (!rs) {
		report(r, FP_D_FSH_UNKNOWN_RULESET, a, b, "unknown rule set '%s'", t->name);
		return;
	}
	if (r->depth >= MAX_DEPTH || ++r->inserts > MAX_INSERTS) {
		if (!r->loop_said)
			report(r, FP_D_FSH_INSERT_LOOP, a, b, "rule set '%s' inserted too deep (a loop?)",
			       t->name);
		r->loop_said = r->inserts > MAX_INSERTS;
		return;
	}
	if (rs->nparams != t->nargs && (rs->nparams || t->has_args)) {
		char msg[128];
		snprintf(msg, sizeof msg, "%s' takes %zu argument%s, given %zu", t->name, rs->nparams,
			 rs->nparams == 1 ? "" : "s", t->nargs);
		report(r, FP_D_FSH_UNKNOWN_RULESET, a, b, "rule set '%s", msg);
		return;
	}
	if (rs->name_a < r->cur_len)
		e->touched = true;
	/* the rule set's text with {param} replaced */
	sbuf out = { 0 };
	const src *body = &rs->body;
	for (size_t i = 0; i < body->n; i++) {
		if (body->s[i] == '{') {
			size_t k = i + 1;
			while (k < body->n && body->s[k] != '}' && body->s[k] != '\n' && k - i < 64)
				k++;
			bool done = false;
			for (size_t p = 0; k < body->n && body->s[k] == '}' && p < rs->nparams && !done; p++) {
				if (strlen(rs->params[p]) == k - i - 1 &&
				    memcmp(rs->params[p], body->s + i + 1, k - i - 1) == 0) {
					const sbuf *v = &t->args[p].v;
					for (size_t q = 0; q < v->n; q++)
						sb_put(&out, v->s[q], v->o[q]);
					done = true;
				}
			}
			if (done) {
				i = k;
				continue;
			}
		}
		sb_put(&out, body->s[i], body->o[i]);
	}
	if (out.oom) {
		r->oom = true;
		sb_free(&out);
		return;
	}
	src y = { out.s ? out.s : "", out.o, out.n };
	bool keep = r->keep_comments;
	r->keep_comments = false;
	r->depth++;
	rules(r, e, &y, prefix);
	r->depth--;
	r->keep_comments = keep;
	sb_free(&out);
}

/* An element's FSH path as ElementDefinition.path ("name.given",
 * "extension[foo].value[x]" -> "extension.value[x]"). */
static char *plain(rd *r, const char *p)
{
	size_t n = strlen(p);
	char *s = fp_arena_alloc(r->arena, n + 1);
	if (!s)
		return r->oom = true, NULL;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (p[i] == '[' && !(i + 2 < n && p[i + 1] == 'x' && p[i + 2] == ']')) {
			int depth = 1;
			while (++i < n && depth)
				depth += p[i] == '[' ? 1 : p[i] == ']' ? -1 : 0;
			i--;
			continue;
		}
		s[k++] = p[i];
	}
	s[k] = 0;
	if (k == 1 && s[0] == '.')
		s[0] = 0;
	return s;
}

/* One rule statement ts[i..j) (ts[i] is its '*'). */
static void rule(rd *r, ent *e, const src *x, const toks *ts, size_t i, size_t j, pstack *ps,
		 const char *prefix)
{
	const tok *v = ts->v;
	size_t ind = v[i].indent;
	while (ps->n && ps->indent[ps->n - 1] >= ind)
		ps->n--;
	const char *ctx = ps->n ? ps->path[ps->n - 1] : prefix;
	size_t k = i + 1;
	char *path = NULL;
	if (k < j && v[k].kind == T_WORD) {
		char *w = word(r, x, &v[k]);
		if (w && w[0] != '^' && strcmp(w, "obeys") != 0 && strcmp(w, "=") != 0) {
			path = w;
			k++;
		}
	} else if (k < j && v[k].kind == T_INSERT) {
		insert(r, e, x, &v[k], ctx);
		return;
	}
	char *full = join(r, ctx, path ? path : "");
	if (!full)
		return;
	if (ps->n < 32) {
		ps->indent[ps->n] = ind;
		ps->path[ps->n++] = full;
	}
	if (k >= j)
		return;
	if (v[k].kind == T_INSERT) {
		insert(r, e, x, &v[k], full);
		return;
	}
	char *w = word(r, x, &v[k]);
	if (!w)
		return;
	bool sd = e->kind == E_PROFILE || e->kind == E_EXTENSION || e->kind == E_LOGICAL ||
		  e->kind == E_RESOURCE;
	/* * path 1..1 (MS), * path only Type or Type: facts the invariants
	 * of the element's profile may lean on */
	if (sd && w[0] >= '0' && w[0] <= '9' && strstr(w, "..")) {
		elem *l = get_elem(r, e, full);
		if (l)
			l->min = strtol(w, NULL, 10);
	} else if (sd && strcmp(w, "only") == 0) {
		elem *l = get_elem(r, e, full);
		for (k++; l && k < j && l->nonly < 8; k++) {
			char *ty = v[k].kind == T_WORD ? word(r, x, &v[k]) : NULL;
			if (ty && strcmp(ty, "or") != 0)
				l->only[l->nonly++] = ty;
		}
		return;
	}
	if (strcmp(w, "obeys") == 0) {
		elem *l = e->kind == E_INVARIANT || e->kind == E_INSTANCE ? NULL : get_elem(r, e, full);
		for (k++; k < j; k++) {
			if (v[k].kind != T_WORD)
				continue;
			char *name = word(r, x, &v[k]);
			if (name && strcmp(name, "and") != 0)
				add_obeys(r, l, name, x->o[v[k].a]);
		}
		return;
	}
	/* an assignment: [^caret] = value */
	char *caret = NULL;
	if (w[0] == '^') {
		caret = w + 1;
		k++;
	}
	if (k + 1 >= j || v[k].kind != T_WORD || v[k].b - v[k].a != 1 || x->s[v[k].a] != '=')
		return;
	const tok *val = &v[k + 1];
	fp_json *jv = val->kind == T_STR ? str_node(r, val) : word_value(r, x, val->a, val->b);
	if (!jv)
		return;
	if (e->kind == E_INVARIANT && !caret) {
		if (strcmp(full, "expression") == 0 && val->kind == T_STR)
			e->expr = jv;
		else if (strcmp(full, "severity") == 0 && jv->kind == FP_JSON_STRING)
			e->severity = (char *)jv->u.str.s;
		else if (strcmp(full, "human") == 0 && jv->kind == FP_JSON_STRING)
			e->human = (char *)jv->u.str.s;
		return;
	}
	if (e->kind == E_INSTANCE && !caret) {
		if (!e->root && !(e->root = bn_new(r)))
			return;
		bn_set(r, e->root, full, jv);
		return;
	}
	if (!caret)
		return;
	if (!*full || strcmp(full, ".") == 0) {
		/* the item itself: its own elements, but constraints are the
		 * root element's */
		if (strncmp(caret, "constraint", 10) == 0) {
			elem *l = get_elem(r, e, "");
			if (l)
				bn_set(r, l->caret, caret, jv);
			return;
		}
		if (!e->root && !(e->root = bn_new(r)))
			return;
		bn_set(r, e->root, caret, jv);
		return;
	}
	elem *l = get_elem(r, e, full);
	if (l)
		bn_set(r, l->caret, caret, jv);
}

/* The rules of a buffer (an item's, or a rule set's inserted) for e. */
static void rules(rd *r, ent *e, const src *x, const char *prefix)
{
	toks ts = { 0 };
	lex(r, x, &ts);
	pstack ps;
	ps.n = 0;
	for (size_t i = 0; i < ts.n && !r->oom;) {
		size_t j = stmt_end(x, &ts, i);
		if (ts.v[i].kind == T_STAR)
			rule(r, e, x, &ts, i, j, &ps, prefix);
		i = j;
	}
	free_toks(&ts);
}

/* The value of a keyword line: the next token (string or word). */
static char *meta_value(rd *r, const src *x, const toks *ts, size_t i, size_t j, const tok **t)
{
	if (i + 1 >= j)
		return NULL;
	*t = &ts->v[i + 1];
	return word(r, x, *t);
}

/* The items of one file: their keywords; the text of each item's rules is
 * read later (rules()), once every rule set of the tank is known. */
typedef struct pending {
	ent *e;
	src body;
} pending;

static void read_file(rd *r, const src *x, pending **pv, size_t *pn, size_t *pcap)
{
	toks ts = { 0 };
	r->lex_report = true;
	lex(r, x, &ts);
	r->lex_report = false;
	ent *e = NULL;
	for (size_t i = 0; i < ts.n && !r->oom;) {
		size_t j = stmt_end(x, &ts, i);
		const tok *t = &ts.v[i];
		int kind = item_kind(x, t);
		if (kind) {
			e = fp_arena_zalloc(r->arena, sizeof *e);
			if (!e) {
				r->oom = true;
				break;
			}
			e->kind = kind;
			if (i + 1 < j) {
				const tok *n = &ts.v[i + 1];
				e->name_a = x->o[n->a];
				e->name_b = x->o[n->b - 1] + 1;
				/* RuleSet: Name(a, b): the name and the parameters */
				size_t end = n->a;
				while (end < x->n && x->s[end] != '\n' && x->s[end] != '(' && !is_space(x->s[end]))
					end++;
				e->name = dupn(r->arena, x->s + n->a, end - n->a);
				if (kind == E_RULESET && end < x->n && x->s[end] == '(') {
					char *ps[64];
					size_t np = 0, p = end + 1;
					while (p < x->n && x->s[p] != ')' && x->s[p] != '\n' && np < 64) {
						while (p < x->n && (is_space(x->s[p]) || x->s[p] == ','))
							p++;
						size_t q = p;
						while (q < x->n && x->s[q] != ',' && x->s[q] != ')' && x->s[q] != '\n' &&
						       !is_space(x->s[q]))
							q++;
						if (q > p)
							ps[np++] = dupn(r->arena, x->s + p, q - p);
						p = q;
						while (p < x->n && is_space(x->s[p]))
							p++;
					}
					e->params = fp_arena_alloc(r->arena, (np ? np : 1) * sizeof *e->params);
					if (e->params)
						memcpy(e->params, ps, np * sizeof *ps);
					e->nparams = np;
				}
			}
			if (!e->name)
				e->name = dupn(r->arena, "", 0);
			ent_name(r, e, e->name);
			if (r->last)
				r->last->next = e;
			else
				r->ents = e;
			r->last = e;
			/* its rules: from the line after its declaration to the next item */
			size_t k = j;
			while (k < ts.n && !item_kind(x, &ts.v[k]))
				k++;
			size_t from = ts.v[i].a;
			while (from < x->n && x->s[from] != '\n')
				from++;
			size_t to = k < ts.n ? ts.v[k].a : x->n;
			while (to > from && to < x->n && x->s[to - 1] != '\n')
				to--;   /* the next item's line starts here */
			if (from > to)
				from = to;
			src body = { x->s + from, x->o + from, to - from };
			if (kind == E_RULESET) {
				e->body = body;
			} else {
				if (!fp_grow(pv, pcap, *pn, sizeof **pv, 16)) {
					r->oom = true;
					break;
				}
				(*pv)[(*pn)++] = (pending){ e, body };
			}
		} else if (e && is_meta(x, t)) {
			const tok *vt = NULL;
			char *v = meta_value(r, x, &ts, i, j, &vt);
			if (v && meta_word(x, t, "Parent:"))
				e->parent = v;
			else if (v && meta_word(x, t, "Id:")) {
				e->id = v;
				ent_name(r, e, v);
			}
			else if (v && meta_word(x, t, "InstanceOf:"))
				e->instance_of = v;
			else if (v && meta_word(x, t, "Severity:"))
				e->severity = v[0] == '#' ? v + 1 : v;
			else if (v && meta_word(x, t, "Description:") && e->kind == E_INVARIANT)
				e->human = v;
			else if (vt && vt->kind == T_STR && meta_word(x, t, "Expression:"))
				e->expr = str_node(r, vt);
			else if (meta_word(x, t, "Context:") && e->kind == E_EXTENSION) {
				/* Context: Patient, "Observation.value.ofType(Quantity)":
				 * a quoted context is a FHIRPath expression */
				for (size_t k = i + 1; k < j && !r->oom; k++) {
					if (ts.v[k].kind != T_STR)
						continue;
					if (!e->root && !(e->root = bn_new(r)))
						break;
					bn_set(r, e->root, "context[+].type", jstring(r, "fhirpath"));
					bn_set(r, e->root, "context[=].expression", str_node(r, &ts.v[k]));
				}
			}
		}
		i = j;
	}
	free_toks(&ts);
}

/* The FHIR type an item's elements are paths of: Extension for an
 * extension, a profile's parent's (followed through the project's own
 * profiles), a logical model's or resource's own name. */
static const char *base_type(rd *r, const ent *e, int depth)
{
	if (!e || depth > MAX_DEPTH)
		return NULL;
	if (e->kind == E_EXTENSION)
		return "Extension";
	if (e->kind == E_LOGICAL || e->kind == E_RESOURCE)
		return e->id ? e->id : e->name;
	const char *p = e->kind == E_INSTANCE ? e->instance_of : e->parent;
	if (!p)
		return NULL;
	const ent *up = find_ent(r, p, E_NONE);
	if (up && up != e && up->kind != E_INSTANCE && up->kind != E_INVARIANT)
		return base_type(r, up, depth + 1);
	const char *slash = strrchr(p, '/');
	return slash && slash[1] ? slash + 1 : p;
}

/* ---- resource trees --------------------------------------------------------- */

typedef struct jobj {
	fp_json_member m[16];
	size_t n;
} jobj;

static void jset(jobj *o, const char *key, fp_json *v)
{
	if (v && o->n < 16)
		o->m[o->n++] = (fp_json_member){ key, strlen(key), 0, 0, v };
}

static fp_json *jobject(rd *r, const jobj *o)
{
	fp_json *j = jnode(r, FP_JSON_OBJECT);
	if (!j)
		return NULL;
	j->u.obj.items = fp_arena_alloc(r->arena, (o->n ? o->n : 1) * sizeof *o->m);
	if (!j->u.obj.items)
		return r->oom = true, NULL;
	memcpy(j->u.obj.items, o->m, o->n * sizeof *o->m);
	j->u.obj.len = o->n;
	return j;
}

/* Merge the members of obj (a tree's object) into o, before o's own. */
static void jmerge(jobj *o, const fp_json *obj)
{
	for (size_t i = 0; obj && obj->kind == FP_JSON_OBJECT && i < obj->u.obj.len; i++) {
		const fp_json_member *m = &obj->u.obj.items[i];
		bool have = false;
		for (size_t k = 0; k < o->n && !have; k++)
			have = o->m[k].key_len == m->key_len && memcmp(o->m[k].key, m->key, m->key_len) == 0;
		if (!have && o->n < 16)
			o->m[o->n++] = *m;
	}
}

static fp_json *canonical_url(rd *r, const ent *e, const char *type)
{
	/* * ^url = "..." says it; else the project's canonical makes it */
	for (const bnode *k = e->root ? e->root->kids : NULL; k; k = k->next) {
		if (k->key && strcmp(k->key, "url") == 0 && k->leaf && k->leaf->kind == FP_JSON_STRING)
			return k->leaf;
	}
	if (!r->canonical)
		return NULL;
	const char *id = e->id ? e->id : e->name;
	size_t n = strlen(r->canonical) + strlen(type) + strlen(id) + 3;
	char *s = fp_arena_alloc(r->arena, n);
	if (!s)
		return r->oom = true, NULL;
	snprintf(s, n, "%s/%s/%s", r->canonical, type, id);
	fp_json *j = jstring(r, s);
	if (j) {        /* where it is declared: the item's name */
		j->start = e->name_a;
		j->end = e->name_b;
	}
	return j;
}

/* A StructureDefinition as SUSHI would make of a profile, extension,
 * logical model or resource (only what sites and symbols need). */
static fp_json *structure(rd *r, ent *e)
{
	const char *type = base_type(r, e, 0);
	jobj sd = { .n = 0 };
	jset(&sd, "resourceType", jstring(r, "StructureDefinition"));
	jset(&sd, "url", canonical_url(r, e, "StructureDefinition"));
	jset(&sd, "name", jstring(r, e->name));
	if (type)
		jset(&sd, "type", jstring(r, type));
	jset(&sd, "derivation", jstring(r, e->kind == E_PROFILE || e->kind == E_EXTENSION ? "constraint"
											   : "specialization"));
	size_t nel = 0;
	for (elem *l = e->elems; l; l = l->next)
		nel++;
	fp_json *els = jnode(r, FP_JSON_ARRAY);
	if (!els || (nel && !(els->u.arr.items = fp_arena_alloc(r->arena, nel * sizeof(fp_json *)))))
		return r->oom = true, NULL;
	for (elem *l = e->elems; l && !r->oom; l = l->next) {
		const char *pp = plain(r, l->path);
		if (!pp)
			break;
		char *path = join(r, type ? type : e->name, pp);
		jobj el = { .n = 0 };
		jset(&el, "path", jstring(r, path ? path : ""));
		fp_json *caret = bn_json(r, l->caret, 0);
		const fp_json *cons = fp_json_get(caret, "constraint");
		size_t nc = (cons && cons->kind == FP_JSON_ARRAY ? cons->u.arr.len : 0) + l->nobeys;
		fp_json *ca = jnode(r, FP_JSON_ARRAY);
		if (!ca || (nc && !(ca->u.arr.items = fp_arena_alloc(r->arena, nc * sizeof(fp_json *)))))
			return r->oom = true, NULL;
		for (size_t i = 0; cons && cons->kind == FP_JSON_ARRAY && i < cons->u.arr.len; i++)
			ca->u.arr.items[ca->u.arr.len++] = cons->u.arr.items[i];
		for (size_t i = 0; i < l->nobeys; i++) {
			ent *inv = find_ent(r, l->obeys[i], E_INVARIANT);
			if (!inv) {
				report(r, FP_D_FSH_UNKNOWN_INVARIANT, l->obeys_at[i],
				       l->obeys_at[i] + (uint32_t)strlen(l->obeys[i]),
				       "unknown invariant '%s': no Invariant of that name in the project",
				       l->obeys[i]);
				continue;
			}
			inv->attached = true;
			if (!inv->expr)
				continue;
			jobj c = { .n = 0 };
			jset(&c, "key", jstring(r, inv->name));
			if (inv->severity)
				jset(&c, "severity", jstring(r, inv->severity));
			jset(&c, "expression", inv->expr);
			ca->u.arr.items[ca->u.arr.len++] = jobject(r, &c);
		}
		if (ca->u.arr.len)
			jset(&el, "constraint", ca);
		if (l->min >= 0) {
			jset(&el, "min", jnumber(r, l->min));
		}
		if (l->nonly) {
			fp_json *ta = jnode(r, FP_JSON_ARRAY);
			if (!ta || !(ta->u.arr.items = fp_arena_alloc(r->arena, l->nonly * sizeof(fp_json *))))
				return r->oom = true, NULL;
			for (size_t i = 0; i < l->nonly; i++) {
				jobj t = { .n = 0 };
				jset(&t, "code", jstring(r, l->only[i]));
				ta->u.arr.items[ta->u.arr.len++] = jobject(r, &t);
			}
			jset(&el, "type", ta);
		}
		jmerge(&el, caret);
		els->u.arr.items[els->u.arr.len++] = jobject(r, &el);
	}
	jobj diff = { .n = 0 };
	jset(&diff, "element", els);
	jset(&sd, "differential", jobject(r, &diff));
	jmerge(&sd, bn_json(r, e->root, 0));   /* ^context[+].expression and the like */
	return jobject(r, &sd);
}

static fp_json *instance(rd *r, ent *e)
{
	const char *type = base_type(r, e, 0);
	if (!type)
		return NULL;
	jobj o = { .n = 0 };
	jset(&o, "resourceType", jstring(r, type));
	jmerge(&o, bn_json(r, e->root, 0));
	return jobject(r, &o);
}

static fp_json *terminology(rd *r, ent *e)
{
	jobj o = { .n = 0 };
	const char *type = e->kind == E_VALUESET ? "ValueSet" : "CodeSystem";
	jset(&o, "resourceType", jstring(r, type));
	jset(&o, "url", canonical_url(r, e, type));
	jset(&o, "name", jstring(r, e->name));
	jmerge(&o, bn_json(r, e->root, 0));
	return jobject(r, &o);
}

/* ---- sites ------------------------------------------------------------------ */

typedef struct sites {
	fp_site *v;
	size_t n, cap;
	fp_symbol *y;
	size_t ny, capy;
} sites;

static bool ours(const rd *r, const fp_json *str)
{
	return str && str->start < r->cur_len;
}

static void take(rd *r, sites *s, const fp_fhir_sites *fs)
{
	size_t base = s->n;
	for (size_t i = 0; i < fs->nsites && !r->oom; i++) {
		const fp_site *x = &fs->sites[i];
		if (!ours(r, x->str))
			continue;
		if (!fp_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)) {
			r->oom = true;
			return;
		}
		fp_site y = *x;
		if (y.ctx_kind == FP_SITE_CTX_SITE) {
			/* its index among those kept */
			size_t k = base;
			for (size_t p = 0; p < x->ctx_site && p < fs->nsites; p++)
				k += ours(r, fs->sites[p].str);
			if (x->ctx_site >= fs->nsites || !ours(r, fs->sites[x->ctx_site].str))
				y.ctx_kind = FP_SITE_CTX_ANY;
			y.ctx_site = k;
		}
		s->v[s->n++] = y;
	}
	for (size_t i = 0; i < fs->nsyms && !r->oom; i++) {
		if (fs->syms[i].start >= r->cur_len || fs->syms[i].end > r->cur_len ||
		    fs->syms[i].end <= fs->syms[i].start)
			continue;
		if (!fp_grow(&s->y, &s->capy, s->ny, sizeof *s->y, 8)) {
			r->oom = true;
			return;
		}
		s->y[s->ny++] = fs->syms[i];
	}
}

static void tree(rd *r, sites *s, const fp_json *root, fp_fhir_version v)
{
	if (!root || r->oom)
		return;
	fp_fhir_sites fs;
	if (!fp_fhir_tree_sites(root, FP_SITE_MAP_FSH, v, r->arena, &fs)) {
		r->oom = true;
		return;
	}
	take(r, s, &fs);
}

/* The resource type an expression starts with ("Patient" of
 * "Patient.name.exists()"), or NULL. */
static const char *named_type(rd *r, const fp_json *ex)
{
	const char *t = ex->u.str.s;
	size_t n = ex->u.str.len, i = 0;
	while (i < n && (t[i] == ' ' || t[i] == '\n' || t[i] == '\t' || t[i] == '\r' || t[i] == '('))
		i++;
	size_t a = i;
	if (i >= n || t[i] < 'A' || t[i] > 'Z')
		return NULL;
	while (i < n && ((t[i] >= 'A' && t[i] <= 'Z') || (t[i] >= 'a' && t[i] <= 'z') || (t[i] >= '0' && t[i] <= '9')))
		i++;
	if (i >= n || t[i] != '.')
		return NULL;
	char *s = dupn(r->arena, t + a, i - a);
	if (!s)
		r->oom = true;
	return s;
}

/* An invariant nothing obeys: alone, in the resource it names. */
static void lone_invariant(rd *r, sites *s, const ent *e, fp_fhir_version v)
{
	if (!e->expr || !ours(r, e->expr))
		return;
	fp_site_invariant *g = fp_arena_zalloc(r->arena, sizeof *g);
	size_t n = strlen(e->name) + 16;
	char *origin = fp_arena_alloc(r->arena, n);
	if (!g || !origin || !fp_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)) {
		r->oom = true;
		return;
	}
	snprintf(origin, n, "invariant %s", e->name);
	const char *type = named_type(r, e->expr);
	fp_site *y = &s->v[s->n++];
	memset(y, 0, sizeof *y);
	y->str = e->expr;
	y->text = e->expr->u.str.s;
	y->len = e->expr->u.str.len;
	y->map = FP_SITE_MAP_FSH;
	y->version = v;
	y->context = type;
	y->ctx_kind = type ? FP_SITE_CTX_RESOURCE : FP_SITE_CTX_ANY;
	y->resource = type;
	y->origin = origin;
	y->invariant = g;
}

/* Sites of one string next to each other (an invariant obeyed by several
 * elements), the others in order; a nested site's index follows. */
static bool group_sites(sites *s)
{
	size_t n = s->n;
	if (n < 3)
		return true;
	size_t *perm = fp_calloc(n, sizeof *perm), *where = fp_calloc(n, sizeof *where);
	bool *used = fp_calloc(n, sizeof *used);
	fp_site *v = fp_calloc(n, sizeof *v);
	bool ok = perm && where && used && v;
	size_t k = 0;
	for (size_t i = 0; ok && i < n; i++) {
		if (used[i])
			continue;
		perm[k++] = i;
		used[i] = true;
		if (!s->v[i].invariant)
			continue;
		for (size_t j = i + 1; j < n; j++) {
			if (!used[j] && s->v[j].invariant && s->v[j].str == s->v[i].str) {
				perm[k++] = j;
				used[j] = true;
			}
		}
	}
	for (size_t i = 0; ok && i < n; i++)
		where[perm[i]] = i;
	for (size_t i = 0; ok && i < n; i++) {
		v[i] = s->v[perm[i]];
		if (v[i].ctx_kind == FP_SITE_CTX_SITE)
			v[i].ctx_site = where[v[i].ctx_site];
	}
	if (ok)
		memcpy(s->v, v, n * sizeof *v);
	fp_free(perm);
	fp_free(where);
	fp_free(used);
	fp_free(v);
	return ok;
}

/* Whether item e can have a site or symbol in the text being read: it is
 * declared there, obeys an invariant of it or has one of its rule sets
 * inserted (the tank's other items are read only for what they declare). */
static bool concerns(rd *r, const ent *e)
{
	if (e->name_a < r->cur_len || e->touched)
		return true;
	for (const elem *l = e->elems; l; l = l->next) {
		for (size_t i = 0; i < l->nobeys; i++) {
			const ent *inv = find_ent(r, l->obeys[i], E_INVARIANT);
			if (inv && inv->name_a < r->cur_len)
				return true;
		}
	}
	return false;
}

bool fp_fsh_sites(const char *text, size_t len, const fp_fsh_tank *tank, fp_fhir_version dflt,
		  fp_arena *arena, fp_diags *diags, fp_fhir_sites *out)
{
	memset(out, 0, sizeof *out);
	out->is_fhir = true;
	rd r;
	memset(&r, 0, sizeof r);
	r.arena = arena;
	r.diags = diags;
	r.first_diag = diags ? diags->len : 0;
	r.cur_len = len;
	r.src_text = text;
	r.canonical = tank ? tank->canonical : NULL;
	fp_strmap_init(&r.invariants);
	fp_strmap_init(&r.rulesets);
	fp_strmap_init(&r.types);
	/* one numbering: this text from 0, then each of the tank's */
	size_t nfiles = 1 + (tank ? tank->n : 0), total = 0;
	for (size_t f = 0; f < nfiles; f++)
		total += (f ? tank->lens[f - 1] : len) + 1;
	if (total > UINT32_MAX / 2)
		return true;    /* over 2 GiB of FSH: not ours to read */
	uint32_t *origins = fp_malloc((total + 1) * sizeof *origins);
	if (!origins)
		return false;
	for (size_t i = 0; i <= total; i++)
		origins[i] = (uint32_t)i;
	pending *pv = NULL;
	size_t pn = 0, pcap = 0, at = 0;
	for (size_t f = 0; f < nfiles && !r.oom; f++) {
		const char *t = f ? tank->texts[f - 1] : text;
		size_t n = f ? tank->lens[f - 1] : len;
		src x = { t, origins + at, n };
		/* the text itself, as a project's tank holds it too */
		if (!f || n != len || memcmp(t, text, n) != 0)
			read_file(&r, &x, &pv, &pn, &pcap);
		at += n + 1;
	}
	for (size_t i = 0; i < pn && !r.oom; i++)
		rules(&r, pv[i].e, &pv[i].body, "");
	sites s;
	memset(&s, 0, sizeof s);
	for (ent *e = r.ents; e && !r.oom; e = e->next) {
		if (!concerns(&r, e))
			continue;       /* another file's, and none of its strings are here */
		switch (e->kind) {
		case E_PROFILE: case E_EXTENSION: case E_LOGICAL: case E_RESOURCE:
			tree(&r, &s, structure(&r, e), dflt);
			break;
		case E_INSTANCE:
			tree(&r, &s, instance(&r, e), dflt);
			break;
		case E_VALUESET: case E_CODESYSTEM:
			tree(&r, &s, terminology(&r, e), dflt);
			break;
		default:
			break;
		}
	}
	for (ent *e = r.ents; e && !r.oom; e = e->next) {
		if (e->kind == E_INVARIANT && !e->attached)
			lone_invariant(&r, &s, e, dflt);
	}
	bool ok = !r.oom && group_sites(&s);
	if (ok && s.n) {
		out->sites = fp_arena_alloc(arena, s.n * sizeof *out->sites);
		ok = out->sites != NULL;
		if (ok) {
			memcpy(out->sites, s.v, s.n * sizeof *s.v);
			out->nsites = s.n;
		}
	}
	if (ok && s.ny) {
		out->syms = fp_arena_alloc(arena, s.ny * sizeof *out->syms);
		ok = out->syms != NULL;
		if (ok) {
			memcpy(out->syms, s.y, s.ny * sizeof *s.y);
			out->nsyms = s.ny;
		}
	}
	fp_free(s.v);
	fp_free(s.y);
	fp_free(pv);
	fp_free(origins);
	fp_strmap_release(&r.invariants);
	fp_strmap_release(&r.rulesets);
	fp_strmap_release(&r.types);
	return ok && !arena->failed;
}

bool fp_fsh_comments(const char *text, size_t len, fp_arena *arena, fp_fsh_comment **out,
		     size_t *n)
{
	rd r;
	memset(&r, 0, sizeof r);
	r.arena = arena;
	r.cur_len = len;
	r.keep_comments = true;
	uint32_t *origins = fp_malloc((len + 1) * sizeof *origins);
	if (!origins)
		return false;
	for (size_t i = 0; i <= len; i++)
		origins[i] = (uint32_t)i;
	src x = { text, origins, len };
	toks ts = { 0 };
	lex(&r, &x, &ts);
	free_toks(&ts);
	fp_free(origins);
	*out = NULL;
	*n = 0;
	if (!r.oom && r.ncomments) {
		*out = fp_arena_alloc(arena, r.ncomments * sizeof **out);
		if (*out) {
			memcpy(*out, r.comments, r.ncomments * sizeof **out);
			*n = r.ncomments;
		}
	}
	fp_free(r.comments);
	return !r.oom && (*out || !r.ncomments);
}
