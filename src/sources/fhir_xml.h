/*
 * sources/fhir_xml.h - read a FHIR resource in XML into the tree the JSON
 * reader builds (json/read.h), so that everything written for FHIR JSON
 * (sources/fhir_json.c) works on XML too.
 *
 * The XML is parsed by the vendored expat (vendor/expat, configured in
 * vendor/vendor.mk) and mapped following FHIR's XML <-> JSON rules, as far
 * as they can be applied without the FHIR model:
 *
 *   - The root element is the resource: an object whose first member is
 *     "resourceType" with the element's local name (any name and any
 *     namespace is accepted for the root, so non-FHIR XML reads too; a
 *     `value` attribute on the root is ignored).
 *   - A child element with a `value` attribute is a string member holding
 *     the decoded attribute value. Every primitive stays FP_JSON_STRING,
 *     numbers and booleans included (JSON consumers only read strings).
 *     When such an element also has an `id`/`url` attribute or child
 *     elements (extensions), those go into an object member "_name", as
 *     in FHIR JSON (an array with nulls when "name" is an array).
 *   - A child element without `value` is an object of its attributes and
 *     children (also when empty: {}).
 *   - The attributes `id` and `url` become string members of their
 *     element (<extension url="...">, <element id="...">). Others, and
 *     all prefixed ones (xsi:...), are ignored.
 *   - Repetition: sibling elements with the same name become one array
 *     member, in document order, placed where the first one is. So do the
 *     names in FP_XML_REPEATING even when they occur once, because JSON
 *     consumers look for an array there: without the model we cannot know
 *     which other elements repeat, so a single occurrence of any other
 *     name stays a scalar/object.
 *   - A resource inside an element (<resource><Patient>..</Patient>
 *     </resource> in Bundle.entry, <contained>, Parameters.parameter) is
 *     recognised by its capitalised name: the wrapper becomes the
 *     resource's object, with its "resourceType".
 *   - Skipped: the XHTML narrative (<div>, whatever its namespace), child
 *     elements outside the FHIR namespace and the root's own namespace
 *     (with all they contain), text, comments, processing instructions.
 *
 * Source ranges: a string from an attribute covers the raw attribute value
 * INCLUDING its quotes, like a JSON string; fp_xml_attr_source_offset maps
 * offsets in the decoded value back through references. "resourceType"
 * strings cover the element's local name in its start tag (no quotes). An
 * object covers its element from '<' to the end of its end tag (or of
 * "/>"); an array, its first to its last item. Member keys cover the
 * element or attribute name (qualified name, no quotes).
 *
 * Safety: input is at most FP_XML_MAX_SIZE bytes and elements nest at most
 * FP_XML_MAX_DEPTH deep (errors, never a crash; expat does not recurse on
 * nesting). Any document type declaration is refused before its internal
 * subset is read, so no entity can be declared: no entity expansion
 * ("billion laughs"), no external entities, no defaulted attributes.
 * The text is always read as UTF-8, whatever its XML declaration says
 * (FHIR requires UTF-8; it also keeps raw and decoded offsets aligned).
 * Parsing is deterministic: expat's hash salt is a constant.
 */
#ifndef FP_SOURCES_FHIR_XML_H
#define FP_SOURCES_FHIR_XML_H

#include <stdbool.h>
#include <stddef.h>

#include "json/read.h"
#include "util/arena.h"

#define FP_XML_MAX_DEPTH 512
#define FP_XML_MAX_SIZE ((size_t)256 << 20)

/* The FHIR namespace; child elements in it (or in the root's namespace,
 * usually the same, or none) are read, all others skipped. */
#define FP_XML_FHIR_NAMESPACE "http://hl7.org/fhir"

/* Element names made arrays even when they occur once: every key that
 * sources/fhir_json.c reads as an array, plus extensions and contained
 * resources. Keep in step with fhir_json.c's jarr() calls. */
#define FP_XML_REPEATING \
	"base", "column", "constant", "constraint", "contained", "context", \
	"contextInvariant", "element", "entry", "extension", "item", \
	"modifierExtension", "repeat", "select", "unionAll", "where"

/*
 * Parse text[0..len) (need not be NUL-terminated; not referenced by the
 * tree afterwards) as one FHIR XML resource and build its JSON-shaped
 * tree in `arena`.
 *
 * On success returns true and sets *out to the root object. On failure
 * returns false, sets *out to NULL and, when err is not NULL, fills it
 * with the byte offset and a lowercase message: expat's own
 * ("not well-formed (invalid token)", "mismatched tag", "undefined
 * entity", ...) or "input larger than N bytes", "nesting deeper than 512
 * levels", "document type declarations ('<!DOCTYPE') are not allowed",
 * "out of memory". Whatever was allocated from the arena stays there until
 * it is released. Everything else (expat's parser, the open-element
 * stacks) goes through fp_malloc/fp_realloc/fp_free and is freed before
 * returning, so an injected allocation failure (fp_alloc_fail_at) at any
 * point gives "out of memory" and no leak.
 */
bool fp_fhir_xml_parse(const char *text, size_t len, fp_arena *arena,
		       fp_json **out, fp_json_error *err);

/*
 * Map a byte offset in a decoded attribute value back to the source:
 * `text` is the text that was parsed, `str` an FP_JSON_STRING from it and
 * decoded_offset an offset in [0, str->u.str.len]. The raw value is walked
 * from its opening quote through references (&amp; &lt; &gt; &quot;
 * &apos; &#N; &#xN;, where a character reference decodes to 1-4 UTF-8
 * bytes) and CR LF pairs (one space once normalised). An offset inside
 * the decoded bytes of a reference maps to its '&'; decoded_offset >= len
 * maps to the closing quote. Other bytes map one to one (attribute-value
 * normalisation turns a tab, LF or lone CR into one space). For a string
 * without quotes ("resourceType") the mapping is one to one. Computed on
 * demand: O(length of the value), no memory.
 */
size_t fp_xml_attr_source_offset(const char *text, const fp_json *str,
				 size_t decoded_offset);

/* Every offset at once: map[k] = fp_xml_attr_source_offset(text, str, k)
 * for k in [0, str->u.str.len], in one walk (str->u.str.len + 1 entries). */
void fp_xml_attr_source_map(const char *text, const fp_json *str, size_t *map);

#endif
