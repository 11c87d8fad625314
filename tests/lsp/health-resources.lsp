# fhirpath/health and fhirpath/resources: their shape (the values that
# vary with the machine and the moment are ignored), the counters exact.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, modelBytes, analysisBytes, inputBufferBytes, heldBytes, bufferBytes, openFds, detail, remedy, status, summary
## args --cache /nonexistent/fhirpath-ls-test-cache
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.gven\n"}}}
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
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":1}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**name** : `HumanName (0..*)`\n\n`Patient.name` 0..*"},
    "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":4}}
  }
}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/missing.fhirpath"},"position":{"line":1,"character":1}}}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":4,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 1,
    "requests": 4,
    "notifications": 2,
    "errors": 1,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": "textDocument/hover: document is not open",
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/didOpen": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "textDocument/hover": {"count":2,"errors":1,"p50us":"*","p99us":"*"}
    },
    "doctor": {
      "sections": [
        {
          "name": "binary",
          "checks": [
            {"name":"version","status":"*","detail":"*","remedy":"*"},
            {"name":"static","status":"*","detail":"*","remedy":"*"},
            {"name":"libraries","status":"*","detail":"*","remedy":"*"},
            {"name":"model R4","status":"*","detail":"*","remedy":"*"},
            {"name":"model R4B","status":"*","detail":"*","remedy":"*"},
            {"name":"model R5","status":"*","detail":"*","remedy":"*"}
          ]
        },
        {
          "name": "environment",
          "checks": [
            {"name":"os","status":"*","detail":"*","remedy":"*"},
            {"name":"open files","status":"*","detail":"*","remedy":"*"},
            {"name":"memory","status":"*","detail":"*","remedy":"*"},
            {"name":"locale","status":"*","detail":"*","remedy":"*"},
            {"name":"landlock","status":"*","detail":"*","remedy":"*"},
            {"name":"seccomp","status":"*","detail":"*","remedy":"*"}
          ]
        },
        {"name":"workspace","checks":[{"name":"root","status":"*","detail":"*","remedy":"*"}]},
        {
          "name": "cache",
          "checks": [
            {"name":"location","status":"*","detail":"*","remedy":"*"},
            {"name":"folder","status":"*","detail":"*","remedy":"*"},
            {"name":"free space","status":"*","detail":"*","remedy":"*"}
          ]
        },
        {
          "name": "self-test",
          "checks": [
            {"name":"parse","status":"*","detail":"*","remedy":"*"},
            {"name":"analyse","status":"*","detail":"*","remedy":"*"},
            {"name":"format","status":"*","detail":"*","remedy":"*"}
          ]
        },
        {
          "name": "editors",
          "checks": [
            {"name":"neovim","status":"*","detail":"*","remedy":"*"},
            {"name":"vscode","status":"*","detail":"*","remedy":"*"},
            {"name":"emacs","status":"*","detail":"*","remedy":"*"},
            {"name":"helix","status":"*","detail":"*","remedy":"*"}
          ]
        }
      ],
      "summary": "*"
    }
  }
}
>> {"jsonrpc":"2.0","id":5,"method":"fhirpath/resources"}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "rssKiB": "*",
    "heldBytes": "*",
    "maxMemoryMiB": 0,
    "documents": {
      "count": 1,
      "textBytes": 30,
      "analysisBytes": "*",
      "analysed": 1,
      "analyses": 1,
      "updatedInPlace": 0,
      "reusedByKey": 0
    },
    "workspaceBytes": 0,
    "modelBytes": "*",
    "bufferBytes": "*",
    "openFds": "*",
    "threads": 1
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
