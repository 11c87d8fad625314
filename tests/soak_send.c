/*
 * tests/soak_send.c - what the soak test sends (see check_soak.c): the
 * documents, and the notifications and requests drawn from a fixed
 * pseudo-random sequence, each kept in step with the test's copy of the
 * documents and recorded as a request in flight with its expectation.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runner.h"
#include "soak.h"
#include "util/alloc.h"

#define NBULK 70                /* small documents: more than the server keeps analysed (64) */

/* Weights per 1,000 draws (they add up to 1,000). */
const qrow soak_requests[NQ] = {
	[Q_HOVER] = { "textDocument/hover", 140, true, true },
	[Q_COMPLETION] = { "textDocument/completion", 130, true, true },
	[Q_SIGNATURE] = { "textDocument/signatureHelp", 60, true, true },
	[Q_TOKENS] = { "textDocument/semanticTokens/full", 70, true, true },
	[Q_DOCSYM] = { "textDocument/documentSymbol", 60, true, true },
	[Q_WSSYM] = { "workspace/symbol", 40, false, true },
	[Q_FORMAT] = { "textDocument/formatting", 60, true, true },
	[Q_ACTION] = { "textDocument/codeAction", 70, true, true },
	[Q_DEFINITION] = { "textDocument/definition", 45, true, true },
	[Q_REFERENCES] = { "textDocument/references", 45, true, true },
	[Q_HIGHLIGHT] = { "textDocument/documentHighlight", 30, true, true },
	[Q_RENAME] = { "textDocument/rename", 40, true, true },
	[Q_FOLDING] = { "textDocument/foldingRange", 40, true, true },
	[Q_SELECTION] = { "textDocument/selectionRange", 40, true, true },
	[Q_DIAGNOSTIC] = { "textDocument/diagnostic", 70, true, true },
	[Q_HEALTH] = { "fhirpath/health", 20, false, true },
	[Q_RESOURCES] = { "fhirpath/resources", 15, false, true },
	[Q_UNKNOWN] = { "fhirpath/noSuchRequest", 20, false, false },
	[Q_REINIT] = { "initialize", 2, false, false },
	[Q_NOTIFY_AS_REQUEST] = { "textDocument/didSave", 3, true, false },
	[Q_INITIALIZE] = { "initialize", 0, false, true },
	[Q_SHUTDOWN] = { "shutdown", 0, false, true },
};

/* Snippets inserted by range edits: in .fhirpath documents anything; in
 * resources only what keeps the JSON or XML string well-formed. */
static const char *const fp_snippets[] = {
	".exists()", " and ", "name", ".given", "(", ")", "'", "%", "\n", "\n  .family", "[0]",
	".where(use = 'usual')", "// note\n", "// @context Observation\n", "\xc3\xa9", "\xf0\x9d\x94\x89",
	"@2020-01-01", "5 'mg'", "$this", ".ofType(Quantity)", "{}", "iif(", ", ", "birthDate",
	"%fam", "defineVariable('v', 1)", "\r\n", "\r",
};
static const char *const res_snippets[] = {
	"x", ".exists()", " and true", "given", " | name", "\xc3\xa9", ".first()", "(", ")",
};

/* Known places of the first texts where an answer must not be empty. */
static const struct probe {
	const char *doc;        /* the file name in the uri */
	qkind kind;
	const char *needle;
	int delta;              /* the position: this far into the needle */
} probes[] = {
	{ "patient.fhirpath", Q_HOVER, "birthDate <", 2 },
	{ "patient.fhirpath", Q_COMPLETION, "name.where", 5 },
	{ "patient.fhirpath", Q_SIGNATURE, "startsWith(", 11 },
	{ "vars.fhirpath", Q_DEFINITION, "%fam.first", 2 },
	{ "vars.fhirpath", Q_REFERENCES, "%limit > 3", 3 },
	{ "vars.fhirpath", Q_HIGHLIGHT, "%rel.exists", 2 },
	{ "vars.fhirpath", Q_RENAME, "%limit < 10", 2 },
	{ "vars.fhirpath", Q_HOVER, "family)", 2 },
};

/* xorshift64*: one fixed sequence per seed, the same on every machine */
static uint32_t rnd(soak *S)
{
	S->rng ^= S->rng >> 12;
	S->rng ^= S->rng << 25;
	S->rng ^= S->rng >> 27;
	return (uint32_t)((S->rng * 2685821657736338717ULL) >> 32);
}

