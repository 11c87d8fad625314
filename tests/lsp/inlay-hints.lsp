# Inlay hints (UTF-16 positions): off by default, switched on and off by
# workspace/didChangeConfiguration {"fhirpath": {"inlayHints": ...}};
# each switch sends workspace/inlayHint/refresh (the client offered
# refreshSupport), setting the same value again does not. Labels are
# ": T[min..max]" after element names, after calls whose type is not
# fixed by the function and differs from their input (where() and
# ofType(HumanName) on HumanName get none; select() would repeat the
# hint of %n.family), and after defineVariable()'s name. A hint at the
# end of a path after '😀' counts it as 2 UTF-16 units. In a JSON
# resource the hints sit inside the string, after the escapes; the
# search parameter's second base adds none. Only hints in the range
# come back; unknown documents and a missing range are errors.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"workspace":{"inlayHint":{"refreshSupport":true}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/i.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use = 'official').given.first()\ndefineVariable('n', name).select(%n.family).exists()\n'😀' | contact.name.ofType(HumanName).text | Patient.birthDate\ngeneralPractitioner.resolve()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-i.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"SearchParameter\",\n  \"base\": [\"Patient\", \"Person\"],\n  \"code\": \"i\",\n  \"expression\": \"name.where(text = \\u0027\\\"😀\\\"\\u0027).given\"\n}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-i.json","version":1,"diagnostics":[]}}
# off by default
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}}}}
<< {"jsonrpc":"2.0","id":2,"result":[]}
# on: a refresh request, and the documents are analysed again
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"fhirpath":{"inlayHints":true}}}}
<< {"jsonrpc":"2.0","id":1,"method":"workspace/inlayHint/refresh"}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-i.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":"fhirpath-ls/1","result":null}
# the same again: no refresh
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"fhirpath":{"inlayHints":true}}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-i.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {"position":{"line":1,"character":4},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":1,"character":14},"label":": code[0..1]","kind":1},
    {"position":{"line":1,"character":34},"label":": string[0..*]","kind":1},
    {"position":{"line":1,"character":42},"label":": string[0..1]","kind":1},
    {"position":{"line":2,"character":18},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":2,"character":24},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":2,"character":42},"label":": string[0..*]","kind":1},
    {"position":{"line":3,"character":14},"label":": Patient.contact[0..*]","kind":1},
    {"position":{"line":3,"character":19},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":3,"character":42},"label":": string[0..*]","kind":1},
    {"position":{"line":3,"character":62},"label":": date[0..1]","kind":1},
    {"position":{"line":4,"character":19},"label":": Reference[0..*]","kind":1},
    {
      "position": {"line":4,"character":29},
      "label": ": (Organization | Practitioner | PractitionerRole)[0..*]",
      "kind": 1
    }
  ]
}
# line 3 only (from after the emoji), and a range far past the end
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":3,"character":4},"end":{"line":4,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {"position":{"line":3,"character":14},"label":": Patient.contact[0..*]","kind":1},
    {"position":{"line":3,"character":19},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":3,"character":42},"label":": string[0..*]","kind":1},
    {"position":{"line":3,"character":62},"label":": date[0..1]","kind":1}
  ]
}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":4,"character":0},"end":{"line":400,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": [
    {"position":{"line":4,"character":19},"label":": Reference[0..*]","kind":1},
    {
      "position": {"line":4,"character":29},
      "label": ": (Organization | Practitioner | PractitionerRole)[0..*]",
      "kind": 1
    }
  ]
}
# the JSON resource
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/SearchParameter-i.json"},"range":{"start":{"line":0,"character":0},"end":{"line":9,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": [
    {"position":{"line":4,"character":21},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":4,"character":32},"label":": string[0..1]","kind":1},
    {"position":{"line":4,"character":60},"label":": string[0..*]","kind":1}
  ]
}
# hostile: an unknown document, no range
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/nope.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}}}}
<< {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"}}}
<< {"jsonrpc":"2.0","id":8,"error":{"code":-32602,"message":"inlayHint needs a range"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: inlayHint needs a range"}}
# off again: a refresh request, then no hints
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"fhirpath":{"inlayHints":false}}}}
<< {"jsonrpc":"2.0","id":2,"method":"workspace/inlayHint/refresh"}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-i.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}}}}
<< {"jsonrpc":"2.0","id":9,"result":[]}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
