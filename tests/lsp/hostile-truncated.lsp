# A frame cut off by end of input: the partial body is dropped without an
# answer, and the server exits (1: no shutdown).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>>raw Content-Length: 100\r\n\r\n{"jsonrpc":"2.0","id":2,"method":"shutdown"
!! sleep 100
!! close
## exit 1 1000
