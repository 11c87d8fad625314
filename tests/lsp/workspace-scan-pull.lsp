# The workspace scan for a client that pulls diagnostics: nothing is
# pushed for files on disk; when a scan ends the server asks the client
# to pull again (workspace/diagnostic/refresh), and workspace/diagnostic
# answers for every scanned file. A configuration change (FHIR version)
# abandons the scan and starts again: one more refresh. No progress is
# reported to a client that does not take it.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"workspaceFolders":[{"uri":"$ROOTURI/tests/lsp/ws-scan","name":"ws"}],"capabilities":{"textDocument":{"diagnostic":{"dynamicRegistration":false}},"workspace":{"diagnostics":{"refreshSupport":true}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {"jsonrpc":"2.0","id":1,"method":"workspace/diagnostic/refresh"}
>> {"jsonrpc":"2.0","id":1,"result":null}
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
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"fhirpath":{"fhirVersion":"R5"}}}}
<< {"jsonrpc":"2.0","id":2,"method":"workspace/diagnostic/refresh"}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
