/*
 * tests/check_parity.c - `check` and `serve` must report the same
 * findings (DESIGN.md: "what the editor shows is exactly what `check`
 * reports, and a parity test keeps it so"; issue 8, seam tests).
 *
 * Each tree is run through `fhirpath-ls check --format json` (on the
 * folder, and for some trees also on single files in it) and through
 * `fhirpath-ls serve` with the folder as the workspace root: the server's
 * background scan publishes the findings of every file, and the session
 * ends when the scan's progress reports "end". Findings are compared as
 * lines
 *
 *     TREE: FILE:LINE:COL-LINE:COL SEVERITY CODE message
 *
 * (FILE relative to the tree, 1-based lines, 1-based columns in bytes:
 * check's columns in characters are converted through the file's text,
 * the server is asked for utf-8 positions). Every line found by one side
 * only is a mismatch, written as "TREE [check ARGS] only: ..." or
 * "TREE [serve] only: ...". The mismatches must be exactly the reviewed
 * list tests/parity-known.txt, whose comments say which defect each one
 * is: the test passes today and fails as soon as a mismatch appears,
 * changes or goes away (then delete its line). The whole list is written
 * to $FP_BUILD/parity.txt.
 *
 * Trees: corpus/, tests/lsp/ws-scan, trees built under $FP_BUILD/parity/
 * (an empty file, a sushi-config.yaml with fhirVersion 5.0.0 and files
 * valid only in R5, a per-folder .fhirpath-ls.json, XML, JSON and
 * non-FHIR JSON side by side, FIFOs among the inputs),
 * ../shared/fhir/{r4,r4b,r5} (the core definitions; about a second each
 * way for R4, two for R5), and the trees the CLI case files build: every
 * case of tests/cli whose Shell writes input files under $TMP is run (as
 * check_cli runs it, output dropped) in a fresh folder, which is then
 * compared ("cli/FILE: case name"; about ten seconds for the ninety or so,
 * most of it the 10 MB and million-term files of bad-input.test).
 *
 * Two differences of form are not mismatches: a finding about the whole
 * file (fp_diag_is_file_level) is a place in check's report and a one-byte
 * range in the server's, so both are compared by their start; and check's
 * columns count characters as util/lines.c does (an invalid byte is one).
 * When check stops without a report (exit 2), its first line on stderr is
 * a finding of its own, to be reviewed like any other.
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

#include "clicases.h"
#include "json/read.h"
#include "project/driver.h"
#include "runner.h"
#include "sources/files.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/utf8.h"

#ifdef FP_ASAN
#define SESSION_MS 600000
#else
#define SESSION_MS 120000
#endif

static uint64_t now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

/* ---- findings as lines ------------------------------------------------ */

typedef struct lines {
	char **v;
	size_t n, cap;
} lines;

static void lines_add(lines *l, const char *s)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		char **nv = fp_realloc(l->v, cap * sizeof *nv);
		if (!nv)
			return;
		l->v = nv;
		l->cap = cap;
	}
	size_t n = strlen(s);
	char *p = fp_malloc(n + 1);
	if (!p)
		return;
	memcpy(p, s, n + 1);
	l->v[l->n++] = p;
}

