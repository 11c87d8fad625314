/*
 * fuzz/fuzz_lsp_edit.c - edit and undo (STYLE.md section 10, after
 * tree-sitter's edit fuzzing): a document is opened in the language
 * server, random incremental didChange edits are applied and then their
 * inverses, newest first, so the text is the opened one again; what the
 * server then says about it (the diagnostics it publishes, those of a
 * pull request, the semantic tokens) must be exactly what a second
 * session says after a fresh didOpen of the same text. A difference means
 * the incremental path (edit application, position conversion, the
 * analysis cache of unchanged expressions, the per-document arenas) kept
 * something stale.
 *
 * Both sessions run in memory through lsp_serve() with in_data (as
 * lsp_serve_buffer does) and without a time budget, so no analysis is cut
 * short in one session and not in the other.
 *
 * Input: flag byte, document text, a NUL byte, then the edit script.
 *   bit 0      the client offers utf-8 positions (else utf-16)
 *   bits 1-2   initializationOptions.fhirVersion none/R4/R4B/R5
 *   bits 3-4   document: .fhirpath, .json, .xml, or untitled: as fhirpath
 *   bit 5      the undo is one didChange with every inverse edit (else one
 *              message each)
 *   bit 6      requests between edits are allowed (see below)
 * The text is made valid UTF-8 (each bad byte becomes '?': didChange
 * carries JSON strings). Each edit is four bytes and an optional text:
 *   b0 b1      start offset (big-endian, modulo length + 1, moved back to
 *              the start of its character)
 *   b2         bits 0-4 bytes to delete (end moved on to a character
 *              boundary); bit 5 the request below is pull diagnostics,
 *              else semantic tokens; bit 6 this edit ends a didChange
 *              message; bit 7 (with flag bit 6) send that request after
 *              the message, so the intermediate version gets analysed
 *   b3         bits 0-4 bytes to insert; bit 7 set: copied from the
 *              document itself (so edits move real tokens around), else
 *              taken from the script (made valid UTF-8)
 * An edit with a boundary between a CR and its LF, before or after it is
 * applied, is dropped: such a position has no LSP line and character.
 * At most 64 edits on a text of at most 16 KiB.
 *
 * Invariants (abort() otherwise): both sessions exit with 0 or 1; both
 * answer the final semanticTokens/full and textDocument/diagnostic
 * requests; the tokens' data, the pulled items and (when both publish
 * them) the last published diagnostics are byte for byte the same.
 *
 * After each edit too: every didChange message (up to MAX_CHECKS of
 * them) is followed by a semanticTokens/full and a pull diagnostic
 * request, whose answers must be those of a fresh session that opens the
 * text as it is at that point. Most edits inside an expression string of
 * a FHIR resource update the analysis in place (lsp/incr.c); this is
 * where a stale range, finding or sibling's type would show.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "json/read.h"
#include "json/write.h"
#include "lsp/server.h"
#include "runtime/runtime.h"
#include "util/alloc.h"
#include "util/buf.h"

int fuzz_lsp_edit_one(const uint8_t *data, size_t size);

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

#define MAX_TEXT 16384
#define MAX_EDITS 64
#define MAX_CHECKS 24           /* versions compared with a fresh session */
#define CHECK_TOKENS 2000       /* request ids after each didChange: tokens */
#define CHECK_PULL 3000         /* and pull diagnostics */

/* ---- the harness's own copy of the document -------------------------- */

/* Bytes of a valid UTF-8 sequence starting at s[0..n), or 0. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t k;
	unsigned min;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		k = 2;
		min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		k = 3;
		min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		k = 4;
		min = 0x10000;
	} else {
		return 0;
	}
	if (n < k)
		return 0;
	unsigned cp = c & (0x7f >> k);
	for (size_t i = 1; i < k; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return k;
}

/* Copy src[0..n) to dst, every byte outside a valid sequence made '?'. */
static void sanitize(char *dst, const char *src, size_t n)
{
	size_t i = 0;
	while (i < n) {
		size_t k = utf8_len((const unsigned char *)src + i, n - i);
		if (k == 0) {
			dst[i++] = '?';
			continue;
		}
		memcpy(dst + i, src + i, k);
		i += k;
	}
}

