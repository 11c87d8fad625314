/*
 * lsp/completion.c - textDocument/completion: elements of the type before
 * the cursor (choice types as ofType()), functions, keywords, resource
 * types, variables after '%', directive names in '// @' comments, and
 * the workspace's URLs inside extension(', conformsTo(' and memberOf('.
 */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "analysis/analyze.h"
#include "eval/env_vars.h"
#include "eval/functions.h"
#include "sources/directives.h"
#include "util/alloc.h"
#include "util/str.h"
#include "util/strmap.h"

enum { CK_METHOD = 2, CK_FUNCTION = 3, CK_FIELD = 5, CK_VARIABLE = 6, CK_CLASS = 7,
       CK_KEYWORD = 14, CK_REFERENCE = 18 };

typedef struct comp {
	fp_jw *w;
	const fp_model *m;
	fp_str prefix;
	size_t count;
	fp_strmap seen;         /* labels offered (static storage), for one each */
	bool lazy_detail;       /* leave detail to resolve (client says it may) */
} comp;

/* What completionItem/resolve needs to find an item's documentation:
 * a function of the registry, or an element of c->m. */
typedef struct item_ref {
	const fp_function *fn;
	const fp_element *el;
} item_ref;

/* The item's "data": {"fn": name} for a function, {"v": "R4", "t":
 * owner type, "e": element name} for an element. Small on purpose: the
 * documentation itself comes with completionItem/resolve. */
static void write_data(comp *c, const item_ref *ref)
{
	fp_jw *w = c->w;
	fp_jw_key(w, "data");
	fp_jw_obj_begin(w);
	if (ref->fn) {
		fp_jw_key(w, "fn");
		fp_jw_str(w, ref->fn->name);
	} else {
		fp_jw_key(w, "v");
		fp_jw_str(w, fp_fhir_version_name(fp_model_version(c->m)));
		fp_jw_key(w, "t");
		fp_jw_str(w, fp_model_type_name(c->m, ref->el->owner));
		fp_jw_key(w, "e");
		fp_jw_str(w, ref->el->name);
	}
	fp_jw_obj_end(w);
}

/* One completion item. Labels that live in static storage are
 * remembered so that inherited or repeated names are offered once;
 * labels built on the stack pass remember = false. */
static void item_ex(comp *c, const char *label, int kind, const char *detail, const char *insert,
		    bool snippet, const item_ref *ref, bool remember)
{
	if (!lsp_fuzzy(c->prefix, label) || c->count >= 2000)
		return;
	if (fp_strmap_get(&c->seen, label))
		return;
	if (remember)
		fp_strmap_put(&c->seen, label, (void *)label);  /* out of memory: offered again */
	fp_jw *w = c->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "label");
	fp_jw_str(w, label);
	fp_jw_key(w, "kind");
	fp_jw_int(w, kind);
	/* a client that resolves detail lazily gets it with resolve */
	if (detail && !(ref && c->lazy_detail)) {
		fp_jw_key(w, "detail");
		fp_jw_str(w, detail);
	}
	if (ref)
		write_data(c, ref);
	if (insert) {
		fp_jw_key(w, "insertText");
		fp_jw_str(w, insert);
		if (snippet) {
			fp_jw_key(w, "insertTextFormat");
			fp_jw_int(w, 2);
		}
	}
	/* exact-prefix matches first, then elements: "00_name" */
	fp_jw_key(w, "sortText");
	char sort[80];
	size_t ll = strlen(label);
	bool exact = c->prefix.n <= ll && strncmp(label, c->prefix.p, c->prefix.n) == 0;
	if (ll > sizeof sort - 4)
		ll = sizeof sort - 4;
	sort[0] = exact ? '0' : '1';
	sort[1] = kind == CK_FIELD ? '0' : '1';
	sort[2] = '_';
	memcpy(sort + 3, label, ll);
	fp_jw_strn(w, sort, ll + 3);
	fp_jw_obj_end(w);
	c->count++;
}

static void item(comp *c, const char *label, int kind, const char *detail, const char *insert,
		 bool snippet, const item_ref *ref)
{
	item_ex(c, label, kind, detail, insert, snippet, ref, true);
}

/* An element's detail: "string 0..*", "Quantity | string | ... 0..1". */
static void element_detail(const fp_model *m, const fp_element *e, char *out, size_t n)
{
	fp_buf b;
	fp_buf_init(&b);
	for (uint8_t i = 0; i < e->ntypes && i < 6; i++) {
		if (i)
			fp_buf_adds(&b, " | ");
		fp_buf_adds(&b, fp_model_type_name(m, e->types[i]));
	}
	if (e->ntypes > 6)
		fp_buf_adds(&b, " | ...");
	snprintf(out, n, "%s %u..%s", b.data ? b.data : "", e->min,
		 e->max == FP_MAX_UNBOUNDED ? "*" : e->max == 1 ? "1" : "0");
	fp_buf_release(&b);
}

