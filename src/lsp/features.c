/*
 * lsp/features.c - hover, completion, signature help, formatting,
 * document symbols and semantic tokens.
 *
 * Each works on the expression under the cursor: in a .fhirpath file one
 * of its expressions, in a FHIR resource the JSON string that holds one
 * (its decoded text; positions are mapped through the escapes both ways).
 * Types come from analysing that expression again with a callback that
 * records every node's type set.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#include "analysis/analyze.h"
#include "eval/functions.h"
#include "syntax/format.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "util/str.h"

/* ---- the expression at a position ------------------------------------- */

typedef struct at {
	const fp_fexpr *x;      /* the expression */
	const char *text;       /* its text (the document, or a decoded string) */
	size_t len;
	size_t off;             /* the cursor, in `text` */
	const fp_json *str;     /* JSON: the string node, for mapping back */
	size_t base;            /* .fhirpath: 0 (offsets are document offsets) */
} at;

/* Decoded offset of source offset `src` inside JSON string str. */
static size_t json_decoded_offset(const char *doc, const fp_json *str, size_t len, size_t src)
{
	size_t lo = 0;
	for (size_t k = 0; k <= len; k++) {
		if (fp_json_string_source_offset(doc, str, k) > src)
			break;
		lo = k;
	}
	return lo;
}

static bool locate(lsp_server *s, lsp_doc *d, size_t off, at *out)
{
	memset(out, 0, sizeof *out);
	if (!lsp_doc_analyse(s, d))
		return false;
	if (!d->is_json) {
		for (size_t i = 0; i < d->file.nexprs; i++) {
			const fp_fexpr *x = &d->file.exprs[i];
			if (off >= x->start && off <= x->end) {
				out->x = x;
				out->text = d->text;
				out->len = d->len;
				out->off = off;
				return x->ast != NULL;
			}
		}
		return false;
	}
	for (size_t i = 0; i < d->fhir.nexprs; i++) {
		const fp_embedded *e = &d->fhir.exprs[i];
		if (off > e->x.start && off < e->x.end) {
			/* find the string node again: a fake one with its range */
			static _Thread_local fp_json str;
			memset(&str, 0, sizeof str);
			str.kind = FP_JSON_STRING;
			str.start = e->x.start;
			str.end = e->x.end;
			str.u.str.s = e->text;
			str.u.str.len = e->len;
			out->x = &e->x;
			out->text = e->text;
			out->len = e->len;
			out->str = &str;
			out->off = json_decoded_offset(d->text, &str, e->len, off);
			return e->x.ast != NULL;
		}
	}
	return false;
}

/* Offset in the expression's text -> document offset. */
static size_t doc_offset(lsp_doc *d, const at *a, size_t off)
{
	return a->str ? fp_json_string_source_offset(d->text, a->str, off) : off;
}

/* Every node and its type, from analysing the expression again. */
typedef struct typed {
	const fp_node *n;
	fp_tset t;
} typed;

typedef struct typed_list {
	typed *v;
	size_t n, cap;
	fp_arena *arena;
} typed_list;

static void on_node(void *ctx, const fp_node *n, fp_tset t)
{
	typed_list *l = ctx;
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		typed *v = fp_arena_alloc(l->arena, cap * sizeof *v);
		if (!v)
			return;
		if (l->n)
			memcpy(v, l->v, l->n * sizeof *v);
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n].n = n;
	l->v[l->n].t = t;
	l->n++;
}

static void types_of(const at *a, fp_arena *arena, typed_list *out)
{
	memset(out, 0, sizeof *out);
	out->arena = arena;
	fp_analysis_env env;
	memset(&env, 0, sizeof env);
	env.model = a->x->model ? a->x->model : fp_model_get(FP_FHIR_R4);
	env.context = a->x->model ? a->x->ctx_type : fp_tset_any();
	env.resource = a->x->model ? a->x->res_type : fp_tset_any();
	env.vars = a->x->decls;
	env.nvars = a->x->ndecls;
	env.on_node = on_node;
	env.ctx = out;
	fp_diags scratch;
	fp_diags_init(&scratch, arena);
	fp_analyze(a->text, a->x->ast, &env, arena, &scratch);
	fp_diags_release(&scratch);
}

static fp_tset type_of(const typed_list *l, const fp_node *n)
{
	for (size_t i = l->n; i-- > 0;) {
		if (l->v[i].n == n)
			return l->v[i].t;
	}
	return fp_tset_any();
}

/* The innermost node whose range holds off; with names, the node whose
 * name range holds it wins (the 'given' of 'name.given'). */
static const fp_node *node_at(const fp_node *n, size_t off, const fp_node **parent)
{
	if (!n || off < n->start || off > n->end)
		return NULL;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const fp_node *k = node_at(n->kids[i], off, parent);
		if (k) {
			if (*parent == NULL && k == n->kids[i])
				*parent = n;
			return k;
		}
	}
	return n;
}

/* The request's document, analysed; NULL (with the error set) when it
 * is not open or cannot be analysed. */
static lsp_doc *req_doc(lsp_req *r)
{
	lsp_doc *d = lsp_doc_find(r->s, lsp_str(r->params, "textDocument.uri"));
	if (!d) {
		lsp_fail(r, -32602, "document is not open");
		return NULL;
	}
	if (!lsp_doc_analyse(r->s, d)) {
		lsp_fail(r, -32603, "out of memory");
		return NULL;
	}
	return d;
}

/* Is target inside the arguments of some call below n? */
static bool in_arguments(const fp_node *n, const fp_node *target)
{
	if (!n || target->start < n->start || target->end > n->end)
		return false;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const fp_node *k = n->kids[i];
		if (target->start >= k->start && target->end <= k->end) {
			if (n->kind == FP_N_CALL)
				return true;
			if (k == target)
				return false;
			return in_arguments(k, target);
		}
	}
	return false;
}

