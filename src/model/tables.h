/*
 * model/tables.h - the shape of the generated model tables (private to
 * src/model/: model.c reads them, model_r4.c, model_r4b.c and model_r5.c
 * define them; src/model/gen/genmodel.py writes those files).
 *
 * One model is four read-only arrays:
 *   - a string pool: NUL-terminated strings back to back, with tail
 *     merging (an element's name usually points into its path);
 *   - the types, sorted by name (bytewise), so a type's id is its index
 *     plus one and a name is found by binary search;
 *   - the elements, grouped by owner in type-id order and, within an
 *     owner, sorted by name: a type's own elements are the run
 *     [first, first + count), searched by bisection;
 *   - the type-id lists that elements' types and targets point into.
 * Only a type's own elements are stored (those no base type declares with
 * the same facts); the lookups walk the base chain for the rest.
 */
#ifndef FP_MODEL_TABLES_H
#define FP_MODEL_TABLES_H

#include "model/model.h"

typedef struct fp_type_row {
	uint32_t name;          /* offset in the pool */
	uint32_t first;         /* index of its first own element */
	uint16_t count;         /* number of own elements */
	fp_type_id base;        /* 0 at the root */
	uint8_t kind;           /* fp_type_kind */
	uint8_t abstract;
	uint8_t system;         /* index in fp_system_names (model.c); 0 = none */
} fp_type_row;

struct fp_model {
	fp_fhir_version version;
	const char *pool;
	const fp_type_row *types;
	size_t ntypes;
	const fp_element *elements;
	size_t nelements;
	size_t bytes;           /* static data: pool, id lists, elements, types */
};

extern const fp_model fp_model_r4;
extern const fp_model fp_model_r4b;
extern const fp_model fp_model_r5;

#endif
