# With --max-message 1 (MiB), a 2 MB message is refused (-32600, id null)
# without being allocated: its body is skipped as it arrives and the
# message after it works.
## args --max-message 1
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>>raw Content-Length: 2097152\r\n\r\n$FILL(2097152,x)
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"message of 2097152 bytes refused (limit 1048576)"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"message of 2097152 bytes refused (limit 1048576)"}}
>> {"jsonrpc":"2.0","id":2,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
# a didOpen over the limit: refused, the document is not open
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/big.fhirpath","languageId":"fhirpath","version":1,"text":"$FILL(1100000,a)"}}}
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"message of 1100154 bytes refused (limit 1048576)"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"message of 1100154 bytes refused (limit 1048576)"}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/diagnostic","params":{"textDocument":{"uri":"file:///w/big.fhirpath"}}}
<< {"jsonrpc":"2.0","id":3,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
