/*
 * cli/commands.c - the subcommand table, option matching and help text.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>

#include "util/str.h"

static const cli_option check_options[] = {
	{ "--expression", "-e", "EXPR", "check EXPR (repeatable)" },
	{ "--context", "-c", "TYPE", "context type or element path for -e and stdin" },
	{ "--fhir-version", NULL, "V", "R4, R4B or R5 (default: what the file's folders say, else R4)" },
	{ "--format", "-f", "FMT", "text (default), json, sarif or github" },
	{ "--werror", NULL, NULL, "treat warnings as errors (exit 1)" },
	{ "--statistics", NULL, NULL, "print how many findings of each code instead of the findings" },
	{ "--severity", NULL, "CODE=LEVEL", "set a code's severity: off, info, warning or error (repeatable)" },
	{ "--jobs", "-j", "N", "check N files at a time (default: the number of cores)" },
	{ "--cache", NULL, "DIR", "cache directory (default $FHIRPATH_LS_CACHE, else $XDG_CACHE_HOME/fhirpath-ls)" },
	{ "--no-cache", NULL, NULL, "do not use a cache" },
	{ "--no-ignore", NULL, NULL, "also walk what .gitignore files exclude and an IG build's output folders" },
	{ "--color", NULL, "WHEN", "auto (default: a terminal, unless NO_COLOR; FORCE_COLOR forces), always or never" },
	{ "--baseline", NULL, "FILE", "report only findings FILE does not hold (and count its stale ones)" },
	{ "--write-baseline", NULL, NULL, "record today's findings in the --baseline FILE instead; exit 0" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option index_options[] = {
	{ "--fhir-version", NULL, "V", "R4, R4B or R5 (default: what the file's folders say, else R4)" },
	{ "--jobs", "-j", "N", "index N files at a time (default: the number of cores)" },
	{ "--cache", NULL, "DIR", "cache directory (default $FHIRPATH_LS_CACHE, else $XDG_CACHE_HOME/fhirpath-ls)" },
	{ "--no-ignore", NULL, NULL, "also walk what .gitignore files exclude and an IG build's output folders" },
	{ "--json", NULL, NULL, "print the summary as JSON" },
	{ "--uses", NULL, "ELEMENT", "list the expressions that read ELEMENT (e.g. Observation.component.value)" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option serve_options[] = {
	{ "--stdio", NULL, NULL, "talk LSP over standard input and output (the default)" },
	{ "--listen", NULL, "HOST:PORT", "listen on TCP (not available yet)" },
	{ "--log", NULL, "FILE", "write the log (JSON lines) to FILE (- for stderr; default: the client's log)" },
	{ "--log-level", NULL, "L", "error, warn (default), info or debug" },
	{ "--max-memory", NULL, "MB", "soft memory limit: above it, caches are dropped and the scan pauses" },
	{ "--max-message", NULL, "MB", "refuse messages larger than MB (default 512)" },
	{ "--max-document", NULL, "MB", "analyse documents up to MB (default 256; larger get one FP9003)" },
	{ "--time-budget", NULL, "MS", "analysis time per document (default 2000; 0 = none)" },
	{ "--no-scan", NULL, NULL, "do not check the workspace folder in the background" },
	{ "--cache", NULL, "DIR", "cache directory (default $FHIRPATH_LS_CACHE, else $XDG_CACHE_HOME/fhirpath-ls); "
				  "after failed writes the server works in memory and tries it again at the next scan" },
	{ "--no-cache", NULL, NULL, "do not use a cache" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option fmt_options[] = {
	{ "--check", NULL, NULL, "write nothing; exit 1 when a file would change" },
	{ "--stdout", NULL, NULL, "print formatted files instead of rewriting them" },
	{ "--diff", NULL, NULL, "write nothing; print what would change as a unified diff, exit 1 if any" },
	{ "--no-ignore", NULL, NULL, "also walk what .gitignore files exclude and an IG build's output folders" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option doctor_options[] = {
	{ "--json", NULL, NULL, "one JSON object instead of text" },
	{ "--cache", NULL, "DIR", "the cache folder to inspect (default: as the store finds it)" },
	{ "--section", NULL, "NAME", "only binary, environment, workspace, cache, self-test or editors" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option plain_options[] = {
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

static const cli_option parse_options[] = {
	{ "--expression", "-e", "EXPR", "parse EXPR" },
	{ "--ranges", NULL, NULL, "show byte ranges" },
	{ "--help", "-h", NULL, "show this help" },
	{ NULL, NULL, NULL, NULL },
};

/* Sorted by nothing in particular: help lists them in this order. A NULL
 * summary hides a command from --help. */
