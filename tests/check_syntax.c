/*
 * tests/check_syntax.c - the syntax layer's check(): case files in
 * tests/syntax/ (expression -> tree dump + diagnostics) and tests/fmt/
 * (file text -> formatted text), plus the formatter's invariants on every
 * case that parses cleanly.
 */
#include <stdio.h>
#include <string.h>

#include "cases.h"
#include "runner.h"
#include "project/pipeline.h"
#include "sources/fpfile.h"
#include "syntax/format.h"
#include "syntax/parse.h"
#include "util/alloc.h"

/* Dump of `text` parsed as one expression (no ranges) into out; returns
 * the number of diagnostics (-1 when out of memory). */
static int dump_plain(const char *text, size_t len, fp_buf *out)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node *n = fp_parse_text(text, len, &a, &d);
	int nd = n ? (int)d.len : -1;
	fp_dump(n, false, out);
	fp_diags_release(&d);
	fp_arena_release(&a);
	return nd;
}

/* Format one expression (the whole text as one range). */
static void format_one(const char *text, size_t len, fp_buf *out)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_tokens toks;
	if (fp_lex_all(text, len, &a, NULL, &toks)) {
		fp_fmt_range r = { 0, toks.len };
		fp_format(text, &toks, &r, 1, out);
	}
	fp_arena_release(&a);
}

/* The formatter's promises for one expression: the output parses to the
 * same tree, and formatting it again changes nothing. Returns NULL when
 * both hold, else a static description. */
const char *fmt_invariants(const char *text, size_t len);
const char *fmt_invariants(const char *text, size_t len)
{
	static char why[256];
	fp_buf before, once, after, twice;
	fp_buf_init(&before);
	fp_buf_init(&once);
	fp_buf_init(&after);
	fp_buf_init(&twice);
	const char *res = NULL;
	dump_plain(text, len, &before);
	format_one(text, len, &once);
	size_t ol = once.len;
	while (ol > 0 && once.data[ol - 1] == '\n')
		ol--;
	int nd = dump_plain(once.data ? once.data : "", ol, &after);
	format_one(once.data ? once.data : "", ol, &twice);
	if (nd != 0 || !before.data || !after.data || strcmp(before.data, after.data) != 0) {
		snprintf(why, sizeof why, "formatted text parses differently: %.200s", once.data ? once.data : "");
		res = why;
	} else if (!twice.data || strcmp(once.data, twice.data) != 0) {
		snprintf(why, sizeof why, "formatting is not idempotent: %.200s", once.data);
		res = why;
	}
	fp_buf_release(&before);
	fp_buf_release(&once);
	fp_buf_release(&after);
	fp_buf_release(&twice);
	return res;
}

static int fmt_failures;

static void check_parse(const char *input, fp_buf *out)
{
	size_t len = strlen(input);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node *n = fp_parse_text(input, len, &a, &d);
	if (!n) {
		fp_buf_adds(out, "(out of memory)\n");
	} else {
		fp_dump(n, true, out);
		for (size_t i = 0; i < d.len; i++) {
			char code[8];
			fp_diag_format_code(d.items[i].code, code);
			fp_buf_printf(out, "error @%u..%u %s: %s\n", d.items[i].start,
				      d.items[i].end, code, d.items[i].message);
			if (d.items[i].rel_message)
				fp_buf_printf(out, "  related @%u..%u: %s\n", d.items[i].rel_start,
					      d.items[i].rel_end, d.items[i].rel_message);
		}
	}
	bool clean = n && d.len == 0;
	fp_diags_release(&d);
	fp_arena_release(&a);
	if (clean && len < 100000) {
		const char *why = fmt_invariants(input, len);
		if (why) {
			fmt_failures++;
			char name[300];
			snprintf(name, sizeof name, "fmt-invariants: %.200s", input);
			rt_result(name, false, why);
		}
	}
}

/* tests/fmt cases: a whole .fhirpath file in, the formatted file out (or
 * the error lines when it does not parse). */
static void check_fmt(const char *input, fp_buf *out)
{
	size_t len = strlen(input);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_fpfile f;
	if (!fp_fpfile_parse(input, len, &a, &d, &f)) {
		fp_buf_adds(out, "(out of memory)\n");
	} else if (fp_diags_count(&d, FP_SEV_ERROR)) {
		for (size_t i = 0; i < d.len; i++)
			fp_buf_printf(out, "error @%u: %s\n", d.items[i].start, d.items[i].message);
	} else {
		fp_fmt_range *r = fp_malloc((f.nexprs + 1) * sizeof *r);
		for (size_t i = 0; r && i < f.nexprs; i++) {
			r[i].first = f.exprs[i].tok_first;
			r[i].last = f.exprs[i].tok_last;
		}
		if (r)
			fp_format(input, &f.toks, r, f.nexprs, out);
		fp_free(r);
	}
	fp_diags_release(&d);
	fp_arena_release(&a);
}

/* tests/split cases: a .fhirpath file in; out: one line per expression
 * with its context and text, then the diagnostics. */
static void check_split(const char *input, fp_buf *out)
{
	size_t len = strlen(input);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_fpfile f;
	if (!fp_fpfile_parse(input, len, &a, &d, &f)) {
		fp_buf_adds(out, "(out of memory)\n");
	} else {
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_fexpr *e = &f.exprs[i];
			fp_buf_printf(out, "expr %u..%u", e->start, e->end);
			if (e->context)
				fp_buf_printf(out, " context=%s", e->context);
			if (e->fhir)
				fp_buf_printf(out, " fhir=%s", e->fhir);
			if (e->input)
				fp_buf_printf(out, " input=%s", e->input);
			for (size_t k = 0; k < e->nvars; k++)
				fp_buf_printf(out, " var %s:%s", e->vars[k].name, e->vars[k].type);
			fp_buf_adds(out, ": ");
			for (uint32_t k = e->start; k < e->end; k++) {
				char c = input[k];
				fp_buf_adds(out, c == '\n' ? "\\n" : (char[2]){ c, 0 });
			}
			fp_buf_addc(out, '\n');
		}
		tcases_print_diags(&d, out);
	}
	fp_diags_release(&d);
	fp_arena_release(&a);
}

void run_syntax_cases(void)
{
	fmt_failures = 0;
	tcases_run_dir("tests/syntax", ".txt", "syntax", check_parse);
	tcases_run_dir("tests/fmt", ".txt", "fmt", check_fmt);
	tcases_run_dir("tests/split", ".txt", "split", check_split);
}
