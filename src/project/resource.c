/*
 * project/resource.c - the expressions of FHIR resources (JSON or XML):
 * the sites sources/fhir_json.c found, each parsed and analysed in the
 * environment its site describes, its findings mapped back into the file.
 */
#include "pipeline.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/analyze.h"
#include "analysis/uses.h"
#include "json/read.h"
#include "project/env.h"
#include "sources/fhir_xml.h"
#include "sources/fsh.h"
#include "util/alloc.h"

size_t fp_embedded_source_offset(const char *file_text, const fp_embedded *e, size_t decoded)
{
	if (e->map == FP_SITE_MAP_FSH)
		return fp_fsh_string_source_offset(e->str, decoded);
	return e->map == FP_SITE_MAP_XML ? fp_xml_attr_source_offset(file_text, e->str, decoded)
					 : fp_json_string_source_offset(file_text, e->str, decoded);
}

void fp_embedded_source_map(const char *file_text, const fp_embedded *e, size_t *map)
{
	if (e->map == FP_SITE_MAP_FSH)
		fp_fsh_string_source_map(e->str, map);
	else if (e->map == FP_SITE_MAP_XML)
		fp_xml_attr_source_map(file_text, e->str, map);
	else
		fp_json_string_source_map(file_text, e->str, map);
}

/* Add the diagnostics of the expression in string `str`, in offsets of
 * its decoded text, to diags in offsets of the file. One report per
 * place: an expression checked once per base repeats the same mistake
 * for every base, so a finding equal to one of diags->items[from..len)
 * (what the earlier records of the same string added) is left out. */
static void map_diags(const char *text, const fp_embedded *e, const fp_diags *local,
		      fp_diags *diags, size_t from)
{
	for (size_t i = 0; i < local->len; i++) {
		const fp_diag *d = &local->items[i];
		size_t a = fp_embedded_source_offset(text, e, d->start);
		size_t b = fp_embedded_source_offset(text, e, d->end);
		bool dup = false;
		for (size_t k = diags->len; k-- > from && !dup;) {
			const fp_diag *o = &diags->items[k];
			dup = o->start == a && o->end == b && o->code == d->code;
		}
		if (dup)
			continue;
		fp_diag *y = fp_diags_add(diags, d->code, a, b, "%s", d->message);
		if (d->rel_message)
			fp_diags_relate(diags, y, fp_embedded_source_offset(text, e, d->rel_start),
					fp_embedded_source_offset(text, e, d->rel_end), d->rel_message);
	}
}

/* A copy of d->items[from..len) in arena, into *out and *n (NULL, 0 when
 * empty). False when out of memory. */
static bool keep_found(const fp_diags *d, size_t from, fp_arena *arena, fp_diag **out, size_t *n)
{
	*out = NULL;
	*n = 0;
	if (d->failed || from >= d->len)
		return !d->failed;
	fp_diag *v = fp_arena_alloc(arena, (d->len - from) * sizeof *v);
	if (!v)
		return false;
	memcpy(v, d->items + from, (d->len - from) * sizeof *v);
	*out = v;
	*n = d->len - from;
	return true;
}

/* A list over v[0..n) (not owned: release nothing but the list). */
static fp_diags view(fp_diag *v, size_t n, fp_arena *arena)
{
	fp_diags d;
	fp_diags_init(&d, arena);
	d.items = v;
	d.len = d.cap = n;
	return d;
}

/* The findings in local, kept (in arena) as e's own in the offsets of its
 * text: what a later analysis reuses. */
static bool keep_local(const fp_diags *local, fp_arena *arena, fp_diag **out, size_t *n)
{
	return keep_found(local, 0, arena, out, n);
}

/* One element's invariants: the sites that share a group. */
typedef struct member {
	const fp_site_invariant *group;
	size_t site;
} member;

static int member_cmp(const void *a, const void *b)
{
	const member *x = a, *y = b;
	if (x->group != y->group)
		return (uintptr_t)x->group < (uintptr_t)y->group ? -1 : 1;
	return x->site < y->site ? -1 : x->site > y->site;
}

/* For each invariant site, the record it is analysed and linted with,
 * into inv[i] (NULL for other sites): one record per group, in the
 * arena, holding the group's facts; its others are filled in by
 * fill_siblings() once every site is analysed. The members, sorted by
 * group, go to *out (fp_free). False when out of memory. */
