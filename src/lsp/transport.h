/*
 * lsp/transport.h - LSP base protocol framing: "Content-Length: N\r\n\r\n"
 * followed by N bytes of JSON, over a pair of file descriptors.
 *
 * Layer invariant (lsp/): the only layer that speaks JSON-RPC and LSP.
 * It uses sources/ and analysis/ for what it answers, runtime/ for the
 * loop, signals and logging; it never calls exit().
 *
 * The reader never trusts the peer: a header it cannot read is skipped to
 * the next "Content-Length" (resynchronisation), a length over the limit
 * is refused without allocating it and its body is skipped, and a body cut
 * off by end of input is dropped.
 */
#ifndef FP_LSP_TRANSPORT_H
#define FP_LSP_TRANSPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

typedef enum lsp_read_status {
	LSP_READ_MESSAGE,       /* msg and len hold one body */
	LSP_READ_AGAIN,         /* need more bytes */
	LSP_READ_BAD_HEADER,    /* skipped garbage; *len = bytes skipped */
	LSP_READ_TOO_LARGE,     /* Content-Length over the limit; skipping it */
	LSP_READ_EOF,
	LSP_READ_ERROR,         /* read() failed */
} lsp_read_status;

typedef struct lsp_reader {
	int fd;
	fp_buf in;              /* bytes read and not yet consumed */
	size_t pos;             /* start of unconsumed data in `in` */
	size_t max_body;        /* refuse bodies above this */
	size_t skip;            /* bytes of a refused body still to drop */
	bool eof;
	size_t last_len;        /* for TOO_LARGE: the announced length */
} lsp_reader;

void lsp_reader_init(lsp_reader *r, int fd, size_t max_body);
void lsp_reader_release(lsp_reader *r);

/* Read what the fd has (one read() call; the fd may be non-blocking). */
lsp_read_status lsp_reader_fill(lsp_reader *r);

/* Take the next complete message from what was read, if any. The body
 * stays valid until the next call. */
lsp_read_status lsp_reader_next(lsp_reader *r, const char **msg, size_t *len);

/* Write one framed message (blocking; handles short writes and EINTR).
 * False when the peer is gone. */
bool lsp_write_message(int fd, const char *body, size_t len);

#endif