static void lines_release(lines *l)
{
	for (size_t i = 0; i < l->n; i++)
		fp_free(l->v[i]);
	fp_free(l->v);
	memset(l, 0, sizeof *l);
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The file's text, read once per comparison (a small cache of one),
 * after any UTF-8 byte order mark: both sides count positions after it,
 * as editors show them. */
static char *cached_text;
static char cached_path[4096];

static const char *file_text(const char *path)
{
	if (strcmp(path, cached_path) != 0) {
		fp_free(cached_text);
		/* regular files only: a case's tree may hold a FIFO, whose
		 * open would wait for a writer */
		struct stat st;
		cached_text = stat(path, &st) == 0 && S_ISREG(st.st_mode) ? rt_read(path, NULL) : NULL;
		snprintf(cached_path, sizeof cached_path, "%s", path);
	}
	if (cached_text && memcmp(cached_text, "\xEF\xBB\xBF", 3) == 0)
		return cached_text + 3;
	return cached_text;
}

/* 1-based column in characters on 1-based line -> 1-based column in
 * bytes, through the file's text (unchanged when it cannot be read). */
static long byte_column(const char *path, long line, long col)
{
	const char *t = file_text(path);
	if (!t || line < 1 || col < 1)
		return col;
	const char *p = t;
	for (long l = 1; l < line && p; l++) {
		p = strchr(p, '\n');
		if (p)
			p++;
	}
	if (!p)
		return col;
	/* characters as check counts them (util/lines.c): a code point,
	 * or one invalid byte */
	size_t n = strcspn(p, "\n"), bytes = 0;
	long c = 1;
	for (; c < col && bytes < n; c++) {
		uint32_t cp;
		size_t len = fp_utf8_decode(p + bytes, n - bytes, &cp);
		bytes += len ? len : 1;
	}
	/* past the end of the line: count the rest as one byte each */
	return (long)bytes + 1 + (col - c);
}

static const char *severity_name(long s)
{
	return s == 1 ? "error" : s == 2 ? "warning" : s == 3 ? "info" : s == 4 ? "hint" : "?";
}

static void add_finding(lines *out, const char *rel, long l0, long c0, long l1, long c1,
			const char *sev, const char *code, const char *msg)
{
	/* A finding about the whole file (not UTF-8, a NUL byte, empty,
	 * unreadable) is a place in check's output ("a place, not a
	 * range": its end is its start) and the byte's range in the
	 * server's (an editor marks a range): compared by where it starts. */
	if (strncmp(code, "FP", 2) == 0 && fp_diag_is_file_level(atoi(code + 2))) {
		l1 = l0;
		c1 = c0;
	}
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_printf(&b, "%s:%ld:%ld-%ld:%ld %s %s %s", rel, l0, c0, l1, c1, sev, code, msg);
	for (size_t i = 0; i < b.len; i++) {
		if (b.data[i] == '\n')
			b.data[i] = ' ';        /* one finding, one line */
	}
	if (b.data)
		lines_add(out, b.data);
	fp_buf_release(&b);
}

/* ---- check ------------------------------------------------------------ */

static long num(const fp_json *o, const char *key)
{
	const fp_json *v = fp_json_get(o, key);
	return v && v->kind == FP_JSON_NUMBER ? strtol(v->u.num.text, NULL, 10) : -1;
}

static const char *str(const fp_json *o, const char *key)
{
	const fp_json *v = fp_json_get(o, key);
	return v && v->kind == FP_JSON_STRING ? v->u.str.s : "";
}

/* Run `check --format json ARGS` (each arg an absolute path under root)
 * and add its findings. When it stops without a report (exit 2: a
 * malformed .fhirpath-ls.json stops a run), its first line on stderr
 * (root written as ROOT) is added as a finding of its own, so that the
 * difference from serve is reviewed like any other. False (with why)
 * when it gave no JSON otherwise. */
static bool run_check(const char *root, char *const *args, size_t nargs, lines *out, fp_buf *why)
{
	char path[1024], errpath[1100];
	snprintf(path, sizeof path, "%s/parity-check.json", R.build);
	snprintf(errpath, sizeof errpath, "%s/parity-check.err", R.build);
	fp_buf cmd;
	fp_buf_init(&cmd);
	fp_buf_printf(&cmd, "'%s' check --format json", R.bin);
	for (size_t i = 0; i < nargs; i++)
		fp_buf_printf(&cmd, " '%s'", args[i]);
	fp_buf_printf(&cmd, " >'%s' 2>'%s'", path, errpath);
	int st = system(cmd.data);
	fp_buf_release(&cmd);
	size_t len;
	char *text = rt_read(path, &len);
	fp_arena a;
	fp_arena_init(&a);
	fp_json *doc;
	fp_json_error err;
	bool ok = text && fp_json_parse(text, len, &a, NULL, &doc, &err) && doc->kind == FP_JSON_OBJECT;
	if (!ok && WIFEXITED(st) && WEXITSTATUS(st) == 2 && (!text || len == 0)) {
		char *e = rt_read(errpath, NULL);
		fp_buf line;
		fp_buf_init(&line);
		fp_buf_adds(&line, "(check stopped, exit 2) ");
		size_t rl = strlen(root);
		for (const char *q = e ? e : ""; *q && *q != '\n';) {
			if (strncmp(q, root, rl) == 0) {
				fp_buf_adds(&line, "ROOT");
				q += rl;
			} else {
				fp_buf_addc(&line, *q++);
			}
		}
		if (line.data)
			lines_add(out, line.data);
		fp_buf_release(&line);
		fp_free(e);
		ok = true;
	} else if (!ok) {
		fp_buf_printf(why, "  check gave no JSON (status %d)\n", st);
	}
	const fp_json *ds = ok ? fp_json_get(doc, "diagnostics") : NULL;
	size_t rl = strlen(root);
	for (size_t i = 0; ds && ds->kind == FP_JSON_ARRAY && i < ds->u.arr.len; i++) {
		const fp_json *d = ds->u.arr.items[i];
		const char *file = str(d, "file");
		const char *rel = strncmp(file, root, rl) == 0 && file[rl] == '/' ? file + rl + 1 : file;
		long l0 = num(d, "line"), l1 = num(d, "endLine");
		long c0 = byte_column(file, l0, num(d, "column"));
		long c1 = byte_column(file, l1, num(d, "endColumn"));
		add_finding(out, rel, l0, c0, l1, c1, str(d, "severity"), str(d, "code"), str(d, "message"));
	}
	fp_arena_release(&a);
	fp_free(text);
	return ok;
}

/* ---- serve ------------------------------------------------------------ */

typedef struct session {
	int pid;
	int fds[3];
	fp_buf got;             /* unparsed output */
	uint64_t deadline;
} session;

static bool send_body(session *s, const char *body)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_printf(&b, "Content-Length: %zu\r\n\r\n%s", strlen(body), body);
	size_t off = 0;
	while (off < b.len && now_ms() < s->deadline) {
		ssize_t w = write(s->fds[0], b.data + off, b.len - off);
		if (w > 0) {
			off += (size_t)w;
			continue;
		}
		if (w < 0 && errno != EAGAIN && errno != EINTR)
			break;
		struct pollfd p = { s->fds[0], POLLOUT, 0 };
		poll(&p, 1, 100);
	}
	bool ok = off == b.len;
	fp_buf_release(&b);
	return ok;
}

