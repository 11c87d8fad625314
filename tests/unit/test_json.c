/*
 * tests/unit/test_json.c - the JSON reader and writer (src/json/).
 *
 * Exact byte ranges for every kind of value, every error message with its
 * offset, UTF-8 and escape handling, mapping decoded string offsets back to
 * the source, the writer's escaping and layout, round trips, hostile
 * nesting, and an allocation-failure loop.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json/read.h"
#include "json/write.h"
#include "unit.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"

static const char *unit_suite_name = "json";

/* ------------------------------------------------------------------------
 * Helpers
 * ---------------------------------------------------------------------- */

/* A C string literal with its exact length (it may contain NUL). */
#define LIT(s) (s), (sizeof(s) - 1)

static fp_json *parse(fp_arena *a, const char *text, size_t len)
{
	fp_json *v;
	fp_json_error err;
	if (!fp_json_parse(text, len, a, NULL, &v, &err)) {
		fprintf(stderr, "unexpected parse error @%zu: %s\n", err.offset, err.message);
		return NULL;
	}
	return v;
}

/* Parse text that must fail; true when it fails at `off` with `msg`. */
static bool fails_with(const char *text, size_t len, const fp_json_limits *lim,
		       size_t off, const char *msg)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = (fp_json *)1;
	fp_json_error err;
	bool ok = fp_json_parse(text, len, &a, lim, &v, &err);
	fp_arena_release(&a);
	if (ok || v != NULL || err.offset != off || strcmp(err.message, msg) != 0) {
		fprintf(stderr, "input \"%.*s\": got %s @%zu \"%s\", want @%zu \"%s\"\n",
			(int)(len > 60 ? 60 : len), text, ok ? "success" : "error",
			err.offset, ok ? "" : err.message, off, msg);
		return false;
	}
	return true;
}

static bool range_is(const fp_json *v, fp_json_kind kind, uint32_t start, uint32_t end)
{
	if (!v || v->kind != kind || v->start != start || v->end != end) {
		fprintf(stderr, "got kind %d [%u,%u), want kind %d [%u,%u)\n",
			v ? (int)v->kind : -1, v ? v->start : 0, v ? v->end : 0,
			(int)kind, start, end);
		return false;
	}
	return true;
}

static bool str_is(const fp_json *v, const char *s, size_t n)
{
	return v && v->kind == FP_JSON_STRING && v->u.str.len == n &&
	       memcmp(v->u.str.s, s, n) == 0 && v->u.str.s[n] == 0;
}

/* A FHIR-flavoured document with a bit of everything. */
static const char sample[] =
	"\xEF\xBB\xBF{\n"
	"  \"resourceType\": \"StructureDefinition\",\n"
	"  \"id\": \"pat-1\",\n"
	"  \"text\": {\"div\": \"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">caf\\u00e9 \xE2\x82\xAC \\ud83d\\ude00</div>\"},\n"
	"  \"snapshot\": {\"element\": [\n"
	"    {\"path\": \"Patient\", \"min\": 0, \"max\": \"*\", \"constraint\": [\n"
	"      {\"key\": \"pat-1\", \"expression\": \"name.exists() or (telecom.count() > 0 and\\n contact.exists())\"}\n"
	"    ]},\n"
	"    {\"path\": \"Patient.active\", \"min\": 0, \"max\": \"1\", \"weight\": -1.5e-3, \"big\": 12345678901234567890},\n"
	"    {\"path\": \"Patient.name\", \"flags\": [true, false, null, [], {}], \"tab\\tkey\": \"\\u0000nul\"}\n"
	"  ]},\n"
	"  \"dup\": 1, \"dup\": 2\n"
	"}\n";

/* ------------------------------------------------------------------------
 * Reader: values and ranges
 * ---------------------------------------------------------------------- */

static void scalars_have_exact_ranges(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;

	v = parse(&a, LIT(" null "));
	CHECK(range_is(v, FP_JSON_NULL, 1, 5));
	v = parse(&a, LIT("true"));
	CHECK(range_is(v, FP_JSON_TRUE, 0, 4));
	v = parse(&a, LIT("\t\r\nfalse\n"));
	CHECK(range_is(v, FP_JSON_FALSE, 3, 8));
	v = parse(&a, LIT("  -12.5e+3 "));
	CHECK(range_is(v, FP_JSON_NUMBER, 2, 10));
	CHECK(v->u.num.len == 8);
	CHECK_STR(v->u.num.text, "-12.5e+3");
	v = parse(&a, LIT("\"ab\""));
	CHECK(range_is(v, FP_JSON_STRING, 0, 4));
	CHECK(str_is(v, LIT("ab")));
	v = parse(&a, LIT(" \"\" "));
	CHECK(range_is(v, FP_JSON_STRING, 1, 3));
	CHECK(str_is(v, LIT("")));
	v = parse(&a, LIT("0"));
	CHECK(range_is(v, FP_JSON_NUMBER, 0, 1));
	CHECK_STR(v->u.num.text, "0");
	fp_arena_release(&a);
}

static void nested_values_have_exact_ranges(void)
{
	/*                  0         1         2         3         4
	 *                  0123456789012345678901234567890123456789012345 */
	const char text[] = "{\"a\": [1, {\"b\": null}], \"c\": \"x\", \"d\": true}";
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, text, strlen(text));
	CHECK(range_is(v, FP_JSON_OBJECT, 0, 44));
	CHECK(v->u.obj.len == 3);

	const fp_json_member *m = v->u.obj.items;
	CHECK(m[0].key_len == 1 && strcmp(m[0].key, "a") == 0);
	CHECK(m[0].key_start == 1 && m[0].key_end == 4);
	CHECK(range_is(m[0].value, FP_JSON_ARRAY, 6, 22));
	const fp_json *arr = m[0].value;
	CHECK(arr->u.arr.len == 2);
	CHECK(range_is(arr->u.arr.items[0], FP_JSON_NUMBER, 7, 8));
	const fp_json *inner = arr->u.arr.items[1];
	CHECK(range_is(inner, FP_JSON_OBJECT, 10, 21));
	CHECK(inner->u.obj.len == 1);
	CHECK(inner->u.obj.items[0].key_start == 11 && inner->u.obj.items[0].key_end == 14);
	CHECK(range_is(inner->u.obj.items[0].value, FP_JSON_NULL, 16, 20));

	CHECK(strcmp(m[1].key, "c") == 0 && m[1].key_start == 24 && m[1].key_end == 27);
	CHECK(range_is(m[1].value, FP_JSON_STRING, 29, 32));
	CHECK(strcmp(m[2].key, "d") == 0 && m[2].key_start == 34 && m[2].key_end == 37);
	CHECK(range_is(m[2].value, FP_JSON_TRUE, 39, 43));
	CHECK(fp_json_get(v, "a") == m[0].value);
	CHECK(fp_json_get(v, "c") == m[1].value);
	CHECK(fp_json_get(v, "zz") == NULL);
	CHECK(fp_json_get(arr, "a") == NULL);
	CHECK(fp_json_get(NULL, "a") == NULL);
	fp_arena_release(&a);
}

