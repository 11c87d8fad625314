/*
 * syntax/lex.c - the FHIRPath lexer.
 *
 * A 256-entry class table drives one switch; each case scans one token.
 * Literal shapes follow fhirpath.g4 (the current build grammar): DATE,
 * DATETIME and TIME match as much of their pattern as the input allows, so
 * '@2015-1' lexes as '@2015' then '-' '1', exactly as the ANTLR lexer does.
 * Keywords are recognised here; the parser decides when a soft keyword
 * (as, contains, in, is) is used as a name.
 */
#include "token.h"

#include <string.h>

#include "util/alloc.h"
#include "util/buf.h"
#include "util/utf8.h"

/* ORDER TOKEN */
static const char *const token_names[FP_T_COUNT_] = {
	"end of input", "whitespace", "comment", "comment", "invalid character",
	"identifier", "identifier", "string", "integer", "decimal", "long",
	"date", "datetime", "time", "'$this'", "'$index'", "'$total'",
	"'.'", "','", "'('", "')'", "'['", "']'", "'{'", "'}'", "':'", "';'", "'%'",
	"'*'", "'/'", "'+'", "'-'", "'&'", "'|'", "'<='", "'<'", "'>'", "'>='",
	"'='", "'~'", "'!='", "'!~'",
	"'div'", "'mod'", "'is'", "'as'", "'in'", "'contains'", "'and'", "'or'",
	"'xor'", "'implies'", "'true'", "'false'",
};

const char *fp_token_name(fp_token_kind k)
{
	return k < FP_T_COUNT_ ? token_names[k] : "?";
}

enum cclass {
	CC_ILLEGAL, CC_SPACE, CC_ALPHA, CC_DIGIT, CC_QUOTE, CC_BACKTICK,
	CC_AT, CC_DOLLAR, CC_SLASH, CC_LT, CC_GT, CC_BANG, CC_PUNCT,
};

/* Class of each byte. Non-ASCII bytes are ILLEGAL outside strings,
 * comments and delimited identifiers. */
static unsigned char cclass[256];

static fp_token_kind punct_kind[128];

static void init_tables(void)
{
	for (int c = 'a'; c <= 'z'; c++)
		cclass[c] = CC_ALPHA;
	for (int c = 'A'; c <= 'Z'; c++)
		cclass[c] = CC_ALPHA;
	cclass['_'] = CC_ALPHA;
	for (int c = '0'; c <= '9'; c++)
		cclass[c] = CC_DIGIT;
	cclass[' '] = cclass['\t'] = cclass['\r'] = cclass['\n'] = CC_SPACE;
	cclass['\f'] = CC_SPACE;
	cclass['\''] = CC_QUOTE;
	cclass['`'] = CC_BACKTICK;
	cclass['@'] = CC_AT;
	cclass['$'] = CC_DOLLAR;
	cclass['/'] = CC_SLASH;
	cclass['<'] = CC_LT;
	cclass['>'] = CC_GT;
	cclass['!'] = CC_BANG;
	static const struct { char c; fp_token_kind k; } p[] = {
		{ '.', FP_T_DOT }, { ',', FP_T_COMMA }, { '(', FP_T_LPAREN },
		{ ')', FP_T_RPAREN }, { '[', FP_T_LBRACKET }, { ']', FP_T_RBRACKET },
		{ '{', FP_T_LBRACE }, { '}', FP_T_RBRACE }, { ':', FP_T_COLON },
		{ ';', FP_T_SEMI }, { '%', FP_T_PERCENT }, { '*', FP_T_STAR },
		{ '+', FP_T_PLUS }, { '-', FP_T_MINUS }, { '&', FP_T_AMP },
		{ '|', FP_T_PIPE }, { '=', FP_T_EQ }, { '~', FP_T_EQUIV },
	};
	for (size_t i = 0; i < sizeof p / sizeof p[0]; i++) {
		cclass[(unsigned char)p[i].c] = CC_PUNCT;
		punct_kind[(unsigned char)p[i].c] = p[i].k;
	}
}

/* The tables are filled on first use; the values written are the same on
 * every call, so a race between threads is benign, but we still do it
 * once under a flag set last. */
static volatile int tables_ready;

static inline void ensure_tables(void)
{
	if (!tables_ready) {
		init_tables();
		__atomic_store_n(&tables_ready, 1, __ATOMIC_RELEASE);
	}
}

