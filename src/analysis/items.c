/*
 * analysis/items.c - where(linkId = '...') over a questionnaire's own
 * items (see items.h).
 *
 * analyze.c calls in at three places of its walk: a '.' step (the
 * member or call after it), parentheses and %context/%qitem. A node
 * that stands for one item of the table, for that item's answers (a
 * response's answer, a questionnaire item's initial or answerOption) or
 * for their values gets a note here; the next step reads the note of
 * its left side. Only what the syntax says for certain is narrowed: a
 * where() whose criterion is not a linkId test keeps its input's note
 * (it gives some of those items) and anything else drops it, so the
 * walk falls back to the model's types.
 */
#include "items.h"

#include <stdio.h>
#include <string.h>

#include "syntax/token.h"
#include "util/str.h"

typedef enum note_kind { NOTE_ITEM, NOTE_ANSWER, NOTE_VALUE } note_kind;

typedef struct note {
	const fp_node *node;
	note_kind kind;
	bool response;          /* a QuestionnaireResponse's (else the Questionnaire's) */
	const fp_qitem *item;
} note;

struct fp_items {
	const fp_qitems *t;
	const fp_qitem *ctx;
	const fp_model *m;
	fp_arena *arena;
	fp_diags *diags;
	note *v;
	size_t n, cap;
	fp_type_id qr_item, q_item, qr_answer;
};

static fp_type_id named(const fp_model *m, const char *name)
{
	return fp_model_type(m, name, strlen(name));
}

fp_items *fp_items_begin(const fp_qitems *table, const fp_qitem *context_item,
			 const fp_model *m, fp_arena *arena, fp_diags *diags)
{
	if (!table || !m)
		return NULL;
	fp_items *q = fp_arena_zalloc(arena, sizeof *q);
	if (!q)
		return NULL;
	q->t = table;
	q->ctx = context_item;
	q->m = m;
	q->arena = arena;
	q->diags = diags;
	q->qr_item = named(m, "QuestionnaireResponse.item");
	q->q_item = named(m, "Questionnaire.item");
	q->qr_answer = named(m, "QuestionnaireResponse.item.answer");
	return q;
}

/* ---- notes -------------------------------------------------------------- */

static const note *note_of(const fp_items *q, const fp_node *n)
{
	for (size_t i = q->n; i-- > 0;) {
		if (q->v[i].node == n)
			return &q->v[i];
	}
	return NULL;
}

static void put(fp_items *q, const fp_node *n, note_kind k, bool response, const fp_qitem *it)
{
	if (q->n == q->cap) {   /* a few per tree: grown in the arena */
		size_t cap = q->cap ? q->cap * 2 : 8;
		note *v = fp_arena_alloc(q->arena, cap * sizeof *v);
		if (!v)
			return;
		if (q->n)
			memcpy(v, q->v, q->n * sizeof *v);
		q->v = v;
		q->cap = cap;
	}
	q->v[q->n++] = (note){ n, k, response, it };
}

void fp_items_alias(fp_items *q, const fp_node *to, const fp_node *from)
{
	const note *x = q ? note_of(q, from) : NULL;
	if (x)
		put(q, to, x->kind, x->response, x->item);
}

void fp_items_external(fp_items *q, const fp_node *n)
{
	if (!q || !q->ctx)
		return;
	if (fp_str_eqc(fp_str_make(n->str, n->len), "context"))
		put(q, n, NOTE_ITEM, true, q->ctx);
	else if (fp_str_eqc(fp_str_make(n->str, n->len), "qitem"))
		put(q, n, NOTE_ITEM, false, q->ctx);
}

/* ---- the table ---------------------------------------------------------- */

static const fp_qitem *find(const fp_items *q, const char *id, size_t len)
{
	for (size_t i = 0; i < q->t->n; i++) {
		const char *l = q->t->v[i].link_id;
		if (l && strlen(l) == len && memcmp(l, id, len) == 0)
			return &q->t->v[i];
	}
	return NULL;
}

/* The item's answer value types by its type code (R4 and R5 codes). */
static const struct { const char *code, *type; } answer_types[] = {
	{ "attachment", "Attachment" }, { "boolean", "boolean" }, { "choice", "Coding" },
	{ "coding", "Coding" }, { "date", "date" }, { "dateTime", "dateTime" },
	{ "decimal", "decimal" }, { "integer", "integer" }, { "open-choice", "Coding" },
	{ "quantity", "Quantity" }, { "reference", "Reference" }, { "string", "string" },
	{ "text", "string" }, { "time", "time" }, { "url", "uri" },
};

static bool add_type(fp_items *q, fp_tset *t, const char *name, size_t len)
{
	fp_type_id id = fp_model_type(q->m, name, len);
	if (!id)
		return false;
	*t = fp_tset_union(q->arena, *t, fp_tset_one(q->arena, FP_TYPE_FHIR(id), 0, FP_CARD_1));
	return true;
}

