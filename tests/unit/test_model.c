/*
 * tests/unit/test_model.c - model/: the embedded R4, R4B and R5 tables and
 * the lookups over them, checked against facts of the official definitions.
 */
#include <string.h>

#include "unit.h"
#include "model/model.h"

static const char *unit_suite_name = "model";

#define R4 (fp_model_get(FP_FHIR_R4))
#define R4B (fp_model_get(FP_FHIR_R4B))
#define R5 (fp_model_get(FP_FHIR_R5))

static fp_type_id ty(const fp_model *m, const char *name)
{
	return fp_model_type(m, name, strlen(name));
}

static const fp_element *el(const fp_model *m, const char *type, const char *name)
{
	return fp_model_element(m, ty(m, type), name, strlen(name));
}

static const char *tname(const fp_model *m, fp_type_id t)
{
	return fp_model_type_name(m, t);
}

/* True when e lists the type called name among its types. */
static bool has_type(const fp_model *m, const fp_element *e, const char *name)
{
	for (unsigned i = 0; i < e->ntypes; i++)
		if (strcmp(tname(m, e->types[i]), name) == 0)
			return true;
	return false;
}

static bool has_target(const fp_model *m, const fp_element *e, const char *name)
{
	for (unsigned i = 0; i < e->ntargets; i++)
		if (strcmp(tname(m, e->targets[i]), name) == 0)
			return true;
	return false;
}

static void version_parse(void)
{
	fp_fhir_version v = FP_FHIR_NVERSIONS;
	CHECK(fp_fhir_version_parse("R4", 2, &v) && v == FP_FHIR_R4);
	CHECK(fp_fhir_version_parse("r4b", 3, &v) && v == FP_FHIR_R4B);
	CHECK(fp_fhir_version_parse("R5", 2, &v) && v == FP_FHIR_R5);
	CHECK(fp_fhir_version_parse("4.0.1", 5, &v) && v == FP_FHIR_R4);
	CHECK(fp_fhir_version_parse("4.0", 3, &v) && v == FP_FHIR_R4);
	CHECK(fp_fhir_version_parse("4.3.0", 5, &v) && v == FP_FHIR_R4B);
	CHECK(fp_fhir_version_parse("5.0.0", 5, &v) && v == FP_FHIR_R5);
	CHECK(fp_fhir_version_parse("5.0.0-ballot", 12, &v) && v == FP_FHIR_R5);
	CHECK(fp_fhir_version_parse("4.0.1 trailing", 5, &v) && v == FP_FHIR_R4);
	CHECK(!fp_fhir_version_parse("4", 1, &v));
	CHECK(!fp_fhir_version_parse("R6", 2, &v));
	CHECK(!fp_fhir_version_parse("4.0.1x", 6, &v));
	CHECK(!fp_fhir_version_parse("4.0.", 4, &v));
	CHECK(!fp_fhir_version_parse("4.00", 4, &v));
	CHECK(!fp_fhir_version_parse("", 0, &v));
	CHECK_STR(fp_fhir_version_name(FP_FHIR_R4B), "R4B");
	CHECK_STR(fp_fhir_version_number(FP_FHIR_R4), "4.0.1");
	CHECK_STR(fp_fhir_version_number(FP_FHIR_R5), "5.0.0");
	CHECK(fp_fhir_version_name(FP_FHIR_NVERSIONS) == NULL);
}

static void model_get(void)
{
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		const fp_model *m = fp_model_get((fp_fhir_version)v);
		CHECK(m != NULL);
		CHECK(fp_model_version(m) == (fp_fhir_version)v);
	}
	CHECK(fp_model_get(FP_FHIR_NVERSIONS) == NULL);
	CHECK(R4 != R5);
}

