/*
 * lsp/server.h - the language server: LSP 3.17 over stdio.
 *
 * One explicit loop (poll over the client fd and the signal pipe, with a
 * timer for the parent watchdog) reads every message that is available,
 * answers requests in order from the current document snapshots, and
 * before sleeping publishes diagnostics for the documents changed since
 * (so a burst of edits is analysed once, for its last version). What a
 * document shows is exactly what `check` reports: the same pipeline.
 */
#ifndef FP_LSP_SERVER_H
#define FP_LSP_SERVER_H

#include <stddef.h>

#include "runtime/runtime.h"

typedef struct lsp_options {
	int in_fd, out_fd;
	size_t max_message;     /* bytes; larger messages are refused */
	size_t max_document;    /* bytes; larger documents get one diagnostic */
	size_t max_memory_mb;   /* soft limit; 0 = none */
	size_t time_budget_ms;  /* analysis of one document; 0 = none */
	bool no_scan;           /* no background scan of the workspace folder */
	/* The cache: --cache DIR (NULL: the rule of store/location.h) or
	 * --no-cache. Today fhirpath/health reports on it; the store will
	 * open it. The string must outlive the server. */
	const char *cache_dir;
	bool no_cache;
	/* Optional in-memory input (fuzzing, tests): when in_data is not
	 * NULL, the reader starts with in_data[0..in_len) and at end of
	 * input, in_fd is never read or polled and no signal handlers are
	 * installed (see lsp_serve_buffer). */
	const char *in_data;
	size_t in_len;
} lsp_options;

/* Serve until exit, end of input or a terminating signal. Returns the
 * process exit code (0 after shutdown + exit, 1 otherwise). */
int lsp_serve(const lsp_options *opt);

/* Serve the messages in data[0..len) (framed as from a client), as if the
 * client then closed its end, and write every answer to out_fd. Unlike
 * end of input on a real fd, the diagnostics of documents changed since
 * the last publish are published before returning (unless 'exit' was
 * received), so a whole session can be replayed in memory. Limits are
 * the defaults of `serve` (64 MiB messages, 16 MiB documents, 2 s per
 * analysis) and the workspace folder is not scanned (an input naming "/"
 * must not walk the disk); fill an lsp_options with in_data for others. Returns lsp_serve's exit code. */
int lsp_serve_buffer(const char *data, size_t len, int out_fd);

#endif
