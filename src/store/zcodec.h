/*
 * store/zcodec.h - zstd compression of the store's small records, with an
 * optional dictionary trained on the workspace's own records.
 *
 * Layer invariant (store/): only store/ includes zstd.h; this header
 * exposes no zstd type (fp_zcodec and fp_zdict are opaque).
 *
 * Frames. The store holds many records of a few dozen bytes each, where
 * zstd's fixed costs show, so frames are written in a bare form: no magic
 * number (zstd's "magicless" format), no dictionary id and no content
 * checksum, but always the content size: 4 bytes a record fewer than
 * zstd's own frames, up to 8 with a dictionary. What the frame leaves out the store knows itself: which
 * dictionary a row used is a column of the row, and what the record
 * holds carries its own checksum (store/astcode.h). So a frame is only
 * readable by fp_zcodec_decompress, given the dictionary it was written
 * with; a frame decompressed with another dictionary gives an error or
 * other bytes, which the record's checksum refuses.
 *
 * Memory. Contexts and dictionaries allocate through fp_malloc (the
 * allocation-failure tests reach them). Dictionary training is the
 * exception: ZDICT_trainFromBuffer allocates with malloc (about 6 MB for
 * the time of the call) and offers no hook.
 *
 * Bounds. Decompression never produces more than the caller's limit: the
 * frame's declared content size is read first, a frame without one is
 * refused, and so is one that declares more than the limit; the output
 * is then exactly that size or the call fails.
 */
#ifndef FP_STORE_ZCODEC_H
#define FP_STORE_ZCODEC_H

#include <stddef.h>
#include <stdint.h>

#include "util/buf.h"

/* The level the store compresses at. */
#define FP_Z_LEVEL 3

/* Fewer samples than this give no dictionary (zstd would refuse, or
 * make one that does not pay for itself). */
#define FP_ZDICT_MIN_SAMPLES 16

typedef enum fp_z_status {
	FP_Z_OK = 0,
	FP_Z_NOMEM,             /* an allocation failed */
	FP_Z_CORRUPT,           /* not a frame (or a dictionary) zstd can read */
	FP_Z_TOO_BIG,           /* the frame declares no size, or more than the limit */
	FP_Z_NODICT,            /* training: too few or too small samples */
} fp_z_status;

/* "ok", "out of memory", "corrupt", "too big", "no dictionary". */
const char *fp_z_status_name(fp_z_status st);

/* A compression and a decompression context, reused from call to call
 * (one fp_zcodec per thread). */
typedef struct fp_zcodec fp_zcodec;

/* A loaded dictionary, usable by any number of codecs at once. */
typedef struct fp_zdict fp_zdict;

/* A codec compressing at `level` (1..19; FP_Z_LEVEL for the store).
 * NULL when out of memory. */
fp_zcodec *fp_zcodec_new(int level);
/* NULL is allowed. */
void fp_zcodec_free(fp_zcodec *z);

/*
 * Append one bare frame holding src[0..n) to out, compressed with dict
 * (NULL: none; with one, the level the dictionary was loaded for counts).
 * FP_Z_OK, or FP_Z_NOMEM (out->len unchanged, out->failed set when the
 * buffer could not grow).
 */
fp_z_status fp_zcodec_compress(fp_zcodec *z, const void *src, size_t n, const fp_zdict *dict,
			       fp_buf *out);

/*
 * Append the content of the bare frame src[0..n) to out, decompressed
 * with dict (NULL: none; it must be the one the frame was written with).
 * FP_Z_TOO_BIG when the frame declares no content size or one above
 * limit, FP_Z_CORRUPT when it is not one whole frame zstd can read,
 * FP_Z_NOMEM. On failure out->len is as it was.
 */
fp_z_status fp_zcodec_decompress(fp_zcodec *z, const void *src, size_t n, const fp_zdict *dict,
				 size_t limit, fp_buf *out);

/*
 * Train a dictionary of at most `capacity` bytes from nsamples samples,
 * stored one after another in samples, sizes[i] bytes each, and append
 * it to out. FP_Z_NODICT when there are fewer than FP_ZDICT_MIN_SAMPLES
 * samples or zstd finds nothing worth a dictionary in them: the caller
 * then compresses without one. FP_Z_NOMEM when out of memory. The
 * result depends only on the samples and capacity.
 */
fp_z_status fp_zdict_train(const void *samples, const size_t *sizes, size_t nsamples,
			   size_t capacity, fp_buf *out);

/*
 * Load a dictionary made by fp_zdict_train (copied: dict may go away) for
 * compression at `level` and for decompression. FP_Z_CORRUPT when the
 * bytes are not a zstd dictionary, FP_Z_NOMEM. *out is NULL on failure.
 */
fp_z_status fp_zdict_new(const void *dict, size_t n, int level, fp_zdict **out);
/* NULL is allowed. */
void fp_zdict_free(fp_zdict *d);
/* The dictionary's id (from its header); not 0. */
uint32_t fp_zdict_id(const fp_zdict *d);

#endif
