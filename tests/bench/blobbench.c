/*
 * tests/bench/blobbench.c - how big the store's AST blobs are.
 *
 *   blobbench [--shared DIR] [--corpus DIR] [--level N] [--dict-size BYTES]
 *
 * Sets: r4, r4b, r5 (the FHIR core definitions under DIR/fhir/V: every
 * snapshot.element[].constraint[].expression of profiles-resources.json
 * and profiles-types.json, and every SearchParameter expression of
 * search-parameters.json, read with the project's JSON reader) and
 * corpus (every expression of the .fhirpath files under the corpus
 * folders clean/ and mistakes/, split as `check` splits them). Each
 * expression is parsed alone, as the store keys trees by the text.
 *
 * For each set, over all occurrences and over unique texts (the store
 * keeps a tree once per text), the sum of:
 *   source   the expression texts
 *   json     a plain JSON dump of the trees: {"kind":"INVOKE","start":0,
 *            "end":9,"kids":[...]}, with "op" when nonzero and "str" when
 *            the node has one, no white space
 *   raw      the binary blobs (store/astcode.h)
 *   zstd     each blob compressed alone (one per row, as the store keeps
 *            them) in zcodec's bare frames, without a dictionary
 *   dict     the same with a dictionary trained on the set's unique blobs
 *            (the dictionary itself is counted once, in its own column)
 * and the time to encode and to decode one tree (best of 5 passes over
 * the unique texts). Prints Markdown tables. Built by `make bench-blob`
 * (tests/bench/bench.mk) against build/libfp.a and the zstd objects.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json/read.h"
#include "json/write.h"
#include "sources/fpfile.h"
#include "project/pipeline.h"
#include "store/astcode.h"
#include "store/zcodec.h"
#include "syntax/parse.h"
#include "util/alloc.h"

typedef struct text {
	char *s;
	size_t len;
} text;

typedef struct set {
	const char *name;
	text *v;
	size_t n, cap;
} set;

typedef struct sums {
	size_t texts, source, json, raw, zstd, dict, dict_size;
	double enc_ns, dec_ns;
} sums;

static void die(const char *what, const char *arg)
{
	fprintf(stderr, "blobbench: %s%s%s\n", what, arg ? " " : "", arg ? arg : "");
	exit(2);
}

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("cannot open", path);
	fp_buf b;
	fp_buf_init(&b);
	char tmp[1 << 16];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		fp_buf_add(&b, tmp, n);
	fclose(f);
	if (b.failed)
		die("out of memory reading", path);
	fp_buf_addc(&b, 0);
	*len = b.len - 1;
	return b.data;
}

static void add_text(set *s, const char *p, size_t n)
{
	if (!fp_grow(&s->v, &s->cap, s->n, sizeof *s->v, 1024))
		die("out of memory", NULL);
	char *c = fp_malloc(n + 1);
	if (!c)
		die("out of memory", NULL);
	memcpy(c, p, n);
	c[n] = 0;
	s->v[s->n++] = (text){ c, n };
}

static const fp_json *get_str(const fp_json *obj, const char *key)
{
	const fp_json *v = fp_json_get(obj, key);
	return v && v->kind == FP_JSON_STRING ? v : NULL;
}

/* The constraint and SearchParameter expressions of one core bundle. */
static void load_bundle(set *s, const char *path)
{
	size_t len;
	char *t = read_file(path, &len);
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error err;
	if (!fp_json_parse(t, len, &a, NULL, &root, &err))
		die(err.message, path);
	const fp_json *entry = fp_json_get(root, "entry");
	for (size_t i = 0; entry && entry->kind == FP_JSON_ARRAY && i < entry->u.arr.len; i++) {
		const fp_json *res = fp_json_get(entry->u.arr.items[i], "resource");
		const fp_json *type = get_str(res, "resourceType");
		if (type && strcmp(type->u.str.s, "SearchParameter") == 0) {
			const fp_json *e = get_str(res, "expression");
			if (e && e->u.str.len)
				add_text(s, e->u.str.s, e->u.str.len);
			continue;
		}
		const fp_json *els = fp_json_get(fp_json_get(res, "snapshot"), "element");
		for (size_t k = 0; els && els->kind == FP_JSON_ARRAY && k < els->u.arr.len; k++) {
			const fp_json *cs = fp_json_get(els->u.arr.items[k], "constraint");
			for (size_t c = 0; cs && cs->kind == FP_JSON_ARRAY && c < cs->u.arr.len; c++) {
				const fp_json *e = get_str(cs->u.arr.items[c], "expression");
				if (e && e->u.str.len)
					add_text(s, e->u.str.s, e->u.str.len);
			}
		}
	}
	fp_arena_release(&a);
	fp_free(t);
}

