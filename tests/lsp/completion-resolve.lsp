# completionItem/resolve: completion items carry only a small data
# ({"fn": name} or {"v": version, "t": owner type, "e": element}), and
# resolve adds the documentation (markdown: a function's signature and
# doc from the registry; an element's types, path, cardinality, binding,
# modifier flag from the model of that version). This client resolves
# detail lazily (resolveSupport.properties has "detail"), so items come
# without detail and resolve adds it. Items without usable data, or
# naming nothing, come back unchanged; a documentation the client sent is
# replaced; params that are not an item are an error.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{"textDocument":{"completion":{"completionItem":{"resolveSupport":{"properties":["documentation","detail"]}}}}}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/c.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\ngend\nname.giv\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/c.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":0},"end":{"line":1,"character":4}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'gend' on Patient; did you mean 'gender'?"
      },
      {
        "range": {"start":{"line":2,"character":5},"end":{"line":2,"character":8}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'giv' on HumanName"
      }
    ]
  }
}
# 'gend|' and 'name.giv|': no detail, no documentation
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":1,"character":4}}}
<< {"jsonrpc":"2.0","id":2,"result":{"isIncomplete":false,"items":[{"label":"gender","kind":5,"data":{"v":"R4","t":"Patient","e":"gender"},"sortText":"00_gender"}]}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/c.fhirpath"},"position":{"line":2,"character":8}}}
<< {"jsonrpc":"2.0","id":3,"result":{"isIncomplete":false,"items":[{"label":"given","kind":5,"data":{"v":"R4","t":"HumanName","e":"given"},"sortText":"00_given"}]}}
# an element with a required binding; a modifier element; a function
>> {"jsonrpc":"2.0","id":4,"method":"completionItem/resolve","params":{"label":"gender","kind":5,"data":{"v":"R4","t":"Patient","e":"gender"},"sortText":"00_gender"}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "label": "gender",
    "kind": 5,
    "data": {"v":"R4","t":"Patient","e":"gender"},
    "sortText": "00_gender",
    "detail": "code 0..1",
    "documentation": {
      "kind": "markdown",
      "value": "**gender** : `code`\n\n`Patient.gender` 0..1\n\nbinding (required): http://hl7.org/fhir/ValueSet/administrative-gender|4.0.1"
    }
  }
}
>> {"jsonrpc":"2.0","id":5,"method":"completionItem/resolve","params":{"label":"active","kind":5,"data":{"v":"R4","t":"Patient","e":"active"}}}
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "label": "active",
    "kind": 5,
    "data": {"v":"R4","t":"Patient","e":"active"},
    "detail": "boolean 0..1",
    "documentation": {
      "kind": "markdown",
      "value": "**active** : `boolean`\n\n`Patient.active` 0..1\n\n*modifier element*"
    }
  }
}
>> {"jsonrpc":"2.0","id":6,"method":"completionItem/resolve","params":{"label":"where","kind":3,"data":{"fn":"where"},"insertText":"where($1)","insertTextFormat":2}}
<< {
  "jsonrpc": "2.0",
  "id": 6,
  "result": {
    "label": "where",
    "kind": 3,
    "data": {"fn":"where"},
    "insertText": "where($1)",
    "insertTextFormat": 2,
    "detail": "where(criteria: expr Boolean)",
    "documentation": {
      "kind": "markdown",
      "value": "```fhirpath\nwhere(criteria: expr Boolean)\n```\nThe input items for which criteria is true."
    }
  }
}
# a choice element of R5, inherited from its owner type; a client documentation replaced, its detail kept
>> {"jsonrpc":"2.0","id":7,"method":"completionItem/resolve","params":{"label":"value","data":{"v":"R5","t":"Observation","e":"value"}}}
<< {
  "jsonrpc": "2.0",
  "id": 7,
  "result": {
    "label": "value",
    "data": {"v":"R5","t":"Observation","e":"value"},
    "detail": "Quantity | CodeableConcept | string | boolean | integer | Range | ... 0..1",
    "documentation": {
      "kind": "markdown",
      "value": "**value** : `Quantity | CodeableConcept | string | boolean | integer | Range | Ratio | SampledData | time | dateTime | Period | Attachment | Reference`\n\n`Observation.value[x]` 0..1"
    }
  }
}
>> {"jsonrpc":"2.0","id":8,"method":"completionItem/resolve","params":{"label":"id","detail":"mine","documentation":"old","data":{"v":"R4B","t":"Resource","e":"id"}}}
<< {"jsonrpc":"2.0","id":8,"result":{"label":"id","detail":"mine","data":{"v":"R4B","t":"Resource","e":"id"},"documentation":{"kind":"markdown","value":"**id** : `id`\n\n`Resource.id` 0..1"}}}
# hostile: no data, unknown function, type, element or version: unchanged; not an item: error
>> {"jsonrpc":"2.0","id":9,"method":"completionItem/resolve","params":{"label":"and","kind":14}}
<< {"jsonrpc":"2.0","id":9,"result":{"label":"and","kind":14}}
>> {"jsonrpc":"2.0","id":10,"method":"completionItem/resolve","params":{"label":"x","data":{"fn":"nosuch"}}}
<< {"jsonrpc":"2.0","id":10,"result":{"label":"x","data":{"fn":"nosuch"}}}
>> {"jsonrpc":"2.0","id":11,"method":"completionItem/resolve","params":{"label":"x","data":{"v":"R4","t":"NoSuchType","e":"id"}}}
<< {"jsonrpc":"2.0","id":11,"result":{"label":"x","data":{"v":"R4","t":"NoSuchType","e":"id"}}}
>> {"jsonrpc":"2.0","id":12,"method":"completionItem/resolve","params":{"label":"x","data":{"v":"R4","t":"Patient","e":"nosuch"}}}
<< {"jsonrpc":"2.0","id":12,"result":{"label":"x","data":{"v":"R4","t":"Patient","e":"nosuch"}}}
>> {"jsonrpc":"2.0","id":13,"method":"completionItem/resolve","params":{"label":"x","data":{"v":"R9","t":"Patient","e":"id"}}}
<< {"jsonrpc":"2.0","id":13,"result":{"label":"x","data":{"v":"R9","t":"Patient","e":"id"}}}
>> {"jsonrpc":"2.0","id":14,"method":"completionItem/resolve","params":{"label":"x","data":{"fn":42,"v":["R4"]}}}
<< {"jsonrpc":"2.0","id":14,"result":{"label":"x","data":{"fn":42,"v":["R4"]}}}
>> {"jsonrpc":"2.0","id":15,"method":"completionItem/resolve","params":["not","an","item"]}
<< {"jsonrpc":"2.0","id":15,"error":{"code":-32602,"message":"completionItem/resolve needs a completion item"}}
<< {"jsonrpc":"2.0","method":"window/logMessage","params":{"type":2,"message":"request failed: completionItem/resolve needs a completion item"}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