/* The next message the server sends, parsed into a; NULL at end of output
 * or after the deadline. stderr is read and dropped meanwhile. */
static fp_json *next_message(session *s, fp_arena *a)
{
	for (;;) {
		/* a whole frame in got? */
		const char *hdr = "Content-Length: ";
		size_t hl = strlen(hdr);
		if (s->got.len >= hl && memcmp(s->got.data, hdr, hl) == 0) {
			const char *end = s->got.data + s->got.len;
			const char *p = s->got.data + hl;
			size_t n = 0;
			while (p < end && *p >= '0' && *p <= '9')
				n = n * 10 + (size_t)(*p++ - '0');
			const char *body = NULL;
			for (const char *q = p; q + 4 <= end; q++) {
				if (memcmp(q, "\r\n\r\n", 4) == 0) {
					body = q + 4;
					break;
				}
			}
			if (body && (size_t)(end - body) >= n) {
				fp_json *msg = NULL;
				fp_json_error err;
				bool ok = fp_json_parse(body, n, a, NULL, &msg, &err);
				size_t used = (size_t)(body - s->got.data) + n;
				memmove(s->got.data, s->got.data + used, s->got.len - used);
				s->got.len -= used;
				if (ok)
					return msg;
				continue;
			}
		} else if (s->got.len >= hl) {
			return NULL;    /* not a frame: give up */
		}
		uint64_t t = now_ms();
		if (t >= s->deadline)
			return NULL;
		struct pollfd p[2] = { { s->fds[1], POLLIN, 0 }, { s->fds[2], POLLIN, 0 } };
		poll(p, 2, (int)(s->deadline - t < 1000 ? s->deadline - t : 1000));
		char buf[65536];
		if (p[1].revents) {
			while (read(s->fds[2], buf, sizeof buf) > 0)
				;
		}
		if (p[0].revents) {
			ssize_t r = read(s->fds[1], buf, sizeof buf);
			if (r > 0)
				fp_buf_add(&s->got, buf, (size_t)r);
			else if (r == 0 || (errno != EAGAIN && errno != EINTR))
				return NULL;
		}
	}
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 :
	       c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* file:///a/b%20c -> /a/b c */
static void uri_path(const char *uri, char *out, size_t cap)
{
	const char *p = strncmp(uri, "file://", 7) == 0 ? uri + 7 : uri;
	size_t n = 0;
	while (*p && n + 1 < cap) {
		if (p[0] == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			out[n++] = (char)(hexval(p[1]) * 16 + hexval(p[2]));
			p += 3;
		} else {
			out[n++] = *p++;
		}
	}
	out[n] = 0;
}

/* The scan's findings: the last publishDiagnostics of each file. */
typedef struct published {
	char **paths;
	char **lines_of;        /* the file's findings, already as lines ("\n"-joined) */
	size_t n, cap;
} published;

static void publish_set(published *p, const char *path, const char *text)
{
	size_t i = 0;
	while (i < p->n && strcmp(p->paths[i], path) != 0)
		i++;
	if (i == p->n) {
		if (p->n == p->cap) {
			size_t cap = p->cap ? p->cap * 2 : 32;
			char **np = fp_realloc(p->paths, cap * sizeof *np);
			if (!np)
				return;
			p->paths = np;
			char **nl = fp_realloc(p->lines_of, cap * sizeof *nl);
			if (!nl)
				return;
			p->lines_of = nl;
			p->cap = cap;
		}
		size_t pl = strlen(path) + 1;
		p->paths[i] = fp_malloc(pl);
		if (!p->paths[i])
			return;
		memcpy(p->paths[i], path, pl);
		p->lines_of[i] = NULL;
		p->n++;
	}
	fp_free(p->lines_of[i]);
	size_t tl = strlen(text) + 1;
	p->lines_of[i] = fp_malloc(tl);
	if (p->lines_of[i])
		memcpy(p->lines_of[i], text, tl);
}

static void published_release(published *p)
{
	for (size_t i = 0; i < p->n; i++) {
		fp_free(p->paths[i]);
		fp_free(p->lines_of[i]);
	}
	fp_free(p->paths);
	fp_free(p->lines_of);
}

static long jnum(const fp_json *v)
{
	return v && v->kind == FP_JSON_NUMBER ? strtol(v->u.num.text, NULL, 10) : -1;
}

static const fp_json *path_get(const fp_json *v, const char *a, const char *b, const char *c)
{
	v = v ? fp_json_get(v, a) : NULL;
	v = v && b ? fp_json_get(v, b) : v;
	return v && c ? fp_json_get(v, c) : v;
}

/* Serve root as the workspace, until the scan ends; add the findings. */
static bool run_serve(const char *root, lines *out, fp_buf *why)
{
	char *argv[] = { (char *)R.bin, "serve", NULL };
	session s;
	memset(&s, 0, sizeof s);
	fp_buf_init(&s.got);
	s.deadline = now_ms() + SESSION_MS;
	s.pid = rt_spawn(argv, NULL, s.fds);
	if (s.pid < 0) {
		fp_buf_adds(why, "  cannot start serve\n");
		return false;
	}
	fp_buf init;
	fp_buf_init(&init);
	fp_buf_adds(&init, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,\"rootUri\":\"file://");
	for (const char *p = root; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || strchr("/-._~", c))
			fp_buf_addc(&init, (char)c);
		else
			fp_buf_printf(&init, "%%%02X", c);
	}
	fp_buf_adds(&init, "\",\"capabilities\":{\"window\":{\"workDoneProgress\":true},"
		    "\"general\":{\"positionEncodings\":[\"utf-8\"]}}}}");
	bool ok = send_body(&s, init.data);
	fp_buf_release(&init);
	published pub;
	memset(&pub, 0, sizeof pub);
	bool ended = false;
	fp_arena a;
	fp_arena_init(&a);
	while (ok && !ended) {
		fp_json *m = next_message(&s, &a);
		if (!m) {
			fp_buf_adds(why, "  serve: no end of the scan (timeout or end of output)\n");
			ok = false;
			break;
		}
		const char *method = str(m, "method");
		const fp_json *id = fp_json_get(m, "id");
		if (!*method && jnum(id) == 1) {
			ok = send_body(&s, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
		} else if (strcmp(method, "window/workDoneProgress/create") == 0 && id) {
			/* answer with the id as it came (number or string) */
			fp_buf b;
			fp_buf_init(&b);
			if (id->kind == FP_JSON_NUMBER)
				fp_buf_printf(&b, "{\"jsonrpc\":\"2.0\",\"id\":%s,\"result\":null}", id->u.num.text);
			else
				fp_buf_printf(&b, "{\"jsonrpc\":\"2.0\",\"id\":\"%s\",\"result\":null}", str(m, "id"));
			ok = send_body(&s, b.data);
			fp_buf_release(&b);
		} else if (strcmp(method, "$/progress") == 0) {
			ended = strcmp(str(path_get(m, "params", "value", NULL), "kind"), "end") == 0;
		} else if (strcmp(method, "textDocument/publishDiagnostics") == 0) {
			const fp_json *params = fp_json_get(m, "params");
			char path[16384];     /* deeper than PATH_MAX: walk.test makes one */
			uri_path(str(params, "uri"), path, sizeof path);
			size_t rl = strlen(root);
			const char *rel = strncmp(path, root, rl) == 0 && path[rl] == '/' ? path + rl + 1 : path;
			const fp_json *ds = fp_json_get(params, "diagnostics");
			lines one;
			memset(&one, 0, sizeof one);
			for (size_t i = 0; ds && ds->kind == FP_JSON_ARRAY && i < ds->u.arr.len; i++) {
				const fp_json *d = ds->u.arr.items[i];
				const fp_json *code = fp_json_get(d, "code");
				add_finding(&one, rel,
					    jnum(path_get(d, "range", "start", "line")) + 1,
					    jnum(path_get(d, "range", "start", "character")) + 1,
					    jnum(path_get(d, "range", "end", "line")) + 1,
					    jnum(path_get(d, "range", "end", "character")) + 1,
					    severity_name(jnum(fp_json_get(d, "severity"))),
					    code && code->kind == FP_JSON_STRING ? code->u.str.s : "?",
					    str(d, "message"));
			}
			fp_buf joined;
			fp_buf_init(&joined);
			for (size_t i = 0; i < one.n; i++)
				fp_buf_printf(&joined, "%s\n", one.v[i]);
			publish_set(&pub, path, joined.data ? joined.data : "");
			fp_buf_release(&joined);
			lines_release(&one);
		}
		fp_arena_release(&a);
		fp_arena_init(&a);
	}
	fp_arena_release(&a);
	if (ok) {
		send_body(&s, "{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"shutdown\"}");
		send_body(&s, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
	}
	for (size_t i = 0; i < pub.n; i++) {
		for (char *p = pub.lines_of[i]; p && *p;) {
			char *nl = strchr(p, '\n');
			if (nl)
				*nl = 0;
			lines_add(out, p);
			p = nl ? nl + 1 : p + strlen(p);
		}
	}
	published_release(&pub);
	close(s.fds[0]);
	/* give it a moment to exit after 'exit', then make sure */
	int st;
	uint64_t until = now_ms() + 5000;
	while (waitpid(s.pid, &st, WNOHANG) == 0) {
		if (now_ms() > until) {
			kill(s.pid, SIGKILL);
			waitpid(s.pid, &st, 0);
			break;
		}
		usleep(10000);
	}
	close(s.fds[1]);
	close(s.fds[2]);
	fp_buf_release(&s.got);
	return ok;
}

/* ---- comparing -------------------------------------------------------- */

/* Lines of a and b (each sorted) found in one only, as mismatch lines. */
static void differences(const char *tree, const char *aname, lines *a, const char *bname, lines *b,
			fp_buf *out)
{
	if (a->n > 1)   /* an empty list may have no array at all */
		qsort(a->v, a->n, sizeof *a->v, cmp_line);
	if (b->n > 1)
		qsort(b->v, b->n, sizeof *b->v, cmp_line);
	size_t i = 0, j = 0;
	while (i < a->n || j < b->n) {
		int c = i == a->n ? 1 : j == b->n ? -1 : strcmp(a->v[i], b->v[j]);
		if (c == 0) {
			i++;
			j++;
		} else if (c < 0) {
			fp_buf_printf(out, "%s [%s] only: %s\n", tree, aname, a->v[i++]);
		} else {
			fp_buf_printf(out, "%s [%s] only: %s\n", tree, bname, b->v[j++]);
		}
	}
}

/* Drop check's findings on files under root that are not regular files
 * (FIFOs, devices): by design serve writes those to its log and never
 * publishes them, since a client opens a published file to place the
 * finding (Neovim 0.7 blocks on a FIFO). Serve's own lines on such files
 * stay, so publishing one is a mismatch. */
static void drop_special(const char *root, lines *l)
{
	size_t k = 0;
	for (size_t i = 0; i < l->n; i++) {
		const char *colon = strchr(l->v[i], ':');
		char path[8300];
		struct stat st;
		bool special = false;
		if (colon && l->v[i][0] != '(') {
			snprintf(path, sizeof path, "%s/%.*s", root, (int)(colon - l->v[i]), l->v[i]);
			special = lstat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode);
		}
		if (special)
			fp_free(l->v[i]);
		else
			l->v[k++] = l->v[i];
	}
	l->n = k;
}

/* One tree: check on the folder and on each of `files` (relative), each
 * compared with one serve session on the folder. */
static void compare_tree(const char *tree, const char *dir, const char *const *files, fp_buf *all,
			 fp_buf *problems)
{
	char root[4096];
	if (!realpath(dir, root)) {
		fp_buf_printf(problems, "  %s: %s not found\n", tree, dir);
		return;
	}
	uint64_t t0 = now_ms();
	lines served;
	memset(&served, 0, sizeof served);
	if (!run_serve(root, &served, problems))
		fp_buf_printf(problems, "  (tree %s)\n", tree);
	uint64_t t1 = now_ms();
	char *args[1] = { root };
	lines checked;
	memset(&checked, 0, sizeof checked);
	if (!run_check(root, args, 1, &checked, problems))
		fp_buf_printf(problems, "  (tree %s, check on the folder)\n", tree);
	uint64_t t2 = now_ms();
	if (R.verbose)
		printf("parity %s: serve %llu ms, check %llu ms, %zu / %zu findings\n", tree,
		       (unsigned long long)(t1 - t0), (unsigned long long)(t2 - t1), served.n, checked.n);
	drop_special(root, &checked);
	differences(tree, "check DIR", &checked, "serve", &served, all);
	lines_release(&checked);
	for (size_t k = 0; files && files[k]; k++) {
		/* the served findings of that file only */
		lines mine;
		memset(&mine, 0, sizeof mine);
		size_t fl = strlen(files[k]);
		for (size_t i = 0; i < served.n; i++) {
			if (strncmp(served.v[i], files[k], fl) == 0 && served.v[i][fl] == ':')
				lines_add(&mine, served.v[i]);
		}
		char path[4200], label[300];
		snprintf(path, sizeof path, "%s/%s", root, files[k]);
		snprintf(label, sizeof label, "check DIR/%s", files[k]);
		char *one[1] = { path };
		lines single;
		memset(&single, 0, sizeof single);
		if (!run_check(root, one, 1, &single, problems))
			fp_buf_printf(problems, "  (tree %s, check on %s)\n", tree, files[k]);
		differences(tree, label, &single, "serve", &mine, all);
		lines_release(&single);
		lines_release(&mine);
	}
	lines_release(&served);
}

/* ---- the trees built here --------------------------------------------- */

static bool put(const char *dir, const char *rel, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, rel);
	for (char *p = path + 1; *p; p++) {   /* mkdir -p */
		if (*p == '/') {
			*p = 0;
			mkdir(path, 0755);
			*p = '/';
		}
	}
	return rt_write(path, text, strlen(text));
}