const fp_keyword fp_keywords[] = {
#define FP_KW(word, token) { word, sizeof word - 1, token },
#include "keywords.def"
#undef FP_KW
};
const size_t fp_nkeywords = sizeof fp_keywords / sizeof fp_keywords[0];

static fp_token_kind keyword_kind(const char *s, size_t n)
{
	if (n < 2 || n > 8)     /* "as" .. "contains" */
		return FP_T_IDENT;
	for (size_t i = 0; i < fp_nkeywords; i++) {
		if (fp_keywords[i].len == n && memcmp(fp_keywords[i].word, s, n) == 0)
			return fp_keywords[i].kind;
	}
	return FP_T_IDENT;
}

static inline bool is_digit(const char *s, size_t len, size_t i)
{
	return i < len && s[i] >= '0' && s[i] <= '9';
}

static inline bool is_hex(char c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Count n digits at i; true when all are present. */
static bool digits(const char *s, size_t len, size_t i, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		if (!is_digit(s, len, i + k))
			return false;
	}
	return true;
}

/* TIMEFORMAT: HH (':' MM (':' SS ('.' digits)?)?)?  Returns the end. */
static size_t scan_time(const char *s, size_t len, size_t i)
{
	if (!digits(s, len, i, 2))
		return i;
	i += 2;
	if (i < len && s[i] == ':' && digits(s, len, i + 1, 2)) {
		i += 3;
		if (i < len && s[i] == ':' && digits(s, len, i + 1, 2)) {
			i += 3;
			if (i < len && s[i] == '.' && is_digit(s, len, i + 1)) {
				i += 2;
				while (is_digit(s, len, i))
					i++;
			}
		}
	}
	return i;
}

/* TIMEZONEOFFSETFORMAT: 'Z' | ('+' | '-') HH ':' MM. Returns the end. */
static size_t scan_zone(const char *s, size_t len, size_t i)
{
	if (i < len && s[i] == 'Z')
		return i + 1;
	if (i < len && (s[i] == '+' || s[i] == '-') && digits(s, len, i + 1, 2) &&
	    i + 3 < len && s[i + 3] == ':' && digits(s, len, i + 4, 2))
		return i + 6;
	return i;
}

/* '@' literals. pos is at '@'. */
static fp_token scan_at(const char *s, size_t len, size_t pos)
{
	fp_token t = { (uint32_t)pos, 0, FP_T_ILLEGAL, 0 };
	size_t i = pos + 1;
	if (i < len && s[i] == 'T') {
		size_t e = scan_time(s, len, i + 1);
		if (e == i + 1) {
			t.end = (uint32_t)(i + 1);
			t.err = FP_D_INVALID_DATETIME;
			return t;
		}
		/* The grammar gives times no zone, but the HL7 suites expect
		 * '@T14:34:28Z' to parse and fail later (invalid="execution"),
		 * so the zone is lexed here and judged by the analyser. */
		t.kind = FP_T_TIME;
		t.end = (uint32_t)scan_zone(s, len, e);
		return t;
	}
	if (!digits(s, len, i, 4)) {
		t.end = (uint32_t)i;
		t.err = FP_D_INVALID_DATETIME;
		return t;
	}
	i += 4;
	if (i < len && s[i] == '-' && digits(s, len, i + 1, 2)) {
		i += 3;
		if (i < len && s[i] == '-' && digits(s, len, i + 1, 2))
			i += 3;
	}
	t.kind = FP_T_DATE;
	if (i < len && s[i] == 'T') {
		i++;
		t.kind = FP_T_DATETIME;
		size_t e = scan_time(s, len, i);
		if (e > i)
			i = scan_zone(s, len, e);
	}
	t.end = (uint32_t)i;
	return t;
}

/* The value of four hex digits at s[i..i+4) (within len), or -1. */
static long hex4(const char *s, size_t len, size_t i)
{
	if (i + 4 > len)
		return -1;
	long v = 0;
	for (size_t k = i; k < i + 4; k++) {
		char h = s[k];
		if (!is_hex(h))
			return -1;
		v = v * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
	}
	return v;
}

/* The length of the escape starting with the backslash at s[i] (i + 1 <
 * len): 2 for \n and the other one-letter escapes, 6 for \uXXXX, 12 for
 * a surrogate pair written as two; 0 when it is no escape (the
 * specification drops such a backslash: '\d' is 'd'). *unpaired is set
 * when it is a \uXXXX naming half of a surrogate pair without the other
 * half. */
