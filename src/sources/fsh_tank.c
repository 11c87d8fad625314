/*
 * sources/fsh_tank.c - the FSH project a .fsh file belongs to: the folder
 * with sushi-config.yaml above it, its .fsh files and its canonical
 * (fsh.h, fp_fsh_tank).
 */
#include "fsh.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sources/files.h"
#include "util/alloc.h"
#include "util/str.h"

/* ---- the project ------------------------------------------------------------ */

typedef struct tank_walk {
	fp_fsh_tank *t;
	const char *skip;       /* the file itself (real path) */
	size_t cap;
	bool oom;
} tank_walk;

static bool want_fsh(const char *name)
{
	return fp_str_ends(name, ".fsh");
}

static void tank_visit(void *ctx, const fp_walk_entry *e)
{
	tank_walk *w = ctx;
	if (e->code || w->oom || w->t->n >= 4096)
		return;
	char real[4096];
	if (w->skip[0] && realpath(e->path, real) && strcmp(real, w->skip) == 0)
		return;
	char *data;
	size_t len;
	char err[128];
	if (!fp_read_file(e->path, (size_t)16 << 20, 0, &data, &len, err, sizeof err))
		return;
	if (w->t->n == w->cap) {
		size_t cap = w->cap ? w->cap * 2 : 16;
		const char **v = fp_realloc(w->t->texts, cap * sizeof *v);
		if (v)
			w->t->texts = v;
		size_t *l = v ? fp_realloc(w->t->lens, cap * sizeof *l) : NULL;
		if (l)
			w->t->lens = l;
		if (!v || !l) {
			fp_free(data);
			w->oom = true;
			return;
		}
		w->cap = cap;
	}
	w->t->texts[w->t->n] = data;
	w->t->lens[w->t->n++] = len;
}

/* The value of `canonical:` in a sushi-config.yaml text. */
static char *yaml_canonical(const char *s)
{
	for (const char *p = s; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (strncmp(p, "canonical:", 10) != 0)
			continue;
		p += 10;
		while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
			p++;
		size_t n = strcspn(p, " \t\r\n\"'#");
		while (n && p[n - 1] == '/')
			n--;
		return n ? fp_strndup(p, n) : NULL;
	}
	return NULL;
}

bool fp_fsh_project_root(const char *path, char *root, size_t n, bool *project)
{
	*project = false;
	char real[4096];
	if (!realpath(path, real))
		return false;
	char *slash = strrchr(real, '/');
	if (!slash)
		return false;
	*slash = 0;
	char dir[4096];
	snprintf(dir, sizeof dir, "%s", real);
	for (int up = 0; up < 8; up++) {
		char cfg[4200];
		struct stat st;
		snprintf(cfg, sizeof cfg, "%s/sushi-config.yaml", dir);
		if (stat(cfg, &st) == 0 && S_ISREG(st.st_mode)) {
			*project = true;
			return (size_t)snprintf(root, n, "%s", dir[0] ? dir : "/") < n;
		}
		char *s = strrchr(dir, '/');
		if (!s || s == dir)
			break;
		*s = 0;
	}
	return (size_t)snprintf(root, n, "%s", real[0] ? real : "/") < n;
}

bool fp_fsh_tank_load_root(const char *root, bool project, const char *skip, fp_fsh_tank *tank)
{
	memset(tank, 0, sizeof *tank);
	if (project) {
		char cfg[4200];
		snprintf(cfg, sizeof cfg, "%s/sushi-config.yaml", root);
		char *data;
		size_t len;
		char err[128];
		if (fp_read_file(cfg, (size_t)1 << 20, 0, &data, &len, err, sizeof err)) {
			data[len] = 0;
			tank->canonical = yaml_canonical(data);
			fp_free(data);
		}
	}
	tank_walk w = { tank, skip ? skip : "", 0, false };
	fp_walk(root, want_fsh, tank_visit, &w);
	return !w.oom;
}

bool fp_fsh_tank_load(const char *path, fp_fsh_tank *tank)
{
	memset(tank, 0, sizeof *tank);
	char root[4096], real[4096];
	bool project;
	if (!fp_fsh_project_root(path, root, sizeof root, &project) || !realpath(path, real))
		return true;
	return fp_fsh_tank_load_root(root, project, real, tank);
}

void fp_fsh_tank_release(fp_fsh_tank *tank)
{
	for (size_t i = 0; i < tank->n; i++)
		fp_free((char *)tank->texts[i]);
	fp_free(tank->texts);
	fp_free(tank->lens);
	fp_free((char *)tank->canonical);
	memset(tank, 0, sizeof *tank);
}