static uint32_t below(soak *S, uint32_t n)
{
	return n ? rnd(S) % n : 0;
}

/* ---- writing messages -------------------------------------------------------- */

static void msg_begin(soak *S, const char *method)
{
	fp_buf_reset(&S->msg);
	fp_jw_init(&S->w, &S->msg, false);
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "jsonrpc");
	fp_jw_str(&S->w, "2.0");
	fp_jw_key(&S->w, "method");
	fp_jw_str(&S->w, method);
}

/* Close the message and queue it, framed. */
static void msg_end(soak *S)
{
	fp_jw_obj_end(&S->w);
	fp_buf_printf(&S->tx, "Content-Length: %zu\r\n\r\n", S->msg.len);
	fp_buf_add(&S->tx, S->msg.data, S->msg.len);
}

static void w_id(soak *S, int64_t id, bool strid)
{
	fp_jw_key(&S->w, "id");
	if (strid) {
		char s[32];
		snprintf(s, sizeof s, "s%lld", (long long)id);
		fp_jw_str(&S->w, s);
	} else {
		fp_jw_int(&S->w, id);
	}
}

/* "textDocument": {"uri": uri} */
static void w_textdoc(soak *S, const char *uri)
{
	fp_jw_key(&S->w, "textDocument");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "uri");
	fp_jw_str(&S->w, uri);
	fp_jw_obj_end(&S->w);
}

/* Line and UTF-16 column of byte offset off of d's text; off ==
 * SIZE_MAX: a place far past the end. */
static void pos_of(const sdoc *d, size_t off, int64_t *line, int64_t *col)
{
	const char *t = d->text.data;
	*line = *col = 0;
	if (off == SIZE_MAX) {
		*line = 100000;
		*col = 999;
	}
	for (size_t i = 0; t && off != SIZE_MAX && i < off; i++) {
		size_t br = soak_line_break(t, d->text.len, i);
		if (br) {
			++*line;
			*col = 0;
			i += br - 1;
		} else if (((unsigned char)t[i] & 0xC0) != 0x80) {
			*col += (unsigned char)t[i] >= 0xF0 ? 2 : 1;    /* outside the BMP: a surrogate pair */
		}
	}
}

static void w_pos(soak *S, const sdoc *d, size_t off)
{
	int64_t line, col;
	pos_of(d, off, &line, &col);
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "line");
	fp_jw_int(&S->w, line);
	fp_jw_key(&S->w, "character");
	fp_jw_int(&S->w, col);
	fp_jw_obj_end(&S->w);
}

static void w_range(soak *S, const sdoc *d, size_t a, size_t b)
{
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "start");
	w_pos(S, d, a);
	fp_jw_key(&S->w, "end");
	w_pos(S, d, b);
	fp_jw_obj_end(&S->w);
}

/* The offset moved back to the start of its UTF-8 character, and off
 * the middle of a "\r\n" (no position names that place). */
static size_t snap(const sdoc *d, size_t off)
{
	const char *t = d->text.data;
	while (off > 0 && off < d->text.len && ((unsigned char)t[off] & 0xC0) == 0x80)
		off--;
	if (off > 0 && off < d->text.len && t[off - 1] == '\r' && t[off] == '\n')
		off--;
	return off;
}

/* ---- notifications ------------------------------------------------------------ */

static void notify_end(soak *S, const char *method, bool error)
{
	msg_end(S);
	S->notifications++;
	if (method)
		soak_count(S, method, error);
}

static void set_text(sdoc *d, const char *t, size_t n)
{
	fp_buf_reset(&d->text);
	fp_buf_add(&d->text, t, n);
}

static void did_open(soak *S, sdoc *d, int variant)
{
	static const char *const langs[] = { "fhirpath", "json", "xml" };
	set_text(d, d->texts[variant], strlen(d->texts[variant]));
	d->open = true;
	d->variant = variant;
	d->edits = 0;
	msg_begin(S, "textDocument/didOpen");
	fp_jw_key(&S->w, "params");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "textDocument");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "uri");
	fp_jw_str(&S->w, d->uri);
	fp_jw_key(&S->w, "languageId");
	fp_jw_str(&S->w, langs[d->kind]);
	fp_jw_key(&S->w, "version");
	fp_jw_int(&S->w, ++d->version);
	fp_jw_key(&S->w, "text");
	fp_jw_strn(&S->w, d->text.data, d->text.len);
	fp_jw_obj_end(&S->w);
	fp_jw_obj_end(&S->w);
	notify_end(S, "textDocument/didOpen", false);
}

