/*
 * doctor/report.c - a report's sections and checks, and its JSON form
 * (doctor.h).
 */
#include "doctor/doctor.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/buf.h"

/* ORDER STATUS */
static const char *const status_names[] = { "PASS", "WARN", "FAIL" };

void fp_doctor_init(fp_doctor *d)
{
	memset(d, 0, sizeof *d);
	fp_arena_init(&d->arena);
}

void fp_doctor_release(fp_doctor *d)
{
	fp_arena_release(&d->arena);
	memset(d, 0, sizeof *d);
	fp_arena_init(&d->arena);
}

const char *fp_doctor_status_name(fp_doctor_status st)
{
	return (unsigned)st <= FP_DOCTOR_FAIL ? status_names[st] : "FAIL";
}

void fp_doctor_section_begin(fp_doctor *d, const char *name)
{
	for (size_t i = 0; i < d->nsections; i++) {
		if (strcmp(d->sections[i].name, name) == 0) {
			d->cur = &d->sections[i];
			return;
		}
	}
	if (d->nsections == FP_DOCTOR_MAX_SECTIONS) {
		d->failed = true;
		d->cur = NULL;
		return;
	}
	d->cur = &d->sections[d->nsections++];
	d->cur->name = name;
	d->cur->len = 0;
}

static const char *copy(fp_doctor *d, const char *s)
{
	return s ? fp_arena_strndup(&d->arena, s, strlen(s)) : NULL;
}

void fp_doctor_add(fp_doctor *d, fp_doctor_status st, const char *name, const char *remedy,
		   const char *fmt, ...)
{
	if (!d->cur || d->cur->len == FP_DOCTOR_MAX_CHECKS) {
		d->failed = true;
		return;
	}
	fp_buf b;
	fp_buf_init(&b);
	va_list ap;
	va_start(ap, fmt);
	fp_buf_vprintf(&b, fmt, ap);
	va_end(ap);
	fp_doctor_check c = {
		.name = copy(d, name),
		.status = st,
		.detail = b.failed ? NULL : fp_arena_strndup(&d->arena, b.data ? b.data : "", b.len),
		.remedy = st == FP_DOCTOR_PASS ? NULL : copy(d, remedy),
	};
	fp_buf_release(&b);
	if (!c.name || !c.detail || (st != FP_DOCTOR_PASS && remedy && !c.remedy)) {
		d->failed = true;
		return;
	}
	d->cur->checks[d->cur->len++] = c;
}

size_t fp_doctor_count(const fp_doctor *d, fp_doctor_status st)
{
	size_t n = st == FP_DOCTOR_FAIL && d->failed;   /* the report itself */
	for (size_t i = 0; i < d->nsections; i++) {
		for (size_t k = 0; k < d->sections[i].len; k++)
			n += d->sections[i].checks[k].status == st;
	}
	return n;
}

static void write_check(fp_jw *w, const char *name, fp_doctor_status st, const char *detail,
			const char *remedy)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "name");
	fp_jw_str(w, name);
	fp_jw_key(w, "status");
	fp_jw_str(w, fp_doctor_status_name(st));
	fp_jw_key(w, "detail");
	fp_jw_str(w, detail);
	fp_jw_key(w, "remedy");
	fp_jw_str(w, remedy);   /* NULL: null */
	fp_jw_obj_end(w);
}

void fp_doctor_write_json(const fp_doctor *d, fp_jw *w)
{
	fp_jw_obj_begin(w);
	fp_jw_key(w, "sections");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < d->nsections; i++) {
		const fp_doctor_section *s = &d->sections[i];
		fp_jw_obj_begin(w);
		fp_jw_key(w, "name");
		fp_jw_str(w, s->name);
		fp_jw_key(w, "checks");
		fp_jw_arr_begin(w);
		for (size_t k = 0; k < s->len; k++)
			write_check(w, s->checks[k].name, s->checks[k].status, s->checks[k].detail,
				    s->checks[k].remedy);
		if (d->failed && i + 1 == d->nsections)
			write_check(w, "report", FP_DOCTOR_FAIL, "out of memory: checks are missing",
				    "free some memory and run it again");
		fp_jw_arr_end(w);
		fp_jw_obj_end(w);
	}
	if (d->failed && d->nsections == 0) {  /* not even a section: one of its own */
		fp_jw_obj_begin(w);
		fp_jw_key(w, "name");
		fp_jw_str(w, "report");
		fp_jw_key(w, "checks");
		fp_jw_arr_begin(w);
		write_check(w, "report", FP_DOCTOR_FAIL, "out of memory: checks are missing",
			    "free some memory and run it again");
		fp_jw_arr_end(w);
		fp_jw_obj_end(w);
	}
	fp_jw_arr_end(w);
	fp_jw_key(w, "summary");
	fp_jw_obj_begin(w);
	fp_jw_key(w, "pass");
	fp_jw_uint(w, fp_doctor_count(d, FP_DOCTOR_PASS));
	fp_jw_key(w, "warn");
	fp_jw_uint(w, fp_doctor_count(d, FP_DOCTOR_WARN));
	fp_jw_key(w, "fail");
	fp_jw_uint(w, fp_doctor_count(d, FP_DOCTOR_FAIL));
	fp_jw_obj_end(w);
	fp_jw_obj_end(w);
}
