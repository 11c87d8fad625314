/*
 * analysis/empty.c - FP2010: an invariant that can evaluate to empty.
 *
 * A FHIR invariant should give true or false. FHIRPath's three-valued
 * logic also allows empty ({}), and validators turn an empty result into
 * false, so the instance fails: name.given.first() = 'x' fails every
 * patient without a name, which is rarely what its author meant.
 *
 * The rule. Every node gets the set of outcomes it can have for a valid
 * instance: true, false, a value (non-empty, not known to be a Boolean)
 * or empty. Where a node can be empty, the result names its causes: the
 * nodes whose emptiness makes it empty (the optional element `name` in
 * name.given.first()). A node can be empty when
 *   - it navigates to an element with minimum cardinality 0, or one some
 *     type of its input lacks (a choice), from an input that exists; the
 *     focus, $this, %resource and %context always exist;
 *   - its input (or, for most operators, an operand) can be empty:
 *     functions by their row in the registry (FN_TOTAL never empty, such
 *     as exists(), empty(), count(), all(); FN_FILTER may be empty even
 *     for a non-empty input, such as where(), ofType(), resolve(); every
 *     other function is empty exactly when its input is, as the spec's
 *     emptyInputResult says), operators by fp_empty_operator_rule()
 *     (=, <, + ... are empty when an operand is; ~, !~, & and 'is' never
 *     are; 'in' when its left operand is, 'contains' when its right one is;
 *     '|' when both are);
 *   - it is {} or an iif() without an otherwise branch whose criterion
 *     can be false or empty;
 *   - and, or, implies follow the three-valued tables, e.g. empty and
 *     false is false, empty or true is true, false implies anything is
 *     true.
 * Guards. The right operand of and/or/implies and the branches of iif()
 * are judged in the case that matters, with what it implies about the
 * instance as facts: in `x.exists() implies x = 1` the right side is
 * judged knowing x exists, in `x.empty() or x = 1` knowing x.empty() is
 * false, and in `(x = 1) and x.exists()` the case "x = 1 is empty" is
 * judged knowing x is empty (so x.exists() is false, and the whole is
 * false, not empty). Facts are about expressions, compared by their
 * syntax tree; they follow what the FHIRPath operators imply (x.y exists
 * => x exists, x = 1 is not empty => x exists, a and b true => a true).
 * Inside a function's criteria the focus changes, so only facts about
 * %variables reach in.
 * Valid instances. A StructureDefinition says more than the base model:
 * an element its profile requires (min 1) is present, and one it narrows
 * to a single type has only that type (fp_invariant.required, .typed,
 * matched by the element path a node's syntax spells). And a valid
 * instance satisfies the element's other constraints too: when the
 * expression can be empty, it is judged again, and a case in which one
 * of the others could not be true is dropped (drt-1 reads 'system' after
 * 'code.exists()'; qty-3 says a code comes with a system).
 *
 * Errors here are misses, never false alarms: what is unknown (an unknown
 * type, a variable's value, a terminology function) counts as non-empty,
 * and an expression too involved to judge within a fixed budget of steps
 * gets no finding.
 */
#include "empty.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "eval/env_vars.h"
#include "eval/functions.h"
#include "syntax/token.h"
#include "util/str.h"

/* ---- operators ---------------------------------------------------------- */

typedef enum op_rule {
	R_NONE,
	R_EMPTY,        /* empty when an operand is */
	R_NEVER,        /* always a value */
	R_LEFT,         /* empty when the left operand is ('in') */
	R_RIGHT,        /* empty when the right operand is ('contains') */
	R_BOTH,         /* empty when both are ('|') */
	R_LOGIC,        /* and, or, xor, implies */
	R_FILTER,       /* 'as': empty on empty, or when the type differs */
} op_rule;

static const char *const rule_names[] = {
	NULL, "empty", "never", "left", "right", "both", "logic", "filter",
};

/* One row per binary operator. '&' treats an empty operand as '' (the
 * spec's text, 6.6.7; its operations.json says "empty"); 'is' gives false
 * for an empty input (operations.json). */
static const struct {
	fp_token_kind op;
	const char *spelling;
	op_rule rule;
	bool boolean;           /* the result is a Boolean */
} op_rules[] = {
	{ FP_T_EQ, "=", R_EMPTY, true },        { FP_T_NE, "!=", R_EMPTY, true },
	{ FP_T_EQUIV, "~", R_NEVER, true },     { FP_T_NEQUIV, "!~", R_NEVER, true },
	{ FP_T_LT, "<", R_EMPTY, true },        { FP_T_LE, "<=", R_EMPTY, true },
	{ FP_T_GT, ">", R_EMPTY, true },        { FP_T_GE, ">=", R_EMPTY, true },
	{ FP_T_IS, "is", R_NEVER, true },       { FP_T_AS, "as", R_FILTER, false },
	{ FP_T_PIPE, "|", R_BOTH, false },      { FP_T_IN, "in", R_LEFT, true },
	{ FP_T_CONTAINS, "contains", R_RIGHT, true },
	{ FP_T_AND, "and", R_LOGIC, true },     { FP_T_OR, "or", R_LOGIC, true },
	{ FP_T_XOR, "xor", R_LOGIC, true },     { FP_T_IMPLIES, "implies", R_LOGIC, true },
	{ FP_T_STAR, "*", R_EMPTY, false },     { FP_T_SLASH, "/", R_EMPTY, false },
	{ FP_T_PLUS, "+", R_EMPTY, false },     { FP_T_MINUS, "-", R_EMPTY, false },
	{ FP_T_DIV, "div", R_EMPTY, false },    { FP_T_MOD, "mod", R_EMPTY, false },
	{ FP_T_AMP, "&", R_NEVER, false },
};

static op_rule rule_of(unsigned op, bool *boolean)
{
	for (size_t i = 0; i < sizeof op_rules / sizeof op_rules[0]; i++) {
		if (op_rules[i].op == op) {
			if (boolean)
				*boolean = op_rules[i].boolean;
			return op_rules[i].rule;
		}
	}
	return R_NONE;
}

const char *fp_empty_operator_rule(const char *spelling)
{
	for (size_t i = 0; i < sizeof op_rules / sizeof op_rules[0]; i++) {
		if (strcmp(op_rules[i].spelling, spelling) == 0)
			return rule_names[op_rules[i].rule];
	}
	return NULL;
}

/* ---- outcomes and facts -------------------------------------------------- */

enum { O_T = 1, O_F = 2, O_V = 4, O_E = 8 };   /* true, false, a value, empty */
#define O_SOME (O_T | O_F | O_V)
#define NCAUSE 4

