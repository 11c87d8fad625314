/*
 * json/read.h - strict RFC 8259 JSON reader that remembers where every
 * value came from.
 *
 * Layer invariant (json/): knows nothing about FHIR, FHIRPath or LSP; it
 * reads and writes JSON text and depends only on util/. Everything above
 * that needs JSON (sources/, lsp/, eval/ for resources) goes through here.
 *
 * The reader builds a tree in a caller-supplied arena. Every value keeps its
 * byte range [start, end) in the original text, so diagnostics about a value
 * (or about a character inside a string, see fp_json_string_source_offset)
 * point back into the file the user wrote. Offsets are uint32_t: inputs are
 * capped at 4 GiB - 1 bytes whatever the limits say.
 *
 * Strictness: exactly RFC 8259. No comments, no trailing commas, no NaN, no
 * single quotes, no leading '+' or zeros. Input must be valid UTF-8
 * (RFC 3629) everywhere, and \u escapes must not produce lone surrogates.
 * One leading UTF-8 byte order mark is skipped; offsets still count it.
 * Of several members with one key only the last is kept, as JSON.parse
 * and Jackson do (fp_json_parse_dups says which were dropped).
 *
 * Errors are values: fp_json_parse returns false and fills an fp_json_error
 * with the byte offset of the problem and a lowercase message without a
 * full stop ("expected ',' or '}' after object member"). The reader is
 * iterative, so hostile nesting costs no C stack; it runs in linear time.
 */
#ifndef FP_JSON_READ_H
#define FP_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"

typedef enum fp_json_kind {
	FP_JSON_NULL,
	FP_JSON_FALSE,
	FP_JSON_TRUE,
	FP_JSON_NUMBER,
	FP_JSON_STRING,
	FP_JSON_ARRAY,
	FP_JSON_OBJECT,
} fp_json_kind;

typedef struct fp_json fp_json;

/* One "key": value pair. The key is decoded like a string value; its range
 * [key_start, key_end) includes the quotes. */
typedef struct fp_json_member {
	const char *key;        /* decoded UTF-8, NUL-terminated (may hold NUL) */
	size_t key_len;
	uint32_t key_start, key_end;
	fp_json *value;
} fp_json_member;

struct fp_json {
	fp_json_kind kind;
	uint32_t start, end;    /* byte range in the source; strings include quotes */
	union {
		/* FP_JSON_STRING: decoded UTF-8 in the arena, NUL-terminated;
		 * may contain NUL bytes (from \u0000), so use len. */
		struct { const char *s; size_t len; } str;
		/* FP_JSON_NUMBER: the source text, copied to the arena and
		 * NUL-terminated (e.g. "-1.5e3"); convert with fp_json_i64 or
		 * fp_json_double. */
		struct { const char *text; size_t len; } num;
		/* FP_JSON_ARRAY: items in source order (items is NULL when empty). */
		struct { fp_json **items; size_t len; } arr;
		/* FP_JSON_OBJECT: members in source order, each key once: the
		 * last of duplicates (items is NULL when empty). */
		struct { fp_json_member *items; size_t len; } obj;
	} u;
};

/* Limits on hostile input. A zero field means its default. */
typedef struct fp_json_limits {
	size_t max_depth;       /* nested arrays/objects; default 512 */
	size_t max_size;        /* input bytes; default 256 MiB, never above 4 GiB - 1 */
} fp_json_limits;

#define FP_JSON_DEFAULT_MAX_DEPTH 512
#define FP_JSON_DEFAULT_MAX_SIZE ((size_t)256 << 20)

typedef struct fp_json_error {
	size_t offset;          /* byte offset into the text passed in */
	char message[160];      /* lowercase, no full stop */
} fp_json_error;

/*
 * Parse text[0..len) as one JSON value (surrounded by optional whitespace).
 * The text need not be NUL-terminated and is not referenced by the tree
 * afterwards: strings, keys and number texts are copied into the arena.
 *
 * On success returns true and sets *out to the root value; all nodes live
 * in `arena` until the caller releases it. On failure returns false, sets
 * *out to NULL and, when err is not NULL, fills it. Whatever was allocated
 * from the arena before the failure stays there until the arena is
 * released. Temporary memory (the open-container stacks) is fp_malloc'd and
 * always freed before returning. Allocation failure gives "out of memory".
 *
 * lim may be NULL for the defaults.
 */
bool fp_json_parse(const char *text, size_t len, fp_arena *arena,
		   const fp_json_limits *lim, fp_json **out, fp_json_error *err);

