/*
 * tests/soak.h - the soak test's session state, shared by its three files:
 * check_soak.c runs the session (the server process, the checkpoints, the
 * verdict), soak_send.c writes what is sent, soak_answers.c checks what
 * comes back. check_soak.c says what the test does.
 */
#ifndef FP_TESTS_SOAK_H
#define FP_TESTS_SOAK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#include "json/read.h"
#include "json/write.h"
#include "util/arena.h"
#include "util/buf.h"

#define SOAK_RING 1024          /* slots for requests in flight (> the window + a checkpoint) */
#define SOAK_MAX_DOCS 96
#define SOAK_CAPS 64            /* answers captured at a checkpoint */
#define SOAK_MAX_FAIL 12        /* failure lines kept */

/* The requests the session sends. */
typedef enum {
	Q_HOVER, Q_COMPLETION, Q_SIGNATURE, Q_TOKENS, Q_DOCSYM, Q_WSSYM, Q_FORMAT, Q_ACTION,
	Q_DEFINITION, Q_REFERENCES, Q_HIGHLIGHT, Q_RENAME, Q_FOLDING, Q_SELECTION, Q_DIAGNOSTIC,
	Q_HEALTH, Q_RESOURCES, Q_UNKNOWN, Q_REINIT, Q_NOTIFY_AS_REQUEST,
	Q_INITIALIZE, Q_SHUTDOWN,       /* the lifecycle: not drawn */
	NQ
} qkind;

/* One row per request kind: the method, its weight in the mix (per
 * 1,000 draws), whether it names a document, and whether the server's
 * handler runs for it (so fhirpath/health counts it under the method). */
typedef struct qrow {
	const char *method;
	int weight;
	bool on_doc, counted;
} qrow;

extern const qrow soak_requests[NQ];

enum { X_RESULT, X_ERROR, X_EITHER };   /* what an answer may be */

enum {
	E_INVALID_REQUEST = -32600, E_NOT_FOUND = -32601, E_INVALID_PARAMS = -32602,
	E_CANCELLED = -32800, E_REQUEST_FAILED = -32803,
};

/* A request in flight. */
typedef struct pend {
	int64_t id;             /* 0: the slot is free */
	qkind kind;
	int expect;             /* X_* */
	int err_code;           /* the error X_ERROR and X_EITHER allow */
	bool strid;             /* the id was sent as "s<id>" */
	bool cancelled;
	bool nonempty;          /* aimed at a known place: must not be empty */
	int doc;                /* index in docs[]; -1: none */
	int npos;               /* selectionRange: positions sent */
	bool has_pos;           /* the (first) position is in the text: */
	int64_t line, col;      /* that position */
	int ndocs_open;         /* documents open when it was sent */
	uint64_t open_bits[(SOAK_MAX_DOCS + 63) / 64];  /* which */
	int cap;                /* capture the result into caps[cap]; -1: no */
	char *snap;             /* the document's text when it was sent */
	size_t snaplen;
} pend;

typedef enum { K_FHIRPATH, K_JSON, K_XML } dkind;

/* A document as the server must have it. */
typedef struct sdoc {
	char uri[96];
	dkind kind;
	bool churn;             /* opened and closed during the run */
	bool bulk;              /* one of many small ones, never edited */
	char *texts[2];         /* full texts; [0] is the one of checkpoints */
	bool open;
	fp_buf text;
	int64_t version;        /* the last version sent (never goes down) */
	int64_t published;      /* the highest version published */
	int variant;            /* texts[variant] unedited; -1 once edited */
	int edits;              /* range edits since the last full text */
	fp_buf pubdiags;        /* the diagnostics of the last publish with a version */
	int diag_cap;           /* the last checkpoint's diagnostic answer: caps[diag_cap] */
} sdoc;

/* Messages of one method that reached the server's handler. */
typedef struct mcount {
	const char *name;
	uint64_t n, errors;
} mcount;

typedef struct soak {
	/* the server */
	pid_t pid;
	int in, out, err;       /* our ends; -1 when closed */
	bool exited;
	int code;
	fp_buf tx;              /* input not yet written */
	size_t txoff;
	fp_buf rx;              /* output not yet framed */
	fp_buf errtail;         /* the end of its stderr */
	fp_buf report;          /* its stderr from the first sanitizer line */
	size_t errscan;         /* errtail bytes searched for that line */
	bool shutting_down;
	/* the session */
	uint64_t rng;
	unsigned long seed;
	sdoc docs[SOAK_MAX_DOCS];
	int ndocs;
	pend ring[SOAK_RING];
	int64_t next_id;
	int outstanding;
	uint64_t requests, notifications, publishes, answered, error_answers;
	uint64_t logged;        /* window/logMessage lines (no --log file) */
	uint64_t srv_errors;    /* failures the server's handlers count */
	uint64_t sent[NQ];
	mcount counts[48];
	uint64_t cancelled_answers;     /* answered RequestCancelled */
	int ncounts;
	bool r5;                /* the configuration says R5 */
	fp_buf msg;             /* the message being written */
	fp_jw w;
	fp_buf caps[SOAK_CAPS];
	bool capped[SOAK_CAPS];
	fp_arena arena;         /* for one received message */
	uint64_t last_progress; /* when the last answer came */
	bool dead;              /* stop: the server is gone, stuck or talking nonsense */
	fp_buf fail;            /* the failure lines */
	int nfail;
	char dir[64];           /* the workspace folder */
} soak;

/* ---- soak_send.c: what the session sends. Each call queues framed
 * messages on S->tx, keeps the documents' copies in step, and puts each
 * request in flight (S->ring) with what its answer may be. */

/* Read the documents' texts (tests/soak/, corpus/); false when one is
 * missing. */
bool soak_docs_init(soak *S);
/* initialize (processId: ours; rootUri: S->dir) */
void soak_initialize(soak *S);
/* A notification with empty params ("initialized", "exit"). */
void soak_notify(soak *S, const char *method);
/* didOpen of every document that is not a churn one. */
void soak_open_all(soak *S);
/* Zero to three notifications and one request, drawn from the mix. */
void soak_step(soak *S);
/* Back to the checkpoint state: churn documents closed, the others at
 * their first text, R4. */
void soak_reset(soak *S);
/* A request with textDocument (of docs[doc]) as its only param, or with
 * empty params; its result is captured into caps[cap] unless cap < 0. */
void soak_doc_request(soak *S, qkind k, int doc, int cap);
void soak_plain_request(soak *S, qkind k, int cap);

/* ---- soak_answers.c: what comes back ---- */

/* Record a failure line (the first SOAK_MAX_FAIL are kept). */
void soak_fail(soak *S, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* One more message of `method` reached its handler (failing when
 * `error`); soak_count_error: a request counted when sent failed. */
void soak_count(soak *S, const char *method, bool error);
void soak_count_error(soak *S, const char *method);
/* A request counted when sent was answered RequestCancelled: the server
 * did not run it (a $/cancelRequest behind it in the same read). */
void soak_uncount(soak *S, const char *method);

/* Bytes of the line break at t[i] (n bytes in all): 2 for "\r\n", 1 for
 * "\n" or a lone "\r", else 0 - the server's three line ends. */
size_t soak_line_break(const char *t, size_t n, size_t i);

/* Handle one message from the server: a response (checked against the
 * request in flight with its id) or a notification (publishDiagnostics,
 * checked against the documents). Failures go to soak_fail. */
void soak_on_message(soak *S, const char *body, size_t len);

/* The integer value of a JSON number; false when v is not one. */
bool soak_num(const fp_json *v, int64_t *out);

#endif