static void did_close(soak *S, sdoc *d)
{
	d->open = false;
	msg_begin(S, "textDocument/didClose");
	fp_jw_key(&S->w, "params");
	fp_jw_obj_begin(&S->w);
	w_textdoc(S, d->uri);
	fp_jw_obj_end(&S->w);
	notify_end(S, "textDocument/didClose", false);
}

/* didChange up to its contentChanges array. */
static void change_begin(soak *S, const sdoc *d, int64_t version)
{
	msg_begin(S, "textDocument/didChange");
	fp_jw_key(&S->w, "params");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "textDocument");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "uri");
	fp_jw_str(&S->w, d->uri);
	fp_jw_key(&S->w, "version");
	fp_jw_int(&S->w, version);
	fp_jw_obj_end(&S->w);
	fp_jw_key(&S->w, "contentChanges");
	fp_jw_arr_begin(&S->w);
}

static void change_end(soak *S, bool error)
{
	fp_jw_arr_end(&S->w);
	fp_jw_obj_end(&S->w);
	notify_end(S, "textDocument/didChange", error);
}

static void change_full(soak *S, sdoc *d, int variant)
{
	set_text(d, d->texts[variant], strlen(d->texts[variant]));
	d->variant = variant;
	d->edits = 0;
	change_begin(S, d, ++d->version);
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "text");
	fp_jw_strn(&S->w, d->text.data, d->text.len);
	fp_jw_obj_end(&S->w);
	change_end(S, false);
}

/* [*s, *e) of a random expression string of a resource; false when
 * there is none. */
static bool expr_span(soak *S, const sdoc *d, size_t *s, size_t *e)
{
	const char *open = d->kind == K_JSON ? "\"expression\": \"" : "<expression value=\"";
	size_t spans[16][2], n = 0;
	const char *t = d->text.data;
	for (const char *p = t; n < 16 && (p = strstr(p, open)) != NULL;) {
		p += strlen(open);
		const char *q = strchr(p, '"');
		if (!q)
			break;
		spans[n][0] = (size_t)(p - t);
		spans[n][1] = (size_t)(q - t);
		n++;
		p = q;
	}
	if (!n)
		return false;
	size_t k = below(S, (uint32_t)n);
	*s = spans[k][0];
	*e = spans[k][1];
	return true;
}

/* One to three range edits in one didChange, made to our copy too.
 * Resources are edited inside their expression strings only, with text
 * that keeps them well-formed; .fhirpath documents anywhere. Documents
 * that drifted far get a full text instead. */
static void change_edits(soak *S, sdoc *d)
{
	size_t base = strlen(d->texts[0]);
	if (d->edits >= 40 || d->text.len > 3 * base + 256) {
		change_full(S, d, (int)below(S, 2));
		return;
	}
	change_begin(S, d, ++d->version);
	int n = 1 + (int)below(S, 3);
	for (int k = 0; k < n; k++) {
		size_t lo = 0, hi = d->text.len;
		if (d->kind != K_FHIRPATH && !expr_span(S, d, &lo, &hi))
			break;
		size_t a = snap(d, lo + below(S, (uint32_t)(hi - lo + 1)));
		size_t b = a;
		uint32_t op = below(S, 100);
		if (op >= 45) {         /* delete, or replace */
			size_t end = a + 1 + below(S, 12);
			b = snap(d, end > hi ? hi : end);
		}
		const char *ins = "";
		if (op < 45 || op >= 75) {
			ins = d->kind == K_FHIRPATH
				      ? fp_snippets[below(S, sizeof fp_snippets / sizeof fp_snippets[0])]
				      : res_snippets[below(S, sizeof res_snippets / sizeof res_snippets[0])];
		}
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "range");
		w_range(S, d, a, b);
		fp_jw_key(&S->w, "text");
		fp_jw_str(&S->w, ins);
		fp_jw_obj_end(&S->w);
		fp_buf t;
		fp_buf_init(&t);
		fp_buf_add(&t, d->text.data, a);
		fp_buf_adds(&t, ins);
		fp_buf_add(&t, d->text.data + b, d->text.len - b);
		set_text(d, t.data ? t.data : "", t.len);
		fp_buf_release(&t);
	}
	d->variant = -1;
	d->edits++;
	change_end(S, false);
}

enum { F_MAIN, F_CHURN, F_BULK };

/* A random document that is open (or not) of one group: F_MAIN all but
 * the bulk ones. */
