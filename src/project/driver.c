/*
 * project/driver.c - one road from files to findings (see driver.h).
 */
#include "driver.h"
#include "ignore.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "analysis/uses.h"
#include "project/cache.h"
#include "project/defs.h"
#include "project/record.h"
#include "sources/files.h"
#include "sources/fsh.h"
#include "util/alloc.h"

/* A checked text kept whole until it is converted: the file's bytes, the
 * parse, the findings in file offsets. */
typedef struct held {
	char *data;             /* the bytes read (fp_free), or NULL */
	size_t data_len;
	fp_checked c;
	fp_text_kind kind;
	fp_arena arena;
	fp_diags diags;
	fp_lines lt;
	bool have_lines;
	fp_fpfile file;
	fp_fexpr one;
	fp_fhir_file fhir;
	fp_expr_info *info;
	bool uses_ext;          /* some expression uses workspace extensions */
	/* reported from the store: judged with the extension set of this
	 * hash, when uses_ext */
	bool from_cache;
	uint64_t cached_ext_hash;
} held;

typedef struct input {
	char *shown;            /* as reported */
	char *path;             /* to read; NULL for -e */
	char *expr;             /* -e */
	char *error;            /* the walk did not read it: why */
	int error_code;
	unsigned read_flags;
	fp_check_options opt;
	/* results */
	held *held;             /* kept for the second pass */
	void *result;           /* convert()'s */
	/* its definitions: as entries for the run's list, and as symbols
	 * (for its record and convert()); strings in arena */
	fp_arena arena;
	const char **ext;
	size_t next;
	fp_symbol *syms;
	size_t nsyms;
	bool ext_merged;
	bool done;              /* first pass finished */
	/* the cache (project/cache.h): abs is its key, NULL when the input
	 * is not cached (-e, stdin, a walk finding) */
	char *abs;
	uint64_t key;           /* fp_cache_options_key */
	bool have_st;           /* stat'ed before it was read */
	fp_store_file st;       /* size, mtime, inode, device, when read, hash */
	const fp_store_file *row;       /* what the store had, or NULL */
	bool hit;               /* reported from the store */
	bool refresh;           /* a hit whose row is rewritten (no longer racy) */
	void *rec;              /* a record to write (fp_free), or NULL */
	size_t nrec;
} input;

/* The .fsh files of a project, read once for all its files (fsh.h). */
typedef struct fsh_project {
	char *root;
	fp_fsh_tank tank;
	struct fsh_project *next;
} fsh_project;

struct fp_driver {
	fp_driver_fns fns;
	size_t max_file;
	input *v;
	size_t n, cap;
	bool failed;
	/* the run's extension URLs (strings in ext_arena), sorted and unique
	 * once ext_ready */
	fp_arena ext_arena;
	const char **ext_urls;
	size_t next_urls, cap_urls;
	bool ext_ready;
	bool known;             /* given up front: no second pass */
	uint64_t ext_hash;      /* of the run's (or the known) definitions, once ready */
	fp_cache *cache;        /* or NULL */
	char cwd[PATH_MAX];     /* for absolute paths: got once ("" not yet) */
	/* the last options key, by what it was computed from (inputs of a
	 * run mostly share their settings) */
	fp_check_options last_opt;
	uint64_t last_key;
	bool have_key;
	/* workers */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	size_t next;            /* next input to take */
	bool threaded;
	bool stop;
	bool waiting;           /* the calling thread waits on cv */
	/* the FSH projects met so far (any thread; fsh_mu) */
	pthread_mutex_t fsh_mu;
	fsh_project *fsh;
};

/* ---- what a finding is in ---------------------------------------------- */

