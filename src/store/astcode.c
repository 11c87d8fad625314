/*
 * store/astcode.c - the AST blob: writer and (distrustful) reader.
 *
 * The format is documented in astcode.h. Both directions walk the tree
 * iteratively with an explicit stack of at most FP_MAX_DEPTH frames, so a
 * hostile blob cannot exhaust the C stack, and both share one definition
 * of the canonical header of a node (node_head), so what the writer emits
 * is exactly what the reader accepts.
 */
#include "store/astcode.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

#include "util/alloc.h"

/* ---- per-kind facts of the format ------------------------------------ */

/* ORDER NODE KIND: one row per fp_node_kind. arity -1: no fixed arity,
 * the count is always written. str: the kind has a string. op: the kind
 * always has an operator byte. front, back: what the parser leaves out of
 * the source text for the kind's string ('' quotes, '@', '@T', 'L').
 * Changing a row changes what old blobs mean, so it needs a new
 * FP_AST_FORMAT. */
typedef struct kind_info {
	int8_t arity;
	uint8_t str;
	uint8_t op;
	uint8_t front, back;
} kind_info;

_Static_assert(FP_N_COUNT_ == 28, "a new node kind needs a row in kinds[] and a new FP_AST_FORMAT");
_Static_assert(FP_N_COUNT_ <= 32, "kinds must fit the 5 bits of a node's head byte");

static const kind_info kinds[FP_N_COUNT_] = {
	[FP_N_ERROR]    = { -1, 0, 0, 0, 0 },
	[FP_N_NULL]     = { 0, 0, 0, 0, 0 },
	[FP_N_BOOL]     = { 0, 1, 0, 0, 0 },
	[FP_N_STRING]   = { 0, 1, 0, 1, 1 },
	[FP_N_INTEGER]  = { 0, 1, 0, 0, 0 },
	[FP_N_DECIMAL]  = { 0, 1, 0, 0, 0 },
	[FP_N_LONG]     = { 0, 1, 0, 0, 1 },
	[FP_N_DATE]     = { 0, 1, 0, 1, 0 },
	[FP_N_DATETIME] = { 0, 1, 0, 1, 0 },
	[FP_N_TIME]     = { 0, 1, 0, 2, 0 },
	[FP_N_QUANTITY] = { 1, 1, 0, 0, 0 },
	[FP_N_UNIT]     = { 0, 1, 0, 0, 0 },
	[FP_N_IDENT]    = { 0, 1, 0, 0, 0 },
	[FP_N_CALL]     = { -1, 1, 0, 0, 0 },
	[FP_N_THIS]     = { 0, 0, 0, 0, 0 },
	[FP_N_INDEX]    = { 0, 0, 0, 0, 0 },
	[FP_N_TOTAL]    = { 0, 0, 0, 0, 0 },
	[FP_N_EXTERNAL] = { 0, 1, 0, 0, 0 },
	[FP_N_INVOKE]   = { 2, 0, 0, 0, 0 },
	[FP_N_INDEXER]  = { 2, 0, 0, 0, 0 },
	[FP_N_UNARY]    = { 1, 0, 1, 0, 0 },
	[FP_N_BINARY]   = { 2, 0, 1, 0, 0 },
	[FP_N_TYPEOP]   = { 2, 0, 1, 0, 0 },
	[FP_N_TYPE]     = { 0, 1, 0, 0, 0 },
	[FP_N_PAREN]    = { 1, 0, 0, 0, 0 },
	[FP_N_SORTARG]  = { 1, 0, 0, 0, 0 },
	[FP_N_SELECTOR] = { -1, 1, 0, 0, 0 },
	[FP_N_SELEM]    = { 1, 1, 0, 0, 0 },
};

/* head byte */
#define H_KIND  0x1Fu
#define H_NAME_SHIFT 5
#define H_EXT   0x80u
/* ext byte */
#define X_KIDS  0x01u
#define X_ID    0x02u
#define X_OP    0x04u
#define X_FLAGS 0x08u
#define X_STR   0x10u
#define X_SMODE_SHIFT 5         /* bits 5-6: the string mode */
#define X_ALL   0x7Fu