static sdoc *random_doc(soak *S, bool open, int group)
{
	int cand[SOAK_MAX_DOCS], n = 0;
	for (int i = 0; i < S->ndocs; i++) {
		const sdoc *d = &S->docs[i];
		if (d->open == open &&
		    (group == F_MAIN ? !d->bulk : group == F_CHURN ? d->churn : d->bulk))
			cand[n++] = i;
	}
	return n ? &S->docs[cand[below(S, (uint32_t)n)]] : NULL;
}

static void config_version(soak *S, const char *v)
{
	msg_begin(S, "workspace/didChangeConfiguration");
	fp_jw_key(&S->w, "params");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "settings");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "fhirpath");
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "fhirVersion");
	fp_jw_str(&S->w, v);
	fp_jw_obj_end(&S->w);
	fp_jw_obj_end(&S->w);
	fp_jw_obj_end(&S->w);
	bool bad = strcmp(v, "R4") != 0 && strcmp(v, "R5") != 0;
	if (!bad)
		S->r5 = strcmp(v, "R5") == 0;
	notify_end(S, "workspace/didChangeConfiguration", bad);     /* a bad one fails, silently */
}

/* One notification drawn from the mix (per 1,000 draws: 600 range edits,
 * 120 full texts, 130 churn, 30 cancels of nothing, 20 unknown, 25 saves,
 * 15 traces, 15 watched files, 15 settings, 15 stale edits, 15 edits of
 * closed documents). */
static void notification(soak *S)
{
	uint32_t r = below(S, 1000);
	sdoc *d = random_doc(S, true, F_MAIN);
	char buf[300];
	if (r < 600 && d) {
		change_edits(S, d);
	} else if (r < 720 && d) {
		change_full(S, d, (int)below(S, 2));
	} else if (r < 850) {
		bool want_open = below(S, 2) == 0;
		sdoc *c = random_doc(S, want_open, F_CHURN);
		if (!c)
			c = random_doc(S, !want_open, F_CHURN);
		if (c && c->open && below(S, 8) == 0)
			did_open(S, c, (int)below(S, 2));   /* again, without a close: the text is replaced */
		else if (c && c->open)
			did_close(S, c);
		else if (c)
			did_open(S, c, (int)below(S, 2));
	} else if (r < 880) {
		msg_begin(S, "$/cancelRequest");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "id");
		if (below(S, 2)) {
			fp_jw_int(&S->w, 1000000000 + (int64_t)below(S, 1000000));
		} else {
			snprintf(buf, sizeof buf, "nope-%u", below(S, 1000000));
			fp_jw_str(&S->w, buf);
		}
		fp_jw_obj_end(&S->w);
		notify_end(S, "$/cancelRequest", false);
	} else if (r < 900) {
		msg_begin(S, below(S, 2) ? "fhirpath/noSuchNotification" : "$/somethingUnheardOf");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		fp_jw_obj_end(&S->w);
		notify_end(S, NULL, false);
	} else if (r < 925 && d) {
		msg_begin(S, "textDocument/didSave");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		w_textdoc(S, d->uri);
		fp_jw_obj_end(&S->w);
		notify_end(S, "textDocument/didSave", false);
	} else if (r < 940) {
		msg_begin(S, "$/setTrace");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "value");
		fp_jw_str(&S->w, below(S, 2) ? "off" : "messages");
		fp_jw_obj_end(&S->w);
		notify_end(S, "$/setTrace", false);
	} else if (r < 955) {
		/* the workspace file "changed" (it says R4), or another file */
		bool cfg = below(S, 2);
		msg_begin(S, "workspace/didChangeWatchedFiles");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "changes");
		fp_jw_arr_begin(&S->w);
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "uri");
		snprintf(buf, sizeof buf, "file://%s/%s", S->dir, cfg ? ".fhirpath-ls.json" : "other.fhirpath");
		fp_jw_str(&S->w, buf);
		fp_jw_key(&S->w, "type");
		fp_jw_int(&S->w, 2);
		fp_jw_obj_end(&S->w);
		fp_jw_arr_end(&S->w);
		fp_jw_obj_end(&S->w);
		if (cfg)
			S->r5 = false;
		notify_end(S, "workspace/didChangeWatchedFiles", false);
	} else if (r < 970) {
		config_version(S, below(S, 4) == 0 ? "R9" : S->r5 ? "R4" : "R5");
	} else if (r < 985 && d && d->version > 1) {
		/* older than the last version: ignored, our copy stays */
		change_begin(S, d, d->version - 1);
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "text");
		fp_jw_str(&S->w, "stale text that must never be seen");
		fp_jw_obj_end(&S->w);
		change_end(S, false);
	} else if ((d = random_doc(S, false, F_CHURN)) != NULL) {
		/* for a closed document: fails, and nobody is told */
		change_begin(S, d, d->version + 1);
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "text");
		fp_jw_str(&S->w, "name");
		fp_jw_obj_end(&S->w);
		change_end(S, true);
	}
}

