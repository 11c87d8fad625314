/*
 * sources/files.c - reading inputs, walking folders, and what a project
 * folder says about its FHIR version.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sources/files.h"
#include "sources/gitignore.h"
#include "util/alloc.h"
#include "util/diag.h"
#include "util/str.h"

/* ---- reading ------------------------------------------------------------ */

/* What a file that is not a regular file is, for messages. */
static const char *mode_name(mode_t m)
{
	return S_ISFIFO(m) ? "a FIFO" : S_ISCHR(m) ? "a character device" : S_ISBLK(m) ? "a block device"
		: S_ISSOCK(m) ? "a socket" : "a special file";
}

/* Open path for reading without ever waiting: O_NONBLOCK makes opening a
 * FIFO return at once, fstat says what it is. A regular file comes back
 * open; anything else is refused unless stream (then a FIFO or a device
 * is read as it is, blocking).
 * -1 with err filled and errno set on failure. */
static int open_input(const char *path, bool stream, struct stat *st, char *err, size_t errlen)
{
	if (strlen(path) >= PATH_MAX) {
		snprintf(err, errlen, "path is longer than PATH_MAX (%d bytes)", PATH_MAX);
		errno = ENAMETOOLONG;
		return -1;
	}
	/* A FIFO the user named is opened blocking, waiting for its writer
	 * as `cat` would. (Opening it without blocking first and again
	 * blocking would lose a writer that came and went in between.) */
	struct stat pre;
	bool fifo = stream && stat(path, &pre) == 0 && S_ISFIFO(pre.st_mode);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (fifo ? 0 : O_NONBLOCK));
	if (fd < 0) {
		int e = errno;
		struct stat s2;
		if (e == ENXIO && stat(path, &s2) == 0 && !S_ISREG(s2.st_mode))
			snprintf(err, errlen, "not a regular file (%s)", mode_name(s2.st_mode));
		else
			snprintf(err, errlen, "%s", strerror(e));
		errno = e;
		return -1;
	}
	if (fstat(fd, st) != 0) {
		int e = errno;
		snprintf(err, errlen, "%s", strerror(e));
		close(fd);
		errno = e;
		return -1;
	}
	if (S_ISDIR(st->st_mode)) {
		snprintf(err, errlen, "is a directory");
		close(fd);
		errno = EISDIR;
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		if (!stream) {
			snprintf(err, errlen, "not a regular file (%s)", mode_name(st->st_mode));
			close(fd);
			errno = EINVAL;
			return -1;
		}
	}
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return fd;
}

