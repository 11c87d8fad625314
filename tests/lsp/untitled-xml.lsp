# An untitled buffer in XML (no file name; the kind comes from the
# language id): positions map through XML references, as in a .xml
# file (they used to map through JSON escapes, chosen by the URI's suffix,
# which put hover on 'famly' at the wrong place).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Untitled-1","languageId":"xml","version":1,"text":"<SearchParameter xmlns=\"http://hl7.org/fhir\">\n  <code value=\"x\"/>\n  <base value=\"Patient\"/>\n  <expression value=\"name.where(text = &apos;a&apos;).famly\"/>\n</SearchParameter>\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "untitled:Untitled-1",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":54},"end":{"line":3,"character":59}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"untitled:Untitled-1"},"position":{"line":3,"character":55}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**famly** : `any (0..*)`"},"range":{"start":{"line":3,"character":54},"end":{"line":3,"character":59}}}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
