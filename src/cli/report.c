/*
 * cli/report.c - the output formats of `check`: text, json, sarif, github.
 *
 * text streams one finding at a time; json, sarif and github keep copies
 * and write them at the end (github grouped).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "project/driver.h"
#include "json/write.h"
#include "util/alloc.h"
#include "util/str.h"
#include "util/utf8.h"

void cli_report_init(cli_report *r, cli_format fmt, FILE *out)
{
	memset(r, 0, sizeof *r);
	r->format = fmt;
	r->out = out;
	r->color = fmt == FORMAT_TEXT && cli_color(out);
	fp_arena_init(&r->arena);
	r->fhir_version = "R4";
}

static const char *dup(cli_report *r, const char *s)
{
	return s ? fp_arena_strndup(&r->arena, s, strlen(s)) : NULL;
}

static size_t utf8_chars(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

void cli_finding_source(cli_finding *f, const char *text, size_t ls, size_t le, size_t start)
{
	size_t a, b;
	fp_line_window(text, ls, le, start, &a, &b);
	f->source_line = text + a;
	f->source_len = b - a;
	f->source_skip = utf8_chars(text + ls, a - ls);
	f->source_cut = b < le;
}

/* Text output never passes on control characters from a file name, an
 * identifier or a source line: a newline or an escape sequence in them
 * could forge finding lines or repaint the terminal. In names and
 * messages each becomes \n, \r, \t or \xHH; in a snippet '?' (one
 * column, so the caret still lines up; tabs are kept for that too). */
static void put_safe(FILE *out, const char *s, size_t n, bool snippet)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c != 0x7f) {
			fputc(c, out);
		} else if (snippet) {
			fputc(c == '\t' ? '\t' : '?', out);
		} else if (c == '\n') {
			fputs("\\n", out);
		} else if (c == '\r') {
			fputs("\\r", out);
		} else if (c == '\t') {
			fputs("\\t", out);
		} else {
			fprintf(out, "\\x%02x", c);
		}
	}
}

static void puts_safe(FILE *out, const char *s)
{
	put_safe(out, s, strlen(s), false);
}

/* The source line with a caret underline under [col, end_col). Tabs in the
 * prefix are kept so the caret lines up in any tab width. */
static void print_snippet(cli_report *r, const cli_finding *f)
{
	if (!f->source_line)
		return;
	const char *s = f->source_line;
	size_t n = f->source_len;
	size_t col = f->col - f->source_skip;
	/* a long line is shown as a window around the column */
	bool cut_left = f->source_skip > 0, cut_right = f->source_cut;
	if (n > 200) {
		size_t ch = 1, i = 0, start = 0;
		while (i < n && ch < col) {
			uint32_t cp;
			size_t l = fp_utf8_decode(s + i, n - i, &cp);
			i += l ? l : 1;
			ch++;
			if (col - ch == 60)
				start = i;
		}
		if (start > 0) {
			col -= utf8_chars(s, start);
			s += start;
			n -= start;
			cut_left = true;
		}
		size_t keep = 0, chars = 0;
		while (keep < n && chars < 160) {
			uint32_t cp;
			size_t l = fp_utf8_decode(s + keep, n - keep, &cp);
			keep += l ? l : 1;
			chars++;
		}
		if (keep < n) {
			n = keep;
			cut_right = true;
		}
	}
	fprintf(r->out, "  %s", cut_left ? "..." : "");
	put_safe(r->out, s, n, true);
	fprintf(r->out, "%s\n  %s", cut_right ? "..." : "", cut_left ? "   " : "");
	size_t ch = 1, i = 0;
	while (i < n && ch < col) {
		uint32_t cp;
		size_t l = fp_utf8_decode(s + i, n - i, &cp);
		fputc(s[i] == '\t' ? '\t' : ' ', r->out);
		i += l ? l : 1;
		ch++;
	}
	size_t width = 1;
	if (f->end_line == f->line && f->end_col > f->col)
		width = f->end_col - f->col;
	if (width > 160)
		width = 160;
	else if (f->end_line > f->line) {
		/* to the end of the first line */
		size_t rest = 0;
		for (size_t k = i; k < n; ) {
			uint32_t cp;
			size_t l = fp_utf8_decode(s + k, n - k, &cp);
			k += l ? l : 1;
			rest++;
		}
		width = rest ? rest : 1;
	}
	if (r->color)
		fputs(f->severity == FP_SEV_ERROR ? "\033[1;31m" : "\033[1;33m", r->out);
	for (size_t k = 0; k < width; k++)
		fputc('^', r->out);
	if (r->color)
		fputs("\033[0m", r->out);
	fputc('\n', r->out);
}

