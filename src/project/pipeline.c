/*
 * project/pipeline.c - parse + analyse, shared by check and serve.
 */
#include "pipeline.h"

#include "sources/config.h"
#include "sources/files.h"

#include <string.h>

#include "analysis/uses.h"
#include "analysis/analyze.h"
#include "analysis/empty.h"
#include "project/env.h"
#include "syntax/parse.h"
#include "util/clock.h"
#include "util/utf8.h"

/* Record env on x and analyse it (with opt's workspace extensions, if
 * any). Types are computed either way (hover, completion), but type
 * diagnostics only count on an expression that parsed cleanly: a syntax
 * error already says what is wrong, and checks on a broken tree mostly
 * repeat it in other words. An invariant's FP2010 comes after, from
 * fp_lint_fexpr(). */
static void run_analysis(const char *text, fp_fexpr *x, const fp_expr_env *env,
			 const fp_check_options *opt, fp_budget *budget, fp_arena *arena,
			 fp_diags *diags)
{
	x->env = env;
	x->uses_ext = !x->syntax_errors && fp_uses_workspace_extensions(x->ast);
	if (fp_budget_over(budget)) {
		x->type = fp_tset_any();        /* over budget: parsed, not analysed */
		x->types = NULL;
		budget->skipped++;
		return;
	}
	fp_analysis_env use;
	fp_expr_env_use(env, opt, &use);
	fp_diags scratch;
	fp_diags_init(&scratch, arena);
	fp_analysis r = fp_analyze(text, x->ast, &use, arena, x->syntax_errors ? &scratch : diags);
	fp_diags_release(&scratch);
	x->type = r.type;
	x->complete = r.complete;
	fp_use *uses;
	size_t nuses;
	if (fp_element_uses(x->ast, r.types, arena, &uses, &nuses)) {
		x->uses = uses;
		x->nuses = nuses;
	} else {
		arena->failed = true;
	}
	/* analysed again: the table keeps its address, so the records that
	 * borrowed it (an element's other invariants) see the new types */
	if (x->types && r.types)
		*x->types = *r.types;
	else
		x->types = r.types;
}

bool fp_lint_fexpr(const char *text, const fp_fexpr *x, fp_arena *arena, fp_diags *diags)
{
	if (!x->invariant || !x->env || !x->types || !x->complete || x->syntax_errors)
		return true;
	fp_analysis_env env;
	fp_expr_env_use(x->env, NULL, &env);
	fp_analysed self = { text, x->ast->end, x->ast, x->types };
	/* FP2010's working data lives in a scratch arena dropped right after
	 * (thousands of constraints per core file would otherwise keep tens
	 * of megabytes); diagnostics still go to diags */
	fp_arena scratch;
	fp_arena_init(&scratch);
	fp_lint_invariant(&self, &env, x->env->inv, &scratch, diags);
	if (scratch.failed)
		arena->failed = true;   /* out of memory: say so, as for arena */
	fp_arena_release(&scratch);
	return !arena->failed && !diags->failed;
}

/* The environments of a .fhirpath text's expressions: one per directive
 * block (the expressions after the same directives share one). */
typedef struct block_envs {
	const fp_fexpr *last;   /* the expression env was built for */
	const fp_expr_env *env;
} block_envs;

static bool same_directives(const fp_fexpr *a, const fp_fexpr *b)
{
	return a->context == b->context && a->fhir == b->fhir && a->vars == b->vars &&
	       a->nvars == b->nvars && a->invariant == b->invariant;
}

/* x's environment (in arena, or the block's); NULL when out of memory. */
static const fp_expr_env *env_of(block_envs *b, const fp_fexpr *x, const fp_check_options *opt,
				 fp_arena *arena)
{
	if (b->env && same_directives(b->last, x))
		return b->env;
	fp_env_site where = { .fpfile = x };
	const fp_expr_env *env;
	if (!fp_expr_env_build(&where, opt, arena, &env))
		return NULL;
	b->last = x;
	b->env = env;
	return env;
}