static bool build_trees(const char *base)
{
	char cmd[4400];
	snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", base, base);
	if (system(cmd) != 0)
		return false;
	char d[4200];
	bool ok = true;

	/* FP0033: an empty file, one with only comments, one finding */
	snprintf(d, sizeof d, "%s/empty-file", base);
	ok = ok && put(d, "empty.fhirpath", "") &&
	     put(d, "comments.fhirpath", "// @context Patient\n// nothing yet\n") &&
	     put(d, "typo.fhirpath", "// @context Patient\nname.gven\n");

	/* the project's FHIR version: sushi-config.yaml says R5; the
	 * expressions are valid in R5 only (Observation.triggeredBy and
	 * the ActorDefinition resource are new in R5) */
	snprintf(d, sizeof d, "%s/sushi-r5", base);
	ok = ok && put(d, "sushi-config.yaml",
		       "id: example.r5\ncanonical: http://example.org/r5\nname: ExampleR5\nstatus: draft\n"
		       "version: 0.1.0\nfhirVersion: 5.0.0\nFSHOnly: true\n") &&
	     put(d, "input/r5-only.fhirpath",
		 "// @context Observation\ntriggeredBy.exists() and triggeredBy.all(type.exists())\n") &&
	     put(d, "input/SearchParameter-actor.json",
		 "{\n  \"resourceType\": \"SearchParameter\",\n  \"url\": \"http://example.org/r5/SearchParameter/actor-type\",\n"
		 "  \"name\": \"ActorType\",\n  \"status\": \"draft\",\n  \"code\": \"actor-type\",\n"
		 "  \"base\": [\"ActorDefinition\"],\n  \"type\": \"token\",\n"
		 "  \"expression\": \"ActorDefinition.type\"\n}\n");

	/* a per-folder configuration: R5 and one code turned to a warning */
	snprintf(d, sizeof d, "%s/folder-config", base);
	ok = ok && put(d, ".fhirpath-ls.json", "{\"fhirVersion\": \"R5\", \"severity\": {\"FP1001\": \"warning\"}}\n") &&
	     put(d, "a.fhirpath", "// @context Observation\ntriggeredBy.exists()\nvalu.exists()\n");

	/* several kinds side by side: XML and JSON resources, bad JSON,
	 * non-FHIR JSON, JSONC settings of an editor */
	snprintf(d, sizeof d, "%s/mixed", base);
	ok = ok && put(d, "sp.xml",
		       "<SearchParameter xmlns=\"http://hl7.org/fhir\">\n  <code value=\"x\"/>\n  <base value=\"Patient\"/>\n"
		       "  <expression value=\"name.given.where(use = &quot;x&quot;)\"/>\n</SearchParameter>\n") &&
	     put(d, "q.json",
		 "{\"resourceType\":\"Questionnaire\",\"status\":\"draft\",\"item\":[{\"linkId\":\"a\",\"type\":\"string\","
		 "\"extension\":[{\"url\":\"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression\","
		 "\"valueExpression\":{\"language\":\"text/fhirpath\",\"expression\":\"%resource.item.where(linkid = 'a').answer\"}}]}]}\n") &&
	     put(d, "bad.json", "{\"resourceType\": \"SearchParameter\",\n") &&
	     put(d, "package.json", "{\"name\": \"x\", \"version\": \"1.0.0\"}\n") &&
	     put(d, "pom.xml", "<project><modelVersion>4.0.0</modelVersion></project>\n") &&
	     put(d, ".vscode/settings.json", "{\n  // editor settings\n  \"editor.tabSize\": 2,\n}\n") &&
	     put(d, "ok.fhirpath", "// @context Patient\nname.given.first()\n");

	/* FIFOs among the inputs (made here: git keeps none), a FIFO
	 * package.json, and files with findings next to them; no
	 * .fhirpath-ls.json (a FIFO of that name stops check: see
	 * cli/walk.test in parity-known.txt) */
	snprintf(d, sizeof d, "%s/fifos", base);
	ok = ok && put(d, "x.fhirpath", "name.given.where(\n") && put(d, "sub/ok.fhirpath", "a +\n");
	snprintf(cmd, sizeof cmd, "cd '%s' && mkfifo a.fhirpath b.json package.json sub/c.xml", d);
	return ok && system(cmd) == 0;
}

