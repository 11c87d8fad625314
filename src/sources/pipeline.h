/*
 * sources/pipeline.h - the one pipeline every front end runs: find the
 * expressions of a text, parse them, analyse them in their context.
 * `check` prints its diagnostics, the language server publishes them:
 * what the editor shows is what CI reports.
 */
#ifndef FP_SOURCES_PIPELINE_H
#define FP_SOURCES_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/analyze.h"
#include "model/model.h"
#include "sources/fpfile.h"
#include "util/arena.h"
#include "util/diag.h"

/* A time budget for analysis (the language server's per-request budget):
 * once fp_clock_ms() passes deadline_ms, expressions are still parsed
 * (so the document keeps its structure and syntax diagnostics) but no
 * longer analysed, and each one skipped is counted. */
typedef struct fp_budget {
	uint64_t deadline_ms;           /* 0 = no budget */
	size_t skipped;
} fp_budget;

typedef struct fp_check_options {
	fp_fhir_version version;        /* default when no @fhir says otherwise */
	const char *context;            /* default context (-c), or NULL */
	const char *const *ext_urls;    /* the workspace's extension URLs, sorted */
	size_t next_urls;
	fp_budget *budget;              /* NULL = no time budget */
	/* Keep only what a report needs (check, the workspace scan): in a
	 * .fhirpath text each expression is parsed and analysed in a scratch
	 * arena dropped after it, and the tokens are dropped at the end; only
	 * expressions that use workspace extensions keep their tree (and
	 * environment) for fp_recheck_exprs. Records of the others have
	 * ast NULL, type/ctx_type/res_type any and no decls. */
	bool lean;
} fp_check_options;

/* Parse and analyse a .fhirpath text. False only when out of memory. */
bool fp_check_fpfile(const char *text, size_t len, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags, fp_fpfile *out);

/* Parse and analyse one expression (the whole text). The expression's
 * record (range, context) goes to *out. False only when out of memory. */
bool fp_check_expression(const char *text, size_t len, const fp_check_options *opt,
			 fp_arena *arena, fp_diags *diags, fp_fexpr *out);

/* Parse and analyse one embedded expression: text is the decoded
 * expression; context is a type set already resolved (any when unknown);
 * resource is %resource's type; vars are extra variable names (typed
 * any); invariant, when not NULL: it must give true or false (a
 * constraint), so FP2010 applies. Diagnostics are in offsets of `text`. */
bool fp_check_embedded(const char *text, size_t len, const fp_model *m, fp_tset context,
		       fp_tset resource, const char *const *vars, size_t nvars,
		       const fp_invariant *invariant,
		       const fp_check_options *opt, fp_arena *arena, fp_diags *diags, fp_fexpr *out);

struct fp_fhir_file;            /* sources/fhir_json.h */

/* What a text holds, by its name (or the editor's language id). */
typedef enum fp_text_kind { FP_TEXT_FHIRPATH, FP_TEXT_JSON, FP_TEXT_XML } fp_text_kind;
/* .xml or language "xml": XML; .json or "json": JSON; else .fhirpath
 * text. language may be NULL. */
fp_text_kind fp_text_kind_of(const char *name, const char *language);

/* A text with a NUL byte (FP0031) or invalid UTF-8 (FP0030) gets one
 * diagnostic at that byte and false: positions and expressions in it
 * mean nothing. True when the text can be checked. */
bool fp_check_encoding(const char *text, size_t len, fp_diags *diags);

/* Check a whole file's text: its encoding first (a NUL byte is FP0031,
 * invalid UTF-8 FP0030, each at its offset, and then nothing else is
 * looked at), a text over max bytes is FP9003, then the expressions of a
 * .fhirpath text into *file or of a FHIR JSON/XML text into *fhir (both
 * are zeroed first). With opt->budget, expressions past the deadline are
 * not analysed and one FP9004 says how many. False only when out of
 * memory. */
bool fp_check_text(fp_text_kind kind, const char *text, size_t len, size_t max,
		   const fp_check_options *opt, fp_arena *arena, fp_diags *diags,
		   fp_fpfile *file, struct fp_fhir_file *fhir);

/* Analyse x again (the environment it keeps from its first analysis)
 * with opt's workspace extensions; its diagnostics (in the offsets of
 * `text`, the text it was parsed from) are added to diags. For `check`,
 * which learns the run's extension definitions only after reading every
 * input: expressions with fp_fexpr.uses_ext are analysed again then.
 * False only when out of memory. */
bool fp_recheck(const char *text, fp_fexpr *x, const fp_check_options *opt, fp_arena *arena,
		fp_diags *diags);

/* The same for every expression of x[0..n) (a .fhirpath file's, or one
 * -e expression) that uses workspace extensions: its earlier analysis
 * diagnostics (FP1xxx and up, by position) are replaced. */
bool fp_recheck_exprs(const char *text, fp_fexpr *x, size_t n, const fp_check_options *opt,
		      fp_arena *arena, fp_diags *diags);

/* Add the URL of every extension definition (StructureDefinition with
 * type Extension) in a FHIR JSON or XML text, Bundles included, to *urls
 * (strings in the arena; *urls grown with fp_realloc; the caller frees
 * it). Not FHIR, not well-formed: nothing added. False when out of memory. */
bool fp_collect_extensions(const char *text, size_t len, bool xml, fp_arena *arena,
			   const char ***urls, size_t *n, size_t *cap);

#endif
