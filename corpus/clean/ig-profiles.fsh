// A small implementation guide in FHIR Shorthand: profiles, an extension
// and the invariants they obey, some through rule sets.

Alias: $sct = http://snomed.info/sct

RuleSet: ConstraintRule(key, human, expression)
* ^constraint[+].key = "{key}"
* ^constraint[=].severity = #error
* ^constraint[=].human = "{human}"
* ^constraint[=].expression = "{expression}"

RuleSet: ContactRules
* contact obeys ex-contact-1

Invariant: ex-name-1
Description: "A name has a family name or a given name"
Severity: #error
Expression: "family.exists() or given.exists()"

Invariant: ex-name-2
Description: "Official names are written in capitals when the use says so"
Severity: #warning
Expression:
  "use.exists() implies (use = 'official' implies family.all(matches('^[A-Z][A-Za-z ]{1,63}$')))"

Invariant: ex-contact-1
Description: "A contact has a name, a telecom, an address or an organization"
* severity = #error
* expression = "name.exists() or telecom.exists() or
  address.exists() or organization.exists()"

Invariant: ex-birth-1
Description: "A patient born after 1900 (written with a unicode escape)"
Severity: #warning
Expression: "(birthDate.empty() or birthDate >= @1900-01-01) and name.given.all($this != '\u00e9')"

Invariant: ex-telecom-1
Description: "Phone numbers have a value"
Severity: #error
Expression: """
    system.exists() implies
      (system != 'phone' or value.exists())
    """

/*
Invariant: ex-retired-1
Description: "Kept for the record: not checked"
Expression: "this is ( not FHIRPath"
*/

Profile: ExamplePatient
Parent: Patient
Id: example-patient
Title: "Example Patient"
Description: "A patient with the rules of this guide"
* name 1..* MS
* name obeys ex-name-1 and ex-name-2
* telecom obeys ex-telecom-1
* obeys ex-birth-1
* insert ContactRules
* insert ConstraintRule(ex-pat-1, [[A patient is active, or says why not]], [[active.exists() or extension.where(url = 'http://example.org/StructureDefinition/inactive-reason').exists()]])

Profile: ExampleChildPatient
Parent: ExamplePatient
Id: example-child-patient
* birthDate 1..1
* contact
  * insert ConstraintRule(ex-child-1, Someone to call, [[relationship.exists() or name.exists()]])
  * name obeys ex-name-1

Extension: ExampleBirthPlace
Id: example-birth-place
Title: "Birth place"
Description: "Where the patient was born"
* ^context[+].type = #element
* ^context[=].expression = "Patient"
* value[x] only Address
* obeys ex-ext-1

Invariant: ex-ext-1
Description: "An extension has a value or extensions, not both"
Severity: #error
Expression: "extension.exists() != value.exists()"