/* ---- the trees the CLI case files build ------------------------------- */

/* Does a case's Shell make a tree worth comparing? It must write under
 * $TMP and name an input file; cases about the build (make) or the test
 * runner itself make none. */
static bool makes_tree(const char *shell)
{
	return shell && strstr(shell, "TMP") && !strstr(shell, "make ") &&
	       !strstr(shell, "test-runner") &&
	       (strstr(shell, ".fhirpath") || strstr(shell, ".json") || strstr(shell, ".xml"));
}

/* Run a case's Shell as tests/check_cli.c does (FP, TMP, SHARED,
 * NO_COLOR; the repository root as working directory), with stdin empty
 * and its output dropped: what it leaves in tmp is the tree. */
static void build_case_tree(const char *shell, const char *tmp, const char *absbin)
{
	pid_t pid = fork();
	if (pid == 0) {
		int null = open("/dev/null", O_RDWR);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			dup2(null, 2);
		}
		setenv("NO_COLOR", "1", 1);
		setenv("FP", absbin, 1);
		setenv("TMP", tmp, 1);
		setenv("SHARED", R.shared ? R.shared : "../shared", 1);
		execl("/bin/sh", "sh", "-c", shell, (char *)NULL);
		_exit(127);
	}
	if (pid < 0)
		return;
	uint64_t until = now_ms() + 60000;
	int st;
	while (waitpid(pid, &st, WNOHANG) == 0) {
		if (now_ms() > until) {
			kill(pid, SIGKILL);
			waitpid(pid, &st, 0);
			break;
		}
		usleep(2000);
	}
}

