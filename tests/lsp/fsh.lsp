# FHIR Shorthand in the editor: an invariant's expression is checked on the
# element that obeys it (Patient.contact); positions point inside the FSH
# string, through its \\ escapes. Hover, completion and semantic tokens
# work inside the string; FSH is never reformatted; an edit analyses the
# document again.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh","languageId":"fsh","version":1,"text":"Profile: P\nParent: Patient\n* contact obeys c-1\n\nInvariant: c-1\nDescription: \"d\"\nExpression: \"telecom.value.all(matches('\\\\\\\\d+')) and relationshp.exists()\"\n// our linter: comments stay where they are\n"}}}
# hover on 'relationshp' (after the escapes)
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/input/fsh/p.fsh",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":6,"character":54},"end":{"line":6,"character":65}},
        "severity": 1,
        "code": "FP1001",
        "source": "fhirpath-ls",
        "message": "unknown element 'relationshp' on Patient.contact; did you mean 'relationship'?"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"},"position":{"line":6,"character":57}}}
# hover on 'telecom'
<< {"jsonrpc":"2.0","id":2,"result":{"contents":{"kind":"markdown","value":"**relationshp** : `any (0..*)`"},"range":{"start":{"line":6,"character":54},"end":{"line":6,"character":65}}}}
>> {"jsonrpc":"2.0","id":3,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"},"position":{"line":6,"character":15}}}
# hover outside an expression: null
<< {
  "jsonrpc": "2.0",
  "id": 3,
  "result": {
    "contents": {
      "kind": "markdown",
      "value": "**telecom** : `ContactPoint (0..*)`\n\n`Patient.contact.telecom` 0..*"
    },
    "range": {"start":{"line":6,"character":13},"end":{"line":6,"character":20}}
  }
}
>> {"jsonrpc":"2.0","id":4,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"},"position":{"line":1,"character":3}}}
# completion after 'telecom.' (a ContactPoint)
<< {"jsonrpc":"2.0","id":4,"result":null}
>> {"jsonrpc":"2.0","id":5,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"},"position":{"line":6,"character":21}}}
# formatting: never for FSH
<< {
  "jsonrpc": "2.0",
  "id": 5,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "period",
        "kind": 5,
        "detail": "Period 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"period"},
        "sortText": "00_period"
      },
      {
        "label": "rank",
        "kind": 5,
        "detail": "positiveInt 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"rank"},
        "sortText": "00_rank"
      },
      {
        "label": "system",
        "kind": 5,
        "detail": "code 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"system"},
        "sortText": "00_system"
      },
      {
        "label": "use",
        "kind": 5,
        "detail": "code 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"use"},
        "sortText": "00_use"
      },
      {
        "label": "value",
        "kind": 5,
        "detail": "string 0..1",
        "data": {"v":"R4","t":"ContactPoint","e":"value"},
        "sortText": "00_value"
      },
      {
        "label": "extension",
        "kind": 5,
        "detail": "Extension 0..*",
        "data": {"v":"R4","t":"Element","e":"extension"},
        "sortText": "00_extension"
      },
      {
        "label": "id",
        "kind": 5,
        "detail": "string 0..1",
        "data": {"v":"R4","t":"Element","e":"id"},
        "sortText": "00_id"
      },
      {
        "label": "abs",
        "kind": 3,
        "detail": "abs()",
        "data": {"fn":"abs"},
        "insertText": "abs()",
        "insertTextFormat": 2,
        "sortText": "01_abs"
      },
      {
        "label": "aggregate",
        "kind": 3,
        "detail": "aggregate(aggregator: expr, [init: value])",
        "data": {"fn":"aggregate"},
        "insertText": "aggregate($1)",
        "insertTextFormat": 2,
        "sortText": "01_aggregate"
      },
      {
        "label": "all",
        "kind": 3,
        "detail": "all(criteria: expr Boolean) -> Boolean",
        "data": {"fn":"all"},
        "insertText": "all($1)",
        "insertTextFormat": 2,
        "sortText": "01_all"
      },
      {
        "label": "allFalse",
        "kind": 3,
        "detail": "allFalse() -> Boolean",
        "data": {"fn":"allFalse"},
        "insertText": "allFalse()",
        "insertTextFormat": 2,
        "sortText": "01_allFalse"
      },
      {
        "label": "allTrue",
        "kind": 3,
        "detail": "allTrue() -> Boolean",
        "data": {"fn":"allTrue"},
        "insertText": "allTrue()",
        "insertTextFormat": 2,
        "sortText": "01_allTrue"
      },
      {
        "label": "answers",
        "kind": 3,
        "detail": "answers()",
        "data": {"fn":"answers"},
        "insertText": "answers()",
        "insertTextFormat": 2,
        "sortText": "01_answers"
      },
      {
        "label": "anyFalse",
        "kind": 3,
        "detail": "anyFalse() -> Boolean",
        "data": {"fn":"anyFalse"},
        "insertText": "anyFalse()",
        "insertTextFormat": 2,
        "sortText": "01_anyFalse"
      },
      {
        "label": "anyTrue",
        "kind": 3,
        "detail": "anyTrue() -> Boolean",
        "data": {"fn":"anyTrue"},
        "insertText": "anyTrue()",
        "insertTextFormat": 2,
        "sortText": "01_anyTrue"
      },
      {
        "label": "as",
        "kind": 3,
        "detail": "as(type: type)",
        "data": {"fn":"as"},
        "insertText": "as($1)",
        "insertTextFormat": 2,
        "sortText": "01_as"
      },
      {
        "label": "avg",
        "kind": 3,
        "detail": "avg() -> Decimal",
        "data": {"fn":"avg"},
        "insertText": "avg()",
        "insertTextFormat": 2,
        "sortText": "01_avg"
      },
      {
        "label": "ceiling",
        "kind": 3,
        "detail": "ceiling() -> Integer",
        "data": {"fn":"ceiling"},
        "insertText": "ceiling()",
        "insertTextFormat": 2,
        "sortText": "01_ceiling"
      },
      {
        "label": "checkModifiers",
        "kind": 3,
        "detail": "checkModifiers(modifier: String)",
        "data": {"fn":"checkModifiers"},
        "insertText": "checkModifiers($1)",
        "insertTextFormat": 2,
        "sortText": "01_checkModifiers"
      },
      {
        "label": "children",
        "kind": 3,
        "detail": "children()",
        "data": {"fn":"children"},
        "insertText": "children()",
        "insertTextFormat": 2,
        "sortText": "01_children"
      },
      {
        "label": "coalesce",
        "kind": 3,
        "detail": "coalesce(value: value)",
        "data": {"fn":"coalesce"},
        "insertText": "coalesce($1)",
        "insertTextFormat": 2,
        "sortText": "01_coalesce"
      },
      {
        "label": "combine",
        "kind": 3,
        "detail": "combine(other: value, [preserveOrder: Boolean])",
        "data": {"fn":"combine"},
        "insertText": "combine($1)",
        "insertTextFormat": 2,
        "sortText": "01_combine"
      },
      {
        "label": "comparable",
        "kind": 3,
        "detail": "comparable(other: Quantity) -> Boolean",
        "data": {"fn":"comparable"},
        "insertText": "comparable($1)",
        "insertTextFormat": 2,
        "sortText": "01_comparable"
      },
      {
        "label": "conformsTo",
        "kind": 3,
        "detail": "conformsTo(structure: String) -> Boolean",
        "data": {"fn":"conformsTo"},
        "insertText": "conformsTo($1)",
        "insertTextFormat": 2,
        "sortText": "01_conformsTo"
      },
      {
        "label": "contains",
        "kind": 3,
        "detail": "contains(substring: String) -> Boolean",
        "data": {"fn":"contains"},
        "insertText": "contains($1)",
        "insertTextFormat": 2,
        "sortText": "01_contains"
      },
      {
        "label": "convertsToBoolean",
        "kind": 3,
        "detail": "convertsToBoolean() -> Boolean",
        "data": {"fn":"convertsToBoolean"},
        "insertText": "convertsToBoolean()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToBoolean"
      },
      {
        "label": "convertsToDate",
        "kind": 3,
        "detail": "convertsToDate([format: String]) -> Boolean",
        "data": {"fn":"convertsToDate"},
        "insertText": "convertsToDate($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDate"
      },
      {
        "label": "convertsToDateTime",
        "kind": 3,
        "detail": "convertsToDateTime([format: String]) -> Boolean",
        "data": {"fn":"convertsToDateTime"},
        "insertText": "convertsToDateTime($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDateTime"
      },
      {
        "label": "convertsToDecimal",
        "kind": 3,
        "detail": "convertsToDecimal() -> Boolean",
        "data": {"fn":"convertsToDecimal"},
        "insertText": "convertsToDecimal()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDecimal"
      },
      {
        "label": "convertsToInteger",
        "kind": 3,
        "detail": "convertsToInteger() -> Boolean",
        "data": {"fn":"convertsToInteger"},
        "insertText": "convertsToInteger()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToInteger"
      },
      {
        "label": "convertsToLong",
        "kind": 3,
        "detail": "convertsToLong() -> Boolean",
        "data": {"fn":"convertsToLong"},
        "insertText": "convertsToLong()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToLong"
      },
      {
        "label": "convertsToQuantity",
        "kind": 3,
        "detail": "convertsToQuantity([unit: String]) -> Boolean",
        "data": {"fn":"convertsToQuantity"},
        "insertText": "convertsToQuantity($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToQuantity"
      },
      {
        "label": "convertsToString",
        "kind": 3,
        "detail": "convertsToString() -> Boolean",
        "data": {"fn":"convertsToString"},
        "insertText": "convertsToString()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToString"
      },
      {
        "label": "convertsToTime",
        "kind": 3,
        "detail": "convertsToTime() -> Boolean",
        "data": {"fn":"convertsToTime"},
        "insertText": "convertsToTime()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToTime"
      },
      {
        "label": "count",
        "kind": 3,
        "detail": "count() -> Integer",
        "data": {"fn":"count"},
        "insertText": "count()",
        "insertTextFormat": 2,
        "sortText": "01_count"
      },
      {
        "label": "dateOf",
        "kind": 3,
        "detail": "dateOf() -> Date",
        "data": {"fn":"dateOf"},
        "insertText": "dateOf()",
        "insertTextFormat": 2,
        "sortText": "01_dateOf"
      },
      {
        "label": "dayOf",
        "kind": 3,
        "detail": "dayOf() -> Integer",
        "data": {"fn":"dayOf"},
        "insertText": "dayOf()",
        "insertTextFormat": 2,
        "sortText": "01_dayOf"
      },
      {
        "label": "decode",
        "kind": 3,
        "detail": "decode(format: String) -> String",
        "data": {"fn":"decode"},
        "insertText": "decode($1)",
        "insertTextFormat": 2,
        "sortText": "01_decode"
      },
      {
        "label": "defineVariable",
        "kind": 3,
        "detail": "defineVariable(name: String, [value: expr])",
        "data": {"fn":"defineVariable"},
        "insertText": "defineVariable($1)",
        "insertTextFormat": 2,
        "sortText": "01_defineVariable"
      },
      {
        "label": "descendants",
        "kind": 3,
        "detail": "descendants()",
        "data": {"fn":"descendants"},
        "insertText": "descendants()",
        "insertTextFormat": 2,
        "sortText": "01_descendants"
      },
      {
        "label": "difference",
        "kind": 3,
        "detail": "difference(value: Date|DateTime|Time, precision: value String) -> Integer",
        "data": {"fn":"difference"},
        "insertText": "difference($1)",
        "insertTextFormat": 2,
        "sortText": "01_difference"
      },
      {
        "label": "distinct",
        "kind": 3,
        "detail": "distinct()",
        "data": {"fn":"distinct"},
        "insertText": "distinct()",
        "insertTextFormat": 2,
        "sortText": "01_distinct"
      },
      {
        "label": "duration",
        "kind": 3,
        "detail": "duration(value: Date|DateTime|Time, precision: value String) -> Integer",
        "data": {"fn":"duration"},
        "insertText": "duration($1)",
        "insertTextFormat": 2,
        "sortText": "01_duration"
      },
      {
        "label": "elementDefinition",
        "kind": 3,
        "detail": "elementDefinition()",
        "data": {"fn":"elementDefinition"},
        "insertText": "elementDefinition()",
        "insertTextFormat": 2,
        "sortText": "01_elementDefinition"
      },
      {
        "label": "empty",
        "kind": 3,
        "detail": "empty() -> Boolean",
        "data": {"fn":"empty"},
        "insertText": "empty()",
        "insertTextFormat": 2,
        "sortText": "01_empty"
      },
      {
        "label": "encode",
        "kind": 3,
        "detail": "encode(format: String) -> String",
        "data": {"fn":"encode"},
        "insertText": "encode($1)",
        "insertTextFormat": 2,
        "sortText": "01_encode"
      },
      {
        "label": "endsWith",
        "kind": 3,
        "detail": "endsWith(suffix: String) -> Boolean",
        "data": {"fn":"endsWith"},
        "insertText": "endsWith($1)",
        "insertTextFormat": 2,
        "sortText": "01_endsWith"
      },
      {
        "label": "escape",
        "kind": 3,
        "detail": "escape(target: String) -> String",
        "data": {"fn":"escape"},
        "insertText": "escape($1)",
        "insertTextFormat": 2,
        "sortText": "01_escape"
      },
      {
        "label": "exclude",
        "kind": 3,
        "detail": "exclude(other: value)",
        "data": {"fn":"exclude"},
        "insertText": "exclude($1)",
        "insertTextFormat": 2,
        "sortText": "01_exclude"
      },
      {
        "label": "exists",
        "kind": 3,
        "detail": "exists([criteria: expr Boolean]) -> Boolean",
        "data": {"fn":"exists"},
        "insertText": "exists($1)",
        "insertTextFormat": 2,
        "sortText": "01_exists"
      },
      {
        "label": "exp",
        "kind": 3,
        "detail": "exp() -> Decimal",
        "data": {"fn":"exp"},
        "insertText": "exp()",
        "insertTextFormat": 2,
        "sortText": "01_exp"
      },
      {
        "label": "expand",
        "kind": 3,
        "detail": "expand(valueSet: value, [params: value])",
        "data": {"fn":"expand"},
        "insertText": "expand($1)",
        "insertTextFormat": 2,
        "sortText": "01_expand"
      },
      {
        "label": "first",
        "kind": 3,
        "detail": "first()",
        "data": {"fn":"first"},
        "insertText": "first()",
        "insertTextFormat": 2,
        "sortText": "01_first"
      },
      {
        "label": "floor",
        "kind": 3,
        "detail": "floor() -> Integer",
        "data": {"fn":"floor"},
        "insertText": "floor()",
        "insertTextFormat": 2,
        "sortText": "01_floor"
      },
      {
        "label": "getReferenceKey",
        "kind": 3,
        "detail": "getReferenceKey([type: type]) -> String",
        "data": {"fn":"getReferenceKey"},
        "insertText": "getReferenceKey($1)",
        "insertTextFormat": 2,
        "sortText": "01_getReferenceKey"
      },
      {
        "label": "getResourceKey",
        "kind": 3,
        "detail": "getResourceKey() -> String",
        "data": {"fn":"getResourceKey"},
        "insertText": "getResourceKey()",
        "insertTextFormat": 2,
        "sortText": "01_getResourceKey"
      },
      {
        "label": "getValue",
        "kind": 3,
        "detail": "getValue()",
        "data": {"fn":"getValue"},
        "insertText": "getValue()",
        "insertTextFormat": 2,
        "sortText": "01_getValue"
      },
      {
        "label": "hasValue",
        "kind": 3,
        "detail": "hasValue() -> Boolean",
        "data": {"fn":"hasValue"},
        "insertText": "hasValue()",
        "insertTextFormat": 2,
        "sortText": "01_hasValue"
      },
      {
        "label": "highBoundary",
        "kind": 3,
        "detail": "highBoundary([precision: Integer])",
        "data": {"fn":"highBoundary"},
        "insertText": "highBoundary($1)",
        "insertTextFormat": 2,
        "sortText": "01_highBoundary"
      },
      {
        "label": "hourOf",
        "kind": 3,
        "detail": "hourOf() -> Integer",
        "data": {"fn":"hourOf"},
        "insertText": "hourOf()",
        "insertTextFormat": 2,
        "sortText": "01_hourOf"
      },
      {
        "label": "htmlChecks",
        "kind": 3,
        "detail": "htmlChecks() -> Boolean",
        "data": {"fn":"htmlChecks"},
        "insertText": "htmlChecks()",
        "insertTextFormat": 2,
        "sortText": "01_htmlChecks"
      },
      {
        "label": "iif",
        "kind": 3,
        "detail": "iif(criterion: expr Boolean, true-result: expr, [otherwise-result: expr])",
        "data": {"fn":"iif"},
        "insertText": "iif($1)",
        "insertTextFormat": 2,
        "sortText": "01_iif"
      },
      {
        "label": "indexOf",
        "kind": 3,
        "detail": "indexOf(substring: String) -> Integer",
        "data": {"fn":"indexOf"},
        "insertText": "indexOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_indexOf"
      },
      {
        "label": "intersect",
        "kind": 3,
        "detail": "intersect(other: value)",
        "data": {"fn":"intersect"},
        "insertText": "intersect($1)",
        "insertTextFormat": 2,
        "sortText": "01_intersect"
      },
      {
        "label": "is",
        "kind": 3,
        "detail": "is(type: type) -> Boolean",
        "data": {"fn":"is"},
        "insertText": "is($1)",
        "insertTextFormat": 2,
        "sortText": "01_is"
      },
      {
        "label": "isDistinct",
        "kind": 3,
        "detail": "isDistinct() -> Boolean",
        "data": {"fn":"isDistinct"},
        "insertText": "isDistinct()",
        "insertTextFormat": 2,
        "sortText": "01_isDistinct"
      },
      {
        "label": "join",
        "kind": 3,
        "detail": "join([separator: String]) -> String",
        "data": {"fn":"join"},
        "insertText": "join($1)",
        "insertTextFormat": 2,
        "sortText": "01_join"
      },
      {
        "label": "last",
        "kind": 3,
        "detail": "last()",
        "data": {"fn":"last"},
        "insertText": "last()",
        "insertTextFormat": 2,
        "sortText": "01_last"
      },
      {
        "label": "lastIndexOf",
        "kind": 3,
        "detail": "lastIndexOf(substring: String) -> Integer",
        "data": {"fn":"lastIndexOf"},
        "insertText": "lastIndexOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_lastIndexOf"
      },
      {
        "label": "length",
        "kind": 3,
        "detail": "length() -> Integer",
        "data": {"fn":"length"},
        "insertText": "length()",
        "insertTextFormat": 2,
        "sortText": "01_length"
      },
      {
        "label": "ln",
        "kind": 3,
        "detail": "ln() -> Decimal",
        "data": {"fn":"ln"},
        "insertText": "ln()",
        "insertTextFormat": 2,
        "sortText": "01_ln"
      },
      {
        "label": "log",
        "kind": 3,
        "detail": "log(base: Decimal) -> Decimal",
        "data": {"fn":"log"},
        "insertText": "log($1)",
        "insertTextFormat": 2,
        "sortText": "01_log"
      },
      {
        "label": "lookup",
        "kind": 3,
        "detail": "lookup(coded: value, [params: value])",
        "data": {"fn":"lookup"},
        "insertText": "lookup($1)",
        "insertTextFormat": 2,
        "sortText": "01_lookup"
      },
      {
        "label": "lowBoundary",
        "kind": 3,
        "detail": "lowBoundary([precision: Integer])",
        "data": {"fn":"lowBoundary"},
        "insertText": "lowBoundary($1)",
        "insertTextFormat": 2,
        "sortText": "01_lowBoundary"
      },
      {
        "label": "lower",
        "kind": 3,
        "detail": "lower() -> String",
        "data": {"fn":"lower"},
        "insertText": "lower()",
        "insertTextFormat": 2,
        "sortText": "01_lower"
      },
      {
        "label": "matches",
        "kind": 3,
        "detail": "matches(regex: String, [flags: String]) -> Boolean",
        "data": {"fn":"matches"},
        "insertText": "matches($1)",
        "insertTextFormat": 2,
        "sortText": "01_matches"
      },
      {
        "label": "matchesFull",
        "kind": 3,
        "detail": "matchesFull(regex: String, [flags: String]) -> Boolean",
        "data": {"fn":"matchesFull"},
        "insertText": "matchesFull($1)",
        "insertTextFormat": 2,
        "sortText": "01_matchesFull"
      },
      {
        "label": "max",
        "kind": 3,
        "detail": "max()",
        "data": {"fn":"max"},
        "insertText": "max()",
        "insertTextFormat": 2,
        "sortText": "01_max"
      },
      {
        "label": "memberOf",
        "kind": 3,
        "detail": "memberOf(valueset: String) -> Boolean",
        "data": {"fn":"memberOf"},
        "insertText": "memberOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_memberOf"
      },
      {
        "label": "millisecondOf",
        "kind": 3,
        "detail": "millisecondOf() -> Integer",
        "data": {"fn":"millisecondOf"},
        "insertText": "millisecondOf()",
        "insertTextFormat": 2,
        "sortText": "01_millisecondOf"
      },
      {
        "label": "min",
        "kind": 3,
        "detail": "min()",
        "data": {"fn":"min"},
        "insertText": "min()",
        "insertTextFormat": 2,
        "sortText": "01_min"
      },
      {
        "label": "minuteOf",
        "kind": 3,
        "detail": "minuteOf() -> Integer",
        "data": {"fn":"minuteOf"},
        "insertText": "minuteOf()",
        "insertTextFormat": 2,
        "sortText": "01_minuteOf"
      },
      {
        "label": "monthOf",
        "kind": 3,
        "detail": "monthOf() -> Integer",
        "data": {"fn":"monthOf"},
        "insertText": "monthOf()",
        "insertTextFormat": 2,
        "sortText": "01_monthOf"
      },
      {
        "label": "not",
        "kind": 3,
        "detail": "not() -> Boolean",
        "data": {"fn":"not"},
        "insertText": "not()",
        "insertTextFormat": 2,
        "sortText": "01_not"
      },
      {
        "label": "now",
        "kind": 3,
        "detail": "now() -> DateTime",
        "data": {"fn":"now"},
        "insertText": "now()",
        "insertTextFormat": 2,
        "sortText": "01_now"
      },
      {
        "label": "ofType",
        "kind": 3,
        "detail": "ofType(type: type)",
        "data": {"fn":"ofType"},
        "insertText": "ofType($1)",
        "insertTextFormat": 2,
        "sortText": "01_ofType"
      },
      {
        "label": "ordinal",
        "kind": 3,
        "detail": "ordinal() -> Decimal (0..*)",
        "data": {"fn":"ordinal"},
        "insertText": "ordinal()",
        "insertTextFormat": 2,
        "sortText": "01_ordinal"
      },
      {
        "label": "pathname",
        "kind": 3,
        "detail": "pathname([short: Boolean]) -> String",
        "data": {"fn":"pathname"},
        "insertText": "pathname($1)",
        "insertTextFormat": 2,
        "sortText": "01_pathname"
      },
      {
        "label": "power",
        "kind": 3,
        "detail": "power(exponent: Integer|Decimal)",
        "data": {"fn":"power"},
        "insertText": "power($1)",
        "insertTextFormat": 2,
        "sortText": "01_power"
      },
      {
        "label": "precision",
        "kind": 3,
        "detail": "precision() -> Integer",
        "data": {"fn":"precision"},
        "insertText": "precision()",
        "insertTextFormat": 2,
        "sortText": "01_precision"
      },
      {
        "label": "repeat",
        "kind": 3,
        "detail": "repeat(projection: expr)",
        "data": {"fn":"repeat"},
        "insertText": "repeat($1)",
        "insertTextFormat": 2,
        "sortText": "01_repeat"
      },
      {
        "label": "repeatAll",
        "kind": 3,
        "detail": "repeatAll(projection: expr)",
        "data": {"fn":"repeatAll"},
        "insertText": "repeatAll($1)",
        "insertTextFormat": 2,
        "sortText": "01_repeatAll"
      },
      {
        "label": "replace",
        "kind": 3,
        "detail": "replace(pattern: String, substitution: String) -> String",
        "data": {"fn":"replace"},
        "insertText": "replace($1)",
        "insertTextFormat": 2,
        "sortText": "01_replace"
      },
      {
        "label": "replaceMatches",
        "kind": 3,
        "detail": "replaceMatches(regex: String, substitution: String, [flags: String]) -> String",
        "data": {"fn":"replaceMatches"},
        "insertText": "replaceMatches($1)",
        "insertTextFormat": 2,
        "sortText": "01_replaceMatches"
      },
      {
        "label": "resolve",
        "kind": 3,
        "detail": "resolve()",
        "data": {"fn":"resolve"},
        "insertText": "resolve()",
        "insertTextFormat": 2,
        "sortText": "01_resolve"
      },
      {
        "label": "round",
        "kind": 3,
        "detail": "round([precision: Integer])",
        "data": {"fn":"round"},
        "insertText": "round($1)",
        "insertTextFormat": 2,
        "sortText": "01_round"
      },
      {
        "label": "secondOf",
        "kind": 3,
        "detail": "secondOf() -> Integer",
        "data": {"fn":"secondOf"},
        "insertText": "secondOf()",
        "insertTextFormat": 2,
        "sortText": "01_secondOf"
      },
      {
        "label": "select",
        "kind": 3,
        "detail": "select(projection: expr)",
        "data": {"fn":"select"},
        "insertText": "select($1)",
        "insertTextFormat": 2,
        "sortText": "01_select"
      },
      {
        "label": "single",
        "kind": 3,
        "detail": "single()",
        "data": {"fn":"single"},
        "insertText": "single()",
        "insertTextFormat": 2,
        "sortText": "01_single"
      },
      {
        "label": "skip",
        "kind": 3,
        "detail": "skip(num: Integer)",
        "data": {"fn":"skip"},
        "insertText": "skip($1)",
        "insertTextFormat": 2,
        "sortText": "01_skip"
      },
      {
        "label": "slice",
        "kind": 3,
        "detail": "slice(structure: String, name: String)",
        "data": {"fn":"slice"},
        "insertText": "slice($1)",
        "insertTextFormat": 2,
        "sortText": "01_slice"
      },
      {
        "label": "sort",
        "kind": 3,
        "detail": "sort([key: expr])",
        "data": {"fn":"sort"},
        "insertText": "sort($1)",
        "insertTextFormat": 2,
        "sortText": "01_sort"
      },
      {
        "label": "split",
        "kind": 3,
        "detail": "split(separator: String) -> String (0..*)",
        "data": {"fn":"split"},
        "insertText": "split($1)",
        "insertTextFormat": 2,
        "sortText": "01_split"
      },
      {
        "label": "sqrt",
        "kind": 3,
        "detail": "sqrt() -> Decimal",
        "data": {"fn":"sqrt"},
        "insertText": "sqrt()",
        "insertTextFormat": 2,
        "sortText": "01_sqrt"
      },
      {
        "label": "startsWith",
        "kind": 3,
        "detail": "startsWith(prefix: String) -> Boolean",
        "data": {"fn":"startsWith"},
        "insertText": "startsWith($1)",
        "insertTextFormat": 2,
        "sortText": "01_startsWith"
      },
      {
        "label": "subsetOf",
        "kind": 3,
        "detail": "subsetOf(other: value) -> Boolean",
        "data": {"fn":"subsetOf"},
        "insertText": "subsetOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsetOf"
      },
      {
        "label": "substring",
        "kind": 3,
        "detail": "substring(start: Integer, [length: Integer]) -> String",
        "data": {"fn":"substring"},
        "insertText": "substring($1)",
        "insertTextFormat": 2,
        "sortText": "01_substring"
      },
      {
        "label": "subsumedBy",
        "kind": 3,
        "detail": "subsumedBy(code: value) -> Boolean",
        "data": {"fn":"subsumedBy"},
        "insertText": "subsumedBy($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsumedBy"
      },
      {
        "label": "subsumes",
        "kind": 3,
        "detail": "subsumes(code: value) -> Boolean",
        "data": {"fn":"subsumes"},
        "insertText": "subsumes($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsumes"
      },
      {
        "label": "sum",
        "kind": 3,
        "detail": "sum()",
        "data": {"fn":"sum"},
        "insertText": "sum()",
        "insertTextFormat": 2,
        "sortText": "01_sum"
      },
      {
        "label": "supersetOf",
        "kind": 3,
        "detail": "supersetOf(other: value) -> Boolean",
        "data": {"fn":"supersetOf"},
        "insertText": "supersetOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_supersetOf"
      },
      {
        "label": "tail",
        "kind": 3,
        "detail": "tail()",
        "data": {"fn":"tail"},
        "insertText": "tail()",
        "insertTextFormat": 2,
        "sortText": "01_tail"
      },
      {
        "label": "take",
        "kind": 3,
        "detail": "take(num: Integer)",
        "data": {"fn":"take"},
        "insertText": "take($1)",
        "insertTextFormat": 2,
        "sortText": "01_take"
      },
      {
        "label": "timeOf",
        "kind": 3,
        "detail": "timeOf() -> Time",
        "data": {"fn":"timeOf"},
        "insertText": "timeOf()",
        "insertTextFormat": 2,
        "sortText": "01_timeOf"
      },
      {
        "label": "timeOfDay",
        "kind": 3,
        "detail": "timeOfDay() -> Time",
        "data": {"fn":"timeOfDay"},
        "insertText": "timeOfDay()",
        "insertTextFormat": 2,
        "sortText": "01_timeOfDay"
      },
      {
        "label": "timezoneOffsetOf",
        "kind": 3,
        "detail": "timezoneOffsetOf() -> Decimal",
        "data": {"fn":"timezoneOffsetOf"},
        "insertText": "timezoneOffsetOf()",
        "insertTextFormat": 2,
        "sortText": "01_timezoneOffsetOf"
      },
      {
        "label": "toBoolean",
        "kind": 3,
        "detail": "toBoolean() -> Boolean",
        "data": {"fn":"toBoolean"},
        "insertText": "toBoolean()",
        "insertTextFormat": 2,
        "sortText": "01_toBoolean"
      },
      {
        "label": "toChars",
        "kind": 3,
        "detail": "toChars() -> String (0..*)",
        "data": {"fn":"toChars"},
        "insertText": "toChars()",
        "insertTextFormat": 2,
        "sortText": "01_toChars"
      },
      {
        "label": "toDate",
        "kind": 3,
        "detail": "toDate([format: String]) -> Date",
        "data": {"fn":"toDate"},
        "insertText": "toDate($1)",
        "insertTextFormat": 2,
        "sortText": "01_toDate"
      },
      {
        "label": "toDateTime",
        "kind": 3,
        "detail": "toDateTime([format: String]) -> DateTime",
        "data": {"fn":"toDateTime"},
        "insertText": "toDateTime($1)",
        "insertTextFormat": 2,
        "sortText": "01_toDateTime"
      },
      {
        "label": "toDecimal",
        "kind": 3,
        "detail": "toDecimal() -> Decimal",
        "data": {"fn":"toDecimal"},
        "insertText": "toDecimal()",
        "insertTextFormat": 2,
        "sortText": "01_toDecimal"
      },
      {
        "label": "toInteger",
        "kind": 3,
        "detail": "toInteger() -> Integer",
        "data": {"fn":"toInteger"},
        "insertText": "toInteger()",
        "insertTextFormat": 2,
        "sortText": "01_toInteger"
      },
      {
        "label": "toLong",
        "kind": 3,
        "detail": "toLong() -> Long",
        "data": {"fn":"toLong"},
        "insertText": "toLong()",
        "insertTextFormat": 2,
        "sortText": "01_toLong"
      },
      {
        "label": "toQuantity",
        "kind": 3,
        "detail": "toQuantity([unit: String]) -> Quantity",
        "data": {"fn":"toQuantity"},
        "insertText": "toQuantity($1)",
        "insertTextFormat": 2,
        "sortText": "01_toQuantity"
      },
      {
        "label": "toString",
        "kind": 3,
        "detail": "toString() -> String",
        "data": {"fn":"toString"},
        "insertText": "toString()",
        "insertTextFormat": 2,
        "sortText": "01_toString"
      },
      {
        "label": "toTime",
        "kind": 3,
        "detail": "toTime() -> Time",
        "data": {"fn":"toTime"},
        "insertText": "toTime()",
        "insertTextFormat": 2,
        "sortText": "01_toTime"
      },
      {
        "label": "today",
        "kind": 3,
        "detail": "today() -> Date",
        "data": {"fn":"today"},
        "insertText": "today()",
        "insertTextFormat": 2,
        "sortText": "01_today"
      },
      {
        "label": "trace",
        "kind": 3,
        "detail": "trace(name: String, [projection: expr])",
        "data": {"fn":"trace"},
        "insertText": "trace($1)",
        "insertTextFormat": 2,
        "sortText": "01_trace"
      },
      {
        "label": "translate",
        "kind": 3,
        "detail": "translate(conceptMap: value, coded: value, [params: value])",
        "data": {"fn":"translate"},
        "insertText": "translate($1)",
        "insertTextFormat": 2,
        "sortText": "01_translate"
      },
      {
        "label": "trim",
        "kind": 3,
        "detail": "trim() -> String",
        "data": {"fn":"trim"},
        "insertText": "trim()",
        "insertTextFormat": 2,
        "sortText": "01_trim"
      },
      {
        "label": "truncate",
        "kind": 3,
        "detail": "truncate() -> Integer",
        "data": {"fn":"truncate"},
        "insertText": "truncate()",
        "insertTextFormat": 2,
        "sortText": "01_truncate"
      },
      {
        "label": "type",
        "kind": 3,
        "detail": "type()",
        "data": {"fn":"type"},
        "insertText": "type()",
        "insertTextFormat": 2,
        "sortText": "01_type"
      },
      {
        "label": "unescape",
        "kind": 3,
        "detail": "unescape(target: String) -> String",
        "data": {"fn":"unescape"},
        "insertText": "unescape($1)",
        "insertTextFormat": 2,
        "sortText": "01_unescape"
      },
      {
        "label": "union",
        "kind": 3,
        "detail": "union(other: value)",
        "data": {"fn":"union"},
        "insertText": "union($1)",
        "insertTextFormat": 2,
        "sortText": "01_union"
      },
      {
        "label": "upper",
        "kind": 3,
        "detail": "upper() -> String",
        "data": {"fn":"upper"},
        "insertText": "upper()",
        "insertTextFormat": 2,
        "sortText": "01_upper"
      },
      {
        "label": "validateCS",
        "kind": 3,
        "detail": "validateCS(codeSystem: value, coded: value, [params: value])",
        "data": {"fn":"validateCS"},
        "insertText": "validateCS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateCS"
      },
      {
        "label": "validateVS",
        "kind": 3,
        "detail": "validateVS(valueSet: value, coded: value, [params: value])",
        "data": {"fn":"validateVS"},
        "insertText": "validateVS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateVS"
      },
      {
        "label": "weight",
        "kind": 3,
        "detail": "weight() -> Decimal (0..*)",
        "data": {"fn":"weight"},
        "insertText": "weight()",
        "insertTextFormat": 2,
        "sortText": "01_weight"
      },
      {
        "label": "where",
        "kind": 3,
        "detail": "where(criteria: expr Boolean)",
        "data": {"fn":"where"},
        "insertText": "where($1)",
        "insertTextFormat": 2,
        "sortText": "01_where"
      },
      {
        "label": "yearOf",
        "kind": 3,
        "detail": "yearOf() -> Integer",
        "data": {"fn":"yearOf"},
        "insertText": "yearOf()",
        "insertTextFormat": 2,
        "sortText": "01_yearOf"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":6,"method":"textDocument/formatting","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"},"options":{"tabSize":2,"insertSpaces":true}}}
# semantic tokens: the expression's, through the escapes
<< {"jsonrpc":"2.0","id":6,"result":[]}
>> {"jsonrpc":"2.0","id":7,"method":"textDocument/semanticTokens/full","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh"}}}
# fix 'relationshp' inside the string: no diagnostics left
<< {"jsonrpc":"2.0","id":7,"result":{"resultId":"1.1","data":[6,13,7,7,0,0,8,5,7,0,0,6,3,5,0,0,4,7,5,0,0,8,8,2,0,0,11,3,0,0,0,4,11,7,0,0,12,6,5,0]}}
>> {"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"file:///w/input/fsh/p.fsh","version":2},"contentChanges":[{"range":{"start":{"line":6,"character":64},"end":{"line":6,"character":64}},"text":"i"}]}}
<< {"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{"uri":"file:///w/input/fsh/p.fsh","version":2,"diagnostics":[]}}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