static bool group_invariants(const fp_fhir_sites *fs, fp_arena *arena, fp_invariant **inv,
			     member **out, size_t *nout)
{
	size_t n = 0;
	for (size_t i = 0; i < fs->nsites; i++)
		n += fs->sites[i].invariant != NULL;
	*out = NULL;
	*nout = 0;
	if (n == 0)
		return true;
	member *m = fp_calloc(n, sizeof *m);
	if (!m)
		return false;
	n = 0;
	for (size_t i = 0; i < fs->nsites; i++) {
		if (fs->sites[i].invariant)
			m[n++] = (member){ fs->sites[i].invariant, i };
	}
	qsort(m, n, sizeof *m, member_cmp);
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && m[hi].group == m[lo].group;)
			hi++;
		fp_invariant *r = fp_arena_alloc(arena, sizeof *r);
		if (!r) {
			fp_free(m);
			return false;
		}
		const fp_site_invariant *g = m[lo].group;
		*r = (fp_invariant){ NULL, 0, g->path, g->required, g->nrequired, g->typed, g->ntyped,
				     g->single, g->nsingle };
		for (size_t k = lo; k < hi; k++)
			inv[m[k].site] = r;
	}
	*out = m;
	*nout = n;
	return true;
}

/* Each group's record gets the group's expressions that parsed cleanly
 * and were analysed, as its others: a valid instance satisfies them all. */
static bool fill_siblings(const member *m, size_t n, fp_invariant **inv, const fp_embedded *e,
			  fp_arena *arena)
{
	for (size_t lo = 0, hi; lo < n; lo = hi) {
		for (hi = lo + 1; hi < n && m[hi].group == m[lo].group;)
			hi++;
		fp_analysed *v = fp_arena_alloc(arena, (hi - lo) * sizeof *v);
		if (!v)
			return false;
		size_t k = 0;
		for (size_t i = lo; i < hi; i++) {
			const fp_embedded *x = &e[m[i].site];
			if (!x->x.syntax_errors && x->x.types)
				v[k++] = (fp_analysed){ x->text, x->len, x->x.ast, x->x.types };
		}
		fp_invariant *r = inv[m[lo].site];
		r->others = v;
		r->nothers = k;
	}
	return true;
}

/* FP2010 for the invariants among e[0..n) (all of them, or only those
 * that use workspace extensions), into diags in file offsets. */
static bool lint_all(const char *text, fp_embedded *e, size_t n, bool only_ext,
		     fp_arena *arena, fp_diags *diags)
{
	for (size_t i = 0; i < n; i++) {
		if (!e[i].x.invariant || e[i].quiet || (only_ext && !e[i].x.uses_ext))
			continue;
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok;
		if (e[i].reused && !only_ext) {
			fp_diags_release(&local);
			local = view(e[i].local_lint, e[i].nlocal_lint, arena);
			ok = true;
		} else {
			ok = fp_lint_fexpr(e[i].text, &e[i].x, arena, &local) &&
			     (only_ext || keep_local(&local, arena, &e[i].local_lint, &e[i].nlocal_lint));
		}
		size_t mark = diags->len;
		if (ok)
			map_diags(text, &e[i], &local, diags, mark);
		if (!e[i].reused || only_ext)
			fp_diags_release(&local);
		/* what it added, for fp_fhir_update_string (only_ext: its
		 * earlier FP2010 findings stay in diags beside these) */
		if (ok && !only_ext)
			ok = keep_found(diags, mark, arena, &e[i].linted, &e[i].nlinted);
		if (!ok)
			return false;
	}
	return true;
}

/* ---- results reused by key -------------------------------------------- */

/* A hash over bytes, eight at a time (a multiply and a rotation each:
 * the keys of the 17 MB core bundle hash a few megabytes of strings), and
 * over a string (with its terminator, so that "ab","c" and "a","bc"
 * differ; NULL hashes apart from ""). Not for an adversary: a collision
 * needs the same 64 bits and, for the text, is caught by comparing it. */
static uint64_t mix(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;
	const uint64_t k = 0x9e3779b97f4a7c15u;
	for (; n >= 8; n -= 8, b += 8) {
		uint64_t w;
		memcpy(&w, b, 8);
		h = ((h ^ w) * k);
		h ^= h >> 29;
	}
	uint64_t w = n;
	for (size_t i = 0; i < n; i++)
		w = w << 8 | b[i];
	h = (h ^ w ^ (uint64_t)n << 56) * k;
	return h ^ (h >> 31);
}

static uint64_t mix_str(uint64_t h, const char *s)
{
	if (!s)
		return mix(h, "\xff\xfe", 2);
	return mix(h, s, strlen(s) + 1);
}

