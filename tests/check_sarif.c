/*
 * tests/check_sarif.c - `check --format sarif` output validated against
 * the SARIF 2.1.0 JSON schema (../shared/reference/sarif/).
 *
 * The cases in tests/cli/check-sarif.test pin the document's shape; this
 * part asks the schema whether real output is SARIF at all. It runs the
 * binary on a handful of inputs (findings, no findings, FHIR JSON and
 * XML, unreadable and binary files, -e and stdin, file names that need
 * percent-encoding, the R4 core types), keeps each document in
 * $FP_BUILD/sarif/, and validates them all with one python3 run of the
 * jsonschema package. The schema's "uri" and "uri-reference" formats are
 * checked by our own RFC 3986 pattern, because jsonschema checks them only
 * when an optional package is installed. Without python3 or jsonschema
 * the part prints "sarif: SKIPPED: ..." and counts nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include "runner.h"
#include "util/alloc.h"

/* One run of the binary: its name, the shell command after "$FP check
 * --format sarif" (run in the repository root, with $IN the folder of
 * inputs), and the exit code it must give. */
typedef struct sarif_case {
	const char *name;
	const char *args;
	int exit_code;
} sarif_case;

static const sarif_case cases[] = {
	{ "findings", "corpus/", 1 },
	{ "no-findings", "corpus/clean", 0 },
	{ "json-input", "\"$IN\"/sp.json \"$IN\"/sd.json", 1 },
	{ "xml-input", "\"$IN\"/sp.xml", 1 },
	{ "unreadable", "\"$IN\"/missing.fhirpath", 2 },
	{ "bad-files", "\"$IN\"/bad", 1 },
	{ "expr-and-stdin", "-c Patient -e 'name.given +' - < \"$IN\"/stdin.txt", 1 },
	{ "odd-names", "\"$IN\"/names", 1 },
	{ "long-snippet", "-c Observation -e \"code.coding.where(display = 'x\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9\xc3\xa9').first() = 'x'\"", 0 },
	{ "core-r4-types", "--fhir-version R4 \"$SHARED\"/fhir/r4/profiles-types.json", 0 },
};

/* The inputs, written by a shell script into $IN. */
static const char setup[] =
	"set -e; mkdir -p \"$IN\"/bad \"$IN\"/names; cd \"$IN\"\n"
	"printf '{\"resourceType\": \"SearchParameter\", \"code\": \"x\", \"base\": [\"Patient\"],\\n"
	" \"expression\": \"Patient.birthdate\"}\\n' > sp.json\n"
	"printf '{\"resourceType\": \"StructureDefinition\", \"type\": \"Patient\", \"differential\": {\"element\": [\\n"
	" {\"path\": \"Patient\", \"constraint\": [{\"key\": \"x-1\", \"expression\": \"name.given.lenght() > 1\"}]}]}}\\n' > sd.json\n"
	"printf '<SearchParameter xmlns=\"http://hl7.org/fhir\">\\n <code value=\"x\"/>\\n"
	" <base value=\"Patient\"/>\\n <expression value=\"Patient.nme &amp; 1\"/>\\n</SearchParameter>\\n' > sp.xml\n"
	"printf 'a\\0b\\n' > bad/nul.fhirpath\n"
	"printf \"name = 'M\\374ller'\\n\" > bad/latin1.fhirpath\n"
	"printf '{\"resourceType\": ' > bad/cut.json\n"
	": > bad/empty.fhirpath\n"
	"printf 'birthdate\\n' > stdin.txt\n"
	"printf '// @context Patient\\nbirthdate\\n' > 'names/my rules.fhirpath'\n"
	"printf '// @context Patient\\nbirthdate\\n' > 'names/\xc3\xbc.fhirpath'\n"
	"printf '// @context Patient\\nbirthdate\\n' > 'names/a:b.fhirpath'\n"
	"printf '// @context Patient\\nbirthdate\\n' > 'names/50%%#1.fhirpath'\n";

/* Validates each file named on the command line; prints "ok NAME" or
 * "bad NAME: where: what" lines. */
static const char validator[] =
	"import json, re, sys\n"
	"import jsonschema\n"
	"schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
	"V = jsonschema.validators.validator_for(schema)\n"
	"fc = jsonschema.FormatChecker()\n"
	"# RFC 3986: URI (scheme required) and URI-reference, from its ABNF\n"
	"u = r\"(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@/]|%[0-9A-Fa-f]{2})\"\n"
	"rel = '(?://' + u + '*)?' + u + '*' + r'(?:\\?(?:' + u + r'|\\?)*)?(?:#(?:' + u + r'|\\?)*)?'\n"
	"URI = re.compile(r'[A-Za-z][A-Za-z0-9+.\\-]*:' + rel + r'\\Z')\n"
	"REF = re.compile(r'(?:[A-Za-z][A-Za-z0-9+.\\-]*:|(?![^/?#]*:))' + rel + r'\\Z')\n"
	"fc.checks('uri')(lambda s: not isinstance(s, str) or bool(URI.match(s)))\n"
	"fc.checks('uri-reference')(lambda s: not isinstance(s, str) or bool(REF.match(s)))\n"
	"v = V(schema, format_checker=fc)\n"
	"for path in sys.argv[2:]:\n"
	"    name = path.rsplit('/', 1)[-1][:-6]\n"
	"    try:\n"
	"        doc = json.load(open(path, encoding='utf-8'))\n"
	"    except Exception as e:\n"
	"        print('bad %s: not JSON: %s' % (name, e)); continue\n"
	"    errs = sorted(v.iter_errors(doc), key=lambda e: list(e.absolute_path))\n"
	"    n = len(doc.get('runs', [{}])[0].get('results', [])) if isinstance(doc, dict) else 0\n"
	"    for r in (doc.get('runs', [{}])[0].get('results', []) if isinstance(doc, dict) else []):\n"
	"        if '\\ufffd' in r.get('message', {}).get('text', ''):\n"
	"            print('bad %s: message with a broken character: %s' % (name, r['message']['text'][:200]))\n"
	"    if not errs:\n"
	"        print('ok %s (%d results)' % (name, n))\n"
	"    for e in errs[:5]:\n"
	"        print('bad %s: %s: %s' % (name, '/'.join(map(str, e.absolute_path)), e.message[:300]))\n";

