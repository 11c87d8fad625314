/*
 * sources/directives.h - the one table of .fhirpath comment directives
 * (directives.def), read by the file reader (fpfile.c) and by editor
 * completion. Part of sources/ (see fpfile.h).
 */
#ifndef FP_SOURCES_DIRECTIVES_H
#define FP_SOURCES_DIRECTIVES_H

#include <stddef.h>

#include "sources/fpfile.h"

typedef struct fp_directive_name {
	const char *name;       /* without '@' */
	fp_directive_kind kind;
	const char *doc;        /* one line for completion; NULL for an alias */
} fp_directive_name;

extern const fp_directive_name fp_directive_names[];
extern const size_t fp_ndirective_names;

#endif