static uint64_t mix_tset(uint64_t h, const fp_tset *t)
{
	uint32_t head[2] = { t->n, (uint32_t)(t->any | t->min << 1 | t->max << 3 | t->unordered << 5) };
	h = mix(h, head, sizeof head);
	if (t->n)
		h = mix(h, t->v, t->n * sizeof *t->v);
	h = mix(h, &t->elem, sizeof t->elem);     /* static model data */
	return mix_str(h, t->ext_types);
}

/* What an expression's analysis depends on, beside the run's settings
 * (fp_fhir_file.settings) and its text: everything of its site its
 * environment is built from; for a nested site, the type of what it is
 * nested in. */
static uint64_t site_hash(const fp_site *s, const fp_tset *nested)
{
	uint64_t h = 14695981039346656037u;
	uint32_t k[3] = { (uint32_t)s->map, (uint32_t)s->version, (uint32_t)s->ctx_kind };
	h = mix(h, k, sizeof k);
	h = mix_str(h, s->context);
	h = mix_str(h, s->resource);
	h = mix(h, &s->nvars, sizeof s->nvars);
	for (size_t i = 0; i < s->nvars; i++)
		h = mix_str(h, s->vars[i]);
	h = mix(h, &(uint8_t){ s->invariant != NULL }, 1);
	if (nested)
		h = mix_tset(h, nested);
	return h;
}

/* A Questionnaire's site: its items and declarations (quest->hash) and
 * the types its variables got, some from earlier sites' results. */
static uint64_t quest_hash(uint64_t h, const fp_site *s, const fp_expr_env *env)
{
	h = mix(h, &s->quest->hash, sizeof s->quest->hash);
	for (size_t i = 0; i < env->nvars; i++) {
		if (!env->vars[i].type.any)     /* the untyped ones are the site's names */
			h = mix_tset(mix_str(h, env->vars[i].name), &env->vars[i].type);
	}
	return h;
}

/* e's key: its site's hash and its decoded text. */
static void set_key(fp_embedded *e)
{
	e->key = mix(mix(e->site_hash, &e->len, sizeof e->len), e->text, e->len);
}

/* The hash of a profile's facts (the paths it requires and the types it
 * narrows to). Every group of one StructureDefinition shares the same
 * lists, so the last one hashed is remembered by address: hashing them
 * once per group took a tenth of the 17 MB bundle's analysis. */
typedef struct facts_memo {
	const void *required, *typed, *single;
	uint64_t h;
} facts_memo;

static uint64_t facts_hash(const fp_invariant *r, facts_memo *memo)
{
	if (memo && memo->h && memo->required == (const void *)r->required &&
	    memo->typed == (const void *)r->typed && memo->single == (const void *)r->single)
		return memo->h;
	uint64_t h = 14695981039346656037u;
	for (size_t i = 0; i < r->nrequired; i++)
		h = mix_str(h, r->required[i]);
	h = mix(h, "|", 1);
	for (size_t i = 0; i < r->ntyped; i++)
		h = mix_str(h, r->typed[i]);
	h = mix(h, "|", 1);
	for (size_t i = 0; i < r->nsingle; i++)
		h = mix_str(h, r->single[i]);
	h |= 1;
	if (memo)
		*memo = (facts_memo){ r->required, r->typed, r->single, h };
	return h;
}

/* An invariant group's key (odd): its element's facts (the record r)
 * and the keys of its members, the records of e[0..n) whose environment
 * has r, in site order (FP2010 judges each member with all of them);
 * into every member's gkey. */
static void set_group_key(fp_embedded *e, size_t n, const fp_invariant *r)
{
	uint64_t f = facts_hash(r, NULL);
	uint64_t h = mix(mix_str(14695981039346656037u, r->path), &f, sizeof f);
	for (size_t i = 0; i < n; i++) {
		if (e[i].x.env && e[i].x.env->inv == r)
			h = mix(h, &e[i].key, sizeof e[i].key);
	}
	for (size_t i = 0; i < n; i++) {
		if (e[i].x.env && e[i].x.env->inv == r)
			e[i].gkey = h | 1;
	}
}

/* The run's settings that analyses depend on: the workspace's
 * extension definitions. */
static uint64_t settings_key(const fp_check_options *opt)
{
	uint64_t h = 14695981039346656037u;
	for (size_t i = 0; opt && i < opt->next_urls; i++)
		h = mix_str(h, opt->ext_urls[i]);
	return h;
}

/* The earlier analysis' records by key (open addressing, index + 1). */
typedef struct reuse_map {
	const fp_fhir_file *from;
	uint32_t *slot;
	size_t mask;
} reuse_map;