/* name modes */
enum { NAME_NONE, NAME_NODE, NAME_AT_START, NAME_INSIDE };
/* string modes (of a node that has a string) */
enum { STR_SOURCE, STR_TRIMMED, STR_PREFIX, STR_OWN };

/* What the strings taken from a text of length n may add up to at most
 * (astcode.h: the parser's come to n at most). */
#define FROM_TEXT_MAX(n) (2 * (uint64_t)(n))

/* The smallest node record: head, end, length. */
#define MIN_NODE 3
/* version + checksum */
#define FRAME_BYTES 5

const char *fp_ast_status_name(fp_ast_status st)
{
	switch (st) {
	case FP_AST_OK: return "ok";
	case FP_AST_NOMEM: return "out of memory";
	case FP_AST_CORRUPT: return "corrupt";
	case FP_AST_VERSION: return "unknown version";
	case FP_AST_UNSUPPORTED: return "unsupported tree";
	}
	return "?";
}

/* FNV-1a, 32 bits: each step is a bijection of the state for a fixed
 * byte, so two inputs of one length that differ in one byte always hash
 * differently. */
uint32_t fp_ast_checksum(const void *p, size_t n)
{
	const uint8_t *b = p;
	uint32_t h = 2166136261u;
	for (size_t i = 0; i < n; i++) {
		h ^= b[i];
		h *= 16777619u;
	}
	return h;
}

static uint64_t zigzag(int64_t x)
{
	return ((uint64_t)x << 1) ^ (uint64_t)(x >> 63);
}

static int64_t unzigzag(uint64_t z)
{
	return (int64_t)(z >> 1) ^ -(int64_t)(z & 1);
}

/* The text the node's string is taken from: its name, else its range. */
static void str_slice(const fp_node *n, uint32_t *a, uint32_t *b)
{
	bool named = n->name_start != 0 || n->name_end != 0;
	*a = named ? n->name_start : n->start;
	*b = named ? n->name_end : n->end;
}

/* Is the string s[0..len) text[a + front, b - back)? */
static bool slice_is(const char *text, uint32_t a, uint32_t b, unsigned front, unsigned back,
		     const char *s, uint32_t len)
{
	if (b - a < front + back || b - a - front - back != len)
		return false;
	return len == 0 || memcmp(text + a + front, s, len) == 0;
}

/* The lowest string mode that gives n's string from text (astcode.h,
 * "str"); STR_SOURCE for a node without a string. The node's ranges must
 * lie inside the text. */
static int str_mode(const fp_node *n, const char *text)
{
	if (!n->str)
		return STR_SOURCE;
	uint32_t a, b;
	str_slice(n, &a, &b);
	const kind_info *k = &kinds[n->kind];
	if (slice_is(text, a, b, k->front, k->back, n->str, n->len))
		return STR_SOURCE;
	if (slice_is(text, a, b, 1, 1, n->str, n->len))
		return STR_TRIMMED;
	if (n->len <= b - a && slice_is(text, a, a + n->len, 0, 0, n->str, n->len))
		return STR_PREFIX;
	return STR_OWN;
}

static int name_mode(const fp_node *n)
{
	if (n->name_start == 0 && n->name_end == 0)
		return NAME_NONE;
	if (n->name_start == n->start && n->name_end == n->end)
		return NAME_NODE;
	return n->name_start == n->start ? NAME_AT_START : NAME_INSIDE;
}

/*
 * The canonical head and ext bytes of n, whose expected id (astcode.h,
 * "Ids") is `expected`, over `text`. The writer emits these; the reader
 * rebuilds them from what it decoded and refuses a node whose bytes
 * differ.
 */