/* One TextEdit {range, newText} (newText n bytes). */
static void write_text_edit(lsp_server *s, lsp_doc *d, size_t start, size_t end,
			    const char *text, size_t n)
{
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "range");
	lsp_write_range(s, d, start, end);
	fp_jw_key(&s->w, "newText");
	fp_jw_strn(&s->w, text, n);
	fp_jw_obj_end(&s->w);
}

/* Expression i of a document: its record, text (decoded for JSON
 * strings), length and what it belongs to (context or origin). */
static const fp_fexpr *doc_expr(const lsp_doc *d, size_t i, const char **text, size_t *len,
				const char **detail)
{
	if (d->is_json) {
		*text = d->fhir.exprs[i].text;
		*len = d->fhir.exprs[i].len;
		*detail = d->fhir.exprs[i].origin;
		return &d->fhir.exprs[i].x;
	}
	const fp_fexpr *x = &d->file.exprs[i];
	*text = d->text + x->start;
	*len = x->end - x->start;
	*detail = x->context;
	return x;
}

static size_t doc_nexprs(const lsp_doc *d)
{
	return d->is_json ? d->fhir.nexprs : d->file.nexprs;
}

/* An expression as a one-line label of at most 80 bytes ("..." when cut). */
static void expr_label(const char *text, size_t len, char out[90])
{
	size_t k = 0;
	for (size_t j = 0; j < len && k < 80; j++)
		out[k++] = text[j] == '\n' || text[j] == '\r' || text[j] == '\t' ? ' ' : text[j];
	if (k == 80 && len > 80)
		memcpy(out + 77, "...", 3);
	out[k] = 0;
}

/* ---- hover --------------------------------------------------------------- */

static void md_type(const fp_model *m, fp_tset t, fp_buf *b)
{
	fp_buf_adds(b, "`");
	fp_tset_format(m, t, true, b);
	fp_buf_adds(b, "`");
}

bool lsp_hover(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	at a;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	if (!locate(s, d, off, &a)) {
		fp_jw_null(&s->w);
		return true;
	}
	typed_list l;
	types_of(&a, r->arena, &l);
	const fp_node *parent = NULL;
	const fp_node *n = node_at(a.x->ast, a.off, &parent);
	if (!n) {
		fp_jw_null(&s->w);
		return true;
	}
	const fp_model *m = a.x->model ? a.x->model : fp_model_get(FP_FHIR_R4);
	fp_buf b;
	fp_buf_init(&b);
	size_t hs = n->start, he = n->end;
	if (n->kind == FP_N_CALL && a.off <= n->name_end) {
		const fp_function *f = fp_function_lookup(n->str, n->len);
		if (f) {
			char sig[300];
			fp_fn_signature(f, sig, sizeof sig);
			fp_buf_printf(&b, "```fhirpath\n%s\n```\n%s", sig, f->doc);
			if (f->flags & FN_FHIR)
				fp_buf_adds(&b, "\n\n*FHIR addition to FHIRPath.*");
		} else {
			fp_buf_printf(&b, "unknown function `%s`", n->str);
		}
		hs = n->name_start;
		he = n->name_end;
	} else if (n->kind == FP_N_IDENT) {
		fp_tset t = type_of(&l, n);
		fp_buf_printf(&b, "**%s** : ", n->str);
		md_type(m, t, &b);
		/* element facts from the input type */
		bool member = parent && parent->kind == FP_N_INVOKE && parent->kids[1] == n;
		/* a name at the start of a path navigates from the context,
		 * unless it is inside a function's arguments (where the focus
		 * is the item being iterated) */
		bool first = !member && !in_arguments(a.x->ast, n);
		if (member || first) {
			fp_tset in = member ? type_of(&l, parent->kids[0]) : a.x->ctx_type;
			for (uint32_t i = 0; !in.any && i < in.n; i++) {
				if (FP_TYPE_IS_SYS(in.v[i]))
					continue;
				const fp_element *e = fp_model_element(m, (fp_type_id)in.v[i], n->str, n->len);
				if (!e)
					continue;
				fp_buf_printf(&b, "\n\n`%s` %u..%s", e->path, e->min,
					      e->max == FP_MAX_UNBOUNDED ? "*" : (e->max == 1 ? "1" : "0"));
				if (e->valueset)
					fp_buf_printf(&b, "\n\nbinding (%s): %s",
						      e->binding == FP_BINDING_REQUIRED ? "required"
						      : e->binding == FP_BINDING_EXTENSIBLE ? "extensible"
						      : e->binding == FP_BINDING_PREFERRED ? "preferred" : "example",
						      e->valueset);
				if (e->is_modifier)
					fp_buf_adds(&b, "\n\n*modifier element*");
				break;
			}
		}
		hs = n->name_start;
		he = n->name_end;
	} else {
		fp_tset t = type_of(&l, n);
		fp_buf_adds(&b, "expression : ");
		md_type(m, t, &b);
	}
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "contents");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "kind");
	fp_jw_str(w, "markdown");
	fp_jw_key(w, "value");
	fp_jw_strn(w, b.data ? b.data : "", b.len);
	fp_jw_obj_end(w);
	fp_jw_key(w, "range");
	lsp_write_range(s, d, doc_offset(d, &a, hs), doc_offset(d, &a, he));
	fp_jw_obj_end(w);
	fp_buf_release(&b);
	return true;
}

/* ---- completion ------------------------------------------------------------ */

enum { CK_METHOD = 2, CK_FUNCTION = 3, CK_FIELD = 5, CK_VARIABLE = 6, CK_CLASS = 7,
       CK_KEYWORD = 14 };

