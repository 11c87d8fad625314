# Variables in a .fhirpath document: go to definition, references,
# highlight and rename for defineVariable() names (within their
# expression) and '// @var' declarations (every expression they cover).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/v.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n// @var limit: integer\nname.defineVariable('fam', family).select(%fam.first() | %fam.last())\nbirthDate.exists() and %limit > 3\n%limit < 10\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/v.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":2,"character":44}}}
<< {"jsonrpc":"2.0","id":2,"result":{"uri":"file:///w/v.fhirpath","range":{"start":{"line":2,"character":21},"end":{"line":2,"character":24}}}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/references","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":3,"character":25},"context":{"includeDeclaration":false}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "uri": "file:///w/v.fhirpath",
      "range": {"start":{"line":3,"character":24},"end":{"line":3,"character":29}}
    },
    {
      "uri": "file:///w/v.fhirpath",
      "range": {"start":{"line":4,"character":1},"end":{"line":4,"character":6}}
    }
  ]
}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentHighlight","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":2,"character":22}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {"range":{"start":{"line":2,"character":21},"end":{"line":2,"character":24}},"kind":3},
    {"range":{"start":{"line":2,"character":43},"end":{"line":2,"character":46}},"kind":2},
    {"range":{"start":{"line":2,"character":58},"end":{"line":2,"character":61}},"kind":2}
  ]
}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/rename","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":1,"character":10},"newName":"maximum"}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "changes": {
      "file:///w/v.fhirpath": [
        {
          "range": {"start":{"line":1,"character":8},"end":{"line":1,"character":13}},
          "newText": "maximum"
        },
        {
          "range": {"start":{"line":3,"character":24},"end":{"line":3,"character":29}},
          "newText": "maximum"
        },
        {
          "range": {"start":{"line":4,"character":1},"end":{"line":4,"character":6}},
          "newText": "maximum"
        }
      ]
    }
  }
}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/rename","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":1,"character":10},"newName":"not a name"}}
<< {"jsonrpc":"2.0","id":6,"error":{"code":-32602,"message":"'not a name' is not a variable name (letters, digits, '_')"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: 'not a name' is not a variable name (letters, digits, '_')"}}
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/definition","params":{"textDocument":{"uri":"file:///w/v.fhirpath"},"position":{"line":3,"character":2}}}
<< {"jsonrpc":"2.0","id":7,"result":null}
>> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":8,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
