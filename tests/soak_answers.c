/*
 * tests/soak_answers.c - the soak test's checks of what the server sends
 * (see check_soak.c): every answer against the request in flight with its
 * id, every publishDiagnostics against the documents.
 */
#include "soak.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "util/alloc.h"

void soak_fail(soak *S, const char *fmt, ...)
{
	if (++S->nfail > SOAK_MAX_FAIL)
		return;
	va_list ap;
	va_start(ap, fmt);
	fp_buf_adds(&S->fail, "  ");
	fp_buf_vprintf(&S->fail, fmt, ap);
	fp_buf_addc(&S->fail, '\n');
	va_end(ap);
}

void soak_count(soak *S, const char *method, bool error)
{
	int i = 0;
	while (i < S->ncounts && strcmp(S->counts[i].name, method) != 0)
		i++;
	if (i == S->ncounts) {
		if (S->ncounts == (int)(sizeof S->counts / sizeof S->counts[0]))
			return;
		S->counts[S->ncounts++] = (mcount){ method, 0, 0 };
	}
	S->counts[i].n++;
	if (error) {
		S->counts[i].errors++;
		S->srv_errors++;
	}
}

void soak_uncount(soak *S, const char *method)
{
	for (int i = 0; i < S->ncounts; i++) {
		if (strcmp(S->counts[i].name, method) == 0 && S->counts[i].n > 0)
			S->counts[i].n--;
	}
	S->cancelled_answers++;
}

void soak_count_error(soak *S, const char *method)
{
	for (int i = 0; i < S->ncounts; i++) {
		if (strcmp(S->counts[i].name, method) == 0)
			S->counts[i].errors++;
	}
	S->srv_errors++;
}

size_t soak_line_break(const char *t, size_t n, size_t i)
{
	if (t[i] == '\n')
		return 1;
	if (t[i] != '\r')
		return 0;
	return i + 1 < n && t[i + 1] == '\n' ? 2 : 1;
}

bool soak_num(const fp_json *v, int64_t *out)
{
	return v && v->kind == FP_JSON_NUMBER && fp_json_i64(v, out);
}

static bool is_kind(const fp_json *v, fp_json_kind k)
{
	return v && v->kind == k;
}

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- positions ---------------------------------------------------------------- */

/* The lines of a text, with their length in UTF-16 units (line ends
 * excluded). */
typedef struct tinfo {
	size_t nlines;
	size_t *len16;
} tinfo;

static bool tinfo_init(tinfo *ti, const char *t, size_t n, fp_arena *a)
{
	ti->nlines = 1;
	for (size_t i = 0; i < n; i++) {
		size_t br = soak_line_break(t, n, i);
		ti->nlines += br > 0;
		i += br > 1;
	}
	ti->len16 = fp_arena_zalloc(a, ti->nlines * sizeof *ti->len16);
	if (!ti->len16)
		return false;
	size_t l = 0;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)t[i];
		size_t br = soak_line_break(t, n, i);
		if (br) {
			l++;
			i += br - 1;
		} else if ((ch & 0xC0) != 0x80) {
			ti->len16[l] += ch >= 0xF0 ? 2 : 1;     /* outside the BMP: a surrogate pair */
		}
	}
	return true;
}

/* A position inside the text: an existing line, a column at most its
 * length. */
static bool pos_in(const tinfo *ti, const fp_json *pos, int64_t *line, int64_t *col)
{
	return soak_num(fp_json_get(pos, "line"), line) && soak_num(fp_json_get(pos, "character"), col) &&
	       *line >= 0 && *col >= 0 && (size_t)*line < ti->nlines && (size_t)*col <= ti->len16[*line];
}

/* Every range in v (an object with start and end positions) lies in the
 * text, start before end; every "uri" and every key under "changes" is
 * the document's. Returns a complaint or NULL. */
