/*
 * lsp/transport.c - framing (see transport.h).
 */
#include "transport.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/uio.h>
#include <unistd.h>

void lsp_reader_init(lsp_reader *r, int fd, size_t max_body)
{
	memset(r, 0, sizeof *r);
	r->fd = fd;
	fp_buf_init(&r->in);
	r->max_body = max_body;
}

void lsp_reader_release(lsp_reader *r)
{
	fp_buf_release(&r->in);
}

lsp_read_status lsp_reader_fill(lsp_reader *r)
{
	/* compact: drop what was consumed */
	if (r->pos > 0 && (r->pos == r->in.len || r->pos > 65536)) {
		memmove(r->in.data, r->in.data + r->pos, r->in.len - r->pos);
		r->in.len -= r->pos;
		r->pos = 0;
	}
	/* a huge message consumed: give its memory back */
	if (r->in.cap > ((size_t)1 << 20) && r->in.len < r->in.cap / 4)
		fp_buf_shrink(&r->in, r->in.len + 65536 + 1);
	if (!fp_buf_grow(&r->in, 65536))
		return LSP_READ_ERROR;
	ssize_t n = read(r->fd, r->in.data + r->in.len, 65536);
	if (n < 0) {
		if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
			return LSP_READ_AGAIN;
		return LSP_READ_ERROR;
	}
	if (n == 0) {
		r->eof = true;
		return LSP_READ_EOF;
	}
	r->in.len += (size_t)n;
	r->in.data[r->in.len] = 0;
	return LSP_READ_MESSAGE;
}

/* Find "\r\n\r\n" in s[0..n); -1 if absent. */
static long header_end(const char *s, size_t n)
{
	for (size_t i = 0; i + 3 < n; i++) {
		if (s[i] == '\r' && s[i + 1] == '\n' && s[i + 2] == '\r' && s[i + 3] == '\n')
			return (long)i;
	}
	return -1;
}

/* Offset of the next "Content-Length" after position 1, or n. */
static size_t next_header(const char *s, size_t n)
{
	for (size_t i = 1; i + 14 <= n; i++) {
		if (strncasecmp(s + i, "Content-Length", 14) == 0)
			return i;
	}
	return n > 14 ? n - 13 : 0;     /* keep a possible partial match */
}

lsp_read_status lsp_reader_next(lsp_reader *r, const char **msg, size_t *len)
{
	char *s = r->in.data ? r->in.data + r->pos : NULL;
	size_t n = r->in.len - r->pos;
	if (r->skip) {
		size_t k = r->skip < n ? r->skip : n;
		r->pos += k;
		r->skip -= k;
		if (r->skip)
			return r->eof ? LSP_READ_EOF : LSP_READ_AGAIN;
		s += k;
		n -= k;
	}
	if (n == 0)
		return r->eof ? LSP_READ_EOF : LSP_READ_AGAIN;
	long he = header_end(s, n);
	if (he < 0) {
		/* no complete header: garbage if it is already long */
		if (n > 8192) {
			size_t k = next_header(s, n);
			r->pos += k;
			*len = k;
			return LSP_READ_BAD_HEADER;
		}
		return r->eof ? LSP_READ_EOF : LSP_READ_AGAIN;
	}
	/* parse the header fields */
	long long clen = -1;
	const char *p = s, *end = s + he;
	while (p < end) {
		const char *eol = p;
		while (eol < end && !(eol[0] == '\r' && eol + 1 <= end && eol[1] == '\n'))
			eol++;
		size_t ll = (size_t)(eol - p);
		if (ll > 15 && strncasecmp(p, "Content-Length:", 15) == 0) {
			const char *v = p + 15;
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			long long x = 0;
			bool digits = false;
			while (v < eol && *v >= '0' && *v <= '9' && x < (1LL << 40)) {
				x = x * 10 + (*v - '0');
				v++;
				digits = true;
			}
			while (v < eol && (*v == ' ' || *v == '\t'))
				v++;
			clen = digits && v == eol ? x : -2;
		}
		p = eol + 2;
	}
	size_t hlen = (size_t)he + 4;
	if (clen < 0) {
		/* unreadable header: skip to the next Content-Length */
		size_t k = next_header(s, n);
		/* Fix (tests/lsp/hostile-garbage.lsp): garbage glued to the
		 * front of a real header ("junkContent-Length: 52") puts that
		 * header's "Content-Length" inside this block: resume there, or
		 * the real message is skipped with the garbage (and every later
		 * one with the body left behind). Only a block without one is
		 * skipped whole. */
		bool found = k + 14 <= n && strncasecmp(s + k, "Content-Length", 14) == 0;
		if (k < hlen && !found)
			k = hlen;
		r->pos += k;
		*len = k;
		return LSP_READ_BAD_HEADER;
	}
	if ((unsigned long long)clen > r->max_body) {
		r->pos += hlen;
		r->skip = (size_t)clen;
		r->last_len = (size_t)clen;
		return LSP_READ_TOO_LARGE;
	}
	if (n - hlen < (size_t)clen)
		return r->eof ? LSP_READ_EOF : LSP_READ_AGAIN;
	*msg = s + hlen;
	*len = (size_t)clen;
	r->pos += hlen + (size_t)clen;
	return LSP_READ_MESSAGE;
}

bool lsp_write_message(int fd, const char *body, size_t len)
{
	char head[64];
	int hl = snprintf(head, sizeof head, "Content-Length: %zu\r\n\r\n", len);
	/* header and body in one system call (one wake-up of the reader) */
	struct iovec iov[2] = { { head, (size_t)hl }, { (void *)body, len } };
	int n = len ? 2 : 1;
	struct iovec *v = iov;
	while (n > 0) {
		ssize_t w = writev(fd, v, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN) {
				usleep(1000);
				continue;
			}
			return false;
		}
		/* a short write: skip what went out */
		size_t done = (size_t)w;
		while (n > 0 && done >= v->iov_len) {
			done -= v->iov_len;
			v++;
			n--;
		}
		if (n > 0) {
			v->iov_base = (char *)v->iov_base + done;
			v->iov_len -= done;
		}
	}
	return true;
}