/* What an answer of `it` can be (one value: 0..1); false when its type
 * says nothing (no type, group, display, an unknown code). */
static bool answer_type(fp_items *q, const fp_qitem *it, fp_tset *out)
{
	const char *mapped = NULL;
	for (size_t i = 0; it->type && i < sizeof answer_types / sizeof *answer_types; i++) {
		if (strcmp(answer_types[i].code, it->type) == 0)
			mapped = answer_types[i].type;
	}
	if (!mapped)
		return false;
	fp_tset t = fp_tset_empty();
	/* a choice's options say which types its answers have */
	bool options = it->option_types && strcmp(mapped, "Coding") == 0;
	if (!options && !add_type(q, &t, mapped, strlen(mapped)))
		return false;
	for (const char *p = options ? it->option_types : ""; *p;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		if (!add_type(q, &t, p, len))
			return false;
		p += len + (e != NULL);
	}
	if (it->or_string && !add_type(q, &t, "string", 6))
		return false;
	t.min = 0;
	t.max = FP_CARD_1;
	*out = t;
	return true;
}

/* ---- where(linkId = ...) ------------------------------------------------ */

/* `linkId` or `$this.linkId`. */
static bool is_link_id(const fp_node *n)
{
	if (n->kind == FP_N_INVOKE && n->nkids == 2 && n->kids[0]->kind == FP_N_THIS)
		n = n->kids[1];
	return n->kind == FP_N_IDENT && fp_str_eqc(fp_str_make(n->str, n->len), "linkId");
}

typedef struct ids {
	const fp_node *v[16];
	size_t n;
	bool other;             /* something else than string literals */
} ids;

/* The string literals of 'a' or ('a' | 'b' | ...) into out. */
static void literals(const fp_node *n, ids *out, int depth)
{
	if (depth > 32)
		out->other = true;
	else if (n->kind == FP_N_PAREN && n->nkids == 1)
		literals(n->kids[0], out, depth + 1);
	else if (n->kind == FP_N_BINARY && n->op == FP_T_PIPE && n->nkids == 2) {
		literals(n->kids[0], out, depth + 1);
		literals(n->kids[1], out, depth + 1);
	} else if (n->kind == FP_N_STRING && out->n < 16)
		out->v[out->n++] = n;
	else
		out->other = true;
}

/* The linkIds a where() criterion tests for: `linkId = 'x'` (either
 * side, '=' or '~'), `linkId in ('a' | 'b')`, either side of an 'and'
 * with one of those. False when it is no such test. */
static bool link_ids(const fp_node *c, ids *out, int depth)
{
	memset(out, 0, sizeof *out);
	if (depth > 32 || c->kind != FP_N_BINARY || c->nkids != 2)
		return false;
	const fp_node *l = c->kids[0], *r = c->kids[1];
	if (c->op == FP_T_AND)
		return link_ids(l, out, depth + 1) || link_ids(r, out, depth + 1);
	if (c->op == FP_T_EQ || c->op == FP_T_EQUIV) {
		if (is_link_id(r)) {
			const fp_node *t = l;
			l = r;
			r = t;
		}
		if (!is_link_id(l) || r->kind != FP_N_STRING)
			return false;
		out->v[out->n++] = r;
		return true;
	}
	if (c->op == FP_T_IN && is_link_id(l)) {
		literals(r, out, 0);
		return !out->other && out->n > 0;
	}
	return false;
}

/* FP1015 for the literal `lit`, which no item has. */
static void unknown_id(fp_items *q, const fp_node *lit)
{
	fp_str w = fp_str_make(lit->str, lit->len);
	const char *best = NULL;
	size_t bestd = fp_name_max(w) + 1;
	for (size_t i = 0; i < q->t->n; i++) {
		const char *l = q->t->v[i].link_id;
		size_t d = l ? fp_name_distance(w, fp_str_c(l)) : bestd;
		if (d < bestd) {
			bestd = d;
			best = l;
		}
	}
	if (best)
		fp_diags_add(q->diags, FP_D_UNKNOWN_LINK_ID, lit->start, lit->end,
			     "no item of this questionnaire has linkId '%s'; did you mean '%s'?", lit->str, best);
	else
		fp_diags_add(q->diags, FP_D_UNKNOWN_LINK_ID, lit->start, lit->end,
			     "no item of this questionnaire has linkId '%s'", lit->str);
}

/* Does lt hold this questionnaire's items (of the response or of the
 * questionnaire itself)? */
static bool item_collection(const fp_items *q, fp_tset lt, bool *response)
{
	if (lt.any || lt.n != 1)
		return false;
	*response = lt.v[0] == FP_TYPE_FHIR(q->qr_item);
	return *response || lt.v[0] == FP_TYPE_FHIR(q->q_item);
}