bool fp_read_file(const char *path, size_t max, unsigned flags, char **data, size_t *len,
		   char *err, size_t errlen)
{
	*data = NULL;
	*len = 0;
	bool is_stdin = strcmp(path, "-") == 0;
	struct stat st;
	int fd;
	if (is_stdin) {
		fd = 0;
		if (fstat(fd, &st) != 0) {
			snprintf(err, errlen, "%s", strerror(errno));
			return false;
		}
		if (S_ISDIR(st.st_mode)) {
			snprintf(err, errlen, "is a directory");
			errno = EISDIR;
			return false;
		}
	} else {
		fd = open_input(path, (flags & FP_READ_STREAM) != 0, &st, err, errlen);
		if (fd < 0)
			return false;
	}
	bool regular = S_ISREG(st.st_mode);
	if (regular && (uintmax_t)st.st_size > (uintmax_t)max) {
		/* refused by its size, before anything is read */
		snprintf(err, errlen, "larger than the %zu MiB limit", max >> 20);
		if (!is_stdin)
			close(fd);
		errno = EFBIG;
		return false;
	}
	size_t cap = regular && st.st_size > 0 ? (size_t)st.st_size + 1 : 65536;
	if (cap > max + 1)
		cap = max + 1;
	char *buf = fp_malloc(cap);
	size_t n = 0;
	bool ok = buf != NULL;
	int code = ENOMEM;      /* why, when !ok */
	if (!ok)
		snprintf(err, errlen, "out of memory");
	while (ok) {
		if (n == cap) {
			if (cap > max) {
				snprintf(err, errlen, "larger than the %zu MiB limit", max >> 20);
				code = EFBIG;
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
			code = errno;
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
		code = EFBIG;
		ok = false;
	}
	if (!is_stdin)
		close(fd);
	if (!ok) {
		fp_free(buf);
		errno = code;
		return false;
	}
	*data = buf;
	*len = n;
	return true;
}

/* ---- paths ---------------------------------------------------------------- */

/* Whether the real path p is root or inside it (both real paths). */
static bool inside(const char *root, size_t rl, const char *p)
{
	if (rl == 1 && root[0] == '/')
		return p[0] == '/';
	return strncmp(p, root, rl) == 0 && (p[rl] == 0 || p[rl] == '/');
}

bool fp_path_within(const char *root, const char *path, char *out, size_t outlen)
{
	if (path[0] != '/' || !fp_path_normalize(path, out, outlen))
		return false;
	size_t rl = strlen(root);
	while (rl > 1 && root[rl - 1] == '/')
		rl--;
	if (!inside(root, rl, out) || strlen(out) == rl)
		return false;
	char real[PATH_MAX];
	if (realpath(out, real))
		return inside(root, rl, real);
	if (errno != ENOENT)
		return false;
	/* gone (or never there): its folder must be inside */
	char dir[PATH_MAX];
	size_t dl = strrchr(out, '/') - out;
	if (dl >= sizeof dir)
		return false;
	memcpy(dir, out, dl ? dl : 1);
	dir[dl ? dl : 1] = 0;
	if (realpath(dir, real))
		return inside(root, rl, real);
	return errno == ENOENT;         /* nothing there to read either */
}

/* ---- walking ---------------------------------------------------------------- */

/* Directories on the current walk path, to name symbolic link loops. */
typedef struct walk_stack {
	dev_t dev;
	ino_t ino;
	bool ig;                /* holds ig.ini or sushi-config.yaml */
	bool sushi;             /* holds sushi-config.yaml */
	const struct walk_stack *up;
} walk_stack;

/* A set of (device, inode) pairs: the directories walked so far. Open
 * addressing, linear probing, at most half full. */
typedef struct dir_set {
	struct dir_id { dev_t dev; ino_t ino; bool used; } *slots;
	size_t cap, len;
} dir_set;

static size_t dir_hash(dev_t dev, ino_t ino)
{
	uint64_t h = (uint64_t)ino * 0x9E3779B97F4A7C15ull ^ (uint64_t)dev * 0xC2B2AE3D27D4EB4Full;
	return (size_t)(h ^ (h >> 29));
}

/* Add (dev, ino); false when it was there already (or out of memory:
 * then the directory is not walked rather than walked without bound). */
static bool dir_set_add(dir_set *s, dev_t dev, ino_t ino)
{
	if (2 * (s->len + 1) > s->cap) {
		size_t ncap = s->cap ? s->cap * 2 : 64;
		struct dir_id *v = fp_calloc(ncap, sizeof *v);
		if (!v)
			return false;
		for (size_t i = 0; i < s->cap; i++) {
			if (!s->slots[i].used)
				continue;
			size_t k = dir_hash(s->slots[i].dev, s->slots[i].ino) & (ncap - 1);
			while (v[k].used)
				k = (k + 1) & (ncap - 1);
			v[k] = s->slots[i];
		}
		fp_free(s->slots);
		s->slots = v;
		s->cap = ncap;
	}
	size_t k = dir_hash(dev, ino) & (s->cap - 1);
	for (; s->slots[k].used; k = (k + 1) & (s->cap - 1)) {
		if (s->slots[k].dev == dev && s->slots[k].ino == ino)
			return false;
	}
	s->slots[k] = (struct dir_id){ dev, ino, true };
	s->len++;
	return true;
}

/* A directory's entry as walk_dir keeps it: its name after its d_type
 * byte, and its lstat (err: the errno when that failed). */
typedef struct dentry {
	char *name;
	int err;
	struct stat st;
} dentry;

static int cmp_dentries(const void *a, const void *b)
{
	return strcmp(((const dentry *)a)->name + 1, ((const dentry *)b)->name + 1);
}

static bool skip_dir(const char *name)
{
	return strcmp(name, ".git") == 0 || strcmp(name, "node_modules") == 0 ||
	       strcmp(name, ".fhirpath-ls-cache") == 0 || strcmp(name, ".hg") == 0 ||
	       strcmp(name, ".svn") == 0;
}

/* What a walk is given and what it keeps, passed down its recursion. */
typedef struct walk_ctx {
	bool (*want)(const char *);
	fp_visit_fn visit;
	bool (*stop)(void *);
	void *ctx;
	const char *root;       /* as given, for messages */
	char root_real[PATH_MAX];
	size_t root_len;
	dir_set seen;
	/* links to folders inside the root, walked after the real folders */
	char **later;
	size_t nlater, caplater;
	/* what is skipped: .gitignore rules in force (those of the folders
	 * above the root in its repository, then of each folder walked into),
	 * and an IG build's own output */
	bool respect_ignores;
	size_t root_plen;       /* strlen of the root as given */
	fp_gitignore **rules;
	size_t nrules, caprules;
	/* scratch for one entry at a time (kept off the recursion's stack) */
	char msg[PATH_MAX + 128];
	char real[PATH_MAX], here[PATH_MAX];
} walk_ctx;

static void report(const walk_ctx *wc, const char *path, int code, const char *msg)
{
	fp_walk_entry e = { path, code, msg, false, NULL };
	wc->visit(wc->ctx, &e);
}

static void found(const walk_ctx *wc, const char *path, const struct stat *st)
{
	fp_walk_entry e = { path, 0, NULL, false, st };
	wc->visit(wc->ctx, &e);
}

/* Whether the real path dir is target or inside it: a link from dir to
 * target leads back up the walk. */
static bool leads_up(const char *dir_real, const char *target)
{
	return inside(target, strlen(target), dir_real);
}

static void walk_dir(const char *path, const struct stat *st, const walk_stack *up, walk_ctx *wc);

/* What an IG build writes beside ig.ini / sushi-config.yaml: never the
 * author's sources. SUSHI's fsh-generated/ only where the FSH it comes
 * from is there too. */
static bool ig_output(const walk_stack *dir, const char *name)
{
	if (!dir || !dir->ig)
		return false;
	return strcmp(name, "output") == 0 || strcmp(name, "temp") == 0 ||
	       strcmp(name, "template") == 0 || strcmp(name, "input-cache") == 0 ||
	       (dir->sushi && strcmp(name, "fsh-generated") == 0);
}

/* Does a .gitignore rule in force leave out child (a path the walk built
 * under its root)? */
static bool ignored(const walk_ctx *wc, const char *child, bool is_dir)
{
	if (!wc->nrules)
		return false;
	const char *rel = child + wc->root_plen;
	while (*rel == '/')
		rel++;
	int verdict = -1;
	for (size_t i = wc->nrules; i-- > 0 && verdict < 0;)
		verdict = fp_gitignore_match(wc->rules[i], rel, is_dir);
	return verdict == 1;
}

/* Read dir/.gitignore (dfd: the open folder) and put its rules in force
 * for what is below it. True when rules were added (pop them after). */
static bool push_rules(walk_ctx *wc, int dfd, const char *path, const char *lead)
{
	int fd = openat(dfd, ".gitignore", O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return false;
	char *text = NULL;
	size_t len = 0, cap = 0;
	for (;;) {
		if (len == cap && (cap >= ((size_t)1 << 20) || !fp_grow(&text, &cap, len, 1, 4096)))
			break;
		ssize_t r = read(fd, text + len, cap - len);
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	fp_gitignore *g = NULL;
	if (text) {
		const char *base = NULL;
		if (!lead) {
			base = path + wc->root_plen;
			while (*base == '/')
				base++;
		}
		g = fp_gitignore_parse(text, len, base, lead);
		fp_free(text);
	}
	if (!g)
		return false;
	if (!fp_grow(&wc->rules, &wc->caprules, wc->nrules, sizeof *wc->rules, 8)) {
		fp_gitignore_free(g);
		return false;
	}
	wc->rules[wc->nrules++] = g;
	return true;
}

/* The .gitignore files above the root, when the root is inside a git
 * repository: from its top down to the root's parent. */
static void push_outer_rules(walk_ctx *wc)
{
	char top[PATH_MAX];
	snprintf(top, sizeof top, "%s", wc->root_real);
	size_t n = strlen(top);
	struct stat st;
	char probe[PATH_MAX + 8];
	for (;;) {
		snprintf(probe, sizeof probe, "%s/.git", n ? top : "");
		if (stat(probe, &st) == 0)
			break;
		char *slash = strrchr(top, '/');
		if (!slash || slash == top)
			return;         /* not in a repository: nothing above applies */
		*slash = 0;
		n = (size_t)(slash - top);
	}
	/* top is the repository; each folder from it down to the root's parent */
	while (n < wc->root_len) {
		int dfd = open(top[0] ? top : "/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
		if (dfd >= 0) {
			push_rules(wc, dfd, NULL, wc->root_real + n + 1);
			close(dfd);
		}
		const char *next = strchr(wc->root_real + n + 1, '/');
		size_t m = next ? (size_t)(next - wc->root_real) : wc->root_len;
		if (m >= wc->root_len)
			break;
		memcpy(top + n, wc->root_real + n, m - n);
		top[m] = 0;
		n = m;
	}
}

/* One entry of a directory: child (its path), name (its last part),
 * what lstat said of it (lerr: its errno, 0 when lst holds the answer). */
static void walk_entry(const char *path, const char *child, const char *name, unsigned char type,
		       const struct stat *lst_in, int lerr, const walk_stack *me, walk_ctx *wc)
{
	bool (*want)(const char *) = wc->want;
	char *msg = wc->msg, *real = wc->real, *here = wc->here;
	size_t msgcap = sizeof wc->msg;
	if (strlen(child) >= PATH_MAX) {
		/* stat() cannot even look: say so for what could matter */
		if (want(name) || type == DT_DIR || type == DT_LNK || type == DT_UNKNOWN) {
			snprintf(msg, msgcap, "path is longer than PATH_MAX (%d bytes)", PATH_MAX);
			report(wc, child, FP_D_IO_ERROR, msg);
		}
		return;
	}
	struct stat lst = *lst_in, cst;
	if (lerr) {
		if (lerr != ENOENT && want(name)) {
			snprintf(msg, msgcap, "%s", strerror(lerr));
			report(wc, child, FP_D_IO_ERROR, msg);
		}
		return;
	}
	if (wc->respect_ignores &&
	    (ig_output(me, name) || ignored(wc, child, S_ISDIR(lst.st_mode) || S_ISLNK(lst.st_mode))))
		return;
	if (!S_ISLNK(lst.st_mode)) {
		if (S_ISDIR(lst.st_mode)) {
			if (!skip_dir(name))
				walk_dir(child, &lst, me, wc);
		} else if (want(name)) {
			found(wc, child, &lst); /* not a regular file: the reader says so */
		}
		return;
	}
	/* a symbolic link: where it leads decides */
	if (stat(child, &cst) != 0 || !realpath(child, real)) {
		int err = errno;
		snprintf(msg, msgcap, "broken or looping symbolic link: %s", strerror(err));
		if (want(name) || err == ELOOP)
			report(wc, child, FP_D_IO_ERROR, msg);
		return;
	}
	if (!inside(wc->root_real, wc->root_len, real)) {
		if (S_ISDIR(cst.st_mode) || want(name)) {
			snprintf(msg, msgcap, "symbolic link points outside '%s': not followed", wc->root);
			report(wc, child, FP_D_LINK_OUTSIDE_ROOT, msg);
		}
		return;
	}
	if (!S_ISDIR(cst.st_mode)) {
		if (want(name))
			found(wc, child, &cst);
		return;
	}
	if (skip_dir(name))
		return;
	if (realpath(path, here) && leads_up(here, real)) {
		report(wc, child, FP_D_IO_ERROR, "symbolic link loop (directory already being walked)");
		return;
	}
	if (fp_grow(&wc->later, &wc->caplater, wc->nlater, sizeof *wc->later, 16)) {
		char *p = fp_strdup(child);
		if (p)
			wc->later[wc->nlater++] = p;
	}
}

static void walk_dir(const char *path, const struct stat *st, const walk_stack *up, walk_ctx *wc)
{
	for (const walk_stack *w = up; w; w = w->up) {
		if (w->dev == st->st_dev && w->ino == st->st_ino) {
			report(wc, path, FP_D_IO_ERROR, "symbolic link loop (directory already being walked)");
			return;
		}
	}
	if (!dir_set_add(&wc->seen, st->st_dev, st->st_ino))
		return;         /* walked already, under another name */
	walk_stack me = { st->st_dev, st->st_ino, false, false, up };
	DIR *d = opendir(path);
	if (!d) {
		snprintf(wc->msg, sizeof wc->msg, "cannot open directory: %s", strerror(errno));
		report(wc, path, FP_D_IO_ERROR, wc->msg);
		return;
	}
	/* Each name is stored after its d_type byte, with what lstat says
	 * of it, asked relative to the open directory (a path lookup of one
	 * component, not of the whole path: a fifth of a warm run's time).
	 * A regular file the walk does not want is not even looked at. */
	dentry *v = NULL;
	size_t n = 0, cap = 0;
	struct dirent *e;
	int dfd = dirfd(d);
	bool has_rules = false;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (wc->respect_ignores) {
			if (strcmp(e->d_name, "ig.ini") == 0) {
				me.ig = true;
			} else if (strcmp(e->d_name, "sushi-config.yaml") == 0) {
				me.ig = me.sushi = true;
			} else if (strcmp(e->d_name, ".gitignore") == 0 && !has_rules) {
				has_rules = push_rules(wc, dfd, path, NULL);
				continue;
			}
		}
		if (e->d_type == DT_REG && !wc->want(e->d_name))
			continue;
		if (!fp_grow(&v, &cap, n, sizeof *v, 32))
			break;
		size_t l = strlen(e->d_name);
		v[n].name = fp_malloc(l + 2);
		if (!v[n].name)
			break;
		v[n].name[0] = (char)e->d_type;
		memcpy(v[n].name + 1, e->d_name, l + 1);
		v[n].err = fstatat(dfd, e->d_name, &v[n].st, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : errno;
		n++;
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, cmp_dentries);
	for (size_t i = 0; i < n; i++) {
		if (wc->stop && wc->stop(wc->ctx)) {
			for (; i < n; i++)
				fp_free(v[i].name);
			break;
		}
		const char *name = v[i].name + 1;
		size_t pl = strlen(path), nl = strlen(name);
		char *child = fp_malloc(pl + nl + 2);
		if (child) {
			memcpy(child, path, pl);
			size_t k = pl;
			if (k == 0 || child[k - 1] != '/')
				child[k++] = '/';
			memcpy(child + k, name, nl + 1);
			walk_entry(path, child, name, (unsigned char)v[i].name[0], &v[i].st, v[i].err, &me,
				   wc);
			fp_free(child);
		}
		fp_free(v[i].name);
	}
	fp_free(v);
	if (has_rules)
		fp_gitignore_free(wc->rules[--wc->nrules]);
}

void fp_walk_until(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx,
		   bool (*stop)(void *ctx))
{
	fp_walk_flags(path, want, 0, visit, ctx, stop);
}

void fp_walk_flags(const char *path, bool (*want)(const char *name), unsigned flags,
		   fp_visit_fn visit, void *ctx, bool (*stop)(void *ctx))
{
	struct stat st;
	fp_walk_entry named = { path, 0, NULL, true, NULL };
	char msg[256];
	if (strcmp(path, "-") == 0) {
		visit(ctx, &named);
		return;
	}
	if (stat(path, &st) != 0) {
		snprintf(msg, sizeof msg, "%s", strerror(errno));
		named.code = FP_D_IO_ERROR;
		named.message = msg;
		visit(ctx, &named);
		return;
	}
	if (!S_ISDIR(st.st_mode)) {
		named.st = &st;
		visit(ctx, &named);     /* named explicitly: check whatever it is */
		return;
	}
	walk_ctx *wc = fp_calloc(1, sizeof *wc);
	if (!wc || !realpath(path, wc->root_real)) {
		snprintf(msg, sizeof msg, "%s", wc ? strerror(errno) : "out of memory");
		named.code = FP_D_IO_ERROR;
		named.message = msg;
		visit(ctx, &named);
		fp_free(wc);
		return;
	}
	wc->want = want;
	wc->visit = visit;
	wc->stop = stop;
	wc->ctx = ctx;
	wc->root = path;
	wc->root_len = strlen(wc->root_real);
	wc->root_plen = strlen(path);
	wc->respect_ignores = !(flags & FP_WALK_NO_IGNORE);
	if (wc->respect_ignores)
		push_outer_rules(wc);
	walk_dir(path, &st, NULL, wc);
	/* then the folders only links lead to (more may be found on the way) */
	for (size_t i = 0; i < wc->nlater; i++) {
		if (!(stop && stop(ctx)) && stat(wc->later[i], &st) == 0 && S_ISDIR(st.st_mode))
			walk_dir(wc->later[i], &st, NULL, wc);
		fp_free(wc->later[i]);
	}
	fp_free(wc->later);
	for (size_t i = 0; i < wc->nrules; i++)
		fp_gitignore_free(wc->rules[i]);
	fp_free(wc->rules);
	fp_free(wc->seen.slots);
	fp_free(wc);
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

bool fp_is_fsh_file(const char *name)
{
	return fp_str_ends(name, ".fsh");
}

bool fp_is_input_file(const char *name)
{
	return fp_is_fhirpath_file(name) || fp_is_json_file(name) || fp_is_xml_file(name) ||
	       fp_is_fsh_file(name);
}

/* dir/name (at most 1 MiB, a regular file) as a NUL-terminated string,
 * or NULL. */
static char *read_small(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	char *data;
	size_t len;
	char err[64];
	if (!fp_read_file(path, (size_t)1 << 20, 0, &data, &len, err, sizeof err))
		return NULL;    /* missing, unreadable, too big or not a regular file */
	data[len] = 0;          /* the spare byte */
	return data;
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
	/* no stat() first: in a path that is no folder each name below
	 * fails to open (ENOTDIR, ENOENT), and settings.c asks once per
	 * folder of every file an editor opens */
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