static void patient_birthdate(void)
{
	const fp_element *e = el(R4, "Patient", "birthDate");
	CHECK(e != NULL);
	CHECK_STR(e->name, "birthDate");
	CHECK_STR(e->path, "Patient.birthDate");
	CHECK(e->owner == ty(R4, "Patient"));
	CHECK(e->min == 0 && e->max == 1);
	CHECK(!e->choice);
	CHECK(e->ntypes == 1 && e->types[0] == ty(R4, "date"));
	CHECK(e->is_summary && !e->is_modifier);
	CHECK(e->binding == FP_BINDING_NONE && e->valueset == NULL);
	CHECK(e->ntargets == 0);
}

static void unknown_names(void)
{
	CHECK(el(R4, "Patient", "birthdate") == NULL);
	CHECK(el(R4, "Patient", "") == NULL);
	CHECK(el(R4, "Patient", "birthDat") == NULL);
	CHECK(el(R4, "Patient", "birthDatex") == NULL);
	CHECK(ty(R4, "Patien") == 0);
	CHECK(ty(R4, "patient") == 0);
	CHECK(ty(R4, "") == 0);
	CHECK(ty(R4, "System.String") == 0);
	CHECK(fp_model_element(R4, 0, "id", 2) == NULL);
	CHECK(fp_model_type_name(R4, 0) == NULL);
	CHECK(fp_model_type_name(R4, (fp_type_id)(fp_model_type_count(R4) + 1)) == NULL);
	CHECK(fp_model_type_base(R4, 0) == 0);
}

static void fhir_prefix(void)
{
	CHECK(ty(R4, "FHIR.Patient") == ty(R4, "Patient"));
	CHECK(ty(R4, "Patient") != 0);
	CHECK(ty(R4, "FHIR.string") == ty(R4, "string"));
	CHECK(ty(R4, "FHIR.") == 0);
	CHECK(fp_model_type(R4, "Patient.contact", 7) == ty(R4, "Patient"));   /* a slice */
	CHECK_STR(tname(R4, ty(R4, "FHIR.HumanName")), "HumanName");
}

static void patient_name(void)
{
	const fp_element *e = el(R4, "Patient", "name");
	CHECK(e != NULL);
	CHECK(e->ntypes == 1);
	CHECK_STR(tname(R4, e->types[0]), "HumanName");
	CHECK(e->min == 0 && e->max == FP_MAX_UNBOUNDED);
	CHECK(fp_model_type_kind(R4, e->types[0]) == FP_TYPE_COMPLEX);
}

static void patient_contact_backbone(void)
{
	const fp_element *e = el(R4, "Patient", "contact");
	CHECK(e != NULL && e->ntypes == 1);
	fp_type_id c = e->types[0];
	CHECK_STR(tname(R4, c), "Patient.contact");
	CHECK(c == ty(R4, "Patient.contact"));
	CHECK(fp_model_type_kind(R4, c) == FP_TYPE_BACKBONE);
	CHECK(!fp_model_type_abstract(R4, c));
	CHECK_STR(tname(R4, fp_model_type_base(R4, c)), "BackboneElement");
	const fp_element *n = fp_model_element(R4, c, "name", 4);
	CHECK(n != NULL);
	CHECK_STR(n->path, "Patient.contact.name");
	CHECK(n->max == 1 && has_type(R4, n, "HumanName"));
	const fp_element *mx = fp_model_element(R4, c, "modifierExtension", 17);
	CHECK(mx != NULL && mx->owner == ty(R4, "BackboneElement") && mx->is_modifier);
	/* a backbone inside a data type is typed Element */
	CHECK_STR(tname(R4, fp_model_type_base(R4, ty(R4, "Timing.repeat"))), "Element");
}

static void observation_value_choice(void)
{
	const fp_element *e = el(R4, "Observation", "value");
	CHECK(e != NULL);
	CHECK(e->choice);
	CHECK_STR(e->name, "value");
	CHECK_STR(e->path, "Observation.value[x]");
	CHECK(e->min == 0 && e->max == 1);
	CHECK(has_type(R4, e, "Quantity"));
	CHECK(has_type(R4, e, "string"));
	CHECK(has_type(R4, e, "CodeableConcept"));
	CHECK(!has_type(R4, e, "HumanName"));
	CHECK(e->ntypes == 11);
	CHECK(el(R4, "Observation", "value[x]") == e);
	CHECK(el(R4, "Observation", "valueQuantity") == NULL);   /* not by element() */
}

