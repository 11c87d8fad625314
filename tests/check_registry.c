/*
 * tests/check_registry.c - the function registry: sorted, lookups work,
 * parameter strings parse, arity agrees with the parameter list, and every
 * function of the FHIRPath spec catalogue (../shared/.../functions.json)
 * has a row.
 */
#include <stdio.h>
#include <string.h>

#include "eval/functions.h"
#include "json/read.h"
#include "runner.h"
#include "util/alloc.h"

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

	if (!R.shared)
		return;
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
	fp_arena_release(&a);
	fp_free(text);
}