/* What a node can give, and when it can be empty, why. */
typedef struct eres {
	uint8_t set;
	uint8_t n;
	const fp_node *cause[NCAUSE];   /* innermost first */
} eres;

/* What is known about an expression in the case being judged. */
enum { K_NE = 1, K_E = 2, K_T = 4, K_F = 8 };

typedef struct fact {
	const fp_node *n;
	uint8_t kind;
	uint32_t scope;
	const struct fact *up;
} fact;

/* Where an expression is judged: the type of its focus item, the scope
 * (one per function criteria evaluated over other items) and the facts. */
typedef struct frame {
	fp_tset focus;
	uint32_t scope;
	const fact *facts;
	const char *path;       /* the focus's element path, or NULL */
} frame;

#define BUDGET 20000
#define NMEMO 32

typedef struct em {
	const char *text;
	const fp_node *root;
	const fp_invariant *inv;        /* NULL: nothing more known */
	const fp_model *m;
	const fp_typemap *types;        /* of the tree being judged */
	fp_arena *arena;
	uint32_t nscopes;
	size_t steps;
	bool over;              /* out of budget or memory: no finding */
	const char *self;       /* the context's type, when it is one FHIR type */
	/* the element's other invariants (picked on first use) */
	const fp_analysed **others;
	size_t nothers;
	bool loaded;
	bool refute;            /* drop empty cases the others rule out */
	bool refuting;          /* judging one of the others now */
	struct { const fp_node *n; const fact *facts; bool refuted; } memo[NMEMO];
	size_t nmemo;
} em;

static eres outcome(uint8_t set)
{
	eres r;
	memset(&r, 0, sizeof r);
	r.set = set;
	return r;
}

static void add_cause(eres *r, const fp_node *c)
{
	for (uint8_t i = 0; i < r->n; i++) {
		if (r->cause[i] == c)
			return;
	}
	if (r->n < NCAUSE)
		r->cause[r->n++] = c;
	else
		r->cause[NCAUSE - 1] = c;       /* keep the outermost */
}

static void add_causes(eres *r, const eres *x)
{
	for (uint8_t i = 0; i < x->n; i++)
		add_cause(r, x->cause[i]);
}

/* r can be empty too, because of node c. */
static void also_empty(eres *r, const fp_node *c)
{
	r->set |= O_E;
	add_cause(r, c);
}

/* r is empty whenever x is (with x's causes). */
static void empty_with(eres *r, const eres *x)
{
	if (x->set & O_E) {
		r->set |= O_E;
		add_causes(r, x);
	}
}

/* An empty outcome caused by node c. */
static eres empty_by(const fp_node *c)
{
	eres r = outcome(O_E);
	add_cause(&r, c);
	return r;
}

/* The outcome as a Boolean operand sees it: a single non-Boolean item
 * counts as true, a Boolean one as true or false. */
static eres boolish(eres r)
{
	if (r.set & O_V)
		r.set = (uint8_t)((r.set & ~O_V) | O_T | O_F);
	return r;
}

static const fp_node *unparen(const fp_node *n)
{
	while (n->kind == FP_N_PAREN)
		n = n->kids[0];
	return n;
}

static bool has_str(const fp_node *n)
{
	switch (n->kind) {
	case FP_N_BOOL: case FP_N_STRING: case FP_N_INTEGER: case FP_N_DECIMAL: case FP_N_LONG:
	case FP_N_DATE: case FP_N_DATETIME: case FP_N_TIME: case FP_N_QUANTITY: case FP_N_UNIT:
	case FP_N_IDENT: case FP_N_CALL: case FP_N_EXTERNAL: case FP_N_TYPE: case FP_N_SELECTOR:
	case FP_N_SELEM:
		return true;
	default:
		return false;
	}
}

/* n is the leading step `self.` of a path (Patient.name with the focus a
 * Patient), which keeps the focus as it is. */
static bool self_step(const fp_node *n, const char *self)
{
	n = unparen(n);
	return self && n->kind == FP_N_IDENT && strlen(self) == n->len && memcmp(self, n->str, n->len) == 0;
}

/* The same expression: the same tree, ignoring parentheses, a leading
 * '$this.' ($this.x is x) and, where the focus is the context, a leading
 * step naming its type (self: Patient.name is name with the context
 * Patient; NULL elsewhere). */
static bool same(const fp_node *a, const fp_node *b, const char *self)
{
	a = unparen(a);
	b = unparen(b);
	if (a == b)
		return true;
	if (a->kind == FP_N_INVOKE && b->kind != FP_N_INVOKE &&
	    (unparen(a->kids[0])->kind == FP_N_THIS || self_step(a->kids[0], self)))
		return same(a->kids[1], b, self);
	if (b->kind == FP_N_INVOKE && a->kind != FP_N_INVOKE &&
	    (unparen(b->kids[0])->kind == FP_N_THIS || self_step(b->kids[0], self)))
		return same(a, b->kids[1], self);
	if (a->kind != b->kind || a->op != b->op || a->nkids != b->nkids)
		return false;
	if (has_str(a) && (a->len != b->len || memcmp(a->str, b->str, a->len) != 0))
		return false;
	for (uint32_t i = 0; i < a->nkids; i++) {
		if (!same(a->kids[i], b->kids[i], self))
			return false;
	}
	return true;
}

/* A path from a %variable: the same items wherever it is evaluated. */
static bool absolute(const fp_node *n)
{
	for (;;) {
		n = unparen(n);
		if (n->kind == FP_N_INVOKE || n->kind == FP_N_INDEXER)
			n = n->kids[0];
		else
			return n->kind == FP_N_EXTERNAL;
	}
}

/* Functions that keep some of their input's items (so x.where(c) is
 * part of x), and functions that work item by item (so when x is part of
 * y, x.resolve() is part of y.resolve()). */
static bool keeps_part(const fp_node *c)
{
	return c->kind == FP_N_CALL && fp_function_has(c->str, c->len, FN_KEEPS);
}

static bool per_item(const fp_node *c)
{
	if (c->kind == FP_N_IDENT)
		return true;
	return c->kind == FP_N_CALL && fp_function_has(c->str, c->len, FN_PER_ITEM);
}

/* The items of `part` are among those of `whole`, by their syntax:
 * whole with filters added (x.where(c).y is part of x.y). So when part
 * is not empty, whole is not either. */