static void choice_element(void)
{
	fp_type_id t = 99;
	fp_type_id obs = ty(R4, "Observation");
	const fp_element *e = fp_model_choice_element(R4, obs, "valueQuantity", 13, &t);
	CHECK(e != NULL && e == el(R4, "Observation", "value"));
	CHECK(t == ty(R4, "Quantity"));
	e = fp_model_choice_element(R4, obs, "valueString", 11, &t);
	CHECK(e != NULL && t == ty(R4, "string"));
	e = fp_model_choice_element(R4, obs, "valueDateTime", 13, &t);
	CHECK(e != NULL && t == ty(R4, "dateTime"));
	e = fp_model_choice_element(R4, obs, "effectiveInstant", 16, &t);
	CHECK(e != NULL && t == ty(R4, "instant"));
	t = 99;
	CHECK(fp_model_choice_element(R4, obs, "valueFoo", 8, &t) == NULL && t == 0);
	CHECK(fp_model_choice_element(R4, obs, "valuestring", 11, &t) == NULL);
	CHECK(fp_model_choice_element(R4, obs, "valueHumanName", 14, &t) == NULL);
	CHECK(fp_model_choice_element(R4, obs, "value", 5, &t) == NULL);
	CHECK(fp_model_choice_element(R4, obs, "valueQuantit", 12, &t) == NULL);
	CHECK(fp_model_choice_element(R4, obs, "codeQuantity", 12, &t) == NULL); /* code is no choice */
	e = fp_model_choice_element(R4, ty(R4, "Patient"), "multipleBirthBoolean", 20, NULL);
	CHECK(e != NULL && e->choice);
	CHECK_STR(e->path, "Patient.multipleBirth[x]");
	/* through the base chain: Extension.value[x] on Extension */
	e = fp_model_choice_element(R5, ty(R5, "Extension"), "valueInteger64", 14, &t);
	CHECK(e != NULL && t == ty(R5, "integer64"));
	CHECK(fp_model_choice_element(R4, ty(R4, "Extension"), "valueInteger64", 14, &t) == NULL);
}

static void content_reference(void)
{
	const fp_element *item = el(R4, "Questionnaire", "item");
	CHECK(item != NULL && item->ntypes == 1);
	fp_type_id qi = item->types[0];
	CHECK_STR(tname(R4, qi), "Questionnaire.item");
	const fp_element *sub = fp_model_element(R4, qi, "item", 4);
	CHECK(sub != NULL);
	CHECK_STR(sub->path, "Questionnaire.item.item");
	CHECK(sub->owner == qi);
	CHECK(sub->ntypes == 1 && sub->types[0] == qi);
	CHECK(sub->max == FP_MAX_UNBOUNDED);
	/* the same in R5, and another: Bundle.entry.link -> Bundle.link */
	const fp_element *r5 = el(R5, "Questionnaire.item", "item");
	CHECK(r5 != NULL && r5->types[0] == ty(R5, "Questionnaire.item"));
	const fp_element *bl = el(R4, "Bundle.entry", "link");
	CHECK(bl != NULL && bl->types[0] == ty(R4, "Bundle.link"));
}

