/*
 * project/cache.h - a run's use of the store (store/store.h): what the
 * driver knows of each file from earlier runs, and what it learns.
 *
 * At the start of a run the rows of every file under the run's folder
 * are read at once (one query, sorted by path); the workers look files
 * up read-only, and the calling thread collects what they learnt and
 * writes it in batches, each one transaction. A file is the same as
 * last time when its size, mtime, inode and device are, and the options
 * it is checked with hash to the same key (that key includes this
 * build's source hash, so a new fhirpath-ls starts afresh). A file
 * modified less than FP_CACHE_RACY_NS before it was read might change
 * again within one timestamp tick: its bytes are read and compared with
 * the stored hash (git's "racily clean" rule).
 */
#ifndef FP_PROJECT_CACHE_H
#define FP_PROJECT_CACHE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "project/pipeline.h"
#include "store/store.h"

#define FP_CACHE_RACY_NS ((int64_t)2000000000)

typedef struct fp_cache fp_cache;

typedef struct fp_cache_stats {
	size_t files;           /* looked up */
	size_t hits;            /* reported from the store */
	size_t changed;         /* checked (not reported from the store) */
	size_t removed;         /* forgotten: gone from disk */
} fp_cache_stats;

/* The rows of the files under prefix (a folder's absolute path; NULL for
 * all). NULL when out of memory. The store must outlive the cache. */
fp_cache *fp_cache_new(fp_store *s, const char *prefix);
/* Writes what is pending, then frees. */
void fp_cache_free(fp_cache *c);

/* The row of an absolute path, or NULL; safe from any thread. */
const fp_store_file *fp_cache_find(const fp_cache *c, const char *abs);

/* Calling thread: a file of this run (its row, or NULL) was looked up,
 * and was (hit) or was not reported from the store. */
void fp_cache_seen(fp_cache *c, const fp_store_file *row, bool hit);

/* Calling thread: remember f (copied); written in batches. */
bool fp_cache_put(fp_cache *c, const fp_store_file *f);

/* Write what is pending; with forget_missing, also forget the rows under
 * the cache's prefix that this run did not see and that are not on disk.
 * False when the store could not write (it warned). */
bool fp_cache_flush(fp_cache *c, bool forget_missing);

void fp_cache_get_stats(const fp_cache *c, fp_cache_stats *out);

/* What a file's findings depend on besides its bytes: this build, the
 * FHIR version, the default context, lean, the severities of config and
 * overrides. Known extension URLs (a server's single-file recheck) are
 * hashed by fp_cache_ext_hash, not here. */
uint64_t fp_cache_options_key(const fp_check_options *opt);

/* The hash of a sorted list of extension definitions. */
uint64_t fp_cache_ext_hash(const char *const *urls, size_t n);

/* The workspace root a run's store is named after and loads the rows of
 * (absolute, into out): for each path the repository around it (the
 * nearest folder up holding .git), else its nearest existing folder; for
 * several, the deepest folder holding all of those (`check r4 r4b r5`
 * shares one database). `check`, `index` and `serve` agree on it. */
void fp_cache_root(const char *const *paths, size_t n, char *out, size_t outlen);

/* This build's source hash, 16 hex digits (doctor shows it). */
const char *fp_cache_build_id(void);

/* An absolute, lexically normalised path for path ("." and ".."
 * segments and repeated slashes removed; relative to the current folder
 * when it is relative), into out. False when it does not fit. */
bool fp_cache_abs_path(const char *path, char *out, size_t outlen);
/* The same relative to cwd (the current folder when NULL), which a run
 * that adds many paths gets once. */
bool fp_cache_abs_path_in(const char *cwd, const char *path, char *out, size_t outlen);

#endif
