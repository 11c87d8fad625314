/*
 * tests/check_lsp.c - scripted LSP sessions (tests/lsp/NAME.lsp) run against
 * the real binary (`fhirpath-ls serve`) over pipes, and a real editor
 * (Neovim headless, tests/lsp/nvim/; Emacs with eglot in batch mode,
 * tests/lsp/emacs/).
 *
 * A session file is a transcript, one directive a line:
 *
 *   # text               a comment. "# ignore: k1,k2" replaces the values of
 *                        those keys (at any depth; "parent.key" for a key
 *                        under one parent key) by "*" on both sides before
 *                        comparing. serverInfo.version is always ignored.
 *   ## args A B          extra arguments of `serve` (before any message)
 *   >> {json}            a message, framed with Content-Length; the bytes
 *                        are sent as written (so invalid JSON can be sent)
 *   >>raw TEXT           raw bytes, no framing; \r \n \t \\ \xHH escapes
 *   >>bytes TEXT         the same escapes, framed with Content-Length
 *   >>repeat N {json}    N messages, with $i replaced by 1..N
 *   << {json}            the next message the server must send. Compared as
 *                        JSON (member order free) after the ignores; long
 *                        messages are written pretty over several lines.
 *   <<last {json}        the same, after zero or more publishDiagnostics
 *                        that are skipped (a burst of edits may be
 *                        published any number of times, its last version
 *                        exactly once)
 *   !! signal NAME       send TERM, INT, HUP, USR1 or KILL to the server
 *   !! sleep MS          wait (reading the server's output meanwhile)
 *   !! close             close the server's stdin once queued bytes are sent
 *   !! child MS          start a process that exits after MS ms; $CHILD in
 *                        later messages is its pid (it is reaped at once)
 *   ## exit N [MS]       the server must exit with code N within MS ms
 *                        (default 5000) without its stdin being closed;
 *                        -SIG when a signal killed it. Output the server
 *                        writes until it exits must have been expected.
 *
 * In >>, >>raw, >>bytes and >>repeat lines $FILL(N,TEXT) stands for TEXT N
 * times. In those and in << lines, $ROOTURI stands for the file: URI of
 * the runner's working directory (the repository) and $ROOT for its path,
 * so sessions can name real folders (rootUri) and expect the server's
 * URIs and paths of files in them; the update mode writes them back.
 *
 * Ordering: every >> / >>raw / >>bytes / >>repeat / !! line is a step, and the <<
 * lines after it are what that step must produce, in order. The runner
 * performs one step, then waits (STEP_TIMEOUT_MS at most) for the step's
 * expected messages before the next step. The server publishes diagnostics
 * when its input is drained, so this makes their place deterministic. A
 * step expecting nothing is not waited for: whatever it produced shows up
 * as a mismatch at the next step, or at the end, where output left when the
 * server exits is a failure. Input and output are pumped together, so a
 * server blocked on writing never deadlocks the runner.
 *
 * FP_UPDATE=1 rewrites the << lines and the exit codes with what the
 * server did (waiting after every step until it is quiet for 150 ms), for
 * review with git diff. A session without "## exit" closes stdin at its end.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "json/read.h"
#include "json/write.h"
#include "runner.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/str.h"

/* Sanitizer builds run several times slower: more patience there. */
#ifdef FP_ASAN
#define STEP_TIMEOUT_MS 15000
#else
#define STEP_TIMEOUT_MS 5000
#endif
#define QUIET_MS 150
#define COMPACT_MAX 200         /* longer messages are written pretty */

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- the script --------------------------------------------------------- */

typedef enum {
	L_TEXT,         /* comments, blank lines: kept as they are */
	L_ARGS,
	L_SEND, L_RAW, L_BYTES, L_REPEAT,
	L_EXPECT, L_EXPECT_LAST,
	L_SIGNAL, L_SLEEP, L_CLOSE, L_CHILD,
	L_EXIT,
} lkind;

typedef struct sline {
	lkind kind;
	int lineno;
	char *text;             /* the whole line(s) as written */
	char *arg;              /* what follows the directive */
	long n;                 /* repeat count, sleep/child ms, exit code */
	long ms;                /* exit: timeout */
} sline;

typedef struct script {
	sline *v;
	size_t n, cap;
	char ignore[32][64];
	int nignore;
} script;

static bool is_step(lkind k)
{
	return k == L_SEND || k == L_RAW || k == L_BYTES || k == L_REPEAT || k == L_SIGNAL || k == L_SLEEP ||
	       k == L_CLOSE || k == L_CHILD;
}

static bool parses(const char *s, size_t n)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	bool ok = fp_json_parse(s, n, &a, NULL, &v, NULL);
	fp_arena_release(&a);
	return ok;
}

static void add_ignores(script *sc, const char *list)
{
	while (*list) {
		while (*list == ' ' || *list == ',')
			list++;
		size_t n = strcspn(list, ", ");
		if (n && n < 64 && sc->nignore < 32) {
			memcpy(sc->ignore[sc->nignore], list, n);
			sc->ignore[sc->nignore][n] = 0;
			sc->nignore++;
		}
		list += n;
	}
}

static bool push(script *sc, sline l)
{
	if (sc->n == sc->cap) {
		size_t cap = sc->cap ? sc->cap * 2 : 64;
		sline *v = fp_realloc(sc->v, cap * sizeof *v);
		if (!v)
			return false;
		sc->v = v;
		sc->cap = cap;
	}
	sc->v[sc->n++] = l;
	return true;
}

