/*
 * tests/check_registry.c - the function registry: sorted, lookups work,
 * every row's rule, flags and parameter kinds are known and consistent,
 * arity agrees with the parameter list, and every
 * function of the FHIRPath spec catalogue (../shared/.../functions.json)
 * has a row.
 */
#include <stdio.h>
#include <string.h>

#include "analysis/empty.h"
#include "eval/env_vars.h"
#include "eval/functions.h"
#include "sources/directives.h"
#include "syntax/token.h"
#include "json/read.h"
#include "runner.h"
#include "util/alloc.h"

/* The emptiness flags of the rows (FN_TOTAL: a value even for an empty
 * input) agree with the spec catalogue's emptyInputResult: "true",
 * "false" or "0" exactly for FN_TOTAL functions. The clock functions
 * (no input) are FN_TOTAL although the catalogue says "empty". */
static void check_empty_rules(const fp_json *root)
{
	fp_buf bad;
	fp_buf_init(&bad);
	size_t n = 0;
	const fp_json *secs = root && root->kind == FP_JSON_OBJECT && root->u.obj.len ? root->u.obj.items[0].value : NULL;
	for (size_t s = 0; secs && secs->kind == FP_JSON_ARRAY && s < secs->u.arr.len; s++) {
		const fp_json *fns = fp_json_get(secs->u.arr.items[s], "functions");
		for (size_t k = 0; fns && fns->kind == FP_JSON_ARRAY && k < fns->u.arr.len; k++) {
			const fp_json *name = fp_json_get(fns->u.arr.items[k], "functionName");
			const fp_json *res = fp_json_get(fns->u.arr.items[k], "emptyInputResult");
			if (!name || name->kind != FP_JSON_STRING || !res || res->kind != FP_JSON_STRING)
				continue;
			const fp_function *f = fp_function_lookup(name->u.str.s, name->u.str.len);
			if (!f || (f->flags & FN_SYSTEM))
				continue;
			n++;
			bool value = strcmp(res->u.str.s, "true") == 0 || strcmp(res->u.str.s, "false") == 0 ||
				     strcmp(res->u.str.s, "0") == 0;
			bool empty = strcmp(res->u.str.s, "empty") == 0;
			if ((value && !(f->flags & FN_TOTAL)) || ((f->flags & FN_TOTAL) && !value))
				fp_buf_printf(&bad, " %s(%s)", f->name, res->u.str.s);
			else if (!value && !empty && strcmp(f->name, "iif") != 0)
				fp_buf_printf(&bad, " %s(unknown '%s')", f->name, res->u.str.s);
		}
	}
	char d[700];
	snprintf(d, sizeof d, "  FN_TOTAL disagrees with emptyInputResult:%s", bad.data ? bad.data : "");
	char name[160];
	snprintf(name, sizeof name, "registry: FN_TOTAL agrees with the catalogue's emptyInputResult (%zu functions)", n);
	rt_result(name, n > 100 && bad.len == 0, d);
	fp_buf_release(&bad);
}

/* The emptiness rule of every operator of the spec's operations.json
 * agrees with its emptyInputResult: "empty" for the rules that give empty
 * on an empty operand, "true"/"false" for those that never do or, like
 * 'contains', give false for an empty collection. '&' is the exception
 * the spec's own text makes: an empty operand counts as ''. */
