/*
 * tests/check_cli.c - CLI case files (tests/cli, .test files) run the real
 * binary, as pkgconf's tests do. A case is a block of 'Key: value' lines:
 *
 *   Name: check a file with a typo        (starts a case)
 *   Args: check corpus/mistakes/x.fhirpath   (words; '...' and "..." quote)
 *   Shell: $FP check "$TMP/x"             (instead of Args: run by /bin/sh)
 *   Stdin: <<EOF ... EOF                   (any value may be a heredoc)
 *   ExpectedExitCode: 1
 *   ExpectedStdout: <<EOF ... EOF          (exact; "ms":N is normalised)
 *   ExpectedStderr: <<EOF ... EOF          (exact, when given)
 *
 * The environment has NO_COLOR=1, FP (the binary, absolute), ROOT (the
 * repository root, absolute), SHARED, FHIRPATH_LS_CACHE (a cache of the
 * case's own, in TMP) and a fresh empty TMP directory per case; the
 * working directory is the repository root. FP_UPDATE=1 rewrites the expectations.
 */
#include <limits.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "clicases.h"
#include "runner.h"
#include "util/alloc.h"

/* Split Args into words: spaces separate, '...' and "..." quote. */
static char **split_words(const char *s, int *argc)
{
	size_t cap = strlen(s) + 2;
	char **argv = fp_calloc(cap, sizeof *argv);
	int n = 0;
	while (*s) {
		while (*s == ' ')
			s++;
		if (!*s)
			break;
		fp_buf w;
		fp_buf_init(&w);
		fp_buf_add(&w, "", 0);
		while (*s && *s != ' ') {
			if (*s == '\'' || *s == '"') {
				char q = *s++;
				while (*s && *s != q)
					fp_buf_addc(&w, *s++);
				if (*s)
					s++;
			} else {
				fp_buf_addc(&w, *s++);
			}
		}
		argv[n++] = fp_buf_detach(&w, NULL);
	}
	*argc = n;
	return argv;
}

/* Run the case; collects stdout/stderr and the exit code (or -signal). */
static int run(const clicase *c, const char *tmp, const char *absbin, fp_buf *out, fp_buf *err)
{
	int in[2], o[2], e[2];
	if (pipe(in) || pipe(o) || pipe(e))
		return -1000;
	const char *args = clicase_get(c, "Args");
	const char *shell = clicase_get(c, "Shell");
	int argc = 0;
	char **words = split_words(args ? args : "", &argc);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(o[1], 1);
		dup2(e[1], 2);
		close(in[1]);
		close(o[0]);
		close(e[0]);
		setenv("NO_COLOR", "1", 1);
		setenv("FP", absbin, 1);
		char root[PATH_MAX];
		if (getcwd(root, sizeof root))
			setenv("ROOT", root, 1);
		setenv("TMP", tmp, 1);
		/* a cache of its own per case, inside TMP (walks skip it) */
		char cache[PATH_MAX + 32];
		snprintf(cache, sizeof cache, "%s/.fhirpath-ls-cache", tmp);
		setenv("FHIRPATH_LS_CACHE", cache, 1);
		setenv("SHARED", R.shared ? R.shared : "../shared", 1);
		if (shell) {
			execl("/bin/sh", "sh", "-c", shell, (char *)NULL);
		} else {
			char **av = fp_calloc((size_t)argc + 2, sizeof *av);
			av[0] = (char *)absbin;
			for (int i = 0; i < argc; i++)
				av[i + 1] = words[i];
			execv(absbin, av);
		}
		_exit(127);
	}
	for (int i = 0; i < argc; i++)
		fp_free(words[i]);
	fp_free(words);
	close(in[0]);
	close(o[1]);
	close(e[1]);
	const char *stdin_data = clicase_get(c, "Stdin");
	size_t sl = stdin_data ? strlen(stdin_data) : 0, soff = 0;
	if (!stdin_data) {
		close(in[1]);
		in[1] = -1;
	}
	fcntl(o[0], F_SETFL, O_NONBLOCK);
	fcntl(e[0], F_SETFL, O_NONBLOCK);
	if (in[1] >= 0)
		fcntl(in[1], F_SETFL, O_NONBLOCK);
	signal(SIGPIPE, SIG_IGN);
	time_t deadline = time(NULL) + 60;
	bool oopen = true, eopen = true;
	while (oopen || eopen) {
		struct pollfd fds[3];
		int nf = 0;
		if (oopen)
			fds[nf++] = (struct pollfd){ o[0], POLLIN, 0 };
		if (eopen)
			fds[nf++] = (struct pollfd){ e[0], POLLIN, 0 };
		if (in[1] >= 0)
			fds[nf++] = (struct pollfd){ in[1], POLLOUT, 0 };
		if (poll(fds, (nfds_t)nf, 1000) < 0 && errno != EINTR)
			break;
		if (time(NULL) > deadline) {
			kill(pid, SIGKILL);
			fp_buf_adds(err, "(killed: timeout)\n");
			break;
		}
		char buf[65536];
		for (int i = 0; i < nf; i++) {
			if (!fds[i].revents)
				continue;
			if (fds[i].fd == in[1]) {
				ssize_t w = write(in[1], stdin_data + soff, sl - soff);
				if (w > 0)
					soff += (size_t)w;
				if (w < 0 || soff >= sl) {
					close(in[1]);
					in[1] = -1;
				}
				continue;
			}
			ssize_t r = read(fds[i].fd, buf, sizeof buf);
			if (r > 0) {
				fp_buf_add(fds[i].fd == o[0] ? out : err, buf, (size_t)r);
			} else if (r == 0 || (errno != EAGAIN && errno != EINTR)) {
				if (fds[i].fd == o[0])
					oopen = false;
				else
					eopen = false;
			}
		}
	}
	if (in[1] >= 0)
		close(in[1]);
	close(o[0]);
	close(e[0]);
	int st;
	waitpid(pid, &st, 0);
	if (WIFEXITED(st))
		return WEXITSTATUS(st);
	return -WTERMSIG(st);
}

