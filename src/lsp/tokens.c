/*
 * lsp/tokens.c - textDocument/semanticTokens: the class of every token,
 * in the relative encoding of LSP.
 */
#include "internal.h"

#include <string.h>

/* ORDER SEMANTIC: the legend and the numbers below */
enum { ST_KEYWORD, ST_OPERATOR, ST_STRING, ST_NUMBER, ST_COMMENT, ST_FUNCTION,
       ST_VARIABLE, ST_PROPERTY, ST_TYPE, ST_MACRO };

void lsp_write_semantic_legend(fp_jw *w)
{
	static const char *const types[] = { "keyword", "operator", "string", "number", "comment",
					     "function", "variable", "property", "type", "macro" };
	fp_jw_obj_begin(w);
	fp_jw_key(w, "tokenTypes");
	fp_jw_arr_begin(w);
	for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
		fp_jw_str(w, types[i]);
	fp_jw_arr_end(w);
	fp_jw_key(w, "tokenModifiers");
	fp_jw_arr_begin(w);
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
}

static int token_class(const fp_tokens *toks, size_t i, const char *text)
{
	fp_token_kind k = toks->items[i].kind;
	switch (k) {
	case FP_T_LINE_COMMENT:
	case FP_T_BLOCK_COMMENT: {
		const char *p = text + toks->items[i].start + 2;
		while (*p == ' ')
			p++;
		return *p == '@' && k == FP_T_LINE_COMMENT ? ST_MACRO : ST_COMMENT;
	}
	case FP_T_STRING: return ST_STRING;
	case FP_T_INTEGER: case FP_T_DECIMAL: case FP_T_LONG: case FP_T_DATE:
	case FP_T_DATETIME: case FP_T_TIME: return ST_NUMBER;
	case FP_T_THIS: case FP_T_INDEX: case FP_T_TOTAL: return ST_VARIABLE;
	case FP_T_TRUE: case FP_T_FALSE: return ST_KEYWORD;
	case FP_T_IDENT: case FP_T_DELIMITED: {
		/* a name followed by '(' is a function; after '%' a variable;
		 * capitalised at a path start a type */
		size_t j = i + 1;
		while (j < toks->len && fp_token_is_trivia(toks->items[j].kind))
			j++;
		if (j < toks->len && toks->items[j].kind == FP_T_LPAREN)
			return ST_FUNCTION;
		size_t p = i;
		while (p > 0 && fp_token_is_trivia(toks->items[p - 1].kind))
			p--;
		if (p > 0 && toks->items[p - 1].kind == FP_T_PERCENT)
			return ST_VARIABLE;
		char c = text[toks->items[i].start];
		bool after_dot = p > 0 && toks->items[p - 1].kind == FP_T_DOT;
		return !after_dot && c >= 'A' && c <= 'Z' ? ST_TYPE : ST_PROPERTY;
	}
	default:
		if (k >= FP_T_STAR && k <= FP_T_NEQUIV)
			return ST_OPERATOR;
		if (k >= FP_T_DIV && k <= FP_T_IMPLIES)
			return ST_KEYWORD;
		return -1;
	}
}

bool lsp_semantic_tokens(lsp_req *r)
{
	lsp_server *s = r->s;
	lsp_doc *d = lsp_req_doc(r);
	if (!d)
		return false;
	fp_jw *w = &s->w;
	fp_jw_obj_begin(w);
	fp_jw_key(w, "data");
	fp_jw_arr_begin(w);
	if (!d->is_json) {
		const fp_tokens *toks = &d->file.toks;
		size_t pline = 0, pcol = 0;
		fp_colunit unit = s->utf8 ? FP_COL_BYTES : FP_COL_UTF16;
		for (size_t i = 0; i < toks->len; i++) {
			int cls = token_class(toks, i, d->text);
			if (cls < 0)
				continue;
			size_t start = toks->items[i].start, end = toks->items[i].end;
			size_t line, col, eline, ecol;
			fp_lines_pos(&d->lines, start, unit, &line, &col);
			fp_lines_pos(&d->lines, end, unit, &eline, &ecol);
			if (eline != line) {
				/* a multi-line comment: its first line only */
				size_t ls, le;
				fp_lines_span(&d->lines, line, &ls, &le);
				fp_lines_pos(&d->lines, le, unit, &eline, &ecol);
			}
			size_t length = ecol > col ? ecol - col : 0;
			if (!length)
				continue;
			fp_jw_uint(w, line - pline);
			fp_jw_uint(w, line == pline ? col - pcol : col);
			fp_jw_uint(w, length);
			fp_jw_int(w, cls);
			fp_jw_int(w, 0);
			pline = line;
			pcol = col;
		}
	}
	fp_jw_arr_end(w);
	fp_jw_obj_end(w);
	return true;
}
