/*
 * tests/unit/test_store_blob.c - store/astcode (the AST blob) and
 * store/zcodec (zstd with dictionaries).
 *
 * Round trips compare a dump of every fp_node field (full_dump), so a
 * field the codec forgot shows as a differing line. The expressions are
 * the HL7 FHIRPath suites (../shared, skipped without it unless
 * FP_REQUIRE_SHARED=1), the corpus' .fhirpath files, damaged copies of both (trees
 * with ERROR nodes) and deep or odd trees made here. Damaged blobs: every
 * truncation and single-byte change must be refused; with the checksum
 * made right again (so the structural checks are what decides), a blob
 * is either refused or decodes to a tree that keeps every rule and
 * encodes back to the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "unit.h"
#include "../runner.h"
#include "project/pipeline.h"
#include "sources/fpfile.h"
#include "store/astcode.h"
#include "store/zcodec.h"
#include "syntax/parse.h"
#include "util/alloc.h"

static const char *unit_suite_name = "store_blob";

/* ---- helpers --------------------------------------------------------- */

/* Parse a whole text into a (its diagnostics dropped). */
static fp_node *parse(const char *text, size_t len, fp_arena *a)
{
	fp_diags d;
	fp_diags_init(&d, a);
	fp_node *root = fp_parse_text(text, len, a, &d);
	fp_diags_release(&d);
	return root;
}

static uint64_t rng = 0x9E3779B97F4A7C15ull;

static uint32_t rnd(uint32_t n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return n ? (uint32_t)(rng % n) : 0;
}

/* Every field of every node, one node a line; str with its bytes in hex
 * and whether it is NUL-terminated. Recursive: trees are at most
 * FP_MAX_DEPTH high. */
static void full_dump(const fp_node *n, int depth, fp_buf *b)
{
	fp_buf_printf(b, "%d %s op=%u h=%u fl=%u id=%u %u..%u name=%u..%u kids=%u len=%u",
		      depth, fp_node_kind_name((fp_node_kind)n->kind), n->op, n->height,
		      (unsigned)n->flags, (unsigned)n->id, n->start, n->end, n->name_start,
		      n->name_end, n->nkids, n->len);
	if (n->str) {
		fp_buf_adds(b, " str=");
		for (uint32_t i = 0; i < n->len; i++)
			fp_buf_printf(b, "%02x", (unsigned char)n->str[i]);
		fp_buf_adds(b, n->str[n->len] ? " UNTERMINATED" : "");
	}
	fp_buf_addc(b, '\n');
	for (uint32_t i = 0; i < n->nkids; i++)
		full_dump(n->kids[i], depth + 1, b);
}

/* The rules of astcode.h, checked on a decoded tree; NULL when kept. */
static const char *tree_rules(const fp_node *n, size_t text_len, int depth)
{
	if (depth > FP_MAX_DEPTH)
		return "too deep";
	if (n->kind >= FP_N_COUNT_ || n->start > n->end || n->end > text_len)
		return "kind or range";
	if ((n->name_start || n->name_end) &&
	    (n->name_start < n->start || n->name_end < n->name_start || n->name_end > n->end))
		return "name";
	if ((n->str && n->str[n->len]) || (!n->str && n->len))
		return "id or str";
	if ((n->nkids == 0) != (n->kids == NULL))
		return "kids";
	unsigned h = 0;
	for (uint32_t i = 0; i < n->nkids; i++) {
		const char *why = tree_rules(n->kids[i], text_len, depth + 1);
		if (why)
			return why;
		if (n->kids[i]->height > h)
			h = n->kids[i]->height;
	}
	return n->height == h + 1 ? NULL : "height";
}

/* Encode root, decode the blob into a fresh arena and compare dumps.
 * On failure describes it into detail (for rt-style messages). The blob
 * is left in *blob when blob is not NULL. */
static bool roundtrip(const fp_node *root, const char *text, size_t text_len, fp_buf *blob,
		      fp_buf *detail)
{
	fp_buf own, before, after;
	fp_buf_init(&own);
	fp_buf_init(&before);
	fp_buf_init(&after);
	if (!blob)
		blob = &own;
	fp_buf_reset(blob);
	const char *why = NULL;
	bool ok = false;
	fp_ast_status st = fp_ast_encode(root, text, text_len, blob, &why);
	fp_arena a;
	fp_arena_init(&a);
	if (st != FP_AST_OK) {
		fp_buf_printf(detail, "encode: %s (%s)\n", fp_ast_status_name(st), why ? why : "");
	} else {
		fp_node *back = NULL;
		st = fp_ast_decode(blob->data, blob->len, text, text_len, &a, &back, &why);
		if (st != FP_AST_OK) {
			fp_buf_printf(detail, "decode: %s (%s)\n", fp_ast_status_name(st),
				      why ? why : "");
		} else {
			full_dump(root, 0, &before);
			full_dump(back, 0, &after);
			ok = strcmp(before.data, after.data) == 0;
			if (!ok)
				rt_diff(detail, before.data, after.data);
		}
	}
	fp_arena_release(&a);
	fp_buf_release(&own);
	fp_buf_release(&before);
	fp_buf_release(&after);
	return ok;
}

/* Fix the checksum of blob[0..n) after an edit. */
static void reseal(uint8_t *b, size_t n)
{
	if (n < 4)
		return;
	uint32_t s = fp_ast_checksum(b, n - 4);
	for (int i = 0; i < 4; i++)
		b[n - 4 + i] = (uint8_t)(s >> (8 * i));
}

static bool refused(const void *b, size_t n, const char *text, size_t text_len)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_node *root = (fp_node *)1;
	fp_ast_status st = fp_ast_decode(b, n, text, text_len, &a, &root, NULL);
	fp_arena_release(&a);
	return st != FP_AST_OK && root == NULL;
}

