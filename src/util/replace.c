/*
 * util/replace.c - give a file new contents without changing what it is
 * (replace.h).
 */
#include "util/replace.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/alloc.h"

static bool write_all(int fd, const char *data, size_t len)
{
	size_t off = 0;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		off += (size_t)w;
	}
	return true;
}

static fp_replace_result fail(char *why, size_t whylen, const char *what)
{
	snprintf(why, whylen, "%s", what);
	return FP_REPLACE_FAILED;
}

/* Every name of a hard-linked file must see the new text: rewrite the
 * one inode in place (write, then cut what is left of the old text). */
static fp_replace_result rewrite_in_place(const char *path, const char *data, size_t len,
					  char *why, size_t whylen)
{
	int fd = open(path, O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
	if (fd < 0)
		return fail(why, whylen, strerror(errno));
	bool ok = write_all(fd, data, len) && ftruncate(fd, (off_t)len) == 0 && fsync(fd) == 0;
	int err = errno;
	if (close(fd) != 0 && ok) {
		ok = false;
		err = errno;
	}
	if (!ok) {
		snprintf(why, whylen, "%s (the file may be partly written)", strerror(err));
		return FP_REPLACE_FAILED;
	}
	return FP_REPLACE_OK;
}

/* The folder part of `path` into dir (".", "/" or "a/b"). */
static void folder_of(const char *path, char *dir, size_t n)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		snprintf(dir, n, ".");
	else if (slash == path)
		snprintf(dir, n, "/");
	else
		snprintf(dir, n, "%.*s", (int)(slash - path), path);
}

/* Give the new file the old one's owner, group and mode; false when the
 * owner cannot be kept (not ours to give away). */
static bool keep_identity(int fd, const struct stat *st)
{
	if (fchown(fd, st->st_uid, st->st_gid) != 0) {
		struct stat now;
		if (fstat(fd, &now) != 0 || now.st_uid != st->st_uid)
			return false;
		if (now.st_gid != st->st_gid && fchown(fd, (uid_t)-1, st->st_gid) != 0)
			return false;
	}
	return fchmod(fd, st->st_mode & 07777) == 0;
}

/* An unnamed temporary file in `dir`, written and flushed, then given a
 * name beside the target and renamed over it. -1: no unnamed files here
 * (use a named one); 0: done; 1: failed (why set). 2: the owner cannot
 * be kept: rewrite in place instead. */
static int replace_unnamed(const char *path, const char *dir, const struct stat *st,
			   const char *data, size_t len, char *why, size_t whylen)
{
#ifdef O_TMPFILE
	int fd = open(dir, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600);
	if (fd < 0)
		return errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL || errno == ENOENT
			       ? -1
			       : (fail(why, whylen, strerror(errno)), 1);
	if (!keep_identity(fd, st)) {
		close(fd);
		return 2;
	}
	if (!write_all(fd, data, len) || fsync(fd) != 0) {
		fail(why, whylen, strerror(errno));
		close(fd);
		return 1;
	}
	char proc[64];
	snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
	size_t n = strlen(path) + 32;
	char *tmp = fp_malloc(n);
	if (!tmp) {
		close(fd);
		return fail(why, whylen, "out of memory"), 1;
	}
	int rc = -1;
	for (int attempt = 0; attempt < 16 && rc < 0; attempt++) {
		snprintf(tmp, n, "%s.fmt-%ld-%d", path, (long)getpid(), attempt);
		if (linkat(AT_FDCWD, proc, AT_FDCWD, tmp, AT_SYMLINK_FOLLOW) == 0)
			rc = 0;
		else if (errno != EEXIST)
			break;
	}
	if (rc < 0) {
		/* no /proc, or links not allowed: a named file instead */
		fp_free(tmp);
		close(fd);
		return -1;
	}
	if (rename(tmp, path) != 0) {
		fail(why, whylen, strerror(errno));
		unlink(tmp);
		rc = 1;
	}
	fp_free(tmp);
	if (close(fd) != 0 && rc == 0)
		rc = (fail(why, whylen, strerror(errno)), 1);
	return rc;
#else
	(void)path, (void)dir, (void)st, (void)data, (void)len, (void)why, (void)whylen;
	return -1;
#endif
}

static int replace_named(const char *path, const struct stat *st, const char *data, size_t len,
			 char *why, size_t whylen)
{
	size_t n = strlen(path) + 16;
	char *tmp = fp_malloc(n);
	if (!tmp)
		return fail(why, whylen, "out of memory"), 1;
	snprintf(tmp, n, "%s.fmt-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		fail(why, whylen, strerror(errno));
		fp_free(tmp);
		return 1;
	}
	int rc = 0;
	if (!keep_identity(fd, st))
		rc = 2;
	else if (!write_all(fd, data, len) || fsync(fd) != 0)
		rc = (fail(why, whylen, strerror(errno)), 1);
	if (close(fd) != 0 && rc == 0)
		rc = (fail(why, whylen, strerror(errno)), 1);
	if (rc == 0 && rename(tmp, path) != 0)
		rc = (fail(why, whylen, strerror(errno)), 1);
	if (rc != 0)
		unlink(tmp);
	fp_free(tmp);
	return rc;
}

fp_replace_result fp_replace_file(const char *path, const char *data, size_t len, char *why,
				  size_t whylen)
{
	char *target = realpath(path, NULL);     /* a link: its target gets the text */
	if (!target)
		return fail(why, whylen, strerror(errno));
	struct stat st;
	fp_replace_result r = FP_REPLACE_OK;
	if (stat(target, &st) != 0) {
		r = fail(why, whylen, strerror(errno));
	} else if (!S_ISREG(st.st_mode)) {
		snprintf(why, whylen, "not a regular file");
		r = FP_REPLACE_REFUSED;
	} else if ((st.st_mode & 0222) == 0) {
		snprintf(why, whylen, "read-only file (mode %04o)", (unsigned)(st.st_mode & 07777));
		r = FP_REPLACE_REFUSED;
	} else if (access(target, W_OK) != 0) {
		snprintf(why, whylen, "%s", strerror(errno));
		r = FP_REPLACE_REFUSED;
	} else if (st.st_nlink > 1) {
		r = rewrite_in_place(target, data, len, why, whylen);
	} else {
		char dir[PATH_MAX];
		folder_of(target, dir, sizeof dir);
		int rc = replace_unnamed(target, dir, &st, data, len, why, whylen);
		if (rc < 0)
			rc = replace_named(target, &st, data, len, why, whylen);
		if (rc == 2)
			r = rewrite_in_place(target, data, len, why, whylen);
		else if (rc == 1)
			r = FP_REPLACE_FAILED;
	}
	free(target);
	return r;
}