/* Parse a session file; on a bad line returns false with a message. */
static bool script_load(const char *text, script *sc, char *err, size_t errn)
{
	memset(sc, 0, sizeof *sc);
	add_ignores(sc, "serverInfo.version");
	const char *p = text;
	int lineno = 0;
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t ll = nl ? (size_t)(nl - p) : strlen(p);
		const char *next = nl ? nl + 1 : p + ll;
		lineno++;
		sline l;
		memset(&l, 0, sizeof l);
		l.lineno = lineno;
		l.kind = L_TEXT;
		const char *arg = NULL;
		if (ll >= 8 && strncmp(p, ">>raw ", 6) == 0) {
			l.kind = L_RAW;
			arg = p + 6;
		} else if (ll >= 9 && strncmp(p, ">>bytes ", 8) == 0) {
			l.kind = L_BYTES;
			arg = p + 8;
		} else if (ll >= 10 && strncmp(p, ">>repeat ", 9) == 0) {
			l.kind = L_REPEAT;
			char *end;
			l.n = strtol(p + 9, &end, 10);
			arg = end;
			while (*arg == ' ')
				arg++;
		} else if (ll >= 3 && strncmp(p, ">> ", 3) == 0) {
			l.kind = L_SEND;
			arg = p + 3;
		} else if (ll >= 8 && strncmp(p, "<<last ", 7) == 0) {
			l.kind = L_EXPECT_LAST;
			arg = p + 7;
		} else if (ll >= 3 && strncmp(p, "<< ", 3) == 0) {
			l.kind = L_EXPECT;
			arg = p + 3;
		} else if (strncmp(p, "!! signal ", 10) == 0) {
			l.kind = L_SIGNAL;
			arg = p + 10;
		} else if (strncmp(p, "!! sleep ", 9) == 0) {
			l.kind = L_SLEEP;
			l.n = atol(p + 9);
		} else if (strncmp(p, "!! close", 8) == 0) {
			l.kind = L_CLOSE;
		} else if (strncmp(p, "!! child ", 9) == 0) {
			l.kind = L_CHILD;
			l.n = atol(p + 9);
		} else if (strncmp(p, "## exit ", 8) == 0) {
			l.kind = L_EXIT;
			char *end;
			l.n = strtol(p + 8, &end, 10);
			l.ms = strtol(end, NULL, 10);
			if (l.ms <= 0)
				l.ms = STEP_TIMEOUT_MS;
		} else if (strncmp(p, "## args", 7) == 0) {
			l.kind = L_ARGS;
			arg = p + 7;
			while (*arg == ' ')
				arg++;
		} else if (strncmp(p, "# ignore:", 9) == 0) {
			char *list = fp_strndup(p + 9, ll - 9);
			if (list)
				add_ignores(sc, list);
			fp_free(list);
		} else if (ll > 0 && p[0] != '#') {
			snprintf(err, errn, "line %d: unknown directive: %.60s", lineno, p);
			return false;
		}
		size_t total = ll;
		if (l.kind == L_EXPECT || l.kind == L_EXPECT_LAST) {
			/* a pretty message goes on while it does not parse yet */
			while (!parses(arg, (size_t)(p + total - arg)) && *next &&
			       (*next == ' ' || *next == '}' || *next == ']')) {
				const char *nl2 = strchr(next, '\n');
				size_t l2 = nl2 ? (size_t)(nl2 - next) : strlen(next);
				total = (size_t)(next + l2 - p);
				next = nl2 ? nl2 + 1 : next + l2;
				lineno++;
			}
			if (!parses(arg, (size_t)(p + total - arg))) {
				snprintf(err, errn, "line %d: expected message is not JSON", l.lineno);
				return false;
			}
		}
		l.text = fp_strndup(p, total);
		l.arg = arg ? fp_strndup(arg, (size_t)(p + total - arg)) : NULL;
		if (!push(sc, l))
			return false;
		p = next;
	}
	return true;
}

static void script_free(script *sc)
{
	for (size_t i = 0; i < sc->n; i++) {
		fp_free(sc->v[i].text);
		fp_free(sc->v[i].arg);
	}
	fp_free(sc->v);
}

/* ---- JSON normalisation ------------------------------------------------- */

static bool ignored(const script *sc, const char *parent, size_t pl, const char *key, size_t kl)
{
	for (int i = 0; i < sc->nignore; i++) {
		const char *ig = sc->ignore[i];
		const char *dot = strchr(ig, '.');
		if (!dot) {
			if (strlen(ig) == kl && memcmp(ig, key, kl) == 0)
				return true;
		} else if (parent && (size_t)(dot - ig) == pl && memcmp(ig, parent, pl) == 0 &&
			   strlen(dot + 1) == kl && memcmp(dot + 1, key, kl) == 0) {
			return true;
		}
	}
	return false;
}

static int member_cmp(const void *a, const void *b)
{
	const fp_json_member *x = *(const fp_json_member *const *)a;
	const fp_json_member *y = *(const fp_json_member *const *)b;
	size_t n = x->key_len < y->key_len ? x->key_len : y->key_len;
	int c = memcmp(x->key, y->key, n);
	return c ? c : (x->key_len > y->key_len) - (x->key_len < y->key_len);
}

/* Compact JSON with ignored values as "*"; sorted members when `sorted`. */
static void canon(const script *sc, fp_buf *b, const fp_json *v, const char *pkey, size_t pkl,
		  bool sorted, int depth)
{
	if (depth > 200) {
		fp_buf_adds(b, "\"(too deep)\"");
		return;
	}
	switch (v->kind) {
	case FP_JSON_NULL: fp_buf_adds(b, "null"); break;
	case FP_JSON_TRUE: fp_buf_adds(b, "true"); break;
	case FP_JSON_FALSE: fp_buf_adds(b, "false"); break;
	case FP_JSON_NUMBER: fp_buf_add(b, v->u.num.text, v->u.num.len); break;
	case FP_JSON_STRING: fp_json_write_string(b, v->u.str.s, v->u.str.len); break;
	case FP_JSON_ARRAY:
		fp_buf_addc(b, '[');
		for (size_t i = 0; i < v->u.arr.len; i++) {
			if (i)
				fp_buf_addc(b, ',');
			canon(sc, b, v->u.arr.items[i], NULL, 0, sorted, depth + 1);
		}
		fp_buf_addc(b, ']');
		break;
	case FP_JSON_OBJECT: {
		size_t n = v->u.obj.len;
		const fp_json_member **m = fp_malloc((n ? n : 1) * sizeof *m);
		if (!m) {
			b->failed = true;
			return;
		}
		for (size_t i = 0; i < n; i++)
			m[i] = &v->u.obj.items[i];
		if (sorted)
			qsort(m, n, sizeof *m, member_cmp);
		fp_buf_addc(b, '{');
		for (size_t i = 0; i < n; i++) {
			if (i)
				fp_buf_addc(b, ',');
			fp_json_write_string(b, m[i]->key, m[i]->key_len);
			fp_buf_addc(b, ':');
			if (ignored(sc, pkey, pkl, m[i]->key, m[i]->key_len))
				fp_buf_adds(b, "\"*\"");
			else
				canon(sc, b, m[i]->value, m[i]->key, m[i]->key_len, sorted, depth + 1);
		}
		fp_buf_addc(b, '}');
		fp_free(m);
		break;
	}
	}
}

