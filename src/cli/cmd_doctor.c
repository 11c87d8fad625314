/*
 * cli/cmd_doctor.c - `fhirpath-ls doctor [DIR] [--json]`: the checks of
 * doctor/ (and the LSP round trip of doctor_lsp.c), printed as
 *
 *   # section
 *   PASS  name: detail
 *   WARN  name: detail
 *         fix: remedy
 *
 * with a summary line, or as one JSON object (--json). Exit status 1 when
 * a check failed, 0 otherwise, 2 on a usage error.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "doctor/doctor.h"
#include "util/buf.h"

/* ORDER SECTIONS: the order they are run and shown in */
static const char *const section_names[] = {
	"binary", "environment", "workspace", "cache", "self-test", "editors",
};
#define NSECTIONS (sizeof section_names / sizeof *section_names)

typedef struct doctor_args {
	const char *dir;        /* NULL: the current folder */
	const char *cache;      /* --cache DIR */
	const char *section;    /* --section NAME; NULL: all */
	bool json;
} doctor_args;

static bool wanted(const doctor_args *a, const char *section)
{
	return !a->section || strcmp(a->section, section) == 0;
}

static bool known_section(const char *name)
{
	for (size_t i = 0; i < NSECTIONS; i++) {
		if (strcmp(section_names[i], name) == 0)
			return true;
	}
	return false;
}

/* Parse argv; EXIT_CLEAN to go on, else the exit status (help, usage). */
static int parse_args(int argc, char **argv, doctor_args *a)
{
	const cli_command *self = cli_find_command("doctor");
	memset(a, 0, sizeof *a);
	for (int i = 1; i < argc; i++) {
		const char *val;
		if (argv[i][0] != '-' || strcmp(argv[i], "-") == 0) {
			if (a->dir)
				return cli_usage_error("doctor", "one DIR at most, got '%s' and '%s'", a->dir, argv[i]);
			a->dir = argv[i];
			continue;
		}
		const cli_option *o = cli_match_option(self->options, argv[i], &val);
		if (!o)
			return cli_unknown_option(self, argv[i]);
		if (!o->arg && val)
			return cli_usage_error("doctor", "option '%s' takes no value", o->longname);
		if (o->arg && !val) {
			if (i + 1 >= argc)
				return cli_usage_error("doctor", "option '%s' needs a value (%s)", o->longname, o->arg);
			val = argv[++i];
		}
		if (strcmp(o->longname, "--help") == 0) {
			cli_print_command_help(stdout, self);
			return -1;
		} else if (strcmp(o->longname, "--json") == 0) {
			a->json = true;
		} else if (strcmp(o->longname, "--cache") == 0) {
			a->cache = val;
		} else if (strcmp(o->longname, "--section") == 0) {
			if (!known_section(val))
				return cli_usage_error("doctor", "unknown section '%s' (binary, environment, workspace, "
						       "cache, self-test or editors)", val);
			a->section = val;
		}
	}
	return EXIT_CLEAN;
}

/* Run the sections asked for into d. */
static void run(const doctor_args *a, fp_doctor *d)
{
	if (wanted(a, "binary"))
		fp_doctor_binary(d);
	if (wanted(a, "environment"))
		fp_doctor_environment(d);
	char real[PATH_MAX];
	bool have_root;
	if (wanted(a, "workspace")) {
		fp_doctor_workspace_opts o = { a->dir ? a->dir : ".",
					       a->dir ? "named on the command line" : "the current folder",
					       true, -1 };
		have_root = fp_doctor_workspace(d, &o, real, sizeof real);
	} else {
		have_root = realpath(a->dir ? a->dir : ".", real) != NULL;
	}
	if (wanted(a, "cache"))
		fp_doctor_cache(d, a->cache, false, have_root ? real : NULL, true);
	if (wanted(a, "self-test")) {
		fp_doctor_selftest(d);
		cli_doctor_round_trip(d);
	}
	if (wanted(a, "editors"))
		fp_doctor_editors(d);
}

/* A detail's lines after the first are indented under the name. */
static void print_indented(const char *s)
{
	for (; *s; s++) {
		putchar(*s);
		if (*s == '\n' && s[1] && s[1] != '\n')
			fputs("      ", stdout);
	}
	putchar('\n');
}

static void print_text(const fp_doctor *d)
{
	for (size_t i = 0; i < d->nsections; i++) {
		const fp_doctor_section *s = &d->sections[i];
		printf("%s# %s\n", i ? "\n" : "", s->name);
		for (size_t k = 0; k < s->len; k++) {
			const fp_doctor_check *c = &s->checks[k];
			printf("%s  %s: ", fp_doctor_status_name(c->status), c->name);
			print_indented(c->detail);
			if (c->remedy)
				printf("      fix: %s\n", c->remedy);
		}
	}
	if (d->failed)
		printf("FAIL  report: out of memory: checks are missing\n"
		       "      fix: free some memory and run it again\n");
	size_t w = fp_doctor_count(d, FP_DOCTOR_WARN);
	printf("\n%zu passed, %zu warning%s, %zu failed\n", fp_doctor_count(d, FP_DOCTOR_PASS), w,
	       w == 1 ? "" : "s", fp_doctor_count(d, FP_DOCTOR_FAIL));
}

static bool print_json(const fp_doctor *d)
{
	fp_buf b;
	fp_buf_init(&b);
	fp_jw w;
	fp_jw_init(&w, &b, true);
	fp_doctor_write_json(d, &w);
	fp_buf_addc(&b, '\n');
	bool ok = !b.failed;
	if (ok)
		fputs(b.data, stdout);
	fp_buf_release(&b);
	return ok;
}

int cmd_doctor(int argc, char **argv)
{
	doctor_args a;
	int rc = parse_args(argc, argv, &a);
	if (rc < 0)
		return EXIT_CLEAN;      /* --help */
	if (rc != EXIT_CLEAN)
		return rc;
	fp_doctor d;
	fp_doctor_init(&d);
	run(&a, &d);
	if (a.json) {
		if (!print_json(&d)) {
			fprintf(stderr, "fhirpath-ls doctor: out of memory\n");
			fp_doctor_release(&d);
			return EXIT_USAGE;
		}
	} else {
		print_text(&d);
	}
	rc = fp_doctor_count(&d, FP_DOCTOR_FAIL) ? EXIT_FINDINGS : EXIT_CLEAN;
	fp_doctor_release(&d);
	return rc;
}
