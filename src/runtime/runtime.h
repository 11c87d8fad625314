/*
 * runtime/runtime.h - what a long-running process needs: signals turned
 * into readable events, a JSON-lines log, process facts (RSS, CPU time).
 *
 * Layer invariant (runtime/): the only layer that installs signal
 * handlers. It knows nothing of LSP or FHIRPath; lsp/ drives it.
 */
#ifndef FP_RUNTIME_H
#define FP_RUNTIME_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Install handlers for SIGTERM, SIGINT, SIGHUP and SIGUSR1 that write the
 * signal number to a pipe, and ignore SIGPIPE. Returns the pipe's read
 * end (for poll), or -1 on failure. */
int fp_rt_signals_init(void);
/* Next pending signal number, or 0 when none. */
int fp_rt_signal_next(void);
/* Ignore SIGPIPE only (a client of a child process over a socket:
 * writing to a peer that died gives EPIPE, not death). */
void fp_rt_ignore_sigpipe(void);

typedef enum fp_log_level {
	FP_LOG_ERROR = 1, FP_LOG_WARN, FP_LOG_INFO, FP_LOG_DEBUG,
} fp_log_level;

/* Log to path (append; "-" = stderr; NULL = the sink when one is set,
 * else stderr) at or below level. */
bool fp_log_open(const char *path, fp_log_level level);
void fp_log_close(void);
/* Where lines go when no log file was named: sink(ctx, level, message)
 * is called from whatever thread logs, with the message alone (no JSON
 * line); it must be safe to call from any thread. NULL: stderr. */
typedef void (*fp_log_sink)(void *ctx, fp_log_level level, const char *message);
void fp_log_set_sink(fp_log_sink sink, void *ctx);
/* Do lines go to a file or stderr (--log FILE or -), not to the sink? */
bool fp_log_has_file(void);
/* One JSON line: {"ts":..., "level":..., "msg":..., ...}. `fields` is
 * extra JSON members without braces ("\"method\":\"x\"") or NULL. */
void fp_log(fp_log_level level, const char *fields, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
bool fp_log_parse_level(const char *s, fp_log_level *out);

/* Resident set size in KiB (from /proc/self/statm), 0 when unknown. */
size_t fp_rt_rss_kib(void);
/* User + system CPU time in milliseconds. */
uint64_t fp_rt_cpu_ms(void);
/* Monotonic milliseconds. */
uint64_t fp_rt_now_ms(void);
/* Open file descriptors (counted in /proc/self/fd), -1 when unknown. */
int fp_rt_open_fds(void);
/* True while process pid exists. */
bool fp_rt_process_alive(long pid);

#endif