static const char *walk(const tinfo *ti, const fp_json *v, const char *uri, int depth)
{
	if (depth > 64)
		return "nested too deep";
	if (v->kind == FP_JSON_ARRAY) {
		for (size_t i = 0; i < v->u.arr.len; i++) {
			const char *e = walk(ti, v->u.arr.items[i], uri, depth + 1);
			if (e)
				return e;
		}
		return NULL;
	}
	if (v->kind != FP_JSON_OBJECT)
		return NULL;
	const fp_json *s = fp_json_get(v, "start"), *e = fp_json_get(v, "end");
	if (is_kind(s, FP_JSON_OBJECT) && is_kind(e, FP_JSON_OBJECT)) {
		int64_t l0, c0, l1, c1;
		if (!pos_in(ti, s, &l0, &c0) || !pos_in(ti, e, &l1, &c1))
			return "a range outside the document's text";
		if (l1 < l0 || (l1 == l0 && c1 < c0))
			return "a range that ends before it starts";
	}
	for (size_t i = 0; i < v->u.obj.len; i++) {
		const fp_json_member *m = &v->u.obj.items[i];
		if (strcmp(m->key, "uri") == 0 &&
		    (!is_kind(m->value, FP_JSON_STRING) || strcmp(m->value->u.str.s, uri) != 0))
			return "a uri that is not the document's";
		if (strcmp(m->key, "changes") == 0 && is_kind(m->value, FP_JSON_OBJECT)) {
			for (size_t j = 0; j < m->value->u.obj.len; j++) {
				if (strcmp(m->value->u.obj.items[j].key, uri) != 0)
					return "an edit of another document";
			}
		}
		const char *err = walk(ti, m->value, uri, depth + 1);
		if (err)
			return err;
	}
	return NULL;
}

/* ---- results ------------------------------------------------------------------- */

/* references: an element name's are in every open document that reads
 * the element; a location in the asking document is checked against its
 * text, one elsewhere must name another open document. */
static const char *references(const soak *S, const pend *p, const tinfo *ti, const fp_json *r)
{
	const char *self = S->docs[p->doc].uri;
	for (size_t i = 0; i < r->u.arr.len; i++) {
		const fp_json *loc = r->u.arr.items[i];
		const fp_json *u = fp_json_get(loc, "uri");
		if (!is_kind(u, FP_JSON_STRING))
			return "a location without a uri";
		if (strcmp(u->u.str.s, self) == 0) {
			const char *e = walk(ti, loc, self, 0);
			if (e)
				return e;
			continue;
		}
		bool open = false;
		for (int k = 0; k < S->ndocs && !open; k++)
			open = strcmp(S->docs[k].uri, u->u.str.s) == 0;
		if (!open)
			return "a uri that is no open document";
	}
	return NULL;
}

static bool nonempty(const fp_json *r)
{
	if (!r || r->kind == FP_JSON_NULL)
		return false;
	if (r->kind == FP_JSON_ARRAY)
		return r->u.arr.len > 0;
	const fp_json *items = fp_json_get(r, "items");
	if (is_kind(items, FP_JSON_ARRAY))
		return items->u.arr.len > 0;
	const fp_json *sigs = fp_json_get(r, "signatures");
	if (is_kind(sigs, FP_JSON_ARRAY))
		return sigs->u.arr.len > 0;
	return true;
}

/* a is an array, and every item an object whose member `key` has kind k. */
static bool items_have(const fp_json *a, const char *key, fp_json_kind k)
{
	if (!is_kind(a, FP_JSON_ARRAY))
		return false;
	for (size_t i = 0; i < a->u.arr.len; i++) {
		if (!is_kind(fp_json_get(a->u.arr.items[i], key), k))
			return false;
	}
	return true;
}

/* Semantic tokens: five natural numbers a token, each token inside one
 * line of the text. */
