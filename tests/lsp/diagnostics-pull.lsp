# Pull diagnostics (textDocument/diagnostic) equal what was pushed, for a
# .fhirpath file and a JSON resource; unknown documents are -32602.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.gven.first()\nbirthDate < today()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/a.fhirpath",
    "version": 1,
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
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/a.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "kind": "full",
    "items": [
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
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/unknown.fhirpath"}}}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/diagnostic","params":{}}
<< {"jsonrpc":"2.0","id":4,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
# a JSON resource (a SearchParameter on two bases)
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json","languageId":"json","version":7,"text":"{\"resourceType\":\"SearchParameter\",\"url\":\"http://example.org/SearchParameter/x\",\"name\":\"x\",\"status\":\"draft\",\"description\":\"x\",\"code\":\"x\",\"base\":[\"Patient\",\"Practitioner\"],\"type\":\"string\",\"expression\":\"name.family | nme.given\"}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/SearchParameter-x.json",
    "version": 7,
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":214},"end":{"line":0,"character":217}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'nme' on Patient; did you mean 'name'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/SearchParameter-x.json"}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "kind": "full",
    "items": [
      {
        "range": {"start":{"line":0,"character":214},"end":{"line":0,"character":217}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'nme' on Patient; did you mean 'name'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