static bool covers(const fp_node *part, const fp_node *whole, const char *self, int depth)
{
	part = unparen(part);
	whole = unparen(whole);
	if (same(part, whole, self))
		return true;
	if (depth > 64)
		return false;
	if (part->kind == FP_N_TYPEOP && part->op == FP_T_AS)
		return covers(part->kids[0], whole, self, depth + 1);
	if (part->kind != FP_N_INVOKE)
		return false;
	if (keeps_part(part->kids[1]) && covers(part->kids[0], whole, self, depth + 1))
		return true;
	return whole->kind == FP_N_INVOKE && per_item(part->kids[1]) &&
	       same(part->kids[1], whole->kids[1], self) &&
	       covers(part->kids[0], whole->kids[0], self, depth + 1);
}

/* The fact x applies where f judges: facts about the focus stay in their
 * scope; those about %variables hold everywhere. */
static bool in_scope(const frame *f, const fact *x, const fp_node *n, int *is_abs)
{
	if (x->scope == f->scope)
		return true;
	if (*is_abs < 0)
		*is_abs = absolute(n);
	return *is_abs != 0;
}

/* What the facts of f say about n (K_* bits). */
static uint8_t known(const em *e, const frame *f, const fp_node *n)
{
	uint8_t k = 0;
	int is_abs = -1;        /* computed when first needed */
	const char *self = f->scope == 0 ? e->self : NULL;
	for (const fact *x = f->facts; x; x = x->up) {
		if (!in_scope(f, x, n, &is_abs))
			continue;
		if (x->kind == K_NE ? covers(x->n, n, self, 0) : same(x->n, n, self))
			k |= x->kind;
	}
	return k;
}

/* The name a type argument spells (Quantity, FHIR.Quantity), or NULL. */
static const fp_node *type_name_node(const fp_node *t)
{
	t = unparen(t);
	if (t->kind == FP_N_TYPE || t->kind == FP_N_IDENT)
		return t;
	if (t->kind == FP_N_INVOKE && t->kids[1]->kind == FP_N_IDENT)
		return t->kids[1];      /* FHIR.decimal: the last name decides */
	return NULL;
}

static bool same_type_name(const fp_node *a, const fp_node *b)
{
	a = a ? type_name_node(a) : NULL;
	b = b ? type_name_node(b) : NULL;
	if (!a || !b)
		return false;
	const char *as = a->str, *bs = b->str;
	size_t al = a->len, bl = b->len;
	const char *dot;
	while ((dot = memchr(as, '.', al)) != NULL) {
		al -= (size_t)(dot + 1 - as);
		as = dot + 1;
	}
	while ((dot = memchr(bs, '.', bl)) != NULL) {
		bl -= (size_t)(dot + 1 - bs);
		bs = dot + 1;
	}
	return al == bl && memcmp(as, bs, al) == 0;
}

/* The registry row of a call node, or NULL. */
static const fp_function *fn_of(const fp_node *c)
{
	return c->kind == FP_N_CALL ? fp_function_lookup(c->str, c->len) : NULL;
}

/* f is a function whose Boolean result says `what` of its input. */
static bool says(const fp_function *f, fp_fn_says what)
{
	return f && f->says == what;
}

/* ofType(): the type filter that is no operator's function form (as()
 * is). */
static bool is_of_type(const fp_function *f)
{
	return f && f->rule == FP_R_TYPE0 && !(f->flags & FN_OPERATOR);
}

/* The call gives one of f's value parameters (coalesce()'s values,
 * aggregate()'s init), from which its result may come. */
static bool value_argument(const fp_function *f, const fp_node *c)
{
	for (uint32_t i = 0; i < c->nkids; i++) {
		fp_param p;
		if (fp_fn_param(f, i < f->max ? i : 0, &p) && p.kind == FP_PARAM_VALUE)
			return true;
	}
	return false;
}

/* crit tests its focus item for type t: '$this is T', 'is(T)'. */
static bool is_type_test(const fp_node *crit, const fp_node *t)
{
	crit = unparen(crit);
	if (crit->kind == FP_N_TYPEOP && crit->op == FP_T_IS)
		return unparen(crit->kids[0])->kind == FP_N_THIS && same_type_name(crit->kids[1], t);
	if (crit->kind == FP_N_INVOKE && unparen(crit->kids[0])->kind == FP_N_THIS)
		crit = crit->kids[1];
	return says(fn_of(crit), FP_SAYS_TYPE) && crit->nkids == 1 && same_type_name(crit->kids[0], t);
}

static frame with_fact(em *e, frame f, const fp_node *n, uint8_t kind)
{
	fact *x = fp_arena_alloc(e->arena, sizeof *x);
	if (!x) {
		e->over = true;
		return f;
	}
	x->n = unparen(n);
	x->kind = kind;
	x->scope = f.scope;
	x->up = f.facts;
	f.facts = x;
	return f;
}

/* A function whose result is empty when its input is, so a non-empty
 * result says the input exists. */
static bool strict_fn(const fp_function *f)
{
	return f && !(f->flags & (FN_TOTAL | FN_SYSTEM | FN_FROM_ARGS));
}

/* n is not empty; neither is what that requires (x of x.y, both sides of
 * x = y, ...). */
static frame add_ne(em *e, frame f, const fp_node *n, int depth)
{
	n = unparen(n);
	f = with_fact(e, f, n, K_NE);
	if (depth > 64)
		return f;
	switch (n->kind) {
	case FP_N_INVOKE: {
		const fp_node *m = n->kids[1];
		if (m->kind == FP_N_IDENT || m->kind == FP_N_THIS || strict_fn(fn_of(m)))
			return add_ne(e, f, n->kids[0], depth + 1);
		return f;
	}
	case FP_N_INDEXER:
	case FP_N_UNARY:
		return add_ne(e, f, n->kids[0], depth + 1);
	case FP_N_TYPEOP:
		return n->op == FP_T_AS ? add_ne(e, f, n->kids[0], depth + 1) : f;
	case FP_N_BINARY:
		switch (rule_of(n->op, NULL)) {
		case R_EMPTY:
			f = add_ne(e, f, n->kids[0], depth + 1);
			return add_ne(e, f, n->kids[1], depth + 1);
		case R_LEFT:
			return add_ne(e, f, n->kids[0], depth + 1);
		case R_RIGHT:
			return add_ne(e, f, n->kids[1], depth + 1);
		default:
			return f;
		}
	default:
		return f;
	}
}