const cli_command cli_commands[] = {
	{ "check", cmd_check,
	  "[PATH...] [-e EXPR]... [-c|--context TYPE] [--fhir-version R4|R4B|R5] [--format text|json|sarif|github] [--werror] [--statistics] [--severity CODE=LEVEL]... [-j N] [--cache DIR | --no-cache] [--no-ignore] [--color WHEN] [--baseline FILE [--write-baseline]]",
	  "report problems in FHIRPath files, folders and expressions",
	  "Checks .fhirpath files, the FHIRPath inside FHIR JSON and XML\n"
	  "resources (invariants, search parameters, SDC questionnaires, SQL\n"
	  "on FHIR views) and expressions given with -e; '-' reads stdin.\n"
	  "Folders are walked recursively, skipping what .gitignore files\n"
	  "exclude and an IG build's output/, temp/, template/, input-cache/\n"
	  "(--no-ignore walks all). The FHIR version is --fhir-version, else\n"
	  "what the file's folders say (.fhirpath-ls.json, sushi-config.yaml,\n"
	  "an IG's ig.ini and package.json), else the resource's fhirVersion,\n"
	  "else R4. Prints one finding per line as\n"
	  "path:line:col: severity[CODE]: message with the source line and a\n"
	  "caret underline. Exit status: 0 clean, 1 errors found (or warnings\n"
	  "with --werror), 2 usage error or nothing could be read.",
	  check_options },
	{ "index", cmd_index, "[DIR...] [--cache DIR] [--json] [-j N] [--fhir-version R4|R4B|R5] [--no-ignore] [--uses ELEMENT]",
	  "keep the findings of a workspace in the cache",
	  "Checks every file under DIR (default: the current folder) as check\n"
	  "would and keeps the findings in the cache, so that a later check\n"
	  "(and the editor) reports unchanged files at once. Incremental: a\n"
	  "file whose size, mtime, inode and device are unchanged is not read;\n"
	  "files gone from disk are forgotten. Prints what it saw, changed and\n"
	  "removed, the cache's size and hit rate (--json: as JSON). Exit\n"
	  "status: 0, or 2 when nothing could be read; findings do not fail it.",
	  index_options },
	{ "serve", cmd_serve,
	  "[--stdio | --listen HOST:PORT] [--cache DIR | --no-cache] [--log FILE] [--log-level L] [--max-memory MB] [--max-message MB] [--max-document MB] [--time-budget MS] [--no-scan]",
	  "run the language server (LSP over stdio)",
	  "Serves an editor over the Language Server Protocol on stdin/stdout:\n"
	  "diagnostics as you type (the same as check reports), hover with\n"
	  "types and element facts, completion of elements and functions,\n"
	  "signature help, formatting, document symbols, semantic tokens,\n"
	  "inlay hints with inferred types (off unless .fhirpath-ls.json or\n"
	  "the client's settings say \"inlayHints\": true) and variable\n"
	  "definition/references/rename, in .fhirpath files and in FHIR JSON\n"
	  "and XML resources. In the background it checks every file of the\n"
	  "workspace folder as check would (with progress), so files that are\n"
	  "not open show their problems too. Custom requests\n"
	  "fhirpath/health (with doctor's sections) and fhirpath/resources\n"
	  "report the server's state.",
	  serve_options },
	{ "fmt", cmd_fmt, "[PATH...] [--check] [--diff] [--stdout] [--no-ignore]",
	  "format FHIRPath canonically (.fhirpath files, FHIR JSON and XML)",
	  "Rewrites each .fhirpath file in canonical form: one space around\n"
	  "binary operators, none around '.', comments and line breaks kept.\n"
	  "In FHIR JSON and XML only the expression strings change, escaped\n"
	  "again for their host; other files are refused.\n"
	  "With no PATH or '-', formats stdin to stdout. Files with syntax\n"
	  "errors are reported and left alone. --check changes nothing and\n"
	  "exits 1 when some file is not formatted; --diff also changes\n"
	  "nothing and prints what would change as a unified diff.",
	  fmt_options },
	{ "doctor", cmd_doctor, "[DIR] [--json] [--cache DIR] [--section NAME]",
	  "check the binary, the system, a workspace and its cache",
	  "Runs self-contained checks (nothing needs the network) and prints\n"
	  "each as PASS, WARN or FAIL with a one-line remedy, in sections:\n"
	  "binary (version, static, libraries, embedded FHIR models and their\n"
	  "digests), environment (OS, limits, UTF-8 locale, Landlock and\n"
	  "seccomp), workspace (DIR, else the current folder: its FHIR version\n"
	  "and where it came from, .fhirpath-ls.json, IG layout, files by\n"
	  "kind), cache (folder, writable, free space, the workspace's\n"
	  "database read-only: size, WAL, schema version, quick_check, what\n"
	  "the store recorded of its runs), self-test (canned expressions and\n"
	  "an LSP round trip timed against the targets) and editors (the\n"
	  "configuration for Neovim, VS Code, Emacs and Helix with this\n"
	  "binary's path). Exit status: 0 no check failed, 1 some check\n"
	  "failed, 2 usage error.",
	  doctor_options },
	{ "explain", cmd_explain, "CODE",
	  "explain a diagnostic code, with a wrong and a right example",
	  "Prints the long help for a diagnostic code such as FP0011. Without\n"
	  "CODE, lists every code with its title.",
	  plain_options },
	{ "help", cmd_help, "[COMMAND]", "show help for fhirpath-ls or a command", NULL, plain_options },
	{ "parse", cmd_parse, "[-e EXPR] [--ranges] [PATH]", NULL,
	  "Prints the syntax tree (a debugging aid).", parse_options },
	{ NULL, NULL, NULL, NULL, NULL, NULL },
};