/* Of duplicate keys the last is kept, where it was written; each later
 * occurrence is recorded with the first one's range. */
static void duplicate_keys_keep_the_last(void)
{
	fp_arena a;
	fp_arena_init(&a);
	/* keys at 1 ("a"), 9 ("b"), 17 ("a"), 25 ("a") */
	const char text[] = "{\"a\": 1, \"b\": 2, \"a\": 3, \"a\": 4}";
	fp_json *v;
	fp_json_error err;
	fp_json_dups d;
	CHECK(fp_json_parse_dups(text, strlen(text), &a, NULL, &v, &err, &d));
	CHECK(v->u.obj.len == 2);
	CHECK(strcmp(v->u.obj.items[0].key, "b") == 0);
	CHECK(strcmp(v->u.obj.items[1].key, "a") == 0 && v->u.obj.items[1].key_start == 25);
	int64_t i;
	CHECK(fp_json_i64(fp_json_get(v, "a"), &i) && i == 4);
	CHECK(d.len == 2 && d.total == 2);
	CHECK(d.items[0].first_start == 1 && d.items[0].start == 17 && d.items[0].end == 20);
	CHECK(d.items[1].first_start == 1 && d.items[1].start == 25);
	CHECK(d.items[0].key_len == 1 && d.items[0].key[0] == 'a');
	/* a big object goes through the hash table: same answer */
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_adds(&b, "{");
	for (int k = 0; k < 100; k++)
		fp_buf_printf(&b, "\"k%d\": %d, ", k % 40, k);
	fp_buf_adds(&b, "\"end\": 0}");
	CHECK(!b.failed);
	CHECK(fp_json_parse_dups(b.data, b.len, &a, NULL, &v, &err, &d));
	CHECK(v->u.obj.len == 41 && d.total == 60 && d.len == 60);
	CHECK(fp_json_i64(fp_json_get(v, "k0"), &i) && i == 80);
	CHECK(fp_json_i64(fp_json_get(v, "k39"), &i) && i == 79);
	CHECK(strcmp(v->u.obj.items[0].key, "k20") == 0);     /* 60..99 kept, in order */
	fp_buf_release(&b);
	/* plain fp_json_parse: the same tree, nothing recorded */
	CHECK(fp_json_parse(text, strlen(text), &a, NULL, &v, &err) && v->u.obj.len == 2);
	fp_arena_release(&a);
}

static void empty_containers(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, LIT("[]"));
	CHECK(range_is(v, FP_JSON_ARRAY, 0, 2));
	CHECK(v->u.arr.len == 0 && v->u.arr.items == NULL);
	v = parse(&a, LIT(" { \n } "));
	CHECK(range_is(v, FP_JSON_OBJECT, 1, 6));
	CHECK(v->u.obj.len == 0 && v->u.obj.items == NULL);
	v = parse(&a, LIT("[[],{},[[]]]"));
	CHECK(range_is(v, FP_JSON_ARRAY, 0, 12));
	CHECK(v->u.arr.len == 3);
	CHECK(range_is(v->u.arr.items[0], FP_JSON_ARRAY, 1, 3));
	CHECK(range_is(v->u.arr.items[1], FP_JSON_OBJECT, 4, 6));
	CHECK(range_is(v->u.arr.items[2], FP_JSON_ARRAY, 7, 11));
	CHECK(range_is(v->u.arr.items[2]->u.arr.items[0], FP_JSON_ARRAY, 8, 10));
	fp_arena_release(&a);
}

static void sample_document(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, LIT(sample));
	CHECK(v && v->kind == FP_JSON_OBJECT);
	CHECK(v->start == 3 && v->end == sizeof sample - 2);  /* after BOM, before last \n */
	CHECK(str_is(fp_json_get(v, "resourceType"), LIT("StructureDefinition")));
	const fp_json *div = fp_json_get(fp_json_get(v, "text"), "div");
	CHECK(str_is(div, LIT("<div xmlns=\"http://www.w3.org/1999/xhtml\">caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80</div>")));
	const fp_json *el = fp_json_get(fp_json_get(v, "snapshot"), "element");
	CHECK(el && el->kind == FP_JSON_ARRAY && el->u.arr.len == 3);
	const fp_json *c = fp_json_get(el->u.arr.items[0], "constraint");
	CHECK(c && c->u.arr.len == 1);
	CHECK(str_is(fp_json_get(c->u.arr.items[0], "expression"),
		     LIT("name.exists() or (telecom.count() > 0 and\n contact.exists())")));
	CHECK(str_is(fp_json_getn(el->u.arr.items[2], LIT("tab\tkey")), LIT("\0nul")));
	const fp_json *dup = fp_json_get(v, "dup");
	int64_t i;
	CHECK(fp_json_i64(dup, &i) && i == 2);    /* the last one, as JSON.parse */
	CHECK(v->u.obj.len == 5);
	CHECK(strcmp(fp_json_kind_name(el->kind), "array") == 0);
	static const char *const names[] = {
		"null", "boolean", "boolean", "number", "string", "array", "object",
	};
	for (int k = FP_JSON_NULL; k <= FP_JSON_OBJECT; k++)
		CHECK(strcmp(fp_json_kind_name((fp_json_kind)k), names[k]) == 0);
	fp_arena_release(&a);
}

/* ------------------------------------------------------------------------
 * Reader: errors
 * ---------------------------------------------------------------------- */