static const char *check_tokens(const tinfo *ti, const fp_json *data)
{
	if (!is_kind(data, FP_JSON_ARRAY) || data->u.arr.len % 5)
		return "not SemanticTokens (data of 5 numbers a token)";
	int64_t line = 0, col = 0, len = 0;
	for (size_t i = 0; i < data->u.arr.len; i += 5) {
		int64_t v[5];
		for (int j = 0; j < 5; j++) {
			if (!soak_num(data->u.arr.items[i + (size_t)j], &v[j]) || v[j] < 0)
				return "a token number that is not a natural number";
		}
		if (i > 0 && v[0] == 0 && v[1] < len)
			return "a token that overlaps the one before";
		line += v[0];
		col = v[0] ? v[1] : col + v[1];
		len = v[2];
		if (v[2] == 0 || (size_t)line >= ti->nlines || (size_t)(col + v[2]) > ti->len16[line])
			return "a token outside the document's text";
	}
	return NULL;
}

/* Whether range r holds position (line, col). */
static bool holds(const tinfo *ti, const fp_json *r, int64_t line, int64_t col)
{
	int64_t l0, c0, l1, c1;
	return pos_in(ti, fp_json_get(r, "start"), &l0, &c0) && pos_in(ti, fp_json_get(r, "end"), &l1, &c1) &&
	       (l0 < line || (l0 == line && c0 <= col)) && (line < l1 || (line == l1 && col <= c1));
}

/* The first selection range holds the first position; the parent of
 * each selection range holds it. */
static const char *check_selection(const tinfo *ti, const pend *p, const fp_json *r)
{
	if (p->has_pos && r->u.arr.len && !holds(ti, fp_json_get(r->u.arr.items[0], "range"), p->line, p->col))
		return "a selection range that does not hold its position";
	for (size_t i = 0; i < r->u.arr.len; i++) {
		const fp_json *x = r->u.arr.items[i];
		for (const fp_json *up; (up = fp_json_get(x, "parent")) != NULL; x = up) {
			int64_t a0, a1, b0, b1, c0, c1, d0, d1;
			const fp_json *in = fp_json_get(x, "range"), *out = fp_json_get(up, "range");
			if (!pos_in(ti, fp_json_get(in, "start"), &a0, &a1) || !pos_in(ti, fp_json_get(in, "end"), &b0, &b1) ||
			    !pos_in(ti, fp_json_get(out, "start"), &c0, &c1) || !pos_in(ti, fp_json_get(out, "end"), &d0, &d1))
				return "a selection range outside the text";
			if (c0 > a0 || (c0 == a0 && c1 > a1) || d0 < b0 || (d0 == b0 && d1 < b1))
				return "a selection range whose parent does not hold it";
		}
	}
	return NULL;
}

/* The shape of a result of request p; a complaint or NULL. Ranges are
 * checked against the text the document had when p was sent. */
