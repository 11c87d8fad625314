/*
 * tests/unit/test_xml.c - FHIR XML to the JSON tree (src/sources/fhir_xml.c).
 *
 * The mapping (resourceType, value attributes, arrays for repeated and
 * known-repeating names, id/url attributes, resources inside wrappers,
 * skipped narrative and foreign namespaces), exact source ranges, decoded
 * offsets mapped back through references, expat's errors with offsets,
 * the nesting and size limits, refused DOCTYPEs (billion laughs), and an
 * allocation-failure loop.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "json/read.h"
#include "sources/fhir_xml.h"
#include "unit.h"
#include "util/alloc.h"
#include "util/arena.h"
#include "util/buf.h"

static const char *unit_suite_name = "xml";

/* ------------------------------------------------------------------------
 * Helpers
 * ---------------------------------------------------------------------- */

static fp_json *parse(fp_arena *a, const char *text)
{
	fp_json *v;
	fp_json_error err;
	if (!fp_fhir_xml_parse(text, strlen(text), a, &v, &err)) {
		fprintf(stderr, "unexpected XML error @%zu: %s\n", err.offset, err.message);
		return NULL;
	}
	return v;
}

/* Parse text[0..len) that must fail; true when it fails at `off` with `msg`. */
static bool fails_with(const char *text, size_t len, size_t off, const char *msg)
{
	fp_arena a;
	fp_arena_init(&a);
	fp_json *v = (fp_json *)1;
	fp_json_error err;
	bool ok = fp_fhir_xml_parse(text, len, &a, &v, &err);
	fp_arena_release(&a);
	if (ok || v != NULL || err.offset != off || strcmp(err.message, msg) != 0) {
		fprintf(stderr, "input \"%.*s\": got %s @%zu \"%s\", want @%zu \"%s\"\n",
			(int)(len > 60 ? 60 : len), text, ok ? "success" : "error",
			err.offset, ok ? "" : err.message, off, msg);
		return false;
	}
	return true;
}

/* Offset of the first occurrence of `needle` in `text` (which must have it). */
static uint32_t at(const char *text, const char *needle)
{
	const char *p = strstr(text, needle);
	if (!p) {
		fprintf(stderr, "test bug: \"%s\" not in the document\n", needle);
		abort();
	}
	return (uint32_t)(p - text);
}

/* A string node with exactly this value. */
static bool str_is(const fp_json *v, const char *s)
{
	if (v && v->kind == FP_JSON_STRING && v->u.str.len == strlen(s) &&
	    memcmp(v->u.str.s, s, v->u.str.len) == 0 && v->u.str.s[v->u.str.len] == 0)
		return true;
	fprintf(stderr, "got %s \"%s\", want string \"%s\"\n",
		v ? fp_json_kind_name(v->kind) : "nothing",
		v && v->kind == FP_JSON_STRING ? v->u.str.s : "", s);
	return false;
}

/* A string node that is the raw attribute value `quoted` (with its
 * quotes), found at its first occurrence in text, decoding to `s`. */
static bool attr_is(const char *text, const fp_json *v, const char *quoted, const char *s)
{
	if (!str_is(v, s))
		return false;
	uint32_t start = at(text, quoted), end = start + (uint32_t)strlen(quoted);
	if (v->start != start || v->end != end) {
		fprintf(stderr, "%s: range [%u,%u), want [%u,%u)\n", s, v->start, v->end, start, end);
		return false;
	}
	return true;
}

static bool kind_len(const fp_json *v, fp_json_kind kind, size_t len)
{
	size_t n = !v ? 0 : v->kind == FP_JSON_ARRAY ? v->u.arr.len :
		   v->kind == FP_JSON_OBJECT ? v->u.obj.len : 0;
	if (v && v->kind == kind && n == len)
		return true;
	fprintf(stderr, "got %s of %zu, want %s of %zu\n",
		v ? fp_json_kind_name(v->kind) : "nothing", n, fp_json_kind_name(kind), len);
	return false;
}

static const fp_json *item(const fp_json *arr, size_t i)
{
	return arr && arr->kind == FP_JSON_ARRAY && i < arr->u.arr.len ? arr->u.arr.items[i] : NULL;
}

/* Member i's key. */
static const char *key(const fp_json *obj, size_t i)
{
	return obj && obj->kind == FP_JSON_OBJECT && i < obj->u.obj.len ?
	       obj->u.obj.items[i].key : NULL;
}