static const struct {
	const char *text;
	size_t len;
	size_t off;
	const char *msg;
} error_cases[] = {
	/* structure */
	{ LIT("{\"a\":1 \"b\":2}"), 7, "expected ',' or '}' after object member" },
	{ LIT("{\"a\":1]"), 6, "expected ',' or '}' after object member" },
	{ LIT("[1 2]"), 3, "expected ',' or ']' after array element" },
	{ LIT("[1}"), 2, "expected ',' or ']' after array element" },
	{ LIT("{\"a\" 1}"), 5, "expected ':' after object key" },
	{ LIT("{1:2}"), 1, "expected string for object key" },
	{ LIT("{'a':2}"), 1, "expected string for object key" },
	{ LIT("{\"a\":1,}"), 6, "trailing comma is not allowed" },
	{ LIT("[1,]"), 2, "trailing comma is not allowed" },
	{ LIT("[1, \n]"), 2, "trailing comma is not allowed" },
	{ LIT("[,1]"), 1, "unexpected character ','" },
	{ LIT("{} x"), 3, "trailing characters after JSON value" },
	{ LIT("1 2"), 2, "trailing characters after JSON value" },
	{ LIT("[]]"), 2, "trailing characters after JSON value" },
	{ LIT("0x1"), 1, "trailing characters after JSON value" },
	{ LIT("1.5.3"), 3, "trailing characters after JSON value" },
	{ LIT("truex"), 4, "trailing characters after JSON value" },
	{ LIT("\"a\"\"b\""), 3, "trailing characters after JSON value" },
	/* end of input */
	{ LIT(""), 0, "unexpected end of input" },
	{ LIT("   "), 3, "unexpected end of input" },
	{ LIT("["), 1, "unexpected end of input" },
	{ LIT("{"), 1, "unexpected end of input" },
	{ LIT("[1"), 2, "unexpected end of input" },
	{ LIT("[1,"), 3, "unexpected end of input" },
	{ LIT("{\"a\""), 4, "unexpected end of input" },
	{ LIT("{\"a\":"), 5, "unexpected end of input" },
	{ LIT("{\"a\":1"), 6, "unexpected end of input" },
	{ LIT("{\"a\":1,"), 7, "unexpected end of input" },
	{ LIT("tru"), 3, "unexpected end of input" },
	{ LIT("[nul"), 4, "unexpected end of input" },
	{ LIT("-"), 1, "unexpected end of input" },
	{ LIT("1."), 2, "unexpected end of input" },
	{ LIT("1e"), 2, "unexpected end of input" },
	{ LIT("1e+"), 3, "unexpected end of input" },
	/* bad starts of values */
	{ LIT("[x]"), 1, "unexpected character 'x'" },
	{ LIT(".5"), 0, "unexpected character '.'" },
	{ LIT("+1"), 0, "unexpected character '+'" },
	{ LIT("]"), 0, "unexpected character ']'" },
	{ LIT("{\"a\":}"), 5, "unexpected character '}'" },
	{ LIT("\f1"), 0, "unexpected character U+000C" },
	{ LIT("[\xC3\xA9]"), 1, "unexpected character U+00E9" },
	{ LIT("\xEF\xBB\xBF\xEF\xBB\xBF" "1"), 3, "unexpected character U+FEFF" },
	{ LIT("trUe"), 0, "invalid literal, expected 'true'" },
	{ LIT("[nul1]"), 1, "invalid literal, expected 'null'" },
	{ LIT("falsy"), 0, "invalid literal, expected 'false'" },
	{ LIT("NaN"), 0, "unexpected character 'N'" },
	/* numbers */
	{ LIT("01"), 0, "leading zeros are not allowed" },
	{ LIT("00"), 0, "leading zeros are not allowed" },
	{ LIT("[-012]"), 2, "leading zeros are not allowed" },
	{ LIT("[1.]"), 3, "expected digit after '.'" },
	{ LIT("1.e5"), 2, "expected digit after '.'" },
	{ LIT("-a"), 1, "expected digit after '-'" },
	{ LIT("[-]"), 2, "expected digit after '-'" },
	{ LIT("- 1"), 1, "expected digit after '-'" },
	{ LIT("1e+x"), 3, "expected digit in exponent" },
	{ LIT("[1E]"), 3, "expected digit in exponent" },
	/* strings */
	{ LIT("\"abc"), 0, "unterminated string" },
	{ LIT("[\"a"), 1, "unterminated string" },
	{ LIT("\"a\\"), 0, "unterminated string" },
	{ LIT("\"\\u12"), 0, "unterminated string" },
	{ LIT("\"\\ud800"), 0, "unterminated string" },
	{ LIT("\"\\ud800\\"), 0, "unterminated string" },
	{ LIT("\"\\ud800\\udc"), 0, "unterminated string" },
	{ LIT("{\"ab"), 1, "unterminated string" },
	{ LIT("\"a\\qb\""), 2, "invalid escape '\\q'" },
	{ LIT("\"\\x41\""), 1, "invalid escape '\\x'" },
	{ LIT("\"\\'\""), 1, "invalid escape '\\''" },
	{ LIT("\"\\ \""), 1, "invalid escape sequence" },
	{ LIT("\"\\\xC3\xA9\""), 1, "invalid escape sequence" },
	{ LIT("\"\\u12g4\""), 1, "invalid \\u escape, expected 4 hex digits" },
	{ LIT("\"\\u12\""), 1, "invalid \\u escape, expected 4 hex digits" },
	{ LIT("\"\\ud800\\uzzzz\""), 7, "invalid \\u escape, expected 4 hex digits" },
	{ LIT("\"a\nb\""), 2, "control character in string" },
	{ LIT("\"\0\""), 1, "control character in string" },
	{ LIT("\"ab\x1f\""), 3, "control character in string" },
	{ LIT("\"\\n\t\""), 3, "control character in string" },
	{ LIT("{\"a\tb\":1}"), 3, "control character in string" },
	/* UTF-8, inside and outside strings */
	{ LIT("\"a\xFF" "b\""), 2, "invalid UTF-8 byte sequence" },
	{ LIT("\"\\n\xFF\""), 3, "invalid UTF-8 byte sequence" },
	{ LIT("\"\xC0\xAF\""), 1, "invalid UTF-8 byte sequence" },          /* overlong '/' */
	{ LIT("\"\xED\xA0\x80\""), 1, "invalid UTF-8 byte sequence" },      /* UTF-8 surrogate */
	{ LIT("\"\xF4\x90\x80\x80\""), 1, "invalid UTF-8 byte sequence" },  /* > U+10FFFF */
	{ LIT("\"\xE2\x82\""), 1, "invalid UTF-8 byte sequence" },          /* truncated */
	{ LIT("\"\xE2\x82"), 1, "invalid UTF-8 byte sequence" },
	{ LIT("\"\x80\""), 1, "invalid UTF-8 byte sequence" },
	{ LIT("{\"k\xFE\":1}"), 3, "invalid UTF-8 byte sequence" },
	{ LIT("[1,\xFF]"), 3, "invalid UTF-8 byte sequence" },
	{ LIT("\xFF"), 0, "invalid UTF-8 byte sequence" },
	{ LIT("1 \xFF"), 2, "invalid UTF-8 byte sequence" },
	{ LIT("[1\xC3]"), 2, "invalid UTF-8 byte sequence" },
	{ LIT("{\"a\"\xC3\xA9:1}"), 4, "expected ':' after object key" },
	{ LIT("{\"a\"\xE9:1}"), 4, "invalid UTF-8 byte sequence" },
	{ LIT("\xEF\xBB"), 0, "invalid UTF-8 byte sequence" },               /* half a BOM */
	{ LIT("-\xFF"), 1, "invalid UTF-8 byte sequence" },
};