/* x.count() <op> k being `v` (K_T or K_F): what it says about x. */
static frame count_fact(em *e, frame f, const fp_node *n, uint8_t v)
{
	const fp_node *l = unparen(n->kids[0]), *r = unparen(n->kids[1]);
	if (l->kind != FP_N_INVOKE || !says(fn_of(l->kids[1]), FP_SAYS_COUNT) || r->kind != FP_N_INTEGER ||
	    r->len > 6)
		return f;
	long k = 0;
	for (uint32_t i = 0; i < r->len; i++)
		k = k * 10 + (r->str[i] - '0');
	/* does the comparison hold for a count of 0, and for every count of
	 * 1 or more? */
	bool zero, pos_all, pos_none;
	switch (n->op) {
	case FP_T_EQ: zero = k == 0; pos_all = false; pos_none = k == 0; break;
	case FP_T_NE: zero = k != 0; pos_all = k == 0; pos_none = false; break;
	case FP_T_GT: zero = k < 0; pos_all = k < 1; pos_none = false; break;
	case FP_T_GE: zero = k <= 0; pos_all = k <= 1; pos_none = false; break;
	case FP_T_LT: zero = k > 0; pos_all = false; pos_none = k <= 1; break;
	case FP_T_LE: zero = k >= 0; pos_all = false; pos_none = k < 1; break;
	default: return f;
	}
	bool truth = v == K_T;
	if (zero != truth)              /* a count of 0 contradicts it */
		return add_ne(e, f, l->kids[0], 0);
	if ((truth && pos_none) || (!truth && pos_all))
		return with_fact(e, f, l->kids[0], K_E);
	return f;
}

/* n gave v (K_T or K_F): add what that says. */
static frame assume(em *e, frame f, const fp_node *n, uint8_t v, int depth)
{
	n = unparen(n);
	f = add_ne(e, f, n, 0);
	f = with_fact(e, f, n, v);
	if (depth > 64)
		return f;
	if (n->kind == FP_N_BINARY) {
		if (n->op == FP_T_AND && v == K_T) {
			f = assume(e, f, n->kids[0], K_T, depth + 1);
			return assume(e, f, n->kids[1], K_T, depth + 1);
		}
		if (n->op == FP_T_OR && v == K_F) {
			f = assume(e, f, n->kids[0], K_F, depth + 1);
			return assume(e, f, n->kids[1], K_F, depth + 1);
		}
		if (n->op == FP_T_IMPLIES && v == K_F) {
			f = assume(e, f, n->kids[0], K_T, depth + 1);
			return assume(e, f, n->kids[1], K_F, depth + 1);
		}
		if (n->op == FP_T_EQ || n->op == FP_T_NE) {
			/* x = y false is x != y true, and the other way round */
			fp_node *o = fp_arena_alloc(e->arena, sizeof *o);
			if (o) {
				*o = *n;
				o->op = n->op == FP_T_EQ ? FP_T_NE : FP_T_EQ;
				f = with_fact(e, f, o, v == K_T ? K_F : K_T);
			}
		}
		return count_fact(e, f, n, v);
	}
	if (n->kind == FP_N_TYPEOP && n->op == FP_T_IS && v == K_T)
		return add_ne(e, f, n->kids[0], 0);
	if (n->kind != FP_N_INVOKE || n->kids[1]->kind != FP_N_CALL)
		return f;
	const fp_node *x = n->kids[0], *c = n->kids[1];
	const fp_function *fn = fn_of(c);
	if (says(fn, FP_SAYS_NEGATES) && c->nkids == 0)
		return assume(e, f, x, v == K_T ? K_F : K_T, depth + 1);
	if (says(fn, FP_SAYS_EXISTS) && v == K_T)
		return add_ne(e, f, x, 0);
	if (says(fn, FP_SAYS_EXISTS) && v == K_F && c->nkids == 0)
		return with_fact(e, f, x, K_E);
	if (says(fn, FP_SAYS_EMPTY))
		return v == K_T ? with_fact(e, f, x, K_E) : add_ne(e, f, x, 0);
	if ((says(fn, FP_SAYS_PRESENT) || says(fn, FP_SAYS_TYPE)) && v == K_T)
		return add_ne(e, f, x, 0);
	return f;
}

/* ---- types --------------------------------------------------------------- */

static fp_tset type_of(em *e, const fp_node *n)
{
	return fp_typemap_get(e->types, n);
}

static fp_tset item_of(fp_tset t)
{
	if (t.max != FP_CARD_0) {
		t.min = 1;
		t.max = FP_CARD_1;
	}
	return t;
}

/* Can element `name` of an existing item of type `in` be absent? Only
 * when it is known: some type of `in` has it with minimum 0, or lacks
 * it while another has it (a choice). Unknown types, and abstract ones
 * whose subtypes would have to be searched, count as never absent. */
static bool member_may_be_empty(em *e, fp_tset in, const fp_node *name)
{
	if (in.any || in.n == 0)
		return false;
	bool found = false, may = false;
	for (uint32_t i = 0; i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]))
			return false;
		fp_type_id t = (fp_type_id)in.v[i];
		const fp_element *el = fp_model_element(e->m, t, name->str, name->len);
		if (!el) {
			if (fp_model_type_abstract(e->m, t))
				return false;
			may = true;
		} else {
			found = true;
			may = may || el->min == 0;
		}
	}
	return found && may;
}

/* Can a type filter to `want` (ofType(), as) drop an existing item of
 * type `in`? When some type of `in` is not `want` nor a subtype of it. */
static bool filter_may_drop(em *e, fp_tset in, fp_tset want)
{
	if (in.any || in.n == 0 || want.any || want.n != 1)
		return false;
	fp_type w = want.v[0];
	for (uint32_t i = 0; i < in.n; i++) {
		fp_type t = in.v[i];
		if (t == w)
			continue;
		if (FP_TYPE_IS_SYS(t) || FP_TYPE_IS_SYS(w)) {
			if (fp_type_as_system(e->m, t) != fp_type_as_system(e->m, w))
				return true;
			continue;
		}
		if (!fp_model_is_a(e->m, (fp_type_id)t, (fp_type_id)w))
			return true;
	}
	return false;
}

/* Do the facts of f say that x is of type t (a type name node): 'x is T'
 * or 'x.is(T)' true, or 'x.exists($this is T)' true for an x of at most
 * one item? Then 'x as T' and 'x.ofType(T)' keep x. */