static void check_operator_rules(void)
{
	char path[1024];
	snprintf(path, sizeof path, "%s/conformance/fhirpath/spec/operations.json", R.shared);
	size_t len;
	char *text = rt_read(path, &len);
	if (!text) {
		rt_result("registry: operator emptiness rules", false, "  operations.json missing");
		return;
	}
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error err;
	fp_buf bad;
	fp_buf_init(&bad);
	size_t n = 0;
	if (fp_json_parse(text, len, &a, NULL, &root, &err) && root->kind == FP_JSON_OBJECT) {
		const fp_json *secs = root->u.obj.len ? root->u.obj.items[0].value : NULL;
		for (size_t s = 0; secs && secs->kind == FP_JSON_ARRAY && s < secs->u.arr.len; s++) {
			const fp_json *ops = fp_json_get(secs->u.arr.items[s], "operations");
			for (size_t k = 0; ops && ops->kind == FP_JSON_ARRAY && k < ops->u.arr.len; k++) {
				const fp_json *op = fp_json_get(ops->u.arr.items[k], "operationName");
				const fp_json *left = fp_json_get(ops->u.arr.items[k], "leftArgument");
				const fp_json *res = fp_json_get(ops->u.arr.items[k], "emptyInputResult");
				if (!op || op->kind != FP_JSON_STRING || !res || res->kind != FP_JSON_STRING ||
				    !left || left->kind != FP_JSON_STRING)
					continue;       /* unary + and -: no left operand */
				n++;
				const char *rule = fp_empty_operator_rule(op->u.str.s);
				bool empty = strcmp(res->u.str.s, "empty") == 0;
				bool ok = rule && (strcmp(op->u.str.s, "&") == 0 ? strcmp(rule, "never") == 0
						   : empty ? strcmp(rule, "never") != 0 && strcmp(rule, "right") != 0
						   : strcmp(rule, "never") == 0 || strcmp(rule, "right") == 0);
				if (!ok)
					fp_buf_printf(&bad, " '%s' (%s, ours %s)", op->u.str.s, res->u.str.s,
						      rule ? rule : "none");
			}
		}
	}
	char d[700];
	snprintf(d, sizeof d, "  disagree:%s", bad.data ? bad.data : "");
	char name[160];
	snprintf(name, sizeof name, "registry: operator emptiness rules agree with operations.json (%zu operators)", n);
	rt_result(name, n >= 20 && bad.len == 0, d);
	fp_buf_release(&bad);
	fp_arena_release(&a);
	fp_free(text);
}

/* One row's meaning is consistent: its rule, "says" and parameter kinds
 * are known values; optional parameters come last; a rule that reads a
 * parameter has that parameter, of the kind it needs; the behaviour flags
 * agree with the rule and the parameters. Writes the first problem into
 * why (empty when none). */
