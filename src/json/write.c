/*
 * json/write.c - string escaping and the streaming writer (see write.h).
 */
#include "write.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/utf8.h"

/* ------------------------------------------------------------------------
 * Strings
 * ---------------------------------------------------------------------- */

/* safe[c] is 1 for bytes copied without a second look: printable ASCII
 * (and DEL) other than '"' and '\\'. */
static const unsigned char safe[256] = {
	/* 0x00 */ 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	/* 0x10 */ 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	/* 0x20 */ 1,1,0,1,1,1,1,1, 1,1,1,1,1,1,1,1,   /* 0x22 '"' */
	/* 0x30 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x40 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x50 */ 1,1,1,1,1,1,1,1, 1,1,1,1,0,1,1,1,   /* 0x5C '\\' */
	/* 0x60 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x70 */ 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	/* 0x80-0xFF: 0 */
};

void fp_json_write_string(fp_buf *b, const char *str, size_t n)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	fp_buf_addc(b, '"');
	while (i < n) {
		size_t run = i;
		while (run < n && safe[s[run]])
			run++;
		if (run > i) {
			fp_buf_add(b, s + i, run - i);
			i = run;
			if (i == n)
				break;
		}
		unsigned char c = s[i];
		if (c >= 0x80) {
			uint32_t cp;
			size_t k = fp_utf8_decode((const char *)s + i, n - i, &cp);
			if (k == 0) {
				fp_buf_add(b, "\xEF\xBF\xBD", 3);   /* U+FFFD */
				i++;
			} else {
				fp_buf_add(b, s + i, k);
				i += k;
			}
			continue;
		}
		switch (c) {
		case '"': fp_buf_add(b, "\\\"", 2); break;
		case '\\': fp_buf_add(b, "\\\\", 2); break;
		case '\b': fp_buf_add(b, "\\b", 2); break;
		case '\f': fp_buf_add(b, "\\f", 2); break;
		case '\n': fp_buf_add(b, "\\n", 2); break;
		case '\r': fp_buf_add(b, "\\r", 2); break;
		case '\t': fp_buf_add(b, "\\t", 2); break;
		default: {
			static const char hex[] = "0123456789abcdef";
			char e[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
			fp_buf_add(b, e, 6);
		}
		}
		i++;
	}
	fp_buf_addc(b, '"');
}

/* ------------------------------------------------------------------------
 * Streaming writer
 * ---------------------------------------------------------------------- */

void fp_jw_init(fp_jw *w, fp_buf *b, bool pretty)
{
	w->b = b;
	w->depth = 0;
	memset(w->first, 0, sizeof w->first);
	w->pretty = pretty;
	w->after_key = false;
}

/* Bit for level d (1-based); callers keep d within FP_JW_MAX_DEPTH. */
static bool is_first(const fp_jw *w, int d)
{
	return w->first[(d - 1) / 8] >> ((d - 1) % 8) & 1;
}

static void set_first(fp_jw *w, int d, bool on)
{
	unsigned char bit = (unsigned char)(1u << ((d - 1) % 8));
	if (on)
		w->first[(d - 1) / 8] |= bit;
	else
		w->first[(d - 1) / 8] &= (unsigned char)~bit;
}

static void newline_indent(fp_jw *w, int depth)
{
	static const char spaces[] = "                                ";   /* 32 */
	fp_buf_addc(w->b, '\n');
	size_t n = (size_t)depth * 2;
	while (n > 0) {
		size_t k = n < sizeof spaces - 1 ? n : sizeof spaces - 1;
		fp_buf_add(w->b, spaces, k);
		n -= k;
	}
}

/* Everything a value or key needs in front of it: nothing after a key,
 * else a comma unless it is the first element, then the pretty newline. */
static void before_item(fp_jw *w)
{
	if (w->after_key) {
		w->after_key = false;
		return;
	}
	if (w->depth == 0 || w->depth > FP_JW_MAX_DEPTH)
		return;
	if (is_first(w, w->depth))
		set_first(w, w->depth, false);
	else
		fp_buf_addc(w->b, ',');
	if (w->pretty)
		newline_indent(w, w->depth);
}