static void every_error_has_message_and_offset(void)
{
	for (size_t i = 0; i < sizeof error_cases / sizeof error_cases[0]; i++)
		CHECK(fails_with(error_cases[i].text, error_cases[i].len, NULL,
				 error_cases[i].off, error_cases[i].msg));
}

static void error_struct_is_optional(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	CHECK(!fp_json_parse(LIT("[1,"), &a, NULL, &v, NULL));
	CHECK(v == NULL);
	fp_json_error err;
	CHECK(fp_json_parse(LIT("[1]"), &a, NULL, &v, &err));
	CHECK(err.offset == 0 && err.message[0] == 0);
	fp_arena_release(&a);
}

static void byte_order_mark_is_skipped(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, LIT("\xEF\xBB\xBF{\"a\":1}"));
	CHECK(range_is(v, FP_JSON_OBJECT, 3, 10));
	CHECK(v->u.obj.items[0].key_start == 4);
	CHECK(range_is(v->u.obj.items[0].value, FP_JSON_NUMBER, 8, 9));
	v = parse(&a, LIT("\xEF\xBB\xBF \"\xEF\xBB\xBF\""));   /* a BOM inside a string is a character */
	CHECK(range_is(v, FP_JSON_STRING, 4, 9));
	CHECK(str_is(v, LIT("\xEF\xBB\xBF")));
	fp_arena_release(&a);
	CHECK(fails_with(LIT("\xEF\xBB\xBF"), NULL, 3, "unexpected end of input"));
	CHECK(fails_with(LIT("\xEF\xBB\xBF]"), NULL, 3, "unexpected character ']'"));
}

/* ------------------------------------------------------------------------
 * Reader: limits
 * ---------------------------------------------------------------------- */

static char *nested(size_t depth, bool close)
{
	char *s = fp_malloc(2 * depth + 1);
	if (!s)
		return NULL;
	memset(s, '[', depth);
	if (close)
		memset(s + depth, ']', depth);
	s[close ? 2 * depth : depth] = 0;
	return s;
}

static void depth_limit(void)
{
	char *s = nested(513, true);
	CHECK(s);
	bool ok512 = false, fail513;
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	fp_json_error err;
	/* 512 levels parse (the innermost array is empty), 513 do not */
	ok512 = fp_json_parse(s + 1, 1024, &a, NULL, &v, &err);
	fail513 = fails_with(s, 1026, NULL, 512, "nesting deeper than 512 levels");
	fp_arena_release(&a);
	fp_free(s);
	CHECK(ok512);
	CHECK(fail513);

	fp_json_limits lim = { .max_depth = 2 };
	CHECK(fails_with(LIT("[{\"a\":[1]}]"), &lim, 6, "nesting deeper than 2 levels"));
	CHECK(fails_with(LIT("[[[]]]"), &lim, 2, "nesting deeper than 2 levels"));
	CHECK(fails_with(LIT("[[{}]]"), &lim, 2, "nesting deeper than 2 levels"));
	fp_arena_init(&a);
	CHECK(fp_json_parse(LIT("[[1],{\"a\":2},[]]"), &a, &lim, &v, &err));
	fp_arena_release(&a);
}

static void deep_nesting_fails_fast(void)
{
	enum { DEEP = 100000 };
	char *s = nested(DEEP, false);
	CHECK(s);
	clock_t t0 = clock();
	bool ok = fails_with(s, DEEP, NULL, 512, "nesting deeper than 512 levels");
	bool objs;
	for (size_t i = 0; i < DEEP; i++)
		s[i] = (i & 1) ? '[' : '{';
	objs = fails_with(s, DEEP, NULL, 1, "expected string for object key");
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	fp_free(s);
	CHECK(ok);
	CHECK(objs);
	CHECK(secs < 1.0);
}

static void deep_nesting_within_a_large_limit(void)
{
	/* The reader is iterative: a limit far beyond any C stack still works. */
	enum { DEEP = 100000 };
	char *s = nested(DEEP, true);
	CHECK(s);
	fp_arena a;
	fp_arena_init(&a);
	fp_json_limits lim = { .max_depth = DEEP };
	fp_json *v = NULL;
	fp_json_error err;
	bool ok = fp_json_parse(s, 2 * DEEP, &a, &lim, &v, &err);
	bool shape = ok;
	const fp_json *p = v;
	for (size_t d = 0; shape && d < DEEP; d++) {
		shape = p->kind == FP_JSON_ARRAY && p->start == d && p->end == 2 * DEEP - d &&
			p->u.arr.len == (d + 1 < DEEP ? 1u : 0u);
		if (shape && d + 1 < DEEP)
			p = p->u.arr.items[0];
	}
	bool over = fails_with(s, 2 * DEEP, &(fp_json_limits){ .max_depth = DEEP - 1 },
			       DEEP - 1, "nesting deeper than 99999 levels");
	fp_arena_release(&a);
	fp_free(s);
	CHECK(ok);
	CHECK(shape);
	CHECK(over);
}