/* Every truncation and every single-byte change of blob must be refused.
 * `step` thins the byte positions changed for long runs. */
static bool damage_refused(const fp_buf *blob, const char *text, size_t text_len, size_t step,
			   fp_buf *detail)
{
	for (size_t k = 0; k < blob->len; k++) {
		if (!refused(blob->data, k, text, text_len)) {
			fp_buf_printf(detail, "truncation to %zu of %zu bytes accepted\n", k, blob->len);
			return false;
		}
	}
	uint8_t *c = fp_malloc(blob->len ? blob->len : 1);
	if (!c)
		return false;
	bool ok = true;
	for (size_t i = 0; ok && i < blob->len; i += step) {
		memcpy(c, blob->data, blob->len);
		for (int bit = 0; ok && bit < 9; bit++) {
			uint8_t x = bit < 8 ? (uint8_t)(1u << bit) : (uint8_t)(1 + rnd(255));
			c[i] ^= x;
			if (!refused(c, blob->len, text, text_len)) {
				fp_buf_printf(detail, "byte %zu ^ %02x accepted\n", i, x);
				ok = false;
			}
			c[i] ^= x;
		}
	}
	fp_free(c);
	return ok;
}

/*
 * Structural damage past the checksum: change, insert or drop bytes of
 * blob, reseal, decode. A refused blob is fine; an accepted one must keep
 * the rules and encode back to exactly its bytes.
 */
static bool resealed_damage(const fp_buf *blob, const char *text, size_t text_len, int rounds,
			    fp_buf *detail)
{
	size_t cap = blob->len + 8;
	uint8_t *c = fp_malloc(cap);
	if (!c)
		return false;
	bool ok = true;
	for (int r = 0; ok && r < rounds; r++) {
		size_t n = blob->len;
		memcpy(c, blob->data, n);
		size_t at = 1 + rnd((uint32_t)(n - 5));     /* past the version, before the sum */
		switch (rnd(4)) {
		case 0: c[at] = (uint8_t)rnd(256); break;
		case 1: c[at] ^= (uint8_t)(1u << rnd(8)); break;
		case 2: memmove(c + at + 1, c + at, n - at); c[at] = (uint8_t)rnd(256); n++; break;
		default: memmove(c + at, c + at + 1, n - at - 1); n--; break;
		}
		reseal(c, n);
		fp_arena a;
		fp_arena_init(&a);
		fp_node *root;
		if (fp_ast_decode(c, n, text, text_len, &a, &root, NULL) == FP_AST_OK) {
			const char *why = tree_rules(root, text_len, 1);
			fp_buf again;
			fp_buf_init(&again);
			if (why) {
				fp_buf_printf(detail, "accepted damaged blob breaks a rule: %s\n", why);
				ok = false;
			} else if (fp_ast_encode(root, text, text_len, &again, NULL) != FP_AST_OK ||
				   again.len != n || memcmp(again.data, c, n) != 0) {
				fp_buf_adds(detail, "accepted damaged blob does not encode back to itself\n");
				ok = false;
			}
			fp_buf_release(&again);
		}
		fp_arena_release(&a);
	}
	fp_free(c);
	return ok;
}

static bool has_error_node(const fp_node *n)
{
	if (n->kind == FP_N_ERROR)
		return true;
	for (uint32_t i = 0; i < n->nkids; i++) {
		if (has_error_node(n->kids[i]))
			return true;
	}
	return false;
}

/* Counts over one run of expressions (a part of the test). */
typedef struct tally {
	const char *part;
	size_t exprs, errors, failed;
	fp_buf detail;
} tally;

/*
 * The whole treatment for one expression: round trip; for every `thin`th
 * one also damage (truncations, byte changes, resealed changes); and the
 * same for `mutants` damaged copies of its text.
 */
static void one_expression(tally *t, const char *text, size_t len, int mutants, size_t thin)
{
	static const char junk[] = "()[]{}.,'`\"@%$ +-*/|:;\\\n\t0aZ";
	char *m = fp_malloc(len + 2);
	if (!m) {
		t->failed++;
		return;
	}
	for (int v = 0; v <= mutants; v++) {
		size_t ml = len;
		memcpy(m, text, len);
		if (v > 0 && len > 0) {
			size_t at = rnd((uint32_t)len);
			switch (rnd(3)) {
			case 0: m[at] = junk[rnd(sizeof junk - 1)]; break;
			case 1: ml = at; break;
			default: memmove(m + at, m + at + 1, len - at - 1); ml--; break;
			}
		}
		fp_arena a;
		fp_arena_init(&a);
		fp_diags d;
		fp_diags_init(&d, &a);
		fp_node *root = fp_parse_text(m, ml, &a, &d);
		fp_buf blob, detail;
		fp_buf_init(&blob);
		fp_buf_init(&detail);
		bool ok = root && roundtrip(root, m, ml, &blob, &detail);
		if (ok && t->exprs % thin == 0)
			ok = damage_refused(&blob, m, ml, 1, &detail) &&
			     resealed_damage(&blob, m, ml, 20, &detail);
		t->exprs++;
		if (root && has_error_node(root))
			t->errors++;
		if (!ok) {
			if (t->failed++ < 5)
				fp_buf_printf(&t->detail, "  %s: '%.*s'\n%s", t->part, (int)(ml > 200 ? 200 : ml),
					      m, detail.data ? detail.data : "  (no tree)\n");
		}
		fp_buf_release(&blob);
		fp_buf_release(&detail);
		fp_diags_release(&d);
		fp_arena_release(&a);
	}
	fp_free(m);
}