/* Normalise a message text; false when it is not JSON (then the text as
 * it is, for the report). */
static bool normalise(const script *sc, const char *s, size_t n, bool sorted, fp_buf *out)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	bool ok = fp_json_parse(s, n, &a, NULL, &v, NULL);
	if (ok)
		canon(sc, out, v, NULL, 0, sorted, 0);
	else
		fp_buf_add(out, s, n);
	fp_arena_release(&a);
	return ok;
}

/* ---- the server process --------------------------------------------------- */

typedef struct msg {
	char *body;
	size_t len;
} msg;

typedef struct srv {
	pid_t pid;
	int in, out, err;       /* our ends; -1 when closed */
	fp_buf tx;              /* queued input */
	size_t txoff;
	bool close_after_tx;
	fp_buf rx;              /* output not yet framed */
	size_t rxoff;
	fp_buf errlog;          /* stderr, the first 64 KiB */
	msg *inbox;             /* framed messages not yet taken */
	size_t nin, capin, taken;
	bool exited;
	int code;
	pid_t child;            /* from "!! child" */
	bool bad_frame;
} srv;

static bool srv_start(srv *s, const char *bin, const char *args)
{
	memset(s, 0, sizeof *s);
	s->in = s->out = s->err = -1;
	fp_buf_init(&s->tx);
	fp_buf_init(&s->rx);
	fp_buf_init(&s->errlog);
	/* argv: serve plus the words of "## args" */
	char *argv[40];
	int argc = 0;
	argv[argc++] = (char *)bin;
	argv[argc++] = "serve";
	char *copy = fp_strndup(args ? args : "", args ? strlen(args) : 0);
	for (char *t = copy ? strtok(copy, " ") : NULL; t && argc < 38; t = strtok(NULL, " "))
		argv[argc++] = t;
	argv[argc] = NULL;
	int fds[3];
	int pid = rt_spawn(argv, NULL, fds);
	fp_free(copy);
	if (pid < 0)
		return false;
	s->pid = pid;
	s->in = fds[0];
	s->out = fds[1];
	s->err = fds[2];
	return true;
}

static void inbox_add(srv *s, const char *body, size_t len)
{
	if (s->nin == s->capin) {
		size_t cap = s->capin ? s->capin * 2 : 32;
		msg *v = fp_realloc(s->inbox, cap * sizeof *v);
		if (!v)
			return;
		s->inbox = v;
		s->capin = cap;
	}
	s->inbox[s->nin].body = fp_strndup(body, len);
	s->inbox[s->nin].len = len;
	s->nin++;
}

/* Frame what was read into messages. */
static void srv_frame(srv *s)
{
	for (;;) {
		const char *d = s->rx.data ? s->rx.data + s->rxoff : NULL;
		size_t n = s->rx.len - s->rxoff;
		if (!d || n == 0)
			break;
		const char *he = NULL;
		for (size_t i = 0; i + 3 < n; i++) {
			if (memcmp(d + i, "\r\n\r\n", 4) == 0) {
				he = d + i;
				break;
			}
		}
		if (!he)
			break;
		size_t clen = 0;
		if (strncmp(d, "Content-Length: ", 16) != 0) {
			s->bad_frame = true;
			inbox_add(s, d, n);
			s->rxoff = s->rx.len;
			break;
		}
		clen = (size_t)strtoull(d + 16, NULL, 10);
		size_t hl = (size_t)(he - d) + 4;
		if (n - hl < clen)
			break;
		inbox_add(s, d + hl, clen);
		s->rxoff += hl + clen;
	}
	if (s->rxoff == s->rx.len) {
		fp_buf_reset(&s->rx);
		s->rxoff = 0;
	}
}

static void srv_reap_child(srv *s)
{
	if (s->child > 0 && waitpid(s->child, NULL, WNOHANG) == s->child)
		s->child = 0;
}

static void srv_check_exit(srv *s)
{
	if (s->exited)
		return;
	int st;
	if (waitpid(s->pid, &st, WNOHANG) == s->pid) {
		s->exited = true;
		s->code = WIFEXITED(st) ? WEXITSTATUS(st) : -WTERMSIG(st);
	}
}

/* One round of I/O: write what is queued, read what is there; waits at
 * most timeout ms. */
static void srv_pump(srv *s, int timeout)
{
	struct pollfd fds[3];
	int nf = 0;
	int iw = -1, io = -1, ie = -1;
	if (s->in >= 0 && s->txoff < s->tx.len) {
		iw = nf;
		fds[nf++] = (struct pollfd){ s->in, POLLOUT, 0 };
	}
	if (s->out >= 0) {
		io = nf;
		fds[nf++] = (struct pollfd){ s->out, POLLIN, 0 };
	}
	if (s->err >= 0) {
		ie = nf;
		fds[nf++] = (struct pollfd){ s->err, POLLIN, 0 };
	}
	if (nf == 0) {
		if (timeout > 0)
			usleep((useconds_t)(timeout > 20 ? 20 : timeout) * 1000);
	} else if (poll(fds, (nfds_t)nf, timeout > 20 ? 20 : timeout) > 0) {
		if (iw >= 0 && (fds[iw].revents & (POLLOUT | POLLERR | POLLHUP))) {
			ssize_t w = write(s->in, s->tx.data + s->txoff, s->tx.len - s->txoff);
			if (w > 0) {
				s->txoff += (size_t)w;
			} else if (w < 0 && errno != EAGAIN && errno != EINTR) {
				s->txoff = s->tx.len;       /* the server is gone */
			}
		}
		char buf[65536];
		if (io >= 0 && fds[io].revents) {
			ssize_t r = read(s->out, buf, sizeof buf);
			if (r > 0) {
				fp_buf_add(&s->rx, buf, (size_t)r);
				srv_frame(s);
			} else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
				close(s->out);
				s->out = -1;
			}
		}
		if (ie >= 0 && fds[ie].revents) {
			ssize_t r = read(s->err, buf, sizeof buf);
			if (r > 0) {
				if (s->errlog.len < 65536)
					fp_buf_add(&s->errlog, buf, (size_t)r);
			} else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
				close(s->err);
				s->err = -1;
			}
		}
	}
	if (s->txoff == s->tx.len) {
		fp_buf_reset(&s->tx);
		s->txoff = 0;
		if (s->close_after_tx && s->in >= 0) {
			close(s->in);
			s->in = -1;
		}
	}
	srv_reap_child(s);
	srv_check_exit(s);
}

