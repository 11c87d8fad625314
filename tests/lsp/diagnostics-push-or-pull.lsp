# Diagnostics reach a document one way only (issue 11). A client that pulls
# those of open documents (textDocument.diagnostic) but declares no
# workspace.diagnostics, as Neovim 0.10 does: files on disk are pushed by the
# scan; an open document is never pushed: opening a file whose findings were
# pushed clears them (an empty publish) and the client pulls; edits publish
# nothing; closing it pushes the file's findings from disk again. When such
# a client sends workspace/diagnostic after all, what was pushed for files
# on disk is cleared and they are pulled from then on.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"workspaceFolders":[{"uri":"$ROOTURI/tests/lsp/ws-scan","name":"ws"}],"capabilities":{"textDocument":{"diagnostic":{"dynamicRegistration":false}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/StructureDefinition-eye-colour.json",
    "diagnostics": [
      {
        "range": {"start":{"line":16,"character":59},"end":{"line":16,"character":63}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'valu' on Extension; did you mean 'value'?"
      }
    ]
  }
}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":8},"end":{"line":1,"character":17}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/b.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":65}},
        "severity": 2,
        "code": "FP2009",
        "source": "fhirpath-ls",
        "message": "extension 'http://example.org/fhir/StructureDefinition/eye-color' is not defined in this workspace; did you mean 'http://example.org/fhir/StructureDefinition/eye-colour'?"
      }
    ]
  }
}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/bad.json",
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":0}},
        "severity": 1,
        "code": "FP0032",
        "source": "fhirpath-ls",
        "message": "invalid JSON: unexpected end of input"
      }
    ]
  }
}
!! sleep 1500
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nPatient.birthdate < today()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath","diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "kind": "full",
    "items": [
      {
        "range": {"start":{"line":1,"character":8},"end":{"line":1,"character":17}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath","version":2},"contentChanges":[{"text":"// @context Patient\nPatient.birthDate < today()\n"}]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath"}}}
<< {"jsonrpc":"2.0","id":3,"result":{"kind":"full","items":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":8},"end":{"line":1,"character":17}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
!! sleep 500
>> {"jsonrpc":"2.0","id":4,"method":"workspace/diagnostic","params":{"previousResultIds":[]}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "items": [
      {
        "kind": "full",
        "uri": "$ROOTURI/tests/lsp/ws-scan/StructureDefinition-eye-colour.json",
        "version": null,
        "items": [
          {
            "range": {"start":{"line":16,"character":59},"end":{"line":16,"character":63}},
            "severity": 1,
            "code": "FP1001",
            "source": "fhirpath-ls",
            "message": "unknown element 'valu' on Extension; did you mean 'value'?"
          }
        ]
      },
      {
        "kind": "full",
        "uri": "$ROOTURI/tests/lsp/ws-scan/a.fhirpath",
        "version": null,
        "items": [
          {
            "range": {"start":{"line":1,"character":8},"end":{"line":1,"character":17}},
            "severity": 1,
            "code": "FP1001",
            "source": "fhirpath-ls",
            "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
          }
        ]
      },
      {
        "kind": "full",
        "uri": "$ROOTURI/tests/lsp/ws-scan/b.fhirpath",
        "version": null,
        "items": [
          {
            "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":65}},
            "severity": 2,
            "code": "FP2009",
            "source": "fhirpath-ls",
            "message": "extension 'http://example.org/fhir/StructureDefinition/eye-color' is not defined in this workspace; did you mean 'http://example.org/fhir/StructureDefinition/eye-colour'?"
          }
        ]
      },
      {
        "kind": "full",
        "uri": "$ROOTURI/tests/lsp/ws-scan/bad.json",
        "version": null,
        "items": [
          {
            "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":0}},
            "severity": 1,
            "code": "FP0032",
            "source": "fhirpath-ls",
            "message": "invalid JSON: unexpected end of input"
          }
        ]
      },
      {"kind":"full","uri":"$ROOTURI/tests/lsp/ws-scan/clean.fhirpath","version":null,"items":[]},
      {"kind":"full","uri":"$ROOTURI/tests/lsp/ws-scan/other.json","version":null,"items":[]}
    ]
  }
}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/StructureDefinition-eye-colour.json","diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/a.fhirpath","diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/b.fhirpath","diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/bad.json","diagnostics":[]}}
!! sleep 300
>> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":5,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
