# Formatting: a formatted file gives no edits; an unformatted one one
# edit of the whole text (what 'fmt' writes); a file with syntax errors
# is never rewritten, one with only type errors is (as 'fmt' does; the
# Emacs session found the server refusing it).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/clean.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use = 'official').given.first()\n\nbirthDate < today() and active\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/clean.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/clean.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":2,"result":[]}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/messy.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use='official' ).given.first( )\n\nbirthDate<today()  and   active\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/messy.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/messy.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "range": {"start":{"line":0,"character":0},"end":{"line":4,"character":0}},
      "newText": "// @context Patient\nname.where(use = 'official').given.first()\n\nbirthDate < today() and active\n"
    }
  ]
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/broken.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use='official'\n\nbirthDate<today()\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/broken.fhirpath",
    "version": 1,
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
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/broken.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":4,"result":[]}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/typed.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first()+1\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/typed.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":20}},
        "severity": 1,
        "code": "FP1007",
        "source": "fhirpath-ls",
        "message": "operator '+' is not defined for String and Integer"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/typed.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":6,"result":[{"range":{"start":{"line":0,"character":0},"end":{"line":2,"character":0}},"newText":"// @context Patient\nname.given.first() + 1\n"}]}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/nothere.fhirpath"},"options":{"tabSize":2,"insertSpaces":true}}}
<< {"jsonrpc":"2.0","id":5,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