/* GitHub workflow command escaping: data and property values. */
static void gh_escape(FILE *out, const char *s, bool property)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '%': fputs("%25", out); break;
		case '\r': fputs("%0D", out); break;
		case '\n': fputs("%0A", out); break;
		case ':': if (property) fputs("%3A", out); else fputc(':', out); break;
		case ',': if (property) fputs("%2C", out); else fputc(',', out); break;
		default: fputc(*s, out);
		}
	}
}

/* --statistics: one more finding of code. */
static void count_code(cli_report *r, int code)
{
	for (size_t i = 0; i < r->nstats; i++) {
		if (r->stats[i].code == code) {
			r->stats[i].count++;
			return;
		}
	}
	if (fp_grow(&r->stats, &r->capstats, r->nstats, sizeof *r->stats, 16))
		r->stats[r->nstats++] = (cli_stat){ code, 1 };
}

static int stat_cmp(const void *a, const void *b)
{
	const cli_stat *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->code - y->code;
}

static void write_statistics(cli_report *r)
{
	if (r->nstats > 1)
		qsort(r->stats, r->nstats, sizeof *r->stats, stat_cmp);
	for (size_t i = 0; i < r->nstats; i++) {
		const fp_diag_code *c = fp_diag_lookup(r->stats[i].code);
		char code[8];
		fp_diag_format_code(r->stats[i].code, code);
		fprintf(r->out, "%6zu  %s  %-8s %s\n", r->stats[i].count, code,
			c ? fp_severity_name(c->severity) : "", c ? c->name : "");
	}
}

/* ---- github: grouped, errors first ------------------------------------- */

static int sev_rank(fp_severity s)
{
	return s == FP_SEV_ERROR ? 0 : s == FP_SEV_WARNING ? 1 : 2;
}

