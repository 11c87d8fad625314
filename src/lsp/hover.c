/*
 * lsp/hover.c - textDocument/hover: a function's signature and doc, an
 * element's type, cardinality and binding, an expression's type; for a
 * URL the workspace defines, what it is and where.
 */
#include "internal.h"

#include <stdio.h>
#include <string.h>

#include "eval/functions.h"
#include "lsp/workspace.h"

void lsp_function_markdown(const fp_function *f, fp_buf *b)
{
	char sig[300];
	fp_fn_signature(f, sig, sizeof sig);
	fp_buf_printf(b, "```fhirpath\n%s\n```\n%s", sig, f->doc);
	if (f->flags & FN_FHIR)
		fp_buf_adds(b, "\n\n*FHIR addition to FHIRPath.*");
}

void lsp_element_markdown(const fp_element *e, fp_buf *b)
{
	char max[16];
	snprintf(max, sizeof max, "%u", (unsigned)e->max);
	fp_buf_printf(b, "`%s` %u..%s", e->path, e->min, e->max == FP_MAX_UNBOUNDED ? "*" : max);
	if (e->valueset)
		fp_buf_printf(b, "\n\nbinding (%s): %s",
			      e->binding == FP_BINDING_REQUIRED ? "required"
			      : e->binding == FP_BINDING_EXTENSIBLE ? "extensible"
			      : e->binding == FP_BINDING_PREFERRED ? "preferred" : "example",
			      e->valueset);
	if (e->is_modifier)
		fp_buf_adds(b, "\n\n*modifier element*");
}

static void md_type(const fp_model *m, fp_tset t, fp_buf *b)
{
	fp_buf_adds(b, "`");
	fp_tset_format(m, t, true, b);
	fp_buf_adds(b, "`");
}

/* Markdown for the workspace definition whose URL is url (the first
 * that is, open documents first): its name and kind, its URL, what an
 * extension's value can be or a search parameter's bases, and the file
 * that declares it (relative to the workspace folder). False when the
 * workspace defines no such URL. May analyse documents (lsp_defs). */
static bool definition_markdown(lsp_req *r, const char *url, fp_buf *b)
{
	lsp_server *s = r->s;
	size_t n;
	const lsp_def *v = lsp_defs(s, r->arena, &n);
	for (size_t i = 0; i < n; i++) {
		const fp_symbol *y = v[i].y;
		if (!y->url || strcmp(y->url, url) != 0)
			continue;
		const char *path = v[i].d ? (v[i].d->path ? v[i].d->path : v[i].d->uri) : v[i].f->path;
		size_t rl = strlen(s->root);
		if (rl && strncmp(path, s->root, rl) == 0 && path[rl] == '/')
			path += rl + 1;
		if (y->name)
			fp_buf_printf(b, "**%s** (%s)\n\n", y->name, fp_sym_kind_name(y->kind));
		else
			fp_buf_printf(b, "%s\n\n", fp_sym_kind_name(y->kind));
		fp_buf_printf(b, "`%s`", y->url);
		if (y->detail && y->kind == FP_SYM_EXTENSION)
			fp_buf_printf(b, "\n\nvalue: `%s`", y->detail);
		else if (y->detail && y->kind == FP_SYM_SEARCHPARAM)
			fp_buf_printf(b, "\n\non `%s`", y->detail);
		fp_buf_printf(b, "\n\ndeclared in `%s`", path);
		return true;
	}
	return false;
}

bool lsp_hover(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	lsp_at a;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	if (!lsp_locate(s, d, off, &a)) {
		fp_jw_null(&s->w);
		return true;
	}
	const fp_typemap *l = lsp_types_of(s, &a, r->arena);
	const fp_node *parent = NULL;
	const fp_node *n = lsp_node_at(a.x->ast, a.off, &parent);
	if (!n) {
		fp_jw_null(&s->w);
		return true;
	}
	const fp_model *m = a.x->env ? a.x->env->model : fp_model_get(FP_FHIR_R4);
	fp_buf b;
	fp_buf_init(&b);
	size_t hs = n->start, he = n->end;
	const char *url = n->kind == FP_N_STRING && n->str ? fp_arena_strndup(r->arena, n->str, strlen(n->str)) : NULL;
	if (n->kind == FP_N_CALL && a.off <= n->name_end) {
		const fp_function *f = fp_function_lookup(n->str, n->len);
		if (f) {
			lsp_function_markdown(f, &b);
		} else {
			fp_buf_printf(&b, "unknown function `%s`", n->str);
		}
		hs = n->name_start;
		he = n->name_end;
	} else if (n->kind == FP_N_IDENT) {
		fp_tset t = fp_typemap_get(l, n);
		fp_buf_printf(&b, "**%s** : ", n->str);
		md_type(m, t, &b);
		/* element facts from the input type */
		bool member = parent && parent->kind == FP_N_INVOKE && parent->kids[1] == n;
		/* a name at the start of a path navigates from the context,
		 * unless it is inside a function's arguments (where the focus
		 * is the item being iterated) */
		bool first = !member && !lsp_in_arguments(a.x->ast, n);
		if (member || first) {
			fp_tset in = member ? fp_typemap_get(l, parent->kids[0])
				  : a.x->env ? a.x->env->context : (fp_tset){ 0 };
			for (uint32_t i = 0; !in.any && i < in.n; i++) {
				if (FP_TYPE_IS_SYS(in.v[i]))
					continue;
				const fp_element *e = fp_model_element(m, (fp_type_id)in.v[i], n->str, n->len);
				if (!e)
					continue;
				fp_buf_adds(&b, "\n\n");
				lsp_element_markdown(e, &b);
				break;
			}
		}
		hs = n->name_start;
		he = n->name_end;
	} else if (n->kind == FP_N_EXTERNAL && n->str) {
		/* a variable: %patient (a launchContext) is a Patient */
		fp_buf_printf(&b, "**%%%s** : ", n->str);
		md_type(m, fp_typemap_get(l, n), &b);
	} else {
		fp_tset t = fp_typemap_get(l, n);
		fp_buf_adds(&b, "expression : ");
		md_type(m, t, &b);
	}
	size_t ds = lsp_doc_offset(d, &a, hs), de = lsp_doc_offset(d, &a, he);
	/* a URL the workspace defines: what it is, instead of its type (last:
	 * finding it may evict this document's analysis, a with it) */
	fp_buf def;
	fp_buf_init(&def);
	if (url && definition_markdown(r, url, &def)) {
		fp_buf_release(&b);
		b = def;
	} else {
		fp_buf_release(&def);
	}
	if (!d->analysed && !lsp_doc_analyse(s, d)) {   /* its lines, for the range */
		fp_buf_release(&b);
		return lsp_fail(r, -32603, "out of memory");
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
	lsp_write_range(s, d, ds, de);
	fp_jw_obj_end(w);
	fp_buf_release(&b);
	return true;
}