static bool type_known(em *e, const frame *f, const fp_node *x, const fp_node *t)
{
	int is_abs = -1;
	const char *self = f->scope == 0 ? e->self : NULL;
	for (const fact *k = f->facts; k; k = k->up) {
		if (k->kind != K_T || !in_scope(f, k, x, &is_abs))
			continue;
		const fp_node *n = k->n;
		if (n->kind == FP_N_TYPEOP && n->op == FP_T_IS && same(n->kids[0], x, self) &&
		    same_type_name(n->kids[1], t))
			return true;
		if (n->kind != FP_N_INVOKE || n->kids[1]->kind != FP_N_CALL || !same(n->kids[0], x, self))
			continue;
		const fp_node *c = n->kids[1];
		const fp_function *fn = fn_of(c);
		if (says(fn, FP_SAYS_TYPE) && c->nkids == 1 && same_type_name(c->kids[0], t))
			return true;
		if (says(fn, FP_SAYS_EXISTS) && c->nkids == 1 && type_of(e, x).max != FP_CARD_MANY &&
		    is_type_test(c->kids[0], t))
			return true;
	}
	return false;
}

/* Do the facts of f say that x (of types `in`) has none of its types but
 * t: 'x.ofType(U)' empty for every other type U? Then an existing x is a
 * t, and x.ofType(t) keeps it (deceased.ofType(boolean) empty says a
 * present deceased is a dateTime). */
static bool other_types_gone(em *e, const frame *f, const fp_node *x, fp_tset in, const fp_node *t)
{
	if (in.any || in.n < 2 || !(t = type_name_node(t)))
		return false;
	const char *self = f->scope == 0 ? e->self : NULL;
	for (uint32_t i = 0; i < in.n; i++) {
		if (FP_TYPE_IS_SYS(in.v[i]))
			return false;
		const char *u = fp_model_type_name(e->m, (fp_type_id)in.v[i]);
		if (!u)
			return false;
		if (strlen(u) == t->len && memcmp(u, t->str, t->len) == 0)
			continue;       /* t itself */
		bool gone = false;
		int is_abs = -1;
		for (const fact *k = f->facts; k && !gone; k = k->up) {
			const fp_node *n = k->n;
			if (k->kind != K_E || n->kind != FP_N_INVOKE || !in_scope(f, k, x, &is_abs))
				continue;
			const fp_node *c = n->kids[1];
			const fp_node *ut = c->kind == FP_N_CALL && c->nkids == 1 && is_of_type(fn_of(c))
					    ? type_name_node(c->kids[0]) : NULL;
			gone = ut && strlen(u) == ut->len && memcmp(u, ut->str, ut->len) == 0 &&
			       same(n->kids[0], x, self);
		}
		if (!gone)
			return false;
	}
	return true;
}

/* ---- profiles: required elements ------------------------------------------- */

static bool put_path(char *out, size_t cap, const char *a, const char *b, size_t blen)
{
	int k = b ? snprintf(out, cap, "%s.%.*s", a, (int)blen, b) : snprintf(out, cap, "%s", a);
	return k > 0 && (size_t)k < cap;
}

/* The element path of what n yields ("Patient.name.given"), into out,
 * when its syntax tells: names from the focus, from a type name or from
 * %resource, through functions that keep some of their input's items
 * (where(), first(), ofType(), ...). False otherwise. */
