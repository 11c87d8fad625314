# Text sync: didOpen publishes the diagnostics of version 1; a full
# change, then incremental changes (several in one message, applied in
# order, positions in UTF-16), each published once for its version; a
# change older than the current version is ignored (nothing published,
# the text stays); didClose clears the diagnostics.
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
# full text: a syntax error
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":2},"contentChanges":[{"text":"// @context Patient\nname.where(use = 'official'\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/a.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP0011",
        "source": "fhirpath-ls",
        "message": "'(' of where() is not closed: expected ',' or ')', found end of input"
      }
    ]
  }
}
# incremental: close the paren, then misspell 'use' (two edits in one message)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":27},"end":{"line":1,"character":27}},"text":")"},{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":14}},"text":"usage"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/a.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":11},"end":{"line":1,"character":16}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'usage' on HumanName; did you mean 'use'?"
      }
    ]
  }
}
# incremental: replace across lines (delete the second line's end and add a third)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":4},"contentChanges":[{"range":{"start":{"line":1,"character":11},"end":{"line":1,"character":16}},"text":"use"},{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":0}},"text":"gender = 'female'\nactive.exists() and birthdate.exists()\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/a.fhirpath",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":20},"end":{"line":3,"character":29}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
# stale: version 3 < 4, ignored
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":3},"contentChanges":[{"text":"garbage ((("}]}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"didChange version 3 older than 4: ignored"}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/a.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "kind": "full",
    "items": [
      {
        "range": {"start":{"line":3,"character":20},"end":{"line":3,"character":29}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
# the same version again is applied
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":4},"contentChanges":[{"range":{"start":{"line":3,"character":20},"end":{"line":3,"character":29}},"text":"birthDate"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":4,"diagnostics":[]}}
# didSave is accepted and answers nothing
>> {"jsonrpc":"2.0","method":"textDocument/didSave","params":{"textDocument":{"uri":"file:///w/a.fhirpath"}}}
# didChange of a document that is not open: ignored
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/none.fhirpath","version":2},"contentChanges":[{"text":"x"}]}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: didChange for a document that is not open"}}
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/a.fhirpath"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","diagnostics":[]}}
# closed: requests about it fail
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/a.fhirpath"}}}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
