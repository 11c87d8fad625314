/*
 * tests/cases.h - reading and rewriting "=== name / input / --- / expected"
 * case files (tests/syntax, tests/fmt, tests/split: .txt files).
 */
#ifndef FP_TESTS_CASES_H
#define FP_TESTS_CASES_H

#include <stddef.h>

#include "util/buf.h"
#include "util/diag.h"

typedef struct tcase {
	char *name;
	char *input;            /* lines between the header and '---' */
	char *expected;         /* lines after '---', trailing blank lines cut */
	char *actual;           /* filled by the checker, for update mode */
} tcase;

typedef struct tcases {
	tcase *v;
	size_t n;
} tcases;

/* Parse a case file; false when it cannot be read. */
bool tcases_load(const char *path, tcases *out);
void tcases_free(tcases *c);
/* Write the cases back with `actual` as the expectation (update mode). */
bool tcases_save(const char *path, const tcases *c);

/* Run check(input, out) for every case of every file in dir with ext;
 * compares out with expected (or rewrites in update mode). */
void tcases_run_dir(const char *dir, const char *ext, const char *prefix,
		    void (*check)(const char *input, fp_buf *out));

/* Sort d and print one "error|warning @start..end CODE: message" line per
 * diagnostic: the expectation format of the syntax and analysis cases. */
void tcases_print_diags(fp_diags *d, fp_buf *out);

#endif