static void row_consistent(const fp_function *f, char *why, size_t n)
{
	why[0] = 0;
	size_t np = 0;
	bool opt = false, expr = false, type = false;
	fp_param p;
	while (fp_fn_param(f, np, &p)) {
		if ((unsigned)p.kind >= FP_PARAM_COUNT_) {
			snprintf(why, n, "parameter %zu has an unknown kind", np);
			return;
		}
		if (opt && !p.optional) {
			snprintf(why, n, "a required parameter after an optional one");
			return;
		}
		if (p.name_len != strlen(p.name) || p.type_len != strlen(p.type) || !p.name_len) {
			snprintf(why, n, "parameter %zu: lengths disagree with the strings", np);
			return;
		}
		if (p.spelled && p.kind != FP_PARAM_VALUE) {
			snprintf(why, n, "only a value parameter spells out its kind");
			return;
		}
		opt = opt || p.optional;
		expr = expr || p.kind == FP_PARAM_EXPR;
		type = type || p.kind == FP_PARAM_TYPE;
		np++;
	}
	fp_param p0;
	bool has0 = fp_fn_param(f, 0, &p0);
	unsigned fl = f->flags;
	if ((unsigned)f->rule >= FP_R_COUNT_ || !strcmp(fp_fn_rule_name(f->rule), "?"))
		snprintf(why, n, "unknown result rule %d", (int)f->rule);
	else if ((unsigned)f->says >= FP_SAYS_COUNT_)
		snprintf(why, n, "unknown 'says' %d", (int)f->says);
	else if ((f->rule == FP_R_SYSTEM) != (f->sys != FP_SYS_NONE) || (f->many && f->rule != FP_R_SYSTEM))
		snprintf(why, n, "a System result needs its type, and only it has one");
	else if (f->rule == FP_R_EXPR0 && !(has0 && p0.kind == FP_PARAM_EXPR))
		snprintf(why, n, "rule expr0 without an expression parameter 0");
	else if (f->rule == FP_R_TYPE0 && !(has0 && p0.kind == FP_PARAM_TYPE))
		snprintf(why, n, "rule type0 without a type parameter 0");
	else if (f->rule == FP_R_UNION0 && !(has0 && p0.kind == FP_PARAM_VALUE))
		snprintf(why, n, "rule union0 without a value parameter 0");
	else if (f->rule == FP_R_IIF && np != 3)
		snprintf(why, n, "rule iif needs criterion and two branches");
	else if (f->rule == FP_R_POWER && np != 1)
		snprintf(why, n, "rule power needs one parameter");
	else if ((fl & FN_SCOPED) && !expr)
		snprintf(why, n, "FN_SCOPED without an expression parameter");
	else if (expr && !(fl & FN_SCOPED) && !(fl & FN_DEFINES_VAR))
		snprintf(why, n, "an expression parameter, but neither FN_SCOPED nor FN_DEFINES_VAR");
	else if ((fl & FN_ACCUMULATES) && !(fl & FN_SCOPED))
		snprintf(why, n, "FN_ACCUMULATES without FN_SCOPED");
	else if ((fl & FN_KEEPS) && f->rule != FP_R_INPUT && f->rule != FP_R_ONE && f->rule != FP_R_TYPE0)
		snprintf(why, n, "FN_KEEPS with a result that is not the input's items");
	else if ((fl & FN_POSITIONAL) && !(fl & FN_KEEPS))
		snprintf(why, n, "FN_POSITIONAL without FN_KEEPS");
	else if (((fl & FN_UNORDERED) != 0) != (f->rule == FP_R_CHILDREN || f->rule == FP_R_DESCENDANTS))
		snprintf(why, n, "FN_UNORDERED exactly for children and descendants");
	else if ((fl & FN_SORTS) && !(fl & FN_KEEPS))
		snprintf(why, n, "FN_SORTS without FN_KEEPS");
	else if ((fl & FN_REPEATS) && f->rule != FP_R_EXPR0)
		snprintf(why, n, "FN_REPEATS without rule expr0");
	else if ((fl & FN_TOTAL) && (fl & FN_FILTER))
		snprintf(why, n, "both FN_TOTAL and FN_FILTER");
	else if ((fl & FN_OPERATOR) && !(has0 && p0.kind == FP_PARAM_TYPE))
		snprintf(why, n, "FN_OPERATOR (is, as) without a type parameter");
	else if (f->says == FP_SAYS_TYPE && !type)
		snprintf(why, n, "says TYPE without a type parameter");
	else if (f->says != FP_SAYS_NONE && f->says != FP_SAYS_COUNT && f->says != FP_SAYS_NEGATES &&
		 !(f->rule == FP_R_SYSTEM && f->sys == FP_SYS_BOOLEAN))
		snprintf(why, n, "a fact from a result that is not Boolean");
	else if (f->impl)
		snprintf(why, n, "an implementation before the evaluator exists");
}

/* The other name tables: environment variables (lookups, families, no
 * duplicates), keywords (each lexes as its token) and directives (no
 * duplicates, every kind has a documented name). */