static void node_head(const fp_node *n, int64_t expected, const char *text, uint8_t *head,
		      uint8_t *ext)
{
	const kind_info *k = &kinds[n->kind];
	unsigned x = 0;
	if (k->arity >= 0 && n->nkids != (uint32_t)k->arity)
		x |= X_KIDS;
	if ((int64_t)n->id != expected)
		x |= X_ID;
	if (!k->op && n->op)
		x |= X_OP;
	if (n->flags)
		x |= X_FLAGS;
	if ((n->str != NULL) != (k->str != 0))
		x |= X_STR;
	x |= (unsigned)str_mode(n, text) << X_SMODE_SHIFT;
	*ext = (uint8_t)x;
	*head = (uint8_t)(n->kind | (unsigned)name_mode(n) << H_NAME_SHIFT | (x ? H_EXT : 0));
}

/* The expected id of the node written after one with id `id`. */
static int64_t next_expected(uint32_t id)
{
	return id == FP_NODE_NOID ? (int64_t)FP_NODE_NOID : (int64_t)id - 1;
}

/* ---- writer -------------------------------------------------------------- */

typedef struct eframe {
	const fp_node *n;
	uint32_t left;          /* kids not yet written: kids[0..left) */
	uint32_t ref;           /* what the next kid's end is written against */
} eframe;

typedef struct writer {
	fp_buf *out;
	const char *text;
	uint32_t text_len;
	int64_t expected;       /* id expected of the next node */
	size_t count;
	uint64_t from_text;     /* string bytes taken from the text */
	const char *why;
} writer;

static void put_varint(fp_buf *b, uint64_t v)
{
	char tmp[10];
	size_t n = 0;
	do {
		uint8_t c = v & 0x7F;
		v >>= 7;
		tmp[n++] = (char)(v ? c | 0x80 : c);
	} while (v);
	fp_buf_add(b, tmp, n);
}

static size_t varint_len(uint64_t v)
{
	size_t n = 1;
	while (v >>= 7)
		n++;
	return n;
}

static bool unsupported(writer *w, const char *why)
{
	w->why = why;
	return false;
}

/* The rules a node must keep to be written (those the reader checks on
 * the way back), kids' heights included; not its kids' own rules. */
static bool check_node(writer *w, const fp_node *n, bool root)
{
	if (n->kind >= FP_N_COUNT_)
		return unsupported(w, "kind out of range");
	if (n->start > n->end || n->end > w->text_len)
		return unsupported(w, "range past the text");
	if (name_mode(n) != NAME_NONE &&
	    (n->name_start < n->start || n->name_end < n->name_start || n->name_end > n->end))
		return unsupported(w, "name outside its node");
	if (!n->str && n->len)
		return unsupported(w, "string length without a string");
	if (n->nkids && !n->kids)
		return unsupported(w, "kids missing");
	if (root && n->height > FP_MAX_DEPTH)
		return unsupported(w, "too deep");
	unsigned h = 0;
	for (uint32_t i = 0; i < n->nkids; i++) {
		if (!n->kids[i])
			return unsupported(w, "kids missing");
		if (n->kids[i]->height > h)
			h = n->kids[i]->height;
	}
	if (n->height != h + 1)
		return unsupported(w, "height does not match the kids");
	if ((int64_t)n->id > w->expected)
		return unsupported(w, "ids out of order");
	return true;
}

