# A client that takes multi-line semantic tokens (multilineTokenSupport)
# gets a block comment as one token whose length counts every byte
# (UTF-8 positions) up to its end, line breaks included: '/* é' 5,
# '\n' 1, '😀 */' 7, 13 in all. The same comment for a client without it
# is in semantic-tokens.lsp (split per line).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"general":{"positionEncodings":["utf-8"]},"textDocument":{"semanticTokens":{"multilineTokenSupport":true}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/m.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n/* é\n😀 */ name.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/m.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/m.fhirpath"}}}
<< {"jsonrpc":"2.0","id":2,"result":{"resultId":"1.1","data":[0,0,19,9,0,1,0,13,4,0,1,8,4,7,0,0,5,5,7,0]}}
# a range on the comment's second line finds the token that starts before it
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/m.fhirpath"},"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":2}}}}
<< {"jsonrpc":"2.0","id":3,"result":{"data":[1,0,13,4,0]}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
