# Hover: an element (type, cardinality, binding), a function (signature
# and docs), an expression (its type), a variable, whitespace (null).
# An element at the start of a path ('name', 'gender') gets the same
# element facts as one after a '.': it navigates from the context.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/h.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first() | gender\n(birthDate < today()) and active\nmaritalStatus.coding.where(system = %vs).exists()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/h.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":36},"end":{"line":3,"character":39}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%vs' (declare it with '// @var vs: Type' or defineVariable())"
      }
    ]
  }
}
# 'name' (line 1, col 2)
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":1,"character":2}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**name** : `HumanName (0..*)`\n\n`Patient.name` 0..*"},
    "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":4}}
  }
}
# 'given'
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":1,"character":5}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "contents": {"kind":"markdown","value":"**given** : `string (0..*)`\n\n`HumanName.given` 0..*"},
    "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":10}}
  }
}
# 'first'
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":1,"character":13}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "contents": {"kind":"markdown","value":"```fhirpath\nfirst()\n```\nThe first item of the input, or empty."},
    "range": {"start":{"line":1,"character":11},"end":{"line":1,"character":16}}
  }
}
# 'gender' (binding)
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":1,"character":23}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "**gender** : `code (0..1)`\n\n`Patient.gender` 0..1\n\nbinding (required): http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1"
    },
    "range": {"start":{"line":1,"character":21},"end":{"line":1,"character":27}}
  }
}
# the '<' operator: the type of the comparison
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":2,"character":11}}}
<< {"jsonrpc":"2.0","id":6,"result":{"contents":{"kind":"markdown","value":"expression : `Boolean (0..1)`"},"range":{"start":{"line":2,"character":1},"end":{"line":2,"character":20}}}}
# 'today'
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":2,"character":14}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "```fhirpath\ntoday() -> Date\n```\nThe current date, the same throughout one evaluation."
    },
    "range": {"start":{"line":2,"character":13},"end":{"line":2,"character":18}}
  }
}
# 'and'
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":2,"character":23}}}
<< {"jsonrpc":"2.0","id":8,"result":{"contents":{"kind":"markdown","value":"expression : `Boolean (0..1)`"},"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":32}}}}
# 'where'
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":3,"character":22}}}
<< {
  "jsonrpc": "2.0",
  "id": 9,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "```fhirpath\nwhere(criteria: expr Boolean)\n```\nThe input items for which criteria is true."
    },
    "range": {"start":{"line":3,"character":21},"end":{"line":3,"character":26}}
  }
}
# '%vs' (undeclared)
>> {"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":3,"character":38}}}
<< {"jsonrpc":"2.0","id":10,"result":{"contents":{"kind":"markdown","value":"**%vs** : `any (0..*)`"},"range":{"start":{"line":3,"character":36},"end":{"line":3,"character":39}}}}
# the comment line: null
>> {"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":0,"character":5}}}
<< {"jsonrpc":"2.0","id":11,"result":null}
# past the end: null
>> {"jsonrpc":"2.0","id":12,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/h.fhirpath"},"position":{"line":40,"character":0}}}
<< {"jsonrpc":"2.0","id":12,"result":null}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