static int str_cmp(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* By file, code, message, then place: a group's members side by side. */
static int group_cmp(const void *a, const void *b)
{
	const cli_finding *x = a, *y = b;
	int c = str_cmp(x->file, y->file);
	if (!c)
		c = x->code - y->code;
	if (!c)
		c = str_cmp(x->message, y->message);
	if (!c)
		c = x->line < y->line ? -1 : x->line > y->line;
	if (!c)
		c = x->col < y->col ? -1 : x->col > y->col;
	return c;
}

/* Representatives in the order a reader wants them: errors first, then
 * by file and place. source_skip holds the group's size, source_len the
 * index of its first member. */
static int show_cmp(const void *a, const void *b)
{
	const cli_finding *x = a, *y = b;
	int c = sev_rank(x->severity) - sev_rank(y->severity);
	if (!c)
		c = str_cmp(x->file, y->file);
	if (!c)
		c = x->line < y->line ? -1 : x->line > y->line;
	if (!c)
		c = x->col < y->col ? -1 : x->col > y->col;
	return c;
}

/* A file name as GitHub matches it against the repository: no "./". */
static const char *gh_file(const char *f)
{
	while (f && f[0] == '.' && f[1] == '/')
		f += 2;
	return f;
}

static void write_github(cli_report *r, const cli_summary *s, const char *base)
{
	if (r->len > 1)
		qsort(r->items, r->len, sizeof *r->items, group_cmp);
	cli_finding *reps = fp_malloc((r->len ? r->len : 1) * sizeof *reps);
	size_t nreps = 0, grouped = 0;
	for (size_t i = 0; reps && i < r->len;) {
		size_t j = i + 1;
		while (j < r->len && str_cmp(r->items[i].file, r->items[j].file) == 0 &&
		       r->items[i].code == r->items[j].code &&
		       str_cmp(r->items[i].message, r->items[j].message) == 0)
			j++;
		reps[nreps] = r->items[i];
		reps[nreps].source_skip = j - i;
		reps[nreps].source_len = i;
		nreps++;
		grouped += j - i - 1;
		i = j;
	}
	if (!reps) {            /* out of memory: each finding as it is */
		reps = r->items;
		nreps = r->len;
		for (size_t i = 0; i < nreps; i++)
			reps[i].source_skip = 1;
	}
	if (nreps > 1)
		qsort(reps, nreps, sizeof *reps, show_cmp);
	for (size_t i = 0; i < nreps; i++) {
		const cli_finding *f = &reps[i];
		char code[8];
		fp_diag_format_code(f->code, code);
		fprintf(r->out, "::%s file=", fp_severity_level(f->severity, FP_SEVF_GITHUB));
		gh_escape(r->out, gh_file(f->file), true);
		fprintf(r->out, ",line=%zu,col=%zu,endLine=%zu,endColumn=%zu,title=%s::",
			f->line, f->col, f->end_line, f->end_col, code);
		gh_escape(r->out, f->message, false);
		size_t more = f->source_skip - 1;
		if (more && reps != r->items) {
			fprintf(r->out, " (and %zu more in this file, line", more);
			fputs(more == 1 ? " " : "s ", r->out);
			const cli_finding *m = &r->items[f->source_len + 1];
			for (size_t k = 0; k < more && k < 8; k++)
				fprintf(r->out, "%s%zu", k ? " " : "", m[k].line);
			fputs(more > 8 ? " ...)" : ")", r->out);
		}
		if (f->rel_message) {
			/* annotations have one place: the related one is a
			 * second line of the message */
			fprintf(r->out, "%%0A%zu:%zu: ", f->rel_line, f->rel_col);
			gh_escape(r->out, f->rel_message, false);
		}
		fputc('\n', r->out);
	}
	if (reps != r->items)
		fp_free(reps);
	/* the log's last line, as the text report's */
	fprintf(r->out, "fhirpath-ls: %zu error%s, %zu warning%s in %zu file%s",
		s->errors, s->errors == 1 ? "" : "s", s->warnings, s->warnings == 1 ? "" : "s",
		s->files, s->files == 1 ? "" : "s");
	if (grouped)
		fprintf(r->out, " (%zu annotation%s for %zu findings)", nreps, nreps == 1 ? "" : "s",
			r->len);
	fprintf(r->out, "%s\n", base);
}

void cli_report_snippet(cli_report *r, const cli_finding *f)
{
	print_snippet(r, f);
}

void cli_report_add(cli_report *r, const cli_finding *f)
{
	char code[8];
	fp_diag_format_code(f->code, code);
	switch (r->format) {
	case FORMAT_TEXT:
		if (r->statistics) {
			count_code(r, f->code);
			return;
		}
		if (r->color)
			fputs("\033[1m", r->out);
		puts_safe(r->out, f->file);
		fprintf(r->out, ":%zu:%zu:%s ", f->line, f->col, r->color ? "\033[0m" : "");
		if (r->color)
			fputs(f->severity == FP_SEV_ERROR ? "\033[1;31m" : "\033[1;33m", r->out);
		fprintf(r->out, "%s%s[%s]: ", fp_severity_name(f->severity), r->color ? "\033[0m" : "", code);
		puts_safe(r->out, f->message);
		fputc('\n', r->out);
		print_snippet(r, f);
		if (f->rel_message) {
			/* the related place, as a note under the snippet */
			fprintf(r->out, "  %snote%s: %zu:%zu: ", r->color ? "\033[1;36m" : "",
				r->color ? "\033[0m" : "", f->rel_line, f->rel_col);
			puts_safe(r->out, f->rel_message);
			fputc('\n', r->out);
		}
		return;
	default:
		break;
	}
	if (r->len == r->cap) {
		size_t cap = r->cap ? r->cap * 2 : 64;
		cli_finding *v = fp_realloc(r->items, cap * sizeof *v);
		if (!v)
			return;
		r->items = v;
		r->cap = cap;
	}
	cli_finding *c = &r->items[r->len++];
	*c = *f;
	c->file = dup(r, f->file);
	c->message = dup(r, f->message);
	c->rel_message = dup(r, f->rel_message);
	c->expression = dup(r, f->expression);
	c->context = dup(r, f->context);
	c->origin = dup(r, f->origin);
	c->source_line = NULL;
}

static void jw_str_or_null(fp_jw *w, const char *s)
{
	if (s)
		fp_jw_str(w, s);
	else
		fp_jw_null(w);
}

static void write_json(cli_report *r, const cli_summary *s, fp_jw *w)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "tool");
	fp_jw_str(w, "fhirpath-ls");
	fp_jw_key(w, "version");
	fp_jw_str(w, FP_VERSION);
	fp_jw_key(w, "fhirVersion");
	fp_jw_str(w, r->fhir_version);
	fp_jw_key(w, "summary");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "files"); fp_jw_uint(w, s->files);
	fp_jw_key(w, "expressions"); fp_jw_uint(w, s->expressions);
	fp_jw_key(w, "errors"); fp_jw_uint(w, s->errors);
	fp_jw_key(w, "warnings"); fp_jw_uint(w, s->warnings);
	fp_jw_key(w, "infos"); fp_jw_uint(w, s->infos);
	fp_jw_key(w, "ms"); fp_jw_int(w, s->ms);
	if (s->baseline) {      /* --baseline: what it held, what is stale */
		fp_jw_key(w, "baselined"); fp_jw_uint(w, s->baselined);
		fp_jw_key(w, "stale"); fp_jw_uint(w, s->stale);
	}
	fp_jw_obj_end(w);
	fp_jw_key(w, "diagnostics");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < r->len; i++) {
		const cli_finding *f = &r->items[i];
		char code[8];
		fp_diag_format_code(f->code, code);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "file"); fp_jw_str(w, f->file);
		fp_jw_key(w, "line"); fp_jw_uint(w, f->line);
		fp_jw_key(w, "column"); fp_jw_uint(w, f->col);
		fp_jw_key(w, "endLine"); fp_jw_uint(w, f->end_line);
		fp_jw_key(w, "endColumn"); fp_jw_uint(w, f->end_col);
		fp_jw_key(w, "severity"); fp_jw_str(w, fp_severity_name(f->severity));
		fp_jw_key(w, "code"); fp_jw_str(w, code);
		fp_jw_key(w, "message"); fp_jw_str(w, f->message);
		if (f->rel_message) {
			fp_jw_key(w, "related");
			fp_jw_arr_begin(w);
			fp_jw_obj_begin(w);
			fp_jw_key(w, "line"); fp_jw_uint(w, f->rel_line);
			fp_jw_key(w, "column"); fp_jw_uint(w, f->rel_col);
			fp_jw_key(w, "endLine"); fp_jw_uint(w, f->rel_end_line);
			fp_jw_key(w, "endColumn"); fp_jw_uint(w, f->rel_end_col);
			fp_jw_key(w, "message"); fp_jw_str(w, f->rel_message);
			fp_jw_obj_end(w);
			fp_jw_arr_end(w);
		}
		fp_jw_key(w, "expression"); jw_str_or_null(w, f->expression);
		fp_jw_key(w, "context"); jw_str_or_null(w, f->context);
		fp_jw_key(w, "origin"); jw_str_or_null(w, f->origin);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
}