static void load_corpus(set *s, const char *dir, const char *sub)
{
	char cmd[1200];
	snprintf(cmd, sizeof cmd, "ls %s/%s/*.fhirpath 2>/dev/null", dir, sub);
	FILE *ls = popen(cmd, "r");
	char path[1024];
	while (ls && fgets(path, sizeof path, ls)) {
		path[strcspn(path, "\n")] = 0;
		size_t len;
		char *t = read_file(path, &len);
		fp_arena a;
		fp_arena_init(&a);
		fp_diags d;
		fp_diags_init(&d, &a);
		fp_fpfile f;
		if (!fp_fpfile_sites(t, len, &a, false, &d, &f))
			die("out of memory splitting", path);
		for (size_t k = 0; k < f.nexprs; k++)
			add_text(s, t + f.exprs[k].start, f.exprs[k].end - f.exprs[k].start);
		fp_diags_release(&d);
		fp_arena_release(&a);
		fp_free(t);
	}
	if (ls)
		pclose(ls);
}

/* ---- the JSON dump ---------------------------------------------------- */

static void json_dump(fp_jw *w, const fp_node *n)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "kind");
	fp_jw_str(w, fp_node_kind_name((fp_node_kind)n->kind));
	if (n->op) {
		fp_jw_key(w, "op");
		fp_jw_uint(w, n->op);
	}
	fp_jw_key(w, "start");
	fp_jw_uint(w, n->start);
	fp_jw_key(w, "end");
	fp_jw_uint(w, n->end);
	if (n->str) {
		fp_jw_key(w, "str");
		fp_jw_strn(w, n->str, n->len);
	}
	if (n->nkids) {
		fp_jw_key(w, "kids");
		fp_jw_arr_begin(w);
		for (uint32_t i = 0; i < n->nkids; i++)
			json_dump(w, n->kids[i]);
		fp_jw_arr_end(w);
	}
	fp_jw_obj_end(w);
}

/* ---- measuring -------------------------------------------------------- */

static int cmp_text(const void *a, const void *b)
{
	const text *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, n);
	return c ? c : (x->len > y->len) - (x->len < y->len);
}

/* The unique texts of s, each with how often it occurs. */
static text *unique(const set *s, size_t **counts, size_t *n)
{
	text *u = fp_malloc((s->n ? s->n : 1) * sizeof *u);
	*counts = fp_malloc((s->n ? s->n : 1) * sizeof **counts);
	if (!u || !*counts)
		die("out of memory", NULL);
	if (s->n)
		memcpy(u, s->v, s->n * sizeof *u);
	qsort(u, s->n, sizeof *u, cmp_text);
	size_t k = 0;
	for (size_t i = 0; i < s->n; i++) {
		if (k > 0 && cmp_text(&u[k - 1], &u[i]) == 0) {
			(*counts)[k - 1]++;
			continue;
		}
		u[k] = u[i];
		(*counts)[k++] = 1;
	}
	*n = k;
	return u;
}

/* Source, JSON and raw sizes of one text (parsed alone), its blob
 * appended to blobs. */
static void one_text(const text *t, fp_buf *blobs, size_t *json, size_t *raw)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node *root = fp_parse_text(t->s, t->len, &a, &d);
	if (!root)
		die("out of memory parsing", NULL);
	fp_buf j;
	fp_buf_init(&j);
	fp_jw w;
	fp_jw_init(&w, &j, false);
	json_dump(&w, root);
	*json = j.len;
	size_t before = blobs->len;
	const char *why;
	if (fp_ast_encode(root, t->s, t->len, blobs, &why) != FP_AST_OK)
		die("cannot encode:", why);
	*raw = blobs->len - before;
	fp_buf_release(&j);
	fp_diags_release(&d);
	fp_arena_release(&a);
}

