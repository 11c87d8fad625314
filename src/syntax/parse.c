/*
 * syntax/parse.c - recursive descent over fp_lex tokens, with recovery.
 *
 * Binary operators use one binding-power table (binop_power) and one loop
 * (parse_binary), so FHIRPath's twelve precedence levels are data. Every
 * grammar rule below carries its rule from fhirpath.g4 in a comment.
 *
 * Recovery. Errors never stop the parse. After a diagnostic the parser is
 * "recovering": further diagnostics are suppressed until it consumes a
 * token normally, which keeps one typo from producing a cascade while a
 * second, independent mistake later on is still reported. Missing closers
 * skip ahead to the matching closer at the same nesting level when there is
 * one ('(a b)' is one error, not two, at 'b'), and stop at a closer that
 * belongs to an outer bracket; a bracket nothing closes is reported on its
 * opener, with where the expression ended as related information. Text
 * left over after a complete expression is reported and then parsed as
 * further expressions, so mistakes in it surface. After a lexical break
 * (a bad character, quotes out of step, leftover text) follow-on errors
 * are capped until a top-level boundary: see "Follow-on errors" below.
 *
 * Bounds. Recursion depth and tree height are both capped at FP_MAX_DEPTH;
 * past it the parser reports FP0017 once, skips to the end and returns a
 * single ERROR leaf, so no later stage ever walks a deep tree. Every token
 * is consumed at most once and lookahead (instance selectors) scans each
 * token a bounded number of times: linear time on any input.
 */
#include "parse.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "util/alloc.h"
#include "util/lines.h"

typedef struct parser {
	const char *text;
	size_t len;
	const fp_token *toks;
	size_t pos;             /* current significant token (or last) */
	size_t last;
	size_t range_start;     /* byte offset where the expression starts */
	uint32_t prev_end;      /* end of the last consumed significant token */
	fp_arena *arena;
	fp_diags *diags;
	int depth;
	int nerrors;
	bool recovering;
	bool fatal;
	bool oom;
	bool have_lines;
	bool unterminated;      /* an unterminated string/comment/name was seen */
	bool quotes_broken;     /* the expression has an unterminated string or
				 * name: its quotes are out of step */
	int follow;             /* syntax errors still reported after a lexical
				 * break (FP_FOLLOW_ON), or -1: no break */
	int nest;               /* brackets open around the current token */
	size_t nillegal;        /* ILLEGAL tokens skipped so far */
	int pending_close;      /* brackets reported unclosed before a ',' */
	fp_lines lines;
	fp_node dummy;          /* returned when out of memory */
	uint32_t nnodes;        /* nodes made: the next fp_node.id */
} parser;

/* ---- tokens ---------------------------------------------------------- */

static void lexical_break(parser *p);

/* Skip trivia and ILLEGAL tokens (the lexer reported those already). */
static void skip_trivia(parser *p)
{
	while (p->pos < p->last) {
		fp_token_kind k = p->toks[p->pos].kind;
		if (!fp_token_is_trivia(k) && k != FP_T_ILLEGAL)
			break;
		if (k == FP_T_ILLEGAL) {
			p->recovering = true;   /* the lexer reported it */
			p->nillegal++;
			lexical_break(p);
		}
		p->pos++;
	}
}

static fp_token peek(parser *p)
{
	if (p->pos < p->last && p->toks[p->pos].kind != FP_T_EOF)
		return p->toks[p->pos];
	fp_token t = { p->prev_end, p->prev_end, FP_T_EOF, 0 };
	return t;
}

static fp_token_kind peek_kind(parser *p)
{
	return (fp_token_kind)peek(p).kind;
}

/* Kind of the significant token after the current one. */
static fp_token_kind peek2_kind(parser *p)
{
	size_t i = p->pos + 1;
	while (i < p->last && (fp_token_is_trivia(p->toks[i].kind) || p->toks[i].kind == FP_T_ILLEGAL))
		i++;
	return i < p->last ? (fp_token_kind)p->toks[i].kind : FP_T_EOF;
}

/* Consume the current token without ending recovery (used when skipping). */
static fp_token skip_one(parser *p)
{
	fp_token t = peek(p);
	if (p->pos < p->last && t.kind != FP_T_EOF) {
		if (t.err == FP_D_UNTERMINATED_STRING || t.err == FP_D_UNTERMINATED_IDENTIFIER)
			p->unterminated = true;
		p->prev_end = t.end;
		p->pos++;
		skip_trivia(p);
	}
	return t;
}

/* Consume the current token normally: the parse is back on track. */
static fp_token advance(parser *p)
{
	p->recovering = false;
	return skip_one(p);
}

static bool is_name_token(fp_token_kind k)
{
	return k == FP_T_IDENT || k == FP_T_DELIMITED || fp_token_is_soft_keyword(k);
}

static bool tok_is(parser *p, fp_token t, const char *word)
{
	size_t n = strlen(word);
	return t.kind == FP_T_IDENT && t.end - t.start == n &&
	       memcmp(p->text + t.start, word, n) == 0;
}

/* ---- diagnostics ----------------------------------------------------- */

