/*
 * syntax/dump.c - the tree dump used by the syntax case files and by the
 * formatter's round-trip check.
 */
#include "parse.h"

static const char *const kind_names[FP_N_COUNT_] = {
	"ERROR", "NULL", "BOOL", "STRING", "INTEGER", "DECIMAL", "LONG", "DATE",
	"DATETIME", "TIME", "QUANTITY", "UNIT", "IDENT", "CALL", "THIS", "INDEX",
	"TOTAL", "EXTERNAL", "INVOKE", "INDEXER", "UNARY", "BINARY", "TYPEOP",
	"TYPE", "PAREN", "SORTARG", "SELECTOR", "SELEM",
};

const char *fp_node_kind_name(fp_node_kind k)
{
	return k < FP_N_COUNT_ ? kind_names[k] : "?";
}

/* Strings are shown JSON-style so that control characters stay visible. */
static void quoted(fp_buf *b, const char *s, size_t n)
{
	fp_buf_addc(b, '"');
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '"' || c == '\\') {
			fp_buf_addc(b, '\\');
			fp_buf_addc(b, (char)c);
		} else if (c == '\n') {
			fp_buf_adds(b, "\\n");
		} else if (c == '\t') {
			fp_buf_adds(b, "\\t");
		} else if (c < 0x20 || c == 0x7f) {
			fp_buf_printf(b, "\\u%04x", c);
		} else {
			fp_buf_addc(b, (char)c);
		}
	}
	fp_buf_addc(b, '"');
}

static void dump(const fp_node *n, bool ranges, int depth, fp_buf *b)
{
	for (int i = 0; i < depth; i++)
		fp_buf_adds(b, "  ");
	fp_buf_adds(b, fp_node_kind_name((fp_node_kind)n->kind));
	if (ranges)
		fp_buf_printf(b, " %u..%u", n->start, n->end);
	switch (n->kind) {
	case FP_N_UNARY:
	case FP_N_BINARY:
	case FP_N_TYPEOP:
		fp_buf_printf(b, " %s", fp_token_name((fp_token_kind)n->op));
		break;
	case FP_N_SORTARG:
		if (n->op)
			fp_buf_adds(b, n->op == 1 ? " asc" : " desc");
		break;
	case FP_N_UNIT:
		if (n->op)
			fp_buf_adds(b, " calendar");
		break;
	default:
		break;
	}
	if (n->str) {
		fp_buf_addc(b, ' ');
		quoted(b, n->str, n->len);
	}
	fp_buf_addc(b, '\n');
	for (uint32_t i = 0; i < n->nkids; i++)
		dump(n->kids[i], ranges, depth + 1, b);
}

void fp_dump(const fp_node *n, bool ranges, fp_buf *b)
{
	if (n)
		dump(n, ranges, 0, b);
}