typedef struct comp {
	fp_jw *w;
	const fp_model *m;
	fp_str prefix;
	size_t count;
	const char *seen[512];
	size_t nseen;
} comp;

static bool fuzzy(fp_str prefix, const char *name)
{
	/* the prefix's letters in order, case-insensitively */
	size_t j = 0;
	for (size_t i = 0; name[i] && j < prefix.n; i++) {
		char a = name[i], b = prefix.p[j];
		if ((a | 0x20) == (b | 0x20))
			j++;
	}
	return j == prefix.n;
}

/* One completion item. Labels that live in static storage are
 * remembered so that inherited or repeated names are offered once;
 * labels built on the stack pass remember = false. */
static void item_ex(comp *c, const char *label, int kind, const char *detail, const char *insert,
		    bool snippet, const char *doc, bool remember)
{
	if (!fuzzy(c->prefix, label) || c->count >= 2000)
		return;
	for (size_t i = 0; i < c->nseen; i++) {
		if (strcmp(c->seen[i], label) == 0)
			return;
	}
	if (remember && c->nseen < 512)
		c->seen[c->nseen++] = label;
	fp_jw *w = c->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "label");
	fp_jw_str(w, label);
	fp_jw_key(w, "kind");
	fp_jw_int(w, kind);
	if (detail) {
		fp_jw_key(w, "detail");
		fp_jw_str(w, detail);
	}
	if (doc) {
		fp_jw_key(w, "documentation");
		fp_jw_str(w, doc);
	}
	if (insert) {
		fp_jw_key(w, "insertText");
		fp_jw_str(w, insert);
		if (snippet) {
			fp_jw_key(w, "insertTextFormat");
			fp_jw_int(w, 2);
		}
	}
	/* exact-prefix matches first */
	fp_jw_key(w, "sortText");
	char sort[80];
	bool exact = c->prefix.n <= strlen(label) && strncmp(label, c->prefix.p, c->prefix.n) == 0;
	snprintf(sort, sizeof sort, "%d%d_%s", exact ? 0 : 1, kind == CK_FIELD ? 0 : 1, label);
	fp_jw_str(w, sort);
	fp_jw_obj_end(w);
	c->count++;
}

static void item(comp *c, const char *label, int kind, const char *detail, const char *insert,
		 bool snippet, const char *doc)
{
	item_ex(c, label, kind, detail, insert, snippet, doc, true);
}

static bool element_item(void *ctx, const fp_element *e)
{
	comp *c = ctx;
	char detail[160];
	fp_buf b;
	fp_buf_init(&b);
	for (uint8_t i = 0; i < e->ntypes && i < 6; i++) {
		if (i)
			fp_buf_adds(&b, " | ");
		fp_buf_adds(&b, fp_model_type_name(c->m, e->types[i]));
	}
	if (e->ntypes > 6)
		fp_buf_adds(&b, " | ...");
	snprintf(detail, sizeof detail, "%s %u..%s", b.data ? b.data : "", e->min,
		 e->max == FP_MAX_UNBOUNDED ? "*" : e->max == 1 ? "1" : "0");
	fp_buf_release(&b);
	item(c, e->name, CK_FIELD, detail, NULL, false, e->path);
	if (e->choice) {
		for (uint8_t i = 0; i < e->ntypes && i < 24; i++) {
			char label[128], ins[128];
			const char *tn = fp_model_type_name(c->m, e->types[i]);
			snprintf(label, sizeof label, "%s.ofType(%s)", e->name, tn);
			snprintf(ins, sizeof ins, "%s.ofType(%s)", e->name, tn);
			item_ex(c, label, CK_FIELD, tn, ins, false, NULL, false);
		}
	}
	return true;
}

