/*
 * tests/check_soak.c - the soak test (issue 4): one long generated LSP
 * session against the real binary (`fhirpath-ls serve` over pipes), every
 * answer checked, then a clean exit with no leak and no memory growth.
 * This file drives the session; soak_answers.c checks what comes back.
 *
 * The session. initialize (processId: ours; rootUri: a temporary folder
 * with a .fhirpath-ls.json), then didOpen of the standing documents (the
 * files of tests/soak/ and three of corpus/: .fhirpath with // @context,
 * // @var and mistakes, one with CRLF line ends, a StructureDefinition in
 * JSON with constraints) and of 70 small ones, more than the server keeps
 * analyses of. Then FP_SOAK requests (10,000 by default; `make asan` runs
 * 100,000) drawn from a fixed pseudo-random sequence (FP_SOAK_SEED picks
 * another) over every request the server answers (soak_requests[] gives
 * the mix), each after zero to three notifications drawn from theirs
 * (notification()): incremental didChange (one to three range edits:
 * non-ASCII text, line ends of all three kinds) and full didChange,
 * didOpen, reopen and didClose of churn documents (.fhirpath, a JSON and
 * an XML resource), didSave, $/setTrace, $/cancelRequest for a request in
 * flight or for one that never existed, unknown notifications, settings
 * (R4/R5, an unknown version, the workspace file "changed"), and now and
 * then a didChange with an old version (ignored) or for a closed document
 * (a failure nobody is told about). Then shutdown and exit.
 *
 * What is checked. The test keeps its own copy of every document, so it
 * knows what each answer must be about:
 *  - every request has an expectation: a result of its method's shape
 *    whose ranges (and semantic tokens, folding lines, uris) lie in the
 *    text the document had when the request was sent (hover and selection
 *    ranges around the position asked about, tokens apart), or an error with
 *    one code ("document is not open" for a closed document or none,
 *    "method not found" for an unknown method, a bad rename name,
 *    initialize sent twice, a notification method sent with an id); some
 *    requests aim at known places of unedited documents (probes[]) and
 *    must not come back empty; a cancelled request may answer -32800;
 *  - every id is answered exactly once, with the id as sent (numbers, and
 *    strings for one request in seven); a server that answers nothing
 *    for STALL_MS is hung;
 *  - publishDiagnostics is for a known document and a version that was
 *    sent, never older than one published before; one without a version
 *    (and without diagnostics) only for churn documents; when the server
 *    exits, the last version of every open document has been published,
 *    for the standing ones with the diagnostics the pull gave for it;
 *  - at each checkpoint (the start of every quarter, and the end) the
 *    session is brought to one state (churn documents closed, the others
 *    back to their first text, R4, then a diagnostic pull that analyses
 *    every document) and asked the same questions about each standing
 *    document (diagnostics, symbols, semantic tokens, folding): the
 *    answers must be those of the 2nd quarter's checkpoint,
 *    fhirpath/resources must report the same documents, text and analysis
 *    bytes and open fds, and fhirpath/health's counters (requests,
 *    notifications, errors, per-method counts and errors) what was sent;
 *  - RSS at the end is at most RSS_SLACK_KIB above RSS at the start of the
 *    2nd quarter (the first quarter is warm-up);
 *  - the exit code is 0. The leak-checked build (`make asan`) exits
 *    non-zero on a leak; the sanitizer's report, taken from the server's
 *    stderr, is in the failure message, with the seed.
 *
 * Pipelining: at most WINDOW requests are in flight; input, output and
 * stderr are pumped together, so neither side blocks on a full pipe.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "runner.h"
#include "soak.h"
#include "util/alloc.h"

#define SOAK_DEFAULT 10000      /* requests under `make test`; FP_SOAK=N */
#define WINDOW 64               /* requests in flight */
#define TX_HIGH (256 << 10)     /* no new messages while this much input waits */
#define STALL_MS 30000          /* no answer for this long: hung */
#define EXIT_MS 60000           /* from exit to the end, the leak check included */