static void base_chain(void)
{
	const fp_element *id = el(R4, "Patient", "id");
	CHECK(id != NULL);
	CHECK(id->owner == ty(R4, "Resource"));
	CHECK_STR(id->path, "Resource.id");
	const fp_element *ext = el(R4, "Patient", "extension");
	CHECK(ext != NULL && ext->owner == ty(R4, "DomainResource"));
	CHECK(has_type(R4, ext, "Extension"));
	const fp_element *meta = el(R4, "Patient", "meta");
	CHECK(meta != NULL && has_type(R4, meta, "Meta"));
	const fp_element *cid = el(R4, "Patient.contact", "id");
	CHECK(cid != NULL && cid->owner == ty(R4, "Element"));
	CHECK_STR(tname(R4, fp_model_type_base(R4, ty(R4, "Patient"))), "DomainResource");
	CHECK_STR(tname(R4, fp_model_type_base(R4, ty(R4, "DomainResource"))), "Resource");
	CHECK(fp_model_type_base(R4, ty(R4, "Resource")) == 0);
	CHECK(fp_model_type_base(R4, ty(R4, "Element")) == 0);
	CHECK_STR(tname(R4, fp_model_type_base(R4, ty(R4, "string"))), "Element");
	CHECK_STR(tname(R4, fp_model_type_base(R4, ty(R4, "code"))), "string");
	/* R5 adds Base at the root, DataType and PrimitiveType in between */
	CHECK_STR(tname(R5, fp_model_type_base(R5, ty(R5, "Resource"))), "Base");
	CHECK_STR(tname(R5, fp_model_type_base(R5, ty(R5, "string"))), "PrimitiveType");
	CHECK_STR(tname(R5, fp_model_type_base(R5, ty(R5, "Timing"))), "BackboneType");
}

static void is_a(void)
{
	fp_type_id p = ty(R4, "Patient");
	CHECK(fp_model_is_a(R4, p, ty(R4, "DomainResource")));
	CHECK(fp_model_is_a(R4, p, ty(R4, "Resource")));
	CHECK(fp_model_is_a(R4, p, p));
	CHECK(!fp_model_is_a(R4, p, ty(R4, "Element")));
	CHECK(!fp_model_is_a(R4, ty(R4, "Resource"), p));
	CHECK(!fp_model_is_a(R4, p, 0));
	CHECK(!fp_model_is_a(R4, 0, p));
	CHECK(fp_model_is_a(R4, ty(R4, "Age"), ty(R4, "Quantity")));
	CHECK(fp_model_is_a(R4, ty(R4, "Patient.contact"), ty(R4, "Element")));
	CHECK(fp_model_is_a(R5, ty(R5, "Patient"), ty(R5, "Base")));
	CHECK(fp_model_is_a(R5, ty(R5, "code"), ty(R5, "PrimitiveType")));
}

static void kinds_and_abstract(void)
{
	CHECK(fp_model_type_kind(R4, ty(R4, "string")) == FP_TYPE_PRIMITIVE);
	CHECK(fp_model_type_kind(R4, ty(R4, "Quantity")) == FP_TYPE_COMPLEX);
	CHECK(fp_model_type_kind(R4, ty(R4, "Element")) == FP_TYPE_COMPLEX);
	CHECK(fp_model_type_kind(R4, ty(R4, "Patient")) == FP_TYPE_RESOURCE);
	CHECK(fp_model_type_kind(R4, ty(R4, "Resource")) == FP_TYPE_RESOURCE);
	CHECK(fp_model_type_abstract(R4, ty(R4, "Resource")));
	CHECK(fp_model_type_abstract(R4, ty(R4, "DomainResource")));
	CHECK(fp_model_type_abstract(R4, ty(R4, "Element")));
	CHECK(fp_model_type_abstract(R4, ty(R4, "BackboneElement")));
	CHECK(!fp_model_type_abstract(R4, ty(R4, "Patient")));
	CHECK(!fp_model_type_abstract(R4, ty(R4, "string")));
	CHECK(fp_model_type_abstract(R5, ty(R5, "CanonicalResource")));
	/* a logical model in R4, kept as an abstract resource: core constraints
	 * are written against it */
	CHECK(fp_model_type_abstract(R4, ty(R4, "MetadataResource")));
	CHECK(fp_model_type_kind(R4, ty(R4, "MetadataResource")) == FP_TYPE_RESOURCE);
}

