# Folding ranges (multi-line expressions, comment blocks), selection
# ranges (nested syntax around a position, innermost first) and workspace
# symbols (expressions of every open document matching a query).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/s.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n// two comment\n// lines\nname.where(use = 'official')\n  .given\n  .first()\ntelecom.exists()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/s.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///w/s.fhirpath"}}}
<< {"jsonrpc":"2.0","id":2,"result":[{"startLine":3,"endLine":5},{"startLine":0,"endLine":2,"kind":"comment"}]}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/selectionRange","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"positions":[{"line":3,"character":12},{"line":6,"character":0}]}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "range": {"start":{"line":3,"character":11},"end":{"line":3,"character":14}},
      "parent": {
        "range": {"start":{"line":3,"character":11},"end":{"line":3,"character":27}},
        "parent": {
          "range": {"start":{"line":3,"character":5},"end":{"line":3,"character":28}},
          "parent": {
            "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":28}},
            "parent": {
              "range": {"start":{"line":3,"character":0},"end":{"line":4,"character":8}},
              "parent": {"range":{"start":{"line":3,"character":0},"end":{"line":5,"character":10}}}
            }
          }
        }
      }
    },
    {
      "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":7}},
      "parent": {"range":{"start":{"line":6,"character":0},"end":{"line":6,"character":16}}}
    }
  ]
}
>> {"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":"tel"}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {
      "name": "telecom.exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/s.fhirpath",
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":16}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":5,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":5,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