/* Follow-on errors. After a lexical break the parser's view of the text
 * is unreliable, so the syntax errors it sees next are mostly echoes of
 * that one mistake. Three kinds of break, one budget (p->follow, syntax
 * errors still reported, FP_FOLLOW_ON after a break, -1 when none):
 *
 * - A bad character (an ILLEGAL token: '#', '?', '"', an '@' that starts
 *   no date) and text left over after a complete expression: the
 *   budget holds until the parser resynchronises at a top-level
 *   boundary, an 'and', 'or', 'xor' or 'implies' outside every bracket.
 *   A mistake past that boundary is independent and reported as usual.
 *   So is an unclosed bracket (reported on its opener), which a skipped
 *   character can neither cause nor mend.
 * - Quotes out of step (the expression ends inside a string or a
 *   delimited name: 'O'Brien', a missing closing quote): from the first
 *   quote that went wrong on, text and strings have swapped places, and
 *   no later boundary or closer can be trusted, as it may sit inside what
 *   was meant as a string. The first syntax error is reported (it is
 *   usually where the quotes went wrong, and says so), the budget holds
 *   after it to the end; the lexer's FP0002 at the end always comes.
 *
 * Rejected: a budget of one or two after a bad character (the error
 * right after it is the likeliest echo: the ':' of 'a ? b : c'); no
 * resynchronisation (one stray '#' would hide every later mistake); and
 * no cap (one apostrophe in a name gave an error for every closer and
 * comma of the swapped text). */

/* May a syntax error at `start` be reported now? Not while recovering,
 * not at the end after an unterminated string or comment (part of that
 * one mistake), not at a token the lexer already reported. Consumes
 * nothing; the follow-on budget is follow_on()'s. */
static bool may_report(parser *p, size_t start)
{
	if (p->recovering || p->fatal)
		return false;
	if (p->unterminated && start >= p->prev_end && peek(p).kind == FP_T_EOF)
		return false;
	fp_token cur = peek(p);
	if (cur.err && start == cur.start)
		return false;
	return true;
}

/* Is an error now a follow-on of a lexical break, past the budget? Then
 * it is dropped and the parser recovers as if it had been reported. */
static bool follow_on(parser *p)
{
	if (p->follow != 0)
		return false;
	p->recovering = true;
	return true;
}

/* A break: from here at most FP_FOLLOW_ON syntax errors until the next
 * resynchronisation. */
static void lexical_break(parser *p)
{
	if (p->follow < 0 || p->follow > FP_FOLLOW_ON)
		p->follow = FP_FOLLOW_ON;
}

/* Add a syntax error the caller has cleared with may_report() (and
 * follow_on()); the parser is recovering afterwards. Returns the
 * diagnostic, or NULL when past FP_MAX_ERRORS or out of memory. */
static fp_diag *vreport(parser *p, int code, size_t start, size_t end, const char *fmt, va_list ap)
{
	p->recovering = true;
	if (p->follow > 0)
		p->follow--;
	else if (p->quotes_broken)
		p->follow = 0;  /* the first error where quotes are out of step */
	if (++p->nerrors > FP_MAX_ERRORS)
		return NULL;
	return fp_diags_vadd(p->diags, code, start, end, fmt, ap);
}