/* ------------------------------------------------------------------------
 * Documents
 * ---------------------------------------------------------------------- */

static const char sd_doc[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<StructureDefinition xmlns=\"http://hl7.org/fhir\">\n"
	"  <id value=\"sd1\"/>\n"
	"  <text><status value=\"generated\"/>"
	"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>a <b>b</b></p><status value=\"no\"/></div></text>\n"
	"  <extension url=\"http://example.org/ext\"><valueString value=\"v\"/></extension>\n"
	"  <type value=\"Patient\"/>\n"
	"  <differential>\n"
	"    <element id=\"Patient.name\">\n"
	"      <path value=\"Patient.name\"/>\n"
	"      <constraint>\n"
	"        <key value=\"c-1\"/>\n"
	"        <expression value=\"a &lt; b and c &gt; d\"/>\n"
	"      </constraint>\n"
	"      <constraint>\n"
	"        <key value=\"c-2\"/>\n"
	"        <expression value='x &amp; y = &quot;caf&#x00e9;&quot;'/>\n"
	"      </constraint>\n"
	"    </element>\n"
	"  </differential>\n"
	"</StructureDefinition>\n";

static const char bundle_doc[] =
	"<Bundle xmlns=\"http://hl7.org/fhir\">\n"
	"  <type value=\"collection\"/>\n"
	"  <entry>\n"
	"    <fullUrl value=\"urn:uuid:1\"/>\n"
	"    <resource>\n"
	"      <SearchParameter>\n"
	"        <code value=\"sp1\"/>\n"
	"        <base value=\"Patient\"/>\n"
	"        <expression value=\"Patient.name\"/>\n"
	"      </SearchParameter>\n"
	"    </resource>\n"
	"  </entry>\n"
	"  <entry>\n"
	"    <resource><Patient><id value=\"p1\"/></Patient></resource>\n"
	"  </entry>\n"
	"</Bundle>\n";

/* ------------------------------------------------------------------------
 * Mapping
 * ---------------------------------------------------------------------- */

static void structure_definition(void)
{
	const char *t = sd_doc;
	fp_arena a;
	fp_arena_init(&a);
	fp_json *sd = parse(&a, t);
	CHECK(sd);
	CHECK(sd->start == at(t, "<StructureDefinition") && sd->end == strlen(t) - 1);
	CHECK(kind_len(sd, FP_JSON_OBJECT, 6));
	CHECK_STR(key(sd, 0), "resourceType");
	CHECK_STR(key(sd, 1), "id");
	CHECK_STR(key(sd, 2), "text");
	CHECK_STR(key(sd, 3), "extension");
	CHECK_STR(key(sd, 4), "type");
	CHECK_STR(key(sd, 5), "differential");
	/* resourceType: the name in the start tag, no quotes */
	const fp_json *rt = fp_json_get(sd, "resourceType");
	CHECK(str_is(rt, "StructureDefinition"));
	CHECK(rt->start == at(t, "StructureDefinition xmlns") && rt->end == rt->start + 19);
	CHECK(sd->u.obj.items[0].key_start == rt->start && sd->u.obj.items[0].key_end == rt->end);
	CHECK(fp_xml_attr_source_offset(t, rt, 5) == rt->start + 5);
	CHECK(attr_is(t, fp_json_get(sd, "id"), "\"sd1\"", "sd1"));
	CHECK(sd->u.obj.items[1].key_start == at(t, "id value") &&
	      sd->u.obj.items[1].key_end == at(t, "id value") + 2);
	CHECK(attr_is(t, fp_json_get(sd, "type"), "\"Patient\"", "Patient"));

	/* narrative: the XHTML div and all in it is skipped */
	const fp_json *text = fp_json_get(sd, "text");
	CHECK(kind_len(text, FP_JSON_OBJECT, 1));
	CHECK(attr_is(t, fp_json_get(text, "status"), "\"generated\"", "generated"));
	CHECK(text->start == at(t, "<text>") && text->end == at(t, "</text>") + 7);

	/* extension: always an array; url attribute becomes a member */
	const fp_json *ext = fp_json_get(sd, "extension");
	CHECK(kind_len(ext, FP_JSON_ARRAY, 1));
	const fp_json *e0 = item(ext, 0);
	CHECK(kind_len(e0, FP_JSON_OBJECT, 2));
	CHECK_STR(key(e0, 0), "url");
	CHECK(attr_is(t, fp_json_get(e0, "url"), "\"http://example.org/ext\"", "http://example.org/ext"));
	CHECK(e0->u.obj.items[0].key_start == at(t, "url=") &&
	      e0->u.obj.items[0].key_end == at(t, "url=") + 3);
	CHECK(attr_is(t, fp_json_get(e0, "valueString"), "\"v\"", "v"));
	CHECK(ext->start == e0->start && ext->end == e0->end);

	/* differential.element[0] with id, path and two constraints */
	const fp_json *diff = fp_json_get(sd, "differential");
	CHECK(kind_len(diff, FP_JSON_OBJECT, 1));
	const fp_json *els = fp_json_get(diff, "element");
	CHECK(kind_len(els, FP_JSON_ARRAY, 1));
	const fp_json *el = item(els, 0);
	CHECK(kind_len(el, FP_JSON_OBJECT, 3));
	CHECK_STR(key(el, 0), "id");
	CHECK_STR(key(el, 1), "path");
	CHECK_STR(key(el, 2), "constraint");
	CHECK(attr_is(t, fp_json_get(el, "id"), "\"Patient.name\"", "Patient.name"));
	CHECK(el->start == at(t, "<element") && el->end == at(t, "</element>") + 10);
	const fp_json *cons = fp_json_get(el, "constraint");
	CHECK(kind_len(cons, FP_JSON_ARRAY, 2));
	CHECK(cons->start == at(t, "<constraint>"));
	CHECK(cons->end == (uint32_t)(strstr(strstr(t, "c-2"), "</constraint>") - t) + 13);
	CHECK(attr_is(t, fp_json_get(item(cons, 0), "key"), "\"c-1\"", "c-1"));
	CHECK(attr_is(t, fp_json_get(item(cons, 1), "key"), "\"c-2\"", "c-2"));

	/* decoded expressions, exact ranges with quotes */
	const fp_json *x1 = fp_json_get(item(cons, 0), "expression");
	const fp_json *x2 = fp_json_get(item(cons, 1), "expression");
	CHECK(attr_is(t, x1, "\"a &lt; b and c &gt; d\"", "a < b and c > d"));
	CHECK(attr_is(t, x2, "'x &amp; y = &quot;caf&#x00e9;&quot;'", "x & y = \"caf\xC3\xA9\""));

	/* decoded offsets back to the source */
	uint32_t q = x1->start;
	CHECK(fp_xml_attr_source_offset(t, x1, 0) == q + 1);    /* a */
	CHECK(fp_xml_attr_source_offset(t, x1, 1) == q + 2);    /* space */
	CHECK(fp_xml_attr_source_offset(t, x1, 2) == q + 3);    /* &lt; */
	CHECK(fp_xml_attr_source_offset(t, x1, 3) == q + 7);    /* space after it */
	CHECK(fp_xml_attr_source_offset(t, x1, 4) == q + 8);    /* b */
	CHECK(fp_xml_attr_source_offset(t, x1, 12) == q + 16);  /* &gt; */
	CHECK(fp_xml_attr_source_offset(t, x1, 13) == q + 20);
	CHECK(fp_xml_attr_source_offset(t, x1, 14) == q + 21);  /* d */
	CHECK(fp_xml_attr_source_offset(t, x1, 15) == x1->end - 1);
	CHECK(fp_xml_attr_source_offset(t, x1, 99) == x1->end - 1);
	q = x2->start;
	/* 'x &amp; y = &quot;caf&#x00e9;&quot;': x . & . y . = . " c a f é(2) " */
	static const uint32_t want[] = { 1, 2, 3, 8, 9, 10, 11, 12, 13, 19, 20, 21, 22, 22, 30, 36 };
	size_t map[16];
	CHECK(x2->u.str.len + 1 == 16);
	fp_xml_attr_source_map(t, x2, map);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		CHECK(map[i] == q + want[i]);   /* the whole map agrees */
		size_t got = fp_xml_attr_source_offset(t, x2, i);
		if (got != q + want[i])
			fprintf(stderr, "decoded %zu: got +%zu, want +%u\n", i, got - q, want[i]);
		CHECK(got == q + want[i]);
	}
	CHECK(x2->end - 1 == q + 36 && t[q + 36] == '\'');
	fp_arena_release(&a);
}

