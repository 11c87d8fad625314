/*
 * project/pipeline.h - the one pipeline every front end runs: take the
 * expression sites sources/ found in a text, parse them, analyse each in
 * an environment it owns (project/env.h: built once from its site by
 * fp_expr_env_build, kept on the expression for fp_recheck and FP2010),
 * map the findings back into the file. `check`
 * prints its diagnostics, the language server publishes them: what the
 * editor shows is what CI reports.
 *
 * Layer invariant (project/): the only layer that turns files into
 * findings. It calls sources/ (sites), syntax/ (parsing) and analysis/
 * (types, lints); front ends (cli/, lsp/) call it and never re-implement
 * any step of it. Nothing here prints or touches the process.
 */
#ifndef FP_PROJECT_PIPELINE_H
#define FP_PROJECT_PIPELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/analyze.h"
#include "analysis/empty.h"
#include "model/model.h"
#include "project/env.h"
#include "sources/fhir_json.h"
#include "sources/fpfile.h"
#include "sources/symbols.h"
#include "util/arena.h"
#include "util/clock.h"
#include "util/diag.h"


typedef struct fp_check_options {
	fp_fhir_version version;        /* default when no @fhir says otherwise */
	const char *context;            /* default context (-c), or NULL */
	/* the workspace's definitions that analysis checks against
	 * (extensions, profiles, value sets: analysis/analyze.h's
	 * fp_analysis_env.ext_urls), sorted */
	const char *const *ext_urls;
	size_t next_urls;
	/* NULL = no time budget; past it, expressions are still parsed (so
	 * the document keeps its structure and syntax diagnostics) but no
	 * longer analysed, and each one skipped is counted */
	fp_budget *budget;
	/* Keep only what a report needs (check, the workspace scan): in a
	 * .fhirpath text each expression is parsed and analysed in a scratch
	 * arena dropped after it, and the tokens are dropped at the end; only
	 * expressions that use workspace extensions keep their tree for
	 * fp_recheck_exprs. Records of the others have ast NULL, type any
	 * and no type table (their environment, one per directive block or
	 * per site, is kept: it is small). */
	bool lean;
	/* Severities: overrides (the command line's --severity) win over
	 * config (the file's nearest .fhirpath-ls.json), which wins over each
	 * code's default; "off" drops a finding. Applied by the driver and
	 * by the server to every finding of a file (fp_apply_severities).
	 * NULL: none. */
	const struct fp_config *config;
	const struct fp_config *overrides;
	/* An earlier analysis of the same document (the language server,
	 * after an edit that changed its structure), alive for the call:
	 * an expression with the same key (text, site, settings; an
	 * invariant's whole group) takes that analysis' results instead of
	 * being parsed and analysed again (fp_embedded.reused). NULL: none. */
	const struct fp_fhir_file *reuse;
	/* An .fsh text: the project's other FSH texts (sources/fsh.h), which
	 * hold the invariants, profiles and rule sets its rules name. NULL:
	 * the text alone. */
	const struct fp_fsh_tank *fsh_tank;
} fp_check_options;

/* Give every finding of d the severity opt's settings give its code,
 * dropping those switched off. */
void fp_apply_severities(fp_diags *d, const fp_check_options *opt);

/* The sites of a .fhirpath text (sources/fpfile.h), each expression
 * parsed from its tokens; syntax diagnostics into diags. False only when
 * out of memory. */
bool fp_fpfile_parse(const char *text, size_t len, fp_arena *arena, fp_diags *diags,
		     fp_fpfile *out);

/* Parse expression k of f (its tree in arena; syntax diagnostics to
 * diags), from f's tokens, or, when they were dropped (lean), from its
 * text lexed again. NULL when out of memory. */
fp_node *fp_fpfile_parse_expr(const fp_fpfile *f, size_t k, fp_arena *arena, fp_diags *diags);

/* Parse and analyse a .fhirpath text. False only when out of memory. */
bool fp_check_fpfile(const char *text, size_t len, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags, fp_fpfile *out);

/* Parse and analyse one expression (the whole text). The expression's
 * record (range, context) goes to *out. False only when out of memory. */
bool fp_check_expression(const char *text, size_t len, const fp_check_options *opt,
			 fp_arena *arena, fp_diags *diags, fp_fexpr *out);

/* Parse and analyse one embedded expression: text is the decoded
 * expression, env its environment (project/env.h, built from its site
 * in arena). When env has an invariant record, the expression must give
 * true or false (a constraint), so FP2010 applies, but not here: the
 * caller runs fp_lint_fexpr() once the element's other invariants are
 * analysed too (the record lists them). Diagnostics are in offsets of
 * `text`. */