static fp_diag *report(parser *p, int code, size_t start, size_t end, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static fp_diag *report(parser *p, int code, size_t start, size_t end, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fp_diag *d = vreport(p, code, start, end, fmt, ap);
	va_end(ap);
	return d;
}

/* Report a syntax error unless it is suppressed (above); true if it was. */
static bool error_at(parser *p, int code, size_t start, size_t end, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static bool error_at(parser *p, int code, size_t start, size_t end, const char *fmt, ...)
{
	if (!may_report(p, start) || follow_on(p))
		return false;
	va_list ap;
	va_start(ap, fmt);
	vreport(p, code, start, end, fmt, ap);
	va_end(ap);
	return true;
}

/* After an apostrophe inside a string ('O'Brien'), the name glued to the
 * string before it: say how it is written. "" otherwise. */
static const char *apostrophe_hint(parser *p, fp_token t)
{
	if (!p->quotes_broken || t.kind != FP_T_IDENT || t.start == 0 || p->text[t.start - 1] != '\'')
		return "";
	return "; a quote inside a string is written \\'";
}

/* "1:12" for an offset, from a line table built on first use. */
static void where(parser *p, size_t off, char out[32])
{
	if (!p->have_lines)
		p->have_lines = fp_lines_init(&p->lines, p->text, p->len);
	if (!p->have_lines) {
		snprintf(out, 32, "offset %zu", off);
		return;
	}
	size_t line, col;
	fp_lines_pos(&p->lines, off, FP_COL_CHARS, &line, &col);
	snprintf(out, 32, "%zu:%zu", line + 1, col + 1);
}

/* Describe the current token for messages: "')'", "identifier 'foo'".
 * Only its first line is shown: messages are one line. */
static void describe(parser *p, fp_token t, char *out, size_t n)
{
	size_t len = t.end - t.start;
	for (size_t i = 0; i < len; i++) {
		char ch = p->text[t.start + i];
		if (ch == '\n' || ch == '\r') {
			len = i;
			break;
		}
	}
	if (len < t.end - t.start && len <= 24) {
		snprintf(out, n, "%s %.*s...", fp_token_name((fp_token_kind)t.kind), (int)len,
			 p->text + t.start);
		return;
	}
	switch (t.kind) {
	case FP_T_EOF:
		snprintf(out, n, "end of input");
		return;
	case FP_T_IDENT:
	case FP_T_INTEGER:
	case FP_T_DECIMAL:
	case FP_T_LONG:
		/* "'given'", "'42'" */
		if (len > 24)
			snprintf(out, n, "'%.*s...'", 21, p->text + t.start);
		else
			snprintf(out, n, "'%.*s'", (int)len, p->text + t.start);
		return;
	case FP_T_DELIMITED:
	case FP_T_STRING:
		/* "string 'abc'", "identifier `a b`" */
		if (len > 24)
			snprintf(out, n, "%s %.*s...", fp_token_name(t.kind), 21, p->text + t.start);
		else
			snprintf(out, n, "%s %.*s", fp_token_name(t.kind), (int)len, p->text + t.start);
		return;
	default:
		snprintf(out, n, "%s", fp_token_name(t.kind));
		return;
	}
}

/* The range to underline for the current token: at the end of input, a
 * zero-width range just after the last consumed token. */
static void tok_range(parser *p, fp_token t, size_t *s, size_t *e)
{
	*s = t.start;
	*e = t.end;
}

static void go_fatal(parser *p, size_t at)
{
	if (p->fatal)
		return;
	p->recovering = false;
	p->follow = -1;         /* a limit, never an echo of another mistake */
	error_at(p, FP_D_TOO_DEEP, at, at + 1 <= p->len ? at + 1 : at,
		 "expression nests too deeply (more than %d levels)", FP_MAX_DEPTH);
	p->fatal = true;
	p->pos = p->last;
}

/* ---- nodes ----------------------------------------------------------- */

/* Stop parsing: unwind quickly and let fp_parse_tokens return NULL. */
static void out_of_memory(parser *p)
{
	p->oom = true;
	p->fatal = true;
	p->pos = p->last;
}

static fp_node *node_new(parser *p, fp_node_kind kind, size_t start, size_t end)
{
	fp_node *n = fp_arena_alloc(p->arena, sizeof *n);
	if (!n) {
		out_of_memory(p);
		memset(&p->dummy, 0, sizeof p->dummy);
		p->dummy.height = 1;
		return &p->dummy;
	}
	memset(n, 0, sizeof *n);
	n->kind = (uint8_t)kind;
	n->id = p->nnodes < FP_NODE_NOID ? p->nnodes++ : FP_NODE_NOID;
	n->height = 1;
	n->start = (uint32_t)start;
	n->end = (uint32_t)end;
	return n;
}

/* Attach kids (copied into the arena) and compute the height. */
static void node_kids(parser *p, fp_node *n, fp_node **kids, size_t count)
{
	if (n == &p->dummy || count == 0)
		return;
	fp_node **k = fp_arena_alloc(p->arena, count * sizeof *k);
	if (!k) {
		out_of_memory(p);
		return;
	}
	memcpy(k, kids, count * sizeof *k);
	n->kids = k;
	n->nkids = (uint32_t)count;
	unsigned h = 0;
	for (size_t i = 0; i < count; i++) {
		if (kids[i]->height > h)
			h = kids[i]->height;
	}
	if (h + 1 > FP_MAX_DEPTH) {
		go_fatal(p, kids[count - 1]->start);
		h = FP_MAX_DEPTH - 1;
	}
	n->height = (uint16_t)(h + 1);
}

static fp_node *node1(parser *p, fp_node_kind kind, size_t s, size_t e, fp_node *a)
{
	fp_node *n = node_new(p, kind, s, e);
	node_kids(p, n, &a, 1);
	return n;
}

static fp_node *node2(parser *p, fp_node_kind kind, size_t s, size_t e, fp_node *a, fp_node *b)
{
	fp_node *n = node_new(p, kind, s, e);
	fp_node *k[2] = { a, b };
	node_kids(p, n, k, 2);
	return n;
}

static void set_str(parser *p, fp_node *n, const char *s, size_t len)
{
	if (n == &p->dummy)
		return;
	char *c = fp_arena_strndup(p->arena, s, len);
	if (!c) {
		out_of_memory(p);
		return;
	}
	n->str = c;
	n->len = (uint32_t)len;
}

/* The decoded name of an identifier-like token. */
static void set_name(parser *p, fp_node *n, fp_token t)
{
	if (n == &p->dummy)
		return;
	n->name_start = t.start;
	n->name_end = t.end;
	if (t.kind == FP_T_DELIMITED || t.kind == FP_T_STRING) {
		size_t len;
		char *s = fp_lex_unescape(p->text, &t, p->arena, &len);
		if (!s) {
			out_of_memory(p);
			return;
		}
		n->str = s;
		n->len = (uint32_t)len;
		return;
	}
	set_str(p, n, p->text + t.start, t.end - t.start);
}

/* A growable list of nodes for argument lists. */
/* A growable list of nodes for argument lists: the first few live in the
 * struct itself, so most calls never touch the heap. Free with vec_free. */
typedef struct nodevec {
	fp_node **v;
	size_t n, cap;
	fp_node *inline_[8];
} nodevec;

static void vec_init(nodevec *v)
{
	v->v = v->inline_;
	v->n = 0;
	v->cap = 8;
}

static void vec_free(nodevec *v)
{
	if (v->v != v->inline_)
		fp_free(v->v);
}

static void vec_push(parser *p, nodevec *v, fp_node *x)
{
	if (v->n == v->cap) {
		size_t cap = v->cap * 2;
		fp_node **nv = v->v == v->inline_ ? fp_malloc(cap * sizeof *nv)
						 : fp_realloc(v->v, cap * sizeof *nv);
		if (!nv) {
			out_of_memory(p);
			return;
		}
		if (v->v == v->inline_)
			memcpy(nv, v->inline_, v->n * sizeof *nv);
		v->v = nv;
		v->cap = cap;
	}
	v->v[v->n++] = x;
}

/* ---- recovery -------------------------------------------------------- */

static bool is_closer(fp_token_kind k)
{
	return k == FP_T_RPAREN || k == FP_T_RBRACKET || k == FP_T_RBRACE;
}

/* Skip tokens until one of the kinds in `stop` at nesting level 0, a closer
 * that belongs to an outer bracket, or the end. Returns the kind found. */
static fp_token_kind skip_until(parser *p, const fp_token_kind *stop, size_t nstop)
{
	int level = 0;
	for (;;) {
		fp_token_kind k = peek_kind(p);
		if (k == FP_T_EOF)
			return k;
		if (level == 0) {
			for (size_t i = 0; i < nstop; i++) {
				if (stop[i] == k)
					return k;
			}
			if (is_closer(k))
				return k;
		}
		if (k == FP_T_LPAREN || k == FP_T_LBRACKET || k == FP_T_LBRACE)
			level++;
		else if (is_closer(k))
			level--;
		skip_one(p);
	}
}

/* The bracket `open` is not closed: where the parser wanted its closer
 * (`expected`) it found t, described in what, and nothing later closes
 * it. Reported on the opener, as compilers do, with the message saying
 * what was found (and where, unless at the end), and t's place as related
 * information. `of` names a call (" of where()") or is "". The caller
 * has cleared it with may_report(). */
static void unclosed(parser *p, int code, fp_token open, const char *of, const char *expected,
		     fp_token t, const char *what)
{
	char at[40] = "", rel[96];
	if (t.kind != FP_T_EOF) {       /* the end needs no position */
		char pos[32];
		where(p, t.start, pos);
		snprintf(at, sizeof at, " at %s", pos);
	}
	fp_diag *d = report(p, code, open.start, open.end, "%s%s is not closed: expected %s%s, found %s",
			    fp_token_name((fp_token_kind)open.kind), of, expected, at, what);
	if (t.kind == FP_T_EOF)
		snprintf(rel, sizeof rel, "the expression ends here, with %s open",
			 fp_token_name((fp_token_kind)open.kind));
	else
		snprintf(rel, sizeof rel, "%s expected here", expected);
	fp_diags_relate(p->diags, d, t.start, t.end, rel);
}

/* Expect the closer of a bracket opened at `open`; recover as described at
 * the top of the file. A closer found further on means the mistake is
 * the token in between, reported there; none (the end, or the closer of
 * an outer bracket) means the bracket is unclosed, reported on it.
 * Returns the end offset to give the bracketed node. */
static size_t expect_close(parser *p, fp_token_kind closer, int code, fp_token open)
{
	if (peek_kind(p) == closer)
		return advance(p).end;
	fp_token t = peek(p);
	bool say = may_report(p, t.start);
	bool echo = say && follow_on(p);  /* judged here, not after the skip */
	char at[32], what[64];
	where(p, open.start, at);
	describe(p, t, what, sizeof what);
	/* skip to the closer, but a ',' at this level belongs to an outer
	 * argument list: 'f((a, b)' is one missing ')', not two */
	fp_token_kind stop[2] = { closer, FP_T_COMMA };
	fp_token_kind k = skip_until(p, stop, 2);
	/* where quotes are out of step, a closer may sit in a string */
	if (say && k != closer && k != FP_T_COMMA && !p->quotes_broken)
		unclosed(p, code, open, "", fp_token_name(closer), t, what);
	else if (!say || echo)
		;
	else if (t.kind == FP_T_COMMA && closer == FP_T_RPAREN)
		report(p, code, t.start, t.end, "expected %s to close %s at %s, found ','; a list of values is written with '|': ('a' | 'b')",
		       fp_token_name(closer), fp_token_name((fp_token_kind)open.kind), at);
	else
		report(p, code, t.start, t.end, "expected %s to close %s at %s, found %s%s",
		       fp_token_name(closer), fp_token_name((fp_token_kind)open.kind), at, what,
		       apostrophe_hint(p, t));
	if (k == closer)
		return advance(p).end;
	p->pending_close++;     /* its closer may still come: not a new mistake */
	return p->prev_end;
}

/* ---- grammar --------------------------------------------------------- */

static fp_node *parse_binary(parser *p, int min_power);
static int binop_power(fp_token_kind k);

/* Binding power of a binary operator token, 0 if it is none.
 * ORDER TOKEN: FHIRPath precedence, loosest first. */
static int binop_power(fp_token_kind k)
{
	switch (k) {
	case FP_T_IMPLIES: return 1;
	case FP_T_OR: case FP_T_XOR: return 2;
	case FP_T_AND: return 3;
	case FP_T_IN: case FP_T_CONTAINS: return 4;
	case FP_T_EQ: case FP_T_EQUIV: case FP_T_NE: case FP_T_NEQUIV: return 5;
	case FP_T_LE: case FP_T_LT: case FP_T_GT: case FP_T_GE: return 6;
	case FP_T_PIPE: return 7;
	case FP_T_IS: case FP_T_AS: return 8;
	case FP_T_PLUS: case FP_T_MINUS: case FP_T_AMP: return 9;
	case FP_T_STAR: case FP_T_SLASH: case FP_T_DIV: case FP_T_MOD: return 10;
	default: return 0;
	}
}

static bool enter(parser *p)
{
	if (++p->depth > FP_MAX_DEPTH) {
		go_fatal(p, peek(p).start);
		return false;
	}
	return true;
}

static fp_node *error_node(parser *p, size_t s, size_t e)
{
	return node_new(p, FP_N_ERROR, s, e);
}

/* Can a token of this kind begin an expression? */
static bool starts_expression(fp_token_kind k)
{
	switch (k) {
	case FP_T_IDENT: case FP_T_DELIMITED: case FP_T_STRING: case FP_T_INTEGER:
	case FP_T_DECIMAL: case FP_T_LONG: case FP_T_DATE: case FP_T_DATETIME:
	case FP_T_TIME: case FP_T_THIS: case FP_T_INDEX: case FP_T_TOTAL:
	case FP_T_LPAREN: case FP_T_LBRACE: case FP_T_PERCENT: case FP_T_PLUS:
	case FP_T_MINUS: case FP_T_TRUE: case FP_T_FALSE:
		return true;
	default:
		return fp_token_is_soft_keyword(k);
	}
}

/* An expression is missing at the current token. */
static fp_node *missing(parser *p, const char *what)
{
	fp_token t = peek(p);
	char found[64];
	describe(p, t, found, sizeof found);
	size_t s, e;
	tok_range(p, t, &s, &e);
	error_at(p, FP_D_EXPECTED_EXPRESSION, s, e, "expected %s, found %s", what, found);
	/* '2 + * 3', 'div' alone: drop the operator so it does not start a
	 * second error of its own */
	if (binop_power((fp_token_kind)t.kind) > 0 && t.kind != FP_T_MINUS && t.kind != FP_T_PLUS &&
	    !starts_expression(peek2_kind(p))) {
		skip_one(p);
		return error_node(p, t.start, t.end);
	}
	return error_node(p, t.start, t.start);
}

/* typeSpecifier -> qualifiedIdentifier -> identifier ('.' identifier)*
 * A '.' followed by a name and '(' is left for the caller: it is a
 * function call on the result ('x is Quantity.not()' reads naturally). */
static fp_node *parse_type(parser *p, const char *after)
{
	fp_token t = peek(p);
	if (!is_name_token((fp_token_kind)t.kind)) {
		char found[64];
		describe(p, t, found, sizeof found);
		size_t s, e;
		tok_range(p, t, &s, &e);
		error_at(p, FP_D_EXPECTED_TYPE, s, e, "expected a type name after '%s', found %s", after, found);
		return error_node(p, t.start, t.start);
	}
	fp_buf b;
	fp_buf_init(&b);
	size_t start = t.start, end = t.end;
	for (;;) {
		t = advance(p);
		end = t.end;
		if (t.kind == FP_T_DELIMITED) {
			size_t n;
			char *s = fp_lex_unescape(p->text, &t, p->arena, &n);
			if (s)
				fp_buf_add(&b, s, n);
		} else {
			fp_buf_add(&b, p->text + t.start, t.end - t.start);
		}
		if (peek_kind(p) != FP_T_DOT || !is_name_token(peek2_kind(p)))
			break;
		/* lookahead: '.name(' is a call, not part of the type */
		size_t save = p->pos;
		uint32_t save_end = p->prev_end;
		skip_one(p);
		skip_one(p);
		bool call = peek_kind(p) == FP_T_LPAREN;
		p->pos = save;
		p->prev_end = save_end;
		if (call)
			break;
		skip_one(p);    /* the '.' */
		fp_buf_addc(&b, '.');
	}
	fp_node *n = node_new(p, FP_N_TYPE, start, end);
	if (b.failed) {
		p->oom = true;
		p->fatal = true;
	} else {
		set_str(p, n, b.data ? b.data : "", b.len);
	}
	fp_buf_release(&b);
	return n;
}

/* paramList -> expression (',' expression)*
 * sortArgument -> expression ('asc' | 'desc')?
 * Called with the current token at '('. */
static fp_node *parse_call(parser *p, fp_token name)
{
	size_t illegal_before = p->nillegal;
	fp_token open = advance(p);    /* '(' */
	p->nest++;
	bool is_sort = name.kind == FP_T_IDENT && tok_is(p, name, "sort");
	nodevec args;
	vec_init(&args);
	size_t end;
	if (peek_kind(p) == FP_T_RPAREN) {
		end = advance(p).end;
	} else {
		for (;;) {
			fp_node *a = parse_binary(p, 1);
			if (is_sort) {
				fp_token d = peek(p);
				int dir = tok_is(p, d, "asc") ? 1 : tok_is(p, d, "desc") ? 2 : 0;
				size_t e = a->end;
				if (dir)
					e = advance(p).end;
				fp_node *sa = node1(p, FP_N_SORTARG, a->start, e, a);
				sa->op = (uint8_t)dir;
				a = sa;
			}
			vec_push(p, &args, a);
			fp_token_kind k = peek_kind(p);
			if (k == FP_T_COMMA) {
				advance(p);
				continue;
			}
			if (k == FP_T_RPAREN) {
				end = advance(p).end;
				break;
			}
			if (p->fatal) {
				end = p->prev_end;
				break;
			}
			fp_token t = peek(p);
			bool say = may_report(p, t.start);
			bool echo = say && follow_on(p);
			char at[32], what[64];
			where(p, open.start, at);
			describe(p, t, what, sizeof what);
			static const fp_token_kind stop[] = { FP_T_COMMA, FP_T_RPAREN };
			k = skip_until(p, stop, 2);
			if (say && k != FP_T_COMMA && k != FP_T_RPAREN && !p->quotes_broken) {
				char of[64];
				snprintf(of, sizeof of, " of %.*s()", name.end - name.start > 40 ? 40 : (int)(name.end - name.start),
					 p->text + name.start);
				unclosed(p, FP_D_UNCLOSED_PAREN, open, of, "',' or ')'", t, what);
			} else if (say && !echo) {
				report(p, FP_D_UNCLOSED_PAREN, t.start, t.end, "expected ',' or ')' to close '(' at %s, found %s%s",
				       at, what, apostrophe_hint(p, t));
			}
			if (k == FP_T_COMMA) {
				advance(p);
				continue;
			}
			if (k == FP_T_RPAREN) {
				end = advance(p).end;
				break;
			}
			end = p->prev_end;
			break;
		}
	}
	p->nest--;
	fp_node *n = node_new(p, FP_N_CALL, name.start, end);
	if (p->nillegal != illegal_before && n != &p->dummy)
		n->flags |= FP_NF_GARBAGE;  /* its arguments are not what was meant */
	set_name(p, n, name);
	node_kids(p, n, args.v, args.n);
	vec_free(&args);
	return n;
}

/* invocation -> identifier | function | '$this' | '$index' | '$total'
 * After '.', every keyword is also accepted as a name: FHIR has elements
 * called 'div' (Narrative.div) and the R5 suite writes 'text.div'. */
static fp_node *parse_invocation(parser *p, bool after_dot)
{
	fp_token t = peek(p);
	fp_node *n;
	switch (t.kind) {
	case FP_T_THIS:
		advance(p);
		return node_new(p, FP_N_THIS, t.start, t.end);
	case FP_T_INDEX:
		advance(p);
		return node_new(p, FP_N_INDEX, t.start, t.end);
	case FP_T_TOTAL:
		advance(p);
		return node_new(p, FP_N_TOTAL, t.start, t.end);
	default:
		break;
	}
	bool keyword = t.kind >= FP_T_DIV && t.kind <= FP_T_FALSE;
	if (!is_name_token((fp_token_kind)t.kind) && !(after_dot && keyword))
		return NULL;
	if (peek2_kind(p) == FP_T_LPAREN) {
		advance(p);
		return parse_call(p, t);
	}
	advance(p);
	n = node_new(p, FP_N_IDENT, t.start, t.end);
	set_name(p, n, t);
	return n;
}

/* Is the current token the start of 'a.b.C {' (an instance selector)? */
static bool selector_ahead(parser *p)
{
	size_t i = p->pos;
	bool want_name = true;
	for (; i < p->last; i++) {
		fp_token_kind k = p->toks[i].kind;
		if (fp_token_is_trivia(k) || k == FP_T_ILLEGAL)
			continue;
		if (want_name) {
			if (!is_name_token(k))
				return false;
			want_name = false;
		} else if (k == FP_T_DOT) {
			want_name = true;
		} else {
			return k == FP_T_LBRACE;
		}
	}
	return false;
}

/* instanceSelector -> qualifiedIdentifier '{' (':' | instanceElementSelector
 *                     (',' instanceElementSelector)*) '}'
 * instanceElementSelector -> identifier ':' expression */
static fp_node *parse_selector(parser *p)
{
	fp_node *type = parse_type(p, "{");
	fp_token open = advance(p);     /* '{' */
	p->nest++;
	nodevec elems;
	vec_init(&elems);
	size_t end;
	if (peek_kind(p) == FP_T_COLON) {
		advance(p);
		end = expect_close(p, FP_T_RBRACE, FP_D_UNCLOSED_BRACE, open);
	} else {
		for (;;) {
			fp_token name = peek(p);
			if (!is_name_token((fp_token_kind)name.kind)) {
				char what[64];
				describe(p, name, what, sizeof what);
				error_at(p, FP_D_EXPECTED_SELECTOR, name.start, name.end,
					 "expected 'name: value' in instance selector, found %s", what);
				end = expect_close(p, FP_T_RBRACE, FP_D_UNCLOSED_BRACE, open);
				break;
			}
			advance(p);
			fp_node *val;
			if (peek_kind(p) == FP_T_COLON) {
				advance(p);
				val = parse_binary(p, 1);
			} else {
				fp_token t = peek(p);
				char what[64];
				describe(p, t, what, sizeof what);
				error_at(p, FP_D_EXPECTED_SELECTOR, t.start, t.end, "expected ':' after '%.*s', found %s",
					 (int)(name.end - name.start), p->text + name.start, what);
				val = error_node(p, t.start, t.start);
			}
			fp_node *el = node1(p, FP_N_SELEM, name.start, val->end > name.end ? val->end : name.end, val);
			set_name(p, el, name);
			vec_push(p, &elems, el);
			if (peek_kind(p) == FP_T_COMMA) {
				advance(p);
				continue;
			}
			end = expect_close(p, FP_T_RBRACE, FP_D_UNCLOSED_BRACE, open);
			break;
		}
	}
	p->nest--;
	fp_node *n = node_new(p, FP_N_SELECTOR, type->start, end);
	set_str(p, n, type->str ? type->str : "", type->len);
	if (n != &p->dummy) {
		n->name_start = type->start;
		n->name_end = type->end;
	}
	node_kids(p, n, elems.v, elems.n);
	vec_free(&elems);
	return n;
}

static bool calendar_unit(parser *p, fp_token t)
{
	static const char *const units[] = {
		"year", "month", "week", "day", "hour", "minute", "second", "millisecond",
		"years", "months", "weeks", "days", "hours", "minutes", "seconds", "milliseconds",
	};
	for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
		if (tok_is(p, t, units[i]))
			return true;
	}
	return false;
}

static fp_node *literal(parser *p, fp_node_kind kind, fp_token t, size_t skip, size_t cut)
{
	advance(p);
	fp_node *n = node_new(p, kind, t.start, t.end);
	set_str(p, n, p->text + t.start + skip, t.end - t.start - skip - cut);
	return n;
}

/* term -> invocation | literal | externalConstant | '(' expression ')'
 *       | instanceSelector
 * literal -> '{' '}' | 'true' | 'false' | STRING | NUMBER | LONGNUMBER
 *          | DATE | DATETIME | TIME | quantity
 * quantity -> NUMBER (STRING | dateTimePrecision | pluralDateTimePrecision)?
 * externalConstant -> '%' (identifier | STRING) */
static fp_node *parse_term(parser *p)
{
	fp_token t = peek(p);
	fp_node *n;
	switch (t.kind) {
	case FP_T_LPAREN: {
		advance(p);
		p->nest++;
		fp_node *inner = parse_binary(p, 1);
		size_t end = expect_close(p, FP_T_RPAREN, FP_D_UNCLOSED_PAREN, t);
		p->nest--;
		return node1(p, FP_N_PAREN, t.start, end, inner);
	}
	case FP_T_LBRACE:
		skip_one(p);    /* recovery ends only at the '}' */
		if (peek_kind(p) == FP_T_RBRACE)
			return node_new(p, FP_N_NULL, t.start, advance(p).end);
		if (peek_kind(p) == FP_T_EOF) {
			expect_close(p, FP_T_RBRACE, FP_D_UNCLOSED_BRACE, t);
			return error_node(p, t.start, p->prev_end);
		}
		error_at(p, FP_D_UNCLOSED_BRACE, t.start, t.end,
			 "only the empty collection '{}' is written with braces; combine values with '|'");
		{
			static const fp_token_kind stop[] = { FP_T_RBRACE };
			if (skip_until(p, stop, 1) == FP_T_RBRACE)
				skip_one(p);
		}
		return error_node(p, t.start, p->prev_end);
	case FP_T_TRUE:
	case FP_T_FALSE:
		return literal(p, FP_N_BOOL, t, 0, 0);
	case FP_T_STRING:
		advance(p);
		n = node_new(p, FP_N_STRING, t.start, t.end);
		set_name(p, n, t);
		return n;
	case FP_T_INTEGER:
	case FP_T_DECIMAL: {
		advance(p);
		fp_token u = peek(p);
		fp_node *unit = NULL;
		if (u.kind == FP_T_STRING) {
			advance(p);
			unit = node_new(p, FP_N_UNIT, u.start, u.end);
			set_name(p, unit, u);
		} else if (u.kind == FP_T_IDENT && calendar_unit(p, u)) {
			advance(p);
			unit = node_new(p, FP_N_UNIT, u.start, u.end);
			set_name(p, unit, u);
			unit->op = 1;
		}
		if (!unit) {
			n = node_new(p, t.kind == FP_T_INTEGER ? FP_N_INTEGER : FP_N_DECIMAL, t.start, t.end);
		} else {
			n = node1(p, FP_N_QUANTITY, t.start, u.end, unit);
		}
		set_str(p, n, p->text + t.start, t.end - t.start);
		return n;
	}
	case FP_T_LONG:
		return literal(p, FP_N_LONG, t, 0, 1);
	case FP_T_DATE:
		return literal(p, FP_N_DATE, t, 1, 0);
	case FP_T_DATETIME:
		return literal(p, FP_N_DATETIME, t, 1, 0);
	case FP_T_TIME:
		return literal(p, FP_N_TIME, t, 2, 0);
	case FP_T_PERCENT: {
		advance(p);
		fp_token name = peek(p);
		if (is_name_token((fp_token_kind)name.kind) || name.kind == FP_T_STRING) {
			advance(p);
			n = node_new(p, FP_N_EXTERNAL, t.start, name.end);
			set_name(p, n, name);
			return n;
		}
		char what[64];
		describe(p, name, what, sizeof what);
		error_at(p, FP_D_EXPECTED_EXPRESSION, name.start, name.end, "expected a variable name after '%%', found %s", what);
		if (name.kind >= FP_T_DIV && name.kind <= FP_T_FALSE) {
			skip_one(p);    /* '%and': the keyword was meant as the name */
			return error_node(p, t.start, name.end);
		}
		return error_node(p, t.start, t.end);
	}
	default:
		break;
	}
	if (is_name_token((fp_token_kind)t.kind) && peek2_kind(p) != FP_T_LPAREN && selector_ahead(p))
		return parse_selector(p);
	n = parse_invocation(p, false);
	if (n)
		return n;
	if (t.kind == FP_T_COLON || t.kind == FP_T_SEMI) {
		/* cannot start or continue anything: consume it */
		char what[64];
		describe(p, t, what, sizeof what);
		error_at(p, FP_D_EXPECTED_EXPRESSION, t.start, t.end, "expected expression, found %s", what);
		skip_one(p);
		return error_node(p, t.start, t.end);
	}
	return missing(p, "expression");
}

/* expression -> expression '.' invocation | expression '[' expression ']'
 * (the postfix part, applied in a loop to a term) */
static fp_node *parse_postfix(parser *p, fp_node *left)
{
	for (;;) {
		if (p->fatal)
			return left;
		fp_token t = peek(p);
		if (t.kind == FP_T_DOT) {
			advance(p);
			fp_node *m = parse_invocation(p, true);
			if (!m) {
				fp_token x = peek(p);
				char what[64];
				describe(p, x, what, sizeof what);
				size_t s, e;
				tok_range(p, x, &s, &e);
				error_at(p, FP_D_EXPECTED_MEMBER, s, e, "expected a name or function after '.', found %s", what);
				m = error_node(p, t.end, t.end);
				return node2(p, FP_N_INVOKE, left->start, t.end, left, m);
			}
			left = node2(p, FP_N_INVOKE, left->start, m->end, left, m);
		} else if (t.kind == FP_T_LBRACKET) {
			advance(p);
			p->nest++;
			fp_node *idx = parse_binary(p, 1);
			size_t end = expect_close(p, FP_T_RBRACKET, FP_D_UNCLOSED_BRACKET, t);
			p->nest--;
			left = node2(p, FP_N_INDEXER, left->start, end, left, idx);
		} else {
			return left;
		}
	}
}

/* expression -> ('+' | '-') expression   (binds tighter than '*') */
static fp_node *parse_unary(parser *p)
{
	fp_token t = peek(p);
	if (t.kind == FP_T_PLUS || t.kind == FP_T_MINUS) {
		advance(p);
		if (!enter(p))
			return error_node(p, t.start, t.end);
		fp_node *x = parse_unary(p);
		p->depth--;
		fp_node *n = node1(p, FP_N_UNARY, t.start, x->end > t.end ? x->end : t.end, x);
		n->op = t.kind;
		return n;
	}
	return parse_postfix(p, parse_term(p));
}

/* expression -> expression OP expression, for every binary level, and
 * expression ('is' | 'as') typeSpecifier. Left-associative: the loop
 * builds left-deep trees; the right side binds one level tighter. */
static fp_node *parse_binary(parser *p, int min_power)
{
	if (!enter(p))
		return error_node(p, peek(p).start, peek(p).start);
	fp_node *left = parse_unary(p);
	for (;;) {
		if (p->fatal)
			break;
		fp_token op = peek(p);
		int power = binop_power((fp_token_kind)op.kind);
		if (power == 0 || power < min_power)
			break;
		advance(p);
		/* a top-level 'and', 'or', 'xor', 'implies': past a bad
		 * character, mistakes from here on are its own again */
		if (power <= binop_power(FP_T_AND) && p->nest == 0 && !p->quotes_broken)
			p->follow = -1;
		fp_node *right;
		if (op.kind == FP_T_IS || op.kind == FP_T_AS) {
			right = parse_type(p, op.kind == FP_T_IS ? "is" : "as");
			left = node2(p, FP_N_TYPEOP, left->start, right->end > op.end ? right->end : op.end, left, right);
			left->op = op.kind;
			/* As in the ANTLR grammar, '.f()' after a type applies to
			 * the whole type expression: 'x is T.not()'. */
			left = parse_postfix(p, left);
			continue;
		} else {
			right = parse_binary(p, power + 1);
			left = node2(p, FP_N_BINARY, left->start, right->end > op.end ? right->end : op.end, left, right);
		}
		left->op = op.kind;
	}
	p->depth--;
	return left;
}

/* entireExpression -> expression EOF
 * Leftover text is reported once and parsed as further expressions, all
 * kept under one ERROR node. */
static fp_node *parse_entire(parser *p)
{
	fp_token first = peek(p);
	if (first.kind == FP_T_EOF) {
		error_at(p, FP_D_EXPECTED_EXPRESSION, first.start, first.end, "expected expression, found end of input");
		return error_node(p, first.start, first.start);
	}
	fp_node *n = parse_binary(p, 1);
	if (peek_kind(p) == FP_T_EOF || p->fatal)
		return n;
	nodevec parts;
	vec_init(&parts);
	vec_push(p, &parts, n);
	while (peek_kind(p) != FP_T_EOF && !p->fatal) {
		fp_token t = peek(p);
		char what[64];
		describe(p, t, what, sizeof what);
		if (is_closer((fp_token_kind)t.kind) || t.kind == FP_T_COMMA) {
			if (is_closer((fp_token_kind)t.kind) && p->pending_close > 0)
				p->pending_close--;     /* closes what was reported */
			else
				error_at(p, FP_D_UNEXPECTED_TOKEN, t.start, t.end, "unexpected %s: nothing to close or separate here", what);
			skip_one(p);
			continue;
		}
		/* reported, then what follows is parsed for its own mistakes;
		 * those up to the next top-level boundary are likely echoes
		 * of this one, a break (see follow-on errors above) */
		if (error_at(p, FP_D_UNEXPECTED_TOKEN, t.start, t.end,
			     "unexpected %s after a complete expression (missing operator?)%s", what,
			     apostrophe_hint(p, t)))
			lexical_break(p);
		size_t before = p->pos;
		fp_node *x = parse_binary(p, 1);
		vec_push(p, &parts, x);
		if (p->pos == before)
			skip_one(p);    /* guarantee progress */
	}
	fp_node *e = node_new(p, FP_N_ERROR, parts.v ? parts.v[0]->start : first.start, p->prev_end);
	node_kids(p, e, parts.v, parts.n);
	vec_free(&parts);
	return e;
}

fp_node *fp_parse_tokens(const char *text, size_t len, const fp_token *toks,
			 size_t first, size_t last, fp_arena *arena, fp_diags *diags)
{
	parser p;
	memset(&p, 0, sizeof p);
	p.text = text;
	p.len = len;
	p.toks = toks;
	p.pos = first;
	p.last = last;
	p.arena = arena;
	p.diags = diags;
	p.range_start = first < last ? toks[first].start : len;
	p.follow = -1;
	for (size_t i = first; i < last; i++) {
		if (toks[i].err == FP_D_UNTERMINATED_STRING || toks[i].err == FP_D_UNTERMINATED_IDENTIFIER)
			p.quotes_broken = true;
	}
	p.prev_end = (uint32_t)p.range_start;
	skip_trivia(&p);
	fp_node *n = parse_entire(&p);
	if (p.have_lines)
		fp_lines_release(&p.lines);
	if (p.oom || arena->failed)
		return NULL;
	if (p.fatal) {
		/* too deep: one ERROR leaf over the whole range */
		size_t end = last > first ? toks[last - 1].end : p.range_start;
		fp_node *e = fp_arena_zalloc(arena, sizeof *e);
		if (!e)
			return NULL;
		e->kind = FP_N_ERROR;
		e->height = 1;
		e->start = (uint32_t)p.range_start;
		e->end = (uint32_t)end;
		return e;
	}
	return n;
}

fp_node *fp_parse_text(const char *text, size_t len, fp_arena *arena, fp_diags *diags)
{
	fp_tokens toks;
	if (!fp_lex_all(text, len, arena, diags, &toks))
		return NULL;
	return fp_parse_tokens(text, len, toks.items, 0, toks.len, arena, diags);
}
