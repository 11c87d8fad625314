# Inlay hints switched on by the workspace's .fhirpath-ls.json
# (tests/lsp/ws-inlay: {"inlayHints": true}).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{},"rootPath":"tests/lsp/ws-inlay"}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/i.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":0}}}}
<< {"jsonrpc":"2.0","id":2,"result":[{"position":{"line":1,"character":4},"label":": HumanName[0..*]","kind":1},{"position":{"line":1,"character":10},"label":": string[0..*]","kind":1}]}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