/* Analyse x in env, then FP2010 if it is an invariant. */
static void analyse(const char *text, fp_fexpr *x, const fp_expr_env *env,
		    const fp_check_options *opt, fp_arena *arena, fp_diags *diags)
{
	run_analysis(text, x, env, opt, opt->budget, arena, diags);
	fp_lint_fexpr(text, x, arena, diags);
}

/* Directives whose values name nothing: reported once each. */
static void check_directives(const fp_fpfile *f, const fp_check_options *opt, fp_arena *arena,
			     fp_diags *diags)
{
	fp_fhir_version v = opt->version;
	for (size_t i = 0; i < f->ndirs; i++) {
		const fp_directive *d = &f->dirs[i];
		if (d->kind == FP_DIR_FHIR)
			fp_fhir_version_parse(d->value, strlen(d->value), &v);
		const fp_model *m = fp_model_get(v);
		fp_tset t;
		/* a did-you-mean when the value is a slip of a real name */
		char hint[256], note[160];
		if (d->kind == FP_DIR_CONTEXT &&
		    !fp_resolve_context(m, d->value, strlen(d->value), arena, &t)) {
			if (!fp_suggest_context(m, d->value, strlen(d->value), arena, hint, sizeof hint,
						note, sizeof note))
				fp_diags_add(diags, FP_D_UNKNOWN_CONTEXT, d->value_start, d->value_end,
					     "unknown context '%s' in FHIR %s", d->value, fp_fhir_version_name(v));
			else if (note[0])
				fp_diags_add(diags, FP_D_UNKNOWN_CONTEXT, d->value_start, d->value_end,
					     "unknown context '%s' in FHIR %s; did you mean '%s'? (%s)",
					     d->value, fp_fhir_version_name(v), hint, note);
			else
				fp_diags_add(diags, FP_D_UNKNOWN_CONTEXT, d->value_start, d->value_end,
					     "unknown context '%s' in FHIR %s; did you mean '%s'?",
					     d->value, fp_fhir_version_name(v), hint);
		}
		if (d->kind == FP_DIR_VAR && d->value[0] &&
		    !fp_resolve_context(m, d->value, strlen(d->value), arena, &t) &&
		    !fp_resolve_type_name(m, d->value, strlen(d->value))) {
			/* a type (System ones too) or an element path */
			size_t n = strlen(d->value);
			if (fp_suggest_type(m, d->value, n, true, hint, sizeof hint) ||
			    fp_suggest_context(m, d->value, n, arena, hint, sizeof hint, NULL, 0))
				fp_diags_add(diags, FP_D_UNKNOWN_TYPE, d->value_end - n, d->value_end,
					     "unknown type '%s' for variable '%%%s'; did you mean '%s'?",
					     d->value, d->var_name, hint);
			else
				fp_diags_add(diags, FP_D_UNKNOWN_TYPE, d->value_end - n, d->value_end,
					     "unknown type '%s' for variable '%%%s'", d->value, d->var_name);
		}
	}
}

/* Mark the expressions that have a syntax (or lexical) error. x is in
 * file order and the ranges do not overlap, so each diagnostic finds its
 * expression by binary search (100,000 broken lines stay linear-ish). */
static void mark_syntax_errors(fp_fexpr *x, size_t n, const fp_diags *d, size_t from)
{
	for (size_t i = from; i < d->len; i++) {
		if (d->items[i].severity != FP_SEV_ERROR || fp_diag_from_analysis(d->items[i].code))
			continue;
		size_t at = d->items[i].start, lo = 0, hi = n;
		while (lo < hi) {       /* the first expression starting after at */
			size_t mid = lo + (hi - lo) / 2;
			if (x[mid].start <= at)
				lo = mid + 1;
			else
				hi = mid;
		}
		/* the ones before it that reach at (an end shared with the
		 * next start counts for both, as before) */
		for (size_t k = lo; k-- > 0 && at <= x[k].end;)
			x[k].syntax_errors = true;
	}
}

bool fp_recheck(const char *text, fp_fexpr *x, const fp_check_options *opt, fp_arena *arena,
		fp_diags *diags)
{
	if (!x->env)
		return true;    /* never analysed */
	run_analysis(text, x, x->env, opt, NULL, arena, diags);
	return !arena->failed && !diags->failed;
}