const cli_command *cli_find_command(const char *name)
{
	for (const cli_command *c = cli_commands; c->name; c++) {
		if (strcmp(c->name, name) == 0)
			return c;
	}
	return NULL;
}

void cli_print_command_help(FILE *f, const cli_command *c)
{
	fprintf(f, "usage: fhirpath-ls %s %s\n", c->name, c->synopsis);
	if (c->summary)
		fprintf(f, "\n%s.\n", c->summary);
	if (c->description)
		fprintf(f, "\n%s\n", c->description);
	if (c->options && c->options[0].longname) {
		fprintf(f, "\noptions:\n");
		for (const cli_option *o = c->options; o->longname; o++) {
			char left[64];
			snprintf(left, sizeof left, "%s%s%s%s%s",
				 o->shortname ? o->shortname : "", o->shortname ? ", " : "",
				 o->longname, o->arg ? " " : "", o->arg ? o->arg : "");
			fprintf(f, "  %-24s %s\n", left, o->help);
		}
	}
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "fhirpath-ls%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nTry 'fhirpath-ls %s%s--help' for more information.\n",
		cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

const cli_option *cli_match_option(const cli_option *opts, const char *arg,
				   const char **inline_value)
{
	*inline_value = NULL;
	const char *eq = strchr(arg, '=');
	size_t n = eq && arg[1] == '-' ? (size_t)(eq - arg) : strlen(arg);
	for (const cli_option *o = opts; o && o->longname; o++) {
		if (strlen(o->longname) == n && strncmp(o->longname, arg, n) == 0) {
			if (eq && arg[1] == '-')
				*inline_value = eq + 1;
			return o;
		}
		if (o->shortname && strcmp(o->shortname, arg) == 0)
			return o;
	}
	/* a short option with its value attached: -j1, -fjson */
	for (const cli_option *o = opts; o && o->longname; o++) {
		if (o->shortname && o->arg && arg[0] == '-' && arg[1] != '-' && arg[1] && arg[2] &&
		    strncmp(o->shortname, arg, 2) == 0 && o->shortname[2] == 0) {
			*inline_value = arg + 2;
			return o;
		}
	}
	return NULL;
}

int cli_unknown_option(const cli_command *c, const char *arg)
{
	const char *hint = cli_suggest_option(c->options, arg);
	if (hint)
		return cli_usage_error(c->name, "unknown option '%s' (did you mean '%s'?)", arg, hint);
	return cli_usage_error(c->name, "unknown option '%s'", arg);
}

const char *cli_suggest_option(const cli_option *opts, const char *arg)
{
	const char *best = NULL;
	size_t bestd = 4;
	const char *eq = strchr(arg, '=');
	fp_str a = fp_str_make(arg, eq ? (size_t)(eq - arg) : strlen(arg));
	for (const cli_option *o = opts; o && o->longname; o++) {
		size_t d = fp_str_distance(a, fp_str_c(o->longname), 3);
		if (d < bestd) {
			bestd = d;
			best = o->longname;
		}
	}
	return best;
}

void cli_print_usage(FILE *f)
{
	fprintf(f, "usage: fhirpath-ls COMMAND [ARGS...]\n"
		   "       fhirpath-ls --version | --help | help COMMAND\n\n"
		   "FHIRPath language tooling: checks, formatting and explanations.\n\n"
		   "commands:\n");
	for (const cli_command *c = cli_commands; c->name; c++) {
		if (c->summary)
			fprintf(f, "  %-10s %s\n", c->name, c->summary);
	}
	fprintf(f, "\nRun 'fhirpath-ls help COMMAND' for a command's options.\n");
}

int cmd_help(int argc, char **argv)
{
	if (argc < 2) {
		cli_print_usage(stdout);
		return EXIT_CLEAN;
	}
	if (argc > 2)
		return cli_usage_error("help", "too many arguments");
	const cli_command *c = cli_find_command(argv[1]);
	if (!c)
		return cli_usage_error("help", "unknown command '%s'", argv[1]);
	cli_print_command_help(stdout, c);
	return EXIT_CLEAN;
}

static int color_mode;          /* 0 auto, 1 always, -1 never */

bool cli_set_color(const char *when)
{
	if (strcmp(when, "auto") == 0)
		color_mode = 0;
	else if (strcmp(when, "always") == 0)
		color_mode = 1;
	else if (strcmp(when, "never") == 0)
		color_mode = -1;
	else
		return false;
	return true;
}

bool cli_color(FILE *f)
{
	if (color_mode)
		return color_mode > 0;
	const char *nc = getenv("NO_COLOR");
	if (nc && *nc)
		return false;
	const char *force = getenv("FORCE_COLOR");
	if (force && *force && strcmp(force, "0") != 0 && strcmp(force, "false") != 0)
		return true;
	const char *term = getenv("TERM");
	if (term && strcmp(term, "dumb") == 0)
		return false;
	return isatty(fileno(f));
}
