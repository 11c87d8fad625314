/*
 * tests/check_conformance.c - the official HL7 FHIRPath suites.
 *
 * Reads ../shared/conformance/fhirpath/{r4,r4b,r5}/tests-fhir-*.xml at
 * test time (the data stays in shared/, nothing is copied) with a small
 * reader of our own for this one file shape: <test name=...> elements with
 * an <expression invalid=...> child; comments skipped, the five XML
 * entities and character references decoded. For every expression:
 *   - it parses without error exactly when it is not invalid="syntax";
 *   - when it parses, fmt's output parses to the same tree and formatting
 *     again changes nothing.
 * Failures name the suite and the original test name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"
#include "project/pipeline.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "util/utf8.h"

const char *fmt_invariants(const char *text, size_t len);

/* Decode XML text s[0..n) into b. */
static void xml_text(fp_buf *b, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i] != '&') {
			fp_buf_addc(b, s[i]);
			continue;
		}
		const char *semi = memchr(s + i, ';', n - i);
		if (!semi) {
			fp_buf_addc(b, s[i]);
			continue;
		}
		size_t el = (size_t)(semi - (s + i)) + 1;
		const char *e = s + i;
		if (strncmp(e, "&lt;", 4) == 0) fp_buf_addc(b, '<');
		else if (strncmp(e, "&gt;", 4) == 0) fp_buf_addc(b, '>');
		else if (strncmp(e, "&amp;", 5) == 0) fp_buf_addc(b, '&');
		else if (strncmp(e, "&quot;", 6) == 0) fp_buf_addc(b, '"');
		else if (strncmp(e, "&apos;", 6) == 0) fp_buf_addc(b, '\'');
		else if (e[1] == '#') {
			unsigned long cp = e[2] == 'x' ? strtoul(e + 3, NULL, 16) : strtoul(e + 2, NULL, 10);
			char u[4];
			size_t ul = fp_utf8_encode((uint32_t)cp, u);
			fp_buf_add(b, u, ul);
		} else {
			fp_buf_add(b, e, el);
		}
		i += el - 1;
	}
}

