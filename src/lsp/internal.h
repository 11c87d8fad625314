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
#include "project/env.h"
#include "project/pipeline.h"
#include "project/settings.h"
#include "util/arena.h"
#include "util/lines.h"
#include "util/strmap.h"
#include "util/str.h"

typedef struct lsp_doc {
	char *uri;
	char *path;             /* the file, for file: URIs (decoded), else NULL */
	char *text;
	size_t len;
	size_t cap;             /* bytes allocated for text (edits are made in place) */
	int64_t version;
	fp_text_kind kind;      /* .fhirpath text, FHIR JSON or FHIR XML */
	bool is_json;           /* a FHIR resource (JSON or XML), else .fhirpath */
	/* what its folders say (lsp_doc_version, lsp_doc_config), as of
	 * settings generation folders_gen (0: not looked up) */
	uint64_t folders_gen;
	fp_fhir_version folders_version;
	bool folders_say;
	const fp_config *folders_config;
	bool dirty;             /* diagnostics not yet published */
	bool unpush;            /* pulled, but its file's findings were pushed: clear them */
	uint64_t used;          /* when it was last analysed or asked about */
	/* the analysis of the current version, rebuilt when stale */
	bool analysed;
	fp_arena arena;
	fp_diags diags;
	fp_lines lines;
	fp_fpfile file;
	fp_fhir_file fhir;
	/* an edit inside one expression string may update the analysis in
	 * place (incr.c): it was not cut short by its time budget; the
	 * arena's size after the full analysis */
	bool incr_ok;
	size_t arena_base;
	bool edited;            /* changed since didOpen (symbols are then built lazily) */
	/* the analysis before an edit that changed the structure, kept until
	 * the next analysis takes the results of its unchanged expressions
	 * by key (fp_check_options.reuse) */
	bool has_prev;
	fp_arena prev_arena;
	fp_fhir_file prev_fhir;
	/* the workspace symbols of the current text (symbols.c): built by
	 * its first analysis, kept when the analysis is evicted, dropped
	 * when the text changes */
	struct lsp_symbols *syms;
	/* the last semantic tokens result sent, for delta requests
	 * (tokens.c; kept for the LSP_KEEP_TOKENS documents asked last) */
	uint32_t *tok_data;     /* fp_malloc'd, NULL when none */
	size_t tok_len;
	char tok_id[48];        /* its resultId */
	uint64_t tok_used;
} lsp_doc;

/* ORDER STATE: lsp_state_names[] in health.c */
enum { LSP_STARTING, LSP_RUNNING, LSP_DEGRADED, LSP_SHUTTING_DOWN, LSP_STOPPED };
extern const char *const lsp_state_names[];

#define LSP_NMETHODS 48
#define LSP_KEEP_ANALYSED 64    /* analyses kept while running */
#define LSP_LATENCY_RING 256

typedef struct lsp_method_stats {
	uint64_t count, errors;
	uint32_t lat_us[LSP_LATENCY_RING];  /* recent latencies */
	uint64_t log_window_ms;         /* failure log rate limit */
	uint32_t logged, suppressed;
} lsp_method_stats;