static void size_limit(void)
{
	fp_json_limits lim = { .max_size = 10 };
	CHECK(fails_with(LIT("[1,2,3,4,5]"), &lim, 0, "input larger than 10 bytes"));
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	CHECK(fp_json_parse(LIT("[1,2,3,45]"), &a, &lim, &v, NULL));
	fp_arena_release(&a);
	/* The default limit. The size is checked before any byte is read, so
	 * a short buffer with a long claimed length is safe here. */
	static const char one[] = "1";
	CHECK(fails_with(one, ((size_t)256 << 20) + 1, NULL, 0,
			 "input larger than 268435456 bytes"));
	CHECK(fails_with(one, ((size_t)256 << 20) + 1, &(fp_json_limits){ 0 }, 0,
			 "input larger than 268435456 bytes"));
	/* offsets are uint32_t, so no limit goes beyond 4 GiB - 1 */
	if (SIZE_MAX > UINT32_MAX)
		CHECK(fails_with(one, (size_t)UINT32_MAX + 1, &(fp_json_limits){ .max_size = SIZE_MAX },
				 0, "input larger than 4294967295 bytes"));
}

/* ------------------------------------------------------------------------
 * Reader: strings, escapes, numbers
 * ---------------------------------------------------------------------- */

static void escapes_decode(void)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, LIT("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\""));
	CHECK(str_is(v, LIT("\"\\/\b\f\n\r\t")));
	v = parse(&a, LIT("\"a\\u0000b\""));
	CHECK(str_is(v, LIT("a\0b")));
	v = parse(&a, LIT("\"\\u0041\\u00e9\\u00E9\\u20AC\\uffff\""));
	CHECK(str_is(v, LIT("A\xC3\xA9\xC3\xA9\xE2\x82\xAC\xEF\xBF\xBF")));
	v = parse(&a, LIT("\"\\ud83d\\ude00\\uD83D\\uDE00\\udbff\\udfff\""));
	CHECK(str_is(v, LIT("\xF0\x9F\x98\x80\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF")));
	v = parse(&a, LIT("\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\x7F\""));
	CHECK(str_is(v, LIT("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\x7F")));
	/* keys decode the same way */
	v = parse(&a, LIT("{\"k\\u00e9\\n\":1}"));
	CHECK(v && v->u.obj.items[0].key_len == 4);
	CHECK(memcmp(v->u.obj.items[0].key, "k\xC3\xA9\n", 5) == 0);
	fp_arena_release(&a);
}

static void long_strings(void)
{
	/* Longer than an arena block, with escapes spread through it, to
	 * exercise the decoded-length bound of the slow path. */
	enum { N = 50000 };
	char *src = fp_malloc(N * 8 + 3), *want = fp_malloc(N * 3 + 1);
	CHECK(src && want);
	size_t n = 0, w = 0;
	src[n++] = '"';
	for (size_t i = 0; i < N; i++) {
		switch (i % 4) {
		case 0: memcpy(src + n, "ab", 2); n += 2; memcpy(want + w, "ab", 2); w += 2; break;
		case 1: memcpy(src + n, "\\n", 2); n += 2; want[w++] = '\n'; break;
		case 2: memcpy(src + n, "\\u20ac", 6); n += 6; memcpy(want + w, "\xE2\x82\xAC", 3); w += 3; break;
		case 3: memcpy(src + n, "\xC3\xA9", 2); n += 2; memcpy(want + w, "\xC3\xA9", 2); w += 2; break;
		}
	}
	src[n++] = '"';
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, src, n);
	bool ok = v && str_is(v, want, w) && v->end == n;
	fp_arena_release(&a);
	fp_free(src);
	fp_free(want);
	CHECK(ok);
}

static void numbers(void)
{
	fp_arena a;
	fp_arena_init(&a);
	int64_t i;
	double d;
	fp_json *v = parse(&a, LIT("-0"));
	CHECK(v && v->kind == FP_JSON_NUMBER);
	CHECK(fp_json_i64(v, &i) && i == 0);
	CHECK(fp_json_double(v, &d) && d == 0);
	v = parse(&a, LIT("1e5"));
	CHECK_STR(v->u.num.text, "1e5");
	CHECK(!fp_json_i64(v, &i));
	CHECK(fp_json_double(v, &d) && d == 1e5);
	v = parse(&a, LIT("1.5E-3"));
	CHECK(fp_json_double(v, &d) && d == 1.5E-3);
	CHECK(!fp_json_i64(v, &i));
	v = parse(&a, LIT("1.0"));
	CHECK(!fp_json_i64(v, &i));
	v = parse(&a, LIT("-12.25e+10"));
	CHECK(fp_json_double(v, &d) && d == -12.25e+10);
	v = parse(&a, LIT("9223372036854775807"));
	CHECK(fp_json_i64(v, &i) && i == INT64_MAX);
	v = parse(&a, LIT("-9223372036854775808"));
	CHECK(fp_json_i64(v, &i) && i == INT64_MIN);
	v = parse(&a, LIT("9223372036854775808"));
	CHECK(!fp_json_i64(v, &i));
	v = parse(&a, LIT("-9223372036854775809"));
	CHECK(!fp_json_i64(v, &i));
	v = parse(&a, LIT("123456789012345678901234567890"));
	CHECK(!fp_json_i64(v, &i));
	CHECK(fp_json_double(v, &d) && d == 123456789012345678901234567890.0);
	v = parse(&a, LIT("1e400"));
	CHECK(!fp_json_double(v, &d));
	v = parse(&a, LIT("1e-400"));
	CHECK(fp_json_double(v, &d) && d == 0);
	v = parse(&a, LIT("[0,-1,10]"));
	CHECK(fp_json_i64(v->u.arr.items[2], &i) && i == 10);
	CHECK(fp_json_i64(v->u.arr.items[1], &i) && i == -1);
	CHECK(!fp_json_i64(v, &i) && !fp_json_double(v, &d));
	CHECK(!fp_json_i64(NULL, &i) && !fp_json_double(NULL, &d));
	fp_arena_release(&a);

	CHECK(fails_with(LIT("01"), NULL, 0, "leading zeros are not allowed"));
	CHECK(fails_with(LIT("1."), NULL, 2, "unexpected end of input"));
	CHECK(fails_with(LIT(".5"), NULL, 0, "unexpected character '.'"));
	CHECK(fails_with(LIT("+1"), NULL, 0, "unexpected character '+'"));
}