/* Value of attribute `name` in the tag text [s, e), or NULL. */
static char *attr(const char *s, const char *e, const char *name)
{
	size_t nl = strlen(name);
	for (const char *p = s; p + nl + 2 < e; p++) {
		if ((p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n') && strncmp(p, name, nl) == 0 &&
		    p[nl] == '=' && (p[nl + 1] == '"' || p[nl + 1] == '\'')) {
			char q = p[nl + 1];
			const char *v = p + nl + 2;
			const char *ve = memchr(v, q, (size_t)(e - v));
			if (!ve)
				return NULL;
			fp_buf b;
			fp_buf_init(&b);
			fp_buf_add(&b, "", 0);
			xml_text(&b, v, (size_t)(ve - v));
			return fp_buf_detach(&b, NULL);
		}
	}
	return NULL;
}

/* The resource type of a suite's input file (the root element of an XML
 * file, resourceType of a JSON one), into out. */
static bool input_root(const char *dir, const char *file, char *out, size_t n)
{
	if (!file)
		return false;
	char path[1200];
	snprintf(path, sizeof path, "%s/input/%s", dir, file);
	size_t len;
	char *t = rt_read(path, &len);
	if (!t)
		return false;
	bool ok = false;
	const char *p = t;
	if (strstr(file, ".json")) {
		const char *k = strstr(t, "\"resourceType\"");
		if (k && (k = strchr(k + 14, '"')) != NULL) {
			const char *e = strchr(k + 1, '"');
			if (e && (size_t)(e - k - 1) < n) {
				memcpy(out, k + 1, (size_t)(e - k - 1));
				out[e - k - 1] = 0;
				ok = true;
			}
		}
	} else {
		while ((p = strchr(p, '<')) != NULL && (p[1] == '?' || p[1] == '!'))
			p++;
		if (p) {
			size_t k = 0;
			p++;
			while (p[k] && p[k] != ' ' && p[k] != '>' && p[k] != '/' && k + 1 < n)
				k++;
			memcpy(out, p, k);
			out[k] = 0;
			ok = k > 0;
		}
	}
	fp_free(t);
	return ok;
}

static void run_suite(const char *label, const char *path, const char *dir, fp_fhir_version version,
		      fp_buf *sem_out)
{
	size_t len;
	char *xml = rt_read(path, &len);
	char name[300];
	if (!xml) {
		snprintf(name, sizeof name, "conformance/%s", label);
		rt_result(name, false, "suite file missing");
		return;
	}
	/* blank out comments so commented-out tests are not read */
	for (char *c = strstr(xml, "<!--"); c; c = strstr(c, "<!--")) {
		char *ce = strstr(c, "-->");
		if (!ce)
			ce = xml + len - 3;
		memset(c, ' ', (size_t)(ce + 3 - c));
		c = ce + 3;
	}
	size_t total = 0, agree = 0, syntax_invalid = 0, fmt_ok = 0, fmt_total = 0;
	const char *p = xml;
	char *test_name = NULL, *input_file = NULL, *mode = NULL;
	fp_buf semantic;        /* disagreements on invalid="semantic" */
	fp_buf_init(&semantic);
	size_t sem_total = 0, sem_agree = 0;
	while ((p = strchr(p, '<')) != NULL) {
		if (strncmp(p, "<test ", 6) == 0 || strncmp(p, "<test\t", 6) == 0) {
			const char *te = strchr(p, '>');
			if (!te)
				break;
			fp_free(test_name);
			fp_free(input_file);
			fp_free(mode);
			test_name = attr(p, te, "name");
			input_file = attr(p, te, "inputfile");
			mode = attr(p, te, "mode");
			p = te + 1;
			continue;
		}
		if (strncmp(p, "<expression", 11) != 0 || (p[11] != '>' && p[11] != ' ')) {
			p++;
			continue;
		}
		const char *te = strchr(p, '>');
		const char *close = te ? strstr(te, "</expression>") : NULL;
		if (!close)
			break;
		char *invalid = attr(p, te, "invalid");
		fp_buf expr;
		fp_buf_init(&expr);
		fp_buf_add(&expr, "", 0);
		xml_text(&expr, te + 1, (size_t)(close - te - 1));
		total++;
		bool want_syntax_error = invalid && strcmp(invalid, "syntax") == 0;
		syntax_invalid += want_syntax_error;
		fp_arena a;
		fp_arena_init(&a);
		fp_diags d;
		fp_diags_init(&d, &a);
		fp_node *n = fp_parse_text(expr.data, expr.len, &a, &d);
		bool has_error = !n || fp_diags_count(&d, FP_SEV_ERROR) > 0;
		snprintf(name, sizeof name, "conformance/%s/%s", label, test_name ? test_name : "?");
		if (has_error == want_syntax_error) {
			agree++;
		} else if (rt_selected(name)) {
			char detail[600];
			snprintf(detail, sizeof detail, "  expression: %.300s\n  %s\n", expr.data,
				 want_syntax_error ? "suite says invalid=\"syntax\", we parsed it"
						   : (d.len ? d.items[0].message : "parse failed"));
			rt_result(name, false, detail);
		}
		/* semantic agreement: the expression checked in the context of
		 * its input resource; error exactly when invalid="semantic".
		 * Tests in a non-strict mode (lenient, element, cda, tx, html)
		 * assume engine options a static check does not have. */
		bool strict = !mode || strcmp(mode, "strict") == 0;
		if (!has_error && strict && (!invalid || strcmp(invalid, "semantic") == 0)) {
			char ctx[64];
			bool want = invalid != NULL;
			fp_check_options opt = { .version = version };
			opt.context = input_root(dir, input_file, ctx, sizeof ctx) ? ctx : NULL;
			fp_arena a2;
			fp_arena_init(&a2);
			fp_diags d2;
			fp_diags_init(&d2, &a2);
			fp_fexpr x;
			bool got = false;
			if (fp_check_expression(expr.data, expr.len, &opt, &a2, &d2, &x))
				got = fp_diags_count(&d2, FP_SEV_ERROR) > 0;
			sem_total++;
			if (got == want) {
				sem_agree++;
			} else {
				fp_buf_printf(&semantic, "%s | %s | %s | %s\n", label, test_name ? test_name : "?",
					      want ? "semantic error missed" : "reported as an error",
					      got && d2.len ? d2.items[0].message : "-");
			}
			fp_diags_release(&d2);
			fp_arena_release(&a2);
		}
		if (!has_error) {
			fmt_total++;
			const char *why = fmt_invariants(expr.data, expr.len);
			if (!why)
				fmt_ok++;
			else if (rt_selected(name))
				rt_result(name, false, why);
		}
		fp_diags_release(&d);
		fp_arena_release(&a);
		fp_buf_release(&expr);
		fp_free(invalid);
		p = close + 13;
	}
	fp_free(test_name);
	fp_free(input_file);
	fp_free(mode);
	fp_free(xml);
	printf("conformance %s: semantic agreement %zu/%zu (strict tests that parse)\n", label, sem_agree, sem_total);
	fp_buf_add(sem_out, semantic.data ? semantic.data : "", semantic.len);
	fp_buf_release(&semantic);
	snprintf(name, sizeof name, "conformance/%s", label);
	if (!rt_selected(name))
		return;
	printf("conformance %s: %zu expressions (%zu marked invalid=\"syntax\"), syntax agreement %zu/%zu, fmt round trip %zu/%zu\n",
	       label, total, syntax_invalid, agree, total, fmt_ok, fmt_total);
	rt_result(name, total > 0 && agree == total && fmt_ok == fmt_total, "disagreements listed above");
}

void run_conformance(void)
{
	if (!R.shared) {
		if (rt_selected("conformance"))
			rt_no_shared("conformance", NULL);
		return;
	}
	static const struct { const char *label, *file, *dir; fp_fhir_version v; } suites[] = {
		{ "r4", "conformance/fhirpath/r4/tests-fhir-r4.xml", "conformance/fhirpath/r4", FP_FHIR_R4 },
		{ "r4b", "conformance/fhirpath/r4b/tests-fhir-r4b.xml", "conformance/fhirpath/r4b", FP_FHIR_R4B },
		{ "r5", "conformance/fhirpath/r5/tests-fhir-r5.xml", "conformance/fhirpath/r5", FP_FHIR_R5 },
	};
	fp_buf sem;
	fp_buf_init(&sem);
	for (size_t i = 0; i < 3; i++) {
		char path[1024], dir[1024];
		snprintf(path, sizeof path, "%s/%s", R.shared, suites[i].file);
		snprintf(dir, sizeof dir, "%s/%s", R.shared, suites[i].dir);
		run_suite(suites[i].label, path, dir, suites[i].v, &sem);
	}
	/* the disagreements must be exactly the reviewed ones */
	if (rt_selected("conformance/semantic"))
		rt_reviewed("conformance/semantic: disagreements with invalid=\"semantic\" are exactly the reviewed list",
			    sem.data ? sem.data : "", "tests/conformance-known.txt", "conformance-semantic.txt",
			    "review the change and update tests/conformance-known.txt");
	fp_buf_release(&sem);
}
