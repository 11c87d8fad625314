/*
 * runtime/runtime.c - signals, log, process facts.
 */
#include "runtime.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <time.h>
#include <unistd.h>

#include "json/write.h"
#include "util/buf.h"

static int sig_pipe[2] = { -1, -1 };

static void on_signal(int sig)
{
	int saved = errno;
	unsigned char b = (unsigned char)sig;
	if (sig_pipe[1] >= 0 && write(sig_pipe[1], &b, 1) < 0) {
		/* pipe full: the loop will see the earlier ones */
	}
	errno = saved;
}

int fp_rt_signals_init(void)
{
	if (sig_pipe[0] < 0) {
		if (pipe(sig_pipe) != 0)
			return -1;
		for (int i = 0; i < 2; i++) {
			fcntl(sig_pipe[i], F_SETFL, fcntl(sig_pipe[i], F_GETFL) | O_NONBLOCK);
			fcntl(sig_pipe[i], F_SETFD, FD_CLOEXEC);
		}
	}
	struct sigaction sa;
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sa.sa_flags = SA_RESTART;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGUSR1, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	return sig_pipe[0];
}

void fp_rt_ignore_sigpipe(void)
{
	signal(SIGPIPE, SIG_IGN);
}

int fp_rt_signal_next(void)
{
	unsigned char b;
	if (sig_pipe[0] >= 0 && read(sig_pipe[0], &b, 1) == 1)
		return b;
	return 0;
}

/* ---- log ----------------------------------------------------------------- */

static FILE *log_file;
static bool log_stderr;         /* "-": stderr, whatever the sink */
static fp_log_level log_level = FP_LOG_WARN;
static fp_log_sink log_sink;
static void *log_sink_ctx;

bool fp_log_open(const char *path, fp_log_level level)
{
	log_level = level;
	log_file = NULL;
	log_stderr = path && strcmp(path, "-") == 0;
	if (!path || log_stderr)
		return true;
	log_file = fopen(path, "a");
	return log_file != NULL;
}

void fp_log_close(void)
{
	if (log_file)
		fclose(log_file);
	log_file = NULL;
	log_sink = NULL;
}

bool fp_log_has_file(void)
{
	return log_file || log_stderr || !log_sink;
}

void fp_log_set_sink(fp_log_sink sink, void *ctx)
{
	log_sink_ctx = ctx;
	log_sink = sink;
}

bool fp_log_parse_level(const char *s, fp_log_level *out)
{
	static const char *const names[] = { "", "error", "warn", "info", "debug" };
	for (int i = 1; i <= 4; i++) {
		if (strcmp(s, names[i]) == 0) {
			*out = (fp_log_level)i;
			return true;
		}
	}
	return false;
}

void fp_log(fp_log_level level, const char *fields, const char *fmt, ...)
{
	if (level > log_level)
		return;
	static const char *const names[] = { "", "error", "warn", "info", "debug" };
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	if (!log_file && !log_stderr && log_sink) {
		log_sink(log_sink_ctx, level, msg);
		return;
	}
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_printf(&b, "{\"ts\":%lld.%03ld,\"level\":\"%s\",\"msg\":", (long long)ts.tv_sec,
		      ts.tv_nsec / 1000000, names[level]);
	fp_json_write_string(&b, msg, strlen(msg));
	if (fields && *fields)
		fp_buf_printf(&b, ",%s", fields);
	fp_buf_adds(&b, "}\n");
	FILE *f = log_file ? log_file : stderr;
	if (b.data)
		fwrite(b.data, 1, b.len, f);
	fflush(f);
	fp_buf_release(&b);
}

/* ---- process facts --------------------------------------------------- */

size_t fp_rt_rss_kib(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	if (!f)
		return 0;
	unsigned long size = 0, rss = 0;
	int n = fscanf(f, "%lu %lu", &size, &rss);
	fclose(f);
	if (n != 2)
		return 0;
	return (size_t)rss * ((size_t)sysconf(_SC_PAGESIZE) / 1024);
}

uint64_t fp_rt_cpu_ms(void)
{
	struct rusage ru;
	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return 0;
	return (uint64_t)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 +
	       (uint64_t)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
}

uint64_t fp_rt_now_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000 + (uint64_t)t.tv_nsec / 1000000;
}

int fp_rt_open_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	if (!d)
		return -1;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (e->d_name[0] != '.')
			n++;
	}
	closedir(d);
	return n - 1;   /* the directory's own fd */
}

bool fp_rt_process_alive(long pid)
{
	if (pid <= 0)
		return true;
	return kill((pid_t)pid, 0) == 0 || errno == EPERM;
}
