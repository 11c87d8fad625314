/*
 * sources/files.c - reading inputs, walking folders, and what a project
 * folder says about its FHIR version.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sources/files.h"
#include "util/alloc.h"
#include "util/str.h"

bool fp_read_file(const char *path, size_t max, char **data, size_t *len,
		   char *err, size_t errlen)
{
	*data = NULL;
	*len = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		return false;
	}
	struct stat st;
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "is a directory");
		if (!is_stdin)
			close(fd);
		return false;
	}
	size_t cap = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		? (size_t)st.st_size + 1 : 65536;
	if (cap > max + 1)
		cap = max + 1;
	char *buf = fp_malloc(cap);
	size_t n = 0;
	bool ok = buf != NULL;
	if (!ok)
		snprintf(err, errlen, "out of memory");
	while (ok) {
		if (n == cap) {
			if (cap > max) {
				snprintf(err, errlen, "larger than the %zu MiB limit", max >> 20);
				ok = false;
				break;
			}
			size_t ncap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			char *nb = fp_realloc(buf, ncap);
			if (!nb) {
				snprintf(err, errlen, "out of memory");
				ok = false;
				break;
			}
			buf = nb;
			cap = ncap;
		}
		ssize_t r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "%s", strerror(errno));
			ok = false;
			break;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	if (ok && n > max) {
		snprintf(err, errlen, "larger than the %zu MiB limit", max >> 20);
		ok = false;
	}
	if (!is_stdin)
		close(fd);
	if (!ok) {
		fp_free(buf);
		return false;
	}
	*data = buf;
	*len = n;
	return true;
}

/* Directories on the current walk path, to detect symbolic link loops. */
typedef struct walk_stack {
	dev_t dev;
	ino_t ino;
	const struct walk_stack *up;
} walk_stack;

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool skip_dir(const char *name)
{
	return strcmp(name, ".git") == 0 || strcmp(name, "node_modules") == 0 ||
	       strcmp(name, ".fhirpath-ls-cache") == 0 || strcmp(name, ".hg") == 0 ||
	       strcmp(name, ".svn") == 0;
}

/* What a walk is given, passed down its recursion. */
typedef struct walk_ctx {
	bool (*want)(const char *);
	fp_visit_fn visit;
	bool (*stop)(void *);
	void *ctx;
} walk_ctx;

static void walk_dir(const char *path, const struct stat *st, const walk_stack *up, const walk_ctx *wc)
{
	bool (*want)(const char *) = wc->want;
	fp_visit_fn visit = wc->visit;
	void *ctx = wc->ctx;
	for (const walk_stack *w = up; w; w = w->up) {
		if (w->dev == st->st_dev && w->ino == st->st_ino) {
			visit(ctx, path, "symbolic link loop (directory already being walked)");
			return;
		}
	}
	walk_stack me = { st->st_dev, st->st_ino, up };
	DIR *d = opendir(path);
	if (!d) {
		char msg[256];
		snprintf(msg, sizeof msg, "cannot open directory: %s", strerror(errno));
		visit(ctx, path, msg);
		return;
	}
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 32;
			char **nn = fp_realloc(names, cap * sizeof *nn);
			if (!nn)
				break;
			names = nn;
		}
		size_t l = strlen(e->d_name);
		names[n] = fp_malloc(l + 1);
		if (!names[n])
			break;
		memcpy(names[n++], e->d_name, l + 1);
	}
	closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp_names);
	for (size_t i = 0; i < n; i++) {
		if (wc->stop && wc->stop(ctx)) {
			for (; i < n; i++)
				fp_free(names[i]);
			break;
		}
		size_t pl = strlen(path), nl = strlen(names[i]);
		char *child = fp_malloc(pl + nl + 2);
		if (child) {
			memcpy(child, path, pl);
			size_t k = pl;
			if (k == 0 || child[k - 1] != '/')
				child[k++] = '/';
			memcpy(child + k, names[i], nl + 1);
			struct stat cst;
			if (stat(child, &cst) != 0) {
				int err = errno;
				struct stat lst;
				char msg[256];
				if (lstat(child, &lst) == 0 && S_ISLNK(lst.st_mode)) {
					snprintf(msg, sizeof msg, "broken or looping symbolic link: %s",
						 strerror(err));
					if (want(names[i]) || err == ELOOP)
						visit(ctx, child, msg);
				} else if (err != ENOENT && want(names[i])) {
					/* a folder that can be listed but not entered */
					snprintf(msg, sizeof msg, "%s", strerror(err));
					visit(ctx, child, msg);
				}
			} else if (S_ISDIR(cst.st_mode)) {
				if (!skip_dir(names[i]))
					walk_dir(child, &cst, &me, wc);
			} else if (S_ISREG(cst.st_mode) && want(names[i])) {
				visit(ctx, child, NULL);
			}
			fp_free(child);
		}
		fp_free(names[i]);
	}
	fp_free(names);
}

