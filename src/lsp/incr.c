/*
 * lsp/incr.c - incremental analysis on didChange: the fast path for an
 * edit inside one expression string of a FHIR resource.
 *
 * Most keystrokes in a FHIR JSON or XML document land inside the string
 * that holds an expression and leave the document's structure alone:
 * the JSON (or XML) tree, every other string, the sites and their
 * contexts are what they were, only shifted by the number of bytes the
 * edit added or removed. For such an edit the analysis of the document
 * is updated in place instead of being rebuilt:
 *
 *   1. the text is edited in its buffer, the line table's starts after
 *      the edit move (the edit holds no line break);
 *   2. project/'s fp_fhir_shift moves the ranges of every site string,
 *      record and finding after the edit;
 *   3. fp_fhir_update_string parses and analyses the string's records
 *      (one per search parameter base) again, in the environments they
 *      keep, and lints their element's invariants again (FP2010);
 *   4. the document's findings are collected again from the per-record
 *      lists in the order fp_fhir_check adds them, then severities and
 *      sorting as after a full analysis.
 *
 * The result is what a fresh didOpen of the new text gives: the
 * conditions below make sure of it, and fuzz/fuzz_lsp_edit.c compares
 * the two after every edit. Anything else (an edit outside a site
 * string, one that adds a quote, a backslash, a control character or a
 * line break, an XML entity or non-ASCII text in an attribute, a string
 * another site is nested in, a document cut short by its time budget)
 * sets the analysis aside (server.c, doc_stash_analysis); the next
 * publish reads the whole text again, and every expression whose key
 * did not change takes its results from the one set aside instead of
 * being parsed and analysed (project/resource.c, fp_check_options.reuse).
 *
 * Rejected: editing the JSON tree in place for every edit (a key or a
 * bracket changes which sites exist and what their contexts are, which
 * is the extraction's whole job), and keeping a gap buffer (every reader
 * of the text wants it contiguous; one memmove of the tail costs well
 * under a millisecond even in the 17 MB core bundle).
 *
 * Memory: an update allocates the string's new trees and findings in the
 * document's arena, and the old ones stay there until the next full
 * analysis. Past a quarter of the arena's size after its full analysis
 * (plus 1 MiB), the fast path declines, so the next publish starts a
 * fresh arena.
 */
#include "internal.h"

#include <string.h>

#include "util/alloc.h"
#include "util/utf8.h"

/* May the new content c[0..n) of a site string stand for itself, decoded
 * text equal to the raw bytes? JSON: no quote, backslash or control
 * character. XML (quoted with q): no q, '&', '<', control character
 * (tab, CR and LF are normalised to spaces) or non-ASCII byte (expat
 * refuses some code points that UTF-8 allows). */
static bool verbatim(const char *c, size_t n, bool xml, char q)
{
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)c[i];
		if (ch < 0x20 || ch == 0x7f)
			return false;
		if (!xml && (ch == '"' || ch == '\\'))
			return false;
		if (xml && (ch == (unsigned char)q || ch == '&' || ch == '<' || ch >= 0x80))
			return false;
	}
	return true;
}

static bool char_boundary(const char *t, size_t len, size_t i)
{
	return i >= len || ((unsigned char)t[i] & 0xc0) != 0x80;
}

/* A profile's constraint is reported once, where it is defined
 * (fp_site.quiet): a snapshot's copy of the differential's, or of the
 * base's in the same Bundle, is quiet because its text equals the
 * other's. Editing constraint `at` (its string holds the edit [a, b) ->
 * ins, verbatim) may change that when it is quiet itself or another
 * invariant has its text, before or after the edit: then the document
 * is analysed again (its unchanged expressions' results reused by key). */
