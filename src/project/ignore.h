/*
 * project/ignore.h - the findings a file's authors silenced: the inline
 * suppressions of a .fhirpath text (sources/suppress.h: '// fhirpath-ls:
 * ignore FP2003') and the "ignore" entries of its .fhirpath-ls.json
 * (sources/config.h), which serve JSON and XML files too.
 *
 * Every front end applies them where it applies severities, after them
 * (fp_apply_severities), so that `check`, its cache and the editor agree:
 * the driver before a file's findings are converted and recorded (a
 * record holds what is left; the cache key hashes the ignore entries, so
 * changing them re-checks the files), the server after each analysis.
 */
#ifndef FP_PROJECT_IGNORE_H
#define FP_PROJECT_IGNORE_H

#include <stdbool.h>
#include <stddef.h>

#include "project/driver.h"
#include "project/pipeline.h"
#include "util/diag.h"

/* Drop from d the findings of the file at path (NULL or "-": stdin or an
 * editor buffer without a file; the config's globs then match nothing)
 * that the suppressions of file (a .fhirpath text's sites, or NULL) or
 * opt->config's ignore entries cover; add FP2020 for unused
 * suppressions and FP0043 for malformed ones, with opt's severities.
 * info[0..ninfo) are the file's expressions (what an entry's
 * "expression" and "origin" are compared with), sorted by start, their
 * ranges not overlapping unless equal (fp_checked.info is so). The
 * order of d is kept, the new findings at the end. False only when out
 * of memory. */
bool fp_apply_ignores(fp_diags *d, const fp_check_options *opt, const char *path, const char *text,
		      const fp_fpfile *file, const fp_expr_info *info, size_t ninfo);
/* The same for an FSH text (its // and block comments, read by
 * sources/fsh.h; its expressions are the info ranges: the strings that
 * hold them, so a comment covers the rule after it); text[0..len) need
 * not end in a NUL. */
bool fp_apply_ignores_fsh(fp_diags *d, const fp_check_options *opt, const char *path,
			  const char *text, size_t len, const fp_expr_info *info, size_t ninfo);

/* The expression records of a checked text, as fp_apply_ignores wants
 * them (sorted): of fhir's sites when it is FHIR, else of file's
 * expressions (text is the file's), in arena. False only when out of
 * memory. */
bool fp_expr_infos(const char *text, const fp_fpfile *file, const fp_fhir_file *fhir,
		   fp_arena *arena, fp_expr_info **out, size_t *n);

#endif