/* "a\nb\u00e9\ud83d\ude00c" decodes to a \n b é(2 bytes) 😀(4 bytes) c. */
static void string_source_offsets(void)
{
	/*                 0 1 23 4 5     10 11    17    23 24 */
	const char text[] = "\"a\\nb\\u00e9\\ud83d\\ude00c\"";
	static const size_t want[] = {
		1,              /* a */
		2,              /* \n -> its backslash */
		4,              /* b */
		5, 5,           /* é: both bytes -> \u00e9 */
		11, 11, 11, 11, /* 😀: four bytes -> the pair's first backslash */
		23,             /* c */
		24,             /* len -> closing quote */
	};
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, text, strlen(text));
	CHECK(v && v->kind == FP_JSON_STRING && v->u.str.len == 10);
	CHECK(v->start == 0 && v->end == 25);
	size_t map[11];
	fp_json_string_source_map(text, v, map);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		CHECK(fp_json_string_source_offset(text, v, i) == want[i]);
		CHECK(map[i] == want[i]);       /* the whole map agrees */
	}
	CHECK(fp_json_string_source_offset(text, v, 1000) == 24);

	/* inside a document, with raw UTF-8 (one byte per byte) and \/ */
	const char doc[] = "{\"k\\/\": [1, \"x\xC3\xA9\\\"y\"]}";
	v = parse(&a, doc, strlen(doc));
	CHECK(v);
	const fp_json_member *m = &v->u.obj.items[0];
	CHECK(m->key_len == 2 && m->key_start == 1 && m->key_end == 6);
	CHECK(fp_json_key_source_offset(doc, m, 0) == 2);
	CHECK(fp_json_key_source_offset(doc, m, 1) == 3);
	CHECK(fp_json_key_source_offset(doc, m, 2) == 5);
	const fp_json *s = m->value->u.arr.items[1];
	CHECK(s->start == 12 && s->end == 20 && s->u.str.len == 5);
	static const size_t want2[] = { 13, 14, 15, 16, 18, 19 };
	size_t map2[6];
	fp_json_string_source_map(doc, s, map2);
	for (size_t i = 0; i < sizeof want2 / sizeof want2[0]; i++) {
		CHECK(fp_json_string_source_offset(doc, s, i) == want2[i]);
		CHECK(map2[i] == want2[i]);
	}
	fp_arena_release(&a);
}

/* ------------------------------------------------------------------------
 * Writer
 * ---------------------------------------------------------------------- */

static void write_string_escapes(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_json_write_string(&b, LIT("a\"b\\c\n\r\t\b\f\x01\x1f\x7f/\xC3\xA9\xF0\x9F\x98\x80"));
	CHECK_STR(b.data, "\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001\\u001f\x7f/\xC3\xA9\xF0\x9F\x98\x80\"");
	fp_buf_reset(&b);
	fp_json_write_string(&b, LIT("\0x"));
	CHECK_STR(b.data, "\"\\u0000x\"");
	fp_buf_reset(&b);
	/* invalid bytes -> U+FFFD each; the valid rest is kept */
	fp_json_write_string(&b, LIT("a\xFF" "b\xE2\x82" "c\xC0\xAF\xED\xA0\x80" "d\xE2\x82"));
	CHECK_STR(b.data, "\"a\xEF\xBF\xBD" "b\xEF\xBF\xBD\xEF\xBF\xBD"
		  "c\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
		  "d\xEF\xBF\xBD\xEF\xBF\xBD\"");
	fp_buf_reset(&b);
	fp_json_write_string(&b, "", 0);
	CHECK_STR(b.data, "\"\"");
	CHECK(!b.failed);
	fp_buf_release(&b);
}

/* Writes {"a":[1,-2,true,false,null,"x"],"b":{},"c":[],"d":1.5,"e":{"f":[[]]}} */
static void write_sample(fp_jw *w)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "a");
	fp_jw_arr_begin(w);
	fp_jw_int(w, 1);
	fp_jw_int(w, -2);
	fp_jw_bool(w, true);
	fp_jw_bool(w, false);
	fp_jw_null(w);
	fp_jw_str(w, "x");
	fp_jw_arr_end(w);
	fp_jw_key(w, "b");
	fp_jw_obj_begin(w);
	fp_jw_obj_end(w);
	fp_jw_key(w, "c");
	fp_jw_arr_begin(w);
	fp_jw_arr_end(w);
	fp_jw_key(w, "d");
	fp_jw_double(w, 1.5);
	fp_jw_key(w, "e");
	fp_jw_obj_begin(w);
	fp_jw_keyn(w, "f", 1);
	fp_jw_arr_begin(w);
	fp_jw_arr_begin(w);
	fp_jw_arr_end(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}

static void writer_compact(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, false);
	write_sample(&w);
	CHECK(w.depth == 0 && !b.failed);
	CHECK_STR(b.data, "{\"a\":[1,-2,true,false,null,\"x\"],\"b\":{},\"c\":[],\"d\":1.5,\"e\":{\"f\":[[]]}}");
	fp_buf_reset(&b);
	fp_jw_init(&w, &b, false);
	fp_jw_arr_begin(&w);
	fp_jw_raw(&w, LIT("{\"pre\": 1}"));
	fp_jw_str(&w, NULL);
	fp_jw_strn(&w, LIT("a\0b"));
	fp_jw_uint(&w, UINT64_MAX);
	fp_jw_int(&w, INT64_MIN);
	fp_jw_arr_end(&w);
	CHECK_STR(b.data, "[{\"pre\": 1},null,\"a\\u0000b\",18446744073709551615,-9223372036854775808]");
	fp_buf_release(&b);
}

static void writer_pretty_matches_json_stringify(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, true);
	write_sample(&w);
	/* node -e 'console.log(JSON.stringify({...}, null, 2))' */
	CHECK_STR(b.data,
		  "{\n"
		  "  \"a\": [\n"
		  "    1,\n"
		  "    -2,\n"
		  "    true,\n"
		  "    false,\n"
		  "    null,\n"
		  "    \"x\"\n"
		  "  ],\n"
		  "  \"b\": {},\n"
		  "  \"c\": [],\n"
		  "  \"d\": 1.5,\n"
		  "  \"e\": {\n"
		  "    \"f\": [\n"
		  "      []\n"
		  "    ]\n"
		  "  }\n"
		  "}");
	fp_buf_reset(&b);
	fp_jw_init(&w, &b, true);
	fp_jw_str(&w, "top");
	CHECK_STR(b.data, "\"top\"");
	fp_buf_release(&b);
}

