# File watching (issue 11). A client that registers didChangeWatchedFiles
# dynamically is asked, once initialized, to watch the settings file, the
# project files that name a FHIR version and the kinds the server checks.
# A saved .fhirpath-ls.json applies at once, as a watched change does: the
# open documents are judged again with it (here it is unchanged, so the
# same diagnostics come again).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-config","capabilities":{"workspace":{"didChangeWatchedFiles":{"dynamicRegistration":true}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "id": 1,
  "method": "client/registerCapability",
  "params": {
    "registrations": [
      {
        "id": "fhirpath-ls/watched-files",
        "method": "workspace/didChangeWatchedFiles",
        "registerOptions": {
          "watchers": [
            {"globPattern":"**/.fhirpath-ls.json"},
            {"globPattern":"**/sushi-config.yaml"},
            {"globPattern":"**/ig.ini"},
            {"globPattern":"**/package.json"},
            {"globPattern":"**/*.fhirpath"},
            {"globPattern":"**/*.json"},
            {"globPattern":"**/*.xml"}
          ]
        }
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":1,"result":null}
!! sleep 500
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-config/x.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.gven\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-config/x.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":9}},
        "severity": 2,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gven' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-config/.fhirpath-ls.json"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-config/x.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":9}},
        "severity": 2,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gven' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
!! sleep 300
>> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":2,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