/* Wait until the inbox has `want` untaken messages or the deadline. */
static bool srv_wait(srv *s, size_t want, uint64_t deadline)
{
	while (s->nin - s->taken < want) {
		if (now_ms() >= deadline)
			return false;
		if (s->exited && s->out < 0)
			return false;
		srv_pump(s, (int)(deadline - now_ms()));
	}
	return true;
}

/* Wait until nothing arrived for QUIET_MS (update mode). */
static void srv_quiet(srv *s, uint64_t deadline)
{
	size_t seen = s->nin;
	uint64_t last = now_ms();
	while (now_ms() < deadline && now_ms() - last < QUIET_MS && !(s->exited && s->out < 0)) {
		srv_pump(s, QUIET_MS);
		if (s->nin != seen) {
			seen = s->nin;
			last = now_ms();
		}
	}
}

static void srv_send(srv *s, const char *data, size_t len, bool framed)
{
	if (framed)
		fp_buf_printf(&s->tx, "Content-Length: %zu\r\n\r\n", len);
	fp_buf_add(&s->tx, data, len);
}

/* Close stdin and wait for the exit (3 s, then SIGKILL), reading output. */
static void srv_end(srv *s)
{
	if (s->in >= 0)
		close(s->in);
	s->in = -1;
	uint64_t deadline = now_ms() + 3000;
	while (!s->exited && now_ms() < deadline)
		srv_pump(s, 50);
	if (!s->exited) {
		kill(s->pid, SIGKILL);
		waitpid(s->pid, NULL, 0);
		s->exited = true;
		s->code = -SIGKILL;
	}
	deadline = now_ms() + 1000;
	while (s->out >= 0 && now_ms() < deadline)
		srv_pump(s, 50);
}

static void srv_free(srv *s)
{
	if (s->in >= 0)
		close(s->in);
	if (s->out >= 0)
		close(s->out);
	if (s->err >= 0)
		close(s->err);
	if (s->child > 0) {
		kill(s->child, SIGKILL);
		waitpid(s->child, NULL, 0);
	}
	for (size_t i = 0; i < s->nin; i++)
		fp_free(s->inbox[i].body);
	fp_free(s->inbox);
	fp_buf_release(&s->tx);
	fp_buf_release(&s->rx);
	fp_buf_release(&s->errlog);
}

/* ---- substitutions ---------------------------------------------------------- */

static char root_uri[8192];     /* file: URI of the working directory */
static char root_dir[4096];     /* the working directory */

static void set_root_uri(void)
{
	if (!getcwd(root_dir, sizeof root_dir))
		strcpy(root_dir, "/");
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_adds(&b, "file://");
	fp_uri_encode_path(&b, root_dir);   /* as the server writes them */
	snprintf(root_uri, sizeof root_uri, "%s", b.data ? b.data : "");
	fp_buf_release(&b);
}

/* Replace every `from` in in[0..n) with `to`. */
static void replace_all(const char *in, size_t n, const char *from, const char *to, fp_buf *out)
{
	size_t fl = strlen(from);
	for (size_t i = 0; i < n;) {
		if (fl && i + fl <= n && memcmp(in + i, from, fl) == 0) {
			fp_buf_adds(out, to);
			i += fl;
		} else {
			fp_buf_addc(out, in[i++]);
		}
	}
}

static void expand(const char *in, long i, pid_t child, fp_buf *out)
{
	const char *p = in;
	while (*p) {
		if (strncmp(p, "$FILL(", 6) == 0) {
			char *end;
			long n = strtol(p + 6, &end, 10);
			if (*end == ',') {
				const char *t = end + 1, *close = strchr(t, ')');
				if (close) {
					size_t tl = (size_t)(close - t);
					fp_buf_grow(out, (size_t)n * tl);
					for (long k = 0; k < n; k++)
						fp_buf_add(out, t, tl);
					p = close + 1;
					continue;
				}
			}
		}
		if (strncmp(p, "$ROOTURI", 8) == 0) {
			fp_buf_adds(out, root_uri);
			p += 8;
			continue;
		}
		if (strncmp(p, "$ROOT", 5) == 0) {
			fp_buf_adds(out, root_dir);
			p += 5;
			continue;
		}
		if (strncmp(p, "$CHILD", 6) == 0) {
			fp_buf_printf(out, "%ld", (long)child);
			p += 6;
			continue;
		}
		if (i > 0 && p[0] == '$' && p[1] == 'i' &&
		    !((p[2] >= 'a' && p[2] <= 'z') || (p[2] >= 'A' && p[2] <= 'Z') || p[2] == '_')) {
			fp_buf_printf(out, "%ld", i);
			p += 2;
			continue;
		}
		fp_buf_addc(out, *p++);
	}
}

static void unescape(const char *s, size_t n, fp_buf *out)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '\\' || i + 1 >= n) {
			fp_buf_addc(out, s[i]);
			continue;
		}
		char c = s[++i];
		if (c == 'r')
			fp_buf_addc(out, '\r');
		else if (c == 'n')
			fp_buf_addc(out, '\n');
		else if (c == 't')
			fp_buf_addc(out, '\t');
		else if (c == 'x' && i + 2 < n && fp_hexval(s[i + 1]) >= 0 && fp_hexval(s[i + 2]) >= 0) {
			fp_buf_addc(out, (char)(fp_hexval(s[i + 1]) * 16 + fp_hexval(s[i + 2])));
			i += 2;
		} else
			fp_buf_addc(out, c);
	}
}