static void count_input(void *ctx, const fp_walk_entry *e)
{
	(*(size_t *)ctx)++;
}

/* Every case of tests/cli whose Shell makes a tree: the tree is built in
 * a fresh folder, then compared (check on the folder, serve on it). Each
 * is named "cli/FILE: NAME". */
static void compare_case_trees(fp_buf *all, fp_buf *problems)
{
	char absbin[4096];
	if (!realpath(R.bin, absbin)) {
		fp_buf_adds(problems, "  cli trees: binary not found\n");
		return;
	}
	char **files = rt_list("tests/cli", ".test");
	size_t trees = 0;
	for (size_t f = 0; files && files[f]; f++) {
		const char *base = strrchr(files[f], '/') + 1;
		char *text = rt_read(files[f], NULL);
		clicase *v;
		size_t n = clicases_load(text ? text : "", &v);
		for (size_t i = 0; i < n; i++) {
			const char *shell = clicase_get(&v[i], "Shell");
			if (!makes_tree(shell))
				continue;
			char tmp[] = "/tmp/fhirpath-ls-parity-XXXXXX";
			if (!mkdtemp(tmp)) {
				fp_buf_adds(problems, "  cli trees: mkdtemp failed\n");
				break;
			}
			build_case_tree(shell, tmp, absbin);
			size_t inputs = 0;
			fp_walk(tmp, fp_is_input_file, count_input, &inputs);
			if (inputs) {
				char tree[512];
				snprintf(tree, sizeof tree, "cli/%s: %s", base, clicase_get(&v[i], "Name"));
				compare_tree(tree, tmp, NULL, all, problems);
				trees++;
			}
			char rm[128];
			snprintf(rm, sizeof rm, "chmod -R u+rwx %s 2>/dev/null; rm -rf %s", tmp, tmp);
			if (system(rm) != 0) {
				/* leftovers in /tmp are harmless */
			}
		}
		clicases_free(v, n);
		fp_free(text);
	}
	rt_free_list(files);
	if (R.verbose)
		printf("parity: %zu trees of the CLI case files\n", trees);
	if (trees == 0)
		fp_buf_adds(problems, "  cli trees: no case file made a tree\n");
}