static size_t escape_len(const char *s, size_t len, size_t i, bool *unpaired)
{
	*unpaired = false;
	char c = s[i + 1];
	if (c != 'u')
		return c && strchr("`'\"\\/fnrt", c) ? 2 : 0;
	long v = hex4(s, len, i + 2);
	if (v < 0)
		return 0;
	if (v >= 0xDC00 && v <= 0xDFFF) {
		*unpaired = true;       /* a low half with no high one before it */
		return 6;
	}
	if (v >= 0xD800 && v <= 0xDBFF) {
		long lo = i + 7 < len && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s, len, i + 8) : -1;
		if (lo >= 0xDC00 && lo <= 0xDFFF)
			return 12;
		*unpaired = true;
	}
	return 6;
}

/* Quoted text (string or delimited identifier). Escapes are checked here
 * so that the error carries the token; fp_lex_report finds which one. */
static fp_token scan_quoted(const char *s, size_t len, size_t pos, char q,
			    fp_token_kind kind, uint8_t unterminated)
{
	fp_token t = { (uint32_t)pos, 0, (uint8_t)kind, 0 };
	size_t i = pos + 1;
	for (;;) {
		/* jump to the next quote or backslash */
		while (i < len && s[i] != q && s[i] != '\\')
			i++;
		if (i >= len) {
			t.end = (uint32_t)len;
			t.err = unterminated;
			return t;
		}
		if (s[i] == q) {
			t.end = (uint32_t)(i + 1);
			return t;
		}
		/* backslash */
		if (i + 1 >= len) {
			t.end = (uint32_t)len;
			t.err = unterminated;
			return t;
		}
		bool unpaired;
		size_t n = escape_len(s, len, i, &unpaired);
		if (unpaired && !t.err)
			t.err = FP_D_INVALID_ESCAPE;
		/* no escape: the backslash is dropped and the next character
		 * is an ordinary one (a quote among them ends the text) */
		i += n ? n : 1;
	}
}

size_t fp_lex_dropped_backslash(const char *text, const fp_token *t, size_t from, size_t *end)
{
	size_t e = t->end;
	if (t->err != FP_D_UNTERMINATED_STRING && t->err != FP_D_UNTERMINATED_IDENTIFIER && e > t->start)
		e--;            /* the closing quote */
	for (size_t i = from > t->start ? from : t->start + 1; i + 1 < e; i++) {
		if (text[i] != '\\')
			continue;
		bool unpaired;
		size_t n = escape_len(text, e, i, &unpaired);
		if (n) {
			i += n - 1;
			continue;
		}
		/* the backslash and the character after it, whole */
		uint32_t cp;
		size_t l = fp_utf8_decode(text + i + 1, e - i - 1, &cp);
		size_t k = i + 1 + (l ? l : 1);
		if (text[i + 1] == 'u') /* and the hex digits of a short \uXXXX */
			while (k < e && k < i + 5 && is_hex(text[k]))
				k++;
		*end = k;
		return i;
	}
	return (size_t)-1;
}