/* Tabs, LF and lone CR become one space each; CR LF becomes one space;
 * &#10; stays a newline. Every literal byte maps to itself. */
static void normalised_whitespace_offsets(void)
{
	const char *t = "<Patient><name value=\"a&#10;b\r\nc\td\re\xC3\xA9&#x1F600;z\"/></Patient>";
	fp_arena a;
	fp_arena_init(&a);
	fp_json *p = parse(&a, t);
	CHECK(p);
	const fp_json *v = fp_json_get(p, "name");
	CHECK(str_is(v, "a\nb c d e\xC3\xA9\xF0\x9F\x98\x80z"));
	uint32_t q = at(t, "\"a&");
	CHECK(v->start == q && v->end == at(t, "z\"") + 2);
	/* a & b \r c \t d \r e é(2 literal) 😀(4 from &#x1F600;) z */
	static const uint32_t want[] = { 1, 2, 7, 8, 10, 11, 12, 13, 14, 15, 16,
					 17, 17, 17, 17, 26, 27 };
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		size_t got = fp_xml_attr_source_offset(t, v, i);
		if (got != q + want[i])
			fprintf(stderr, "decoded %zu: got +%zu, want +%u\n", i, got - q, want[i]);
		CHECK(got == q + want[i]);
	}
	fp_arena_release(&a);
}

