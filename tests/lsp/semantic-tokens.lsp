# Semantic tokens (full): relative encoding per LSP, with the legend of
# the initialize response; directives are 'macro', comments 'comment';
# the block comment over two lines is one token per line (the client
# did not offer multilineTokenSupport).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/t.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n/* a block\ncomment */ name.where(use = 'official').given.count() > 1\nPatient.birthDate < @2020-01-01 and %resource.active = true\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/t.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/t.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "resultId": "1.1",
    "data": [
      0, 0, 19, 9, 0,
      1, 0, 10, 4, 0,
      1, 0, 10, 4, 0,
      0, 11, 4, 7, 0,
      0, 5, 5, 5, 0,
      0, 6, 3, 7, 0,
      0, 4, 1, 1, 0,
      0, 2, 10, 2, 0,
      0, 12, 5, 7, 0,
      0, 6, 5, 5, 0,
      0, 8, 1, 1, 0,
      0, 2, 1, 3, 0,
      1, 0, 7, 8, 0,
      0, 8, 9, 7, 0,
      0, 10, 1, 1, 0,
      0, 2, 11, 3, 0,
      0, 12, 3, 0, 0,
      0, 5, 8, 6, 0,
      0, 9, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 2, 4, 0, 0
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
