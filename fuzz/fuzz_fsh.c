/*
 * fuzz/fuzz_fsh.c - FHIR Shorthand (src/sources/fsh.c): items, rules,
 * strings (escapes, triple quotes, strings over lines), comments, rule
 * sets with parameters inserted into each other, soft indexes, and the
 * trees fhir_json.c's scanner reads from them; positions mapped back
 * through each string's table.
 *
 * Input: the whole FSH text (no option byte), checked with FHIR R4 and no
 * tank (the text alone), copied into a buffer of exactly its length
 * without a NUL; then its comments are listed.
 *
 * Invariants (abort() otherwise): every diagnostic has a known code, a
 * message and a range inside the text; every expression's range is inside
 * the text, every decoded offset of it maps inside the text, its syntax
 * nodes are inside the decoded expression, it has an origin and a model;
 * comments are in order, inside the text, each starting with '/'.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/pipeline.h"
#include "sources/fsh.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "checks.h"

int fuzz_fsh_one(const uint8_t *data, size_t size);


int fuzz_fsh_one(const uint8_t *data, size_t size)
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
	if (fp_fsh_check(text, len, &co, &a, &d, &f)) {
		fuzz_check_diags(&d, len);
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_embedded *e = &f.exprs[i];
			fuzz_check_embedded(e, len);
			for (size_t k = 0; k <= e->len; k++)
				REQUIRE(fp_embedded_source_offset(text, e, k) <= len);
		}
	}
	fp_fsh_comment *c;
	size_t nc;
	if (fp_fsh_comments(text, len, &a, &c, &nc)) {
		for (size_t i = 0; i < nc; i++) {
			REQUIRE(c[i].start < c[i].end && c[i].end <= len);
			REQUIRE(text[c[i].start] == '/');
			REQUIRE(i == 0 || c[i - 1].end <= c[i].start);
		}
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
	return fuzz_fsh_one(data, size);
}
#endif
