/*
 * lsp/internal.h - what the server's files share: the server and document
 * state, the JSON writer helpers, and the feature handlers.
 */
#ifndef FP_LSP_INTERNAL_H
#define FP_LSP_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/types.h"
#include "json/read.h"
#include "json/write.h"
#include "lsp/server.h"
#include "lsp/transport.h"
#include "sources/config.h"
#include "sources/fhir_json.h"
#include "sources/pipeline.h"
#include "util/arena.h"
#include "util/lines.h"

typedef struct lsp_doc {
	char *uri;
	char *text;
	size_t len;
	int64_t version;
	bool is_json;           /* a FHIR resource, else a .fhirpath text */
	bool dirty;             /* diagnostics not yet published */
	uint64_t used;          /* when it was last analysed or asked about */
	/* the analysis of the current version, rebuilt when stale */
	bool analysed;
	fp_arena arena;
	fp_diags diags;
	fp_lines lines;
	fp_fpfile file;
	fp_fhir_file fhir;
} lsp_doc;

enum { LSP_STARTING, LSP_RUNNING, LSP_SHUTTING_DOWN, LSP_STOPPED };

#define LSP_NMETHODS 48
#define LSP_LATENCY_RING 256

typedef struct lsp_method_stats {
	uint64_t count, errors;
	uint32_t lat_us[LSP_LATENCY_RING];  /* recent latencies */
} lsp_method_stats;

typedef struct lsp_server {
	lsp_options opt;
	lsp_reader rd;
	int state;
	bool got_initialize;
	bool got_shutdown;
	bool exit_now;
	bool utf8;              /* positionEncoding utf-8, else utf-16 */
	long parent_pid;
	fp_check_options check;
	fp_config config;       /* the workspace's .fhirpath-ls.json */
	char root[2048];        /* the workspace folder, "" when none */
	char pending_message[512];  /* a window/showMessage to send */
	lsp_doc **docs;
	size_t ndocs, capdocs;
	lsp_doc **index;        /* hash index by URI (index_cap slots) */
	size_t index_cap;
	size_t ndirty;          /* documents with diagnostics to publish */
	size_t nanalysed;       /* documents holding an analysis */
	uint64_t tick;
	uint64_t started_ms;
	lsp_method_stats stats[LSP_NMETHODS];
	uint64_t requests, notifications, errors, parse_errors;
	char last_error[256];
	/* the response being written */
	fp_buf out;
	fp_jw w;
} lsp_server;

/* A request's context for handlers. */
typedef struct lsp_req {
	lsp_server *s;
	const fp_json *id;      /* NULL for notifications */
	const fp_json *params;
	fp_arena *arena;        /* freed after the request */
	int err_code;           /* set by lsp_fail */
	char err_msg[256];
} lsp_req;

/* Handlers write their result with s->w (one JSON value) and return
 * true, or call lsp_fail and return false. */
bool lsp_fail(lsp_req *r, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Documents */
lsp_doc *lsp_doc_find(lsp_server *s, const char *uri);
/* Analyse the document if its analysis is stale; false when out of memory. */
bool lsp_doc_analyse(lsp_server *s, lsp_doc *d);
/* LSP position <-> byte offset in the document. */
size_t lsp_offset(lsp_server *s, lsp_doc *d, const fp_json *position);
void lsp_write_position(lsp_server *s, lsp_doc *d, size_t off);
void lsp_write_range(lsp_server *s, lsp_doc *d, size_t start, size_t end);

/* JSON helpers */
const fp_json *lsp_get(const fp_json *obj, const char *path);  /* "a.b.c" */
const char *lsp_str(const fp_json *obj, const char *path);

/* Features (features.c) */
bool lsp_hover(lsp_req *r);
bool lsp_completion(lsp_req *r);
bool lsp_formatting(lsp_req *r);
bool lsp_document_symbol(lsp_req *r);
bool lsp_semantic_tokens(lsp_req *r);
bool lsp_signature_help(lsp_req *r);
bool lsp_code_action(lsp_req *r);
bool lsp_definition(lsp_req *r);
bool lsp_references(lsp_req *r);
bool lsp_document_highlight(lsp_req *r);
bool lsp_rename(lsp_req *r);
bool lsp_folding_range(lsp_req *r);
bool lsp_selection_range(lsp_req *r);
bool lsp_workspace_symbol(lsp_req *r);
void lsp_write_semantic_legend(fp_jw *w);

#endif
