/*
 * fuzz/fuzz_fhir_json.c - FHIRPath inside FHIR JSON resources
 * (src/sources/fhir_json.c): finding the expressions of a
 * StructureDefinition, SearchParameter, Questionnaire (SDC),
 * ViewDefinition, Bundle or any resource with Expression objects, their
 * contexts and variables, and mapping their diagnostics back into the
 * file through the JSON string escapes.
 *
 * Input: the whole JSON text (no option byte), checked with FHIR R4 as
 * the default version (a resource's fhirVersion may change it), copied
 * into a buffer of exactly its length without a NUL.
 *
 * Invariants (abort() otherwise): every diagnostic has a code known to
 * fp_diag_lookup(), a message and a range inside the text; without a
 * resourceType there are no expressions; every expression's JSON string
 * (start/end) is inside the text and its syntax nodes are inside the
 * decoded expression; every expression has an origin and a model.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/pipeline.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "checks.h"

int fuzz_fhir_json_one(const uint8_t *data, size_t size);


int fuzz_fhir_json_one(const uint8_t *data, size_t size)
{
	size_t len = size;
	char *text = fp_malloc(len ? len : 1);
	if (!text)
		return 0;
	memcpy(text, data, len);

	fp_check_options co;
	memset(&co, 0, sizeof co);
	co.version = FP_FHIR_R4;
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_fhir_file f;
	if (fp_fhir_check(text, len, false, &co, &a, &d, &f)) {
		fuzz_check_diags(&d, len);
		if (!f.is_fhir)
			REQUIRE(f.nexprs == 0);
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_embedded *e = &f.exprs[i];
			/* the string with its quotes */
			fuzz_check_embedded(e, len);
		}
		size_t n = d.len;
		fp_diags_sort(&d);
		REQUIRE(d.len == n);
	}
	fp_diags_release(&d);
	fp_arena_release(&a);
	fp_free(text);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_fhir_json_one(data, size);
}
#endif
