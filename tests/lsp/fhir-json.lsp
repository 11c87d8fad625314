# A FHIR resource in JSON (a StructureDefinition): its constraint
# expressions are checked on their element (Patient.contact); positions
# point inside the JSON strings, through the \u0027 and \\ escapes before
# the mistake. Hover, completion and symbols work inside the strings; the
# resource is never reformatted. Semantic tokens are those of the
# embedded expressions, at their exact positions inside the JSON strings
# (more in semantic-tokens-json.lsp).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"StructureDefinition\",\n  \"url\": \"http://example.org/StructureDefinition/x\",\n  \"name\": \"X\",\n  \"status\": \"draft\",\n  \"fhirVersion\": \"4.0.1\",\n  \"kind\": \"resource\",\n  \"abstract\": false,\n  \"type\": \"Patient\",\n  \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\",\n  \"derivation\": \"constraint\",\n  \"differential\": {\n    \"element\": [\n      {\n        \"id\": \"Patient.contact\",\n        \"path\": \"Patient.contact\",\n        \"constraint\": [\n          {\n            \"key\": \"x-1\",\n            \"severity\": \"error\",\n            \"human\": \"a contact has a name or an organization\",\n            \"expression\": \"name.exists() or organisation.exists()\"\n          },\n          {\n            \"key\": \"x-2\",\n            \"severity\": \"error\",\n            \"human\": \"escapes before the mistake\",\n            \"expression\": \"telecom.where(system = \\u0027phone\\u0027 and value.matches(\\u0027^\\\\\\\\+\\u0027)).exists() implies relationshp.exists()\"\n          }\n        ]\n      }\n    ]\n  }\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-x.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":21,"character":44},"end":{"line":21,"character":56}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'organisation' on Patient.contact; did you mean 'organization'?"
      },
      {
        "range": {"start":{"line":27,"character":124},"end":{"line":27,"character":135}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'relationshp' on Patient.contact; did you mean 'relationship'?"
      }
    ]
  }
}
# hover on 'relationshp' (after the escapes)
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"position":{"line":27,"character":127}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**relationshp** : `any (0..*)`"},"range":{"start":{"line":27,"character":124},"end":{"line":27,"character":135}}}}
# hover on 'telecom'
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"position":{"line":27,"character":29}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "**telecom** : `ContactPoint (0..*)`\n\n`Patient.contact.telecom` 0..*"
    },
    "range": {"start":{"line":27,"character":27},"end":{"line":27,"character":34}}
  }
}
# hover on 'matches'
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"position":{"line":27,"character":80}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "```fhirpath\nmatches(regex: String, [flags: String]) -> Boolean\n```\nTrue when the regular expression matches somewhere in the input string."
    },
    "range": {"start":{"line":27,"character":78},"end":{"line":27,"character":85}}
  }
}
# hover outside an expression: null
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"position":{"line":20,"character":14}}}
<< {"jsonrpc":"2.0","id":5,"result":null}
# completion after 'name.ex' (Patient.contact.name is a HumanName)
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"position":{"line":21,"character":34}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "prefix",
        "kind": 5,
        "detail": "string 0..*",
        "data": {"v":"R4","t":"HumanName","e":"prefix"},
        "sortText": "10_prefix"
      },
      {
        "label": "text",
        "kind": 5,
        "detail": "string 0..1",
        "data": {"v":"R4","t":"HumanName","e":"text"},
        "sortText": "10_text"
      },
      {
        "label": "extension",
        "kind": 5,
        "detail": "Extension 0..*",
        "data": {"v":"R4","t":"Element","e":"extension"},
        "sortText": "00_extension"
      },
      {
        "label": "exclude",
        "kind": 3,
        "detail": "exclude(other: value)",
        "data": {"fn":"exclude"},
        "insertText": "exclude($1)",
        "insertTextFormat": 2,
        "sortText": "01_exclude"
      },
      {
        "label": "exists",
        "kind": 3,
        "detail": "exists([criteria: expr Boolean]) -> Boolean",
        "data": {"fn":"exists"},
        "insertText": "exists($1)",
        "insertTextFormat": 2,
        "sortText": "01_exists"
      },
      {
        "label": "exp",
        "kind": 3,
        "detail": "exp() -> Decimal",
        "data": {"fn":"exp"},
        "insertText": "exp()",
        "insertTextFormat": 2,
        "sortText": "01_exp"
      },
      {
        "label": "expand",
        "kind": 3,
        "detail": "expand(valueSet: value, [params: value])",
        "data": {"fn":"expand"},
        "insertText": "expand($1)",
        "insertTextFormat": 2,
        "sortText": "01_expand"
      },
      {
        "label": "indexOf",
        "kind": 3,
        "detail": "indexOf(substring: String) -> Integer",
        "data": {"fn":"indexOf"},
        "insertText": "indexOf($1)",
        "insertTextFormat": 2,
        "sortText": "11_indexOf"
      },
      {
        "label": "lastIndexOf",
        "kind": 3,
        "detail": "lastIndexOf(substring: String) -> Integer",
        "data": {"fn":"lastIndexOf"},
        "insertText": "lastIndexOf($1)",
        "insertTextFormat": 2,
        "sortText": "11_lastIndexOf"
      }
    ]
  }
}
# symbols: the two constraints, with where they come from
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": [
    {
      "name": "name.exists() or organisation.exists()",
      "detail": "constraint x-1 on Patient.contact",
      "kind": 12,
      "range": {"start":{"line":21,"character":26},"end":{"line":21,"character":66}},
      "selectionRange": {"start":{"line":21,"character":26},"end":{"line":21,"character":66}}
    },
    {
      "name": "telecom.where(system = 'phone' and value.matches('^\\\\+')).exists() implies re...",
      "detail": "constraint x-2 on Patient.contact",
      "kind": 12,
      "range": {"start":{"line":27,"character":26},"end":{"line":27,"character":145}},
      "selectionRange": {"start":{"line":27,"character":26},"end":{"line":27,"character":145}}
    }
  ]
}
# formatting: never for a resource
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":8,"result":[]}
# semantic tokens: the expressions' tokens, through the escapes
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json"}}}
<< {
  "jsonrpc": "2.0",
  "id": 9,
  "result": {
    "resultId": "1.1",
    "data": [
      21, 27, 4, 7, 0,
      0, 5, 6, 5, 0,
      0, 9, 2, 0, 0,
      0, 3, 12, 7, 0,
      0, 13, 6, 5, 0,
      6, 27, 7, 7, 0,
      0, 8, 5, 5, 0,
      0, 6, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 2, 17, 2, 0,
      0, 18, 3, 0, 0,
      0, 4, 5, 7, 0,
      0, 6, 7, 5, 0,
      0, 8, 18, 2, 0,
      0, 21, 6, 5, 0,
      0, 9, 7, 0, 0,
      0, 8, 11, 7, 0,
      0, 12, 6, 5, 0
    ]
  }
}
# fix 'relationshp' inside the string: one diagnostic left
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-x.json","version":2},"contentChanges":[{"range":{"start":{"line":27,"character":134},"end":{"line":27,"character":134}},"text":"i"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-x.json",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":21,"character":44},"end":{"line":21,"character":56}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'organisation' on Patient.contact; did you mean 'organization'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
