/*
 * lsp/health.c - fhirpath/health and fhirpath/resources, and the memory
 * watch that moves the server between running and degraded.
 *
 * Every figure is a counter the loop keeps as it goes, or one read of
 * /proc/self, so both requests answer in microseconds whatever the load;
 * fhirpath/health adds doctor's sections (doctor/doctor.h), in their
 * quick form, which costs a fraction of a millisecond more: no walk of
 * the workspace (the scan's count instead), no quick_check of the cache
 * and no write probe, and no LSP round trip (that would be this server
 * asking itself).
 */
#include "internal.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "doctor/doctor.h"
#include "lsp/workspace.h"
#include "runtime/runtime.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/clock.h"

/* ORDER STATE */
const char *const lsp_state_names[] = { "starting", "running", "degraded", "shutting_down", "stopped" };

static int cmp_u32(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	return x < y ? -1 : x > y;
}

static bool wanted(const char *section, const char *name)
{
	return !section || strcmp(section, name) == 0;
}

/* doctor's sections as the server sees them (its workspace folder, its
 * cache options, the scan's file count): all of them, or the one named
 * by params.section ("cache"). */
static void write_doctor(lsp_server *s, fp_jw *w, const char *section)
{
	fp_doctor d;
	fp_doctor_init(&d);
	if (wanted(section, "binary"))
		fp_doctor_binary(&d);
	if (wanted(section, "environment"))
		fp_doctor_environment(&d);
	char real[sizeof s->root] = "";
	bool root = s->root[0] && realpath(s->root, real);
	if (wanted(section, "workspace")) {
		fp_doctor_workspace_opts o = { s->root[0] ? s->root : NULL,
					       s->root[0] ? "the editor's workspace folder" : "the editor opened no folder",
					       false, s->ws ? (long)s->wsfiles.len : -1 };
		root = fp_doctor_workspace(&d, &o, real, sizeof real);
	}
	if (wanted(section, "cache"))
		fp_doctor_cache(&d, s->opt.cache_dir, s->opt.no_cache, root ? real : NULL, false);
	if (wanted(section, "self-test"))
		fp_doctor_selftest(&d);
	if (wanted(section, "editors"))
		fp_doctor_editors(&d);
	fp_doctor_write_json(&d, w);
	fp_doctor_release(&d);
}

bool lsp_health(lsp_req *r)
{
	lsp_server *s = r->s;
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "state");
	fp_jw_str(w, lsp_state_names[s->state]);
	fp_jw_key(w, "uptimeMs");
	fp_jw_uint(w, fp_rt_now_ms() - s->started_ms);
	fp_jw_key(w, "rssKiB");
	fp_jw_uint(w, fp_rt_rss_kib());
	fp_jw_key(w, "cpuMs");
	fp_jw_uint(w, fp_rt_cpu_ms());
	fp_jw_key(w, "openDocuments");
	fp_jw_uint(w, s->ndocs);
	fp_jw_key(w, "requests");
	fp_jw_uint(w, s->requests);
	fp_jw_key(w, "notifications");
	fp_jw_uint(w, s->notifications);
	fp_jw_key(w, "errors");
	fp_jw_uint(w, s->errors);
	fp_jw_key(w, "parseErrors");
	fp_jw_uint(w, s->parse_errors);
	fp_jw_key(w, "cancelled");
	fp_jw_uint(w, s->cancels_honoured);
	fp_jw_key(w, "lastError");
	if (s->last_error[0])
		fp_jw_str(w, s->last_error);
	else
		fp_jw_null(w);
	fp_jw_key(w, "workspace");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "scanning");
	fp_jw_bool(w, s->scanning);
	fp_jw_key(w, "files");
	fp_jw_uint(w, s->wsfiles.len);
	fp_jw_key(w, "checked");
	fp_jw_uint(w, s->scan_done);
	fp_jw_key(w, "total");
	fp_jw_uint(w, s->scan_total);
	/* the store the background scan uses: null before it opened one
	 * (no workspace folder, --no-cache, or not yet) */
	fp_jw_key(w, "cache");
	bool persistent;
	fp_breaker_state breaker;
	unsigned failures;
	if (s->ws && lsp_ws_cache_state(s->ws, &persistent, &breaker, &failures)) {
		fp_jw_obj_begin(w);
		fp_jw_key(w, "persistent");
		fp_jw_bool(w, persistent);
		fp_jw_key(w, "breaker");
		fp_jw_str(w, fp_breaker_name(breaker));
		fp_jw_key(w, "failures");
		fp_jw_uint(w, failures);
		fp_jw_obj_end(w);
	} else {
		fp_jw_null(w);
	}
	fp_jw_obj_end(w);
	fp_jw_key(w, "methods");
	fp_jw_obj_begin(w);
	for (size_t i = 0; lsp_method_name(i); i++) {
		const lsp_method_stats *st = &s->stats[i];
		if (!st->count)
			continue;
		uint32_t lat[LSP_LATENCY_RING];
		size_t n = st->count < LSP_LATENCY_RING ? (size_t)st->count : LSP_LATENCY_RING;
		memcpy(lat, st->lat_us, n * sizeof *lat);
		qsort(lat, n, sizeof *lat, cmp_u32);
		fp_jw_key(w, lsp_method_name(i));
		fp_jw_obj_begin(w);
		fp_jw_key(w, "count");
		fp_jw_uint(w, st->count);
		fp_jw_key(w, "errors");
		fp_jw_uint(w, st->errors);
		fp_jw_key(w, "p50us");
		fp_jw_uint(w, lat[n / 2]);
		fp_jw_key(w, "p99us");
		fp_jw_uint(w, lat[(n * 99) / 100 < n ? (n * 99) / 100 : n - 1]);
		fp_jw_obj_end(w);
	}
	fp_jw_obj_end(w);
	fp_jw_key(w, "doctor");
	write_doctor(s, w, lsp_str(r->params, "section"));
	fp_jw_obj_end(w);
	return true;
}

