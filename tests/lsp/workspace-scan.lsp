# The background scan of the workspace folder (tests/lsp/ws-scan): the
# server asks for a progress token first and starts once it has it; then
# it reports progress, publishes the findings of every file that is not
# open, exactly as `check tests/lsp/ws-scan` prints them (the extension
# definition's misspelled element, the misspelled birthDate, the
# misspelled extension URL judged against the workspace's definition,
# the truncated JSON; nothing for the clean file and the non-FHIR JSON),
# and ends with a summary.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, doctor
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-scan","capabilities":{"window":{"workDoneProgress":true}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {"jsonrpc":"2.0","id":1,"method":"window/workDoneProgress/create","params":{"token":"fhirpath-ls/scan"}}
>> {"jsonrpc":"2.0","id":1,"result":null}
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"begin","title":"Checking FHIRPath in the workspace","cancellable":false,"percentage":0}}}
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
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"end","message":"6 files: 3 errors, 1 warning"}}}
# An open document is checked against the workspace's extension
# definitions too, and its live analysis replaces the scanned one.
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/b.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nextension('http://example.org/fhir/StructureDefinition/eye-colour').exists() and extension('http://example.org/fhir/StructureDefinition/eye-colr').exists()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-scan/b.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":91},"end":{"line":1,"character":145}},
        "severity": 2,
        "code": "FP2009",
        "source": "fhirpath-ls",
        "message": "extension 'http://example.org/fhir/StructureDefinition/eye-colr' is not defined in this workspace; did you mean 'http://example.org/fhir/StructureDefinition/eye-colour'?"
      }
    ]
  }
}
# workspace/diagnostic: every scanned file but the open one, by path.
>> {"jsonrpc":"2.0","id":2,"method":"workspace/diagnostic","params":{"previousResultIds":[]}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
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
# Closed: the editor's text is gone, the file on disk is checked again
# and its findings come back.
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-scan/b.fhirpath"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-scan/b.fhirpath","diagnostics":[]}}
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
>> {"jsonrpc":"2.0","id":3,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 3,
    "notifications": 3,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {
      "scanning": false,
      "files": 6,
      "checked": 6,
      "total": 6,
      "cache": {"persistent":true,"breaker":"closed","failures":0}
    },
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didClose": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "workspace/diagnostic": {"count":1,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
