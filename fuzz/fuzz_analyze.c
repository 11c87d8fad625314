/*
 * fuzz/fuzz_analyze.c - the check pipeline: .fhirpath splitting and
 * directives, parsing, type analysis against the FHIR models
 * (src/sources/pipeline.c, src/analysis/, src/model/).
 *
 * Input: one option byte, then the text.
 *   bit 0      0: the text is a .fhirpath file (fp_check_fpfile);
 *              1: the text is one expression (fp_check_expression)
 *   bits 1-2   FHIR version: 0 R4, 1 R4B, 2 R5, 3 R4
 *   bits 3-7   default context (-c): contexts[k % NCONTEXTS], k = 0 none
 * So a seed file starting with a space (0x20: file, R4, context 4 =
 * Observation) or '!' (0x21: the same as one expression) is readable.
 *
 * Like every front end, the harness passes only valid UTF-8 (check and
 * serve report invalid UTF-8 themselves and never analyse it). The text
 * is copied into a buffer of exactly its length, without a NUL, so a
 * read past the end is an ASan report.
 *
 * Invariants (abort() otherwise): every diagnostic has a code known to
 * fp_diag_lookup(), a severity from error to hint, a message, and a
 * range inside the text; every expression's range, and every syntax
 * node's range, is inside the text; every expression was analysed with a
 * model.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/pipeline.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "checks.h"
#include "util/utf8.h"

int fuzz_analyze_one(const uint8_t *data, size_t size);


/* Default contexts: types, element paths (choice, backbone, nested),
 * abstract types, data types, and names that resolve to nothing. */
static const char *const contexts[] = {
	NULL,
	"Patient",
	"Patient.contact",
	"Patient.name",
	"Observation",
	"Observation.value",
	"Observation.component",
	"Questionnaire",
	"Questionnaire.item",
	"QuestionnaireResponse.item",
	"Bundle",
	"Bundle.entry.resource",
	"Extension",
	"Element",
	"Resource",
	"DomainResource",
	"HumanName",
	"CodeableConcept",
	"Quantity",
	"Reference",
	"ElementDefinition",
	"StructureDefinition.snapshot.element",
	"MedicationRequest",
	"Encounter.location",
	"Condition",
	"Timing.repeat",
	"Patient.contacts",     /* unknown: a slip */
	"patient",
	"Observation.valueQuantity",
	"NoSuchType",
	"",
	"Patient..name",
};
#define NCONTEXTS (sizeof contexts / sizeof contexts[0])

static void check_expr(const fp_fexpr *x, size_t len)
{
	REQUIRE(x->start <= x->end && x->end <= len);
	REQUIRE(x->env != NULL && x->env->model != NULL);
	fuzz_check_node(x->ast, len, 0);
}

static void check_diags(const fp_diags *d, size_t len)
{
	for (size_t i = 0; i < d->len; i++) {
		const fp_diag *x = &d->items[i];
		const fp_diag_code *c = fp_diag_lookup(x->code);
		REQUIRE(c != NULL);
		REQUIRE(x->severity >= FP_SEV_ERROR && x->severity <= FP_SEV_HINT);
		REQUIRE(x->message != NULL);
		REQUIRE(x->start <= x->end && x->end <= len);
	}
}

int fuzz_analyze_one(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned opt = data[0];
	size_t len = size - 1;
	if (!fp_utf8_valid((const char *)data + 1, len, NULL))
		return 0;
	char *text = fp_malloc(len ? len : 1);
	if (!text)
		return 0;
	memcpy(text, data + 1, len);

	fp_check_options co;
	memset(&co, 0, sizeof co);
	static const fp_fhir_version versions[4] = { FP_FHIR_R4, FP_FHIR_R4B, FP_FHIR_R5, FP_FHIR_R4 };
	co.version = versions[(opt >> 1) & 3];
	co.context = contexts[(opt >> 3) % NCONTEXTS];

	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	if (opt & 1) {
		fp_fexpr x;
		if (fp_check_expression(text, len, &co, &a, &d, &x)) {
			check_expr(&x, len);
			check_diags(&d, len);
		}
	} else {
		fp_fpfile f;
		if (fp_check_fpfile(text, len, &co, &a, &d, &f)) {
			for (size_t i = 0; i < f.nexprs; i++)
				check_expr(&f.exprs[i], len);
			for (size_t i = 0; i < f.ndirs; i++) {
				const fp_directive *dir = &f.dirs[i];
				REQUIRE(dir->start <= dir->end && dir->end <= len);
				REQUIRE(dir->value_start <= dir->value_end && dir->value_end <= len);
			}
			check_diags(&d, len);
		}
	}
	/* sorting (as check and serve do) must keep every item */
	size_t n = d.len;
	fp_diags_sort(&d);
	REQUIRE(d.len == n);
	fp_diags_release(&d);
	fp_arena_release(&a);
	fp_free(text);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_analyze_one(data, size);
}
#endif