fp_token fp_lex_next(const char *s, size_t len, size_t pos)
{
	ensure_tables();
	fp_token t = { (uint32_t)pos, (uint32_t)pos, FP_T_EOF, 0 };
	if (pos >= len)
		return t;
	unsigned char c = (unsigned char)s[pos];
	size_t i = pos + 1;
	switch (cclass[c]) {
	case CC_SPACE:
		while (i < len && cclass[(unsigned char)s[i]] == CC_SPACE)
			i++;
		t.kind = FP_T_WS;
		break;
	case CC_ALPHA:
		while (i < len && (cclass[(unsigned char)s[i]] == CC_ALPHA ||
				   cclass[(unsigned char)s[i]] == CC_DIGIT))
			i++;
		t.kind = keyword_kind(s + pos, i - pos);
		break;
	case CC_DIGIT:
		while (is_digit(s, len, i))
			i++;
		t.kind = FP_T_INTEGER;
		if (i < len && s[i] == '.' && is_digit(s, len, i + 1)) {
			i += 2;
			while (is_digit(s, len, i))
				i++;
			t.kind = FP_T_DECIMAL;
		} else if (i < len && s[i] == 'L') {
			i++;
			t.kind = FP_T_LONG;
		}
		break;
	case CC_QUOTE:
		return scan_quoted(s, len, pos, '\'', FP_T_STRING, FP_D_UNTERMINATED_STRING);
	case CC_BACKTICK:
		return scan_quoted(s, len, pos, '`', FP_T_DELIMITED, FP_D_UNTERMINATED_IDENTIFIER);
	case CC_AT:
		return scan_at(s, len, pos);
	case CC_DOLLAR: {
		size_t e = i;
		while (e < len && (cclass[(unsigned char)s[e]] == CC_ALPHA ||
				   cclass[(unsigned char)s[e]] == CC_DIGIT))
			e++;
		size_t n = e - i;
		if (n == 4 && memcmp(s + i, "this", 4) == 0)
			t.kind = FP_T_THIS;
		else if (n == 5 && memcmp(s + i, "index", 5) == 0)
			t.kind = FP_T_INDEX;
		else if (n == 5 && memcmp(s + i, "total", 5) == 0)
			t.kind = FP_T_TOTAL;
		else {
			t.kind = FP_T_ILLEGAL;
			t.err = FP_D_UNEXPECTED_CHARACTER;
		}
		i = e;
		break;
	}
	case CC_SLASH:
		if (i < len && s[i] == '/') {
			while (i < len && s[i] != '\n' && s[i] != '\r')
				i++;
			t.kind = FP_T_LINE_COMMENT;
		} else if (i < len && s[i] == '*') {
			size_t e = 0, k = i + 1;
			while (k + 1 < len) {
				const char *star = memchr(s + k, '*', len - 1 - k);
				if (!star)
					break;
				k = (size_t)(star - s);
				if (s[k + 1] == '/') {
					e = k + 2;
					break;
				}
				k++;
			}
			t.kind = FP_T_BLOCK_COMMENT;
			if (e) {
				i = e;
			} else {
				i = len;
				t.err = FP_D_UNTERMINATED_COMMENT;
			}
		} else {
			t.kind = FP_T_SLASH;
		}
		break;
	case CC_LT:
		t.kind = FP_T_LT;
		if (i < len && s[i] == '=') {
			i++;
			t.kind = FP_T_LE;
		}
		break;
	case CC_GT:
		t.kind = FP_T_GT;
		if (i < len && s[i] == '=') {
			i++;
			t.kind = FP_T_GE;
		}
		break;
	case CC_BANG:
		if (i < len && s[i] == '=') {
			i++;
			t.kind = FP_T_NE;
		} else if (i < len && s[i] == '~') {
			i++;
			t.kind = FP_T_NEQUIV;
		} else {
			t.kind = FP_T_ILLEGAL;
			t.err = FP_D_UNEXPECTED_CHARACTER;
		}
		break;
	case CC_PUNCT:
		t.kind = punct_kind[c];
		break;
	default:
		if (c == '"') {
			/* "text": a string in the wrong quotes is one mistake,
			 * one token, when it closes on the same line */
			size_t e = i;
			while (e < len && s[e] != '"' && s[e] != '\n' && s[e] != '\r')
				e++;
			if (e < len && s[e] == '"') {
				t.kind = FP_T_ILLEGAL;
				t.err = FP_D_UNEXPECTED_CHARACTER;
				t.end = (uint32_t)(e + 1);
				return t;
			}
		}
		if (c == 0xE2 && i + 1 < len && (unsigned char)s[i] == 0x80 &&
		    ((unsigned char)s[i + 1] == 0x98 || (unsigned char)s[i + 1] == 0x9C)) {
			/* 'text' in typographic quotes (U+2018..U+2019 or
			 * U+201C..U+201D, as word processors write them): one
			 * token up to the closing one on the same line */
			unsigned char close = (unsigned char)s[i + 1] == 0x98 ? 0x99 : 0x9D;
			size_t e = i + 2;
			while (e + 2 < len && s[e] != '\n' && s[e] != '\r' &&
			       !((unsigned char)s[e] == 0xE2 && (unsigned char)s[e + 1] == 0x80 &&
				 (unsigned char)s[e + 2] == close))
				e++;
			if (e + 2 < len && (unsigned char)s[e] == 0xE2) {
				t.kind = FP_T_ILLEGAL;
				t.err = FP_D_UNEXPECTED_CHARACTER;
				t.end = (uint32_t)(e + 3);
				return t;
			}
		}
		/* Group a run of bytes that start no token into one ILLEGAL
		 * token, so a binary blob yields one diagnostic, not millions.
		 * The run stops at anything that can start a token. */
		while (i < len && cclass[(unsigned char)s[i]] == CC_ILLEGAL)
			i++;
		t.kind = FP_T_ILLEGAL;
		t.err = FP_D_UNEXPECTED_CHARACTER;
		break;
	}
	t.end = (uint32_t)i;
	return t;
}

