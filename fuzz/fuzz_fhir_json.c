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

int fuzz_fhir_json_one(const uint8_t *data, size_t size);

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

static void check_node(const fp_node *n, size_t len, int depth)
{
	if (!n)
		return;
	REQUIRE(n->start <= n->end && n->end <= len);
	REQUIRE(depth <= FP_MAX_DEPTH + 1);
	for (uint32_t i = 0; i < n->nkids; i++)
		check_node(n->kids[i], len, depth + 1);
}

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
		for (size_t i = 0; i < d.len; i++) {
			const fp_diag *x = &d.items[i];
			REQUIRE(fp_diag_lookup(x->code) != NULL);
			REQUIRE(x->message != NULL);
			REQUIRE(x->start <= x->end && x->end <= len);
		}
		if (!f.is_fhir)
			REQUIRE(f.nexprs == 0);
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_embedded *e = &f.exprs[i];
			/* the string with its quotes */
			REQUIRE(e->x.start <= e->x.end && e->x.end <= len);
			REQUIRE(e->text != NULL || e->len == 0);
			REQUIRE(e->origin != NULL);
			REQUIRE(e->x.env != NULL && e->x.env->model != NULL);
			REQUIRE((int)e->version >= 0 && (int)e->version < FP_FHIR_NVERSIONS);
			check_node(e->x.ast, e->len, 0);
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