void fp_drop_analysis(fp_diags *d, size_t start, size_t end)
{
	size_t k = 0;
	for (size_t i = 0; i < d->len; i++) {
		const fp_diag *g = &d->items[i];
		if (fp_diag_from_analysis(g->code) && g->start >= start && g->start <= end)
			continue;
		d->items[k++] = *g;
	}
	d->len = k;
}

bool fp_recheck_exprs(const char *text, fp_fexpr *x, size_t n, const fp_check_options *opt,
		      fp_arena *arena, fp_diags *diags)
{
	for (size_t i = 0; i < n; i++) {
		if (!x[i].uses_ext)
			continue;
		fp_drop_analysis(diags, x[i].start, x[i].end);
		if (!fp_recheck(text, &x[i], opt, arena, diags) || !fp_lint_fexpr(text, &x[i], arena, diags))
			return false;
	}
	return true;
}

fp_node *fp_fpfile_parse_expr(const fp_fpfile *f, size_t k, fp_arena *arena, fp_diags *diags)
{
	const fp_fexpr *x = &f->exprs[k];
	if (f->toks.items)
		return fp_parse_tokens(f->text, f->len, f->toks.items, x->tok_first, x->tok_last, arena,
				       diags);
	/* lexed again from its first token: the same tokens, as the lexer
	 * depends on the position only; and the one after it, which the
	 * parser looks at for "found ..." */
	size_t n = x->tok_last - x->tok_first + 1;
	fp_token *v = fp_arena_alloc(arena, n * sizeof *v);
	if (!v)
		return NULL;
	size_t pos = x->start;
	for (size_t i = 0; i < n; i++) {
		v[i] = fp_lex_next(f->text, f->len, pos);
		pos = v[i].end;
	}
	return fp_parse_tokens(f->text, f->len, v, 0, n - 1, arena, diags);
}

bool fp_fpfile_parse(const char *text, size_t len, fp_arena *arena, fp_diags *diags,
		     fp_fpfile *out)
{
	if (!fp_fpfile_sites(text, len, arena, false, diags, out))
		return false;
	for (size_t k = 0; k < out->nexprs; k++) {
		out->exprs[k].ast = fp_fpfile_parse_expr(out, k, arena, diags);
		if (!out->exprs[k].ast)
			return false;
	}
	return !diags->failed;
}

/* Copy x's uses (made in a scratch arena) into arena. */
static bool keep_uses(fp_fexpr *x, fp_arena *arena)
{
	if (!x->nuses)
		return true;
	fp_use *v = fp_arena_alloc(arena, x->nuses * sizeof *v);
	if (v)
		memcpy(v, x->uses, x->nuses * sizeof *v);
	x->uses = v;
	x->nuses = v ? x->nuses : 0;
	return v != NULL;
}

/* fp_check_fpfile with opt->lean: the same diagnostics (the same list
 * once sorted), with memory a small multiple of the text. A tree and its
 * analysis take about 30 times the expression's text; they live in a
 * scratch arena for one expression at a time. An expression that uses
 * workspace extensions is analysed again (its first diagnostics dropped)
 * in the caller's arena, because fp_recheck_exprs needs its tree. The
 * environments (one per directive block) are in the caller's arena. The
 * file's tokens are gone before the expression records are made; each
 * expression is lexed again (fp_fpfile_parse_expr). */