static int info_cmp(const void *a, const void *b)
{
	const fp_expr_info *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/* info is sorted by start and its ranges do not overlap (a search
 * parameter checked per base repeats one range), so this is a binary
 * search and a short walk back, not a scan: a file with 100,000 broken
 * expressions stays fast. */
const fp_expr_info *fp_checked_expr_at(const fp_checked *c, size_t at)
{
	size_t lo = 0, hi = c->ninfo;
	while (lo < hi) {       /* the first one starting after at */
		size_t mid = lo + (hi - lo) / 2;
		if (c->info[mid].start <= at)
			lo = mid + 1;
		else
			hi = mid;
	}
	const fp_expr_info *best = NULL;
	for (size_t k = lo; k-- > 0 && c->info[k].end >= at;) {
		if (!best || c->info[k].order < best->order)
			best = &c->info[k];
	}
	return best;
}

bool fp_diag_is_file_level(int code)
{
	return code == FP_D_NOT_UTF8 || code == FP_D_NUL_BYTE || code == FP_D_EMPTY_FILE ||
	       code == FP_D_LINK_OUTSIDE_ROOT || (code >= FP_D_IO_ERROR && code <= FP_D_TOO_LARGE);
}

/* ---- one input ----------------------------------------------------------- */

static void held_free(held *h)
{
	if (!h)
		return;
	if (h->have_lines)
		fp_lines_release(&h->lt);
	fp_diags_release(&h->diags);
	fp_arena_release(&h->arena);
	fp_free(h->data);
	fp_free(h);
}

static held *held_new(const input *in)
{
	held *h = fp_calloc(1, sizeof *h);
	if (!h)
		return NULL;
	fp_arena_init(&h->arena);
	fp_diags_init(&h->diags, &h->arena);
	h->c.path = in->shown;
	h->c.single = in->expr != NULL;
	h->c.context = in->opt.context;
	h->c.text = "";
	return h;
}

/* A text whose expressions are a resource's (fp_fhir_file): FHIR JSON,
 * XML, and FSH (compiled to resources). */
static bool resource_kind(fp_text_kind k)
{
	return k == FP_TEXT_JSON || k == FP_TEXT_XML || k == FP_TEXT_FSH;
}

/* Sort the findings, build the line table; the text is final. */
static void seal(held *h)
{
	if (!h->c.places)       /* a record's are sorted already, places with them */
		fp_diags_sort(&h->diags);
	if (!h->have_lines) {
		h->have_lines = fp_lines_init(&h->lt, h->c.text, h->c.len);
		h->c.failed = h->c.failed || !h->have_lines;
	}
	h->c.lines = &h->lt;
	h->c.diags = &h->diags;
	h->c.failed = h->c.failed || h->diags.failed || h->arena.failed;
}

/* The expression records of a checked text, sorted by start. */
static bool record_info(held *h)
{
	size_t n = resource_kind(h->kind) ? h->fhir.nexprs
		 : h->c.single ? 1 : h->file.nexprs;
	if (n == 0)
		return true;
	h->info = fp_arena_alloc(&h->arena, n * sizeof *h->info);
	if (!h->info)
		return false;
	for (size_t i = 0; i < n; i++) {
		fp_expr_info *x = &h->info[i];
		if (resource_kind(h->kind)) {
			const fp_embedded *e = &h->fhir.exprs[i];
			*x = (fp_expr_info){ e->x.start, e->x.end, e->text, e->len, e->context, e->origin, i };
			h->uses_ext = h->uses_ext || e->x.uses_ext;
		} else {
			const fp_fexpr *e = h->c.single ? &h->one : &h->file.exprs[i];
			*x = (fp_expr_info){ e->start, e->end, h->c.text + e->start, e->end - e->start,
					     e->context, NULL, i };
			h->uses_ext = h->uses_ext || e->uses_ext;
		}
	}
	if (n > 1)
		qsort(h->info, n, sizeof *h->info, info_cmp);
	h->c.info = h->info;
	h->c.ninfo = n;
	h->c.expressions = n;
	return true;
}

static int use_cmp(const void *a, const void *b)
{
	const fp_elem_use *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	int c = strcmp(x->element, y->element);
	return c ? c : (x->order < y->order ? -1 : x->order > y->order);
}

/* The elements the expressions of a final text read, in file offsets,
 * sorted, each place once (a search parameter checked per base reads
 * the same name once per base). */
static bool record_uses(held *h)
{
	bool fhir = resource_kind(h->kind);
	size_t n = fhir ? h->fhir.nexprs : h->c.single ? 1 : h->file.nexprs, total = 0;
	for (size_t i = 0; i < n; i++)
		total += fhir ? h->fhir.exprs[i].x.nuses : h->c.single ? h->one.nuses : h->file.exprs[i].nuses;
	if (!total)
		return true;
	fp_elem_use *v = fp_arena_alloc(&h->arena, total * sizeof *v);
	if (!v)
		return false;
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		const fp_fexpr *x = fhir ? &h->fhir.exprs[i].x : h->c.single ? &h->one : &h->file.exprs[i];
		for (size_t j = 0; j < x->nuses; j++) {
			const fp_use *u = &x->uses[j];
			fp_elem_use *o = &v[k++];
			o->element = u->element;
			o->order = i;
			if (fhir) {
				o->start = (uint32_t)fp_embedded_source_offset(h->c.text, &h->fhir.exprs[i], u->start);
				o->end = (uint32_t)fp_embedded_source_offset(h->c.text, &h->fhir.exprs[i], u->end);
			} else {
				o->start = u->start;
				o->end = u->end;
			}
		}
	}
	qsort(v, k, sizeof *v, use_cmp);
	size_t m = 0;
	for (size_t i = 0; i < k; i++) {
		if (m && v[m - 1].start == v[i].start && v[m - 1].end == v[i].end &&
		    strcmp(v[m - 1].element, v[i].element) == 0)
			continue;
		v[m++] = v[i];
	}
	h->c.uses = v;
	h->c.nuses = m;
	return true;
}

