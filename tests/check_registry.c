/*
 * tests/check_registry.c - the function registry: sorted, lookups work,
 * parameter strings parse, arity agrees with the parameter list, and every
 * function of the FHIRPath spec catalogue (../shared/.../functions.json)
 * has a row.
 */
#include <stdio.h>
#include <string.h>

#include "analysis/empty.h"
#include "eval/functions.h"
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