/* Run a shell command with FP, IN and SHARED set; its exit status or -1. */
static int sh(const char *cmd, const char *in)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_buf_printf(&b, "FP='%s' IN='%s' SHARED='%s'; export FP IN SHARED; %s", R.bin, in,
		      R.shared ? R.shared : "../shared", cmd);
	int st = b.data ? system(b.data) : -1;
	fp_buf_release(&b);
	return st != -1 && WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

void run_sarif(void);
void run_sarif(void)
{
	if (!rt_selected("sarif"))
		return;
	if (!R.shared) {
		rt_no_shared("sarif", "no SARIF schema to validate against");
		return;
	}
	if (sh("python3 -c 'import jsonschema' >/dev/null 2>&1", "") != 0) {
		printf("sarif: SKIPPED: SARIF output not validated against the 2.1.0 schema: python3 with jsonschema "
		       "is not installed (apt-get install python3 python3-jsonschema)\n");
		return;
	}
	char dir[1024], in[1100], py[1100];
	snprintf(dir, sizeof dir, "%s/sarif", R.build);
	snprintf(in, sizeof in, "%s/in", dir);
	snprintf(py, sizeof py, "%s/validate.py", dir);
	char cmd[4096];
	snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, in);
	if (sh(cmd, in) != 0 || sh(setup, in) != 0 || !rt_write(py, validator, strlen(validator))) {
		rt_result("sarif: set up the inputs", false, "  cannot write the inputs under build/sarif");
		return;
	}
	fp_buf files;
	fp_buf_init(&files);
	const size_t n = sizeof cases / sizeof cases[0];
	bool ran[sizeof cases / sizeof cases[0]] = { false };
	for (size_t i = 0; i < n; i++) {
		const sarif_case *c = &cases[i];
		char name[160];
		snprintf(name, sizeof name, "sarif: %s: exit code %d", c->name, c->exit_code);
		snprintf(cmd, sizeof cmd, "\"$FP\" check --format sarif %s > '%s/%s.sarif' 2>/dev/null", c->args,
			 dir, c->name);
		int rc = sh(cmd, in);
		char detail[128];
		snprintf(detail, sizeof detail, "  exit code %d", rc);
		rt_result(name, rc == c->exit_code, detail);
		fp_buf_printf(&files, " '%s/%s.sarif'", dir, c->name);
		ran[i] = true;
	}
	snprintf(cmd, sizeof cmd, "python3 '%s' '%s/reference/sarif/sarif-schema-2.1.0.json'%s > '%s/result.txt' 2>&1",
		 py, R.shared, files.data ? files.data : "", dir);
	fp_buf_release(&files);
	int rc = sh(cmd, in);
	char out[1100];
	snprintf(out, sizeof out, "%s/result.txt", dir);
	char *res = rt_read(out, NULL);
	if (rc != 0 || !res) {
		char detail[600];
		snprintf(detail, sizeof detail, "  validator failed (%d): %.500s", rc, res ? res : "");
		rt_result("sarif: validator runs", false, detail);
		fp_free(res);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		if (!ran[i])
			continue;
		char ok[160], name[160];
		snprintf(ok, sizeof ok, "ok %s ", cases[i].name);
		snprintf(name, sizeof name, "sarif: %s: valid SARIF 2.1.0 (schema)", cases[i].name);
		fp_buf detail;
		fp_buf_init(&detail);
		char bad[160];
		snprintf(bad, sizeof bad, "bad %s:", cases[i].name);
		for (const char *p = res; p && *p;) {
			const char *nl = strchr(p, '\n');
			size_t l = nl ? (size_t)(nl - p) : strlen(p);
			if (l >= strlen(bad) && memcmp(p, bad, strlen(bad)) == 0)
				fp_buf_printf(&detail, "  %.*s\n", (int)l, p);
			p = nl ? nl + 1 : p + l;
		}
		bool valid = strstr(res, ok) != NULL && detail.len == 0;
		rt_result(name, valid, detail.data ? detail.data : "  no verdict from the validator");
		fp_buf_release(&detail);
	}
	if (R.verbose)
		printf("%s", res);
	fp_free(res);
}