/*
 * RSS may be this much higher at the end than at the start of the 2nd
 * quarter. The state at both points is the same (same documents, texts,
 * analyses and answers: checked), so real growth is memory kept per
 * request or per edit, and it scales with the count: between the 2nd
 * quarter and the end of 100,000 requests (`make asan`), 5 MiB is 52 bytes
 * a request; of 10,000 (`make test`), 512 KiB is 70 (and LeakSanitizer
 * reports any leak of memory nothing points to, however small). What does
 * not scale is allocator noise: a free block in the middle of the heap
 * keeps its pages, and buffers sized by the largest message or answer so
 * far touch new pages when a larger one comes. Measured: with musl's
 * allocator 0-90 KiB of growth (10,000 to 100,000 requests, ten seeds).
 * The sanitizer's allocator adds its own: size-class caches that keep each
 * class's peak, its quarantine of freed blocks (256 MiB by default: capped
 * at ASAN_QUARANTINE_MB, full within the first quarter), and one stack
 * trace kept per distinct allocation stack, which random edits make new
 * ones of for a long time (parser recursion): 3 MiB per 10,000 requests at
 * the default 30 frames, so ASAN_STACK_FRAMES keeps 8, enough for a leak
 * report. Measured then: 0.1-1.4 MiB of growth over 100,000 requests,
 * up and down from one quarter to the next (eight runs, four seeds).
 * With the workspace scan, semantic token deltas and inlay hints (more
 * distinct allocation stacks): +1.2 and +2.5 MiB in two runs, while the
 * musl build over the same 100,000 requests (FP_SOAK=100000 make test)
 * stayed flat (3,380 -> 3,360 KiB); so 5 MiB under the sanitizer, 52
 * bytes a request, which a leak per request would still cross.
 */
#ifdef FP_ASAN
#define RSS_SLACK_KIB 5120
#else
#define RSS_SLACK_KIB 512
#endif
#define ASAN_QUARANTINE_MB 4
#define ASAN_STACK_FRAMES 8

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- the server process ----------------------------------------------------- */

static bool srv_start(soak *S, const char *bin)
{
	char *argv[] = { (char *)bin, "serve", NULL };
	char opts[128];
	const char *asan = NULL;
#ifdef FP_ASAN
	/* see RSS_SLACK_KIB: the sanitizer's own memory must stop growing
	 * by the 2nd quarter; leaks are still reported. The fake stacks of
	 * detect_stack_use_after_return (make asan sets it) grow with the
	 * run, so the soak does without them: it measures memory. */
	snprintf(opts, sizeof opts,
		 "quarantine_size_mb=%d:malloc_context_size=%d:detect_stack_use_after_return=0",
		 ASAN_QUARANTINE_MB, ASAN_STACK_FRAMES);
	asan = opts;
#else
	(void)opts;
#endif
	int fds[3];
	int pid = rt_spawn(argv, asan, fds);
	if (pid < 0)
		return false;
	S->pid = pid;
	S->in = fds[0];
	S->out = fds[1];
	S->err = fds[2];
	return true;
}

/* memmem, which glibc hides without _GNU_SOURCE */
static const char *find(const char *h, size_t hn, const char *n, size_t nn)
{
	for (size_t i = 0; nn <= hn && i <= hn - nn; i++) {
		if (h[i] == n[0] && memcmp(h + i, n, nn) == 0)
			return h + i;
	}
	return NULL;
}

/* Cut what was read into Content-Length frames and handle each. */
static void frame(soak *S)
{
	size_t off = 0;
	while (!S->dead) {
		const char *d = S->rx.data + off;
		size_t n = S->rx.len - off;
		const char *he = find(d, n, "\r\n\r\n", 4);
		if (!he)
			break;
		if (strncmp(d, "Content-Length: ", 16) != 0) {
			soak_fail(S, "output that is not a Content-Length frame: %.80s", d);
			S->dead = true;
			break;
		}
		size_t clen = (size_t)strtoull(d + 16, NULL, 10);
		size_t hl = (size_t)(he - d) + 4;
		if (n - hl < clen)
			break;
		soak_on_message(S, d + hl, clen);
		off += hl + clen;
	}
	if (off) {
		memmove(S->rx.data, S->rx.data + off, S->rx.len - off);
		S->rx.len -= off;
	}
}

/* Keep the end of stderr, and everything from the first line a
 * sanitizer writes (its report is what a failure must show). */