static const char *copy_opt(fp_arena *a, const char *s, bool *ok)
{
	if (!s)
		return NULL;
	const char *r = fp_arena_strndup(a, s, strlen(s));
	*ok = *ok && r != NULL;
	return r;
}

/* Keep copies of a file's symbols in the input (for its record and
 * convert()), and the entries they make for the run's list. */
static bool keep_symbols(input *in, const fp_symbol *syms, size_t n)
{
	in->syms = NULL;
	in->nsyms = 0;
	in->ext = NULL;
	in->next = 0;
	if (n == 0)
		return true;
	in->syms = fp_arena_alloc(&in->arena, n * sizeof *in->syms);
	in->ext = fp_arena_alloc(&in->arena, n * sizeof *in->ext);
	if (!in->syms || !in->ext)
		return false;
	bool ok = true;
	for (size_t i = 0; i < n && ok; i++) {
		fp_symbol *y = &in->syms[i];
		*y = syms[i];
		y->url = copy_opt(&in->arena, syms[i].url, &ok);
		y->name = copy_opt(&in->arena, syms[i].name, &ok);
		y->detail = copy_opt(&in->arena, syms[i].detail, &ok);
		const char *e = ok ? fp_def_entry(&in->arena, y, &ok) : NULL;
		if (e)
			in->ext[in->next++] = e;
	}
	in->nsyms = ok ? n : 0;
	return ok;
}

/* ---- the store --------------------------------------------------------- */

/* Size, mtime, inode and device of a cached input, and the wall clock,
 * before it is read: a change while it is read shows next time. */
static void keep_stat(input *in, const struct stat *st)
{
	in->have_st = S_ISREG(st->st_mode);
	if (!in->have_st)
		return;
	struct timespec now;
	clock_gettime(CLOCK_REALTIME, &now);
	in->st.size = (int64_t)st->st_size;
	in->st.mtime_ns = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
	in->st.ino = (int64_t)st->st_ino;
	in->st.dev = (int64_t)st->st_dev;
	in->st.checked_ns = (int64_t)now.tv_sec * 1000000000 + now.tv_nsec;
}

static void take_stat(input *in)
{
	struct stat st;
	if (stat(in->path, &st) == 0)
		keep_stat(in, &st);
	else
		in->have_st = false;
}

/* The BOM is not part of the text: positions count after it, as
 * editors show them. */
static void set_text(held *h, const char *text, size_t len)
{
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
		text += 3;
		len -= 3;
	}
	h->c.text = text;
	h->c.len = len;
}

/* Fill h from the store when in is unchanged since its row was written:
 * true when done. Its bytes are read only when a finding needs its lines
 * or its mtime was too recent to trust; bytes read and found changed are
 * left in h->data for the check. */