static bool check_lean(const char *text, size_t len, const fp_check_options *opt,
		       fp_arena *arena, fp_diags *diags, fp_fpfile *out)
{
	size_t before = diags->len;
	bool ok = fp_fpfile_sites(text, len, arena, true, diags, out);
	if (ok) {
		mark_syntax_errors(out->exprs, out->nexprs, diags, before);
		check_directives(out, opt, arena, diags);
	}
	block_envs blocks = { NULL, NULL };
	for (size_t i = 0; ok && i < out->nexprs; i++) {
		fp_fexpr *x = &out->exprs[i];
		const fp_expr_env *env = env_of(&blocks, x, opt, arena);
		if (!env) {
			ok = false;
			break;
		}
		fp_fexpr keep = *x;
		size_t mark = diags->len;
		fp_arena scratch;
		fp_arena_init(&scratch);
		for (int pass = 0; pass < 2 && ok; pass++) {
			fp_arena *a = pass ? arena : &scratch;
			x->ast = fp_fpfile_parse_expr(out, i, a, diags);
			ok = x->ast != NULL;
			if (!ok)
				break;
			/* as in the full parse: a diagnostic at the boundary
			 * marks the next expression too */
			mark_syntax_errors(out->exprs, out->nexprs, diags, mark);
			analyse(text, x, env, opt, a, diags);
			ok = !a->failed;
			if (!x->uses_ext)
				break;
			if (pass == 0) {        /* again, to keep: forget this pass */
				diags->len = mark;
				*x = keep;
			}
		}
		if (ok && !x->uses_ext) {
			ok = keep_uses(x, arena);
			x->ast = NULL;          /* it was in scratch */
			x->type = fp_tset_any();
			x->types = NULL;
		}
		fp_arena_release(&scratch);
	}
	return ok && !arena->failed && !diags->failed;
}

bool fp_check_fpfile(const char *text, size_t len, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags, fp_fpfile *out)
{
	if (opt->lean)
		return check_lean(text, len, opt, arena, diags, out);
	size_t before = diags->len;
	if (!fp_fpfile_parse(text, len, arena, diags, out))
		return false;
	mark_syntax_errors(out->exprs, out->nexprs, diags, before);
	check_directives(out, opt, arena, diags);
	block_envs blocks = { NULL, NULL };
	for (size_t i = 0; i < out->nexprs; i++) {
		const fp_expr_env *env = env_of(&blocks, &out->exprs[i], opt, arena);
		if (!env)
			return false;
		analyse(text, &out->exprs[i], env, opt, arena, diags);
	}
	return !arena->failed && !diags->failed;
}

/* Parse text[0..len) as one expression into a fresh *out. */
static bool parse_one(const char *text, size_t len, fp_arena *arena, fp_diags *diags,
		      fp_fexpr *out)
{
	memset(out, 0, sizeof *out);
	out->start = 0;
	out->end = (uint32_t)len;
	size_t before = diags->len;
	out->ast = fp_parse_text(text, len, arena, diags);
	if (!out->ast)
		return false;
	mark_syntax_errors(out, 1, diags, before);
	return true;
}

bool fp_check_expression(const char *text, size_t len, const fp_check_options *opt,
			 fp_arena *arena, fp_diags *diags, fp_fexpr *out)
{
	if (!parse_one(text, len, arena, diags, out))
		return false;
	out->context = opt->context;
	block_envs one = { NULL, NULL };
	const fp_expr_env *env = env_of(&one, out, opt, arena);
	if (!env)
		return false;
	analyse(text, out, env, opt, arena, diags);
	return !arena->failed && !diags->failed;
}

/* Parse text as one expression and analyse it in env. */
static bool check_embedded(const char *text, size_t len, const fp_expr_env *env,
			   const fp_check_options *opt, fp_arena *arena, fp_diags *diags, fp_fexpr *out)
{
	if (!parse_one(text, len, arena, diags, out))
		return false;
	out->invariant = env->inv != NULL;
	run_analysis(text, out, env, opt, opt ? opt->budget : NULL, arena, diags);
	return !arena->failed && !diags->failed;
}

bool fp_check_embedded(const char *text, size_t len, const fp_expr_env *env,
		       const fp_check_options *opt, fp_arena *arena, fp_diags *diags, fp_fexpr *out)
{
	/* an invariant keeps its tree: FP2010 judges it after its
	 * element's other invariants are analysed, with theirs */
	if (!opt || !opt->lean || env->inv)
		return check_embedded(text, len, env, opt, arena, diags, out);
	/* lean: tree and analysis in a scratch arena (see check_lean); the
	 * result type, which the caller reads, is copied out */
	fp_arena scratch;
	fp_arena_init(&scratch);
	size_t mark = diags->len;
	bool ok = check_embedded(text, len, env, opt, &scratch, diags, out);
	if (ok && out->uses_ext) {
		diags->len = mark;
		ok = check_embedded(text, len, env, opt, arena, diags, out);
	} else if (ok) {
		ok = keep_uses(out, arena);
		if (ok && out->type.n) {
			fp_type *v = fp_arena_alloc(arena, out->type.n * sizeof *v);
			ok = v != NULL;
			if (v)
				memcpy(v, out->type.v, out->type.n * sizeof *v);
			out->type.v = v;
		}
		out->ast = NULL;
		out->types = NULL;      /* it was in scratch */
	}
	fp_arena_release(&scratch);
	return ok && !arena->failed && !diags->failed;
}

