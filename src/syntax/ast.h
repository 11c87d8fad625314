/*
 * syntax/ast.h - the FHIRPath syntax tree.
 *
 * Nodes live in the arena of the document version (or request) that parsed
 * them and are never freed one by one. Every node has its byte range in the
 * source text. Errors do not stop parsing: an ERROR node stands where an
 * expression was expected or where tokens were skipped, so a tree always
 * exists and half-typed input ('Patient.name.', 'where(') still gives one
 * that completion can use.
 *
 * Trees are bounded in height (FP_MAX_DEPTH), so every recursive walk over
 * them has a bounded stack.
 */
#ifndef FP_SYNTAX_AST_H
#define FP_SYNTAX_AST_H

#include <stdint.h>

/* Deepest tree (and deepest parser recursion) accepted. Real invariants
 * stay under 40; generated ones under a few hundred. */
#define FP_MAX_DEPTH 1000

typedef enum fp_node_kind {
	FP_N_ERROR,             /* missing or unparsable; kids = what was parsed */
	/* literals */
	FP_N_NULL,              /* {} */
	FP_N_BOOL,              /* str = "true" / "false" */
	FP_N_STRING,            /* str = decoded value */
	FP_N_INTEGER,           /* str = digits as written */
	FP_N_DECIMAL,
	FP_N_LONG,              /* str = digits without the L */
	FP_N_DATE,              /* str = text without the '@' */
	FP_N_DATETIME,
	FP_N_TIME,              /* str = text without the '@T' */
	FP_N_QUANTITY,          /* str = number; kids[0] = UNIT */
	FP_N_UNIT,              /* str = unit; op = 1 for a calendar keyword */
	/* names */
	FP_N_IDENT,             /* member or bare name; str = decoded name */
	FP_N_CALL,              /* function; str = name; kids = arguments */
	FP_N_THIS,
	FP_N_INDEX,
	FP_N_TOTAL,
	FP_N_EXTERNAL,          /* %name; str = decoded name */
	/* compound */
	FP_N_INVOKE,            /* kids[0] '.' kids[1] (IDENT, CALL, $this...) */
	FP_N_INDEXER,           /* kids[0] '[' kids[1] ']' */
	FP_N_UNARY,             /* op = FP_T_PLUS / FP_T_MINUS; kids[0] */
	FP_N_BINARY,            /* op = operator token kind; kids[0], kids[1] */
	FP_N_TYPEOP,            /* op = FP_T_IS / FP_T_AS; kids[0], kids[1] = TYPE */
	FP_N_TYPE,              /* type specifier; str = "FHIR.Patient" as decoded */
	FP_N_PAREN,             /* '(' kids[0] ')' */
	FP_N_SORTARG,           /* op = 0, 1 (asc) or 2 (desc); kids[0] */
	FP_N_SELECTOR,          /* instance selector; str = type; kids = SELEM */
	FP_N_SELEM,             /* str = element name; kids[0] = value */
	FP_N_COUNT_
} fp_node_kind;

/* fp_node.id of the nodes past the first 16,777,215 of a tree. */
#define FP_NODE_NOID 0xFFFFFFu

typedef struct fp_node fp_node;
/* fp_node.flags */
enum {
	FP_NF_GARBAGE = 1,      /* invalid characters were skipped inside it */
};

struct fp_node {
	uint8_t kind;           /* fp_node_kind */
	uint8_t op;             /* operator token kind or small flag */
	uint16_t height;        /* 1 for leaves */
	uint32_t flags : 8;     /* FP_NF_* */
	/* 0, 1, 2... in the order the parser made the nodes of one tree
	 * (one fp_parse_tokens() call): the node's row in the tables kept
	 * per tree, such as analysis/typemap.h's. Ids may have gaps (nodes
	 * made during recovery and dropped) but never repeat in a tree, up
	 * to FP_NODE_NOID: the nodes made after that many have no row. 24
	 * bits beside the flags keep a node at 48 bytes. */
	uint32_t id : 24;
	uint32_t start, end;    /* byte range [start, end) in the source */
	uint32_t name_start;    /* IDENT/CALL/EXTERNAL/SELEM: the name's range */
	uint32_t name_end;
	uint32_t nkids;
	uint32_t len;           /* length of str */
	const char *str;        /* see the kinds above; NUL-terminated */
	fp_node **kids;
};

/* Name of a node kind for dumps ("INVOKE"). */
const char *fp_node_kind_name(fp_node_kind k);

#endif
