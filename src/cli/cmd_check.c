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
	int error_code;         /* ... and the code to report it with */
	const char *text;       /* -e: the expression */
	bool single;
	bool named;             /* named on the command line: may be a stream */
	fp_check_options opt;
	/* results */
	fp_arena arena;         /* copies of the findings' strings */
	cli_finding *f;
	size_t nf, cap;
	cli_summary sum;
	bool readable;
	bool done;
	/* Extension definitions found in it ("url" or "url\ttypes", in
	 * arena), for the whole run; merged: added to check_ctx's list. */
	const char **ext;
	size_t next;
	bool ext_merged;
	/* It has expressions that use workspace extensions: its first pass
	 * is kept (held) until every input has been read, then those are
	 * analysed again with the run's definitions (see run_jobs). */
	struct held *held;
} job;

/* A checked text kept whole: the file's bytes, the parse, the findings
 * in file offsets, what emit() needs. */
typedef enum text_kind { TEXT_EXPR, TEXT_FPFILE, TEXT_JSON, TEXT_XML } text_kind;

typedef struct held {
	char *data;             /* the bytes read (fp_free), or NULL for -e */
	const char *text;       /* after a BOM */
	size_t len;
	text_kind kind;
	bool ok;                /* false: out of memory */
	fp_arena arena;
	fp_diags diags;
	fp_lines lt;
	bool have_lines;
	fp_fpfile file;
	fp_fexpr one;
	fp_fhir_file fhir;
	struct expr_info *info; /* sorted by start (then order) */
	size_t ninfo;
} held;

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
	/* the workspace's extension URLs (strings in ext_arena), from every
	 * input; ext_ready: all gathered, sorted and unique */
	fp_arena ext_arena;
	const char **ext_urls;
	size_t next_urls, cap_urls;
	bool ext_ready;
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
	size_t order;           /* its place in the file's list */
} expr_info;

