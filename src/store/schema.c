/*
 * store/schema.c - the store's schema as a list of forward steps.
 *
 * Step k takes a database from user_version k-1 to k. A step is never
 * edited once released: a change to the schema is a new step at the end
 * (and FP_STORE_SCHEMA in store.h goes up by one). Each step runs in its
 * own transaction together with the user_version it reaches, so a
 * process killed half way leaves the database at a whole step.
 */
#include "store/internal.h"

#include <stdio.h>

static const char *const steps[] = {
	/* 1: files and their records */
	"CREATE TABLE meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID;"
	"CREATE TABLE files("
	"  path TEXT PRIMARY KEY,"
	"  size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL,"
	"  ino INTEGER NOT NULL, dev INTEGER NOT NULL,"
	"  checked_ns INTEGER NOT NULL,"
	"  hash INTEGER NOT NULL, key INTEGER NOT NULL, flags INTEGER NOT NULL,"
	"  record BLOB, record_len INTEGER NOT NULL);",
	/* 2: the runs doctor reports on */
	"CREATE TABLE runs("
	"  id INTEGER PRIMARY KEY, at_ms INTEGER NOT NULL, command TEXT NOT NULL,"
	"  files INTEGER, hits INTEGER, changed INTEGER, removed INTEGER,"
	"  expressions INTEGER, ms INTEGER);",
};

_Static_assert(sizeof steps / sizeof *steps == FP_STORE_SCHEMA,
	       "one step per schema version");

const char *fp_store_schema_step(int k)
{
	return k >= 1 && k <= FP_STORE_SCHEMA ? steps[k - 1] : NULL;
}

/* A statement per table the current schema must answer, so that a file
 * claiming our version but missing a table counts as corrupt. */
const char *fp_store_schema_probe(void)
{
	return "SELECT path, size, mtime_ns, ino, dev, checked_ns, hash, key, flags, record,"
	       " record_len FROM files LIMIT 0;"
	       "SELECT key, value FROM meta LIMIT 0;"
	       "SELECT id, at_ms, command, files, hits, changed, removed, expressions, ms"
	       " FROM runs LIMIT 0;";
}
