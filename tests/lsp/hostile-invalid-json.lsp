# Messages that are not JSON-RPC requests: invalid JSON and an empty body
# (-32700), valid JSON that is not an object (a batch array, a string),
# objects without a method, a method that is not a string, an id that is
# neither a number nor a string; responses from the client are ignored.
# Hostile nesting is refused by depth, not by the stack.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","id":2,"method":
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: unexpected end of input at byte 33"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"parse error: unexpected end of input at byte 33"}}
>>raw Content-Length: 0\r\n\r\n
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: unexpected end of input at byte 0"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"parse error: unexpected end of input at byte 0"}}
>> [{"jsonrpc":"2.0","id":3,"method":"shutdown"},{"jsonrpc":"2.0","id":4,"method":"shutdown"}]
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request: a message must be a JSON object (batches are not supported)"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"invalid request: a message must be a JSON object (batches are not supported)"}}
>> "initialize"
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request: a message must be a JSON object"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"invalid request: a message must be a JSON object"}}
>> {"jsonrpc":"2.0","id":5}
<< {"jsonrpc":"2.0","id":5,"error":{"code":-32600,"message":"not a request: no method"}}
>> {"jsonrpc":"2.0","id":6,"method":42}
<< {"jsonrpc":"2.0","id":6,"error":{"code":-32600,"message":"not a request: no method"}}
>> {"jsonrpc":"2.0","id":7,"result":{"applied":true}}
>> {"jsonrpc":"2.0","id":8,"error":{"code":-1,"message":"client error"}}
>> {"jsonrpc":"2.0","id":{"x":1},"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32600,"message":"invalid request: id must be a number or a string"}}
>> {"jsonrpc":"2.0","id":9,"method":"unknown/probe","params":$FILL(100000,[)
<< {"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse error: nesting deeper than 512 levels at byte 569"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"parse error: nesting deeper than 512 levels at byte 569"}}
>> {"jsonrpc":"2.0","id":10,"method":"textDocument/hover","params":[1,2]}
<< {"jsonrpc":"2.0","id":10,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":11,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/none.fhirpath"},"position":{"line":"x","character":null}}}
<< {"jsonrpc":"2.0","id":11,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
# still serving
>> {"jsonrpc":"2.0","id":12,"method":"unknown/probe"}
<< {"jsonrpc":"2.0","id":12,"error":{"code":-32601,"message":"unknown method 'unknown/probe'"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