void fp_walk_until(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx,
		   bool (*stop)(void *ctx))
{
	struct stat st;
	if (strcmp(path, "-") == 0) {
		visit(ctx, path, NULL);
		return;
	}
	if (stat(path, &st) != 0) {
		char msg[256];
		snprintf(msg, sizeof msg, "%s", strerror(errno));
		visit(ctx, path, msg);
		return;
	}
	walk_ctx wc = { want, visit, stop, ctx };
	if (S_ISDIR(st.st_mode))
		walk_dir(path, &st, NULL, &wc);
	else
		visit(ctx, path, NULL);  /* named explicitly: check whatever it is */
}

void fp_walk(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx)
{
	fp_walk_until(path, want, visit, ctx, NULL);
}

bool fp_is_fhirpath_file(const char *name)
{
	return fp_str_ends(name, ".fhirpath");
}

bool fp_is_json_file(const char *name)
{
	return fp_str_ends(name, ".json");
}

bool fp_is_xml_file(const char *name)
{
	return fp_str_ends(name, ".xml");
}

bool fp_is_input_file(const char *name)
{
	return fp_is_fhirpath_file(name) || fp_is_json_file(name) || fp_is_xml_file(name);
}

/* Read at most 1 MiB of dir/name into a NUL-terminated buffer. */
static char *read_small(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	char *data;
	size_t len;
	char err[64];
	if (!fp_read_file(path, (size_t)1 << 20, &data, &len, err, sizeof err))
		return NULL;
	char *s = fp_realloc(data, len + 1);
	if (!s) {
		fp_free(data);
		return NULL;
	}
	s[len] = 0;
	return s;
}

/* The first FHIR version number ("4.0.1") or core package name
 * ("hl7.fhir.r5.core") mentioned after `key` in text. */
static bool version_after(const char *text, const char *key, fp_fhir_version *v)
{
	const char *p = strstr(text, key);
	if (!p)
		return false;
	p += strlen(key);
	for (int n = 0; *p && n < 200; p++, n++) {
		if ((*p == '4' || *p == '5') && p[1] == '.' &&
		    fp_fhir_version_parse(p, strspn(p, "0123456789."), v))
			return true;
	}
	return false;
}

bool fp_detect_fhir_version(const char *path, fp_fhir_version *v, const char **from)
{
	struct stat st;
	if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode))
		return false;
	char *s = read_small(path, "sushi-config.yaml");
	if (s) {
		bool ok = version_after(s, "fhirVersion:", v);
		fp_free(s);
		if (ok) {
			*from = "sushi-config.yaml";
			return true;
		}
	}
	s = read_small(path, "package.json");
	if (s) {
		bool ok = version_after(s, "\"fhirVersions\"", v);
		if (!ok && strstr(s, "hl7.fhir.r5.core")) {
			*v = FP_FHIR_R5;
			ok = true;
		} else if (!ok && strstr(s, "hl7.fhir.r4b.core")) {
			*v = FP_FHIR_R4B;
			ok = true;
		} else if (!ok && strstr(s, "hl7.fhir.r4.core")) {
			*v = FP_FHIR_R4;
			ok = true;
		}
		fp_free(s);
		if (ok) {
			*from = "package.json";
			return true;
		}
	}
	s = read_small(path, "ig.ini");
	if (s) {
		bool ok = version_after(s, "fhir-version", v) || version_after(s, "fhirVersion", v);
		fp_free(s);
		if (ok) {
			*from = "ig.ini";
			return true;
		}
	}
	return false;
}