static bool from_cache(fp_driver *d, input *in, held *h)
{
	/* an .fsh file's findings depend on the project's other .fsh
	 * files (its invariants, profiles, rule sets), which its key does
	 * not cover: never taken from the cache */
	if (in->path && fp_is_fsh_file(in->path))
		return false;
	const fp_store_file *row = in->row = fp_cache_find(d->cache, in->abs);
	if (!row || !in->have_st || row->size != in->st.size || row->mtime_ns != in->st.mtime_ns ||
	    row->ino != in->st.ino || row->dev != in->st.dev || row->key != in->key || !row->nrecord)
		return false;
	fp_record rec;
	if (!fp_record_decode(row->record, row->nrecord, (uint64_t)row->size, &h->arena, &rec))
		return false;
	if (rec.uses_ext && d->known && rec.ext_hash != d->ext_hash)
		return false;
	bool racy = row->checked_ns - row->mtime_ns < FP_CACHE_RACY_NS;
	/* the findings' places are in the record: the text is read only to
	 * compare it, when its mtime was too recent to trust */
	if (racy) {
		char err[256];
		size_t len;
		if (!fp_read_file(in->path, d->max_file, in->read_flags, &h->data, &len, err, sizeof err))
			return false;
		h->data_len = len;
		in->st.hash = fp_store_hash(h->data, len, 0);
		if (in->st.hash != row->hash || len != (size_t)row->size)
			return false;
		set_text(h, h->data, len);
	}
	h->c.read = true;
	h->c.files = rec.files;
	h->c.expressions = rec.expressions;
	h->c.defines_extensions = rec.defines_ext;
	if (!keep_symbols(in, rec.syms, rec.nsyms))
		h->c.failed = true;
	h->c.syms = in->syms;
	h->c.nsyms = in->nsyms;
	h->c.info = rec.info;
	h->c.ninfo = rec.ninfo;
	h->c.uses = rec.uses;
	h->c.nuses = rec.nuses;
	h->uses_ext = rec.uses_ext;
	h->cached_ext_hash = rec.ext_hash;
	h->from_cache = true;
	if (!racy && rec.ndiags)
		h->c.places = rec.places;
	for (size_t i = 0; i < rec.ndiags; i++) {
		fp_diag *x = &rec.diags[i];
		fp_diag *y = fp_diags_add(&h->diags, x->code, x->start, x->end, "%s", x->message);
		if (y)
			y->severity = x->severity;
		if (x->rel_message)
			fp_diags_relate(&h->diags, y, x->rel_start, x->rel_end, x->rel_message);
	}
	in->hit = true;
	in->st.hash = row->hash;
	/* now old enough to be trusted by its stat: written again */
	in->refresh = racy && in->st.checked_ns - in->st.mtime_ns >= FP_CACHE_RACY_NS;
	return true;
}

/* Whether h's findings can stand for the file next time: read whole,
 * judged whole (no time budget cut it short), nothing failed. */
static bool cacheable(const held *h)
{
	if (!h->c.read || h->c.failed || h->c.gone || h->c.walk_code || h->kind == FP_TEXT_FSH)
		return false;
	for (size_t i = 0; i < h->diags.len; i++) {
		int code = h->diags.items[i].code;
		if (code == FP_D_TIME_BUDGET || code == FP_D_OUT_OF_MEMORY)
			return false;
	}
	return true;
}

/* Encode the final h as in's record, for the calling thread to write. */
static void make_record(fp_driver *d, input *in, held *h, uint64_t ext_hash)
{
	if (!d->cache || !in->abs || !in->have_st || (h->from_cache && !in->refresh) || !cacheable(h))
		return;
	fp_buf b;
	fp_buf_init(&b);
	if (fp_record_encode(&h->c, h->uses_ext, ext_hash, &b)) {
		in->rec = fp_buf_detach(&b, &in->nrec);
		return;
	}
	fp_buf_release(&b);
}

/* Calling thread, in input order: what the run learnt of in, to the
 * cache. */
static void to_cache(fp_driver *d, input *in)
{
	if (!d->cache || !in->abs)
		return;
	fp_cache_seen(d->cache, in->row, in->hit);
	if (!in->rec)
		return;
	fp_store_file f = in->st;
	f.path = in->abs;
	f.key = in->key;
	f.record = in->rec;
	f.nrecord = in->nrec;
	if (!fp_cache_put(d->cache, &f))
		d->failed = true;
	fp_free(in->rec);
	in->rec = NULL;
}

/* The tank of the FSH project the .fsh file at path belongs to, read on
 * first use and kept for the run (its texts are the files as the run
 * found them); NULL when it cannot be read. */