static void system_types(void)
{
	static const struct { const char *fhir, *sys; } map[] = {
		{ "string", "String" }, { "code", "String" }, { "id", "String" },
		{ "uri", "String" }, { "url", "String" }, { "canonical", "String" },
		{ "markdown", "String" }, { "oid", "String" }, { "uuid", "String" },
		{ "base64Binary", "String" }, { "xhtml", "String" },
		{ "boolean", "Boolean" }, { "integer", "Integer" },
		{ "positiveInt", "Integer" }, { "unsignedInt", "Integer" },
		{ "decimal", "Decimal" }, { "date", "Date" }, { "dateTime", "DateTime" },
		{ "instant", "DateTime" }, { "time", "Time" },
	};
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		const fp_model *m = fp_model_get((fp_fhir_version)v);
		for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
			CHECK_STR(fp_model_system_type(m, ty(m, map[i].fhir)), map[i].sys);
		CHECK(fp_model_system_type(m, ty(m, "Patient")) == NULL);
		CHECK(fp_model_system_type(m, ty(m, "Quantity")) == NULL);
		CHECK(fp_model_system_type(m, 0) == NULL);
	}
	CHECK_STR(fp_model_system_type(R5, ty(R5, "integer64")), "Integer64");
	CHECK(ty(R4, "integer64") == 0);
	/* every primitive has one, and nothing else does */
	for (fp_type_id t = 1; t <= fp_model_type_count(R5); t++)
		CHECK((fp_model_system_type(R5, t) != NULL) ==
		      (fp_model_type_kind(R5, t) == FP_TYPE_PRIMITIVE));
}

static void reference_targets(void)
{
	const fp_element *e = el(R4, "Observation", "subject");
	CHECK(e != NULL && has_type(R4, e, "Reference"));
	CHECK(e->ntargets == 4);
	CHECK(has_target(R4, e, "Patient"));
	CHECK(has_target(R4, e, "Group"));
	CHECK(has_target(R4, e, "Device"));
	CHECK(has_target(R4, e, "Location"));
	CHECK(!has_target(R4, e, "Practitioner"));
	/* canonical targets */
	const fp_element *vs = el(R4, "ElementDefinition.binding", "valueSet");
	CHECK(vs != NULL && has_type(R4, vs, "canonical") && has_target(R4, vs, "ValueSet"));
	/* R5 subject is wider */
	const fp_element *s5 = el(R5, "Observation", "subject");
	CHECK(s5 != NULL && has_target(R5, s5, "Organization") && has_target(R5, s5, "Patient"));
}

static void binding(void)
{
	const fp_element *e = el(R4, "Patient", "gender");
	CHECK(e != NULL && e->binding == FP_BINDING_REQUIRED);
	CHECK_STR(e->valueset, "http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1");
	CHECK(has_type(R4, e, "code"));
	e = el(R5, "Patient", "gender");
	CHECK(e != NULL && e->binding == FP_BINDING_REQUIRED);
	CHECK_STR(e->valueset, "http://hl7.org/fhir/ValueSet/administrative-gender|5.0.0");
	e = el(R4, "Observation", "code");
	CHECK(e != NULL && e->binding == FP_BINDING_EXAMPLE);
	CHECK_STR(e->valueset, "http://hl7.org/fhir/ValueSet/observation-codes");
	e = el(R4, "Patient", "maritalStatus");
	CHECK(e != NULL && e->binding == FP_BINDING_EXTENSIBLE);
	e = el(R4, "Patient", "language");         /* through Resource */
	CHECK(e != NULL && e->binding == FP_BINDING_PREFERRED);
}

static void modifier_summary(void)
{
	const fp_element *e = el(R4, "Patient", "active");
	CHECK(e != NULL && e->is_modifier && e->is_summary);
	e = el(R4, "Observation", "status");
	CHECK(e != NULL && e->is_modifier && e->min == 1 && e->max == 1);
	e = el(R4, "Patient", "photo");
	CHECK(e != NULL && !e->is_modifier && !e->is_summary);
}

/* Counts of type, by kind, and abstract resources. */
static void count_kinds(const fp_model *m, size_t *kinds, size_t *abstract_res)
{
	memset(kinds, 0, 4 * sizeof kinds[0]);
	*abstract_res = 0;
	for (fp_type_id t = 1; t <= fp_model_type_count(m); t++) {
		kinds[fp_model_type_kind(m, t)]++;
		if (fp_model_type_kind(m, t) == FP_TYPE_RESOURCE && fp_model_type_abstract(m, t))
			(*abstract_res)++;
	}
}

