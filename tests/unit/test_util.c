/*
 * tests/unit/test_util.c - util/ internals: arena, buffers, UTF-8, line
 * tables, diagnostics.
 */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "unit.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/lines.h"
#include "util/str.h"
#include "util/strmap.h"
#include "util/utf8.h"

static const char *unit_suite_name = "util";

static void arena_basic(void)
{
	fp_arena a;
	fp_arena_init(&a);
	char *p = fp_arena_alloc(&a, 10);
	CHECK(p != NULL);
	CHECK(((uintptr_t)p & 15) == 0);
	char *big = fp_arena_alloc(&a, 3 << 20);   /* its own block */
	CHECK(big != NULL);
	memset(big, 1, 3 << 20);
	CHECK_STR(fp_arena_strndup(&a, "hello", 3), "hel");
	CHECK(!a.failed);
	fp_arena_release(&a);
	CHECK(a.head == NULL);
}

static void arena_oom(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_arena_drop_spare();  /* else the first block comes from the spare */
	fp_alloc_fail_at(1);
	CHECK(fp_arena_alloc(&a, 10) == NULL);
	fp_alloc_fail_at(0);
	CHECK(a.failed);
	CHECK(fp_arena_alloc(&a, (size_t)-1) == NULL);
	fp_arena_release(&a);
}

static void buf_printf(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_printf(&b, "%d-%s", 42, "x");
	char big[600];
	memset(big, 'y', sizeof big - 1);
	big[sizeof big - 1] = 0;
	fp_buf_printf(&b, "%s", big);
	CHECK(b.len == 4 + 599);
	CHECK(strncmp(b.data, "42-x", 4) == 0);
	CHECK(b.data[b.len] == 0);
	fp_buf_release(&b);
}

static void buf_sticky_failure(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_alloc_fail_at(1);
	fp_buf_adds(&b, "abc");
	fp_alloc_fail_at(0);
	CHECK(b.failed);
	fp_buf_adds(&b, "def");    /* stays failed */
	CHECK(b.len == 0);
	CHECK(fp_buf_detach(&b, NULL) == NULL);
}

static void utf8_decode(void)
{
	uint32_t cp;
	CHECK(fp_utf8_decode("\xC3\xA9", 2, &cp) == 2 && cp == 0xE9);
	CHECK(fp_utf8_decode("\xF0\x9F\x98\x80", 4, &cp) == 4 && cp == 0x1F600);
	CHECK(fp_utf8_decode("\xC0\x80", 2, &cp) == 0);          /* overlong */
	CHECK(fp_utf8_decode("\xED\xA0\x80", 3, &cp) == 0);      /* surrogate */
	CHECK(fp_utf8_decode("\xF4\x90\x80\x80", 4, &cp) == 0);  /* > U+10FFFF */
	CHECK(fp_utf8_decode("\xE2\x82", 2, &cp) == 0);          /* truncated */
	size_t bad = 0;
	CHECK(fp_utf8_valid("ab\xC3\xA9", 4, &bad));
	CHECK(!fp_utf8_valid("ab\xFF" "c", 4, &bad) && bad == 2);
	char out[4];
	CHECK(fp_utf8_encode(0x20AC, out) == 3 && memcmp(out, "\xE2\x82\xAC", 3) == 0);
	CHECK(fp_utf8_encode(0xD800, out) == 0);
}

static void lines_positions(void)
{
	/* "a\r\nbé😀c\rd\n" : CRLF, a lone CR, and multibyte characters */
	const char *t = "a\r\nb\xC3\xA9\xF0\x9F\x98\x80" "c\rd\n";
	size_t len = strlen(t);
	fp_lines lt;
	CHECK(fp_lines_init(&lt, t, len));
	CHECK(lt.count == 4);
	size_t l, c;
	size_t off_c = 3 + 1 + 2 + 4;   /* the 'c' */
	fp_lines_pos(&lt, off_c, FP_COL_BYTES, &l, &c);
	CHECK(l == 1 && c == 7);
	fp_lines_pos(&lt, off_c, FP_COL_UTF16, &l, &c);
	CHECK(l == 1 && c == 4);
	fp_lines_pos(&lt, off_c, FP_COL_CHARS, &l, &c);
	CHECK(l == 1 && c == 3);
	CHECK(fp_lines_offset(&lt, 1, 4, FP_COL_UTF16) == off_c);
	CHECK(fp_lines_offset(&lt, 1, 3, FP_COL_UTF16) == off_c - 4);  /* inside the pair: before it */
	CHECK(fp_lines_offset(&lt, 1, 99, FP_COL_CHARS) == off_c + 1); /* clamps to line end */
	fp_lines_pos(&lt, off_c + 2, FP_COL_CHARS, &l, &c);             /* 'd' after a lone CR */
	CHECK(l == 2 && c == 0);
	size_t s, e;
	fp_lines_span(&lt, 0, &s, &e);
	CHECK(s == 0 && e == 1);
	fp_lines_release(&lt);
}

