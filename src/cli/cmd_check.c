/*
 * cli/cmd_check.c - `fhirpath-ls check`: walk inputs, run the pipeline
 * (sources -> syntax; analysis comes with the model), report findings.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "sources/files.h"
#include "json/read.h"
#include "sources/fhir_json.h"
#include "sources/fpfile.h"
#include "sources/config.h"
#include "sources/pipeline.h"
#include "syntax/parse.h"
#include "analysis/analyze.h"
#include "util/alloc.h"
#include "util/lines.h"
#include "util/utf8.h"

#define MAX_INPUT ((size_t)256 << 20)

/* One input (file, stdin or -e expression) and, once checked, its
 * findings. Workers fill jobs in any order; the main thread reports them
 * in input order, so the output is the same for any -j. */
typedef struct job {
	char *path;             /* as shown in findings */
	char *error;            /* the walk could not read it */
	const char *text;       /* -e: the expression */
	bool single;
	fp_check_options opt;
	/* results */
	fp_arena arena;         /* copies of the findings' strings */
	cli_finding *f;
	size_t nf, cap;
	cli_summary sum;
	bool readable;
	bool done;
} job;

typedef struct check_ctx {
	cli_report report;
	fp_check_options opt;
	cli_summary sum;
	const char *context;
	bool werror;
	size_t inputs, readable;
	bool progress;
	struct timespec t0, last_progress;
	/* the jobs, in input order */
	job *jobs;
	size_t njobs, capjobs;
	bool oom;
	/* the workspace's extension URLs (strings in ext_arena) */
	fp_arena ext_arena;
	const char **ext_urls;
	size_t next_urls, cap_urls;
	/* severity overrides (--severity, then .fhirpath-ls.json) */
	fp_config config;
	bool cli_severity[10000];       /* set on the command line */
} check_ctx;

static long ms_since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000;
}

static void count(cli_summary *sum, fp_severity s)
{
	if (s == FP_SEV_ERROR)
		sum->errors++;
	else if (s == FP_SEV_WARNING)
		sum->warnings++;
	else
		sum->infos++;
}

static const char *jdup(job *j, const char *s)
{
	return s ? fp_arena_strndup(&j->arena, s, strlen(s)) : NULL;
}

/* Keep a copy of finding f in the job. */
static void job_add(job *j, const cli_finding *f)
{
	if (j->nf == j->cap) {
		size_t cap = j->cap ? j->cap * 2 : 16;
		cli_finding *v = fp_realloc(j->f, cap * sizeof *v);
		if (!v)
			return;
		j->f = v;
		j->cap = cap;
	}
	cli_finding *c = &j->f[j->nf++];
	*c = *f;
	c->file = jdup(j, f->file);
	c->message = jdup(j, f->message);
	c->expression = jdup(j, f->expression);
	c->context = jdup(j, f->context);
	c->origin = jdup(j, f->origin);
	c->source_line = f->source_line ? fp_arena_strndup(&j->arena, f->source_line, f->source_len) : NULL;
}

/* A finding about a whole file (unreadable, not UTF-8...). */
static void file_finding(job *c, const char *path, int code, size_t line, size_t col,
			 const char *msg)
{
	cli_finding f = { 0 };
	f.file = path;
	f.line = f.end_line = line;
	f.col = f.end_col = col;
	const fp_diag_code *row = fp_diag_lookup(code);
	f.severity = row ? row->severity : FP_SEV_ERROR;
	f.code = code;
	f.message = msg;
	job_add(c, &f);
}

/* What a finding says about the expression it is in. */
typedef struct expr_info {
	uint32_t start, end;    /* in the file */
	const char *text;       /* the expression (decoded for JSON strings) */
	size_t len;
	const char *context;
	const char *origin;
} expr_info;

