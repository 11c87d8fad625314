# A profile's constraint is reported once, where it is defined (the
# snapshot's copy of the differential's, and the inherited ele-1, are
# quiet), in the editor too. An edit that makes the differential's p-1
# differ from the snapshot's makes both the author's: the document is
# analysed again rather than updated in place, so the diagnostics stay
# those of a fresh didOpen of the same text (the end of the session).
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/p.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"StructureDefinition\",\n  \"url\": \"http://example.org/fhir/StructureDefinition/p\",\n  \"type\": \"Patient\",\n  \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\",\n  \"derivation\": \"constraint\",\n  \"snapshot\": {\"element\": [\n    {\"id\": \"Patient\", \"path\": \"Patient\", \"constraint\": [\n      {\"key\": \"ele-1\", \"expression\": \"hasValue() or (children().count() > id.count())\", \"source\": \"http://hl7.org/fhir/StructureDefinition/Element\"},\n      {\"key\": \"p-1\", \"expression\": \"name.given = 'x'\"}]}]},\n  \"differential\": {\"element\": [\n    {\"id\": \"Patient\", \"path\": \"Patient\", \"constraint\": [\n      {\"key\": \"p-1\", \"expression\": \"name.given = 'x'\"}]}]}\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/p.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      },
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'name.given' is empty, and validators count that as a failure; write 'name.given.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# the differential's p-1 now compares with 'y': the snapshot's copy differs
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/p.json","version":2},"contentChanges":[{"range":{"start":{"line":12,"character":50},"end":{"line":12,"character":51}},"text":"y"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/p.json",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":36},"end":{"line":9,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      },
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      }
    ]
  }
}
# and back: one finding again
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/p.json","version":3},"contentChanges":[{"range":{"start":{"line":12,"character":50},"end":{"line":12,"character":51}},"text":"x"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/p.json",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      },
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2010",
        "source": "fhirpath-ls",
        "message": "the invariant is empty, not true or false, when 'name.given' is empty, and validators count that as a failure; write 'name.given.exists() implies ...' to accept that case, or test it with 'and' to reject it"
      }
    ]
  }
}
# the snapshot's copy edited to differ, then the same text opened afresh
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/p.json","version":4},"contentChanges":[{"range":{"start":{"line":9,"character":50},"end":{"line":9,"character":51}},"text":"z"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/p.json",
    "version": 4,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":36},"end":{"line":9,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      },
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/q.json","languageId":"json","version":1,"text":"{\n  \"resourceType\": \"StructureDefinition\",\n  \"url\": \"http://example.org/fhir/StructureDefinition/p\",\n  \"type\": \"Patient\",\n  \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\",\n  \"derivation\": \"constraint\",\n  \"snapshot\": {\"element\": [\n    {\"id\": \"Patient\", \"path\": \"Patient\", \"constraint\": [\n      {\"key\": \"ele-1\", \"expression\": \"hasValue() or (children().count() > id.count())\", \"source\": \"http://hl7.org/fhir/StructureDefinition/Element\"},\n      {\"key\": \"p-1\", \"expression\": \"name.given = 'z'\"}]}]},\n  \"differential\": {\"element\": [\n    {\"id\": \"Patient\", \"path\": \"Patient\", \"constraint\": [\n      {\"key\": \"p-1\", \"expression\": \"name.given = 'x'\"}]}]}\n}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/q.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":9,"character":36},"end":{"line":9,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      },
      {
        "range": {"start":{"line":12,"character":36},"end":{"line":12,"character":46}},
        "severity": 2,
        "code": "FP2003",
        "source": "fhirpath-ls",
        "message": "'name.given' can have several items, so '=' compares the whole collection; use exists(...) or all(...) to test the items"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":9,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":9,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