/* ---- requests ----------------------------------------------------------------- */

static size_t pick_offset(soak *S, const sdoc *d, qkind k)
{
	const char *t = d->text.data;
	size_t n = d->text.len;
	if (below(S, 50) == 0)
		return SIZE_MAX;        /* past the end: the server clamps */
	/* half the time next to what the request is about */
	char near = k == Q_COMPLETION ? '.' : k == Q_SIGNATURE ? '(' :
		    k == Q_DEFINITION || k == Q_REFERENCES || k == Q_HIGHLIGHT || k == Q_RENAME ? '%' : 0;
	if (near && below(S, 2)) {
		size_t hits = 0;
		for (size_t i = 0; i < n; i++)
			hits += t[i] == near;
		if (hits) {
			size_t want = below(S, (uint32_t)hits);
			for (size_t i = 0; i < n; i++) {
				if (t[i] == near && want-- == 0)
					return i + 1;
			}
		}
	}
	return snap(d, below(S, (uint32_t)n + 1));
}

static pend *slot_take(soak *S, int64_t id)
{
	pend *p = &S->ring[id % SOAK_RING];
	if (p->id) {
		soak_fail(S, "no answer to id %lld (%s) by the time id %lld was sent", (long long)p->id,
			  soak_requests[p->kind].method, (long long)id);
		fp_free(p->snap);
		S->outstanding--;
	}
	memset(p, 0, sizeof *p);
	p->id = id;
	p->doc = -1;
	p->cap = -1;
	return p;
}

/* Start a request of kind k, up to "params": the caller writes the
 * params value and calls req_end. */
static pend *req_begin(soak *S, qkind k)
{
	int64_t id = S->next_id++;
	pend *p = slot_take(S, id);
	p->kind = k;
	p->expect = X_RESULT;
	p->strid = id % 7 == 3;
	for (int i = 0; i < S->ndocs; i++) {
		if (S->docs[i].open) {
			p->ndocs_open++;
			p->open_bits[i / 64] |= (uint64_t)1 << (i % 64);
		}
	}
	msg_begin(S, soak_requests[k].method);
	w_id(S, id, p->strid);
	fp_jw_key(&S->w, "params");
	return p;
}

static void req_end(soak *S, pend *p)
{
	msg_end(S);
	S->requests++;
	S->sent[p->kind]++;
	S->outstanding++;
	if (soak_requests[p->kind].counted)
		soak_count(S, soak_requests[p->kind].method, false);    /* failures counted when answered */
}

/* A request on document di (open or not) with the params every such
 * request has; the caller adds its own and closes the params. */
static pend *doc_request(soak *S, qkind k, int di, int cap)
{
	sdoc *d = &S->docs[di];
	pend *p = req_begin(S, k);
	p->doc = di;
	p->cap = cap;
	if (!d->open) {
		p->expect = X_ERROR;
		p->err_code = E_INVALID_PARAMS;
	} else if ((p->snap = fp_malloc(d->text.len + 1)) != NULL) {
		memcpy(p->snap, d->text.data ? d->text.data : "", d->text.len);
		p->snap[d->text.len] = 0;
		p->snaplen = d->text.len;
	}
	fp_jw_obj_begin(&S->w);
	w_textdoc(S, d->uri);
	return p;
}

void soak_plain_request(soak *S, qkind k, int cap)
{
	pend *p = req_begin(S, k);
	p->cap = cap;
	if (k == Q_UNKNOWN) {
		p->expect = X_ERROR;
		p->err_code = E_NOT_FOUND;
	}
	if (k == Q_HEALTH || k == Q_SHUTDOWN) {
		fp_jw_null(&S->w);
	} else {
		fp_jw_obj_begin(&S->w);
		fp_jw_obj_end(&S->w);
	}
	req_end(S, p);
}

/* The params of a request on an open or closed document, after its
 * textDocument. */
