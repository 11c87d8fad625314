/*
 * sources/fpfile.h - .fhirpath files: split into expressions, read the
 * comment directives; the sites of a .fhirpath file.
 *
 * Layer invariant (sources/): finds FHIRPath in files and knows where each
 * expression sits in its file and what its context is, as data (sites).
 * It lexes (syntax/) and reads JSON and XML (json/, expat), but never
 * parses an expression and never analyses one: project/ does, for every
 * front end. It never prints and never touches the process.
 *
 * Splitting rule (DESIGN.md): a ';' outside strings and comments ends an
 * expression. A line break ends it too, unless the expression is still open
 * there (inside '(' '[' '{', or after a binary operator, '.', ',', '%' or a
 * unary sign) or the next non-blank line starts with a binary operator or
 * '.'. A blank line always ends it; a line that starts with a comment
 * ends it unless the expression is open.
 *
 * Directives are line comments '// @name value': @context (alias
 * @resource), @fhir, @input (alias @inputfile), @var 'name: Type',
 * @invariant ['on' | 'off']. Each applies to the expressions after it
 * until the next of its kind (@var: until redefined). @invariant marks
 * the expressions as invariants, which must give true or false (FP2010);
 * a bare '// @invariant' means on. '// @var name' without a type
 * declares a variable of unknown type. A '//' at the start of a value or
 * after a blank in it begins a comment that is not part of the value
 * ('// @context Patient // the subject').
 */
#ifndef FP_SOURCES_FPFILE_H
#define FP_SOURCES_FPFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/types.h"
#include "syntax/ast.h"
#include "sources/suppress.h"
#include "syntax/token.h"
#include "util/arena.h"
#include "util/diag.h"

typedef enum fp_directive_kind {
	FP_DIR_CONTEXT,
	FP_DIR_FHIR,
	FP_DIR_INPUT,
	FP_DIR_VAR,
	FP_DIR_INVARIANT,
} fp_directive_kind;

typedef struct fp_directive {
	fp_directive_kind kind;
	uint32_t start, end;            /* the whole comment */
	uint32_t name_start, name_end;  /* '@context' */
	uint32_t value_start, value_end;
	const char *value;              /* trimmed value (arena) */
	const char *var_name;           /* @var: the name; value = the type */
} fp_directive;

typedef struct fp_var {
	const char *name;
	const char *type;
	uint32_t start, end;            /* where it was declared */
	uint32_t type_start, type_end;  /* the type's range in the directive */
} fp_var;

typedef struct fp_fexpr {
	uint32_t start, end;            /* trimmed byte range of the expression */
	uint32_t tok_first, tok_last;   /* token range [first, last) */
	fp_node *ast;
	const char *context;            /* @context in force, or NULL */
	const fp_directive *context_dir;/* where that @context was written */
	const char *fhir;               /* @fhir in force, or NULL */
	const fp_directive *fhir_dir;
	const char *input;              /* @input in force, or NULL */
	const fp_var *vars;             /* @var declarations in force */
	size_t nvars;
	fp_tset type;                   /* inferred type (after analysis) */
	/* every node's type from that analysis (hover, completion, inlay
	 * hints and FP2010 read it); NULL when not analysed (over the time
	 * budget, out of memory). Analysing again refreshes it in place. */
	struct fp_typemap *types;
	/* The environment it was analysed in (project/env.h: model,
	 * context, %resource, variables, invariant record), owned by the
	 * arena it lives in, to analyse it again (check, once the run's
	 * extension definitions are known) and for FP2010; the expressions
	 * of one directive block share one. NULL: never analysed. */
	const struct fp_expr_env *env;
	bool invariant;                 /* '// @invariant' in force */
	bool complete;                  /* fp_analysis.complete */
	bool syntax_errors;             /* it has lexical or syntax errors */
	bool uses_ext;                  /* fp_uses_workspace_extensions() */
	/* the model elements it reads (analysis/uses.h), in the offsets of
	 * its tree; kept in the caller's arena even when lean drops the tree */
	const struct fp_use *uses;
	size_t nuses;
} fp_fexpr;

typedef struct fp_fpfile {
	const char *text;
	size_t len;
	fp_tokens toks;
	fp_fexpr *exprs;
	size_t nexprs;
	fp_directive *dirs;
	size_t ndirs;
	/* its suppression comments ('// fhirpath-ls: ignore FP2003',
	 * sources/suppress.h), in file order, kept even when lean */
	fp_comment *comments;
	size_t ncomments;
} fp_fpfile;

/* The sites of text[0..len) (the caller checked UTF-8 and kept the text
 * alive): lex it, split it into expressions (token ranges), read the
 * directives and give each expression the settings in force where it
 * starts. Nothing is parsed (exprs[].ast = NULL; project/pipeline.h's
 * fp_fpfile_parse_expr parses one). With lean the tokens are dropped
 * before the expression records are made (out->toks is empty), so a big
 * file never holds both. Everything goes into `arena`; diagnostics
 * (lexical, directives) into `diags`. False only when out of memory. */
bool fp_fpfile_sites(const char *text, size_t len, fp_arena *arena, bool lean, fp_diags *diags,
		     fp_fpfile *out);

/* Split only: compute expression token ranges without parsing (used by
 * the formatter). Same contract as fp_fpfile_sites, exprs[].ast = NULL. */
bool fp_fpfile_split(const char *text, size_t len, const fp_tokens *toks, fp_arena *arena,
		     fp_fexpr **exprs, size_t *nexprs);

#endif
