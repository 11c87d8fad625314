/*
 * lsp/defs.c - the workspace's definitions for the editor: every
 * profile, extension, value set, code system, search parameter and
 * questionnaire variable the workspace declares (sources/symbols.h),
 * with where each is declared.
 *
 * Open documents count as the editor has them (their analysis holds
 * their symbols); every other file as the scan, or the store before it,
 * last saw it. The places of a file that is not open are byte offsets
 * of the file as it was checked: they become lines and columns only when
 * a location is written, from the file as it is then (as element
 * references do in navigate.c), so nothing is read for a completion.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#include "lsp/workspace.h"
#include "project/driver.h"
#include "sources/files.h"
#include "util/alloc.h"

static int by_path(const void *a, const void *b)
{
	return strcmp((*(const lsp_wfile *const *)a)->path, (*(const lsp_wfile *const *)b)->path);
}

lsp_def *lsp_defs(lsp_server *s, fp_arena *arena, size_t *n)
{
	*n = 0;
	size_t total = 0;
	for (size_t i = 0; i < s->ndocs; i++) {
		lsp_doc *d = s->docs[i];
		if (d->is_json && !d->syms && lsp_doc_analyse(s, d))
			lsp_symbols_build(s, d);        /* an edited document's wait for this */
		const fp_symbol *y;
		const uint32_t(*pos)[4];
		total += lsp_symbols_defs(d, &y, &pos);
	}
	/* an open document stands for its file, whatever it declares */
	const lsp_wfile **files = s->wsfiles.len ? fp_arena_alloc(arena, s->wsfiles.len * sizeof *files) : NULL;
	size_t nfiles = 0;
	for (size_t i = 0; files && i < s->wsfiles.cap; i++) {
		const lsp_wfile *f = s->wsfiles.slots[i].key ? s->wsfiles.slots[i].value : NULL;
		if (f && !f->gone && f->nsyms && !fp_strmap_get(&s->docpaths, f->path)) {
			files[nfiles++] = f;
			total += f->nsyms;
		}
	}
	if (nfiles > 1)
		qsort(files, nfiles, sizeof *files, by_path);
	lsp_def *v = total ? fp_arena_alloc(arena, total * sizeof *v) : NULL;
	if (!v)
		return NULL;
	for (size_t i = 0; i < s->ndocs; i++) {
		const fp_symbol *y;
		const uint32_t(*pos)[4];
		size_t k = lsp_symbols_defs(s->docs[i], &y, &pos);
		for (size_t j = 0; j < k && *n < total; j++)
			v[(*n)++] = (lsp_def){ &y[j], s->docs[i], pos[j], NULL };
	}
	for (size_t i = 0; i < nfiles; i++) {
		for (size_t k = 0; k < files[i]->nsyms && *n < total; k++)
			v[(*n)++] = (lsp_def){ &files[i]->syms[k], NULL, NULL, files[i] };
	}
	return v;
}

void lsp_defs_place_release(lsp_defs_place *p)
{
	if (p->have_lines)
		fp_lines_release(&p->lt);
	fp_free(p->data);
	fp_free(p->uri);
	memset(p, 0, sizeof *p);
}

/* Read f into p (unless it holds it already): its text and line table. */
static bool load(lsp_defs_place *p, const lsp_wfile *f)
{
	if (p->f == f)
		return p->have_lines;
	lsp_defs_place_release(p);
	p->f = f;
	char err[128];
	size_t len;
	if (!fp_read_file(f->path, FP_MAX_FILE, 0, &p->data, &len, err, sizeof err))
		return false;
	const char *text = p->data;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		text += 3, len -= 3;
	p->len = len;
	p->uri = lsp_path_to_uri(f->path);
	p->have_lines = p->uri && fp_lines_init(&p->lt, text, len);
	return p->have_lines;
}

bool lsp_def_place(lsp_server *s, lsp_defs_place *p, const lsp_def *x, const char **uri,
		   uint32_t range[4])
{
	if (x->d) {
		*uri = x->d->uri;
		memcpy(range, x->pos, 4 * sizeof *range);
		return true;
	}
	if (!load(p, x->f) || x->y->end > p->len)
		return false;
	const fp_lines *lt = &p->lt;
	*uri = p->uri;
	fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
	size_t l, c;
	fp_lines_pos(lt, x->y->start, unit, &l, &c);
	range[0] = (uint32_t)l;
	range[1] = (uint32_t)c;
	fp_lines_pos(lt, x->y->end, unit, &l, &c);
	range[2] = (uint32_t)l;
	range[3] = (uint32_t)c;
	return true;
}

void lsp_write_location_at(lsp_server *s, const char *uri, const uint32_t range[4])
{
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "uri");
	fp_jw_str(w, uri);
	fp_jw_key(w, "range");
	fp_jw_obj_begin(w);
	lsp_write_linecol(w, "start", range[0], range[1]);
	lsp_write_linecol(w, "end", range[2], range[3]);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}
