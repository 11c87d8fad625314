/*
 * fuzz/fuzz_fhir_xml.c - FHIRPath inside FHIR XML resources: the XML
 * reader (src/sources/fhir_xml.c over the vendored expat), its mapping to
 * the JSON-shaped tree, the attribute-value position maps, and the same
 * expression finding and checking as for JSON, reached the way `check`
 * and `serve` reach it: fp_check_text(FP_TEXT_XML, ...) (encoding checks
 * first), then, as `check` does once it knows the run's extension
 * definitions, a second analysis of the expressions that use workspace
 * extensions against the definitions found in the same text.
 *
 * Input: the whole XML text (no option byte, so real FHIR XML files are
 * seeds as they are), checked with FHIR R4 as the default version, copied
 * into a buffer of exactly its length without a NUL.
 *
 * Invariants (abort() otherwise):
 *   - every diagnostic has a code fp_diag_lookup() knows, a message and a
 *     range inside the text, and sorting keeps them all;
 *   - without a resource there are no expressions; every expression's
 *     attribute value (start/end) is inside the text, its syntax nodes
 *     inside the decoded expression, and it has an origin and a model;
 *   - the reader alone (fp_fhir_xml_parse) accepts every text the check
 *     read as a resource and refuses every one it reported as FP0034
 *     (XML outside the FHIR namespace is not read by the check, so either
 *     is fine there); on success every node's range is
 *     inside the text, children inside their parents, and for every string
 *     the one-walk map (fp_xml_attr_source_map) equals the offset-at-a-time
 *     mapping, never decreases and stays inside the string's range.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/defs.h"
#include "project/pipeline.h"
#include "sources/fhir_json.h"
#include "sources/fhir_xml.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "checks.h"

int fuzz_fhir_xml_one(const uint8_t *data, size_t size);


/* One string's position map, both ways of computing it. */
static void check_string(const char *text, size_t len, const fp_json *s)
{
	size_t n = s->u.str.len;
	size_t *map = fp_malloc((n + 1) * sizeof *map);
	if (!map)
		return;
	fp_xml_attr_source_map(text, s, map);
	for (size_t k = 0; k <= n; k++) {
		REQUIRE(map[k] == fp_xml_attr_source_offset(text, s, k));
		REQUIRE(map[k] >= s->start && map[k] <= s->end && map[k] <= len);
		REQUIRE(k == 0 || map[k] >= map[k - 1]);
	}
	fp_free(map);
}

/* Ranges of the tree: inside the text and (for containers) around their
 * items; strings get their maps checked. Depth is bounded by the reader. */
static void check_tree(const char *text, size_t len, const fp_json *v, const fp_json *parent)
{
	REQUIRE(v->start <= v->end && v->end <= len);
	if (parent && parent->kind == FP_JSON_OBJECT)
		REQUIRE(v->start >= parent->start && v->end <= parent->end);
	switch (v->kind) {
	case FP_JSON_STRING:
		check_string(text, len, v);
		break;
	case FP_JSON_ARRAY:
		for (size_t i = 0; i < v->u.arr.len; i++)
			check_tree(text, len, v->u.arr.items[i], NULL);
		break;
	case FP_JSON_OBJECT:
		for (size_t i = 0; i < v->u.obj.len; i++) {
			const fp_json_member *m = &v->u.obj.items[i];
			REQUIRE(m->key != NULL);
			REQUIRE(m->key_start <= m->key_end && m->key_end <= len);
			check_tree(text, len, m->value, v);
		}
		break;
	default:
		break;
	}
}

static bool has_code(const fp_diags *d, int code)
{
	for (size_t i = 0; i < d->len; i++) {
		if (d->items[i].code == code)
			return true;
	}
	return false;
}

int fuzz_fhir_xml_one(const uint8_t *data, size_t size)
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
	fp_fpfile unused;       /* both are zeroed; only f is filled for XML */
	bool checked = false;
	bool encoding_ok = false;
	if (fp_check_text(FP_TEXT_XML, text, len, (size_t)-1, &co, &a, &d, &unused, &f)) {
		checked = true;
		fuzz_check_diags(&d, len);
		encoding_ok = !has_code(&d, 30) && !has_code(&d, 31);
		if (!f.is_fhir)
			REQUIRE(f.nexprs == 0);
		bool uses_ext = false;
		for (size_t i = 0; i < f.nexprs; i++) {
			const fp_embedded *e = &f.exprs[i];
			/* the attribute value with its quotes */
			fuzz_check_embedded(e, len);
			uses_ext = uses_ext || e->x.uses_ext;
		}
		/* `check`'s second phase, with this text's own definitions
		 * (issue 8 defect 1 was reached here: fuzz/corpus/fhir_xml/crash-*) */
		const char **urls = uses_ext && f.nsyms ? fp_malloc(f.nsyms * sizeof *urls) : NULL;
		size_t nurls = 0;
		bool ok = true;
		for (size_t i = 0; urls && i < f.nsyms && ok; i++) {
			const char *e = fp_def_entry(&a, &f.syms[i], &ok);
			if (e)
				urls[nurls++] = e;
		}
		fp_defs_sort_unique(urls, &nurls);      /* once each, as `check` keeps them */
		if (nurls > 0) {
			fp_check_options o2 = co;
			o2.ext_urls = urls;
			o2.next_urls = nurls;
			if (fp_fhir_recheck(text, &f, &o2, &a, &d))
				fuzz_check_diags(&d, len);
		}
		fp_free(urls);
		size_t n = d.len;
		fp_diags_sort(&d);
		REQUIRE(d.len == n);
	}
	/* what the check learnt of the text: a resource (so it parsed), or
	 * FP0034 (so it did not); neither for XML outside the FHIR namespace,
	 * which the check leaves unread */
	bool parsed = checked && encoding_ok && f.is_fhir;
	bool refused = checked && encoding_ok && has_code(&d, 34);
	fp_diags_release(&d);
	fp_arena_release(&a);

	/* the reader alone, on texts the check got as far as reading */
	if (checked && encoding_ok) {
		fp_arena_init(&a);
		fp_json *root = NULL;
		fp_json_error err;
		bool ok = fp_fhir_xml_parse(text, len, &a, &root, &err);
		if (ok) {
			REQUIRE(root != NULL);
			check_tree(text, len, root, NULL);
		} else {
			REQUIRE(root == NULL);
			REQUIRE(err.offset <= len);
		}
		REQUIRE(!(ok && refused));
		REQUIRE(ok || !parsed || strcmp(err.message, "out of memory") == 0);
		fp_arena_release(&a);
	}
	fp_free(text);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_fhir_xml_one(data, size);
}
#endif
