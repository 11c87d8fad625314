# Edits in a .fhirpath file: inside one expression, one that splits an
# expression in two (';'), one that changes the context of the next
# block (its @context directive), and one that joins two lines (an
# operator at a line end). A .fhirpath document is analysed again on
# each edit; the diagnostics are those of a fresh didOpen (the end).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first()\nbirthDate < today()\n\n// @context Observation\nvalue.ofType(Quantity).value > 0\nstatus = 'final'\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/edits.fhirpath","version":1,"diagnostics":[]}}
# a typo inside the first expression
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":10},"end":{"line":1,"character":10}},"text":"x"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'givenx' on HumanName; did you mean 'given'?"
      }
    ]
  }
}
# hover on birthDate after it
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/edits.fhirpath"},"position":{"line":2,"character":2}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**birthDate** : `date (0..1)`\n\n`Patient.birthDate` 0..1"},
    "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":9}}
  }
}
# a ';' splits the second expression
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":2,"character":9},"end":{"line":2,"character":9}},"text":";"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'givenx' on HumanName; did you mean 'given'?"
      },
      {
        "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found '<'"
      }
    ]
  }
}
# the second block's context becomes Patient: value and status are unknown
# there
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","version":4},"contentChanges":[{"range":{"start":{"line":4,"character":3},"end":{"line":4,"character":23}},"text":"@context Patient"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits.fhirpath",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'givenx' on HumanName; did you mean 'given'?"
      },
      {
        "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found '<'"
      },
      {
        "range": {"start":{"line":5,"character":0},"end":{"line":5,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'value' on Patient"
      },
      {
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":6}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'status' on Patient"
      }
    ]
  }
}
# an operator at a line end joins the two lines of the second block
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","version":5},"contentChanges":[{"range":{"start":{"line":5,"character":32},"end":{"line":5,"character":32}},"text":" and"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits.fhirpath",
    "version": 5,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'givenx' on HumanName; did you mean 'given'?"
      },
      {
        "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found '<'"
      },
      {
        "range": {"start":{"line":5,"character":0},"end":{"line":5,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'value' on Patient"
      },
      {
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":6}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'status' on Patient"
      }
    ]
  }
}
# the typo fixed
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/edits.fhirpath","version":6},"contentChanges":[{"range":{"start":{"line":1,"character":5},"end":{"line":1,"character":11}},"text":"given"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits.fhirpath",
    "version": 6,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found '<'"
      },
      {
        "range": {"start":{"line":5,"character":0},"end":{"line":5,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'value' on Patient"
      },
      {
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":6}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'status' on Patient"
      }
    ]
  }
}
# the same text opened fresh under another name: the same diagnostics
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/edits-fresh.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first()\nbirthDate; < today()\n\n// @context Patient\nvalue.ofType(Quantity).value > 0 and\nstatus = 'final'\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/edits-fresh.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":11},"end":{"line":2,"character":12}},
        "severity": 1,
        "code": "FP0010",
        "source": "fhirpath-ls",
        "message": "expected expression, found '<'"
      },
      {
        "range": {"start":{"line":5,"character":0},"end":{"line":5,"character":5}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'value' on Patient"
      },
      {
        "range": {"start":{"line":6,"character":0},"end":{"line":6,"character":6}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'status' on Patient"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":999,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":999,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