static void err_add(soak *S, const char *p, size_t n)
{
	if (S->report.len) {
		if (S->report.len < (256 << 10))
			fp_buf_add(&S->report, p, n);
		return;
	}
	fp_buf_add(&S->errtail, p, n);
	static const char *const marks[] = { "Sanitizer", "runtime error:" };
	size_t from = S->errscan > 20 ? S->errscan - 20 : 0;
	for (size_t m = 0; m < 2; m++) {
		const char *hit = find(S->errtail.data + from, S->errtail.len - from, marks[m], strlen(marks[m]));
		if (!hit)
			continue;
		const char *line = hit;
		while (line > S->errtail.data && line[-1] != '\n')
			line--;
		fp_buf_add(&S->report, line, (size_t)(S->errtail.data + S->errtail.len - line));
		break;
	}
	S->errscan = S->errtail.len;
	if (S->errtail.len > (64 << 10)) {
		size_t keep = 16 << 10;
		memmove(S->errtail.data, S->errtail.data + S->errtail.len - keep, keep);
		S->errtail.len = keep;
		S->errtail.data[keep] = 0;
		S->errscan = keep;
	}
}

static void check_exit(soak *S)
{
	int st;
	if (!S->exited && waitpid(S->pid, &st, WNOHANG) == S->pid) {
		S->exited = true;
		S->code = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
	}
}

/* Read what fd has (a few rounds at most); false at its end. */
static bool drain_fd(soak *S, int fd, bool is_out)
{
	char buf[65536];
	for (int round = 0; round < 8; round++) {
		ssize_t r = read(fd, buf, sizeof buf);
		if (r > 0) {
			if (is_out) {
				fp_buf_add(&S->rx, buf, (size_t)r);
				frame(S);
			} else {
				err_add(S, buf, (size_t)r);
			}
		} else if (r < 0 && errno == EINTR) {
			continue;
		} else {
			return r < 0 && errno == EAGAIN;
		}
	}
	return true;
}

/* One round of I/O: write what is queued, read what is there, handle the
 * messages; waits at most timeout ms for something to happen. */
static void pump(soak *S, int timeout)
{
	struct pollfd fds[3];
	int nf = 0;
	if (S->in >= 0 && S->txoff < S->tx.len)
		fds[nf++] = (struct pollfd){ S->in, POLLOUT, 0 };
	if (S->out >= 0)
		fds[nf++] = (struct pollfd){ S->out, POLLIN, 0 };
	if (S->err >= 0)
		fds[nf++] = (struct pollfd){ S->err, POLLIN, 0 };
	if (nf == 0) {
		usleep(10000);
		check_exit(S);
		return;
	}
	if (poll(fds, (nfds_t)nf, timeout) <= 0) {
		if (S->shutting_down)
			check_exit(S);
		return;
	}
	while (S->in >= 0 && S->txoff < S->tx.len) {
		ssize_t w = write(S->in, S->tx.data + S->txoff, S->tx.len - S->txoff);
		if (w > 0) {
			S->txoff += (size_t)w;
		} else if (w < 0 && errno == EINTR) {
			continue;
		} else {
			if (w < 0 && errno != EAGAIN)
				S->txoff = S->tx.len;       /* the server is gone: seen below */
			break;
		}
	}
	if (S->txoff == S->tx.len) {
		fp_buf_reset(&S->tx);
		S->txoff = 0;
	}
	if (S->out >= 0 && !drain_fd(S, S->out, true)) {
		close(S->out);
		S->out = -1;
	}
	if (S->err >= 0 && !drain_fd(S, S->err, false)) {
		close(S->err);
		S->err = -1;
	}
	if (S->out < 0 || S->shutting_down)
		check_exit(S);
	if (S->out < 0 && !S->shutting_down && !S->dead) {
		uint64_t dl = now_ms() + 5000;
		while (!S->exited && now_ms() < dl) {
			usleep(10000);
			check_exit(S);
		}
		soak_fail(S, "the server closed its output in the middle of the session (exit code %d)",
			  S->exited ? S->code : -1000);
		S->dead = true;
	}
}

/* Pump once, waiting at most 50 ms; a server that answered nothing for
 * STALL_MS while requests are in flight is hung. */
static void pump_wait(soak *S)
{
	pump(S, 50);
	if (S->dead || S->outstanding == 0 || now_ms() - S->last_progress <= STALL_MS)
		return;
	int64_t oldest = 0;
	qkind k = NQ;
	for (int i = 0; i < SOAK_RING; i++) {
		if (S->ring[i].id && (!oldest || S->ring[i].id < oldest)) {
			oldest = S->ring[i].id;
			k = S->ring[i].kind;
		}
	}
	soak_fail(S, "hung: no answer for %d s with %d requests in flight, the oldest id %lld (%s)",
		  STALL_MS / 1000, S->outstanding, (long long)oldest, k < NQ ? soak_requests[k].method : "?");
	S->dead = true;
}

