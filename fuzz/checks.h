/*
 * fuzz/checks.h - the invariants several fuzz targets assert on what the
 * checker gives back: syntax trees inside their text, diagnostics with a
 * known code, a message and a range inside the text, and each embedded
 * expression's place, origin, model and version. Static functions: each
 * target is its own program (and a test of the runner).
 */
#ifndef FP_FUZZ_CHECKS_H
#define FP_FUZZ_CHECKS_H

#include <stdint.h>
#include <stdlib.h>

#include "project/pipeline.h"
#include "syntax/parse.h"
#include "util/diag.h"

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

/* Every node inside [0, len), no deeper than the parser allows. */
static inline void fuzz_check_node(const fp_node *n, size_t len, int depth)
{
	if (!n)
		return;
	REQUIRE(n->start <= n->end && n->end <= len);
	REQUIRE(depth <= FP_MAX_DEPTH + 1);
	for (uint32_t i = 0; i < n->nkids; i++)
		fuzz_check_node(n->kids[i], len, depth + 1);
}

static inline void fuzz_check_diags(const fp_diags *d, size_t len)
{
	for (size_t i = 0; i < d->len; i++) {
		const fp_diag *x = &d->items[i];
		REQUIRE(fp_diag_lookup(x->code) != NULL);
		REQUIRE(x->message != NULL);
		REQUIRE(x->start <= x->end && x->end <= len);
	}
}

/* An expression found inside a resource of len bytes: its host string
 * (quotes included) inside the text, its tree inside the decoded text. */
static inline void fuzz_check_embedded(const fp_embedded *e, size_t len)
{
	REQUIRE(e->x.start <= e->x.end && e->x.end <= len);
	REQUIRE(e->text != NULL || e->len == 0);
	REQUIRE(e->origin != NULL);
	REQUIRE(e->x.env != NULL && e->x.env->model != NULL);
	REQUIRE((int)e->version >= 0 && (int)e->version < FP_FHIR_NVERSIONS);
	fuzz_check_node(e->x.ast, e->len, 0);
}

#endif
