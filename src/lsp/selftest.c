/*
 * lsp/selftest.c - the client half of doctor's LSP round trip
 * (selftest.h).
 *
 * The session, with the document of a typo and its fix:
 *   initialize (processId: the caller) -> its answer, timed from start_us
 *   initialized, didOpen "name.gven" -> diagnostics with FP1001
 *   ROUNDS x didChange, alternately "name.given" (no diagnostics) and
 *     "name.gven" (FP1001) -> diagnostics of that version
 *   ROUNDS x completion after "name." -> an item 'given'
 *   ROUNDS x hover on "name" -> a text naming HumanName
 *   shutdown -> null, then exit
 * Each step waits for its answer only; messages it does not wait for
 * (logs, other notifications) are read and skipped.
 */
#include "lsp/selftest.h"

#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json/read.h"
#include "lsp/transport.h"
#include "util/alloc.h"
#include "util/arena.h"

#define URI "file:///fhirpath-ls-doctor/selftest.fhirpath"
#define TEXT_TYPO "// @context Patient\\nname.gven\\n"
#define TEXT_FIXED "// @context Patient\\nname.given\\n"

typedef struct client {
	int fd;
	lsp_reader rd;
	uint64_t deadline_us;
	fp_arena arena;         /* the message being looked at */
	lsp_selftest *out;
	uint32_t *lat;          /* latencies of the current kind */
} client;

uint64_t lsp_selftest_now_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000000 + (uint64_t)t.tv_nsec / 1000;
}

/* Record the first failure; false for the caller to return. */
static bool fail(client *c, const char *fmt, const char *what)
{
	if (c->out->error[0] == 0)
		snprintf(c->out->error, sizeof c->out->error, fmt, what);
	return false;
}

static bool send(client *c, const char *body)
{
	if (!lsp_write_message(c->fd, body, strlen(body)))
		return fail(c, "the server is gone (writing %s)", strerror(errno));
	return true;
}

/* What a step waits for: the answer to request id, or (id 0) the
 * diagnostics of document version `version`. */
typedef struct want {
	int64_t id;
	int64_t version;
	const char *what;       /* for messages: "completion" */
} want;

static bool is_wanted(const fp_json *m, const want *w)
{
	int64_t v;
	if (w->id)
		return fp_json_i64(fp_json_get(m, "id"), &v) && v == w->id &&
		       !fp_json_get(m, "method");
	const fp_json *meth = fp_json_get(m, "method");
	if (!meth || meth->kind != FP_JSON_STRING ||
	    strcmp(meth->u.str.s, "textDocument/publishDiagnostics") != 0)
		return false;
	const fp_json *p = fp_json_get(m, "params");
	return fp_json_i64(fp_json_get(p, "version"), &v) && v == w->version;
}

/* Read until the wanted message arrives; it is parsed into c->arena
 * (valid until the next wait). NULL on timeout, end of input or error. */
static const fp_json *wait_for(client *c, const want *w)
{
	for (;;) {
		const char *msg;
		size_t len;
		lsp_read_status st = lsp_reader_next(&c->rd, &msg, &len);
		if (st == LSP_READ_MESSAGE) {
			fp_arena_release(&c->arena);
			fp_json *m;
			fp_json_error err;
			if (fp_json_parse(msg, len, &c->arena, NULL, &m, &err) && m->kind == FP_JSON_OBJECT &&
			    is_wanted(m, w))
				return m;
			continue;
		}
		if (st != LSP_READ_AGAIN && st != LSP_READ_BAD_HEADER && st != LSP_READ_TOO_LARGE) {
			fail(c, "the server closed the connection before answering %s", w->what);
			return NULL;
		}
		uint64_t now = lsp_selftest_now_us();
		if (now >= c->deadline_us) {
			fail(c, "no answer to %s in time", w->what);
			return NULL;
		}
		struct pollfd p = { c->fd, POLLIN, 0 };
		int ms = (int)((c->deadline_us - now + 999) / 1000);
		if (poll(&p, 1, ms) < 0 && errno != EINTR) {
			fail(c, "poll failed: %s", strerror(errno));
			return NULL;
		}
		if (p.revents && lsp_reader_fill(&c->rd) == LSP_READ_ERROR) {
			fail(c, "reading the server's answer failed: %s", strerror(errno));
			return NULL;
		}
	}
}

/* Send body and wait for w; the latency in *us. */
static const fp_json *round_trip(client *c, const char *body, const want *w, uint64_t *us)
{
	uint64_t t0 = lsp_selftest_now_us();
	if (!send(c, body))
		return NULL;
	const fp_json *m = wait_for(c, w);
	*us = lsp_selftest_now_us() - t0;
	return m;
}

/* Whether the answer's text holds needle (a compact check: the whole
 * subtree is searched as written by the server, not re-serialised). */
static bool mentions(const fp_json *v, const char *needle)
{
	if (!v)
		return false;
	switch (v->kind) {
	case FP_JSON_STRING:
		return strstr(v->u.str.s, needle) != NULL;
	case FP_JSON_ARRAY:
		for (size_t i = 0; i < v->u.arr.len; i++) {
			if (mentions(v->u.arr.items[i], needle))
				return true;
		}
		return false;
	case FP_JSON_OBJECT:
		for (size_t i = 0; i < v->u.obj.len; i++) {
			if (mentions(v->u.obj.items[i].value, needle))
				return true;
		}
		return false;
	default:
		return false;
	}
}

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static lsp_selftest_times times_of(uint32_t *lat, size_t n)
{
	lsp_selftest_times t = { n, 0, 0, 0 };
	if (!n)
		return t;
	qsort(lat, n, sizeof *lat, cmp_u32);
	t.p50_us = lat[n / 2];
	t.p99_us = lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1];
	t.max_us = lat[n - 1];
	return t;
}

