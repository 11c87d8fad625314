/*
 * cli/baseline.c - `check --baseline FILE [--write-baseline]`: today's
 * findings recorded, so that a run reports only new ones (see cli.h for
 * the format and the matching rule).
 */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/read.h"
#include "json/write.h"
#include "sources/files.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/strmap.h"

#define BASELINE_VERSION 1
#define BASELINE_MAX ((size_t)256 << 20)

typedef struct entry {
	char *key;              /* file \x1f code \x1f origin \x1f expression */
	const char *file, *code, *origin, *expr;        /* into key's copy, fields */
	char *fields;
	size_t count, left;
} entry;

struct cli_baseline {
	char *path;
	char dir[PATH_MAX];     /* the real path of its folder */
	fp_strmap map;          /* key -> entry */
	entry **v;
	size_t n, cap;
	/* the last finding's file and its name in the baseline */
	char *last_shown, *last_rel;
	size_t taken;
};

static void entry_free(entry *e)
{
	if (!e)
		return;
	fp_free(e->key);
	fp_free(e->fields);
	fp_free(e);
}

void cli_baseline_free(cli_baseline *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++)
		entry_free(b->v[i]);
	fp_free(b->v);
	fp_strmap_release(&b->map);
	fp_free(b->path);
	fp_free(b->last_shown);
	fp_free(b->last_rel);
	fp_free(b);
}

static cli_baseline *make(const char *path)
{
	cli_baseline *b = fp_calloc(1, sizeof *b);
	if (!b)
		return NULL;
	fp_strmap_init(&b->map);
	if (!(b->path = fp_strdup(path))) {
		cli_baseline_free(b);
		return NULL;
	}
	/* its folder, as a real path: file names are relative to it */
	char folder[PATH_MAX];
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(folder, sizeof folder, ".");
	else if (slash == path)
		snprintf(folder, sizeof folder, "/");
	else
		snprintf(folder, sizeof folder, "%.*s", (int)(slash - path), path);
	if (!realpath(folder, b->dir))
		snprintf(b->dir, sizeof b->dir, "%s", folder);
	return b;
}

/* A new entry for the four fields (copied), counted n times; NULL when
 * out of memory. */
static entry *add(cli_baseline *b, const char *file, const char *code, const char *origin,
		  const char *expr, size_t n)
{
	fp_buf k;
	fp_buf_init(&k);
	fp_buf_printf(&k, "%s\x1f%s\x1f%s\x1f%s", file, code, origin ? origin : "", expr ? expr : "");
	if (k.failed || !k.data) {
		fp_buf_release(&k);
		return NULL;
	}
	entry *e = fp_strmap_get(&b->map, k.data);
	if (e) {
		e->count += n;
		e->left += n;
		fp_buf_release(&k);
		return e;
	}
	e = fp_calloc(1, sizeof *e);
	size_t kn;
	char *key = fp_buf_detach(&k, &kn);
	if (!e || !key || !(e->fields = fp_malloc(kn + 1))) {
		fp_free(key);
		entry_free(e);
		return NULL;
	}
	e->key = key;
	memcpy(e->fields, key, kn + 1);
	/* the fields: the key's copy cut at its separators */
	char *p = e->fields;
	const char **f[4] = { &e->file, &e->code, &e->origin, &e->expr };
	for (int i = 0; i < 4; i++) {
		*f[i] = p;
		char *sep = i < 3 ? strchr(p, '\x1f') : NULL;
		if (sep) {
			*sep = 0;
			p = sep + 1;
		}
	}
	e->count = e->left = n;
	if (!fp_grow(&b->v, &b->cap, b->n, sizeof *b->v, 64) || !fp_strmap_put(&b->map, e->key, e)) {
		entry_free(e);
		return NULL;
	}
	b->v[b->n++] = e;
	return e;
}

/* f's file as the baseline names it: relative to its folder when below
 * it, else as given ('<stdin>', '<expr>' too). Owned by b. */
