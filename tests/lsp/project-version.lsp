# The FHIR version comes from the folders around each file, as for
# `check`: tests/lsp/ws-r5/sushi-config.yaml says 5.0.0, so a scanned
# file and an open document in a subfolder are both checked in R5
# (ActorDefinition is an R5 resource; in R4 its @context would be
# unknown), and the empty file gets the FP0033 info `check` gives it.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-r5","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-r5/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'titel' on ActorDefinition; did you mean 'title'?"
      }
    ]
  }
}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-r5/sub/empty.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":0},"end":{"line":0,"character":0}},
        "severity": 3,
        "code": "FP0033",
        "source": "fhirpath-ls",
        "message": "empty file: no expressions to check"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-r5/sub/b.fhirpath","languageId":"fhirpath","version":1,"text":"// @context ActorDefinition\ntype = 'person'\ntyp\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-r5/sub/b.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":3}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'typ' on ActorDefinition; did you mean 'type'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
