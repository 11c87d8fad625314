# Neovim before 0.11 declares pull diagnostics but pulls a buffer only
# after the didOpen it sends, and only while it is visible: a file just
# opened would show nothing. Such a client (by its clientInfo) is offered
# no diagnosticProvider and has its diagnostics pushed, shown once; 0.11
# and other clients that declare pull are pulled (diagnostics-push-or-pull).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"clientInfo":{"name":"Neovim","version":"0.10.4"},"capabilities":{"textDocument":{"diagnostic":{"dynamicRegistration":false}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.gven\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/a.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":9}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gven' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":2,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
