// Mistakes authors make in the FHIRPath of their FSH sources.

RuleSet: ConstraintRule(key, human, expression)
* ^constraint[+].key = "{key}"
* ^constraint[=].severity = #error
* ^constraint[=].human = "{human}"
* ^constraint[=].expression = "{expression}"

Invariant: bad-name-1
Description: "JavaScript quotes inside an FSH string"
Severity: #error
Expression: "use = \"official\" implies family.exists()"

Invariant: bad-name-2
Description: "A misspelt element, on the line after Expression:"
Severity: #error
Expression:
  "famly.exists() or given.exists()"

Invariant: bad-contact-1
Description: "Unclosed parenthesis over two lines"
* severity = #error
* expression = "name.exists() or (telecom.exists() and
  address.exists()"

Invariant: bad-alone-1
Description: "Obeyed by nothing, but names its resource"
Expression: "Patient.birthdate.exists()"

Profile: BadPatient
Parent: Patient
* name obeys bad-name-1 and bad-name-2
* contact obeys bad-contact-1 and bad-contact-2
* insert ConstraintRule(bad-pat-1, [[Active, please]], [[activ.exists() or deceased.exists()]])
* insert ConstraintRules(bad-pat-2)
