/*
 * model/systype.h - FHIRPath's System types, the type a type specifier
 * names, and how FHIR primitives map onto System types.
 *
 * Part of model/ (see model.h for the layer's invariant): facts about
 * types only, no FHIRPath syntax and no analysis. It is here, below the
 * evaluator and the analyser, so that both read one definition: a System
 * value's type in eval, a type set's members in analysis.
 *
 * A type (fp_type) is either a System type (FP_SYS_*, tagged with
 * FP_TYPE_SYS_BIT) or a FHIR type of one model (an fp_type_id, meaningful
 * only with that model).
 */
#ifndef FP_MODEL_SYSTYPE_H
#define FP_MODEL_SYSTYPE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "model/model.h"

/* ORDER SYSTYPE: the names in systype.c follow this order. */
typedef enum fp_systype {
	FP_SYS_NONE,
	FP_SYS_BOOLEAN,
	FP_SYS_STRING,
	FP_SYS_INTEGER,
	FP_SYS_LONG,
	FP_SYS_DECIMAL,
	FP_SYS_DATE,
	FP_SYS_DATETIME,
	FP_SYS_TIME,
	FP_SYS_QUANTITY,
	FP_SYS_TYPEINFO,
	FP_SYS_COUNT_
} fp_systype;

typedef uint32_t fp_type;
#define FP_TYPE_SYS_BIT 0x10000u
#define FP_TYPE_SYS(s) (FP_TYPE_SYS_BIT | (uint32_t)(s))
#define FP_TYPE_IS_SYS(t) (((t) & FP_TYPE_SYS_BIT) != 0)
#define FP_TYPE_SYSID(t) ((fp_systype)((t) & 0xFFFFu))
#define FP_TYPE_FHIR(id) ((fp_type)(id))

const char *fp_systype_name(fp_systype s);      /* "String"; "" for NONE */
/* "String" / "System.String" -> FP_SYS_STRING; FP_SYS_NONE if not one. */
fp_systype fp_systype_parse(const char *name, size_t len);

/* The System type a type behaves as in operators: itself for System
 * types, the mapped type for FHIR primitives (string -> String),
 * FP_SYS_QUANTITY for FHIR Quantity and its profiles, else NONE. */
fp_systype fp_type_as_system(const fp_model *m, fp_type t);

/* Name for messages: "String", "HumanName", "Patient.contact". */
const char *fp_type_name(const fp_model *m, fp_type t);

/* Resolve a type specifier ("Quantity", "FHIR.Patient", "System.String")
 * to a type; 0 when unknown. FHIR types come first for bare names. */
fp_type fp_resolve_type_name(const fp_model *m, const char *name, size_t len);

/* The closest type name to an unknown one, for a did-you-mean, into out;
 * false when none is close. The namespace is left out of the comparison
 * and given back as written ("FHIR.patient" -> "FHIR.Patient",
 * "System.Strin" -> "System.String"); a bare name is compared with FHIR
 * types and, when `system`, with System types too. */
bool fp_suggest_type(const fp_model *m, const char *name, size_t len, bool system, char *out,
		     size_t cap);

#endif
