# Signature help inside a call's parentheses: the active parameter
# follows the commas (not those of nested calls); outside any call: null.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/s.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first().substring(1, 2)\niif(active, name.where(use = 'official').given, 'x')\nname.select(\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/s.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":12},"end":{"line":3,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found end of input"
      }
    ]
  }
}
# inside substring( before the comma: parameter 0
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":1,"character":29}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "signatures": [
      {
        "label": "substring(start: Integer, [length: Integer]) -> String",
        "documentation": "The part of the input string from the 0-based start, at most length characters long.",
        "parameters": [{"label":"start"},{"label":"length"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 0
  }
}
# after the comma: parameter 1
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":1,"character":32}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "signatures": [
      {
        "label": "substring(start: Integer, [length: Integer]) -> String",
        "documentation": "The part of the input string from the 0-based start, at most length characters long.",
        "parameters": [{"label":"start"},{"label":"length"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 1
  }
}
# iif( ... , | ...: parameter 1, the comma inside where() does not count
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":2,"character":12}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "signatures": [
      {
        "label": "iif(criterion: expr Boolean, true-result: expr, [otherwise-result: expr])",
        "documentation": "true-result when criterion is true, otherwise otherwise-result (or empty); only the chosen branch is evaluated.",
        "parameters": [{"label":"criterion"},{"label":"true-result"},{"label":"otherwise-result"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 1
  }
}
# inside where(): where's parameter 0
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":2,"character":25}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "signatures": [
      {
        "label": "where(criteria: expr Boolean)",
        "documentation": "The input items for which criteria is true.",
        "parameters": [{"label":"criteria"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 0
  }
}
# iif's third argument
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":2,"character":49}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "signatures": [
      {
        "label": "iif(criterion: expr Boolean, true-result: expr, [otherwise-result: expr])",
        "documentation": "true-result when criterion is true, otherwise otherwise-result (or empty); only the chosen branch is evaluated.",
        "parameters": [{"label":"criterion"},{"label":"true-result"},{"label":"otherwise-result"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 2
  }
}
# an unclosed call being typed
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":3,"character":12}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": {
    "signatures": [
      {
        "label": "select(projection: expr)",
        "documentation": "Evaluates projection for each input item and collects all results.",
        "parameters": [{"label":"projection"}]
      }
    ],
    "activeSignature": 0,
    "activeParameter": 0
  }
}
# on 'name': no call
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/s.fhirpath"},"position":{"line":1,"character":2}}}
<< {"jsonrpc":"2.0","id":8,"result":null}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
