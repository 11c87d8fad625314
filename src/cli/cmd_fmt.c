/*
 * cli/cmd_fmt.c - `fhirpath-ls fmt`: canonical formatting of .fhirpath
 * files, and of the FHIRPath inside FHIR JSON and XML resources, in place
 * (fmt_resource.c). A file of another kind is refused, never parsed as
 * FHIRPath. A file with syntax errors is reported and left untouched.
 * Writes keep what a file is (util/replace.h): links, hard links, owner,
 * group and mode; FIFOs, devices and read-only files are refused. A
 * .fhirpath file written with CRLF line ends keeps them.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli.h"
#include "sources/files.h"
#include "project/fmtres.h"
#include "project/pipeline.h"
#include "util/alloc.h"
#include "util/diff.h"
#include "util/lines.h"
#include "util/replace.h"
#include "util/utf8.h"

typedef struct fmt_ctx {
	bool check, to_stdout, diff;
	unsigned walk_flags;
	size_t changed, failed, files, unreadable, refused;
} fmt_ctx;

/* Format text into out; false (with diagnostics printed) when the text has
 * syntax errors or is not UTF-8. */
/* Text that can be formatted: no NUL byte, valid UTF-8 (else said why). */
static bool formattable(const char *path, const char *text, size_t len)
{
	if (memchr(text, 0, len)) {
		fprintf(stderr, "%s: not formatted: file contains a NUL byte\n", path);
		return false;
	}
	size_t bad;
	if (!fp_utf8_valid(text, len, &bad)) {
		fprintf(stderr, "%s: not formatted: not valid UTF-8 (offset %zu)\n", path, bad);
		return false;
	}
	return true;
}

/* Does the text end its lines with CRLF (judged by its first line end)? */
static bool uses_crlf(const char *text, size_t len)
{
	const char *nl = memchr(text, '\n', len);
	return nl && nl > text && nl[-1] == '\r';
}

/* LF line ends of out from `from` on become CRLF (one already there is
 * kept). False when out of memory. */
static bool to_crlf(fp_buf *out, size_t from)
{
	fp_buf b;
	fp_buf_init(&b);
	const char *d = out->data;
	fp_buf_add(&b, d, from);
	for (size_t i = from; i < out->len; i++) {
		if (d[i] == '\n' && (i == from || d[i - 1] != '\r'))
			fp_buf_addc(&b, '\r');
		fp_buf_addc(&b, d[i]);
	}
	if (b.failed) {
		fp_buf_release(&b);
		return false;
	}
	fp_buf_release(out);
	*out = b;
	return true;
}

static bool format_text(const char *path, const char *text, size_t len, fp_buf *out)
{
	if (!formattable(path, text, len))
		return false;
	size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	text += bom;
	len -= bom;
	fp_arena arena;
	fp_arena_init(&arena);
	fp_diags errors;
	fp_diags_init(&errors, &arena);
	if (bom)
		fp_buf_add(out, "\xEF\xBB\xBF", 3);
	size_t from = out->len;
	bool ok = fp_format_fhirpath(text, len, &errors, out);
	if (ok && uses_crlf(text, len) && !to_crlf(out, from)) {
		ok = false;
		errors.len = 0;
	}
	if (!ok && errors.len == 0) {
		fprintf(stderr, "%s: not formatted: out of memory\n", path);
	} else if (!ok) {
		fp_lines lt;
		if (fp_lines_init(&lt, text, len)) {
			for (size_t i = 0; i < errors.len; i++) {
				const fp_diag *d = &errors.items[i];
				size_t l, c;
				fp_lines_pos(&lt, d->start, FP_COL_CHARS, &l, &c);
				char code[8];
				fp_diag_format_code(d->code, code);
				fprintf(stderr, "%s:%zu:%zu: error[%s]: %s\n", path, l + 1, c + 1, code, d->message);
			}
			fp_lines_release(&lt);
		}
		fprintf(stderr, "%s: not formatted: fix the syntax errors first\n", path);
	}
	fp_diags_release(&errors);
	fp_arena_release(&arena);
	return ok;
}

/* A FHIR resource: its FHIRPath formatted in place (fmt_resource.c). */
static bool format_resource(const char *path, const char *text, size_t len, bool xml, fp_buf *out)
{
	if (!formattable(path, text, len))
		return false;
	size_t bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
	if (bom)
		fp_buf_add(out, text, bom);
	fp_arena arena;
	fp_arena_init(&arena);
	fp_fmt_edits e;
	bool ok = fp_format_resource(text + bom, len - bom, xml, &arena, &e);
	if (!ok) {
		fprintf(stderr, "%s: not formatted: out of memory\n", path);
	} else if (e.bad) {
		fp_lines lt;
		size_t l = 0, c = 0;
		if (fp_lines_init(&lt, text + bom, len - bom)) {
			fp_lines_pos(&lt, e.bad_at, FP_COL_CHARS, &l, &c);
			fp_lines_release(&lt);
		}
		if (strncmp(e.why, "error[", 6) == 0) {
			fprintf(stderr, "%s:%zu:%zu: %s\n", path, l + 1, c + 1, e.why);
			fprintf(stderr, "%s: not formatted: fix the syntax errors first\n", path);
		} else {
			fprintf(stderr, "%s: not formatted: %s\n", path, e.why);
		}
		ok = false;
	} else {
		ok = fp_fmt_apply(text + bom, len - bom, &e, out);
	}
	fp_fmt_edits_release(&e);
	fp_arena_release(&arena);
	return ok;
}

