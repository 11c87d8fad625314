/*
 * doctor/selftest.c - the self-test section's canned expressions: each is
 * parsed, analysed or formatted by the code check and fmt run, and the
 * result compared with the one known to be right.
 */
#include "doctor/doctor.h"

#include <stdio.h>
#include <string.h>

#include "project/pipeline.h"
#include "syntax/format.h"
#include "syntax/parse.h"
#include "util/buf.h"

typedef enum kind { K_PARSE, K_ANALYSE, K_FORMAT } kind;

/* One canned case: the expression, its context (analyse), and what must
 * come out: for parse, the first diagnostic as "FP0010 @11" or "" for
 * none; for analyse, the type with cardinality or the first diagnostic's
 * message; for format, the formatted text. */
typedef struct canned {
	kind kind;
	const char *expr;
	const char *context;
	const char *expect;
} canned;

static const canned cases[] = {
	{ K_PARSE, "Patient.name.where(use = 'official').given.first()", NULL, "" },
	{ K_PARSE, "name.where(", NULL, "FP0010 @11" },
	{ K_ANALYSE, "name.given.first()", "Patient", "string (0..1)" },
	{ K_ANALYSE, "birthdate", "Patient", "unknown element 'birthdate' on Patient; did you mean 'birthDate'?" },
	{ K_FORMAT, "name.where(use='official')", NULL, "name.where(use = 'official')\n" },
	{ K_FORMAT, "a|b  and(c)", NULL, "a | b and (c)\n" },
};

static const char *const kind_names[] = { "parse", "analyse", "format" };

static void run_parse(const canned *c, fp_arena *a, fp_buf *got)
{
	fp_diags d;
	fp_diags_init(&d, a);
	if (!fp_parse_text(c->expr, strlen(c->expr), a, &d))
		fp_buf_adds(got, "out of memory");
	else if (d.len) {
		char code[8];
		fp_diag_format_code(d.items[0].code, code);
		fp_buf_printf(got, "%s @%u", code, d.items[0].start);
	}
	fp_diags_release(&d);
}

static void run_analyse(const canned *c, fp_arena *a, fp_buf *got)
{
	fp_check_options opt;
	memset(&opt, 0, sizeof opt);
	opt.version = FP_FHIR_R4;
	opt.context = c->context;
	fp_diags d;
	fp_diags_init(&d, a);
	fp_fexpr x;
	if (!fp_check_expression(c->expr, strlen(c->expr), &opt, a, &d, &x))
		fp_buf_adds(got, "out of memory");
	else if (d.len)
		fp_buf_adds(got, d.items[0].message);
	else
		fp_tset_format(fp_model_get(FP_FHIR_R4), x.type, true, got);
	fp_diags_release(&d);
}

static void run_format(const canned *c, fp_arena *a, fp_buf *got)
{
	fp_diags d;
	fp_diags_init(&d, a);
	fp_fpfile f;
	fp_fmt_range ranges[4];
	if (!fp_fpfile_parse(c->expr, strlen(c->expr), a, &d, &f) || f.nexprs > 4) {
		fp_buf_adds(got, "out of memory");
	} else {
		for (size_t i = 0; i < f.nexprs; i++) {
			ranges[i].first = f.exprs[i].tok_first;
			ranges[i].last = f.exprs[i].tok_last;
		}
		fp_format(c->expr, &f.toks, ranges, f.nexprs, got);
	}
	fp_diags_release(&d);
}

/* Run case c; true when it gave what it must. *got holds the result. */
static bool run(const canned *c, fp_buf *got)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_buf_reset(got);
	if (c->kind == K_PARSE)
		run_parse(c, &a, got);
	else if (c->kind == K_ANALYSE)
		run_analyse(c, &a, got);
	else
		run_format(c, &a, got);
	fp_arena_release(&a);
	return !got->failed && strcmp(got->data ? got->data : "", c->expect) == 0;
}

/* One check per kind: every case of it as expected, or the first that
 * is not. */
static void check_kind(fp_doctor *d, kind k, fp_buf *got)
{
	size_t n = 0;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const canned *c = &cases[i];
		if (c->kind != k)
			continue;
		n++;
		if (run(c, got))
			continue;
		fp_doctor_add(d, FP_DOCTOR_FAIL, kind_names[k],
			      "this build is broken: report it with the output of 'fhirpath-ls doctor --json'",
			      "'%s'%s%s: expected '%s', got '%s'", c->expr, c->context ? " in " : "",
			      c->context ? c->context : "", c->expect,
			      got->failed ? "out of memory" : got->data ? got->data : "");
		return;
	}
	fp_doctor_add(d, FP_DOCTOR_PASS, kind_names[k], NULL, "%zu expressions as expected", n);
}

void fp_doctor_selftest(fp_doctor *d)
{
	fp_doctor_section_begin(d, "self-test");
	fp_buf got;
	fp_buf_init(&got);
	check_kind(d, K_PARSE, &got);
	check_kind(d, K_ANALYSE, &got);
	check_kind(d, K_FORMAT, &got);
	fp_buf_release(&got);
}
