/*
 * util/buf.h - growable byte buffer, always NUL-terminated when non-empty.
 *
 * Appends never fail loudly: on allocation failure the buffer keeps what it
 * had and sets the sticky `failed` flag, which the caller checks once at the
 * end (SQLite's mallocFailed habit).
 */
#ifndef FP_UTIL_BUF_H
#define FP_UTIL_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

typedef struct fp_buf {
	char *data;     /* NULL until the first append */
	size_t len;
	size_t cap;
	bool failed;
} fp_buf;

void fp_buf_init(fp_buf *b);
/* Free the contents; the buffer is empty and reusable. */
void fp_buf_release(fp_buf *b);
/* Make room for n more bytes; false (and b->failed) when impossible. */
bool fp_buf_grow(fp_buf *b, size_t n);
/* Give back capacity beyond max(len + 1, cap): after one huge message, a
 * long-lived buffer should not keep its size. Failure changes nothing. */
void fp_buf_shrink(fp_buf *b, size_t cap);
void fp_buf_add(fp_buf *b, const void *p, size_t n);
void fp_buf_adds(fp_buf *b, const char *s);
void fp_buf_addc(fp_buf *b, char c);
void fp_buf_printf(fp_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void fp_buf_vprintf(fp_buf *b, const char *fmt, va_list ap);
/* Drop the contents but keep the allocation. */
void fp_buf_reset(fp_buf *b);
/* Take ownership of the data (caller fp_free()s it); b is left empty.
 * Returns NULL when the buffer failed or is empty and allocation fails. */
char *fp_buf_detach(fp_buf *b, size_t *len);

#endif
