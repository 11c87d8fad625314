/*
 * tests/check_docs.c - the docs say what the binary does:
 *   - every visible command's synopsis in `fhirpath-ls help CMD` appears,
 *     word for word, in man/fhirpath-ls.1 on a line '.\" synopsis: CMD ...'
 *     placed in the man page's SYNOPSIS block, and every option of the
 *     synopsis appears in the man page as '.Fl name';
 *   - every diagnostic code has a title and an explain text with a wrong
 *     and a right example, and the table is sorted.
 */
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "runner.h"
#include "util/alloc.h"

void run_docs(void)
{
	if (rt_selected("docs/man")) {
		char *man = rt_read("man/fhirpath-ls.1", NULL);
		if (!man) {
			rt_result("docs/man", false, "man/fhirpath-ls.1 missing");
		} else {
			for (const cli_command *c = cli_commands; c->name; c++) {
				if (!c->summary)
					continue;
				char want[1024], name[128];
				snprintf(want, sizeof want, ".\\\" synopsis: %s %s\n", c->name, c->synopsis);
				snprintf(name, sizeof name, "docs/man synopsis of '%s' matches --help", c->name);
				char detail[1200];
				snprintf(detail, sizeof detail, "  man page lacks the line: %s", want);
				bool ok = strstr(man, want) != NULL;
				/* each option word in the synopsis is documented */
				const char *s = c->synopsis;
				while (ok && (s = strstr(s, "--")) != NULL) {
					const char *e = s + 2;
					while ((*e >= 'a' && *e <= 'z') || *e == '-')
						e++;
					char fl[96];
					snprintf(fl, sizeof fl, "Fl -%.*s", (int)(e - s - 2), s + 2);
					if (!strstr(man, fl)) {
						snprintf(detail, sizeof detail, "  man page lacks '%s'", fl);
						ok = false;
					}
					s = e;
				}
				rt_result(name, ok, detail);
			}
			fp_free(man);
		}
	}
	if (rt_selected("docs/codes")) {
		bool ok = true;
		char detail[256] = "";
		for (size_t i = 0; i < fp_diag_ncodes; i++) {
			const fp_diag_code *c = &fp_diag_codes[i];
			if (i > 0 && fp_diag_codes[i - 1].code >= c->code) {
				snprintf(detail, sizeof detail, "  FP%04d is out of order", c->code);
				ok = false;
			}
			if (!strstr(c->explain, "wrong:") || !strstr(c->explain, "right:")) {
				snprintf(detail, sizeof detail, "  FP%04d explain lacks wrong/right examples", c->code);
				ok = false;
			}
		}
		rt_result("docs/codes: table sorted, every code explained", ok, detail);
	}
}