/* Write one node record (not its kids); ref as in astcode.h. */
static bool put_node(writer *w, const fp_node *n, uint32_t ref, bool root)
{
	if (!check_node(w, n, root))
		return false;
	uint8_t head, ext;
	node_head(n, w->expected, w->text, &head, &ext);
	fp_buf *b = w->out;
	fp_buf_addc(b, (char)head);
	if (ext)
		fp_buf_addc(b, (char)ext);
	const kind_info *k = &kinds[n->kind];
	if (k->arity < 0 || (ext & X_KIDS))
		put_varint(b, n->nkids);
	if (ext & X_ID)
		put_varint(b, (uint64_t)(w->expected - (int64_t)n->id));
	if (k->op || (ext & X_OP))
		fp_buf_addc(b, (char)n->op);
	if (ext & X_FLAGS)
		fp_buf_addc(b, (char)n->flags);
	put_varint(b, zigzag((int64_t)ref - (int64_t)n->end));
	put_varint(b, n->end - n->start);
	switch (name_mode(n)) {
	case NAME_AT_START:
		put_varint(b, n->name_end - n->name_start);
		break;
	case NAME_INSIDE:
		put_varint(b, n->name_start - n->start);
		put_varint(b, n->name_end - n->name_start);
		break;
	default:
		break;
	}
	int smode = ext >> X_SMODE_SHIFT & 3;
	if (n->str && smode != STR_OWN) {
		w->from_text += n->len;
		if (w->from_text > FROM_TEXT_MAX(w->text_len))
			return unsupported(w, "strings longer than the text allows");
	}
	if (smode == STR_PREFIX || smode == STR_OWN)
		put_varint(b, n->len);
	if (smode == STR_OWN)
		fp_buf_add(b, n->str, n->len);
	w->expected = next_expected(n->id);
	w->count++;
	return true;
}

/* The mirrored pre-order walk (astcode.h, "Order"). */
static bool put_tree(writer *w, const fp_node *root, eframe *stack)
{
	size_t depth = 0;
	if (!put_node(w, root, w->text_len, true))
		return false;
	if (root->nkids)
		stack[depth++] = (eframe){ root, root->nkids, root->end };
	while (depth > 0) {
		eframe *f = &stack[depth - 1];
		if (f->left == 0) {
			depth--;
			continue;
		}
		const fp_node *k = f->n->kids[--f->left];
		if (!put_node(w, k, f->ref, false))
			return false;
		f->ref = k->start;
		if (k->nkids) {
			if (depth >= FP_MAX_DEPTH - 1)
				return unsupported(w, "too deep");
			stack[depth++] = (eframe){ k, k->nkids, k->end };
		}
	}
	return true;
}

/* Put varint v at b->data[at], moving what follows. */
static void insert_varint(fp_buf *b, size_t at, uint64_t v)
{
	size_t k = varint_len(v);
	if (!fp_buf_grow(b, k))
		return;
	memmove(b->data + at + k, b->data + at, b->len - at);
	b->len += k;
	for (size_t i = 0; i < k; i++, v >>= 7)
		b->data[at + i] = (char)((v & 0x7F) | (i + 1 < k ? 0x80 : 0));
	b->data[b->len] = 0;
}

fp_ast_status fp_ast_encode(const fp_node *root, const char *text, size_t text_len, fp_buf *out,
			    const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	*why = NULL;
	size_t before = out->len;
	if (!root || text_len > UINT32_MAX || (!text && text_len)) {
		*why = !root ? "no tree" : text ? "text too long" : "no text";
		return FP_AST_UNSUPPORTED;
	}
	size_t frames = root->height < FP_MAX_DEPTH ? root->height : FP_MAX_DEPTH;
	eframe *stack = fp_malloc((frames ? frames : 1) * sizeof *stack);
	if (!stack) {
		out->failed = true;
		*why = "out of memory";
		return FP_AST_NOMEM;
	}
	writer w = { out, text ? text : "", (uint32_t)text_len, root->id, 0, 0, NULL };
	fp_buf_addc(out, FP_AST_FORMAT);
	put_varint(out, root->id);
	bool ok = put_tree(&w, root, stack);
	fp_free(stack);
	if (ok && !out->failed) {
		insert_varint(out, before + 1, w.count);
		if (!out->failed) {
			uint32_t sum = fp_ast_checksum(out->data + before, out->len - before);
			char le[4] = { (char)sum, (char)(sum >> 8), (char)(sum >> 16),
				       (char)(sum >> 24) };
			fp_buf_add(out, le, 4);
		}
	}
	fp_ast_status st = !ok ? FP_AST_UNSUPPORTED : out->failed ? FP_AST_NOMEM : FP_AST_OK;
	if (st != FP_AST_OK) {
		out->len = before;
		if (out->data)
			out->data[before] = 0;
		*why = st == FP_AST_NOMEM ? "out of memory" : w.why;
	}
	return st;
}

