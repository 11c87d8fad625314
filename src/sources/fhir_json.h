/*
 * sources/fhir_json.h - where FHIRPath sits inside FHIR resources, in JSON
 * or XML: the expression sites of a file.
 *
 * Finds every expression a FHIR resource carries, with the context it is
 * evaluated in (DESIGN.md, "Where FHIRPath lives"):
 *   StructureDefinition  snapshot/differential element constraints
 *                        (context: the element's path; extensions:
 *                        Extension), context[] of type fhirpath
 *   SearchParameter      expression, once per base
 *   Questionnaire (SDC)  Expression values in text/fhirpath; %resource is
 *                        the QuestionnaireResponse, items narrow %context
 *   ViewDefinition       select[].column[].path, forEach, forEachOrNull,
 *                        repeat, where[].path; constants become %name
 *                        (of their value's System type), %rowIndex is
 *                        an Integer; forEach narrows the
 *                        context of what is nested in it, repeat's paths
 *                        apply to their own results too. resourceType
 *                        "ViewDefinition" or its logical model's URL
 *   Questionnaire (SDC)  also %name for a sourceQueries Bundle (a Bundle),
 *                        extractAllocateId (a String), assembleContext
 *   nested resources     contained[], Bundle.entry.resource,
 *                        Parameters.parameter(.part).resource: each with
 *                        the sites of its own type
 *   any resource         an Expression object in text/fhirpath
 *
 * Layer invariant: this file reads the resource and describes each site
 * as data (source range, how positions map, context, %resource, the
 * variables in scope, origin, invariant facts). It never parses FHIRPath
 * and never analyses: project/ does that for every front end, and the
 * store can look a site's results up by key before anything is parsed.
 */
#ifndef FP_SOURCES_FHIR_JSON_H
#define FP_SOURCES_FHIR_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "json/read.h"
#include "model/model.h"
#include "util/arena.h"
#include "util/diag.h"

/* How a site's context type is found (the model resolves it: project/). */
typedef enum fp_site_ctx {
	FP_SITE_CTX_ANY,        /* unknown */
	FP_SITE_CTX_PATH,       /* `context` is an element path or type ("Patient.contact",
				 * "Observation.value[x]"); any when it names nothing */
	FP_SITE_CTX_RESOURCE,   /* `context` names a resource type; any when it is none */
	FP_SITE_CTX_SITE,       /* one item of what site `ctx_site` gives (a view's forEach) */
} fp_site_ctx;

/* What is known about an element whose constraints are invariants: its
 * path ("Patient.contact", without "[x]"), and the paths the profile
 * makes required (minimum 1 where the base allows 0) or gives exactly one
 * type ("Patient.deceased\tboolean"), sorted. NULL/0 when none. single:
 * what the profile allows at most once per parent item, sorted: element
 * paths ("Patient.name", maximum 0 or 1) and extension slices by url
 * ("Extension.extension\ttype": the sub-extensions of url 'type',
 * "Patient.extension\thttp://..."), both only outside slices. */
typedef struct fp_site_invariant {
	const char *path;
	const char *const *required;
	size_t nrequired;
	const char *const *typed;
	size_t ntyped;
	const char *const *single;
	size_t nsingle;
} fp_site_invariant;

/* A variable a Questionnaire's expression sees, typed: by a type name
 * (a launchContext's resource type), or by the result of an earlier
 * site (a named expression: variable, itemPopulationContext). */
typedef struct fp_site_qvar {
	const char *name;
	const char *type;       /* a type name, or NULL */
	size_t site;            /* type NULL: the site it is the result of
				 * ((size_t)-1: untyped) */
	bool one;               /* one item of that result (itemPopulationContext) */
	size_t slot;            /* its index in fp_site_quest.names, or (size_t)-1 */
} fp_site_qvar;

/* What a Questionnaire's own expression knows (sources/questionnaire.h):
 * the questionnaire's items (analysis/items.h), the item it sits in,
 * the typed variables it sees (the nearest declaration of each name). */