static bool reuse_map_init(reuse_map *r, const fp_fhir_file *from, uint64_t settings)
{
	memset(r, 0, sizeof *r);
	if (!from || !from->nexprs || from->settings != settings)
		return true;
	size_t cap = 16;
	while (cap < from->nexprs * 2)
		cap *= 2;
	r->slot = fp_calloc(cap, sizeof *r->slot);
	if (!r->slot)
		return false;
	r->from = from;
	r->mask = cap - 1;
	for (size_t i = 0; i < from->nexprs; i++) {
		const fp_embedded *e = &from->exprs[i];
		if (!e->keyed)
			continue;       /* not analysed whole */
		size_t at = e->key & r->mask;
		while (r->slot[at])
			at = (at + 1) & r->mask;
		r->slot[at] = (uint32_t)(i + 1);
	}
	return true;
}

/* An earlier record with e's key, text and (for an invariant) group
 * key, or NULL. */
static const fp_embedded *reuse_find(const reuse_map *r, const fp_embedded *e)
{
	if (!r->from)
		return NULL;
	for (size_t at = e->key & r->mask; r->slot[at]; at = (at + 1) & r->mask) {
		const fp_embedded *o = &r->from->exprs[r->slot[at] - 1];
		if (o->key == e->key && o->len == e->len && memcmp(o->text, e->text, e->len) == 0 &&
		    o->x.invariant == (e->gkey != 0) && (!o->x.invariant || o->gkey == e->gkey))
			return o;
	}
	return NULL;
}

/* A copy of n findings in arena, messages too. */
static fp_diag *copy_diags(const fp_diag *v, size_t n, fp_arena *arena)
{
	if (!n)
		return NULL;
	fp_diag *c = fp_arena_alloc(arena, n * sizeof *c);
	for (size_t i = 0; c && i < n; i++) {
		c[i] = v[i];
		c[i].message = fp_arena_strndup(arena, v[i].message, strlen(v[i].message));
		if (!c[i].message)
			return NULL;
		if (v[i].rel_message &&
		    !(c[i].rel_message = fp_arena_strndup(arena, v[i].rel_message, strlen(v[i].rel_message))))
			return NULL;
	}
	return c;
}

/* Take o's results for e (analysed in env): its type, element uses and
 * flags, its findings in the offsets of its text (mapped by the
 * caller). The tree and the type table are not copied: they are made
 * again when asked for (fp_embedded.reused). False when out of memory. */
static bool reuse(fp_embedded *e, const fp_embedded *o, const fp_expr_env *env, fp_arena *arena)
{
	fp_fexpr *x = &e->x;
	memset(x, 0, sizeof *x);
	x->env = env;
	x->invariant = o->x.invariant;
	x->complete = o->x.complete;
	x->syntax_errors = o->x.syntax_errors;
	x->uses_ext = o->x.uses_ext;
	x->type = o->x.type;
	if (o->x.type.n) {
		fp_type *v = fp_arena_alloc(arena, o->x.type.n * sizeof *v);
		if (!v)
			return false;
		memcpy(v, o->x.type.v, o->x.type.n * sizeof *v);
		x->type.v = v;
	}
	if (o->x.type.ext_types &&
	    !(x->type.ext_types = fp_arena_strndup(arena, o->x.type.ext_types, strlen(o->x.type.ext_types))))
		return false;
	if (o->x.nuses) {
		fp_use *u = fp_arena_alloc(arena, o->x.nuses * sizeof *u);
		if (!u)
			return false;
		memcpy(u, o->x.uses, o->x.nuses * sizeof *u);     /* element paths: static */
		x->uses = u;
		x->nuses = o->x.nuses;
	}
	e->local = copy_diags(o->local, o->nlocal, arena);
	e->nlocal = o->nlocal;
	e->local_lint = copy_diags(o->local_lint, o->nlocal_lint, arena);
	e->nlocal_lint = o->nlocal_lint;
	e->reused = true;
	return (e->local || !e->nlocal) && (e->local_lint || !e->nlocal_lint);
}


/* ---- a view's repeat ----------------------------------------------------- */

/* The same types (cardinality aside). */
static bool same_types(fp_tset a, fp_tset b)
{
	return a.any == b.any && a.n == b.n && (a.n == 0 || memcmp(a.v, b.v, a.n * sizeof *a.v) == 0);
}

/* Where the paths of the repeat whose first site is fs->sites[first]
 * are evaluated (env: its first path's environment): on the context,
 * and again on what any of them gives, until nothing new appears (at
 * most eight rounds: a model's nesting is shallow). One item of the
 * union, in arena; the analyses of the rounds report nothing. */
