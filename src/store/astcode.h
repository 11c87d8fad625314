/*
 * store/astcode.h - the compact binary encoding of a FHIRPath syntax tree
 * that the store keeps for each expression text (the "AST blob").
 *
 * Layer invariant (store/): this module includes no sqlite or zstd; it
 * turns an fp_node tree into bytes and back. The store compresses the
 * bytes (store/zcodec.h) and keys them by a hash of the expression text.
 * A blob comes back from a file another process (or a crash, or a disk)
 * may have written, so the decoder trusts nothing: every rule below is
 * checked, and a blob that breaks one is refused as a whole. The caller
 * treats a refused blob as missing and parses the text again.
 *
 * The blob is decoded against the text it was made from (the store has
 * it: blobs are keyed by its hash). Ranges are checked against it, and
 * strings that are a slice of it, as most names and literals are, are
 * not written but copied from it: that halves the blob.
 *
 * ---- Format, version 1 -------------------------------------------------
 *
 *   blob   = version count rootid node{count} checksum
 *   version: one byte, FP_AST_FORMAT (1). Another value: FP_AST_VERSION.
 *   count:   varint, the number of nodes, >= 1.
 *   rootid:  varint, the root's id (<= FP_NODE_NOID).
 *   checksum: 4 bytes, little-endian: FNV-1a (32-bit: offset basis
 *            2166136261, prime 16777619) of every byte before it,
 *            version included. FNV-1a changes its result for any change
 *            of one byte, so every single-byte corruption is refused.
 *
 * varint: unsigned LEB128 (7 bits a byte, low bits first, high bit set
 * on every byte but the last), in the fewest bytes (no last byte 0x00
 * after the first), at most 10 bytes, and the value must fit its field.
 * zz(x) is the zigzag form of a signed x: 2x for x >= 0, -2x-1 below.
 *
 * Order. Nodes are written in mirrored pre-order: a node, then the
 * subtrees of its kids from the LAST kid to the first. The parser numbers
 * nodes (fp_node.id) as it finishes them, kids before parents and left
 * before right, so in this order each node's id is one below the one
 * before it and ids cost nothing (gaps, left by recovery, are written).
 *
 * Node:
 *   head   one byte: bits 0-4 kind (< FP_N_COUNT_), bits 5-6 name mode,
 *          bit 7 EXT.
 *   ext    when EXT: one nonzero byte, bit 0 KIDS, bit 1 ID, bit 2 OP,
 *          bit 3 FLAGS, bit 4 STR, bits 5-6 the string mode; bit 7 zero.
 *   nkids  varint, when the kind has no fixed arity (ERROR, CALL,
 *          SELECTOR), or when KIDS (then it differs from the kind's
 *          arity: 2 for INVOKE, INDEXER, BINARY, TYPEOP; 1 for
 *          QUANTITY, UNARY, PAREN, SORTARG, SELEM; 0 for the rest).
 *          Without either, nkids is the arity.
 *   idgap  varint >= 1, when ID (see ids below).
 *   op     one byte, for UNARY, BINARY and TYPEOP always; for other
 *          kinds when OP (then nonzero); else op is 0.
 *   flags  one byte when FLAGS (then nonzero); else flags are 0.
 *   end    varint zz(ref - end), where ref is text_len for the root, the
 *          parent's end for a node's last kid, and for every other kid
 *          the start of the kid after it (the sibling written before).
 *   length varint end - start.
 *   name   by the name mode: 0: name_start = name_end = 0 (no name);
 *          1: the name range is the node's range; 2: name_start = start
 *          and a varint name length follows; 3: varints name_start -
 *          start (>= 1) and name length follow. The name range lies
 *          inside the node's range.
 *   str    when the kind has a string (BOOL, STRING, INTEGER, DECIMAL,
 *          LONG, DATE, DATETIME, TIME, QUANTITY, UNIT, IDENT, CALL,
 *          EXTERNAL, TYPE, SELECTOR, SELEM) and not STR, or when the
 *          kind has none and STR, the node has a string, taken by the
 *          string mode (ext bits 5-6; 0 without ext) from the node's
 *          slice of the text (its name range when it has a name, else
 *          its range):
 *            0  the slice less the kind's fixed affixes: one byte at each
 *               end for STRING (the quotes), the last for LONG ('L'), the
 *               first for DATE and DATETIME ('@'), the first two for TIME
 *               ('@T'), none for the rest;
 *            1  the slice less one byte at each end ('mg', `name`);
 *            2  varint len: the slice's first len bytes (QUANTITY's
 *               number);
 *            3  varint len, then len bytes (any bytes, NUL included):
 *               the string itself (escapes decoded, say).
 *          The mode is the lowest that gives the string. A node without
 *          a string has str NULL and len 0, and string mode 0.
 *   Its kids follow.
 *
 * Ids. The root's id is rootid (ID is never set on the root); any other
 * node's expected id is one below the id of the node written just before
 * it, or FP_NODE_NOID when that one was FP_NODE_NOID. Without ID a node
 * has its expected id; with ID expected - idgap (>= 0). So ids are at most
 * FP_NODE_NOID and never repeat in a tree (FP_NODE_NOID aside).
 *
 * Height is not written: it is 1 for a leaf, else one more than the
 * highest kid, and at most FP_MAX_DEPTH.
 *
 * Canonical form. Every tree has exactly one blob: the writer takes the
 * lowest name mode that fits and sets a bit of ext only when needed, and
 * the reader refuses anything else (an ext byte of 0, an explicit nkids
 * equal to the arity, an op or flags byte of 0 written, a longer varint
 * than needed, name mode 3 with offset 0, a string written out that is
 * a slice of the text, ...). So re-encoding a decoded
 * blob gives the same bytes, which the fuzz target checks.
 *
 * What the reader checks besides: the version byte, then the checksum;
 * every read inside the blob; count <= a third of the bytes between the
 * header and the checksum (a node takes 3 bytes at least), nkids <= the
 * nodes not yet read, exactly count nodes and no byte left over; depth
 * <= FP_MAX_DEPTH (the walk is iterative, with a stack of at most
 * FP_MAX_DEPTH frames on the heap); start <= end <= text_len and the
 * name inside the node; the strings taken from the text (modes 0-2) add
 * up to at most twice its length (the parser's to its length at most:
 * each comes from tokens of its own), which bounds what a blob can make
 * the decoder allocate. A kid's range is NOT required to lie inside its
 * parent's: the parser's recovery makes such trees (in '(a > ]b', the
 * PAREN ends before its BINARY, which takes in the empty ERROR after
 * ']'), and the blob keeps what the parser made.
 *
 * kind and op are this build's fp_node_kind and fp_token_kind values, so
 * a blob is only meaningful to the binary that wrote it (or one with the
 * same enums): the store keys blobs by the tool version as well, and any
 * change to the format bumps FP_AST_FORMAT.
 */
