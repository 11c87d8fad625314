# $/cancelRequest honoured: a request and its cancellation that arrive
# together (one write, as when a client cancels a completion it no
# longer needs while typing) are answered RequestCancelled (-32800)
# without running; a request whose cancel comes after its answer is
# answered normally; string ids work too.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, contents, doctor
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":1,"diagnostics":[]}}
>>raw Content-Length: 147\r\n\r\n{"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}Content-Length: 62\r\n\r\n{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":5}}Content-Length: 155\r\n\r\n{"jsonrpc":"2.0","id":"c1","method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":5}}}Content-Length: 65\r\n\r\n{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"c1"}}Content-Length: 147\r\n\r\n{"jsonrpc":"2.0","id":6,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":5,"error":{"code":-32800,"message":"request cancelled"}}
<< {"jsonrpc":"2.0","id":"c1","error":{"code":-32800,"message":"request cancelled"}}
<< {"jsonrpc":"2.0","id":6,"result":{"contents":"*","range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}}}}
>> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":6}}
>> {"jsonrpc":"2.0","id":7,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 1,
    "requests": 5,
    "notifications": 5,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 2,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/hover": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "$/cancelRequest": {"count":3,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
