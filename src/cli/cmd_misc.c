/*
 * cli/cmd_misc.c - small commands: explain, version, parse (hidden).
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "sources/files.h"
#include "store/version.h"
#include "syntax/parse.h"
#include "util/alloc.h"

int cmd_explain(int argc, char **argv)
{
	if (argc >= 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
		cli_print_command_help(stdout, cli_find_command("explain"));
		return EXIT_CLEAN;
	}
	if (argc < 2) {
		for (size_t i = 0; i < fp_diag_ncodes; i++) {
			char code[8];
			fp_diag_format_code(fp_diag_codes[i].code, code);
			printf("%s  %-8s %s\n", code,
			       fp_severity_name(fp_diag_codes[i].severity),
			       fp_diag_codes[i].title);
		}
		return EXIT_CLEAN;
	}
	if (argc > 2)
		return cli_usage_error("explain", "expected one CODE, got %d arguments", argc - 1);
	int code = fp_diag_parse_code(argv[1]);
	const fp_diag_code *row = code >= 0 ? fp_diag_lookup(code) : NULL;
	if (!row) {
		fprintf(stderr, "fhirpath-ls explain: unknown code '%s'\n"
				"Run 'fhirpath-ls explain' for the list of codes.\n", argv[1]);
		return EXIT_USAGE;
	}
	char name[8];
	fp_diag_format_code(row->code, name);
	printf("%s (%s, %s): %s\n\n%s", name, row->name,
	       fp_severity_name(row->severity), row->title, row->explain);
	return EXIT_CLEAN;
}

int cmd_version(int argc, char **argv)
{
	printf("fhirpath-ls %s\n", FP_VERSION);
	printf("sqlite %s\n", fp_store_sqlite_version());
	printf("zstd %s\n", fp_store_zstd_version());
	return EXIT_CLEAN;
}

int cmd_parse(int argc, char **argv)
{
	const char *expr = NULL, *path = NULL;
	bool ranges = false;
	for (int i = 1; i < argc; i++) {
		if ((strcmp(argv[i], "-e") == 0 || strcmp(argv[i], "--expression") == 0) && i + 1 < argc)
			expr = argv[++i];
		else if (strcmp(argv[i], "--ranges") == 0)
			ranges = true;
		else if (argv[i][0] != '-' || strcmp(argv[i], "-") == 0)
			path = argv[i];
		else
			return cli_usage_error("parse", "unknown option '%s'", argv[i]);
	}
	char *data = NULL;
	size_t len = 0;
	if (expr) {
		len = strlen(expr);
	} else {
		char err[256];
		if (!fp_read_file(path ? path : "-", (size_t)256 << 20, FP_READ_STREAM, &data, &len, err, sizeof err)) {
			fprintf(stderr, "fhirpath-ls parse: %s: %s\n", path ? path : "<stdin>", err);
			return EXIT_USAGE;
		}
		expr = data;
	}
	fp_arena a;
	fp_arena_init(&a);
	fp_diags d;
	fp_diags_init(&d, &a);
	fp_node *n = fp_parse_text(expr, len, &a, &d);
	fp_buf b;
	fp_buf_init(&b);
	fp_dump(n, ranges, &b);
	for (size_t i = 0; i < d.len; i++) {
		char code[8];
		fp_diag_format_code(d.items[i].code, code);
		fp_buf_printf(&b, "error @%u..%u %s: %s\n", d.items[i].start, d.items[i].end,
			      code, d.items[i].message);
	}
	if (b.data)
		fputs(b.data, stdout);
	int rc = d.len ? EXIT_FINDINGS : EXIT_CLEAN;
	fp_buf_release(&b);
	fp_diags_release(&d);
	fp_arena_release(&a);
	fp_free(data);
	return rc;
}