/* A file name as a URI reference: unreserved characters and '/' stay,
 * the rest is percent-encoded ("my rules.fhirpath" -> "my%20rules..."). */
static void uri_str(fp_jw *w, const char *path)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_uri_encode_path(&b, path);
	fp_jw_str(w, b.data ? b.data : "");
	fp_buf_release(&b);
}

/* A SARIF physicalLocation: file and region. */
static void sarif_place(fp_jw *w, const char *file, size_t line, size_t col, size_t end_line,
			size_t end_col)
{
	fp_jw_key(w, "physicalLocation");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "artifactLocation");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "uri");
	uri_str(w, file);
	fp_jw_obj_end(w);
	fp_jw_key(w, "region");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "startLine"); fp_jw_uint(w, line);
	fp_jw_key(w, "startColumn"); fp_jw_uint(w, col);
	fp_jw_key(w, "endLine"); fp_jw_uint(w, end_line);
	fp_jw_key(w, "endColumn"); fp_jw_uint(w, end_col);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

/* SARIF 2.1.0: one run, every diagnostic code as a rule, columns counted
 * in Unicode code points like the text output. */
static void write_sarif(cli_report *r, fp_jw *w, bool baseline)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "$schema");
	fp_jw_str(w, "https://json.schemastore.org/sarif-2.1.0.json");
	fp_jw_key(w, "version");
	fp_jw_str(w, "2.1.0");
	fp_jw_key(w, "runs");
	fp_jw_arr_begin(w);
	fp_jw_obj_begin(w);
	fp_jw_key(w, "tool");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "driver");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "name"); fp_jw_str(w, "fhirpath-ls");
	fp_jw_key(w, "version"); fp_jw_str(w, FP_VERSION);
	fp_jw_key(w, "informationUri"); fp_jw_str(w, "https://github.com/fhirpath-ls/fhirpath-ls");
	fp_jw_key(w, "rules");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < fp_diag_ncodes; i++) {
		const fp_diag_code *c = &fp_diag_codes[i];
		char code[8];
		fp_diag_format_code(c->code, code);
		fp_jw_obj_begin(w);
		fp_jw_key(w, "id"); fp_jw_str(w, code);
		fp_jw_key(w, "name"); fp_jw_str(w, c->name);
		fp_jw_key(w, "shortDescription");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "text"); fp_jw_str(w, c->title);
		fp_jw_obj_end(w);
		fp_jw_key(w, "fullDescription");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "text"); fp_jw_str(w, c->explain);
		fp_jw_obj_end(w);
		fp_jw_key(w, "defaultConfiguration");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "level");
		fp_jw_str(w, fp_severity_level(c->severity, FP_SEVF_SARIF));
		fp_jw_obj_end(w);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
	fp_jw_key(w, "columnKind");
	fp_jw_str(w, "unicodeCodePoints");
	fp_jw_key(w, "results");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < r->len; i++) {
		const cli_finding *f = &r->items[i];
		char code[8];
		fp_diag_format_code(f->code, code);
		size_t rule = 0;
		for (size_t k = 0; k < fp_diag_ncodes; k++) {
			if (fp_diag_codes[k].code == f->code)
				rule = k;
		}
		fp_jw_obj_begin(w);
		fp_jw_key(w, "ruleId"); fp_jw_str(w, code);
		fp_jw_key(w, "ruleIndex"); fp_jw_uint(w, rule);
		fp_jw_key(w, "level");
		fp_jw_str(w, fp_severity_level(f->severity, FP_SEVF_SARIF));
		if (baseline) {         /* the baselined ones are left out */
			fp_jw_key(w, "baselineState");
			fp_jw_str(w, "new");
		}
		fp_jw_key(w, "message");
		fp_jw_obj_begin(w);
		fp_jw_key(w, "text"); fp_jw_str(w, f->message);
		fp_jw_obj_end(w);
		fp_jw_key(w, "locations");
		fp_jw_arr_begin(w);
		fp_jw_obj_begin(w);
		sarif_place(w, f->file, f->line, f->col, f->end_line, f->end_col);
		if (f->context || f->origin) {
			fp_jw_key(w, "logicalLocations");
			fp_jw_arr_begin(w);
			fp_jw_obj_begin(w);
			fp_jw_key(w, "fullyQualifiedName");
			fp_jw_str(w, f->context ? f->context : f->origin);
			if (f->origin) {
				fp_jw_key(w, "name");
				fp_jw_str(w, f->origin);
			}
			fp_jw_obj_end(w);
			fp_jw_arr_end(w);
		}
		fp_jw_obj_end(w);
		fp_jw_arr_end(w);
		if (f->rel_message) {
			fp_jw_key(w, "relatedLocations");
			fp_jw_arr_begin(w);
			fp_jw_obj_begin(w);
			fp_jw_key(w, "id"); fp_jw_uint(w, 1);
			sarif_place(w, f->file, f->rel_line, f->rel_col, f->rel_end_line, f->rel_end_col);
			fp_jw_key(w, "message");
			fp_jw_obj_begin(w);
			fp_jw_key(w, "text"); fp_jw_str(w, f->rel_message);
			fp_jw_obj_end(w);
			fp_jw_obj_end(w);
			fp_jw_arr_end(w);
		}
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
}