/* ---- reader -------------------------------------------------------------- */

typedef struct dframe {
	fp_node *n;
	uint32_t left;          /* kids not yet read: kids[0..left) */
	uint32_t ref;
	uint16_t maxh;          /* highest kid read so far */
} dframe;

typedef struct reader {
	const uint8_t *p, *end;
	const char *text;
	uint32_t text_len;
	int64_t expected;       /* id expected of the next node */
	fp_arena *arena;
	fp_node *nodes;         /* count of them */
	fp_node **kidv;         /* count - 1 kid slots */
	size_t count, made, kids_used;
	uint64_t from_text;     /* string bytes taken from the text */
	const char *why;
	bool oom;
} reader;

static bool corrupt(reader *r, const char *why)
{
	r->why = why;
	return false;
}

static bool get_byte(reader *r, uint8_t *out)
{
	if (r->p >= r->end)
		return corrupt(r, "truncated");
	*out = *r->p++;
	return true;
}

/* A canonical LEB128 varint of at most `max`. */
static bool get_varint(reader *r, uint64_t max, uint64_t *out)
{
	uint64_t v = 0;
	for (unsigned shift = 0, i = 0;; shift += 7, i++) {
		uint8_t c;
		if (!get_byte(r, &c))
			return false;
		if (i == 9 && c > 1)
			return corrupt(r, "varint too long");
		v |= (uint64_t)(c & 0x7F) << shift;
		if (!(c & 0x80)) {
			if (c == 0 && i > 0)
				return corrupt(r, "varint not minimal");
			break;
		}
	}
	if (v > max)
		return corrupt(r, "value out of range");
	*out = v;
	return true;
}

static bool get_u32(reader *r, uint64_t max, uint32_t *out)
{
	uint64_t v;
	if (!get_varint(r, max < UINT32_MAX ? max : UINT32_MAX, &v))
		return false;
	*out = (uint32_t)v;
	return true;
}

/* Range and name of n (its `end` written against ref). */
static bool get_ranges(reader *r, fp_node *n, int mode, uint32_t ref)
{
	uint64_t z;
	uint32_t len, off = 0, nlen = 0;
	/* ref - end lies in [-text_len, text_len]: zz() of it below 2^33 */
	if (!get_varint(r, (uint64_t)1 << 33, &z))
		return false;
	int64_t d = unzigzag(z);
	if (d > (int64_t)ref || d < (int64_t)ref - (int64_t)r->text_len)
		return corrupt(r, "range past the text");
	n->end = (uint32_t)((int64_t)ref - d);
	if (!get_u32(r, n->end, &len))
		return false;
	n->start = n->end - len;
	if (mode == NAME_INSIDE && !get_u32(r, len, &off))
		return false;
	if ((mode == NAME_AT_START || mode == NAME_INSIDE) && !get_u32(r, len - off, &nlen))
		return false;
	if (mode == NAME_NODE) {
		n->name_start = n->start;
		n->name_end = n->end;
	} else if (mode != NAME_NONE) {
		n->name_start = n->start + off;
		n->name_end = n->name_start + nlen;
	}
	return true;
}

/* The string of n by string mode `mode` (n's ranges are read and lie
 * inside the text). */
