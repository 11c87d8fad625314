#include "buf.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"

void fp_buf_init(fp_buf *b)
{
	b->data = NULL;
	b->len = b->cap = 0;
	b->failed = false;
}

void fp_buf_release(fp_buf *b)
{
	fp_free(b->data);
	fp_buf_init(b);
}

bool fp_buf_grow(fp_buf *b, size_t n)
{
	if (b->failed)
		return false;
	if (n > (size_t)-1 / 2 - b->len) {
		b->failed = true;
		return false;
	}
	size_t need = b->len + n + 1;   /* room for the NUL */
	if (need <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < need)
		cap *= 2;
	char *p = fp_realloc(b->data, cap);
	if (!p) {
		b->failed = true;
		return false;
	}
	b->data = p;
	b->cap = cap;
	return true;
}

void fp_buf_shrink(fp_buf *b, size_t cap)
{
	if (cap < b->len + 1)
		cap = b->len + 1;
	if (!b->data || b->cap <= cap)
		return;
	char *p = fp_realloc(b->data, cap);
	if (p) {
		b->data = p;
		b->cap = cap;
	}
}

void fp_buf_add(fp_buf *b, const void *p, size_t n)
{
	if (!fp_buf_grow(b, n))
		return;
	if (n)
		memcpy(b->data + b->len, p, n);
	b->len += n;
	b->data[b->len] = 0;
}

void fp_buf_adds(fp_buf *b, const char *s)
{
	fp_buf_add(b, s, strlen(s));
}

void fp_buf_addc(fp_buf *b, char c)
{
	fp_buf_add(b, &c, 1);
}

void fp_buf_vprintf(fp_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	va_copy(ap2, ap);
	char tmp[256];
	int n = vsnprintf(tmp, sizeof tmp, fmt, ap2);
	va_end(ap2);
	if (n < 0) {
		b->failed = true;
		return;
	}
	if ((size_t)n < sizeof tmp) {
		fp_buf_add(b, tmp, (size_t)n);
		return;
	}
	if (!fp_buf_grow(b, (size_t)n))
		return;
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void fp_buf_printf(fp_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fp_buf_vprintf(b, fmt, ap);
	va_end(ap);
}

void fp_buf_reset(fp_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = 0;
}

char *fp_buf_detach(fp_buf *b, size_t *len)
{
	if (b->failed) {
		fp_buf_release(b);
		return NULL;
	}
	if (!b->data && !fp_buf_grow(b, 0)) {
		fp_buf_release(b);
		return NULL;
	}
	if (b->len == 0)
		b->data[0] = 0;
	char *p = b->data;
	if (len)
		*len = b->len;
	fp_buf_init(b);
	return p;
}
