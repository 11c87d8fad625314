/*
 * project/settings.c - the FHIR version the folders around a file name
 * (see settings.h for the rule).
 */
#include "settings.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "sources/config.h"
#include "sources/files.h"
#include "util/alloc.h"
#include "util/strmap.h"

/* What one folder says. */
typedef struct folder {
	char *path;             /* the key */
	bool says;              /* it names a version */
	fp_fhir_version v;
	char *from;             /* the file that names it */
	bool top;               /* the repository's root, or / */
	/* its .fhirpath-ls.json: cfg when it is well-formed, cfg_err (the
	 * reason) when it is not; neither when there is none */
	fp_config *cfg;
	char *cfg_err;
	struct folder *next;    /* all folders, to free them */
} folder;

/* A folder as written (a file's folder before realpath()), known to be
 * the real folder `real`: most lookups are files of folders seen before,
 * and realpath() costs a system call per path component. */
typedef struct alias {
	char *given;            /* the key */
	char *real;
	struct alias *next;
} alias;

struct fp_settings {
	fp_strmap map;          /* real path of a folder -> folder */
	folder *all;
	fp_strmap aliases;      /* folder as written -> alias */
	alias *all_aliases;
	/* what a .fhirpath-ls.json is read into before it is known to
	 * exist (most folders have none): 10 KB, allocated once */
	fp_config *scratch;
};

fp_settings *fp_settings_new(void)
{
	fp_settings *s = fp_calloc(1, sizeof *s);
	if (s) {
		fp_strmap_init(&s->map);
		fp_strmap_init(&s->aliases);
	}
	return s;
}

void fp_settings_clear(fp_settings *s)
{
	if (!s)
		return;
	for (folder *f = s->all, *next; f; f = next) {
		next = f->next;
		fp_free(f->path);
		fp_free(f->from);
		fp_free(f->cfg);
		fp_free(f->cfg_err);
		fp_free(f);
	}
	s->all = NULL;
	fp_strmap_release(&s->map);
	fp_strmap_init(&s->map);
	for (alias *a = s->all_aliases, *next; a; a = next) {
		next = a->next;
		fp_free(a->given);
		fp_free(a->real);
		fp_free(a);
	}
	s->all_aliases = NULL;
	fp_strmap_release(&s->aliases);
	fp_strmap_init(&s->aliases);
}

void fp_settings_free(fp_settings *s)
{
	if (!s)
		return;
	fp_settings_clear(s);
	fp_strmap_release(&s->map);
	fp_strmap_release(&s->aliases);
	fp_free(s->scratch);
	fp_free(s);
}

/* Does dir hold a .git (file or folder): the top of a repository. */
static bool repository_root(const char *dir)
{
	char p[PATH_MAX + 8];
	struct stat st;
	if (snprintf(p, sizeof p, "%s/.git", dir) >= (int)sizeof p)
		return false;
	return lstat(p, &st) == 0;
}

/* Remember that folder `given` is the real folder `real` (nothing
 * when out of memory, or known). */
static void remember(fp_settings *s, const char *given, const char *real)
{
	if (fp_strmap_get(&s->aliases, given))
		return;
	alias *na = fp_calloc(1, sizeof *na);
	if (na && (na->given = fp_strdup(given)) && (na->real = fp_strdup(real)) &&
	    fp_strmap_put(&s->aliases, na->given, na)) {
		na->next = s->all_aliases;
		s->all_aliases = na;
	} else if (na) {
		fp_free(na->given);
		fp_free(na->real);
		fp_free(na);
	}
}

/* Read what folder `dir` says (not cached yet). NULL when out of memory. */
static folder *read_folder(fp_settings *s, const char *dir)
{
	folder *f = fp_calloc(1, sizeof *f);
	if (!f)
		return NULL;
	f->path = fp_strdup(dir);
	if (!f->path || !fp_strmap_put(&s->map, f->path, f)) {
		fp_free(f->path);
		fp_free(f);
		return NULL;
	}
	f->next = s->all;
	s->all = f;
	remember(s, dir, dir);  /* a real path is its own (the folders below find it) */
	f->top = strcmp(dir, "/") == 0 || repository_root(dir);
	/* .fhirpath-ls.json first: the user's own word for this tree (a
	 * malformed one says nothing here; the front end that reads its
	 * severities reports it) */
	if (!s->scratch)
		s->scratch = fp_malloc(sizeof *s->scratch);
	fp_config *cfg = s->scratch;
	char err[256];
	const char *name = NULL;
	if (cfg)
		memset(cfg, 0, sizeof *cfg);
	int rc = cfg ? fp_config_load(dir, cfg, err, sizeof err) : 0;
	if (rc > 0 && (f->cfg = fp_malloc(sizeof *f->cfg)) != NULL) {
		*f->cfg = *cfg;         /* kept: its severities */
		if (f->cfg->has_version) {
			f->says = true;
			f->v = f->cfg->version;
			name = FP_CONFIG_FILE;
		}
	} else if (rc < 0) {
		f->cfg_err = fp_strdup(err);
	}
	if (!f->says && fp_detect_fhir_version(dir, &f->v, &name))
		f->says = true;
	if (f->says) {
		size_t n = strlen(dir) + 1 + strlen(name) + 1;
		f->from = fp_malloc(n);
		if (f->from)
			snprintf(f->from, n, "%s/%s", strcmp(dir, "/") ? dir : "", name);
		else
			f->says = false;
	}
	return f;
}

