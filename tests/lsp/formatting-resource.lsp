# Formatting a FHIR JSON or XML document (issue 11): the edits `fmt` makes,
# one per expression string that is not canonical, replacing only the
# bytes between its quotes with the new text escaped for its host (JSON
# escapes; XML references, a line break as &#10;). Canonical strings and
# everything else get no edit.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/sp.json","languageId":"json","version":1,"text":"{\"resourceType\": \"SearchParameter\", \"base\": [\"Patient\"],\n \"expression\": \"Patient.name.where(use=\\u0027official\\u0027)|Patient.telecom\"}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/sp.json","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/sp.json"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":2,"result":[{"range":{"start":{"line":1,"character":16},"end":{"line":1,"character":76}},"newText":"Patient.name.where(use = 'official') | Patient.telecom"}]}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"untitled:Untitled-1","languageId":"xml","version":1,"text":"<SearchParameter xmlns=\"http://hl7.org/fhir\">\n  <base value=\"Patient\"/>\n  <expression value=\"Patient.name.where(text&lt;&apos;b&apos;)\"/>\n</SearchParameter>\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"untitled:Untitled-1","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/formatting","params":{"textDocument":{"uri":"untitled:Untitled-1"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":3,"result":[{"range":{"start":{"line":2,"character":21},"end":{"line":2,"character":62}},"newText":"Patient.name.where(text &lt; 'b')"}]}
>> {"jsonrpc":"2.0","id":4,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":4,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
