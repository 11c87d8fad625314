# The workspace's .fhirpath-ls.json (rootPath, relative to the runner's
# folder) sets the FHIR version and severities: FP1001 becomes a warning,
# FP2003 is off. workspace/didChangeConfiguration switches the version:
# documents are analysed again and their diagnostics published again.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootPath":"tests/lsp/ws-config","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/c.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nbirthdate\ntelecom.system = 'phone'\nActorDefinition.exists()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":9}},
        "severity": 2,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      },
      {
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":15}},
        "severity": 2,
        "code": "FP2007",
        "source": "fhirpath-ls",
        "message": "'ActorDefinition' never matches the focus Patient: a path that starts with a type name keeps only the items of that type, so it is always empty"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"fhirpath":{"fhirVersion":"R4"}}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":9}},
        "severity": 2,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      },
      {
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":15}},
        "severity": 2,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'ActorDefinition' on Patient"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":2,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
