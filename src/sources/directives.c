/*
 * sources/directives.c - the directive table.
 */
#include "directives.h"

const fp_directive_name fp_directive_names[] = {
#define FP_DIRECTIVE(name, kind, doc) { name, FP_DIR_##kind, doc },
#include "directives.def"
#undef FP_DIRECTIVE
};
const size_t fp_ndirective_names = sizeof fp_directive_names / sizeof fp_directive_names[0];
