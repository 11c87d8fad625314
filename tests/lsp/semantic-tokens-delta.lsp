# Semantic tokens: full results carry a resultId ("<version>.<n>");
# full/delta answers one edit against the result named by
# previousResultId (the common prefix and suffix of the two arrays kept),
# or the full result when it names anything else (stale, unknown,
# missing). range answers the tokens that meet the range, also when it
# runs past the end or is given backwards. Unknown documents and a
# missing range are errors.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/d.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given.first() = 'Ann'\nbirthDate < today()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/d.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/d.fhirpath"}}}
<< {"jsonrpc":"2.0","id":2,"result":{"resultId":"1.1","data":[0,0,19,9,0,1,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,5,2,0,1,0,9,7,0,0,10,1,1,0,0,2,5,5,0]}}
# an edit on the last line: ' and active' appended
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/d.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":2,"character":19},"end":{"line":2,"character":19}},"text":" and active"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/d.fhirpath","version":2,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"1.1"}}
<< {"jsonrpc":"2.0","id":3,"result":{"edits":[{"start":45,"deleteCount":0,"data":[0,8,3,0,0,0,4,6,7,0]}],"resultId":"2.2"}}
# nothing changed since: no edits
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"2.2"}}
<< {"jsonrpc":"2.0","id":4,"result":{"edits":[],"resultId":"2.3"}}
# an edit in the middle: 'Ann' -> 'Anne', and a line inserted before it
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/d.fhirpath","version":3},"contentChanges":[{"range":{"start":{"line":1,"character":25},"end":{"line":1,"character":25}},"text":"e"},{"range":{"start":{"line":1,"character":0},"end":{"line":1,"character":0}},"text":"gender\n"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/d.fhirpath","version":3,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"2.3"}}
<< {"jsonrpc":"2.0","id":5,"result":{"edits":[{"start":7,"deleteCount":21,"data":[6,7,0,1,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6]}],"resultId":"3.4"}}
# a stale id (only the last result is kept), an unknown one, none: full results
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"2.3"}}
<< {"jsonrpc":"2.0","id":6,"result":{"resultId":"3.5","data":[0,0,19,9,0,1,0,6,7,0,1,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6,2,0,1,0,9,7,0,0,10,1,1,0,0,2,5,5,0,0,8,3,0,0,0,4,6,7,0]}}
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"no such id"}}
<< {"jsonrpc":"2.0","id":7,"result":{"resultId":"3.6","data":[0,0,19,9,0,1,0,6,7,0,1,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6,2,0,1,0,9,7,0,0,10,1,1,0,0,2,5,5,0,0,8,3,0,0,0,4,6,7,0]}}
>> {"jsonrpc":"2.0","id":8,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"}}}
<< {"jsonrpc":"2.0","id":8,"result":{"resultId":"3.7","data":[0,0,19,9,0,1,0,6,7,0,1,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6,2,0,1,0,9,7,0,0,10,1,1,0,0,2,5,5,0,0,8,3,0,0,0,4,6,7,0]}}
# range: line 2 only; from the middle of line 3 to far past the end; backwards
>> {"jsonrpc":"2.0","id":9,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"range":{"start":{"line":2,"character":0},"end":{"line":3,"character":0}}}}
<< {"jsonrpc":"2.0","id":9,"result":{"data":[2,0,4,7,0,0,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6,2,0]}}
>> {"jsonrpc":"2.0","id":10,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"range":{"start":{"line":3,"character":12},"end":{"line":99,"character":5}}}}
<< {"jsonrpc":"2.0","id":10,"result":{"data":[3,12,5,5,0,0,8,3,0,0,0,4,6,7,0]}}
>> {"jsonrpc":"2.0","id":11,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"range":{"start":{"line":3,"character":0},"end":{"line":2,"character":5}}}}
<< {"jsonrpc":"2.0","id":11,"result":{"data":[2,5,5,7,0,0,6,5,5,0,0,8,1,1,0,0,2,6,2,0]}}
# hostile: unknown documents, no range
>> {"jsonrpc":"2.0","id":12,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/nope.fhirpath"},"range":{"start":{"line":0,"character":0},"end":{"line":1,"character":0}}}}
<< {"jsonrpc":"2.0","id":12,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":13,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/nope.fhirpath"},"previousResultId":"1.1"}}
<< {"jsonrpc":"2.0","id":13,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":14,"method":"textDocument/semanticTokens/range","params":{"textDocument":{"uri":"file:///w/d.fhirpath"}}}
<< {"jsonrpc":"2.0","id":14,"error":{"code":-32602,"message":"semanticTokens/range needs a range"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: semanticTokens/range needs a range"}}
# closed: its kept result is gone with it
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/d.fhirpath"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/d.fhirpath","diagnostics":[]}}
>> {"jsonrpc":"2.0","id":15,"method":"textDocument/semanticTokens/full/delta","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"previousResultId":"3.8"}}
<< {"jsonrpc":"2.0","id":15,"error":{"code":-32602,"message":"document is not open"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: document is not open"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
