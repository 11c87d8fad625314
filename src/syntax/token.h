/*
 * syntax/token.h - FHIRPath tokens and the lexer.
 *
 * Layer invariant (syntax/): knows the FHIRPath grammar and nothing else:
 * no FHIR model, no files, no JSON, no LSP. Positions are byte offsets into
 * the caller's text; converting them is done at the edges.
 *
 * The lexer is a pure function (fp_lex_next): an offset in, one token out,
 * no hidden state. Whitespace and comments come back as trivia tokens so
 * that formatting and semantic highlighting see every byte. Bad bytes
 * become an ILLEGAL token and lexing goes on.
 */
#ifndef FP_SYNTAX_TOKEN_H
#define FP_SYNTAX_TOKEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "util/arena.h"
#include "util/diag.h"

/* ORDER TOKEN: fp_token_kind, fp_token_names[] in lex.c and the binding
 * power table in parse.c follow this order. */
typedef enum fp_token_kind {
	FP_T_EOF,
	/* trivia */
	FP_T_WS,
	FP_T_LINE_COMMENT,
	FP_T_BLOCK_COMMENT,
	FP_T_ILLEGAL,           /* bytes that start no token (grouped) */
	/* names and literals */
	FP_T_IDENT,
	FP_T_DELIMITED,         /* `name` */
	FP_T_STRING,            /* 'text' */
	FP_T_INTEGER,
	FP_T_DECIMAL,
	FP_T_LONG,              /* 123L */
	FP_T_DATE,              /* @2024-01-02 */
	FP_T_DATETIME,          /* @2024-01-02T10:00:00Z, @2024T */
	FP_T_TIME,              /* @T10:00 */
	FP_T_THIS,              /* $this */
	FP_T_INDEX,             /* $index */
	FP_T_TOTAL,             /* $total */
	/* punctuation */
	FP_T_DOT,
	FP_T_COMMA,
	FP_T_LPAREN,
	FP_T_RPAREN,
	FP_T_LBRACKET,
	FP_T_RBRACKET,
	FP_T_LBRACE,
	FP_T_RBRACE,
	FP_T_COLON,
	FP_T_SEMI,              /* ends an expression in .fhirpath files */
	FP_T_PERCENT,
	/* symbolic operators */
	FP_T_STAR,
	FP_T_SLASH,
	FP_T_PLUS,
	FP_T_MINUS,
	FP_T_AMP,
	FP_T_PIPE,
	FP_T_LE,
	FP_T_LT,
	FP_T_GT,
	FP_T_GE,
	FP_T_EQ,
	FP_T_EQUIV,             /* ~ */
	FP_T_NE,
	FP_T_NEQUIV,            /* !~ */
	/* keywords */
	FP_T_DIV,
	FP_T_MOD,
	FP_T_IS,
	FP_T_AS,
	FP_T_IN,
	FP_T_CONTAINS,
	FP_T_AND,
	FP_T_OR,
	FP_T_XOR,
	FP_T_IMPLIES,
	FP_T_TRUE,
	FP_T_FALSE,
	FP_T_COUNT_
} fp_token_kind;

typedef struct fp_token {
	uint32_t start, end;    /* byte range [start, end) */
	uint8_t kind;           /* fp_token_kind */
	uint8_t err;            /* 0, or an FP00xx lexical code (FP_D_*) */
} fp_token;

/* The reserved words (keywords.def), in the order completion offers
 * them. */
typedef struct fp_keyword {
	const char *word;
	unsigned char len;
	fp_token_kind kind;
} fp_keyword;
extern const fp_keyword fp_keywords[];
extern const size_t fp_nkeywords;

/* Lex one token of text[0..len) starting at pos (< len, or == len for EOF). */
fp_token fp_lex_next(const char *text, size_t len, size_t pos);

/* Printable name of a token kind ("'('", "identifier", "end of input"). */
const char *fp_token_name(fp_token_kind k);

static inline bool fp_token_is_trivia(fp_token_kind k)
{
	return k >= FP_T_WS && k <= FP_T_BLOCK_COMMENT;
}

/* True for the words that may also serve as identifiers (grammar rule
 * `identifier`): as, contains, in, is. asc/desc/sort are plain IDENTs. */
static inline bool fp_token_is_soft_keyword(fp_token_kind k)
{
	return k == FP_T_IS || k == FP_T_AS || k == FP_T_IN || k == FP_T_CONTAINS;
}

/* A token array (all tokens, trivia included, ending with one EOF). */
typedef struct fp_tokens {
	fp_token *items;
	size_t len;
} fp_tokens;

/* Lexical errors reported per text; past this a binary blob would only
 * bury the useful ones. */
#define FP_MAX_LEX_ERRORS 200

/* Lex the whole text into an array allocated in `arena`; lexical errors go
 * to `diags` (at most FP_MAX_LEX_ERRORS of them; diags may be NULL).
 * Returns false only when out of memory. */
bool fp_lex_all(const char *text, size_t len, fp_arena *arena, fp_diags *diags,
		fp_tokens *out);

/* Report the lexical error of token t into diags, with a precise range
 * (e.g. the bad escape inside a string). */
void fp_lex_report(const char *text, const fp_token *t, fp_diags *diags);

/* Decode the value of a STRING or DELIMITED token (quotes removed, escapes
 * resolved) into the arena; NUL-terminated, *n gets the length. As the
 * specification says, a backslash before a character that starts no
 * escape is dropped ('\d' is 'd', '\u005' is 'u005'); an unpaired
 * surrogate escape becomes U+FFFD. NULL when out of memory. */
char *fp_lex_unescape(const char *text, const fp_token *t, fp_arena *arena, size_t *n);

/* The first backslash at or after offset `from` of a STRING or DELIMITED
 * token that starts no escape, so that the value drops it: its offset,
 * with *end the end of what it makes mean something else (the character
 * after it, and the digits of a short \u); (size_t)-1 when there is none.
 * Valid syntax, but rarely what was meant (FP2012). */
size_t fp_lex_dropped_backslash(const char *text, const fp_token *t, size_t from, size_t *end);

#endif
