/*
 * cli/cmd_check.c - `fhirpath-ls check`: parse the command line, walk
 * the inputs, run the project driver (project/driver.h: read, sites,
 * parse, analyse, on -j threads), report the findings in input order.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "analysis/analyze.h"
#include "analysis/uses.h"
#include "project/cache.h"
#include "project/driver.h"
#include "project/settings.h"
#include "sources/config.h"
#include "sources/files.h"
#include "json/write.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "util/lines.h"


/* The findings of one input, converted on the thread that checked it
 * (lines, columns, snippets; strings copied into arena) and reported in
 * input order on the main thread. */
typedef struct result {
	fp_arena arena;
	cli_finding *f;
	size_t nf, cap;
	size_t files, expressions;
	bool read;
	bool input;             /* counts as an input (a link not followed does not) */
	/* index --uses: where the file reads the element asked for */
	uint32_t *use_at;       /* start, end pairs */
	size_t nuse;
	const char *path;       /* the file's (in arena), when nuse */
} result;

typedef struct check_ctx {
	cli_report report;
	fp_check_options opt;
	cli_summary sum;
	const char *context;
	bool werror;
	size_t inputs, readable;
	bool progress;
	struct timespec t0, last_progress;
	fp_driver *driver;
	size_t ninputs;
	bool oom;
	/* the FHIR version: given (--fhir-version) for every input, else what
	 * the folders around each input say (project/settings.h), else R4 */
	bool fhir_given;
	fp_settings *settings;
	/* --severity: wins over each file's .fhirpath-ls.json */
	fp_config overrides;
	/* the first malformed .fhirpath-ls.json an input found (its folder,
	 * the reason: owned by settings) */
	const char *bad_config, *bad_reason;
	/* the store (--cache DIR, or the default place; --no-cache: none) */
	const char *cache_dir;
	bool no_cache;
	fp_store *store;
	fp_cache *cache;
	bool walked_dir;        /* an input was a folder: rows of files gone are forgotten */
	unsigned walk_flags;    /* --no-ignore: FP_WALK_NO_IGNORE */
	bool statistics;        /* --statistics: counts per code */
	const char *command;    /* "check" or "index" */
	bool reads_stdin;
	bool index;             /* `index`: keep the findings, print a summary */
	bool json;              /* index --json */
	/* index --uses: the element (its declaring path), and where it is
	 * read: one (path, start, end) per use, in input order */
	const char *uses_arg;
	const char *element;
	struct use_place { char *path; uint32_t start, end; } *places;
	size_t nplaces, capplaces;
	/* --baseline FILE: read (its findings are not reported) or, with
	 * --write-baseline, recorded from this run */
	const char *baseline_path;
	bool write_baseline;
	cli_baseline *baseline;
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

static const char *rdup(result *r, const char *s)
{
	return s ? fp_arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

/* Keep a copy of finding f in the result. */
static void result_add(result *r, const cli_finding *f)
{
	if (!fp_grow(&r->f, &r->cap, r->nf, sizeof *r->f, 16))
		return;
	cli_finding *c = &r->f[r->nf++];
	*c = *f;
	c->file = rdup(r, f->file);
	c->message = rdup(r, f->message);
	c->rel_message = rdup(r, f->rel_message);
	c->expression = rdup(r, f->expression);
	c->context = rdup(r, f->context);
	c->origin = rdup(r, f->origin);
	c->source_line = f->source_line ? fp_arena_strndup(&r->arena, f->source_line, f->source_len) : NULL;
}

static void result_free(result *r)
{
	if (!r)
		return;
	fp_free(r->use_at);
	fp_free(r->f);
	fp_arena_release(&r->arena);
	fp_free(r);
}

/* Finding d of checked input c, with its line, columns, source line and
 * the expression it is in. */
static void emit(result *r, const fp_checked *c, const fp_diag *d, const char *ctxname)
{
	cli_finding f = { 0 };
	f.file = c->path;
	size_t l, col, el, ecol, i = (size_t)(d - c->diags->items);
	fp_checked_pos(c, i, FP_COL_CHARS, &l, &col, &el, &ecol);
	f.line = l + 1;
	f.col = col + 1;
	f.end_line = el + 1;
	f.end_col = ecol + 1;
	f.severity = d->severity;
	f.code = d->code;
	f.message = d->message;
	if (fp_checked_rel_pos(c, i, FP_COL_CHARS, &l, &col, &el, &ecol)) {
		f.rel_line = l + 1;
		f.rel_col = col + 1;
		f.rel_end_line = el + 1;
		f.rel_end_col = ecol + 1;
		f.rel_message = d->rel_message;
	}
	if (fp_diag_is_file_level(d->code)) {    /* a place, not a range */
		f.end_line = f.line;
		f.end_col = f.col;
	} else {
		fp_checked_window(c, i, &f.source_line, &f.source_len, &f.source_skip, &f.source_cut);
	}
	char *expr = NULL;
	const fp_expr_info *x = fp_checked_expr_at(c, d->start);
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
	result_add(r, &f);
	fp_free(expr);
}

/* driver convert(): the findings of c as the report needs them. */
static void *convert(void *vctx, const fp_checked *c)
{
	result *r = fp_calloc(1, sizeof *r);
	if (!r)
		return NULL;
	fp_arena_init(&r->arena);
	r->files = c->read ? c->files : 0;
	r->expressions = c->expressions;
	r->read = c->read;
	r->input = c->walk_code != FP_D_LINK_OUTSIDE_ROOT;
	if (c->failed) {
		cli_finding f = { 0 };
		f.file = c->path;
		f.line = f.end_line = f.col = f.end_col = 1;
		f.severity = FP_SEV_ERROR;
		f.code = FP_D_OUT_OF_MEMORY;
		f.message = "out of memory while checking this file; skipped";
		result_add(r, &f);
		return r;
	}
	for (size_t i = 0; i < c->diags->len; i++)
		emit(r, c, &c->diags->items[i], c->context);
	const check_ctx *cx = vctx;
	for (size_t i = 0; cx->element && i < c->nuses; i++) {
		if (strcmp(c->uses[i].element, cx->element) != 0)
			continue;
		uint32_t *v = fp_realloc(r->use_at, (r->nuse + 1) * 2 * sizeof *v);
		if (!v)
			break;
		r->use_at = v;
		if (!r->path)
			r->path = rdup(r, c->path);
		v[2 * r->nuse] = c->uses[i].start;
		v[2 * r->nuse + 1] = c->uses[i].end;
		r->nuse++;
	}
	return r;
}

static void drop(void *vctx, void *r)
{
	result_free(r);
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
	fprintf(stderr, "\r\033[K%s %zu/%zu files", c->index ? "indexing" : "checking", done,
		c->ninputs);
	fflush(stderr);
}

/* driver deliver(), in input order: count, print (severities are
 * final: the driver applied --severity and the file's configuration). */
static void deliver(void *vctx, size_t input, void *vr)
{
	check_ctx *c = vctx;
	result *r = vr;
	c->inputs += r->input;
	c->readable += r->read;
	for (size_t i = 0; i < r->nuse; i++) {
		if (!fp_grow(&c->places, &c->capplaces, c->nplaces, sizeof *c->places, 64))
			break;
		struct use_place *p = &c->places[c->nplaces++];
		p->path = r->path ? fp_strdup(r->path) : NULL;
		p->start = r->use_at[2 * i];
		p->end = r->use_at[2 * i + 1];
	}
	c->sum.files += r->files;
	c->sum.expressions += r->expressions;
	for (size_t i = 0; i < r->nf; i++) {
		cli_finding *f = &r->f[i];
		if (c->baseline && c->write_baseline) {
			if (!cli_baseline_record(c->baseline, f))
				c->oom = true;
			continue;
		}
		if (c->baseline && cli_baseline_take(c->baseline, f))
			continue;       /* known: counted as baselined */
		count(&c->sum, f->severity);
		if (!c->index)
			cli_report_add(&c->report, f);
	}
	result_free(r);
	progress(c, input + 1);
}

/* The FHIR version of the input at path (the folders around it say, or
 * R4): the same rule as the language server's (project/settings.h). */
static fp_fhir_version input_version(check_ctx *c, const char *path)
{
	fp_fhir_version v;
	const char *from;
	return fp_settings_version(c->settings, path, &v, &from) ? v : FP_FHIR_R4;
}

/* The severities of the input at path: --severity over the nearest
 * .fhirpath-ls.json around it (project/settings.h), as in the server. A
 * malformed one is remembered: the run stops on it. */
static void input_config(check_ctx *c, const char *path, fp_check_options *opt)
{
	const char *file, *err;
	opt->overrides = &c->overrides;
	opt->config = fp_settings_config(c->settings, path, &file, &err);
	if (err && !c->bad_config) {
		c->bad_config = file;
		c->bad_reason = err;
	}
}

/* An input found by the walk (or stdin, "-"): resolved here, on the
 * main thread, so the workers only check. */
static void visit(void *vctx, const fp_walk_entry *e)
{
	check_ctx *c = vctx;
	const char *path = e->path;
	bool is_stdin = strcmp(path, "-") == 0;
	fp_check_options opt = c->opt;
	opt.lean = true;        /* findings are all a report needs */
	if (!is_stdin)
		opt.context = NULL;     /* -c is for -e and stdin; files say @context */
	/* the settings of a file found by the walk are its folder's: asked
	 * by the folder, which settings know without a stat */
	char dir[PATH_MAX];
	const char *where = is_stdin ? "." : path;
	const char *slash = strrchr(path, '/');
	if (e->st && !S_ISDIR(e->st->st_mode) && slash && (size_t)(slash - path) < sizeof dir) {
		size_t n = slash == path ? 1 : (size_t)(slash - path);
		memcpy(dir, path, n);
		dir[n] = 0;
		where = dir;
	}
	if (!c->fhir_given)
		opt.version = input_version(c, where);
	input_config(c, where, &opt);
	if (!fp_driver_add(c->driver, is_stdin ? "<stdin>" : path, path, NULL, e->code, e->message,
			   e->named ? FP_READ_STREAM : 0, &opt))
		c->oom = true;
	else if (e->st)
		fp_driver_set_stat(c->driver, e->st);
	c->ninputs++;
}

/* ---- the cache ----------------------------------------------------------- */

static void cache_warning(void *ctx, const char *msg)
{
	const check_ctx *c = ctx;
	fprintf(stderr, "fhirpath-ls %s: warning: %s\n", c->command, msg);
}

/* Open the store of the run's workspace and hand its rows to the driver.
 * False only when out of memory. */
static bool open_cache(check_ctx *c, const char *const *paths, size_t npaths)
{
	if (c->no_cache)
		return true;
	/* With stdin closed, the database would be given descriptor 0 (and
	 * sqlite puts /dev/null there): stdin would read as empty, not as
	 * the error it is. A run reading stdin goes without the store then. */
	if (c->reads_stdin && fcntl(0, F_GETFD) < 0)
		return true;
	char root[PATH_MAX];
	static const char *const here[] = { "." };
	fp_cache_root(npaths ? paths : here, npaths ? npaths : 1, root, sizeof root);
	fp_store_config cfg = { c->cache_dir, root, false, cache_warning, c };
	c->store = fp_store_open(&cfg);
	if (!c->store)
		return false;
	c->cache = fp_cache_new(c->store, root);
	if (!c->cache)
		return false;
	fp_driver_use_cache(c->driver, c->cache);
	return true;
}

/* Write what the run learnt and note the run. */
static void close_cache(check_ctx *c)
{
	if (!c->cache)
		return;
	fp_cache_flush(c->cache, c->walked_dir);
	fp_cache_stats st;
	fp_cache_get_stats(c->cache, &st);
	fp_store_run run = { c->command, (int64_t)st.files, (int64_t)st.hits, (int64_t)st.changed,
			     (int64_t)st.removed, (int64_t)c->sum.expressions, c->sum.ms };
	fp_store_note_run(c->store, &run);
}

/* index --uses: the element the argument names, in the version given,
 * else the first of R4, R4B and R5 that has it. */
static const char *element_named(check_ctx *c)
{
	static const fp_fhir_version all[] = { FP_FHIR_R4, FP_FHIR_R4B, FP_FHIR_R5 };
	const char *arg = c->uses_arg;
	for (size_t i = 0; i < sizeof all / sizeof *all; i++) {
		fp_fhir_version v = c->fhir_given ? c->opt.version : all[i];
		const char *e = fp_element_named(fp_model_get(v), arg, strlen(arg));
		if (e || c->fhir_given)
			return e;
	}
	return NULL;
}

/* The text of path, for the lines of its uses; NULL when unreadable. */
static char *read_text(const char *path, size_t *len)
{
	char *data, err[256];
	if (!fp_read_file(path, FP_MAX_FILE, 0, &data, len, err, sizeof err))
		return NULL;
	return data;
}

/* index --uses: every place the element is read, as check shows a
 * finding (path:line:col, the line, a caret underline), or as JSON. */
static void print_uses(check_ctx *c)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, false);
	if (c->json) {
		fp_jw_obj_begin(&w);
		fp_jw_key(&w, "element");
		fp_jw_str(&w, c->element);
		fp_jw_key(&w, "uses");
		fp_jw_arr_begin(&w);
	}
	size_t files = 0;
	for (size_t i = 0; i < c->nplaces;) {
		const char *path = c->places[i].path;
		size_t j = i, len = 0;
		while (j < c->nplaces && path && c->places[j].path && strcmp(c->places[j].path, path) == 0)
			j++;
		if (j == i)
			j = i + 1;
		char *data = path ? read_text(path, &len) : NULL;
		fp_lines lt;
		const char *text = data ? data : "";
		if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
			text += 3, len -= 3;
		bool lines = data && fp_lines_init(&lt, text, len);
		files += lines;
		for (size_t k = i; lines && k < j; k++) {
			const struct use_place *p = &c->places[k];
			if (p->end > len)
				continue;
			cli_finding f = { 0 };
			size_t l, col, el, ecol, ls, le;
			fp_lines_pos(&lt, p->start, FP_COL_CHARS, &l, &col);
			fp_lines_pos(&lt, p->end, FP_COL_CHARS, &el, &ecol);
			fp_lines_span(&lt, l, &ls, &le);
			f.file = path;
			f.line = l + 1, f.col = col + 1, f.end_line = el + 1, f.end_col = ecol + 1;
			cli_finding_source(&f, text, ls, le, p->start);
			if (c->json) {
				fp_jw_obj_begin(&w);
				fp_jw_key(&w, "file");
				fp_jw_str(&w, path);
				fp_jw_key(&w, "line");
				fp_jw_int(&w, (long long)f.line);
				fp_jw_key(&w, "col");
				fp_jw_int(&w, (long long)f.col);
				fp_jw_key(&w, "endLine");
				fp_jw_int(&w, (long long)f.end_line);
				fp_jw_key(&w, "endCol");
				fp_jw_int(&w, (long long)f.end_col);
				fp_jw_obj_end(&w);
			} else {
				printf("%s:%zu:%zu: reads %s\n", path, f.line, f.col, c->element);
				cli_report_snippet(&c->report, &f);
			}
		}
		if (lines)
			fp_lines_release(&lt);
		fp_free(data);
		i = j;
	}
	if (c->json) {
		fp_jw_arr_end(&w);
		fp_jw_obj_end(&w);
		fwrite(b.data, 1, b.len, stdout);
		putchar('\n');
	} else {
		printf("%zu use%s of %s in %zu file%s\n", c->nplaces, c->nplaces == 1 ? "" : "s",
		       c->element, files, files == 1 ? "" : "s");
	}
	fp_buf_release(&b);
}