static bool is_word(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Every function: at the start of a path they apply to the focus too. */
static void function_items(comp *c)
{
	for (size_t i = 0; i < fp_nfunctions; i++) {
		const fp_function *f = &fp_functions[i];
		char sig[300], ins[160];
		fp_fn_signature(f, sig, sizeof sig);
		if (f->max == 0)
			snprintf(ins, sizeof ins, "%s()", f->name);
		else
			snprintf(ins, sizeof ins, "%s($1)", f->name);
		item(c, f->name, CK_FUNCTION, sig, ins, true, f->doc);
	}
}

bool lsp_completion(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	fp_jw *w = &s->w;
	comp c;
	memset(&c, 0, sizeof c);
	c.w = w;
	/* directive names in '// @' comments */
	if (!d->is_json) {
		size_t ls = off;
		while (ls > 0 && d->text[ls - 1] != '\n')
			ls--;
		const char *line = d->text + ls;
		size_t ll = off - ls;
		const char *at_sign = memchr(line, '@', ll);
		if (ll >= 2 && strncmp(line, "//", 2) == 0 && at_sign) {
			c.prefix = fp_str_make(at_sign + 1, (size_t)(line + ll - at_sign - 1));
			fp_jw_obj_begin(w);
			fp_jw_key(w, "isIncomplete");
			fp_jw_bool(w, false);
			fp_jw_key(w, "items");
			fp_jw_arr_begin(w);
			static const char *const dirs[][2] = {
				{ "context", "the context type or element path of what follows" },
				{ "fhir", "the FHIR version: R4, R4B or R5" },
				{ "input", "a sample resource file for evaluation" },
				{ "var", "declare a variable: name: Type" },
			};
			for (size_t i = 0; i < 4; i++)
				item(&c, dirs[i][0], CK_KEYWORD, dirs[i][1], NULL, false, NULL);
			fp_jw_arr_end(w);
			fp_jw_obj_end(w);
			return true;
		}
	}
	at a;
	bool found = locate(s, d, off, &a);
	const fp_model *m = found && a.x->model ? a.x->model : fp_model_get(s->check.version);
	c.m = m;
	/* the word being typed, and what comes before it */
	const char *t = found ? a.text : d->text;
	size_t pos = found ? a.off : off;
	size_t ws = pos;
	while (ws > 0 && is_word(t[ws - 1]))
		ws--;
	c.prefix = fp_str_make(t + ws, pos - ws);
	size_t before = ws;
	while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\t'))
		before--;
	char prev = before > 0 ? t[before - 1] : 0;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "isIncomplete");
	fp_jw_bool(w, false);
	fp_jw_key(w, "items");
	fp_jw_arr_begin(w);
	if (prev == '%') {
		static const char *const vars[] = { "resource", "rootResource", "context", "ucum", "sct", "loinc" };
		for (size_t i = 0; i < 6; i++)
			item(&c, vars[i], CK_VARIABLE, "environment variable", NULL, false, NULL);
		for (size_t i = 0; found && i < a.x->ndecls; i++)
			item(&c, a.x->decls[i].name, CK_VARIABLE, "declared variable", NULL, false, NULL);
	} else if (found) {
		typed_list l;
		types_of(&a, r->arena, &l);
		fp_tset in = a.x->ctx_type;
		bool after_dot = prev == '.';
		if (after_dot) {
			/* the INVOKE whose member is being typed: its left side */
			in = fp_tset_any();
			for (size_t i = 0; i < l.n; i++) {
				const fp_node *n = l.v[i].n;
				if (n->kind == FP_N_INVOKE && n->kids[1]->start >= before - 1 &&
				    n->kids[1]->start <= pos && n->kids[0]->end <= before) {
					in = type_of(&l, n->kids[0]);
					break;
				}
			}
		}
		for (uint32_t i = 0; !in.any && i < in.n; i++) {
			if (!FP_TYPE_IS_SYS(in.v[i]))
				fp_model_each_element(m, (fp_type_id)in.v[i], element_item, &c);
		}
		function_items(&c);
		if (!after_dot) {
			static const char *const kws[] = { "and", "or", "xor", "implies", "is", "as", "in",
							   "contains", "div", "mod", "true", "false" };
			for (size_t i = 0; i < sizeof kws / sizeof kws[0]; i++)
				item(&c, kws[i], CK_KEYWORD, NULL, NULL, false, NULL);
			/* resource types for paths written from the type name */
			size_t nt = fp_model_type_count(m);
			for (size_t i = 1; c.prefix.n > 0 && i <= nt; i++) {
				if (fp_model_type_kind(m, (fp_type_id)i) == FP_TYPE_RESOURCE)
					item(&c, fp_model_type_name(m, (fp_type_id)i), CK_CLASS, "resource", NULL, false, NULL);
			}
		}
	} else {
		function_items(&c);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	return true;
}

/* ---- signature help ------------------------------------------------------ */

bool lsp_signature_help(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	at a;
	if (!locate(s, d, off, &a)) {
		fp_jw_null(&s->w);
		return true;
	}
	/* the innermost call whose parentheses hold the cursor */
	const fp_node *best = NULL;
	const fp_node *stack[FP_MAX_DEPTH + 2];
	size_t sp = 0;
	stack[sp++] = a.x->ast;
	while (sp) {
		const fp_node *n = stack[--sp];
		if (a.off < n->start || a.off > n->end)
			continue;
		if (n->kind == FP_N_CALL && a.off > n->name_end)
			best = n;
		for (uint32_t i = 0; i < n->nkids && sp < FP_MAX_DEPTH; i++)
			stack[sp++] = n->kids[i];
	}
	const fp_function *f = best ? fp_function_lookup(best->str, best->len) : NULL;
	if (!f) {
		fp_jw_null(&s->w);
		return true;
	}
	size_t active = 0;
	for (uint32_t i = 0; i < best->nkids; i++) {
		if (best->kids[i]->end < a.off && i + 1 < best->nkids)
			active = i + 1;
	}
	/* count commas before the cursor inside the parentheses */
	size_t commas = 0;
	int depth = 0;
	for (size_t i = best->name_end; i < a.off && i < a.len; i++) {
		char ch = a.text[i];
		if (ch == '(' || ch == '[')
			depth++;
		else if (ch == ')' || ch == ']')
			depth--;
		else if (ch == ',' && depth == 1)
			commas++;
	}
	if (commas > active)
		active = commas;
	char sig[300];
	fp_fn_signature(f, sig, sizeof sig);
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "signatures");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "label");
	fp_jw_str(w, sig);
	fp_jw_key(w, "documentation");
	fp_jw_str(w, f->doc);
	fp_jw_key(w, "parameters");
	fp_jw_arr_begin(w);
	fp_param p;
	for (size_t i = 0; fp_fn_param(f, i, &p); i++) {
		fp_jw_obj_begin(w);
		fp_jw_key(w, "label");
		fp_jw_strn(w, p.name, p.name_len);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_key(w, "activeSignature");
	fp_jw_int(w, 0);
	fp_jw_key(w, "activeParameter");
	fp_jw_uint(w, active);
	fp_jw_obj_end(w);
	return true;
}

/* ---- formatting ------------------------------------------------------------ */

