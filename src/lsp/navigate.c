/*
 * lsp/navigate.c - variables: definition, references, document highlight
 * and rename; go to a workspace definition from its URL; element
 * references.
 */
#include "internal.h"
#include "project/driver.h"
#include "util/lines.h"
#include "sources/files.h"
#include "analysis/uses.h"
#include "workspace.h"
#include "util/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/functions.h"

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
	} else if (n->kind == FP_N_CALL && fp_function_has(n->str, n->len, FN_DEFINES_VAR) &&
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
		const fp_node *n = lsp_node_at(x->ast, off, &parent);
		if (n && n->kind == FP_N_EXTERNAL && n->str)
			snprintf(v->name, sizeof v->name, "%s", n->str);
		else if (n && n->kind == FP_N_STRING && parent && parent->kind == FP_N_CALL &&
			 fp_function_has(parent->str, parent->len, FN_DEFINES_VAR) && parent->kids[0] == n &&
			 n->str)
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

/* The string literal at off in d, copied into arena (a URL, perhaps),
 * or NULL. */
static const char *string_at(lsp_server *s, lsp_doc *d, size_t off, fp_arena *arena)
{
	lsp_at at;
	if (!lsp_locate(s, d, off, &at))
		return NULL;
	const fp_node *parent = NULL;
	const fp_node *n = lsp_node_at(at.x->ast, at.off, &parent);
	if (!n || n->kind != FP_N_STRING || !n->str)
		return NULL;
	return fp_arena_strndup(arena, n->str, strlen(n->str));
}

/* Go to the declaration of the workspace definition whose URL is the
 * string at off (extension('url'), conformsTo('url'), memberOf('url'),
 * or any other string naming one): the first that is, open documents
 * first. False when there is none (nothing written). */
static bool definition_of_url(lsp_req *r, lsp_doc *d, size_t off)
{
	lsp_server *s = r->s;
	const char *url = string_at(s, d, off, r->arena);
	if (!url)
		return false;
	size_t n;
	const lsp_def *v = lsp_defs(s, r->arena, &n);
	lsp_defs_place p;
	memset(&p, 0, sizeof p);
	bool done = false;
	for (size_t i = 0; i < n && !done; i++) {
		const char *uri;
		uint32_t range[4];
		if (v[i].y->url && strcmp(v[i].y->url, url) == 0 && lsp_def_place(s, &p, &v[i], &uri, range)) {
			lsp_write_location_at(s, uri, range);
			done = true;
		}
	}
	lsp_defs_place_release(&p);
	return done;
}

bool lsp_definition(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	var_refs v;
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	if (find_var(d, off, r->arena, &v) && v.def_end) {
		write_location(s, d, v.def_start, v.def_end);
		return true;
	}
	if (!definition_of_url(r, d, off))
		fp_jw_null(&s->w);
	return true;
}

/* ---- element references --------------------------------------------------- */

/* The model element read at off in d (its declaring path), or NULL. */
static const char *element_at(lsp_server *s, lsp_doc *d, size_t off, fp_arena *arena)
{
	lsp_at at;
	if (!lsp_locate(s, d, off, &at))
		return NULL;
	const fp_node *parent = NULL;
	const fp_node *n = lsp_node_at(at.x->ast, at.off, &parent);
	if (!n || n->kind != FP_N_IDENT)
		return NULL;
	fp_tset t = fp_typemap_get(lsp_types_of(s, &at, arena), n);
	return t.elem ? t.elem->path : NULL;
}

/* The uses of element in open document d. */
static void doc_uses(lsp_server *s, lsp_doc *d, const char *element)
{
	size_t n = lsp_doc_nexprs(d);
	for (size_t i = 0; i < n; i++) {
		const char *text;
		size_t len;
		const char *detail;
		const fp_fexpr *x = lsp_doc_expr(d, i, &text, &len, &detail);
		lsp_at at;
		memset(&at, 0, sizeof at);
		at.x = x;
		if (d->is_json) {
			at.emb = &d->fhir.exprs[i];
		}
		for (size_t k = 0; x && k < x->nuses; k++) {
			if (strcmp(x->uses[k].element, element) != 0)
				continue;
			write_location(s, d, lsp_doc_offset(d, &at, x->uses[k].start),
				       lsp_doc_offset(d, &at, x->uses[k].end));
		}
	}
}

/* The uses of element in a workspace file that is not open, from what the
 * scan found; its lines from the file as it is now. */
static void file_uses(lsp_server *s, const lsp_wfile *f, const char *element)
{
	size_t k = 0;
	while (k < f->nuses && strcmp(f->uses[k].element, element) != 0)
		k++;
	if (k == f->nuses)
		return;
	char *data, err[128];
	size_t len;
	if (!fp_read_file(f->path, FP_MAX_FILE, 0, &data, &len, err, sizeof err))
		return;
	const char *text = data;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3, len -= 3;
	fp_lines lt;
	char *uri = lsp_path_to_uri(f->path);
	if (uri && fp_lines_init(&lt, text, len)) {
		for (; k < f->nuses; k++) {
			const lsp_wuse *u = &f->uses[k];
			if (strcmp(u->element, element) != 0 || u->end > len)
				continue;
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "uri");
			fp_jw_str(&s->w, uri);
			fp_jw_key(&s->w, "range");
			fp_jw_obj_begin(&s->w);
			fp_jw_key(&s->w, "start");
			lsp_write_lines_position(s, &lt, u->start);
			fp_jw_key(&s->w, "end");
			lsp_write_lines_position(s, &lt, u->end);
			fp_jw_obj_end(&s->w);
			fp_jw_obj_end(&s->w);
		}
		fp_lines_release(&lt);
	}
	fp_free(uri);
	fp_free(data);
}