static void doc_params(soak *S, pend *p, sdoc *d, size_t off, const struct probe *pr)
{
	switch (p->kind) {
	case Q_HOVER: case Q_DEFINITION: case Q_HIGHLIGHT: case Q_SIGNATURE:
		fp_jw_key(&S->w, "position");
		w_pos(S, d, off);
		break;
	case Q_COMPLETION: {
		bool dot = d->open && off != SIZE_MAX && off > 0 && d->text.data[off - 1] == '.';
		fp_jw_key(&S->w, "position");
		w_pos(S, d, off);
		fp_jw_key(&S->w, "context");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "triggerKind");
		fp_jw_int(&S->w, dot ? 2 : 1);
		if (dot) {
			fp_jw_key(&S->w, "triggerCharacter");
			fp_jw_str(&S->w, ".");
		}
		fp_jw_obj_end(&S->w);
		break;
	}
	case Q_REFERENCES:
		fp_jw_key(&S->w, "position");
		w_pos(S, d, off);
		fp_jw_key(&S->w, "context");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "includeDeclaration");
		fp_jw_bool(&S->w, below(S, 2));
		fp_jw_obj_end(&S->w);
		break;
	case Q_RENAME: {
		static const char *const names[] = { "renamed", "x1", "v_2" };
		bool bad = d->open && !pr && below(S, 20) == 0;
		fp_jw_key(&S->w, "position");
		w_pos(S, d, off);
		fp_jw_key(&S->w, "newName");
		fp_jw_str(&S->w, bad ? "1 bad name" : names[below(S, 3)]);
		if (d->open && bad) {
			p->expect = X_ERROR;
			p->err_code = E_INVALID_PARAMS;
		} else if (d->open && !pr) {
			p->expect = X_EITHER;       /* not every place is a variable */
			p->err_code = E_REQUEST_FAILED;
		}
		break;
	}
	case Q_FORMAT:
		fp_jw_key(&S->w, "options");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "tabSize");
		fp_jw_int(&S->w, 2);
		fp_jw_key(&S->w, "insertSpaces");
		fp_jw_bool(&S->w, true);
		fp_jw_obj_end(&S->w);
		break;
	case Q_ACTION: {
		size_t b = off;
		if (d->open && off != SIZE_MAX) {
			size_t end = off + below(S, 40);
			b = snap(d, end > d->text.len ? d->text.len : end);
		}
		fp_jw_key(&S->w, "range");
		w_range(S, d, off, b);
		fp_jw_key(&S->w, "context");
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "diagnostics");
		fp_jw_arr_begin(&S->w);
		fp_jw_arr_end(&S->w);
		fp_jw_obj_end(&S->w);
		break;
	}
	case Q_SELECTION:
		p->npos = 1 + (int)below(S, 3);
		fp_jw_key(&S->w, "positions");
		fp_jw_arr_begin(&S->w);
		for (int i = 0; i < p->npos; i++)
			w_pos(S, d, i == 0 || !d->open ? off : pick_offset(S, d, p->kind));
		fp_jw_arr_end(&S->w);
		break;
	case Q_NOTIFY_AS_REQUEST:
		p->expect = X_ERROR;
		p->err_code = E_INVALID_REQUEST;
		break;
	default:
		break;
	}
}

/* One request drawn from the mix; on a document: 88% a main one, 8% a
 * bulk one, 3% a closed one, 1% none at all. */
