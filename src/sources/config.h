/*
 * sources/config.h - the workspace configuration, .fhirpath-ls.json:
 *   {"fhirVersion": "R5", "severity": {"FP2003": "off", "FP1001": "warning"},
 *    "inlayHints": true}
 * read by `check` (in the current folder and in each PATH folder) and by
 * the language server (at the workspace root, again when it changes).
 * inlayHints concerns the language server only (type hints, off unless
 * set); `check` ignores it.
 *
 * "ignore" silences findings by file, code and optionally the
 * expression's text or its origin, for every kind of file (JSON and XML
 * have no comments to write a suppression in):
 *   "ignore": [{"files": "input/resources/SearchParameter-*.json", "code": "FP2003"},
 *              {"code": ["FP1001", "FP2010"], "origin": "constraint pat-1"},
 *              {"files": "legacy-*.fhirpath", "code": "FP2003",
 *               "expression": "name.given.first()"}]
 * files is a glob over the file's path relative to the folder of the
 * .fhirpath-ls.json ('*' and '?' within a folder name, '**' any number of
 * folders); one without '/' matches the file name in any folder, as in
 * .gitignore; none: every file. code: one code or a list (required).
 * expression: the expression's text, blanks at its ends aside; origin:
 * the site's origin as JSON output shows it ("constraint pat-1"). All
 * given must match.
 */
#ifndef FP_SOURCES_CONFIG_H
#define FP_SOURCES_CONFIG_H

#include <stdbool.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"
#include "util/diag.h"

#define FP_CONFIG_FILE ".fhirpath-ls.json"

#define FP_CONFIG_MAX_IGNORES 64
#define FP_CONFIG_IGNORE_CODES 8
#define FP_CONFIG_POOL 8192

/* One "ignore" entry; its strings are offsets + 1 into fp_config.pool
 * (0: not given). */
typedef struct fp_config_ignore {
	uint16_t files, expression, origin;
	uint16_t ncodes;
	int16_t codes[FP_CONFIG_IGNORE_CODES];
} fp_config_ignore;

typedef struct fp_config {
	bool has_version;
	fp_fhir_version version;
	bool has_inlay_hints;
	bool inlay_hints;
	/* per code: 0 = as defined, -1 = off, else an fp_severity */
	signed char severity[10000];
	/* the "ignore" entries, in file order; dir: the real path of the
	 * folder it was read from (fp_config_load; "" for a text parsed
	 * alone), which their globs are relative to */
	size_t nignores;
	fp_config_ignore ignores[FP_CONFIG_MAX_IGNORES];
	size_t npool;
	char pool[FP_CONFIG_POOL];
	char dir[PATH_MAX];
} fp_config;

/* String off (an fp_config_ignore field) of cfg, or NULL when 0. */
const char *fp_config_str(const fp_config *cfg, uint16_t off);

/* Does the glob (see "files" above) match path, a relative path with
 * '/' between its folders? */
bool fp_glob_match(const char *glob, const char *path);

/* Apply "FP2003=off" (off, info, warning, error); false when malformed. */
bool fp_config_set_severity(fp_config *cfg, const char *spec);

/* Merge the settings of a configuration text into cfg. False when it is
 * malformed, with the reason in err. */
bool fp_config_parse(const char *text, size_t len, fp_config *cfg, char *err, size_t errlen);

/* Read dir/.fhirpath-ls.json into cfg. Returns 1 when read, 0 when there
 * is no such file (or it cannot be opened), -1 when it is malformed, not
 * a regular file (a FIFO is refused, never waited on) or over 1 MiB
 * (reason in err). */
int fp_config_load(const char *dir, fp_config *cfg, char *err, size_t errlen);

/* The top-level keys of a configuration text that are none of the known
 * ones (fhirVersion, severity, inlayHints), which fp_config_parse passes
 * over in silence: written to out as "'fhirversion' (did you mean
 * 'fhirVersion'?), 'x'" (truncated to outlen, always terminated). Returns
 * how many there are; 0 also when the text is not a JSON object. */
size_t fp_config_unknown_keys(const char *text, size_t len, char *out, size_t outlen);

/* The known keys, for messages: "fhirVersion, severity, inlayHints, ignore". */
extern const char fp_config_known_keys[];

/* The severity a diagnostic gets under cfg; 0 when it is switched off. */
fp_severity fp_config_severity(const fp_config *cfg, int code, fp_severity dflt);

#endif