static void bundle_entries_hold_resources(void)
{
	const char *t = bundle_doc;
	fp_arena a;
	fp_arena_init(&a);
	fp_json *b = parse(&a, t);
	CHECK(b);
	CHECK(str_is(fp_json_get(b, "resourceType"), "Bundle"));
	CHECK(str_is(fp_json_get(b, "type"), "collection"));
	const fp_json *entries = fp_json_get(b, "entry");
	CHECK(kind_len(entries, FP_JSON_ARRAY, 2));
	const fp_json *e0 = item(entries, 0);
	CHECK(kind_len(e0, FP_JSON_OBJECT, 2));
	CHECK(attr_is(t, fp_json_get(e0, "fullUrl"), "\"urn:uuid:1\"", "urn:uuid:1"));
	/* the wrapper is the resource, with its resourceType */
	const fp_json *sp = fp_json_get(e0, "resource");
	CHECK(kind_len(sp, FP_JSON_OBJECT, 4));
	CHECK(sp->start == at(t, "<SearchParameter>") &&
	      sp->end == at(t, "</SearchParameter>") + 18);
	const fp_json *rt = fp_json_get(sp, "resourceType");
	CHECK(str_is(rt, "SearchParameter"));
	CHECK(rt->start == at(t, "SearchParameter>") && rt->end == rt->start + 15);
	CHECK(attr_is(t, fp_json_get(sp, "code"), "\"sp1\"", "sp1"));
	const fp_json *base = fp_json_get(sp, "base");   /* always an array */
	CHECK(kind_len(base, FP_JSON_ARRAY, 1));
	CHECK(attr_is(t, item(base, 0), "\"Patient\"", "Patient"));
	CHECK(base->start == item(base, 0)->start && base->end == item(base, 0)->end);
	CHECK(attr_is(t, fp_json_get(sp, "expression"), "\"Patient.name\"", "Patient.name"));
	const fp_json *pat = fp_json_get(item(entries, 1), "resource");
	CHECK(kind_len(pat, FP_JSON_OBJECT, 2));
	CHECK(str_is(fp_json_get(pat, "resourceType"), "Patient"));
	CHECK(attr_is(t, fp_json_get(pat, "id"), "\"p1\"", "p1"));
	fp_arena_release(&a);
}

