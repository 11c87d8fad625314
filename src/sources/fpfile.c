/*
 * sources/fpfile.c - split a .fhirpath file into expressions and read its
 * directives (the rules are in fpfile.h).
 */
#include "fpfile.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "sources/directives.h"
#include "syntax/parse.h"
#include "util/alloc.h"
#include "util/lines.h"
#include "util/str.h"

/* Tokens after which a line break does not end the expression. */
static bool continues(fp_token_kind k)
{
	switch (k) {
	case FP_T_DOT: case FP_T_COMMA: case FP_T_PERCENT: case FP_T_COLON:
	case FP_T_LPAREN: case FP_T_LBRACKET: case FP_T_LBRACE:
		return true;
	default:
		return k >= FP_T_STAR && k <= FP_T_IMPLIES;
	}
}

/* Tokens that continue the previous line's expression when they start a
 * line: binary operators and '.'. */
static bool continues_line(fp_token_kind k)
{
	return k == FP_T_DOT || (k >= FP_T_STAR && k <= FP_T_IMPLIES);
}

/* Is the line comment at token index i the first thing on its line? */
static bool starts_line(const char *text, const fp_token *t)
{
	size_t i = t->start;
	while (i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\t'))
		i--;
	return i == 0 || text[i - 1] == '\n' || text[i - 1] == '\r';
}

static bool is_directive(const char *text, const fp_token *t)
{
	size_t i = t->start + 2;
	while (i < t->end && (text[i] == ' ' || text[i] == '\t'))
		i++;
	return i < t->end && text[i] == '@' && i + 1 < t->end &&
	       isalpha((unsigned char)text[i + 1]);
}

/* The splitter collects small records and makes the expression records
 * (a few hundred bytes each) once, at their exact number: growing an
 * array of full records doubled a big file's peak. */
typedef struct split_rec {
	uint32_t start, end;
	size_t first, last;
} split_rec;

typedef struct splitter {
	split_rec *v;
	size_t n, cap;
	bool failed;
} splitter;

static void push_expr(splitter *s, const fp_token *toks, size_t first, size_t last_sig)
{
	if (!fp_grow(&s->v, &s->cap, s->n, sizeof *s->v, 16)) {
		s->failed = true;
		return;
	}
	s->v[s->n++] = (split_rec){ toks[first].start, toks[last_sig].end, first, last_sig + 1 };
}

/* Next significant token index after i, stopping at line comments; sets
 * *blank when a blank line lies in between. */
static size_t next_sig(const char *text, const fp_tokens *toks, size_t i, bool *blank)
{
	*blank = false;
	for (size_t j = i; j < toks->len; j++) {
		fp_token_kind k = toks->items[j].kind;
		if (k == FP_T_WS) {
			if (fp_count_newlines(text + toks->items[j].start,
					   toks->items[j].end - toks->items[j].start) >= 2)
				*blank = true;
			continue;
		}
		/* a comment that starts the next line is a separator line */
		if (k == FP_T_ILLEGAL || (k == FP_T_BLOCK_COMMENT && !starts_line(text, &toks->items[j])))
			continue;
		return j;
	}
	return toks->len - 1;
}

/* The split itself: s->v gets one record per expression. */
static void split_recs(const char *text, const fp_tokens *toks, splitter *sp)
{
	splitter s = { 0 };
	bool in_expr = false;
	size_t first = 0, last_sig = 0;
	int depth = 0;
	fp_token_kind last_kind = FP_T_EOF;
	for (size_t i = 0; i < toks->len; i++) {
		const fp_token *t = &toks->items[i];
		fp_token_kind k = t->kind;
		if (k == FP_T_EOF)
			break;
		if (k == FP_T_WS) {
			if (!in_expr)
				continue;
			size_t nl = fp_count_newlines(text + t->start, t->end - t->start);
			if (nl == 0)
				continue;
			bool open = depth > 0 || continues(last_kind);
			if (nl >= 2) {  /* a blank line always separates */
				push_expr(&s, toks->items, first, last_sig);
				in_expr = false;
				continue;
			}
			if (open)
				continue;
			bool blank;
			size_t j = next_sig(text, toks, i + 1, &blank);
			fp_token_kind nk = toks->items[j].kind;
			if (!blank && continues_line(nk))
				continue;
			push_expr(&s, toks->items, first, last_sig);
			in_expr = false;
			continue;
		}
		if (k == FP_T_LINE_COMMENT || k == FP_T_BLOCK_COMMENT || k == FP_T_ILLEGAL) {
			/* A directive ends the expression before it, even an open
			 * one: directives are never part of an expression. */
			if (in_expr && k == FP_T_LINE_COMMENT && starts_line(text, t) &&
			    is_directive(text, t)) {
				push_expr(&s, toks->items, first, last_sig);
				in_expr = false;
			}
			if (k == FP_T_ILLEGAL && !in_expr) {
				/* stray bytes start an expression so they get parsed
				 * (and reported) with what follows */
				in_expr = true;
				first = last_sig = i;
				depth = 0;
				last_kind = FP_T_EOF;
			} else if (k == FP_T_ILLEGAL) {
				last_sig = i;
			}
			continue;
		}
		if (k == FP_T_SEMI) {
			if (in_expr)
				push_expr(&s, toks->items, first, last_sig);
			in_expr = false;
			continue;
		}
		if (!in_expr) {
			in_expr = true;
			first = i;
			depth = 0;
		}
		if (k == FP_T_LPAREN || k == FP_T_LBRACKET || k == FP_T_LBRACE)
			depth++;
		else if ((k == FP_T_RPAREN || k == FP_T_RBRACKET || k == FP_T_RBRACE) && depth > 0)
			depth--;
		/* after '.', a keyword is a name ('text.div'), not an operator */
		last_kind = (k >= FP_T_DIV && k <= FP_T_FALSE && last_kind == FP_T_DOT) ? FP_T_IDENT : k;
		last_sig = i;
	}
	if (in_expr)
		push_expr(&s, toks->items, first, last_sig);
	*sp = s;
}

/* The expression records of s, in arena; frees s's records. */
static bool make_exprs(splitter *sp, fp_arena *arena, fp_fexpr **exprs, size_t *nexprs)
{
	splitter s = *sp;
	*exprs = NULL;
	*nexprs = 0;
	if (s.failed) {
		fp_free(s.v);
		return false;
	}
	if (s.n) {
		size_t bytes;
		fp_fexpr *a = fp_mul_size(s.n, sizeof *a, &bytes) == 0 ? fp_arena_zalloc(arena, bytes) : NULL;
		if (!a) {
			fp_free(s.v);
			return false;
		}
		for (size_t i = 0; i < s.n; i++) {
			a[i].start = s.v[i].start;
			a[i].end = s.v[i].end;
			a[i].tok_first = s.v[i].first;
			a[i].tok_last = s.v[i].last;
		}
		*exprs = a;
		*nexprs = s.n;
	}
	fp_free(s.v);
	return true;
}

bool fp_fpfile_split(const char *text, size_t len, const fp_tokens *toks, fp_arena *arena,
		     fp_fexpr **exprs, size_t *nexprs)
{
	splitter s;
	split_recs(text, toks, &s);
	(void)len;
	return make_exprs(&s, arena, exprs, nexprs);
}

/* ---- directives ------------------------------------------------------ */

static bool valid_fhir_version(const char *v)
{
	static const char *const ok[] = { "R4", "R4B", "R5", "4.0", "4.0.1", "4.3", "4.3.0", "5.0", "5.0.0" };
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		if (strcasecmp(v, ok[i]) == 0)
			return true;
	}
	return false;
}