bool fp_check_embedded(const char *text, size_t len, const fp_expr_env *env,
		       const fp_check_options *opt, fp_arena *arena, fp_diags *diags, fp_fexpr *out);

/* An expression of a FHIR resource, analysed. */
typedef struct fp_embedded {
	fp_fexpr x;             /* start/end: the JSON string in the file */
	const struct fp_json *str;      /* that string, in the parsed tree */
	const char *text;       /* the decoded expression */
	size_t len;
	const char *context;    /* "Patient.contact", or NULL */
	const char *origin;     /* "constraint pat-1", "search parameter x (base Patient)" */
	fp_fhir_version version;
	fp_site_map map;        /* how its offsets map back into the file */
	/* What it added to the file's findings, in file offsets, with the
	 * codes' default severities (in the arena): its analysis' (less the
	 * repeats of an earlier record of the same string) and its FP2010
	 * ones. The file's list is the extraction's (fp_fhir_file.own), then
	 * every record's found, then every record's linted, in site order:
	 * fp_fhir_update_string replaces one string's. (fp_fhir_recheck
	 * does not keep them up to date: check does not use them.) */
	fp_diag *found;
	size_t nfound;
	fp_diag *linted;
	size_t nlinted;
	/* a later site's context is one item of its result, or a later
	 * site's variable has its result's type (a Questionnaire's) */
	bool feeds;
	/* reported elsewhere (fp_site.quiet: an inherited constraint, the
	 * snapshot's copy of the differential's): analysed, one of its
	 * element's invariants, but found and linted stay empty */
	bool quiet;
	/* Reuse by key (fp_check_options.reuse): key hashes what the
	 * analysis depends on (the decoded text, the site's context,
	 * %resource, variables, version, the nested-in type), gkey (odd)
	 * an invariant's group (its element's facts and every member's
	 * key; 0 for other sites); local and local_lint are its findings
	 * in the offsets of its text. keyed: analysed whole (not cut short
	 * by the time budget), so its results may be taken. reused: they
	 * were taken from an earlier analysis of the same document, so the
	 * record has no tree and no type table (ast, types NULL: parse it
	 * again when a feature needs one). */
	uint64_t key, gkey;
	uint64_t site_hash;     /* the key without the text */
	fp_diag *local;
	size_t nlocal;
	fp_diag *local_lint;
	size_t nlocal_lint;
	bool keyed, reused;
} fp_embedded;

typedef struct fp_fhir_file {
	bool is_fhir;           /* a JSON object with a resourceType */
	fp_embedded *exprs;
	size_t nexprs;
	/* The definitions it declares, Bundles included
	 * (sources/symbols.h), in document order, in the arena. */
	const fp_symbol *syms;
	size_t nsyms;
	/* the findings of the extraction itself (not JSON, ...), first in
	 * the file's list (see fp_embedded.found) */
	fp_diag *own;
	size_t nown;
	uint64_t settings;      /* the run's settings its analyses used (extensions) */
	size_t reused;          /* records whose results came from opt->reuse */
} fp_fhir_file;

/* Find the sites of a FHIR JSON (xml false) or XML text and analyse each
 * one: diagnostics in file offsets go to diags (one report per place: an
 * expression checked once per base repeats the same mistake for every
 * base). The FHIR version is the resource's, else opt->version. Not
 * JSON/XML: one diagnostic; not FHIR: is_fhir false and nothing said.
 * False only when out of memory. */
bool fp_fhir_check(const char *text, size_t len, bool xml, const fp_check_options *opt,
		   fp_arena *arena, fp_diags *diags, fp_fhir_file *out);
/* The same for an FSH text (sources/fsh.h, with opt->fsh_tank): what
 * SUSHI would compile of it, checked as those resources are. */
bool fp_fsh_check(const char *text, size_t len, const fp_check_options *opt, fp_arena *arena,
		  fp_diags *diags, fp_fhir_file *out);

/* Analyse again, with opt's workspace extensions, the expressions of a
 * checked FHIR file that use them (fp_fexpr.uses_ext), replacing their
 * analysis diagnostics in diags. The text and the arena of the first
 * check must still be alive. False only when out of memory. */
bool fp_fhir_recheck(const char *text, fp_fhir_file *f, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags);

/* Incremental analysis (the language server, on an edit inside one
 * expression string that leaves the file's structure as it was).
 *
 * fp_fhir_shift: the file's text changed at byte `at` by delta bytes (an
 * edit inside one site's string, which holds `at`): every range of f
 * that lies after `at` (strings, records, findings) moves by delta, and
 * the string holding it grows or shrinks. No analysis is done. */
void fp_fhir_shift(fp_fhir_file *f, size_t at, long delta);

