/*
 * util/diag.h - diagnostics as values: a code, a severity, a byte range
 * and a message, collected in a list per piece of work.
 *
 * Codes come from diag_codes.def (one table for explain, severity
 * defaults, SARIF rules, and the fp_diag_id enum: code names FP_D_*, used
 * instead of numbers everywhere). Severities are named by
 * fp_severity_name() and nowhere else. Ranges are byte offsets into the text the caller
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

/* The name of a severity as fhirpath-ls writes it: "error", "warning",
 * "info", "hint" (text, JSON, explain); a value out of range is named as
 * a hint. */
const char *fp_severity_name(fp_severity s);

/* The vocabularies of the formats fhirpath-ls writes for other tools. */
typedef enum fp_severity_format {
	FP_SEVF_OURS,           /* fp_severity_name()'s */
	FP_SEVF_SARIF,          /* SARIF result level: error, warning, note */
	FP_SEVF_GITHUB,         /* workflow command: error, warning, notice */
} fp_severity_format;

/* The severity in another tool's words, from the same table as
 * fp_severity_name(). */
const char *fp_severity_level(fp_severity s, fp_severity_format f);

/* Every code by name: FP_D_UNKNOWN_ELEMENT = 1001. */
typedef enum fp_diag_id {
#define FP_DIAG(num, id, sev, phase, name, title, explain) FP_D_##id = num,
#include "diag_codes.def"
#undef FP_DIAG
} fp_diag_id;

/* ORDER PHASE: the step of the work that finds a code. */
typedef enum fp_diag_phase {
	FP_PHASE_LEX,           /* the lexer: characters, literals */
	FP_PHASE_SYNTAX,        /* the parser */
	FP_PHASE_FILE,          /* reading a file: encoding, JSON/XML, emptiness */
	FP_PHASE_DIRECTIVE,     /* .fhirpath comment directives */
	FP_PHASE_MODEL,         /* names against the FHIR model */
	FP_PHASE_TYPE,          /* type inference */
	FP_PHASE_LINT,          /* style and likely mistakes */
	FP_PHASE_INTERNAL,      /* fhirpath-ls itself: I/O, memory, limits */
	FP_PHASE_COUNT_
} fp_diag_phase;

/* "lex", "syntax", ...; "" for a value out of range. */
const char *fp_diag_phase_name(fp_diag_phase p);

typedef struct fp_diag_code {
	int code;               /* 11 for FP0011 */
	const char *id;         /* "UNCLOSED_PAREN": FP_D_UNCLOSED_PAREN */
	fp_severity severity;   /* default severity */
	fp_diag_phase phase;
	const char *name;       /* kebab-case slug */
	const char *title;      /* one line */
	const char *explain;    /* long text with wrong/right examples */
} fp_diag_code;

/* The table, sorted by code, and its length. */
extern const fp_diag_code fp_diag_codes[];
extern const size_t fp_diag_ncodes;

/* Row for a code number, or NULL. */
const fp_diag_code *fp_diag_lookup(int code);

/* Does the code come from analysing a parsed expression (the model,
 * type, lint and internal phases), rather than from reading and parsing
 * it? What a re-analysis replaces. */
bool fp_diag_from_analysis(int code);

/* Parse "FP0011" (case-insensitive, "0011" and "11" accepted); -1 if not. */
int fp_diag_parse_code(const char *s);

typedef struct fp_diag {
	uint32_t start, end;    /* byte range in the analysed text */
	int code;
	fp_severity severity;
	const char *message;    /* in the list's arena */
	/* One related place in the same text, as compilers give the end of
	 * an unclosed bracket reported on its opener (LSP
	 * relatedInformation, SARIF relatedLocations): its byte range and
	 * what it is, or rel_message NULL when there is none. */
	uint32_t rel_start, rel_end;
	const char *rel_message;
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

/* Give x (a diagnostic of d, just added) its related place [start, end)
 * and message, copied into d's arena. On allocation failure sets
 * d->failed and leaves x without one. x may be NULL (a dropped add). */
void fp_diags_relate(fp_diags *d, fp_diag *x, size_t start, size_t end, const char *message);

/* Count diagnostics of a severity. */
size_t fp_diags_count(const fp_diags *d, fp_severity sev);

/* Stable sort by start offset, then code. */
void fp_diags_sort(fp_diags *d);

/* "FP0011" into out (at least 8 bytes). */
void fp_diag_format_code(int code, char out[8]);

#endif
