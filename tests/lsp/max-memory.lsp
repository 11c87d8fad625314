# --max-memory: a 12 MB document takes the memory the server holds
# (text, input buffer) over the 16 MiB limit: the server enters the
# degraded state, drops its cached analyses and tells the user; it keeps
# answering. When the document is closed it lets go of it and comes back
# to running, and says so. (The figures in the messages vary with buffer
# growth, so messages are not compared here; the states are. Health is
# asked for doctor's self-test section only: the whole of it would grow the
# output buffer by a size that depends on the machine.)
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, message, openFds, doctor
## args --max-memory 16
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/big.fhirpath","languageId":"fhirpath","version":1,"text":"// $FILL(12000000,x)\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/big.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":2,"message":"*"}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/big.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**given** : `any (0..*)`"},"range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}}}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"*"}}
>> {"jsonrpc":"2.0","id":3,"method":"fhirpath/health","params":{"section":"self-test"}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "state": "degraded",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 1,
    "requests": 3,
    "notifications": 2,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/hover": {"count":1,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
<< {"jsonrpc":"2.0","method":"window/showMessage","params":{"type":3,"message":"*"}}
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/big.fhirpath"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/big.fhirpath","diagnostics":[]}}
!! sleep 1200
>> {"jsonrpc":"2.0","id":4,"method":"fhirpath/resources"}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "rssKiB": "*",
    "heldBytes": 66561,
    "maxMemoryMiB": 16,
    "documents": {
      "count": 0,
      "textBytes": 0,
      "analysisBytes": 0,
      "analysed": 0,
      "analyses": 1,
      "updatedInPlace": 0,
      "reusedByKey": 0
    },
    "workspaceBytes": 0,
    "modelBytes": 1774256,
    "bufferBytes": 66561,
    "openFds": "*",
    "threads": 1
  }
}
!! sleep 1200
>> {"jsonrpc":"2.0","id":5,"method":"fhirpath/health","params":{"section":"self-test"}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 5,
    "notifications": 3,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didClose": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/hover": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "fhirpath/health": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "fhirpath/resources": {"count":1,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