/* Read the directive in comment token t. False when out of memory. */
static bool read_directive(const char *text, const fp_token *t, fp_arena *arena,
			   fp_diags *diags, fp_directive *out, bool *known)
{
	size_t i = t->start + 2, e = t->end;
	while (i < e && (text[i] == ' ' || text[i] == '\t'))
		i++;
	size_t ns = i++;        /* '@' */
	while (i < e && (isalnum((unsigned char)text[i]) || text[i] == '-' || text[i] == '_'))
		i++;
	size_t ne = i;
	while (i < e && (text[i] == ' ' || text[i] == '\t' || text[i] == ':'))
		i++;
	size_t vs = i, ve = e;
	/* a '//' at the value's start or after a blank starts a trailing
	 * comment ('// @context Patient // the subject'); one inside a word
	 * (a URL in @input) does not */
	for (size_t j = vs; j + 1 < e; j++) {
		if (text[j] == '/' && text[j + 1] == '/' &&
		    (j == vs || text[j - 1] == ' ' || text[j - 1] == '\t')) {
			ve = j;
			break;
		}
	}
	while (ve > vs && isspace((unsigned char)text[ve - 1]))
		ve--;
	fp_str name = fp_str_make(text + ns + 1, ne - ns - 1);
	memset(out, 0, sizeof *out);
	out->start = t->start;
	out->end = t->end;
	out->name_start = (uint32_t)ns;
	out->name_end = (uint32_t)ne;
	out->value_start = (uint32_t)vs;
	out->value_end = (uint32_t)ve;
	*known = false;
	for (size_t k = 0; k < fp_ndirective_names; k++) {
		if (fp_str_eqc(name, fp_directive_names[k].name)) {
			out->kind = fp_directive_names[k].kind;
			*known = true;
		}
	}
	if (!*known) {
		const char *best = NULL;
		size_t bestd = 3;
		for (size_t k = 0; k < fp_ndirective_names; k++) {
			size_t d = fp_str_distance(name, fp_str_c(fp_directive_names[k].name), 2);
			if (d < bestd) {
				bestd = d;
				best = fp_directive_names[k].name;
			}
		}
		if (best)
			fp_diags_add(diags, FP_D_UNKNOWN_DIRECTIVE, ns, ne, "unknown directive '@%.*s'; did you mean '@%s'?",
				     (int)name.n, name.p, best);
		else
			fp_diags_add(diags, FP_D_UNKNOWN_DIRECTIVE, ns, ne,
				     "unknown directive '@%.*s' (known: @context, @fhir, @input, @var, @invariant)",
				     (int)name.n, name.p);
		return true;
	}
	out->value = fp_arena_strndup(arena, text + vs, ve - vs);
	if (!out->value)
		return false;
	if (out->kind == FP_DIR_INVARIANT) {
		/* a switch: bare (on), 'on' or 'off' */
		if (vs == ve || strcmp(out->value, "on") == 0 || strcmp(out->value, "off") == 0)
			return true;
		fp_diags_add(diags, FP_D_BAD_DIRECTIVE, vs, ve, "expected '@invariant', '@invariant on' or '@invariant off', found '%s'",
			     out->value);
		*known = false;
		return true;
	}
	if (vs == ve) {
		fp_diags_add(diags, FP_D_BAD_DIRECTIVE, ns, ne, "directive '@%.*s' needs a value", (int)name.n, name.p);
		*known = false;
		return true;
	}
	if (out->kind == FP_DIR_FHIR && !valid_fhir_version(out->value)) {
		fp_diags_add(diags, FP_D_BAD_FHIR_VERSION, vs, ve, "unknown FHIR version '%s' (expected R4, R4B or R5)", out->value);
		*known = false;
		return true;
	}
	if (out->kind == FP_DIR_VAR) {
		/* name ':' type, or a bare name: a variable of unknown type
		 * (value ""), as the peer server's '// @var name' */
		const char *v = out->value;
		const char *colon = strchr(v, ':');
		size_t nl = colon ? (size_t)(colon - v) : strlen(v);
		while (nl > 0 && isspace((unsigned char)v[nl - 1]))
			nl--;
		const char *ty = colon ? colon + 1 : "";
		while (*ty == ' ' || *ty == '\t')
			ty++;
		if (v[0] == '%') {
			v++;
			nl = nl ? nl - 1 : 0;
		}
		bool blank_in_name = false;    /* 'threshold integer': a missing ':' */
		for (size_t j = 0; j < nl; j++)
			blank_in_name = blank_in_name || isspace((unsigned char)v[j]);
		/* '@var : integer': the ':' was taken for the name's separator */
		bool no_name = memchr(text + ne, ':', vs - ne) != NULL;
		if (nl == 0 || no_name || blank_in_name || (colon && !*ty)) {
			fp_diags_add(diags, FP_D_BAD_DIRECTIVE, vs, ve, "expected '@var name: Type', found '%s'", out->value);
			*known = false;
			return true;
		}
		out->var_name = fp_arena_strndup(arena, v, nl);
		out->value = fp_arena_strndup(arena, ty, strlen(ty));
		if (!out->var_name || !out->value)
			return false;
	}
	return true;
}

