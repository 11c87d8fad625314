# Suppressions apply in the editor as in `check` (tests/cli/suppress.test):
# the workspace's .fhirpath-ls.json ignores myp-1's FP1001 in the scanned
# profile (myp-2's stays); in an open .fhirpath document an inline
# '// fhirpath-ls: ignore' silences its expression's finding, an unused
# one is FP2020, and an edit that fixes the finding makes the
# suppression unused. An edit inside the profile's myp-1 string (the
# incremental path) keeps its entry applied. A finding's quick fix adds
# the suppression comment. The open document's diagnostics are expected
# with <<last: when the workspace scan ends it finds the profile's
# extension URLs and judges open documents again, which may publish the
# same diagnostics once more at whichever step it ends.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-ignore","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/StructureDefinition-my-patient.json",
    "diagnostics": [
      {
        "range": {"start":{"line":5,"character":81},"end":{"line":5,"character":90}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\n// fhirpath-ls: ignore FP1001 -- legacy name\nname.famly.exists()\ngender.exists() // fhirpath-ls: ignore FP1001\n"}}}
<<last {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":39},"end":{"line":3,"character":45}},
        "severity": 2,
        "code": "FP2020",
        "source": "fhirpath-ls",
        "message": "unused suppression: no FP1001 finding in the expression it is for"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath","version":2},"contentChanges":[{"text":"// @context Patient\n// fhirpath-ls: ignore FP1001 -- legacy name\nname.family.exists()\ngender.exists()\n"}]}}
<<last {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":23},"end":{"line":1,"character":29}},
        "severity": 2,
        "code": "FP2020",
        "source": "fhirpath-ls",
        "message": "unused suppression: no FP1001 finding in the expression it is for"
      }
    ]
  }
}
# the quick fix adds the comment above the expression, indented as it is
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath","version":3},"contentChanges":[{"text":"// @context Patient\nname.where(use = 'official')\n  .given.exists()\n\t(telecom.sytem = 'phone') implies telecom.value.exists()\n"}]}}
<<last {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath",
    "version": 3,
    "diagnostics": [
      {
        "range": {"start":{"line":3,"character":10},"end":{"line":3,"character":15}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'sytem' on ContactPoint; did you mean 'system'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath"},"range":{"start":{"line":3,"character":10},"end":{"line":3,"character":10}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": [
    {
      "title": "Change to 'system'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":10},"end":{"line":3,"character":15}},
          "code": "FP1001",
          "message": "unknown element 'sytem' on ContactPoint; did you mean 'system'?"
        }
      ],
      "edit": {
        "changes": {
          "$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath": [
            {
              "range": {"start":{"line":3,"character":10},"end":{"line":3,"character":15}},
              "newText": "system"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP1001 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":10},"end":{"line":3,"character":15}},
          "code": "FP1001",
          "message": "unknown element 'sytem' on ContactPoint; did you mean 'system'?"
        }
      ],
      "edit": {
        "changes": {
          "$ROOTURI/tests/lsp/ws-ignore/rules.fhirpath": [
            {
              "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":0}},
              "newText": "\t// fhirpath-ls: ignore FP1001\n"
            }
          ]
        }
      }
    }
  ]
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/StructureDefinition-my-patient.json","languageId":"json","version":1,"text":"{\"resourceType\": \"StructureDefinition\", \"url\": \"http://example.org/fhir/StructureDefinition/my-patient\",\n \"name\": \"MyPatient\", \"status\": \"draft\", \"kind\": \"resource\", \"abstract\": false, \"type\": \"Patient\",\n \"baseDefinition\": \"http://hl7.org/fhir/StructureDefinition/Patient\", \"derivation\": \"constraint\",\n \"differential\": {\"element\": [{\"id\": \"Patient\", \"path\": \"Patient\", \"constraint\": [\n   {\"key\": \"myp-1\", \"severity\": \"error\", \"human\": \"a family name\", \"expression\": \"name.famly.exists()\"},\n   {\"key\": \"myp-2\", \"severity\": \"error\", \"human\": \"a birth date\", \"expression\": \"birthdate.exists()\"}]}]}}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/StructureDefinition-my-patient.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":5,"character":81},"end":{"line":5,"character":90}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"$ROOTURI/tests/lsp/ws-ignore/StructureDefinition-my-patient.json","version":2},"contentChanges":[{"range":{"start":{"line":4,"character":91},"end":{"line":4,"character":92}},"text":"i"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "$ROOTURI/tests/lsp/ws-ignore/StructureDefinition-my-patient.json",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":5,"character":81},"end":{"line":5,"character":90}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'birthdate' on Patient; did you mean 'birthDate'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
