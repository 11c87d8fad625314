/*
 * tests/bench/parsebench.c - parse throughput of the syntax layer.
 *
 *   parsebench [--reps R] [--min-time S] [--json OUT] SET.bin...
 *   parsebench --split OUT.bin DIR      (corpus: .fhirpath files -> SET.bin)
 *
 * A SET.bin holds one expression per record: a 4-byte little-endian length,
 * then that many bytes of UTF-8 (written by extract.py or --split). For
 * every set the driver times, best of R repetitions:
 *
 *   parse  fp_parse_text on each expression, in file order, with a fresh
 *          arena and diagnostics list per expression (released after it);
 *   lex    fp_lex_all alone, same protocol.
 *
 * It also counts fp_malloc/fp_calloc/fp_realloc calls per expression
 * (fp_alloc_count) for parse and lex.
 *
 * One repetition is `passes` passes over the whole set, where `passes` is
 * calibrated so that a repetition lasts at least --min-time seconds. The
 * JSON report gives seconds per pass; the text report MB/s (10^6 bytes)
 * and expressions/s. It also gives the peak RSS of the process
 * (getrusage ru_maxrss), which includes the loaded sets.
 *
 * Built by tests/bench/bench.mk against build/libfp.a; not part of the
 * product or the test runner.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <time.h>

#include "sources/fpfile.h"
#include "syntax/parse.h"
#include "syntax/token.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct set {
	const char *path;
	char *name;
	char *data;             /* the whole file */
	const char **expr;
	uint32_t *len;
	size_t n;
	size_t bytes;
	/* results */
	double parse_s, lex_s;  /* best seconds per pass */
	long parse_passes, lex_passes;
	size_t nerr;            /* expressions with an error diagnostic */
	double parse_allocs, lex_allocs;  /* fp_malloc/realloc calls per expression */
} set;

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void die(const char *fmt, const char *arg)
{
	fprintf(stderr, "parsebench: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\n");
	exit(2);
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		die("cannot open %s", path);
	size_t cap = 1 << 16, n = 0;
	char *buf = malloc(cap);
	if (!buf)
		die("out of memory reading %s", path);
	for (;;) {
		if (n == cap) {
			cap *= 2;
			char *nb = realloc(buf, cap);
			if (!nb)
				die("out of memory reading %s", path);
			buf = nb;
		}
		size_t r = fread(buf + n, 1, cap - n, f);
		n += r;
		if (r == 0)
			break;
	}
	if (ferror(f))
		die("read error on %s", path);
	fclose(f);
	*len = n;
	return buf;
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static void load_set(set *s, const char *path)
{
	memset(s, 0, sizeof *s);
	s->path = path;
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	s->name = strdup(base);
	char *dot = strrchr(s->name, '.');
	if (dot)
		*dot = 0;
	size_t len;
	s->data = read_file(path, &len);
	size_t cap = 0;
	for (size_t off = 0; off < len;) {
		if (len - off < 4)
			die("truncated record in %s", path);
		uint32_t n = get_u32((const unsigned char *)s->data + off);
		off += 4;
		if (n > len - off)
			die("truncated record in %s", path);
		if (s->n == cap) {
			cap = cap ? cap * 2 : 1024;
			s->expr = realloc(s->expr, cap * sizeof *s->expr);
			s->len = realloc(s->len, cap * sizeof *s->len);
			if (!s->expr || !s->len)
				die("out of memory loading %s", path);
		}
		s->expr[s->n] = s->data + off;
		s->len[s->n] = n;
		s->n++;
		s->bytes += n;
		off += n;
	}
}

/* One pass of fp_parse_text over the set; returns expressions with errors. */
static size_t parse_pass(const set *s, size_t *trees)
{
	size_t nerr = 0;
	for (size_t i = 0; i < s->n; i++) {
		fp_arena arena;
		fp_diags diags;
		fp_arena_init(&arena);
		fp_diags_init(&diags, &arena);
		fp_node *root = fp_parse_text(s->expr[i], s->len[i], &arena, &diags);
		if (!root) {
			fprintf(stderr, "parsebench: out of memory\n");
			exit(1);
		}
		*trees += 1;
		nerr += fp_diags_count(&diags, FP_SEV_ERROR) > 0;
		fp_diags_release(&diags);
		fp_arena_release(&arena);
	}
	return nerr;
}

static size_t lex_pass(const set *s, size_t *toks)
{
	size_t nerr = 0;
	for (size_t i = 0; i < s->n; i++) {
		fp_arena arena;
		fp_diags diags;
		fp_tokens t;
		fp_arena_init(&arena);
		fp_diags_init(&diags, &arena);
		if (!fp_lex_all(s->expr[i], s->len[i], &arena, &diags, &t)) {
			fprintf(stderr, "parsebench: out of memory\n");
			exit(1);
		}
		*toks += t.len;
		nerr += diags.len > 0;
		fp_diags_release(&diags);
		fp_arena_release(&arena);
	}
	return nerr;
}

typedef size_t (*pass_fn)(const set *s, size_t *count);

/* fp_malloc/fp_calloc/fp_realloc calls per expression in one pass. */
static double allocs_per_expr(const set *s, pass_fn fn)
{
	size_t sink = 0;
	fp_alloc_fail_at(0);    /* resets the counter; never fails */
	fn(s, &sink);
	return s->n ? (double)fp_alloc_count() / (double)s->n : 0;
}

/* Best seconds per pass over `reps` repetitions of at least min_time. */
static double measure(const set *s, pass_fn fn, int reps, double min_time, long *passes_out,
		      size_t *nerr)
{
	size_t sink = 0;
	/* warm up and calibrate */
	double t0 = now();
	long passes = 0;
	do {
		*nerr = fn(s, &sink);
		passes++;
	} while (now() - t0 < min_time / 4);
	double per = (now() - t0) / (double)passes;
	passes = per > 0 ? (long)(min_time / per) + 1 : 1;
	double best = 1e30;
	for (int r = 0; r < reps; r++) {
		double a = now();
		for (long k = 0; k < passes; k++)
			fn(s, &sink);
		double dt = (now() - a) / (double)passes;
		if (dt < best)
			best = dt;
	}
	*passes_out = passes;
	if (sink == 0 && s->n)
		fprintf(stderr, "parsebench: nothing happened?\n");
	return best;
}

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

/* ---- --split: .fhirpath files of a directory into one SET.bin --------- */

typedef struct pathlist {
	char **v;
	size_t n, cap;
} pathlist;

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void walk(const char *dir, pathlist *out)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		size_t n = strlen(dir) + strlen(e->d_name) + 2;
		char *p = malloc(n);
		if (!p)
			die("out of memory in %s", dir);
		snprintf(p, n, "%s/%s", dir, e->d_name);
		struct stat st;
		if (stat(p, &st) != 0) {
			free(p);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			walk(p, out);
			free(p);
			continue;
		}
		size_t pl = strlen(p);
		if (!S_ISREG(st.st_mode) || pl < 9 || strcmp(p + pl - 9, ".fhirpath") != 0) {
			free(p);
			continue;
		}
		if (out->n == out->cap) {
			out->cap = out->cap ? out->cap * 2 : 64;
			out->v = realloc(out->v, out->cap * sizeof *out->v);
			if (!out->v)
				die("out of memory in %s", dir);
		}
		out->v[out->n++] = p;
	}
	closedir(d);
}