static const char *check_result(soak *S, const pend *p, const fp_json *r)
{
	bool null = r->kind == FP_JSON_NULL;
	bool arr = r->kind == FP_JSON_ARRAY, obj = r->kind == FP_JSON_OBJECT;
	if (p->nonempty && !nonempty(r))
		return "empty, at a place where there must be an answer";
	tinfo ti = { 0, NULL };
	if (p->snap && !tinfo_init(&ti, p->snap, p->snaplen, &S->arena))
		return "out of memory in the test";
	switch (p->kind) {
	case Q_HOVER:
		if (!null && !(obj && fp_json_get(r, "contents")))
			return "not null or a Hover";
		if (obj && p->has_pos && fp_json_get(r, "range") && !holds(&ti, fp_json_get(r, "range"), p->line, p->col))
			return "a hover range that does not hold its position";
		break;
	case Q_COMPLETION:
		if (!items_have(obj ? fp_json_get(r, "items") : r, "label", FP_JSON_STRING))
			return "not a list of CompletionItems with labels";
		break;
	case Q_SIGNATURE:
		if (!null && !(obj && items_have(fp_json_get(r, "signatures"), "label", FP_JSON_STRING)))
			return "not null or a SignatureHelp";
		break;
	case Q_TOKENS: {
		const char *e = check_tokens(&ti, obj ? fp_json_get(r, "data") : NULL);
		if (e)
			return e;
		break;
	}
	case Q_DOCSYM:
		if (!null && !items_have(r, "name", FP_JSON_STRING))
			return "not a list of symbols";
		break;
	case Q_WSSYM:
		if (!null && !(items_have(r, "name", FP_JSON_STRING) && items_have(r, "location", FP_JSON_OBJECT)))
			return "not a list of SymbolInformation";
		for (size_t i = 0; arr && i < r->u.arr.len; i++) {
			const fp_json *u = fp_json_get(fp_json_get(r->u.arr.items[i], "location"), "uri");
			const char *uri = is_kind(u, FP_JSON_STRING) ? u->u.str.s : "";
			int di = 0;
			while (di < S->ndocs && strcmp(S->docs[di].uri, uri) != 0)
				di++;
			if (di == S->ndocs || !(p->open_bits[di / 64] >> (di % 64) & 1))
				return "a symbol of a document that is not open";
		}
		break;
	case Q_FORMAT:
		if (!null && !(items_have(r, "range", FP_JSON_OBJECT) && items_have(r, "newText", FP_JSON_STRING)))
			return "not null or a list of TextEdits";
		break;
	case Q_ACTION:
		if (!null && !items_have(r, "title", FP_JSON_STRING))
			return "not null or a list of CodeActions";
		break;
	case Q_DEFINITION:
		if (!null && !(obj && fp_json_get(r, "uri")) && !arr)
			return "not null, a Location or a list";
		break;
	case Q_REFERENCES: case Q_HIGHLIGHT:
		if (!null && !items_have(r, "range", FP_JSON_OBJECT))
			return "not null or a list of ranges";
		break;
	case Q_RENAME:
		if (!null && !(obj && fp_json_get(r, "changes")))
			return "not null or a WorkspaceEdit";
		break;
	case Q_FOLDING:
		if (!arr)
			return "not a list of FoldingRanges";
		for (size_t i = 0; i < r->u.arr.len; i++) {
			int64_t a, b;
			if (!soak_num(fp_json_get(r->u.arr.items[i], "startLine"), &a) ||
			    !soak_num(fp_json_get(r->u.arr.items[i], "endLine"), &b) || a < 0 || b < a ||
			    (size_t)b >= ti.nlines)
				return "a FoldingRange outside the document's lines";
		}
		break;
	case Q_SELECTION: {
		if (!arr || r->u.arr.len != (size_t)p->npos)
			return "not one SelectionRange per position";
		const char *e = check_selection(&ti, p, r);
		if (e)
			return e;
		break;
	}
	case Q_DIAGNOSTIC: {
		const fp_json *kind = obj ? fp_json_get(r, "kind") : NULL;
		const fp_json *items = obj ? fp_json_get(r, "items") : NULL;
		if (!is_kind(kind, FP_JSON_STRING) || strcmp(kind->u.str.s, "full") != 0 ||
		    !items_have(items, "message", FP_JSON_STRING) || !items_have(items, "range", FP_JSON_OBJECT))
			return "not a full document diagnostic report";
		break;
	}
	case Q_HEALTH: case Q_RESOURCES: {
		int64_t rss, docs;
		const fp_json *st = fp_json_get(r, "state");
		if (!obj || !soak_num(fp_json_get(r, "rssKiB"), &rss) || rss <= 0)
			return "no rssKiB";
		if (p->kind == Q_HEALTH && (!is_kind(st, FP_JSON_STRING) || strcmp(st->u.str.s, "running") != 0))
			return "state is not running";
		const fp_json *nd = p->kind == Q_HEALTH ? fp_json_get(r, "openDocuments")
							: fp_json_get(fp_json_get(r, "documents"), "count");
		if (!soak_num(nd, &docs) || docs != p->ndocs_open)
			return "a document count that is not the number of open documents";
		break;
	}
	case Q_INITIALIZE:
		if (!obj || !is_kind(fp_json_get(r, "capabilities"), FP_JSON_OBJECT))
			return "no capabilities";
		break;
	case Q_SHUTDOWN:
		if (!null)
			return "not null";
		break;
	default:
		return "a result where there must be an error";
	}
	if (p->snap && p->kind == Q_REFERENCES && is_kind(r, FP_JSON_ARRAY))
		return references(S, p, &ti, r);
	if (p->snap && p->kind != Q_TOKENS)
		return walk(&ti, r, S->docs[p->doc].uri, 0);
	return NULL;
}

