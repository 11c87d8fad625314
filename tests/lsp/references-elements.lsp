# textDocument/references on an element name lists every expression of
# the workspace that reads the same element of the model, named by the
# type that declares it (Patient.name.given and Practitioner.name.given
# both read HumanName.given): open documents as the editor has them,
# the other files as the scan found them (tests/lsp/ws-refs: a .fhirpath
# file, a SearchParameter in JSON and one in XML), in path order.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-refs","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
!! sleep 500
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-refs/d.fhirpath","languageId":"fhirpath","version":1,"text":"// @context RelatedPerson\nname.where(given.exists())\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"$ROOTURI/tests/lsp/ws-refs/d.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/references","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-refs/d.fhirpath"},"position":{"line":1,"character":12},"context":{"includeDeclaration":true}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": [
    {
      "uri": "$ROOTURI/tests/lsp/ws-refs/d.fhirpath",
      "range": {"start":{"line":1,"character":11},"end":{"line":1,"character":16}}
    },
    {
      "uri": "$ROOTURI/tests/lsp/ws-refs/a.fhirpath",
      "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":10}}
    },
    {
      "uri": "$ROOTURI/tests/lsp/ws-refs/b.json",
      "range": {"start":{"line":0,"character":117},"end":{"line":0,"character":122}}
    },
    {
      "uri": "$ROOTURI/tests/lsp/ws-refs/c.xml",
      "range": {"start":{"line":0,"character":161},"end":{"line":0,"character":166}}
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
