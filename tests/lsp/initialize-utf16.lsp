# initialize without positionEncodings: UTF-16 positions, and every
# capability the server has; then the lifecycle to a clean exit (code 0).
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":null,"capabilities":{}}}
<< {
  "jsonrpc": "2.0",
  "id": 1,
  "result": {
    "capabilities": {
      "positionEncoding": "utf-16",
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
>> {"jsonrpc":"2.0","id":2,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":2,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