static const fp_fsh_tank *project_tank(fp_driver *d, const char *path)
{
	char root[PATH_MAX];
	bool project;
	if (!fp_fsh_project_root(path, root, sizeof root, &project))
		return NULL;
	pthread_mutex_lock(&d->fsh_mu);
	fsh_project *p = d->fsh;
	while (p && strcmp(p->root, root) != 0)
		p = p->next;
	if (!p && (p = fp_calloc(1, sizeof *p)) != NULL) {
		if (!(p->root = fp_strdup(root)) || !fp_fsh_tank_load_root(root, project, NULL, &p->tank)) {
			fp_fsh_tank_release(&p->tank);
			fp_free(p->root);
			fp_free(p);
			p = NULL;
		} else {
			p->next = d->fsh;
			d->fsh = p;
		}
	}
	pthread_mutex_unlock(&d->fsh_mu);
	return p ? &p->tank : NULL;
}

/* Read and check one input (its first pass). Returns the checked text,
 * or NULL when out of memory. Runs on any thread; touches only the
 * input. */
static held *first_check(fp_driver *d, input *in, bool use_cache)
{
	held *h = held_new(in);
	if (!h)
		return NULL;
	h->c.files = in->expr ? 0 : 1;
	char err[256];
	if (in->error_code) {
		h->c.walk_code = in->error_code;
		if (in->error_code == FP_D_IO_ERROR)
			fp_diags_add(&h->diags, FP_D_IO_ERROR, 0, 0, "cannot read: %s", in->error);
		else
			fp_diags_add(&h->diags, in->error_code, 0, 0, "%s", in->error);
		return h;
	}
	const char *text = in->expr;
	size_t len = text ? strlen(text) : 0;
	if (!text && in->abs) {
		if (!in->have_st)       /* the walk did not say */
			take_stat(in);
		if (use_cache && from_cache(d, in, h))
			return h;
	}
	if (!text && h->data) {         /* read by from_cache(), and changed */
		text = h->data;
		len = h->data_len;
	} else if (!text) {
		if (!fp_read_file(in->path, d->max_file, in->read_flags, &h->data, &len, err,
				  sizeof err)) {
			int why = errno;
			h->c.gone = why == ENOENT && access(in->path, F_OK) != 0;
			h->c.special = why == EINVAL;
			fp_diags_add(&h->diags, why == EFBIG ? FP_D_TOO_LARGE : FP_D_IO_ERROR, 0, 0,
				     "cannot read: %s", err);
			return h;
		}
		text = h->data;
		if (in->abs && in->have_st)
			in->st.hash = fp_store_hash(text, len, 0);
	}
	h->c.read = true;
	set_text(h, text, len);
	text = h->c.text;
	len = h->c.len;
	fp_check_options opt = in->opt;
	if (d->known) {         /* read only: nothing is added during the run */
		opt.ext_urls = d->ext_urls;
		opt.next_urls = d->next_urls;
	}
	bool ok;
	if (in->expr) {
		h->kind = FP_TEXT_FHIRPATH;
		ok = fp_check_expression(text, len, &opt, &h->arena, &h->diags, &h->one);
	} else {
		h->kind = fp_text_kind_of(in->path, NULL);
		/* an .fsh file is read with the project's other .fsh files,
		 * which hold what its rules name */
		if (h->kind == FP_TEXT_FSH && strcmp(in->path, "-") != 0)
			opt.fsh_tank = project_tank(d, in->path);
		ok = fp_check_text(h->kind, text, len, (size_t)-1, &opt, &h->arena, &h->diags,
				   &h->file, &h->fhir);
		opt.fsh_tank = NULL;
		if (ok && h->kind != FP_TEXT_FHIRPATH && !h->fhir.is_fhir && h->diags.len == 0)
			h->c.files = 0; /* not FHIR: nothing to say, not counted */
		if (ok)
			ok = keep_symbols(in, h->fhir.syms, h->fhir.nsyms);
		h->c.defines_extensions = in->next > 0;
		h->c.syms = in->syms;
		h->c.nsyms = in->nsyms;
	}
	if (ok)
		ok = record_info(h);
	h->c.failed = !ok;
	return h;
}