static void emit(job *c, const char *path, const char *text, const fp_lines *lt,
		 const fp_diag *d, const expr_info *exprs, size_t nexprs, const char *ctxname)
{
	cli_finding f = { 0 };
	f.file = path;
	size_t l, col, el, ecol;
	fp_lines_pos(lt, d->start, FP_COL_CHARS, &l, &col);
	fp_lines_pos(lt, d->end, FP_COL_CHARS, &el, &ecol);
	f.line = l + 1;
	f.col = col + 1;
	f.end_line = el + 1;
	f.end_col = ecol + 1;
	f.severity = d->severity;
	f.code = d->code;
	f.message = d->message;
	size_t ls, le;
	fp_lines_span(lt, l, &ls, &le);
	f.source_line = text + ls;
	f.source_len = le - ls;
	char *expr = NULL;
	for (size_t i = 0; i < nexprs; i++) {
		if (d->start >= exprs[i].start && d->start <= exprs[i].end) {
			size_t n = exprs[i].len > 500 ? 500 : exprs[i].len;
			expr = fp_malloc(n + 4);
			if (expr) {
				memcpy(expr, exprs[i].text, n);
				/* cut at a character boundary, then mark the cut */
				while (n < exprs[i].len && n > 0 && ((unsigned char)expr[n] & 0xC0) == 0x80)
					n--;
				if (n < exprs[i].len)
					memcpy(expr + n, "...", 3), n += 3;
				expr[n] = 0;
			}
			f.context = exprs[i].context ? exprs[i].context : ctxname;
			f.origin = exprs[i].origin;
			break;
		}
	}
	f.expression = expr;
	job_add(c, &f);
	fp_free(expr);
}

/* Check one text: a .fhirpath file (several expressions, directives) or,
 * with single, one expression from -e. */
static void check_text(job *c, const char *path, const char *text, size_t len, bool single)
{
	c->sum.files += !single;
	/* Encoding first: positions are meaningless in a binary file. */
	const char *nul = memchr(text, 0, len);
	if (nul) {
		fp_lines lt;
		size_t l = 0, col = 0;
		if (fp_lines_init(&lt, text, (size_t)(nul - text))) {
			fp_lines_pos(&lt, (size_t)(nul - text), FP_COL_CHARS, &l, &col);
			fp_lines_release(&lt);
		}
		char msg[128];
		snprintf(msg, sizeof msg, "file contains a NUL byte at offset %zu; is it binary or UTF-16?",
			 (size_t)(nul - text));
		file_finding(c, path, 31, l + 1, col + 1, msg);
		return;
	}
	size_t bad;
	if (!fp_utf8_valid(text, len, &bad)) {
		fp_lines lt;
		size_t l = 0, col = 0;
		if (fp_lines_init(&lt, text, bad)) {
			fp_lines_pos(&lt, bad, FP_COL_CHARS, &l, &col);
			fp_lines_release(&lt);
		}
		char msg[160];
		snprintf(msg, sizeof msg, "file is not valid UTF-8: byte 0x%02x at offset %zu; re-save it as UTF-8",
			 (unsigned char)text[bad], bad);
		file_finding(c, path, 30, l + 1, col + 1, msg);
		return;
	}
	/* A BOM is not part of the text: positions count after it. */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	fp_arena arena;
	fp_arena_init(&arena);
	fp_diags diags;
	fp_diags_init(&diags, &arena);
	fp_lines lt;
	bool ok = fp_lines_init(&lt, text, len);
	fp_fpfile file;
	fp_fexpr one;
	fp_fhir_file fhir;
	expr_info *info = NULL;
	size_t ninfo = 0;
	bool xml = !single && fp_is_xml_file(path);
	bool json = !single && (fp_is_json_file(path) || xml);
	if (!single && len == 0 && !fp_is_json_file(path) && !fp_is_xml_file(path)) {
		/* worth a word: an empty file is often a failed export */
		file_finding(c, path, 33, 1, 1, "empty file: no expressions to check");
	}
	if (ok && single) {
		ok = fp_check_expression(text, len, &c->opt, &arena, &diags, &one);
		info = fp_arena_alloc(&arena, sizeof *info);
		if (ok && info) {
			info[0] = (expr_info){ 0, (uint32_t)len, text, len, c->opt.context, NULL };
			ninfo = 1;
		}
		c->sum.expressions++;
	} else if (ok && json) {
		ok = xml ? fp_fhir_xml_check(text, len, &c->opt, &arena, &diags, &fhir)
			 : fp_fhir_json_check(text, len, &c->opt, &arena, &diags, &fhir);
		if (ok && !fhir.is_fhir && diags.len == 0) {
			c->sum.files--;         /* not FHIR: skipped silently */
			goto done;
		}
		info = fhir.nexprs ? fp_arena_alloc(&arena, fhir.nexprs * sizeof *info) : NULL;
		for (size_t i = 0; ok && info && i < fhir.nexprs; i++) {
			const fp_embedded *e = &fhir.exprs[i];
			info[i] = (expr_info){ e->x.start, e->x.end, e->text, e->len, e->context, e->origin };
			ninfo++;
		}
		c->sum.expressions += fhir.nexprs;
	} else if (ok) {
		ok = fp_check_fpfile(text, len, &c->opt, &arena, &diags, &file);
		info = file.nexprs ? fp_arena_alloc(&arena, file.nexprs * sizeof *info) : NULL;
		for (size_t i = 0; ok && info && i < file.nexprs; i++) {
			const fp_fexpr *e = &file.exprs[i];
			info[i] = (expr_info){ e->start, e->end, text + e->start, e->end - e->start,
					       e->context, NULL };
			ninfo++;
		}
		c->sum.expressions += file.nexprs;
	}
	if (!ok || diags.failed) {
		file_finding(c, path, 9002, 1, 1, "out of memory while checking this file; skipped");
	} else {
		fp_diags_sort(&diags);
		for (size_t i = 0; i < diags.len; i++)
			emit(c, path, text, &lt, &diags.items[i], info, ninfo, c->opt.context);
	}
done:
	if (ok || lt.starts)
		fp_lines_release(&lt);
	fp_diags_release(&diags);
	fp_arena_release(&arena);
}

