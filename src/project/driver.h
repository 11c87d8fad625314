/*
 * project/driver.h - one road from files to findings, for `check`, the
 * language server's workspace scan and (next) `index`.
 *
 * A front end adds its inputs (files found by its walk, stdin, -e
 * expressions), each with the options it is checked with (FHIR version
 * from project/settings.h, context), and runs the driver. For each input
 * the driver reads the file (size limit, encoding, BOM), runs the
 * pipeline, and hands the findings to the front end twice:
 *
 *   convert   on the thread that checked the input, as soon as its
 *             findings are final: the front end turns them into its own
 *             form (check: lines, columns, snippets; serve: positions in
 *             the client's encoding) and the text can be freed;
 *   deliver   on the calling thread, in input order, so the output is the
 *             same for any number of threads.
 *
 * Definitions found in any input (extensions, profiles, value sets:
 * sources/symbols.h) extend the check of every input (extension('url'),
 * conformsTo('url') and memberOf('url') are judged against them). An
 * expression that uses them can be judged only once every input has
 * been read: its file is
 * kept after its first pass, and when delivery reaches it, the remaining
 * first passes are awaited, the run's definitions gathered, and only
 * those expressions analysed again. Files without such expressions (the
 * whole FHIR core, most of an implementation guide) are converted at
 * once, so only the held files stay in memory. With known definitions
 * given up front (a single file checked again in a workspace whose
 * definitions are known), nothing is held.
 */
#ifndef FP_PROJECT_DRIVER_H
#define FP_PROJECT_DRIVER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "project/pipeline.h"
#include "util/diag.h"
#include "util/lines.h"

/* What a finding says about the expression it is in. */
typedef struct fp_expr_info {
	uint32_t start, end;    /* in the file */
	const char *text;       /* the expression (decoded for JSON strings) */
	size_t len;
	const char *context;
	const char *origin;
	size_t order;           /* its place in the file's list */
} fp_expr_info;

/* A model element an expression reads (analysis/uses.h), in the file. */
typedef struct fp_elem_use {
	const char *element;    /* "HumanName.given" */
	uint32_t start, end;    /* the name, in the file */
	size_t order;           /* its expression's place in the file's list */
} fp_elem_use;

/* One input checked, as convert() sees it; valid during that call. */
/* Where a finding is, kept in the store so that a file reported from it
 * need not be read again: its lines and columns in every unit, and the
 * window of its first line a text report shows (fp_line_window). */
typedef struct fp_place {
	uint32_t line[2];       /* of its start and end, 0-based */
	uint32_t col[2][3];     /* start's and end's columns, by fp_colunit */
	const char *window;     /* bytes of the start's line around the start */
	uint32_t window_len;
	uint32_t skip;          /* characters of the line before the window */
	bool cut;               /* the line goes on after the window */
	/* the finding's related place (fp_diag.rel_*), when it has one */
	uint32_t rel_line[2];
	uint32_t rel_col[2][3];
} fp_place;

typedef struct fp_checked {
	const char *path;       /* as added */
	bool single;            /* a -e expression */
	const char *context;    /* the default context it was checked in (-c), or NULL */
	const char *text;       /* after any BOM ("" when not read) */
	size_t len;
	const fp_lines *lines;  /* of text */
	const fp_diags *diags;  /* in file offsets, sorted by position */
	const fp_expr_info *info;       /* sorted by start */
	size_t ninfo;
	bool read;              /* the text could be read (else a finding says why) */
	bool gone;              /* the file does not exist */
	bool special;           /* not a regular file (a FIFO, a device): not read */
	bool failed;            /* out of memory: diags may be incomplete */
	size_t files;           /* 1 for a file, 0 for -e or a JSON/XML file that is not
				 * FHIR (checked, nothing to say: not counted) */
	size_t expressions;
	bool defines_extensions;/* it holds definitions analysis checks against
				 * (extensions, profiles, value sets) */
	const fp_symbol *syms;  /* the definitions it declares (sources/symbols.h),
				 * from the check or the store */
	size_t nsyms;
	const fp_elem_use *uses;/* the elements its expressions read, sorted by start */
	size_t nuses;
	int walk_code;          /* the walk's finding instead of a read, or 0 */
	/* reported from the store without reading the text (text ""): where
	 * each finding is, parallel to diags->items; else NULL */
	const fp_place *places;
} fp_checked;

/* Finding i of c: lines and columns (0-based) of its start and end in
 * unit, from its text or from its places. */
