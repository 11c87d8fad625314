/*
 * project/settings.h - what the folders around a file say about how to
 * check it: its FHIR version and its .fhirpath-ls.json (severities).
 *
 * Every front end asks here, per file, so that `check DIR`, `check
 * DIR/a.fhirpath` and `serve` with DIR as its workspace agree. The rule
 * (nearest wins, as ruff and ESLint find their configuration): start at
 * the file's folder (or the folder itself) and go up, through the
 * repository root (the first folder holding .git) at most; the first
 * folder whose .fhirpath-ls.json has a fhirVersion, or whose
 * sushi-config.yaml, package.json or ig.ini names one, says it. What a
 * folder says is read once per cache.
 *
 * A cache is used from one thread at a time (check resolves its files
 * while it walks them; the server's loop and its scan thread each have
 * their own).
 */
#ifndef FP_PROJECT_SETTINGS_H
#define FP_PROJECT_SETTINGS_H

#include <stdbool.h>

#include "model/model.h"

typedef struct fp_settings fp_settings;

/* A new cache; NULL when out of memory (then every lookup says nothing). */
fp_settings *fp_settings_new(void);
void fp_settings_free(fp_settings *s);

/* The nearest .fhirpath-ls.json around path (the same walk up): its
 * settings, with *file its folder (owned by the cache). A malformed one
 * gives NULL with *err the reason (and *file set); none gives NULL with
 * both NULL. */
const struct fp_config *fp_settings_config(fp_settings *s, const char *path, const char **file,
					   const char **err);

/* What the folders around path say, both lookups above in one walk. */
typedef struct fp_settings_found {
	bool says;              /* a folder names a version: */
	fp_fhir_version version;
	const char *from;       /* the file that names it */
	/* the nearest .fhirpath-ls.json: its settings (NULL when malformed,
	 * then config_err says why), config_file its folder; all NULL when
	 * there is none */
	const struct fp_config *config;
	const char *config_file;
	const char *config_err;
} fp_settings_found;

/* Fill *out (strings owned by the cache, valid until it is cleared or
 * freed). False, with *out empty, when path does not exist or s is NULL;
 * out of memory gives what was found before. */
bool fp_settings_lookup(fp_settings *s, const char *path, fp_settings_found *out);

/* Forget what the folders said (a project file changed). */
void fp_settings_clear(fp_settings *s);

/* The FHIR version the folders around path (a file or a folder, which
 * must exist) name, into *v, and the file that names it into *from
 * ("ig/sushi-config.yaml", owned by the cache: valid until it is
 * cleared or freed). False when none does, s is NULL, or out of memory. */
bool fp_settings_version(fp_settings *s, const char *path, fp_fhir_version *v, const char **from);

#endif