static fp_tset repeat_context(const fp_fhir_sites *fs, size_t first, const fp_expr_env *env,
			      const fp_check_options *opt, fp_arena *arena)
{
	const fp_site *g = &fs->sites[first];
	fp_tset t = fp_tset_card(env->context, 1, FP_CARD_1);
	for (int round = 0; round < 8 && !t.any; round++) {
		fp_expr_env here = *env;
		here.context = t;
		here.inv = NULL;
		fp_tset u = t;
		for (size_t k = first; k < first + g->nrepeat && k < fs->nsites; k++) {
			fp_diags scratch;
			fp_diags_init(&scratch, arena);
			fp_fexpr x;
			memset(&x, 0, sizeof x);
			bool ok = fp_check_embedded(fs->sites[k].text, fs->sites[k].len, &here, opt, arena,
						    &scratch, &x);
			bool clean = scratch.len == 0;
			fp_diags_release(&scratch);
			/* a path that fails on the types so far ("answer.item"
			 * on the QuestionnaireResponse itself) adds nothing yet;
			 * one that is unknown without failing makes all unknown */
			if (ok && !x.syntax_errors && (!x.type.any || clean))
				u = fp_tset_union(arena, u, x.type);
		}
		u = fp_tset_card(u, 1, FP_CARD_1);
		if (same_types(u, t))
			break;
		t = u;
	}
	return t;
}

/* What a site gives the sites nested in it: its type; for a repeat,
 * what any of its paths gives (their types are known: they come first). */
static fp_tset gives(const fp_fhir_sites *fs, const fp_fhir_file *out, size_t k, fp_arena *arena)
{
	const fp_site *s = &fs->sites[k];
	if (s->nrepeat == 0 || s->repeat_first != k)
		return out->exprs[k].x.type;
	fp_tset t = fp_tset_empty();
	for (size_t i = k; i < k + s->nrepeat && i < out->nexprs; i++)
		t = fp_tset_union(arena, t, out->exprs[i].x.type);
	return t;
}
static bool check_sites(const char *text, const fp_check_options *opt, fp_arena *arena,
			fp_diags *diags, fp_fhir_file *out, fp_fhir_sites fs, size_t before);

bool fp_fhir_check(const char *text, size_t len, bool xml, const fp_check_options *opt,
		   fp_arena *arena, fp_diags *diags, fp_fhir_file *out)
{
	memset(out, 0, sizeof *out);
	fp_fhir_sites fs;
	size_t before = diags->len;
	bool ok = xml ? fp_fhir_xml_sites(text, len, opt->version, arena, diags, &fs)
		      : fp_fhir_json_sites(text, len, opt->version, arena, diags, &fs);
	return ok && check_sites(text, opt, arena, diags, out, fs, before);
}

bool fp_fsh_check(const char *text, size_t len, const fp_check_options *opt, fp_arena *arena,
		  fp_diags *diags, fp_fhir_file *out)
{
	memset(out, 0, sizeof *out);
	fp_fhir_sites fs;
	size_t before = diags->len;
	return fp_fsh_sites(text, len, opt->fsh_tank, opt->version, arena, diags, &fs) &&
	       check_sites(text, opt, arena, diags, out, fs, before);
}

/* Analyse the sites fs of a text (found by one of the readers, whose own
 * findings are diags->items[before..]). */