/* The number of tokens of text, EOF included. */
static size_t count_tokens(const char *text, size_t len)
{
	size_t n = 1;
	for (size_t pos = 0;; n++) {
		fp_token t = fp_lex_next(text, len, pos);
		if (t.kind == FP_T_EOF)
			return n;
		pos = t.end;
	}
}

bool fp_lex_all(const char *text, size_t len, fp_arena *arena, fp_diags *diags,
		fp_tokens *out)
{
	out->items = NULL;
	out->len = 0;
	/* The array is the biggest thing a large file keeps, and growing it
	 * by doubling in the arena left up to 2.5 times its size there (an
	 * 80 MB file's tokens took 900 MB): a large text is counted first
	 * and lexed into an array of exactly that size. A small one (an
	 * editor's document, most files) is lexed once into a guess that
	 * grows: lexing it twice cost more than the few bytes it saves. */
	size_t cap = len > ((size_t)1 << 20) ? count_tokens(text, len) : len / 3 + 16;
	size_t n = 0, nerr = 0, bytes;
	if (fp_mul_size(cap, sizeof(fp_token), &bytes) != 0)
		return false;
	fp_token *v = fp_arena_alloc(arena, bytes);
	if (!v)
		return false;
	for (size_t pos = 0;;) {
		fp_token t = fp_lex_next(text, len, pos);
		if (n == cap) {
			if (fp_mul_size(cap * 2, sizeof *v, &bytes) != 0)
				return false;
			fp_token *nv = fp_arena_alloc(arena, bytes);
			if (!nv)
				return false;
			memcpy(nv, v, n * sizeof *v);
			v = nv;
			cap *= 2;
		}
		v[n++] = t;
		if (t.err && diags && nerr++ < FP_MAX_LEX_ERRORS)
			fp_lex_report(text, &t, diags);
		if (t.kind == FP_T_EOF)
			break;
		pos = t.end;
	}
	out->items = v;
	out->len = n;
	return true;
}

/* Write a short printable excerpt of s[0..n) into b ("'\\q'"). */
static void excerpt(fp_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n && i < 16; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c >= 0x20 && c < 0x7f)
			fp_buf_addc(b, (char)c);
		else
			fp_buf_printf(b, "\\x%02x", c);
	}
	if (n > 16)
		fp_buf_adds(b, "...");
}

