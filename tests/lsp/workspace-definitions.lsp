# The workspace's definitions in the editor (tests/lsp/ws-ig, an IG-like
# workspace: a profile in JSON, an extension in XML, a value set and a
# code system in a Bundle, a search parameter, a Questionnaire with SDC
# variables). Completion inside the string argument of conformsTo(',
# memberOf(' and extension(' (closed or still being typed) offers the
# workspace's URLs of that kind, its name as detail; go-to-definition on
# such a URL opens the defining file at its url value (JSON and XML);
# workspace/symbol finds definitions by name. Open documents count as
# edited (a value set only the editor has, a profile renamed in the
# editor); the other files as the scan found them. The scan's check
# reports FP2011 and FP2009 as `check` does.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-ig","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ig/checks.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":11},"end":{"line":3,"character":67}},
        "severity": 2,
        "code": "FP2011",
        "source": "fhirpath-ls",
        "message": "profile 'http://example.org/fhir/StructureDefinition/my-patiant' is not defined in this workspace; did you mean 'http://example.org/fhir/StructureDefinition/my-patient'?"
      },
      {
        "range": {"start":{"line":4,"character":23},"end":{"line":4,"character":70}},
        "severity": 2,
        "code": "FP2011",
        "source": "fhirpath-ls",
        "message": "value set 'http://example.org/fhir/ValueSet/marital-code' is not defined in this workspace; did you mean 'http://example.org/fhir/ValueSet/marital-codes'?"
      },
      {
        "range": {"start":{"line":6,"character":10},"end":{"line":6,"character":66}},
        "severity": 2,
        "code": "FP2009",
        "source": "fhirpath-ls",
        "message": "extension 'http://example.org/fhir/StructureDefinition/birth-plac' is not defined in this workspace; did you mean 'http://example.org/fhir/StructureDefinition/birth-place'?"
      }
    ]
  }
}
!! sleep 500
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nconformsTo('')\nconformsTo('http://example.org/fhir/StructureDefinition/my-patient')\nextension('http://example.org/fhir/StructureDefinition/birth-place').exists()\nmaritalStatus.memberOf('http://example.org/fhir/ValueSet/')\nextension('ht"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ig/new.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":4,"character":23},"end":{"line":4,"character":58}},
        "severity": 2,
        "code": "FP2011",
        "source": "fhirpath-ls",
        "message": "value set 'http://example.org/fhir/ValueSet/' is not defined in this workspace (which defines others under http://example.org/fhir/ValueSet/)"
      },
      {
        "range": {"start":{"line":5,"character":10},"end":{"line":5,"character":13}},
        "severity": 1,
        "code": "FP0002",
        "source": "fhirpath-ls",
        "message": "unterminated string literal (missing closing ')"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/ValueSet-open.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"ValueSet\",\n  \"url\": \"http://example.org/fhir/ValueSet/open-codes\",\n  \"name\": \"OpenCodes\",\n  \"status\": \"draft\"\n}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-ig/ValueSet-open.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/StructureDefinition-my-patient.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"StructureDefinition\",\n  \"url\": \"http://example.org/fhir/StructureDefinition/my-patient\",\n  \"name\": \"MyPatientEdited\",\n  \"title\": \"My Patient\",\n  \"status\": \"draft\",\n  \"kind\": \"resource\",\n  \"abstract\": false,\n  \"type\": \"Patient\",\n  \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\",\n  \"derivation\": \"constraint\",\n  \"differential\": {\n    \"element\": [\n      {\n        \"path\": \"Patient\",\n        \"constraint\": [\n          {\n            \"key\": \"myp-1\",\n            \"severity\": \"error\",\n            \"human\": \"a birth place is a string\",\n            \"expression\": \"extension('http://example.org/fhir/StructureDefinition/birth-place').all(value is string)\"\n          }\n        ]\n      }\n    ]\n  }\n}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-ig/StructureDefinition-my-patient.json","version":1,"diagnostics":[]}}
