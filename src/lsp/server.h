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
} lsp_options;

/* Serve until exit, end of input or a terminating signal. Returns the
 * process exit code (0 after shutdown + exit, 1 otherwise). */
int lsp_serve(const lsp_options *opt);

#endif