static void begin(fp_jw *w, char open)
{
	before_item(w);
	fp_buf_addc(w->b, open);
	w->depth++;
	if (w->depth > FP_JW_MAX_DEPTH)
		w->b->failed = true;    /* too deep to track commas */
	else
		set_first(w, w->depth, true);
}

static void end(fp_jw *w, char close)
{
	if (w->depth <= 0) {
		w->b->failed = true;    /* end without begin */
		return;
	}
	if (w->depth <= FP_JW_MAX_DEPTH && w->pretty && !is_first(w, w->depth))
		newline_indent(w, w->depth - 1);
	w->depth--;
	w->after_key = false;
	fp_buf_addc(w->b, close);
}

void fp_jw_obj_begin(fp_jw *w) { begin(w, '{'); }
void fp_jw_obj_end(fp_jw *w) { end(w, '}'); }
void fp_jw_arr_begin(fp_jw *w) { begin(w, '['); }
void fp_jw_arr_end(fp_jw *w) { end(w, ']'); }

void fp_jw_keyn(fp_jw *w, const char *k, size_t n)
{
	before_item(w);
	fp_json_write_string(w->b, k, n);
	if (w->pretty)
		fp_buf_add(w->b, ": ", 2);
	else
		fp_buf_addc(w->b, ':');
	w->after_key = true;
}

void fp_jw_key(fp_jw *w, const char *k)
{
	fp_jw_keyn(w, k, strlen(k));
}

void fp_jw_strn(fp_jw *w, const char *s, size_t n)
{
	before_item(w);
	fp_json_write_string(w->b, s, n);
}

void fp_jw_str(fp_jw *w, const char *s)
{
	if (!s)
		fp_jw_null(w);
	else
		fp_jw_strn(w, s, strlen(s));
}

void fp_jw_int(fp_jw *w, int64_t v)
{
	before_item(w);
	fp_buf_printf(w->b, "%" PRId64, v);
}

void fp_jw_uint(fp_jw *w, uint64_t v)
{
	before_item(w);
	fp_buf_printf(w->b, "%" PRIu64, v);
}

void fp_jw_double(fp_jw *w, double v)
{
	if (!isfinite(v)) {
		fp_jw_null(w);
		return;
	}
	char tmp[32];
	for (int prec = 15; prec <= 17; prec++) {
		snprintf(tmp, sizeof tmp, "%.*g", prec, v);
		if (strtod(tmp, NULL) == v)
			break;
	}
	before_item(w);
	fp_buf_adds(w->b, tmp);
}

void fp_jw_bool(fp_jw *w, bool v)
{
	before_item(w);
	if (v)
		fp_buf_add(w->b, "true", 4);
	else
		fp_buf_add(w->b, "false", 5);
}

void fp_jw_null(fp_jw *w)
{
	before_item(w);
	fp_buf_add(w->b, "null", 4);
}

void fp_jw_raw(fp_jw *w, const char *json, size_t n)
{
	before_item(w);
	fp_buf_add(w->b, json, n);
}

void fp_jw_value(fp_jw *w, const fp_json *v)
{
	switch (v->kind) {
	case FP_JSON_NULL: fp_jw_null(w); break;
	case FP_JSON_FALSE: fp_jw_bool(w, false); break;
	case FP_JSON_TRUE: fp_jw_bool(w, true); break;
	case FP_JSON_NUMBER: fp_jw_raw(w, v->u.num.text, v->u.num.len); break;
	case FP_JSON_STRING: fp_jw_strn(w, v->u.str.s, v->u.str.len); break;
	case FP_JSON_ARRAY:
	case FP_JSON_OBJECT:
		if (w->depth >= FP_JW_MAX_DEPTH) {
			w->b->failed = true;    /* bounds the recursion too */
			return;
		}
		if (v->kind == FP_JSON_ARRAY) {
			fp_jw_arr_begin(w);
			for (size_t i = 0; i < v->u.arr.len; i++)
				fp_jw_value(w, v->u.arr.items[i]);
			fp_jw_arr_end(w);
		} else {
			fp_jw_obj_begin(w);
			for (size_t i = 0; i < v->u.obj.len; i++) {
				const fp_json_member *m = &v->u.obj.items[i];
				fp_jw_keyn(w, m->key, m->key_len);
				fp_jw_value(w, m->value);
			}
			fp_jw_obj_end(w);
		}
		break;
	}
}
