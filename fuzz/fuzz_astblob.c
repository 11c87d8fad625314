/*
 * fuzz/fuzz_astblob.c - the store's AST blobs (store/astcode.h) and bare
 * zstd frames (store/zcodec.h), as read back from a cache file.
 *
 * Input: byte 0 flags, bytes 1-2 the text length L (little-endian), then
 * L bytes of text (fewer when the input ends first) and the blob. Flag bit 0: write the right checksum over the blob's last 4
 * bytes first, so mutations reach the structural checks instead of
 * stopping at the checksum. Bit 1: the blob is a bare zstd frame, to be
 * decompressed (at most 1 MiB) into the blob that is then decoded.
 *
 * Whatever the bytes, decoding must return an error or a tree, never
 * crash, leak or hang. A tree must keep every rule of the format (ranges
 * inside the text, names inside their node, heights that match the kids,
 * depth <= FP_MAX_DEPTH, NUL-terminated strings), encode back to exactly
 * the bytes it came from (the format is canonical), and that blob must
 * decode to the same tree, field for field. abort() otherwise.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/astcode.h"
#include "store/zcodec.h"
#include "util/alloc.h"

/* Every field of every node, one line each. */
static void dump(const fp_node *n, int depth, fp_buf *b)
{
	fp_buf_printf(b, "%d %u %u %u %u %u %u..%u %u..%u %u %u", depth, n->kind, n->op, n->height,
		      (unsigned)n->flags, (unsigned)n->id, n->start, n->end, n->name_start,
		      n->name_end, n->nkids, n->len);
	if (n->str) {
		fp_buf_addc(b, ' ');
		fp_buf_add(b, n->str, n->len);
	}
	fp_buf_addc(b, '\n');
	for (uint32_t i = 0; i < n->nkids; i++)
		dump(n->kids[i], depth + 1, b);
}

static void check_rules(const fp_node *n, size_t text_len, int depth)
{
	if (depth > FP_MAX_DEPTH || n->kind >= FP_N_COUNT_ || n->start > n->end ||
	    n->end > text_len)
		abort();
	if ((n->name_start || n->name_end) &&
	    (n->name_start < n->start || n->name_end < n->name_start || n->name_end > n->end))
		abort();
	if ((n->str && n->str[n->len]) || (!n->str && n->len) || (n->nkids == 0) != (n->kids == NULL))
		abort();
	unsigned h = 0;
	for (uint32_t i = 0; i < n->nkids; i++) {
		check_rules(n->kids[i], text_len, depth + 1);
		if (n->kids[i]->height > h)
			h = n->kids[i]->height;
	}
	if (n->height != h + 1)
		abort();
}

static void decode_and_check(uint8_t *blob, size_t n, const char *text, size_t text_len,
			     bool reseal)
{
	if (reseal && n >= 4) {
		uint32_t s = fp_ast_checksum(blob, n - 4);
		for (int i = 0; i < 4; i++)
			blob[n - 4 + i] = (uint8_t)(s >> (8 * i));
	}
	fp_arena a;
	fp_arena_init(&a);
	fp_node *root = NULL;
	const char *why = NULL;
	fp_ast_status st = fp_ast_decode(blob, n, text, text_len, &a, &root, &why);
	if (st != FP_AST_OK) {
		if (root || !why || (st != FP_AST_CORRUPT && st != FP_AST_VERSION && st != FP_AST_NOMEM))
			abort();
		fp_arena_release(&a);
		return;
	}
	check_rules(root, text_len, 1);
	fp_buf again, d1, d2;
	fp_buf_init(&again);
	fp_buf_init(&d1);
	fp_buf_init(&d2);
	if (fp_ast_encode(root, text, text_len, &again, NULL) != FP_AST_OK || again.len != n ||
	    memcmp(again.data, blob, n) != 0)
		abort();
	fp_node *back = NULL;
	if (fp_ast_decode(again.data, again.len, text, text_len, &a, &back, NULL) != FP_AST_OK)
		abort();
	dump(root, 0, &d1);
	dump(back, 0, &d2);
	if (d1.failed || d2.failed || d1.len != d2.len || memcmp(d1.data, d2.data, d1.len) != 0)
		abort();
	fp_buf_release(&again);
	fp_buf_release(&d1);
	fp_buf_release(&d2);
	fp_arena_release(&a);
}

int fuzz_astblob_one(const uint8_t *data, size_t size);
int fuzz_astblob_one(const uint8_t *data, size_t size)
{
	if (size < 3)
		return 0;
	unsigned flags = data[0];
	size_t text_len = (size_t)data[1] | (size_t)data[2] << 8;
	data += 3;
	size -= 3;
	if (text_len > size)
		text_len = size;
	/* a copy of its own, so reading past the text shows under ASan */
	char *text = fp_malloc(text_len ? text_len : 1);
	if (!text)
		abort();
	memcpy(text, data, text_len);
	data += text_len;
	size -= text_len;
	fp_buf blob;
	fp_buf_init(&blob);
	if (flags & 2) {
		fp_zcodec *z = fp_zcodec_new(FP_Z_LEVEL);
		if (!z)
			abort();
		fp_z_status st = fp_zcodec_decompress(z, data, size, NULL, 1 << 20, &blob);
		fp_zcodec_free(z);
		if (st != FP_Z_OK) {
			if (blob.len != 0)
				abort();
			fp_buf_release(&blob);
			fp_free(text);
			return 0;
		}
		if (blob.len > 1 << 20)
			abort();
	} else {
		fp_buf_add(&blob, data, size);
	}
	if (!blob.failed)
		decode_and_check((uint8_t *)(blob.data ? blob.data : ""), blob.len, text, text_len,
				 flags & 1);
	fp_buf_release(&blob);
	fp_free(text);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_astblob_one(data, size);
}
#endif