/* The summary of `index`, after writing what it learnt: text or JSON. */
static int finish_index(check_ctx *c)
{
	if (!c->cache) {
		fprintf(stderr, "fhirpath-ls index: --no-cache leaves nothing to index\n");
		return EXIT_USAGE;
	}
	close_cache(c);
	if (c->element) {
		print_uses(c);
		return c->inputs > 0 && c->readable == 0 ? EXIT_USAGE : EXIT_CLEAN;
	}
	fp_cache_stats st;
	fp_cache_get_stats(c->cache, &st);
	const char *db = fp_store_path(c->store);
	long long bytes = 0;
	struct stat sb;
	char wal[PATH_MAX + 8];
	if (db && stat(db, &sb) == 0)
		bytes += (long long)sb.st_size;
	snprintf(wal, sizeof wal, "%s-wal", db ? db : "");
	if (db && stat(wal, &sb) == 0)
		bytes += (long long)sb.st_size;
	double rate = st.files ? 100.0 * (double)st.hits / (double)st.files : 0;
	if (c->json) {
		printf("{\"files\":%zu,\"unchanged\":%zu,\"changed\":%zu,\"removed\":%zu,"
		       "\"expressions\":%zu,\"errors\":%zu,\"warnings\":%zu,\"infos\":%zu,"
		       "\"cache\":", st.files, st.hits, st.changed, st.removed, c->sum.expressions,
		       c->sum.errors, c->sum.warnings, c->sum.infos);
		fp_buf b;
		fp_buf_init(&b);
		fp_json_write_string(&b, db ? db : "", db ? strlen(db) : 0);
		fwrite(b.data, 1, b.len, stdout);
		fp_buf_release(&b);
		printf(",\"persistent\":%s,\"bytes\":%lld,\"hitRate\":%.1f,\"ms\":%ld}\n",
		       fp_store_persistent(c->store) ? "true" : "false", bytes, rate, c->sum.ms);
	} else {
		printf("indexed %zu file%s (%zu unchanged, %zu changed, %zu removed), %zu expression%s, "
		       "%zu error%s, %zu warning%s\n", st.files, st.files == 1 ? "" : "s", st.hits,
		       st.changed, st.removed, c->sum.expressions, c->sum.expressions == 1 ? "" : "s",
		       c->sum.errors, c->sum.errors == 1 ? "" : "s", c->sum.warnings,
		       c->sum.warnings == 1 ? "" : "s");
		printf("cache %s: %.1f KiB, hit rate %.0f%%, %ld ms\n",
		       fp_store_persistent(c->store) ? db : "in memory", (double)bytes / 1024, rate,
		       c->sum.ms);
	}
	return c->inputs > 0 && c->readable == 0 ? EXIT_USAGE : EXIT_CLEAN;
}