/* Pump until no request is in flight; false when the server is gone or
 * hung (reported). */
static bool drain(soak *S)
{
	S->last_progress = now_ms();
	while (S->outstanding > 0 && !S->dead)
		pump_wait(S);
	return !S->dead;
}

/* ---- checkpoints ---------------------------------------------------------------- */

typedef struct ckpt {
	bool done;
	int64_t rss, ndocs, text, analysis, fds;
	fp_buf answers;         /* the captured answers, one a line */
} ckpt;

static const qkind ck_kinds[] = { Q_DIAGNOSTIC, Q_DOCSYM, Q_TOKENS, Q_FOLDING };

/* A number in a captured answer (-1 when missing). */
static int64_t cap_num(soak *S, int cap, const char *k1, const char *k2)
{
	fp_json *v;
	int64_t n = -1;
	if (S->capped[cap] && fp_json_parse(S->caps[cap].data, S->caps[cap].len, &S->arena, NULL, &v, NULL)) {
		const fp_json *x = fp_json_get(v, k1);
		if (!soak_num(k2 ? fp_json_get(x, k2) : x, &n))
			n = -1;
	}
	fp_arena_release(&S->arena);
	return n;
}

/* fhirpath/health's counters against what was sent up to it. */
static void check_counters(soak *S, int cap, const char *label)
{
	fp_json *v;
	if (!S->capped[cap] || !fp_json_parse(S->caps[cap].data, S->caps[cap].len, &S->arena, NULL, &v, NULL)) {
		soak_fail(S, "%s: no fhirpath/health answer", label);
		fp_arena_release(&S->arena);
		return;
	}
	const struct { const char *key; uint64_t want; } totals[] = {
		{ "requests", S->requests },
		{ "notifications", S->notifications },
		{ "errors", S->srv_errors },
		{ "parseErrors", 0 },
		{ "cancelled", S->cancelled_answers },
	};
	for (size_t i = 0; i < sizeof totals / sizeof totals[0]; i++) {
		int64_t got = -1;
		if (!soak_num(fp_json_get(v, totals[i].key), &got) || (uint64_t)got != totals[i].want)
			soak_fail(S, "%s: fhirpath/health says %s %lld, sent %llu", label, totals[i].key, (long long)got,
				  (unsigned long long)totals[i].want);
	}
	const fp_json *methods = fp_json_get(v, "methods");
	for (int i = 0; i < S->ncounts; i++) {
		const mcount *m = &S->counts[i];
		const fp_json *st = fp_json_get(methods, m->name);
		/* health's own count grows after its answer is written */
		uint64_t want = m->n - (strcmp(m->name, "fhirpath/health") == 0);
		int64_t n = 0, e = 0;
		if (want && (!soak_num(fp_json_get(st, "count"), &n) || !soak_num(fp_json_get(st, "errors"), &e) ||
			     (uint64_t)n != want || (uint64_t)e != m->errors))
			soak_fail(S, "%s: fhirpath/health counts %s %lld (%lld errors), sent %llu (%llu errors)", label,
				  m->name, (long long)n, (long long)e, (unsigned long long)want,
				  (unsigned long long)m->errors);
	}
	for (size_t i = 0; methods && methods->kind == FP_JSON_OBJECT && i < methods->u.obj.len; i++) {
		int k = 0;
		while (k < S->ncounts && strcmp(S->counts[k].name, methods->u.obj.items[i].key) != 0)
			k++;
		if (k == S->ncounts)
			soak_fail(S, "%s: fhirpath/health counts '%s', which was never sent", label,
				  methods->u.obj.items[i].key);
	}
	fp_arena_release(&S->arena);
}

/*
 * Bring the session to the checkpoint state (churn documents closed, the
 * others back to their first text, R4, every document analysed in one
 * order so that which analyses are kept does not depend on the past),
 * ask the same questions about every standing document (answers
 * compared without semantic tokens' resultId, which counts results), then
 * fhirpath/resources and, last, fhirpath/health.
 */