/* ---- messages ---------------------------------------------------------------------- */

static void brief(fp_buf *b, const char *s, size_t n)
{
	fp_buf_add(b, s, n > 300 ? 300 : n);
	if (n > 300)
		fp_buf_adds(b, "...");
}

static void on_response(soak *S, const fp_json *v, const char *body, size_t len)
{
	const fp_json *idv = fp_json_get(v, "id");
	int64_t id = 0;
	bool strid = false;
	if (is_kind(idv, FP_JSON_STRING) && idv->u.str.s[0] == 's') {
		char *end;
		id = strtoll(idv->u.str.s + 1, &end, 10);
		strid = true;
		if (*end)
			id = 0;
	} else if (!soak_num(idv, &id)) {
		id = 0;
	}
	pend *p = id > 0 ? &S->ring[id % SOAK_RING] : NULL;
	if (!p || p->id != id) {
		soak_fail(S, "an answer to id %.40s, which is not in flight (a duplicate, or never sent): %.200s",
			  idv ? body + idv->start : "(none)", body);
		return;
	}
	S->last_progress = now_ms();
	const char *method = soak_requests[p->kind].method;
	if (p->strid != strid)
		soak_fail(S, "%s id %lld: answered with the id as a %s", method, (long long)id,
			  strid ? "string" : "number");
	const fp_json *res = fp_json_get(v, "result"), *err = fp_json_get(v, "error");
	fp_buf why;
	fp_buf_init(&why);
	if (!res == !err) {
		fp_buf_adds(&why, "not exactly one of result and error");
	} else if (err) {
		int64_t code = 0;
		const fp_json *m = fp_json_get(err, "message");
		bool allowed = false;
		if (!soak_num(fp_json_get(err, "code"), &code) || !is_kind(m, FP_JSON_STRING))
			fp_buf_adds(&why, "an error without a code and a message");
		else if (!(allowed = (p->expect != X_RESULT && code == p->err_code) ||
				     (p->cancelled && code == E_CANCELLED)))
			fp_buf_printf(&why, "error %lld (%s), want %s %d", (long long)code, m->u.str.s,
				      p->expect == X_RESULT ? "a result, not an error" : "error", p->err_code);
		S->error_answers++;
		if (allowed && code == E_CANCELLED && soak_requests[p->kind].counted)
			soak_uncount(S, method);        /* cancelled before its handler ran */
		else if (allowed && soak_requests[p->kind].counted)
			soak_count_error(S, method);    /* the server counts its handlers' failures */
	} else if (p->expect == X_ERROR) {
		fp_buf_printf(&why, "a result, want error %d", p->err_code);
	} else {
		const char *e = check_result(S, p, res);
		if (e) {
			fp_buf_adds(&why, e);
		} else if (p->cap >= 0) {
			fp_jw w;
			fp_buf_reset(&S->caps[p->cap]);
			fp_jw_init(&w, &S->caps[p->cap], false);
			if (res->kind == FP_JSON_OBJECT && fp_json_get(res, "resultId")) {
				/* a count of results sent: not part of the answer */
				fp_jw_obj_begin(&w);
				for (size_t k = 0; k < res->u.obj.len; k++) {
					if (strcmp(res->u.obj.items[k].key, "resultId") == 0)
						continue;
					fp_jw_key(&w, res->u.obj.items[k].key);
					fp_jw_value(&w, res->u.obj.items[k].value);
				}
				fp_jw_obj_end(&w);
			} else {
				fp_jw_value(&w, res);
			}
			S->capped[p->cap] = true;
		}
	}
	if (why.len) {
		fp_buf msg;
		fp_buf_init(&msg);
		brief(&msg, body, len);
		soak_fail(S, "%s id %lld%s: %s\n    answer: %s", method, (long long)id,
			  p->cancelled ? " (cancelled)" : "", why.data, msg.data ? msg.data : "");
		fp_buf_release(&msg);
	}
	fp_buf_release(&why);
	fp_free(p->snap);
	memset(p, 0, sizeof *p);
	S->outstanding--;
	S->answered++;
}

