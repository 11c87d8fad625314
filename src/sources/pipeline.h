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

#include "model/model.h"
#include "sources/fpfile.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct fp_check_options {
	fp_fhir_version version;        /* default when no @fhir says otherwise */
	const char *context;            /* default context (-c), or NULL */
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
 * any). Diagnostics are in offsets of `text`. */
bool fp_check_embedded(const char *text, size_t len, const fp_model *m, fp_tset context,
		       fp_tset resource, const char *const *vars, size_t nvars,
		       fp_arena *arena, fp_diags *diags, fp_fexpr *out);

#endif
