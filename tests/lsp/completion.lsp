# Completion: elements of the inferred type after '.', filtered by the
# word being typed (fuzzy, exact prefixes first); choice elements with
# their ofType() forms; '%' variables with the declared ones; directive
# names in '// @' comments; half-typed input that does not parse.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/c.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n// @var limit: integer\nname.giv\ntelecom.where(system = %li)\n// @co\ndeceased\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":5},"end":{"line":2,"character":8}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'giv' on HumanName"
      },
      {
        "range": {"start":{"line":3,"character":23},"end":{"line":3,"character":26}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%li' (declare it with '// @var li: Type' or defineVariable())"
      },
      {
        "range": {"start":{"line":4,"character":3},"end":{"line":4,"character":6}},
        "severity": 2,
        "code": "FP0040",
        "source": "fhirpath-ls",
        "message": "unknown directive '@co' (known: @context, @fhir, @input, @var, @invariant)"
      }
    ]
  }
}
# 'name.giv|': given, by prefix
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":2,"character":8},"context":{"triggerKind":1}}}
<< {"jsonrpc":"2.0","id":2,"result":{"isIncomplete":false,"items":[{"label":"given","kind":5,"detail":"string 0..*","data":{"v":"R4","t":"HumanName","e":"given"},"sortText":"00_given"}]}}
# '%li|'
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":3,"character":26},"context":{"triggerKind":1}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "isIncomplete": false,
    "items": [
      {"label":"loinc","kind":6,"detail":"environment variable","sortText":"11_loinc"},
      {"label":"limit","kind":6,"detail":"declared variable","sortText":"01_limit"}
    ]
  }
}
# '// @co|'
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":4,"character":6},"context":{"triggerKind":1}}}
<< {"jsonrpc":"2.0","id":4,"result":{"isIncomplete":false,"items":[{"label":"context","kind":14,"detail":"the context type or element path of what follows","sortText":"01_context"}]}}
# 'deceased|': the choice element and its types
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":5,"character":8},"context":{"triggerKind":1}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "deceased",
        "kind": 5,
        "detail": "boolean | dateTime 0..1",
        "data": {"v":"R4","t":"Patient","e":"deceased"},
        "sortText": "00_deceased"
      },
      {
        "label": "deceased.ofType(boolean)",
        "kind": 5,
        "detail": "boolean",
        "data": {"v":"R4","t":"Patient","e":"deceased"},
        "insertText": "deceased.ofType(boolean)",
        "sortText": "00_deceased.ofType(boolean)"
      },
      {
        "label": "deceased.ofType(dateTime)",
        "kind": 5,
        "detail": "dateTime",
        "data": {"v":"R4","t":"Patient","e":"deceased"},
        "insertText": "deceased.ofType(dateTime)",
        "sortText": "00_deceased.ofType(dateTime)"
      }
    ]
  }
}
# typing '.' after 'telecom.where(system = %li)': a half-typed line
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/c.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":3,"character":27},"end":{"line":3,"character":27}},"text":".val"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":5},"end":{"line":2,"character":8}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'giv' on HumanName"
      },
      {
        "range": {"start":{"line":3,"character":23},"end":{"line":3,"character":26}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%li' (declare it with '// @var li: Type' or defineVariable())"
      },
      {
        "range": {"start":{"line":3,"character":28},"end":{"line":3,"character":31}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'val' on ContactPoint"
      },
      {
        "range": {"start":{"line":4,"character":3},"end":{"line":4,"character":6}},
        "severity": 2,
        "code": "FP0040",
        "source": "fhirpath-ls",
        "message": "unknown directive '@co' (known: @context, @fhir, @input, @var, @invariant)"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":3,"character":31},"context":{"triggerKind":1}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "value",
        "kind": 5,
        "detail": "string 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"value"},
        "sortText": "00_value"
      },
      {
        "label": "convertsToDecimal",
        "kind": 3,
        "detail": "convertsToDecimal() -> Boolean",
        "data": {"fn":"convertsToDecimal"},
        "insertText": "convertsToDecimal()",
        "insertTextFormat": 2,
        "sortText": "11_convertsToDecimal"
      },
      {
        "label": "defineVariable",
        "kind": 3,
        "detail": "defineVariable(name: String, [value: expr])",
        "data": {"fn":"defineVariable"},
        "insertText": "defineVariable($1)",
        "insertTextFormat": 2,
        "sortText": "11_defineVariable"
      },
      {
        "label": "getValue",
        "kind": 3,
        "detail": "getValue()",
        "data": {"fn":"getValue"},
        "insertText": "getValue()",
        "insertTextFormat": 2,
        "sortText": "11_getValue"
      },
      {
        "label": "hasValue",
        "kind": 3,
        "detail": "hasValue() -> Boolean",
        "data": {"fn":"hasValue"},
        "insertText": "hasValue()",
        "insertTextFormat": 2,
        "sortText": "11_hasValue"
      },
      {
        "label": "validateCS",
        "kind": 3,
        "detail": "validateCS(codeSystem: value, coded: value, [params: value])",
        "data": {"fn":"validateCS"},
        "insertText": "validateCS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateCS"
      },
      {
        "label": "validateVS",
        "kind": 3,
        "detail": "validateVS(valueSet: value, coded: value, [params: value])",
        "data": {"fn":"validateVS"},
        "insertText": "validateVS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateVS"
      }
    ]
  }
}
# '%' just typed (trigger character)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/c.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":5,"character":8},"end":{"line":5,"character":8}},"text":" = %"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":5},"end":{"line":2,"character":8}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'giv' on HumanName"
      },
      {
        "range": {"start":{"line":3,"character":23},"end":{"line":3,"character":26}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%li' (declare it with '// @var li: Type' or defineVariable())"
      },
      {
        "range": {"start":{"line":3,"character":28},"end":{"line":3,"character":31}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'val' on ContactPoint"
      },
      {
        "range": {"start":{"line":4,"character":3},"end":{"line":4,"character":6}},
        "severity": 2,
        "code": "FP0040",
        "source": "fhirpath-ls",
        "message": "unknown directive '@co' (known: @context, @fhir, @input, @var, @invariant)"
      },
      {
        "range": {"start":{"line":5,"character":12},"end":{"line":5,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected a variable name after '%', found end of input"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":5,"character":12},"context":{"triggerKind":2,"triggerCharacter":"%"}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": {
    "isIncomplete": false,
    "items": [
      {"label":"resource","kind":6,"detail":"environment variable","sortText":"01_resource"},
      {"label":"rootResource","kind":6,"detail":"environment variable","sortText":"01_rootResource"},
      {"label":"context","kind":6,"detail":"environment variable","sortText":"01_context"},
      {"label":"ucum","kind":6,"detail":"environment variable","sortText":"01_ucum"},
      {"label":"sct","kind":6,"detail":"environment variable","sortText":"01_sct"},
      {"label":"loinc","kind":6,"detail":"environment variable","sortText":"01_loinc"},
      {"label":"limit","kind":6,"detail":"declared variable","sortText":"01_limit"}
    ]
  }
}
# '// @' just typed
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/c.fhirpath","version":4},"contentChanges":[{"range":{"start":{"line":4,"character":5},"end":{"line":4,"character":6}},"text":""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":5},"end":{"line":2,"character":8}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'giv' on HumanName"
      },
      {
        "range": {"start":{"line":3,"character":23},"end":{"line":3,"character":26}},
        "severity": 1,
        "code": "FP1011",
        "source": "fhirpath-ls",
        "message": "unknown variable '%li' (declare it with '// @var li: Type' or defineVariable())"
      },
      {
        "range": {"start":{"line":3,"character":28},"end":{"line":3,"character":31}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'val' on ContactPoint"
      },
      {
        "range": {"start":{"line":4,"character":3},"end":{"line":4,"character":5}},
        "severity": 2,
        "code": "FP0040",
        "source": "fhirpath-ls",
        "message": "unknown directive '@c' (known: @context, @fhir, @input, @var, @invariant)"
      },
      {
        "range": {"start":{"line":5,"character":12},"end":{"line":5,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected a variable name after '%', found end of input"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":4,"character":4},"context":{"triggerKind":1}}}
<< {
  "jsonrpc": "2.0",
  "id": 8,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "context",
        "kind": 14,
        "detail": "the context type or element path of what follows",
        "sortText": "01_context"
      },
      {"label":"fhir","kind":14,"detail":"the FHIR version: R4, R4B or R5","sortText":"01_fhir"},
      {
        "label": "input",
        "kind": 14,
        "detail": "a sample resource file for evaluation",
        "sortText": "01_input"
      },
      {"label":"var","kind":14,"detail":"declare a variable: name: Type","sortText":"01_var"},
      {
        "label": "invariant",
        "kind": 14,
        "detail": "what follows must give true or false: on (default) or off",
        "sortText": "01_invariant"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