void fp_checked_pos(const fp_checked *c, size_t i, fp_colunit unit, size_t *l0, size_t *c0,
		    size_t *l1, size_t *c1);

/* Finding i's related place (fp_diag.rel_start..rel_end), as
 * fp_checked_pos gives its own; false, and nothing set, when it has none. */
bool fp_checked_rel_pos(const fp_checked *c, size_t i, fp_colunit unit, size_t *l0, size_t *c0,
			size_t *l1, size_t *c1);

/* The window of finding i's first line a report shows: bytes, how many
 * characters of the line come before them, whether it goes on after. */
void fp_checked_window(const fp_checked *c, size_t i, const char **s, size_t *n, size_t *skip,
		       bool *cut);

/* Finding i's place, from c's text (c->places NULL), window in arena
 * not copied: it points into the text. */
void fp_checked_place(const fp_checked *c, size_t i, fp_place *out);

/* The bytes [*a, *b) of the line [ls, le) of text that a report shows for
 * an offset at in it: the whole line, or of a long one a window around
 * at (whole characters), so that many findings on one minified line are
 * neither copied nor scanned whole for each. */
void fp_line_window(const char *text, size_t ls, size_t le, size_t at, size_t *a, size_t *b);

/* The expression a finding at offset `at` is in: of those whose range
 * holds it, the first in the file's list; NULL when none. */
const fp_expr_info *fp_checked_expr_at(const fp_checked *c, size_t at);

/* A finding about the whole file (empty, unreadable, not UTF-8, too
 * large, out of memory): it has no source line to show. */
bool fp_diag_is_file_level(int code);

typedef struct fp_driver_fns {
	void *ctx;
	/* See the top of this file. convert may return NULL (nothing to
	 * deliver, or out of memory); deliver gets what it returned. */
	void *(*convert)(void *ctx, const fp_checked *c);
	void (*deliver)(void *ctx, size_t input, void *result);
	/* Checked between inputs: true stops the run (what is not
	 * delivered yet is dropped: convert's results go to drop()). May be
	 * NULL. */
	bool (*cancelled)(void *ctx);
	void (*drop)(void *ctx, void *result);
} fp_driver_fns;

typedef struct fp_driver fp_driver;

/* The largest file a run reads (check, the workspace scan): larger ones
 * get FP9003, refused by their size before they are read. */
#define FP_MAX_FILE ((size_t)256 << 20)

/* A new run; NULL when out of memory. max_file: larger files are refused
 * (FP9003) before they are read. */
fp_driver *fp_driver_new(const fp_driver_fns *fns, size_t max_file);
void fp_driver_free(fp_driver *d);

/* Add an input: a file (path; "-" reads stdin, shown as `shown`), or
 * with expr, one -e expression named `shown`. error_code, when not 0: the
 * walk did not read it, and error says why (FP9001 "cannot read: ...",
 * or FP0035, a link leaving the walked folder). read_flags go to
 * fp_read_file (FP_READ_STREAM for a path the user named). opt is
 * copied. False when out of memory. */
bool fp_driver_add(fp_driver *d, const char *shown, const char *path, const char *expr,
		   int error_code, const char *error, unsigned read_flags,
		   const fp_check_options *opt);

/* What stat() said of the input added last, taken by the walk before it
 * is read: the cache keys on it, and the driver need not stat it again. */
struct stat;
void fp_driver_set_stat(fp_driver *d, const struct stat *st);

/* The workspace's definitions (fp_analysis_env.ext_urls entries, sorted),
 * known before the run: used from the first pass, nothing is held, and
 * the run's own definitions are not gathered. Copied. False when out of
 * memory. */
bool fp_driver_known_extensions(fp_driver *d, const char *const *urls, size_t n);

/* Report unchanged files from c (project/cache.h) and hand it what the
 * run learns: call before adding inputs. c must outlive the run; the
 * front end flushes it. */
struct fp_cache;
void fp_driver_use_cache(fp_driver *d, struct fp_cache *c);

/* Run every input on `threads` threads (the calling one included). */
void fp_driver_run(fp_driver *d, int threads);

/* After a run without known definitions: the definitions of every input
 * (fp_analysis_env.ext_urls entries), sorted and unique (owned by the
 * driver). */
const char *const *fp_driver_extensions(const fp_driver *d, size_t *n);

/* True when the run ran out of memory outside any one input. */
bool fp_driver_failed(const fp_driver *d);

#endif
