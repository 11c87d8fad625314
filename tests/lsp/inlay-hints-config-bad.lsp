# A .fhirpath-ls.json whose inlayHints is not a boolean is not used: a
# warning says why, and hints stay off.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{},"rootPath":"tests/lsp/ws-inlay-bad"}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
<< {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":2,"message":"fhirpath-ls: .fhirpath-ls.json in $ROOT/tests/lsp/ws-inlay-bad is not used: inlayHints must be true or false"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"$ROOT/tests/lsp/ws-inlay-bad/.fhirpath-ls.json: inlayHints must be true or false"}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/i.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":0}}}}
<< {"jsonrpc":"2.0","id":2,"result":[]}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