static void tally_report(tally *t, size_t min_errors)
{
	char name[200];
	snprintf(name, sizeof name, "unit/%s/%s (%zu trees, %zu with ERROR nodes)", unit_suite_name,
		 t->part, t->exprs, t->errors);
	bool ok = t->failed == 0 && t->exprs > 0 && t->errors >= min_errors;
	if (ok || t->detail.len == 0)
		fp_buf_printf(&t->detail, "  %zu failed of %zu; %zu with ERROR nodes (want >= %zu)\n",
			      t->failed, t->exprs, t->errors, min_errors);
	rt_result(name, ok, t->detail.data);
	fp_buf_release(&t->detail);
}

/* ---- the HL7 suites and the corpus ------------------------------------ */

/* Decode the XML text s[0..n) (the five entities, character references). */
static void xml_text(fp_buf *b, const char *s, size_t n)
{
	static const struct { const char *ent; char c; } ents[] = {
		{ "&lt;", '<' }, { "&gt;", '>' }, { "&amp;", '&' }, { "&quot;", '"' }, { "&apos;", '\'' },
	};
	for (size_t i = 0; i < n; i++) {
		size_t k = 0;
		for (; s[i] == '&' && k < sizeof ents / sizeof *ents; k++) {
			size_t el = strlen(ents[k].ent);
			if (n - i >= el && memcmp(s + i, ents[k].ent, el) == 0) {
				fp_buf_addc(b, ents[k].c);
				i += el - 1;
				break;
			}
		}
		if (s[i] == '&' && k < sizeof ents / sizeof *ents)
			continue;
		if (s[i] == '&' && i + 2 < n && s[i + 1] == '#') {
			char *end;
			unsigned long cp = s[i + 2] == 'x' ? strtoul(s + i + 3, &end, 16)
							   : strtoul(s + i + 2, &end, 10);
			if (*end == ';' && cp < 0x80) {
				fp_buf_addc(b, (char)cp);
				i = (size_t)(end - s);
				continue;
			}
		}
		fp_buf_addc(b, s[i]);
	}
}

/* Each <expression> text of an HL7 suite file (comments skipped). */
static void suite(tally *t, const char *path)
{
	size_t len;
	char *x = rt_read(path, &len);
	if (!x) {
		t->failed++;
		fp_buf_printf(&t->detail, "  cannot read %s\n", path);
		return;
	}
	for (char *p = x; (p = strchr(p, '<')) != NULL;) {
		if (strncmp(p, "<!--", 4) == 0) {
			char *e = strstr(p, "-->");
			p = e ? e + 3 : x + len;
			continue;
		}
		if (strncmp(p, "<expression", 11) != 0 || (p[11] != '>' && p[11] != ' ')) {
			p++;
			continue;
		}
		char *open = strchr(p, '>');
		char *close = open ? strstr(open, "</expression>") : NULL;
		if (!close)
			break;
		fp_buf e;
		fp_buf_init(&e);
		xml_text(&e, open + 1, (size_t)(close - open - 1));
		one_expression(t, e.data ? e.data : "", e.len, 3, 5);
		fp_buf_release(&e);
		p = close;
	}
	fp_free(x);
}

static void hl7_suites(void)
{
	if (!R.shared) {
		rt_no_shared("unit/store_blob/hl7", NULL);
		return;
	}
	static const char *const v[] = { "r4", "r4b", "r5" };
	tally t = { .part = "hl7" };
	fp_buf_init(&t.detail);
	for (size_t i = 0; i < 3; i++) {
		char path[1024];
		snprintf(path, sizeof path, "%s/conformance/fhirpath/%s/tests-fhir-%s.xml", R.shared,
			 v[i], v[i]);
		suite(&t, path);
	}
	tally_report(&t, 1000);
}

/* Every expression of every corpus file, parsed as `check` does (ranges
 * are offsets into the whole file), then each text alone with damage. */
static void corpus(void)
{
	static const char *const dirs[] = { "corpus/clean", "corpus/mistakes" };
	tally t = { .part = "corpus" };
	fp_buf_init(&t.detail);
	for (size_t d = 0; d < 2; d++) {
		char **files = rt_list(dirs[d], ".fhirpath");
		for (size_t i = 0; files && files[i]; i++) {
			size_t len;
			char *text = rt_read(files[i], &len);
			fp_arena a;
			fp_arena_init(&a);
			fp_diags dg;
			fp_diags_init(&dg, &a);
			fp_fpfile f;
			if (!text || !fp_fpfile_parse(text, len, &a, &dg, &f)) {
				t.failed++;
				fp_buf_printf(&t.detail, "  cannot parse %s\n", files[i]);
			} else {
				for (size_t k = 0; k < f.nexprs; k++) {
					fp_buf detail;
					fp_buf_init(&detail);
					if (!f.exprs[k].ast || !roundtrip(f.exprs[k].ast, text, len, NULL, &detail)) {
						if (t.failed++ < 5)
							fp_buf_printf(&t.detail, "  %s #%zu\n%s", files[i], k,
								      detail.data ? detail.data : "");
					}
					fp_buf_release(&detail);
					one_expression(&t, text + f.exprs[k].start,
						       f.exprs[k].end - f.exprs[k].start, 5, 1);
				}
			}
			fp_diags_release(&dg);
			fp_arena_release(&a);
			fp_free(text);
		}
		rt_free_list(files);
	}
	tally_report(&t, 100);
}

/* ---- made-up trees --------------------------------------------------- */

/* A chain of `height` nodes in a, PAREN over PAREN over ... an IDENT
 * leaf "x", ids from the leaf up, all ranges 0..1. */