static uint32_t clamp_us(uint64_t us)
{
	return us > UINT32_MAX ? UINT32_MAX : (uint32_t)us;
}

static bool step_initialize(client *c, long parent_pid, uint64_t start_us)
{
	char body[256];
	snprintf(body, sizeof body, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
		 "{\"processId\":%ld,\"rootUri\":null,\"capabilities\":{}}}", parent_pid);
	want w = { 1, 0, "initialize" };
	uint64_t us;
	const fp_json *m = round_trip(c, body, &w, &us);
	if (!m)
		return false;
	c->out->initialize_us = lsp_selftest_now_us() - start_us;
	if (!fp_json_get(fp_json_get(m, "result"), "capabilities"))
		return fail(c, "%s: the answer has no capabilities", "initialize");
	return send(c, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
}

/* The diagnostics of a version: one FP1001 for the typo, none for the fix. */
static bool diagnostics_right(const fp_json *m, bool typo)
{
	const fp_json *ds = fp_json_get(fp_json_get(m, "params"), "diagnostics");
	if (!ds || ds->kind != FP_JSON_ARRAY)
		return false;
	return typo ? ds->u.arr.len == 1 && mentions(ds, "FP1001") : ds->u.arr.len == 0;
}

static bool step_open(client *c)
{
	want w = { 0, 1, "didOpen (its diagnostics)" };
	const fp_json *m = round_trip(c, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
				      "{\"textDocument\":{\"uri\":\"" URI "\",\"languageId\":\"fhirpath\","
				      "\"version\":1,\"text\":\"" TEXT_TYPO "\"}}}", &w, &c->out->open_us);
	if (!m)
		return false;
	if (!diagnostics_right(m, true))
		return fail(c, "%s: not the one FP1001 expected", "the diagnostics after didOpen");
	return true;
}

static bool step_edits(client *c)
{
	size_t n = 0;
	bool ok = true;
	for (int64_t v = 2; ok && n < LSP_SELFTEST_ROUNDS; v++, n++) {
		bool typo = v % 2 == 1;
		char body[512];
		snprintf(body, sizeof body, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":"
			 "{\"textDocument\":{\"uri\":\"" URI "\",\"version\":%lld},\"contentChanges\":"
			 "[{\"text\":\"%s\"}]}}", (long long)v, typo ? TEXT_TYPO : TEXT_FIXED);
		want w = { 0, v, "didChange (its diagnostics)" };
		uint64_t us;
		const fp_json *m = round_trip(c, body, &w, &us);
		if (!m)
			return false;
		c->lat[n] = clamp_us(us);
		if (!diagnostics_right(m, typo))
			ok = fail(c, "%s: not what the edit should give", "the diagnostics after didChange");
	}
	c->out->edit = times_of(c->lat, n);
	return ok;
}

/* ROUNDS requests of method at (line 1, character ch); each result must
 * mention needle. The document reads "name.gven" or "name.given" then:
 * both complete after "name." and hover on "name". */
static bool step_requests(client *c, const char *method, int ch, const char *needle,
			  int64_t first_id, lsp_selftest_times *t)
{
	size_t n = 0;
	for (; n < LSP_SELFTEST_ROUNDS; n++) {
		char body[512];
		int64_t id = first_id + (int64_t)n;
		snprintf(body, sizeof body, "{\"jsonrpc\":\"2.0\",\"id\":%lld,\"method\":\"%s\",\"params\":"
			 "{\"textDocument\":{\"uri\":\"" URI "\"},\"position\":{\"line\":1,\"character\":%d}}}",
			 (long long)id, method, ch);
		want w = { id, 0, method };
		uint64_t us;
		const fp_json *m = round_trip(c, body, &w, &us);
		if (!m)
			return false;
		c->lat[n] = clamp_us(us);
		if (!mentions(fp_json_get(m, "result"), needle))
			return fail(c, "%s: the answer lacks what it should hold", method);
	}
	*t = times_of(c->lat, n);
	return true;
}

static bool step_shutdown(client *c)
{
	want w = { 2, 0, "shutdown" };
	const fp_json *m = round_trip(c, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}", &w,
				      &c->out->shutdown_us);
	if (!m)
		return false;
	const fp_json *r = fp_json_get(m, "result");
	if (!r || r->kind != FP_JSON_NULL)
		return fail(c, "%s: the answer is not null", "shutdown");
	return send(c, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
}

bool lsp_selftest_run(int fd, long parent_pid, uint64_t start_us, int timeout_ms, lsp_selftest *out)
{
	memset(out, 0, sizeof *out);
	client c = { .fd = fd, .out = out };
	c.deadline_us = lsp_selftest_now_us() + (uint64_t)timeout_ms * 1000;
	lsp_reader_init(&c.rd, fd, (size_t)16 << 20);
	fp_arena_init(&c.arena);
	c.lat = fp_malloc(LSP_SELFTEST_ROUNDS * sizeof *c.lat);
	if (!c.lat)
		fail(&c, "%s", "out of memory");
	else
		out->ok = step_initialize(&c, parent_pid, start_us) && step_open(&c) && step_edits(&c) &&
			  step_requests(&c, "textDocument/completion", 5, "given", 100, &out->completion) &&
			  step_requests(&c, "textDocument/hover", 1, "HumanName", 1000, &out->hover) &&
			  step_shutdown(&c);
	fp_free(c.lat);
	fp_arena_release(&c.arena);
	lsp_reader_release(&c.rd);
	return out->ok;
}