static bool is_cont(const char *t, size_t len, size_t i)
{
	return i < len && ((unsigned char)t[i] & 0xc0) == 0x80;
}

/* True when offset i sits between a CR and its LF. */
static bool splits_crlf(const char *t, size_t len, size_t i)
{
	return i > 0 && i < len && t[i - 1] == '\r' && t[i] == '\n';
}

typedef struct lsp_pos { size_t line, character; } lsp_pos;

/* Offset -> LSP position: lines end at LF, CR LF or a lone CR; characters
 * count UTF-8 bytes or UTF-16 units. The offset is a character boundary
 * not inside a CR LF pair. */
static lsp_pos position(const char *t, size_t off, bool utf8)
{
	lsp_pos p = { 0, 0 };
	size_t i = 0;
	while (i < off) {
		unsigned char c = (unsigned char)t[i];
		if (c == '\n' || c == '\r') {
			if (c == '\r' && i + 1 < off && t[i + 1] == '\n')
				i++;
			i++;
			p.line++;
			p.character = 0;
			continue;
		}
		size_t k = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
		p.character += utf8 ? k : (k == 4 ? 2 : 1);
		i += k;
	}
	return p;
}

typedef struct edit {
	size_t start;
	char *removed;          /* the bytes it deleted */
	size_t nremoved;
	char *inserted;
	size_t ninserted;
} edit;

/* ---- messages -------------------------------------------------------- */

static void add_frame(fp_buf *b, const fp_buf *body)
{
	fp_buf_printf(b, "Content-Length: %zu\r\n\r\n", body->len);
	fp_buf_add(b, body->data ? body->data : "", body->len);
}

static const char *doc_uri(unsigned flags)
{
	static const char *const uris[4] = { "file:///w/doc.fhirpath", "file:///w/doc.json",
					     "file:///w/doc.xml", "untitled:Untitled-1" };
	return uris[(flags >> 3) & 3];
}

