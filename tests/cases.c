/*
 * tests/cases.c - case files: a data-driven check() per layer.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "runner.h"
#include "util/alloc.h"

bool tcases_load(const char *path, tcases *out)
{
	out->v = NULL;
	out->n = 0;
	size_t len;
	char *text = rt_read(path, &len);
	if (!text)
		return false;
	size_t cap = 0;
	const char *p = text, *end = text + len;
	/* skip until the first header */
	while (p < end && strncmp(p, "=== ", 4) != 0) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		p = nl ? nl + 1 : end;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *hend = nl ? nl : end;
		tcase c = { 0 };
		c.name = fp_strndup(p + 4, (size_t)(hend - p - 4));
		p = nl ? nl + 1 : end;
		const char *in = p, *in_end = NULL;
		while (p < end) {
			nl = memchr(p, '\n', (size_t)(end - p));
			const char *le = nl ? nl : end;
			if (le - p == 3 && strncmp(p, "---", 3) == 0) {
				in_end = p;
				p = nl ? nl + 1 : end;
				break;
			}
			p = nl ? nl + 1 : end;
		}
		if (!in_end)
			in_end = p;
		size_t il = (size_t)(in_end - in);
		if (il > 0 && in[il - 1] == '\n')
			il--;
		c.input = fp_strndup(in, il);
		const char *ex = p;
		while (p < end && !(strncmp(p, "=== ", 4) == 0 && (p == text || p[-1] == '\n'))) {
			nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
		}
		size_t el = (size_t)(p - ex);
		while (el > 0 && ex[el - 1] == '\n')
			el--;
		c.expected = fp_strndup(ex, el);
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			tcase *nv = fp_realloc(out->v, cap * sizeof *nv);
			if (!nv)
				break;
			out->v = nv;
		}
		out->v[out->n++] = c;
	}
	fp_free(text);
	return true;
}

void tcases_free(tcases *c)
{
	for (size_t i = 0; i < c->n; i++) {
		fp_free(c->v[i].name);
		fp_free(c->v[i].input);
		fp_free(c->v[i].expected);
		fp_free(c->v[i].actual);
	}
	fp_free(c->v);
	c->v = NULL;
	c->n = 0;
}

bool tcases_save(const char *path, const tcases *c)
{
	fp_buf b;
	fp_buf_init(&b);
	for (size_t i = 0; i < c->n; i++) {
		const tcase *t = &c->v[i];
		const char *exp = t->actual ? t->actual : t->expected;
		size_t el = strlen(exp);
		while (el > 0 && exp[el - 1] == '\n')
			el--;
		fp_buf_printf(&b, "%s=== %s\n%s\n---\n", i ? "\n" : "", t->name, t->input);
		fp_buf_add(&b, exp, el);
		fp_buf_addc(&b, '\n');
	}
	bool ok = !b.failed && rt_write(path, b.data ? b.data : "", b.len);
	fp_buf_release(&b);
	return ok;
}

void tcases_run_dir(const char *dir, const char *ext, const char *prefix,
		    void (*check)(const char *input, fp_buf *out))
{
	char **files = rt_list(dir, ext);
	for (size_t f = 0; files && files[f]; f++) {
		const char *base = strrchr(files[f], '/');
		base = base ? base + 1 : files[f];
		char fname[256];
		snprintf(fname, sizeof fname, "%s/%s", prefix, base);
		if (!rt_selected(fname))
			continue;
		tcases cs;
		if (!tcases_load(files[f], &cs)) {
			rt_result(fname, false, "cannot read case file");
			continue;
		}
		bool changed = false;
		for (size_t i = 0; i < cs.n; i++) {
			tcase *t = &cs.v[i];
			fp_buf out;
			fp_buf_init(&out);
			check(t->input, &out);
			size_t ol = out.len;
			while (ol > 0 && out.data[ol - 1] == '\n')
				ol--;
			if (out.data)
				out.data[ol] = 0;
			const char *got = out.data ? out.data : "";
			char name[512];
			snprintf(name, sizeof name, "%s: %s", fname, t->name);
			bool ok = strcmp(got, t->expected) == 0;
			if (!ok && R.update) {
				t->actual = fp_malloc(ol + 1);
				if (t->actual)
					memcpy(t->actual, got, ol + 1);
				changed = true;
				ok = true;
			}
			fp_buf d;
			fp_buf_init(&d);
			if (!ok)
				rt_diff(&d, t->expected, got);
			rt_result(name, ok, d.data);
			fp_buf_release(&d);
			fp_buf_release(&out);
		}
		if (changed && !tcases_save(files[f], &cs))
			rt_result(fname, false, "cannot rewrite case file");
		tcases_free(&cs);
	}
	rt_free_list(files);
}

void tcases_print_diags(fp_diags *d, fp_buf *out)
{
	fp_diags_sort(d);
	for (size_t i = 0; i < d->len; i++) {
		char code[8];
		fp_diag_format_code(d->items[i].code, code);
		fp_buf_printf(out, "%s @%u..%u %s: %s\n",
			      d->items[i].severity == FP_SEV_ERROR ? "error" : "warning",
			      d->items[i].start, d->items[i].end, code, d->items[i].message);
	}
}