static int by_path(const void *a, const void *b)
{
	return strcmp((*(const lsp_wfile *const *)a)->path, (*(const lsp_wfile *const *)b)->path);
}

/* Is there an open document for path? */
static bool is_open(lsp_server *s, const char *path)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		if (s->docs[i]->path && strcmp(s->docs[i]->path, path) == 0)
			return true;
	}
	return false;
}

/* Every expression of the workspace that reads element: the open
 * documents as they are in the editor, the other files as the scan
 * (or the store) last saw them. */
static void element_refs(lsp_server *s, const char *element)
{
	for (size_t i = 0; i < s->ndocs; i++) {
		if (lsp_doc_analyse(s, s->docs[i]))
			doc_uses(s, s->docs[i], element);
	}
	/* in path order, so the answer does not depend on the table's */
	const lsp_wfile **v = fp_malloc((s->wsfiles.len + 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; v && i < s->wsfiles.cap; i++) {
		const lsp_wfile *f = s->wsfiles.slots[i].key ? s->wsfiles.slots[i].value : NULL;
		if (f && !f->gone && f->nuses && !is_open(s, f->path))
			v[n++] = f;
	}
	if (n > 1)
		qsort(v, n, sizeof *v, by_path);
	for (size_t i = 0; i < n; i++)
		file_uses(s, v[i], element);
	fp_free(v);
}

bool lsp_references(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	var_refs v;
	bool decl = true;
	const fp_json *inc = lsp_get(r->params, "context.includeDeclaration");
	if (inc && inc->kind == FP_JSON_FALSE)
		decl = false;
	fp_jw_arr_begin(&s->w);
	size_t off = lsp_offset(s, d, lsp_get(r->params, "position"));
	const char *element;
	if (find_var(d, off, r->arena, &v)) {
		if (decl && v.def_end)
			write_location(s, d, v.def_start, v.def_end);
		for (size_t i = 0; i < v.nuses; i++)
			write_location(s, d, v.uses[2 * i], v.uses[2 * i + 1]);
	} else if ((element = element_at(s, d, off, r->arena))) {
		element_refs(s, element);
	}
	fp_jw_arr_end(&s->w);
	return true;
}

bool lsp_document_highlight(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
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
	lsp_doc *d = lsp_req_doc(r);
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
		lsp_write_text_edit(s, d, v.def_start, v.def_end, name, strlen(name));
	for (size_t i = 0; i < v.nuses; i++)
		lsp_write_text_edit(s, d, v.uses[2 * i], v.uses[2 * i + 1], name, strlen(name));
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	return true;
}
