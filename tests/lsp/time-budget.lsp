# --time-budget: the analysis of one document stops type-checking when its
# budget (here 1 ms) is spent. What comes after is still parsed: the
# syntax error on the last line is reported, the unknown element before
# it is not, and one FP9004 warning at the top says how many expressions
# were skipped (a count that depends on the machine, so messages are not
# compared). Requests keep working on the document.
# ignore: result.capabilities, message
## args --time-budget 1
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/many.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n$FILL(50000,name.given\n)birthdate\nname +\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/many.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":0},"end":{"line":0,"character":0}},
        "severity": 2,
        "code": "FP9004",
        "source": "fhirpath-ls",
        "message": "*"
      },
      {
        "range": {"start":{"line":50002,"character":6},"end":{"line":50002,"character":6}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "*"
      }
    ]
  }
}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"*"}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/many.fhirpath"},"position":{"line":1,"character":6}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**given** : `string (0..*)`\n\n`HumanName.given` 0..*"},
    "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":10}}
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