static void counts(void)
{
	static const struct {
		fp_fhir_version v;
		size_t types, elements, prim, complex, res, abstract_res, backbone;
	} want[] = {
		{ FP_FHIR_R4, 685, 4767, 20, 43, 149, 3, 473 },
		{ FP_FHIR_R4B, 704, 4835, 20, 45, 143, 2, 496 },
		{ FP_FHIR_R5, 863, 6022, 21, 50, 162, 4, 630 },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const fp_model *m = fp_model_get(want[i].v);
		size_t types, elements, bytes, kinds[4], abstract_res;
		fp_model_stats(m, &types, &elements, &bytes);
		CHECK(types == want[i].types);
		CHECK(fp_model_type_count(m) == types);
		CHECK(elements == want[i].elements);
		CHECK(bytes > elements * sizeof(fp_element) && bytes < 1000000);
		count_kinds(m, kinds, &abstract_res);
		CHECK(kinds[FP_TYPE_PRIMITIVE] == want[i].prim);
		CHECK(kinds[FP_TYPE_COMPLEX] == want[i].complex);
		CHECK(kinds[FP_TYPE_RESOURCE] == want[i].res);
		CHECK(kinds[FP_TYPE_BACKBONE] == want[i].backbone);
		CHECK(abstract_res == want[i].abstract_res);
	}
	fp_model_stats(R4, NULL, NULL, NULL);   /* NULL outputs are fine */
}

static void version_differences(void)
{
	/* R5 only */
	CHECK(ty(R5, "ActorDefinition") != 0);
	CHECK(ty(R4, "ActorDefinition") == 0);
	CHECK(ty(R4B, "ActorDefinition") == 0);
	CHECK(fp_model_type_kind(R5, ty(R5, "ActorDefinition")) == FP_TYPE_RESOURCE);
	/* new in R4B, kept in R5 */
	CHECK(ty(R4B, "SubscriptionTopic") != 0);
	CHECK(ty(R4B, "Citation") != 0);
	CHECK(ty(R5, "SubscriptionTopic") != 0);
	CHECK(ty(R4, "SubscriptionTopic") == 0);
	/* in R4 and R4B, gone in R5 */
	CHECK(ty(R4B, "Media") != 0 && ty(R4, "Media") != 0 && ty(R5, "Media") == 0);
	/* R4 only */
	CHECK(ty(R4, "MedicinalProduct") != 0 && ty(R4B, "MedicinalProduct") == 0);
	/* R4B's DataType; R4 has none */
	CHECK(ty(R4B, "DataType") != 0 && ty(R4, "DataType") == 0);
	/* an element R4B added to an R4 resource */
	CHECK(el(R4B, "Subscription", "topic") == NULL);
	CHECK(el(R4B, "Patient", "birthDate") != NULL);
	CHECK(el(R4, "Observation", "focus") != NULL);
	CHECK(el(R4B, "ClinicalUseDefinition", "type") != NULL);
	CHECK(el(R4, "ClinicalUseDefinition", "type") == NULL);
}

static void constraint_types(void)
{
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		const fp_model *m = fp_model_get((fp_fhir_version)v);
		fp_type_id sq = ty(m, "SimpleQuantity");
		CHECK(sq != 0);
		CHECK(fp_model_type_kind(m, sq) == FP_TYPE_COMPLEX);
		CHECK_STR(tname(m, fp_model_type_base(m, sq)), "Quantity");
		CHECK_STR(tname(m, fp_model_type_base(m, ty(m, "MoneyQuantity"))), "Quantity");
		/* SimpleQuantity narrows comparator to 0..0, keeps the rest */
		const fp_element *c = fp_model_element(m, sq, "comparator", 10);
		CHECK(c != NULL && c->max == 0 && c->owner == sq);
		CHECK(el(m, "Quantity", "comparator")->max == 1);
		const fp_element *val = fp_model_element(m, sq, "value", 5);
		CHECK(val != NULL && val->owner == ty(m, "Quantity"));
	}
}

