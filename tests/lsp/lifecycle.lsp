# The lifecycle rules of LSP 3.17: before 'initialize' requests get
# -32002 and notifications are dropped; fhirpath/health works at any time;
# a second 'initialize' is -32600; unknown methods are -32601 (and unknown
# notifications get nothing); a notification method sent as a request is
# -32600; after 'shutdown' every request but the fhirpath/ ones is -32600.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, doctor
>> {"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.fhirpath"},"position":{"line":0,"character":0}}}
<< {"jsonrpc":"2.0","id":1,"error":{"code":-32002,"message":"server not initialized: send 'initialize' first"}}
>> {"jsonrpc":"2.0","id":"s","method":"shutdown"}
<< {"jsonrpc":"2.0","id":"s","error":{"code":-32002,"message":"server not initialized: send 'initialize' first"}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///a.fhirpath","languageId":"fhirpath","version":1,"text":"name.given\n"}}}
>> {"jsonrpc":"2.0","id":2,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "state": "starting",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 3,
    "notifications": 1,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {},
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":3,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":3,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","id":4,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":4,"error":{"code":-32600,"message":"'initialize' was already received"}}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/moniker","params":{"textDocument":{"uri":"file:///a.fhirpath"},"position":{"line":0,"character":0}}}
<< {"jsonrpc":"2.0","id":5,"error":{"code":-32601,"message":"unknown method 'textDocument/moniker'"}}
>> {"jsonrpc":"2.0","method":"workspace/somethingNew","params":{}}
>> {"jsonrpc":"2.0","method":"$/progress","params":{"token":1,"value":{}}}
>> {"jsonrpc":"2.0","id":6,"method":"initialized","params":{}}
<< {"jsonrpc":"2.0","id":6,"error":{"code":-32600,"message":"this method is a notification: send it without an id"}}
# the document opened before initialize was dropped
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///a.fhirpath"}}}
<< {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":8,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":8,"result":null}
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.fhirpath"},"position":{"line":0,"character":0}}}
<< {"jsonrpc":"2.0","id":9,"error":{"code":-32600,"message":"server is shutting down: only 'exit' is accepted"}}
>> {"jsonrpc":"2.0","id":10,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":10,"error":{"code":-32600,"message":"server is shutting down: only 'exit' is accepted"}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///b.fhirpath","languageId":"fhirpath","version":1,"text":"name\n"}}}
>> {"jsonrpc":"2.0","id":11,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 11,
  "result": {
    "state": "shutting_down",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 12,
    "notifications": 5,
    "errors": 1,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": "textDocument/diagnostic: document is not open",
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "shutdown": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/diagnostic": {"count":1,"errors":1,"p50us":"*","p99us":"*"},
      "fhirpath/health": {"count":1,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
