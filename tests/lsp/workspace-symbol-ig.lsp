# The workspace's definitions from the store: in a whole run this session
# starts warm from the cache workspace-definitions.lsp's scan of
# tests/lsp/ws-ig wrote (unchanged files are reported from their records
# without being read), run alone it starts cold, and either way it
# completes, finds and opens every definition and reports FP2011 and
# FP2009 alike. In a FHIR JSON document the
# completion's range is in the document (the expression is a JSON
# string); go-to-definition from an expression of a JSON document.
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
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/SearchParameter-new.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"SearchParameter\",\n  \"code\": \"x\",\n  \"base\": [\n    \"Patient\"\n  ],\n  \"type\": \"token\",\n  \"expression\": \"Patient.extension('http://example.org/fhir/StructureDefinition/b').value.memberOf('http://example.org/fhir/ValueSet/marital-codes')\"\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ig/SearchParameter-new.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":7,"character":35},"end":{"line":7,"character":82}},
        "severity": 2,
        "code": "FP2009",
        "source": "fhirpath-ls",
        "message": "extension 'http://example.org/fhir/StructureDefinition/b' is not defined in this workspace (which defines others under http://example.org/fhir/StructureDefinition/)"
      }
    ]
  }
}
# extension('http://example.org/fhir/StructureDefinition/b|')
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/SearchParameter-new.json"},"position":{"line":7,"character":81}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "http://example.org/fhir/StructureDefinition/birth-place",
        "kind": 18,
        "detail": "BirthPlace",
        "textEdit": {
          "range": {"start":{"line":7,"character":36},"end":{"line":7,"character":81}},
          "newText": "http://example.org/fhir/StructureDefinition/birth-place"
        }
      }
    ]
  }
}
# memberOf('http://example.org/fhir/ValueSet/marital-codes'): the Bundle's entry
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/definition","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ig/SearchParameter-new.json"},"position":{"line":7,"character":120}}}
<< {"jsonrpc":"2.0","id":3,"result":{"uri":"$ROOTURI/tests/lsp/ws-ig/terminology-bundle.json","range":{"start":{"line":7,"character":16},"end":{"line":7,"character":62}}}}
>> {"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":"Marital"}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {
      "name": "MaritalCodes",
      "kind": 10,
      "containerName": "value set http://example.org/fhir/ValueSet/marital-codes",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/terminology-bundle.json",
        "range": {"start":{"line":7,"character":16},"end":{"line":7,"character":62}}
      }
    },
    {
      "name": "MaritalSystem",
      "kind": 3,
      "containerName": "code system http://example.org/fhir/CodeSystem/marital",
      "location": {
        "uri": "$ROOTURI/tests/lsp/ws-ig/terminology-bundle.json",
        "range": {"start":{"line":15,"character":16},"end":{"line":15,"character":58}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
