/*
 * tests/clicases.c - the CLI case files' reader and writer (clicases.h).
 */
#include "clicases.h"

#include <string.h>

#include "runner.h"
#include "util/alloc.h"
#include "util/buf.h"

const char *clicase_get(const clicase *c, const char *key)
{
	for (int i = 0; i < c->nkeys; i++) {
		if (strcmp(c->keys[i].key, key) == 0)
			return c->keys[i].value;
	}
	return NULL;
}

void clicase_set(clicase *c, const char *key, const char *value, bool heredoc)
{
	for (int i = 0; i < c->nkeys; i++) {
		if (strcmp(c->keys[i].key, key) == 0) {
			fp_free(c->keys[i].value);
			c->keys[i].value = fp_strndup(value, strlen(value));
			c->keys[i].heredoc = heredoc;
			return;
		}
	}
	if (c->nkeys < CLICASE_MAXKEYS) {
		c->keys[c->nkeys].key = fp_strndup(key, strlen(key));
		c->keys[c->nkeys].value = fp_strndup(value, strlen(value));
		c->keys[c->nkeys].heredoc = heredoc;
		c->nkeys++;
	}
}

/* Parse the file into cases; returns the count (cases in *out). */
size_t clicases_load(const char *text, clicase **out)
{
	size_t n = 0, cap = 0;
	clicase *v = NULL;
	fp_buf pre;
	fp_buf_init(&pre);
	const char *p = text;
	clicase *cur = NULL;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t ll = nl ? (size_t)(nl - p) : strlen(p);
		const char *next = nl ? nl + 1 : p + ll;
		if (ll == 0 || p[0] == '#') {
			if (p[0] == '#') {
				fp_buf_add(&pre, p, ll);
				fp_buf_addc(&pre, '\n');
			}
			p = next;
			continue;
		}
		const char *colon = memchr(p, ':', ll);
		if (!colon) {
			p = next;
			continue;
		}
		char *key = fp_strndup(p, (size_t)(colon - p));
		const char *val = colon + 1;
		while (*val == ' ')
			val++;
		size_t vl = (size_t)(p + ll - val);
		if (strcmp(key, "Name") == 0) {
			if (n == cap) {
				cap = cap ? cap * 2 : 16;
				v = fp_realloc(v, cap * sizeof *v);
			}
			cur = &v[n++];
			memset(cur, 0, sizeof *cur);
			cur->preamble = fp_strndup(pre.data ? pre.data : "", pre.len);
			fp_buf_reset(&pre);
		}
		if (cur && vl > 2 && strncmp(val, "<<", 2) == 0) {
			char *marker = fp_strndup(val + 2, vl - 2);
			size_t ml = strlen(marker);
			fp_buf body;
			fp_buf_init(&body);
			p = next;
			while (*p) {
				nl = strchr(p, '\n');
				ll = nl ? (size_t)(nl - p) : strlen(p);
				next = nl ? nl + 1 : p + ll;
				if (ll == ml && strncmp(p, marker, ml) == 0) {
					p = next;
					break;
				}
				fp_buf_add(&body, p, ll);
				fp_buf_addc(&body, '\n');
				p = next;
			}
			clicase_set(cur, key, body.data ? body.data : "", true);
			fp_buf_release(&body);
			fp_free(marker);
			fp_free(key);
			continue;
		}
		if (cur) {
			char *value = fp_strndup(val, vl);
			clicase_set(cur, key, value, false);
			fp_free(value);
		}
		fp_free(key);
		p = next;
	}
	fp_buf_release(&pre);
	*out = v;
	return n;
}

void clicases_save(const char *path, clicase *v, size_t n)
{
	fp_buf b;
	fp_buf_init(&b);
	for (size_t i = 0; i < n; i++) {
		if (i)
			fp_buf_addc(&b, '\n');
		fp_buf_adds(&b, v[i].preamble);
		for (int k = 0; k < v[i].nkeys; k++) {
			const clicase_kv *x = &v[i].keys[k];
			if (x->heredoc) {
				fp_buf_printf(&b, "%s: <<EOF\n%sEOF\n", x->key, x->value);
			} else {
				fp_buf_printf(&b, "%s: %s\n", x->key, x->value);
			}
		}
	}
	rt_write(path, b.data ? b.data : "", b.len);
	fp_buf_release(&b);
}

void clicases_free(clicase *v, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		fp_free(v[i].preamble);
		for (int k = 0; k < v[i].nkeys; k++) {
			fp_free(v[i].keys[k].key);
			fp_free(v[i].keys[k].value);
		}
	}
	fp_free(v);
}