static bool get_str(reader *r, fp_node *n, int mode)
{
	uint32_t a, b, len = 0;
	str_slice(n, &a, &b);
	const char *from = "";
	if (mode == STR_SOURCE || mode == STR_TRIMMED) {
		unsigned front = mode == STR_SOURCE ? kinds[n->kind].front : 1;
		unsigned back = mode == STR_SOURCE ? kinds[n->kind].back : 1;
		if (b - a < front + back)
			return corrupt(r, "string outside its slice");
		from = r->text + a + front;
		len = b - a - front - back;
	} else if (mode == STR_PREFIX) {
		if (!get_u32(r, b - a, &len))
			return false;
		from = r->text + a;
	}
	if (mode != STR_OWN) {
		r->from_text += len;
		if (r->from_text > FROM_TEXT_MAX(r->text_len))
			return corrupt(r, "strings longer than the text allows");
	} else {
		if (!get_u32(r, (uint64_t)(r->end - r->p), &len))
			return false;
		from = (const char *)r->p;
		r->p += len;
	}
	char *s = fp_arena_strndup(r->arena, len ? from : "", len);
	if (!s) {
		r->oom = true;
		return corrupt(r, "out of memory");
	}
	n->str = s;
	n->len = len;
	return true;
}

/*
 * Read the next node record into a fresh node (kids not read yet, their
 * slots reserved) and check that its bytes are the canonical ones.
 */
static bool get_node(reader *r, uint32_t ref, bool root, fp_node **out)
{
	uint8_t head, ext = 0, byte;
	if (!get_byte(r, &head))
		return false;
	unsigned kind = head & H_KIND;
	if (kind >= FP_N_COUNT_)
		return corrupt(r, "kind out of range");
	if (head & H_EXT) {
		if (!get_byte(r, &ext))
			return false;
		if (ext == 0 || (ext & ~X_ALL))
			return corrupt(r, "bad ext byte");
	}
	if (root && (ext & X_ID))
		return corrupt(r, "id gap on the root");
	fp_node *n = &r->nodes[r->made++];
	memset(n, 0, sizeof *n);
	n->kind = (uint8_t)kind;
	const kind_info *k = &kinds[kind];
	uint32_t nkids = k->arity < 0 ? 0 : (uint32_t)k->arity;
	size_t free_slots = r->count - 1 - r->kids_used;
	if ((k->arity < 0 || (ext & X_KIDS)) && !get_u32(r, free_slots, &nkids))
		return false;
	if (nkids > free_slots)
		return corrupt(r, "more kids than nodes");
	int64_t id = r->expected;
	if (ext & X_ID) {
		uint64_t gap;
		if (!get_varint(r, UINT32_MAX, &gap))
			return false;
		if ((int64_t)gap > id)
			return corrupt(r, "id below 0");
		id -= (int64_t)gap;
	}
	if (id < 0)
		return corrupt(r, "id below 0");
	n->id = (uint32_t)id;
	if (k->op || (ext & X_OP)) {
		if (!get_byte(r, &byte))
			return false;
		n->op = byte;
	}
	if (ext & X_FLAGS) {
		if (!get_byte(r, &byte))
			return false;
		n->flags = byte;
	}
	if (!get_ranges(r, n, head >> H_NAME_SHIFT & 3, ref))
		return false;
	bool has_str = (k->str != 0) != ((ext & X_STR) != 0);
	if (has_str && !get_str(r, n, ext >> X_SMODE_SHIFT & 3))
		return false;
	n->nkids = nkids;
	if (nkids) {
		n->kids = r->kidv + r->kids_used;
		r->kids_used += nkids;
	}
	n->height = 1;
	uint8_t h2, x2;
	node_head(n, r->expected, r->text, &h2, &x2);
	if (h2 != head || x2 != ext)
		return corrupt(r, "not in canonical form");
	r->expected = next_expected(n->id);
	*out = n;
	return true;
}

