# Invalid UTF-8 inside a document's text: raw bytes that are not UTF-8
# make the message invalid JSON (RFC 8259 with RFC 3629), so it is a
# ParseError and the document is not opened; the server goes on. A lone
# surrogate escape (a JavaScript editor buffer can hold one) is read as
# U+FFFD, so that document opens. Valid non-ASCII text and U+FFFD are fine.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>>bytes {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/u.fhirpath","languageId":"fhirpath","version":1,"text":"name.where(text = '\xff\xfe\xc3')\n"}}}
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: invalid UTF-8 byte sequence at byte 167"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"parse error: invalid UTF-8 byte sequence at byte 167"}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/v.fhirpath","languageId":"fhirpath","version":1,"text":"name.where(text = '\ud800')\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/v.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/u.fhirpath"}}}
<< {"jsonrpc":"2.0","id":2,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/w.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(text = '\ufffd caf\u00e9 \ud83d\ude00').famly\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/w.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":31},"end":{"line":1,"character":36}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'famly' on HumanName; did you mean 'family'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