void cli_report_discard(cli_report *r)
{
	fp_free(r->items);
	r->items = NULL;
	r->len = r->cap = 0;
	fp_arena_release(&r->arena);
}

void cli_report_finish(cli_report *r, const cli_summary *s)
{
	char base[128] = "";
	if (s->baseline)
		snprintf(base, sizeof base, "; %zu baselined, %zu baseline finding%s no longer occur%s",
			 s->baselined, s->stale, s->stale == 1 ? "" : "s", s->stale == 1 ? "s" : "");
	if (r->format == FORMAT_TEXT && r->statistics)
		write_statistics(r);
	if (r->format == FORMAT_GITHUB) {
		write_github(r, s, base);
	} else if (r->format == FORMAT_TEXT) {
		size_t n = s->errors + s->warnings + s->infos;
		char where[96];
		if (s->files)
			snprintf(where, sizeof where, "%zu expression%s in %zu file%s",
				 s->expressions, s->expressions == 1 ? "" : "s",
				 s->files, s->files == 1 ? "" : "s");
		else
			snprintf(where, sizeof where, "%zu expression%s",
				 s->expressions, s->expressions == 1 ? "" : "s");
		if (n == 0)
			fprintf(r->out, "%s: no problems%s\n", where, base);
		else
			fprintf(r->out, "%zu error%s, %zu warning%s in %s%s\n",
				s->errors, s->errors == 1 ? "" : "s",
				s->warnings, s->warnings == 1 ? "" : "s", where, base);
	} else if (r->format == FORMAT_JSON || r->format == FORMAT_SARIF) {
		fp_buf b;
		fp_buf_init(&b);
		fp_jw w;
		fp_jw_init(&w, &b, r->format == FORMAT_SARIF);
		if (r->format == FORMAT_JSON)
			write_json(r, s, &w);
		else
			write_sarif(r, &w, s->baseline);
		if (b.data)
			fwrite(b.data, 1, b.len, r->out);
		fputc('\n', r->out);
		fp_buf_release(&b);
	}
	fp_free(r->items);
	fp_free(r->stats);
	fp_arena_release(&r->arena);
}
