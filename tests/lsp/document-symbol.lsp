# documentSymbol: one symbol per expression, named by its text (long ones
# cut with '...'), with its context as detail and its exact range.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/sym.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\nbirthDate < today()\n  and active\n\n// @context Observation\nvalue.ofType(Quantity).value > 5; status = 'final'\ncode.coding.where(system = 'http://loinc.org' and code = '1234-5' and display.exists() and version.empty()).exists()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/sym.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/sym.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": [
    {
      "name": "name.given",
      "detail": "Patient",
      "kind": 12,
      "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":10}},
      "selectionRange": {"start":{"line":1,"character":0},"end":{"line":1,"character":10}}
    },
    {
      "name": "birthDate < today()   and active",
      "detail": "Patient",
      "kind": 12,
      "range": {"start":{"line":2,"character":0},"end":{"line":3,"character":12}},
      "selectionRange": {"start":{"line":2,"character":0},"end":{"line":3,"character":12}}
    },
    {
      "name": "value.ofType(Quantity).value > 5",
      "detail": "Observation",
      "kind": 12,
      "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":32}},
      "selectionRange": {"start":{"line":6,"character":0},"end":{"line":6,"character":32}}
    },
    {
      "name": "status = 'final'",
      "detail": "Observation",
      "kind": 12,
      "range": {"start":{"line":6,"character":34},"end":{"line":6,"character":50}},
      "selectionRange": {"start":{"line":6,"character":34},"end":{"line":6,"character":50}}
    },
    {
      "name": "code.coding.where(system = 'http://loinc.org' and code = '1234-5' and display...",
      "detail": "Observation",
      "kind": 12,
      "range": {"start":{"line":7,"character":0},"end":{"line":7,"character":116}},
      "selectionRange": {"start":{"line":7,"character":0},"end":{"line":7,"character":116}}
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
