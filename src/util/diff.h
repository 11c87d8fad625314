/*
 * util/diff.h - a unified diff of two texts, line by line, as `diff -u`
 * and `git diff` print it: `fmt --diff` shows what it would change.
 *
 * The edit script is Myers' shortest one after the common first and last
 * lines are set aside; when the texts differ in more than a few thousand
 * lines the middle becomes one hunk (still a correct diff, just not the
 * shortest), so time and memory stay bounded on any input.
 */
#ifndef FP_UTIL_DIFF_H
#define FP_UTIL_DIFF_H

#include <stdbool.h>
#include <stddef.h>

#include "util/buf.h"

/* Append to `out` the diff from a to b: "--- name_a", "+++ name_b", then
 * hunks with `context` unchanged lines around each change. Nothing is
 * appended when the texts are equal. A last line without its line end is
 * followed by "\ No newline at end of file". False when out of memory
 * (out->failed may be set too). */
bool fp_diff_unified(const char *a, size_t alen, const char *b, size_t blen, const char *name_a,
		     const char *name_b, unsigned context, fp_buf *out);

#endif
