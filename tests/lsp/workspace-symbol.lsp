# workspace/symbol: the expressions of every open document, answered from
# the symbols each document keeps from its first analysis (they survive
# the eviction of the analysis: 70 documents, 64 analyses kept, and the
# symbols request runs no analysis: 'analyses' in fhirpath/resources
# stays at 72). The query matches fuzzily, best first: the query as
# one piece at a word start, then further in, then scattered letters.
# Ranges are UTF-16 positions (the second expression of a.fhirpath
# follows an emoji on its line); a JSON resource's expressions carry
# their origin and the string's range (its search parameter has two
# bases: two symbols). Edits and closing update the symbols.
# ignore: result.capabilities, rssKiB, analysisBytes, modelBytes, inputBufferBytes, openFds, textBytes, heldBytes, bufferBytes
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/a.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.given\n'😀'.exists(); name.where(given.exists())\ngender.is(code) or active.exists() and name.exists()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/SearchParameter-b.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"SearchParameter\",\n  \"base\": [\"Patient\", \"Person\"],\n  \"code\": \"b\",\n  \"expression\": \"name.where(text = \\u0027\\\"😀\\\"\\u0027).given\"\n}\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-b.json","version":1,"diagnostics":[]}}
>>repeat 70 {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/r$i.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Observation\nstatus = 'final' or $i > 1\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r1.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r2.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r3.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r4.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r5.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r6.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r7.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r8.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r9.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r10.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r11.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r12.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r13.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r14.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r15.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r16.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r17.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r18.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r19.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r20.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r21.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r22.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r23.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r24.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r25.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r26.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r27.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r28.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r29.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r30.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r31.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r32.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r33.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r34.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r35.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r36.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r37.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r38.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r39.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r40.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r41.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r42.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r43.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r44.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r45.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r46.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r47.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r48.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r49.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r50.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r51.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r52.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r53.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r54.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r55.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r56.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r57.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r58.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r59.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r60.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r61.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r62.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r63.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r64.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r65.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r66.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r67.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r68.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r69.fhirpath","version":1,"diagnostics":[]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r70.fhirpath","version":1,"diagnostics":[]}}
# 'given': the substring at a word start early, then later, then scattered
>> {"jsonrpc":"2.0","id":2,"method":"workspace/symbol","params":{"query":"given"}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": [
    {
      "name": "name.given",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":10}}
      }
    },
    {
      "name": "name.where(given.exists())",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":2,"character":15},"end":{"line":2,"character":41}}
      }
    },
    {
      "name": "name.where(text = '\"😀\"').given",
      "kind": 12,
      "containerName": "search parameter b (base Patient)",
      "location": {
        "uri": "file:///w/SearchParameter-b.json",
        "range": {"start":{"line":4,"character":16},"end":{"line":4,"character":61}}
      }
    },
    {
      "name": "name.where(text = '\"😀\"').given",
      "kind": 12,
      "containerName": "search parameter b (base Person)",
      "location": {
        "uri": "file:///w/SearchParameter-b.json",
        "range": {"start":{"line":4,"character":16},"end":{"line":4,"character":61}}
      }
    },
    {
      "name": "gender.is(code) or active.exists() and name.exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":52}}
      }
    }
  ]
}
# 'nmgv': scattered only; 'xyz': nothing; 'OR 70': case-insensitive, one of the
# 70 documents whose analyses were evicted
>> {"jsonrpc":"2.0","id":3,"method":"workspace/symbol","params":{"query":"nmgv"}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "name": "name.given",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":10}}
      }
    },
    {
      "name": "name.where(given.exists())",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":2,"character":15},"end":{"line":2,"character":41}}
      }
    },
    {
      "name": "name.where(text = '\"😀\"').given",
      "kind": 12,
      "containerName": "search parameter b (base Patient)",
      "location": {
        "uri": "file:///w/SearchParameter-b.json",
        "range": {"start":{"line":4,"character":16},"end":{"line":4,"character":61}}
      }
    },
    {
      "name": "name.where(text = '\"😀\"').given",
      "kind": 12,
      "containerName": "search parameter b (base Person)",
      "location": {
        "uri": "file:///w/SearchParameter-b.json",
        "range": {"start":{"line":4,"character":16},"end":{"line":4,"character":61}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":4,"method":"workspace/symbol","params":{"query":"xyz"}}
<< {"jsonrpc":"2.0","id":4,"result":[]}
>> {"jsonrpc":"2.0","id":5,"method":"workspace/symbol","params":{"query":"OR 70"}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": [
    {
      "name": "status = 'final' or 70 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r70.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":6,"method":"fhirpath/resources","params":{}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "rssKiB": "*",
    "heldBytes": "*",
    "maxMemoryMiB": 0,
    "documents": {
      "count": 72,
      "textBytes": "*",
      "analysisBytes": "*",
      "analysed": 64,
      "analyses": 72,
      "updatedInPlace": 0,
      "reusedByKey": 0
    },
    "workspaceBytes": 0,
    "modelBytes": "*",
    "bufferBytes": "*",
    "openFds": "*",
    "threads": 1
  }
}
# edit a.fhirpath: its symbols follow; close the JSON: its symbols go
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/a.fhirpath","version":2},"contentChanges":[{"range":{"start":{"line":1,"character":5},"end":{"line":1,"character":10}},"text":"family"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/a.fhirpath","version":2,"diagnostics":[]}}
>> {"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///w/SearchParameter-b.json"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/SearchParameter-b.json","diagnostics":[]}}
>> {"jsonrpc":"2.0","id":7,"method":"workspace/symbol","params":{"query":"name."}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": [
    {
      "name": "name.family",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":11}}
      }
    },
    {
      "name": "name.where(given.exists())",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":2,"character":15},"end":{"line":2,"character":41}}
      }
    },
    {
      "name": "gender.is(code) or active.exists() and name.exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":52}}
      }
    }
  ]
}
# no query at all: every symbol, in workspace order (at most 500)
>> {"jsonrpc":"2.0","id":8,"method":"workspace/symbol","params":{}}
<< {
  "jsonrpc": "2.0",
  "id": 8,
  "result": [
    {
      "name": "name.family",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":11}}
      }
    },
    {
      "name": "'😀'.exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":2,"character":0},"end":{"line":2,"character":13}}
      }
    },
    {
      "name": "name.where(given.exists())",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":2,"character":15},"end":{"line":2,"character":41}}
      }
    },
    {
      "name": "gender.is(code) or active.exists() and name.exists()",
      "kind": 12,
      "containerName": "Patient",
      "location": {
        "uri": "file:///w/a.fhirpath",
        "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":52}}
      }
    },
    {
      "name": "status = 'final' or 70 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r70.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 1 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r1.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 2 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r2.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 3 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r3.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 4 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r4.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 5 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r5.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 6 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r6.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 7 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r7.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 8 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r8.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 9 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r9.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":25}}
      }
    },
    {
      "name": "status = 'final' or 10 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r10.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 11 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r11.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 12 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r12.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 13 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r13.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 14 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r14.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 15 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r15.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 16 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r16.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 17 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r17.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 18 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r18.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 19 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r19.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 20 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r20.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 21 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r21.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 22 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r22.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 23 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r23.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 24 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r24.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 25 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r25.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 26 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r26.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 27 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r27.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 28 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r28.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 29 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r29.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 30 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r30.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 31 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r31.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 32 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r32.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 33 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r33.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 34 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r34.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 35 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r35.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 36 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r36.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 37 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r37.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 38 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r38.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 39 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r39.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 40 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r40.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 41 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r41.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 42 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r42.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 43 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r43.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 44 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r44.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 45 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r45.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 46 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r46.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 47 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r47.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 48 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r48.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 49 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r49.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 50 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r50.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 51 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r51.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 52 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r52.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 53 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r53.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 54 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r54.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 55 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r55.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 56 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r56.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 57 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r57.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 58 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r58.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 59 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r59.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 60 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r60.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 61 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r61.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 62 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r62.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 63 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r63.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 64 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r64.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 65 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r65.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 66 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r66.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 67 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r67.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 68 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r68.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    },
    {
      "name": "status = 'final' or 69 > 1",
      "kind": 12,
      "containerName": "Observation",
      "location": {
        "uri": "file:///w/r69.fhirpath",
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":26}}
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