static void checkpoint(soak *S, ckpt *c, const char *label)
{
	if (!drain(S))
		return;
	soak_reset(S);
	/* every document analysed, in one order: the analyses kept (the
	 * last 64) do not depend on the past */
	for (int i = 0; i < S->ndocs; i++) {
		if (!S->docs[i].churn)
			soak_doc_request(S, Q_DIAGNOSTIC, i, -1);
	}
	int ncap = 0;
	for (int i = 0; i < S->ndocs; i++) {
		for (size_t j = 0; !S->docs[i].churn && !S->docs[i].bulk && j < sizeof ck_kinds / sizeof ck_kinds[0];
		     j++) {
			if (ck_kinds[j] == Q_DIAGNOSTIC)
				S->docs[i].diag_cap = ncap;
			S->capped[ncap] = false;
			soak_doc_request(S, ck_kinds[j], i, ncap++);
		}
	}
	int res = ncap++, health = ncap++;
	S->capped[res] = S->capped[health] = false;
	soak_plain_request(S, Q_RESOURCES, res);
	soak_plain_request(S, Q_HEALTH, health);
	if (!drain(S))
		return;
	fp_buf_reset(&c->answers);
	for (int i = 0; i < res; i++)
		fp_buf_printf(&c->answers, "%s\n", S->capped[i] ? S->caps[i].data : "(no answer)");
	c->rss = cap_num(S, res, "rssKiB", NULL);
	c->ndocs = cap_num(S, res, "documents", "count");
	c->text = cap_num(S, res, "documents", "textBytes");
	c->analysis = cap_num(S, res, "documents", "analysisBytes");
	c->fds = cap_num(S, res, "openFds", NULL);
	c->done = S->capped[res] && S->capped[health];
	check_counters(S, health, label);
}

/* Checkpoint c against the 2nd quarter's: the same answers and state. */
static void compare(soak *S, const ckpt *q2, const ckpt *c, const char *label)
{
	if (!q2->done || !c->done)
		return;
	const char *a = q2->answers.data ? q2->answers.data : "", *b = c->answers.data ? c->answers.data : "";
	if (strcmp(a, b) != 0) {
		size_t i = 0;
		while (a[i] && a[i] == b[i])
			i++;
		size_t from = i > 60 ? i - 60 : 0;
		soak_fail(S, "%s: the checkpoint's answers differ from the 2nd quarter's at byte %zu:\n"
			     "    then: %.160s\n    now:  %.160s", label, i, a + from, b + from);
	}
	if (c->ndocs != q2->ndocs || c->text != q2->text || c->analysis != q2->analysis)
		soak_fail(S, "%s: fhirpath/resources says %lld documents, %lld text bytes, %lld analysis bytes; "
			     "%lld, %lld, %lld at the 2nd quarter", label, (long long)c->ndocs, (long long)c->text,
			  (long long)c->analysis, (long long)q2->ndocs, (long long)q2->text, (long long)q2->analysis);
	if (c->fds != q2->fds)
		soak_fail(S, "%s: %lld open fds, %lld at the 2nd quarter", label, (long long)c->fds, (long long)q2->fds);
}

/* ---- the run -------------------------------------------------------------------- */

static long env_long(const char *name, long dflt)
{
	const char *v = getenv(name);
	if (!v || !*v)
		return dflt;
	char *end;
	long n = strtol(v, &end, 10);
	return *end || n <= 0 ? dflt : n;
}

/* The session from initialize to exit; ck[0..4]: the checkpoints. */
static void session(soak *S, long nreq, ckpt ck[5])
{
	soak_initialize(S);
	drain(S);
	soak_notify(S, "initialized");
	soak_open_all(S);
	/* the requests, with a checkpoint at the start of each quarter and
	 * at the end */
	static const char *const labels[] = { "start", "2nd quarter", "3rd quarter", "4th quarter", "end" };
	long done = 0;
	for (int q = 0; q < 5 && !S->dead; q++) {
		checkpoint(S, &ck[q], labels[q]);
		if (q >= 2)
			compare(S, &ck[1], &ck[q], labels[q]);
		long until = q == 4 ? done : nreq * (q + 1) / 4;
		while (done < until && !S->dead) {
			if (S->outstanding >= WINDOW || S->tx.len - S->txoff >= TX_HIGH) {
				S->last_progress = now_ms();
				while ((S->outstanding >= WINDOW || S->tx.len - S->txoff >= TX_HIGH) && !S->dead)
					pump_wait(S);
				continue;
			}
			soak_step(S);
			done++;
		}
	}
	if (S->dead)
		return;
	soak_plain_request(S, Q_SHUTDOWN, -1);
	drain(S);
	soak_notify(S, "exit");
}