/* ---- running a session -------------------------------------------------------- */

/* What one step received (for reports and update mode). */
typedef struct got {
	msg *v;
	size_t n, cap;
} got;

static void got_add(got *g, const msg *m)
{
	if (g->n == g->cap) {
		size_t cap = g->cap ? g->cap * 2 : 8;
		msg *v = fp_realloc(g->v, cap * sizeof *v);
		if (!v)
			return;
		g->v = v;
		g->cap = cap;
	}
	g->v[g->n++] = *m;
}

static bool is_publish(const char *body, size_t len)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v;
	bool yes = false;
	if (fp_json_parse(body, len, &a, NULL, &v, NULL)) {
		const fp_json *m = fp_json_get(v, "method");
		yes = m && m->kind == FP_JSON_STRING && strcmp(m->u.str.s, "textDocument/publishDiagnostics") == 0;
	}
	fp_arena_release(&a);
	return yes;
}

/* Where two texts first differ, with context, into d. */
static void show_diff(fp_buf *d, const char *want, const char *gotten)
{
	size_t i = 0;
	while (want[i] && want[i] == gotten[i])
		i++;
	size_t from = i > 80 ? i - 80 : 0;
	fp_buf_printf(d, "    want: %s%.200s%s\n", from ? "..." : "", want + from,
		      strlen(want + from) > 200 ? "..." : "");
	fp_buf_printf(d, "    got:  %s%.200s%s\n", from ? "..." : "", gotten + from,
		      strlen(gotten + from) > 200 ? "..." : "");
}

/* Pretty JSON: a value whose compact form fits in the line stays on it,
 * otherwise its members or items go one a line, indented by two. */
static void pretty(fp_buf *b, const fp_json *v, int indent, const char *key)
{
	fp_buf c;
	fp_buf_init(&c);
	fp_jw w;
	fp_jw_init(&w, &c, false);
	fp_jw_value(&w, v);
	bool container = v->kind == FP_JSON_OBJECT || v->kind == FP_JSON_ARRAY;
	size_t n = v->kind == FP_JSON_OBJECT ? v->u.obj.len : v->kind == FP_JSON_ARRAY ? v->u.arr.len : 0;
	if (!container || n == 0 || (size_t)indent + c.len <= 100) {
		fp_buf_add(b, c.data ? c.data : "", c.len);
		fp_buf_release(&c);
		return;
	}
	fp_buf_release(&c);
	/* semantic tokens: five numbers a token, one token a line */
	bool tokens = key && strcmp(key, "data") == 0 && v->kind == FP_JSON_ARRAY && n % 5 == 0;
	for (size_t i = 0; tokens && i < n; i++)
		tokens = v->u.arr.items[i]->kind == FP_JSON_NUMBER;
	if (tokens) {
		fp_buf_addc(b, '[');
		for (size_t i = 0; i < n; i++) {
			if (i % 5 == 0)
				fp_buf_printf(b, "%s\n%*s", i ? "," : "", indent + 2, "");
			else
				fp_buf_adds(b, ", ");
			fp_buf_add(b, v->u.arr.items[i]->u.num.text, v->u.arr.items[i]->u.num.len);
		}
		fp_buf_printf(b, "\n%*s]", indent, "");
		return;
	}
	fp_buf_addc(b, v->kind == FP_JSON_OBJECT ? '{' : '[');
	for (size_t i = 0; i < n; i++) {
		fp_buf_printf(b, "%s\n%*s", i ? "," : "", indent + 2, "");
		if (v->kind == FP_JSON_OBJECT) {
			fp_json_write_string(b, v->u.obj.items[i].key, v->u.obj.items[i].key_len);
			fp_buf_adds(b, ": ");
			pretty(b, v->u.obj.items[i].value, indent + 2, v->u.obj.items[i].key);
		} else {
			pretty(b, v->u.arr.items[i], indent + 2, NULL);
		}
	}
	fp_buf_printf(b, "\n%*s%c", indent, "", v->kind == FP_JSON_OBJECT ? '}' : ']');
}

/* Write a message as << line(s): compact when short, else pretty. */
static void write_expect(fp_buf *b, const script *sc, const char *body, size_t len, bool last)
{
	fp_buf c;
	fp_buf_init(&c);
	bool json = normalise(sc, body, len, false, &c);
	/* the working directory back to its names: the URI first (it
	 * holds the path) */
	const char *const subst[2][2] = { { root_uri, "$ROOTURI" }, { root_dir, "$ROOT" } };
	for (int k = 0; k < 2; k++) {
		if (strlen(subst[k][0]) < 2 || !c.data || !strstr(c.data, subst[k][0]))
			continue;
		fp_buf r;
		fp_buf_init(&r);
		replace_all(c.data, c.len, subst[k][0], subst[k][1], &r);
		fp_buf_release(&c);
		c = r;
	}
	const char *dir = last ? "<<last " : "<< ";
	if (!json) {
		/* not JSON: keep it visible (the case will not load until fixed) */
		fp_buf_printf(b, "%s\"(not JSON) %.*s\"\n", dir, (int)(c.len > 200 ? 200 : c.len),
			      c.data ? c.data : "");
	} else if (c.len <= COMPACT_MAX) {
		fp_buf_printf(b, "%s%s\n", dir, c.data);
	} else {
		fp_arena a;
		fp_arena_init(&a);
		fp_json *v;
		if (fp_json_parse(c.data, c.len, &a, NULL, &v, NULL)) {
			fp_buf_adds(b, dir);
			pretty(b, v, 0, NULL);
			fp_buf_addc(b, '\n');
		}
		fp_arena_release(&a);
	}
	fp_buf_release(&c);
}

