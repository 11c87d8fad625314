# An FSH project in the editor (tests/lsp/ws-fsh): the scan checks the
# .fsh files with their project (the invariant in invariants.fsh is
# checked on Patient.contact, where profiles.fsh's profile obeys it, as
# the files are on disk), and the extension profiles.fsh declares is one
# of the workspace's definitions under sushi-config.yaml's canonical:
# completed in extension('...') and known to FP2009.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-fsh","capabilities":{"window":{"workDoneProgress":true}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {"jsonrpc":"2.0","id":1,"method":"window/workDoneProgress/create","params":{"token":"fhirpath-ls/scan"}}
>> {"jsonrpc":"2.0","id":1,"result":null}
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"begin","title":"Checking FHIRPath in the workspace","cancellable":false,"percentage":0}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-fsh/input/fsh/invariants.fsh",
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":33},"end":{"line":3,"character":39}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'adress' on Patient.contact; did you mean 'address'?"
      }
    ]
  }
}
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"end","message":"2 files: 1 error, 0 warnings"}}}
# the invariant open in the editor, a typo fixed: analysed with its project
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-fsh/input/fsh/invariants.fsh","languageId":"fsh","version":1,"text":"Invariant: ws-1\nDescription: \"A contact can be reached\"\nSeverity: #error\nExpression: \"telecom.exists() or adress.exists()\"\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-fsh/input/fsh/invariants.fsh",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":33},"end":{"line":3,"character":39}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'adress' on Patient.contact; did you mean 'address'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-fsh/input/fsh/invariants.fsh","version":2},"contentChanges":[{"range":{"start":{"line":3,"character":34},"end":{"line":3,"character":34}},"text":"d"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-fsh/input/fsh/invariants.fsh","version":2,"diagnostics":[]}}
# a .fhirpath document using the FSH extension
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-fsh/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nextension('http://example.org/fsh/StructureDefinition/ws-birth-plac').exists()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-fsh/a.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":68}},
        "severity": 2,
        "code": "FP2009",
        "source": "fhirpath-ls",
        "message": "extension 'http://example.org/fsh/StructureDefinition/ws-birth-plac' is not defined in this workspace; did you mean 'http://example.org/fsh/StructureDefinition/ws-birth-place'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-fsh/a.fhirpath"},"position":{"line":1,"character":11}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "http://example.org/fsh/StructureDefinition/ws-birth-place",
        "kind": 18,
        "detail": "WsBirthPlace",
        "textEdit": {
          "range": {"start":{"line":1,"character":11},"end":{"line":1,"character":11}},
          "newText": "http://example.org/fsh/StructureDefinition/ws-birth-place"
        }
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