/* Convert a final text and free it. */
static void finish(fp_driver *d, input *in, held *h, uint64_t ext_hash)
{
	if (!h->from_cache) {   /* a record holds final severities, and uses */
		fp_apply_severities(&h->diags, &in->opt);
		bool fpf = h->kind == FP_TEXT_FHIRPATH && !in->expr;
		bool ok = h->kind == FP_TEXT_FSH
				  ? fp_apply_ignores_fsh(&h->diags, &in->opt, in->path, h->c.text, h->c.len,
							 h->c.info, h->c.ninfo)
				  : fp_apply_ignores(&h->diags, &in->opt, in->expr ? NULL : in->path,
						     h->c.text, fpf ? &h->file : NULL, h->c.info,
						     h->c.ninfo);
		if (!ok)
			h->c.failed = true;
		if (h->c.read && !h->c.failed && !record_uses(h))
			h->c.failed = true;
	}
	seal(h);
	make_record(d, in, h, ext_hash);
	in->result = d->fns.convert(d->fns.ctx, &h->c);
	held_free(h);
}

/* The first pass of input in: check it; convert it unless it must wait
 * for the run's extension definitions. */
static void first_pass(fp_driver *d, input *in)
{
	held *h = first_check(d, in, true);
	if (!h) {               /* out of memory before anything */
		held tmp;
		memset(&tmp, 0, sizeof tmp);
		fp_arena_init(&tmp.arena);
		fp_diags_init(&tmp.diags, &tmp.arena);
		tmp.c.path = in->shown;
		tmp.c.text = "";
		tmp.c.failed = true;
		tmp.c.diags = &tmp.diags;
		in->result = d->fns.convert(d->fns.ctx, &tmp.c);
		fp_diags_release(&tmp.diags);
		fp_arena_release(&tmp.arena);
		return;
	}
	if (h->uses_ext && !h->c.failed && !d->known)
		in->held = h;   /* finished by second_pass() */
	else
		finish(d, in, h, h->uses_ext ? d->ext_hash : 0);
}

/* Analyse again, with the run's extension definitions, the expressions
 * of a held text that use them, then convert it. */
static void second_pass(fp_driver *d, input *in)
{
	held *h = in->held;
	in->held = NULL;
	if (!h)
		return;
	if (h->from_cache) {
		if (h->cached_ext_hash == d->ext_hash) {        /* the same definitions */
			finish(d, in, h, d->ext_hash);
			return;
		}
		held_free(h);   /* judged with others: check it again */
		in->hit = false;
		in->next = 0;
		in->ext = NULL;
		in->nsyms = 0;
		in->syms = NULL;
		h = first_check(d, in, false);
		if (!h)
			return;
	}
	fp_check_options opt = in->opt;
	opt.ext_urls = d->ext_urls;
	opt.next_urls = d->next_urls;
	bool ok = true;
	if (opt.next_urls) {    /* with none, the first pass already said it all */
		if (h->c.single)
			ok = fp_recheck_exprs(h->c.text, &h->one, 1, &opt, &h->arena, &h->diags);
		else if (h->kind == FP_TEXT_FHIRPATH)
			ok = fp_recheck_exprs(h->c.text, h->file.exprs, h->file.nexprs, &opt, &h->arena,
					      &h->diags);
		else
			ok = fp_fhir_recheck(h->c.text, &h->fhir, &opt, &h->arena, &h->diags);
	}
	h->c.failed = !ok;
	finish(d, in, h, d->ext_hash);
}

/* ---- the run's extension definitions --------------------------------- */

static bool add_url(fp_driver *d, const char *url)
{
	if (!fp_grow(&d->ext_urls, &d->cap_urls, d->next_urls, sizeof *d->ext_urls, 64))
		return false;
	const char *u = fp_arena_strndup(&d->ext_arena, url, strlen(url));
	if (!u)
		return false;
	d->ext_urls[d->next_urls++] = u;
	return true;
}

/* Add input in's extension definitions to the run's list, once (before
 * its arena goes). */
static void merge_extensions(fp_driver *d, input *in)
{
	if (in->ext_merged)
		return;
	in->ext_merged = true;
	for (size_t i = 0; i < in->next; i++) {
		if (!add_url(d, in->ext[i])) {
			d->failed = true;
			return;
		}
	}
}

static void sort_unique(fp_driver *d)
{
	fp_defs_sort_unique(d->ext_urls, &d->next_urls);
}

/* ---- workers --------------------------------------------------------- */

static bool stopped(fp_driver *d)
{
	return d->fns.cancelled && d->fns.cancelled(d->fns.ctx);
}

/* Mark input i's first pass finished; wake the calling thread only when
 * it waits (an uncontended lock costs no system call; a broadcast per
 * input to nobody was most of a warm run's time). Called locked. */
