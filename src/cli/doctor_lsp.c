/*
 * cli/doctor_lsp.c - doctor's LSP round trip: the language server runs in
 * a forked child on one end of a socketpair, lsp/selftest.h drives it
 * from the other, and the timings are judged against the performance
 * targets (DESIGN.md). A child, not a thread: a server that hangs is
 * killed and one that crashes is reported, and doctor goes on either way.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "cli/cli.h"
#include "doctor/doctor.h"
#include "lsp/selftest.h"
#include "lsp/server.h"
#include "runtime/runtime.h"

/* The whole session; a sanitizer build needs a few seconds of it. */
#define SESSION_MS 15000
/* After exit, how long the child may take to leave before it is killed. */
#define REAP_MS 3000

/* Targets, in microseconds. */
#define TARGET_INITIALIZE_US 10000
#define TARGET_EDIT_US 2000
#define TARGET_REQUEST_US 1000

static const char slow[] = "slower than the target: sanitizer and debug builds are; on a release "
			   "build, look at the machine's load, and report it with 'fhirpath-ls doctor --json'";

/* The child: serve on fd until exit, quietly (its log would mix with
 * doctor's output), then leave without running the parent's atexit
 * handlers or flushing its copies of stdio buffers. */
static void serve_child(int fd)
{
	lsp_options opt;
	memset(&opt, 0, sizeof opt);
	opt.in_fd = fd;
	opt.out_fd = fd;
	opt.max_message = (size_t)64 << 20;
	opt.max_document = (size_t)16 << 20;
	opt.time_budget_ms = 2000;
	opt.no_scan = true;
	fp_log_open(NULL, (fp_log_level)0);
	_exit(lsp_serve(&opt));
}

/* Wait for the child; kill it when it does not leave in time. Returns
 * its wait status. */
static int reap(pid_t pid, bool *killed)
{
	int status = 0;
	*killed = false;
	for (int waited = 0; waited < REAP_MS; waited += 10) {
		pid_t r = waitpid(pid, &status, WNOHANG);
		if (r == pid || (r < 0 && errno != EINTR))
			return status;
		struct timespec ts = { 0, 10 * 1000000L };
		nanosleep(&ts, NULL);
	}
	kill(pid, SIGKILL);
	*killed = true;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	return status;
}

static double ms(uint64_t us)
{
	return (double)us / 1000.0;
}

/* One timing against its target: PASS under it, WARN over. */
static void judge(fp_doctor *d, const char *name, uint32_t p99, uint32_t p50, size_t n, uint32_t target)
{
	fp_doctor_add(d, p99 <= target ? FP_DOCTOR_PASS : FP_DOCTOR_WARN, name, slow,
		      "p99 %.2f ms, p50 %.2f ms over %zu requests (target p99 <= %.0f ms)",
		      ms(p99), ms(p50), n, ms(target));
}

static void add_results(fp_doctor *d, const lsp_selftest *r, uint64_t total_us)
{
	fp_doctor_add(d, FP_DOCTOR_PASS, "lsp round trip", NULL,
		      "initialize, didOpen, diagnostics, %zu edits, %zu completions, %zu hovers, "
		      "shutdown: every answer right, %.0f ms in all", r->edit.n, r->completion.n,
		      r->hover.n, ms(total_us));
	fp_doctor_add(d, r->initialize_us <= TARGET_INITIALIZE_US ? FP_DOCTOR_PASS : FP_DOCTOR_WARN,
		      "initialize", slow, "answered %.2f ms after the server started (target <= %.0f ms)",
		      ms(r->initialize_us), ms(TARGET_INITIALIZE_US));
	judge(d, "diagnostics", r->edit.p99_us, r->edit.p50_us, r->edit.n, TARGET_EDIT_US);
	judge(d, "completion", r->completion.p99_us, r->completion.p50_us, r->completion.n,
	      TARGET_REQUEST_US);
	judge(d, "hover", r->hover.p99_us, r->hover.p50_us, r->hover.n, TARGET_REQUEST_US);
}

static const char broken[] = "run 'fhirpath-ls serve --log FILE --log-level debug' from the editor "
			     "to see where it stops, and report it with 'fhirpath-ls doctor --json'";

void cli_doctor_round_trip(fp_doctor *d)
{
	fp_doctor_section_begin(d, "self-test");
	int sv[2];
	if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "lsp round trip", "look at the open-file limit",
			      "no socket pair: %s", strerror(errno));
		return;
	}
	fp_rt_ignore_sigpipe();         /* a dead server must not take doctor along */
	fflush(NULL);
	uint64_t start = lsp_selftest_now_us();
	pid_t pid = fork();
	if (pid == 0) {
		close(sv[0]);
		serve_child(sv[1]);
	}
	close(sv[1]);
	if (pid < 0) {
		close(sv[0]);
		fp_doctor_add(d, FP_DOCTOR_FAIL, "lsp round trip", "look at the process limit (ulimit -u)",
			      "cannot start the server: %s", strerror(errno));
		return;
	}
	lsp_selftest r;
	bool ok = lsp_selftest_run(sv[0], (long)getpid(), start, SESSION_MS, &r);
	uint64_t total = lsp_selftest_now_us() - start;
	close(sv[0]);
	bool killed;
	int status = reap(pid, &killed);
	if (!ok)
		fp_doctor_add(d, FP_DOCTOR_FAIL, "lsp round trip", broken, "%s%s", r.error,
			      WIFSIGNALED(status) && !killed ? " (the server crashed)" : "");
	else if (killed || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
		fp_doctor_add(d, FP_DOCTOR_FAIL, "lsp round trip", broken,
			      "every answer right, but after exit the server %s", killed ? "did not leave"
			      : WIFSIGNALED(status) ? "crashed" : "left with a failure status");
	else
		add_results(d, &r, total);
}