void fp_lex_report(const char *text, const fp_token *t, fp_diags *d)
{
	size_t s = t->start, e = t->end;
	switch (t->err) {
	case FP_D_UNEXPECTED_CHARACTER: {
		if (text[s] == '$') {
			fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unknown special variable '%.*s' (expected $this, $index or $total)",
				     (int)(e - s > 40 ? 40 : e - s), text + s);
			return;
		}
		if (text[s] == '!') {
			fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected character '!' (did you mean '!=' or 'not()'?)");
			return;
		}
		if (text[s] == '"' && e - s >= 2 && text[e - 1] == '"') {
			fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "double-quoted string; FHIRPath strings use single quotes: '%.*s'",
				     (int)(e - s - 2 > 60 ? 60 : e - s - 2), text + s + 1);
			return;
		}
		uint32_t cp;
		size_t l = fp_utf8_decode(text + s, e - s, &cp);
		if (l > 0 && (cp == 0x2018 || cp == 0x201C) && e - s > l) {
			fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "typographic quotes (from a word processor?); FHIRPath strings use ' (U+0027): '%.*s'",
				     (int)(e - s - 6 > 60 ? 60 : e - s - 6), text + s + 3);
			return;
		}
		if (l == e - s && l > 0) {
			if (cp == 0x201C || cp == 0x201D || cp == 0x2018 || cp == 0x2019)
				fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "typographic quote U+%04X; FHIRPath strings use ' (U+0027)", cp);
			else if (cp == '"')
				fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected character '\"'; FHIRPath strings use single quotes");
			else if (cp >= 0x20 && cp < 0x7f)
				fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected character '%c'", (char)cp);
			else
				fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected character U+%04X", cp);
			return;
		}
		if (fp_utf8_valid(text + s, e - s, NULL) && e - s <= 48) {
			fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected characters '%.*s'", (int)(e - s), text + s);
			return;
		}
		fp_buf b;
		fp_buf_init(&b);
		excerpt(&b, text + s, e - s);
		fp_diags_add(d, FP_D_UNEXPECTED_CHARACTER, s, e, "unexpected characters '%s'", b.data ? b.data : "");
		fp_buf_release(&b);
		return;
	}
	case FP_D_UNTERMINATED_STRING:
		fp_diags_add(d, FP_D_UNTERMINATED_STRING, s, e, "unterminated string literal (missing closing ')");
		return;
	case FP_D_UNTERMINATED_COMMENT:
		fp_diags_add(d, FP_D_UNTERMINATED_COMMENT, s, s + 2, "unterminated comment (missing closing */)");
		return;
	case FP_D_UNTERMINATED_IDENTIFIER:
		fp_diags_add(d, FP_D_UNTERMINATED_IDENTIFIER, s, e, "unterminated delimited identifier (missing closing `)");
		return;
	case FP_D_INVALID_ESCAPE: {
		/* every unpaired surrogate escape of the token, each with its
		 * own range */
		size_t found = 0;
		for (size_t i = s + 1; i + 1 < e; i++) {
			if (text[i] != '\\')
				continue;
			bool unpaired;
			size_t n = escape_len(text, e, i, &unpaired);
			if (unpaired) {
				long v = hex4(text, e, i + 2);
				if (v >= 0xDC00)
					fp_diags_add(d, FP_D_INVALID_ESCAPE, i, i + 6,
						     "invalid escape '\\u%.4s': a low surrogate must follow a high one (\\uD83D\\uDD25)",
						     text + i + 2);
				else
					fp_diags_add(d, FP_D_INVALID_ESCAPE, i, i + 6,
						     "invalid escape '\\u%.4s': a high surrogate must be followed by a low one (\\uD83D\\uDD25)",
						     text + i + 2);
				found++;
			}
			i += (n ? n : 1) - 1;
		}
		if (!found)
			fp_diags_add(d, FP_D_INVALID_ESCAPE, s, e, "invalid escape sequence");
		return;
	}
	case FP_D_INVALID_DATETIME:
		fp_diags_add(d, FP_D_INVALID_DATETIME, s, e, "'@' must start a date (@2024-01-31), datetime or time (@T10:30)");
		return;
	default:
		return;
	}
}

char *fp_lex_unescape(const char *text, const fp_token *t, fp_arena *arena, size_t *n)
{
	size_t s = t->start + 1, e = t->end;
	/* an unterminated token has no closing quote to drop */
	if (t->err != FP_D_UNTERMINATED_STRING && t->err != FP_D_UNTERMINATED_IDENTIFIER && e > s)
		e--;
	char *out = fp_arena_alloc(arena, e - s + 1);
	if (!out)
		return NULL;
	size_t k = 0;
	for (size_t i = s; i < e; i++) {
		char c = text[i];
		if (c != '\\' || i + 1 >= e) {
			out[k++] = c;
			continue;
		}
		char x = text[i + 1];
		switch (x) {
		case 'n': out[k++] = '\n'; i++; continue;
		case 'r': out[k++] = '\r'; i++; continue;
		case 't': out[k++] = '\t'; i++; continue;
		case 'f': out[k++] = '\f'; i++; continue;
		case '\'': case '"': case '`': case '\\': case '/':
			out[k++] = x; i++; continue;
		case 'u': {
			long v = hex4(text, e, i + 2);
			if (v >= 0) {
				uint32_t cp = (uint32_t)v;
				size_t adv = 6;
				/* a surrogate pair written as two escapes */
				long lo = cp >= 0xD800 && cp <= 0xDBFF && i + 7 < e && text[i + 6] == '\\' &&
					  text[i + 7] == 'u' ? hex4(text, e, i + 8) : -1;
				if (lo >= 0xDC00 && lo <= 0xDFFF) {
					cp = 0x10000 + ((cp - 0xD800) << 10) + ((uint32_t)lo - 0xDC00);
					adv = 12;
				}
				char u[4];
				size_t ul = fp_utf8_encode(cp, u);
				if (ul == 0) {  /* lone surrogate: U+FFFD */
					ul = fp_utf8_encode(0xFFFD, u);
				}
				/* 6 escape bytes always cover up to 4 output bytes */
				memcpy(out + k, u, ul);
				k += ul;
				i += adv - 1;
				continue;
			}
			continue;       /* a short \u: 'u' and the digits follow */
		}
		default:
			continue;       /* no escape: the backslash is dropped */
		}
	}
	out[k] = 0;
	*n = k;
	return out;
}
