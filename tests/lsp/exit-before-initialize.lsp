# 'exit' is accepted before 'initialize' too: exit code 1.
>> {"jsonrpc":"2.0","method":"exit"}
## exit 1
