/*
 * lsp/selftest.h - the client half of doctor's LSP round trip: drive a
 * server at the other end of a socket through initialize, didOpen and its
 * diagnostics, edits and their diagnostics, completion, hover and
 * shutdown, check every answer and time it.
 *
 * Who runs the server is the caller's business (cli/ forks a child that
 * calls lsp_serve on the other end of a socketpair, so a hang or a crash
 * of the server is a finding, not doctor's end). Every wait is bounded by
 * one deadline: the run never hangs, it fails with "no answer to ...".
 */
#ifndef FP_LSP_SELFTEST_H
#define FP_LSP_SELFTEST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Round trips of one kind: how many and their latencies (microseconds,
 * from the send to the answer read). */
typedef struct lsp_selftest_times {
	size_t n;
	uint32_t p50_us, p99_us, max_us;
} lsp_selftest_times;

typedef struct lsp_selftest {
	bool ok;                /* every step answered, and as expected */
	char error[256];        /* else the first step that was not */
	uint64_t initialize_us; /* from start_us to the initialize answer */
	uint64_t open_us;       /* didOpen to its diagnostics */
	lsp_selftest_times edit;        /* didChange to its diagnostics */
	lsp_selftest_times completion;
	lsp_selftest_times hover;
	uint64_t shutdown_us;
} lsp_selftest;

/* Rounds of edits, completions and hovers (enough for a p99). */
#define LSP_SELFTEST_ROUNDS 200

/* A monotonic clock in microseconds, for start_us. */
uint64_t lsp_selftest_now_us(void);

/* Run the session over fd (a connected socket, read and written; not
 * closed) as the client, with processId parent_pid in initialize (the
 * server leaves when that process is gone). start_us is when the server
 * was started, for the initialize time. The whole run must finish within
 * timeout_ms. Fills *out and returns out->ok. Allocates only while it
 * runs. */
bool lsp_selftest_run(int fd, long parent_pid, uint64_t start_us, int timeout_ms, lsp_selftest *out);

#endif
