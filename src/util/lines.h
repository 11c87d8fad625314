/*
 * util/lines.h - line table: byte offset <-> (line, column) for a text.
 *
 * Internally everything is a byte offset; this table converts at the edges.
 * Lines end at "\n", "\r\n" or a lone "\r". Columns come in three units:
 * bytes (UTF-8, LSP "utf-8"), UTF-16 code units (LSP default) and code
 * points (the CLI's "column in characters"). Lines and columns are 0-based
 * here; the CLI adds 1. Invalid UTF-8 bytes count as one unit each.
 */
#ifndef FP_UTIL_LINES_H
#define FP_UTIL_LINES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum fp_colunit {
	FP_COL_BYTES,
	FP_COL_UTF16,
	FP_COL_CHARS,
} fp_colunit;

typedef struct fp_lines {
	const char *text;       /* not owned */
	size_t len;
	uint32_t *starts;       /* byte offset of each line start */
	size_t count;           /* number of lines (>= 1) */
	/* the last two positions fp_lines_pos gave (memo true): asked in
	 * order along one long line, positions cost the distance between
	 * them, not the distance from the line's start (5,000 findings on
	 * one minified 600 KB line), and so do ranges written twice (an LSP
	 * symbol's range, then its selectionRange: start, end, start, end).
	 * So one table is not for two threads at once. */
	bool memo;
	struct fp_lines_memo {
		int unit;       /* -1: empty */
		size_t line, off, col;
	} memos[2];
	unsigned memo_next;
} fp_lines;

/* Build the table for text[0..len); false when out of memory. The text must
 * outlive the table. */
bool fp_lines_init(fp_lines *lt, const char *text, size_t len);
void fp_lines_release(fp_lines *lt);

/* Line index containing byte offset off (clamped to the text). */
size_t fp_lines_line(const fp_lines *lt, size_t off);

/* Offset -> line and column in the given unit. */
void fp_lines_pos(const fp_lines *lt, size_t off, fp_colunit unit,
		  size_t *line, size_t *col);

/* Line and column in the given unit -> byte offset. A column past the end
 * of the line clamps to the line end; a line past the end gives len. */
size_t fp_lines_offset(const fp_lines *lt, size_t line, size_t col, fp_colunit unit);

/* Number of line breaks ("\n", "\r\n" or a lone "\r") in s[0..n). */
size_t fp_count_newlines(const char *s, size_t n);

/* Byte range [start, end) of line i without its terminator. */
void fp_lines_span(const fp_lines *lt, size_t line, size_t *start, size_t *end);

#endif