static void progress(check_ctx *c, size_t done)
{
	if (!c->progress)
		return;
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	long since = (t.tv_sec - c->last_progress.tv_sec) * 1000 +
		     (t.tv_nsec - c->last_progress.tv_nsec) / 1000000;
	if (since < 100)
		return;
	c->last_progress = t;
	fprintf(stderr, "\r\033[Kchecking %zu/%zu files", done, c->njobs);
	fflush(stderr);
}

static job *new_job(check_ctx *c, const char *path)
{
	if (c->njobs == c->capjobs) {
		size_t cap = c->capjobs ? c->capjobs * 2 : 64;
		job *v = fp_realloc(c->jobs, cap * sizeof *v);
		if (!v) {
			c->oom = true;
			return NULL;
		}
		c->jobs = v;
		c->capjobs = cap;
	}
	job *j = &c->jobs[c->njobs++];
	memset(j, 0, sizeof *j);
	fp_arena_init(&j->arena);
	j->opt = c->opt;
	j->path = fp_arena_strndup(&j->arena, path, strlen(path));
	return j;
}

static void visit(void *vctx, const char *path, const char *error)
{
	check_ctx *c = vctx;
	job *j = new_job(c, strcmp(path, "-") == 0 ? "<stdin>" : path);
	if (j && error)
		j->error = fp_arena_strndup(&j->arena, error, strlen(error));
	if (j && strcmp(path, "-") == 0)
		j->text = "-";  /* read stdin */
	else if (j)
		j->opt.context = NULL;  /* -c is for -e and stdin; files say @context */
}

/* Check one job: read the file (or take the -e text) and run the
 * pipeline. Runs on any thread; touches only the job. */
static void run_job(job *j)
{
	if (j->error) {
		char msg[512];
		snprintf(msg, sizeof msg, "cannot read: %s", j->error);
		file_finding(j, j->path, 9001, 1, 1, msg);
		return;
	}
	if (j->single) {
		j->readable = true;
		check_text(j, j->path, j->text, strlen(j->text), true);
		return;
	}
	char *data;
	size_t len;
	char err[256];
	const char *src = j->text ? "-" : j->path;
	if (!fp_read_file(src, MAX_INPUT, &data, &len, err, sizeof err)) {
		char msg[512];
		snprintf(msg, sizeof msg, "cannot read: %s", err);
		file_finding(j, j->path, strstr(err, "limit") ? 9003 : 9001, 1, 1, msg);
		return;
	}
	j->readable = true;
	check_text(j, j->path, data, len, false);
	fp_free(data);
}

/* ---- workers --------------------------------------------------------- */

typedef struct pool {
	check_ctx *c;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	size_t next;            /* next job to take */
} pool;

