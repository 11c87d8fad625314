/*
 * sources/config.c - .fhirpath-ls.json (see config.h).
 */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json/read.h"
#include "sources/files.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/str.h"

#define CONFIG_MAX ((size_t)1 << 20)

bool fp_config_set_severity(fp_config *cfg, const char *spec)
{
	const char *eq = strchr(spec, '=');
	if (!eq || eq - spec > 15)
		return false;
	char code[16];
	memcpy(code, spec, (size_t)(eq - spec));
	code[eq - spec] = 0;
	int n = fp_diag_parse_code(code);
	if (n < 0 || n >= 10000 || !fp_diag_lookup(n))
		return false;
	const char *v = eq + 1;
	int sev = strcmp(v, "off") == 0 ? -1 : strcmp(v, "error") == 0 ? FP_SEV_ERROR
		: strcmp(v, "warning") == 0 ? FP_SEV_WARNING : strcmp(v, "info") == 0 ? FP_SEV_INFO : 0;
	if (!sev)
		return false;
	cfg->severity[n] = (signed char)sev;
	return true;
}

const char *fp_config_str(const fp_config *cfg, uint16_t off)
{
	return off && off <= cfg->npool ? cfg->pool + off - 1 : NULL;
}

/* Copy a string into cfg's pool: its offset + 1, or 0 when it is full
 * (err says so). */
static uint16_t pool_add(fp_config *cfg, const char *s, size_t n, char *err, size_t errlen)
{
	if (n + 1 > FP_CONFIG_POOL - cfg->npool) {
		snprintf(err, errlen, "ignore entries too long (at most %d bytes of text in all)",
			 FP_CONFIG_POOL);
		return 0;
	}
	memcpy(cfg->pool + cfg->npool, s, n);
	cfg->pool[cfg->npool + n] = 0;
	uint16_t off = (uint16_t)(cfg->npool + 1);
	cfg->npool += n + 1;
	return off;
}

/* Read one "ignore" entry (member i of the list) into cfg. */
static bool parse_ignore(const fp_json *e, size_t i, fp_config *cfg, char *err, size_t errlen)
{
	if (e->kind != FP_JSON_OBJECT) {
		snprintf(err, errlen, "ignore[%zu] must be an object like {\"files\": \"*.json\", \"code\": \"FP2003\"}", i);
		return false;
	}
	if (cfg->nignores == FP_CONFIG_MAX_IGNORES) {
		snprintf(err, errlen, "too many ignore entries (at most %d)", FP_CONFIG_MAX_IGNORES);
		return false;
	}
	fp_config_ignore *g = &cfg->ignores[cfg->nignores];
	memset(g, 0, sizeof *g);
	for (size_t k = 0; k < e->u.obj.len; k++) {
		const fp_json_member *m = &e->u.obj.items[k];
		const fp_json *v = m->value;
		uint16_t *field = strcmp(m->key, "files") == 0 ? &g->files
				: strcmp(m->key, "expression") == 0 ? &g->expression
				: strcmp(m->key, "origin") == 0 ? &g->origin : NULL;
		if (field) {
			if (v->kind != FP_JSON_STRING || v->u.str.len == 0) {
				snprintf(err, errlen, "ignore[%zu].%s must be a non-empty string", i, m->key);
				return false;
			}
			if (!(*field = pool_add(cfg, v->u.str.s, v->u.str.len, err, errlen)))
				return false;
			continue;
		}
		if (strcmp(m->key, "code") != 0) {
			snprintf(err, errlen, "ignore[%zu]: unknown key '%.40s' (files, code, expression, origin)", i, m->key);
			return false;
		}
		size_t n = v->kind == FP_JSON_ARRAY ? v->u.arr.len : 1;
		for (size_t c = 0; c < n; c++) {
			const fp_json *s = v->kind == FP_JSON_ARRAY ? v->u.arr.items[c] : v;
			int num = s->kind == FP_JSON_STRING ? fp_diag_parse_code(s->u.str.s) : -1;
			if (num < 0 || !fp_diag_lookup(num)) {
				snprintf(err, errlen, "ignore[%zu].code: expected codes like \"FP2003\", found %.40s", i,
					 s->kind == FP_JSON_STRING ? s->u.str.s : "a non-string");
				return false;
			}
			if (g->ncodes == FP_CONFIG_IGNORE_CODES) {
				snprintf(err, errlen, "ignore[%zu].code: at most %d codes", i, FP_CONFIG_IGNORE_CODES);
				return false;
			}
			g->codes[g->ncodes++] = (int16_t)num;
		}
	}
	if (!g->ncodes) {
		snprintf(err, errlen, "ignore[%zu] needs a \"code\" (one code or a list)", i);
		return false;
	}
	cfg->nignores++;
	return true;
}

