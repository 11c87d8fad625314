# SIGUSR1 logs the health (without a --log file: to the client's log,
# window/logMessage, information) and the server goes on; SIGTERM in the
# middle of a session stops it at once, with exit code 1 (no shutdown).
# ignore: result.capabilities, params.message
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
!! signal USR1
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":3,"message":"*"}}
>> {"jsonrpc":"2.0","id":2,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
!! signal TERM
## exit 1 1000
