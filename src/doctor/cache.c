/*
 * doctor/cache.c - the cache section: the folder the store uses
 * (store/location.h), whether it can write there, and the workspace's
 * database as store/inspect.h sees it, read-only.
 */
#include "doctor/doctor.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include "project/cache.h"
#include "store/inspect.h"
#include "store/store.h"
#include "store/location.h"

#define LOW_SPACE_MIB 100       /* WARN below: a large IG's cache needs that much */
#define FULL_SPACE_KIB 1024     /* FAIL below: nothing useful fits */
#define BIG_WAL_MIB 64          /* WARN above: checkpoints are being held off */

static const char rebuild[] = "run 'fhirpath-ls index' to rebuild; the corrupt file will be moved aside";
static const char elsewhere[] = "or choose another folder with --cache DIR or FHIRPATH_LS_CACHE";

/* "1.2 MiB", "32 KiB", "512 bytes" */
static void size_text(unsigned long long n, char *out, size_t len)
{
	if (n >= 1024ULL * 1024 * 1024)
		snprintf(out, len, "%.1f GiB", (double)n / (1024.0 * 1024 * 1024));
	else if (n >= 1024ULL * 1024)
		snprintf(out, len, "%.1f MiB", (double)n / (1024.0 * 1024));
	else if (n >= 1024)
		snprintf(out, len, "%llu KiB", n / 1024);
	else
		snprintf(out, len, "%llu bytes", n);
}

/* The nearest existing folder at or above dir, into out; false when a
 * component is not a folder (then errno is ENOTDIR) or nothing exists. */
static bool existing_ancestor(const char *dir, char *out, size_t n)
{
	snprintf(out, n, "%s", dir);
	for (;;) {
		struct stat st;
		if (stat(out, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				return true;
			errno = ENOTDIR;
			return false;
		}
		if (errno != ENOENT)
			return false;
		char *slash = strrchr(out, '/');
		if (!slash)
			snprintf(out, n, ".");
		else if (slash == out)
			slash[1] = 0;
		else
			*slash = 0;
	}
}

/* Write a small probe file in dir and remove it: the only sure test of
 * writability (root ignores permission bits, a read-only mount or a full
 * disk does not show in them). 0 or the errno. */
static int probe_write(const char *dir)
{
	char p[PATH_MAX + 64];
	snprintf(p, sizeof p, "%s/.fhirpath-ls-probe-%ld", dir, (long)getpid());
	int fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno;
	static const char block[4096];
	int err = 0;
	if (write(fd, block, sizeof block) != (ssize_t)sizeof block)
		err = errno ? errno : ENOSPC;
	else if (fsync(fd) != 0)
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	unlink(p);
	return err;
}

/* A folder the store cannot write to, err the errno: a full disk, or
 * permissions and read-only mounts. missing: it does not exist yet (and
 * cannot be created). */
static void unwritable(fp_doctor *d, const char *dir, int err, bool missing)
{
	char remedy[256];
	const char *what = missing ? "does not exist and cannot be created" : "is not writable";
	if (err == ENOSPC || err == EDQUOT) {
		snprintf(remedy, sizeof remedy, "free some space, %s", elsewhere);
		fp_doctor_add(d, FP_DOCTOR_FAIL, "folder", remedy, "%s %s: the disk is full (%s)", dir,
			      what, strerror(err));
		return;
	}
	if (missing)
		snprintf(remedy, sizeof remedy, "create it yourself (mkdir -p), %s", elsewhere);
	else
		snprintf(remedy, sizeof remedy, "make it writable (chmod u+w), %s; until then the server "
			 "keeps its cache in memory", elsewhere);
	fp_doctor_add(d, FP_DOCTOR_FAIL, "folder", remedy, "%s %s: %s", dir, what, strerror(err));
}

/* A cache folder that does not exist yet: fine when the store can
 * create it (the nearest existing folder above is writable). */
static void missing_folder(fp_doctor *d, const char *dir, bool deep)
{
	char up[PATH_MAX];
	int err = 0;
	if (!existing_ancestor(dir, up, sizeof up))
		err = errno;
	else if (deep)
		err = probe_write(up);
	else if (access(up, W_OK) != 0)
		err = errno;
	if (err)
		unwritable(d, dir, err, true);
	else
		fp_doctor_add(d, FP_DOCTOR_WARN, "folder", "none needed: it will be created on first index",
			      "%s does not exist yet", dir);
}

/* The folder check: exists, a folder, writable (deep: by a probe; else by
 * its permission bits). True when it is a folder, which may hold a
 * database to look at. */
static bool check_folder(fp_doctor *d, const char *dir, bool deep)
{
	struct stat st;
	char remedy[256];
	if (stat(dir, &st) != 0) {
		int err = errno;
		if (err == ENOENT) {
			missing_folder(d, dir, deep);
			return false;
		}
		if (err != ENOTDIR) {
			unwritable(d, dir, err, false);
			return false;
		}
		snprintf(remedy, sizeof remedy, "remove or rename what is in the way, %s", elsewhere);
		fp_doctor_add(d, FP_DOCTOR_FAIL, "folder", remedy, "%s: a part of it is a file, not a folder", dir);
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		snprintf(remedy, sizeof remedy, "remove or rename what is there, %s", elsewhere);
		fp_doctor_add(d, FP_DOCTOR_FAIL, "folder", remedy, "%s is not a folder", dir);
		return false;
	}
	int err = deep ? probe_write(dir) : access(dir, W_OK) != 0 ? errno : 0;
	if (err) {
		unwritable(d, dir, err, false);
	} else {
		fp_doctor_add(d, FP_DOCTOR_PASS, "folder", NULL, "%s: writable", dir);
	}
	return true;
}

static void check_space(fp_doctor *d, const char *dir)
{
	char up[PATH_MAX], text[32], remedy[256];
	struct statvfs vfs;
	if (!existing_ancestor(dir, up, sizeof up) || statvfs(up, &vfs) != 0)
		return;         /* check_folder said why */
	unsigned long long avail = (unsigned long long)vfs.f_bavail * vfs.f_frsize;
	size_text(avail, text, sizeof text);
	snprintf(remedy, sizeof remedy, "free some space, %s", elsewhere);
	if (avail < (unsigned long long)FULL_SPACE_KIB << 10)
		fp_doctor_add(d, FP_DOCTOR_FAIL, "free space", remedy, "%s free on the disk of %s: it is full",
			      text, up);
	else if (avail < (unsigned long long)LOW_SPACE_MIB << 20)
		fp_doctor_add(d, FP_DOCTOR_WARN, "free space", remedy, "%s free on the disk of %s, under %d MiB",
			      text, up, LOW_SPACE_MIB);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "free space", NULL, "%s free", text);
}