bool fp_config_parse(const char *text, size_t len, fp_config *cfg, char *err, size_t errlen)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error jerr;
	bool ok = fp_json_parse(text, len, &a, NULL, &root, &jerr);
	if (!ok) {
		snprintf(err, errlen, "invalid JSON: %s at byte %zu", jerr.message, jerr.offset);
	} else if (root->kind != FP_JSON_OBJECT) {
		snprintf(err, errlen, "expected a JSON object");
		ok = false;
	} else {
		const fp_json *v = fp_json_get(root, "fhirVersion");
		if (v && v->kind == FP_JSON_STRING) {
			if (fp_fhir_version_parse(v->u.str.s, v->u.str.len, &cfg->version)) {
				cfg->has_version = true;
			} else {
				snprintf(err, errlen, "unknown fhirVersion '%.40s' (R4, R4B or R5)", v->u.str.s);
				ok = false;
			}
		}
		const fp_json *ih = fp_json_get(root, "inlayHints");
		if (ok && ih) {
			if (ih->kind == FP_JSON_TRUE || ih->kind == FP_JSON_FALSE) {
				cfg->has_inlay_hints = true;
				cfg->inlay_hints = ih->kind == FP_JSON_TRUE;
			} else {
				snprintf(err, errlen, "inlayHints must be true or false");
				ok = false;
			}
		}
		const fp_json *sev = fp_json_get(root, "severity");
		for (size_t i = 0; ok && sev && sev->kind == FP_JSON_OBJECT && i < sev->u.obj.len; i++) {
			const fp_json_member *m = &sev->u.obj.items[i];
			char spec[64];
			snprintf(spec, sizeof spec, "%.20s=%.20s", m->key,
				 m->value->kind == FP_JSON_STRING ? m->value->u.str.s : "?");
			if (!fp_config_set_severity(cfg, spec)) {
				snprintf(err, errlen, "bad severity setting '%s' (want \"FP2003\": \"off|info|warning|error\")",
					 spec);
				ok = false;
			}
		}
		const fp_json *ign = fp_json_get(root, "ignore");
		if (ok && ign && ign->kind != FP_JSON_ARRAY) {
			snprintf(err, errlen, "ignore must be a list of {\"files\", \"code\", \"expression\", \"origin\"} entries");
			ok = false;
		}
		for (size_t i = 0; ok && ign && i < ign->u.arr.len; i++)
			ok = parse_ignore(ign->u.arr.items[i], i, cfg, err, errlen);
	}
	fp_arena_release(&a);
	return ok;
}

int fp_config_load(const char *dir, fp_config *cfg, char *err, size_t errlen)
{
	char path[PATH_MAX];
	if (snprintf(path, sizeof path, "%s/%s", dir, FP_CONFIG_FILE) >= (int)sizeof path)
		return 0;
	char *data;
	size_t len;
	/* through the one reader: a FIFO or device of this name is refused
	 * at once (never waited on), a huge file by its size */
	char why[128];
	if (!fp_read_file(path, CONFIG_MAX, 0, &data, &len, why, sizeof why)) {
		if (strncmp(why, "not a regular file", 18) == 0 || strncmp(why, "larger than", 11) == 0) {
			snprintf(err, errlen, "%s", why);
			return -1;
		}
		return 0;       /* none (or unreadable): the defaults */
	}
	int rc = fp_config_parse(data, len, cfg, err, errlen) ? 1 : -1;
	fp_free(data);
	if (rc > 0 && cfg->nignores && !realpath(dir, cfg->dir))
		snprintf(cfg->dir, sizeof cfg->dir, "%s", dir);
	return rc;
}