static void mark_done(fp_driver *d, size_t i)
{
	d->v[i].done = true;
	if (d->waiting)
		pthread_cond_broadcast(&d->cv);
}

static void *worker(void *arg)
{
	fp_driver *d = arg;
	for (;;) {
		pthread_mutex_lock(&d->mu);
		size_t i = d->next < d->n && !d->stop ? d->next++ : d->n;
		pthread_mutex_unlock(&d->mu);
		if (i >= d->n)
			break;
		first_pass(d, &d->v[i]);
		pthread_mutex_lock(&d->mu);
		mark_done(d, i);
		pthread_mutex_unlock(&d->mu);
	}
	fp_arena_drop_spare();
	return NULL;
}

/* Input i's first pass: run it here when there are no workers; else,
 * until a worker has finished it, take the next input nobody has taken
 * (possibly i itself) and check it here, and wait only when none is
 * left. So -j N keeps N threads checking, the calling one included. */
static void await(fp_driver *d, size_t i)
{
	input *in = &d->v[i];
	if (!d->threaded) {
		if (!in->done) {
			first_pass(d, in);
			in->done = true;
		}
		return;
	}
	pthread_mutex_lock(&d->mu);
	while (!in->done) {
		if (d->next < d->n && !d->stop) {
			size_t k = d->next++;
			pthread_mutex_unlock(&d->mu);
			first_pass(d, &d->v[k]);
			pthread_mutex_lock(&d->mu);
			mark_done(d, k);
			continue;
		}
		d->waiting = true;
		pthread_cond_wait(&d->cv, &d->mu);
		d->waiting = false;
	}
	pthread_mutex_unlock(&d->mu);
}

/* Before the first held text is finished: every input has had its first
 * pass, so the run's extension definitions are all known; sort them. */
static void all_read(fp_driver *d)
{
	if (d->ext_ready)
		return;
	for (size_t k = 0; k < d->n && !stopped(d); k++) {
		await(d, k);
		merge_extensions(d, &d->v[k]);
	}
	sort_unique(d);
	d->ext_hash = fp_cache_ext_hash(d->ext_urls, d->next_urls);
	d->ext_ready = true;
}

void fp_driver_run(fp_driver *d, int threads)
{
	pthread_t tids[64];
	int started = 0;
	if (threads > 64)
		threads = 64;
	if ((size_t)threads > d->n)
		threads = (int)d->n;
	pthread_mutex_init(&d->mu, NULL);
	pthread_cond_init(&d->cv, NULL);
	d->next = 0;
	pthread_attr_t attr;
	pthread_attr_init(&attr);
	/* parser and analyser recurse up to FP_MAX_DEPTH levels */
	pthread_attr_setstacksize(&attr, (size_t)16 << 20);
	for (int i = 1; i < threads; i++) {
		if (pthread_create(&tids[started], &attr, worker, d) == 0)
			started++;
	}
	pthread_attr_destroy(&attr);
	d->threaded = started > 0;
	size_t i = 0;
	for (; i < d->n && !stopped(d); i++) {
		input *in = &d->v[i];
		await(d, i);
		if (in->held) {
			all_read(d);
			second_pass(d, in);
		}
		if (!d->known)
			merge_extensions(d, in);
		if (in->result) {
			void *r = in->result;
			in->result = NULL;
			d->fns.deliver(d->fns.ctx, i, r);
		}
		to_cache(d, in);
		fp_arena_release(&in->arena);
		in->ext = NULL;
		in->next = 0;
		in->syms = NULL;
		in->nsyms = 0;
	}
	if (d->threaded) {
		pthread_mutex_lock(&d->mu);
		d->stop = true;
		pthread_mutex_unlock(&d->mu);
	}
	for (int k = 0; k < started; k++)
		pthread_join(tids[k], NULL);
	/* a stopped run: what was not delivered is dropped */
	for (; i < d->n; i++) {
		fp_free(d->v[i].rec);
		d->v[i].rec = NULL;
		held_free(d->v[i].held);
		d->v[i].held = NULL;
		if (d->v[i].result && d->fns.drop)
			d->fns.drop(d->fns.ctx, d->v[i].result);
		d->v[i].result = NULL;
	}
	if (!d->known && !d->ext_ready) {
		sort_unique(d);
		d->ext_ready = true;
	}
	pthread_mutex_destroy(&d->mu);
	pthread_cond_destroy(&d->cv);
}

