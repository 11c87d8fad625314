// Definitional instances of an implementation guide in FHIR Shorthand:
// a search parameter, a view definition and an SDC questionnaire.

Instance: example-patient-given
InstanceOf: SearchParameter
Usage: #definition
* url = "http://example.org/SearchParameter/example-patient-given"
* name = "ExamplePatientGiven"
* status = #active
* description = "Given names of patients and practitioners"
* code = #example-given
* base[0] = #Patient
* base[+] = #Practitioner
* type = #string
* expression = "Patient.name.given | Practitioner.name.given"

Instance: example-patient-view
InstanceOf: ViewDefinition
Usage: #definition
* name = "patient_demographics"
* status = #active
* resource = #Patient
* select[0].column[0].name = "id"
* select[0].column[=].path = "getResourceKey()"
* select[0].column[+].name = "birth_date"
* select[0].column[=].path = "birthDate"
* select[+].forEach = "name.where(use = 'official')"
* select[=].column[0].name = "family"
* select[=].column[=].path = "family"
* select[=].column[+].name = "given"
* select[=].column[=].path = "given.first()"
* where[0].path = "active = true"

Instance: example-bmi
InstanceOf: Questionnaire
Usage: #definition
* status = #active
* item[0].linkId = "weight"
* item[=].type = #decimal
* item[+].linkId = "height"
* item[=].type = #decimal
* item[+].linkId = "bmi"
* item[=].type = #decimal
* item[=].readOnly = true
* item[=].extension[0].url = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
* item[=].extension[=].valueExpression.language = #text/fhirpath
* item[=].extension[=].valueExpression.expression = "(%resource.item.where(linkId = 'weight').answer.value.first() / %resource.item.where(linkId = 'height').answer.value.first().power(2)).round(1)"
