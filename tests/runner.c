/*
 * tests/runner.c - main() of the test runner and its small helpers.
 */
#include "runner.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "unit/unit.h"
#include "util/alloc.h"
#include "util/arena.h"

runner R;
int unit_failed_now;

void rt_result(const char *name, bool ok, const char *detail)
{
	if (ok) {
		R.passed++;
		if (R.verbose)
			printf("ok   %s\n", name);
		return;
	}
	R.failed++;
	printf("FAIL %s\n", name);
	if (detail && *detail)
		printf("%s%s", detail, detail[strlen(detail) - 1] == '\n' ? "" : "\n");
}

void unit_report(const char *suite, const char *test, int ok)
{
	fp_alloc_fail_at(0);    /* a failed CHECK may have left injection on */
	char name[256];
	snprintf(name, sizeof name, "unit/%s/%s", suite, test);
	rt_result(name, ok, NULL);
}

void rt_no_shared(const char *part, const char *why)
{
	char name[300];
	if (!R.require_shared) {
		printf("%s: SKIPPED: %s not found (set FHIRPATH_SHARED)%s%s\n", part, R.shared_tried,
		       why ? ": " : "", why ? why : "");
		return;
	}
	snprintf(name, sizeof name, "%s: needs the shared data", part);
	char detail[600];
	snprintf(detail, sizeof detail, "  %s not found, and FP_REQUIRE_SHARED=1 forbids skipping "
		 "(set FHIRPATH_SHARED or FP_SHARED)", R.shared_tried);
	rt_result(name, false, detail);
}

bool rt_selected(const char *name)
{
	if (R.nfilters == 0)
		return true;
	for (int i = 0; i < R.nfilters; i++) {
		if (strstr(name, R.filters[i]))
			return true;
	}
	return false;
}

char *rt_read(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fp_buf b;
	fp_buf_init(&b);
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		fp_buf_add(&b, tmp, n);
	fclose(f);
	size_t l;
	char *s = fp_buf_detach(&b, &l);
	if (len)
		*len = l;
	return s;
}

bool rt_write(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return false;
	bool ok = fwrite(data, 1, len, f) == len;
	return fclose(f) == 0 && ok;
}

/* Line-by-line comparison: shows the first differing lines with context.
 * Enough to see what changed; FP_UPDATE=1 plus git diff shows the rest. */
void rt_diff(fp_buf *b, const char *want, const char *got)
{
	int line = 1, shown = 0;
	const char *w = want, *g = got;
	while ((*w || *g) && shown < 6) {
		const char *we = strchr(w, '\n'), *ge = strchr(g, '\n');
		size_t wl = we ? (size_t)(we - w) : strlen(w);
		size_t gl = ge ? (size_t)(ge - g) : strlen(g);
		if (wl != gl || memcmp(w, g, wl) != 0) {
			fp_buf_printf(b, "  line %d:\n    want: %.*s\n    got:  %.*s\n", line,
				      (int)(wl > 200 ? 200 : wl), w, (int)(gl > 200 ? 200 : gl), g);
			shown++;
		}
		w = we ? we + 1 : w + wl;
		g = ge ? ge + 1 : g + gl;
		line++;
	}
}