static void writer_doubles(void)
{
	static const struct { double v; const char *want; } cases[] = {
		{ 0.1, "0.1" },
		{ 1.0 / 3, "0.3333333333333333" },
		{ 1e21, "1e+21" },
		{ -0.0, "-0" },
		{ 123456789.0, "123456789" },
		{ 2.5e-7, "2.5e-07" },
		{ 0.30000000000000004, "0.30000000000000004" },
	};
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fp_buf_reset(&b);
		fp_jw_init(&w, &b, false);
		fp_jw_double(&w, cases[i].v);
		CHECK_STR(b.data, cases[i].want);
	}
	fp_buf_reset(&b);
	fp_jw_init(&w, &b, false);
	fp_jw_arr_begin(&w);
	fp_jw_double(&w, strtod("nan", NULL));
	fp_jw_double(&w, strtod("inf", NULL));
	fp_jw_double(&w, -strtod("inf", NULL));
	fp_jw_double(&w, 5e-324);
	fp_jw_arr_end(&w);
	CHECK_STR(b.data, "[null,null,null,4.94065645841247e-324]");
	/* every double written reads back as itself */
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, b.data, b.len);
	double d;
	CHECK(v && fp_json_double(v->u.arr.items[3], &d) && d == 5e-324);
	fp_arena_release(&a);
	fp_buf_release(&b);
}

static void writer_misuse_sets_failed(void)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, false);
	fp_jw_arr_end(&w);
	CHECK(b.failed);
	fp_buf_release(&b);

	fp_buf_init(&b);
	fp_jw_init(&w, &b, true);
	for (int i = 0; i < FP_JW_MAX_DEPTH; i++)
		fp_jw_arr_begin(&w);
	fp_jw_int(&w, 7);
	for (int i = 0; i < FP_JW_MAX_DEPTH; i++)
		fp_jw_arr_end(&w);
	CHECK(!b.failed && w.depth == 0);
	fp_jw_arr_begin(&w);    /* a second top-level value, 513 deep */
	for (int i = 0; i < FP_JW_MAX_DEPTH; i++)
		fp_jw_arr_begin(&w);
	CHECK(b.failed);
	fp_buf_release(&b);

	/* fp_jw_value refuses (rather than recursing) beyond the limit */
	char *deep = nested(FP_JW_MAX_DEPTH + 1, true);
	CHECK(deep);
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	bool parsed = fp_json_parse(deep, 2 * (FP_JW_MAX_DEPTH + 1), &a,
				    &(fp_json_limits){ .max_depth = 1000 }, &v, NULL);
	fp_buf_init(&b);
	fp_jw_init(&w, &b, false);
	if (parsed)
		fp_jw_value(&w, v);
	bool failed = b.failed;
	fp_buf_release(&b);
	fp_arena_release(&a);
	fp_free(deep);
	CHECK(parsed && failed);
}

/* ------------------------------------------------------------------------
 * Round trips
 * ---------------------------------------------------------------------- */

/* parse -> write (compact and pretty) -> parse gives an equal tree. */
static bool round_trips(const char *text, size_t len)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, text, len), *v2 = NULL;
	bool ok = v != NULL;
	for (int pretty = 0; ok && pretty <= 1; pretty++) {
		fp_buf b;
		fp_buf_init(&b);
		fp_jw w;
		fp_jw_init(&w, &b, pretty);
		fp_jw_value(&w, v);
		ok = !b.failed && (v2 = parse(&a, b.data, b.len)) != NULL && fp_json_equal(v, v2, false);
		fp_buf_release(&b);
	}
	fp_arena_release(&a);
	return ok;
}

static void round_trip(void)
{
	CHECK(round_trips(LIT(sample)));
	CHECK(round_trips(LIT("\"\\u0000\\u001f\\\"\\\\\\/\\ud83d\\ude00\xE2\x82\xAC\"")));
	CHECK(round_trips(LIT("[[[[{}]]],{\"\":{\"\":[]}},-0,1E+2,0.5e-0]")));
	CHECK(round_trips(LIT("{\"a\":1,\"a\":2}")));

	/* the pretty form of a parsed document, exactly */
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = parse(&a, LIT("{\"k\\u00e9\":[1.50,{\"t\":\"a\\tb\"},[]],\"e\":{}}"));
	CHECK(v);
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, true);
	fp_jw_value(&w, v);
	fp_arena_release(&a);
	CHECK_STR(b.data,
		  "{\n"
		  "  \"k\xC3\xA9\": [\n"
		  "    1.50,\n"
		  "    {\n"
		  "      \"t\": \"a\\tb\"\n"
		  "    },\n"
		  "    []\n"
		  "  ],\n"
		  "  \"e\": {}\n"
		  "}");
	fp_buf_release(&b);
}

/* ------------------------------------------------------------------------
 * Allocation failure
 * ---------------------------------------------------------------------- */

