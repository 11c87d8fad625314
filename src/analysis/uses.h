/*
 * analysis/uses.h - the model elements an analysed expression reads.
 *
 * From the node types of one analysis (analysis/typemap.h): every member
 * name whose values all come from one element of the model is a use of
 * that element, named by the element's declaring path
 * ("HumanName.given", "Observation.value[x]", "Resource.id"), so that
 * Patient.name.given and Practitioner.name.given both read
 * HumanName.given. This is what `index --uses` and the editor's element
 * references list. A name whose values come from several elements (a
 * member of a union of types) is not a use of any: FIXME, list each.
 */
#ifndef FP_ANALYSIS_USES_H
#define FP_ANALYSIS_USES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "analysis/typemap.h"
#include "model/model.h"
#include "syntax/ast.h"
#include "util/arena.h"

typedef struct fp_use {
	const char *element;    /* fp_element.path: static model data */
	uint32_t start, end;    /* the name, in the offsets of the tree */
} fp_use;

/* The uses in root (analysed, its table `types`), in source order, into
 * arena: *out and *n (NULL and 0 when none). False when out of memory. */
bool fp_element_uses(const fp_node *root, const fp_typemap *types, fp_arena *arena, fp_use **out,
		     size_t *n);

/* The element a path names ("Patient.name.given", "HumanName.given",
 * "Observation.value" or "Observation.value[x]", through backbone
 * elements): its declaring path as uses name it ("HumanName.given"), or
 * NULL when m has no such element. */
const char *fp_element_named(const fp_model *m, const char *path, size_t len);

#endif