static void search_parameter_bases_and_repeats(void)
{
	const char *t =
		"<SearchParameter xmlns=\"http://hl7.org/fhir\">"
		"<code value=\"s\" id=\"c1\"><extension url=\"u\"><valueCode value=\"k\"/></extension></code>"
		"<base value=\"Patient\"/>"
		"<target value=\"Group\"/>"
		"<base value=\"Person\" id=\"b2\"/>"
		"<expression value=\"name\"/>"
		"<target value=\"Device\"/>"
		"<comparator value=\"eq\"/>"
		"<contained><Patient><active value=\"true\"/></Patient></contained>"
		"</SearchParameter>";
	fp_arena a;
	fp_arena_init(&a);
	fp_json *sp = parse(&a, t);
	CHECK(sp);
	CHECK(kind_len(sp, FP_JSON_OBJECT, 9));
	static const char *const keys[] = { "resourceType", "code", "_code", "base", "_base",
					    "target", "expression", "comparator", "contained" };
	for (size_t i = 0; i < 9; i++)
		CHECK_STR(key(sp, i), keys[i]);
	/* a primitive with id and extensions: "_code" */
	CHECK(attr_is(t, fp_json_get(sp, "code"), "\"s\"", "s"));
	const fp_json *xc = fp_json_get(sp, "_code");
	CHECK(kind_len(xc, FP_JSON_OBJECT, 2));
	CHECK(attr_is(t, fp_json_get(xc, "id"), "\"c1\"", "c1"));
	const fp_json *ext = fp_json_get(xc, "extension");
	CHECK(kind_len(ext, FP_JSON_ARRAY, 1));
	CHECK(attr_is(t, fp_json_get(item(ext, 0), "valueCode"), "\"k\"", "k"));
	/* two bases, not adjacent: one array in document order */
	const fp_json *base = fp_json_get(sp, "base");
	CHECK(kind_len(base, FP_JSON_ARRAY, 2));
	CHECK(attr_is(t, item(base, 0), "\"Patient\"", "Patient"));
	CHECK(attr_is(t, item(base, 1), "\"Person\"", "Person"));
	CHECK(base->start == item(base, 0)->start && base->end == item(base, 1)->end);
	const fp_json *xb = fp_json_get(sp, "_base");
	CHECK(kind_len(xb, FP_JSON_ARRAY, 2));
	CHECK(item(xb, 0)->kind == FP_JSON_NULL);
	CHECK(attr_is(t, fp_json_get(item(xb, 1), "id"), "\"b2\"", "b2"));
	/* a name not known to repeat: an array only when repeated */
	const fp_json *target = fp_json_get(sp, "target");
	CHECK(kind_len(target, FP_JSON_ARRAY, 2));
	CHECK(str_is(item(target, 1), "Device"));
	CHECK(str_is(fp_json_get(sp, "comparator"), "eq"));
	/* values stay strings, booleans too */
	const fp_json *contained = fp_json_get(sp, "contained");
	CHECK(kind_len(contained, FP_JSON_ARRAY, 1));
	CHECK(str_is(fp_json_get(item(contained, 0), "resourceType"), "Patient"));
	CHECK(str_is(fp_json_get(item(contained, 0), "active"), "true"));
	fp_arena_release(&a);
}

static void namespaces(void)
{
	fp_arena a;
	fp_arena_init(&a);
	/* a non-FHIR root reads; its own namespace is read, others skipped */
	const char *t = "<foo xmlns=\"urn:x\" xmlns:o=\"urn:other\" o:attr=\"9\">"
			"<bar value=\"1\"/><o:baz value=\"2\"><bar value=\"3\"/></o:baz>"
			"<f:qux xmlns:f=\"http://hl7.org/fhir\" value=\"4\"/></foo>";
	fp_json *v = parse(&a, t);
	CHECK(v);
	CHECK(kind_len(v, FP_JSON_OBJECT, 3));
	CHECK(str_is(fp_json_get(v, "resourceType"), "foo"));
	CHECK(attr_is(t, fp_json_get(v, "bar"), "\"1\"", "1"));
	CHECK(attr_is(t, fp_json_get(v, "qux"), "\"4\"", "4"));
	CHECK(v->u.obj.items[2].key_start == at(t, "f:qux") &&
	      v->u.obj.items[2].key_end == at(t, "f:qux") + 5);
	/* no namespace at all */
	v = parse(&a, "<Patient><active value=\"false\"/></Patient>");
	CHECK(kind_len(v, FP_JSON_OBJECT, 2));
	CHECK(str_is(fp_json_get(v, "active"), "false"));
	/* a prefixed FHIR root: resourceType is the local name and its range */
	t = "<f:Patient xmlns:f=\"http://hl7.org/fhir\"><f:id value=\"x\"/><id value=\"y\"/></f:Patient>";
	v = parse(&a, t);
	CHECK(kind_len(v, FP_JSON_OBJECT, 2));
	const fp_json *rt = fp_json_get(v, "resourceType");
	CHECK(str_is(rt, "Patient"));
	CHECK(rt->start == at(t, "Patient") && rt->end == rt->start + 7);
	CHECK(v->u.obj.items[0].key_start == 1 && v->u.obj.items[0].key_end == 10);
	CHECK(str_is(fp_json_get(v, "id"), "x"));      /* the un-namespaced <id> is foreign */
	/* an empty root; a byte order mark counts in offsets */
	v = parse(&a, "\xEF\xBB\xBF<Patient/>");
	CHECK(kind_len(v, FP_JSON_OBJECT, 1));
	CHECK(v->start == 3 && v->end == 13);
	fp_arena_release(&a);
}