bool lsp_formatting(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	if (d->is_json || fp_diags_count(&d->diags, FP_SEV_ERROR) > 0) {
		/* embedded expressions are not rewritten; broken text neither */
		fp_jw_arr_begin(w);
		fp_jw_arr_end(w);
		return true;
	}
	fp_fmt_range *ranges = fp_arena_alloc(r->arena, (d->file.nexprs + 1) * sizeof *ranges);
	if (!ranges)
		return lsp_fail(r, -32603, "out of memory");
	for (size_t i = 0; i < d->file.nexprs; i++) {
		ranges[i].first = d->file.exprs[i].tok_first;
		ranges[i].last = d->file.exprs[i].tok_last;
	}
	fp_buf out;
	fp_buf_init(&out);
	fp_format(d->text, &d->file.toks, ranges, d->file.nexprs, &out);
	fp_jw_arr_begin(w);
	if (!out.failed && (out.len != d->len || memcmp(out.data ? out.data : "", d->text, d->len) != 0)) {
		write_text_edit(s, d, 0, d->len, out.data ? out.data : "", out.len);
	}
	fp_jw_arr_end(w);
	bool ok = !out.failed;
	fp_buf_release(&out);
	return ok ? true : lsp_fail(r, -32603, "out of memory");
}

/* ---- document symbols ------------------------------------------------------ */

bool lsp_document_symbol(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < doc_nexprs(d); i++) {
		const char *text, *detail;
		size_t len;
		const fp_fexpr *x = doc_expr(d, i, &text, &len, &detail);
		char name[90];
		expr_label(text, len, name);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "name");
		fp_jw_str(w, name[0] ? name : "(empty)");
		if (detail) {
			fp_jw_key(w, "detail");
			fp_jw_str(w, detail);
		}
		fp_jw_key(w, "kind");
		fp_jw_int(w, 12);       /* Function: an expression */
		fp_jw_key(w, "range");
		lsp_write_range(s, d, x->start, x->end);
		fp_jw_key(w, "selectionRange");
		lsp_write_range(s, d, x->start, x->end);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	return true;
}

/* ---- semantic tokens ---------------------------------------------------------- */

/* ORDER SEMANTIC: the legend and the numbers below */
enum { ST_KEYWORD, ST_OPERATOR, ST_STRING, ST_NUMBER, ST_COMMENT, ST_FUNCTION,
       ST_VARIABLE, ST_PROPERTY, ST_TYPE, ST_MACRO };

void lsp_write_semantic_legend(fp_jw *w)
{
	static const char *const types[] = { "keyword", "operator", "string", "number", "comment",
					     "function", "variable", "property", "type", "macro" };
	fp_jw_obj_begin(w);
	fp_jw_key(w, "tokenTypes");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		fp_jw_str(w, types[i]);
	fp_jw_arr_end(w);
	fp_jw_key(w, "tokenModifiers");
	fp_jw_arr_begin(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
}

static int token_class(const fp_tokens *toks, size_t i, const char *text)
{
	fp_token_kind k = toks->items[i].kind;
	switch (k) {
	case FP_T_LINE_COMMENT:
	case FP_T_BLOCK_COMMENT: {
		const char *p = text + toks->items[i].start + 2;
		while (*p == ' ')
			p++;
		return *p == '@' && k == FP_T_LINE_COMMENT ? ST_MACRO : ST_COMMENT;
	}
	case FP_T_STRING: return ST_STRING;
	case FP_T_INTEGER: case FP_T_DECIMAL: case FP_T_LONG: case FP_T_DATE:
	case FP_T_DATETIME: case FP_T_TIME: return ST_NUMBER;
	case FP_T_THIS: case FP_T_INDEX: case FP_T_TOTAL: return ST_VARIABLE;
	case FP_T_TRUE: case FP_T_FALSE: return ST_KEYWORD;
	case FP_T_IDENT: case FP_T_DELIMITED: {
		/* a name followed by '(' is a function; after '%' a variable;
		 * capitalised at a path start a type */
		size_t j = i + 1;
		while (j < toks->len && fp_token_is_trivia(toks->items[j].kind))
			j++;
		if (j < toks->len && toks->items[j].kind == FP_T_LPAREN)
			return ST_FUNCTION;
		size_t p = i;
		while (p > 0 && fp_token_is_trivia(toks->items[p - 1].kind))
			p--;
		if (p > 0 && toks->items[p - 1].kind == FP_T_PERCENT)
			return ST_VARIABLE;
		char c = text[toks->items[i].start];
		bool after_dot = p > 0 && toks->items[p - 1].kind == FP_T_DOT;
		return !after_dot && c >= 'A' && c <= 'Z' ? ST_TYPE : ST_PROPERTY;
	}
	default:
		if (k >= FP_T_STAR && k <= FP_T_NEQUIV)
			return ST_OPERATOR;
		if (k >= FP_T_DIV && k <= FP_T_IMPLIES)
			return ST_KEYWORD;
		return -1;
	}
}

bool lsp_semantic_tokens(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "data");
	fp_jw_arr_begin(w);
	if (!d->is_json) {
		const fp_tokens *toks = &d->file.toks;
		size_t pline = 0, pcol = 0;
		fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
		for (size_t i = 0; i < toks->len; i++) {
			int cls = token_class(toks, i, d->text);
			if (cls < 0)
				continue;
			size_t start = toks->items[i].start, end = toks->items[i].end;
			size_t line, col, eline, ecol;
			fp_lines_pos(&d->lines, start, unit, &line, &col);
			fp_lines_pos(&d->lines, end, unit, &eline, &ecol);
			if (eline != line) {
				/* a multi-line comment: its first line only */
				size_t ls, le;
				fp_lines_span(&d->lines, line, &ls, &le);
				fp_lines_pos(&d->lines, le, unit, &eline, &ecol);
			}
			size_t length = ecol > col ? ecol - col : 0;
			if (!length)
				continue;
			fp_jw_uint(w, line - pline);
			fp_jw_uint(w, line == pline ? col - pcol : col);
			fp_jw_uint(w, length);
			fp_jw_int(w, cls);
			fp_jw_int(w, 0);
			pline = line;
			pcol = col;
		}
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	return true;
}

/* ---- code actions ------------------------------------------------------- */

/* The text between the first pair of quotes after `marker` in msg
 * ("did you mean 'birthDate'?" -> birthDate), into out. */
static bool quoted_after(const char *msg, const char *marker, char *out, size_t n)
{
	const char *p = strstr(msg, marker);
	if (!p)
		return false;
	p = strchr(p + strlen(marker), '\'');
	if (!p)
		return false;
	const char *e = strchr(p + 1, '\'');
	if (!e || (size_t)(e - p - 1) >= n)
		return false;
	memcpy(out, p + 1, (size_t)(e - p - 1));
	out[e - p - 1] = 0;
	return true;
}

static void write_edit_action(lsp_server *s, lsp_doc *d, const char *title, const fp_diag *x,
			      size_t start, size_t end, const char *text, bool preferred)
{
	fp_jw *w = &s->w;
	char code[8];
	fp_diag_format_code(x->code, code);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "title");
	fp_jw_str(w, title);
	fp_jw_key(w, "kind");
	fp_jw_str(w, "quickfix");
	fp_jw_key(w, "isPreferred");
	fp_jw_bool(w, preferred);
	fp_jw_key(w, "diagnostics");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "range");
	lsp_write_range(s, d, x->start, x->end);
	fp_jw_key(w, "code");
	fp_jw_str(w, code);
	fp_jw_key(w, "message");
	fp_jw_str(w, x->message);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_key(w, "edit");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "changes");
	fp_jw_obj_begin(w);
	fp_jw_key(w, d->uri);
	fp_jw_arr_begin(w);
	write_text_edit(s, d, start, end, text, strlen(text));
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