static bool check_sites(const char *text, const fp_check_options *opt, fp_arena *arena,
			fp_diags *diags, fp_fhir_file *out, fp_fhir_sites fs, size_t before)
{
	bool ok;
	if (!keep_found(diags, before, arena, &out->own, &out->nown))
		return false;
	out->is_fhir = fs.is_fhir;
	out->syms = fs.syms;
	out->nsyms = fs.nsyms;
	if (fs.nsites == 0)
		return !diags->failed;
	out->exprs = fp_arena_alloc(arena, fs.nsites * sizeof *out->exprs);
	fp_invariant **inv = fp_calloc(fs.nsites, sizeof *inv);
	member *members = NULL;
	size_t nmembers = 0;
	if (!out->exprs || !inv || !group_invariants(&fs, arena, inv, &members, &nmembers)) {
		fp_free(inv);
		return false;
	}
	memset(out->exprs, 0, fs.nsites * sizeof *out->exprs);
	/* Keys (see fp_fhir_file.reused): every site's but the nested ones'
	 * (they wait for the type they are nested in), then the groups' */
	out->settings = settings_key(opt);
	reuse_map rm;
	if (!reuse_map_init(&rm, opt->reuse, out->settings)) {
		fp_free(members);
		fp_free(inv);
		return false;
	}
	for (size_t i = 0; i < fs.nsites; i++) {
		fp_embedded *e = &out->exprs[i];
		if (fs.sites[i].ctx_kind == FP_SITE_CTX_SITE || fs.sites[i].nrepeat || fs.sites[i].quest)
			continue;       /* keyed once their environment is known */
		e->text = fs.sites[i].text;
		e->len = fs.sites[i].len;
		e->site_hash = site_hash(&fs.sites[i], NULL);
		set_key(e);
	}
	facts_memo memo = { NULL, NULL, NULL, 0 };
	for (size_t lo = 0, hi; lo < nmembers; lo = hi) {
		for (hi = lo + 1; hi < nmembers && members[hi].group == members[lo].group;)
			hi++;
		/* as set_group_key, before the environments exist */
		const fp_invariant *r = inv[members[lo].site];
		uint64_t f = facts_hash(r, &memo);
		uint64_t h = mix(mix_str(14695981039346656037u, r->path), &f, sizeof f);
		for (size_t k = lo; k < hi; k++)
			h = mix(h, &out->exprs[members[k].site].key, sizeof out->exprs[members[k].site].key);
		for (size_t k = lo; k < hi; k++)
			out->exprs[members[k].site].gkey = h | 1;
	}
	/* First every site is parsed and analysed; then each invariant is
	 * linted (FP2010) with its element's others, none analysed twice. */
	size_t from = diags->len;
	fp_tset repeat_ctx = fp_tset_any();     /* the current repeat's context */
	for (size_t i = 0; i < fs.nsites; i++) {
		const fp_site *s = &fs.sites[i];
		fp_embedded *e = &out->exprs[i];
		e->str = s->str;
		e->text = s->text;
		e->len = s->len;
		e->context = s->context;
		e->origin = s->origin;
		e->version = s->version;
		e->map = s->map;
		e->quiet = s->quiet;
		/* its environment, from its site: a view's nested path gets
		 * the type of what it is nested in (earlier sites are done) */
		fp_env_site where = { .site = s, .inv = inv[i], .done = out->exprs, .ndone = i };
		if (s->ctx_kind == FP_SITE_CTX_SITE && s->ctx_site < i) {
			where.nested = gives(&fs, out, s->ctx_site, arena);
			where.nested_known = true;
		}
		const fp_expr_env *env;
		if (!fp_expr_env_build(&where, opt, arena, &env)) {
			ok = false;
			break;
		}
		/* a repeat's path: on the fixed point its list reaches, found
		 * at its first path (the others share it) */
		if (s->nrepeat && s->repeat_first <= i) {
			fp_expr_env *r = fp_arena_alloc(arena, sizeof *r);
			if (!r) {
				ok = false;
				break;
			}
			*r = *env;
			if (s->repeat_first == i)
				repeat_ctx = repeat_context(&fs, i, env, opt, arena);
			r->context = repeat_ctx;
			env = r;
			e->site_hash = site_hash(s, &repeat_ctx);
			set_key(e);
		}
		if (s->ctx_kind == FP_SITE_CTX_SITE && s->ctx_site < i)
			out->exprs[s->ctx_site].feeds = true;
		for (size_t k = 0; s->quest && k < s->quest->nvars; k++) {
			const fp_site_qvar *v = &s->quest->vars[k];
			if (!v->type && v->site < i)
				out->exprs[v->site].feeds = true;       /* its result types this one */
		}
		if (i == 0 || fs.sites[i - 1].str != s->str)
			from = diags->len;      /* the first record of its string */
		if ((s->ctx_kind == FP_SITE_CTX_SITE && !s->nrepeat) || s->quest) {
			e->site_hash = site_hash(s, where.nested_known ? &where.nested : NULL);
			if (s->quest)
				e->site_hash = quest_hash(e->site_hash, s, env);
			set_key(e);
		}
		fp_diags local;
		fp_diags_init(&local, arena);
		const fp_embedded *o = reuse_find(&rm, e);
		if (o) {
			ok = reuse(e, o, env, arena);
			local = view(e->local, e->nlocal, arena);
			out->reused++;
		} else {
			size_t skipped = opt->budget ? opt->budget->skipped : 0;
			ok = fp_check_embedded(s->text, s->len, env, opt, arena, &local, &e->x) &&
			     keep_local(&local, arena, &e->local, &e->nlocal);
			/* analysed whole: a later analysis may take its results */
			e->keyed = !(opt->budget && opt->budget->skipped > skipped);
		}
		e->keyed = e->keyed || o;
		e->x.start = s->str->start;
		e->x.end = s->str->end;
		e->x.context = s->context;
		size_t mark = diags->len;
		if (ok && !e->quiet)
			map_diags(text, e, &local, diags, from);
		if (!o)
			fp_diags_release(&local);
		ok = ok && keep_found(diags, mark, arena, &e->found, &e->nfound);
		if (!ok)
			break;
		out->nexprs = i + 1;
	}
	fp_free(rm.slot);
	ok = ok && fill_siblings(members, nmembers, inv, out->exprs, arena) &&
	     lint_all(text, out->exprs, out->nexprs, false, arena, diags);
	fp_free(members);
	fp_free(inv);
	return ok && !diags->failed && !arena->failed;
}