static bool element_item(void *ctx, const fp_element *e)
{
	comp *c = ctx;
	char detail[160];
	element_detail(c->m, e, detail, sizeof detail);
	item_ref ref = { NULL, e };
	item(c, e->name, CK_FIELD, detail, NULL, false, &ref);
	if (e->choice) {
		for (uint8_t i = 0; i < e->ntypes && i < 24; i++) {
			char label[128], ins[128];
			const char *tn = fp_model_type_name(c->m, e->types[i]);
			snprintf(label, sizeof label, "%s.ofType(%s)", e->name, tn);
			snprintf(ins, sizeof ins, "%s.ofType(%s)", e->name, tn);
			item_ex(c, label, CK_FIELD, tn, ins, false, &ref, false);
		}
	}
	return true;
}

static bool is_word(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
}

/* Every function: at the start of a path they apply to the focus too. */
/* Each function's signature and snippet, formatted once per process:
 * they come from the registry, which never changes, and formatting them
 * on every request was most of a completion's time. */
typedef struct fn_text {
	char sig[300], ins[160];
} fn_text;

static fn_text *fn_texts;
static pthread_once_t fn_texts_once = PTHREAD_ONCE_INIT;

static void fn_texts_init(void)
{
	fn_text *t = fp_calloc(fp_nfunctions, sizeof *t);
	for (size_t i = 0; t && i < fp_nfunctions; i++) {
		const fp_function *f = &fp_functions[i];
		fp_fn_signature(f, t[i].sig, sizeof t[i].sig);
		snprintf(t[i].ins, sizeof t[i].ins, f->max == 0 ? "%s()" : "%s($1)", f->name);
	}
	fn_texts = t;   /* out of memory: formatted per request */
}

void lsp_completion_warm(void)
{
	pthread_once(&fn_texts_once, fn_texts_init);
}

static void function_items(comp *c)
{
	pthread_once(&fn_texts_once, fn_texts_init);
	for (size_t i = 0; i < fp_nfunctions; i++) {
		const fp_function *f = &fp_functions[i];
		item_ref ref = { f, NULL };
		if (fn_texts) {
			item(c, f->name, CK_FUNCTION, fn_texts[i].sig, fn_texts[i].ins, true, &ref);
			continue;
		}
		fn_text t;
		fp_fn_signature(f, t.sig, sizeof t.sig);
		snprintf(t.ins, sizeof t.ins, f->max == 0 ? "%s()" : "%s($1)", f->name);
		item(c, f->name, CK_FUNCTION, t.sig, t.ins, true, &ref);
	}
}

static bool complete(lsp_req *r, comp *c);

/* ---- URLs of the workspace's definitions ------------------------------ */

/* The symbol kind a call's URL argument names, by the function's name:
 * extension() an extension, conformsTo() a profile, memberOf() a value
 * set; 0 for other names. */
static int url_kind(const char *name, size_t n)
{
	if (n == 9 && memcmp(name, "extension", 9) == 0)
		return FP_SYM_EXTENSION;
	if (n == 10 && memcmp(name, "conformsTo", 10) == 0)
		return FP_SYM_PROFILE;
	if (n == 8 && memcmp(name, "memberOf", 8) == 0)
		return FP_SYM_VALUESET;
	return 0;
}

/* Is the cursor (pos in t) inside the string argument of extension(',
 * conformsTo(' or memberOf(' (closed or not)? Then the kind of URL it
 * takes, and *quote the offset just after its opening quote; else 0. A
 * text scan, not the tree: a string being typed has no closing quote
 * yet, and the parse of the rest is an error. */
static int url_argument(const char *t, size_t pos, size_t *quote)
{
	size_t q = pos;
	while (q > 0 && t[q - 1] != '\'' && t[q - 1] != '\n')
		q--;
	if (q == 0 || t[q - 1] != '\'')
		return 0;
	size_t p = q - 1;
	while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
		p--;
	if (p == 0 || t[p - 1] != '(')
		return 0;
	p--;
	while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t'))
		p--;
	size_t end = p;
	while (p > 0 && is_word(t[p - 1]))
		p--;
	*quote = q;
	return url_kind(t + p, end - p);
}

/* The workspace's URLs of one kind (a definition's name as detail), each
 * replacing what is typed between the quote and the cursor (document
 * offsets from..to). The documents' analyses may be evicted by
 * lsp_defs(): nothing of the request's lsp_at is used after it. */
