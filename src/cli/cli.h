/*
 * cli/cli.h - the command line front end.
 *
 * Layer invariant (cli/): the only layer that reads argv, prints, looks at
 * the terminal or calls exit(). Each subcommand is a row in cli_commands[]
 * (commands.c) with its cmd_* function, synopsis and summary; dispatch and
 * --help are generated from the table.
 */
#ifndef FP_CLI_H
#define FP_CLI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "model/model.h"
#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"

/* Exit codes (DESIGN.md). */
enum {
	EXIT_CLEAN = 0,
	EXIT_FINDINGS = 1,
	EXIT_USAGE = 2,
};

typedef struct cli_option {
	const char *longname;   /* "--format" */
	const char *shortname;  /* "-f" or NULL */
	const char *arg;        /* "FORMAT" or NULL for a flag */
	const char *help;
} cli_option;

typedef struct cli_command {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *synopsis;   /* arguments after the name, as in the man page */
	const char *summary;    /* one line */
	const char *description;/* a paragraph for `help NAME` */
	const cli_option *options;
} cli_command;

extern const cli_command cli_commands[];
const cli_command *cli_find_command(const char *name);

/* The top-level usage: commands and their summaries. */
void cli_print_usage(FILE *f);

/* Print `help NAME` text for a command to f. */
void cli_print_command_help(FILE *f, const cli_command *c);

/* Report a usage error for command `cmd` ("unknown option '--x'") with a
 * hint, and return EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Find the option row whose long or short name is `arg` (also matches
 * "--name=value"); NULL when unknown. Sets *inline_value for '='. */
const cli_option *cli_match_option(const cli_option *opts, const char *arg,
				   const char **inline_value);

/* Usage error for an unknown option of command c, with a did-you-mean
 * hint when one is close; returns EXIT_USAGE. */
int cli_unknown_option(const cli_command *c, const char *arg);

/* Suggest the closest long option to `arg` (or NULL). */
const char *cli_suggest_option(const cli_option *opts, const char *arg);

int cmd_check(int argc, char **argv);
int cmd_index(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_serve(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_help(int argc, char **argv);
int cmd_version(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_doctor(int argc, char **argv);

/* doctor's LSP round trip (doctor_lsp.c): a server in a child process,
 * driven over a socketpair; its checks go to d's self-test section. */
struct fp_doctor;
void cli_doctor_round_trip(struct fp_doctor *d);

/* ---- terminal ---- */
/* Colour on f: --color always/never, else NO_COLOR off, FORCE_COLOR on,
 * else a terminal (and TERM not dumb). */
bool cli_color(FILE *f);
/* --color WHEN: auto, always or never; false for anything else. */
bool cli_set_color(const char *when);

/* ---- reports (report.c) ---- */

typedef enum cli_format {
	FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF, FORMAT_GITHUB,
} cli_format;

/* One finding, positions 1-based, columns in characters. */
typedef struct cli_finding {
	const char *file;
	size_t line, col, end_line, end_col;
	fp_severity severity;
	int code;
	const char *message;
	const char *expression;    /* NULL when not known */
	const char *context;
	const char *origin;
	/* a related place (an unclosed bracket's end), rel_message NULL
	 * when there is none; positions as above */
	size_t rel_line, rel_col, rel_end_line, rel_end_col;
	const char *rel_message;
	const char *source_line;   /* the first line of the range, for text, */
	size_t source_len;         /* or of a long line a window around col */
	size_t source_skip;        /* characters of the line before source_line */
	bool source_cut;           /* the line goes on after source_len */
} cli_finding;

/* f's source line: the line [ls, le) of text holding byte start (its
 * column f->col already set), or of a long line a window of it around
 * start, so that a report of many findings on one minified line neither
 * copies nor rescans the whole line for each. */
void cli_finding_source(cli_finding *f, const char *text, size_t ls, size_t le, size_t start);

typedef struct cli_summary {
	size_t files, expressions, errors, warnings, infos;
	long ms;
	/* --baseline: findings it held (not reported, not counted above)
	 * and those it holds that no longer occur */
	bool baseline;
	size_t baselined, stale;
} cli_summary;

typedef struct cli_stat {
	int code;
	size_t count;
} cli_stat;

typedef struct cli_report {
	cli_format format;
	FILE *out;
	bool color;
	bool statistics;        /* --statistics: a count per code, not findings */
	cli_stat *stats;
	size_t nstats, capstats;
	fp_arena arena;         /* copies of findings for json/sarif */
	cli_finding *items;
	size_t len, cap;
	const char *fhir_version;
} cli_report;

void cli_report_init(cli_report *r, cli_format fmt, FILE *out);
/* Drop what r kept, writing nothing (check --write-baseline). */
void cli_report_discard(cli_report *r);

/* check --baseline FILE (cli/baseline.c). A baseline is JSON, one entry
 * a line, sorted, so that it diffs well:
 *   {"version": 1, "tool": "fhirpath-ls", "entries": [
 *     {"file":"input/a.json","code":"FP2003","origin":"constraint pat-1",
 *      "expression":"name.given.first()","count":1}, ...]}
 * An entry is keyed by file (relative to the baseline file's folder, as
 * a real path; a file outside it, '<stdin>' or '<expr>' as shown),
 * code, origin and expression text, never by line: unrelated edits keep
 * it valid. count: identical findings under one key. */
typedef struct cli_baseline cli_baseline;
/* Read one; NULL with *err the reason (unreadable, not JSON, another
 * version, a malformed entry, out of memory). */
cli_baseline *cli_baseline_read(const char *path, char *err, size_t errlen);
/* An empty one to record into and write to path; NULL when out of memory. */
cli_baseline *cli_baseline_new(const char *path);
/* Is f one of b's findings? Takes one of its key's count: true when one
 * was left. */
bool cli_baseline_take(cli_baseline *b, const cli_finding *f);
/* Record f; false when out of memory. */
bool cli_baseline_record(cli_baseline *b, const cli_finding *f);
/* Findings taken or recorded so far. */
size_t cli_baseline_taken(const cli_baseline *b);
/* Counts left untaken: findings of b that no longer occur. */
size_t cli_baseline_stale(const cli_baseline *b);
/* Write b to its path (a temporary file renamed over it, so a failure
 * keeps the old one); *entries its number of entries. False with *err. */
bool cli_baseline_write(cli_baseline *b, size_t *entries, char *err, size_t errlen);
void cli_baseline_free(cli_baseline *b);
/* Text prints each finding as it comes (or counts it, with statistics);
 * json, sarif and github keep a copy for cli_report_finish: github
 * groups the findings of one file with the same code and message into
 * one annotation, errors first, since a pull request shows only the
 * first few of a step. */
void cli_report_add(cli_report *r, const cli_finding *f);
/* The source line of f with a caret underline, as the text report shows
 * it (nothing without f->source_line). */
void cli_report_snippet(cli_report *r, const cli_finding *f);
/* Write the trailer (summary, json document) and release. */
void cli_report_finish(cli_report *r, const cli_summary *s);

#endif