/* Replace '"ms":digits' by '"ms":0' so timings do not break cases. */
static void normalise(fp_buf *b)
{
	if (!b->data)
		return;
	char *p = b->data;
	size_t w = 0;
	for (size_t i = 0; i < b->len; ) {
		if (strncmp(p + i, "\"ms\":", 5) == 0) {
			memcpy(p + w, "\"ms\":0", 6);
			w += 6;
			i += 5;
			while (i < b->len && p[i] >= '0' && p[i] <= '9')
				i++;
			continue;
		}
		p[w++] = p[i++];
	}
	b->len = w;
	p[w] = 0;
}

void run_cli_cases(void)
{
	char **files = rt_list("tests/cli", ".test");
	char absbin[4096];
	if (!realpath(R.bin, absbin)) {
		rt_result("cli", false, "binary not found (set FP_BIN)");
		rt_free_list(files);
		return;
	}
	for (size_t f = 0; files && files[f]; f++) {
		const char *base = strrchr(files[f], '/') + 1;
		char fname[256];
		snprintf(fname, sizeof fname, "cli/%s", base);
		if (!rt_selected(fname))
			continue;
		char *text = rt_read(files[f], NULL);
		clicase *v;
		size_t n = clicases_load(text ? text : "", &v);
		bool changed = false;
		for (size_t i = 0; i < n; i++) {
			clicase *c = &v[i];
			char name[512];
			snprintf(name, sizeof name, "%s: %s", fname, clicase_get(c, "Name"));
			char tmp[] = "/tmp/fhirpath-ls-test-XXXXXX";
			if (!mkdtemp(tmp)) {
				rt_result(name, false, "mkdtemp failed");
				continue;
			}
			fp_buf out, err;
			fp_buf_init(&out);
			fp_buf_init(&err);
			int code = run(c, tmp, absbin, &out, &err);
			normalise(&out);
			char rm[128];
			snprintf(rm, sizeof rm, "chmod -R u+rwx %s 2>/dev/null; rm -rf %s", tmp, tmp);
			if (system(rm) != 0) {
				/* leftovers in /tmp are harmless */
			}
			const char *wcode = clicase_get(c, "ExpectedExitCode");
			const char *wout = clicase_get(c, "ExpectedStdout");
			const char *werr = clicase_get(c, "ExpectedStderr");
			const char *gout = out.data ? out.data : "";
			const char *gerr = err.data ? err.data : "";
			fp_buf d;
			fp_buf_init(&d);
			bool ok = true;
			if (wcode && atoi(wcode) != code) {
				fp_buf_printf(&d, "  exit code: want %s, got %d\n", wcode, code);
				ok = false;
			}
			if (wout && strcmp(wout, gout) != 0) {
				fp_buf_adds(&d, "  stdout differs:\n");
				rt_diff(&d, wout, gout);
				ok = false;
			}
			if (werr && strcmp(werr, gerr) != 0) {
				fp_buf_adds(&d, "  stderr differs:\n");
				rt_diff(&d, werr, gerr);
				ok = false;
			}
			if (!ok && R.update) {
				char num[16];
				snprintf(num, sizeof num, "%d", code);
				clicase_set(c, "ExpectedExitCode", num, false);
				clicase_set(c, "ExpectedStdout", gout, true);
				if (werr)
					clicase_set(c, "ExpectedStderr", gerr, true);
				changed = true;
				ok = true;
			}
			if (!ok && *gerr)
				fp_buf_printf(&d, "  stderr: %.500s\n", gerr);
			rt_result(name, ok, d.data);
			fp_buf_release(&d);
			fp_buf_release(&out);
			fp_buf_release(&err);
		}
		if (changed)
			clicases_save(files[f], v, n);
		clicases_free(v, n);
		fp_free(text);
	}
	rt_free_list(files);
}