static void check_name_tables(void)
{
	char why[200] = "";
	for (size_t i = 0; i < fp_nenv_vars && !why[0]; i++) {
		const fp_env_var *v = &fp_env_vars[i];
		if (v->len != strlen(v->name) || fp_env_var_lookup(v->name, v->len) != v || !v->doc[0])
			snprintf(why, sizeof why, "  %%%s: lookup, length or doc", v->name);
		if (fp_env_var_is_family(v) && v->complete)
			snprintf(why, sizeof why, "  %%%s: a family is not completed", v->name);
	}
	const fp_env_var *vs = fp_env_var_lookup("vs-administrative-gender", 24);
	if (!why[0] && (!vs || vs->type != FP_ENV_STRING || fp_env_var_lookup("resourc", 7) ||
			fp_env_var_lookup("resource", 8)->type != FP_ENV_RESOURCE))
		snprintf(why, sizeof why, "  %%vs-... or %%resource looked up wrongly");
	for (size_t i = 0; i < fp_nkeywords && !why[0]; i++) {
		const fp_keyword *k = &fp_keywords[i];
		fp_token t = fp_lex_next(k->word, k->len, 0);
		if (k->len != strlen(k->word) || t.kind != k->kind || t.end != k->len)
			snprintf(why, sizeof why, "  keyword '%s' does not lex as its token", k->word);
	}
	bool kinds[8] = { false };
	for (size_t i = 0; i < fp_ndirective_names && !why[0]; i++) {
		const fp_directive_name *d = &fp_directive_names[i];
		for (size_t j = 0; j < i; j++) {
			if (strcmp(fp_directive_names[j].name, d->name) == 0)
				snprintf(why, sizeof why, "  directive '@%s' twice", d->name);
		}
		if (d->doc && (unsigned)d->kind < 8)
			kinds[d->kind] = true;
	}
	for (int k = FP_DIR_CONTEXT; k <= FP_DIR_INVARIANT && !why[0]; k++) {
		if (!kinds[k])
			snprintf(why, sizeof why, "  directive kind %d has no documented name", k);
	}
	rt_result("registry: environment variables, keywords and directives: one table each, consistent",
		  !why[0], why);
}