/* textDocument/codeAction: quick fixes for the diagnostics that touch the
 * range: take the did-you-mean suggestion (elements, functions, types,
 * variables, contexts, directives), rewrite a choice suffix as ofType(),
 * close an unclosed parenthesis. In JSON the suggestion replaces the name
 * inside the string, which a name never needs escaping for. */
bool lsp_code_action(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	size_t a = lsp_offset(s, d, lsp_get(r->params, "range.start"));
	size_t b = lsp_offset(s, d, lsp_get(r->params, "range.end"));
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < d->diags.len; i++) {
		const fp_diag *x = &d->diags.items[i];
		if (x->end < a || x->start > b)
			continue;
		char fix[512], title[600];
		if (quoted_after(x->message, "did you mean", fix, sizeof fix)) {
			size_t start = x->start, end = x->end;
			/* a variable's '%' and a directive's '@' stay */
			if (x->code == 1011 && d->text[start] == '%')
				start++;
			if (x->code == 40 && d->text[start] == '@')
				start++;
			if (x->code == 1011 && fix[0] == '%')
				memmove(fix, fix + 1, strlen(fix));
			if (x->code == 40 && fix[0] == '@')
				memmove(fix, fix + 1, strlen(fix));
			snprintf(title, sizeof title, "Change to '%s'", fix);
			write_edit_action(s, d, title, x, start, end, fix, true);
		} else if (x->code == 1006 && quoted_after(x->message, "write", fix, sizeof fix)) {
			snprintf(title, sizeof title, "Use '%s'", fix);
			write_edit_action(s, d, title, x, x->start, x->end, fix, true);
		} else if (x->code == 11 && strstr(x->message, "found end of input")) {
			write_edit_action(s, d, "Insert the missing ')'", x, x->start, x->start, ")", true);
		} else if (x->code == 2004) {
			/* '.value' on a primitive: drop it with its dot */
			size_t start = x->start > 0 && d->text[x->start - 1] == '.' ? x->start - 1 : x->start;
			write_edit_action(s, d, "Remove the redundant '.value'", x, start, x->end, "", true);
		}
	}
	fp_jw_arr_end(w);
	return true;
}

/* ---- variables: definition, references, highlight, rename ---------------- */

/* Occurrences of one variable in a .fhirpath document: where it is
 * defined (the name string of defineVariable(), or the name in a
 * '// @var name: Type' directive) and where it is used (%name). Only
 * .fhirpath documents: in a resource the variables come from the host. */
typedef struct var_refs {
	char name[128];
	size_t def_start, def_end;      /* the name's range; def_end = 0: none */
	size_t *uses;                   /* start, end pairs of the name part */
	size_t nuses, cap;
	fp_arena *arena;
} var_refs;

static void add_use(var_refs *v, size_t start, size_t end)
{
	if (v->nuses == v->cap) {
		size_t cap = v->cap ? v->cap * 2 : 16;
		size_t *n = fp_arena_alloc(v->arena, cap * 2 * sizeof *n);
		if (!n)
			return;
		if (v->nuses)
			memcpy(n, v->uses, v->nuses * 2 * sizeof *n);
		v->uses = n;
		v->cap = cap;
	}
	v->uses[2 * v->nuses] = start;
	v->uses[2 * v->nuses + 1] = end;
	v->nuses++;
}

/* Walk an expression's tree for the definition and uses of v->name. */
static void scan_vars(const fp_node *n, var_refs *v, const char *text)
{
	if (!n)
		return;
	if (n->kind == FP_N_EXTERNAL && n->str && strcmp(n->str, v->name) == 0) {
		/* the name after '%' (a `quoted` or 'quoted' one includes its quotes) */
		add_use(v, n->name_start, n->name_end);
	} else if (n->kind == FP_N_CALL && n->str && strcmp(n->str, "defineVariable") == 0 &&
		   n->nkids >= 1 && n->kids[0]->kind == FP_N_STRING && n->kids[0]->str &&
		   strcmp(n->kids[0]->str, v->name) == 0 && !v->def_end) {
		/* inside the quotes */
		v->def_start = n->kids[0]->start + 1;
		v->def_end = n->kids[0]->end > n->kids[0]->start + 1 ? n->kids[0]->end - 1 : n->kids[0]->end;
	}
	for (uint32_t i = 0; i < n->nkids; i++)
		scan_vars(n->kids[i], v, text);
}