static size_t packed(fp_zcodec *z, const char *p, size_t n, const fp_zdict *dict)
{
	fp_buf c;
	fp_buf_init(&c);
	if (fp_zcodec_compress(z, p, n, dict, &c) != FP_Z_OK)
		die("cannot compress", NULL);
	fp_buf back;
	fp_buf_init(&back);
	if (fp_zcodec_decompress(z, c.data, c.len, dict, n, &back) != FP_Z_OK || back.len != n ||
	    memcmp(back.data, p, n) != 0)
		die("compression round trip failed", NULL);
	size_t len = c.len;
	fp_buf_release(&c);
	fp_buf_release(&back);
	return len;
}

/* Best ns per tree to encode (enc) and decode (dec) the unique texts. */
static void timing(const text *u, size_t nu, const fp_buf *blobs, const size_t *rawv, sums *all)
{
	double best_e = 1e30, best_d = 1e30;
	for (int rep = 0; rep < 5; rep++) {
		double t0 = now();
		fp_arena a;
		fp_arena_init(&a);
		size_t off = 0;
		for (size_t i = 0; i < nu; i++) {
			fp_node *root;
			if (fp_ast_decode(blobs->data + off, rawv[i], u[i].s, u[i].len, &a, &root, NULL) !=
			    FP_AST_OK)
				die("cannot decode", u[i].s);
			off += rawv[i];
			if ((i & 63) == 63) {
				fp_arena_release(&a);
				fp_arena_init(&a);
			}
		}
		fp_arena_release(&a);
		double t1 = now();
		if (t1 - t0 < best_d)
			best_d = t1 - t0;
	}
	/* encoding: parse every text once, then time the encoder alone */
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node **trees = fp_malloc((nu ? nu : 1) * sizeof *trees);
	if (!trees)
		die("out of memory", NULL);
	for (size_t i = 0; i < nu; i++) {
		trees[i] = fp_parse_text(u[i].s, u[i].len, &a, &d);
		if (!trees[i])
			die("out of memory parsing", NULL);
	}
	for (int rep = 0; rep < 5; rep++) {
		fp_buf out;
		fp_buf_init(&out);
		double t0 = now();
		for (size_t i = 0; i < nu; i++) {
			fp_buf_reset(&out);
			fp_ast_encode(trees[i], u[i].s, u[i].len, &out, NULL);
		}
		double t1 = now();
		fp_buf_release(&out);
		if (t1 - t0 < best_e)
			best_e = t1 - t0;
	}
	fp_free(trees);
	fp_diags_release(&d);
	fp_arena_release(&a);
	all->enc_ns = nu ? best_e * 1e9 / (double)nu : 0;
	all->dec_ns = nu ? best_d * 1e9 / (double)nu : 0;
}

static void measure(const set *s, int level, size_t dict_cap, sums *all, sums *uniq)
{
	size_t *counts, nu;
	text *u = unique(s, &counts, &nu);
	fp_buf blobs;
	fp_buf_init(&blobs);
	size_t *rawv = fp_malloc((nu ? nu : 1) * sizeof *rawv);
	if (!rawv)
		die("out of memory", NULL);
	memset(all, 0, sizeof *all);
	memset(uniq, 0, sizeof *uniq);
	for (size_t i = 0; i < nu; i++) {
		size_t json, raw;
		one_text(&u[i], &blobs, &json, &raw);
		rawv[i] = raw;
		uniq->texts++;
		uniq->source += u[i].len;
		uniq->json += json;
		uniq->raw += raw;
		all->texts += counts[i];
		all->source += counts[i] * u[i].len;
		all->json += counts[i] * json;
		all->raw += counts[i] * raw;
	}
	fp_zcodec *z = fp_zcodec_new(level);
	if (!z)
		die("out of memory", NULL);
	fp_buf dict;
	fp_buf_init(&dict);
	fp_zdict *zd = NULL;
	fp_z_status st = fp_zdict_train(blobs.data, rawv, nu, dict_cap, &dict);
	if (st == FP_Z_OK && fp_zdict_new(dict.data, dict.len, level, &zd) != FP_Z_OK)
		die("cannot load the trained dictionary", NULL);
	size_t off = 0;
	for (size_t i = 0; i < nu; i++) {
		size_t plain = packed(z, blobs.data + off, rawv[i], NULL);
		size_t with = zd ? packed(z, blobs.data + off, rawv[i], zd) : plain;
		off += rawv[i];
		uniq->zstd += plain;
		uniq->dict += with;
		all->zstd += counts[i] * plain;
		all->dict += counts[i] * with;
	}
	uniq->dict_size = all->dict_size = zd ? dict.len : 0;
	timing(u, nu, &blobs, rawv, uniq);
	fp_zdict_free(zd);
	fp_zcodec_free(z);
	fp_buf_release(&dict);
	fp_buf_release(&blobs);
	fp_free(rawv);
	fp_free(u);
	fp_free(counts);
}