static void put_u32(FILE *f, uint32_t n)
{
	unsigned char b[4] = { (unsigned char)n, (unsigned char)(n >> 8),
			       (unsigned char)(n >> 16), (unsigned char)(n >> 24) };
	fwrite(b, 1, 4, f);
}

static int split_corpus(const char *out, const char *dir)
{
	pathlist files = { 0 };
	walk(dir, &files);
	if (files.n == 0) {
		fprintf(stderr, "parsebench: no .fhirpath files under %s\n", dir);
		return 3;
	}
	qsort(files.v, files.n, sizeof *files.v, cmp_str);
	FILE *f = fopen(out, "wb");
	if (!f)
		die("cannot write %s", out);
	size_t nexpr = 0, bytes = 0;
	for (size_t i = 0; i < files.n; i++) {
		size_t len;
		char *text = read_file(files.v[i], &len);
		fp_arena arena;
		fp_diags diags;
		fp_tokens toks;
		fp_fexpr *ex;
		size_t nex;
		fp_arena_init(&arena);
		fp_diags_init(&diags, &arena);
		if (!fp_lex_all(text, len, &arena, &diags, &toks) ||
		    !fp_fpfile_split(text, len, &toks, &arena, &ex, &nex))
			die("out of memory splitting %s", files.v[i]);
		for (size_t k = 0; k < nex; k++) {
			if (ex[k].end <= ex[k].start)
				continue;
			uint32_t n = ex[k].end - ex[k].start;
			put_u32(f, n);
			fwrite(text + ex[k].start, 1, n, f);
			nexpr++;
			bytes += n;
		}
		fp_diags_release(&diags);
		fp_arena_release(&arena);
		free(text);
		free(files.v[i]);
	}
	free(files.v);
	if (fclose(f) != 0)
		die("write error on %s", out);
	fprintf(stderr, "parsebench: %zu expressions (%zu bytes) from .fhirpath files under %s\n",
		nexpr, bytes, dir);
	return 0;
}