/* The failure message's tail: the sanitizer's report, else the end of
 * stderr. */
static void add_stderr(soak *S, fp_buf *b)
{
	if (S->report.len) {
		fp_buf_adds(b, "  the server's sanitizer report:\n");
		fp_buf_add(b, S->report.data, S->report.len > 6000 ? 6000 : S->report.len);
		const char *sum = strstr(S->report.data, "SUMMARY:");
		if (S->report.len > 6000 && sum)
			fp_buf_printf(b, "\n  ...\n%.300s", sum);
		fp_buf_addc(b, '\n');
	} else if (S->errtail.len) {
		size_t n = S->errtail.len > 800 ? 800 : S->errtail.len;
		fp_buf_printf(b, "  the end of the server's stderr:\n%s\n", S->errtail.data + S->errtail.len - n);
	}
}

/* The last diagnostics published for d, which are those of its text at
 * the end checkpoint, are the ones its pull answered then. */
static void same_diagnostics(soak *S, const sdoc *d)
{
	fp_json *v;
	fp_buf items;
	fp_buf_init(&items);
	if (S->capped[d->diag_cap] &&
	    fp_json_parse(S->caps[d->diag_cap].data, S->caps[d->diag_cap].len, &S->arena, NULL, &v, NULL)) {
		fp_jw w;
		fp_jw_init(&w, &items, false);
		fp_jw_value(&w, fp_json_get(v, "items"));
	}
	fp_arena_release(&S->arena);
	if (!items.data || !d->pubdiags.data || strcmp(items.data, d->pubdiags.data) != 0)
		soak_fail(S, "%s: the last diagnostics published are not those pulled for the same text:\n"
			     "    pulled:    %.200s\n    published: %.200s", d->uri, items.data ? items.data : "-",
			  d->pubdiags.data ? d->pubdiags.data : "-");
	fp_buf_release(&items);
}

/* After exit: the exit code, stderr, the last publishes, RSS. */
static void finish(soak *S, const ckpt ck[5])
{
	S->shutting_down = true;
	if (S->dead && !S->exited)
		kill(S->pid, SIGKILL);
	uint64_t dl = now_ms() + EXIT_MS;
	while ((!S->exited || S->out >= 0 || S->err >= 0) && now_ms() < dl)
		pump(S, 50);
	if (!S->exited) {
		soak_fail(S, "the server did not exit within %d s of 'exit'", EXIT_MS / 1000);
		kill(S->pid, SIGKILL);
		waitpid(S->pid, NULL, 0);
	} else if (S->code != 0 && !S->dead) {
		soak_fail(S, "the server's exit code is %d, want 0", S->code);
	}
	if (S->dead)
		return;
	if (S->report.len)
		soak_fail(S, "the server's stderr has a sanitizer report");
	if (S->outstanding)
		soak_fail(S, "%d requests never answered", S->outstanding);
	for (int i = 0; i < S->ndocs; i++) {
		const sdoc *d = &S->docs[i];
		if (d->open && d->published != d->version)
			soak_fail(S, "%s: version %lld was the last published, %lld the last sent", d->uri,
				  (long long)d->published, (long long)d->version);
		else if (d->open && !d->churn && !d->bulk)
			same_diagnostics(S, d);
	}
	if (ck[1].done && ck[4].done && ck[4].rss > ck[1].rss + RSS_SLACK_KIB)
		soak_fail(S, "RSS grew from %lld KiB at the start of the 2nd quarter to %lld KiB at the end "
			     "(slack %d KiB)", (long long)ck[1].rss, (long long)ck[4].rss, RSS_SLACK_KIB);
}

