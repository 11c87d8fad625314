/*
 * store/zcodec.c - thin zstd helpers: bare frames, dictionaries, bounds.
 *
 * ZSTD_STATIC_LINKING_ONLY: the custom allocator, the magicless format
 * and ZSTD_getFrameHeader_advanced are in zstd's "experimental" section,
 * which is stable for a given version; zstd is vendored (vendor/zstd,
 * one fixed version), never a shared library, so that is safe here.
 */
#define ZSTD_STATIC_LINKING_ONLY
#include "store/zcodec.h"

#include <string.h>

#include "util/alloc.h"
#include "zstd/lib/zdict.h"
#include "zstd/lib/zstd.h"
#include "zstd/lib/zstd_errors.h"

struct fp_zcodec {
	ZSTD_CCtx *c;
	ZSTD_DCtx *d;
	int level;
};

/* The compression side lives in a workspace of ours (ZSTD_initStaticCDict)
 * rather than one zstd allocates: zstd 1.5.4's ZSTD_createCDict_advanced2
 * goes on with a NULL CDict when its allocation fails and crashes (found by
 * the allocation-failure test), and a workspace we fp_malloc ourselves
 * cannot fail inside zstd. */
struct fp_zdict {
	const ZSTD_CDict *c;
	void *cspace;
	ZSTD_DDict *d;
	uint32_t id;
};

const char *fp_z_status_name(fp_z_status st)
{
	switch (st) {
	case FP_Z_OK: return "ok";
	case FP_Z_NOMEM: return "out of memory";
	case FP_Z_CORRUPT: return "corrupt";
	case FP_Z_TOO_BIG: return "too big";
	case FP_Z_NODICT: return "no dictionary";
	}
	return "?";
}

/* Allocations zstd asked for and did not get, on this thread: zstd
 * answers NULL both for a dictionary it refuses and for no memory, and
 * this tells the two apart. */
static _Thread_local unsigned long z_failures;

static void *z_alloc(void *opaque, size_t n)
{
	(void)opaque;
	void *p = fp_malloc(n);
	if (!p)
		z_failures++;
	return p;
}

static void z_free(void *opaque, void *p)
{
	(void)opaque;
	fp_free(p);
}

static const ZSTD_customMem fp_zmem = { z_alloc, z_free, NULL };

/* What a zstd error code means to our callers. */
static fp_z_status z_status(size_t rc)
{
	if (!ZSTD_isError(rc))
		return FP_Z_OK;
	return ZSTD_getErrorCode(rc) == ZSTD_error_memory_allocation ? FP_Z_NOMEM : FP_Z_CORRUPT;
}

/* Set the frame parameters of astcode-style bare frames on a fresh cctx. */
static bool bare_cctx(ZSTD_CCtx *c, int level)
{
	return !ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level)) &&
	       !ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_format, ZSTD_f_zstd1_magicless)) &&
	       !ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_dictIDFlag, 0)) &&
	       !ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_checksumFlag, 0)) &&
	       !ZSTD_isError(ZSTD_CCtx_setParameter(c, ZSTD_c_contentSizeFlag, 1));
}

fp_zcodec *fp_zcodec_new(int level)
{
	fp_zcodec *z = fp_calloc(1, sizeof *z);
	if (!z)
		return NULL;
	z->level = level;
	z->c = ZSTD_createCCtx_advanced(fp_zmem);
	z->d = ZSTD_createDCtx_advanced(fp_zmem);
	/* setting parameters allocates nothing; a failure is a bad level */
	if (!z->c || !z->d || !bare_cctx(z->c, level) ||
	    ZSTD_isError(ZSTD_DCtx_setParameter(z->d, ZSTD_d_format, ZSTD_f_zstd1_magicless))) {
		fp_zcodec_free(z);
		return NULL;
	}
	return z;
}

void fp_zcodec_free(fp_zcodec *z)
{
	if (!z)
		return;
	ZSTD_freeCCtx(z->c);
	ZSTD_freeDCtx(z->d);
	fp_free(z);
}

fp_z_status fp_zcodec_compress(fp_zcodec *z, const void *src, size_t n, const fp_zdict *dict,
			       fp_buf *out)
{
	size_t bound = ZSTD_compressBound(n);
	if (ZSTD_isError(bound) || !fp_buf_grow(out, bound))
		return FP_Z_NOMEM;      /* too big to compress is too big to hold */
	size_t rc = ZSTD_CCtx_refCDict(z->c, dict ? dict->c : NULL);
	if (!ZSTD_isError(rc))
		rc = ZSTD_compress2(z->c, out->data + out->len, bound, src, n);
	if (ZSTD_isError(rc)) {
		/* the context may be mid-frame: start the next call afresh */
		ZSTD_CCtx_reset(z->c, ZSTD_reset_session_only);
		out->data[out->len] = 0;
		return z_status(rc) == FP_Z_NOMEM ? FP_Z_NOMEM : FP_Z_CORRUPT;
	}
	out->len += rc;
	out->data[out->len] = 0;
	return FP_Z_OK;
}