/* ------------------------------------------------------------------------
 * Errors and limits
 * ---------------------------------------------------------------------- */

#define LIT(s) (s), (sizeof(s) - 1)

static void malformed_xml(void)
{
	/* expat points at the end tag's name */
	CHECK(fails_with(LIT("<Patient><id value=\"1\"></Patient>"), 25, "mismatched tag"));
	CHECK(fails_with(LIT("<Patient><id value=\"a&b\"/></Patient>"), 23,
			 "not well-formed (invalid token)"));
	CHECK(fails_with(LIT("<Patient><id value=\"&lol;\"/></Patient>"), 9, "undefined entity"));
	CHECK(fails_with(LIT(""), 0, "no element found"));
	CHECK(fails_with(LIT("<a/><b/>"), 4, "junk after document element"));
	CHECK(fails_with(LIT("<a value=\"1\" value=\"2\"/>"), 13, "duplicate attribute"));
	CHECK(fails_with(LIT("<a>\0</a>"), 3, "not well-formed (invalid token)"));
	CHECK(fails_with(LIT("<a value=\"&#0;\"/>"), 10, "reference to invalid character number"));
	/* always UTF-8: a Latin-1 declaration does not change that */
	CHECK(fails_with(LIT("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a value=\"\xE9\"/>"), 53,
			 "not well-formed (invalid token)"));
	/* UTF-16 (which expat would read) is refused */
	CHECK(fails_with(LIT("\xFF\xFE<\0a\0/\0>\0"), 0, "input is not UTF-8 (FHIR XML must be UTF-8)"));
	CHECK(fails_with(LIT("<\0a\0/\0>\0"), 0, "input is not UTF-8 (FHIR XML must be UTF-8)"));
	fp_arena a;
	fp_arena_init(&a);
	/* an encoding declaration is not followed: the text is UTF-8 */
	const fp_json *u = parse(&a, "<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
				    "<a><n value=\"\xC3\xA9\"/></a>");
	CHECK(u && str_is(fp_json_get(u, "n"), "\xC3\xA9"));
	fp_arena_release(&a);
	/* err may be NULL */
	fp_json *v = (fp_json *)1;
	CHECK(!fp_fhir_xml_parse("<a>", 3, &a, &v, NULL) && v == NULL);
	fp_arena_release(&a);
}

/* `depth` nested elements, with a value deepest down. */
static char *nested(size_t depth, const char *open, const char *close)
{
	fp_buf b;
	fp_buf_init(&b);
	for (size_t i = 0; i < depth; i++)
		fp_buf_printf(&b, "%s", open);
	fp_buf_printf(&b, "<v value=\"x\"/>");
	for (size_t i = 0; i < depth; i++)
		fp_buf_printf(&b, "%s", close);
	return fp_buf_detach(&b, NULL);        /* the caller fp_frees it */
}

static void deep_nesting(void)
{
	/* 511 <a> plus <v>: 512 levels is fine */
	char *ok = nested(511, "<a>", "</a>");
	CHECK(ok);
	fp_arena a;
	fp_arena_init(&a);
	const fp_json *v = parse(&a, ok);
	fp_arena_release(&a);
	fp_free(ok);
	CHECK(v);
	/* one more fails at the 513th start tag */
	char *deep = nested(512, "<a>", "</a>");
	CHECK(deep);
	bool failed = fails_with(deep, strlen(deep), 512 * 3, "nesting deeper than 512 levels");
	fp_free(deep);
	CHECK(failed);
	/* skipped narrative counts too */
	deep = nested(100000, "<div>", "</div>");
	CHECK(deep);
	clock_t t0 = clock();
	failed = fails_with(deep, strlen(deep), 512 * 5, "nesting deeper than 512 levels");
	double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	fp_free(deep);
	CHECK(failed);
	CHECK(secs < 1.0);
}