static void row(const char *name, const char *which, const sums *m)
{
	printf("| %s | %s | %zu | %zu | %zu | %zu | %zu | %zu | %zu |\n", name, which, m->texts,
	       m->source, m->json, m->raw, m->zstd, m->dict, m->dict_size);
}

static double ratio(size_t a, size_t b)
{
	return b ? (double)a / (double)b : 0;
}

static void ratio_row(const char *name, const char *which, const sums *m)
{
	printf("| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |\n", name, which,
	       ratio(m->raw, m->source), ratio(m->zstd, m->source), ratio(m->dict, m->source),
	       ratio(m->raw, m->json), ratio(m->zstd, m->json), ratio(m->dict, m->json));
}

int main(int argc, char **argv)
{
	const char *shared = "../shared", *corpus = "corpus";
	int level = FP_Z_LEVEL;
	size_t dict_cap = 16384;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
			shared = argv[++i];
		else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc)
			corpus = argv[++i];
		else if (strcmp(argv[i], "--level") == 0 && i + 1 < argc)
			level = atoi(argv[++i]);
		else if (strcmp(argv[i], "--dict-size") == 0 && i + 1 < argc)
			dict_cap = (size_t)atol(argv[++i]);
		else
			die("usage: blobbench [--shared DIR] [--corpus DIR] [--level N] [--dict-size BYTES]",
			    NULL);
	}
	static const char *const versions[] = { "r4", "r4b", "r5" };
	static const char *const files[] = { "profiles-resources.json", "profiles-types.json",
					     "search-parameters.json" };
	set sets[5] = { { .name = "r4" }, { .name = "r4b" }, { .name = "r5" }, { .name = "corpus" },
			{ .name = "all" } };
	for (size_t v = 0; v < 3; v++) {
		for (size_t f = 0; f < 3; f++) {
			char path[1024];
			snprintf(path, sizeof path, "%s/fhir/%s/%s", shared, versions[v], files[f]);
			load_bundle(&sets[v], path);
		}
	}
	load_corpus(&sets[3], corpus, "clean");
	load_corpus(&sets[3], corpus, "mistakes");
	for (size_t k = 0; k < 4; k++) {
		for (size_t i = 0; i < sets[k].n; i++)
			add_text(&sets[4], sets[k].v[i].s, sets[k].v[i].len);
	}
	sums all[5], uniq[5];
	for (size_t k = 0; k < 5; k++)
		measure(&sets[k], level, dict_cap, &all[k], &uniq[k]);
	printf("zstd level %d, dictionary capacity %zu bytes, bare frames (store/zcodec.h)\n\n",
	       level, dict_cap);
	printf("| set | texts | exprs | source | JSON | raw | zstd | zstd+dict | dict |\n");
	printf("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
	for (size_t k = 0; k < 5; k++) {
		row(sets[k].name, "all", &all[k]);
		row(sets[k].name, "unique", &uniq[k]);
	}
	printf("\nRatios (smaller is better; the dictionary not counted):\n\n");
	printf("| set | texts | raw/src | zstd/src | dict/src | raw/JSON | zstd/JSON | dict/JSON |\n");
	printf("|---|---|---:|---:|---:|---:|---:|---:|\n");
	for (size_t k = 0; k < 5; k++) {
		ratio_row(sets[k].name, "all", &all[k]);
		ratio_row(sets[k].name, "unique", &uniq[k]);
	}
	printf("\nPer tree (unique texts, best of 5): encode / decode ns\n\n");
	for (size_t k = 0; k < 5; k++)
		printf("- %s: %.0f / %.0f ns (%.0f raw bytes per tree)\n", sets[k].name, uniq[k].enc_ns,
		       uniq[k].dec_ns, ratio(uniq[k].raw, uniq[k].texts));
	return 0;
}
