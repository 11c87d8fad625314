/*
 * sources/files.h - reading inputs and walking folders, shared by `check`,
 * `fmt` and the language server's workspace scan.
 */
#ifndef FP_SOURCES_FILES_H
#define FP_SOURCES_FILES_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"

/* A whole file in memory (or stdin when path is "-"). On failure returns
 * false and writes the system's reason to err. Files over max bytes are
 * refused with err "larger than the N MiB limit". */
bool fp_read_file(const char *path, size_t max, char **data, size_t *len,
		  char *err, size_t errlen);

/* Walk a path: a file as given, a directory recursively in sorted order,
 * skipping .git, node_modules and the cache dir; `want` picks files by
 * name. Calls visit(path, NULL) per file, visit(path, reason) for what
 * could not be read (permission, symlink loop). */
typedef void (*fp_visit_fn)(void *ctx, const char *path, const char *error);
void fp_walk(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx);
/* The same, stopping as soon as stop(ctx) is true (checked before each
 * directory entry): a background walk can be cancelled. */
void fp_walk_until(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx,
		   bool (*stop)(void *ctx));

/* By name: .fhirpath files, FHIR JSON and XML candidates, any of them. */
bool fp_is_fhirpath_file(const char *name);
bool fp_is_json_file(const char *name);
bool fp_is_xml_file(const char *name);
bool fp_is_input_file(const char *name);

/* The FHIR version a project folder declares: sushi-config.yaml
 * (fhirVersion), package.json (fhirVersions or a core package
 * dependency) or ig.ini; false when path is no folder or says nothing.
 * *from names the file that said it. */
bool fp_detect_fhir_version(const char *path, fp_fhir_version *v, const char **from);

#endif
