# The workspace stays the workspace (issue 8, defects 9 and 12). In
# tests/lsp/ws-outside/ws, key.fhirpath is a link to ../secret.fhirpath,
# outside the folder: the scan does not follow it and says so once, on
# the link (FP0035). Paths the editor reports are judged after their '.'
# and '..' are resolved and their links followed: a watched-file change
# for ws/../secret.fhirpath and a save of the link are ignored (the secret
# file's "secret +" would give FP0010), while ws/./sub/../a.fhirpath is
# ws/a.fhirpath and is checked again under that name.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-outside/ws","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-outside/ws/key.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":0},"end":{"line":0,"character":0}},
        "severity": 2,
        "code": "FP0035",
        "source": "fhirpath-ls",
        "message": "symbolic link points outside '$ROOT/tests/lsp/ws-outside/ws': not followed"
      }
    ]
  }
}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-outside/ws/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":9}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"$ROOTURI/tests/lsp/ws-outside/ws/../secret.fhirpath","type":2}]}}
>> {"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-outside/ws/key.fhirpath"}}}
>> {"jsonrpc":"2.0","method":"workspace/didChangeWatchedFiles","params":{"changes":[{"uri":"$ROOTURI/tests/lsp/ws-outside/ws/./sub/../a.fhirpath","type":2}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-outside/ws/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":9}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