/* ---- the run ------------------------------------------------------------- */

fp_driver *fp_driver_new(const fp_driver_fns *fns, size_t max_file)
{
	fp_driver *d = fp_calloc(1, sizeof *d);
	if (!d)
		return NULL;
	d->fns = *fns;
	d->max_file = max_file;
	fp_arena_init(&d->ext_arena);
	pthread_mutex_init(&d->fsh_mu, NULL);
	return d;
}

static char *dup_or_null(const char *s, bool *ok)
{
	if (!s)
		return NULL;
	char *r = fp_strdup(s);
	*ok = *ok && r != NULL;
	return r;
}

/* Whether a and b give the same fp_cache_options_key (the settings
 * objects are the same for the whole run). */
static bool same_key(const fp_check_options *a, const fp_check_options *b)
{
	return a->version == b->version && a->lean == b->lean && a->config == b->config &&
	       a->overrides == b->overrides &&
	       (a->context == b->context ||
		(a->context && b->context && strcmp(a->context, b->context) == 0));
}

bool fp_driver_add(fp_driver *d, const char *shown, const char *path, const char *expr,
		   int error_code, const char *error, unsigned read_flags,
		   const fp_check_options *opt)
{
	if (!fp_grow(&d->v, &d->cap, d->n, sizeof *d->v, 64))
		return false;
	input *in = &d->v[d->n];
	memset(in, 0, sizeof *in);
	bool ok = true;
	in->shown = dup_or_null(shown, &ok);
	in->path = dup_or_null(path, &ok);
	in->expr = dup_or_null(expr, &ok);
	in->error = dup_or_null(error, &ok);
	if (!ok) {
		fp_free(in->shown);
		fp_free(in->path);
		fp_free(in->expr);
		fp_free(in->error);
		return false;
	}
	in->opt = *opt;
	if (d->cache && path && !expr && !error_code && strcmp(path, "-") != 0) {
		char abs[PATH_MAX];
		if (path[0] != '/' && !d->cwd[0] && !getcwd(d->cwd, sizeof d->cwd))
			d->cwd[0] = 0;
		if (fp_cache_abs_path_in(d->cwd[0] ? d->cwd : NULL, path, abs, sizeof abs))
			in->abs = fp_strdup(abs);
		if (!d->have_key || !same_key(&d->last_opt, opt)) {
			d->last_opt = *opt;
			d->last_key = fp_cache_options_key(opt);
			d->have_key = true;
		}
		in->key = d->last_key;
	}
	in->error_code = error_code;
	in->read_flags = read_flags;
	fp_arena_init(&in->arena);
	d->n++;
	return true;
}

bool fp_driver_known_extensions(fp_driver *d, const char *const *urls, size_t n)
{
	d->known = true;
	d->ext_ready = true;
	for (size_t i = 0; i < n; i++) {
		if (!add_url(d, urls[i]))
			return false;
	}
	d->ext_hash = fp_cache_ext_hash(d->ext_urls, d->next_urls);
	return true;
}

void fp_driver_set_stat(fp_driver *d, const struct stat *st)
{
	if (d->n && d->v[d->n - 1].abs && st)
		keep_stat(&d->v[d->n - 1], st);
}

void fp_driver_use_cache(fp_driver *d, fp_cache *c)
{
	d->cache = c;
}

const char *const *fp_driver_extensions(const fp_driver *d, size_t *n)
{
	*n = d->next_urls;
	return d->ext_urls;
}

bool fp_driver_failed(const fp_driver *d)
{
	return d->failed;
}

void fp_driver_free(fp_driver *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++) {
		input *in = &d->v[i];
		held_free(in->held);
		if (in->result && d->fns.drop)
			d->fns.drop(d->fns.ctx, in->result);
		fp_arena_release(&in->arena);
		fp_free(in->shown);
		fp_free(in->path);
		fp_free(in->expr);
		fp_free(in->error);
		fp_free(in->abs);
		fp_free(in->rec);
	}
	fp_free(d->v);
	fp_free(d->ext_urls);
	fp_arena_release(&d->ext_arena);
	for (fsh_project *p = d->fsh, *next; p; p = next) {
		next = p->next;
		fp_fsh_tank_release(&p->tank);
		fp_free(p->root);
		fp_free(p);
	}
	pthread_mutex_destroy(&d->fsh_mu);
	fp_free(d);
}