static bool moves_quiet(const lsp_doc *d, size_t at, size_t a, size_t b, const char *ins, size_t n)
{
	const fp_embedded *e = &d->fhir.exprs[at];
	if (!e->x.invariant)
		return false;
	if (e->quiet)
		return true;
	size_t head = a - e->str->start - 1, tail = e->str->end - 1 - b;
	const char *after = d->text + b;
	for (size_t i = 0; i < d->fhir.nexprs; i++) {
		const fp_embedded *o = &d->fhir.exprs[i];
		if (i == at || !o->x.invariant || o->str == e->str)
			continue;
		if (o->len == e->len && memcmp(o->text, e->text, e->len) == 0)
			return true;
		if (o->len == head + n + tail && memcmp(o->text, e->text, head) == 0 &&
		    memcmp(o->text + head, ins, n) == 0 && memcmp(o->text + head + n, after, tail) == 0)
			return true;
	}
	return false;
}

long lsp_incr_site(lsp_server *s, lsp_doc *d, size_t a, size_t b, const char *ins, size_t n)
{
	if (!d->analysed || !d->incr_ok || !d->is_json || !d->fhir.is_fhir || d->kind == FP_TEXT_FSH)
		return -1;
	if (d->arena.total > d->arena_base + d->arena_base / 4 + ((size_t)1 << 20))
		return -1;      /* time for a fresh arena */
	size_t len = d->len - (b - a) + n;
	if (len > s->opt.max_document || len >= UINT32_MAX)
		return -1;
	if (!char_boundary(d->text, d->len, a) || !char_boundary(d->text, d->len, b))
		return -1;
	size_t bad;
	if (memchr(ins, 0, n) || !fp_utf8_valid(ins, n, &bad))
		return -1;
	/* the record whose string holds the edit strictly inside its quotes */
	long at = -1;
	for (size_t i = 0; i < d->fhir.nexprs; i++) {
		const fp_json *str = d->fhir.exprs[i].str;
		if (str && a > str->start && b < str->end) {
			at = (long)i;
			break;
		}
	}
	if (at < 0)
		return -1;
	const fp_json *str = d->fhir.exprs[at].str;
	for (size_t i = (size_t)at; i < d->fhir.nexprs && d->fhir.exprs[i].str == str; i++) {
		if (d->fhir.exprs[i].feeds)
			return -1;
	}
	bool xml = d->fhir.exprs[at].map == FP_SITE_MAP_XML;
	char q = d->text[str->start];
	if (xml && q != '"' && q != '\'')
		return -1;
	/* the string's content after the edit: the part before it, the
	 * inserted text, the part after it; no line break removed either */
	if (memchr(d->text + a, '\n', b - a) || memchr(d->text + a, '\r', b - a))
		return -1;
	if (!verbatim(d->text + str->start + 1, a - str->start - 1, xml, q) || !verbatim(ins, n, xml, q) ||
	    !verbatim(d->text + b, str->end - 1 - b, xml, q))
		return -1;
	if (moves_quiet(d, (size_t)at, a, b, ins, n))
		return -1;
	return at;
}

bool lsp_incr_apply(lsp_server *s, lsp_doc *d, size_t site, size_t a, size_t removed, size_t n)
{
	long delta = (long)n - (long)removed;
	/* the line table: the edit holds no line break */
	size_t line = fp_lines_line(&d->lines, a);
	for (size_t k = line + 1; k < d->lines.count; k++)
		d->lines.starts[k] = (uint32_t)((long)d->lines.starts[k] + delta);
	d->lines.text = d->text;
	d->lines.len = d->len;
	d->lines.memo = false;  /* the last position it gave may have moved */
	fp_fhir_shift(&d->fhir, a, delta);
	const fp_json *str = d->fhir.exprs[site].str;
	fp_check_options opt = s->check;
	opt.budget = NULL;      /* one string: no deadline, as in a fresh check within its budget */
	opt.version = lsp_doc_version(s, d);
	opt.config = lsp_doc_config(s, d);
	if (!fp_fhir_update_string(&d->fhir, d->text, site, d->text + str->start + 1,
				   str->end - str->start - 2, &opt, &d->arena) ||
	    !fp_fhir_collect(&d->fhir, &d->diags))
		return false;
	fp_apply_severities(&d->diags, &opt);
	if (!lsp_doc_ignores(d, &opt))
		return false;
	fp_diags_sort(&d->diags);
	s->incr_updates++;
	return !d->diags.failed && !d->arena.failed;
}
