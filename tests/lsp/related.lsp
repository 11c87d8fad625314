# relatedInformation, for a client that supports it: an unclosed where()
# is reported on its '(' with the end of the expression related; the
# quick fix inserts the ')' there, and is offered with the cursor at
# either place. FP2012's quick fix doubles the backslash, in a .fhirpath
# text once and inside a JSON string as '\\'.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"textDocument":{"publishDiagnostics":{"relatedInformation":true}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/rel.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.where(use = 'official'\n\nidentifier.all(value.matches('^\\d{9}$'))\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/rel.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":11}},
        "severity": 1,
        "code": "FP0011",
        "source": "fhirpath-ls",
        "message": "'(' of where() is not closed: expected ',' or ')', found end of input",
        "relatedInformation": [
          {
            "location": {
              "uri": "file:///w/rel.fhirpath",
              "range": {"start":{"line":1,"character":27},"end":{"line":1,"character":27}}
            },
            "message": "the expression ends here, with '(' open"
          }
        ]
      },
      {
        "range": {"start":{"line":3,"character":31},"end":{"line":3,"character":33}},
        "severity": 2,
        "code": "FP2012",
        "source": "fhirpath-ls",
        "message": "'\\d' reaches this regular expression as 'd': FHIRPath drops a backslash that starts no string escape; write '\\\\d'"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/rel.fhirpath"},"range":{"start":{"line":1,"character":27},"end":{"line":1,"character":27}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": [
    {
      "title": "Insert the missing ')'",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":1,"character":10},"end":{"line":1,"character":11}},
          "code": "FP0011",
          "message": "'(' of where() is not closed: expected ',' or ')', found end of input"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/rel.fhirpath": [
            {
              "range": {"start":{"line":1,"character":27},"end":{"line":1,"character":27}},
              "newText": ")"
            }
          ]
        }
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/rel.fhirpath"},"range":{"start":{"line":3,"character":32},"end":{"line":3,"character":32}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": [
    {
      "title": "Double the backslash (keep it in the string)",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":31},"end":{"line":3,"character":33}},
          "code": "FP2012",
          "message": "'\\d' reaches this regular expression as 'd': FHIRPath drops a backslash that starts no string escape; write '\\\\d'"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/rel.fhirpath": [
            {
              "range": {"start":{"line":3,"character":31},"end":{"line":3,"character":31}},
              "newText": "\\"
            }
          ]
        }
      }
    },
    {
      "title": "Ignore FP2012 in this expression (// fhirpath-ls: ignore)",
      "kind": "quickfix",
      "isPreferred": false,
      "diagnostics": [
        {
          "range": {"start":{"line":3,"character":31},"end":{"line":3,"character":33}},
          "code": "FP2012",
          "message": "'\\d' reaches this regular expression as 'd': FHIRPath drops a backslash that starts no string escape; write '\\\\d'"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/rel.fhirpath": [
            {
              "range": {"start":{"line":3,"character":0},"end":{"line":3,"character":0}},
              "newText": "// fhirpath-ls: ignore FP2012\n"
            }
          ]
        }
      }
    }
  ]
}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/sp.json","languageId":"json","version":1,"text":"{\"resourceType\": \"SearchParameter\", \"base\": [\"Patient\"], \"expression\": \"Patient.identifier.where(value.matches('\\\\d+'))\"}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/sp.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":0,"character":112},"end":{"line":0,"character":115}},
        "severity": 2,
        "code": "FP2012",
        "source": "fhirpath-ls",
        "message": "'\\d' reaches this regular expression as 'd': FHIRPath drops a backslash that starts no string escape; write '\\\\d'"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///w/sp.json"},"range":{"start":{"line":0,"character":113},"end":{"line":0,"character":113}},"context":{"diagnostics":[]}}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": [
    {
      "title": "Double the backslash (keep it in the string)",
      "kind": "quickfix",
      "isPreferred": true,
      "diagnostics": [
        {
          "range": {"start":{"line":0,"character":112},"end":{"line":0,"character":115}},
          "code": "FP2012",
          "message": "'\\d' reaches this regular expression as 'd': FHIRPath drops a backslash that starts no string escape; write '\\\\d'"
        }
      ],
      "edit": {
        "changes": {
          "file:///w/sp.json": [
            {
              "range": {"start":{"line":0,"character":112},"end":{"line":0,"character":112}},
              "newText": "\\\\"
            }
          ]
        }
      }
    }
  ]
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