/* A hit rate as a percentage: "0.87" and "87" both mean 87%. */
static void rate_text(const char *v, char *out, size_t n)
{
	char *end;
	double x = strtod(v, &end);
	if (end == v || *end)
		snprintf(out, n, "%.60s", v);
	else
		snprintf(out, n, "%.0f%%", x <= 1.0 ? x * 100.0 : x);
}

/* What the store recorded of its runs: the runs table and the meta keys
 * it is expected to write; any other meta keys in one line. */
static void check_runs(fp_doctor *d, const fp_store_info *in)
{
	if (!in->has_runs && !in->has_meta) {
		fp_doctor_add(d, FP_DOCTOR_PASS, "runs", NULL, "no runs recorded yet");
		return;
	}
	if (in->has_runs)
		fp_doctor_add(d, FP_DOCTOR_PASS, "runs", NULL, "%lld recorded", (long long)in->runs);
	const char *v;
	char text[80];
	if ((v = fp_store_meta_get(in, "last_hit_rate")) != NULL) {
		rate_text(v, text, sizeof text);
		fp_doctor_add(d, FP_DOCTOR_PASS, "hit rate", NULL, "%s in the last run", text);
	}
	if ((v = fp_store_meta_get(in, "stale_entries")) != NULL)
		fp_doctor_add(d, FP_DOCTOR_PASS, "stale entries", NULL, "%s", v);
	if ((v = fp_store_meta_get(in, "circuit_breaker")) != NULL) {
		bool closed = strcmp(v, "closed") == 0;
		fp_doctor_add(d, closed ? FP_DOCTOR_PASS : FP_DOCTOR_WARN, "circuit breaker",
			      "the store failed again and again and is bypassed for now: see the server's log; "
			      "it tries again by itself", "%s", v);
	}
	char rest[512] = "";
	size_t len = 0;
	for (size_t i = 0; i < in->nmeta && len < sizeof rest - 1; i++) {
		const char *k = in->meta[i].key;
		if (!strcmp(k, "last_hit_rate") || !strcmp(k, "stale_entries") || !strcmp(k, "circuit_breaker"))
			continue;
		len += (size_t)snprintf(rest + len, sizeof rest - len, "%s%s=%.40s", len ? ", " : "", k,
					in->meta[i].value);
	}
	if (len)
		fp_doctor_add(d, FP_DOCTOR_PASS, "meta", NULL, "%s", rest);
}

