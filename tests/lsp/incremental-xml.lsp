# Incremental analysis in FHIR XML: an edit inside an expression
# attribute that needs no entity updates the analysis in place; an entity,
# a line break or a broken tag analyses the document again. Each step's
# diagnostics are those of a fresh didOpen, which the end shows.
# ignore: result.capabilities, rssKiB, analysisBytes, modelBytes, inputBufferBytes, openFds, textBytes, heldBytes, bufferBytes, workspaceBytes
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","languageId":"xml","version":1,"text":"<StructureDefinition xmlns=\"http://hl7.org/fhir\">\n  <url value=\"http://example.org/fhir/StructureDefinition/q\"/>\n  <type value=\"Quantity\"/>\n  <snapshot>\n    <element id=\"Quantity\">\n      <path value=\"Quantity\"/>\n      <constraint>\n        <key value=\"ex-3\"/>\n        <expression value=\"unit = 'mg'\"/>\n      </constraint>\n      <constraint>\n        <key value=\"ex-4\"/>\n        <expression value=\"unit.exists() and value &gt; 0\"/>\n      </constraint>\n      <constraint>\n        <key value=\"ex-5\"/>\n        <expression value=\"code.exists() or comparator.empty()\"/>\n      </constraint>\n    </element>\n  </snapshot>\n</StructureDefinition>\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":45},"end":{"line":12,"character":50}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'value' is empty, and validators count that as a failure; write 'value.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# a typo in ex-5 (after the &gt; of ex-4): in place
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":2},"contentChanges":[{"range":{"start":{"line":16,"character":48},"end":{"line":16,"character":48}},"text":"x"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":45},"end":{"line":12,"character":50}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'value' is empty, and validators count that as a failure; write 'value.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":16,"character":44},"end":{"line":16,"character":55}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'compxarator' on Quantity; did you mean 'comparator'?"
      }
    ]
  }
}
# hover on ex-5's 'code' (ranges after the edit)
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml"},"position":{"line":16,"character":28}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "contents": {"kind":"markdown","value":"**code** : `code (0..1)`\n\n`Quantity.code` 0..1"},
    "range": {"start":{"line":16,"character":27},"end":{"line":16,"character":31}}
  }
}
# ex-4 no longer says the unit exists: FP2010 on its sibling ex-3 (its own
# attribute holds an entity, &gt;, so this one is analysed again)
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":3},"contentChanges":[{"range":{"start":{"line":12,"character":27},"end":{"line":12,"character":44}},"text":"unit.empty() and"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":27},"end":{"line":8,"character":31}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":16,"character":44},"end":{"line":16,"character":55}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'compxarator' on Quantity; did you mean 'comparator'?"
      }
    ]
  }
}
# an entity typed into ex-3: analysed again, positions through it
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":4},"contentChanges":[{"range":{"start":{"line":8,"character":34},"end":{"line":8,"character":38}},"text":"'m&amp;g'"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":27},"end":{"line":8,"character":31}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":16,"character":44},"end":{"line":16,"character":55}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'compxarator' on Quantity; did you mean 'comparator'?"
      }
    ]
  }
}
# a tag broken: not well-formed
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":5},"contentChanges":[{"range":{"start":{"line":11,"character":8},"end":{"line":11,"character":27}},"text":"<key value=\"ex-4\"/"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 5,
    "diagnostics": [
      {
        "range": {"start":{"line":11,"character":26},"end":{"line":12,"character":0}},
        "severity": 1,
        "code": "FP0034",
        "source": "fhirpath-ls",
        "message": "invalid XML: not well-formed (invalid token)"
      }
    ]
  }
}
# and repaired
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":6},"contentChanges":[{"range":{"start":{"line":11,"character":8},"end":{"line":11,"character":26}},"text":"<key value=\"ex-4\"/>"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 6,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":27},"end":{"line":8,"character":31}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      },
      {
        "range": {"start":{"line":16,"character":44},"end":{"line":16,"character":55}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'compxarator' on Quantity; did you mean 'comparator'?"
      }
    ]
  }
}
# the typo fixed: in place again
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q.xml","version":7},"contentChanges":[{"range":{"start":{"line":16,"character":48},"end":{"line":16,"character":49}},"text":""}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q.xml",
    "version": 7,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":27},"end":{"line":8,"character":31}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# edits applied in place and analyses run
>> {"jsonrpc":"2.0","id":3,"method":"fhirpath/resources"}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "rssKiB": "*",
    "heldBytes": "*",
    "maxMemoryMiB": 0,
    "documents": {
      "count": 1,
      "textBytes": "*",
      "analysisBytes": "*",
      "analysed": 1,
      "analyses": 5,
      "updatedInPlace": 2,
      "reusedByKey": 0
    },
    "workspaceBytes": "*",
    "modelBytes": "*",
    "bufferBytes": "*",
    "openFds": "*",
    "threads": 1
  }
}
# the same text opened fresh under another name: the same diagnostics
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/StructureDefinition-q-fresh.xml","languageId":"xml","version":1,"text":"<StructureDefinition xmlns=\"http://hl7.org/fhir\">\n  <url value=\"http://example.org/fhir/StructureDefinition/q\"/>\n  <type value=\"Quantity\"/>\n  <snapshot>\n    <element id=\"Quantity\">\n      <path value=\"Quantity\"/>\n      <constraint>\n        <key value=\"ex-3\"/>\n        <expression value=\"unit = 'm&amp;g'\"/>\n      </constraint>\n      <constraint>\n        <key value=\"ex-4\"/>\n        <expression value=\"unit.empty() and value &gt; 0\"/>\n      </constraint>\n      <constraint>\n        <key value=\"ex-5\"/>\n        <expression value=\"code.exists() or comparator.empty()\"/>\n      </constraint>\n    </element>\n  </snapshot>\n</StructureDefinition>\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/StructureDefinition-q-fresh.xml",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":27},"end":{"line":8,"character":31}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'unit' is empty, and validators count that as a failure; write 'unit.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":999,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":999,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