static bool run_session(const char *path, const char *absbin, fp_buf *report)
{
	size_t flen;
	char *text = rt_read(path, &flen);
	if (!text) {
		fp_buf_adds(report, "cannot read the session file\n");
		return false;
	}
	script sc;
	char err[200];
	if (!script_load(text, &sc, err, sizeof err)) {
		fp_buf_printf(report, "%s\n", err);
		script_free(&sc);
		fp_free(text);
		return false;
	}
	const char *args = NULL;
	for (size_t i = 0; i < sc.n; i++) {
		if (sc.v[i].kind == L_ARGS)
			args = sc.v[i].arg;
	}
	srv s;
	if (!srv_start(&s, absbin, args)) {
		fp_buf_adds(report, "cannot start the server\n");
		script_free(&sc);
		fp_free(text);
		return false;
	}
	/* per line: what the step starting there received (update mode) */
	got *gots = fp_calloc(sc.n + 1, sizeof *gots);
	bool *step_last = fp_calloc(sc.n + 1, sizeof *step_last);
	long *exit_codes = fp_calloc(sc.n + 1, sizeof *exit_codes);
	bool ok = true, saw_exit = false;
	size_t last_step = sc.n;        /* index of the step being run */
	uint64_t t0 = now_ms();
	for (size_t i = 0; i < sc.n && ok; i++) {
		sline *l = &sc.v[i];
		if (is_step(l->kind)) {
			last_step = i;
			fp_buf b;
			fp_buf_init(&b);
			switch (l->kind) {
			case L_SEND:
				expand(l->arg, 0, s.child, &b);
				srv_send(&s, b.data ? b.data : "", b.len, true);
				break;
			case L_RAW:
			case L_BYTES: {
				fp_buf e;
				fp_buf_init(&e);
				expand(l->arg, 0, s.child, &e);
				unescape(e.data ? e.data : "", e.len, &b);
				fp_buf_release(&e);
				srv_send(&s, b.data ? b.data : "", b.len, l->kind == L_BYTES);
				break;
			}
			case L_REPEAT:
				for (long k = 1; k <= l->n; k++) {
					fp_buf_reset(&b);
					expand(l->arg, k, s.child, &b);
					srv_send(&s, b.data ? b.data : "", b.len, true);
				}
				break;
			case L_SIGNAL: {
				static const struct { const char *name; int sig; } sigs[] = {
					{ "TERM", SIGTERM }, { "INT", SIGINT }, { "HUP", SIGHUP },
					{ "USR1", SIGUSR1 }, { "KILL", SIGKILL },
				};
				int sig = 0;
				for (size_t k = 0; k < 5; k++) {
					if (strcmp(l->arg, sigs[k].name) == 0)
						sig = sigs[k].sig;
				}
				/* what is queued goes first */
				uint64_t dl = now_ms() + STEP_TIMEOUT_MS;
				while (s.txoff < s.tx.len && now_ms() < dl && !s.exited)
					srv_pump(&s, 20);
				if (!sig) {
					fp_buf_printf(report, "line %d: unknown signal '%s'\n", l->lineno, l->arg);
					ok = false;
				} else {
					kill(s.pid, sig);
				}
				break;
			}
			case L_SLEEP: {
				uint64_t until = now_ms() + (uint64_t)l->n;
				while (now_ms() < until)
					srv_pump(&s, (int)(until - now_ms()));
				break;
			}
			case L_CLOSE:
				s.close_after_tx = true;
				break;
			case L_CHILD: {
				fflush(stdout);
				pid_t c = fork();
				if (c == 0) {
					for (int fd = 3; fd < 1024; fd++)
						close(fd);
					usleep((useconds_t)l->n * 1000);
					_exit(0);
				}
				s.child = c;
				break;
			}
			default:
				break;
			}
			fp_buf_release(&b);
			/* the step's expectations */
			size_t j = i + 1, nexp = 0;
			bool has_last = false;
			for (; j < sc.n && !is_step(sc.v[j].kind) && sc.v[j].kind != L_EXIT; j++) {
				if (sc.v[j].kind == L_EXPECT || sc.v[j].kind == L_EXPECT_LAST) {
					nexp++;
					has_last |= sc.v[j].kind == L_EXPECT_LAST;
				}
			}
			step_last[i] = has_last;
			if (R.update) {
				srv_wait(&s, nexp, now_ms() + STEP_TIMEOUT_MS);
				srv_quiet(&s, now_ms() + STEP_TIMEOUT_MS);
				while (s.taken < s.nin)
					got_add(&gots[i], &s.inbox[s.taken++]);
				continue;
			}
			for (size_t k = i + 1; k < j && ok; k++) {
				sline *e = &sc.v[k];
				if (e->kind != L_EXPECT && e->kind != L_EXPECT_LAST)
					continue;
				fp_buf want, subst;
				fp_buf_init(&want);
				fp_buf_init(&subst);
				replace_all(e->arg, strlen(e->arg), "$ROOTURI", root_uri, &subst);
				fp_buf subst2;
				fp_buf_init(&subst2);
				replace_all(subst.data ? subst.data : "", subst.len, "$ROOT", root_dir, &subst2);
				normalise(&sc, subst2.data ? subst2.data : "", subst2.len, true, &want);
				fp_buf_release(&subst2);
				fp_buf_release(&subst);
				uint64_t deadline = now_ms() + STEP_TIMEOUT_MS;
				for (;;) {
					if (!srv_wait(&s, 1, deadline)) {
						fp_buf_printf(report, "line %d: no message from the server (%s)\n  want: %.300s\n",
							      e->lineno, s.exited ? "it exited" : "timeout", e->arg);
						ok = false;
						break;
					}
					msg *m = &s.inbox[s.taken++];
					got_add(&gots[i], m);
					fp_buf have;
					fp_buf_init(&have);
					normalise(&sc, m->body, m->len, true, &have);
					bool same = have.len == want.len && memcmp(have.data, want.data, want.len) == 0;
					if (!same && e->kind == L_EXPECT_LAST && is_publish(m->body, m->len)) {
						fp_buf_release(&have);
						continue;
					}
					if (!same) {
						fp_buf_printf(report, "line %d: unexpected message (members sorted)\n", e->lineno);
						show_diff(report, want.data ? want.data : "", have.data ? have.data : "");
						ok = false;
					}
					fp_buf_release(&have);
					break;
				}
				fp_buf_release(&want);
			}
			continue;
		}
		if (l->kind == L_EXIT) {
			saw_exit = true;
			uint64_t deadline = now_ms() + (uint64_t)l->ms;
			while (!s.exited && now_ms() < deadline)
				srv_pump(&s, 50);
			if (!s.exited) {
				exit_codes[i] = -1000;
				fp_buf_printf(report, "line %d: the server did not exit within %ld ms\n", l->lineno, l->ms);
				ok = false;
				break;
			}
			/* drain what it wrote before exiting */
			uint64_t dl = now_ms() + 1000;
			while (s.out >= 0 && now_ms() < dl)
				srv_pump(&s, 50);
			exit_codes[i] = s.code;
			if (s.code != l->n && !R.update) {
				fp_buf_printf(report, "line %d: exit code %d, want %ld\n", l->lineno, s.code, l->n);
				ok = false;
			}
		}
	}
	srv_end(&s);            /* closes stdin: the server exits, if it has not */
	/* output nobody expected */
	if (s.taken < s.nin) {
		if (R.update && last_step < sc.n) {
			while (s.taken < s.nin)
				got_add(&gots[last_step], &s.inbox[s.taken++]);
		} else if (ok) {
			fp_buf_printf(report, "%zu unexpected message(s) at the end, the first:\n  %.300s\n",
				      s.nin - s.taken, s.inbox[s.taken].body);
			ok = false;
		}
	}
	if (s.bad_frame && ok) {
		fp_buf_adds(report, "the server wrote output that is not a Content-Length frame\n");
		ok = false;
	}
	if (!saw_exit && !R.update && ok) {
		fp_buf_adds(report, "the session has no '## exit N' line\n");
		ok = false;
	}
	if (!ok && s.errlog.len)
		fp_buf_printf(report, "  server stderr: %.600s\n", s.errlog.data);
	if (R.verbose)
		printf("     %s: %llu ms\n", path, (unsigned long long)(now_ms() - t0));
	if (R.update) {
		fp_buf nb;
		fp_buf_init(&nb);
		for (size_t i = 0; i < sc.n; i++) {
			sline *l = &sc.v[i];
			if (l->kind == L_EXPECT || l->kind == L_EXPECT_LAST)
				continue;
			if (l->kind == L_EXIT) {
				fp_buf_printf(&nb, "## exit %ld", exit_codes[i] == -1000 ? l->n : exit_codes[i]);
				if (l->ms != STEP_TIMEOUT_MS)
					fp_buf_printf(&nb, " %ld", l->ms);
				fp_buf_addc(&nb, '\n');
				continue;
			}
			fp_buf_printf(&nb, "%s\n", l->text);
			if (!is_step(l->kind))
				continue;
			/* comments right after the step stay before its messages */
			size_t k = i + 1;
			while (k < sc.n && sc.v[k].kind == L_TEXT && sc.v[k].text[0] == '#') {
				fp_buf_printf(&nb, "%s\n", sc.v[k].text);
				sc.v[k].kind = L_EXPECT;    /* written: skip it later */
				k++;
			}
			size_t lastpub = SIZE_MAX;
			if (step_last[i]) {
				for (size_t g = 0; g < gots[i].n; g++) {
					if (is_publish(gots[i].v[g].body, gots[i].v[g].len))
						lastpub = g;
				}
			}
			for (size_t g = 0; g < gots[i].n; g++) {
				const msg *m = &gots[i].v[g];
				if (step_last[i] && is_publish(m->body, m->len) && g != lastpub)
					continue;
				write_expect(&nb, &sc, m->body, m->len, step_last[i] && g == lastpub);
			}
		}
		if (!saw_exit)
			fp_buf_printf(&nb, "## exit %d\n", s.code);
		if (!nb.failed && (nb.len != flen || memcmp(nb.data, text, flen) != 0))
			rt_write(path, nb.data, nb.len);
		fp_buf_release(&nb);
		ok = true;
	}
	srv_free(&s);
	for (size_t i = 0; i <= sc.n; i++)
		fp_free(gots[i].v);
	fp_free(gots);
	fp_free(step_last);
	fp_free(exit_codes);
	script_free(&sc);
	fp_free(text);
	return ok;
}