static void check_database(fp_doctor *d, const char *option, const char *real_root, bool deep)
{
	char path[PATH_MAX + 128], size[32], wal[32];
	if (!fp_store_db_path(option, real_root, path, sizeof path, NULL)) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "database", "give a shorter --cache DIR",
			      "no database path for %s: %s", real_root, strerror(errno));
		return;
	}
	fp_store_info in;
	fp_store_inspect(path, deep ? FP_INSPECT_QUICK_CHECK : 0, &in);
	if (in.state == FP_STORE_MISSING) {
		fp_doctor_add(d, FP_DOCTOR_PASS, "database", NULL,
			      "%s: not created yet ('fhirpath-ls index' creates it)", path);
		return;
	}
	size_text(in.size > 0 ? (unsigned long long)in.size : 0, size, sizeof size);
	if (in.state == FP_STORE_NOT_DB || in.state == FP_STORE_CORRUPT) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "database", rebuild, "%s (%s): %s", path, size,
			      in.state == FP_STORE_NOT_DB ? "not a sqlite database" : in.error);
		return;
	}
	if (in.state != FP_STORE_OK) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "database",
			      "make it readable (chmod u+rw) or remove it; 'fhirpath-ls index' builds a new one",
			      "%s cannot be read: %s", path, in.error);
		return;
	}
	if (in.user_version > FP_STORE_SCHEMA)
		fp_doctor_add(d, FP_DOCTOR_WARN, "database",
			      "a newer fhirpath-ls wrote it; this one leaves it alone and uses a file of "
			      "its own schema beside it (upgrade to share one)",
			      "%s: %s, schema version %d (this binary: %d)", path, size, in.user_version,
			      FP_STORE_SCHEMA);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "database", NULL,
			      "%s: %s, schema version %d (this binary: %d), %zu tables", path, size,
			      in.user_version, FP_STORE_SCHEMA, in.tables);
	if (in.wal_size < 0)
		fp_doctor_add(d, FP_DOCTOR_PASS, "wal", NULL, "none");
	size_text(in.wal_size > 0 ? (unsigned long long)in.wal_size : 0, wal, sizeof wal);
	if (in.wal_size >= (int64_t)BIG_WAL_MIB << 20)
		fp_doctor_add(d, FP_DOCTOR_WARN, "wal",
			      "a reader that stays open keeps it from being checkpointed: close other "
			      "fhirpath-ls processes; the next write shrinks it", "%s, over %d MiB", wal, BIG_WAL_MIB);
	else if (in.wal_size >= 0)
		fp_doctor_add(d, FP_DOCTOR_PASS, "wal", NULL, "%s", wal);
	if (deep && !in.checked)
		fp_doctor_add(d, FP_DOCTOR_WARN, "integrity", "run doctor again when the machine is less busy",
			      "quick_check %s", in.check);
	else if (deep)
		fp_doctor_add(d, FP_DOCTOR_PASS, "integrity", NULL, "quick_check: %s", in.check);
	check_runs(d, &in);
}

void fp_doctor_cache(fp_doctor *d, const char *option, bool disabled, const char *real_root,
		     bool deep)
{
	fp_doctor_section_begin(d, "cache");
	if (disabled) {
		fp_doctor_add(d, FP_DOCTOR_PASS, "location", NULL, "none: the cache is off (--no-cache)");
		return;
	}
	char dir[PATH_MAX];
	fp_cache_origin o = fp_store_cache_dir(option, dir, sizeof dir);
	if (o == FP_CACHE_NOWHERE) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "location",
			      "set FHIRPATH_LS_CACHE (or HOME), or give --cache DIR",
			      "none: --cache, FHIRPATH_LS_CACHE, XDG_CACHE_HOME and HOME are all unset");
		return;
	}
	fp_doctor_add(d, FP_DOCTOR_PASS, "location", NULL, "%s (from %s)", dir, fp_store_origin_name(o));
	bool folder = check_folder(d, dir, deep);
	check_space(d, dir);
	if (folder && real_root) {
		/* the database check, index and serve use: a workspace inside
		 * a repository shares the repository's */
		char root[PATH_MAX], real[PATH_MAX];
		const char *const one[] = { real_root };
		fp_cache_root(one, 1, root, sizeof root);
		check_database(d, option, realpath(root, real) ? real : real_root, deep);
	}
}
