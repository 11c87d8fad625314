/*
 * syntax/format.c - canonical whitespace between tokens (see format.h).
 */
#include "format.h"

#include <stdbool.h>

#include "util/lines.h"

static bool is_binary_kind(fp_token_kind k)
{
	return k >= FP_T_STAR && k <= FP_T_IMPLIES;
}

typedef struct fmt_state {
	fp_token_kind prev;     /* previous non-whitespace token (comments too) */
	fp_token_kind sig;      /* previous significant token, FP_T_EOF at start */
	bool prev_unary;        /* sig is a unary sign */
	bool prev_name;         /* sig is a name (incl. a soft keyword used as one) */
	bool prev_binary;       /* sig is a binary operator */
} fmt_state;

static bool is_comment(fp_token_kind k)
{
	return k == FP_T_LINE_COMMENT || k == FP_T_BLOCK_COMMENT;
}

/* The separator between the previous token and t on the same line. */
static const char *space_between(const fmt_state *s, fp_token_kind n)
{
	fp_token_kind p = s->prev;
	if (p == FP_T_EOF)
		return "";
	if (is_comment(p) || is_comment(n)) {
		/* no space just inside brackets: f(<comment> a) */
		if (p == FP_T_LPAREN || p == FP_T_LBRACKET || n == FP_T_RPAREN || n == FP_T_RBRACKET)
			return "";
		return " ";
	}
	if (s->prev_unary || p == FP_T_DOT || p == FP_T_PERCENT ||
	    p == FP_T_LPAREN || p == FP_T_LBRACKET)
		return "";
	switch (n) {
	case FP_T_DOT: case FP_T_RPAREN: case FP_T_RBRACKET: case FP_T_COMMA:
	case FP_T_SEMI: case FP_T_LBRACKET:
		return "";
	case FP_T_COLON:
		return "";
	case FP_T_LPAREN:
		return s->prev_name ? "" : " ";
	case FP_T_RBRACE:
		return p == FP_T_LBRACE || p == FP_T_COLON ? "" : " ";
	default:
		return " ";
	}
}

/* A token's text; comments lose trailing whitespace (on every line of a
 * block comment) and their CR LF / CR line ends become LF. */
static void emit_token(fp_buf *out, const char *text, const fp_token *t)
{
	if (!is_comment(t->kind)) {
		fp_buf_add(out, text + t->start, t->end - t->start);
		return;
	}
	size_t i = t->start, e = t->end;
	while (i < e) {
		size_t j = i;
		while (j < e && text[j] != '\r' && text[j] != '\n')
			j++;
		size_t k = j;
		while (k > i && (text[k - 1] == ' ' || text[k - 1] == '\t'))
			k--;
		fp_buf_add(out, text + i, k - i);
		if (j >= e)
			break;
		fp_buf_addc(out, '\n');
		i = j + (text[j] == '\r' && j + 1 < e && text[j + 1] == '\n' ? 2 : 1);
	}
}

static void indent(fp_buf *out, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fp_buf_addc(out, ' ');
}

void fp_format(const char *text, const fp_tokens *toks, const fp_fmt_range *ranges,
	       size_t nranges, fp_buf *out)
{
	fmt_state st = { FP_T_EOF, FP_T_EOF, false, false, false };
	size_t pending_nl = 0;
	size_t r = 0;           /* current or next range */
	int depth = 0;
	bool wrote = false;
	size_t start_len = out->len;
	for (size_t i = 0; i < toks->len; i++) {
		const fp_token *t = &toks->items[i];
		fp_token_kind k = t->kind;
		if (k == FP_T_EOF)
			break;
		if (k == FP_T_WS) {
			size_t n = fp_count_newlines(text + t->start, t->end - t->start);
			if (n > pending_nl)
				pending_nl = n > 2 ? 2 : n;
			continue;
		}
		while (r < nranges && ranges[r].last <= i)
			r++;
		bool in_range = r < nranges && ranges[r].first <= i;
		bool first_of_expr = in_range && ranges[r].first == i;
		if (first_of_expr)
			depth = 0;
		bool closer = k == FP_T_RPAREN || k == FP_T_RBRACKET || k == FP_T_RBRACE;
		if (closer && depth > 0)
			depth--;
		if (!wrote) {
			pending_nl = 0;
		} else if (pending_nl > 0) {
			for (size_t n = 0; n < pending_nl; n++)
				fp_buf_addc(out, '\n');
			if (in_range && !first_of_expr)
				indent(out, 2 * (size_t)(depth + 1));
		} else {
			fmt_state cur = st;
			if (first_of_expr && st.prev != FP_T_SEMI && st.prev != FP_T_LINE_COMMENT &&
			    st.prev != FP_T_BLOCK_COMMENT && st.prev != FP_T_EOF)
				cur.prev = FP_T_SEMI;   /* expressions on one line */
			fp_buf_adds(out, space_between(&cur, k));
		}
		pending_nl = 0;
		emit_token(out, text, t);
		wrote = true;
		if (k == FP_T_LPAREN || k == FP_T_LBRACKET || k == FP_T_LBRACE)
			depth++;
		if (is_comment(k)) {
			st.prev = k;
			continue;
		}
		if (first_of_expr) {
			st.sig = FP_T_EOF;
			st.prev_binary = false;
			st.prev_unary = false;
			st.prev_name = false;
		}
		/* Roles that tokens alone cannot tell. An operand may start
		 * here when nothing came before in this expression, or an
		 * operator or opening bracket did: a sign there is unary and a
		 * soft keyword (as, is, in, contains) is a name. After '.' a
		 * soft keyword is a name too. */
		fp_token_kind q = st.sig;
		bool operand_pos = q == FP_T_EOF || q == FP_T_SEMI || st.prev_binary || st.prev_unary ||
				   q == FP_T_LPAREN || q == FP_T_LBRACKET || q == FP_T_COMMA ||
				   q == FP_T_COLON || q == FP_T_LBRACE || q == FP_T_PERCENT;
		bool unary = (k == FP_T_PLUS || k == FP_T_MINUS) && operand_pos;
		bool name = k == FP_T_IDENT || k == FP_T_DELIMITED ||
			    (fp_token_is_soft_keyword(k) && (q == FP_T_DOT || operand_pos));
		st.prev = k;
		st.sig = k;
		st.prev_unary = unary;
		st.prev_name = name;
		st.prev_binary = !unary && !name && is_binary_kind(k);
	}
	if (out->len > start_len)
		fp_buf_addc(out, '\n');
}
