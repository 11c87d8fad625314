/*
 * fuzz/fuzz_json.c - the JSON reader and writer (src/json/).
 *
 * Input: one option byte, then the JSON text.
 *   bit 0      write back in pretty mode instead of compact
 *   bits 1-3   k != 0: nesting limit 2k (2..14); 0: the default (512)
 * So a seed file whose first byte is a space parses the rest with the
 * defaults and writes compact; '!' does the same in pretty mode.
 *
 * For every input: the reader either fails with an offset inside the text
 * and a message, or returns a tree whose ranges agree with the text (each
 * value's first and last bytes, strings mapped back through their escapes
 * by fp_json_string_source_offset). A tree is then written back with
 * fp_jw_value and read again, and must come back equal. The raw input is
 * also written as one string, which must read back as valid UTF-8 (equal
 * to the input when the input was valid UTF-8). Any disagreement aborts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "json/read.h"
#include "json/write.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/utf8.h"

int fuzz_json_one(const uint8_t *data, size_t size);

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

/* A decoded string s[0..len) whose source is text[start..end): check the
 * quotes, and that a sample of decoded offsets maps monotonically into the
 * string, onto the same byte wherever the source byte is not an escape. */
static void check_string(const char *text, uint32_t start, uint32_t end,
			 const char *s, size_t len,
			 size_t (*map)(const char *, const void *, size_t), const void *v)
{
	REQUIRE(end >= start + 2 && text[start] == '"' && text[end - 1] == '"');
	REQUIRE(s[len] == 0);
	REQUIRE(fp_utf8_valid(s, len, NULL));
	REQUIRE(len <= (size_t)(end - start - 2));
	size_t step = len / 64 + 1, prev = start + 1;
	for (size_t i = 0; i < len; i += step) {
		size_t off = map(text, v, i);
		REQUIRE(off >= prev && off < (size_t)end - 1);
		if (text[off] != '\\')
			REQUIRE(text[off] == s[i]);
		prev = off;
	}
	REQUIRE(map(text, v, len) == (size_t)end - 1);
}

static size_t map_str(const char *text, const void *v, size_t i)
{
	return fp_json_string_source_offset(text, v, i);
}

static size_t map_key(const char *text, const void *m, size_t i)
{
	return fp_json_key_source_offset(text, m, i);
}

/* Every value's range lies inside [lo, hi) and starts and ends with the
 * bytes its kind demands. */
static void check_ranges(const char *text, const fp_json *v, size_t lo, size_t hi)
{
	REQUIRE(v->start >= lo && v->start < v->end && v->end <= hi);
	const char *p = text + v->start;
	size_t n = v->end - v->start;
	switch (v->kind) {
	case FP_JSON_NULL: REQUIRE(n == 4 && memcmp(p, "null", 4) == 0); break;
	case FP_JSON_FALSE: REQUIRE(n == 5 && memcmp(p, "false", 5) == 0); break;
	case FP_JSON_TRUE: REQUIRE(n == 4 && memcmp(p, "true", 4) == 0); break;
	case FP_JSON_NUMBER:
		REQUIRE(n == v->u.num.len && memcmp(p, v->u.num.text, n) == 0);
		REQUIRE(v->u.num.text[n] == 0);
		break;
	case FP_JSON_STRING:
		check_string(text, v->start, v->end, v->u.str.s, v->u.str.len, map_str, v);
		break;
	case FP_JSON_ARRAY: {
		REQUIRE(p[0] == '[' && p[n - 1] == ']');
		size_t at = v->start + 1;
		for (size_t i = 0; i < v->u.arr.len; i++) {
			check_ranges(text, v->u.arr.items[i], at, v->end - 1);
			at = v->u.arr.items[i]->end;
		}
		break;
	}
	case FP_JSON_OBJECT: {
		REQUIRE(p[0] == '{' && p[n - 1] == '}');
		size_t at = v->start + 1;
		for (size_t i = 0; i < v->u.obj.len; i++) {
			const fp_json_member *m = &v->u.obj.items[i];
			REQUIRE(m->key_start >= at && m->key_end <= m->value->start);
			check_string(text, m->key_start, m->key_end, m->key, m->key_len, map_key, m);
			check_ranges(text, m->value, m->key_end, v->end - 1);
			at = m->value->end;
		}
		break;
	}
	}
}

/* The raw bytes as one string: they must come back as valid UTF-8, and
 * unchanged when they were valid to begin with. */
static void check_string_writer(const char *s, size_t n)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_json_write_string(&b, s, n);
	REQUIRE(!b.failed);
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	REQUIRE(fp_json_parse(b.data, b.len, &a, NULL, &v, NULL));
	REQUIRE(v->kind == FP_JSON_STRING && v->start == 0 && v->end == b.len);
	REQUIRE(fp_utf8_valid(v->u.str.s, v->u.str.len, NULL));
	if (fp_utf8_valid(s, n, NULL))
		REQUIRE(v->u.str.len == n && memcmp(v->u.str.s, s, n) == 0);
	fp_arena_release(&a);
	fp_buf_release(&b);
}

int fuzz_json_one(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	unsigned opt = data[0];
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	fp_json_limits lim = { .max_depth = ((opt >> 1) & 7) * 2 };
	bool pretty = opt & 1;

	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = NULL, *v2 = NULL;
	fp_json_error err;
	if (!fp_json_parse(text, len, &a, &lim, &v, &err)) {
		REQUIRE(v == NULL && err.offset <= len && err.message[0] != 0);
		REQUIRE(strlen(err.message) < sizeof err.message - 1);
	} else {
		check_ranges(text, v, 0, len);

		fp_buf b;
		fp_buf_init(&b);
		fp_jw w;
		fp_jw_init(&w, &b, pretty);
		fp_jw_value(&w, v);
		REQUIRE(!b.failed && w.depth == 0);
		REQUIRE(fp_json_parse(b.data, b.len, &a, &lim, &v2, &err));
		REQUIRE(fp_json_equal(v, v2, false));
		check_ranges(b.data, v2, 0, b.len);
		fp_buf_release(&b);
	}
	fp_arena_release(&a);

	check_string_writer(text, len);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	return fuzz_json_one(d, n);
}
#endif
