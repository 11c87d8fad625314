# $/setTrace: with "messages" every request answered is followed by a
# $/logTrace naming the method and its time (the time varies, so the
# message is not compared); "verbose" adds the outcome; "off" stops it;
# an unknown value is a client error and changes nothing.
# ignore: result.capabilities, message, contents
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{},"trace":"off"}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"messages"}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":"*","range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}}}}
<< {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"*"}}
>> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"verbose"}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/nope.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"*"}}
<< {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"*","verbose":"textDocument/hover: document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"*"}}
>> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"loud"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"*"}}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":4,"result":{"contents":"*","range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}}}}
<< {"jsonrpc":"2.0","method":"$/logTrace","params":{"message":"*","verbose":"ok"}}
>> {"jsonrpc":"2.0","method":"$/setTrace","params":{"value":"off"}}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/a.fhirpath"},"position":{"line":1,"character":6}}}
<< {"jsonrpc":"2.0","id":5,"result":{"contents":"*","range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}}}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