static fp_node *chain(fp_arena *a, unsigned height)
{
	fp_node *kid = NULL;
	for (unsigned h = 1; h <= height; h++) {
		fp_node *n = fp_arena_zalloc(a, sizeof *n);
		fp_node **k = fp_arena_alloc(a, sizeof *k);
		if (!n || !k)
			return NULL;
		n->kind = kid ? FP_N_PAREN : FP_N_IDENT;
		n->height = (uint16_t)h;
		n->id = h - 1;
		n->end = 1;
		if (kid) {
			k[0] = kid;
			n->kids = k;
			n->nkids = 1;
		} else {
			n->str = "x";
			n->len = 1;
			n->name_end = 1;
		}
		kid = n;
	}
	return kid;
}

static void deep_trees(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_buf detail, blob;
	fp_buf_init(&detail);
	fp_buf_init(&blob);
	fp_node *top = chain(&a, FP_MAX_DEPTH);
	CHECK(top && top->height == FP_MAX_DEPTH);
	CHECK(roundtrip(top, "x", 1, &blob, &detail));
	CHECK(damage_refused(&blob, "x", 1, 97, &detail));
	fp_node *over = chain(&a, FP_MAX_DEPTH + 1);
	const char *why;
	fp_buf_reset(&blob);
	CHECK(fp_ast_encode(over, "x", 1, &blob, &why) == FP_AST_UNSUPPORTED && blob.len == 0);
	/* the same chain one node higher, assembled by hand: version, count,
	 * root id, then PAREN records (head, end 0, length 1), the IDENT leaf
	 * (name mode 1: name = range; its string "x" from the text) and the
	 * checksum */
	fp_buf_reset(&blob);
	unsigned count = FP_MAX_DEPTH + 1;
	fp_buf_addc(&blob, FP_AST_FORMAT);
	fp_buf_addc(&blob, (char)(0x80 | (count & 0x7F)));
	fp_buf_addc(&blob, (char)(count >> 7));
	fp_buf_addc(&blob, (char)(0x80 | ((count - 1) & 0x7F)));
	fp_buf_addc(&blob, (char)((count - 1) >> 7));
	for (unsigned i = 0; i + 1 < count; i++)
		fp_buf_add(&blob, (char[]){ FP_N_PAREN, 0, 1 }, 3);
	fp_buf_add(&blob, (char[]){ (char)(FP_N_IDENT | 1 << 5), 0, 1 }, 3);
	fp_buf_add(&blob, "\0\0\0\0", 4);
	reseal((uint8_t *)blob.data, blob.len);
	fp_node *root;
	CHECK(fp_ast_decode(blob.data, blob.len, "x", 1, &a, &root, &why) == FP_AST_CORRUPT);
	CHECK_STR(why, "too deep");
	CHECK(root == NULL);
	/* one node fewer decodes, and is the chain */
	fp_buf rebuilt;
	fp_buf_init(&rebuilt);
	CHECK(fp_ast_encode(top, "x", 1, &rebuilt, NULL) == FP_AST_OK);
	CHECK(fp_ast_decode(rebuilt.data, rebuilt.len, "x", 1, &a, &root, NULL) == FP_AST_OK);
	CHECK(root->height == FP_MAX_DEPTH);
	fp_buf_release(&rebuilt);
	fp_buf_release(&blob);
	fp_buf_release(&detail);
	fp_arena_release(&a);
}

/* Parsed deep expressions: a long '.' chain, nested parentheses and
 * unary minus, each as deep as the parser takes. */
static void deep_parsed(void)
{
	fp_buf text, detail;
	fp_buf_init(&text);
	fp_buf_init(&detail);
	for (int form = 0; form < 3; form++) {
		unsigned best = 0;
		for (unsigned k = 100; k <= 1100; k += 50) {
			fp_buf_reset(&text);
			if (form == 0) {
				fp_buf_adds(&text, "a");
				for (unsigned i = 0; i < k; i++)
					fp_buf_adds(&text, ".b");
			} else {
				for (unsigned i = 0; i < k; i++)
					fp_buf_adds(&text, form == 1 ? "(" : "-");
				fp_buf_adds(&text, "1");
				for (unsigned i = 0; form == 1 && i < k; i++)
					fp_buf_adds(&text, ")");
			}
			fp_arena a;
			fp_arena_init(&a);
			fp_node *root = parse(text.data, text.len, &a);
			CHECK(root != NULL);
			CHECK(roundtrip(root, text.data, text.len, NULL, &detail));
			if (root->height > best)
				best = root->height;
			fp_arena_release(&a);
		}
		CHECK(best >= FP_MAX_DEPTH / 2);
	}
	fp_buf_release(&text);
	fp_buf_release(&detail);
}

