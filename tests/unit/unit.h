/*
 * tests/unit/unit.h - the tiny assert kit for util/json unit tests.
 *
 * Language behaviour is tested through case files, not here; unit tests
 * cover only internals (arena, buffers, UTF-8, line tables, JSON reader).
 *
 * A suite is a function `void unit_suite_NAME(void)` listed in suites.def;
 * inside it, UNIT_RUN(fn) runs one `static void fn(void)` test and counts
 * it as passed unless a CHECK in it failed.
 */
#ifndef FP_TESTS_UNIT_H
#define FP_TESTS_UNIT_H

#include <stdio.h>
#include <string.h>

extern int unit_failed_now;     /* set by CHECK in the running test */
void unit_report(const char *suite, const char *test, int ok);

#define CHECK(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); \
		unit_failed_now = 1; \
		return; \
	} \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (!g_ || strcmp(g_, w_) != 0) { \
		fprintf(stderr, "%s:%d: got \"%s\", want \"%s\"\n", __FILE__, __LINE__, \
			g_ ? g_ : "(null)", w_); \
		unit_failed_now = 1; \
		return; \
	} \
} while (0)

#define UNIT_RUN(fn) do { \
	unit_failed_now = 0; \
	fn(); \
	unit_report(unit_suite_name, #fn, !unit_failed_now); \
} while (0)

#define UNIT_SUITE(name) void unit_suite_##name(void);
#include "suites.def"
#undef UNIT_SUITE

#endif
