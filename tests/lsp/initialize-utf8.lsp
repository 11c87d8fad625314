# The client offers utf-8 (after utf-32, which the server does not do):
# positions are in UTF-8 bytes from then on. initializationOptions set
# the FHIR version of documents without '// @fhir'.
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"clientInfo":{"name":"test"},"capabilities":{"general":{"positionEncodings":["utf-32","utf-8","utf-16"]}},"initializationOptions":{"fhirVersion":"R5"}}}
<< {
  "jsonrpc": "2.0",
  "id": 1,
  "result": {
    "capabilities": {
      "positionEncoding": "utf-8",
      "textDocumentSync": {"openClose":true,"change":2,"save":true},
      "hoverProvider": true,
      "completionProvider": {"triggerCharacters":[".","%","("],"resolveProvider":true},
      "signatureHelpProvider": {"triggerCharacters":["(",","]},
      "definitionProvider": true,
      "referencesProvider": true,
      "documentHighlightProvider": true,
      "renameProvider": true,
      "foldingRangeProvider": true,
      "selectionRangeProvider": true,
      "inlayHintProvider": true,
      "workspaceSymbolProvider": true,
      "codeActionProvider": {"codeActionKinds":["quickfix"]},
      "documentFormattingProvider": true,
      "documentSymbolProvider": true,
      "semanticTokensProvider": {
        "legend": {
          "tokenTypes": [
            "keyword",
            "operator",
            "string",
            "number",
            "comment",
            "function",
            "variable",
            "property",
            "type",
            "macro"
          ],
          "tokenModifiers": []
        },
        "range": true,
        "full": {"delta":true}
      }
    },
    "serverInfo": {"name":"fhirpath-ls","version":"*"}
  }
}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
# initializationOptions.fhirVersion R5: Observation.triggeredBy (new in R5) is known
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/r5.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Observation\ntriggeredBy.exists()\n"}}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/r5.fhirpath","version":1,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
