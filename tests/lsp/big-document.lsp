# A 20 MB document (over a 16 MiB document limit, --max-document 16;
# the default is 256, as check's) gets one diagnostic instead of
# analysis, and requests on it answer at once; replaced by a small text
# it is analysed again.
## args --max-document 16
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/big.fhirpath","languageId":"fhirpath","version":1,"text":"$FILL(2000000,name.gven )"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/big.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":0},"end":{"line":0,"character":0}},
        "severity": 1,
        "code": "FP9003",
        "source": "fhirpath-ls",
        "message": "document larger than 16 MiB: not analysed"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/big.fhirpath"},"position":{"line":0,"character":6}}}
<< {"jsonrpc":"2.0","id":2,"result":null}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/signatureHelp","params":{"textDocument":{"uri":"file:///w/big.fhirpath"},"position":{"line":0,"character":5}}}
<< {"jsonrpc":"2.0","id":3,"result":null}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"file:///w/big.fhirpath"}}}
<< {"jsonrpc":"2.0","id":4,"result":[]}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/big.fhirpath"}}}
<< {"jsonrpc":"2.0","id":5,"result":{"resultId":"1.1","data":[]}}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/big.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":6,"result":[]}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/big.fhirpath","version":2},"contentChanges":[{"text":"// @context Patient\nname.gven\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/big.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":9}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gven' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
