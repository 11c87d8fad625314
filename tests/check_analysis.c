/*
 * tests/check_analysis.c - the analysis layer's check(): case files in
 * tests/analysis/ hold a .fhirpath text (directives set the context and
 * the FHIR version); the output is one line per expression with its
 * inferred type, then every diagnostic with its exact range.
 */
#include <stdio.h>
#include <string.h>

#include "analysis/types.h"
#include "cases.h"
#include "runner.h"
#include "project/pipeline.h"

static void check_analysis(const char *input, fp_buf *out)
{
	size_t len = strlen(input);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_fpfile f;
	fp_check_options opt = { .version = FP_FHIR_R4 };
	if (!fp_check_fpfile(input, len, &opt, &a, &d, &f)) {
		fp_buf_adds(out, "(out of memory)\n");
	} else {
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_fexpr *e = &f.exprs[i];
			fp_buf_printf(out, "%.*s : ", (int)(e->end - e->start), input + e->start);
			fp_tset_format(e->env ? e->env->model : NULL, e->type, true, out);
			fp_buf_addc(out, '\n');
		}
		tcases_print_diags(&d, out);
	}
	fp_diags_release(&d);
	fp_arena_release(&a);
}

void run_analysis_cases(void);
void run_analysis_cases(void)
{
	tcases_run_dir("tests/analysis", ".txt", "analysis", check_analysis);
}
