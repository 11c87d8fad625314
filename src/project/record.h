/*
 * project/record.h - a checked file's findings as bytes, for the store.
 *
 * What a later run needs to report an unchanged file without parsing or
 * analysing it: the counts, the definitions it declares (its symbols:
 * profiles, extensions, value sets, code systems, search parameters,
 * questionnaire variables, with where each is declared), whether it
 * uses the workspace's definitions (and the hash of the set it was
 * judged with), its
 * findings (final severities) and, for each finding, the expression it
 * is in. Format (little-endian, integers as LEB128 varints, strings as
 * a varint length then the bytes, an "optional string" as length+1 with
 * 0 for none). Records of an older version are refused whole (the file
 * is checked again):
 *
 *   u8      version (RECORD_VERSION)
 *   varint  files, expressions, flags (1 defines what analysis checks
 *           against, 2 uses the workspace's definitions)
 *   u64     the definition set's hash (flags & 2), fixed 8 bytes
 *   varint  n, then n symbols           kind, optional url, optional name,
 *                                       optional detail, start, end - start
 *   varint  n, then n findings          code, severity, start, end - start, message,
 *                                       start's line and columns (bytes, UTF-16,
 *                                       characters), end's, window skip, cut,
 *                                       window (fp_place), then its related
 *                                       place: optional message, and when
 *                                       there is one start, end - start, and
 *                                       their lines and columns as above
 *   varint  n, then n expressions       start, end - start, order, text,
 *                                       optional context, optional origin
 *   varint  n, then n strings           the elements read ("HumanName.given")
 *   varint  n, then n uses              element (its index), start,
 *                                       end - start, order
 *   u32     XXH64 of everything before, low half
 *
 * A record that does not decode exactly (short, long, bad check value,
 * a range past the file) is refused whole, never half used.
 */
#ifndef FP_PROJECT_RECORD_H
#define FP_PROJECT_RECORD_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "project/driver.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

typedef struct fp_record {
	size_t files, expressions;
	bool defines_ext, uses_ext;
	uint64_t ext_hash;              /* with uses_ext */
	fp_symbol *syms;                /* the definitions it declares */
	size_t nsyms;
	fp_diag *diags;
	fp_place *places;               /* where each finding is (parallel to diags) */
	size_t ndiags;
	fp_expr_info *info;             /* the expressions the findings are in, sorted */
	size_t ninfo;
	fp_elem_use *uses;              /* the elements read, sorted by start */
	size_t nuses;
} fp_record;

/* Encode checked file c (its findings and symbols final). False when
 * out of memory. */
bool fp_record_encode(const fp_checked *c, bool uses_ext, uint64_t ext_hash, fp_buf *out);

/* Decode into arena; every offset must lie within [0, size]. False when
 * the bytes are not a whole record (or out of memory). */
bool fp_record_decode(const void *p, size_t n, uint64_t size, fp_arena *arena, fp_record *out);

#endif