fp_severity fp_config_severity(const fp_config *cfg, int code, fp_severity dflt)
{
	if (!cfg || code < 0 || code >= 10000 || cfg->severity[code] == 0)
		return dflt;
	return cfg->severity[code] < 0 ? (fp_severity)0 : (fp_severity)cfg->severity[code];
}

/* ORDER KEYS: the members fp_config_parse reads */
static const char *const known_keys[] = { "fhirVersion", "severity", "inlayHints", "ignore" };
const char fp_config_known_keys[] = "fhirVersion, severity, inlayHints, ignore";

/* Does glob g[0..) match path p[0..)? '**' (a whole folder name, or at
 * the end) matches any number of folders, '*' and '?' stay within one. */
static bool glob_at(const char *g, const char *p)
{
	for (;;) {
		if (g[0] == '*' && g[1] == '*') {
			const char *rest = g + 2;
			if (*rest == '/')
				rest++;
			for (const char *q = p;; q++) {     /* each folder boundary */
				if ((q == p || q[-1] == '/') && glob_at(rest, q))
					return true;
				if (!*q)
					return !*rest;
			}
		}
		if (*g == '*') {
			for (const char *q = p;; q++) {
				if (glob_at(g + 1, q))
					return true;
				if (!*q || *q == '/')
					return false;
			}
		}
		if (!*g)
			return !*p;
		if (!*p || (*g == '?' ? *p == '/' : *g != *p))
			return false;
		g++;
		p++;
	}
}

bool fp_glob_match(const char *glob, const char *path)
{
	if (strncmp(glob, "./", 2) == 0)
		glob += 2;
	if (!strchr(glob, '/')) {       /* a name: in any folder */
		const char *base = strrchr(path, '/');
		return glob_at(glob, base ? base + 1 : path);
	}
	return glob_at(glob[0] == '/' ? glob + 1 : glob, path);
}

/* The known key closest to k (a typo or a case slip), or NULL. */
static const char *close_key(const char *k, size_t n)
{
	const char *best = NULL;
	size_t bestd = 3;
	for (size_t i = 0; i < sizeof known_keys / sizeof *known_keys; i++) {
		size_t d = fp_caseless_eq(k, n, known_keys[i], strlen(known_keys[i])) ? 0
			 : fp_str_distance(fp_str_make(k, n), fp_str_c(known_keys[i]), 2);
		if (d < bestd) {
			bestd = d;
			best = known_keys[i];
		}
	}
	return best;
}

static bool known_key(const char *k, size_t n)
{
	for (size_t i = 0; i < sizeof known_keys / sizeof *known_keys; i++) {
		if (strlen(known_keys[i]) == n && memcmp(k, known_keys[i], n) == 0)
			return true;
	}
	return false;
}

size_t fp_config_unknown_keys(const char *text, size_t len, char *out, size_t outlen)
{
	if (outlen)
		out[0] = 0;
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error jerr;
	size_t n = 0;
	fp_buf b;
	fp_buf_init(&b);
	if (fp_json_parse(text, len, &a, NULL, &root, &jerr) && root->kind == FP_JSON_OBJECT) {
		for (size_t i = 0; i < root->u.obj.len; i++) {
			const char *k = root->u.obj.items[i].key;
			size_t kn = root->u.obj.items[i].key_len;
			if (known_key(k, kn))
				continue;
			const char *hint = close_key(k, kn);
			fp_buf_printf(&b, "%s'%.60s'", n ? ", " : "", k);
			if (hint)
				fp_buf_printf(&b, " (did you mean '%s'?)", hint);
			n++;
		}
	}
	if (outlen && b.data && !b.failed)
		snprintf(out, outlen, "%s", b.data);
	fp_buf_release(&b);
	fp_arena_release(&a);
	return n;
}
