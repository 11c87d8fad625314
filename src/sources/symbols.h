/*
 * sources/symbols.h - the definitions a FHIR resource declares: the
 * workspace's symbols.
 *
 * An implementation guide names its own artefacts by canonical URL:
 * profiles (conformsTo('url')), extensions (extension('url')), value sets
 * (memberOf('url')), code systems; its search parameters by code, its
 * questionnaires' variables by name. This file lists, for one parsed
 * resource tree (JSON, or XML read into the same tree; Bundles and their
 * entries included), what each of those is called and where its URL (or
 * name) is written, so that a front end can complete it, jump to it and
 * find it by name, and so that the analysis can tell a slip of one of
 * ours from another publisher's URL.
 *
 * Layer invariant (sources/): reads the resource tree only; parses no
 * FHIRPath (defineVariable() names, which live inside expressions, are
 * not listed here).
 */
#ifndef FP_SOURCES_SYMBOLS_H
#define FP_SOURCES_SYMBOLS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json/read.h"
#include "util/arena.h"

/* ORDER SYMKIND: fp_sym_kind_names[] in symbols.c */
typedef enum fp_sym_kind {
	FP_SYM_PROFILE = 1,     /* StructureDefinition constraining a type (derivation constraint) */
	FP_SYM_EXTENSION,       /* StructureDefinition of type Extension */
	FP_SYM_STRUCTURE,       /* any other StructureDefinition (a logical model, a specialisation) */
	FP_SYM_VALUESET,
	FP_SYM_CODESYSTEM,
	FP_SYM_SEARCHPARAM,
	FP_SYM_VARIABLE,        /* a Questionnaire's SDC variable (the `variable` extension) */
	FP_SYM_KINDS
} fp_sym_kind;

/* "profile", "extension", "structure", "value set", "code system",
 * "search parameter", "variable"; "?" for anything else. */
const char *fp_sym_kind_name(int kind);

typedef struct fp_symbol {
	uint8_t kind;           /* fp_sym_kind */
	const char *url;        /* its canonical URL; NULL when it has none (a variable) */
	const char *name;       /* name, else title; a search parameter's code; a
				 * variable's name; NULL when it has none */
	/* an extension: the types its value[x] allows ("string|Coding"); a
	 * search parameter: its bases ("Patient|Group"); else NULL */
	const char *detail;
	uint32_t start, end;    /* where it is declared: the URL's value without
				 * quotes, else the name's */
} fp_symbol;

/* The symbols of the resource tree root (a resource; a Bundle's entries
 * are looked at to a depth of 16), in document order, allocated in
 * arena (strings too), into *out and *n. False only when out of memory. */
bool fp_tree_symbols(const fp_json *root, fp_arena *arena, fp_symbol **out, size_t *n);

#endif
