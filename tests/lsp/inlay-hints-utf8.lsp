# Inlay hints with UTF-8 positions, switched on by
# initializationOptions.inlayHints; the client has no refreshSupport, so
# switching them off sends no refresh request. '😀' counts 4 bytes.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"general":{"positionEncodings":["utf-8"]}},"initializationOptions":{"inlayHints":true}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/i.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use = 'official').given.first()\ndefineVariable('n', name).select(%n.family).exists()\n'😀' | contact.name.ofType(HumanName).text | Patient.birthDate\ngeneralPractitioner.resolve()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-i.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"SearchParameter\",\n  \"base\": [\"Patient\", \"Person\"],\n  \"code\": \"i\",\n  \"expression\": \"name.where(text = \\u0027\\\"😀\\\"\\u0027).given\"\n}\n"}}}
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
    {"position":{"line":3,"character":16},"label":": Patient.contact[0..*]","kind":1},
    {"position":{"line":3,"character":21},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":3,"character":44},"label":": string[0..*]","kind":1},
    {"position":{"line":3,"character":64},"label":": date[0..1]","kind":1},
    {"position":{"line":4,"character":19},"label":": Reference[0..*]","kind":1},
    {
      "position": {"line":4,"character":29},
      "label": ": (Organization | Practitioner | PractitionerRole)[0..*]",
      "kind": 1
    }
  ]
}
# line 3 only (from after the emoji), and a range far past the end
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":3,"character":6},"end":{"line":4,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {"position":{"line":3,"character":16},"label":": Patient.contact[0..*]","kind":1},
    {"position":{"line":3,"character":21},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":3,"character":44},"label":": string[0..*]","kind":1},
    {"position":{"line":3,"character":64},"label":": date[0..1]","kind":1}
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
    {"position":{"line":4,"character":62},"label":": string[0..*]","kind":1}
  ]
}
# off: no refresh request (not offered)
>> {"jsonrpc":"2.0","method":"workspace/didChangeConfiguration","params":{"settings":{"inlayHints":false}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/i.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-i.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/i.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":5,"character":0}}}}
<< {"jsonrpc":"2.0","id":9,"result":[]}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