/* The mirrored pre-order walk, building kids from the last to the first. */
static bool get_tree(reader *r, dframe *stack, fp_node **root)
{
	size_t depth = 0;
	fp_node *n;
	if (!get_node(r, r->text_len, true, &n))
		return false;
	*root = n;
	if (n->nkids)
		stack[depth++] = (dframe){ n, n->nkids, n->end, 0 };
	while (depth > 0) {
		dframe *f = &stack[depth - 1];
		if (f->left == 0) {
			f->n->height = (uint16_t)(f->maxh + 1);
			depth--;
			if (depth > 0 && f->n->height > stack[depth - 1].maxh)
				stack[depth - 1].maxh = f->n->height;
			continue;
		}
		if (r->made == r->count)
			return corrupt(r, "more nodes than counted");
		if (!get_node(r, f->ref, false, &n))
			return false;
		f->n->kids[--f->left] = n;
		f->ref = n->start;
		if (n->nkids) {
			/* n is at depth depth + 1; its kids would be deeper */
			if (depth + 1 >= FP_MAX_DEPTH)
				return corrupt(r, "too deep");
			stack[depth++] = (dframe){ n, n->nkids, n->end, 0 };
		} else if (f->maxh < 1) {
			f->maxh = 1;
		}
	}
	if (r->made != r->count)
		return corrupt(r, "fewer nodes than counted");
	if (r->p != r->end)
		return corrupt(r, "bytes after the last node");
	return true;
}

/* Check the version and the checksum, and read the header. */
static fp_ast_status get_header(reader *r, const uint8_t *b, size_t n, uint32_t *root_id)
{
	if (n < FRAME_BYTES + 1 + 1 + MIN_NODE) {
		r->why = "too short";
		return FP_AST_CORRUPT;
	}
	if (b[0] != FP_AST_FORMAT) {
		r->why = "unknown version";
		return FP_AST_VERSION;
	}
	uint32_t want = (uint32_t)b[n - 4] | (uint32_t)b[n - 3] << 8 | (uint32_t)b[n - 2] << 16 |
			(uint32_t)b[n - 1] << 24;
	if (fp_ast_checksum(b, n - 4) != want) {
		r->why = "checksum mismatch";
		return FP_AST_CORRUPT;
	}
	r->p = b + 1;
	r->end = b + n - 4;
	uint64_t count;
	if (!get_varint(r, UINT32_MAX, &count) || !get_u32(r, FP_NODE_NOID, root_id))
		return FP_AST_CORRUPT;
	if (count == 0 || count > (size_t)(r->end - r->p) / MIN_NODE) {
		r->why = "node count does not fit the blob";
		return FP_AST_CORRUPT;
	}
	r->count = (size_t)count;
	return FP_AST_OK;
}

fp_ast_status fp_ast_decode(const void *blob, size_t n, const char *text, size_t text_len,
			    fp_arena *arena, fp_node **root, const char **why)
{
	const char *dummy;
	if (!why)
		why = &dummy;
	*root = NULL;
	reader r;
	memset(&r, 0, sizeof r);
	r.text = text ? text : "";
	r.text_len = !text ? 0 : text_len > UINT32_MAX ? UINT32_MAX : (uint32_t)text_len;
	r.arena = arena;
	uint32_t root_id = 0;
	fp_ast_status st = blob ? get_header(&r, blob, n, &root_id) : FP_AST_CORRUPT;
	if (!blob)
		r.why = "no blob";
	if (st != FP_AST_OK) {
		*why = r.why;
		return st;
	}
	r.expected = root_id;
	size_t frames = r.count < FP_MAX_DEPTH ? r.count : FP_MAX_DEPTH;
	size_t nbytes, kbytes;
	dframe *stack = NULL;
	if (fp_mul_size(r.count, sizeof(fp_node), &nbytes) == 0 &&
	    fp_mul_size(r.count - 1, sizeof(fp_node *), &kbytes) == 0) {
		r.nodes = fp_arena_alloc(arena, nbytes);
		r.kidv = kbytes ? fp_arena_alloc(arena, kbytes) : NULL;
		stack = fp_malloc(frames * sizeof *stack);
	}
	fp_node *top = NULL;
	bool ok = false;
	if (!r.nodes || (kbytes && !r.kidv) || !stack) {
		r.oom = true;
		r.why = "out of memory";
	} else {
		ok = get_tree(&r, stack, &top);
	}
	fp_free(stack);
	if (!ok) {
		*why = r.why;
		return r.oom ? FP_AST_NOMEM : FP_AST_CORRUPT;
	}
	*why = NULL;
	*root = top;
	return FP_AST_OK;
}