/* ---- configuration ---------------------------------------------------- */

/* A real folder path as the user would write it: relative to the
 * current folder when inside it, into buf. */
static const char *shown_folder(const char *dir, char *buf, size_t n)
{
	char cwd[PATH_MAX];
	size_t k;
	if (!getcwd(cwd, sizeof cwd) || strncmp(dir, cwd, k = strlen(cwd)) != 0 ||
	    (dir[k] != '/' && dir[k] != 0))
		return dir;
	snprintf(buf, n, "%s", dir[k] ? dir + k + 1 : ".");
	return buf;
}

/* Whether .fhirpath-ls.json in dir (the current folder, a PATH) is
 * well-formed; when not, false with a message naming it as given. What
 * a configuration says applies per input (input_config); a broken one
 * stops the run wherever it is, as ruff and ESLint refuse one. */
static bool read_config(const char *dir)
{
	fp_config *cfg = fp_calloc(1, sizeof *cfg);
	char err[256];
	int r = cfg ? fp_config_load(dir, cfg, err, sizeof err) : 0;
	fp_free(cfg);
	if (r < 0) {
		fprintf(stderr, "fhirpath-ls check: %s/%s: %s\n", dir, FP_CONFIG_FILE, err);
		return false;
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

/* `check` and `index`: the same run (index keeps what check would find,
 * with the same options, so a later check finds it), reported apart. */
static int run(int argc, char **argv, const char *command)
{
	const cli_command *self = cli_find_command(command);
	cli_format format = FORMAT_TEXT;
	const char *fhir = "R4";
	/* large (severity table): on the heap */
	check_ctx *c = calloc(1, sizeof *c);
	if (!c) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		return EXIT_USAGE;
	}
	c->settings = fp_settings_new();
	c->command = command;
	c->index = strcmp(command, "index") == 0;
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
			c->fhir_given = true;
		} else if (strcmp(ln, "--format") == 0) {
			if (!parse_format(val, &format)) {
				rc = cli_usage_error("check", "unknown format '%s' (expected text, json, sarif or github)", val);
				goto out;
			}
		} else if (strcmp(ln, "--werror") == 0) {
			c->werror = true;
		} else if (strcmp(ln, "--statistics") == 0) {
			c->statistics = true;
		} else if (strcmp(ln, "--color") == 0) {
			if (!cli_set_color(val)) {
				rc = cli_usage_error("check", "--color wants auto, always or never, not '%s'", val);
				goto out;
			}
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
			if (!fp_config_set_severity(&c->overrides, val)) {
				rc = cli_usage_error("check", "bad --severity '%s' (want CODE=off|info|warning|error, e.g. FP2003=off)", val);
				goto out;
			}
		} else if (strcmp(ln, "--cache") == 0) {
			c->cache_dir = val;
		} else if (strcmp(ln, "--no-cache") == 0) {
			c->no_cache = true;
		} else if (strcmp(ln, "--no-ignore") == 0) {
			c->walk_flags |= FP_WALK_NO_IGNORE;
		} else if (strcmp(ln, "--json") == 0) {
			c->json = true;
		} else if (strcmp(ln, "--uses") == 0) {
			c->uses_arg = val;
		} else if (strcmp(ln, "--baseline") == 0) {
			c->baseline_path = val;
		} else if (strcmp(ln, "--write-baseline") == 0) {
			c->write_baseline = true;
		}
	}
	if (c->write_baseline && !c->baseline_path) {
		rc = cli_usage_error("check", "--write-baseline needs --baseline FILE (where to write it)");
		goto out;
	}
	if (c->baseline_path) {
		/* read before anything is checked: a bad one stops the run
		 * and is left as it is */
		char err[256];
		c->baseline = c->write_baseline ? cli_baseline_new(c->baseline_path)
			    : cli_baseline_read(c->baseline_path, err, sizeof err);
		if (!c->baseline) {
			fprintf(stderr, "fhirpath-ls check: %s: %s\n", c->baseline_path,
				c->write_baseline ? "out of memory" : err);
			rc = EXIT_USAGE;
			goto out;
		}
	}
	if (c->index && npaths == 0)
		paths[npaths++] = ".";
	if (c->uses_arg && !(c->element = element_named(c))) {
		rc = cli_usage_error(command, "no element '%s' in FHIR %s (a path such as Observation.component.value or HumanName.given)",
				     c->uses_arg, c->fhir_given ? fp_fhir_version_name(c->opt.version) : "R4, R4B or R5");
		goto out;
	}
	for (size_t i = 0; c->index && i < npaths; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0 || !S_ISDIR(st.st_mode)) {
			fprintf(stderr, "fhirpath-ls index: %s: %s\n", paths[i],
				access(paths[i], F_OK) == 0 ? "not a folder" : strerror(errno));
			rc = EXIT_USAGE;
			goto out;
		}
	}
	if (npaths == 0 && nexprs == 0) {
		if (isatty(0)) {
			rc = cli_usage_error("check", "nothing to check: give a PATH, '-' for stdin, or -e EXPR");
			goto out;
		}
		paths[npaths++] = "-";
	}
	for (size_t i = 0; i < npaths; i++)
		c->reads_stdin = c->reads_stdin || strcmp(paths[i], "-") == 0;
	if (c->opt.context) {   /* for -e and stdin: the current folder's version */
		fp_fhir_version cv = c->fhir_given ? c->opt.version : input_version(c, ".");
		fp_arena a;
		fp_arena_init(&a);
		fp_tset t;
		bool ok = fp_resolve_context(fp_model_get(cv), c->opt.context,
					     strlen(c->opt.context), &a, &t);
		fp_arena_release(&a);
		if (!ok) {
			rc = cli_usage_error("check", "unknown context '%s' in FHIR %s (a type such as Patient or a path such as Patient.contact)",
					     c->opt.context, fp_fhir_version_name(cv));
			goto out;
		}
	}
	if (!read_config(".")) {
		rc = EXIT_USAGE;
		goto out;
	}
	for (size_t i = 0; i < npaths; i++) {
		if (!read_config(paths[i])) {
			rc = EXIT_USAGE;
			goto out;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &c->t0);
	c->last_progress = c->t0;
	/* a progress line only on a terminal, whatever --color says */
	c->progress = isatty(fileno(stderr)) && cli_color(stderr) && format != FORMAT_GITHUB;
	if (c->statistics && format != FORMAT_TEXT) {
		rc = cli_usage_error("check", "--statistics works with --format text only");
		goto out;
	}
	cli_report_init(&c->report, c->index ? FORMAT_JSON : format, stdout);
	c->report.statistics = c->statistics;
	/* the run's version, as the JSON and SARIF reports name it: the one
	 * given, else the first input's */
	c->report.fhir_version = fp_fhir_version_name(c->fhir_given ? c->opt.version :
		input_version(c, npaths && strcmp(paths[0], "-") ? paths[0] : "."));
	fp_driver_fns fns = { c, convert, deliver, NULL, drop };
	c->driver = fp_driver_new(&fns, FP_MAX_FILE);
	c->oom = c->driver == NULL || !open_cache(c, (const char *const *)paths, npaths);
	for (size_t i = 0; i < npaths; i++) {
		struct stat st;
		c->walked_dir = c->walked_dir || (stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode));
	}
	for (size_t i = 0; i < nexprs && !c->oom; i++) {
		char name[32];
		if (nexprs == 1)
			snprintf(name, sizeof name, "<expr>");
		else
			snprintf(name, sizeof name, "<expr%zu>", i + 1);
		fp_check_options opt = c->opt;
		if (!c->fhir_given)
			opt.version = input_version(c, ".");
		input_config(c, ".", &opt);
		if (!fp_driver_add(c->driver, name, NULL, exprs[i], 0, NULL, 0, &opt))
			c->oom = true;
		c->ninputs++;
	}
	for (size_t i = 0; i < npaths && !c->oom; i++) {
		size_t before = c->ninputs;
		fp_walk_flags(paths[i], fp_is_input_file, c->walk_flags, visit, c, NULL);
		struct stat st;
		if (c->ninputs == before && stat(paths[i], &st) == 0 && S_ISDIR(st.st_mode))
			fprintf(stderr, "fhirpath-ls %s: warning: no FHIRPath found in %s (no .fhirpath, "
				"JSON or XML file%s)\n", c->command, paths[i],
				c->walk_flags & FP_WALK_NO_IGNORE ? "" : " that is not ignored; --no-ignore walks all");
	}
	if (c->bad_config) {    /* one the PATHs did not name: a subfolder's */
		char err[256];
		fprintf(stderr, "fhirpath-ls check: %s/%s: %s\n", shown_folder(c->bad_config, err, sizeof err),
			FP_CONFIG_FILE, c->bad_reason);
		rc = EXIT_USAGE;
		goto out;
	}
	if (c->oom) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		rc = EXIT_USAGE;
		goto out;
	}
	fp_driver_run(c->driver, jobs);
	if (fp_driver_failed(c->driver)) {
		fprintf(stderr, "fhirpath-ls check: out of memory\n");
		rc = EXIT_USAGE;
		goto out;
	}
	if (c->progress)
		fprintf(stderr, "\r\033[K");
	c->sum.ms = ms_since(&c->t0);
	if (c->index) {
		rc = finish_index(c);
		goto out;
	}
	close_cache(c);
	if (c->baseline && c->write_baseline) {
		char err[256];
		size_t entries;
		if (c->oom || !cli_baseline_write(c->baseline, &entries, err, sizeof err)) {
			fprintf(stderr, "fhirpath-ls check: %s: %s\n", c->baseline_path,
				c->oom ? "out of memory" : err);
			rc = EXIT_USAGE;
			goto out;
		}
		size_t n = cli_baseline_taken(c->baseline);
		/* the report is the baseline; stdout says what it holds */
		cli_report_discard(&c->report);
		printf("%s: %zu finding%s recorded in %zu entr%s\n", c->baseline_path, n, n == 1 ? "" : "s",
		       entries, entries == 1 ? "y" : "ies");
		goto out;
	}
	if (c->baseline) {
		c->sum.baseline = true;
		c->sum.baselined = cli_baseline_taken(c->baseline);
		c->sum.stale = cli_baseline_stale(c->baseline);
	}
	cli_report_finish(&c->report, &c->sum);
	if (c->inputs > 0 && c->readable == 0)
		rc = EXIT_USAGE;
	else if (c->sum.errors > 0 || (c->werror && c->sum.warnings > 0))
		rc = EXIT_FINDINGS;
out:
	for (size_t i = 0; i < c->nplaces; i++)
		fp_free(c->places[i].path);
	fp_free(c->places);
	fp_driver_free(c->driver);
	fp_cache_free(c->cache);
	fp_store_close(c->store);
	fp_free(paths);
	fp_free(exprs);
	fp_settings_free(c->settings);
	cli_baseline_free(c->baseline);
	free(c);
	return rc;
}

int cmd_check(int argc, char **argv)
{
	return run(argc, argv, "check");
}

int cmd_index(int argc, char **argv)
{
	return run(argc, argv, "index");
}
