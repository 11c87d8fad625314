/*
 * sources/config.h - the workspace configuration, .fhirpath-ls.json:
 *   {"fhirVersion": "R5", "severity": {"FP2003": "off", "FP1001": "warning"},
 *    "inlayHints": true}
 * read by `check` (in the current folder and in each PATH folder) and by
 * the language server (at the workspace root, again when it changes).
 * inlayHints concerns the language server only (type hints, off unless
 * set); `check` ignores it.
 */
#ifndef FP_SOURCES_CONFIG_H
#define FP_SOURCES_CONFIG_H

#include <stdbool.h>
#include <stddef.h>

#include "model/model.h"
#include "util/diag.h"

#define FP_CONFIG_FILE ".fhirpath-ls.json"

typedef struct fp_config {
	bool has_version;
	fp_fhir_version version;
	bool has_inlay_hints;
	bool inlay_hints;
	/* per code: 0 = as defined, -1 = off, else an fp_severity */
	signed char severity[10000];
} fp_config;

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

/* The known keys, for messages: "fhirVersion, severity, inlayHints". */
extern const char fp_config_known_keys[];

/* The severity a diagnostic gets under cfg; 0 when it is switched off. */
fp_severity fp_config_severity(const fp_config *cfg, int code, fp_severity dflt);

#endif