/* ---- Neovim ------------------------------------------------------------------ */

static bool in_path(const char *prog, char *out, size_t n)
{
	const char *path = getenv("PATH");
	if (!path)
		path = "/usr/bin:/bin";
	while (*path) {
		size_t l = strcspn(path, ":");
		snprintf(out, n, "%.*s/%s", (int)l, path, prog);
		if (access(out, X_OK) == 0)
			return true;
		path += l;
		if (*path == ':')
			path++;
	}
	return false;
}

/* Neovim headless attaches the server to tests/lsp/nvim/ files and writes
 * what it got to a file, compared with tests/lsp/nvim/expected.txt: the
 * same for every version. nvim is the editor to run. */
/* One real editor's session (argv: the editor and its arguments) in a
 * fresh workspace; what it writes to FP_OUT must equal `expected`. */
static void run_editor(const char *name, char *const argv[], const char *expected,
		       const char *absbin)
{
	char tmp[] = "/tmp/fhirpath-ls-editor-XXXXXX";
	if (!mkdtemp(tmp)) {
		rt_result(name, false, "mkdtemp failed");
		return;
	}
	char out[128], ws[128], cmd[512];
	snprintf(out, sizeof out, "%s/result.txt", tmp);
	/* the session's workspace: its two files and a FIFO beside them
	 * (the server must not make the editor open it: Neovim 0.7 blocks
	 * reading one to place a diagnostic) */
	snprintf(ws, sizeof ws, "%s/ws", tmp);
	snprintf(cmd, sizeof cmd,
		 "mkdir '%s' && cp tests/lsp/nvim/sample.fhirpath tests/lsp/nvim/StructureDefinition-example.json '%s' && "
		 "mkfifo '%s/pipe.fhirpath'",
		 ws, ws, ws);
	if (system(cmd) != 0) {
		rt_result(name, false, "cannot make the session's workspace");
		return;
	}
	fflush(stdout);
	int devnull[2];
	if (!rt_cloexec_pipe(devnull)) {
		rt_result(name, false, "pipe failed");
		return;
	}
	pid_t pid = fork();
	if (pid == 0) {
		int nul = open("/dev/null", O_RDWR);
		dup2(nul, 0);
		dup2(devnull[1], 1);
		dup2(devnull[1], 2);
		setenv("FP_BIN", absbin, 1);
		setenv("FP_OUT", out, 1);
		setenv("FP_DIR", ws, 1);
		setenv("HOME", tmp, 1);         /* no user state */
		setenv("XDG_STATE_HOME", tmp, 1);
		setenv("XDG_DATA_HOME", tmp, 1);
		setenv("XDG_CONFIG_HOME", tmp, 1);
		setenv("XDG_CACHE_HOME", tmp, 1);
		execv(argv[0], argv);
		_exit(127);
	}
	close(devnull[1]);
	rt_set_nonblock(devnull[0]);
	fp_buf log;
	fp_buf_init(&log);
	uint64_t deadline = now_ms() + 60000;
	int st = 0;
	bool done = false;
	while (!done) {
		struct pollfd p = { devnull[0], POLLIN, 0 };
		if (poll(&p, 1, 50) > 0) {
			char buf[4096];
			ssize_t r = read(devnull[0], buf, sizeof buf);
			if (r > 0 && log.len < 16384)
				fp_buf_add(&log, buf, (size_t)r);
		}
		if (waitpid(pid, &st, WNOHANG) == pid)
			done = true;
		else if (now_ms() > deadline) {
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			break;
		}
	}
	close(devnull[0]);
	size_t gl;
	char *gotten = rt_read(out, &gl);
	char *want = rt_read(expected, NULL);
	fp_buf d;
	fp_buf_init(&d);
	bool ok = done && gotten && WIFEXITED(st) && WEXITSTATUS(st) == 0;
	if (!done)
		fp_buf_adds(&d, "  the editor did not finish within 60 s\n");
	else if (!gotten)
		fp_buf_adds(&d, "  the editor wrote no result\n");
	else if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		fp_buf_printf(&d, "  editor exit status %d\n", st);
	if (ok && (!want || strcmp(want, gotten) != 0)) {
		if (R.update) {
			rt_write(expected, gotten, gl);
		} else {
			rt_diff(&d, want ? want : "", gotten);
			ok = false;
		}
	}
	if (!ok && log.len)
		fp_buf_printf(&d, "  editor output: %.800s\n", log.data);
	rt_result(name, ok, d.data);
	fp_buf_release(&d);
	fp_buf_release(&log);
	fp_free(gotten);
	fp_free(want);
	char rm[128];
	snprintf(rm, sizeof rm, "rm -rf %s", tmp);
	if (system(rm) != 0) {
		/* leftovers in /tmp are harmless */
	}
}