static void url_items(lsp_req *r, comp *c, lsp_doc *d, int kind, size_t from, size_t to)
{
	lsp_server *s = r->s;
	size_t n;
	const lsp_def *v = lsp_defs(s, r->arena, &n);
	if (!d->analysed && !lsp_doc_analyse(s, d))
		return;
	fp_jw *w = c->w;
	for (size_t i = 0; i < n && c->count < 2000; i++) {
		const fp_symbol *y = v[i].y;
		if (y->kind != kind || !y->url || !lsp_fuzzy(c->prefix, y->url) ||
		    fp_strmap_get(&c->seen, y->url))
			continue;
		fp_strmap_put(&c->seen, y->url, (void *)y->url);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "label");
		fp_jw_str(w, y->url);
		fp_jw_key(w, "kind");
		fp_jw_int(w, CK_REFERENCE);
		if (y->name) {
			fp_jw_key(w, "detail");
			fp_jw_str(w, y->name);
		}
		fp_jw_key(w, "textEdit");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "range");
		lsp_write_range(s, d, from, to);
		fp_jw_key(w, "newText");
		fp_jw_str(w, y->url);
		fp_jw_obj_end(w);
		fp_jw_obj_end(w);
		c->count++;
	}
}

/* The first INVOKE below n, children before parents (the order the
 * analysis types them in), whose member starts at before - 1 .. pos and
 * whose left side ends by before: the one whose member is being typed. */
static const fp_node *member_invoke(const fp_node *n, size_t before, size_t pos)
{
	if (!n)
		return NULL;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const fp_node *k = member_invoke(n->kids[i], before, pos);
		if (k)
			return k;
	}
	if (n->kind == FP_N_INVOKE && n->kids[1]->start >= before - 1 && n->kids[1]->start <= pos &&
	    n->kids[0]->end <= before)
		return n;
	return NULL;
}

bool lsp_completion(lsp_req *r)
{
	comp c;
	memset(&c, 0, sizeof c);
	fp_strmap_init(&c.seen);
	bool ok = complete(r, &c);
	fp_strmap_release(&c.seen);
	return ok;
}

/* The completion items at the request's position, into r's answer. */
static bool complete(lsp_req *r, comp *c)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	fp_jw *w = &s->w;
	c->w = w;
	c->lazy_detail = s->resolve_detail;
	/* directive names in '// @' comments */
	if (!d->is_json) {
		size_t ls = off;
		while (ls > 0 && d->text[ls - 1] != '\n')
			ls--;
		const char *line = d->text + ls;
		size_t ll = off - ls;
		const char *at_sign = memchr(line, '@', ll);
		if (ll >= 2 && strncmp(line, "//", 2) == 0 && at_sign) {
			c->prefix = fp_str_make(at_sign + 1, (size_t)(line + ll - at_sign - 1));
			fp_jw_obj_begin(w);
			fp_jw_key(w, "isIncomplete");
			fp_jw_bool(w, false);
			fp_jw_key(w, "items");
			fp_jw_arr_begin(w);
			for (size_t i = 0; i < fp_ndirective_names; i++) {
				const fp_directive_name *dn = &fp_directive_names[i];
				if (dn->doc)    /* aliases are not offered */
					item(c, dn->name, CK_KEYWORD, dn->doc, NULL, false, NULL);
			}
			fp_jw_arr_end(w);
			fp_jw_obj_end(w);
			return true;
		}
	}
	lsp_at a;
	bool found = lsp_locate(s, d, off, &a);
	const fp_model *m = found && a.x->env ? a.x->env->model : fp_model_get(s->check.version);
	c->m = m;
	/* the word being typed, and what comes before it */
	const char *t = found ? a.text : d->text;
	size_t pos = found ? a.off : off;
	size_t ws = pos;
	while (ws > 0 && is_word(t[ws - 1]))
		ws--;
	c->prefix = fp_str_make(t + ws, pos - ws);
	size_t before = ws;
	while (before > 0 && (t[before - 1] == ' ' || t[before - 1] == '\t'))
		before--;
	char prev = before > 0 ? t[before - 1] : 0;
	size_t quote;
	int kind = url_argument(t, pos, &quote);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "isIncomplete");
	fp_jw_bool(w, false);
	fp_jw_key(w, "items");
	fp_jw_arr_begin(w);
	if (kind) {
		/* what is typed of the URL so far, and where it is in the
		 * document (through the escapes of a JSON string) */
		char *typed = fp_arena_strndup(r->arena, t + quote, pos - quote);
		size_t from = found ? lsp_doc_offset(d, &a, quote) : quote;
		size_t to = found ? lsp_doc_offset(d, &a, pos) : pos;
		if (typed) {
			c->prefix = fp_str_make(typed, pos - quote);
			url_items(r, c, d, kind, from, to);
		}
	} else if (prev == '%') {
		for (size_t i = 0; i < fp_nenv_vars; i++) {
			if (fp_env_vars[i].complete)
				item(c, fp_env_vars[i].name, CK_VARIABLE, "environment variable", NULL, false, NULL);
		}
		for (size_t i = 0; found && a.x->env && i < a.x->env->nvars; i++)
			item(c, a.x->env->vars[i].name, CK_VARIABLE, "declared variable", NULL, false, NULL);
	} else if (found) {
		fp_tset in = a.x->env ? a.x->env->context : (fp_tset){ 0 };
		bool after_dot = prev == '.';
		if (after_dot) {
			/* the INVOKE whose member is being typed: its left side */
			const fp_node *n = member_invoke(a.x->ast, before, pos);
			in = n ? fp_typemap_get(lsp_types_of(s, &a, r->arena), n->kids[0]) : fp_tset_any();
		}
		for (uint32_t i = 0; !in.any && i < in.n; i++) {
			if (!FP_TYPE_IS_SYS(in.v[i]))
				fp_model_each_element(m, (fp_type_id)in.v[i], element_item, c);
		}
		function_items(c);
		if (!after_dot) {
			for (size_t i = 0; i < fp_nkeywords; i++)
				item(c, fp_keywords[i].word, CK_KEYWORD, NULL, NULL, false, NULL);
			/* resource types for paths written from the type name */
			size_t nt = fp_model_type_count(m);
			for (size_t i = 1; c->prefix.n > 0 && i <= nt; i++) {
				if (fp_model_type_kind(m, (fp_type_id)i) == FP_TYPE_RESOURCE)
					item(c, fp_model_type_name(m, (fp_type_id)i), CK_CLASS, "resource", NULL, false, NULL);
			}
		}
	} else {
		function_items(c);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	return true;
}

