/*
 * project/defs.h - the workspace's definitions as the analysis sees them.
 *
 * sources/symbols.h lists what each file declares (with names and
 * places, for the editor); the analysis only needs to know which
 * extension, profile and value set URLs exist, and what an extension's
 * value can be. This turns a symbol into one entry of that list
 * (fp_analysis_env.ext_urls: "Kurl" or "Eurl\ttypes"); a run gathers the
 * entries of every file, sorts them and hashes them (project/cache.h,
 * fp_cache_ext_hash), so an expression that depends on them is judged
 * again exactly when the set changes.
 */
#ifndef FP_PROJECT_DEFS_H
#define FP_PROJECT_DEFS_H

#include <stdbool.h>
#include <stddef.h>

#include "sources/symbols.h"
#include "util/arena.h"

/* y's entry, in arena; NULL for a symbol the analysis does not look at
 * (a code system, a search parameter, a variable, one without a URL),
 * and NULL with *ok set to false when out of memory. */
const char *fp_def_entry(fp_arena *arena, const fp_symbol *y, bool *ok);

/* Sort v[0..*n) (strcmp) and drop repeats. */
void fp_defs_sort_unique(const char **v, size_t *n);

#endif
