/*
 * tests/unit/test_record.c - a checked file's record (project/record.h):
 * the definitions it declares and the places of its findings come back
 * as they went in, and a record that is not exactly this version's is
 * refused whole.
 */
#include <stdint.h>
#include <string.h>

#include "project/record.h"
#include "sources/symbols.h"
#include "store/store.h"
#include "unit.h"
#include "util/alloc.h"

static const char *unit_suite_name = "record";

/* A file of 200 bytes declaring a profile, an extension with value
 * types, a search parameter and a variable; no findings. */
static const fp_symbol syms[] = {
	{ FP_SYM_PROFILE, "http://example.org/fhir/StructureDefinition/p", "P", NULL, 10, 55 },
	{ FP_SYM_EXTENSION, "http://example.org/fhir/StructureDefinition/e", NULL, "string|Coding", 60, 105 },
	{ FP_SYM_SEARCHPARAM, NULL, "code", "Patient|Group", 110, 114 },
	{ FP_SYM_VARIABLE, NULL, "w", NULL, 120, 121 },
};

static void encode(fp_buf *out)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_checked c;
	memset(&c, 0, sizeof c);
	c.files = 1;
	c.diags = &d;
	c.syms = syms;
	c.nsyms = sizeof syms / sizeof *syms;
	c.defines_extensions = true;
	fp_buf_init(out);
	bool ok = fp_record_encode(&c, true, 42, out);
	fp_diags_release(&d);
	fp_arena_release(&a);
	if (!ok)
		fp_buf_release(out);
}

static bool same_opt(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

static void symbols_round_trip(void)
{
	fp_buf b;
	encode(&b);
	CHECK(b.data != NULL);
	fp_arena a;
	fp_arena_init(&a);
	fp_record r;
	bool ok = fp_record_decode(b.data, b.len, 200, &a, &r);
	bool same = ok && r.nsyms == sizeof syms / sizeof *syms && r.uses_ext && r.ext_hash == 42 &&
		    r.defines_ext;
	for (size_t i = 0; same && i < r.nsyms; i++) {
		const fp_symbol *x = &r.syms[i], *y = &syms[i];
		same = x->kind == y->kind && same_opt(x->url, y->url) && same_opt(x->name, y->name) &&
		       same_opt(x->detail, y->detail) && x->start == y->start && x->end == y->end;
	}
	/* a symbol past the end of the file: refused */
	bool short_refused = !fp_record_decode(b.data, b.len, 100, &a, &r);
	fp_arena_release(&a);
	fp_buf_release(&b);
	CHECK(same);
	CHECK(short_refused);
}

/* The same bytes under another version byte, with a check value that
 * matches them: refused (an older record is computed again, never read
 * by the newer layout). */
static void other_versions_refused(void)
{
	fp_buf b;
	encode(&b);
	CHECK(b.data != NULL);
	unsigned char *p = (unsigned char *)b.data;
	unsigned char mine = p[0];
	bool refused = true;
	fp_arena a;
	fp_arena_init(&a);
	for (unsigned v = 1; v < 8 && refused; v++) {
		if (v == mine)
			continue;
		p[0] = (unsigned char)v;
		uint32_t check = (uint32_t)fp_store_hash(p, b.len - 4, v);
		for (int i = 0; i < 4; i++)
			p[b.len - 4 + i] = (unsigned char)(check >> (8 * i));
		fp_record r;
		refused = !fp_record_decode(p, b.len, 200, &a, &r);
	}
	fp_arena_release(&a);
	fp_buf_release(&b);
	CHECK(mine == 5);
	CHECK(refused);
}

/* A finding's place (lines, columns in every unit, the window of its
 * line) is kept, so a file reported from the store is not read again. */
static void places_round_trip(void)
{
	static const char text[] = "// @context Patient\nname.gv\xC3\xA9n.x\n";
	size_t len = sizeof text - 1;
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_diags_add(&d, 1001, 25, 30, "unknown element");
	fp_lines lt;
	CHECK(fp_lines_init(&lt, text, len));
	fp_checked c;
	memset(&c, 0, sizeof c);
	c.files = 1;
	c.text = text;
	c.len = len;
	c.lines = &lt;
	c.diags = &d;
	fp_buf b;
	fp_buf_init(&b);
	CHECK(fp_record_encode(&c, false, 0, &b));
	fp_record r;
	bool ok = fp_record_decode(b.data, b.len, len, &a, &r);
	CHECK(ok && r.ndiags == 1 && r.places);
	if (ok && r.ndiags == 1 && r.places) {
		const fp_place *p = &r.places[0];
		CHECK(p->line[0] == 1 && p->line[1] == 1);
		CHECK(p->col[0][FP_COL_BYTES] == 5 && p->col[1][FP_COL_BYTES] == 10);
		CHECK(p->col[0][FP_COL_UTF16] == 5 && p->col[1][FP_COL_UTF16] == 9);
		CHECK(p->col[0][FP_COL_CHARS] == 5 && p->col[1][FP_COL_CHARS] == 9);
		CHECK(p->skip == 0 && !p->cut && p->window_len == 12);
		CHECK(memcmp(p->window, "name.gv\xC3\xA9n.x", 12) == 0);
	}
	fp_lines_release(&lt);
	fp_buf_release(&b);
	fp_diags_release(&d);
	fp_arena_release(&a);
}

void unit_suite_record(void)
{
	UNIT_RUN(symbols_round_trip);
	UNIT_RUN(places_round_trip);
	UNIT_RUN(other_versions_refused);
}
