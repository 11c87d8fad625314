/*
 * sources/fhir_json.h - FHIRPath inside FHIR resources, in JSON or XML.
 *
 * Finds every expression a FHIR JSON file carries, with the context it is
 * evaluated in (DESIGN.md, "Where FHIRPath lives"):
 *   StructureDefinition  snapshot/differential element constraints
 *                        (context: the element's path; extensions:
 *                        Extension), context[] of type fhirpath
 *   SearchParameter      expression, once per base
 *   Questionnaire (SDC)  Expression values in text/fhirpath; %resource is
 *                        the QuestionnaireResponse, items narrow %context
 *   ViewDefinition       select[].column[].path, forEach, forEachOrNull,
 *                        where[].path; constants become %name; forEach
 *                        narrows the context of what is nested in it
 *   any resource         an Expression object in text/fhirpath
 *   Bundle               each entry's resource
 * Each expression is parsed and analysed; its diagnostics are mapped back
 * into the file through the JSON string's escapes.
 */
#ifndef FP_SOURCES_FHIR_JSON_H
#define FP_SOURCES_FHIR_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "sources/fpfile.h"
#include "sources/pipeline.h"
#include "util/arena.h"
#include "util/diag.h"

typedef struct fp_embedded {
	fp_fexpr x;             /* start/end: the JSON string in the file */
	const struct fp_json *str;      /* that string, in the parsed tree */
	const char *text;       /* the decoded expression */
	size_t len;
	const char *context;    /* "Patient.contact", or NULL */
	const char *origin;     /* "constraint pat-1", "search parameter x (base Patient)" */
	fp_fhir_version version;
} fp_embedded;

typedef struct fp_fhir_file {
	bool is_fhir;           /* a JSON object with a resourceType */
	fp_embedded *exprs;
	size_t nexprs;
	/* The extension definitions in it, Bundles included, as
	 * fp_collect_extensions() gives them ("url" or "url\ttypes"), in
	 * the arena, unsorted. */
	const char **ext_urls;
	size_t next_urls;
} fp_fhir_file;

/* Scan a JSON text. Not JSON: one diagnostic (FP0032) and is_fhir false.
 * JSON without resourceType: is_fhir false, nothing reported. The FHIR
 * version comes from the resource (fhirVersion) or opt->version.
 * False only when out of memory. */
bool fp_fhir_json_check(const char *text, size_t len, const fp_check_options *opt,
			fp_arena *arena, fp_diags *diags, fp_fhir_file *out);

/* The same for a FHIR resource in XML: values in value="..." attributes,
 * positions mapped through entities. Not XML: one diagnostic (FP0034). */
bool fp_fhir_xml_check(const char *text, size_t len, const fp_check_options *opt,
		       fp_arena *arena, fp_diags *diags, fp_fhir_file *out);

/* Analyse again, with opt's workspace extensions, the expressions of a
 * scanned JSON (xml false) or XML file that use them (fp_fexpr.uses_ext),
 * replacing their analysis diagnostics in diags. The text and the arena of
 * the scan must still be alive: `check` keeps them for such a file until
 * it has read every input. False only when out of memory. */
bool fp_fhir_recheck(const char *text, bool xml, fp_fhir_file *f, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags);

#endif
