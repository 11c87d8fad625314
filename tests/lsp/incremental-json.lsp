# Incremental analysis (lsp/incr.c): edits inside one expression string
# update the analysis in place, every other edit analyses the document
# again; either way the diagnostics are those of a fresh didOpen of the
# same text, which the end of the session shows: the final text opened
# under a second name gets the same list. A Bundle with a profile (three
# invariants of one element, judged together for FP2010) and two search
# parameters, the first checked once per base.
# ignore: result.capabilities, rssKiB, analysisBytes, modelBytes, inputBufferBytes, openFds, textBytes, heldBytes, bufferBytes, workspaceBytes
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/bundle.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [\n    {\"resource\": {\"resourceType\": \"StructureDefinition\", \"url\": \"http://example.org/fhir/StructureDefinition/dur\", \"type\": \"Quantity\",\n      \"snapshot\": {\"element\": [\n        {\"id\": \"Quantity\", \"path\": \"Quantity\", \"constraint\": [\n          {\"key\": \"qty-3\", \"expression\": \"code.empty() or system.exists()\"},\n          {\"key\": \"ex-1\", \"expression\": \"code.exists() implies ((system = %ucum) and value.exists())\"},\n          {\"key\": \"ex-2\", \"expression\": \"value.exists() implies system = %ucum\"},\n          {\"key\": \"ex-3\", \"expression\": \"unit = 'mg'\"},\n          {\"key\": \"ex-4\", \"expression\": \"unit.exists()\"}]}]}}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"x\", \"base\": [\"Patient\", \"Person\"], \"expression\": \"name.given\"}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"y\", \"base\": [\"Patient\"], \"expression\": \"telecom.where(system = 'phone')\"}}\n  ]\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# a typo inside the search parameter's string: one report, not one per base
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":2},"contentChanges":[{"range":{"start":{"line":12,"character":112},"end":{"line":12,"character":122}},"text":"name.givne"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":117},"end":{"line":12,"character":122}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'givne' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
# hover in the next string, after the edit (ranges moved)
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":13,"character":104}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**telecom** : `ContactPoint (0..*)`\n\n`Patient.telecom` 0..*"},
    "range": {"start":{"line":13,"character":102},"end":{"line":13,"character":109}}
  }
}
# the typo fixed: gone
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":3},"contentChanges":[{"range":{"start":{"line":12,"character":112},"end":{"line":12,"character":122}},"text":"name.given"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# one character typed in the middle of qty-3
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":4},"contentChanges":[{"range":{"start":{"line":7,"character":64},"end":{"line":7,"character":64}},"text":"x"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":7,"character":58},"end":{"line":7,"character":65}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'systemx' on Quantity; did you mean 'system'?"
      },
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# and deleted again
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":5},"contentChanges":[{"range":{"start":{"line":7,"character":64},"end":{"line":7,"character":65}},"text":""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 5,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# qty-3 no longer parses (a syntax error)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":6},"contentChanges":[{"range":{"start":{"line":7,"character":73},"end":{"line":7,"character":73}},"text":")"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 6,
    "diagnostics": [
      {
        "range": {"start":{"line":7,"character":73},"end":{"line":7,"character":74}},
        "severity": 1,
        "code": "FP0016",
        "source": "fhirpath-ls",
        "message": "unexpected ')': nothing to close or separate here"
      },
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# hover on ex-1's 'system' (its types after the sibling's edit)
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":8,"character":67}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "contents": {"kind":"markdown","value":"**system** : `uri (0..1)`\n\n`Quantity.system` 0..1"},
    "range": {"start":{"line":8,"character":65},"end":{"line":8,"character":71}}
  }
}
# qty-3 parses again
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":7},"contentChanges":[{"range":{"start":{"line":7,"character":73},"end":{"line":7,"character":74}},"text":""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 7,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# ex-4 no longer says the unit exists: its sibling ex-3 can be empty (FP2010
# on ex-3)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":8},"contentChanges":[{"range":{"start":{"line":11,"character":41},"end":{"line":11,"character":54}},"text":"unit.empty()"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 8,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":10,"character":41},"end":{"line":10,"character":45}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# the same text opened fresh under another name: the same diagnostics
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/bundle-fresh-1.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\",\n  \"entry\": [\n    {\"resource\": {\"resourceType\": \"StructureDefinition\", \"url\": \"http://example.org/fhir/StructureDefinition/dur\", \"type\": \"Quantity\",\n      \"snapshot\": {\"element\": [\n        {\"id\": \"Quantity\", \"path\": \"Quantity\", \"constraint\": [\n          {\"key\": \"qty-3\", \"expression\": \"code.empty() or system.exists()\"},\n          {\"key\": \"ex-1\", \"expression\": \"code.exists() implies ((system = %ucum) and value.exists())\"},\n          {\"key\": \"ex-2\", \"expression\": \"value.exists() implies system = %ucum\"},\n          {\"key\": \"ex-3\", \"expression\": \"unit = 'mg'\"},\n          {\"key\": \"ex-4\", \"expression\": \"unit.empty()\"}]}]}}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"x\", \"base\": [\"Patient\", \"Person\"], \"expression\": \"name.given\"}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"y\", \"base\": [\"Patient\"], \"expression\": \"telecom.where(system = 'phone')\"}}\n  ]\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle-fresh-1.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":10,"character":41},"end":{"line":10,"character":45}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# ex-4 says so again: ex-3 is not reported
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":9},"contentChanges":[{"range":{"start":{"line":11,"character":41},"end":{"line":11,"character":53}},"text":"unit.exists()"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 9,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# a comma deleted: the JSON is broken
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":10},"contentChanges":[{"range":{"start":{"line":11,"character":59},"end":{"line":12,"character":0}},"text":"}}}\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 10,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":4},"end":{"line":12,"character":5}},
        "severity": 1,
        "code": "FP0032",
        "source": "fhirpath-ls",
        "message": "invalid JSON: expected ',' or ']' after array element"
      }
    ]
  }
}
# and put back
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":11},"contentChanges":[{"range":{"start":{"line":11,"character":59},"end":{"line":12,"character":64}},"text":"}}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"x\""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 11,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# a quote inserted into an expression string: the structure changes
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":12},"contentChanges":[{"range":{"start":{"line":12,"character":112},"end":{"line":12,"character":122}},"text":"name.\"given"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 12,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":118},"end":{"line":12,"character":119}},
        "severity": 1,
        "code": "FP0032",
        "source": "fhirpath-ls",
        "message": "invalid JSON: expected ',' or '}' after object member"
      }
    ]
  }
}
# and removed
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":13},"contentChanges":[{"range":{"start":{"line":12,"character":112},"end":{"line":12,"character":123}},"text":"name.given"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 13,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# the context changes: the first search parameter's second base becomes
# Group (no name)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":14},"contentChanges":[{"range":{"start":{"line":12,"character":86},"end":{"line":12,"character":94}},"text":"\"Group\""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 14,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'given' on string"
      }
    ]
  }
}
# an escape inside a string: analysed again, positions through it
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":15},"contentChanges":[{"range":{"start":{"line":13,"character":125},"end":{"line":13,"character":125}},"text":"\\u0027x\\u0027 + "}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 15,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'given' on string"
      }
    ]
  }
}
# hover on 'telecom', in the string the escape went into (analysed again;
# every other expression's results were taken from the analysis before)
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":13,"character":104}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "contents": {"kind":"markdown","value":"**telecom** : `ContactPoint (0..*)`\n\n`Patient.telecom` 0..*"},
    "range": {"start":{"line":13,"character":102},"end":{"line":13,"character":109}}
  }
}
# hover on ex-3's 'unit': an invariant whose results were taken with its
# whole group, so it has no tree until now (lsp_doc_tree)
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":10,"character":42}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "contents": {"kind":"markdown","value":"**unit** : `string (0..1)`\n\n`Quantity.unit` 0..1"},
    "range": {"start":{"line":10,"character":41},"end":{"line":10,"character":45}}
  }
}
# hover on 'given' of the first search parameter: its Patient record was
# taken from the analysis before (its Group record is new)
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":12,"character":117}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "contents": {"kind":"markdown","value":"**given** : `string (0..*)`\n\n`HumanName.given` 0..*"},
    "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}}
  }
}
# signature help inside where( in the edited string
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/bundle.json"},"position":{"line":13,"character":140}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
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
# semantic tokens after the edits
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/bundle.json"}}}
<< {
  "jsonrpc": "2.0",
  "id": 8,
  "result": {
    "resultId": "15.1",
    "data": [
      7, 42, 4, 7, 0,
      0, 5, 5, 5, 0,
      0, 8, 2, 0, 0,
      0, 3, 6, 7, 0,
      0, 7, 6, 5, 0,
      1, 41, 4, 7, 0,
      0, 5, 6, 5, 0,
      0, 9, 7, 0, 0,
      0, 10, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 3, 4, 6, 0,
      0, 6, 3, 0, 0,
      0, 4, 5, 7, 0,
      0, 6, 6, 5, 0,
      1, 41, 5, 7, 0,
      0, 6, 6, 5, 0,
      0, 9, 7, 0, 0,
      0, 8, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 3, 4, 6, 0,
      1, 41, 4, 7, 0,
      0, 5, 1, 1, 0,
      0, 2, 4, 2, 0,
      1, 41, 4, 7, 0,
      0, 5, 6, 5, 0,
      1, 111, 4, 7, 0,
      0, 5, 5, 7, 0,
      1, 102, 7, 7, 0,
      0, 8, 5, 5, 0,
      0, 6, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 2, 13, 2, 0,
      0, 14, 1, 1, 0,
      0, 2, 7, 2, 0
    ]
  }
}
# one didChange with two changes outside the strings (a space after each of
# two commas): analysed once, every expression's results reused
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":16},"contentChanges":[{"range":{"start":{"line":2,"character":23},"end":{"line":2,"character":23}},"text":" "},{"range":{"start":{"line":3,"character":11},"end":{"line":3,"character":11}},"text":" "}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 16,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'given' on string"
      }
    ]
  }
}
# the whole text sent again, one character changed in the second search
# parameter: analysed again, every other expression's results reused
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/bundle.json","version":17},"contentChanges":[{"text":"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\", \n  \"entry\":  [\n    {\"resource\": {\"resourceType\": \"StructureDefinition\", \"url\": \"http://example.org/fhir/StructureDefinition/dur\", \"type\": \"Quantity\",\n      \"snapshot\": {\"element\": [\n        {\"id\": \"Quantity\", \"path\": \"Quantity\", \"constraint\": [\n          {\"key\": \"qty-3\", \"expression\": \"code.empty() or system.exists()\"},\n          {\"key\": \"ex-1\", \"expression\": \"code.exists() implies ((system = %ucum) and value.exists())\"},\n          {\"key\": \"ex-2\", \"expression\": \"value.exists() implies system = %ucum\"},\n          {\"key\": \"ex-3\", \"expression\": \"unit = 'mg'\"},\n          {\"key\": \"ex-4\", \"expression\": \"unit.exists()\"}]}]}}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"x\", \"base\": [\"Patient\", \"Group\"], \"expression\": \"name.given\"}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"y\", \"base\": [\"Patient\"], \"expression\": \"telecom.where(system = \\u0027x\\u0027 + 'phonx')\"}}\n  ]\n}\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle.json",
    "version": 17,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'given' on string"
      }
    ]
  }
}
# how many edits were applied in place (updatedInPlace), how many analyses
# ran and how many expressions' results were reused (reusedByKey)
>> {"jsonrpc":"2.0","id":9,"method":"fhirpath/resources"}
<< {
  "jsonrpc": "2.0",
  "id": 9,
  "result": {
    "rssKiB": "*",
    "heldBytes": "*",
    "maxMemoryMiB": 0,
    "documents": {
      "count": 2,
      "textBytes": "*",
      "analysisBytes": "*",
      "analysed": 2,
      "analyses": 10,
      "updatedInPlace": 8,
      "reusedByKey": 29
    },
    "workspaceBytes": "*",
    "modelBytes": "*",
    "bufferBytes": "*",
    "openFds": "*",
    "threads": 1
  }
}
# the same text opened fresh under another name: the same diagnostics
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/bundle-fresh.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\", \n  \"entry\":  [\n    {\"resource\": {\"resourceType\": \"StructureDefinition\", \"url\": \"http://example.org/fhir/StructureDefinition/dur\", \"type\": \"Quantity\",\n      \"snapshot\": {\"element\": [\n        {\"id\": \"Quantity\", \"path\": \"Quantity\", \"constraint\": [\n          {\"key\": \"qty-3\", \"expression\": \"code.empty() or system.exists()\"},\n          {\"key\": \"ex-1\", \"expression\": \"code.exists() implies ((system = %ucum) and value.exists())\"},\n          {\"key\": \"ex-2\", \"expression\": \"value.exists() implies system = %ucum\"},\n          {\"key\": \"ex-3\", \"expression\": \"unit = 'mg'\"},\n          {\"key\": \"ex-4\", \"expression\": \"unit.exists()\"}]}]}}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"x\", \"base\": [\"Patient\", \"Group\"], \"expression\": \"name.given\"}},\n    {\"resource\": {\"resourceType\": \"SearchParameter\", \"code\": \"y\", \"base\": [\"Patient\"], \"expression\": \"telecom.where(system = \\u0027x\\u0027 + 'phonx')\"}}\n  ]\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/bundle-fresh.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":64},"end":{"line":9,"character":70}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'system' is empty, and validators count that as a failure; write 'system.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":12,"character":116},"end":{"line":12,"character":121}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'given' on string"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":999,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":999,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
