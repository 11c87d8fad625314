/*
 * store/internal.h - what the store's files (and its tests) share; not
 * for the layers above.
 */
#ifndef FP_STORE_INTERNAL_H
#define FP_STORE_INTERNAL_H

#include "sqlite3/sqlite3.h"
#include "store/store.h"

/* Before any call into sqlite (store/mem.c): its allocations go through
 * fp_malloc from then on. Idempotent, thread-safe. */
void fp_store_libs_init(void);
/* How many of sqlite's allocations failed on this thread so far. */
unsigned long fp_store_alloc_failures(void);
/* Whether sqlite took our allocator (for the tests). */
bool fp_store_libs_hooked(void);
/* A zstd compression / decompression context allocating through
 * fp_malloc (ZSTD_CCtx *, ZSTD_DCtx *: free with ZSTD_freeCCtx/DCtx);
 * NULL when out of memory. */
void *fp_store_zcctx(void);
void *fp_store_zdctx(void);

/* The SQL of schema step k (1..FP_STORE_SCHEMA): from user_version k-1
 * to k. NULL outside that range. */
const char *fp_store_schema_step(int k);

/* Statements that fail unless every table of the current schema is
 * there with its columns. */
const char *fp_store_schema_probe(void);

/* The open database (NULL when even an in-memory one failed). */
sqlite3 *fp_store_db(fp_store *s);
/* Start the time limit of the next statement (STATEMENT_MS). */
void fp_store_arm(fp_store *s);
/* sqlite3_exec with the time limit; SQLITE_MISUSE without a database. */
int fp_store_exec(fp_store *s, const char *sql);
/* BEGIN IMMEDIATE, waiting out other processes' locks with retries. */
int fp_store_begin(fp_store *s);
/* End the transaction of an operation that got as far as rc: COMMIT
 * when rc is SQLITE_OK, else ROLLBACK and fp_store_failed(). True when
 * it was committed. */
bool fp_store_end(fp_store *s, int rc);

/* An operation failed with sqlite result rc: a corrupt database is moved
 * aside and built again; other failures count towards the breaker. */
void fp_store_failed(fp_store *s, int rc);

#endif