static void size_limit(void)
{
	/* refused before a byte is read */
	char tiny[1] = { '<' };
	char msg[64];
	snprintf(msg, sizeof msg, "input larger than %zu bytes", FP_XML_MAX_SIZE);
	CHECK(fails_with(tiny, FP_XML_MAX_SIZE + 1, 0, msg));
}

static void doctype_and_billion_laughs(void)
{
	static const char lol[] =
		"<?xml version=\"1.0\"?>\n"
		"<!DOCTYPE lolz [\n"
		" <!ENTITY lol \"lol\">\n"
		" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
		" <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
		" <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
		" <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
		" <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
		" <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
		" <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
		" <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
		" <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
		"]>\n"
		"<lolz><name value=\"&lol9;\"/>&lol9;</lolz>\n";
	static const char *const msg = "document type declarations ('<!DOCTYPE') are not allowed";
	clock_t t0 = clock();
	CHECK(fails_with(LIT(lol), 22, msg));
	CHECK((double)(clock() - t0) / CLOCKS_PER_SEC < 0.5);
	/* without an internal subset, and an external entity */
	CHECK(fails_with(LIT("<!DOCTYPE Patient><Patient/>"), 0, msg));
	CHECK(fails_with(LIT("<!-- x --><!DOCTYPE Patient SYSTEM \"file:///etc/passwd\" [\n"
			     "<!ENTITY e SYSTEM \"file:///etc/passwd\">]><Patient><id value=\"&e;\"/></Patient>"),
			 10, msg));
	/* a reference that expat would need a DTD for */
	CHECK(fails_with(LIT("<Patient>&e;</Patient>"), 9, "undefined entity"));
}

/* ------------------------------------------------------------------------
 * Allocation failure
 * ---------------------------------------------------------------------- */

/* Fail the 1st, 2nd, ... allocation until a run succeeds: every failure
 * is "out of memory" with *out NULL (and nothing leaks, under ASan), and
 * the successful run gives the same tree as without failures. */
static bool oom_loop(const char *text, long *runs)
{
	fp_arena ref;
	fp_arena_init(&ref);
	fp_json *want = parse(&ref, text);
	if (!want) {
		fp_arena_release(&ref);
		return false;
	}
	fp_arena_drop_spare();
	bool good = true, equal = false;
	long n;
	for (n = 1; n < 100000 && good; n++) {
		fp_arena a;
		fp_arena_init(&a);
		fp_json *v = (fp_json *)1;
		fp_json_error err;
		fp_alloc_fail_at(n);
		bool ok = fp_fhir_xml_parse(text, strlen(text), &a, &v, &err);
		fp_alloc_fail_at(0);
		if (ok) {
			equal = fp_json_equal(v, want, true);
			fp_arena_release(&a);
			break;
		}
		if (v != NULL || strcmp(err.message, "out of memory") != 0) {
			fprintf(stderr, "failing allocation %ld: \"%s\"\n", n, err.message);
			good = false;
		}
		fp_arena_release(&a);
		fp_arena_drop_spare();
	}
	fp_arena_release(&ref);
	*runs = n;
	return good && equal;
}

static void every_allocation_failure_is_an_error_value(void)
{
	long runs;
	CHECK(oom_loop(sd_doc, &runs));
	CHECK(runs > 3);        /* expat's parser, its pools, the arena, our stacks */
	CHECK(oom_loop(bundle_doc, &runs));
	CHECK(runs > 3);
	/* stacks that grow several times */
	char *deep = nested(200, "<a id=\"i\"><b value=\"1\"/><b value=\"2\"/>", "</a>");
	CHECK(deep);
	bool ok = oom_loop(deep, &runs);
	fp_free(deep);
	CHECK(ok);
	CHECK(runs > 10);
}

void unit_suite_xml(void)
{
	UNIT_RUN(structure_definition);
	UNIT_RUN(normalised_whitespace_offsets);
	UNIT_RUN(bundle_entries_hold_resources);
	UNIT_RUN(search_parameter_bases_and_repeats);
	UNIT_RUN(namespaces);
	UNIT_RUN(malformed_xml);
	UNIT_RUN(deep_nesting);
	UNIT_RUN(size_limit);
	UNIT_RUN(doctype_and_billion_laughs);
	UNIT_RUN(every_allocation_failure_is_an_error_value);
}