static void request(soak *S)
{
	int total = 0;
	for (int k = 0; k < NQ; k++)
		total += soak_requests[k].weight;
	int r = (int)below(S, (uint32_t)total);
	qkind k = 0;
	while (r >= soak_requests[k].weight)
		r -= soak_requests[k++].weight;
	if (!soak_requests[k].on_doc) {
		if (k == Q_WSSYM || k == Q_REINIT) {
			static const char *const q[] = { "", "name", "exists", "zz-nothing", "val", "\xc3\xa9" };
			pend *p = req_begin(S, k);
			fp_jw_obj_begin(&S->w);
			if (k == Q_WSSYM) {
				fp_jw_key(&S->w, "query");
				fp_jw_str(&S->w, q[below(S, 6)]);
			} else {
				p->expect = X_ERROR;
				p->err_code = E_INVALID_REQUEST;
				fp_jw_key(&S->w, "processId");
				fp_jw_null(&S->w);
				fp_jw_key(&S->w, "capabilities");
				fp_jw_obj_begin(&S->w);
				fp_jw_obj_end(&S->w);
			}
			fp_jw_obj_end(&S->w);
			req_end(S, p);
		} else {
			soak_plain_request(S, k, -1);
		}
		return;
	}
	uint32_t which = below(S, 100);
	sdoc *d = which < 88 ? random_doc(S, true, F_MAIN) : which < 96 ? random_doc(S, true, F_BULK) :
		  which < 99 ? random_doc(S, false, F_CHURN) : NULL;
	if (!d)
		d = random_doc(S, true, F_MAIN);
	if (which == 99 && k != Q_NOTIFY_AS_REQUEST) {
		/* no textDocument: no document */
		pend *p = req_begin(S, k);
		p->expect = X_ERROR;
		p->err_code = E_INVALID_PARAMS;
		fp_jw_obj_begin(&S->w);
		fp_jw_key(&S->w, "position");
		w_pos(S, d, 0);
		fp_jw_obj_end(&S->w);
		req_end(S, p);
		return;
	}
	const struct probe *pr = NULL;
	const char *name = strrchr(d->uri, '/') + 1;
	for (size_t i = 0; d->open && d->variant == 0 && i < sizeof probes / sizeof probes[0]; i++) {
		if (strcmp(probes[i].doc, name) == 0 && probes[i].kind == k && below(S, 2))
			pr = &probes[i];
	}
	pend *p = doc_request(S, k, (int)(d - S->docs), -1);
	size_t off = 0;
	if (pr) {
		const char *hit = strstr(d->text.data, pr->needle);
		off = hit ? (size_t)(hit - d->text.data) + (size_t)pr->delta : 0;
		p->nonempty = hit != NULL;
	} else if (d->open) {
		off = pick_offset(S, d, k);
	}
	if (d->open && off != SIZE_MAX) {
		pos_of(d, off, &p->line, &p->col);
		p->has_pos = true;
	}
	doc_params(S, p, d, off, pr);
	fp_jw_obj_end(&S->w);
	req_end(S, p);
	/* now and then cancelled at once: answered all the same */
	if (below(S, 100) < 3) {
		p->cancelled = true;
		msg_begin(S, "$/cancelRequest");
		fp_jw_key(&S->w, "params");
		fp_jw_obj_begin(&S->w);
		w_id(S, p->id, p->strid);
		fp_jw_obj_end(&S->w);
		notify_end(S, "$/cancelRequest", false);
	}
}

/* ---- the documents ---------------------------------------------------------------- */

enum { D_CHURN = 1, D_CRLF = 2 };

/* uri file:///soak/<name>; texts from tests/soak/ or corpus/, the second
 * NULL for the first half of the first (the resources have one text). */
static const struct dspec {
	const char *name, *t0, *t1;
	unsigned flags;
} dspecs[] = {
	{ "patient.fhirpath", "tests/soak/patient.fhirpath", "tests/soak/patient-fixed.fhirpath", 0 },
	{ "vars.fhirpath", "tests/soak/vars.fhirpath", "tests/soak/vars-renamed.fhirpath", 0 },
	{ "StructureDefinition-soak.json", "tests/soak/StructureDefinition-soak.json",
	  "tests/soak/StructureDefinition-soak-small.json", 0 },
	{ "observation-vitals.fhirpath", "corpus/clean/observation-vitals.fhirpath", NULL, 0 },
	{ "questionnaire-calculations.fhirpath", "corpus/clean/questionnaire-calculations.fhirpath", NULL, 0 },
	{ "brackets.fhirpath", "corpus/mistakes/brackets.fhirpath", NULL, D_CRLF },
	{ "churn-obs.fhirpath", "tests/soak/churn-obs.fhirpath", "tests/soak/churn-enc.fhirpath", D_CHURN },
	{ "churn-med.fhirpath", "tests/soak/churn-med.fhirpath", "tests/soak/churn-obs.fhirpath", D_CHURN },
	{ "churn-crlf.fhirpath", "corpus/mistakes/sql-habits.fhirpath", NULL, D_CHURN | D_CRLF },
	{ "SearchParameter-soak.json", "tests/soak/SearchParameter-soak.json", "tests/soak/SearchParameter-soak.json",
	  D_CHURN },
	{ "SearchParameter-soak.xml", "tests/soak/SearchParameter-soak.xml", "tests/soak/SearchParameter-soak.xml",
	  D_CHURN },
};

_Static_assert(sizeof dspecs / sizeof dspecs[0] + NBULK <= SOAK_MAX_DOCS, "SOAK_MAX_DOCS is too small");

