/*
 * json/write.h - JSON writer into an fp_buf.
 *
 * Two levels: fp_json_write_string appends one correctly escaped string,
 * and fp_jw is a small streaming writer that inserts commas, colons and
 * (in pretty mode) newlines and indentation for the caller. Output is always
 * valid UTF-8: invalid bytes in strings become U+FFFD.
 *
 * Nothing here fails loudly. Allocation failure sets the buffer's sticky
 * `failed` flag (util/buf.h) and so does misuse of fp_jw (an end without a
 * begin, nesting beyond FP_JW_MAX_DEPTH); the caller checks b->failed once
 * at the end.
 */
#ifndef FP_JSON_WRITE_H
#define FP_JSON_WRITE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json/read.h"
#include "util/buf.h"

/*
 * Append s[0..n) as a JSON string with its quotes. '"' and '\\' are escaped;
 * control characters become \b \f \n \r \t or \u00XX (lowercase hex, as
 * JSON.stringify writes them); '/' and DEL are left alone. Valid UTF-8 is
 * copied as is; each byte that is not part of a valid sequence becomes
 * U+FFFD. s may contain NUL bytes.
 */
void fp_json_write_string(fp_buf *b, const char *s, size_t n);

/* Nesting levels fp_jw can track (one bit each in `first`). */
#define FP_JW_MAX_DEPTH 512

/*
 * Streaming writer. Call the value functions in document order; inside an
 * object, each value must be preceded by fp_jw_key. Compact mode writes
 * {"a":[1,2]}; pretty mode indents by two spaces exactly like
 * JSON.stringify(x, null, 2), with empty containers as {} and [].
 * Several top-level values are written back to back with nothing between.
 */
typedef struct fp_jw {
	fp_buf *b;                      /* not owned */
	int depth;                      /* open containers */
	unsigned char first[FP_JW_MAX_DEPTH / 8]; /* bit d-1: level d has no element yet */
	bool pretty;
	bool after_key;                 /* a key was written; its value comes next */
} fp_jw;

/* Start writing into b (appending to what it holds). Allocates nothing. */
void fp_jw_init(fp_jw *w, fp_buf *b, bool pretty);

void fp_jw_obj_begin(fp_jw *w);
void fp_jw_obj_end(fp_jw *w);
void fp_jw_arr_begin(fp_jw *w);
void fp_jw_arr_end(fp_jw *w);

/* An object key (NUL-terminated, or n bytes for fp_jw_keyn). */
void fp_jw_key(fp_jw *w, const char *k);
void fp_jw_keyn(fp_jw *w, const char *k, size_t n);

/* Values. fp_jw_str(w, NULL) writes null. */
void fp_jw_str(fp_jw *w, const char *s);
void fp_jw_strn(fp_jw *w, const char *s, size_t n);
void fp_jw_int(fp_jw *w, int64_t v);
void fp_jw_uint(fp_jw *w, uint64_t v);
/* The shortest of %.15g, %.16g, %.17g that reads back as the same double;
 * NaN and infinities (which JSON cannot express) are written as null. */
void fp_jw_double(fp_jw *w, double v);
void fp_jw_bool(fp_jw *w, bool v);
void fp_jw_null(fp_jw *w);
/* n bytes of JSON that the caller has already serialized, written as one
 * value without checking (in pretty mode it is not re-indented). */
void fp_jw_raw(fp_jw *w, const char *json, size_t n);

/* A parsed value and everything under it. Numbers are written as their
 * source text, strings re-escaped, members in order (duplicates too), so
 * parsing the output gives an equal tree. A tree deeper than the writer can
 * track (FP_JW_MAX_DEPTH in all) sets b->failed instead of recursing. */
void fp_jw_value(fp_jw *w, const fp_json *v);

#endif
