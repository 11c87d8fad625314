# initialize names a parent process (processId) that exits 300 ms later:
# the server notices and exits within 2 s, with code 1 (no shutdown).
# ignore: result.capabilities
!! child 300
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":$CHILD,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
## exit 1 2300
