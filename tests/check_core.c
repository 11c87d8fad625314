/*
 * tests/check_core.c - "no false positives": every constraint and search
 * parameter expression of the official R4, R4B and R5 definitions in
 * ../shared/fhir/ is checked in its real context, and the findings must be
 * exactly the reviewed list in tests/core-known-issues.txt.
 */
#include <stdio.h>
#include <string.h>

#include "runner.h"
#include "project/pipeline.h"
#include "util/alloc.h"

static const char *const files[] = {
	"profiles-types.json", "profiles-resources.json", "search-parameters.json",
};

/* Findings of one version as "VER | file | origin | code | message" lines. */
static size_t check_version(const char *dir, const char *ver, fp_fhir_version v, fp_buf *out)
{
	size_t nexprs = 0;
	for (size_t f = 0; f < 3; f++) {
		char path[1024];
		snprintf(path, sizeof path, "%s/fhir/%s/%s", R.shared, dir, files[f]);
		size_t len;
		char *text = rt_read(path, &len);
		if (!text) {
			fp_buf_printf(out, "%s | %s | (missing) | - | cannot read\n", ver, files[f]);
			continue;
		}
		fp_arena a;
		fp_arena_init(&a);
		fp_diags d;
		fp_diags_init(&d, &a);
		fp_check_options opt = { .version = v };
		fp_fhir_file ff;
		if (!fp_fhir_check(text, len, false, &opt, &a, &d, &ff)) {
			fp_buf_printf(out, "%s | %s | (out of memory) | - | -\n", ver, files[f]);
		} else {
			nexprs += ff.nexprs;
			fp_diags_sort(&d);
			for (size_t i = 0; i < d.len; i++) {
				const char *origin = "?";
				for (size_t k = 0; k < ff.nexprs; k++) {
					if (d.items[i].start >= ff.exprs[k].x.start && d.items[i].start <= ff.exprs[k].x.end) {
						origin = ff.exprs[k].origin;
						break;
					}
				}
				char code[8];
				fp_diag_format_code(d.items[i].code, code);
				fp_buf_printf(out, "%s | %s | %s | %s | %s\n", ver, files[f], origin, code,
					      d.items[i].message);
			}
		}
		fp_diags_release(&d);
		fp_arena_release(&a);
		fp_free(text);
	}
	return nexprs;
}

void run_core(void);
void run_core(void)
{
	if (!rt_selected("core"))
		return;
	if (!R.shared) {
		rt_no_shared("core", NULL);
		return;
	}
	fp_buf got;
	fp_buf_init(&got);
	static const struct { const char *dir, *name; fp_fhir_version v; } vers[] = {
		{ "r4", "R4", FP_FHIR_R4 }, { "r4b", "R4B", FP_FHIR_R4B }, { "r5", "R5", FP_FHIR_R5 },
	};
	for (size_t i = 0; i < 3; i++) {
		size_t before = got.len;
		size_t n = check_version(vers[i].dir, vers[i].name, vers[i].v, &got);
		size_t lines = 0;
		for (size_t k = before; k < got.len; k++)
			lines += got.data[k] == '\n';
		printf("core %s: %zu expressions checked (constraints, search parameters), %zu findings\n",
		       vers[i].name, n, lines);
	}
	rt_reviewed("core: findings on the FHIR core definitions are exactly the reviewed list",
		    got.data ? got.data : "", "tests/core-known-issues.txt", "core-findings.txt",
		    "a new finding: fix the false positive, or review it and add it to tests/core-known-issues.txt");
	fp_buf_release(&got);
}
