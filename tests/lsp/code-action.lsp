# Code actions (quick fixes) for the diagnostics in the requested range:
# did-you-mean for an element, a variable (the '%' stays) and a directive
# (the '@' stays), a choice suffix to ofType(), a missing ')', a redundant
# '.value'; none outside the range; inside a JSON string the edit lands at
# the exact position in the file.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/fix.fhirpath","languageId":"fhirpath","version":1,"text":"// @contxt Observation\n// @context Observation\nvalueQuantity.value > 5\nsubject.reference.value.startsWith('Patient/')\ncode.coding.where(system = 'http://loinc.org'\n\n%resourse.status = 'final' and stauts = 'final'\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/fix.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":3},"end":{"line":0,"character":10}},
        "severity": 2,
        "code": "FP0040",
        "source": "fhirpath-ls",
        "message": "unknown directive '@contxt'; did you mean '@context'?"
      },
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":13}},
        "severity": 1,
        "code": "FP1006",
        "source": "fhirpath-ls",
        "message": "'valueQuantity' is a choice element: write 'value.ofType(Quantity)' (lenient engines such as fhirpath.js accept this JSON name, but the FHIRPath specification and strict engines do not)"
      },
      {
        "range": {"start":{"line":3,"character":18},"end":{"line":3,"character":23}},
        "severity": 2,
        "code": "FP2004",
        "source": "fhirpath-ls",
        "message": "'.value' on a FHIR primitive is redundant: the primitive already is its value in FHIRPath"
      },
      {
        "range": {"start":{"line":4,"character":17},"end":{"line":4,"character":18}},
        "severity": 1,
        "code": "FP0011",
        "source": "fhirpath-ls",
        "message": "'(' of where() is not closed: expected ',' or ')', found end of input"
      },
      {
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":9}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%resourse'; did you mean '%resource'?"
      },
      {
        "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'stauts' on Observation; did you mean 'status'?"
      }
    ]
  }
}
# the whole file
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/fix.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":7,"character":0}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": [
    {
      "title": "Change to 'context'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":0,"character":3},"end":{"line":0,"character":10}},
          "code": "FP0040",
          "message": "unknown directive '@contxt'; did you mean '@context'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":0,"character":4},"end":{"line":0,"character":10}},
              "newText": "context"
            }
          ]
        }
      }
    },
    {
      "title": "Use 'value.ofType(Quantity)'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":13}},
          "code": "FP1006",
          "message": "'valueQuantity' is a choice element: write 'value.ofType(Quantity)' (lenient engines such as fhirpath.js accept this JSON name, but the FHIRPath specification and strict engines do not)"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":13}},
              "newText": "value.ofType(Quantity)"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP1006 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":13}},
          "code": "FP1006",
          "message": "'valueQuantity' is a choice element: write 'value.ofType(Quantity)' (lenient engines such as fhirpath.js accept this JSON name, but the FHIRPath specification and strict engines do not)"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":0}},
              "newText": "// fhirpath-ls: ignore FP1006\n"
            }
          ]
        }
      }
    },
    {
      "title": "Remove the redundant '.value'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":18},"end":{"line":3,"character":23}},
          "code": "FP2004",
          "message": "'.value' on a FHIR primitive is redundant: the primitive already is its value in FHIRPath"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":3,"character":17},"end":{"line":3,"character":23}},
              "newText": ""
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP2004 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":18},"end":{"line":3,"character":23}},
          "code": "FP2004",
          "message": "'.value' on a FHIR primitive is redundant: the primitive already is its value in FHIRPath"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":0}},
              "newText": "// fhirpath-ls: ignore FP2004\n"
            }
          ]
        }
      }
    },
    {
      "title": "Insert the missing ')'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":4,"character":17},"end":{"line":4,"character":18}},
          "code": "FP0011",
          "message": "'(' of where() is not closed: expected ',' or ')', found end of input"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":4,"character":45},"end":{"line":4,"character":45}},
              "newText": ")"
            }
          ]
        }
      }
    },
    {
      "title": "Change to 'resource'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":9}},
          "code": "FP1011",
          "message": "unknown variable '%resourse'; did you mean '%resource'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":1},"end":{"line":6,"character":9}},
              "newText": "resource"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP1011 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":9}},
          "code": "FP1011",
          "message": "unknown variable '%resourse'; did you mean '%resource'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":0}},
              "newText": "// fhirpath-ls: ignore FP1011\n"
            }
          ]
        }
      }
    },
    {
      "title": "Change to 'status'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
          "code": "FP1001",
          "message": "unknown element 'stauts' on Observation; did you mean 'status'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
              "newText": "status"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP1001 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
          "code": "FP1001",
          "message": "unknown element 'stauts' on Observation; did you mean 'status'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":0}},
              "newText": "// fhirpath-ls: ignore FP1001\n"
            }
          ]
        }
      }
    }
  ]
}
# a cursor on 'stauts' only
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/fix.fhirpath"},"range":{"start":{"line":6,"character":34},"end":{"line":6,"character":34}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "title": "Change to 'status'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
          "code": "FP1001",
          "message": "unknown element 'stauts' on Observation; did you mean 'status'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
              "newText": "status"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP1001 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":6,"character":31},"end":{"line":6,"character":37}},
          "code": "FP1001",
          "message": "unknown element 'stauts' on Observation; did you mean 'status'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/fix.fhirpath": [
            {
              "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":0}},
              "newText": "// fhirpath-ls: ignore FP1001\n"
            }
          ]
        }
      }
    }
  ]
}
# a range without diagnostics: none
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/fix.fhirpath"},"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":5}},"context":{"diagnostics":[]}}}
<< {"jsonrpc":"2.0","id":4,"result":[]}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/StructureDefinition-fix.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"StructureDefinition\",\n  \"url\": \"http://example.org/StructureDefinition/example\",\n  \"name\": \"Example\",\n  \"status\": \"draft\",\n  \"fhirVersion\": \"4.0.1\",\n  \"kind\": \"resource\",\n  \"abstract\": false,\n  \"type\": \"Patient\",\n  \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\",\n  \"derivation\": \"constraint\",\n  \"differential\": {\n    \"element\": [\n      {\n        \"id\": \"Patient.contact\",\n        \"path\": \"Patient.contact\",\n        \"constraint\": [\n          {\n            \"key\": \"x-1\",\n            \"severity\": \"error\",\n            \"human\": \"a contact has a name or an organization\",\n            \"expression\": \"name.exists() or organisation.exists()\"\n          },\n          {\n            \"key\": \"x-2\",\n            \"severity\": \"error\",\n            \"human\": \"escapes before the mistake\",\n            \"expression\": \"telecom.where(system = \\u0027phone\\u0027 and value.matches(\\u0027^\\\\\\\\+\\u0027)).exists() implies relationshp.exists()\"\n          }\n        ]\n      }\n    ]\n  }\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-fix.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":21,"character":44},"end":{"line":21,"character":56}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'organisation' on Patient.contact; did you mean 'organization'?"
      },
      {
        "range": {"start":{"line":27,"character":124},"end":{"line":27,"character":135}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'relationshp' on Patient.contact; did you mean 'relationship'?"
      }
    ]
  }
}
# inside the JSON string, after the escapes
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/StructureDefinition-fix.json"},"range":{"start":{"line":27,"character":130},"end":{"line":27,"character":130}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": [
    {
      "title": "Change to 'relationship'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":27,"character":124},"end":{"line":27,"character":135}},
          "code": "FP1001",
          "message": "unknown element 'relationshp' on Patient.contact; did you mean 'relationship'?"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/StructureDefinition-fix.json": [
            {
              "range": {"start":{"line":27,"character":124},"end":{"line":27,"character":135}},
              "newText": "relationship"
            }
          ]
        }
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
