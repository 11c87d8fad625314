/*
 * model/systype.c - System types, type specifiers and the FHIR primitive
 * to System type mapping.
 */
#include "systype.h"

#include <stdio.h>
#include <string.h>

#include "util/str.h"

/* ORDER SYSTYPE */
static const char *const sys_names[FP_SYS_COUNT_] = {
	"", "Boolean", "String", "Integer", "Long", "Decimal", "Date",
	"DateTime", "Time", "Quantity", "TypeInfo",
};

const char *fp_systype_name(fp_systype s)
{
	return s < FP_SYS_COUNT_ ? sys_names[s] : "";
}

fp_systype fp_systype_parse(const char *name, size_t len)
{
	if (len > 7 && memcmp(name, "System.", 7) == 0) {
		name += 7;
		len -= 7;
	}
	for (int s = 1; s < FP_SYS_COUNT_; s++) {
		if (strlen(sys_names[s]) == len && memcmp(sys_names[s], name, len) == 0)
			return (fp_systype)s;
	}
	return FP_SYS_NONE;
}

fp_systype fp_type_as_system(const fp_model *m, fp_type t)
{
	if (FP_TYPE_IS_SYS(t))
		return FP_TYPE_SYSID(t);
	const char *s = fp_model_system_type(m, (fp_type_id)t);
	if (s)
		return fp_systype_parse(s, strlen(s));
	fp_type_id q = fp_model_type(m, "Quantity", 8);
	if (q && fp_model_is_a(m, (fp_type_id)t, q))
		return FP_SYS_QUANTITY;
	return FP_SYS_NONE;
}

const char *fp_type_name(const fp_model *m, fp_type t)
{
	if (FP_TYPE_IS_SYS(t))
		return fp_systype_name(FP_TYPE_SYSID(t));
	const char *n = fp_model_type_name(m, (fp_type_id)t);
	return n ? n : "?";
}

fp_type fp_resolve_type_name(const fp_model *m, const char *name, size_t len)
{
	if (len > 7 && memcmp(name, "System.", 7) == 0) {
		fp_systype s = fp_systype_parse(name, len);
		return s ? FP_TYPE_SYS(s) : 0;
	}
	bool fhir = len > 5 && memcmp(name, "FHIR.", 5) == 0;
	fp_type_id id = fp_model_type(m, name, len);
	if (id)
		return FP_TYPE_FHIR(id);
	if (fhir)
		return 0;
	fp_systype s = fp_systype_parse(name, len);
	return s ? FP_TYPE_SYS(s) : 0;
}

bool fp_suggest_type(const fp_model *m, const char *name, size_t len, bool system, char *out,
		     size_t cap)
{
	/* Compare without the namespace (FHIR.patient is a case slip of
	 * Patient, not of the string "FHIR.Patient") and give the answer
	 * back in the namespace that was written. */
	const char *ns = "";
	bool fhir = true;
	if (len > 5 && memcmp(name, "FHIR.", 5) == 0) {
		ns = "FHIR.";
		name += 5;
		len -= 5;
		system = false;
	} else if (len > 7 && memcmp(name, "System.", 7) == 0) {
		ns = "System.";
		name += 7;
		len -= 7;
		fhir = false;
		system = true;
	}
	fp_str w = fp_str_make(name, len);
	const char *best = NULL;
	size_t bestd = 99;
	size_t count = fhir ? fp_model_type_count(m) : 0;
	for (size_t i = 1; i <= count; i++) {  /* FHIR first: it wins ties */
		const char *tn = fp_model_type_name(m, (fp_type_id)i);
		if (!tn || fp_model_type_kind(m, (fp_type_id)i) == FP_TYPE_BACKBONE)
			continue;
		size_t d = fp_name_distance(w, fp_str_c(tn));
		if (d <= fp_name_max(w) && d < bestd) {
			bestd = d;
			best = tn;
		}
	}
	for (int s = 1; system && s < FP_SYS_COUNT_; s++) {
		const char *tn = fp_systype_name((fp_systype)s);
		size_t d = fp_name_distance(w, fp_str_c(tn));
		if (d <= fp_name_max(w) && d < bestd) {
			bestd = d;
			best = tn;
		}
	}
	if (!best)
		return false;
	snprintf(out, cap, "%s%s", ns, best);
	return true;
}