/* publishDiagnostics: for one of our documents, a version sent and not
 * older than one published before; without a version only to clear a
 * churn document's diagnostics (it was closed). */
static void on_publish(soak *S, const fp_json *params, const char *body)
{
	S->publishes++;
	const fp_json *u = fp_json_get(params, "uri"), *diags = fp_json_get(params, "diagnostics");
	int di = 0;
	while (is_kind(u, FP_JSON_STRING) && di < S->ndocs && strcmp(S->docs[di].uri, u->u.str.s) != 0)
		di++;
	if (!is_kind(u, FP_JSON_STRING) || di == S->ndocs || !items_have(diags, "range", FP_JSON_OBJECT) ||
	    !items_have(diags, "message", FP_JSON_STRING)) {
		soak_fail(S, "publishDiagnostics for no document of ours, or malformed: %.300s", body);
		return;
	}
	sdoc *d = &S->docs[di];
	int64_t v;
	const fp_json *vv = fp_json_get(params, "version");
	if (!vv) {
		if (!d->churn || diags->u.arr.len)
			soak_fail(S, "publishDiagnostics without a version, not the clearing of a closed document: %.300s",
				  body);
		return;
	}
	if (!soak_num(vv, &v) || v > d->version || v < d->published) {
		soak_fail(S, "publishDiagnostics of %s version %.20s: sent up to %lld, published %lld before", d->uri,
			  body + vv->start, (long long)d->version, (long long)d->published);
		return;
	}
	d->published = v;
	fp_jw w;
	fp_buf_reset(&d->pubdiags);
	fp_jw_init(&w, &d->pubdiags, false);
	fp_jw_value(&w, diags);
}

void soak_on_message(soak *S, const char *body, size_t len)
{
	/* the arena is emptied now and then, not after every message: its
	 * big blocks would be mapped and unmapped for each large answer */
	if (S->arena.total > (8u << 20))
		fp_arena_release(&S->arena);
	fp_json *v;
	fp_json_error je;
	if (!fp_json_parse(body, len, &S->arena, NULL, &v, &je) || v->kind != FP_JSON_OBJECT) {
		soak_fail(S, "a message that is not a JSON object (%s): %.200s", v ? "not an object" : je.message, body);
		return;
	}
	const fp_json *rpc = fp_json_get(v, "jsonrpc"), *method = fp_json_get(v, "method");
	if (!is_kind(rpc, FP_JSON_STRING) || strcmp(rpc->u.str.s, "2.0") != 0)
		soak_fail(S, "a message without \"jsonrpc\": \"2.0\": %.200s", body);
	if (is_kind(method, FP_JSON_STRING)) {
		if (strcmp(method->u.str.s, "textDocument/publishDiagnostics") == 0 && !fp_json_get(v, "id"))
			on_publish(S, fp_json_get(v, "params"), body);
		else if (strcmp(method->u.str.s, "$/logTrace") == 0 && !fp_json_get(v, "id") &&
			 is_kind(fp_json_get(fp_json_get(v, "params"), "message"), FP_JSON_STRING))
			;       /* the session turns $/setTrace on and off */
		else if (strcmp(method->u.str.s, "window/logMessage") == 0 && !fp_json_get(v, "id") &&
			 is_kind(fp_json_get(fp_json_get(v, "params"), "message"), FP_JSON_STRING) &&
			 is_kind(fp_json_get(fp_json_get(v, "params"), "type"), FP_JSON_NUMBER))
			S->logged++;    /* the server's log, no --log file given */
		else
			soak_fail(S, "a message nobody asked for: %.300s", body);
	} else {
		on_response(S, v, body, len);
	}
}
