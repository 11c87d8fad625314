# FHIRPath in a FHIR XML resource: semantic tokens at their exact place
# in the attribute value, through the references (&apos;a &amp; &quot;b&quot;&#39;
# is one string token of 32 characters); a comment over a line break
# inside the attribute becomes one token per line. Hover after the
# references points at the right place (it used to map through JSON
# escapes, which put 'famly' on the wrong line); so do inlay hints
# (switched on by initializationOptions).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{},"initializationOptions":{"inlayHints":true}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml","languageId":"xml","version":1,"text":"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<SearchParameter xmlns=\"http://hl7.org/fhir\">\n  <url value=\"http://example.org/SearchParameter/x\"/>\n  <name value=\"x\"/>\n  <status value=\"draft\"/>\n  <code value=\"x\"/>\n  <base value=\"Patient\"/>\n  <type value=\"string\"/>\n  <expression value=\"name.where(text = &apos;a &amp; &quot;b&quot;&#39;).given /* one\ntwo */ | name.famly\"/>\n</SearchParameter>\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/SearchParameter-x.xml",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":14},"end":{"line":9,"character":19}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml"}}}
<< {"jsonrpc":"2.0","id":2,"result":{"resultId":"1.1","data":[8,21,4,7,0,0,5,5,5,0,0,6,4,7,0,0,5,1,1,0,0,2,32,2,0,0,34,5,7,0,0,6,6,4,0,1,0,6,4,0,0,7,1,1,0,0,2,4,7,0,0,5,5,7,0]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml"},"position":{"line":9,"character":15}}}
<< {"jsonrpc":"2.0","id":3,"result":{"contents":{"kind":"markdown","value":"**famly** : `any (0..*)`"},"range":{"start":{"line":9,"character":14},"end":{"line":9,"character":19}}}}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml"},"position":{"line":8,"character":65}}}
<< {"jsonrpc":"2.0","id":4,"result":{"contents":{"kind":"markdown","value":"expression : `String (1..1)`"},"range":{"start":{"line":8,"character":39},"end":{"line":8,"character":71}}}}
# range: the second line of the attribute only
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml"},"range":{"start":{"line":9,"character":0},"end":{"line":10,"character":0}}}}
<< {"jsonrpc":"2.0","id":5,"result":{"data":[9,0,6,4,0,0,7,1,1,0,0,2,4,7,0,0,5,5,7,0]}}
# inlay hints after the references
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/inlayHint","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.xml"},"range":{"start":{"line":0,"character":0},"end":{"line":11,"character":0}}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": [
    {"position":{"line":8,"character":25},"label":": HumanName[0..*]","kind":1},
    {"position":{"line":8,"character":36},"label":": string[0..1]","kind":1},
    {"position":{"line":8,"character":78},"label":": string[0..*]","kind":1},
    {"position":{"line":9,"character":13},"label":": HumanName[0..*]","kind":1}
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