fp_text_kind fp_text_kind_of(const char *name, const char *language)
{
	if ((name && fp_is_xml_file(name)) || (language && strcmp(language, "xml") == 0))
		return FP_TEXT_XML;
	if ((name && fp_is_json_file(name)) || (language && strcmp(language, "json") == 0))
		return FP_TEXT_JSON;
	if ((name && fp_is_fsh_file(name)) || (language && strcmp(language, "fsh") == 0))
		return FP_TEXT_FSH;
	return FP_TEXT_FHIRPATH;
}

void fp_apply_severities(fp_diags *d, const fp_check_options *opt)
{
	if (!opt->config && !opt->overrides)
		return;
	size_t k = 0;
	for (size_t i = 0; i < d->len; i++) {
		fp_diag *g = &d->items[i];
		fp_severity sev = fp_config_severity(opt->overrides, g->code,
						     fp_config_severity(opt->config, g->code, g->severity));
		if (!sev)
			continue;       /* off */
		g->severity = sev;
		d->items[k++] = *g;
	}
	d->len = k;
}

bool fp_check_encoding(const char *text, size_t len, fp_diags *diags)
{
	const char *nul = memchr(text, 0, len);
	if (nul) {
		size_t at = (size_t)(nul - text);
		fp_diags_add(diags, FP_D_NUL_BYTE, at, at + 1,
			     "file contains a NUL byte at offset %zu; is it binary or UTF-16?", at);
		return false;
	}
	size_t bad;
	if (!fp_utf8_valid(text, len, &bad)) {
		fp_diags_add(diags, FP_D_NOT_UTF8, bad, bad + 1,
			     "file is not valid UTF-8: byte 0x%02x at offset %zu; re-save it as UTF-8",
			     (unsigned char)text[bad], bad);
		return false;
	}
	return true;
}

bool fp_check_text(fp_text_kind kind, const char *text, size_t len, size_t max,
		   const fp_check_options *opt, fp_arena *arena, fp_diags *diags,
		   fp_fpfile *file, fp_fhir_file *fhir)
{
	memset(file, 0, sizeof *file);
	memset(fhir, 0, sizeof *fhir);
	if (len > max) {
		fp_diags_add(diags, FP_D_TOO_LARGE, 0, 0, "document larger than %zu MiB: not analysed", max >> 20);
		return !diags->failed;
	}
	/* Encoding first: positions are meaningless in a binary file. */
	if (!fp_check_encoding(text, len, diags))
		return !diags->failed;
	size_t skipped = opt->budget ? opt->budget->skipped : 0;
	bool ok;
	if (kind == FP_TEXT_FSH)
		ok = fp_fsh_check(text, len, opt, arena, diags, fhir);
	else if (kind != FP_TEXT_FHIRPATH)
		ok = fp_fhir_check(text, len, kind == FP_TEXT_XML, opt, arena, diags, fhir);
	else if (len == 0)      /* worth a word: often a failed export */
		ok = fp_diags_add(diags, FP_D_EMPTY_FILE, 0, 0, "empty file: no expressions to check") != NULL;
	else
		ok = fp_check_fpfile(text, len, opt, arena, diags, file);
	if (ok && opt->budget && opt->budget->skipped > skipped)
		fp_diags_add(diags, FP_D_TIME_BUDGET, 0, 0,
			     "analysis stopped at its time budget: %zu expressions not type-checked",
			     opt->budget->skipped - skipped);
	return ok && !diags->failed;
}
