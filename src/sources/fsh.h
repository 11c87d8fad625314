/*
 * sources/fsh.h - FHIR Shorthand (.fsh): the FHIRPath an IG's FSH sources
 * carry, as the same sites a FHIR JSON resource gives (sources/fhir_json.h).
 *
 * A reader of our own for the part of FSH that holds FHIRPath
 * (../shared/reference/fsh/reference.md):
 *   - items: Profile, Extension, Logical, Resource, Instance, Invariant,
 *     RuleSet (with parameters), ValueSet, CodeSystem, Mapping, Alias, with
 *     their keywords (Parent, Id, InstanceOf, Expression, Severity, ...);
 *   - rules: `* path obeys a and b`, `* obeys a`, assignments
 *     `* path = value`, caret rules `* ^constraint[+].expression = "..."`
 *     and `* path ^...`, `* insert RuleSet(args)` (`[[...]]` values, `\,`
 *     and `\)`, `{param}` substituted in the rule set's text as SUSHI
 *     does), soft indexes `[+]` and `[=]`, indented rules (their paths
 *     continue the rule above them);
 *   - strings: "..." (over several lines too; `\"` and `\\` are FSH's
 *     escapes, every other backslash, `\uXXXX` included, is left for
 *     FHIRPath to decode, as SUSHI leaves it) and """...""" (indentation
 *     trimmed by the specification's rule); // and block comments.
 *
 * What SUSHI would compile is built as FHIR resource trees (fp_json) and
 * read by fhir_json.c's scanner, so every site has the context, origin and
 * invariant facts the JSON form would give: an invariant once for each
 * element that obeys it (the parent chain followed through the project's
 * own profiles), caret constraints on their element, search parameters per
 * base, questionnaires, view definitions and Expression values of
 * Instances. An invariant nothing obeys is still checked: in the resource
 * its expression names first (`Patient.name...`), else with no context.
 *
 * Positions: every site's string is an fp_json node whose decoded offsets
 * map back into the .fsh text through a table (FP_SITE_MAP_FSH,
 * fp_fsh_string_source_offset): through escapes, triple quotes and
 * RuleSet arguments alike.
 *
 * The project: FSH items live in many files (invariants in one, profiles
 * and rule sets in others). A tank gives the reader the project's other
 * .fsh texts; sites are those whose strings are in the text being read.
 *
 * Layer invariant (sources/): reads FSH and builds trees; never parses
 * FHIRPath, never analyses.
 */
#ifndef FP_SOURCES_FSH_H
#define FP_SOURCES_FSH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "json/read.h"
#include "model/model.h"
#include "sources/fhir_json.h"
#include "util/arena.h"
#include "util/diag.h"

/* The project's other FSH texts and its sushi-config.yaml canonical. */
typedef struct fp_fsh_tank {
	const char **texts;
	size_t *lens;
	size_t n;
	const char *canonical;  /* "http://example.org/ig", or NULL */
} fp_fsh_tank;

/* The tank of the .fsh file at path: the nearest folder above it (up to
 * eight levels) with a sushi-config.yaml is the project; its .fsh files
 * (every one under it, the file itself left out) are read, and its
 * canonical. Without a project, the other .fsh files of path's folder.
 * Unreadable files are passed over. fp_fsh_tank_release frees it. False
 * only when out of memory. */
bool fp_fsh_tank_load(const char *path, fp_fsh_tank *tank);
/* The two steps of fp_fsh_tank_load, for a caller that reads a project
 * once for all its files (check): the folder to read for the .fsh file at
 * path into root (n bytes; *project: it has a sushi-config.yaml), false
 * when path does not resolve; then the tank of that folder, leaving out
 * the file whose real path is skip (NULL: none; fp_fsh_sites passes over
 * a tank text that is the very text it reads). */
bool fp_fsh_project_root(const char *path, char *root, size_t n, bool *project);
bool fp_fsh_tank_load_root(const char *root, bool project, const char *skip, fp_fsh_tank *tank);
void fp_fsh_tank_release(fp_fsh_tank *tank);

/* The sites of an FSH text (and its symbols: profiles, extensions, value
 * sets and code systems it declares, by canonical URL when the tank has
 * the canonical), into out; is_fhir is true. tank may be NULL (the text
 * alone). FSH-level findings (an unterminated string, an unknown
 * invariant or rule set) go to diags. Everything is in arena. False only
 * when out of memory. */
bool fp_fsh_sites(const char *text, size_t len, const fp_fsh_tank *tank, fp_fhir_version dflt,
		  fp_arena *arena, fp_diags *diags, fp_fhir_sites *out);

/* A decoded offset (0..len) of an FSH site's string back to its offset in
 * the .fsh text; the whole map (len + 1 entries) into map. str must be a
 * string of fp_fsh_sites (FP_SITE_MAP_FSH). */
size_t fp_fsh_string_source_offset(const fp_json *str, size_t decoded);
void fp_fsh_string_source_map(const fp_json *str, size_t *map);

/* The comments of an FSH text, in order, for a front end that reads
 * them (inline suppressions): [start, end) covers the comment from its
 * // or slash-star; line is true for // comments. In arena. False only
 * when out of memory. */
typedef struct fp_fsh_comment {
	uint32_t start, end;
	bool line;
} fp_fsh_comment;
bool fp_fsh_comments(const char *text, size_t len, fp_arena *arena, fp_fsh_comment **out,
		     size_t *n);

#endif
