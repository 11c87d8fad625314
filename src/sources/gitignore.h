/*
 * sources/gitignore.h - the rules of a .gitignore file, as a folder walk
 * applies them: `check`, `fmt`, `index` and `serve` skip what the
 * repository ignores (--no-ignore turns that off).
 *
 * Patterns follow gitignore(5): blank lines and '#' lines are nothing; a
 * leading '!' takes a path back in; a trailing '/' matches folders only;
 * a pattern with a '/' at its start or middle is relative to the folder
 * of its .gitignore, one without matches a name at any depth below it;
 * '*', '?' and '[...]' match within one name, '**' any number of folders
 * (at the start, at the end or between two slashes). The last pattern
 * that matches decides. As
 * in git, nothing inside an ignored folder can be taken back in (the
 * walk never enters it).
 */
#ifndef FP_SOURCES_GITIGNORE_H
#define FP_SOURCES_GITIGNORE_H

#include <stdbool.h>
#include <stddef.h>

typedef struct fp_gitignore fp_gitignore;

/* The rules of one .gitignore text. Paths given to fp_gitignore_match are
 * relative to the walk's root; `base` is the folder of this .gitignore
 * relative to that root ("" for the root itself), or, for a .gitignore in
 * a folder above the root, `lead` is the root relative to that folder
 * ("input/profiles") and base is NULL. NULL when out of memory or the
 * text has no rule. */
fp_gitignore *fp_gitignore_parse(const char *text, size_t len, const char *base, const char *lead);

/* 1: the path (relative to the walk's root, '/' between names) is
 * ignored; 0: a '!' rule takes it back in; -1: no rule speaks of it. */
int fp_gitignore_match(const fp_gitignore *g, const char *rel, bool is_dir);

void fp_gitignore_free(fp_gitignore *g);

#endif