/* The remembered places (lines.h) never change an answer: positions
 * asked in any order on long lines of multibyte text, in every unit,
 * equal those of a fresh table. */
static void lines_memo(void)
{
	static const char *const pieces[] = { "a", "\xC3\xA9", "\xF0\x9F\x98\x80", "\xE2\x82\xAC", "\n",
					      "\xFF" };
	char t[4000];
	size_t len = 0;
	srand(11);
	while (len < sizeof t - 8) {
		const char *p = pieces[rand() % 6 == 4 ? (rand() % 20 == 0 ? 4 : 0) : rand() % 6 == 5 ? 5 : rand() % 4];
		memcpy(t + len, p, strlen(p));
		len += strlen(p);
	}
	fp_lines lt, fresh;
	CHECK(fp_lines_init(&lt, t, len));
	for (int i = 0; i < 3000; i++) {
		size_t off = (size_t)rand() % (len + 1);
		if (i % 4 == 2)
			off = off / 2;          /* back and forth: start, end, start, end */
		fp_colunit unit = (fp_colunit)(rand() % 3);
		size_t l1, c1, l2, c2;
		fp_lines_pos(&lt, off, unit, &l1, &c1);
		CHECK(fp_lines_init(&fresh, t, len));
		fp_lines_pos(&fresh, off, unit, &l2, &c2);
		fp_lines_release(&fresh);
		CHECK(l1 == l2 && c1 == c2);
	}
	fp_lines_release(&lt);
}

static void str_distance(void)
{
	CHECK(fp_str_distance(fp_str_c("birthdate"), fp_str_c("birthDate"), 3) == 1);
	CHECK(fp_str_distance(fp_str_c("where"), fp_str_c("wehre"), 3) == 2);
	CHECK(fp_str_distance(fp_str_c("a"), fp_str_c("abcdef"), 2) == 3);
}

static void diag_codes(void)
{
	CHECK(fp_diag_parse_code("FP0011") == 11);
	CHECK(fp_diag_parse_code("fp11") == 11);
	CHECK(fp_diag_parse_code("FPx") == -1);
	CHECK(fp_diag_lookup(11) != NULL);
	CHECK(fp_diag_lookup(12345) == NULL);
	char code[8];
	fp_diag_format_code(9001, code);
	CHECK_STR(code, "FP9001");
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_diags_add(&d, FP_D_UNCLOSED_PAREN, 5, 6, "second %d", 2);
	fp_diags_add(&d, FP_D_EXPECTED_EXPRESSION, 1, 2, "first");
	fp_diags_sort(&d);
	CHECK(d.len == 2 && d.items[0].start == 1);
	CHECK_STR(d.items[1].message, "second 2");
	fp_diags_release(&d);
	fp_arena_release(&a);
}

/* Every row's enum name is its slug in capitals (FP_D_UNKNOWN_ELEMENT for
 * unknown-element), its phase is known and fits its code's range, and
 * each severity has one name in each vocabulary. */
