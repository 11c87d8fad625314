/*
 * analysis/typemap.h - the type set of every node of one analysed tree.
 *
 * fp_analyze() fills one table for the tree it walks and gives it to the
 * caller; hover, completion, inlay hints and the FP2010 lint read it
 * instead of analysing the expression again, so they see exactly the
 * types behind the diagnostics.
 *
 * The table is dense: row fp_node.id of the tree's nodes (the parser
 * numbers them per tree). Against a hash keyed by node pointer it is a
 * direct index instead of a probe and about a quarter of the memory (no
 * keys, no empty slots, no grown-out tables left in the arena). The price
 * is that a table answers only for the tree it was made for: looking up
 * a node of another tree gives a wrong type, not none. Keep each table
 * with its tree. (Nodes past the first 16 million of one tree, which
 * have no id, are typed any.)
 */
#ifndef FP_ANALYSIS_TYPEMAP_H
#define FP_ANALYSIS_TYPEMAP_H

#include <stdint.h>

#include "analysis/types.h"
#include "syntax/ast.h"
#include "util/arena.h"

typedef struct fp_typemap {
	fp_tset *v;             /* v[id]; any for a node never typed */
	uint32_t n;             /* rows: one past the largest id in the tree */
} fp_typemap;

/* A table for the tree `root`, every row any, in arena a; NULL when out
 * of memory (or root is NULL). */
fp_typemap *fp_typemap_new(fp_arena *a, const fp_node *root);

/* Record t for n, a node of the table's tree (a later put for the same
 * node replaces it). m may be NULL: then nothing is recorded. */
void fp_typemap_put(fp_typemap *m, const fp_node *n, fp_tset t);

/* The type recorded for n, a node of the table's tree; any when none
 * was (or m is NULL). */
fp_tset fp_typemap_get(const fp_typemap *m, const fp_node *n);

#endif
