# Hover shows the types the diagnostics were computed with: an open
# document analysed against the workspace's extension definitions
# (tests/lsp/ws-ext defines http://example.org/x with a valueString), so
# extension('http://example.org/x').value is a String both for FP1007
# ('+' with an Integer) and for hover on '.value' (once analysed again
# without those definitions, hover said otherwise).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-ext","capabilities":{"window":{"workDoneProgress":true}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {"jsonrpc":"2.0","id":1,"method":"window/workDoneProgress/create","params":{"token":"fhirpath-ls/scan"}}
>> {"jsonrpc":"2.0","id":1,"result":null}
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"begin","title":"Checking FHIRPath in the workspace","cancellable":false,"percentage":0}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ext/a.fhirpath",
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":43}},
        "severity": 1,
        "code": "FP1007",
        "source": "fhirpath-ls",
        "message": "operator '+' is not defined for String and Integer"
      }
    ]
  }
}
<< {"jsonrpc":"2.0","method":"$/progress","params":{"token":"fhirpath-ls/scan","value":{"kind":"end","message":"2 files: 1 error, 0 warnings"}}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ext/b.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nextension('http://example.org/x').value + 1\n"}}}
# '.value'
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ext/b.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":43}},
        "severity": 1,
        "code": "FP1007",
        "source": "fhirpath-ls",
        "message": "operator '+' is not defined for String and Integer"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ext/b.fhirpath"},"position":{"line":1,"character":36}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**value** : `string (0..*)`\n\n`Extension.value[x]` 0..1"},
    "range": {"start":{"line":1,"character":34},"end":{"line":1,"character":39}}
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
