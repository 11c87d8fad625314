# Completion right after '.' (the trigger character) on a line that does
# not parse yet: every element of the type on the left (HumanName), then
# every function; no keywords, no resource types.
# ignore: result.capabilities
>> {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"capabilities":{}}}
<< {"jsonrpc":"2.0","id":1,"result":{"capabilities":"*","serverInfo":{"name":"fhirpath-ls","version":"*"}}}
>> {"jsonrpc":"2.0","method":"initialized","params":{}}
>> {"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"file:///w/d.fhirpath","languageId":"fhirpath","version":1,"text":"// @context Patient\nname.\n"}}}
<< {
  "jsonrpc": "2.0",
  "method": "textDocument/publishDiagnostics",
  "params": {
    "uri": "file:///w/d.fhirpath",
    "version": 1,
    "diagnostics": [
      {
        "range": {"start":{"line":1,"character":5},"end":{"line":1,"character":5}},
        "severity": 1,
        "code": "FP0014",
        "source": "fhirpath-ls",
        "message": "expected a name or function after '.', found end of input"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":2,"method":"textDocument/completion","params":{"textDocument":{"uri":"file:///w/d.fhirpath"},"position":{"line":1,"character":5},"context":{"triggerKind":2,"triggerCharacter":"."}}}
<< {
  "jsonrpc": "2.0",
  "id": 2,
  "result": {
    "isIncomplete": false,
    "items": [
      {
        "label": "family",
        "kind": 5,
        "detail": "string 0..1",
        "documentation": "HumanName.family",
        "sortText": "00_family"
      },
      {
        "label": "given",
        "kind": 5,
        "detail": "string 0..*",
        "documentation": "HumanName.given",
        "sortText": "00_given"
      },
      {
        "label": "period",
        "kind": 5,
        "detail": "Period 0..1",
        "documentation": "HumanName.period",
        "sortText": "00_period"
      },
      {
        "label": "prefix",
        "kind": 5,
        "detail": "string 0..*",
        "documentation": "HumanName.prefix",
        "sortText": "00_prefix"
      },
      {
        "label": "suffix",
        "kind": 5,
        "detail": "string 0..*",
        "documentation": "HumanName.suffix",
        "sortText": "00_suffix"
      },
      {
        "label": "text",
        "kind": 5,
        "detail": "string 0..1",
        "documentation": "HumanName.text",
        "sortText": "00_text"
      },
      {
        "label": "use",
        "kind": 5,
        "detail": "code 0..1",
        "documentation": "HumanName.use",
        "sortText": "00_use"
      },
      {
        "label": "extension",
        "kind": 5,
        "detail": "Extension 0..*",
        "documentation": "Element.extension",
        "sortText": "00_extension"
      },
      {"label":"id","kind":5,"detail":"string 0..1","documentation":"Element.id","sortText":"00_id"},
      {
        "label": "abs",
        "kind": 3,
        "detail": "abs()",
        "documentation": "The absolute value of a number or quantity: the same magnitude without its sign.",
        "insertText": "abs()",
        "insertTextFormat": 2,
        "sortText": "01_abs"
      },
      {
        "label": "aggregate",
        "kind": 3,
        "detail": "aggregate(aggregator: expr, [init: value])",
        "documentation": "Folds the input into one result: aggregator runs once per item with $this as the item and $total as the running value, which starts as init (empty when omitted).",
        "insertText": "aggregate($1)",
        "insertTextFormat": 2,
        "sortText": "01_aggregate"
      },
      {
        "label": "all",
        "kind": 3,
        "detail": "all(criteria: expr Boolean) -> Boolean",
        "documentation": "True when criteria holds for every input item, and also when the input is empty.",
        "insertText": "all($1)",
        "insertTextFormat": 2,
        "sortText": "01_all"
      },
      {
        "label": "allFalse",
        "kind": 3,
        "detail": "allFalse() -> Boolean",
        "documentation": "True when every item of a Boolean input is false (true for an empty input).",
        "insertText": "allFalse()",
        "insertTextFormat": 2,
        "sortText": "01_allFalse"
      },
      {
        "label": "allTrue",
        "kind": 3,
        "detail": "allTrue() -> Boolean",
        "documentation": "True when every item of a Boolean input is true (true for an empty input).",
        "insertText": "allTrue()",
        "insertTextFormat": 2,
        "sortText": "01_allTrue"
      },
      {
        "label": "anyFalse",
        "kind": 3,
        "detail": "anyFalse() -> Boolean",
        "documentation": "True when at least one item of a Boolean input is false.",
        "insertText": "anyFalse()",
        "insertTextFormat": 2,
        "sortText": "01_anyFalse"
      },
      {
        "label": "anyTrue",
        "kind": 3,
        "detail": "anyTrue() -> Boolean",
        "documentation": "True when at least one item of a Boolean input is true.",
        "insertText": "anyTrue()",
        "insertTextFormat": 2,
        "sortText": "01_anyTrue"
      },
      {
        "label": "as",
        "kind": 3,
        "detail": "as(type: type)",
        "documentation": "Keeps the input when it is of the given type (or a subtype) and yields empty otherwise; the function form of the 'as' operator.",
        "insertText": "as($1)",
        "insertTextFormat": 2,
        "sortText": "01_as"
      },
      {
        "label": "avg",
        "kind": 3,
        "detail": "avg() -> Decimal",
        "documentation": "The arithmetic mean of the numbers or quantities in the input.",
        "insertText": "avg()",
        "insertTextFormat": 2,
        "sortText": "01_avg"
      },
      {
        "label": "ceiling",
        "kind": 3,
        "detail": "ceiling() -> Integer",
        "documentation": "The smallest integer that is not less than the input.",
        "insertText": "ceiling()",
        "insertTextFormat": 2,
        "sortText": "01_ceiling"
      },
      {
        "label": "checkModifiers",
        "kind": 3,
        "detail": "checkModifiers(modifier: String)",
        "documentation": "Yields the input unchanged, but fails when it carries a modifier extension whose URL is not in the given list.",
        "insertText": "checkModifiers($1)",
        "insertTextFormat": 2,
        "sortText": "01_checkModifiers"
      },
      {
        "label": "children",
        "kind": 3,
        "detail": "children()",
        "documentation": "Every direct child element of every input item, in document order.",
        "insertText": "children()",
        "insertTextFormat": 2,
        "sortText": "01_children"
      },
      {
        "label": "coalesce",
        "kind": 3,
        "detail": "coalesce(value: value)",
        "documentation": "The first of its arguments that is not empty; each argument is evaluated only when the ones before it were empty.",
        "insertText": "coalesce($1)",
        "insertTextFormat": 2,
        "sortText": "01_coalesce"
      },
      {
        "label": "combine",
        "kind": 3,
        "detail": "combine(other: value, [preserveOrder: Boolean])",
        "documentation": "The input followed by other, keeping duplicates (unlike union).",
        "insertText": "combine($1)",
        "insertTextFormat": 2,
        "sortText": "01_combine"
      },
      {
        "label": "comparable",
        "kind": 3,
        "detail": "comparable(other: Quantity) -> Boolean",
        "documentation": "True when the two quantities have units that can be converted into each other.",
        "insertText": "comparable($1)",
        "insertTextFormat": 2,
        "sortText": "01_comparable"
      },
      {
        "label": "conformsTo",
        "kind": 3,
        "detail": "conformsTo(structure: String) -> Boolean",
        "documentation": "True when the input resource or element conforms to the profile with the given canonical URL.",
        "insertText": "conformsTo($1)",
        "insertTextFormat": 2,
        "sortText": "01_conformsTo"
      },
      {
        "label": "contains",
        "kind": 3,
        "detail": "contains(substring: String) -> Boolean",
        "documentation": "True when the input string contains substring (the function form; the 'contains' operator tests collection membership instead).",
        "insertText": "contains($1)",
        "insertTextFormat": 2,
        "sortText": "01_contains"
      },
      {
        "label": "convertsToBoolean",
        "kind": 3,
        "detail": "convertsToBoolean() -> Boolean",
        "documentation": "True when toBoolean() would succeed on the input.",
        "insertText": "convertsToBoolean()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToBoolean"
      },
      {
        "label": "convertsToDate",
        "kind": 3,
        "detail": "convertsToDate([format: String]) -> Boolean",
        "documentation": "True when toDate() would succeed on the input.",
        "insertText": "convertsToDate($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDate"
      },
      {
        "label": "convertsToDateTime",
        "kind": 3,
        "detail": "convertsToDateTime([format: String]) -> Boolean",
        "documentation": "True when toDateTime() would succeed on the input.",
        "insertText": "convertsToDateTime($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDateTime"
      },
      {
        "label": "convertsToDecimal",
        "kind": 3,
        "detail": "convertsToDecimal() -> Boolean",
        "documentation": "True when toDecimal() would succeed on the input.",
        "insertText": "convertsToDecimal()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToDecimal"
      },
      {
        "label": "convertsToInteger",
        "kind": 3,
        "detail": "convertsToInteger() -> Boolean",
        "documentation": "True when toInteger() would succeed on the input.",
        "insertText": "convertsToInteger()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToInteger"
      },
      {
        "label": "convertsToLong",
        "kind": 3,
        "detail": "convertsToLong() -> Boolean",
        "documentation": "True when toLong() would succeed on the input.",
        "insertText": "convertsToLong()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToLong"
      },
      {
        "label": "convertsToQuantity",
        "kind": 3,
        "detail": "convertsToQuantity([unit: String]) -> Boolean",
        "documentation": "True when toQuantity() would succeed on the input.",
        "insertText": "convertsToQuantity($1)",
        "insertTextFormat": 2,
        "sortText": "01_convertsToQuantity"
      },
      {
        "label": "convertsToString",
        "kind": 3,
        "detail": "convertsToString() -> Boolean",
        "documentation": "True when toString() would succeed on the input.",
        "insertText": "convertsToString()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToString"
      },
      {
        "label": "convertsToTime",
        "kind": 3,
        "detail": "convertsToTime() -> Boolean",
        "documentation": "True when toTime() would succeed on the input.",
        "insertText": "convertsToTime()",
        "insertTextFormat": 2,
        "sortText": "01_convertsToTime"
      },
      {
        "label": "count",
        "kind": 3,
        "detail": "count() -> Integer",
        "documentation": "The number of items in the input (0 for an empty input).",
        "insertText": "count()",
        "insertTextFormat": 2,
        "sortText": "01_count"
      },
      {
        "label": "dateOf",
        "kind": 3,
        "detail": "dateOf() -> Date",
        "documentation": "The date part of a date or datetime.",
        "insertText": "dateOf()",
        "insertTextFormat": 2,
        "sortText": "01_dateOf"
      },
      {
        "label": "dayOf",
        "kind": 3,
        "detail": "dayOf() -> Integer",
        "documentation": "The day of the month of a date or datetime.",
        "insertText": "dayOf()",
        "insertTextFormat": 2,
        "sortText": "01_dayOf"
      },
      {
        "label": "decode",
        "kind": 3,
        "detail": "decode(format: String) -> String",
        "documentation": "Decodes the input from hex, base64 or urlbase64 text.",
        "insertText": "decode($1)",
        "insertTextFormat": 2,
        "sortText": "01_decode"
      },
      {
        "label": "defineVariable",
        "kind": 3,
        "detail": "defineVariable(name: String, [value: expr])",
        "documentation": "Yields the input unchanged and makes %name available to the rest of the expression, bound to value (or to the input when value is omitted).",
        "insertText": "defineVariable($1)",
        "insertTextFormat": 2,
        "sortText": "01_defineVariable"
      },
      {
        "label": "descendants",
        "kind": 3,
        "detail": "descendants()",
        "documentation": "Every element below the input items at any depth; the same as repeat(children()).",
        "insertText": "descendants()",
        "insertTextFormat": 2,
        "sortText": "01_descendants"
      },
      {
        "label": "difference",
        "kind": 3,
        "detail": "difference(value: Date|DateTime|Time, precision: value String) -> Integer",
        "documentation": "The number of calendar boundaries of the given precision crossed between the input and value.",
        "insertText": "difference($1)",
        "insertTextFormat": 2,
        "sortText": "01_difference"
      },
      {
        "label": "distinct",
        "kind": 3,
        "detail": "distinct()",
        "documentation": "The input with duplicates removed (by equality).",
        "insertText": "distinct()",
        "insertTextFormat": 2,
        "sortText": "01_distinct"
      },
      {
        "label": "duration",
        "kind": 3,
        "detail": "duration(value: Date|DateTime|Time, precision: value String) -> Integer",
        "documentation": "The number of whole periods of the given precision between the input and value.",
        "insertText": "duration($1)",
        "insertTextFormat": 2,
        "sortText": "01_duration"
      },
      {
        "label": "elementDefinition",
        "kind": 3,
        "detail": "elementDefinition()",
        "documentation": "The ElementDefinition that defines each input element.",
        "insertText": "elementDefinition()",
        "insertTextFormat": 2,
        "sortText": "01_elementDefinition"
      },
      {
        "label": "empty",
        "kind": 3,
        "detail": "empty() -> Boolean",
        "documentation": "True when the input is empty.",
        "insertText": "empty()",
        "insertTextFormat": 2,
        "sortText": "01_empty"
      },
      {
        "label": "encode",
        "kind": 3,
        "detail": "encode(format: String) -> String",
        "documentation": "Encodes the input string as hex, base64 or urlbase64.",
        "insertText": "encode($1)",
        "insertTextFormat": 2,
        "sortText": "01_encode"
      },
      {
        "label": "endsWith",
        "kind": 3,
        "detail": "endsWith(suffix: String) -> Boolean",
        "documentation": "True when the input string ends with suffix.",
        "insertText": "endsWith($1)",
        "insertTextFormat": 2,
        "sortText": "01_endsWith"
      },
      {
        "label": "escape",
        "kind": 3,
        "detail": "escape(target: String) -> String",
        "documentation": "Escapes the input for use in html or json text.",
        "insertText": "escape($1)",
        "insertTextFormat": 2,
        "sortText": "01_escape"
      },
      {
        "label": "exclude",
        "kind": 3,
        "detail": "exclude(other: value)",
        "documentation": "The input without the items that are also in other; keeps order and duplicates.",
        "insertText": "exclude($1)",
        "insertTextFormat": 2,
        "sortText": "01_exclude"
      },
      {
        "label": "exists",
        "kind": 3,
        "detail": "exists([criteria: expr Boolean]) -> Boolean",
        "documentation": "True when the input has at least one item, or at least one item for which criteria holds.",
        "insertText": "exists($1)",
        "insertTextFormat": 2,
        "sortText": "01_exists"
      },
      {
        "label": "exp",
        "kind": 3,
        "detail": "exp() -> Decimal",
        "documentation": "e raised to the power of the input.",
        "insertText": "exp()",
        "insertTextFormat": 2,
        "sortText": "01_exp"
      },
      {
        "label": "expand",
        "kind": 3,
        "detail": "expand(valueSet: value, [params: value])",
        "documentation": "Called on %terminologies: the expansion of a value set, from the terminology server.",
        "insertText": "expand($1)",
        "insertTextFormat": 2,
        "sortText": "01_expand"
      },
      {
        "label": "first",
        "kind": 3,
        "detail": "first()",
        "documentation": "The first item of the input, or empty.",
        "insertText": "first()",
        "insertTextFormat": 2,
        "sortText": "01_first"
      },
      {
        "label": "floor",
        "kind": 3,
        "detail": "floor() -> Integer",
        "documentation": "The largest integer that is not greater than the input.",
        "insertText": "floor()",
        "insertTextFormat": 2,
        "sortText": "01_floor"
      },
      {
        "label": "getReferenceKey",
        "kind": 3,
        "detail": "getReferenceKey([type: type]) -> String",
        "documentation": "A key for the resource a Reference points at, comparable with getResourceKey().",
        "insertText": "getReferenceKey($1)",
        "insertTextFormat": 2,
        "sortText": "01_getReferenceKey"
      },
      {
        "label": "getResourceKey",
        "kind": 3,
        "detail": "getResourceKey() -> String",
        "documentation": "A key that identifies the input resource, comparable with getReferenceKey().",
        "insertText": "getResourceKey()",
        "insertTextFormat": 2,
        "sortText": "01_getResourceKey"
      },
      {
        "label": "getValue",
        "kind": 3,
        "detail": "getValue()",
        "documentation": "The System value of a FHIR primitive (its value without id and extensions).",
        "insertText": "getValue()",
        "insertTextFormat": 2,
        "sortText": "01_getValue"
      },
      {
        "label": "hasValue",
        "kind": 3,
        "detail": "hasValue() -> Boolean",
        "documentation": "True when the input is one FHIR primitive that has a value (not just extensions).",
        "insertText": "hasValue()",
        "insertTextFormat": 2,
        "sortText": "01_hasValue"
      },
      {
        "label": "highBoundary",
        "kind": 3,
        "detail": "highBoundary([precision: Integer])",
        "documentation": "The greatest value the input could stand for, given its precision.",
        "insertText": "highBoundary($1)",
        "insertTextFormat": 2,
        "sortText": "01_highBoundary"
      },
      {
        "label": "hourOf",
        "kind": 3,
        "detail": "hourOf() -> Integer",
        "documentation": "The hour of a datetime or time.",
        "insertText": "hourOf()",
        "insertTextFormat": 2,
        "sortText": "01_hourOf"
      },
      {
        "label": "htmlChecks",
        "kind": 3,
        "detail": "htmlChecks() -> Boolean",
        "documentation": "True when the input narrative XHTML uses only what FHIR allows.",
        "insertText": "htmlChecks()",
        "insertTextFormat": 2,
        "sortText": "01_htmlChecks"
      },
      {
        "label": "iif",
        "kind": 3,
        "detail": "iif(criterion: expr Boolean, true-result: expr, [otherwise-result: expr])",
        "documentation": "true-result when criterion is true, otherwise otherwise-result (or empty); only the chosen branch is evaluated.",
        "insertText": "iif($1)",
        "insertTextFormat": 2,
        "sortText": "01_iif"
      },
      {
        "label": "indexOf",
        "kind": 3,
        "detail": "indexOf(substring: String) -> Integer",
        "documentation": "The 0-based position of the first occurrence of substring in the input, or -1.",
        "insertText": "indexOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_indexOf"
      },
      {
        "label": "intersect",
        "kind": 3,
        "detail": "intersect(other: value)",
        "documentation": "The items that are both in the input and in other, without duplicates.",
        "insertText": "intersect($1)",
        "insertTextFormat": 2,
        "sortText": "01_intersect"
      },
      {
        "label": "is",
        "kind": 3,
        "detail": "is(type: type) -> Boolean",
        "documentation": "True when the input item is of the given type or a subtype; the function form of the 'is' operator.",
        "insertText": "is($1)",
        "insertTextFormat": 2,
        "sortText": "01_is"
      },
      {
        "label": "isDistinct",
        "kind": 3,
        "detail": "isDistinct() -> Boolean",
        "documentation": "True when no two input items are equal.",
        "insertText": "isDistinct()",
        "insertTextFormat": 2,
        "sortText": "01_isDistinct"
      },
      {
        "label": "join",
        "kind": 3,
        "detail": "join([separator: String]) -> String",
        "documentation": "The input strings concatenated, with separator between them.",
        "insertText": "join($1)",
        "insertTextFormat": 2,
        "sortText": "01_join"
      },
      {
        "label": "last",
        "kind": 3,
        "detail": "last()",
        "documentation": "The last item of the input, or empty.",
        "insertText": "last()",
        "insertTextFormat": 2,
        "sortText": "01_last"
      },
      {
        "label": "lastIndexOf",
        "kind": 3,
        "detail": "lastIndexOf(substring: String) -> Integer",
        "documentation": "The 0-based position of the last occurrence of substring in the input, or -1.",
        "insertText": "lastIndexOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_lastIndexOf"
      },
      {
        "label": "length",
        "kind": 3,
        "detail": "length() -> Integer",
        "documentation": "The number of characters of the input string.",
        "insertText": "length()",
        "insertTextFormat": 2,
        "sortText": "01_length"
      },
      {
        "label": "ln",
        "kind": 3,
        "detail": "ln() -> Decimal",
        "documentation": "The natural logarithm of the input.",
        "insertText": "ln()",
        "insertTextFormat": 2,
        "sortText": "01_ln"
      },
      {
        "label": "log",
        "kind": 3,
        "detail": "log(base: Decimal) -> Decimal",
        "documentation": "The logarithm of the input to the given base.",
        "insertText": "log($1)",
        "insertTextFormat": 2,
        "sortText": "01_log"
      },
      {
        "label": "lookup",
        "kind": 3,
        "detail": "lookup(coded: value, [params: value])",
        "documentation": "Called on %terminologies: what the terminology server knows of a code (display, properties).",
        "insertText": "lookup($1)",
        "insertTextFormat": 2,
        "sortText": "01_lookup"
      },
      {
        "label": "lowBoundary",
        "kind": 3,
        "detail": "lowBoundary([precision: Integer])",
        "documentation": "The least value the input could stand for, given its precision.",
        "insertText": "lowBoundary($1)",
        "insertTextFormat": 2,
        "sortText": "01_lowBoundary"
      },
      {
        "label": "lower",
        "kind": 3,
        "detail": "lower() -> String",
        "documentation": "The input string in lower case.",
        "insertText": "lower()",
        "insertTextFormat": 2,
        "sortText": "01_lower"
      },
      {
        "label": "matches",
        "kind": 3,
        "detail": "matches(regex: String, [flags: String]) -> Boolean",
        "documentation": "True when the regular expression matches somewhere in the input string.",
        "insertText": "matches($1)",
        "insertTextFormat": 2,
        "sortText": "01_matches"
      },
      {
        "label": "matchesFull",
        "kind": 3,
        "detail": "matchesFull(regex: String, [flags: String]) -> Boolean",
        "documentation": "True when the regular expression matches the whole input string.",
        "insertText": "matchesFull($1)",
        "insertTextFormat": 2,
        "sortText": "01_matchesFull"
      },
      {
        "label": "max",
        "kind": 3,
        "detail": "max()",
        "documentation": "The greatest item of the input.",
        "insertText": "max()",
        "insertTextFormat": 2,
        "sortText": "01_max"
      },
      {
        "label": "memberOf",
        "kind": 3,
        "detail": "memberOf(valueset: String) -> Boolean",
        "documentation": "True when the input code, Coding or CodeableConcept is in the value set with the given URL.",
        "insertText": "memberOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_memberOf"
      },
      {
        "label": "millisecondOf",
        "kind": 3,
        "detail": "millisecondOf() -> Integer",
        "documentation": "The millisecond of a datetime or time.",
        "insertText": "millisecondOf()",
        "insertTextFormat": 2,
        "sortText": "01_millisecondOf"
      },
      {
        "label": "min",
        "kind": 3,
        "detail": "min()",
        "documentation": "The least item of the input.",
        "insertText": "min()",
        "insertTextFormat": 2,
        "sortText": "01_min"
      },
      {
        "label": "minuteOf",
        "kind": 3,
        "detail": "minuteOf() -> Integer",
        "documentation": "The minute of a datetime or time.",
        "insertText": "minuteOf()",
        "insertTextFormat": 2,
        "sortText": "01_minuteOf"
      },
      {
        "label": "monthOf",
        "kind": 3,
        "detail": "monthOf() -> Integer",
        "documentation": "The month of a date or datetime.",
        "insertText": "monthOf()",
        "insertTextFormat": 2,
        "sortText": "01_monthOf"
      },
      {
        "label": "not",
        "kind": 3,
        "detail": "not() -> Boolean",
        "documentation": "Boolean negation: true becomes false, false becomes true, empty stays empty.",
        "insertText": "not()",
        "insertTextFormat": 2,
        "sortText": "01_not"
      },
      {
        "label": "now",
        "kind": 3,
        "detail": "now() -> DateTime",
        "documentation": "The current date and time, the same throughout one evaluation.",
        "insertText": "now()",
        "insertTextFormat": 2,
        "sortText": "01_now"
      },
      {
        "label": "ofType",
        "kind": 3,
        "detail": "ofType(type: type)",
        "documentation": "The input items that are of the given type or a subtype.",
        "insertText": "ofType($1)",
        "insertTextFormat": 2,
        "sortText": "01_ofType"
      },
      {
        "label": "pathname",
        "kind": 3,
        "detail": "pathname([short: Boolean]) -> String",
        "documentation": "The path of each input element within its resource.",
        "insertText": "pathname($1)",
        "insertTextFormat": 2,
        "sortText": "01_pathname"
      },
      {
        "label": "power",
        "kind": 3,
        "detail": "power(exponent: Integer|Decimal)",
        "documentation": "The input raised to the given power.",
        "insertText": "power($1)",
        "insertTextFormat": 2,
        "sortText": "01_power"
      },
      {
        "label": "precision",
        "kind": 3,
        "detail": "precision() -> Integer",
        "documentation": "The number of significant digits (decimals) or of precise date/time components.",
        "insertText": "precision()",
        "insertTextFormat": 2,
        "sortText": "01_precision"
      },
      {
        "label": "repeat",
        "kind": 3,
        "detail": "repeat(projection: expr)",
        "documentation": "Applies projection to the input, then to its results, and so on, collecting every new item until nothing new appears.",
        "insertText": "repeat($1)",
        "insertTextFormat": 2,
        "sortText": "01_repeat"
      },
      {
        "label": "repeatAll",
        "kind": 3,
        "detail": "repeatAll(projection: expr)",
        "documentation": "Like repeat(), but keeps duplicates.",
        "insertText": "repeatAll($1)",
        "insertTextFormat": 2,
        "sortText": "01_repeatAll"
      },
      {
        "label": "replace",
        "kind": 3,
        "detail": "replace(pattern: String, substitution: String) -> String",
        "documentation": "The input string with every occurrence of pattern replaced by substitution.",
        "insertText": "replace($1)",
        "insertTextFormat": 2,
        "sortText": "01_replace"
      },
      {
        "label": "replaceMatches",
        "kind": 3,
        "detail": "replaceMatches(regex: String, substitution: String, [flags: String]) -> String",
        "documentation": "The input string with every match of the regular expression replaced by substitution.",
        "insertText": "replaceMatches($1)",
        "insertTextFormat": 2,
        "sortText": "01_replaceMatches"
      },
      {
        "label": "resolve",
        "kind": 3,
        "detail": "resolve()",
        "documentation": "The resources that the input references (Reference or canonical) point at.",
        "insertText": "resolve()",
        "insertTextFormat": 2,
        "sortText": "01_resolve"
      },
      {
        "label": "round",
        "kind": 3,
        "detail": "round([precision: Integer])",
        "documentation": "The input rounded to the given number of decimal places (0 when omitted).",
        "insertText": "round($1)",
        "insertTextFormat": 2,
        "sortText": "01_round"
      },
      {
        "label": "secondOf",
        "kind": 3,
        "detail": "secondOf() -> Integer",
        "documentation": "The second of a datetime or time.",
        "insertText": "secondOf()",
        "insertTextFormat": 2,
        "sortText": "01_secondOf"
      },
      {
        "label": "select",
        "kind": 3,
        "detail": "select(projection: expr)",
        "documentation": "Evaluates projection for each input item and collects all results.",
        "insertText": "select($1)",
        "insertTextFormat": 2,
        "sortText": "01_select"
      },
      {
        "label": "single",
        "kind": 3,
        "detail": "single()",
        "documentation": "The only item of the input; an error when there are several.",
        "insertText": "single()",
        "insertTextFormat": 2,
        "sortText": "01_single"
      },
      {
        "label": "skip",
        "kind": 3,
        "detail": "skip(num: Integer)",
        "documentation": "The input without its first num items.",
        "insertText": "skip($1)",
        "insertTextFormat": 2,
        "sortText": "01_skip"
      },
      {
        "label": "slice",
        "kind": 3,
        "detail": "slice(structure: String, name: String)",
        "documentation": "The input items that match the named slice of the given profile.",
        "insertText": "slice($1)",
        "insertTextFormat": 2,
        "sortText": "01_slice"
      },
      {
        "label": "sort",
        "kind": 3,
        "detail": "sort([key: expr])",
        "documentation": "The input in order; keys are given in the sort(key asc, key desc) syntax.",
        "insertText": "sort($1)",
        "insertTextFormat": 2,
        "sortText": "01_sort"
      },
      {
        "label": "split",
        "kind": 3,
        "detail": "split(separator: String) -> String (0..*)",
        "documentation": "The parts of the input string between occurrences of separator.",
        "insertText": "split($1)",
        "insertTextFormat": 2,
        "sortText": "01_split"
      },
      {
        "label": "sqrt",
        "kind": 3,
        "detail": "sqrt() -> Decimal",
        "documentation": "The square root of the input.",
        "insertText": "sqrt()",
        "insertTextFormat": 2,
        "sortText": "01_sqrt"
      },
      {
        "label": "startsWith",
        "kind": 3,
        "detail": "startsWith(prefix: String) -> Boolean",
        "documentation": "True when the input string starts with prefix.",
        "insertText": "startsWith($1)",
        "insertTextFormat": 2,
        "sortText": "01_startsWith"
      },
      {
        "label": "subsetOf",
        "kind": 3,
        "detail": "subsetOf(other: value) -> Boolean",
        "documentation": "True when every input item is also in other.",
        "insertText": "subsetOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsetOf"
      },
      {
        "label": "substring",
        "kind": 3,
        "detail": "substring(start: Integer, [length: Integer]) -> String",
        "documentation": "The part of the input string from the 0-based start, at most length characters long.",
        "insertText": "substring($1)",
        "insertTextFormat": 2,
        "sortText": "01_substring"
      },
      {
        "label": "subsumedBy",
        "kind": 3,
        "detail": "subsumedBy(code: value) -> Boolean",
        "documentation": "True when the input code is subsumed by the given code in their code system.",
        "insertText": "subsumedBy($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsumedBy"
      },
      {
        "label": "subsumes",
        "kind": 3,
        "detail": "subsumes(code: value) -> Boolean",
        "documentation": "True when the input code subsumes the given code in their code system.",
        "insertText": "subsumes($1)",
        "insertTextFormat": 2,
        "sortText": "01_subsumes"
      },
      {
        "label": "sum",
        "kind": 3,
        "detail": "sum()",
        "documentation": "The sum of the numbers or quantities in the input.",
        "insertText": "sum()",
        "insertTextFormat": 2,
        "sortText": "01_sum"
      },
      {
        "label": "supersetOf",
        "kind": 3,
        "detail": "supersetOf(other: value) -> Boolean",
        "documentation": "True when every item of other is also in the input.",
        "insertText": "supersetOf($1)",
        "insertTextFormat": 2,
        "sortText": "01_supersetOf"
      },
      {
        "label": "tail",
        "kind": 3,
        "detail": "tail()",
        "documentation": "The input without its first item.",
        "insertText": "tail()",
        "insertTextFormat": 2,
        "sortText": "01_tail"
      },
      {
        "label": "take",
        "kind": 3,
        "detail": "take(num: Integer)",
        "documentation": "The first num items of the input.",
        "insertText": "take($1)",
        "insertTextFormat": 2,
        "sortText": "01_take"
      },
      {
        "label": "timeOf",
        "kind": 3,
        "detail": "timeOf() -> Time",
        "documentation": "The time part of a datetime.",
        "insertText": "timeOf()",
        "insertTextFormat": 2,
        "sortText": "01_timeOf"
      },
      {
        "label": "timeOfDay",
        "kind": 3,
        "detail": "timeOfDay() -> Time",
        "documentation": "The current time of day, the same throughout one evaluation.",
        "insertText": "timeOfDay()",
        "insertTextFormat": 2,
        "sortText": "01_timeOfDay"
      },
      {
        "label": "timezoneOffsetOf",
        "kind": 3,
        "detail": "timezoneOffsetOf() -> Decimal",
        "documentation": "The time zone offset of a datetime, in hours.",
        "insertText": "timezoneOffsetOf()",
        "insertTextFormat": 2,
        "sortText": "01_timezoneOffsetOf"
      },
      {
        "label": "toBoolean",
        "kind": 3,
        "detail": "toBoolean() -> Boolean",
        "documentation": "The input as a Boolean: 'true'/'t'/'yes'/'y'/'1' and 1 become true, their opposites false; empty otherwise.",
        "insertText": "toBoolean()",
        "insertTextFormat": 2,
        "sortText": "01_toBoolean"
      },
      {
        "label": "toChars",
        "kind": 3,
        "detail": "toChars() -> String (0..*)",
        "documentation": "The characters of the input string, one item each.",
        "insertText": "toChars()",
        "insertTextFormat": 2,
        "sortText": "01_toChars"
      },
      {
        "label": "toDate",
        "kind": 3,
        "detail": "toDate([format: String]) -> Date",
        "documentation": "The input as a Date, or empty when it cannot be converted.",
        "insertText": "toDate($1)",
        "insertTextFormat": 2,
        "sortText": "01_toDate"
      },
      {
        "label": "toDateTime",
        "kind": 3,
        "detail": "toDateTime([format: String]) -> DateTime",
        "documentation": "The input as a DateTime, or empty when it cannot be converted.",
        "insertText": "toDateTime($1)",
        "insertTextFormat": 2,
        "sortText": "01_toDateTime"
      },
      {
        "label": "toDecimal",
        "kind": 3,
        "detail": "toDecimal() -> Decimal",
        "documentation": "The input as a Decimal, or empty when it cannot be converted.",
        "insertText": "toDecimal()",
        "insertTextFormat": 2,
        "sortText": "01_toDecimal"
      },
      {
        "label": "toInteger",
        "kind": 3,
        "detail": "toInteger() -> Integer",
        "documentation": "The input as an Integer, or empty when it cannot be converted.",
        "insertText": "toInteger()",
        "insertTextFormat": 2,
        "sortText": "01_toInteger"
      },
      {
        "label": "toLong",
        "kind": 3,
        "detail": "toLong() -> Long",
        "documentation": "The input as a Long, or empty when it cannot be converted.",
        "insertText": "toLong()",
        "insertTextFormat": 2,
        "sortText": "01_toLong"
      },
      {
        "label": "toQuantity",
        "kind": 3,
        "detail": "toQuantity([unit: String]) -> Quantity",
        "documentation": "The input as a Quantity (converted to unit when given), or empty when it cannot be converted.",
        "insertText": "toQuantity($1)",
        "insertTextFormat": 2,
        "sortText": "01_toQuantity"
      },
      {
        "label": "toString",
        "kind": 3,
        "detail": "toString() -> String",
        "documentation": "The input as a String, or empty when it cannot be converted.",
        "insertText": "toString()",
        "insertTextFormat": 2,
        "sortText": "01_toString"
      },
      {
        "label": "toTime",
        "kind": 3,
        "detail": "toTime() -> Time",
        "documentation": "The input as a Time, or empty when it cannot be converted.",
        "insertText": "toTime()",
        "insertTextFormat": 2,
        "sortText": "01_toTime"
      },
      {
        "label": "today",
        "kind": 3,
        "detail": "today() -> Date",
        "documentation": "The current date, the same throughout one evaluation.",
        "insertText": "today()",
        "insertTextFormat": 2,
        "sortText": "01_today"
      },
      {
        "label": "trace",
        "kind": 3,
        "detail": "trace(name: String, [projection: expr])",
        "documentation": "Yields the input unchanged and logs it (or projection of it) under name, for debugging.",
        "insertText": "trace($1)",
        "insertTextFormat": 2,
        "sortText": "01_trace"
      },
      {
        "label": "translate",
        "kind": 3,
        "detail": "translate(conceptMap: value, coded: value, [params: value])",
        "documentation": "Called on %terminologies: the code mapped through a concept map by the terminology server.",
        "insertText": "translate($1)",
        "insertTextFormat": 2,
        "sortText": "01_translate"
      },
      {
        "label": "trim",
        "kind": 3,
        "detail": "trim() -> String",
        "documentation": "The input string without leading and trailing whitespace.",
        "insertText": "trim()",
        "insertTextFormat": 2,
        "sortText": "01_trim"
      },
      {
        "label": "truncate",
        "kind": 3,
        "detail": "truncate() -> Integer",
        "documentation": "The integer part of the input, dropping any fraction.",
        "insertText": "truncate()",
        "insertTextFormat": 2,
        "sortText": "01_truncate"
      },
      {
        "label": "type",
        "kind": 3,
        "detail": "type()",
        "documentation": "The type of each input item, as a TypeInfo (namespace and name).",
        "insertText": "type()",
        "insertTextFormat": 2,
        "sortText": "01_type"
      },
      {
        "label": "unescape",
        "kind": 3,
        "detail": "unescape(target: String) -> String",
        "documentation": "Reverses escape(): decodes html or json escapes in the input.",
        "insertText": "unescape($1)",
        "insertTextFormat": 2,
        "sortText": "01_unescape"
      },
      {
        "label": "union",
        "kind": 3,
        "detail": "union(other: value)",
        "documentation": "The items of the input and of other together, without duplicates.",
        "insertText": "union($1)",
        "insertTextFormat": 2,
        "sortText": "01_union"
      },
      {
        "label": "upper",
        "kind": 3,
        "detail": "upper() -> String",
        "documentation": "The input string in upper case.",
        "insertText": "upper()",
        "insertTextFormat": 2,
        "sortText": "01_upper"
      },
      {
        "label": "validateCS",
        "kind": 3,
        "detail": "validateCS(codeSystem: value, coded: value, [params: value])",
        "documentation": "Called on %terminologies: whether a code is valid in a code system, from the terminology server.",
        "insertText": "validateCS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateCS"
      },
      {
        "label": "validateVS",
        "kind": 3,
        "detail": "validateVS(valueSet: value, coded: value, [params: value])",
        "documentation": "Called on %terminologies: whether a code is in a value set, from the terminology server.",
        "insertText": "validateVS($1)",
        "insertTextFormat": 2,
        "sortText": "01_validateVS"
      },
      {
        "label": "where",
        "kind": 3,
        "detail": "where(criteria: expr Boolean)",
        "documentation": "The input items for which criteria is true.",
        "insertText": "where($1)",
        "insertTextFormat": 2,
        "sortText": "01_where"
      },
      {
        "label": "yearOf",
        "kind": 3,
        "detail": "yearOf() -> Integer",
        "documentation": "The year of a date or datetime.",
        "insertText": "yearOf()",
        "insertTextFormat": 2,
        "sortText": "01_yearOf"
      }
    ]
  }
}
>> {"jsonrpc":"2.0","id":99,"method":"shutdown"}
<< {"jsonrpc":"2.0","id":99,"result":null}
>> {"jsonrpc":"2.0","method":"exit"}
## exit 0
