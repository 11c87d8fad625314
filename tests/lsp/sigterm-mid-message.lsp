# SIGTERM while a message is half received: the server stops within 1 s
# without answering the partial message, exit code 1 (no shutdown).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>>raw Content-Length: 80\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"textDocument/hover",
!! sleep 50
!! signal TERM
## exit 1 1000