static bool node_path(em *e, const fp_node *n, const frame *f, char *out, size_t cap, int depth)
{
	n = unparen(n);
	if (depth > 64)
		return false;
	switch (n->kind) {
	case FP_N_THIS:
		return f->path && put_path(out, cap, f->path, NULL, 0);
	case FP_N_IDENT: {
		fp_type_id t = n->str[0] >= 'A' && n->str[0] <= 'Z' ? fp_model_type(e->m, n->str, n->len) : 0;
		if (t && fp_model_type_kind(e->m, t) != FP_TYPE_BACKBONE)
			return put_path(out, cap, n->str, NULL, 0);
		return f->path && put_path(out, cap, f->path, n->str, n->len);
	}
	case FP_N_EXTERNAL: {
		/* %resource: the root of the profile's paths, when a resource */
		const char *root = e->inv ? e->inv->path : NULL;
		const fp_env_var *v = fp_env_var_lookup(n->str, n->len);
		if (!root || !v || v->type != FP_ENV_RESOURCE)
			return false;
		size_t rl = strcspn(root, ".");
		fp_type_id t = fp_model_type(e->m, root, rl);
		if (!t || fp_model_type_kind(e->m, t) != FP_TYPE_RESOURCE || rl + 1 > cap)
			return false;
		memcpy(out, root, rl);
		out[rl] = 0;
		return true;
	}
	case FP_N_INVOKE: {
		const fp_node *m = n->kids[1];
		if (m->kind == FP_N_THIS || keeps_part(m))
			return node_path(e, n->kids[0], f, out, cap, depth + 1);
		if (m->kind != FP_N_IDENT)
			return false;
		char left[512];
		return node_path(e, n->kids[0], f, left, sizeof left, depth + 1) &&
		       put_path(out, cap, left, m->str, m->len);
	}
	case FP_N_INDEXER:
		return node_path(e, n->kids[0], f, out, cap, depth + 1);
	case FP_N_TYPEOP:
		return n->op == FP_T_AS && node_path(e, n->kids[0], f, out, cap, depth + 1);
	default:
		return false;
	}
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Does the profile make the element n yields required? */
static bool profile_requires(em *e, const fp_node *n, const frame *f)
{
	const fp_invariant *inv = e->inv;
	char path[512];
	if (!inv || inv->nrequired == 0 || !node_path(e, n, f, path, sizeof path, 0))
		return false;
	const char *key = path;
	return bsearch(&key, inv->required, inv->nrequired, sizeof *inv->required, cmp_cstr) != NULL;
}

/* Does the profile give the element n yields the single type t (a type
 * name node)? Then ofType(t) and 'as t' keep all of it. */
static bool profile_typed(em *e, const fp_node *n, const frame *f, const fp_node *t)
{
	const fp_invariant *inv = e->inv;
	char path[512];
	t = t ? type_name_node(t) : NULL;
	if (!inv || inv->ntyped == 0 || !t || !node_path(e, n, f, path, sizeof path, 0))
		return false;
	size_t pl = strlen(path), lo = 0, hi = inv->ntyped;
	while (lo < hi) {       /* the entry "path\ttype" */
		size_t mid = lo + (hi - lo) / 2;
		int c = strncmp(inv->typed[mid], path, pl);
		if (c == 0)
			c = (unsigned char)inv->typed[mid][pl] - (unsigned char)'\t';
		if (c == 0) {
			const char *ty = inv->typed[mid] + pl + 1;
			const char *tn = t->str;
			size_t tl = t->len;
			const char *dot;
			while ((dot = memchr(tn, '.', tl)) != NULL) {   /* FHIR.boolean */
				tl -= (size_t)(dot + 1 - tn);
				tn = dot + 1;
			}
			return strlen(ty) == tl && memcmp(ty, tn, tl) == 0;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* The element path of n's items for a frame over them, in the arena. */
static const char *items_path(em *e, const fp_node *n, const frame *f)
{
	char path[512];
	if (!e->inv || e->inv->nrequired == 0 ||
	    !node_path(e, n, f, path, sizeof path, 0))
		return NULL;
	return fp_arena_strndup(e->arena, path, strlen(path));
}

/* ---- the walk ------------------------------------------------------------- */

static eres ev(em *e, const fp_node *n, const frame *f);
static bool refuted(em *e, const frame *f, const fp_node *c);

/* The member `name` of `in` (outcomes of the input); whole is the node
 * that yields it (name itself at the start of a path). */
static eres member_step(em *e, const fp_node *whole, const fp_node *name, eres in, fp_tset intype,
			const frame *f)
{
	eres r = outcome(0);
	empty_with(&r, &in);
	if (in.set & O_SOME) {
		r.set |= O_V;
		if (member_may_be_empty(e, intype, name) && !profile_requires(e, whole, f)) {
			also_empty(&r, whole);
		}
	}
	return r;
}

/* A name at the start of a path: a type name keeps the focus when it is
 * of that type, anything else is an element of the focus. */
static eres start_ident(em *e, const fp_node *n, const frame *f)
{
	if (n->len > 0 && n->str[0] >= 'A' && n->str[0] <= 'Z') {
		fp_type_id t = fp_model_type(e->m, n->str, n->len);
		if (t && fp_model_type_kind(e->m, t) != FP_TYPE_BACKBONE) {
			fp_tset want = fp_tset_one(e->arena, FP_TYPE_FHIR(t), 1, FP_CARD_1);
			if (filter_may_drop(e, f->focus, want))
				return (eres){ O_V | O_E, 1, { n } };
			return outcome(O_V);
		}
	}
	return member_step(e, n, n, outcome(O_V), f->focus, f);
}

/* The outcome of a function on input `in`; whole is the node that yields
 * it (the INVOKE, or the call itself at the start of a path). */
static eres call_ev(em *e, const fp_node *whole, const fp_node *c, eres in, fp_tset intype,
		    bool at_start, const frame *f)
{
	const fp_function *fn = fn_of(c);
	if (!fn)
		return outcome(O_V);
	bool in_e = (in.set & O_E) != 0, in_ne = (in.set & O_SOME) != 0;
	bool boolean = fn->rule == FP_R_SYSTEM && fn->sys == FP_SYS_BOOLEAN && !fn->many;
	/* criteria and projections: over the input's items; at the start of
	 * a path the input is the focus item itself, so facts still apply */
	frame lf = *f;
	if (!at_start) {
		lf.scope = ++e->nscopes;
		lf.focus = item_of(intype);
		lf.path = items_path(e, whole->kids[0], f);
	}
	eres r = outcome(0);
	if (says(fn, FP_SAYS_EXISTS)) {
		r.set = (uint8_t)((in_ne ? (c->nkids ? O_T | O_F : O_T) : 0) | (in_e ? O_F : 0));
		return r;
	}
	if (says(fn, FP_SAYS_EMPTY)) {
		r.set = (uint8_t)((in_ne ? O_F : 0) | (in_e ? O_T : 0));
		return r;
	}
	if (says(fn, FP_SAYS_NEGATES)) {
		eres x = boolish(in);
		r.set = (uint8_t)(((x.set & O_T) ? O_F : 0) | ((x.set & O_F) ? O_T : 0) | (x.set & O_E));
		add_causes(&r, &x);
		return r;
	}
	if (fn->rule == FP_R_IIF && c->nkids >= 2) {
		const fp_node *crit = c->kids[0];
		eres cr = boolish(ev(e, crit, &lf));
		if (cr.set & O_T) {
			frame g = assume(e, lf, crit, K_T, 0);
			eres x = ev(e, c->kids[1], &g);
			r.set |= x.set;
			add_causes(&r, &x);
		}
		/* false or empty: the otherwise branch, or empty without one;
		 * an empty criterion is judged once per cause, as in logic() */
		if ((cr.set & (O_F | O_E)) && c->nkids < 3) {
			also_empty(&r, whole);
		} else if (cr.set & (O_F | O_E)) {
			for (int i = (cr.set & O_F) ? -1 : 0; i < ((cr.set & O_E) ? cr.n : 0); i++) {
				frame g = i < 0 ? assume(e, lf, crit, K_F, 0) : with_fact(e, lf, cr.cause[i], K_E);
				eres x = ev(e, c->kids[2], &g);
				r.set |= x.set;
				add_causes(&r, &x);
			}
		}
		if (!at_start && (r.set & O_E)) {
			r.n = 0;        /* causes inside the criteria mean other items */
			add_cause(&r, whole);
		}
		return r;
	}
	if (fn->rule == FP_R_UNION0) {
		eres o = c->nkids ? ev(e, c->kids[0], f) : outcome(O_E);
		if (in_ne || (o.set & O_SOME))
			r.set |= O_V;
		if (in_e && (o.set & O_E)) {
			also_empty(&r, whole);
		}
		return r;
	}
	if ((fn->flags & FN_FROM_ARGS) && value_argument(fn, c))
		return outcome(O_V);    /* not judged: coalesce(), aggregate() with init */
	if (in_e) {
		r.set |= O_E;
		add_causes(&r, &in);
	}
	if (!in_ne)
		return r;
	/* some of the input's items, and not none of them (first(), take());
	 * defineVariable() yields its input as it is */
	if (((fn->flags & FN_KEEPS) && !(fn->flags & FN_FILTER)) || (fn->flags & FN_DEFINES_VAR)) {
		r.set |= in.set & O_SOME;       /* the input's own items */
		return r;
	}
	if ((fn->flags & FN_KEEPS) && fn->params[0].name && fn->params[0].kind == FP_PARAM_EXPR) {
		eres cr = c->nkids ? boolish(ev(e, c->kids[0], &lf)) : outcome(O_T);
		r.set |= O_V;
		if (cr.set != O_T) {
			also_empty(&r, whole);
		}
		return r;
	}
	if (fn->rule == FP_R_EXPR0 && !(fn->flags & FN_REPEATS)) {
		eres p = c->nkids ? ev(e, c->kids[0], &lf) : outcome(O_V);
		r.set |= p.set & O_SOME;
		if (p.set & O_E) {
			also_empty(&r, whole);
		}
		return r;
	}
	if (fn->rule == FP_R_TYPE0) {
		r.set |= O_V;
		if (c->nkids && filter_may_drop(e, intype, type_of(e, c->kids[0])) &&
		    (at_start || (!type_known(e, f, whole->kids[0], c->kids[0]) &&
				  !profile_typed(e, whole->kids[0], f, c->kids[0]) &&
				  !(is_of_type(fn) && !in_e &&
				    other_types_gone(e, f, whole->kids[0], intype, c->kids[0]))))) {
			also_empty(&r, whole);
		}
		return r;
	}
	if (fn->flags & FN_TOTAL) {
		r.set = boolean ? O_T | O_F : O_V;  /* never empty */
		return r;
	}
	r.set |= boolean ? O_T | O_F : O_V;
	if (fn->flags & FN_FILTER) {
		also_empty(&r, whole);
	}
	return r;
}

/* and, or, implies, xor: three-valued, the right side judged in each case
 * of the left one. */
static eres logic(em *e, const fp_node *n, const frame *f)
{
	const fp_node *a = n->kids[0], *b = n->kids[1];
	eres A = boolish(ev(e, a, f));
	eres r = outcome(0);
	if (n->op == FP_T_XOR) {
		eres B = boolish(ev(e, b, f));
		if ((A.set | B.set) & O_E) {
			r.set |= O_E;
			add_causes(&r, &A);
			add_causes(&r, &B);
		}
		if ((A.set & (O_T | O_F)) && (B.set & (O_T | O_F)))
			r.set |= O_T | O_F;
		return r;
	}
	/* the left side decides alone: and on false, or on true, implies on
	 * false */
	uint8_t decides = n->op == FP_T_AND ? O_F : n->op == FP_T_OR ? O_T : O_F;
	uint8_t gives = n->op == FP_T_AND ? O_F : O_T;
	if (A.set & decides)
		r.set |= gives;
	/* otherwise the right side: with the left one's value as a fact */
	uint8_t other = n->op == FP_T_OR ? O_F : O_T;
	if (A.set & other) {
		frame g = assume(e, *f, a, other == O_T ? K_T : K_F, 0);
		eres B = boolish(ev(e, b, &g));
		r.set |= B.set;
		add_causes(&r, &B);
	}
	/* the left side empty: judged once per cause, knowing it is empty */
	if (A.set & O_E) {
		for (uint8_t i = 0; i < A.n; i++) {
			frame g = with_fact(e, *f, A.cause[i], K_E);
			eres B = boolish(ev(e, b, &g));
			/* empty and true is empty, empty and false is false; empty
			 * or true is true, empty or false is empty; empty implies
			 * true is true, empty implies false is empty */
			uint8_t to_empty = n->op == FP_T_AND ? O_T | O_E : O_F | O_E;
			/* empty through the right side's value: is that pair of
			 * cases possible in a valid instance? */
			uint8_t via = B.set & to_empty & (O_T | O_F);
			if (via && !(B.set & O_E)) {
				frame h = assume(e, g, b, via == O_T ? K_T : K_F, 0);
				if (refuted(e, &h, A.cause[i]))
					via = 0;
			}
			if ((B.set & O_E) || via) {
				also_empty(&r, A.cause[i]);
			}
			if (n->op == FP_T_AND && (B.set & O_F))
				r.set |= O_F;
			if (n->op != FP_T_AND && (B.set & O_T))
				r.set |= O_T;
		}
	}
	return r;
}

static eres binary(em *e, const fp_node *n, const frame *f)
{
	bool boolean = false;
	op_rule rule = rule_of(n->op, &boolean);
	if (rule == R_LOGIC)
		return logic(e, n, f);
	if (rule == R_NEVER || rule == R_NONE)
		return outcome(boolean ? O_T | O_F : O_V);
	eres l = ev(e, n->kids[0], f), r = ev(e, n->kids[1], f);
	eres o = outcome(0);
	bool le = (l.set & O_E) != 0, re = (r.set & O_E) != 0;
	bool lv = (l.set & O_SOME) != 0, rv = (r.set & O_SOME) != 0;
	switch (rule) {
	case R_BOTH:
		if (lv || rv)
			o.set |= O_V;
		if (le && re) {
			o.set |= O_E;
			add_cause(&o, n);
		}
		return o;
	case R_LEFT:    /* x in {} is false */
		if (le) {
			o.set |= O_E;
			add_causes(&o, &l);
		}
		if (lv)
			o.set |= O_T | O_F;
		return o;
	case R_RIGHT:   /* {} contains x is false */
		if (re) {
			o.set |= O_E;
			add_causes(&o, &r);
		}
		if (rv)
			o.set |= O_T | O_F;
		return o;
	default:        /* R_EMPTY */
		if (le)
			add_causes(&o, &l);
		if (re)
			add_causes(&o, &r);
		if (le || re)
			o.set |= O_E;
		if (lv && rv && (n->op == FP_T_EQ || n->op == FP_T_NE) && !((l.set | r.set) & O_V)) {
			/* two Booleans: a.exists() = b.exists() */
			for (uint8_t x = O_T; x <= O_F; x <<= 1) {
				for (uint8_t y = O_T; y <= O_F; y <<= 1) {
					if ((l.set & x) && (r.set & y))
						o.set |= (x == y) == (n->op == FP_T_EQ) ? O_T : O_F;
				}
			}
		} else if (lv && rv) {
			o.set |= boolean ? O_T | O_F : O_V;
		}
		return o;
	}
}

static eres ev_node(em *e, const fp_node *n, const frame *f)
{
	switch (n->kind) {
	case FP_N_NULL:
		return empty_by(n);
	case FP_N_BOOL:
		return outcome(n->len == 4 ? O_T : O_F);
	case FP_N_IDENT:
		return start_ident(e, n, f);
	case FP_N_CALL:
		return call_ev(e, n, n, outcome(O_V), f->focus, true, f);
	case FP_N_INVOKE: {
		eres l = ev(e, n->kids[0], f);
		const fp_node *m = n->kids[1];
		if (m->kind == FP_N_IDENT)
			return member_step(e, n, m, l, type_of(e, n->kids[0]), f);
		if (m->kind == FP_N_CALL)
			return call_ev(e, n, m, l, type_of(e, n->kids[0]), false, f);
		return l;
	}
	case FP_N_INDEXER: {
		eres l = ev(e, n->kids[0], f);
		eres r = outcome(0);
		empty_with(&r, &l);
		if (l.set & O_SOME) {
			const fp_node *i = unparen(n->kids[1]);
			r.set |= l.set & O_SOME;
			if (!(i->kind == FP_N_INTEGER && i->len == 1 && i->str[0] == '0')) {
				r.set |= O_E;   /* past the last item */
				add_cause(&r, n);
			}
		}
		return r;
	}
	case FP_N_UNARY:
	case FP_N_PAREN:
		return ev(e, n->kids[0], f);
	case FP_N_TYPEOP: {
		if (n->op == FP_T_IS)
			return outcome(O_T | O_F);
		eres l = ev(e, n->kids[0], f);
		eres r = outcome(0);
		empty_with(&r, &l);
		if (l.set & O_SOME) {
			r.set |= O_V;
			if (filter_may_drop(e, type_of(e, n->kids[0]), type_of(e, n)) &&
			    !type_known(e, f, n->kids[0], n->kids[1]) &&
			    !profile_typed(e, n->kids[0], f, n->kids[1])) {
				also_empty(&r, n);
			}
		}
		return r;
	}
	case FP_N_BINARY:
		return binary(e, n, f);
	default:        /* literals, $this, $index, $total, %variables, ... */
		return outcome(O_V);
	}
}

/* s with the blanks around it cut off. */
static fp_str trimmed(fp_str s)
{
	while (s.n && (s.p[0] == ' ' || s.p[0] == '\t' || s.p[0] == '\n' || s.p[0] == '\r')) {
		s.p++;
		s.n--;
	}
	while (s.n && (s.p[s.n - 1] == ' ' || s.p[s.n - 1] == '\t' || s.p[s.n - 1] == '\n' ||
		       s.p[s.n - 1] == '\r'))
		s.n--;
	return s;
}

/* The element's other invariants, once: all but this one (and copies
 * of it). */
static void load_others(em *e)
{
	e->loaded = true;
	const fp_invariant *inv = e->inv;
	if (!inv || inv->nothers == 0)
		return;
	e->others = fp_arena_alloc(e->arena, inv->nothers * sizeof *e->others);
	if (!e->others)
		return;
	fp_str self = trimmed(fp_str_make(e->text + e->root->start, e->root->end - e->root->start));
	for (size_t i = 0; i < inv->nothers; i++) {
		const fp_analysed *o = &inv->others[i];
		if (o->text == e->text || !o->root || !o->types ||
		    fp_str_eq(trimmed(fp_str_make(o->text, o->len)), self))
			continue;
		e->others[e->nothers++] = o;
	}
}

/* Is "c is empty" impossible in the case f describes, because one of the
 * element's other invariants could then not be true? (A valid instance
 * satisfies them all, and validators count an empty one as failed.)
 * Only at the top scope, where they share the focus. */
static bool refuted(em *e, const frame *f, const fp_node *c)
{
	if (!e->refute || e->refuting || f->scope != 0)
		return false;
	for (size_t i = 0; i < e->nmemo; i++) {
		if (e->memo[i].n == c && e->memo[i].facts == f->facts)
			return e->memo[i].refuted;
	}
	if (!e->loaded)
		load_others(e);
	e->refuting = true;
	frame g = with_fact(e, *f, c, K_E);
	bool r = false;
	const fp_typemap *own = e->types;
	for (size_t i = 0; i < e->nothers && !r; i++) {
		e->types = e->others[i]->types;         /* each tree has its table */
		r = !(boolish(ev(e, e->others[i]->root, &g)).set & O_T);
	}
	e->types = own;
	e->refuting = false;
	size_t slot = e->nmemo < NMEMO ? e->nmemo++ : e->steps % NMEMO;
	e->memo[slot].n = c;
	e->memo[slot].facts = f->facts;
	e->memo[slot].refuted = r;
	return r;
}

static eres ev(em *e, const fp_node *n, const frame *f)
{
	if (e->over || ++e->steps > BUDGET) {
		e->over = true;
		return outcome(O_V);
	}
	uint8_t k = known(e, f, n);
	if (k & K_E)
		return empty_by(unparen(n));
	if (k & K_T)
		return outcome(O_T);
	if (k & K_F)
		return outcome(O_F);
	eres r = ev_node(e, n, f);
	if ((r.set & O_E) && e->refute && !e->refuting && f->scope == 0) {
		uint8_t kept = 0;
		for (uint8_t i = 0; i < r.n; i++) {
			if (!refuted(e, f, r.cause[i]))
				r.cause[kept++] = r.cause[i];
		}
		r.n = kept;
		if (kept == 0)
			k |= K_NE;      /* every way to be empty is ruled out */
	}
	if ((k & K_NE) && (r.set & O_E)) {
		r.set &= (uint8_t)~O_E;
		if (!r.set)
			r.set = O_V;
		r.n = 0;
	}
	return r;
}

/* Judge x once; with refute, the other invariants rule cases out. */
static eres judge(em *e, const fp_analysed *x, const fp_analysis_env *env,
		  const fp_invariant *inv, fp_arena *arena, bool refute)
{
	memset(e, 0, sizeof *e);
	e->text = x->text;
	e->root = x->root;
	e->inv = inv;
	e->m = env->model;
	e->types = x->types;
	e->arena = arena;
	e->refute = refute;
	/* Patient.name is name where the focus is the context Patient */
	fp_tset ctx = env->context;
	if (!ctx.any && ctx.n == 1 && !FP_TYPE_IS_SYS(ctx.v[0]) &&
	    fp_model_type_kind(e->m, (fp_type_id)ctx.v[0]) != FP_TYPE_BACKBONE)
		e->self = fp_model_type_name(e->m, (fp_type_id)ctx.v[0]);
	frame f = { env->context, 0, NULL, inv ? inv->path : NULL };
	return boolish(ev(e, x->root, &f));
}

void fp_lint_invariant(const fp_analysed *x, const fp_analysis_env *env, const fp_invariant *inv,
		       fp_arena *arena, fp_diags *diags)
{
	if (!x->root || !x->types)
		return;
	/* first without the other invariants (most invariants are never
	 * empty, and that is quick to see), then, for the few that may be,
	 * again with them */
	em e;
	eres r = judge(&e, x, env, inv, arena, false);
	if (e.over || !(r.set & O_E) || r.n == 0)
		return;
	if (inv && inv->nothers) {
		r = judge(&e, x, env, inv, arena, true);
		if (e.over || !(r.set & O_E) || r.n == 0)
			return;
	}
	const char *text = x->text;
	const fp_node *c = r.cause[r.n - 1];
	char what[80];
	fp_str_excerpt(text + c->start, c->end - c->start, 60, what, sizeof what);
	fp_diags_add(diags, FP_D_INVARIANT_EMPTY, c->start, c->end,
		     "the invariant is empty, not true or false, when '%s' is empty, and validators count that as a failure; "
		     "write '%s.exists() implies ...' to accept that case, or test it with 'and' to reject it",
		     what, what);
}