static void initialize(fp_buf *in, unsigned flags)
{
	static const char *const fv[4] = { "", ",\"initializationOptions\":{\"fhirVersion\":\"R4\"}",
		",\"initializationOptions\":{\"fhirVersion\":\"R4B\"}",
		",\"initializationOptions\":{\"fhirVersion\":\"R5\"}" };
	fp_buf m;
	fp_buf_init(&m);
	fp_buf_printf(&m, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":"
		      "{\"processId\":null,\"rootUri\":null,\"capabilities\":{%s}%s}}",
		      (flags & 1) ? "\"general\":{\"positionEncodings\":[\"utf-8\"]}" : "",
		      fv[(flags >> 1) & 3]);
	add_frame(in, &m);
	fp_buf_reset(&m);
	fp_buf_adds(&m, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
	add_frame(in, &m);
	fp_buf_release(&m);
}

static void did_open(fp_buf *in, unsigned flags, const char *text, size_t len)
{
	static const char *const langs[4] = { "fhirpath", "json", "xml", "fhirpath" };
	fp_buf m;
	fp_buf_init(&m);
	fp_buf_printf(&m, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":"
		      "{\"textDocument\":{\"uri\":\"%s\",\"languageId\":\"%s\",\"version\":1,\"text\":",
		      doc_uri(flags), langs[(flags >> 3) & 3]);
	fp_json_write_string(&m, text, len);
	fp_buf_adds(&m, "}}}");
	add_frame(in, &m);
	fp_buf_release(&m);
}

/* A request about the document: semantic tokens or pull diagnostics. */
static void request(fp_buf *in, unsigned flags, long id, bool diagnostics)
{
	fp_buf m;
	fp_buf_init(&m);
	fp_buf_printf(&m, "{\"jsonrpc\":\"2.0\",\"id\":%ld,\"method\":\"%s\",\"params\":"
		      "{\"textDocument\":{\"uri\":\"%s\"}}}", id,
		      diagnostics ? "textDocument/diagnostic" : "textDocument/semanticTokens/full",
		      doc_uri(flags));
	add_frame(in, &m);
	fp_buf_release(&m);
}

/* A didChange being written: changes are added one by one. */
typedef struct change_msg {
	fp_buf m;
	size_t n;
} change_msg;

static void change_add(change_msg *c, unsigned flags, int version, const char *text, size_t len,
		       size_t start, size_t end, const char *ins, size_t nins)
{
	if (c->n == 0) {
		fp_buf_init(&c->m);
		fp_buf_printf(&c->m, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":"
			      "{\"textDocument\":{\"uri\":\"%s\",\"version\":%d},\"contentChanges\":[",
			      doc_uri(flags), version);
	} else {
		fp_buf_addc(&c->m, ',');
	}
	lsp_pos a = position(text, start, flags & 1), b = position(text, end, flags & 1);
	fp_buf_printf(&c->m, "{\"range\":{\"start\":{\"line\":%zu,\"character\":%zu},"
		      "\"end\":{\"line\":%zu,\"character\":%zu}},\"text\":",
		      a.line, a.character, b.line, b.character);
	fp_json_write_string(&c->m, ins, nins);
	fp_buf_addc(&c->m, '}');
	c->n++;
}

static void change_end(change_msg *c, fp_buf *in)
{
	if (c->n == 0)
		return;
	fp_buf_adds(&c->m, "]}}");
	add_frame(in, &c->m);
	fp_buf_release(&c->m);
	c->n = 0;
}

/* The text as one didChange left it, to open fresh and compare. */
typedef struct checkpoint {
	char *text;
	size_t len;
} checkpoint;

typedef struct checkpoints {
	checkpoint v[MAX_CHECKS];
	size_t n;
} checkpoints;

/* End the didChange being written (if any) and, while there is room,
 * ask for the tokens and the diagnostics of the version it makes,
 * keeping a copy of its text. */
static void change_end_checked(change_msg *c, fp_buf *in, unsigned flags, checkpoints *cp,
			       const char *text, size_t len)
{
	if (c->n == 0)
		return;
	change_end(c, in);
	if (cp->n == MAX_CHECKS)
		return;
	char *t = fp_malloc(len ? len : 1);
	if (!t)
		return;
	if (len)
		memcpy(t, text, len);
	request(in, flags, CHECK_TOKENS + (long)cp->n, false);
	request(in, flags, CHECK_PULL + (long)cp->n, true);
	cp->v[cp->n].text = t;
	cp->v[cp->n].len = len;
	cp->n++;
}

/* ---- the document, edited -------------------------------------------- */

typedef struct doc {
	char *t;
	size_t len, cap;
} doc;

/* Replace t[start..start+del) by ins[0..nins). False when out of memory. */
static bool splice(doc *d, size_t start, size_t del, const char *ins, size_t nins)
{
	size_t need = d->len - del + nins;
	if (need + 1 > d->cap) {
		size_t cap = (need + 1) * 2;
		char *nt = fp_realloc(d->t, cap);
		if (!nt)
			return false;
		d->t = nt;
		d->cap = cap;
	}
	memmove(d->t + start + nins, d->t + start + del, d->len - start - del);
	memcpy(d->t + start, ins, nins);
	d->len = need;
	return true;
}

static char *dup_bytes(const char *s, size_t n)
{
	char *p = fp_malloc(n ? n : 1);
	if (p && n)
		memcpy(p, s, n);
	return p;
}

/* ---- running a session and reading its answers ----------------------- */

typedef struct answers {
	char *out;              /* everything the server wrote */
	size_t len;
	fp_arena arena;
	const fp_json *tokens;          /* result.data of id 900 */
	const fp_json *pulled;          /* result.items of id 901 */
	const fp_json *published;       /* last publishDiagnostics' diagnostics */
	bool answered_tokens, answered_pull;
	/* the answers after each didChange (CHECK_TOKENS + k, CHECK_PULL + k) */
	const fp_json *tokens_at[MAX_CHECKS], *pulled_at[MAX_CHECKS];
	bool answered_at[MAX_CHECKS][2];
} answers;

static FILE *out_file;

static bool run_session(const fp_buf *in, answers *a)
{
	memset(a, 0, sizeof *a);
	fp_arena_init(&a->arena);
	if (!out_file && !(out_file = tmpfile()))
		return false;
	int fd = fileno(out_file);
	if (ftruncate(fd, 0) != 0 || lseek(fd, 0, SEEK_SET) != 0)
		return false;
	lsp_options opt = { .in_fd = -1, .out_fd = fd, .max_message = (size_t)64 << 20,
			    .max_document = (size_t)16 << 20, .time_budget_ms = 0, .no_scan = true,
			    .in_data = in->data ? in->data : "", .in_len = in->len };
	int rc = lsp_serve(&opt);
	REQUIRE(rc == 0 || rc == 1);
	off_t n = lseek(fd, 0, SEEK_END);
	if (n <= 0)
		return false;
	a->out = fp_malloc((size_t)n);
	if (!a->out || pread(fd, a->out, (size_t)n, 0) != n)
		return false;
	a->len = (size_t)n;
	/* frames: "Content-Length: N\r\n\r\n" + body */
	size_t p = 0;
	while (p < a->len) {
		const char *h = "Content-Length: ";
		size_t hl = strlen(h);
		if (a->len - p < hl || memcmp(a->out + p, h, hl) != 0)
			return false;
		p += hl;
		size_t blen = 0;
		while (p < a->len && a->out[p] >= '0' && a->out[p] <= '9')
			blen = blen * 10 + (size_t)(a->out[p++] - '0');
		if (a->len - p < 4 || a->len - p - 4 < blen)
			return false;
		p += 4;
		fp_json *msg;
		fp_json_error err;
		if (!fp_json_parse(a->out + p, blen, &a->arena, NULL, &msg, &err))
			return false;
		const fp_json *id = fp_json_get(msg, "id");
		const fp_json *method = fp_json_get(msg, "method");
		const fp_json *result = fp_json_get(msg, "result");
		int64_t idv = -1;
		if (id && id->kind == FP_JSON_NUMBER)
			fp_json_i64(id, &idv);
		if (result && result->kind == FP_JSON_OBJECT && idv >= CHECK_TOKENS &&
		    idv < CHECK_TOKENS + MAX_CHECKS) {
			a->tokens_at[idv - CHECK_TOKENS] = fp_json_get(result, "data");
			a->answered_at[idv - CHECK_TOKENS][0] = true;
		} else if (result && result->kind == FP_JSON_OBJECT && idv >= CHECK_PULL &&
			   idv < CHECK_PULL + MAX_CHECKS) {
			a->pulled_at[idv - CHECK_PULL] = fp_json_get(result, "items");
			a->answered_at[idv - CHECK_PULL][1] = true;
		} else if (id && id->kind == FP_JSON_NUMBER && result && result->kind == FP_JSON_OBJECT) {
			if (strcmp(id->u.num.text, "900") == 0) {
				a->tokens = fp_json_get(result, "data");
				a->answered_tokens = true;
			} else if (strcmp(id->u.num.text, "901") == 0) {
				a->pulled = fp_json_get(result, "items");
				a->answered_pull = true;
			}
		} else if (method && method->kind == FP_JSON_STRING &&
			   strcmp(method->u.str.s, "textDocument/publishDiagnostics") == 0) {
			const fp_json *params = fp_json_get(msg, "params");
			if (params)
				a->published = fp_json_get(params, "diagnostics");
		}
		p += blen;
	}
	return true;
}

static void answers_release(answers *a)
{
	fp_free(a->out);
	fp_arena_release(&a->arena);
}

/* Equal as JSON values written the same way: the server writes its
 * answers deterministically, so equal values have equal text. Compared
 * through fp_jw_value so that ranges (offsets in different bodies) do not
 * matter. */
static bool same_json(const fp_json *x, const fp_json *y)
{
	if (!x || !y)
		return x == y;
	fp_buf bx, by;
	fp_buf_init(&bx);
	fp_buf_init(&by);
	fp_jw wx, wy;
	fp_jw_init(&wx, &bx, false);
	fp_jw_init(&wy, &by, false);
	fp_jw_value(&wx, x);
	fp_jw_value(&wy, y);
	bool eq = bx.failed || by.failed ||
		  (bx.len == by.len && (bx.len == 0 || memcmp(bx.data, by.data, bx.len) == 0));
	fp_buf_release(&bx);
	fp_buf_release(&by);
	return eq;
}

int fuzz_lsp_edit_one(const uint8_t *data, size_t size)
{
	if (size < 2)
		return 0;
	unsigned flags = data[0];
	const char *rest = (const char *)data + 1;
	size_t nrest = size - 1;
	const char *nul = memchr(rest, 0, nrest);
	size_t tlen = nul ? (size_t)(nul - rest) : nrest;
	const uint8_t *script = nul ? (const uint8_t *)nul + 1 : (const uint8_t *)rest + nrest;
	size_t nscript = nul ? nrest - tlen - 1 : 0;
	if (tlen > MAX_TEXT)
		tlen = MAX_TEXT;

	doc d = { NULL, 0, 0 };
	d.t = fp_malloc(tlen + 1);
	if (!d.t)
		return 0;
	sanitize(d.t, rest, tlen);
	d.len = tlen;
	d.cap = tlen + 1;
	char *original = dup_bytes(d.t, tlen);
	edit *edits = fp_calloc(MAX_EDITS, sizeof *edits);
	checkpoints cps;
	cps.n = 0;
	fp_buf in;
	fp_buf_init(&in);
	if (!original || !edits)
		goto out;

	initialize(&in, flags);
	did_open(&in, flags, d.t, d.len);
	int version = 1;
	size_t nedits = 0;
	size_t sp = 0;
	change_msg cm = { .n = 0 };
	long req_id = 100;
	char insbuf[32];
	while (nedits < MAX_EDITS && nscript - sp >= 4) {
		const uint8_t *b = script + sp;
		sp += 4;
		size_t start = (((size_t)b[0] << 8) | b[1]) % (d.len + 1);
		while (start > 0 && is_cont(d.t, d.len, start))
			start--;
		size_t end = start + (b[2] & 31);
		if (end > d.len)
			end = d.len;
		while (is_cont(d.t, d.len, end))
			end++;
		size_t nins = b[3] & 31;
		if (b[3] & 0x80) {
			size_t from = d.len ? (start * 7 + nins) % d.len : 0;
			if (nins > d.len - from)
				nins = d.len - from;
			/* whole characters only */
			while (from < d.len && is_cont(d.t, d.len, from)) {
				from++;
				if (nins)
					nins--;
			}
			size_t e = from + nins;
			while (is_cont(d.t, d.len, e))
				e--;
			nins = e > from ? e - from : 0;
			memcpy(insbuf, d.t + from, nins);
		} else {
			if (nins > nscript - sp)
				nins = nscript - sp;
			sanitize(insbuf, (const char *)script + sp, nins);
			sp += nins;
		}
		/* no boundary inside a CR LF pair, before or after */
		if (splits_crlf(d.t, d.len, start) || splits_crlf(d.t, d.len, end))
			continue;
		bool before_lf = end < d.len && d.t[end] == '\n';
		bool after_cr = start > 0 && d.t[start - 1] == '\r';
		if ((nins > 0 && insbuf[nins - 1] == '\r' && before_lf) || (nins > 0 && insbuf[0] == '\n' && after_cr) ||
		    (nins == 0 && after_cr && before_lf))
			continue;
		edit *e = &edits[nedits];
		e->start = start;
		e->nremoved = end - start;
		e->removed = dup_bytes(d.t + start, end - start);
		e->ninserted = nins;
		e->inserted = dup_bytes(insbuf, nins);
		if (!e->removed || !e->inserted)
			goto out;
		nedits++;
		if (cm.n == 0)
			version++;
		change_add(&cm, flags, version, d.t, d.len, start, end, insbuf, nins);
		if (!splice(&d, start, end - start, insbuf, nins))
			goto out;
		if (b[2] & 0x40) {
			change_end_checked(&cm, &in, flags, &cps, d.t, d.len);
			if ((flags & 64) && (b[2] & 0x80))
				request(&in, flags, req_id++, b[2] & 0x20);
		}
	}
	change_end_checked(&cm, &in, flags, &cps, d.t, d.len);
	/* undo, newest first */
	for (size_t k = nedits; k-- > 0;) {
		edit *e = &edits[k];
		if (cm.n == 0)
			version++;
		change_add(&cm, flags, version, d.t, d.len, e->start, e->start + e->ninserted,
			   e->removed, e->nremoved);
		if (!splice(&d, e->start, e->ninserted, e->removed, e->nremoved))
			goto out;
		if (!(flags & 32))
			change_end_checked(&cm, &in, flags, &cps, d.t, d.len);
	}
	change_end_checked(&cm, &in, flags, &cps, d.t, d.len);
	REQUIRE(d.len == tlen && memcmp(d.t, original, tlen) == 0);
	request(&in, flags, 900, false);
	request(&in, flags, 901, true);

	/* the fresh session */
	fp_buf fresh;
	fp_buf_init(&fresh);
	initialize(&fresh, flags);
	did_open(&fresh, flags, original, tlen);
	request(&fresh, flags, 900, false);
	request(&fresh, flags, 901, true);

	if (!in.failed && !fresh.failed) {
		fp_log_open(NULL, (fp_log_level)0);     /* level 0: nothing */
		answers x, y;
		bool okx = run_session(&in, &x);
		bool oky = run_session(&fresh, &y);
		fp_log_close();
		fp_log_open(NULL, FP_LOG_WARN);
		if (okx && oky) {
			REQUIRE(x.answered_tokens == y.answered_tokens);
			REQUIRE(x.answered_pull == y.answered_pull);
			REQUIRE(same_json(x.tokens, y.tokens));
			REQUIRE(same_json(x.pulled, y.pulled));
			if (x.published && y.published)
				REQUIRE(same_json(x.published, y.published));
		}
		/* each version on the way, against its own fresh session */
		for (size_t k = 0; okx && k < cps.n; k++) {
			fp_buf one;
			fp_buf_init(&one);
			initialize(&one, flags);
			did_open(&one, flags, cps.v[k].text, cps.v[k].len);
			request(&one, flags, 900, false);
			request(&one, flags, 901, true);
			answers z;
			fp_log_open(NULL, (fp_log_level)0);
			bool okz = !one.failed && run_session(&one, &z);
			fp_log_close();
			fp_log_open(NULL, FP_LOG_WARN);
			if (okz) {
				REQUIRE(x.answered_at[k][0] == z.answered_tokens);
				REQUIRE(x.answered_at[k][1] == z.answered_pull);
				REQUIRE(same_json(x.tokens_at[k], z.tokens));
				REQUIRE(same_json(x.pulled_at[k], z.pulled));
			}
			if (!one.failed)
				answers_release(&z);
			fp_buf_release(&one);
		}
		answers_release(&x);
		answers_release(&y);
	}
	fp_buf_release(&fresh);
out:
	for (size_t k = 0; k < cps.n; k++)
		fp_free(cps.v[k].text);
	for (size_t k = 0; edits && k < MAX_EDITS; k++) {
		fp_free(edits[k].removed);
		fp_free(edits[k].inserted);
	}
	fp_free(edits);
	fp_buf_release(&in);
	fp_free(original);
	fp_free(d.t);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_lsp_edit_one(data, size);
}
#endif