static const char *file_name(cli_baseline *b, const char *shown)
{
	if (b->last_shown && strcmp(b->last_shown, shown) == 0)
		return b->last_rel;
	fp_free(b->last_shown);
	fp_free(b->last_rel);
	b->last_shown = fp_strdup(shown);
	char real[PATH_MAX];
	size_t n = strlen(b->dir);
	while (n > 0 && b->dir[n - 1] == '/')
		n--;
	if (shown[0] != '<' && realpath(shown, real) && strncmp(real, b->dir, n) == 0 && real[n] == '/')
		b->last_rel = fp_strdup(real + n + 1);
	else
		b->last_rel = fp_strdup(shown);
	if (!b->last_shown || !b->last_rel) {
		fp_free(b->last_shown);
		b->last_shown = NULL;
		return shown;
	}
	return b->last_rel;
}

cli_baseline *cli_baseline_new(const char *path)
{
	return make(path);
}

/* The string member k of o: *out its value (NULL when absent or null);
 * false when it is something else. */
static bool opt_str(const fp_json *o, const char *k, const char **out)
{
	const fp_json *v = fp_json_get(o, k);
	*out = NULL;
	if (!v || v->kind == FP_JSON_NULL)
		return true;
	if (v->kind != FP_JSON_STRING || memchr(v->u.str.s, 0, v->u.str.len) ||
	    memchr(v->u.str.s, '\x1f', v->u.str.len))
		return false;
	*out = v->u.str.s;
	return true;
}

cli_baseline *cli_baseline_read(const char *path, char *err, size_t errlen)
{
	char *data;
	size_t len;
	char why[256];
	if (!fp_read_file(path, BASELINE_MAX, 0, &data, &len, why, sizeof why)) {
		snprintf(err, errlen, "cannot read: %s", why);
		return NULL;
	}
	cli_baseline *b = make(path);
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error jerr;
	bool ok = b != NULL;
	if (!b) {
		snprintf(err, errlen, "out of memory");
	} else if (!fp_json_parse(data, len, &a, NULL, &root, &jerr)) {
		snprintf(err, errlen, "not a baseline: invalid JSON: %s at byte %zu", jerr.message, jerr.offset);
		ok = false;
	} else {
		const fp_json *ver = root->kind == FP_JSON_OBJECT ? fp_json_get(root, "version") : NULL;
		const fp_json *ents = root->kind == FP_JSON_OBJECT ? fp_json_get(root, "entries") : NULL;
		int64_t v = 0;
		if (!ver || ver->kind != FP_JSON_NUMBER || !fp_json_i64(ver, &v) || !ents ||
		    ents->kind != FP_JSON_ARRAY) {
			snprintf(err, errlen, "not a baseline: expected {\"version\": %d, \"entries\": [...]}",
				 BASELINE_VERSION);
			ok = false;
		} else if (v != BASELINE_VERSION) {
			snprintf(err, errlen, "baseline version %lld is not %d (written by another fhirpath-ls?)",
				 (long long)v, BASELINE_VERSION);
			ok = false;
		}
		for (size_t i = 0; ok && i < ents->u.arr.len; i++) {
			const fp_json *e = ents->u.arr.items[i];
			const char *file, *code, *origin, *expr;
			const fp_json *cnt = e->kind == FP_JSON_OBJECT ? fp_json_get(e, "count") : NULL;
			int64_t n = 1;
			if (e->kind != FP_JSON_OBJECT || !opt_str(e, "file", &file) || !file ||
			    !opt_str(e, "code", &code) || !code || fp_diag_parse_code(code) < 0 ||
			    !opt_str(e, "origin", &origin) || !opt_str(e, "expression", &expr) ||
			    (cnt && (cnt->kind != FP_JSON_NUMBER || !fp_json_i64(cnt, &n) || n < 1))) {
				snprintf(err, errlen, "entry %zu is malformed: each needs \"file\", \"code\" (FP....), "
					 "optional \"origin\", \"expression\" and a \"count\" of 1 or more", i + 1);
				ok = false;
			} else if (!add(b, file, code, origin, expr, (size_t)n)) {
				snprintf(err, errlen, "out of memory");
				ok = false;
			}
		}
	}
	fp_arena_release(&a);
	fp_free(data);
	if (!ok) {
		cli_baseline_free(b);
		return NULL;
	}
	return b;
}