bool fp_fhir_recheck(const char *text, fp_fhir_file *f, const fp_check_options *opt,
		     fp_arena *arena, fp_diags *diags)
{
	size_t from = diags->len;
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.uses_ext || !e->str)
			continue;
		/* the first record of this string drops its old findings (a
		 * search parameter's string is checked once per base, and its
		 * records follow each other) */
		if (i == 0 || f->exprs[i - 1].str != e->str)
			fp_drop_analysis(diags, e->str->start, e->str->end);
		if (i == 0 || f->exprs[i - 1].str != e->str)
			from = diags->len;
		fp_diags local;
		fp_diags_init(&local, arena);
		bool ok = fp_recheck(e->text, &e->x, opt, arena, &local);
		if (ok && !e->quiet)
			map_diags(text, e, &local, diags, from);
		fp_diags_release(&local);
		if (!ok)
			return false;
	}
	/* FP2010 once all are analysed again: an invariant is judged with
	 * its siblings' new types */
	if (!lint_all(text, f->exprs, f->nexprs, true, arena, diags))
		return false;
	return !diags->failed && !arena->failed;
}

/* ---- incremental analysis (the language server) ---------------------- */

static void shift_diags(fp_diag *v, size_t n, size_t at, long delta)
{
	for (size_t i = 0; i < n; i++) {
		if (v[i].start >= at)
			v[i].start = (uint32_t)((long)v[i].start + delta);
		if (v[i].end > at || (v[i].end == at && v[i].start > at))
			v[i].end = (uint32_t)((long)v[i].end + delta);
		if (!v[i].rel_message)
			continue;
		if (v[i].rel_start >= at)
			v[i].rel_start = (uint32_t)((long)v[i].rel_start + delta);
		if (v[i].rel_end > at || (v[i].rel_end == at && v[i].rel_start > at))
			v[i].rel_end = (uint32_t)((long)v[i].rel_end + delta);
	}
}

void fp_fhir_shift(fp_fhir_file *f, size_t at, long delta)
{
	shift_diags(f->own, f->nown, at, delta);
	fp_symbol *y = (fp_symbol *)f->syms;    /* the arena's: ours to change */
	for (size_t i = 0; i < f->nsyms; i++) {
		if (y[i].start >= at)
			y[i].start = (uint32_t)((long)y[i].start + delta);
		if (y[i].end > at)
			y[i].end = (uint32_t)((long)y[i].end + delta);
	}
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		/* the records of one string share its node: moved once */
		if (e->str && (i == 0 || f->exprs[i - 1].str != e->str)) {
			fp_json *s = (fp_json *)e->str;     /* the arena's: ours to change */
			if (s->start > at)
				s->start = (uint32_t)((long)s->start + delta);
			if (s->end > at)
				s->end = (uint32_t)((long)s->end + delta);
		}
		if (e->str) {
			e->x.start = e->str->start;
			e->x.end = e->str->end;
		}
		shift_diags(e->found, e->nfound, at, delta);
		shift_diags(e->linted, e->nlinted, at, delta);
	}
}

/* FP2010 again for every invariant of the group whose record is inv:
 * its list of others is made again from the members' current analyses
 * (as fill_siblings does), then each member's linted list is replaced. */
