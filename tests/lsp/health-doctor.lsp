# fhirpath/health carries doctor's sections, in their quick form (no
# walk, no quick_check, no write probe, no LSP round trip); params
# {"section": NAME} asks for one. The workspace: a .fhirpath-ls.json with
# an unknown key (WARN) beside a sushi-config.yaml; the cache: a regular
# file where the folder should be (FAIL).
# ignore: result.capabilities, uptimeMs, rssKiB, cpuMs, p50us, p99us, methods
## args --no-scan --cache tests/lsp/ws-doctor/cache-file
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"$ROOTURI/tests/lsp/ws-doctor","capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","id":2,"method":"fhirpath/health","params":{"section":"workspace"}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 2,
    "notifications": 1,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": "*",
    "doctor": {
      "sections": [
        {
          "name": "workspace",
          "checks": [
            {
              "name": "root",
              "status": "PASS",
              "detail": "$ROOT/tests/lsp/ws-doctor (the editor's workspace folder), in the repository $ROOT",
              "remedy": null
            },
            {
              "name": "fhir version",
              "status": "PASS",
              "detail": "R5 (from $ROOT/tests/lsp/ws-doctor/.fhirpath-ls.json)",
              "remedy": null
            },
            {
              "name": "config",
              "status": "WARN",
              "detail": "$ROOT/tests/lsp/ws-doctor/.fhirpath-ls.json: fhirVersion R5; unknown key 'inlayhints' (did you mean 'inlayHints'?) (ignored)",
              "remedy": "rename or remove it; the known keys are fhirVersion, severity, inlayHints, ignore"
            },
            {
              "name": "ig layout",
              "status": "PASS",
              "detail": "sushi-config.yaml (a SUSHI project)",
              "remedy": null
            }
          ]
        }
      ],
      "summary": {"pass":3,"warn":1,"fail":0}
    }
  }
}
>> {"jsonrpc":"2.0","id":3,"method":"fhirpath/health","params":{"section":"cache"}}
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 3,
    "notifications": 1,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": "*",
    "doctor": {
      "sections": [
        {
          "name": "cache",
          "checks": [
            {
              "name": "location",
              "status": "PASS",
              "detail": "tests/lsp/ws-doctor/cache-file (from --cache)",
              "remedy": null
            },
            {
              "name": "folder",
              "status": "FAIL",
              "detail": "tests/lsp/ws-doctor/cache-file is not a folder",
              "remedy": "remove or rename what is there, or choose another folder with --cache DIR or FHIRPATH_LS_CACHE"
            }
          ]
        }
      ],
      "summary": {"pass":1,"warn":0,"fail":1}
    }
  }
}
>> {"jsonrpc":"2.0","id":4,"method":"fhirpath/health","params":{"section":"self-test"}}
<< {
  "jsonrpc": "2.0",
  "id": 4,
  "result": {
    "state": "running",
    "uptimeMs": "*",
    "rssKiB": "*",
    "cpuMs": "*",
    "openDocuments": 0,
    "requests": 4,
    "notifications": 1,
    "errors": 0,
    "parseErrors": 0,
    "cancelled": 0,
    "lastError": null,
    "workspace": {"scanning":false,"files":0,"checked":0,"total":0,"cache":null},
    "methods": "*",
    "doctor": {
      "sections": [
        {
          "name": "self-test",
          "checks": [
            {"name":"parse","status":"PASS","detail":"2 expressions as expected","remedy":null},
            {"name":"analyse","status":"PASS","detail":"2 expressions as expected","remedy":null},
            {"name":"format","status":"PASS","detail":"2 expressions as expected","remedy":null}
          ]
        }
      ],
      "summary": {"pass":3,"warn":0,"fail":0}
    }
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