static void soak_free(soak *S, ckpt ck[5])
{
	if (S->in >= 0)
		close(S->in);
	if (S->out >= 0)
		close(S->out);
	if (S->err >= 0)
		close(S->err);
	for (int i = 0; i < SOAK_RING; i++)
		fp_free(S->ring[i].snap);
	for (int i = 0; i < S->ndocs; i++) {
		fp_buf_release(&S->docs[i].text);
		fp_buf_release(&S->docs[i].pubdiags);
		fp_free(S->docs[i].texts[0]);
		fp_free(S->docs[i].texts[1]);
	}
	for (int i = 0; i < SOAK_CAPS; i++)
		fp_buf_release(&S->caps[i]);
	for (int i = 0; i < 5; i++)
		fp_buf_release(&ck[i].answers);
	fp_buf_release(&S->tx);
	fp_buf_release(&S->rx);
	fp_buf_release(&S->errtail);
	fp_buf_release(&S->report);
	fp_buf_release(&S->msg);
	fp_buf_release(&S->fail);
	fp_arena_release(&S->arena);
	fp_free(S);
}

void run_soak(void)
{
	const char *name = "soak";
	if (!rt_selected(name))
		return;
	char absbin[4096];
	if (!realpath(R.bin, absbin)) {
		rt_result(name, false, "binary not found (set FP_BIN)");
		return;
	}
	signal(SIGPIPE, SIG_IGN);
	soak *S = fp_calloc(1, sizeof *S);
	if (!S) {
		rt_result(name, false, "out of memory");
		return;
	}
	S->in = S->out = S->err = -1;
	long nreq = env_long("FP_SOAK", SOAK_DEFAULT);
	S->seed = (unsigned long)env_long("FP_SOAK_SEED", 4);
	S->rng = 0x9E3779B97F4A7C15ULL ^ (uint64_t)S->seed;
	S->next_id = 1;
	ckpt ck[5];
	memset(ck, 0, sizeof ck);
	uint64_t t0 = now_ms();
	snprintf(S->dir, sizeof S->dir, "/tmp/fhirpath-ls-soak-XXXXXX");
	char cfg[128] = "";
	static const char cfg_text[] = "{\"fhirVersion\": \"R4\", \"severity\": {\"FP2003\": \"warning\"}}\n";
	if (mkdtemp(S->dir))
		snprintf(cfg, sizeof cfg, "%s/.fhirpath-ls.json", S->dir);
	if (!cfg[0] || !rt_write(cfg, cfg_text, sizeof cfg_text - 1) || !soak_docs_init(S)) {
		soak_fail(S, "cannot set up the workspace folder or read tests/soak/ and corpus/");
	} else if (!srv_start(S, absbin)) {
		soak_fail(S, "cannot start the server");
	} else {
		session(S, nreq, ck);
		finish(S, ck);
	}
	printf("     soak: %llu requests (%ld drawn), %llu notifications, %llu publishes in %.1f s; "
	       "RSS %lld/%lld/%lld/%lld/%lld KiB at the quarters and the end\n",
	       (unsigned long long)S->requests, nreq, (unsigned long long)S->notifications,
	       (unsigned long long)S->publishes, (double)(now_ms() - t0) / 1000, (long long)ck[0].rss,
	       (long long)ck[1].rss, (long long)ck[2].rss, (long long)ck[3].rss, (long long)ck[4].rss);
	if (R.verbose) {
		printf("     soak: %llu answers, %llu of them errors; sent:", (unsigned long long)S->answered,
		       (unsigned long long)S->error_answers);
		for (int k = 0; k < NQ; k++)
			printf(" %s %llu", soak_requests[k].method, (unsigned long long)S->sent[k]);
		printf("\n     soak: handled (errors):");
		for (int i = 0; i < S->ncounts; i++)
			printf(" %s %llu (%llu)", S->counts[i].name, (unsigned long long)S->counts[i].n,
			       (unsigned long long)S->counts[i].errors);
		printf("\n");
	}
	fp_buf report;
	fp_buf_init(&report);
	if (S->nfail) {
		fp_buf_printf(&report, "  seed %lu (FP_SOAK_SEED), %llu requests sent, %llu answered:\n", S->seed,
			      (unsigned long long)S->requests, (unsigned long long)S->answered);
		fp_buf_add(&report, S->fail.data, S->fail.len);
		if (S->nfail > SOAK_MAX_FAIL)
			fp_buf_printf(&report, "  ... and %d more\n", S->nfail - SOAK_MAX_FAIL);
		add_stderr(S, &report);
	}
	rt_result(name, S->nfail == 0, report.data);
	fp_buf_release(&report);
	if (cfg[0])
		unlink(cfg);
	rmdir(S->dir);
	soak_free(S, ck);
}