/* fp_fhir_update_string: record i's string (every record of it: a search
 * parameter has one per base) now decodes to text[0..n), copied into
 * arena; text_file is the whole new file text, its ranges already
 * shifted by fp_fhir_shift. Each record is parsed and analysed again in
 * the environment it keeps, its found list replaced; when one is an
 * invariant, its element's invariants are linted again (FP2010) with
 * the new types, their linted lists replaced. The results are those a
 * fresh fp_fhir_check of the new text gives, as long as the caller made
 * sure the edit left every other string and the structure alone and no
 * later site is nested in one of these or typed by them (fp_embedded.feeds). False when
 * out of memory (f is then unusable: analyse the file again). */
bool fp_fhir_update_string(fp_fhir_file *f, const char *text_file, size_t i, const char *text,
			   size_t n, const fp_check_options *opt, fp_arena *arena);

/* The file's findings as fp_fhir_check gave them (before severities and
 * sorting), rebuilt from f's lists into diags (emptied first; the
 * messages stay where they are). False when out of memory. */
bool fp_fhir_collect(const fp_fhir_file *f, fp_diags *diags);

/* A decoded offset of e's text back to a file offset. */
size_t fp_embedded_source_offset(const char *file_text, const fp_embedded *e, size_t decoded);
/* The file offset of every decoded offset 0..e->len of e's string, into
 * map (e->len + 1 entries). */
void fp_embedded_source_map(const char *file_text, const fp_embedded *e, size_t *map);

/* What a text holds, by its name (or the editor's language id). */
typedef enum fp_text_kind { FP_TEXT_FHIRPATH, FP_TEXT_JSON, FP_TEXT_XML, FP_TEXT_FSH } fp_text_kind;
/* .xml or language "xml": XML; .json or "json": JSON; .fsh or "fsh":
 * FHIR Shorthand; else .fhirpath text. language may be NULL. */
fp_text_kind fp_text_kind_of(const char *name, const char *language);

/* A text with a NUL byte (FP0031) or invalid UTF-8 (FP0030) gets one
 * diagnostic at that byte and false: positions and expressions in it
 * mean nothing. True when the text can be checked. */
bool fp_check_encoding(const char *text, size_t len, fp_diags *diags);

/* Check a whole file's text: its encoding first (a NUL byte is FP0031,
 * invalid UTF-8 FP0030, each at its offset, and then nothing else is
 * looked at), a text over max bytes is FP9003, an empty .fhirpath text
 * FP0033 (often a failed export), then the expressions of a .fhirpath
 * text into *file or of a FHIR JSON/XML text into *fhir (both are zeroed
 * first). The text starts after any BOM (the caller skips it: positions
 * count after it, as editors show them). With opt->budget, expressions
 * past the deadline are not analysed and one FP9004 says how many. False
 * only when out of memory. */
bool fp_check_text(fp_text_kind kind, const char *text, size_t len, size_t max,
		   const fp_check_options *opt, fp_arena *arena, fp_diags *diags,
		   fp_fpfile *file, fp_fhir_file *fhir);

/* FP2010, a pass after type analysis: when x is an invariant that was
 * analysed whole and parsed cleanly, report into diags (in the offsets of
 * `text`, the text it was parsed from) whether it can evaluate to empty,
 * judged with the types its analysis kept and its element's other
 * invariants (its environment's invariant record). Otherwise nothing.
 * False only when out of memory. */
bool fp_lint_fexpr(const char *text, const fp_fexpr *x, fp_arena *arena, fp_diags *diags);

/* Analyse x again in the environment it keeps from its first analysis
 * (fp_fexpr.env), with opt's workspace extensions; its type diagnostics (in the offsets
 * of `text`, the text it was parsed from) are added to diags and its type
 * table is refreshed in place; FP2010 is fp_lint_fexpr()'s, run after
 * the element's other invariants are analysed again too. For `check`,
 * which learns the run's extension definitions only after reading every
 * input: expressions with fp_fexpr.uses_ext are analysed again then.
 * False only when out of memory. */
bool fp_recheck(const char *text, fp_fexpr *x, const fp_check_options *opt, fp_arena *arena,
		fp_diags *diags);

/* Drop the analysis diagnostics (FP1xxx and up) of diags that start in
 * [start, end]: what an expression analysed again replaces. */
void fp_drop_analysis(fp_diags *d, size_t start, size_t end);

/* fp_recheck() and fp_lint_fexpr() for every expression of x[0..n) (a
 * .fhirpath file's, or one -e expression) that uses workspace
 * extensions: its earlier analysis diagnostics (FP1xxx and up, by
 * position) are replaced. */
bool fp_recheck_exprs(const char *text, fp_fexpr *x, size_t n, const fp_check_options *opt,
		      fp_arena *arena, fp_diags *diags);

#endif
