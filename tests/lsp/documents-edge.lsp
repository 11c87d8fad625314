# Edits a careless or hostile client may send: a range past the end of
# the text and of its lines (clamped), a reversed range, an insertion
# inside a surrogate pair (it must not split a UTF-8 sequence), a change
# without contentChanges, a didOpen of an open document (it replaces it),
# a didOpen without text (ignored: the document stays as it was),
# positions with huge or negative numbers.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/e.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/e.fhirpath","version":1,"diagnostics":[]}}
# past the end of the line and of the text: appended
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":500},"end":{"line":1,"character":900}},"text":".frist()"},{"range":{"start":{"line":90,"character":0},"end":{"line":99,"character":5}},"text":"gendr\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":11},"end":{"line":1,"character":16}},
        "severity": 1,
        "code": "FP1002",
        "source": "fhirpath-ls",
        "message": "unknown function 'frist'; did you mean 'first'?"
      },
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gendr' on Patient; did you mean 'gender'?"
      }
    ]
  }
}
# reversed range: taken as start..end
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":18},"end":{"line":1,"character":11}},"text":"first()"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gendr' on Patient; did you mean 'gender'?"
      }
    ]
  }
}
# an emoji, then an insertion between its two UTF-16 halves
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":4},"contentChanges":[{"text":"// @context Patient\nname.where(text = '😀').famly\n"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":24},"end":{"line":1,"character":29}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":5},"contentChanges":[{"range":{"start":{"line":1,"character":20},"end":{"line":1,"character":20}},"text":"x"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 5,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":25},"end":{"line":1,"character":30}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
# no contentChanges: the version moves, the text stays
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/e.fhirpath","version":6}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/e.fhirpath",
    "version": 6,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":25},"end":{"line":1,"character":30}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
# didOpen of the open document replaces it
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/e.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Observation\nstatus = 'final'\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/e.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/e.fhirpath","languageId":"fhirpath","version":9}}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: didOpen needs textDocument.uri and text"}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/e.fhirpath"},"position":{"line":1,"character":99999999999}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"expression : `String (1..1)`"},"range":{"start":{"line":1,"character":9},"end":{"line":1,"character":16}}}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/e.fhirpath"},"position":{"line":-1,"character":-7}}}
<< {"jsonrpc":"2.0","id":3,"result":null}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/e.fhirpath"},"position":{"line":1e3,"character":1.5}}}
<< {"jsonrpc":"2.0","id":4,"result":null}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