/* The machine's Neovim (Debian 12's is 0.7) and a current one, which
 * .ci/run puts in build/nvim-0.10 (tests/lsp/nvim/get-neovim.py). */
static void run_neovim_with(const char *name, const char *nvim, const char *absbin)
{
	char *argv[] = { (char *)nvim, "--headless", "--clean", "-n", "-c",
			 "luafile tests/lsp/nvim/session.lua", NULL };
	run_editor(name, argv, "tests/lsp/nvim/expected.txt", absbin);
}

static void run_editors(const char *absbin)
{
	if (rt_selected("lsp/neovim")) {
		char nvim[4096];
		if (in_path("nvim", nvim, sizeof nvim))
			run_neovim_with("lsp/neovim", nvim, absbin);
		else
			printf("lsp/neovim: SKIPPED: nvim not installed\n");
	}
	if (rt_selected("lsp/emacs-eglot")) {
		char emacs[4096];
		if (in_path("emacs", emacs, sizeof emacs) &&
		    access("/usr/share/emacs/site-lisp/elpa/eglot-1.9", F_OK) == 0) {
			char *argv[] = { emacs, "--batch", "-Q", "-l", "tests/lsp/emacs/session.el", NULL };
			run_editor("lsp/emacs-eglot", argv, "tests/lsp/emacs/expected.txt", absbin);
		} else {
			printf("lsp/emacs-eglot: SKIPPED: emacs or Debian's elpa-eglot not installed\n");
		}
	}
	if (rt_selected("lsp/neovim-0.10")) {
		if (access("build/nvim-0.10/nvim", X_OK) == 0)
			run_neovim_with("lsp/neovim-0.10", "build/nvim-0.10/nvim", absbin);
		else
			printf("lsp/neovim-0.10: SKIPPED: no build/nvim-0.10/nvim "
			       "(python3 tests/lsp/nvim/get-neovim.py build/nvim-0.10)\n");
	}
}

void run_lsp(void)
{
	char absbin[4096];
	if (!realpath(R.bin, absbin)) {
		rt_result("lsp", false, "binary not found (set FP_BIN)");
		return;
	}
	signal(SIGPIPE, SIG_IGN);
	set_root_uri();
	/* One cache for the sessions of this run, fresh each run: later
	 * sessions on a fixture workspace start warm from what earlier ones
	 * wrote, and must show exactly what a cold start shows. */
	char cache[] = "/tmp/fhirpath-ls-lsp-cache-XXXXXX";
	bool have_cache = mkdtemp(cache) != NULL;
	if (have_cache)
		setenv("FHIRPATH_LS_CACHE", cache, 1);
	char **files = rt_list("tests/lsp", ".lsp");
	for (size_t f = 0; files && files[f]; f++) {
		const char *base = strrchr(files[f], '/') + 1;
		char name[300];
		snprintf(name, sizeof name, "lsp/%s", base);
		if (!rt_selected(name))
			continue;
		fp_buf report;
		fp_buf_init(&report);
		bool ok = run_session(files[f], absbin, &report);
		rt_result(name, ok, report.data);
		fp_buf_release(&report);
	}
	rt_free_list(files);
	run_editors(absbin);
	if (have_cache) {
		char rm[sizeof cache + 16];
		snprintf(rm, sizeof rm, "rm -rf %s", cache);
		if (system(rm) != 0) {
			/* leftovers in /tmp are harmless */
		}
		unsetenv("FHIRPATH_LS_CACHE");
	}
}
