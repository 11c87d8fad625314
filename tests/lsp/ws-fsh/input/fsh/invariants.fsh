Invariant: ws-1
Description: "A contact can be reached"
Severity: #error
Expression: "telecom.exists() or adress.exists()"
