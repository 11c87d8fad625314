# A Questionnaire's own items and variables in the editor: %patient (a
# launchContext) hovers as a Patient; %w has the type of its expression's
# result, so an edit inside that expression (an incremental one) checks
# the expressions that use %w again.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/Questionnaire-q.json","languageId":"json","version":1,"text":"{\"resourceType\": \"Questionnaire\", \"status\": \"draft\",\n \"extension\": [\n  {\"url\": \"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-launchContext\",\n   \"extension\": [{\"url\": \"name\", \"valueCoding\": {\"code\": \"patient\"}}, {\"url\": \"type\", \"valueCode\": \"Patient\"}]},\n  {\"url\": \"http://hl7.org/fhir/StructureDefinition/variable\",\n   \"valueExpression\": {\"name\": \"w\", \"language\": \"text/fhirpath\", \"expression\": \"%resource.item.where(linkId='smoker').answer.value\"}}],\n \"item\": [{\"linkId\": \"weight\", \"type\": \"decimal\"}, {\"linkId\": \"smoker\", \"type\": \"choice\"},\n  {\"linkId\": \"x\", \"type\": \"string\", \"extension\": [{\"url\": \"http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression\",\n     \"valueExpression\": {\"language\": \"text/fhirpath\", \"expression\": \"%w.code | %patient.gendr\"}}]}]}\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/Questionnaire-q.json",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":88},"end":{"line":8,"character":93}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gendr' on Patient; did you mean 'gender'?"
      }
    ]
  }
}
# hover on '%patient'
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/Questionnaire-q.json"},"position":{"line":8,"character":81}}}
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**%patient** : `Patient (1..1)`"},"range":{"start":{"line":8,"character":79},"end":{"line":8,"character":87}}}}
# %w becomes the decimal weight's answer: '%w.code' is wrong now
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/Questionnaire-q.json","version":2},"contentChanges":[{"range":{"start":{"line":5,"character":109},"end":{"line":5,"character":115}},"text":"weight"}]}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/Questionnaire-q.json",
    "version": 2,
    "diagnostics": [
      {
        "range": {"start":{"line":8,"character":72},"end":{"line":8,"character":76}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'code' on decimal"
      },
      {
        "range": {"start":{"line":8,"character":88},"end":{"line":8,"character":93}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gendr' on Patient; did you mean 'gender'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
