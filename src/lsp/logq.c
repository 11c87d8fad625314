/*
 * lsp/logq.c - the server's log, for the client: with no --log file,
 * what fp_log() says goes to window/logMessage instead of stderr (an
 * editor shows every stderr line as an error). Any thread may log: lines
 * wait in a small queue, drained by the loop before it sleeps, once the
 * client has sent initialize; lines past the queue's size are counted
 * and said to be dropped.
 */
#include "internal.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define QUEUE 64

static struct {
	pthread_mutex_t mu;
	struct {
		int level;
		char msg[512];
	} v[QUEUE];
	size_t n, dropped;
} q = { .mu = PTHREAD_MUTEX_INITIALIZER };

static void keep(void *ctx, fp_log_level level, const char *message)
{
	pthread_mutex_lock(&q.mu);
	if (q.n < QUEUE) {
		q.v[q.n].level = (int)level;
		snprintf(q.v[q.n].msg, sizeof q.v[q.n].msg, "%s", message);
		q.n++;
	} else {
		q.dropped++;
	}
	pthread_mutex_unlock(&q.mu);
}

void lsp_logq_install(void)
{
	pthread_mutex_lock(&q.mu);
	q.n = q.dropped = 0;
	pthread_mutex_unlock(&q.mu);
	fp_log_set_sink(keep, NULL);
}

void lsp_logq_remove(void)
{
	fp_log_set_sink(NULL, NULL);
}

void lsp_log_message(lsp_server *s, int type, const char *message)
{
	lsp_notify_begin(s, "window/logMessage");
	fp_jw_obj_begin(&s->w);
	fp_jw_key(&s->w, "type");
	fp_jw_int(&s->w, type);        /* 1 error .. 4 log: fp_log's levels */
	fp_jw_key(&s->w, "message");
	fp_jw_str(&s->w, message);
	fp_jw_obj_end(&s->w);
	lsp_msg_end(s);
}

void lsp_logq_send(lsp_server *s)
{
	if (!s->got_initialize)
		return;
	pthread_mutex_lock(&q.mu);
	size_t n = q.n, dropped = q.dropped;
	static char msgs[QUEUE][512];
	int levels[QUEUE];
	for (size_t i = 0; i < n; i++) {
		levels[i] = q.v[i].level;
		memcpy(msgs[i], q.v[i].msg, sizeof msgs[i]);
	}
	q.n = q.dropped = 0;
	pthread_mutex_unlock(&q.mu);
	for (size_t i = 0; i < n; i++)
		lsp_log_message(s, levels[i], msgs[i]);
	if (dropped) {
		char m[80];
		snprintf(m, sizeof m, "%zu more log lines were dropped (--log FILE keeps them all)", dropped);
		lsp_log_message(s, FP_LOG_WARN, m);
	}
}