static void diag_names(void)
{
	for (size_t i = 0; i < fp_diag_ncodes; i++) {
		const fp_diag_code *c = &fp_diag_codes[i];
		char want[64];
		size_t k = 0;
		for (const char *p = c->name; *p && k + 1 < sizeof want; p++)
			want[k++] = *p == '-' ? '_' : (char)(*p >= 'a' && *p <= 'z' ? *p - 'a' + 'A' : *p);
		want[k] = 0;
		CHECK_STR(c->id, want);
		CHECK(fp_diag_phase_name(c->phase)[0] != 0);
		fp_diag_phase ph = c->phase;
		bool fits = c->code < 1000 ? ph <= FP_PHASE_DIRECTIVE
			    : c->code < 2000 ? ph == FP_PHASE_MODEL || ph == FP_PHASE_TYPE
			    : c->code < 9000 ? ph == FP_PHASE_LINT : ph == FP_PHASE_INTERNAL;
		CHECK(fits);
		CHECK(fp_severity_name(c->severity)[0] != 0);
	}
	CHECK(FP_D_UNKNOWN_ELEMENT == 1001 && FP_D_EMPTY_FILE == 33 && FP_D_TIME_BUDGET == 9004);
	CHECK(fp_diag_lookup(FP_D_EMPTY_FILE)->severity == FP_SEV_INFO);
	CHECK_STR(fp_severity_name(FP_SEV_INFO), "info");
	CHECK_STR(fp_severity_name(FP_SEV_WARNING), "warning");
	CHECK_STR(fp_severity_level(FP_SEV_INFO, FP_SEVF_SARIF), "note");
	CHECK_STR(fp_severity_level(FP_SEV_INFO, FP_SEVF_GITHUB), "notice");
	CHECK_STR(fp_severity_level(FP_SEV_ERROR, FP_SEVF_GITHUB), "error");
	CHECK_STR(fp_severity_name((fp_severity)0), "hint");
}

/* Random puts and deletes against a plain array model: every key's
 * presence and value agree after each step, including across growth
 * and backward-shift deletion in wrapped probe runs. */
static void strmap_churn(void)
{
	enum { NKEYS = 300 };
	static char keys[NKEYS][16];
	void *model[NKEYS] = { 0 };
	for (int i = 0; i < NKEYS; i++)
		snprintf(keys[i], sizeof keys[i], "file:///k%d", i);
	fp_strmap m;
	fp_strmap_init(&m);
	unsigned x = 12345;
	size_t live = 0;
	for (int step = 0; step < 20000; step++) {
		x = x * 1103515245u + 12345u;
		int k = (int)((x >> 8) % NKEYS);
		if ((x >> 20) & 1) {
			void *v = (void *)(uintptr_t)(step + 1);
			live += model[k] == NULL;
			CHECK(fp_strmap_put(&m, keys[k], v));
			model[k] = v;
		} else {
			CHECK(fp_strmap_del(&m, keys[k]) == model[k]);
			live -= model[k] != NULL;
			model[k] = NULL;
		}
		if (step % 97 == 0) {
			for (int i = 0; i < NKEYS; i++)
				CHECK(fp_strmap_get(&m, keys[i]) == model[i]);
		}
	}
	CHECK(m.len == live);
	CHECK(fp_strmap_get(&m, "file:///absent") == NULL);
	fp_strmap_release(&m);
	CHECK(fp_strmap_get(&m, keys[0]) == NULL);
}

/* fp_path_normalize: '.' and '..' resolved without the file system. */
static bool norm_is(const char *in, const char *want)
{
	char out[64];
	return fp_path_normalize(in, out, sizeof out) && strcmp(out, want) == 0;
}

static void path_normalize(void)
{
	CHECK(norm_is("/ws/../outside/x.json", "/outside/x.json"));
	CHECK(norm_is("/ws/./sub/../a.fhirpath", "/ws/a.fhirpath"));
	CHECK(norm_is("//ws///a//", "/ws/a"));
	CHECK(norm_is("/../../x", "/x"));
	CHECK(norm_is("/", "/"));
	CHECK(norm_is("/ws/..", "/"));
	CHECK(norm_is("a/../../b", "../b"));
	CHECK(norm_is("../../a/..", "../.."));
	CHECK(norm_is("./", "."));
	CHECK(norm_is("a/./b/", "a/b"));
	char small[8];
	CHECK(!fp_path_normalize("/abcdefgh", small, sizeof small));
	CHECK(fp_path_normalize("/abcdef", small, sizeof small) && strcmp(small, "/abcdef") == 0);
}

void unit_suite_util(void)
{
	UNIT_RUN(path_normalize);
	UNIT_RUN(strmap_churn);
	UNIT_RUN(arena_basic);
	UNIT_RUN(arena_oom);
	UNIT_RUN(buf_printf);
	UNIT_RUN(buf_sticky_failure);
	UNIT_RUN(utf8_decode);
	UNIT_RUN(lines_positions);
	UNIT_RUN(lines_memo);
	UNIT_RUN(str_distance);
	UNIT_RUN(diag_codes);
	UNIT_RUN(diag_names);
}