/* The code of f as the baseline writes it. */
static void code_of(const cli_finding *f, char code[8])
{
	fp_diag_format_code(f->code, code);
}

bool cli_baseline_take(cli_baseline *b, const cli_finding *f)
{
	char code[8];
	code_of(f, code);
	fp_buf k;
	fp_buf_init(&k);
	fp_buf_printf(&k, "%s\x1f%s\x1f%s\x1f%s", file_name(b, f->file), code, f->origin ? f->origin : "",
		      f->expression ? f->expression : "");
	entry *e = k.data && !k.failed ? fp_strmap_get(&b->map, k.data) : NULL;
	fp_buf_release(&k);
	if (!e || e->left == 0)
		return false;
	e->left--;
	b->taken++;
	return true;
}

bool cli_baseline_record(cli_baseline *b, const cli_finding *f)
{
	char code[8];
	code_of(f, code);
	b->taken++;
	return add(b, file_name(b, f->file), code, f->origin, f->expression, 1) != NULL;
}

size_t cli_baseline_stale(const cli_baseline *b)
{
	size_t n = 0;
	for (size_t i = 0; i < b->n; i++)
		n += b->v[i]->left;
	return n;
}

size_t cli_baseline_taken(const cli_baseline *b)
{
	return b->taken;
}

static int entry_cmp(const void *x, const void *y)
{
	const entry *a = *(const entry *const *)x, *b = *(const entry *const *)y;
	int c = strcmp(a->file, b->file);
	if (!c)
		c = strcmp(a->code, b->code);
	if (!c)
		c = strcmp(a->origin, b->origin);
	return c ? c : strcmp(a->expr, b->expr);
}

bool cli_baseline_write(cli_baseline *b, size_t *entries, char *err, size_t errlen)
{
	if (b->n > 1)
		qsort(b->v, b->n, sizeof *b->v, entry_cmp);
	fp_buf out;
	fp_buf_init(&out);
	fp_buf_printf(&out, "{\"version\": %d, \"tool\": \"fhirpath-ls\", \"entries\": [", BASELINE_VERSION);
	for (size_t i = 0; i < b->n; i++) {
		const entry *e = b->v[i];
		fp_buf line;
		fp_buf_init(&line);
		fp_jw w;
		fp_jw_init(&w, &line, false);
		fp_jw_obj_begin(&w);
		fp_jw_key(&w, "file"); fp_jw_str(&w, e->file);
		fp_jw_key(&w, "code"); fp_jw_str(&w, e->code);
		fp_jw_key(&w, "origin"); fp_jw_str(&w, e->origin[0] ? e->origin : NULL);
		fp_jw_key(&w, "expression"); fp_jw_str(&w, e->expr[0] ? e->expr : NULL);
		fp_jw_key(&w, "count"); fp_jw_uint(&w, e->count);
		fp_jw_obj_end(&w);
		fp_buf_printf(&out, "%s\n  %.*s", i ? "," : "", (int)line.len, line.data ? line.data : "");
		out.failed = out.failed || line.failed;
		fp_buf_release(&line);
	}
	fp_buf_printf(&out, "%s]}\n", b->n ? "\n" : "");
	if (out.failed) {
		fp_buf_release(&out);
		snprintf(err, errlen, "out of memory");
		return false;
	}
	/* next to it, then renamed over it: a failed write loses nothing */
	char tmp[PATH_MAX + 16];
	snprintf(tmp, sizeof tmp, "%s.tmp%ld", b->path, (long)getpid());
	FILE *fp = fopen(tmp, "wb");
	bool ok = fp && fwrite(out.data, 1, out.len, fp) == out.len;
	if (fp && fclose(fp) != 0)
		ok = false;
	if (ok && rename(tmp, b->path) != 0)
		ok = false;
	if (!ok) {
		snprintf(err, errlen, "cannot write: %s", strerror(errno));
		if (fp)
			unlink(tmp);
	}
	fp_buf_release(&out);
	*entries = b->n;
	return ok;
}