static void extension_elements(void)
{
	const fp_element *url = el(R4, "Extension", "url");
	CHECK(url != NULL && url->min == 1 && url->max == 1);
	CHECK(url->ntypes == 1);
	CHECK_STR(tname(R4, url->types[0]), "uri");
	CHECK_STR(fp_model_system_type(R4, url->types[0]), "String");
	const fp_element *val = el(R4, "Extension", "value");
	CHECK(val != NULL && val->choice && val->max == 1);
	CHECK_STR(val->path, "Extension.value[x]");
	CHECK(has_type(R4, val, "string") && has_type(R4, val, "Reference"));
	CHECK(has_type(R4, val, "Meta") && has_type(R4, val, "Dosage"));
	CHECK(val->ntypes == 50);
	CHECK(el(R4, "Extension", "extension") != NULL);
	CHECK(fp_model_is_a(R4, ty(R4, "Extension"), ty(R4, "Element")));
}

static void element_id_type(void)
{
	/* System.String in the definitions; the FHIR type their
	 * structuredefinition-fhir-type extension names, as the declaring
	 * type says it (R4B's Element.id says "id"). */
	const fp_element *e = el(R4, "Element", "id");
	CHECK(e != NULL && e->ntypes == 1 && e->min == 0 && e->max == 1);
	CHECK_STR(tname(R4, e->types[0]), "string");
	CHECK_STR(fp_model_system_type(R4, e->types[0]), "String");
	CHECK(el(R4, "HumanName", "id") == e);
	CHECK(el(R4, "string", "id") == e);
	CHECK_STR(tname(R5, el(R5, "Element", "id")->types[0]), "string");
	CHECK_STR(tname(R4B, el(R4B, "Element", "id")->types[0]), "id");
	CHECK_STR(tname(R4, el(R4, "Resource", "id")->types[0]), "string");
	CHECK_STR(tname(R5, el(R5, "Patient", "id")->types[0]), "id");
}

static void primitive_value(void)
{
	const fp_element *e = el(R4, "string", "value");
	CHECK(e != NULL && e->ntypes == 1 && e->types[0] == ty(R4, "string"));
	e = el(R4, "positiveInt", "value");     /* its own type, not "string" */
	CHECK(e != NULL && e->types[0] == ty(R4, "positiveInt"));
	e = el(R4, "xhtml", "extension");       /* xhtml narrows it to 0..0 */
	CHECK(e != NULL && e->max == 0);
	CHECK(el(R4, "boolean", "extension")->max == FP_MAX_UNBOUNDED);
}

/* Collect names from fp_model_each_element. */
struct collect {
	const char *names[128];
	size_t n;
	size_t stop_after;
};

static bool collect_fn(void *ctx, const fp_element *e)
{
	struct collect *c = ctx;
	if (c->n < 128)
		c->names[c->n] = e->name;
	c->n++;
	return c->stop_after == 0 || c->n < c->stop_after;
}

static bool collected(const struct collect *c, const char *name)
{
	size_t hits = 0;
	for (size_t i = 0; i < c->n && i < 128; i++)
		hits += strcmp(c->names[i], name) == 0;
	return hits == 1;
}

static void each_element(void)
{
	struct collect c = { .n = 0 };
	fp_model_each_element(R4, ty(R4, "Patient"), collect_fn, &c);
	CHECK(c.n == 24);       /* 16 own, 4 DomainResource, 4 Resource */
	CHECK(collected(&c, "birthDate"));
	CHECK(collected(&c, "contact"));
	CHECK(collected(&c, "text"));
	CHECK(collected(&c, "id"));
	CHECK(collected(&c, "implicitRules"));
	CHECK_STR(c.names[0], "active");        /* derived first, by name */
	CHECK_STR(c.names[c.n - 1], "meta");    /* Resource: id implicitRules language meta */
	/* a shadowed base element is reported once */
	struct collect q = { .n = 0 };
	fp_model_each_element(R4, ty(R4, "SimpleQuantity"), collect_fn, &q);
	CHECK(q.n == 7);        /* id extension value comparator unit system code */
	CHECK(collected(&q, "comparator"));
	/* the callback stops it */
	struct collect s = { .n = 0, .stop_after = 3 };
	fp_model_each_element(R4, ty(R4, "Patient"), collect_fn, &s);
	CHECK(s.n == 3);
	struct collect z = { .n = 0 };
	fp_model_each_element(R4, 0, collect_fn, &z);
	CHECK(z.n == 0);
}