static int info_cmp(const void *a, const void *b)
{
	const expr_info *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* The expression a finding at offset `at` is in: of those whose range
 * holds it, the first in the file's list; NULL when none. info is sorted
 * by start and its ranges do not overlap (a search parameter checked per
 * base repeats one range), so this is a binary search and a short walk
 * back, not a scan: a file with 100,000 broken expressions stays fast. */
static const expr_info *info_at(const expr_info *info, size_t n, size_t at)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {       /* the first one starting after at */
		size_t mid = lo + (hi - lo) / 2;
		if (info[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	const expr_info *best = NULL;
	for (size_t k = lo; k-- > 0 && info[k].end >= at;) {
		if (!best || info[k].order < best->order)
			best = &info[k];
	}
	return best;
}

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
	const expr_info *x = info_at(exprs, nexprs, d->start);
	if (x) {
		size_t n = x->len > 500 ? 500 : x->len;
		expr = fp_malloc(n + 4);
		if (expr) {
			memcpy(expr, x->text, n);
			/* cut at a character boundary, then mark the cut */
			while (n < x->len && n > 0 && ((unsigned char)expr[n] & 0xC0) == 0x80)
				n--;
			if (n < x->len)
				memcpy(expr + n, "...", 3), n += 3;
			expr[n] = 0;
		}
		f.context = x->context ? x->context : ctxname;
		f.origin = x->origin;
	}
	f.expression = expr;
	job_add(c, &f);
	fp_free(expr);
}

/* A finding for an unusable text (NUL bytes, not UTF-8); false when the
 * text can be checked. */
static bool bad_encoding(job *c, const char *path, const char *text, size_t len)
{
	fp_arena arena;
	fp_arena_init(&arena);
	fp_diags d;
	fp_diags_init(&d, &arena);
	bool bad = !fp_check_encoding(text, len, &d);   /* the same test as serve's */
	if (bad && d.len) {
		const fp_diag *x = &d.items[0];
		fp_lines lt;
		size_t l = 0, col = 0;
		if (fp_lines_init(&lt, text, x->start)) {      /* the valid text before it */
			fp_lines_pos(&lt, x->start, FP_COL_CHARS, &l, &col);
			fp_lines_release(&lt);
		}
		file_finding(c, path, x->code, l + 1, col + 1, x->message);
	} else if (bad) {
		file_finding(c, path, 9002, 1, 1, "out of memory while checking this file; skipped");
	}
	fp_diags_release(&d);
	fp_arena_release(&arena);
	return bad;
}

/* Free everything h holds, and h. */
static void held_free(held *h)
{
	if (!h)
		return;
	if (h->have_lines)
		fp_lines_release(&h->lt);
	fp_diags_release(&h->diags);
	fp_arena_release(&h->arena);
	fp_free(h->data);
	fp_free(h);
}

/* Report what h found (sorted by position) into the job, then free h. */
static void finish(job *c, const char *path, held *h)
{
	if (!h->ok || h->diags.failed) {
		file_finding(c, path, 9002, 1, 1, "out of memory while checking this file; skipped");
	} else {
		fp_diags_sort(&h->diags);
		for (size_t i = 0; i < h->diags.len; i++)
			emit(c, path, h->text, &h->lt, &h->diags.items[i], h->info, h->ninfo, c->opt.context);
	}
	held_free(h);
}

/* Keep copies of the file's extension definitions in the job, for the
 * run's list. */
static void keep_extensions(job *c, const fp_fhir_file *f)
{
	if (f->next_urls == 0)
		return;
	c->ext = fp_arena_alloc(&c->arena, f->next_urls * sizeof *c->ext);
	for (size_t i = 0; c->ext && i < f->next_urls; i++) {
		c->ext[i] = jdup(c, f->ext_urls[i]);
		if (c->ext[i])
			c->next++;
	}
}

/* Check one text, read once and parsed once: a .fhirpath file (several
 * expressions, directives), a FHIR resource in JSON or XML, or, with
 * single, one expression from -e. The run's extension definitions are
 * not known yet (the other files are being read too), so a text with
 * expressions that use them (extension('url')) is kept in c->held and
 * finished by recheck() once they are; any other is reported now.
 * data (may be NULL) is the buffer text lives in; it is freed here or
 * with the held text. */
static void check_text(job *c, const char *path, char *data, const char *text, size_t len, bool single)
{
	c->sum.files += !single;
	if (bad_encoding(c, path, text, len)) {
		fp_free(data);
		return;
	}
	/* A BOM is not part of the text: positions count after it. */
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	held *h = fp_calloc(1, sizeof *h);
	if (!h) {
		fp_free(data);
		file_finding(c, path, 9002, 1, 1, "out of memory while checking this file; skipped");
		return;
	}
	h->data = data;
	h->text = text;
	h->len = len;
	fp_arena_init(&h->arena);
	fp_diags_init(&h->diags, &h->arena);
	bool ok = fp_lines_init(&h->lt, text, len);
	h->have_lines = ok;
	bool xml = !single && fp_is_xml_file(path);
	bool json = !single && (fp_is_json_file(path) || xml);
	h->kind = single ? TEXT_EXPR : xml ? TEXT_XML : json ? TEXT_JSON : TEXT_FPFILE;
	if (!single && len == 0 && !fp_is_json_file(path) && !fp_is_xml_file(path)) {
		/* worth a word: an empty file is often a failed export */
		file_finding(c, path, 33, 1, 1, "empty file: no expressions to check");
	}
	fp_arena *arena = &h->arena;
	bool uses_ext = false;
	if (ok && single) {
		ok = fp_check_expression(text, len, &c->opt, arena, &h->diags, &h->one);
		h->info = fp_arena_alloc(arena, sizeof *h->info);
		if (ok && h->info) {
			h->info[0] = (expr_info){ 0, (uint32_t)len, text, len, c->opt.context, NULL, 0 };
			h->ninfo = 1;
		}
		uses_ext = ok && h->one.uses_ext;
		c->sum.expressions++;
	} else if (ok && json) {
		fp_fhir_file *fhir = &h->fhir;
		ok = xml ? fp_fhir_xml_check(text, len, &c->opt, arena, &h->diags, fhir)
			 : fp_fhir_json_check(text, len, &c->opt, arena, &h->diags, fhir);
		if (ok && !fhir->is_fhir && h->diags.len == 0) {
			c->sum.files--;         /* not FHIR: skipped silently */
			held_free(h);
			return;
		}
		if (ok)
			keep_extensions(c, fhir);
		h->info = fhir->nexprs ? fp_arena_alloc(arena, fhir->nexprs * sizeof *h->info) : NULL;
		for (size_t i = 0; ok && h->info && i < fhir->nexprs; i++) {
			const fp_embedded *e = &fhir->exprs[i];
			h->info[i] = (expr_info){ e->x.start, e->x.end, e->text, e->len, e->context, e->origin, i };
			h->ninfo++;
			uses_ext = uses_ext || e->x.uses_ext;
		}
		c->sum.expressions += fhir->nexprs;
	} else if (ok) {
		fp_fpfile *file = &h->file;
		ok = fp_check_fpfile(text, len, &c->opt, arena, &h->diags, file);
		h->info = file->nexprs ? fp_arena_alloc(arena, file->nexprs * sizeof *h->info) : NULL;
		for (size_t i = 0; ok && h->info && i < file->nexprs; i++) {
			const fp_fexpr *e = &file->exprs[i];
			h->info[i] = (expr_info){ e->start, e->end, text + e->start, e->end - e->start,
						  e->context, NULL, i };
			h->ninfo++;
			uses_ext = uses_ext || e->uses_ext;
		}
		c->sum.expressions += file->nexprs;
	}
	h->ok = ok;
	if (h->ninfo > 1)
		qsort(h->info, h->ninfo, sizeof *h->info, info_cmp);
	if (ok && uses_ext)
		c->held = h;    /* finished by recheck() */
	else
		finish(c, path, h);
}

/* Finish a held text: analyse again, with opt (the run's extension
 * definitions), the expressions that use them, then report. */
static void recheck(job *c, const fp_check_options *opt)
{
	held *h = c->held;
	c->held = NULL;
	if (!h)
		return;
	if (opt->next_urls) {   /* with none, the first pass already said it all */
		switch (h->kind) {
		case TEXT_EXPR:
			h->ok = fp_recheck_exprs(h->text, &h->one, 1, opt, &h->arena, &h->diags);
			break;
		case TEXT_FPFILE:
			h->ok = fp_recheck_exprs(h->text, h->file.exprs, h->file.nexprs, opt, &h->arena,
						 &h->diags);
			break;
		case TEXT_JSON:
		case TEXT_XML:
			h->ok = fp_fhir_recheck(h->text, h->kind == TEXT_XML, &h->fhir, opt, &h->arena,
						&h->diags);
			break;
		}
	}
	finish(c, c->path, h);
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
	j->opt.lean = true;     /* findings are all a report needs */
	j->path = fp_arena_strndup(&j->arena, path, strlen(path));
	return j;
}

static void visit(void *vctx, const fp_walk_entry *e)
{
	check_ctx *c = vctx;
	const char *path = e->path;
	job *j = new_job(c, strcmp(path, "-") == 0 ? "<stdin>" : path);
	if (j && e->code) {
		j->error = fp_arena_strndup(&j->arena, e->message, strlen(e->message));
		j->error_code = e->code;
	}
	if (j)
		j->named = e->named;
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
		snprintf(msg, sizeof msg, "%s%s", j->error_code == 9001 ? "cannot read: " : "", j->error);
		file_finding(j, j->path, j->error_code, 1, 1, msg);
		return;
	}
	if (j->single) {
		j->readable = true;
		check_text(j, j->path, NULL, j->text, strlen(j->text), true);
		return;
	}
	char *data;
	size_t len;
	char err[256];
	const char *src = j->text ? "-" : j->path;
	if (!fp_read_file(src, MAX_INPUT, j->named ? FP_READ_STREAM : 0, &data, &len, err, sizeof err)) {
		char msg[512];
		snprintf(msg, sizeof msg, "cannot read: %s", err);
		file_finding(j, j->path, strstr(err, "limit") ? 9003 : 9001, 1, 1, msg);
		return;
	}
	j->readable = true;
	check_text(j, j->path, data, data, len, false);   /* takes data */
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
	c->inputs += j->error_code != 35;       /* a link not followed is no input */
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

/* ---- workspace extension definitions --------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Add job j's extension definitions to the run's list, once (before its
 * arena goes). */
static void merge_extensions(check_ctx *c, job *j)
{
	if (j->ext_merged)
		return;
	j->ext_merged = true;
	for (size_t i = 0; i < j->next; i++) {
		if (c->next_urls == c->cap_urls) {
			size_t cap = c->cap_urls ? c->cap_urls * 2 : 64;
			const char **v = fp_realloc(c->ext_urls, cap * sizeof *v);
			if (!v) {
				c->oom = true;
				return;
			}
			c->ext_urls = v;
			c->cap_urls = cap;
		}
		const char *u = fp_arena_strndup(&c->ext_arena, j->ext[i], strlen(j->ext[i]));
		if (!u) {
			c->oom = true;
			return;
		}
		c->ext_urls[c->next_urls++] = u;
	}
}

/* ---- jobs -------------------------------------------------------------- */

/* Job i's first pass: wait for a worker to finish it (p) or run it here. */
static void first_pass(check_ctx *c, pool *p, size_t i)
{
	job *j = &c->jobs[i];
	if (!p) {
		if (!j->done) {
			run_job(j);
			j->done = true;
		}
		return;
	}
	pthread_mutex_lock(&p->mu);
	while (!j->done)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
}

/* Before the first held text is finished: every input has had its first
 * pass, so the run's extension definitions are all known; sort them. */
static void all_read(check_ctx *c, pool *p)
{
	if (c->ext_ready)
		return;
	for (size_t k = 0; k < c->njobs; k++) {
		first_pass(c, p, k);
		merge_extensions(c, &c->jobs[k]);
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
	c->ext_ready = true;
}

/* Run every job on `threads` threads (the calling one included) and
 * report them in input order as they finish, so the output is the same
 * for any -j.
 *
 * Each input is read once and parsed once. Extension definitions from
 * any input apply to every input, so an expression that uses them
 * (extension('url')) can only be judged once all inputs are read: its
 * text stays held after the first pass, and when the report reaches it,
 * the rest of the run's first passes are awaited, the definitions
 * gathered, and the expressions that use them analysed again. Texts
 * without such expressions (all of the FHIR core, most of any
 * implementation guide) are reported as soon as they are done, and only
 * held texts stay in memory. (The earlier design read and parsed every
 * JSON and XML input twice, once only to find the definitions.) */
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
	pool *pp = started ? &p : NULL;         /* no thread: first passes here */
	for (size_t i = 0; i < c->njobs; i++) {
		job *j = &c->jobs[i];
		first_pass(c, pp, i);
		if (j->held) {
			all_read(c, pp);
			fp_check_options o = j->opt;
			o.ext_urls = c->ext_urls;
			o.next_urls = c->next_urls;
			recheck(j, &o);
		}
		merge_extensions(c, j);
		report_job(c, j);
		progress(c, i + 1);
	}
	for (int i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
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
		held_free(c->jobs[i].held);
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
