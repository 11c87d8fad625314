# 10,000 incremental edits of one document sent in one burst (typing a
# space at the start of line 2 each time): whatever batches the server
# reads, the last version is published with the exact position, and pull
# diagnostics agree.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/e.fhirpath","languageId":"fhirpath","version":0,"text":"// @context Patient\nnme\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 0,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":3}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'nme' on Patient; did you mean 'name'?"
      }
    ]
  }
}
>>repeat 10000 {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":$i},"contentChanges":[{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"text":" "}]}}
<<last {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 10000,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":10000},"end":{"line":1,"character":10003}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'nme' on Patient; did you mean 'name'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/e.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "kind": "full",
    "items": [
      {
        "range": {"start":{"line":1,"character":10000},"end":{"line":1,"character":10003}},
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