static void *worker(void *arg)
{
	pool *p = arg;
	for (;;) {
		pthread_mutex_lock(&p->mu);
		size_t i = p->next < p->c->njobs ? p->next++ : p->c->njobs;
		pthread_mutex_unlock(&p->mu);
		if (i >= p->c->njobs)
			break;
		run_job(&p->c->jobs[i]);
		pthread_mutex_lock(&p->mu);
		p->c->jobs[i].done = true;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	fp_arena_drop_spare();
	return NULL;
}

/* Report job j: apply severity overrides, count, print. */
static void report_job(check_ctx *c, job *j)
{
	c->inputs++;
	c->readable += j->readable;
	c->sum.files += j->sum.files;
	c->sum.expressions += j->sum.expressions;
	for (size_t i = 0; i < j->nf; i++) {
		cli_finding *f = &j->f[i];
		fp_severity sev = fp_config_severity(&c->config, f->code, f->severity);
		if (!sev)
			continue;
		f->severity = sev;
		count(&c->sum, f->severity);
		cli_report_add(&c->report, f);
	}
	fp_free(j->f);
	j->f = NULL;
	fp_arena_release(&j->arena);
}

/* Run every job on `threads` threads (the calling one included) and
 * report them in order as they finish. */
static void run_jobs(check_ctx *c, int threads)
{
	pool p;
	p.c = c;
	p.next = 0;
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	pthread_t tids[64];
	int started = 0;
	if (threads > 64)
		threads = 64;
	if ((size_t)threads > c->njobs)
		threads = (int)c->njobs;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	/* parser and analyser recurse up to FP_MAX_DEPTH levels */
	pthread_attr_setstacksize(&attr, (size_t)16 << 20);
	for (int i = 1; i < threads; i++) {
		if (pthread_create(&tids[started], &attr, worker, &p) == 0)
			started++;
	}
	pthread_attr_destroy(&attr);
	if (started == 0) {
		/* one thread: check and report as we go */
		for (size_t i = 0; i < c->njobs; i++) {
			run_job(&c->jobs[i]);
			report_job(c, &c->jobs[i]);
			progress(c, i + 1);
		}
	} else {
		for (size_t i = 0; i < c->njobs; i++) {
			pthread_mutex_lock(&p.mu);
			while (!c->jobs[i].done)
				pthread_cond_wait(&p.cv, &p.mu);
			pthread_mutex_unlock(&p.mu);
			report_job(c, &c->jobs[i]);
			progress(c, i + 1);
		}
		for (int i = 0; i < started; i++)
			pthread_join(tids[i], NULL);
	}
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
}

/* ---- workspace extension definitions --------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool contains(const char *s, size_t n, const char *word)
{
	size_t k = strlen(word);
	for (const char *p = s; n >= k && (p = memchr(p, word[0], n - k + 1 - (size_t)(p - s))) != NULL; p++) {
		if (memcmp(p, word, k) == 0)
			return true;
	}
	return false;
}

/* A first pass over the JSON and XML inputs: the URLs of the extension
 * definitions among them, so that extension('url') in every file can be
 * checked against them. Files without both words are not parsed. */
static void collect_extensions(check_ctx *c)
{
	for (size_t i = 0; i < c->njobs; i++) {
		job *j = &c->jobs[i];
		if (j->error || j->single || j->text || !(fp_is_json_file(j->path) || fp_is_xml_file(j->path)))
			continue;
		char *data;
		size_t len;
		char err[64];
		if (!fp_read_file(j->path, MAX_INPUT, &data, &len, err, sizeof err))
			continue;
		if (contains(data, len, "StructureDefinition") && contains(data, len, "\"Extension\"") &&
		    !fp_collect_extensions(data, len, fp_is_xml_file(j->path), &c->ext_arena, &c->ext_urls,
					   &c->next_urls, &c->cap_urls))
			c->oom = true;
		fp_free(data);
	}
	if (c->next_urls > 1) {
		qsort(c->ext_urls, c->next_urls, sizeof *c->ext_urls, cmp_str);
		size_t k = 0;
		for (size_t i = 0; i < c->next_urls; i++) {
			if (k == 0 || strcmp(c->ext_urls[k - 1], c->ext_urls[i]) != 0)
				c->ext_urls[k++] = c->ext_urls[i];
		}
		c->next_urls = k;
	}
	for (size_t i = 0; i < c->njobs; i++) {
		c->jobs[i].opt.ext_urls = c->ext_urls;
		c->jobs[i].opt.next_urls = c->next_urls;
	}
}

/* ---- configuration ---------------------------------------------------- */

/* .fhirpath-ls.json in dir. Returns false (with a message printed) when
 * it is malformed. A version there counts only when none was given. */
static bool read_config(check_ctx *c, const char *dir, bool *fhir_given)
{
	fp_config cfg = c->config;
	char err[256];
	int r = fp_config_load(dir, &cfg, err, sizeof err);
	if (r < 0) {
		fprintf(stderr, "fhirpath-ls check: %s/%s: %s\n", dir, FP_CONFIG_FILE, err);
		return false;
	}
	if (r == 0)
		return true;
	/* severities merge; the command line's (set after) win */
	for (int i = 0; i < 10000; i++) {
		if (cfg.severity[i] && !c->cli_severity[i])
			c->config.severity[i] = cfg.severity[i];
	}
	if (cfg.has_version && !*fhir_given) {
		c->opt.version = cfg.version;
		*fhir_given = true;
		c->report.fhir_version = fp_fhir_version_name(cfg.version);
	}
	return true;
}

static bool parse_format(const char *s, cli_format *f)
{
	static const struct { const char *name; cli_format f; } fmts[] = {
		{ "text", FORMAT_TEXT }, { "json", FORMAT_JSON },
		{ "sarif", FORMAT_SARIF }, { "github", FORMAT_GITHUB },
	};
	for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++) {
		if (strcmp(s, fmts[i].name) == 0) {
			*f = fmts[i].f;
			return true;
		}
	}
	return false;
}