/* Table invariants the lookups rely on, over all three models. */
static void table_invariants(void)
{
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		const fp_model *m = fp_model_get((fp_fhir_version)v);
		size_t n = fp_model_type_count(m);
		for (fp_type_id t = 1; t <= n; t++) {
			const char *name = tname(m, t);
			CHECK(name != NULL && name[0] != 0);
			if (t > 1)
				CHECK(strcmp(tname(m, (fp_type_id)(t - 1)), name) < 0);
			CHECK(ty(m, name) == t);
			fp_type_id b = fp_model_type_base(m, t);
			CHECK(b <= n);
			if (fp_model_type_kind(m, t) == FP_TYPE_BACKBONE) {
				const char *dot = strrchr(name, '.');
				CHECK(dot != NULL);
				/* its parent declares it, typed by it */
				fp_type_id parent = fp_model_type(m, name, (size_t)(dot - name));
				CHECK(parent != 0);
				const fp_element *e = fp_model_element(m, parent, dot + 1, strlen(dot + 1));
				CHECK(e != NULL && e->ntypes == 1 && e->types[0] == t);
			}
		}
		size_t elements, seen = 0;
		fp_model_stats(m, NULL, &elements, NULL);
		for (fp_type_id t = 1; t <= n; t++) {
			struct collect c = { .n = 0 };
			fp_model_each_element(m, t, collect_fn, &c);
			const fp_element *prev = NULL;
			for (size_t i = 0; i < c.n && i < 128; i++) {
				const fp_element *e = fp_model_element(m, t, c.names[i], strlen(c.names[i]));
				CHECK(e != NULL);
				CHECK(e->ntypes >= 1);
				for (unsigned k = 0; k < e->ntypes; k++)
					CHECK(e->types[k] >= 1 && e->types[k] <= n);
				for (unsigned k = 0; k < e->ntargets; k++)
					CHECK(e->targets[k] >= 1 && e->targets[k] <= n);
				CHECK(e->min <= e->max);
				CHECK(e->binding != FP_BINDING_NONE || e->valueset == NULL);
				if (e->owner == t) {
					seen++;
					if (prev)
						CHECK(strcmp(prev->name, e->name) < 0);
					prev = e;
				}
			}
		}
		CHECK(seen == elements);
	}
}

void unit_suite_model(void)
{
	UNIT_RUN(version_parse);
	UNIT_RUN(model_get);
	UNIT_RUN(patient_birthdate);
	UNIT_RUN(unknown_names);
	UNIT_RUN(fhir_prefix);
	UNIT_RUN(patient_name);
	UNIT_RUN(patient_contact_backbone);
	UNIT_RUN(observation_value_choice);
	UNIT_RUN(choice_element);
	UNIT_RUN(content_reference);
	UNIT_RUN(base_chain);
	UNIT_RUN(is_a);
	UNIT_RUN(kinds_and_abstract);
	UNIT_RUN(system_types);
	UNIT_RUN(reference_targets);
	UNIT_RUN(binding);
	UNIT_RUN(modifier_summary);
	UNIT_RUN(counts);
	UNIT_RUN(version_differences);
	UNIT_RUN(constraint_types);
	UNIT_RUN(extension_elements);
	UNIT_RUN(element_id_type);
	UNIT_RUN(primitive_value);
	UNIT_RUN(each_element);
	UNIT_RUN(table_invariants);
}
