/*
 * util/replace.h - give a file new contents without changing what it is.
 *
 * `fmt` (and every other writer of a user's files) goes through here, so
 * that a rewrite keeps the file's identity: a symbolic link stays a link
 * and its target gets the text; a file with several hard links is
 * rewritten in place, so every name sees the new text; owner, group and
 * mode stay; a read-only file, a FIFO, a device or a directory is refused,
 * never replaced. A single-link regular file is replaced atomically: the
 * text goes into an unnamed temporary file in the same folder (O_TMPFILE,
 * so a process killed while writing leaves nothing behind), which is
 * flushed, given the old file's owner, group and mode, and renamed over
 * it. Where the file system has no unnamed files a named temporary file
 * ("NAME.fmt-XXXXXX") is used and removed on every failure.
 */
#ifndef FP_UTIL_REPLACE_H
#define FP_UTIL_REPLACE_H

#include <stdbool.h>
#include <stddef.h>

typedef enum fp_replace_result {
	FP_REPLACE_OK,
	FP_REPLACE_REFUSED,     /* not a regular file, read-only: nothing done */
	FP_REPLACE_FAILED,      /* an I/O error: the old contents are kept */
} fp_replace_result;

/* Write data[0..len) as the contents of `path` (links followed: the
 * caller decides whether the target may be written). On anything but
 * FP_REPLACE_OK, `why` holds a short reason ("read-only file", "not a
 * regular file", an strerror text) and the file is as it was, except
 * that an in-place rewrite of a hard-linked file that fails half-way
 * (the disk filling up) can leave it partly written; the reason then
 * says so. */
fp_replace_result fp_replace_file(const char *path, const char *data, size_t len, char *why,
				  size_t whylen);

#endif
