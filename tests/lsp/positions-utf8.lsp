# The same document with positions in UTF-8 bytes (the client offered
# utf-8): an emoji counts 4, 'é' 2; a position inside a character.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"general":{"positionEncodings":["utf-8"]}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(text = '😀é😀').famly.exists()\r\ngender = '👍'  and  birthdate.exists()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/emoji.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":32},"end":{"line":1,"character":37}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      },
      {
        "range": {"start":{"line":2,"character":22},"end":{"line":2,"character":31}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
# hover on 'famly'
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath"},"position":{"line":1,"character":34}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**famly** : `any (0..*)`"},"range":{"start":{"line":1,"character":32},"end":{"line":1,"character":37}}}}
# hover on 'birthdate', after the 👍 and the CRLF of the line before
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath"},"position":{"line":2,"character":23}}}
<< {"jsonrpc":"2.0","id":3,"result":{"contents":{"kind":"markdown","value":"**birthdate** : `any (0..*)`"},"range":{"start":{"line":2,"character":22},"end":{"line":2,"character":31}}}}
# a position inside the 4 bytes of an emoji
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath"},"position":{"line":1,"character":21}}}
<< {"jsonrpc":"2.0","id":4,"result":{"contents":{"kind":"markdown","value":"expression : `String (1..1)`"},"range":{"start":{"line":1,"character":18},"end":{"line":1,"character":30}}}}
# semantic tokens: columns and lengths in the negotiated unit
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "resultId": "1.1",
    "data": [
      0, 0, 19, 9, 0,
      1, 0, 4, 7, 0,
      0, 5, 5, 5, 0,
      0, 6, 4, 7, 0,
      0, 5, 1, 1, 0,
      0, 2, 12, 2, 0,
      0, 14, 5, 7, 0,
      0, 6, 6, 5, 0,
      1, 0, 6, 7, 0,
      0, 7, 1, 1, 0,
      0, 2, 6, 2, 0,
      0, 8, 3, 0, 0,
      0, 5, 9, 7, 0,
      0, 10, 6, 5, 0
    ]
  }
}
# insert 'i' to make 'family' (after the emojis): fixed
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":35},"end":{"line":1,"character":35}},"text":"i"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/emoji.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":22},"end":{"line":2,"character":31}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
# replace the first emoji with 'x'
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":19},"end":{"line":1,"character":23}},"text":"x"},{"range":{"start":{"line":2,"character":0},"end":{"line":2,"character":0}},"text":"🎉"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/emoji.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":4}},
        "severity": 1,
        "code": "FP0001",
        "source": "fhirpath-ls",
        "message": "unexpected character U+1F389"
      }
    ]
  }
}
# pull: the same
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/emoji.fhirpath"}}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "kind": "full",
    "items": [
      {
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":4}},
        "severity": 1,
        "code": "FP0001",
        "source": "fhirpath-ls",
        "message": "unexpected character U+1F389"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