/* `n = lhs.where(...)` (m the call) on lt: see fp_items_step(). */
static fp_tset narrow_where(fp_items *q, const fp_node *n, const fp_node *lhs, const fp_node *m,
			    fp_tset lt, fp_tset rt, bool err)
{
	bool response;
	const note *in = note_of(q, lhs);
	if (!item_collection(q, lt, &response))
		return rt;
	ids found;
	if (m->nkids != 1 || !link_ids(m->kids[0], &found, 0)) {
		if (in)
			put(q, n, in->kind, in->response, in->item);    /* some of them */
		return rt;
	}
	const fp_qitem *one = NULL;
	bool many = false, all = true;
	for (size_t i = 0; i < found.n; i++) {
		const fp_qitem *it = find(q, found.v[i]->str, found.v[i]->len);
		if (!it) {
			all = false;
			if (!err && !q->t->open)
				unknown_id(q, found.v[i]);
			continue;
		}
		many = many || it->many;
		one = i == 0 ? it : NULL;
	}
	if (!all)
		return rt;
	/* linkIds are unique in a questionnaire; a response repeats an
	 * item only where it or an item it sits in repeats */
	uint8_t max = found.n > 1 || (response && many) ? FP_CARD_MANY : FP_CARD_1;
	if (lt.max < max)
		max = lt.max;
	if (one)
		put(q, n, NOTE_ITEM, response, one);
	return fp_tset_card(rt, 0, max);
}

/* ---- the steps ---------------------------------------------------------- */

bool fp_items_bad_member(fp_items *q, const fp_node *lhs, const fp_node *m, fp_tset lt)
{
	const note *x = q && m->kind == FP_N_IDENT ? note_of(q, lhs) : NULL;
	if (!x || x->kind != NOTE_VALUE || lt.any || lt.n == 0)
		return false;
	for (uint32_t i = 0; i < lt.n; i++) {
		if (FP_TYPE_IS_SYS(lt.v[i]) || fp_model_element(q->m, (fp_type_id)lt.v[i], m->str, m->len))
			return false;
	}
	char types[160];
	fp_buf b;
	fp_buf_init(&b);
	fp_tset_format(q->m, fp_tset_card(lt, 0, FP_CARD_1), false, &b);
	snprintf(types, sizeof types, "%s", b.data ? b.data : "?");
	fp_buf_release(&b);
	fp_diags_add(q->diags, FP_D_ANSWER_TYPE, m->name_start, m->name_end,
		     "item '%s' is of type %s: its answers are %s values, which have no element '%s'",
		     x->item->link_id, x->item->type, types, m->str);
	return true;
}

fp_tset fp_items_step(fp_items *q, const fp_node *n, const fp_node *lhs, const fp_node *m,
		      fp_tset lt, fp_tset rt, bool err)
{
	if (!q || rt.any)
		return rt;
	fp_str name = fp_str_make(m->str, m->len);
	if (m->kind == FP_N_CALL) {
		if (fp_str_eqc(name, "where"))
			return narrow_where(q, n, lhs, m, lt, rt, err);
		const note *x = note_of(q, lhs);
		/* what keeps some of its input's items */
		if (x && (fp_str_eqc(name, "first") || fp_str_eqc(name, "last") ||
			  fp_str_eqc(name, "single") || fp_str_eqc(name, "distinct")))
			put(q, n, x->kind, x->response, x->item);
		return rt;
	}
	const note *x = m->kind == FP_N_IDENT ? note_of(q, lhs) : NULL;
	if (!x)
		return rt;
	const fp_qitem *it = x->item;
	bool response = x->response;
	if (x->kind == NOTE_ITEM && response && fp_str_eqc(name, "answer") &&
	    lt.n == 1 && lt.v[0] == FP_TYPE_FHIR(q->qr_item)) {
		if (it->type && (strcmp(it->type, "group") == 0 || strcmp(it->type, "display") == 0)) {
			if (!err)
				fp_diags_add(q->diags, FP_D_ANSWER_TYPE, m->name_start, m->name_end,
					     "item '%s' is of type %s: it has no answers", it->link_id, it->type);
			return rt;
		}
		put(q, n, NOTE_ANSWER, true, it);
		/* one answer unless the item repeats */
		if (!it->repeats && lt.max <= FP_CARD_1)
			rt = fp_tset_card(rt, 0, lt.max);
		return rt;
	}
	if (x->kind == NOTE_ITEM && !response && lt.n == 1 && lt.v[0] == FP_TYPE_FHIR(q->q_item) &&
	    (fp_str_eqc(name, "initial") || fp_str_eqc(name, "answerOption"))) {
		put(q, n, NOTE_ANSWER, false, it);
		return rt;
	}
	if (x->kind == NOTE_ANSWER && fp_str_eqc(name, "value")) {
		fp_tset t;
		if (!answer_type(q, it, &t))
			return rt;
		put(q, n, NOTE_VALUE, response, it);
		t.max = lt.max;
		t.elem = rt.elem;
		return t;
	}
	return rt;
}
