/*
 * doctor/doctor.h - self-contained health checks as data: sections of
 * checks, each PASS, WARN or FAIL with a one-line detail and, unless it
 * passed, a one-line remedy. `fhirpath-ls doctor` prints them (text or
 * JSON) and `serve` answers them in fhirpath/health.
 *
 * Layer invariant (doctor/): the one place that looks at everything, so
 * it sits above runtime/, project/ and store/ (whose facts it reads) and
 * below lsp/ and cli/ (which show it). It never prints, exits or touches
 * the network; it writes nothing except a probe file in the cache folder
 * (created and removed at once) to learn whether that folder is writable.
 * The LSP round trip of the self-test is not here: it needs a server,
 * which lives above (lsp/selftest.h; cli/ runs it and adds its checks).
 *
 * A report lives in its own arena; nothing in it outlives
 * fp_doctor_release. Out of memory is a sticky flag (failed): checks
 * added after it are dropped, and whoever shows the report says so.
 */
#ifndef FP_DOCTOR_DOCTOR_H
#define FP_DOCTOR_DOCTOR_H

#include <stdbool.h>
#include <stddef.h>

#include "json/write.h"
#include "util/arena.h"

/* ORDER STATUS: status_names[] in report.c */
typedef enum fp_doctor_status {
	FP_DOCTOR_PASS,
	FP_DOCTOR_WARN,
	FP_DOCTOR_FAIL,
} fp_doctor_status;

#define FP_DOCTOR_MAX_SECTIONS 8
#define FP_DOCTOR_MAX_CHECKS 24

typedef struct fp_doctor_check {
	const char *name;       /* "static", "quick_check" */
	fp_doctor_status status;
	const char *detail;     /* one line (the editors' snippets: several) */
	const char *remedy;     /* NULL for PASS */
} fp_doctor_check;

typedef struct fp_doctor_section {
	const char *name;       /* "binary", "cache" */
	fp_doctor_check checks[FP_DOCTOR_MAX_CHECKS];
	size_t len;
} fp_doctor_section;

typedef struct fp_doctor {
	fp_arena arena;
	fp_doctor_section sections[FP_DOCTOR_MAX_SECTIONS];
	size_t nsections;
	fp_doctor_section *cur; /* where fp_doctor_add goes */
	bool failed;            /* out of memory, or too many checks */
} fp_doctor;

/* ---- the report (report.c) ---- */

void fp_doctor_init(fp_doctor *d);
void fp_doctor_release(fp_doctor *d);

/* Make section `name` (static storage) the current one: a new one at the
 * end, or the existing one of that name (the self-test's LSP round trip
 * joins the canned checks). */
void fp_doctor_section_begin(fp_doctor *d, const char *name);

/* Add a check to the current section. name and remedy are copied (remedy
 * NULL for none; it is dropped for PASS); the detail is printf-formatted. */
void fp_doctor_add(fp_doctor *d, fp_doctor_status st, const char *name, const char *remedy,
		   const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* How many checks have status st. */
size_t fp_doctor_count(const fp_doctor *d, fp_doctor_status st);

/* "PASS", "WARN", "FAIL". */
const char *fp_doctor_status_name(fp_doctor_status st);

/* The report as one JSON object:
 *   {"sections":[{"name":..,"checks":[{"name","status","detail","remedy"}]}],
 *    "summary":{"pass":N,"warn":N,"fail":N}}
 * remedy is null for a PASS. An out-of-memory report says so with a
 * last check "report: out of memory" (FAIL) in the last section. */
void fp_doctor_write_json(const fp_doctor *d, fp_jw *w);

/* ---- sections ---- */

/* binary (binary.c): version, static or not and size, vendored library
 * versions and their self-test, each embedded FHIR model with its digest.
 * Cheap: the digests are computed once per process. */
void fp_doctor_binary(fp_doctor *d);

/* environment (environment.c): OS and kernel, open-file and memory
 * limits, a UTF-8 locale, Landlock and seccomp. */
void fp_doctor_environment(fp_doctor *d);

/* workspace (workspace.c). */
typedef struct fp_doctor_workspace_opts {
	const char *root;       /* the folder as given; NULL: there is none */
	const char *how;        /* how it was found: "named on the command line" */
	bool walk;              /* walk it to count files by kind (may be slow) */
	long files;             /* without walk: input files the caller knows of, -1 unknown */
} fp_doctor_workspace_opts;

/* Root, FHIR version and where it came from (project/settings.h, as check
 * and serve decide it), .fhirpath-ls.json (parsed; unknown keys named),
 * IG layout, files by kind. When the root exists, its real path goes to
 * real (reallen bytes) and true is returned; false when it is missing,
 * not a folder or none was given (real ""). */
bool fp_doctor_workspace(fp_doctor *d, const fp_doctor_workspace_opts *o, char *real,
			 size_t reallen);

/* cache (cache.c): the folder (store/location.h with option, the --cache
 * value or NULL), writable, free space, then the database of workspace
 * real_root (NULL: none) inspected read-only (store/inspect.h): size,
 * WAL, schema version, integrity (PRAGMA quick_check when deep: slow on a
 * big file), stale entries, hit rate and circuit breaker when the store
 * recorded them. disabled: --no-cache, one check saying so. */
void fp_doctor_cache(fp_doctor *d, const char *option, bool disabled, const char *real_root,
		     bool deep);

/* self-test (selftest.c): canned expressions parsed, analysed and
 * formatted through the same pipeline as check and fmt, compared with
 * their known results. */
void fp_doctor_selftest(fp_doctor *d);

/* editors (editors.c): the configuration snippet for Neovim, VS Code (a
 * generic LSP client), Emacs (eglot) and Helix, with this binary's
 * absolute path. */
void fp_doctor_editors(fp_doctor *d);

#endif