#ifndef FP_STORE_ASTCODE_H
#define FP_STORE_ASTCODE_H

#include <stddef.h>
#include <stdint.h>

#include "syntax/ast.h"
#include "util/arena.h"
#include "util/buf.h"

/* The format version this binary writes and reads (the blob's first byte). */
#define FP_AST_FORMAT 1

typedef enum fp_ast_status {
	FP_AST_OK = 0,
	FP_AST_NOMEM,           /* an allocation failed */
	FP_AST_CORRUPT,         /* the blob breaks a rule of the format */
	FP_AST_VERSION,         /* the blob is of another format version */
	FP_AST_UNSUPPORTED,     /* encode: the tree breaks a rule (not a parser's tree) */
} fp_ast_status;

/* The format's checksum (FNV-1a, 32 bits) of p[0..n): a blob ends with
 * that of all its other bytes. For tools that assemble blobs by hand
 * (tests, the fuzz target). */
uint32_t fp_ast_checksum(const void *p, size_t n);

/* "ok", "out of memory", "corrupt", "unknown version", "unsupported tree". */
const char *fp_ast_status_name(fp_ast_status st);

/*
 * Append the blob of the tree `root` to out. text[0..text_len) is the
 * text the tree's ranges refer to (text may be NULL when text_len is 0);
 * the decoder must be given the same text. Trees the parser makes always encode; a tree that breaks a rule
 * of the format (a range past text_len, a height that does not match its
 * kids, ids out of order, too deep, ...) gives FP_AST_UNSUPPORTED, and
 * when `why` is not NULL *why is a static message naming the rule. On
 * any failure out->len is as it was (and on FP_AST_NOMEM out->failed is
 * set). Iterative: a temporary stack of at most FP_MAX_DEPTH frames is
 * fp_malloc'd and freed before returning.
 */
fp_ast_status fp_ast_encode(const fp_node *root, const char *text, size_t text_len, fp_buf *out,
			    const char **why);

/*
 * Decode blob[0..n) into a tree in `arena` whose ranges refer to
 * text[0..text_len) (NULL when text_len is 0), the text it was encoded
 * with; strings are copied from it into the arena, so the text may go
 * away afterwards. Another text of the same length gives other strings
 * (or a refusal), so the caller keys blobs by the text's hash. On success returns FP_AST_OK and sets *root. On
 * failure sets *root to NULL and returns FP_AST_CORRUPT, FP_AST_VERSION
 * or FP_AST_NOMEM, with *why (when why is not NULL) a static message
 * ("checksum mismatch", "range past the text"...). Nothing decoded
 * before a failure is reachable from anything the caller holds; its
 * bytes stay in the arena until the arena is released (arenas cannot
 * give memory back): at most about 20 bytes per blob byte plus twice
 * text_len. The temporary
 * stack is fp_malloc'd and freed before returning.
 *
 * The tree is made like the parser's, with all nodes in one array and
 * all kid pointers in another: every fp_node field is what was encoded,
 * kids is NULL for a leaf and each str is NUL-terminated.
 */
fp_ast_status fp_ast_decode(const void *blob, size_t n, const char *text, size_t text_len,
			    fp_arena *arena, fp_node **root, const char **why);

#endif