/* A key written more than once in one object: this occurrence
 * [start, end) (quotes included) came after the first one
 * [first_start, first_end); only the last occurrence is kept. */
typedef struct fp_json_dup {
	const char *key;        /* decoded, as in fp_json_member */
	size_t key_len;
	uint32_t first_start, first_end;
	uint32_t start, end;
} fp_json_dup;

typedef struct fp_json_dups {
	fp_json_dup *items;     /* in the arena; at most the first 1000 */
	size_t len;
	size_t total;           /* all of them */
} fp_json_dups;

/* fp_json_parse, also recording the duplicate keys it dropped into *dups
 * (zeroed first), objects in the order they close. */
bool fp_json_parse_dups(const char *text, size_t len, fp_arena *arena, const fp_json_limits *lim,
			fp_json **out, fp_json_error *err, fp_json_dups *dups);

/* The 1-based line of each duplicate's first occurrence in text (the
 * text parsed): lines[k] for dups->items[k], in one pass over the text.
 * False when out of memory. */
bool fp_json_dup_lines(const char *text, const fp_json_dups *dups, size_t *lines);

/* One diagnostic (code, at the later key) per recorded duplicate:
 * "duplicate key 'k' (first at line N): only the last one counts", and
 * one more saying how many were not recorded. False when out of
 * memory. */
struct fp_diags;
bool fp_json_dup_diags(const char *text, const fp_json_dups *dups, int code, struct fp_diags *diags);

/* First member of object `obj` whose key equals the C string `key`, or NULL
 * (also when obj is NULL or not an object). Linear in the member count. */
const fp_json *fp_json_get(const fp_json *obj, const char *key);

/* Same with a key of n bytes, which may contain NUL. */
const fp_json *fp_json_getn(const fp_json *obj, const char *key, size_t n);

/* The decoded text of obj[key] when that is a string, else NULL (also
 * for a NULL obj). */
const char *fp_json_get_str(const fp_json *obj, const char *key);

/* Item i of the list obj[key], or NULL past its end: the items of an
 * array, or a lone object as item 0 (the FHIR XML reader, which cannot
 * know that an element repeats, gives a single one as an object). */
const fp_json *fp_json_nth(const fp_json *obj, const char *key, size_t i);

/* Structural equality of two trees: kinds, decoded strings, number texts,
 * keys and order; with `ranges`, every source range too. Recursive, so
 * only for trees within the default depth limit (tests, fuzz oracles). */
bool fp_json_equal(const fp_json *a, const fp_json *b, bool ranges);

/* "null", "boolean", "number", "string", "array" or "object" (for messages). */
const char *fp_json_kind_name(fp_json_kind kind);

/*
 * The integer value of a number written without fraction or exponent
 * ("-12", not "1.0" or "1e2"). False when num is not such a number or it
 * does not fit in int64_t; *out is untouched then.
 */
bool fp_json_i64(const fp_json *num, int64_t *out);

/*
 * The nearest double to a number (strtod in the "C" locale, which is the
 * only one this program runs in). False when num is not a number or its
 * magnitude overflows to infinity; underflow gives 0 or a subnormal.
 */
bool fp_json_double(const fp_json *num, double *out);

/*
 * Map a byte offset in a string's decoded value back to the source: `text`
 * is the text that was parsed, `str` one of its FP_JSON_STRING values and
 * decoded_offset an offset in [0, str->u.str.len]. The raw string is walked
 * from its opening quote through escapes (\" \\ \/ \b \f \n \r \t \uXXXX,
 * where a \uXXXX\uXXXX surrogate pair decodes to 4 UTF-8 bytes and e.g.
 * \u00e9 to 2). An offset that falls inside the decoded bytes of an escape
 * maps to the escape's backslash; decoded_offset >= len maps to the closing
 * quote. Computed on demand, no memory: O(length of the string).
 */
size_t fp_json_string_source_offset(const char *text, const fp_json *str,
				    size_t decoded_offset);

/*
 * The same for every offset at once: map[k] = fp_json_string_source_offset
 * (text, str, k) for k in [0, str->u.str.len], in one walk. The caller
 * provides str->u.str.len + 1 entries.
 */
void fp_json_string_source_map(const char *text, const fp_json *str, size_t *map);

/* The same for a member's key. */
size_t fp_json_key_source_offset(const char *text, const fp_json_member *m,
				 size_t decoded_offset);

#endif
