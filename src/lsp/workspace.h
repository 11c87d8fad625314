/*
 * lsp/workspace.h - the background scan of the workspace folder.
 *
 * A worker thread does what `fhirpath-ls check ROOT` does, off the loop
 * thread: it walks the folder, collects the definitions of every FHIR
 * JSON/XML file (extensions, profiles, value sets: open documents are
 * checked against them, as `check` does; and every symbol each file
 * declares, for completion, go-to-definition and workspace/symbol), then checks every .fhirpath, JSON and XML file and
 * posts each file's diagnostics back. The loop thread takes the results
 * when the wake-up fd becomes readable; it owns everything it takes.
 *
 * Foreground requests come first: the worker runs at a lower scheduling
 * priority, can be paused (memory pressure) and is cancelled, not
 * finished, when its work is superseded (a rescan after a configuration
 * change abandons the scan under way between two files).
 *
 * Nothing here touches the server's state: the worker sees only its own
 * copies (root, options) and the results queue, under one mutex.
 */
#ifndef FP_LSP_WORKSPACE_H
#define FP_LSP_WORKSPACE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "sources/symbols.h"
#include "store/store.h"

/* One diagnostic of a scanned file, positions already in the client's
 * position encoding (0-based lines and columns). */
typedef struct lsp_wdiag {
	uint32_t l0, c0, l1, c1;
	uint16_t code;
	uint8_t severity;       /* fp_severity */
	char *message;
} lsp_wdiag;

/* A model element a file's expression reads (analysis/uses.h), in byte
 * offsets of the file as it was checked: positions are worked out when
 * asked for (textDocument/references), from the file then. */
typedef struct lsp_wuse {
	const char *element;    /* static model data ("HumanName.given") */
	uint32_t start, end;
} lsp_wuse;

/* A result: a file checked (diags), or a file gone (gone = true). */
typedef struct lsp_wfile {
	char *path;
	lsp_wdiag *diags;
	size_t ndiags;
	lsp_wuse *uses;
	size_t nuses;
	/* the definitions it declares (sources/symbols.h; each string its
	 * own allocation), in byte offsets of the file as it was checked */
	fp_symbol *syms;
	size_t nsyms;
	size_t bytes;           /* what it holds, for fhirpath/resources */
	bool gone;
} lsp_wfile;

void lsp_wfile_free(lsp_wfile *f);

/* What the loop takes from the worker in one go. */
typedef struct lsp_ws_batch {
	lsp_wfile **files;      /* in the order they were checked */
	size_t nfiles;
	/* when not NULL: the workspace's definitions (project/defs.h entries,
	 * sorted), replacing
	 * the previous ones; one allocation each, owned by the taker */
	char **ext_urls;
	size_t next_urls;
	bool have_ext_urls;
	/* progress of the scan under way */
	size_t done, total;
	bool scan_started;      /* a full scan began since the last take */
	bool scan_finished;     /* ... and finished (not cancelled) */
	/* with scan_finished (else NULL): what the folders of the
	 * workspace's files said during that scan, a project/settings.h
	 * cache owned by the taker from now on (lsp_ws_batch_release frees
	 * it unless the taker set this to NULL) */
	struct fp_settings *settings;
} lsp_ws_batch;

typedef struct lsp_ws lsp_ws;

/* Start the worker on root (a folder): each file is checked in FHIR
 * version v when `given` (the editor's setting), else in the one the
 * folders around it name (project/settings.h), else v; positions in
 * UTF-8 bytes when utf8, else UTF-16 units. A full scan begins at once.
 * Files over max_file bytes get one FP9003. NULL when the thread or its
 * pipe cannot be created (the server works without it). */
lsp_ws *lsp_ws_start(const char *root, fp_fhir_version v, bool given, bool utf8, size_t max_file,
		     const char *cache_dir, bool no_cache);

/* The fd that becomes readable when results are waiting (for poll). */
int lsp_ws_fd(const lsp_ws *w);

/* Take every result posted since the last call into *b (zeroed first);
 * free it with lsp_ws_batch_release. Drains the wake-up fd. */
void lsp_ws_take(lsp_ws *w, lsp_ws_batch *b);
void lsp_ws_batch_release(lsp_ws_batch *b);

/* Abandon the scan under way (if any) and start a full one with FHIR
 * version v (given: as for lsp_ws_start); what the folders said is read
 * again. */
void lsp_ws_rescan(lsp_ws *w, fp_fhir_version v, bool given);

/* Check one file again (it changed, appeared or was deleted on disk);
 * a path outside the root is ignored: its '.' and '..' resolved and its
 * real path (links followed) compared (fp_path_within). */
void lsp_ws_recheck(lsp_ws *w, const char *path);

/* Pause (true) or resume the worker; a paused worker stops between two
 * files and holds no more memory than it has. */
void lsp_ws_pause(lsp_ws *w, bool paused);

/* The loop is answering requests: the worker waits between two files
 * until ms milliseconds from now (at most 2 s in a row), so that a burst
 * of typing gets both cores. */
void lsp_ws_busy(lsp_ws *w, unsigned ms);

/* Cancel what is under way, join the thread, free everything. */
void lsp_ws_stop(lsp_ws *w);

/* The cache as the worker last used it (for health): whether it is in
 * its file, and its circuit breaker (store/store.h). False (nothing
 * set) before the worker opened a store, or with --no-cache. */
bool lsp_ws_cache_state(const lsp_ws *w, bool *persistent, fp_breaker_state *breaker,
			unsigned *failures);

/* Files known to the scan so far (for health). */
size_t lsp_ws_files(const lsp_ws *w);

#endif
