# Semantic tokens of FHIRPath inside a FHIR JSON resource (UTF-16 positions):
# each token at its exact place in the JSON string, mapped through the
# escapes: the string literal \u0027say \"hi\"\u0027 is one token of 22
# characters; the decoded line break of \n in the comment stays on the
# one source line; 'é\u00e9\ud83d\ude00😀' is 23 UTF-16 units (é 1, the escapes 6 and 12, 😀 2). The search parameter has
# two bases, so its expression is analysed twice but has one set of tokens.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"SearchParameter\",\n  \"url\": \"http://example.org/SearchParameter/x\",\n  \"name\": \"x\",\n  \"status\": \"draft\",\n  \"code\": \"x\",\n  \"base\": [\"Patient\", \"Person\"],\n  \"type\": \"string\",\n  \"expression\": \"name.where(text = \\u0027say \\\"hi\\\"\\u0027).given | name.family /* a\\nb */ | `name`.text | %resource.name.where(text = 'é\\u00e9\\ud83d\\ude00😀').text\"\n}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-x.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "resultId": "1.1",
    "data": [
      8, 17, 4, 7, 0,
      0, 5, 5, 5, 0,
      0, 6, 4, 7, 0,
      0, 5, 1, 1, 0,
      0, 2, 22, 2, 0,
      0, 24, 5, 7, 0,
      0, 6, 1, 1, 0,
      0, 2, 4, 7, 0,
      0, 5, 6, 7, 0,
      0, 7, 10, 4, 0,
      0, 11, 1, 1, 0,
      0, 2, 6, 7, 0,
      0, 7, 4, 7, 0,
      0, 5, 1, 1, 0,
      0, 3, 8, 6, 0,
      0, 9, 4, 7, 0,
      0, 5, 5, 5, 0,
      0, 6, 4, 7, 0,
      0, 5, 1, 1, 0,
      0, 2, 23, 2, 0,
      0, 25, 4, 7, 0
    ]
  }
}
# range: from inside the string literal to the middle of `name`
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json"},"range":{"start":{"line":8,"character":40},"end":{"line":8,"character":94}}}}
<< {"jsonrpc":"2.0","id":3,"result":{"data":[8,35,22,2,0,0,24,5,7,0,0,6,1,1,0,0,2,4,7,0,0,5,6,7,0,0,7,10,4,0,0,11,1,1,0,0,2,6,7,0]}}
# 'given' -> 'family' inside the string; delta against the first result
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json","version":2},"contentChanges":[{"range":{"start":{"line":8,"character":59},"end":{"line":8,"character":64}},"text":"family"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-x.json","version":2,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json"},"previousResultId":"1.1"}}
<< {"jsonrpc":"2.0","id":4,"result":{"edits":[{"start":27,"deleteCount":5,"data":[6,7,0,0,7]}],"resultId":"2.2"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
