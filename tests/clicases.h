/*
 * tests/clicases.h - reading and rewriting the CLI case files
 * (tests/cli, .test files): blocks of 'Key: value' lines, a value may be a
 * heredoc ('Key: <<EOF' ... 'EOF'), each case starting at 'Name:', with
 * the comment lines before it kept as its preamble. tests/check_cli.c
 * runs them; tests/check_parity.c builds the trees their Shell lines
 * make and runs check and serve on them.
 */
#ifndef FP_TESTS_CLICASES_H
#define FP_TESTS_CLICASES_H

#include <stdbool.h>
#include <stddef.h>

#define CLICASE_MAXKEYS 12

typedef struct clicase_kv {
	char *key;
	char *value;
	bool heredoc;
} clicase_kv;

typedef struct clicase {
	char *preamble;         /* comment lines before the case */
	clicase_kv keys[CLICASE_MAXKEYS];
	int nkeys;
} clicase;

/* The cases of a case file's text into *out (clicases_free); their count. */
size_t clicases_load(const char *text, clicase **out);
/* Write v[0..n) back to path, in the same form. */
void clicases_save(const char *path, clicase *v, size_t n);
void clicases_free(clicase *v, size_t n);

/* A key's value, or NULL. */
const char *clicase_get(const clicase *c, const char *key);
/* Set (or add) a key; heredoc: written back as a heredoc. */
void clicase_set(clicase *c, const char *key, const char *value, bool heredoc);

#endif