bool fp_fpfile_sites(const char *text, size_t len, fp_arena *arena, bool lean, fp_diags *diags,
		     fp_fpfile *out)
{
	memset(out, 0, sizeof *out);
	out->text = text;
	out->len = len;
	/* lean: the tokens are dropped before the expression records are
	 * made, so a big file never holds both (fp_fpfile_parse_expr lexes
	 * each expression again) */
	fp_arena own;
	fp_arena_init(&own);
	size_t *dir_tok = NULL;
	splitter sp = { 0 };
	bool ok = fp_lex_all(text, len, lean ? &own : arena, diags, &out->toks);
	if (ok)
		split_recs(text, &out->toks, &sp);

	/* The directives, in file order, each with its token's index. */
	const fp_tokens *toks = &out->toks;
	size_t ndirs = 0;
	for (size_t i = 0; ok && i < toks->len; i++) {
		const fp_token *t = &toks->items[i];
		if (t->kind == FP_T_LINE_COMMENT && starts_line(text, t) && is_directive(text, t))
			ndirs++;
	}
	if (ok && ndirs) {
		out->dirs = fp_arena_alloc(arena, ndirs * sizeof *out->dirs);
		dir_tok = fp_malloc(ndirs * sizeof *dir_tok);
		ok = out->dirs && dir_tok;
	}
	for (size_t i = 0; ok && ndirs && i < toks->len; i++) {
		const fp_token *t = &toks->items[i];
		if (!(t->kind == FP_T_LINE_COMMENT && starts_line(text, t) && is_directive(text, t)))
			continue;
		fp_directive *d = &out->dirs[out->ndirs];
		bool known;
		ok = read_directive(text, t, arena, diags, d, &known);
		if (ok && known)
			dir_tok[out->ndirs++] = i;
	}
	/* The suppression comments, before lean drops the tokens. */
	size_t ncom = 0;
	for (int pass = 0; ok && pass < 2; pass++) {
		for (size_t i = 0; i < toks->len; i++) {
			const fp_token *t = &toks->items[i];
			if (t->kind != FP_T_LINE_COMMENT && t->kind != FP_T_BLOCK_COMMENT)
				continue;
			uint32_t bs = t->start + 2, be = t->end;
			if (t->kind == FP_T_BLOCK_COMMENT && be >= bs + 2 && text[be - 1] == '/' &&
			    text[be - 2] == '*')
				be -= 2;
			if (!fp_suppress_is_marker(text, bs, be))
				continue;
			if (pass == 1)
				out->comments[out->ncomments++] = (fp_comment){ t->start, t->end, bs, be };
			else
				ncom++;
		}
		if (pass == 0 && ncom == 0)
			break;
		if (pass == 0 && !(out->comments = fp_arena_alloc(arena, ncom * sizeof *out->comments)))
			ok = false;
	}
	if (lean) {
		out->toks.items = NULL;
		out->toks.len = 0;
		fp_arena_release(&own);
	}
	if (!make_exprs(&sp, arena, &out->exprs, &out->nexprs))
		ok = false;

	/* Attach the settings in force to each expression as it starts: the
	 * directives before its first token. */
	const char *context = NULL, *fhir = NULL, *input = NULL;
	bool invariant = false;
	const fp_directive *context_dir = NULL, *fhir_dir = NULL;
	fp_var *vars = NULL;
	size_t nvars = 0;
	size_t k = 0;
	for (size_t e = 0; ok && e < out->nexprs; e++) {
		fp_fexpr *x = &out->exprs[e];
		for (; ok && k < out->ndirs && dir_tok[k] < x->tok_first; k++) {
			const fp_directive *d = &out->dirs[k];
			switch (d->kind) {
			case FP_DIR_CONTEXT: context = d->value; context_dir = d; break;
			case FP_DIR_FHIR: fhir = d->value; fhir_dir = d; break;
			case FP_DIR_INPUT: input = d->value; break;
			case FP_DIR_INVARIANT: invariant = strcmp(d->value, "off") != 0; break;
			case FP_DIR_VAR: {
				/* copy on write: earlier expressions keep their list */
				fp_var *nv = fp_arena_alloc(arena, (nvars + 1) * sizeof *nv);
				if (!nv) {
					ok = false;
					break;
				}
				size_t n = 0;
				for (size_t j = 0; j < nvars; j++) {
					if (strcmp(vars[j].name, d->var_name) != 0)
						nv[n++] = vars[j];
				}
				nv[n].name = d->var_name;
				nv[n].type = d->value;
				nv[n].start = d->start;
				nv[n].end = d->end;
				nv[n].type_end = d->value_end;
				nv[n].type_start = (uint32_t)(d->value_end - strlen(d->value));
				vars = nv;
				nvars = n + 1;
				break;
			}
			}
		}
		x->context = context;
		x->context_dir = context_dir;
		x->fhir = fhir;
		x->fhir_dir = fhir_dir;
		x->input = input;
		x->vars = vars;
		x->nvars = nvars;
		x->invariant = invariant;
	}
	fp_free(dir_tok);
	return ok && !diags->failed;
}
