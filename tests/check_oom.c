/*
 * tests/check_oom.c - allocation failure loops (FP_OOM=1, run by
 * `make asan`): for each syntax case and each corpus file, fail allocation
 * N = 1, 2, 3, ... until a run needs no failure. Each failed run must end
 * as an error value (NULL / false), never a crash; LeakSanitizer checks
 * that nothing leaked when the runner exits.
 *
 * `serve` has its loop too: whole sessions replayed in memory
 * (lsp_serve_buffer), failing the Nth allocation, so every handler, the
 * document store, the analysis cache and the output path meet a failed
 * allocation in turn; a didClose whose map update fails once freed the
 * document but left it reachable (a use after free, found by the soak's
 * author) and is in the first session.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"
#include "runner.h"
#include "project/pipeline.h"
#include "sources/fpfile.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "util/buf.h"
#include "lsp/server.h"
#include "runtime/runtime.h"

#include <fcntl.h>
#include <unistd.h>

/* One attempt; true when it completed without an injected failure. */
static bool attempt(const char *text, size_t len, bool file, long fail_at)
{
	fp_arena_drop_spare();  /* every attempt allocates the same way */
	fp_alloc_fail_at(fail_at);
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	bool ok;
	if (file) {
		fp_fpfile f;
		ok = fp_fpfile_parse(text, len, &a, &d, &f);
	} else {
		ok = fp_parse_text(text, len, &a, &d) != NULL && !d.failed;
	}
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	fp_diags_release(&d);
	fp_arena_release(&a);
	/* completed, and no allocation at or past fail_at was attempted */
	return ok && used < fail_at;
}

static void loop(const char *name, const char *text, size_t len, bool file)
{
	long n = 1;
	for (; n < 100000; n++) {
		if (attempt(text, len, file, n))
			break;
	}
	rt_result(name, n < 100000, "did not finish within 100000 failure points");
}

/* ---- serve --------------------------------------------------------------- */

/* Frame each message of msgs (NULL-terminated) as a client would. */
static void frame_all(const char *const *msgs, fp_buf *out)
{
	for (size_t i = 0; msgs[i]; i++)
		fp_buf_printf(out, "Content-Length: %zu\r\n\r\n%s", strlen(msgs[i]), msgs[i]);
}

static const char *const session_docs[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"// @context Patient\\nname.given.where(use = 'x')\\nbirthdate\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/b.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"name\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":{\"line\":2,\"character\":0},\"end\":{\"line\":2,\"character\":9}},\"text\":\"birthDate\"}]}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":6}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":5}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"$/cancelRequest\",\"params\":{\"id\":4}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":6}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"fhirpath/health\"}",
	"{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}",
	NULL,
};

static const char *const session_json[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\",\"languageId\":\"json\",\"version\":1,\"text\":\"{\\\"resourceType\\\":\\\"StructureDefinition\\\",\\\"type\\\":\\\"Patient\\\",\\\"snapshot\\\":{\\\"element\\\":[{\\\"path\\\":\\\"Patient\\\",\\\"constraint\\\":[{\\\"key\\\":\\\"p-1\\\",\\\"expression\\\":\\\"name.exists() or birthdate.exists()\\\"}]}]}}\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/semanticTokens/full\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/sd.json\"},\"range\":{\"start\":{\"line\":0,\"character\":0},\"end\":{\"line\":0,\"character\":400}},\"context\":{\"diagnostics\":[]}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"fhirpath/resources\"}",
	NULL,
};

/* One session with the Nth allocation failing; true when it completed
 * without reaching it. */
static bool serve_attempt(const fp_buf *in, int out_fd, long fail_at)
{
	fp_arena_drop_spare();
	fp_alloc_fail_at(fail_at);
	lsp_serve_buffer(in->data, in->len, out_fd);
	long used = fp_alloc_count();
	fp_alloc_fail_at(0);
	return used < fail_at;
}

static void serve_loop(const char *name, const char *const *msgs)
{
	if (!rt_selected(name))
		return;
	fp_buf in;
	fp_buf_init(&in);
	frame_all(msgs, &in);
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	fp_log_open(NULL, (fp_log_level)0);     /* failures would log */
	long n = 1;
	for (; n < 200000 && fd >= 0 && !in.failed; n++) {
		if (serve_attempt(&in, fd, n))
			break;
	}
	fp_log_close();
	fp_log_open(NULL, FP_LOG_WARN);
	if (fd >= 0)
		close(fd);
	fp_buf_release(&in);
	if (getenv("FP_OOM_VERBOSE"))
		fprintf(stderr, "%s: %ld failure points\n", name, n);
	rt_result(name, n < 200000, "did not finish within 200000 failure points");
}

/* The workspace's definitions of an open Bundle: completion of a value
 * set URL, go-to-definition of a profile URL, workspace/symbol. */
static const char *const session_defs[] = {
	"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"capabilities\":{}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/defs.json\",\"languageId\":\"json\",\"version\":1,\"text\":\"{\\\"resourceType\\\": \\\"Bundle\\\", \\\"entry\\\": [{\\\"resource\\\": {\\\"resourceType\\\": \\\"StructureDefinition\\\", \\\"url\\\": \\\"http://example.org/fhir/StructureDefinition/p\\\", \\\"name\\\": \\\"P\\\", \\\"type\\\": \\\"Patient\\\", \\\"derivation\\\": \\\"constraint\\\"}}, {\\\"resource\\\": {\\\"resourceType\\\": \\\"ValueSet\\\", \\\"url\\\": \\\"http://example.org/fhir/ValueSet/v\\\", \\\"name\\\": \\\"V\\\"}}]}\"}}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\",\"languageId\":\"fhirpath\",\"version\":1,\"text\":\"// @context Patient\\nconformsTo('http://example.org/fhir/StructureDefinition/p')\\nmaritalStatus.memberOf('')\\n\"}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":2,\"character\":24}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/definition\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/a.fhirpath\"},\"position\":{\"line\":1,\"character\":20}}}",
	"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"workspace/symbol\",\"params\":{\"query\":\"P\"}}",
	"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didClose\",\"params\":{\"textDocument\":{\"uri\":\"file:///w/defs.json\"}}}",
	NULL,
};

void run_oom(void)
{
	serve_loop("oom/serve: documents, edits, requests, close, cancel", session_docs);
	serve_loop("oom/serve: a StructureDefinition in JSON", session_json);
	serve_loop("oom/serve: workspace definitions", session_defs);
	char **files = rt_list("tests/syntax", ".txt");
	for (size_t f = 0; files && files[f]; f++) {
		tcases cs;
		if (!tcases_load(files[f], &cs))
			continue;
		for (size_t i = 0; i < cs.n; i++) {
			char name[400];
			snprintf(name, sizeof name, "oom/%s: %s", files[f], cs.v[i].name);
			if (rt_selected(name))
				loop(name, cs.v[i].input, strlen(cs.v[i].input), false);
		}
		tcases_free(&cs);
	}
	rt_free_list(files);
	static const char *const dirs[] = { "corpus/clean", "corpus/mistakes" };
	for (size_t k = 0; k < 2; k++) {
		char **list = rt_list(dirs[k], ".fhirpath");
		for (size_t i = 0; list && list[i]; i++) {
			char name[400];
			snprintf(name, sizeof name, "oom/%s", list[i]);
			if (!rt_selected(name))
				continue;
			size_t len;
			char *text = rt_read(list[i], &len);
			if (text)
				loop(name, text, len, true);
			fp_free(text);
		}
		rt_free_list(list);
	}
}