int cmd_check(int argc, char **argv)
{
	const cli_command *self = cli_find_command("check");
	cli_format format = FORMAT_TEXT;
	const char *fhir = "R4";
	bool fhir_given = false;
	/* large (severity table): on the heap */
	check_ctx *c = calloc(1, sizeof *c);
	if (!c) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		return EXIT_USAGE;
	}
	long nproc = sysconf(_SC_NPROCESSORS_ONLN);
	int jobs = nproc > 0 ? (int)nproc : 1;
	const char **paths = fp_calloc((size_t)argc + 1, sizeof *paths);
	const char **exprs = fp_calloc((size_t)argc + 1, sizeof *exprs);
	size_t npaths = 0, nexprs = 0;
	int rc = EXIT_CLEAN;
	if (!paths || !exprs) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		rc = EXIT_USAGE;
		goto out;
	}
	bool only_paths = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
			paths[npaths++] = a;
			continue;
		}
		if (strcmp(a, "--") == 0) {
			only_paths = true;
			continue;
		}
		const char *val;
		const cli_option *o = cli_match_option(self->options, a, &val);
		if (!o) {
			rc = cli_unknown_option(self, a);
			goto out;
		}
		if (o->arg && !val) {
			if (i + 1 >= argc) {
				rc = cli_usage_error("check", "option '%s' needs a value (%s)", o->longname, o->arg);
				goto out;
			}
			val = argv[++i];
		} else if (!o->arg && val) {
			rc = cli_usage_error("check", "option '%s' takes no value", o->longname);
			goto out;
		}
		const char *ln = o->longname;
		if (strcmp(ln, "--help") == 0) {
			cli_print_command_help(stdout, self);
			goto out;
		} else if (strcmp(ln, "--expression") == 0) {
			exprs[nexprs++] = val;
		} else if (strcmp(ln, "--context") == 0) {
			c->context = val;
			c->opt.context = val;
		} else if (strcmp(ln, "--fhir-version") == 0) {
			if (strcasecmp(val, "R4") && strcasecmp(val, "R4B") && strcasecmp(val, "R5")) {
				rc = cli_usage_error("check", "unknown FHIR version '%s' (expected R4, R4B or R5)", val);
				goto out;
			}
			fhir = strcasecmp(val, "R4") == 0 ? "R4" : strcasecmp(val, "R4B") == 0 ? "R4B" : "R5";
			fp_fhir_version_parse(fhir, strlen(fhir), &c->opt.version);
			fhir_given = true;
		} else if (strcmp(ln, "--format") == 0) {
			if (!parse_format(val, &format)) {
				rc = cli_usage_error("check", "unknown format '%s' (expected text, json, sarif or github)", val);
				goto out;
			}
		} else if (strcmp(ln, "--werror") == 0) {
			c->werror = true;
		} else if (strcmp(ln, "--jobs") == 0) {
			char *end;
			long n = strtol(val, &end, 10);
			if (*end || n < 1 || n > 64) {
				rc = cli_usage_error("check", "--jobs wants a number from 1 to 64, not '%s'", val);
				goto out;
			}
			jobs = (int)n;
		} else if (strcmp(ln, "--severity") == 0) {
			char name[16] = "";
			const char *eq = strchr(val, '=');
			if (eq && eq - val < 16) {
				memcpy(name, val, (size_t)(eq - val));
				name[eq - val] = 0;
			}
			int code = fp_diag_parse_code(name);
			if (code >= 0 && code < 10000)
				c->cli_severity[code] = true;
			if (!fp_config_set_severity(&c->config, val)) {
				rc = cli_usage_error("check", "bad --severity '%s' (want CODE=off|info|warning|error, e.g. FP2003=off)", val);
				goto out;
			}
		}
		/* --cache and --no-cache: accepted; the store comes later */
	}
	if (npaths == 0 && nexprs == 0) {
		if (isatty(0)) {
			rc = cli_usage_error("check", "nothing to check: give a PATH, '-' for stdin, or -e EXPR");
			goto out;
		}
		paths[npaths++] = "-";
	}
	if (c->opt.context) {
		fp_arena a;
		fp_arena_init(&a);
		fp_tset t;
		bool ok = fp_resolve_context(fp_model_get(c->opt.version), c->opt.context,
					     strlen(c->opt.context), &a, &t);
		fp_arena_release(&a);
		if (!ok) {
			rc = cli_usage_error("check", "unknown context '%s' in FHIR %s (a type such as Patient or a path such as Patient.contact)",
					     c->opt.context, fhir);
			goto out;
		}
	}
	if (!read_config(c, ".", &fhir_given)) {
		rc = EXIT_USAGE;
		goto out;
	}
	clock_gettime(CLOCK_MONOTONIC, &c->t0);
	c->last_progress = c->t0;
	c->progress = cli_color(stderr) && format != FORMAT_GITHUB;
	cli_report_init(&c->report, format, stdout);
	if (fhir_given)
		c->report.fhir_version = fp_fhir_version_name(c->opt.version);
	for (size_t i = 0; i < nexprs; i++) {
		char name[32];
		if (nexprs == 1)
			snprintf(name, sizeof name, "<expr>");
		else
			snprintf(name, sizeof name, "<expr%zu>", i + 1);
		job *j = new_job(c, name);
		if (j) {
			j->single = true;
			j->text = exprs[i];
		}
	}
	fp_fhir_version given = c->opt.version;
	for (size_t i = 0; i < npaths; i++) {
		/* without --fhir-version, a folder's config or project files say */
		fp_fhir_version v;
		const char *from = NULL;
		bool dir_given = fhir_given;
		c->opt.version = given;
		if (!read_config(c, paths[i], &dir_given) && 0)
			break;
		if (!dir_given && fp_detect_fhir_version(paths[i], &v, &from)) {
			c->opt.version = v;
			c->report.fhir_version = fp_fhir_version_name(v);
		}
		fp_walk(paths[i], fp_is_input_file, visit, c);
	}
	if (c->oom) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		rc = EXIT_USAGE;
		goto out;
	}
	collect_extensions(c);
	run_jobs(c, jobs);
	if (c->progress)
		fprintf(stderr, "\r\033[K");
	c->sum.ms = ms_since(&c->t0);
	cli_report_finish(&c->report, &c->sum);
	if (c->inputs > 0 && c->readable == 0)
		rc = EXIT_USAGE;
	else if (c->sum.errors > 0 || (c->werror && c->sum.warnings > 0))
		rc = EXIT_FINDINGS;
out:
	for (size_t i = 0; i < c->njobs; i++) {
		fp_free(c->jobs[i].f);
		fp_arena_release(&c->jobs[i].arena);
	}
	fp_free(c->jobs);
	fp_free(c->ext_urls);
	fp_arena_release(&c->ext_arena);
	fp_free(paths);
	fp_free(exprs);
	free(c);
	return rc;
}