/* The variable at off, and all its occurrences in the document. */
static bool find_var(lsp_doc *d, size_t off, fp_arena *arena, var_refs *v)
{
	memset(v, 0, sizeof *v);
	v->arena = arena;
	if (d->is_json)
		return false;
	/* a '// @var name: Type' directive under the cursor */
	for (size_t i = 0; i < d->file.ndirs && !v->name[0]; i++) {
		const fp_directive *dir = &d->file.dirs[i];
		if (dir->kind == FP_DIR_VAR && off >= dir->value_start && off <= dir->value_end && dir->var_name)
			snprintf(v->name, sizeof v->name, "%s", dir->var_name);
	}
	const fp_fexpr *x = NULL;
	for (size_t i = 0; i < d->file.nexprs; i++) {
		if (off >= d->file.exprs[i].start && off <= d->file.exprs[i].end)
			x = &d->file.exprs[i];
	}
	if (!v->name[0] && x && x->ast) {
		const fp_node *parent = NULL;
		const fp_node *n = node_at(x->ast, off, &parent);
		if (n && n->kind == FP_N_EXTERNAL && n->str)
			snprintf(v->name, sizeof v->name, "%s", n->str);
		else if (n && n->kind == FP_N_STRING && parent && parent->kind == FP_N_CALL && parent->str &&
			 strcmp(parent->str, "defineVariable") == 0 && parent->kids[0] == n && n->str)
			snprintf(v->name, sizeof v->name, "%s", n->str);
	}
	if (!v->name[0])
		return false;
	/* a variable of defineVariable() lives in its expression; one of
	 * '// @var' in every expression it is in force for */
	if (x && x->ast)
		scan_vars(x->ast, v, d->text);
	if (!v->def_end) {
		for (size_t i = 0; i < d->file.ndirs; i++) {
			const fp_directive *dir = &d->file.dirs[i];
			if (dir->kind == FP_DIR_VAR && dir->var_name && strcmp(dir->var_name, v->name) == 0) {
				/* the name inside the directive's value */
				const char *p = d->text + dir->value_start;
				const char *e = d->text + dir->value_end;
				if (p < e && *p == '%')
					p++;
				v->def_start = (size_t)(p - d->text);
				v->def_end = v->def_start + strlen(v->name);
				(void)e;
				v->nuses = 0;   /* the uses: every expression it covers */
				for (size_t k = 0; k < d->file.nexprs; k++) {
					const fp_fexpr *y = &d->file.exprs[k];
					for (size_t m = 0; m < y->nvars; m++) {
						if (strcmp(y->vars[m].name, v->name) == 0 && y->vars[m].start == dir->start)
							scan_vars(y->ast, v, d->text);
					}
				}
				break;
			}
		}
	}
	return true;
}

static void write_location(lsp_server *s, lsp_doc *d, size_t start, size_t end)
{
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "uri");
	fp_jw_str(&s->w, d->uri);
	fp_jw_key(&s->w, "range");
	lsp_write_range(s, d, start, end);
	fp_jw_obj_end(&s->w);
}

bool lsp_definition(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	var_refs v;
	if (!find_var(d, lsp_offset(s, d, lsp_get(r->params, "position")), r->arena, &v) || !v.def_end) {
		fp_jw_null(&s->w);
		return true;
	}
	write_location(s, d, v.def_start, v.def_end);
	return true;
}

bool lsp_references(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	var_refs v;
	bool decl = true;
	const fp_json *inc = lsp_get(r->params, "context.includeDeclaration");
	if (inc && inc->kind == FP_JSON_FALSE)
		decl = false;
	fp_jw_arr_begin(&s->w);
	if (find_var(d, lsp_offset(s, d, lsp_get(r->params, "position")), r->arena, &v)) {
		if (decl && v.def_end)
			write_location(s, d, v.def_start, v.def_end);
		for (size_t i = 0; i < v.nuses; i++)
			write_location(s, d, v.uses[2 * i], v.uses[2 * i + 1]);
	}
	fp_jw_arr_end(&s->w);
	return true;
}

bool lsp_document_highlight(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	var_refs v;
	fp_jw_arr_begin(&s->w);
	if (find_var(d, lsp_offset(s, d, lsp_get(r->params, "position")), r->arena, &v)) {
		if (v.def_end) {
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "range");
			lsp_write_range(s, d, v.def_start, v.def_end);
			fp_jw_key(&s->w, "kind");
			fp_jw_int(&s->w, 3);    /* Write */
			fp_jw_obj_end(&s->w);
		}
		for (size_t i = 0; i < v.nuses; i++) {
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "range");
			lsp_write_range(s, d, v.uses[2 * i], v.uses[2 * i + 1]);
			fp_jw_key(&s->w, "kind");
			fp_jw_int(&s->w, 2);    /* Read */
			fp_jw_obj_end(&s->w);
		}
	}
	fp_jw_arr_end(&s->w);
	return true;
}

bool lsp_rename(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	const char *name = lsp_str(r->params, "newName");
	if (!name || !*name)
		return lsp_fail(r, -32602, "rename needs newName");
	for (const char *p = name; *p; p++) {
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || *p == '_') ||
		    (p == name && *p >= '0' && *p <= '9'))
			return lsp_fail(r, -32602, "'%s' is not a variable name (letters, digits, '_')", name);
	}
	var_refs v;
	if (!find_var(d, lsp_offset(s, d, lsp_get(r->params, "position")), r->arena, &v))
		return lsp_fail(r, -32803, "no variable here to rename");
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "changes");
	fp_jw_obj_begin(w);
	fp_jw_key(w, d->uri);
	fp_jw_arr_begin(w);
	if (v.def_end)
		write_text_edit(s, d, v.def_start, v.def_end, name, strlen(name));
	for (size_t i = 0; i < v.nuses; i++)
		write_text_edit(s, d, v.uses[2 * i], v.uses[2 * i + 1], name, strlen(name));
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	return true;
}

