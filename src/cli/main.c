/*
 * cli/main.c - entry point: global options, then the subcommand table.
 * After the command, stdout must flush and close cleanly, so a full disk
 * or a closed pipe shows up in the exit status (git's run_builtin).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "util/str.h"

int main(int argc, char **argv)
{
	if (argc < 2) {
		cli_print_usage(stderr);
		return EXIT_USAGE;
	}
	const char *name = argv[1];
	int rc;
	if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0 || strcmp(name, "version") == 0) {
		rc = cmd_version(argc - 1, argv + 1);
	} else if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0) {
		cli_print_usage(stdout);
		rc = EXIT_CLEAN;
	} else {
		const cli_command *c = cli_find_command(name);
		if (!c) {
			const char *hint = NULL;
			size_t best = 3;
			for (const cli_command *k = cli_commands; k->name; k++) {
				size_t d = fp_str_distance(fp_str_c(name), fp_str_c(k->name), 2);
				if (k->summary && d < best) {
					best = d;
					hint = k->name;
				}
			}
			/* what other tools call them */
			static const char *const aliases[][2] = {
				{ "format", "fmt" }, { "lint", "check" }, { "validate", "check" },
				{ "lsp", "serve" }, { "server", "serve" }, { "evaluate", "eval" },
			};
			for (size_t i = 0; !hint && i < sizeof aliases / sizeof *aliases; i++) {
				if (strcmp(name, aliases[i][0]) == 0 && cli_find_command(aliases[i][1]))
					hint = aliases[i][1];
			}
			if (name[0] == '-')
				fprintf(stderr, "fhirpath-ls: unknown option '%s'\n", name);
			else
				fprintf(stderr, "fhirpath-ls: unknown command '%s'\n", name);
			if (hint)
				fprintf(stderr, "Did you mean 'fhirpath-ls %s'?\n", hint);
			fprintf(stderr, "Try 'fhirpath-ls --help' for the list of commands.\n");
			return EXIT_USAGE;
		}
		rc = c->fn(argc - 1, argv + 1);
	}
	if (fflush(stdout) != 0 || ferror(stdout) || fclose(stdout) != 0) {
		if (errno != EPIPE)
			fprintf(stderr, "fhirpath-ls: error writing output: %s\n", strerror(errno));
		return EXIT_USAGE;
	}
	return rc;
}