/* Blobs by hand, byte for byte as astcode.h describes them. */
static void documented_bytes(void)
{
	/* "a.b": no string is written, both come from the text */
	static const uint8_t ab[] = {
		FP_AST_FORMAT, 3, 2,            /* version, count, root id */
		FP_N_INVOKE, 0, 3,              /* end = text_len - 0, length 3 */
		FP_N_IDENT | 1 << 5, 0, 1,      /* last kid first: ends at 3, "b" */
		FP_N_IDENT | 1 << 5, 2, 1,      /* ends at b's start - 1, "a" */
		0, 0, 0, 0,
	};
	/* "'x' + `y`": the quotes are STRING's affixes (string mode 0), the
	 * backticks need mode 1 (ext 0x20) */
	static const uint8_t xy[] = {
		FP_AST_FORMAT, 3, 2, FP_N_BINARY, FP_T_PLUS, 0, 9,
		FP_N_IDENT | 1 << 5 | 0x80, 0x20, 0, 3,
		FP_N_STRING | 1 << 5, 6, 3,     /* ends 3 before '`y`' starts */
		0, 0, 0, 0,
	};
	static const struct { const uint8_t *b; size_t n; const char *text, *dump; } cases[] = {
		{ ab, sizeof ab, "a.b",
		  "0 INVOKE op=0 h=2 fl=0 id=2 0..3 name=0..0 kids=2 len=0\n"
		  "1 IDENT op=0 h=1 fl=0 id=0 0..1 name=0..1 kids=0 len=1 str=61\n"
		  "1 IDENT op=0 h=1 fl=0 id=1 2..3 name=2..3 kids=0 len=1 str=62\n" },
		{ xy, sizeof xy, "'x' + `y`", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		size_t tl = strlen(cases[i].text);
		uint8_t w[32];
		memcpy(w, cases[i].b, cases[i].n);
		reseal(w, cases[i].n);
		fp_arena a;
		fp_arena_init(&a);
		fp_node *root = parse(cases[i].text, tl, &a);
		fp_buf blob, d, want;
		fp_buf_init(&blob);
		fp_buf_init(&d);
		fp_buf_init(&want);
		CHECK(root && fp_ast_encode(root, cases[i].text, tl, &blob, NULL) == FP_AST_OK);
		CHECK(blob.len == cases[i].n && memcmp(blob.data, w, cases[i].n) == 0);
		fp_node *back;
		CHECK(fp_ast_decode(w, cases[i].n, cases[i].text, tl, &a, &back, NULL) == FP_AST_OK);
		full_dump(back, 0, &d);
		full_dump(root, 0, &want);
		CHECK_STR(d.data, cases[i].dump ? cases[i].dump : want.data);
		/* a shorter text is too short for the ranges of that blob */
		CHECK(fp_ast_decode(w, cases[i].n, cases[i].text, tl - 1, &a, &back, NULL) ==
		      FP_AST_CORRUPT);
		fp_buf_release(&d);
		fp_buf_release(&want);
		fp_buf_release(&blob);
		fp_arena_release(&a);
	}
	/* another text of the same length gives its own strings */
	fp_arena a;
	fp_arena_init(&a);
	uint8_t w[sizeof ab];
	memcpy(w, ab, sizeof ab);
	reseal(w, sizeof w);
	fp_node *back;
	CHECK(fp_ast_decode(w, sizeof w, "x.y", 3, &a, &back, NULL) == FP_AST_OK);
	CHECK_STR(back->kids[1]->str, "y");
	fp_arena_release(&a);
}

/* A blob made by hand from bytes (checksum appended), and what decoding
 * it says. */
static fp_ast_status decode_bytes(const uint8_t *b, size_t n, const char *text, const char **why)
{
	uint8_t buf[64];
	memcpy(buf, b, n);
	memset(buf + n, 0, 4);
	reseal(buf, n + 4);
	fp_arena a;
	fp_arena_init(&a);
	fp_node *root;
	fp_ast_status st = fp_ast_decode(buf, n + 4, text, strlen(text), &a, &root, why);
	fp_arena_release(&a);
	return st;
}

#define REFUSED(why_want, ...) do { \
	static const uint8_t b_[] = { __VA_ARGS__ }; \
	const char *why_ = NULL; \
	CHECK(decode_bytes(b_, sizeof b_, "abc", &why_) == FP_AST_CORRUPT); \
	CHECK_STR(why_, why_want); \
} while (0)

/* Each structural rule, one blob breaking it (checksums right), over
 * the text "abc". I1 is the head of an IDENT whose name is its range. */
#define I1 (FP_N_IDENT | 1 << 5)
static void refusals(void)
{
	const char *why;
	/* the good ones: "a" from the text, and "z" written out */
	static const uint8_t good[] = { 1, 1, 0, I1, 4, 1 };
	CHECK(decode_bytes(good, sizeof good, "abc", &why) == FP_AST_OK);
	static const uint8_t own[] = { 1, 1, 0, I1 | 0x80, 0x60, 4, 1, 1, 'z' };
	CHECK(decode_bytes(own, sizeof own, "abc", &why) == FP_AST_OK);
	REFUSED("kind out of range", 1, 1, 0, 31, 0, 1);
	REFUSED("varint not minimal", 1, 1, 0, I1, 0x84, 0x00, 1);
	REFUSED("bad ext byte", 1, 1, 0, I1 | 0x80, 0, 4, 1);
	REFUSED("bad ext byte", 1, 1, 0, I1 | 0x80, 0x80, 4, 1);
	REFUSED("not in canonical form", 1, 1, 0, I1 | 0x80, 0x04, 0, 4, 1);     /* op 0 */
	REFUSED("not in canonical form", 1, 1, 0, FP_N_IDENT | 2 << 5, 4, 1, 1);  /* name mode */
	REFUSED("not in canonical form", 1, 1, 0, I1 | 0x80, 0x60, 4, 1, 1, 'a'); /* own "a" */
	REFUSED("not in canonical form", 1, 1, 0, FP_N_THIS | 0x80, 0x20, 4, 1);  /* no str */
	REFUSED("id gap on the root", 1, 1, 0, I1 | 0x80, 0x02, 1, 4, 1);
	REFUSED("range past the text", 1, 1, 0, I1, 1, 1);
	REFUSED("value out of range", 1, 1, 0, I1, 4, 3);               /* length > end */
	REFUSED("value out of range", 1, 1, 0, I1 | 0x80, 0x60, 4, 1, 9, 'a');
	REFUSED("value out of range", 1, 1, 0, I1 | 0x80, 0x40, 4, 1, 2);       /* prefix */
	REFUSED("string outside its slice", 1, 1, 0, I1 | 0x80, 0x20, 4, 1);
	REFUSED("truncated", 1, 1, 0, I1 | 0x80, 0x60, 4, 1);
	REFUSED("bytes after the last node", 1, 1, 0, I1, 4, 1, 0);
	REFUSED("node count does not fit the blob", 1, 3, 0, I1, 4, 1);
	REFUSED("value out of range", 1, 2, 1, FP_N_CALL | 2 << 5, 2, 0, 3, 1,
		FP_N_THIS, 0, 1);       /* two arguments, one node left */
	REFUSED("more kids than nodes", 1, 2, 1, FP_N_BINARY, 0, 0, 3, FP_N_THIS, 0, 1);
	REFUSED("id below 0", 1, 2, 0, FP_N_PAREN, 0, 3, FP_N_THIS, 0, 1);
	REFUSED("fewer nodes than counted", 1, 3, 0, FP_N_THIS, 0, 1, 0, 0, 0, 0, 0, 0);
	/* "abc" four times over a text of 3 bytes: past twice its length */
	REFUSED("strings longer than the text allows", 1, 4, 3, FP_N_CALL, 3, 0, 3,
		I1, 0, 3, I1, 5, 3, I1, 5, 3);
	/* version, length, NULL */
	static const uint8_t v2[] = { 2, 1, 0, FP_N_THIS, 0, 1 };
	CHECK(decode_bytes(v2, sizeof v2, "abc", &why) == FP_AST_VERSION);
	fp_arena a;
	fp_arena_init(&a);
	fp_node *root = (fp_node *)1;
	CHECK(fp_ast_decode(NULL, 0, "abc", 3, &a, &root, NULL) == FP_AST_CORRUPT && root == NULL);
	CHECK(fp_ast_decode(good, 5, "abc", 3, &a, &root, &why) == FP_AST_CORRUPT);
	CHECK_STR(why, "too short");
	fp_arena_release(&a);
}