static bool relint_group(fp_fhir_file *f, const char *text, const fp_invariant *inv,
			 const fp_check_options *opt, fp_arena *arena)
{
	/* members whose results an earlier analysis gave have no types:
	 * analysed again (the same findings), for their siblings' sake */
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.env || e->x.env->inv != inv || !e->reused)
			continue;
		fp_diags scratch;
		fp_diags_init(&scratch, arena);
		fp_fexpr keep = e->x;
		bool ok = fp_check_embedded(e->text, e->len, keep.env, opt, arena, &scratch, &e->x);
		fp_diags_release(&scratch);
		e->x.start = keep.start;
		e->x.end = keep.end;
		e->x.context = keep.context;
		e->reused = false;
		if (!ok)
			return false;
	}
	set_group_key(f->exprs, f->nexprs, inv);
	size_t n = 0;
	for (size_t i = 0; i < f->nexprs; i++)
		n += f->exprs[i].x.env && f->exprs[i].x.env->inv == inv;
	fp_analysed *v = fp_arena_alloc(arena, (n ? n : 1) * sizeof *v);
	if (!v)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < f->nexprs; i++) {
		const fp_embedded *x = &f->exprs[i];
		if (x->x.env && x->x.env->inv == inv && !x->x.syntax_errors && x->x.types)
			v[k++] = (fp_analysed){ x->text, x->len, x->x.ast, x->x.types };
	}
	fp_invariant *r = (fp_invariant *)inv;  /* the arena's: ours to change */
	r->others = v;
	r->nothers = k;
	for (size_t i = 0; i < f->nexprs; i++) {
		fp_embedded *e = &f->exprs[i];
		if (!e->x.env || e->x.env->inv != inv || !e->x.invariant || e->quiet)
			continue;
		fp_diags local, mapped;
		fp_diags_init(&local, arena);
		fp_diags_init(&mapped, arena);
		bool ok = fp_lint_fexpr(e->text, &e->x, arena, &local) &&
			  keep_local(&local, arena, &e->local_lint, &e->nlocal_lint);
		if (ok)
			map_diags(text, e, &local, &mapped, 0);
		ok = ok && keep_found(&mapped, 0, arena, &e->linted, &e->nlinted);
		fp_diags_release(&local);
		fp_diags_release(&mapped);
		if (!ok)
			return false;
	}
	return true;
}

bool fp_fhir_update_string(fp_fhir_file *f, const char *text_file, size_t i, const char *text,
			   size_t n, const fp_check_options *opt, fp_arena *arena)
{
	if (i >= f->nexprs || !f->exprs[i].str)
		return false;
	const fp_json *node = f->exprs[i].str;
	size_t first = i, last = i + 1;
	while (first > 0 && f->exprs[first - 1].str == node)
		first--;
	while (last < f->nexprs && f->exprs[last].str == node)
		last++;
	char *copy = fp_arena_strndup(arena, text, n);
	if (!copy)
		return false;
	fp_json *str = (fp_json *)node;         /* the arena's: ours to change */
	str->u.str.s = copy;
	str->u.str.len = n;
	fp_diags found;
	fp_diags_init(&found, arena);
	bool ok = true;
	for (size_t k = first; ok && k < last; k++) {
		fp_embedded *e = &f->exprs[k];
		const fp_expr_env *env = e->x.env;
		if (!env) {
			ok = false;     /* never analysed: nothing to start from */
			break;
		}
		e->text = copy;
		e->len = n;
		fp_diags local;
		fp_diags_init(&local, arena);
		ok = fp_check_embedded(copy, n, env, opt, arena, &local, &e->x) &&
		     keep_local(&local, arena, &e->local, &e->nlocal);
		e->x.start = str->start;
		e->x.end = str->end;
		e->x.context = e->context;
		e->reused = false;
		e->keyed = true;
		set_key(e);
		size_t mark = found.len;
		if (ok && !e->quiet)
			map_diags(text_file, e, &local, &found, 0);
		fp_diags_release(&local);
		ok = ok && keep_found(&found, mark, arena, &e->found, &e->nfound);
	}
	fp_diags_release(&found);
	for (size_t k = first; ok && k < last; k++) {
		const fp_embedded *e = &f->exprs[k];
		if (e->x.invariant && e->x.env->inv)
			ok = relint_group(f, text_file, e->x.env->inv, opt, arena);
	}
	return ok && !arena->failed;
}

/* Append n findings as they are (their messages stay where they are). */
static bool push_all(fp_diags *d, const fp_diag *v, size_t n)
{
	if (n == 0)
		return true;
	if (d->len + n > d->cap) {
		size_t cap = d->cap ? d->cap : 8;
		while (cap < d->len + n)
			cap *= 2;
		fp_diag *p = fp_realloc(d->items, cap * sizeof *p);
		if (!p) {
			d->failed = true;
			return false;
		}
		d->items = p;
		d->cap = cap;
	}
	memcpy(d->items + d->len, v, n * sizeof *v);
	d->len += n;
	return true;
}

bool fp_fhir_collect(const fp_fhir_file *f, fp_diags *diags)
{
	diags->len = 0;
	bool ok = push_all(diags, f->own, f->nown);
	for (size_t i = 0; ok && i < f->nexprs; i++)
		ok = push_all(diags, f->exprs[i].found, f->exprs[i].nfound);
	for (size_t i = 0; ok && i < f->nexprs; i++)
		ok = push_all(diags, f->exprs[i].linted, f->exprs[i].nlinted);
	return ok;
}