static void out_of_memory_is_an_error_value(void)
{
	fp_arena ref;
	fp_arena_init(&ref);
	fp_json *want = parse(&ref, LIT(sample));
	CHECK(want);

	bool all_oom = true, equal = false;
	long n, failures = 0;
	char last[160] = "";
	for (n = 1; n < 100000; n++) {
		fp_arena a;
		fp_arena_init(&a);
		fp_json *v = (fp_json *)1;
		fp_json_error err;
		fp_alloc_fail_at(n);
		bool ok = fp_json_parse(LIT(sample), &a, NULL, &v, &err);
		fp_alloc_fail_at(0);
		if (ok) {
			equal = fp_json_equal(v, want, false);
			fp_arena_release(&a);
			break;
		}
		failures++;
		if (v != NULL || strcmp(err.message, "out of memory") != 0) {
			all_oom = false;
			snprintf(last, sizeof last, "%s", err.message);
		}
		fp_arena_release(&a);
	}
	fp_arena_release(&ref);
	if (!all_oom)
		fprintf(stderr, "message under allocation failure: %s\n", last);
	CHECK(all_oom);
	CHECK(equal);
	CHECK(failures >= 2);   /* the arena and the temporary stacks */

	/* A document with many containers, so that the temporary stacks grow
	 * several times and each growth may fail. */
	fp_buf doc;
	fp_buf_init(&doc);
	fp_buf_addc(&doc, '[');
	for (int i = 0; i < 300; i++)
		fp_buf_printf(&doc, "%s{\"k%d\":[%d,\"s\\n%d\",{\"x\":[[]]}]}", i ? "," : "", i, i, i);
	fp_buf_addc(&doc, ']');
	CHECK(!doc.failed);
	all_oom = true;
	for (n = 1; n < 100000; n++) {
		fp_arena a;
		fp_arena_init(&a);
		fp_json *v;
		fp_json_error err;
		fp_alloc_fail_at(n);
		bool ok = fp_json_parse(doc.data, doc.len, &a, NULL, &v, &err);
		fp_alloc_fail_at(0);
		fp_arena_release(&a);
		if (ok)
			break;
		if (strcmp(err.message, "out of memory") != 0)
			all_oom = false;
	}
	fp_buf_release(&doc);
	CHECK(all_oom);
	CHECK(n > 2 && n < 100000);

	/* The writer: failure is sticky in the buffer, never a crash. */
	for (n = 1; n < 1000; n++) {
		fp_buf b;
		fp_buf_init(&b);
		fp_jw w;
		fp_jw_init(&w, &b, true);
		fp_alloc_fail_at(n);
		write_sample(&w);
		fp_alloc_fail_at(0);
		bool failed = b.failed;
		fp_buf_release(&b);
		if (!failed)
			break;
	}
	CHECK(n > 1 && n < 1000);
}

/*
 * Every allocation site: fill the arena's first block to within 16*j bytes
 * of its end, then fail the 1st to 4th allocation from there on (the
 * temporary stacks grow first in a small document). Sweeping j moves
 * the failure across each node, string, number text, member array and
 * temporary stack of small documents in turn. Each run must either finish
 * (everything fitted) with the right tree or fail with "out of memory".
 */
static void every_allocation_site_fails_cleanly(void)
{
	static const struct { const char *text; size_t len; } docs[] = {
		{ LIT("1") },
		{ LIT("\"ab\"") },
		{ LIT("\"a\\nb\"") },
		{ LIT("[1,\"x\",true,-2.5]") },
		{ LIT("{\"k\":\"v\",\"n\":-1.5,\"e\\n\":[{}]}") },
		{ LIT("[[],{},[[1]],{\"a\":{\"b\":[2]}}]") },
		{ LIT(sample) },
	};
	bool all_ok = true;
	for (size_t d = 0; d < sizeof docs / sizeof docs[0]; d++) {
		fp_arena ref;
		fp_arena_init(&ref);
		fp_json *want = parse(&ref, docs[d].text, docs[d].len);
		CHECK(want);
		for (size_t j = 0; j < 4 * 512; j++) {
			fp_arena a;
			fp_arena_init(&a);
			bool ok = fp_arena_alloc(&a, 8192 - 16 * (j / 4)) != NULL, parsed;
			fp_json *v;
			fp_json_error err;
			fp_alloc_fail_at((long)(j % 4) + 1);  /* let up to 3 stack growths pass */
			parsed = fp_json_parse(docs[d].text, docs[d].len, &a, NULL, &v, &err);
			fp_alloc_fail_at(0);
			if (parsed)
				ok = ok && fp_json_equal(v, want, false);
			else
				ok = ok && v == NULL && strcmp(err.message, "out of memory") == 0;
			fp_arena_release(&a);
			if (!ok) {
				fprintf(stderr, "doc %zu, room %zu: %s\n", d, 16 * (j / 4),
					parsed ? "wrong tree" : err.message);
				all_ok = false;
			}
		}
		fp_arena_release(&ref);
	}
	CHECK(all_ok);
}

/* A surrogate that is not half of a pair decodes to U+FFFD (the text of
 * a JavaScript editor buffer can hold one), and offsets still map. */
static void lone_surrogates(void)
{
	static const char *const in[] = { "\"\\ud800x\"", "\"x\\uDC00\"", "\"\\ud800\\u0041\"",
					  "\"\\ud800\\ud800\"" };
	static const char *const want[] = { "\xEF\xBF\xBDx", "x\xEF\xBF\xBD", "\xEF\xBF\xBD\101",
					    "\xEF\xBF\xBD\xEF\xBF\xBD" };
	for (size_t i = 0; i < 4; i++) {
		fp_arena a;
		fp_arena_init(&a);
		fp_json *v;
		fp_json_error e;
		bool ok = fp_json_parse(in[i], strlen(in[i]), &a, NULL, &v, &e);
		bool good = ok && v->kind == FP_JSON_STRING && strcmp(v->u.str.s, want[i]) == 0;
		size_t after = good ? fp_json_string_source_offset(in[i], v, 3) : 0;
		fp_arena_release(&a);
		CHECK(good);
		/* the byte after the first replacement character */
		CHECK(after == (i == 1 ? 2 : 7));
	}
}

void unit_suite_json(void)
{
	UNIT_RUN(lone_surrogates);
	UNIT_RUN(scalars_have_exact_ranges);
	UNIT_RUN(nested_values_have_exact_ranges);
	UNIT_RUN(empty_containers);
	UNIT_RUN(duplicate_keys_keep_the_last);
	UNIT_RUN(sample_document);
	UNIT_RUN(every_error_has_message_and_offset);
	UNIT_RUN(error_struct_is_optional);
	UNIT_RUN(byte_order_mark_is_skipped);
	UNIT_RUN(depth_limit);
	UNIT_RUN(deep_nesting_fails_fast);
	UNIT_RUN(deep_nesting_within_a_large_limit);
	UNIT_RUN(size_limit);
	UNIT_RUN(escapes_decode);
	UNIT_RUN(long_strings);
	UNIT_RUN(numbers);
	UNIT_RUN(string_source_offsets);
	UNIT_RUN(write_string_escapes);
	UNIT_RUN(writer_compact);
	UNIT_RUN(writer_pretty_matches_json_stringify);
	UNIT_RUN(writer_doubles);
	UNIT_RUN(writer_misuse_sets_failed);
	UNIT_RUN(round_trip);
	UNIT_RUN(out_of_memory_is_an_error_value);
	UNIT_RUN(every_allocation_site_fails_cleanly);
}