typedef struct fp_site_quest {
	const struct fp_qitems *items;
	const struct fp_qitem *item;    /* the item it sits in, or NULL */
	const fp_site_qvar *vars;       /* sorted by name (strcmp), each name once */
	size_t nvars;
	/* the site's list of names (fp_site.vars) the slots index, when it
	 * is that one; else NULL */
	const char *const *names;
	uint64_t hash;                  /* of all of it (the earlier sites'
					 * result types aside): cache keys */
} fp_site_quest;

/* How offsets in the decoded text map back to the file. */
typedef enum fp_site_map {
	FP_SITE_MAP_JSON,
	FP_SITE_MAP_XML,
	FP_SITE_MAP_FSH,        /* through the string's table (sources/fsh.h) */
} fp_site_map;

typedef struct fp_site {
	const fp_json *str;     /* the JSON string / XML attribute (range with quotes) */
	const char *text;       /* its decoded text: the expression */
	size_t len;
	fp_site_map map;
	fp_fhir_version version;
	const char *context;    /* as reported ("Patient.contact"), or NULL */
	fp_site_ctx ctx_kind;
	size_t ctx_site;        /* FP_SITE_CTX_SITE: an earlier site */
	const char *resource;   /* %resource's type name, or NULL */
	const char *origin;     /* "constraint pat-1 on Patient", "view column id" */
	/* variables in scope, in the arena: "name" (type unknown) or
	 * "name\ttype" (a type specifier: "Bundle", "System.String") */
	const char *const *vars;
	size_t nvars;
	/* A path of a view's repeat: sites repeat_first .. repeat_first +
	 * nrepeat - 1 are its list, and each applies to the context and
	 * then to what any of them gives, recursively; what is nested in
	 * the select is FP_SITE_CTX_SITE of repeat_first, one item of what
	 * they all give. nrepeat 0 for other sites. */
	size_t repeat_first, nrepeat;
	/* Not NULL for an invariant (a constraint, a context invariant): it
	 * must give true or false. The sites that share one are the
	 * invariants of one element (snapshot and differential), which a
	 * valid instance satisfies together. In the arena. */
	const struct fp_site_invariant *invariant;
	/* A constraint of a StructureDefinition that is not this one's to
	 * report: one it inherits (its `source` names another definition, or
	 * the differential does not have it: a snapshot is the base's
	 * constraints plus the differential's), or the snapshot's copy of
	 * one of its differential (reported there). It is still analysed,
	 * and still one of its element's invariants; its findings are
	 * dropped. */
	bool quiet;
	/* a Questionnaire's own expression (not one of a contained
	 * resource): its items and typed variables; else NULL. In the arena. */
	const fp_site_quest *quest;
} fp_site;

typedef struct fp_fhir_sites {
	bool is_fhir;           /* a resource (an object with resourceType) */
	fp_site *sites;         /* in file order; one string may be several sites
				 * (a search parameter once per base), next to each other */
	size_t nsites;
	/* The definitions it declares, Bundles included (sources/symbols.h),
	 * in document order. */
	struct fp_symbol *syms;
	size_t nsyms;
} fp_fhir_sites;

/* The sites of a FHIR JSON text. Not JSON: one diagnostic (FP0032) and
 * is_fhir false. JSON without resourceType: is_fhir false, nothing
 * reported. A site's version is the resource's fhirVersion, else `dflt`.
 * Everything is allocated in `arena` (the tree the sites point into too).
 * False only when out of memory. */
bool fp_fhir_json_sites(const char *text, size_t len, fp_fhir_version dflt, fp_arena *arena,
			fp_diags *diags, fp_fhir_sites *out);

/* The same for a FHIR resource in XML (the root in the FHIR namespace;
 * other XML is not FHIR): values in value="..." attributes. Not
 * well-formed: one diagnostic (FP0034). */
bool fp_fhir_xml_sites(const char *text, size_t len, fp_fhir_version dflt, fp_arena *arena,
		       fp_diags *diags, fp_fhir_sites *out);

/* The sites and symbols of a resource tree built by another reader (FSH:
 * sources/fsh.c), its strings mapped by `map`. False only when out of
 * memory. */
bool fp_fhir_tree_sites(const fp_json *root, fp_site_map map, fp_fhir_version dflt,
			fp_arena *arena, fp_fhir_sites *out);

#endif