void run_parity(void);
void run_parity(void)
{
	if (!rt_selected("parity"))
		return;
	char base[1024];
	snprintf(base, sizeof base, "%s/parity", R.build);
	fp_buf all, problems;
	fp_buf_init(&all);
	fp_buf_init(&problems);
	if (!build_trees(base)) {
		rt_result("parity: build the trees", false, "  cannot write under $FP_BUILD/parity");
		return;
	}
	static const char *const sushi_files[] = { "input/r5-only.fhirpath", "input/SearchParameter-actor.json", NULL };
	static const char *const empty_files[] = { "empty.fhirpath", NULL };
	static const char *const config_files[] = { "a.fhirpath", NULL };
	char d[1100];
	compare_tree("corpus", "corpus", NULL, &all, &problems);
	compare_tree("ws-scan", "tests/lsp/ws-scan", NULL, &all, &problems);
	snprintf(d, sizeof d, "%s/empty-file", base);
	compare_tree("empty-file", d, empty_files, &all, &problems);
	snprintf(d, sizeof d, "%s/sushi-r5", base);
	compare_tree("sushi-r5", d, sushi_files, &all, &problems);
	snprintf(d, sizeof d, "%s/folder-config", base);
	compare_tree("folder-config", d, config_files, &all, &problems);
	snprintf(d, sizeof d, "%s/mixed", base);
	compare_tree("mixed", d, NULL, &all, &problems);
	snprintf(d, sizeof d, "%s/fifos", base);
	compare_tree("fifos", d, NULL, &all, &problems);
	compare_case_trees(&all, &problems);
	if (R.shared) {
		static const char *const versions[] = { "r4", "r4b", "r5" };
		for (size_t i = 0; i < 3; i++) {
			char tree[16];
			snprintf(d, sizeof d, "%s/fhir/%s", R.shared, versions[i]);
			snprintf(tree, sizeof tree, "core-%s", versions[i]);
			compare_tree(tree, d, NULL, &all, &problems);
		}
	} else {
		rt_no_shared("parity: core definitions", "the core definitions are not compared");
	}
	fp_free(cached_text);
	cached_text = NULL;
	cached_path[0] = 0;
	rt_result("parity: every tree ran through check and serve", problems.len == 0, problems.data);
	rt_reviewed("parity: check and serve disagree exactly as reviewed", all.data ? all.data : "",
		    "tests/parity-known.txt", "parity.txt",
		    "a mismatch appeared, changed or went away: fix it, or review it and update tests/parity-known.txt");
	fp_buf_release(&all);
	fp_buf_release(&problems);
}