/* ---- main ------------------------------------------------------------- */

static void usage(void)
{
	fprintf(stderr,
		"usage: parsebench [--reps R] [--min-time S] [--json OUT] SET.bin...\n"
		"       parsebench --split OUT.bin DIR\n");
	exit(2);
}

int main(int argc, char **argv)
{
	int reps = 5;
	double min_time = 0.1;
	const char *json = NULL;
	int i = 1;
	if (argc == 4 && strcmp(argv[1], "--split") == 0)
		return split_corpus(argv[2], argv[3]);
	for (; i < argc && argv[i][0] == '-' && argv[i][1] == '-'; i++) {
		if (strcmp(argv[i], "--reps") == 0 && i + 1 < argc)
			reps = atoi(argv[++i]);
		else if (strcmp(argv[i], "--min-time") == 0 && i + 1 < argc)
			min_time = atof(argv[++i]);
		else if (strcmp(argv[i], "--json") == 0 && i + 1 < argc)
			json = argv[++i];
		else
			usage();
	}
	if (i >= argc || reps < 1 || min_time <= 0)
		usage();
	size_t nsets = (size_t)(argc - i);
	set *sets = calloc(nsets, sizeof *sets);
	if (!sets)
		die("%s", "out of memory");
	for (size_t k = 0; k < nsets; k++)
		load_set(&sets[k], argv[i + (int)k]);

	double tot_parse = 0, tot_lex = 0;
	size_t tot_n = 0, tot_bytes = 0;
	printf("%-16s %8s %9s %10s %12s %10s %12s %7s %7s %7s\n", "set", "exprs", "bytes",
	       "parse MB/s", "parse expr/s", "lex MB/s", "lex expr/s", "errors", "allocs", "(lex)");
	for (size_t k = 0; k < nsets; k++) {
		set *s = &sets[k];
		size_t lex_err;
		s->parse_s = measure(s, parse_pass, reps, min_time, &s->parse_passes, &s->nerr);
		s->lex_s = measure(s, lex_pass, reps, min_time, &s->lex_passes, &lex_err);
		s->parse_allocs = allocs_per_expr(s, parse_pass);
		s->lex_allocs = allocs_per_expr(s, lex_pass);
		tot_parse += s->parse_s;
		tot_lex += s->lex_s;
		tot_n += s->n;
		tot_bytes += s->bytes;
		printf("%-16s %8zu %9zu %10.1f %12.0f %10.1f %12.0f %7zu %7.2f %7.2f\n",
		       s->name, s->n, s->bytes, (double)s->bytes / s->parse_s / 1e6,
		       (double)s->n / s->parse_s, (double)s->bytes / s->lex_s / 1e6,
		       (double)s->n / s->lex_s, s->nerr, s->parse_allocs, s->lex_allocs);
		fflush(stdout);
	}
	if (nsets > 1)
		printf("%-16s %8zu %9zu %10.1f %12.0f %10.1f %12.0f\n", "ALL", tot_n,
		       tot_bytes, (double)tot_bytes / tot_parse / 1e6, (double)tot_n / tot_parse,
		       (double)tot_bytes / tot_lex / 1e6, (double)tot_n / tot_lex);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("peak RSS: %ld KiB\n", ru.ru_maxrss);

	if (json) {
		FILE *f = fopen(json, "w");
		if (!f)
			die("cannot write %s", json);
		fprintf(f, "{\"tool\": \"fhirpath-ls parsebench\", \"reps\": %d, \"min_time\": %g, "
			"\"peak_rss_kib\": %ld, \"sets\": [\n", reps, min_time, ru.ru_maxrss);
		for (size_t k = 0; k < nsets; k++) {
			set *s = &sets[k];
			fprintf(f, "  {\"name\": ");
			json_str(f, s->name);
			fprintf(f, ", \"exprs\": %zu, \"bytes\": %zu, \"parse_s\": %.9g, "
				"\"parse_passes\": %ld, \"lex_s\": %.9g, \"lex_passes\": %ld, "

				"\"errors\": %zu, \"parse_allocs_per_expr\": %.3f, "
				"\"lex_allocs_per_expr\": %.3f}%s\n", s->n, s->bytes, s->parse_s,
				s->parse_passes, s->lex_s, s->lex_passes, s->nerr, s->parse_allocs,
				s->lex_allocs, k + 1 < nsets ? "," : "");
		}
		fprintf(f, "]}\n");
		if (fclose(f) != 0)
			die("write error on %s", json);
	}
	for (size_t k = 0; k < nsets; k++) {
		free(sets[k].name);
		free(sets[k].data);
		free(sets[k].expr);
		free(sets[k].len);
	}
	free(sets);
	return 0;
}
