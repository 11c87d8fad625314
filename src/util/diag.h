/*
 * util/diag.h - diagnostics as values: a code, a severity, a byte range
 * and a message, collected in a list per piece of work.
 *
 * Codes come from diag_codes.def (one table for explain, severity
 * defaults, SARIF rules). Ranges are byte offsets into the text the caller
 * analysed; converting them to lines and columns is the front end's job.
 */
#ifndef FP_UTIL_DIAG_H
#define FP_UTIL_DIAG_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef enum fp_severity {
	FP_SEV_ERROR = 1,
	FP_SEV_WARNING = 2,
	FP_SEV_INFO = 3,
	FP_SEV_HINT = 4,
} fp_severity;

typedef struct fp_diag_code {
	int code;               /* 11 for FP0011 */
	fp_severity severity;   /* default severity */
	const char *name;       /* kebab-case slug */
	const char *title;      /* one line */
	const char *explain;    /* long text with wrong/right examples */
} fp_diag_code;

/* The table, sorted by code, and its length. */
extern const fp_diag_code fp_diag_codes[];
extern const size_t fp_diag_ncodes;

/* Row for a code number, or NULL. */
const fp_diag_code *fp_diag_lookup(int code);

/* Parse "FP0011" (case-insensitive, "0011" and "11" accepted); -1 if not. */
int fp_diag_parse_code(const char *s);

typedef struct fp_diag {
	uint32_t start, end;    /* byte range in the analysed text */
	int code;
	fp_severity severity;
	const char *message;    /* in the list's arena */
} fp_diag;

/* A list of diagnostics; messages live in `arena` (not owned). */
typedef struct fp_diags {
	fp_diag *items;
	size_t len, cap;
	fp_arena *arena;
	bool failed;            /* sticky: out of memory */
} fp_diags;

void fp_diags_init(fp_diags *d, fp_arena *arena);
void fp_diags_release(fp_diags *d);

/* Add a diagnostic with the code's default severity and a printf-style
 * message. On allocation failure sets d->failed and drops it. */
fp_diag *fp_diags_add(fp_diags *d, int code, size_t start, size_t end,
		      const char *fmt, ...) __attribute__((format(printf, 5, 6)));
fp_diag *fp_diags_vadd(fp_diags *d, int code, size_t start, size_t end,
		       const char *fmt, va_list ap);

/* Count diagnostics of a severity. */
size_t fp_diags_count(const fp_diags *d, fp_severity sev);

/* Stable sort by start offset, then code. */
void fp_diags_sort(fp_diags *d);

/* "FP0011" into out (at least 8 bytes). */
void fp_diag_format_code(int code, char out[8]);

#endif