/* s with every "\n" written "\r\n" (s is freed) */
static char *crlf(char *s)
{
	fp_buf b;
	fp_buf_init(&b);
	for (const char *p = s; *p; p++)
		fp_buf_adds(&b, *p == '\n' ? "\r\n" : (char[2]){ *p, 0 });
	fp_free(s);
	return fp_buf_detach(&b, NULL);
}

bool soak_docs_init(soak *S)
{
	for (size_t i = 0; i < sizeof dspecs / sizeof dspecs[0] + NBULK; i++) {
		sdoc *d = &S->docs[S->ndocs++];
		fp_buf_init(&d->text);
		if (i >= sizeof dspecs / sizeof dspecs[0]) {
			/* a bulk document: the template with its number */
			int k = (int)(i - sizeof dspecs / sizeof dspecs[0]);
			snprintf(d->uri, sizeof d->uri, "file:///soak/bulk-%03d.fhirpath", k);
			d->bulk = true;
			char *t = rt_read("tests/soak/bulk.fhirpath", NULL);
			char *nnn = t ? strstr(t, "NNN") : NULL;
			if (!nnn)
				return false;
			char num[4];
			snprintf(num, sizeof num, "%03d", k);
			memcpy(nnn, num, 3);
			d->texts[0] = t;
			continue;
		}
		const struct dspec *sp = &dspecs[i];
		snprintf(d->uri, sizeof d->uri, "file:///soak/%s", sp->name);
		size_t l = strlen(sp->name);
		d->kind = l > 5 && strcmp(sp->name + l - 5, ".json") == 0 ? K_JSON :
			  l > 4 && strcmp(sp->name + l - 4, ".xml") == 0 ? K_XML : K_FHIRPATH;
		d->churn = sp->flags & D_CHURN;
		size_t n;
		d->texts[0] = rt_read(sp->t0, &n);
		if (!d->texts[0] || !n)
			return false;
		if (sp->t1) {
			d->texts[1] = rt_read(sp->t1, NULL);
		} else if ((d->texts[1] = fp_malloc(n + 2)) != NULL) {
			size_t half = n / 2;
			while (half < n && d->texts[0][half] != '\n')
				half++;
			memcpy(d->texts[1], d->texts[0], half);
			memcpy(d->texts[1] + half, "\n", 2);
		}
		if (!d->texts[1])
			return false;
		if (sp->flags & D_CRLF) {
			d->texts[0] = crlf(d->texts[0]);
			d->texts[1] = crlf(d->texts[1]);
			if (!d->texts[0] || !d->texts[1])
				return false;
		}
	}
	return true;
}

/* ---- the session's steps ----------------------------------------------------------- */

void soak_initialize(soak *S)
{
	pend *p = req_begin(S, Q_INITIALIZE);
	char root[128];
	snprintf(root, sizeof root, "file://%s", S->dir);
	fp_jw_obj_begin(&S->w);
	fp_jw_key(&S->w, "processId");
	fp_jw_int(&S->w, (int64_t)getpid());
	fp_jw_key(&S->w, "rootUri");
	fp_jw_str(&S->w, root);
	fp_jw_key(&S->w, "capabilities");
	fp_jw_obj_begin(&S->w);
	fp_jw_obj_end(&S->w);
	fp_jw_obj_end(&S->w);
	req_end(S, p);
}

void soak_notify(soak *S, const char *method)
{
	msg_begin(S, method);
	fp_jw_key(&S->w, "params");
	fp_jw_obj_begin(&S->w);
	fp_jw_obj_end(&S->w);
	notify_end(S, method, false);
}

void soak_open_all(soak *S)
{
	for (int i = 0; i < S->ndocs; i++) {
		if (!S->docs[i].churn)
			did_open(S, &S->docs[i], 0);
	}
}

void soak_step(soak *S)
{
	for (int k = 0; k < 3 && below(S, 100) < 40; k++)
		notification(S);
	request(S);
}

void soak_reset(soak *S)
{
	for (int i = 0; i < S->ndocs; i++) {
		sdoc *d = &S->docs[i];
		if (d->churn && d->open)
			did_close(S, d);
		else if (!d->churn && !d->bulk)
			change_full(S, d, 0);
	}
	if (S->r5)
		config_version(S, "R4");
}

void soak_doc_request(soak *S, qkind k, int doc, int cap)
{
	pend *p = doc_request(S, k, doc, cap);
	fp_jw_obj_end(&S->w);
	req_end(S, p);
}