/* ---- folding ranges, selection ranges, workspace symbols --------------- */

/* textDocument/foldingRange: expressions that span lines, and runs of two
 * or more comment lines (.fhirpath documents). */
bool lsp_folding_range(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	if (!d->is_json) {
		for (size_t i = 0; i < d->file.nexprs; i++) {
			size_t l0 = fp_lines_line(&d->lines, d->file.exprs[i].start);
			size_t l1 = fp_lines_line(&d->lines, d->file.exprs[i].end);
			if (l1 > l0) {
				fp_jw_obj_begin(w);
				fp_jw_key(w, "startLine");
				fp_jw_uint(w, l0);
				fp_jw_key(w, "endLine");
				fp_jw_uint(w, l1);
				fp_jw_obj_end(w);
			}
		}
		/* comment blocks: consecutive lines that start with '//' */
		size_t run = 0, first = 0;
		for (size_t l = 0; l <= d->lines.count; l++) {
			bool comment = false;
			if (l < d->lines.count) {
				size_t a, b;
				fp_lines_span(&d->lines, l, &a, &b);
				while (a < b && (d->text[a] == ' ' || d->text[a] == '\t'))
					a++;
				comment = b - a >= 2 && d->text[a] == '/' && d->text[a + 1] == '/';
			}
			if (comment) {
				if (!run)
					first = l;
				run++;
				continue;
			}
			if (run >= 2) {
				fp_jw_obj_begin(w);
				fp_jw_key(w, "startLine");
				fp_jw_uint(w, first);
				fp_jw_key(w, "endLine");
				fp_jw_uint(w, first + run - 1);
				fp_jw_key(w, "kind");
				fp_jw_str(w, "comment");
				fp_jw_obj_end(w);
			}
			run = 0;
		}
	}
	fp_jw_arr_end(w);
	return true;
}

/* The chain of nodes holding off, outermost first, into path; count. */
static size_t node_path(const fp_node *n, size_t off, const fp_node **path, size_t cap)
{
	size_t k = 0;
	while (n && k < cap && off >= n->start && off <= n->end) {
		path[k++] = n;
		const fp_node *next = NULL;
		for (uint32_t i = 0; i < n->nkids; i++) {
			if (off >= n->kids[i]->start && off <= n->kids[i]->end) {
				next = n->kids[i];
				break;
			}
		}
		n = next;
	}
	return k;
}

/* textDocument/selectionRange: for each position, the nested syntax
 * ranges around it, innermost first, up to the whole expression. */
bool lsp_selection_range(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = req_doc(r);
	if (!d)
		return false;
	const fp_json *ps = lsp_get(r->params, "positions");
	fp_jw *w = &s->w;
	fp_jw_arr_begin(w);
	for (size_t i = 0; ps && ps->kind == FP_JSON_ARRAY && i < ps->u.arr.len; i++) {
		size_t off = lsp_offset(s, d, ps->u.arr.items[i]);
		at a;
		const fp_node *path[FP_MAX_DEPTH + 2];
		size_t k = locate(s, d, off, &a) ? node_path(a.x->ast, a.off, path, FP_MAX_DEPTH + 2) : 0;
		/* innermost first: each range has the next outer one as parent;
		 * ranges equal to their parent's are skipped */
		size_t depth = 0;
		for (size_t j = k; j-- > 0;) {
			if (j + 1 < k && path[j]->start == path[j + 1]->start && path[j]->end == path[j + 1]->end)
				continue;
			if (depth++)
				fp_jw_key(w, "parent");
			fp_jw_obj_begin(w);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, doc_offset(d, &a, path[j]->start), doc_offset(d, &a, path[j]->end));
		}
		if (!depth) {
			fp_jw_obj_begin(w);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, off, off);
			depth = 1;
		}
		while (depth--)
			fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	return true;
}

/* workspace/symbol: the expressions of every open document whose text
 * holds the query's letters in order (as completion matches). */
bool lsp_workspace_symbol(lsp_req *r)
{
	lsp_server *s = r->s;
	const char *q = lsp_str(r->params, "query");
	fp_str query = fp_str_c(q ? q : "");
	fp_jw *w = &s->w;
	size_t count = 0;
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < s->ndocs && count < 500; i++) {
		lsp_doc *d = s->docs[i];
		if (!lsp_doc_analyse(s, d))
			continue;
		for (size_t k = 0; k < doc_nexprs(d) && count < 500; k++) {
			const char *text, *detail;
			size_t len;
			const fp_fexpr *x = doc_expr(d, k, &text, &len, &detail);
			char name[90];
			expr_label(text, len, name);
			if (!fuzzy(query, name))
				continue;
			fp_jw_obj_begin(w);
			fp_jw_key(w, "name");
			fp_jw_str(w, name);
			fp_jw_key(w, "kind");
			fp_jw_int(w, 12);
			if (detail) {
				fp_jw_key(w, "containerName");
				fp_jw_str(w, detail);
			}
			fp_jw_key(w, "location");
			fp_jw_obj_begin(w);
			fp_jw_key(w, "uri");
			fp_jw_str(w, d->uri);
			fp_jw_key(w, "range");
			lsp_write_range(s, d, x->start, x->end);
			fp_jw_obj_end(w);
			fp_jw_obj_end(w);
			count++;
		}
	}
	fp_jw_arr_end(w);
	return true;
}