/* What a folder walk formats: the inputs, FSH left out. */
static bool fmt_input(const char *name)
{
	return fp_is_input_file(name) && !fp_is_fsh_file(name);
}

static void visit(void *vctx, const fp_walk_entry *e)
{
	fmt_ctx *c = vctx;
	const char *path = e->path;
	if (e->code == FP_D_LINK_OUTSIDE_ROOT) {
		fprintf(stderr, "%s: warning: %s\n", path, e->message);
		return;         /* a link leaving the folder: not formatted */
	}
	if (e->code) {
		fprintf(stderr, "%s: cannot read: %s\n", path, e->message);
		c->unreadable++;
		return;
	}
	c->files++;
	char *data;
	size_t len;
	char err[256];
	bool is_stdin = strcmp(path, "-") == 0;
	bool in_place = !is_stdin && !c->check && !c->to_stdout && !c->diff;
	if (in_place && e->st && !S_ISREG(e->st->st_mode)) {
		/* a FIFO, a device, /dev/stdin: never read then replaced */
		fprintf(stderr, "%s: not formatted: not a regular file (use - for standard input)\n", path);
		c->refused++;
		return;
	}
	if (!fp_read_file(path, (size_t)256 << 20, e->named ? FP_READ_STREAM : 0, &data, &len, err,
			  sizeof err)) {
		fprintf(stderr, "%s: cannot read: %s\n", is_stdin ? "<stdin>" : path, err);
		c->unreadable++;
		return;
	}
	fp_buf out;
	fp_buf_init(&out);
	fp_text_kind kind = is_stdin ? FP_TEXT_FHIRPATH : fp_text_kind_of(path, NULL);
	bool formatted;
	if (kind == FP_TEXT_FSH) {
		/* FHIRPath inside FSH strings is checked, not laid out */
		fprintf(stderr, "%s: not formatted: FHIR Shorthand is not formatted by fhirpath-ls\n", path);
		c->refused++;
		fp_free(data);
		return;
	}
	if (!is_stdin && kind == FP_TEXT_FHIRPATH && !fp_is_fhirpath_file(path)) {
		/* never parse what is not FHIRPath as if it were */
		fprintf(stderr, "%s: not formatted: not a .fhirpath, FHIR JSON or FHIR XML file\n", path);
		c->refused++;
		fp_free(data);
		return;
	}
	if (kind == FP_TEXT_FHIRPATH)
		formatted = format_text(is_stdin ? "<stdin>" : path, data, len, &out);
	else
		formatted = format_resource(path, data, len, kind == FP_TEXT_XML, &out);
	if (!formatted) {
		c->failed++;
		if (is_stdin && !c->check && !c->diff)
			fwrite(data, 1, len, stdout);   /* never lose the input */
	} else {
		bool same = out.len == len && (len == 0 || memcmp(out.data, data, len) == 0);
		const char *name = is_stdin ? "<stdin>" : path;
		if (c->diff) {
			if (!same) {
				fp_buf d;
				fp_buf_init(&d);
				if (fp_diff_unified(data, len, out.data ? out.data : "", out.len, name,
						    name, 3, &d)) {
					fwrite(d.data, 1, d.len, stdout);
				} else {
					fprintf(stderr, "%s: cannot show the diff: out of memory\n", name);
					c->failed++;
				}
				fp_buf_release(&d);
				c->changed++;
			}
		} else if (c->check) {
			if (!same) {
				printf("%s\n", name);
				c->changed++;
			}
		} else if (is_stdin || c->to_stdout) {
			if (out.len)
				fwrite(out.data, 1, out.len, stdout);
		} else if (!same) {
			if (fp_replace_file(path, out.data ? out.data : "", out.len, err, sizeof err) !=
			    FP_REPLACE_OK) {
				fprintf(stderr, "%s: cannot write: %s\n", path, err);
				c->failed++;
			} else {
				c->changed++;
			}
		}
	}
	fp_buf_release(&out);
	fp_free(data);
}

int cmd_fmt(int argc, char **argv)
{
	const cli_command *self = cli_find_command("fmt");
	fmt_ctx c = { 0 };
	int npaths = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || strcmp(a, "-") == 0) {
			npaths++;
			continue;
		}
		const char *val;
		const cli_option *o = cli_match_option(self->options, a, &val);
		if (!o)
			return cli_unknown_option(self, a);
		if (strcmp(o->longname, "--help") == 0) {
			cli_print_command_help(stdout, self);
			return EXIT_CLEAN;
		}
		if (strcmp(o->longname, "--check") == 0)
			c.check = true;
		else if (strcmp(o->longname, "--stdout") == 0)
			c.to_stdout = true;
		else if (strcmp(o->longname, "--diff") == 0)
			c.diff = true;
		else if (strcmp(o->longname, "--no-ignore") == 0)
			c.walk_flags |= FP_WALK_NO_IGNORE;
	}
	if (npaths == 0) {
		fp_walk("-", fp_is_input_file, visit, &c);
	} else {
		for (int i = 1; i < argc; i++) {
			if (argv[i][0] != '-' || strcmp(argv[i], "-") == 0)
				fp_walk_flags(argv[i], fmt_input, c.walk_flags, visit, &c, NULL);
		}
	}
	if (c.unreadable || c.refused)
		return EXIT_USAGE;      /* input that could not be read, or not ours */
	if (c.failed)
		return EXIT_FINDINGS;   /* files with syntax errors */
	if ((c.check || c.diff) && c.changed)
		return EXIT_FINDINGS;
	return EXIT_CLEAN;
}