typedef struct lsp_server {
	lsp_options opt;
	lsp_reader rd;
	int state;
	bool got_initialize;
	bool got_shutdown;
	bool exit_now;
	bool utf8;              /* positionEncoding utf-8, else utf-16 */
	int trace;              /* 0 off, 1 messages, 2 verbose ($/setTrace) */
	long parent_pid;
	fp_check_options check;
	/* check.version was set by the editor (initializationOptions or
	 * didChangeConfiguration): it holds for every document; otherwise
	 * each document's folders say (project/settings.h), as for check */
	bool version_given;
	struct fp_settings *settings;   /* what the folders said; NULL until used */
	uint64_t settings_gen;  /* bumped when settings is cleared (from 1) */
	/* what the workspace root's folders say, as of settings generation
	 * root_gen (0: not looked up): every document that finds nothing
	 * around its own file falls back to it */
	uint64_t root_gen;
	fp_settings_found root_says;
	fp_config config;       /* the workspace's .fhirpath-ls.json */
	char root[2048];        /* the workspace folder, "" when none */
	char pending_message[512];  /* a window/showMessage to send */
	int pending_type;       /* its MessageType: 1 error .. 4 log */
	bool multiline_tokens;  /* the client takes multi-line semantic tokens */
	bool related_info;      /* the client shows diagnostics' relatedInformation */
	bool resolve_detail;    /* the client resolves completion detail lazily */
	bool inlay_hints;       /* inlay hints are on (off by default) */
	uint64_t tok_seq;       /* semantic tokens results sent */
	size_t ntok_kept;       /* documents holding a tokens result */
	lsp_doc **docs;
	size_t ndocs, capdocs;
	fp_strmap docmap;       /* URI -> document */
	fp_strmap docpaths;     /* decoded file path -> document */
	size_t keep_analysed;   /* analyses kept (LRU); fewer when degraded */
	/* what the client can do */
	/* Diagnostics reach a document one way only. client_pull: it
	 * pulls those of open documents (textDocument.diagnostic), which
	 * are then never pushed. ws_pull: it pulls those of files on disk
	 * too (it declared workspace.diagnostics, or sent a
	 * workspace/diagnostic); until then they are pushed. */
	bool client_pull;
	bool ws_pull;
	bool client_refresh;    /* workspace/diagnostic/refresh */
	bool client_watch;      /* registers didChangeWatchedFiles dynamically */
	bool refresh_due;       /* open documents changed by the server's doing */
	bool unpush_due;        /* ws_pull came late: clear what was pushed */
	bool client_progress;   /* window.workDoneProgress */
	bool client_inlay_refresh;
	/* the background scan of the workspace folder (scan.c) */
	struct lsp_ws *ws;
	fp_strmap wsfiles;      /* path -> lsp_wfile, the latest result each */
	size_t ws_bytes;        /* the sum of their bytes */
	char **ext_urls;        /* the workspace's extension URLs (sorted) */
	size_t next_urls;
	bool scanning;
	bool scan_waiting;      /* for the client to accept the progress token */
	size_t scan_done, scan_total;
	uint64_t scan_started_ms, progress_ms;
	int progress;           /* 0 none, 1 token asked for, 2 token ready, 3 begun */
	uint64_t next_request_id;   /* ids of our requests to the client */
	uint64_t progress_request;  /* the window/workDoneProgress/create id */
	/* memory watch */
	uint64_t mem_checked_ms;
	/* $/cancelRequest ids seen in the batch being handled ("n:1", "s:x") */
	fp_strmap cancelled;
	uint64_t cancels_honoured;
	size_t ndirty;          /* documents with diagnostics to publish */
	size_t nanalysed;       /* documents holding an analysis */
	uint64_t analyses;      /* analyses run (a cache miss each) */
	uint64_t incr_updates;  /* edits applied to an analysis in place (incr.c) */
	uint64_t reused;        /* expressions whose results an earlier analysis gave */
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

/* Messages to the client (server.c). lsp_msg_begin starts a JSON-RPC
 * object in s->out ({"jsonrpc":"2.0", ...); the caller writes its
 * members with s->w and closes it, then lsp_msg_send frames and writes
 * it (a write failure means the client is gone: the loop then exits). */
void lsp_msg_begin(lsp_server *s);
void lsp_msg_send(lsp_server *s);
/* A notification or a request of ours (id from next_request_id, returned)
 * with params written by the caller between _begin and lsp_msg_end. */
void lsp_notify_begin(lsp_server *s, const char *method);

/* The log for the client (logq.c): installed, fp_log() lines without a
 * --log file are queued (any thread) and sent as window/logMessage by
 * lsp_logq_send (the loop, once initialized). */
void lsp_logq_install(void);
void lsp_logq_remove(void);
void lsp_logq_send(lsp_server *s);
/* One window/logMessage (type 1 error, 2 warning, 3 information, 4 log). */
void lsp_log_message(lsp_server *s, int type, const char *message);
uint64_t lsp_request_begin(lsp_server *s, const char *method);
void lsp_msg_end(lsp_server *s);        /* closes params and the message, sends */
/* A request of ours without params (refresh requests). */
uint64_t lsp_request_send(lsp_server *s, const char *method);
/* window/showMessage of type (1 error, 2 warning, 3 info). */
void lsp_show_message(lsp_server *s, int type, const char *text);
/* A diagnostic object's fields: code, severity (the analysis already
 * applied the file's .fhirpath-ls.json), message. */
void lsp_write_diag_fields(lsp_server *s, int code, int severity, const char *message);
/* textDocument/publishDiagnostics for uri: an open document's (with its
 * version), a scanned file's (f), or an empty list that clears them in
 * the editor when both are NULL. */
struct lsp_wfile;
void lsp_publish(lsp_server *s, const char *uri, lsp_doc *d, const struct lsp_wfile *f);
/* A scanned file's diagnostics as an LSP array (scan.c). */
void lsp_write_wdiags(lsp_server *s, const struct lsp_wfile *f);
/* Analyse every open document again and publish it (settings changed). */
void lsp_all_stale(lsp_server *s);
/* Drop cached analyses until at most keep remain (least recently used
 * first); `keep_doc` is never dropped. */
void lsp_evict(lsp_server *s, const lsp_doc *keep_doc);

/* Before sleeping: when a client turned out to pull the diagnostics of
 * files on disk, clear those that were pushed to it. */
void lsp_scan_unpush(lsp_server *s);

/* Workspace scan, loop side (scan.c) */
/* Start the scan of s->root (if any and not switched off). */
void lsp_scan_start(lsp_server *s);
/* Take and apply what the worker posted (publish, progress, extensions). */
void lsp_scan_take(lsp_server *s);
/* Timers: start the scan when the client never answered about progress. */
void lsp_scan_tick(lsp_server *s);
/* Settings changed: abandon the scan and start again. */
void lsp_scan_restart(lsp_server *s);
/* A file changed on disk (saved, created, deleted, closed in the editor). */
void lsp_scan_file_changed(lsp_server *s, const char *uri);
/* A document closed: show its file's scanned diagnostics again. */
void lsp_scan_doc_closed(lsp_server *s, const char *path);
/* A response from the client to one of our requests. */
void lsp_scan_response(lsp_server *s, const fp_json *id, bool ok);
void lsp_scan_stop(lsp_server *s);
bool lsp_workspace_diagnostic(lsp_req *r);
/* file: URI <-> path (percent-decoding and -encoding); NULL when the URI
 * is not a file: URI or out of memory. Caller frees. */
char *lsp_uri_to_path(const char *uri);
char *lsp_path_to_uri(const char *path);

/* Health and resources (health.c) */
bool lsp_health(lsp_req *r);
bool lsp_resources(lsp_req *r);
/* Bytes the server holds: documents, analyses, workspace results,
 * message buffers. */
size_t lsp_held_bytes(const lsp_server *s);
/* Look at memory held against --max-memory: enter or leave degraded. */
void lsp_watch_memory(lsp_server *s);
/* The name of method table row i (its stats are s->stats[i]), NULL past
 * the end. */
const char *lsp_method_name(size_t i);

/* Handlers write their result with s->w (one JSON value) and return
 * true, or call lsp_fail and return false. */
bool lsp_fail(lsp_req *r, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Documents */
lsp_doc *lsp_doc_find(lsp_server *s, const char *uri);
/* The FHIR version d is checked in: the editor's setting, else what the
 * folders around its file say, else what the workspace root's say (a
 * document with no file on disk), else R4. */
fp_fhir_version lsp_doc_version(lsp_server *s, lsp_doc *d);

/* The .fhirpath-ls.json whose severities d's findings get: the nearest
 * around its file (project/settings.h), else the workspace root's for a
 * document with no file; NULL when none (or a malformed one). */
const fp_config *lsp_doc_config(lsp_server *s, lsp_doc *d);

/* Take `read` (a project/settings.h cache the finished workspace scan
 * filled: it read the folders of every file in the workspace) as what
 * the folders say, dropping the server's own: opening a document then
 * reads nothing from disk but its own existence. NULL: nothing. Any
 * change to a project file since that scan began restarted it, so both
 * caches say the same. */
void lsp_adopt_settings(lsp_server *s, struct fp_settings *read);

/* Incremental analysis (incr.c). lsp_incr_site: may the edit that
 * replaces d->text[a..b) by ins[0..n) update d's analysis in place? The
 * index of the record whose string holds it, else -1 (then the analysis
 * must be dropped). Call it before the text changes. lsp_incr_apply:
 * after the text changed (removed bytes at a replaced by n), update the
 * analysis of record `site`'s string, the line table and the findings;
 * false when that failed (drop the analysis). */
long lsp_incr_site(lsp_server *s, lsp_doc *d, size_t a, size_t b, const char *ins, size_t n);
bool lsp_incr_apply(lsp_server *s, lsp_doc *d, size_t site, size_t a, size_t removed, size_t n);

/* Analyse the document if its analysis is stale; false when out of memory. */
bool lsp_doc_analyse(lsp_server *s, lsp_doc *d);
/* After severities: d's inline suppressions and its .fhirpath-ls.json
 * ignore entries (project/ignore.h), as `check` applies them. False when
 * out of memory. */
bool lsp_doc_ignores(lsp_doc *d, const fp_check_options *opt);
/* LSP position <-> byte offset in the document. */
size_t lsp_offset(lsp_server *s, lsp_doc *d, const fp_json *position);
void lsp_write_position(lsp_server *s, lsp_doc *d, size_t off);
/* The same for offset off of the text whose line table is lt. */
void lsp_write_lines_position(lsp_server *s, const fp_lines *lt, size_t off);
/* {"line": line, "character": col}, after "key": when key is not NULL. */
void lsp_write_linecol(fp_jw *w, const char *key, size_t line, size_t col);
void lsp_write_range(lsp_server *s, lsp_doc *d, size_t start, size_t end);

/* JSON helpers */
const fp_json *lsp_get(const fp_json *obj, const char *path);  /* "a.b.c" */
const char *lsp_str(const fp_json *obj, const char *path);

/* ---- shared by the features (locate.c) ---- */

/* The expression at a position. */
typedef struct lsp_at {
	const fp_fexpr *x;      /* the expression */
	const char *text;       /* its text (the document, or a decoded string) */
	size_t len;
	size_t off;             /* the cursor, in `text` */
	const fp_embedded *emb; /* a resource: its site, for mapping back */
} lsp_at;

/* The request's document (textDocument.uri), analysed; NULL with the
 * request's error set when it is not open or cannot be analysed. */
lsp_doc *lsp_req_doc(lsp_req *r);

/* The request's params.range in d as byte offsets, start <= end (a range
 * given backwards is turned round). False, with the request's error set
 * (naming what), when there is no range. */
bool lsp_req_range(lsp_req *r, lsp_doc *d, const char *what, size_t *start, size_t *end);

/* The expression of d that holds byte offset off, into *out. False when
 * there is none there, it did not parse, or d cannot be analysed. */
bool lsp_locate(lsp_server *s, lsp_doc *d, size_t off, lsp_at *out);

/* Make sure expression i of d (analysed) has its tree: one whose results
 * an earlier analysis gave (fp_embedded.reused) is parsed now, in the
 * document's arena. */
void lsp_doc_tree(lsp_doc *d, size_t i);

/* An offset in a->text back to a document offset (through the escapes of
 * a JSON string or the references of an XML attribute). */
size_t lsp_doc_offset(lsp_doc *d, const lsp_at *a, size_t off);

/* The type of every node of a->x (read them with fp_typemap_get()): the
 * table its analysis kept, so hover and the rest see the types behind
 * the diagnostics. An expression the time budget left unanalysed is
 * analysed now, in the document's environment, into arena. NULL (all
 * types any) when out of memory. */
const fp_typemap *lsp_types_of(lsp_server *s, const lsp_at *a, fp_arena *arena);

/* The innermost node of n whose range holds off (NULL when none); *parent
 * (set it to NULL first) gets that node's parent. */
const fp_node *lsp_node_at(const fp_node *n, size_t off, const fp_node **parent);

/* Is target inside the arguments of some call below n? */
bool lsp_in_arguments(const fp_node *n, const fp_node *target);

/* One TextEdit {range, newText} (newText n bytes) into s->w. */
void lsp_write_text_edit(lsp_server *s, lsp_doc *d, size_t start, size_t end,
			 const char *text, size_t n);

/* Expression i (< lsp_doc_nexprs(d)) of an analysed document: its record,
 * text (decoded for JSON strings), length and what it belongs to (its
 * context or origin, or NULL). */
const fp_fexpr *lsp_doc_expr(const lsp_doc *d, size_t i, const char **text, size_t *len,
			     const char **detail);
size_t lsp_doc_nexprs(const lsp_doc *d);

/* An expression as a one-line label of at most 80 bytes ("..." when cut). */
void lsp_expr_label(const char *text, size_t len, char out[90]);

/* Does name hold the letters of prefix in order, case-insensitively? */
bool lsp_fuzzy(fp_str prefix, const char *name);

/* How well query matches name: < 0 when name does not hold the query's
 * characters in order (case-insensitively), else a score that is higher
 * for the query as one piece, for runs of consecutive characters, for
 * matches at word starts and for an early first match. */
int lsp_fuzzy_score(fp_str query, const char *name, size_t nlen);

/* Markdown for a function (signature in a fhirpath block, its doc) and
 * for an element ("`HumanName.given` 0..*", its binding, modifier); both
 * appended to b (hover.c; hover and completionItem/resolve). */
struct fp_function;
void lsp_function_markdown(const struct fp_function *f, fp_buf *b);
void lsp_element_markdown(const fp_element *e, fp_buf *b);

/* ---- the workspace's definitions (defs.c) ---- */

/* A definition the workspace declares (sources/symbols.h): in an open
 * document (d, as edited) or in a file that is not open (f, as the scan
 * last saw it). */
typedef struct lsp_def {
	const fp_symbol *y;
	lsp_doc *d;
	const uint32_t *pos;            /* with d: its range as LSP positions */
	const struct lsp_wfile *f;
} lsp_def;

/* Every definition of the workspace: the open documents' first (as
 * their symbols keep them: a document without symbols is analysed, which
 * may evict other analyses, never those symbols), then those of the
 * other scanned files in path order. In arena; the count goes to *n (0
 * and NULL when none or out of memory). Valid until the documents or
 * the scan's results change. */
lsp_def *lsp_defs(lsp_server *s, fp_arena *arena, size_t *n);

/* Where definitions are, as LSP ranges: a file not open is read once for
 * as many of its definitions as follow each other. */
typedef struct lsp_defs_place {
	const struct lsp_wfile *f;      /* the file read, or NULL */
	char *data;
	size_t len;
	char *uri;
	fp_lines lt;
	bool have_lines;
} lsp_defs_place;

/* x's declaration: its document's URI (valid until p is released or
 * reads another file) and range (line, column, line, column). False
 * when its file cannot be read or has shrunk since. */
bool lsp_def_place(lsp_server *s, lsp_defs_place *p, const lsp_def *x, const char **uri,
		   uint32_t range[4]);
void lsp_defs_place_release(lsp_defs_place *p);

/* A Location {uri, range} into s->w. */
void lsp_write_location_at(lsp_server *s, const char *uri, const uint32_t range[4]);

/* ---- the features: one file each ---- */
bool lsp_hover(lsp_req *r);                     /* hover.c */
bool lsp_completion(lsp_req *r);
/* Format what completion keeps for the whole process (after initialize,
 * while the client is still opening documents), so that the first
 * completion does not pay for it. */
void lsp_completion_warm(void);                /* completion.c */
bool lsp_completion_resolve(lsp_req *r);
bool lsp_signature_help(lsp_req *r);            /* signature.c */
bool lsp_formatting(lsp_req *r);                /* format.c */
bool lsp_document_symbol(lsp_req *r);           /* symbols.c */
bool lsp_workspace_symbol(lsp_req *r);
/* Build d's workspace symbols from its analysis, unless it has them
 * (lsp_doc_analyse calls it); out of memory leaves them out. */
void lsp_symbols_build(lsp_server *s, lsp_doc *d);
/* Drop them: d's text changed, or it closes. */
void lsp_symbols_forget(lsp_doc *d);
/* The definitions d declares (a FHIR resource's, sources/symbols.h), as
 * its symbols keep them: their count, the list into *defs and each one's
 * range as LSP positions (line, column, line, column) into *pos; 0 when
 * it has no symbols. */
size_t lsp_symbols_defs(const lsp_doc *d, const fp_symbol **defs, const uint32_t (**pos)[4]);

bool lsp_semantic_tokens(lsp_req *r);           /* tokens.c: full */
bool lsp_semantic_tokens_delta(lsp_req *r);     /* full/delta */
bool lsp_semantic_tokens_range(lsp_req *r);     /* range */
void lsp_write_semantic_legend(fp_jw *w);
/* Free the tokens result kept for d (when it closes). */
void lsp_tokens_forget(lsp_server *s, lsp_doc *d);
bool lsp_code_action(lsp_req *r);               /* actions.c */
bool lsp_definition(lsp_req *r);                /* navigate.c */
bool lsp_references(lsp_req *r);
bool lsp_document_highlight(lsp_req *r);
bool lsp_rename(lsp_req *r);
bool lsp_inlay_hint(lsp_req *r);                /* inlay.c */
bool lsp_folding_range(lsp_req *r);             /* ranges.c */
bool lsp_selection_range(lsp_req *r);

#endif