/* Trees the parser never makes but the format keeps exactly: ids up to
 * FP_NODE_NOID, every flag bit, str on a kind without one (and none on
 * a kind with one), an operator on a CALL, NUL inside a string. */
static void odd_trees(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_node *n = fp_arena_zalloc(&a, 4 * sizeof *n);
	fp_node **k = fp_arena_alloc(&a, 3 * sizeof *k);
	CHECK(n && k);
	n[0] = (fp_node){ .kind = FP_N_CALL, .op = 7, .height = 2, .flags = 0xFF, .id = FP_NODE_NOID,
			  .start = 0, .end = 9, .name_start = 0, .name_end = 1, .nkids = 3, .len = 3,
			  .str = "f\0g", .kids = k };
	n[1] = (fp_node){ .kind = FP_N_THIS, .height = 1, .id = 5, .start = 2, .end = 3,
			  .str = "", .len = 0 };
	n[2] = (fp_node){ .kind = FP_N_IDENT, .height = 1, .id = FP_NODE_NOID - 1, .start = 4,
			  .end = 6, .name_start = 5, .name_end = 6 };
	n[3] = (fp_node){ .kind = FP_N_SORTARG, .op = 2, .height = 1, .id = FP_NODE_NOID,
			  .start = 7, .end = 8, .flags = 1 };
	k[0] = &n[1];
	k[1] = &n[2];
	k[2] = &n[3];
	fp_buf detail;
	fp_buf_init(&detail);
	const char *text = "abcdefghi";
	CHECK(roundtrip(&n[0], text, 9, NULL, &detail));
	/* the rules the writer refuses */
	const char *why;
	fp_buf out;
	fp_buf_init(&out);
	n[2].id = n[3].id - 1;
	n[3].id = 3;                    /* below the kid written after it */
	CHECK(fp_ast_encode(&n[0], text, 9, &out, &why) == FP_AST_UNSUPPORTED);
	CHECK_STR(why, "ids out of order");
	n[3].id = FP_NODE_NOID;
	n[2].id = FP_NODE_NOID - 1;
	n[0].height = 3;
	CHECK(fp_ast_encode(&n[0], text, 9, &out, &why) == FP_AST_UNSUPPORTED);
	CHECK_STR(why, "height does not match the kids");
	n[0].height = 2;
	CHECK(fp_ast_encode(&n[0], text, 8, &out, &why) == FP_AST_UNSUPPORTED);
	CHECK_STR(why, "range past the text");
	n[2].name_end = 7;
	CHECK(fp_ast_encode(&n[0], text, 9, &out, &why) == FP_AST_UNSUPPORTED);
	CHECK_STR(why, "name outside its node");
	CHECK(out.len == 0);
	fp_buf_release(&out);
	fp_buf_release(&detail);
	fp_arena_release(&a);
}

/* Allocation failures: each one ends as FP_AST_NOMEM, nothing leaks (LSan
 * at exit), and a run with no failure injected succeeds. */