/* The content size the bare frame src[0..n) declares, checked against
 * limit. */
static fp_z_status declared_size(const void *src, size_t n, size_t limit, size_t *size)
{
	ZSTD_frameHeader h;
	size_t rc = ZSTD_getFrameHeader_advanced(&h, src, n, ZSTD_f_zstd1_magicless);
	if (ZSTD_isError(rc) || rc != 0 || h.frameType != ZSTD_frame || h.dictID != 0)
		return FP_Z_CORRUPT;    /* rc > 0: not even a whole header */
	if (h.frameContentSize == ZSTD_CONTENTSIZE_UNKNOWN ||
	    h.frameContentSize == ZSTD_CONTENTSIZE_ERROR || h.frameContentSize > limit)
		return FP_Z_TOO_BIG;
	*size = (size_t)h.frameContentSize;
	return FP_Z_OK;
}

fp_z_status fp_zcodec_decompress(fp_zcodec *z, const void *src, size_t n, const fp_zdict *dict,
				 size_t limit, fp_buf *out)
{
	size_t size;
	fp_z_status st = declared_size(src, n, limit, &size);
	if (st != FP_Z_OK)
		return st;
	if (!fp_buf_grow(out, size))
		return FP_Z_NOMEM;
	size_t rc = ZSTD_DCtx_refDDict(z->d, dict ? dict->d : NULL);
	if (!ZSTD_isError(rc))
		rc = ZSTD_decompressDCtx(z->d, out->data + out->len, size, src, n);
	st = z_status(rc);
	if (st == FP_Z_OK && rc != size)
		st = FP_Z_CORRUPT;      /* fewer bytes than declared */
	if (st != FP_Z_OK) {
		ZSTD_DCtx_reset(z->d, ZSTD_reset_session_only);
		out->data[out->len] = 0;
		return st;
	}
	out->len += size;
	out->data[out->len] = 0;
	return FP_Z_OK;
}

fp_z_status fp_zdict_train(const void *samples, const size_t *sizes, size_t nsamples,
			   size_t capacity, fp_buf *out)
{
	if (nsamples < FP_ZDICT_MIN_SAMPLES || nsamples > UINT32_MAX)
		return FP_Z_NODICT;
	if (!fp_buf_grow(out, capacity))
		return FP_Z_NOMEM;
	size_t rc = ZDICT_trainFromBuffer(out->data + out->len, capacity, samples, sizes,
					  (unsigned)nsamples);
	if (ZDICT_isError(rc)) {
		out->data[out->len] = 0;
		return ZSTD_getErrorCode(rc) == ZSTD_error_memory_allocation ? FP_Z_NOMEM
									      : FP_Z_NODICT;
	}
	out->len += rc;
	out->data[out->len] = 0;
	return FP_Z_OK;
}

fp_z_status fp_zdict_new(const void *dict, size_t n, int level, fp_zdict **out)
{
	*out = NULL;
	uint32_t id = ZDICT_getDictID(dict, n);
	if (id == 0)
		return FP_Z_CORRUPT;
	fp_zdict *d = fp_calloc(1, sizeof *d);
	if (!d)
		return FP_Z_NOMEM;
	d->id = id;
	ZSTD_compressionParameters cp = ZSTD_getCParams(level, 0, n);
	size_t space = ZSTD_estimateCDictSize_advanced(n, cp, ZSTD_dlm_byCopy);
	d->cspace = fp_malloc(space);
	if (!d->cspace) {
		fp_zdict_free(d);
		return FP_Z_NOMEM;
	}
	d->c = ZSTD_initStaticCDict(d->cspace, space, dict, n, ZSTD_dlm_byCopy, ZSTD_dct_fullDict, cp);
	unsigned long failures = z_failures;
	if (d->c)
		d->d = ZSTD_createDDict_advanced(dict, n, ZSTD_dlm_byCopy, ZSTD_dct_fullDict, fp_zmem);
	if (!d->c || !d->d) {
		fp_zdict_free(d);
		return z_failures != failures ? FP_Z_NOMEM : FP_Z_CORRUPT;
	}
	*out = d;
	return FP_Z_OK;
}

void fp_zdict_free(fp_zdict *d)
{
	if (!d)
		return;
	fp_free(d->cspace);     /* the static CDict: nothing else to free */
	ZSTD_freeDDict(d->d);
	fp_free(d);
}

uint32_t fp_zdict_id(const fp_zdict *d)
{
	return d->id;
}
