/*
 * sources/questionnaire.h - what a Questionnaire's own expressions know
 * about it: its item table (analysis/items.h), the item each expression
 * sits in, and the variables it sees with their types.
 *
 * Read from the tree once per Questionnaire (JSON or XML alike: the XML
 * reader gives the same tree), after fhir_json.c found its sites:
 *   - items: every item under `item` (nested ones too), with linkId,
 *     type, repeats, the value types of its answerOptions, and whether
 *     a string is accepted beside the options (R4 open-choice, R5
 *     answerConstraint optionsOrString). An item with a
 *     sdc-questionnaire-subQuestionnaire extension makes the table open:
 *     other items will be assembled in; so does the
 *     sdc-questionnaire-questionnaireAdaptive extension (an adaptive
 *     form's questionnaire grows as it is answered).
 *   - variables: each launchContext (its `name` code, its `type`: the
 *     resource type), and each named text/fhirpath Expression (variable,
 *     itemPopulationContext, ...), typed by its own site's result; a
 *     declaration on an item is seen by that item and the items in it,
 *     one on the Questionnaire by all, the nearest one of a name wins.
 * Expressions inside `contained` resources get nothing: they are not
 * this questionnaire's.
 */
#ifndef FP_SOURCES_QUESTIONNAIRE_H
#define FP_SOURCES_QUESTIONNAIRE_H

#include <stdbool.h>
#include <stddef.h>

#include "json/read.h"
#include "sources/fhir_json.h"
#include "util/arena.h"

/* Give sites[from..to) (the sites found in Questionnaire q, in file
 * order; their indexes are file-wide) their fp_site.quest. open: other
 * items may come (an adaptive form's questionnaire), so an unknown
 * linkId is not reported. Everything in arena. False only when out of
 * memory. */
bool fp_questionnaire_attach(const fp_json *q, fp_site *sites, size_t from, size_t to, bool open,
			     fp_arena *arena);

#endif
