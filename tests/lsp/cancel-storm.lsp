# A storm of 1,000 $/cancelRequest notifications for requests that do not
# exist, before and after a real one: nothing is answered for them, the
# real request is answered once, and the counters add up.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, doctor
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":1,"diagnostics":[]}}
>>repeat 1000 {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":$i}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**given** : `string (0..*)`\n\n`HumanName.given` 0..*"},
    "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":10}}
  }
}
>> {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":2}}
>>repeat 1000 {"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":"r$i"}}
>> {"jsonrpc":"2.0","id":3,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 1,
    "requests": 3,
    "notifications": 2003,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/hover": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "$/cancelRequest": {"count":2001,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
