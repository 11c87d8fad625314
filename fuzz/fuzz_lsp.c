/*
 * fuzz/fuzz_lsp.c - the language server (src/lsp/): framing, JSON-RPC
 * dispatch, the lifecycle, documents and edits, every feature, and the
 * pipeline behind them, run in memory by lsp_serve_buffer() (or
 * lsp_serve() with in_data set, for small limits).
 *
 * Input: one flag byte, then a byte stream from the client.
 *   bit 0      prepend a valid 'initialize' request and 'initialized'
 *   bit 1      ... whose client offers the utf-8 position encoding
 *   bits 2-3   ... with initializationOptions.fhirVersion none/R4/R4B/R5
 *   bit 4      line mode: every non-empty line of the rest is one message
 *              body and gets its Content-Length header here (so mutations
 *              of the JSON need no header fixing); else the rest is sent
 *              as it is (headers and all)
 *   bit 5      append 'shutdown' and 'exit'
 *   bit 6      small limits: messages over 4 KiB are refused, documents
 *              over 1 KiB are not analysed
 *   bit 7      log everything (debug level) to /dev/null; else no log
 * So seeds stay readable: '1' (0x31) = initialize (utf-16), line mode,
 * shutdown + exit; '3' the same with utf-8 positions; '5' '9' '=' with
 * fhirVersion R4, R4B, R5; 'q' (0x71) '1' with small limits; '0' line
 * mode without initialize; ' ' (0x20) raw bytes + shutdown/exit; '!'
 * raw bytes after initialize, + shutdown/exit.
 *
 * Invariants (abort() otherwise): the exit code is 0 or 1; everything the
 * server wrote is a sequence of "Content-Length: N\r\n\r\n" frames whose
 * bodies are JSON objects with "jsonrpc": "2.0" and either a method
 * (notifications) or an id with exactly one of result and error.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/read.h"
#include "lsp/server.h"
#include "runtime/runtime.h"
#include "util/alloc.h"
#include "util/buf.h"

int fuzz_lsp_one(const uint8_t *data, size_t size);

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

static void add_frame(fp_buf *b, const char *body, size_t len)
{
	fp_buf_printf(b, "Content-Length: %zu\r\n\r\n", len);
	fp_buf_add(b, body, len);
}

static const fp_json *member(const fp_json *o, const char *key)
{
	for (size_t i = 0; o->kind == FP_JSON_OBJECT && i < o->u.obj.len; i++) {
		if (strcmp(o->u.obj.items[i].key, key) == 0)
			return o->u.obj.items[i].value;
	}
	return NULL;
}

/* Everything the server wrote must be well-formed frames of JSON-RPC. */
static void check_output(const char *out, size_t n)
{
	static const char head[] = "Content-Length: ";
	size_t p = 0;
	while (p < n) {
		REQUIRE(n - p > sizeof head - 1 && memcmp(out + p, head, sizeof head - 1) == 0);
		p += sizeof head - 1;
		size_t len = 0;
		size_t digits = 0;
		while (p < n && out[p] >= '0' && out[p] <= '9' && digits < 12) {
			len = len * 10 + (size_t)(out[p++] - '0');
			digits++;
		}
		REQUIRE(digits > 0);
		REQUIRE(n - p >= 4 && memcmp(out + p, "\r\n\r\n", 4) == 0);
		p += 4;
		REQUIRE(n - p >= len);
		fp_arena a;
		fp_arena_init(&a);
		fp_json *msg = NULL;
		fp_json_error err;
		if (fp_json_parse(out + p, len, &a, NULL, &msg, &err)) {
			REQUIRE(msg->kind == FP_JSON_OBJECT);
			const fp_json *v = member(msg, "jsonrpc");
			REQUIRE(v && v->kind == FP_JSON_STRING && strcmp(v->u.str.s, "2.0") == 0);
			if (!member(msg, "method")) {
				REQUIRE(member(msg, "id") != NULL);
				REQUIRE((member(msg, "result") != NULL) != (member(msg, "error") != NULL));
			}
		} else {
			/* the only acceptable failure is running out of memory */
			REQUIRE(strcmp(err.message, "out of memory") == 0);
		}
		fp_arena_release(&a);
		p += len;
	}
}

static FILE *out_file;          /* the server's output, read back */

int fuzz_lsp_one(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (!out_file && !(out_file = tmpfile()))
		return 0;
	int fd = fileno(out_file);
	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
		return 0;

	unsigned flags = data[0];
	const char *rest = (const char *)data + 1;
	size_t nrest = size - 1;
	fp_buf in;
	fp_buf_init(&in);
	if (flags & 1) {
		static const char *const fv[4] = { "", ",\"initializationOptions\":{\"fhirVersion\":\"R4\"}",
			",\"initializationOptions\":{\"fhirVersion\":\"R4B\"}",
			",\"initializationOptions\":{\"fhirVersion\":\"R5\"}" };
		char init[512];
		int k = snprintf(init, sizeof init,
				 "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
				 "{\"processId\":null,\"rootUri\":null,\"capabilities\":{%s}%s}}",
				 (flags & 2) ? "\"general\":{\"positionEncodings\":[\"utf-8\",\"utf-16\"]}" : "",
				 fv[(flags >> 2) & 3]);
		add_frame(&in, init, (size_t)k);
		static const char inited[] = "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}";
		add_frame(&in, inited, sizeof inited - 1);
	}
	if (flags & 16) {
		size_t p = 0;
		while (p < nrest) {
			const char *nl = memchr(rest + p, '\n', nrest - p);
			size_t e = nl ? (size_t)(nl - rest) : nrest;
			if (e > p)
				add_frame(&in, rest + p, e - p);
			p = e + 1;
		}
	} else {
		fp_buf_add(&in, rest, nrest);
	}
	if (flags & 32) {
		static const char sd[] = "{\"jsonrpc\":\"2.0\",\"id\":\"end\",\"method\":\"shutdown\"}";
		static const char ex[] = "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}";
		add_frame(&in, sd, sizeof sd - 1);
		add_frame(&in, ex, sizeof ex - 1);
	}
	if (in.failed) {
		fp_buf_release(&in);
		return 0;
	}
	if (flags & 128)
		fp_log_open("/dev/null", FP_LOG_DEBUG);
	else
		fp_log_open(NULL, (fp_log_level)0);     /* level 0: nothing */

	int rc;
	if (flags & 64) {
		lsp_options opt = { .in_fd = -1, .out_fd = fd, .max_message = 4096, .max_document = 1024, .no_scan = true,
				    .in_data = in.data ? in.data : "", .in_len = in.len };
		rc = lsp_serve(&opt);
	} else {
		rc = lsp_serve_buffer(in.data ? in.data : "", in.len, fd);
	}
	fp_buf_release(&in);
	/* back to the defaults: stderr, warnings */
	fp_log_close();
	fp_log_open(NULL, FP_LOG_WARN);
	REQUIRE(rc == 0 || rc == 1);

	off_t n = lseek(fd, 0, SEEK_END);
	if (n > 0) {
		char *out = fp_malloc((size_t)n);
		if (out) {
			if (pread(fd, out, (size_t)n, 0) == n)
				check_output(out, (size_t)n);
			fp_free(out);
		}
	}
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_lsp_one(data, size);
}
#endif