static void astcode_oom(void)
{
	const char *text = "Patient.name.where(use = 'official').given.first() | 'x' 1 'mg'";
	size_t len = strlen(text);
	fp_arena a;
	fp_arena_init(&a);
	fp_node *root = parse(text, len, &a);
	CHECK(root);
	long n;
	for (n = 1; n < 1000; n++) {
		fp_buf blob;
		fp_buf_init(&blob);
		fp_alloc_fail_at(n);
		fp_ast_status st = fp_ast_encode(root, text, len, &blob, NULL);
		long used = fp_alloc_count();
		fp_alloc_fail_at(0);
		CHECK(st == FP_AST_OK || (st == FP_AST_NOMEM && blob.len == 0));
		fp_buf_release(&blob);
		if (st == FP_AST_OK && used < n)
			break;
	}
	CHECK(n < 1000);
	fp_buf blob;
	fp_buf_init(&blob);
	CHECK(fp_ast_encode(root, text, len, &blob, NULL) == FP_AST_OK);
	for (n = 1; n < 1000; n++) {
		fp_arena b;
		fp_arena_init(&b);
		fp_arena_drop_spare();
		fp_node *back = (fp_node *)1;
		fp_alloc_fail_at(n);
		fp_ast_status st = fp_ast_decode(blob.data, blob.len, text, len, &b, &back, NULL);
		long used = fp_alloc_count();
		fp_alloc_fail_at(0);
		fp_arena_release(&b);
		CHECK(st == FP_AST_OK || (st == FP_AST_NOMEM && back == NULL));
		if (st == FP_AST_OK && used < n)
			break;
	}
	CHECK(n < 1000);
	fp_buf_release(&blob);
	fp_arena_release(&a);
}

/* ---- zcodec ------------------------------------------------------------ */

/* The encoded ASTs of the corpus expressions (one per sample), as the
 * store would hold them. */
static bool corpus_blobs(fp_buf *all, size_t **sizes, size_t *n)
{
	size_t cap = 0;
	*sizes = NULL;
	*n = 0;
	static const char *const dirs[] = { "corpus/clean", "corpus/mistakes" };
	for (size_t d = 0; d < 2; d++) {
		char **files = rt_list(dirs[d], ".fhirpath");
		for (size_t i = 0; files && files[i]; i++) {
			size_t len;
			char *text = rt_read(files[i], &len);
			fp_arena a;
			fp_arena_init(&a);
			fp_diags dg;
			fp_diags_init(&dg, &a);
			fp_fpfile f;
			if (text && fp_fpfile_parse(text, len, &a, &dg, &f)) {
				for (size_t k = 0; k < f.nexprs; k++) {
					size_t before = all->len;
					if (!f.exprs[k].ast || !fp_grow(sizes, &cap, *n, sizeof **sizes, 64) ||
					    fp_ast_encode(f.exprs[k].ast, text, len, all, NULL) != FP_AST_OK)
						continue;
					(*sizes)[(*n)++] = all->len - before;
				}
			}
			fp_diags_release(&dg);
			fp_arena_release(&a);
			fp_free(text);
		}
		rt_free_list(files);
	}
	return *n > 0 && !all->failed;
}

static void zcodec_roundtrip(void)
{
	fp_zcodec *z = fp_zcodec_new(FP_Z_LEVEL);
	CHECK(z);
	static const size_t sizes[] = { 0, 1, 100, 5000, 300000 };
	for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
		size_t n = sizes[i];
		char *src = fp_malloc(n + 1);
		CHECK(src);
		for (size_t k = 0; k < n; k++)
			src[k] = (char)("where(use = 'official')"[k % 23] + (k % 1000 == 0 ? rnd(3) : 0));
		fp_buf c, d;
		fp_buf_init(&c);
		fp_buf_init(&d);
		fp_buf_adds(&d, "kept");
		bool ok = fp_zcodec_compress(z, src, n, NULL, &c) == FP_Z_OK &&
			  fp_zcodec_decompress(z, c.data, c.len, NULL, n, &d) == FP_Z_OK &&
			  d.len == 4 + n && memcmp(d.data, "kept", 4) == 0 &&
			  (n == 0 || memcmp(d.data + 4, src, n) == 0);
		/* one byte under the declared size: refused, out untouched */
		bool limited = n == 0 ||
			       (fp_zcodec_decompress(z, c.data, c.len, NULL, n - 1, &d) == FP_Z_TOO_BIG &&
				d.len == 4 + n);
		/* every truncation of a small frame fails */
		bool truncs = true;
		for (size_t t = 0; n <= 5000 && t < c.len; t++) {
			size_t before = d.len;
			if (fp_zcodec_decompress(z, c.data, t, NULL, n, &d) == FP_Z_OK || d.len != before)
				truncs = false;
		}
		fp_buf_release(&c);
		fp_buf_release(&d);
		fp_free(src);
		CHECK(ok);
		CHECK(limited);
		CHECK(truncs);
	}
	fp_zcodec_free(z);
}

/* Bare frames by hand: a raw block of "abc" with and without a declared
 * content size, and garbage. */
