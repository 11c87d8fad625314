/*
 * store/location.h - where the cache lives: its folder, and the database
 * file of one workspace in it.
 *
 * The rule, in order (the first that applies wins):
 *   1. the --cache DIR of the command line (any non-empty value);
 *   2. $FHIRPATH_LS_CACHE (any non-empty value);
 *   3. $XDG_CACHE_HOME/fhirpath-ls (only when it is an absolute path, as
 *      the XDG base directory specification says);
 *   4. $HOME/.cache/fhirpath-ls (HOME non-empty).
 * Each workspace root has its own database in that folder, named from the
 * root's real path (realpath()): "<name>-<hash>.db", where <name> is the
 * root's last component with every byte outside [A-Za-z0-9._-] replaced
 * by '_' (at most 40 bytes; "root" for "/"; a leading '.' becomes '_' so
 * the file is never hidden) and <hash> the 16 lowercase hex digits of the
 * 64-bit FNV-1a hash of the real path's bytes. The name is stable across
 * versions of fhirpath-ls: a new name would orphan every cache.
 *
 * The store (store.c) and `doctor` both call these, so that what doctor
 * inspects is exactly what the store opens. Nothing here touches the file
 * system except fp_store_db_path's realpath() of the root; nothing is
 * created.
 */
#ifndef FP_STORE_LOCATION_H
#define FP_STORE_LOCATION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Which rule gave the cache folder. ORDER ORIGIN: origin_names[] in
 * location.c. */
typedef enum fp_cache_origin {
	FP_CACHE_FROM_OPTION,   /* --cache DIR */
	FP_CACHE_FROM_ENV,      /* $FHIRPATH_LS_CACHE */
	FP_CACHE_FROM_XDG,      /* $XDG_CACHE_HOME/fhirpath-ls */
	FP_CACHE_FROM_HOME,     /* $HOME/.cache/fhirpath-ls */
	FP_CACHE_NOWHERE,       /* none applies: no HOME */
} fp_cache_origin;

/* How an origin is shown to a user: "--cache", "$FHIRPATH_LS_CACHE",
 * "$XDG_CACHE_HOME", "$HOME", "nowhere". Static storage. */
const char *fp_store_origin_name(fp_cache_origin o);

/* The cache folder by the rule above, written to out[0..outlen) without a
 * trailing '/' (unless it is "/"). option is the --cache value or NULL.
 * Returns the rule that applied; FP_CACHE_NOWHERE (out "") when none did
 * or the path does not fit in outlen. */
fp_cache_origin fp_store_cache_dir(const char *option, char *out, size_t outlen);

/* The database file name for a workspace whose real path is real_root
 * ("/home/me/ig" -> "ig-1f0c2a9b4d3e5f60.db"), into out. False when it
 * does not fit (outlen >= 64 always suffices). */
bool fp_store_db_name(const char *real_root, char *out, size_t outlen);

/* The database of workspace `root` (any path to an existing folder; its
 * real path names the file) in the cache folder the rule gives for
 * `option`: "<dir>/<name>.db" into out. *origin (may be NULL) gets the
 * rule. False when the root cannot be resolved (errno from realpath()),
 * no rule applies, or the path does not fit. */
bool fp_store_db_path(const char *option, const char *root, char *out, size_t outlen,
		      fp_cache_origin *origin);

/* The 64-bit FNV-1a hash of s[0..n) (offset basis 0xcbf29ce484222325,
 * prime 0x100000001b3): the hash in database names. */
uint64_t fp_store_name_hash(const char *s, size_t n);

#endif
