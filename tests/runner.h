/*
 * tests/runner.h - the test runner shared by its parts.
 *
 * `make test` runs build/test-runner, which runs every kind of test and
 * ends with the line "N passed, N failed". FP_UPDATE=1 rewrites the
 * expectations of case files for review (git diff) instead of failing.
 * Arguments filter: only parts (and case files) whose name contains one
 * of them run.
 */
#ifndef FP_TESTS_RUNNER_H
#define FP_TESTS_RUNNER_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef struct runner {
	int passed, failed;
	bool update;            /* FP_UPDATE=1 */
	bool oom;               /* FP_OOM=1: also run allocation-failure loops */
	bool verbose;
	const char *bin;        /* the fhirpath-ls binary */
	const char *shared;     /* ../shared or $FP_SHARED; NULL when absent */
	const char *shared_tried;       /* where it was looked for */
	bool require_shared;    /* FP_REQUIRE_SHARED=1: its absence fails */
	const char *build;
	int nfilters;
	char **filters;
} runner;

extern runner R;

/* Count one result; on failure print "FAIL name" and the detail. */
void rt_result(const char *name, bool ok, const char *detail);
/* A part that needs ../shared when it is absent: prints
 * "PART: SKIPPED: ../shared not found ..." (with why, when not NULL), or,
 * under FP_REQUIRE_SHARED=1 (.ci/run), counts one failure named after
 * the part, so CI cannot pass without having run it. */
void rt_no_shared(const char *part, const char *why);
/* True when `name` passes the command-line filters. */
bool rt_selected(const char *name);
/* Read a whole file (NULL when missing); caller frees with fp_free. */
char *rt_read(const char *path, size_t *len);
bool rt_write(const char *path, const char *data, size_t len);
/* A short unified-ish diff of two texts into b. */
void rt_diff(fp_buf *b, const char *want, const char *got);
/* Sorted list of files in dir ending with ext (NULL-terminated; free with
 * rt_free_list). */
char **rt_list(const char *dir, const char *ext);

/* A pipe whose ends are closed on exec; false when pipe() fails. */
bool rt_cloexec_pipe(int p[2]);
void rt_set_nonblock(int fd);
/* Start argv[0] (argv NULL-terminated) with stdin, stdout and stderr on
 * pipes; our ends, non-blocking, go to fds[0] (its stdin), fds[1] (its
 * stdout) and fds[2] (its stderr). asan_options, when not NULL, is added
 * to the child's ASAN_OPTIONS. Returns the pid, or -1. */
int rt_spawn(char *const argv[], const char *asan_options, int fds[3]);
void rt_free_list(char **list);

/* Compare `got` (lines) with the non-comment lines of the reviewed list
 * in known_path; write got to $FP_BUILD/out_name for review; one result
 * named `name`, with `hint` after the diff when they differ. */
void rt_reviewed(const char *name, const char *got, const char *known_path, const char *out_name,
		 const char *hint);

void run_unit(void);
void run_syntax_cases(void);
void run_cli_cases(void);
void run_conformance(void);
void run_fuzz_replay(void);
void run_oom(void);
void run_docs(void);
void run_registry(void);
void run_analysis_cases(void);
void run_core(void);
void run_sarif(void);
void run_lsp(void);
/* tests/check_parity.c: check and serve report the same findings */
void run_parity(void);
/* tests/check_soak.c: FP_SOAK requests in one session (default 10,000) */
void run_soak(void);

#endif
