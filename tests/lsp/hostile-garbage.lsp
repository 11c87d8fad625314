# Garbage before valid messages: each unreadable header is answered with
# one ParseError (id null) and the reader resynchronises on the next
# Content-Length; the message after it works. Header names are
# case-insensitive and other headers (Content-Type) are allowed.
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, doctor
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
# binary garbage with no header end: nothing until a real frame follows
>>raw \x00\xff\xfe garbage \x1b[31m
>> {"jsonrpc":"2.0","id":2,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 17 bytes of unreadable input"}}
# an HTTP request instead of a frame
>>raw GET / HTTP/1.1\r\nHost: localhost\r\n\r\n
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 35 bytes of unreadable input"}}
>> {"jsonrpc":"2.0","id":3,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
# a length that is not a number, then one that is negative
>>raw Content-Length: abc\r\n\r\n
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 23 bytes of unreadable input"}}
>>raw Content-Length: -5\r\n\r\n
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 22 bytes of unreadable input"}}
>> {"jsonrpc":"2.0","id":4,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":4,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
# lowercase header name and a Content-Type header
>>raw content-length: 45\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{"jsonrpc":"2.0","id":5,"method":"unknown/x"}
<< {"jsonrpc":"2.0","id":5,"error":{"code":-32601,"message":"unknown method 'unknown/x'"}}
# a length too long for any buffer (more than 2^40 digits' worth)
>>raw Content-Length: 99999999999999999999999\r\n\r\n
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 43 bytes of unreadable input"}}
>> {"jsonrpc":"2.0","id":6,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":6,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
# 10 KB of text with no line break: skipped in pieces, the frame after it works
>>raw $FILL(10000,z)
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 9987 bytes of unreadable input"}}
>> {"jsonrpc":"2.0","id":7,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"unreadable message header: skipped to the next one"}}
<< {"jsonrpc":"2.0","id":7,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"skipped 13 bytes of unreadable input"}}
>> {"jsonrpc":"2.0","id":8,"method":"fhirpath/health"}
<< {
  "jsonrpc": "2.0",
  "id": 8,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 8,
    "notifications": 1,
    "errors": 0,
    "parseErrors": 7,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": {
      "initialize": {"count":1,"errors":0,"p50us":"*","p99us":"*"},
      "initialized": {"count":1,"errors":0,"p50us":"*","p99us":"*"}
    },
    "doctor": "*"
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