/* The real path of folder `given` into dir (PATH_MAX bytes); false when
 * it does not resolve. realpath() reads every component of the path
 * (a system call each); when the folder above is known, one lstat() of
 * the last component says whether it is a folder (then its real path is
 * the one above's plus its name) or a link (then realpath() after all). */
static bool real_folder(fp_settings *s, const char *given, char dir[PATH_MAX])
{
	const char *slash = strrchr(given, '/');
	const char *name = slash ? slash + 1 : NULL;
	if (name && *name && strcmp(name, ".") != 0 && strcmp(name, "..") != 0 && slash > given) {
		char up[PATH_MAX];
		size_t n = (size_t)(slash - given);
		memcpy(up, given, n);
		up[n] = 0;
		const alias *a = fp_strmap_get(&s->aliases, up);
		struct stat st;
		if (a && lstat(given, &st) == 0 && S_ISDIR(st.st_mode)) {
			size_t rl = strlen(a->real);
			if (strcmp(a->real, "/") == 0)
				rl = 0;
			if (rl + 1 + strlen(name) < PATH_MAX) {
				memcpy(dir, a->real, rl);
				dir[rl] = '/';
				strcpy(dir + rl + 1, name);
				return true;
			}
		}
	}
	return realpath(given, dir) != NULL;
}

/* The folder of path (itself when it is a folder), real, into dir;
 * false when there is none. */
static bool start_folder(fp_settings *s, const char *path, char dir[PATH_MAX])
{
	/* a folder seen before needs no stat (check asks per file's folder) */
	const alias *known = fp_strmap_get(&s->aliases, path);
	if (known) {
		snprintf(dir, PATH_MAX, "%s", known->real);
		return true;
	}
	struct stat st;
	if (stat(path, &st) != 0)
		return false;
	char given[PATH_MAX];
	size_t n = strlen(path);
	if (n >= sizeof given)
		return false;
	memcpy(given, path, n + 1);
	if (!S_ISDIR(st.st_mode)) {     /* a file: start at its folder */
		char *slash = strrchr(given, '/');
		if (!slash)
			memcpy(given, ".", 2);
		else if (slash == given)
			slash[1] = 0;
		else
			*slash = 0;
	}
	const alias *a = fp_strmap_get(&s->aliases, given);
	if (a) {
		snprintf(dir, PATH_MAX, "%s", a->real);
		return true;
	}
	if (!real_folder(s, given, dir))
		return false;
	remember(s, given, dir);
	return true;
}

/* The folder above dir, in place; false at the top (/ or a repository
 * root, f). */
static bool up(char *dir, const folder *f)
{
	if (f->top)
		return false;
	char *slash = strrchr(dir, '/');
	if (slash == dir)
		slash[1] = 0;
	else
		*slash = 0;
	return true;
}

/* The nearest folder around path for which wanted(folder) holds; NULL
 * when none does (or out of memory). */
static const folder *nearest(fp_settings *s, const char *path, bool (*wanted)(const folder *f))
{
	char dir[PATH_MAX];
	if (!s || !start_folder(s, path, dir))
		return NULL;
	for (;;) {
		folder *f = fp_strmap_get(&s->map, dir);
		if (!f && !(f = read_folder(s, dir)))
			return NULL;
		if (wanted(f))
			return f;
		if (!up(dir, f))
			return NULL;
	}
}

static bool has_config(const folder *f)
{
	return f->cfg || f->cfg_err;
}

static bool names_version(const folder *f)
{
	return f->says;
}

bool fp_settings_lookup(fp_settings *s, const char *path, fp_settings_found *out)
{
	memset(out, 0, sizeof *out);
	char dir[PATH_MAX];
	if (!s || !start_folder(s, path, dir))
		return false;
	const folder *version = NULL, *config = NULL;
	for (;;) {
		folder *f = fp_strmap_get(&s->map, dir);
		if (!f && !(f = read_folder(s, dir)))
			break;  /* out of memory: what was found so far */
		if (!version && names_version(f))
			version = f;
		if (!config && has_config(f))
			config = f;
		if ((version && config) || !up(dir, f))
			break;
	}
	if (version) {
		out->says = true;
		out->version = version->v;
		out->from = version->from;
	}
	if (config) {
		out->config = config->cfg;
		out->config_file = config->path;
		out->config_err = config->cfg_err;
	}
	return true;
}

const fp_config *fp_settings_config(fp_settings *s, const char *path, const char **file,
				    const char **err)
{
	const folder *f = nearest(s, path, has_config);
	*file = f ? f->path : NULL;
	*err = f ? f->cfg_err : NULL;
	return f ? f->cfg : NULL;
}

bool fp_settings_version(fp_settings *s, const char *path, fp_fhir_version *v, const char **from)
{
	const folder *f = nearest(s, path, names_version);
	if (f) {
		*v = f->v;
		*from = f->from;
	}
	return f != NULL;
}