void run_registry(void);
void run_registry(void)
{
	if (!rt_selected("registry"))
		return;
	char detail[512] = "";
	bool ok = true;
	for (size_t i = 0; i < fp_nfunctions; i++) {
		const fp_function *f = &fp_functions[i];
		if (i && strcmp(fp_functions[i - 1].name, f->name) >= 0) {
			snprintf(detail, sizeof detail, "  '%s' is out of order", f->name);
			ok = false;
		}
		if (fp_function_lookup(f->name, strlen(f->name)) != f) {
			snprintf(detail, sizeof detail, "  lookup of '%s' fails", f->name);
			ok = false;
		}
		size_t np = 0, nreq = 0;
		fp_param p;
		while (fp_fn_param(f, np, &p)) {
			nreq += !p.optional;
			np++;
		}
		if (f->max != 255 ? (np != f->max || nreq != f->min) : nreq > f->min) {
			snprintf(detail, sizeof detail, "  '%s': min/max %d/%d but params say %zu/%zu",
				 f->name, f->min, f->max, nreq, np);
			ok = false;
		}
		if (!f->doc[0] || strlen(f->doc) > 300) {
			snprintf(detail, sizeof detail, "  '%s': doc missing or too long", f->name);
			ok = false;
		}
	}
	fp_param p;
	const fp_function *sub = fp_function_lookup("substring", 9);
	ok = ok && sub && fp_fn_param(sub, 1, &p) && p.optional && p.type_len == 7 &&
	     strncmp(p.type, "Integer", 7) == 0 && fp_function_lookup("substr", 6) == NULL &&
	     fp_function_lookup("wherex", 6) == NULL;
	const fp_function *w = fp_function_lookup("where", 5);
	ok = ok && w && fp_fn_param(w, 0, &p) && p.kind == FP_PARAM_EXPR && !p.optional;
	rt_result("registry: sorted, lookups, parameters agree with arity", ok, detail);

	/* every row's meaning is known and consistent */
	char meaning[512] = "";
	for (size_t i = 0; i < fp_nfunctions && !meaning[0]; i++) {
		char why[200];
		row_consistent(&fp_functions[i], why, sizeof why);
		if (why[0])
			snprintf(meaning, sizeof meaning, "  %s: %s", fp_functions[i].name, why);
	}
	/* and the flags name the functions they were made for */
	static const struct { const char *name; unsigned flags; } want[] = {
		{ "where", FN_KEEPS | FN_SCOPED | FN_FILTER }, { "first", FN_KEEPS | FN_POSITIONAL },
		{ "defineVariable", FN_DEFINES_VAR }, { "children", FN_UNORDERED },
		{ "sort", FN_SORTS | FN_KEEPS }, { "iif", FN_LAZY | FN_FROM_ARGS },
		{ "aggregate", FN_ACCUMULATES }, { "repeat", FN_REPEATS }, { "as", FN_OPERATOR },
	};
	for (size_t i = 0; i < sizeof want / sizeof want[0] && !meaning[0]; i++) {
		if (!fp_function_has(want[i].name, strlen(want[i].name), want[i].flags))
			snprintf(meaning, sizeof meaning, "  %s lacks its flags", want[i].name);
	}
	char sig[300];
	const fp_function *dif = fp_function_lookup("difference", 10);
	if (!meaning[0] && dif) {
		fp_fn_signature(dif, sig, sizeof sig);
		if (strcmp(sig, "difference(value: Date|DateTime|Time, precision: value String) -> Integer") != 0)
			snprintf(meaning, sizeof meaning, "  signature: %s", sig);
	}
	const fp_function *spl = fp_function_lookup("split", 5);
	if (!meaning[0] && spl) {
		fp_fn_signature(spl, sig, sizeof sig);
		if (strcmp(sig, "split(separator: String) -> String (0..*)") != 0)
			snprintf(meaning, sizeof meaning, "  signature: %s", sig);
	}
	rt_result("registry: every row's rule, flags and parameter kinds are known and consistent",
		  !meaning[0] && dif && spl, meaning);
	check_name_tables();

	if (!R.shared) {
		rt_no_shared("registry: spec catalogue", "no functions.json or operations.json to compare with");
		return;
	}
	char path[1024];
	snprintf(path, sizeof path, "%s/conformance/fhirpath/spec/functions.json", R.shared);
	size_t len;
	char *text = rt_read(path, &len);
	if (!text) {
		rt_result("registry: spec catalogue", false, "functions.json missing");
		return;
	}
	fp_arena a;
	fp_arena_init(&a);
	fp_json *root;
	fp_json_error err;
	fp_buf missing;
	fp_buf_init(&missing);
	size_t n = 0;
	if (fp_json_parse(text, len, &a, NULL, &root, &err) && root->kind == FP_JSON_OBJECT) {
		const fp_json *secs = root->u.obj.len ? root->u.obj.items[0].value : NULL;
		for (size_t s = 0; secs && secs->kind == FP_JSON_ARRAY && s < secs->u.arr.len; s++) {
			const fp_json *fns = fp_json_get(secs->u.arr.items[s], "functions");
			for (size_t k = 0; fns && fns->kind == FP_JSON_ARRAY && k < fns->u.arr.len; k++) {
				const fp_json *name = fp_json_get(fns->u.arr.items[k], "functionName");
				if (!name || name->kind != FP_JSON_STRING)
					continue;
				n++;
				if (!fp_function_lookup(name->u.str.s, name->u.str.len))
					fp_buf_printf(&missing, " %s", name->u.str.s);
			}
		}
	}
	char d2[600];
	snprintf(d2, sizeof d2, "  missing:%s", missing.data ? missing.data : "");
	char name[128];
	snprintf(name, sizeof name, "registry: all %zu functions of the spec catalogue present", n);
	rt_result(name, n > 100 && missing.len == 0, d2);
	fp_buf_release(&missing);
	check_empty_rules(root);
	fp_arena_release(&a);
	fp_free(text);
	check_operator_rules();
}