static void zcodec_frames(void)
{
	fp_zcodec *z = fp_zcodec_new(FP_Z_LEVEL);
	CHECK(z);
	fp_buf out;
	fp_buf_init(&out);
	/* descriptor: single segment, 1-byte content size 3; last raw block of 3 */
	static const char sized[] = { 0x20, 3, 0x19, 0, 0, 'a', 'b', 'c' };
	CHECK(fp_zcodec_decompress(z, sized, sizeof sized, NULL, 3, &out) == FP_Z_OK);
	CHECK(out.len == 3 && memcmp(out.data, "abc", 3) == 0);
	/* descriptor: no content size, a window descriptor instead */
	static const char unsized[] = { 0x00, 0x00, 0x19, 0, 0, 'a', 'b', 'c' };
	CHECK(fp_zcodec_decompress(z, unsized, sizeof unsized, NULL, 1 << 20, &out) == FP_Z_TOO_BIG);
	/* a declared size the blocks do not fill */
	static const char shortf[] = { 0x20, 4, 0x19, 0, 0, 'a', 'b', 'c' };
	CHECK(fp_zcodec_decompress(z, shortf, sizeof shortf, NULL, 9, &out) == FP_Z_CORRUPT);
	static const char ff[] = { (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF, (char)0xFF };
	CHECK(fp_zcodec_decompress(z, ff, sizeof ff, NULL, 1 << 20, &out) != FP_Z_OK);
	CHECK(fp_zcodec_decompress(z, "", 0, NULL, 1 << 20, &out) == FP_Z_CORRUPT);
	/* garbage: never more than the limit, never a crash */
	for (int r = 0; r < 2000; r++) {
		char g[64];
		size_t n = 1 + rnd(sizeof g);
		for (size_t i = 0; i < n; i++)
			g[i] = (char)rnd(256);
		size_t before = out.len;
		fp_z_status st = fp_zcodec_decompress(z, g, n, NULL, 100, &out);
		CHECK(st == FP_Z_OK ? out.len - before <= 100 : out.len == before);
	}
	CHECK(out.len >= 3 && memcmp(out.data, "abc", 3) == 0);
	fp_buf_release(&out);
	fp_zcodec_free(z);
}

static void zdict_train_and_use(void)
{
	fp_buf all, dict;
	fp_buf_init(&all);
	fp_buf_init(&dict);
	size_t *sizes, n;
	CHECK(corpus_blobs(&all, &sizes, &n));
	CHECK(n >= FP_ZDICT_MIN_SAMPLES);
	CHECK(fp_zdict_train(all.data, sizes, FP_ZDICT_MIN_SAMPLES - 1, 4096, &dict) == FP_Z_NODICT);
	CHECK(dict.len == 0);
	fp_z_status st = fp_zdict_train(all.data, sizes, n, 8192, &dict);
	CHECK(st == FP_Z_OK && dict.len > 0 && dict.len <= 8192);
	fp_zdict *zd = NULL;
	CHECK(fp_zdict_new(dict.data, dict.len, FP_Z_LEVEL, &zd) == FP_Z_OK);
	CHECK(fp_zdict_id(zd) != 0);
	fp_zcodec *z = fp_zcodec_new(FP_Z_LEVEL);
	CHECK(z);
	size_t plain = 0, with = 0, off = 0;
	bool ok = true;
	for (size_t i = 0; i < n; i++) {
		fp_buf c1, c2, d;
		fp_buf_init(&c1);
		fp_buf_init(&c2);
		fp_buf_init(&d);
		ok = ok && fp_zcodec_compress(z, all.data + off, sizes[i], NULL, &c1) == FP_Z_OK &&
		     fp_zcodec_compress(z, all.data + off, sizes[i], zd, &c2) == FP_Z_OK &&
		     fp_zcodec_decompress(z, c2.data, c2.len, zd, sizes[i], &d) == FP_Z_OK &&
		     d.len == sizes[i] && memcmp(d.data, all.data + off, sizes[i]) == 0;
		plain += c1.len;
		with += c2.len;
		off += sizes[i];
		fp_buf_release(&c1);
		fp_buf_release(&c2);
		fp_buf_release(&d);
	}
	CHECK(ok);
	CHECK(with < plain);
	/* a damaged dictionary header is refused */
	fp_zdict *bad = (fp_zdict *)1;
	CHECK(fp_zdict_new("not a dictionary", 16, FP_Z_LEVEL, &bad) == FP_Z_CORRUPT && bad == NULL);
	dict.data[0] ^= 1;
	CHECK(fp_zdict_new(dict.data, dict.len, FP_Z_LEVEL, &bad) == FP_Z_CORRUPT);
	dict.data[0] ^= 1;
	fp_zcodec_free(z);
	fp_zdict_free(zd);
	fp_free(sizes);
	fp_buf_release(&all);
	fp_buf_release(&dict);
}

/* Allocation failures in the codec: each an error value, no leak. */
static void zcodec_oom(void)
{
	fp_buf all, dict;
	fp_buf_init(&all);
	fp_buf_init(&dict);
	size_t *sizes, n;
	CHECK(corpus_blobs(&all, &sizes, &n));
	CHECK(fp_zdict_train(all.data, sizes, n, 4096, &dict) == FP_Z_OK);
	long k;
	for (k = 1; k < 10000; k++) {
		fp_alloc_fail_at(k);
		fp_zdict *zd = NULL;
		fp_zcodec *z = NULL;
		fp_buf c, d;
		fp_buf_init(&c);
		fp_buf_init(&d);
		fp_z_status st = fp_zdict_new(dict.data, dict.len, FP_Z_LEVEL, &zd);
		bool done = false;
		if (st == FP_Z_OK && (z = fp_zcodec_new(FP_Z_LEVEL)) != NULL) {
			st = fp_zcodec_compress(z, all.data, sizes[0], zd, &c);
			if (st == FP_Z_OK)
				st = fp_zcodec_decompress(z, c.data, c.len, zd, sizes[0], &d);
			done = st == FP_Z_OK;
		}
		long used = fp_alloc_count();
		fp_alloc_fail_at(0);
		fp_zcodec_free(z);
		fp_zdict_free(zd);
		fp_buf_release(&c);
		fp_buf_release(&d);
		CHECK(st == FP_Z_OK || st == FP_Z_NOMEM);
		if (done && used < k)
			break;
	}
	CHECK(k < 10000);
	fp_free(sizes);
	fp_buf_release(&all);
	fp_buf_release(&dict);
}

void unit_suite_store_blob(void)
{
	UNIT_RUN(documented_bytes);
	UNIT_RUN(refusals);
	UNIT_RUN(odd_trees);
	UNIT_RUN(deep_trees);
	UNIT_RUN(deep_parsed);
	UNIT_RUN(astcode_oom);
	UNIT_RUN(zcodec_roundtrip);
	UNIT_RUN(zcodec_frames);
	UNIT_RUN(zdict_train_and_use);
	UNIT_RUN(zcodec_oom);
	corpus();
	hl7_suites();
}