# conformsTo('|'): profiles only (the extension is not offered); the name
# is the open document's
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":1,"character":12}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "http://example.org/fhir/StructureDefinition/my-patient",
        "kind": 18,
        "detail": "MyPatientEdited",
        "textEdit": {
          "range": {"start":{"line":1,"character":12},"end":{"line":1,"character":12}},
          "newText": "http://example.org/fhir/StructureDefinition/my-patient"
        }
      }
    ]
  }
}
# memberOf('http://example.org/fhir/ValueSet/|'): the open document's
# value set and the Bundle's (the code system is not offered)
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":4,"character":57}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "http://example.org/fhir/ValueSet/open-codes",
        "kind": 18,
        "detail": "OpenCodes",
        "textEdit": {
          "range": {"start":{"line":4,"character":24},"end":{"line":4,"character":57}},
          "newText": "http://example.org/fhir/ValueSet/open-codes"
        }
      },
      {
        "label": "http://example.org/fhir/ValueSet/marital-codes",
        "kind": 18,
        "detail": "MaritalCodes",
        "textEdit": {
          "range": {"start":{"line":4,"character":24},"end":{"line":4,"character":57}},
          "newText": "http://example.org/fhir/ValueSet/marital-codes"
        }
      }
    ]
  }
}
# extension('ht| with no closing quote yet: the XML file's extension
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":5,"character":13}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "http://example.org/fhir/StructureDefinition/birth-place",
        "kind": 18,
        "detail": "BirthPlace",
        "textEdit": {
          "range": {"start":{"line":5,"character":11},"end":{"line":5,"character":13}},
          "newText": "http://example.org/fhir/StructureDefinition/birth-place"
        }
      }
    ]
  }
}
# go to the profile (JSON, open in the editor) and the extension (XML, on
# disk): the url value, without its quotes
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/definition","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":2,"character":40}}}
<< {"jsonrpc":"2.0","id":5,"result":{"uri":"$ROOTURI/tests/lsp/ws-ig/StructureDefinition-my-patient.json","range":{"start":{"line":2,"character":10},"end":{"line":2,"character":64}}}}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/definition","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":3,"character":30}}}
<< {"jsonrpc":"2.0","id":6,"result":{"uri":"$ROOTURI/tests/lsp/ws-ig/StructureDefinition-birth-place.xml","range":{"start":{"line":1,"character":14},"end":{"line":1,"character":69}}}}
# definitions by name, with the expressions that match too; a search
# parameter by its code, a questionnaire variable by its name
>> {"jsonrpc":"2.0","id":7,"method":"workspace/symbol","params":{"query":"birth"}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": [
    {
      "name": "birth-place",
      "kind": 8,
      "containerName": "search parameter http://example.org/fhir/SearchParameter/patient-birth-place on Patient",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/SearchParameter-birth-place.json",
        "range": {"start":{"line":2,"character":10},"end":{"line":2,"character":69}}
      }
    },
    {
      "name": "BirthPlace",
      "kind": 7,
      "containerName": "extension http://example.org/fhir/StructureDefinition/birth-place",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/StructureDefinition-birth-place.xml",
        "range": {"start":{"line":1,"character":14},"end":{"line":1,"character":69}}
      }
    },
    {
      "name": "extension('http://example.org/fhir/StructureDefinition/birth-place').exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/new.fhirpath",
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":77}}
      }
    },
    {
      "name": "extension('http://example.org/fhir/StructureDefinition/birth-place').all(valu...",
      "kind": 12,
      "containerName": "constraint myp-1 on Patient",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/StructureDefinition-my-patient.json",
        "range": {"start":{"line":20,"character":26},"end":{"line":20,"character":117}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":8,"method":"workspace/symbol","params":{"query":"MyPatient"}}
<< {
  "jsonrpc": "2.0",
  "id": 8,
  "result": [
    {
      "name": "MyPatientEdited",
      "kind": 5,
      "containerName": "profile http://example.org/fhir/StructureDefinition/my-patient",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/StructureDefinition-my-patient.json",
        "range": {"start":{"line":2,"character":10},"end":{"line":2,"character":64}}
      }
    },
    {
      "name": "conformsTo('http://example.org/fhir/StructureDefinition/my-patient')",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/new.fhirpath",
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":68}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":9,"method":"workspace/symbol","params":{"query":"weight"}}
<< {
  "jsonrpc": "2.0",
  "id": 9,
  "result": [
    {
      "name": "weight",
      "kind": 13,
      "containerName": "Questionnaire variable",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/Questionnaire-intake.json",
        "range": {"start":{"line":9,"character":17},"end":{"line":9,"character":23}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":10,"method":"workspace/symbol","params":{"query":"Codes"}}
<< {
  "jsonrpc": "2.0",
  "id": 10,
  "result": [
    {
      "name": "OpenCodes",
      "kind": 10,
      "containerName": "value set http://example.org/fhir/ValueSet/open-codes",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/ValueSet-open.json",
        "range": {"start":{"line":2,"character":10},"end":{"line":2,"character":53}}
      }
    },
    {
      "name": "MaritalCodes",
      "kind": 10,
      "containerName": "value set http://example.org/fhir/ValueSet/marital-codes",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/terminology-bundle.json",
        "range": {"start":{"line":7,"character":16},"end":{"line":7,"character":62}}
      }
    }
  ]
}
# hover on a URL the workspace defines: what it is and where; the
# extension (XML, on disk) with its value types, the profile as edited
>> {"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":3,"character":30}}}
<< {
  "jsonrpc": "2.0",
  "id": 11,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "**BirthPlace** (extension)\n\n`http://example.org/fhir/StructureDefinition/birth-place`\n\nvalue: `string`\n\ndeclared in `StructureDefinition-birth-place.xml`"
    },
    "range": {"start":{"line":3,"character":10},"end":{"line":3,"character":67}}
  }
}
>> {"jsonrpc":"2.0","id":12,"method":"textDocument/hover","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/new.fhirpath"},"position":{"line":2,"character":30}}}
<< {
  "jsonrpc": "2.0",
  "id": 12,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "**MyPatientEdited** (profile)\n\n`http://example.org/fhir/StructureDefinition/my-patient`\n\ndeclared in `StructureDefinition-my-patient.json`"
    },
    "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":67}}
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
