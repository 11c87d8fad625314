/*
 * cli/cmd_serve.c - `fhirpath-ls serve`: the language server on stdio.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli/cli.h"
#include "lsp/server.h"
#include "project/driver.h"
#include "runtime/runtime.h"

int cmd_serve(int argc, char **argv)
{
	const cli_command *self = cli_find_command("serve");
	lsp_options opt;
	memset(&opt, 0, sizeof opt);
	opt.in_fd = 0;
	opt.out_fd = 1;
	/* a document as large as check reads (the R4 and R5 core bundles are
	 * 17 and 30 MB): the message carrying it, escaped, is larger */
	opt.max_message = (size_t)512 << 20;
	opt.max_document = FP_MAX_FILE;
	opt.time_budget_ms = 2000;
	const char *log = NULL;
	fp_log_level level = FP_LOG_WARN;
	for (int i = 1; i < argc; i++) {
		const char *val;
		const cli_option *o = cli_match_option(self->options, argv[i], &val);
		if (!o)
			return cli_unknown_option(self, argv[i]);
		if (o->arg && !val) {
			if (i + 1 >= argc)
				return cli_usage_error("serve", "option '%s' needs a value (%s)", o->longname, o->arg);
			val = argv[++i];
		}
		const char *ln = o->longname;
		if (strcmp(ln, "--help") == 0) {
			cli_print_command_help(stdout, self);
			return EXIT_CLEAN;
		} else if (strcmp(ln, "--log") == 0) {
			log = val;
		} else if (strcmp(ln, "--log-level") == 0) {
			if (!fp_log_parse_level(val, &level))
				return cli_usage_error("serve", "unknown log level '%s' (error, warn, info or debug)", val);
		} else if (strcmp(ln, "--max-memory") == 0) {
			char *end;
			long mb = strtol(val, &end, 10);
			if (*end || mb < 16)
				return cli_usage_error("serve", "--max-memory wants megabytes (16 or more), not '%s'", val);
			opt.max_memory_mb = (size_t)mb;
		} else if (strcmp(ln, "--max-message") == 0) {
			char *end;
			long mb = strtol(val, &end, 10);
			if (*end || mb < 1 || mb > 4096)
				return cli_usage_error("serve", "--max-message wants megabytes (1 to 4096), not '%s'", val);
			opt.max_message = (size_t)mb << 20;
		} else if (strcmp(ln, "--max-document") == 0) {
			char *end;
			long mb = strtol(val, &end, 10);
			if (*end || mb < 1 || mb > 4096)
				return cli_usage_error("serve", "--max-document wants megabytes (1 to 4096), not '%s'", val);
			opt.max_document = (size_t)mb << 20;
		} else if (strcmp(ln, "--time-budget") == 0) {
			char *end;
			long ms = strtol(val, &end, 10);
			if (*end || ms < 0 || ms > 3600000)
				return cli_usage_error("serve", "--time-budget wants milliseconds (0 for none), not '%s'", val);
			opt.time_budget_ms = (size_t)ms;
		} else if (strcmp(ln, "--no-scan") == 0) {
			opt.no_scan = true;
		} else if (strcmp(ln, "--listen") == 0) {
			return cli_usage_error("serve", "--listen is not available yet; use --stdio");
		} else if (strcmp(ln, "--cache") == 0) {
			opt.cache_dir = val;
		} else if (strcmp(ln, "--no-cache") == 0) {
			opt.no_cache = true;
		}
		/* --stdio: the default */
	}
	if (!fp_log_open(log, level)) {
		fprintf(stderr, "fhirpath-ls serve: cannot open log file '%s'\n", log);
		return EXIT_USAGE;
	}
	int rc = lsp_serve(&opt);
	fp_log_close();
	return rc;
}