/* What the server holds, by owner. */
typedef struct held {
	size_t text, analysis, workspace, buffers;
} held;

static size_t workspace_bytes(const lsp_server *s);

static held held_bytes(const lsp_server *s)
{
	held h = { 0, 0, 0, 0 };
	for (size_t i = 0; i < s->ndocs; i++) {
		h.text += s->docs[i]->len;
		if (s->docs[i]->analysed)
			h.analysis += s->docs[i]->arena.total;
	}
	h.workspace = workspace_bytes(s);
	h.buffers = s->rd.in.cap + s->out.cap;
	return h;
}

size_t lsp_held_bytes(const lsp_server *s)
{
	held h = held_bytes(s);
	return h.text + h.analysis + h.workspace + h.buffers;
}

/* Bytes held by the workspace scan's results (kept as they come). */
static size_t workspace_bytes(const lsp_server *s)
{
	return s->wsfiles.cap * sizeof *s->wsfiles.slots + s->ws_bytes;
}

bool lsp_resources(lsp_req *r)
{
	lsp_server *s = r->s;
	fp_jw *w = &s->w;
	held h = held_bytes(s);
	size_t types, elements, model = 0;
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		size_t b;
		fp_model_stats(fp_model_get((fp_fhir_version)v), &types, &elements, &b);
		model += b;
	}
	fp_jw_obj_begin(w);
	fp_jw_key(w, "rssKiB");
	fp_jw_uint(w, fp_rt_rss_kib());
	fp_jw_key(w, "heldBytes");
	fp_jw_uint(w, h.text + h.analysis + h.workspace + h.buffers);
	fp_jw_key(w, "maxMemoryMiB");
	fp_jw_uint(w, s->opt.max_memory_mb);
	fp_jw_key(w, "documents");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "count");
	fp_jw_uint(w, s->ndocs);
	fp_jw_key(w, "textBytes");
	fp_jw_uint(w, h.text);
	fp_jw_key(w, "analysisBytes");
	fp_jw_uint(w, h.analysis);
	fp_jw_key(w, "analysed");
	fp_jw_uint(w, s->nanalysed);
	fp_jw_key(w, "analyses");
	fp_jw_uint(w, s->analyses);
	fp_jw_key(w, "updatedInPlace");
	fp_jw_uint(w, s->incr_updates);
	fp_jw_key(w, "reusedByKey");
	fp_jw_uint(w, s->reused);
	fp_jw_obj_end(w);
	fp_jw_key(w, "workspaceBytes");
	fp_jw_uint(w, h.workspace);
	fp_jw_key(w, "modelBytes");
	fp_jw_uint(w, model);
	fp_jw_key(w, "bufferBytes");
	fp_jw_uint(w, h.buffers);
	fp_jw_key(w, "openFds");
	fp_jw_int(w, fp_rt_open_fds());
	fp_jw_key(w, "threads");
	fp_jw_int(w, s->ws ? 2 : 1);
	fp_jw_obj_end(w);
	return true;
}

/* How often the memory watch looks: often enough to react within a
 * burst of edits, rarely enough to cost nothing.
 *
 * It counts what the server holds (documents, analyses, workspace
 * results, message buffers), not the RSS: the RSS also holds the
 * binary's model tables and whatever the allocator keeps after a free,
 * so a limit on it could be crossed by an idle server and never left
 * again; the held bytes go down when the server lets go, the same way
 * under any allocator or sanitizer, and that is what the limit can act
 * on. */
#define MEMORY_WATCH_MS 250

void lsp_watch_memory(lsp_server *s)
{
	if (!s->opt.max_memory_mb || s->state == LSP_SHUTTING_DOWN || s->state == LSP_STOPPED)
		return;
	uint64_t now = fp_clock_ms();
	if (now - s->mem_checked_ms < MEMORY_WATCH_MS)
		return;
	s->mem_checked_ms = now;
	size_t mib = lsp_held_bytes(s) >> 20, limit = s->opt.max_memory_mb;
	char m[300];
	if (s->state != LSP_DEGRADED && mib > limit) {
		/* shed what can be rebuilt: cached analyses, spare blocks;
		 * pause the background scan, which only ever adds */
		s->state = LSP_DEGRADED;
		s->keep_analysed = 4;
		lsp_evict(s, NULL);
		fp_arena_drop_spare();
		if (s->ws)
			lsp_ws_pause(s->ws, true);
		snprintf(m, sizeof m, "fhirpath-ls: memory held %zu MiB is over the --max-memory limit of %zu MiB: "
			 "caches dropped and the workspace scan paused; close large documents or raise the limit",
			 mib, limit);
		fp_log(FP_LOG_WARN, "\"state\":\"degraded\"", "%s", m);
		lsp_show_message(s, 2, m);
	} else if (s->state == LSP_DEGRADED && mib < limit - limit / 10) {
		s->state = LSP_RUNNING;
		s->keep_analysed = LSP_KEEP_ANALYSED;
		if (s->ws)
			lsp_ws_pause(s->ws, false);
		snprintf(m, sizeof m, "fhirpath-ls: memory held %zu MiB is back under the limit of %zu MiB", mib, limit);
		fp_log(FP_LOG_INFO, "\"state\":\"running\"", "%s", m);
		lsp_show_message(s, 3, m);
	}
}
