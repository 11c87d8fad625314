/*
 * fuzz/fuzz_parse.c - lexer + parser + .fhirpath splitting + formatter.
 *
 * The first byte picks a mode: even = the input as one expression, odd =
 * the input as a .fhirpath file. Whatever the bytes, parsing must return a
 * tree (or NULL only when out of memory) with ranges inside the text; when
 * a single expression parses cleanly, its formatted text must parse to the
 * same tree and format to itself (abort() otherwise, so libFuzzer reports).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "project/pipeline.h"
#include "sources/fpfile.h"
#include "syntax/format.h"
#include "syntax/parse.h"
#include "util/alloc.h"

static void check_ranges(const fp_node *n, size_t len, int depth)
{
	if (!n)
		return;
	if (n->start > n->end || n->end > len || depth > FP_MAX_DEPTH + 1)
		abort();
	for (uint32_t i = 0; i < n->nkids; i++)
		check_ranges(n->kids[i], len, depth + 1);
}

static void dump_of(const char *t, size_t n, fp_buf *out, size_t *ndiag)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node *x = fp_parse_text(t, n, &a, &d);
	check_ranges(x, n, 0);
	fp_dump(x, false, out);
	*ndiag = d.len;
	fp_diags_release(&d);
	fp_arena_release(&a);
}

int fuzz_parse_one(const uint8_t *data, size_t size);
int fuzz_parse_one(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	int mode = data[0] & 1;
	const char *text = (const char *)data + 1;
	size_t len = size - 1;
	if (mode == 1) {
		fp_arena a;
		fp_arena_init(&a);
		fp_diags d;
		fp_diags_init(&d, &a);
		fp_fpfile f;
		if (fp_fpfile_parse(text, len, &a, &d, &f)) {
			for (size_t i = 0; i < f.nexprs; i++)
				check_ranges(f.exprs[i].ast, len, 0);
			for (size_t i = 0; i < d.len; i++) {
				if (d.items[i].start > d.items[i].end || d.items[i].end > len)
					abort();
			}
		}
		fp_diags_release(&d);
		fp_arena_release(&a);
		return 0;
	}
	fp_buf before;
	fp_buf_init(&before);
	size_t nd = 0;
	dump_of(text, len, &before, &nd);
	if (nd == 0 && !before.failed) {
		fp_arena a;
		fp_arena_init(&a);
		fp_tokens toks;
		fp_buf once, after, twice;
		fp_buf_init(&once);
		fp_buf_init(&after);
		fp_buf_init(&twice);
		if (fp_lex_all(text, len, &a, NULL, &toks)) {
			fp_fmt_range r = { 0, toks.len };
			fp_format(text, &toks, &r, 1, &once);
			size_t ol = once.len;
			while (ol > 0 && once.data[ol - 1] == '\n')
				ol--;
			size_t nd2 = 0;
			dump_of(once.data ? once.data : "", ol, &after, &nd2);
			if (nd2 != 0 || strcmp(before.data ? before.data : "", after.data ? after.data : "") != 0)
				abort();
			fp_arena b;
			fp_arena_init(&b);
			fp_tokens t2;
			if (fp_lex_all(once.data ? once.data : "", ol, &b, NULL, &t2)) {
				fp_fmt_range r2 = { 0, t2.len };
				fp_format(once.data ? once.data : "", &t2, &r2, 1, &twice);
				if (strcmp(once.data ? once.data : "", twice.data ? twice.data : "") != 0)
					abort();
			}
			fp_arena_release(&b);
		}
		fp_buf_release(&once);
		fp_buf_release(&after);
		fp_buf_release(&twice);
		fp_arena_release(&a);
	}
	fp_buf_release(&before);
	return 0;
}

#ifdef FP_LIBFUZZER
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_parse_one(data, size);
}
#endif