/* completionItem/resolve: the item as the client sent it, with its
 * documentation (markdown) added from its data: the function's signature
 * and doc from the registry, or the element's types, path, cardinality
 * and binding from the model of the version it came from; and its detail
 * when it has none (a client that resolves detail lazily). An item
 * without usable data (a keyword, or data naming nothing) comes back
 * unchanged. */
bool lsp_completion_resolve(lsp_req *r)
{
	const fp_json *it = r->params;
	if (!it || it->kind != FP_JSON_OBJECT)
		return lsp_fail(r, -32602, "completionItem/resolve needs a completion item");
	fp_buf b;
	fp_buf_init(&b);
	char detail[300] = "";
	const char *fn = lsp_str(it, "data.fn");
	const char *v = lsp_str(it, "data.v"), *t = lsp_str(it, "data.t"), *e = lsp_str(it, "data.e");
	fp_fhir_version ver;
	if (fn) {
		const fp_function *f = fp_function_lookup(fn, strlen(fn));
		if (f) {
			lsp_function_markdown(f, &b);
			fp_fn_signature(f, detail, sizeof detail);
		}
	} else if (v && t && e && fp_fhir_version_parse(v, strlen(v), &ver)) {
		const fp_model *m = fp_model_get(ver);
		fp_type_id tid = fp_model_type(m, t, strlen(t));
		const fp_element *el = tid ? fp_model_element(m, tid, e, strlen(e)) : NULL;
		if (el) {
			element_detail(m, el, detail, sizeof detail);
			fp_buf_printf(&b, "**%s** : `", el->name);
			for (uint8_t i = 0; i < el->ntypes; i++)
				fp_buf_printf(&b, "%s%s", i ? " | " : "", fp_model_type_name(m, el->types[i]));
			fp_buf_adds(&b, "`\n\n");
			lsp_element_markdown(el, &b);
		}
	}
	if (b.failed) {
		fp_buf_release(&b);
		return lsp_fail(r, -32603, "out of memory");
	}
	fp_jw *w = &r->s->w;
	fp_jw_obj_begin(w);
	for (size_t i = 0; i < it->u.obj.len; i++) {
		const fp_json_member *mb = &it->u.obj.items[i];
		if (b.len && strcmp(mb->key, "documentation") == 0)
			continue;
		fp_jw_keyn(w, mb->key, mb->key_len);
		fp_jw_value(w, mb->value);
	}
	if (detail[0] && !lsp_get(it, "detail")) {
		fp_jw_key(w, "detail");
		fp_jw_str(w, detail);
	}
	if (b.len) {
		fp_jw_key(w, "documentation");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "kind");
		fp_jw_str(w, "markdown");
		fp_jw_key(w, "value");
		fp_jw_strn(w, b.data, b.len);
		fp_jw_obj_end(w);
	}
	fp_jw_obj_end(w);
	fp_buf_release(&b);
	return true;
}