void rt_reviewed(const char *name, const char *got, const char *known_path, const char *out_name,
		 const char *hint)
{
	fp_buf want;
	fp_buf_init(&want);
	char *known = rt_read(known_path, NULL);
	for (char *p = known; p && *p;) {
		char *nl = strchr(p, '\n');
		size_t l = nl ? (size_t)(nl - p) : strlen(p);
		if (l > 0 && p[0] != '#') {
			fp_buf_add(&want, p, l);
			fp_buf_addc(&want, '\n');
		}
		p = nl ? nl + 1 : p + l;
	}
	const char *w = want.data ? want.data : "";
	char out[1024];
	snprintf(out, sizeof out, "%s/%s", R.build, out_name);
	rt_write(out, got, strlen(got));
	fp_buf d;
	fp_buf_init(&d);
	bool ok = strcmp(got, w) == 0;
	if (!ok) {
		rt_diff(&d, w, got);
		if (hint)
			fp_buf_printf(&d, "  (%s)\n", hint);
	}
	rt_result(name, ok, d.data);
	fp_buf_release(&d);
	fp_buf_release(&want);
	fp_free(known);
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

char **rt_list(const char *dir, const char *ext)
{
	DIR *d = opendir(dir);
	size_t n = 0, cap = 16;
	char **v = fp_malloc(cap * sizeof *v);
	if (!v) {
		if (d)
			closedir(d);
		return NULL;
	}
	if (d) {
		struct dirent *e;
		size_t el = strlen(ext);
		while ((e = readdir(d)) != NULL) {
			size_t l = strlen(e->d_name);
			if (e->d_name[0] == '.' || l < el || strcmp(e->d_name + l - el, ext) != 0)
				continue;
			if (n + 1 >= cap) {
				cap *= 2;
				char **nv = fp_realloc(v, cap * sizeof *nv);
				if (!nv)
					break;
				v = nv;
			}
			size_t pl = strlen(dir) + l + 2;
			v[n] = fp_malloc(pl);
			if (!v[n])
				break;
			snprintf(v[n], pl, "%s/%s", dir, e->d_name);
			n++;
		}
		closedir(d);
	}
	v[n] = NULL;
	qsort(v, n, sizeof *v, cmp);
	return v;
}

void rt_free_list(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		fp_free(list[i]);
	fp_free(list);
}

void run_unit(void)
{
#define UNIT_SUITE(name) if (rt_selected("unit/" #name)) unit_suite_##name();
#include "unit/suites.def"
#undef UNIT_SUITE
}

int main(int argc, char **argv)
{
	const char *u = getenv("FP_UPDATE");
	R.update = u && *u && strcmp(u, "0") != 0;
	const char *o = getenv("FP_OOM");
	R.oom = o && *o && strcmp(o, "0") != 0;
	const char *v = getenv("FP_VERBOSE");
	R.verbose = v && *v && strcmp(v, "0") != 0;
	R.bin = getenv("FP_BIN") ? getenv("FP_BIN") : "build/fhirpath-ls";
	R.build = getenv("FP_BUILD") ? getenv("FP_BUILD") : "build";
	const char *sh = getenv("FP_SHARED");
	if (!sh || !*sh)
		sh = getenv("FHIRPATH_SHARED");
	if (!sh || !*sh)
		sh = "../shared";
	struct stat st;
	R.shared = stat(sh, &st) == 0 && S_ISDIR(st.st_mode) ? sh : NULL;
	R.shared_tried = sh;
	const char *rq = getenv("FP_REQUIRE_SHARED");
	R.require_shared = rq && *rq && strcmp(rq, "0") != 0;
	R.filters = argv + 1;
	R.nfilters = argc - 1;

	run_unit();
	run_syntax_cases();
	run_analysis_cases();
	run_cli_cases();
	run_conformance();
	run_fuzz_replay();
	run_docs();
	run_registry();
	run_core();
	run_sarif();
	run_lsp();
	run_parity();
	run_soak();
	if (R.oom)
		run_oom();
	fp_arena_drop_spare();
	printf("%d passed, %d failed\n", R.passed, R.failed);
	return R.failed ? 1 : 0;
}

bool rt_cloexec_pipe(int p[2])
{
	if (pipe(p) != 0)
		return false;
	fcntl(p[0], F_SETFD, FD_CLOEXEC);
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	return true;
}

void rt_set_nonblock(int fd)
{
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
}

int rt_spawn(char *const argv[], const char *asan_options, int fds[3])
{
	int in[2], out[2], err[2];
	if (!rt_cloexec_pipe(in))
		return -1;
	if (!rt_cloexec_pipe(out)) {
		close(in[0]);
		close(in[1]);
		return -1;
	}
	if (!rt_cloexec_pipe(err)) {
		close(in[0]);
		close(in[1]);
		close(out[0]);
		close(out[1]);
		return -1;
	}
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		dup2(in[0], 0);
		dup2(out[1], 1);
		dup2(err[1], 2);
		if (asan_options) {
			char opts[1024];
			const char *old = getenv("ASAN_OPTIONS");
			snprintf(opts, sizeof opts, "%s%s%s", old ? old : "", old && *old ? ":" : "", asan_options);
			setenv("ASAN_OPTIONS", opts, 1);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	close(in[0]);
	close(out[1]);
	close(err[1]);
	if (pid < 0) {
		close(in[1]);
		close(out[0]);
		close(err[0]);
		return -1;
	}
	fds[0] = in[1];
	fds[1] = out[0];
	fds[2] = err[0];
	for (int i = 0; i < 3; i++)
		rt_set_nonblock(fds[i]);
	return (int)pid;
}
