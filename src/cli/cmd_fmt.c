/*
 * cli/cmd_fmt.c - `fhirpath-ls fmt`: canonical formatting of .fhirpath
 * files, and of the FHIRPath inside FHIR JSON and XML resources, in place
 * (fmt_resource.c). A file of another kind is refused, never parsed as
 * FHIRPath. A file with syntax errors is reported and left untouched;
 * files are replaced atomically (write a temporary file, then rename).
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
#include "util/lines.h"
#include "util/utf8.h"

typedef struct fmt_ctx {
	bool check, to_stdout;
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
	bool ok = fp_format_fhirpath(text, len, &errors, out);
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

static bool write_atomic(const char *path, const char *data, size_t len, char *err, size_t errlen)
{
	size_t n = strlen(path);
	char *tmp = fp_malloc(n + 16);
	if (!tmp) {
		snprintf(err, errlen, "out of memory");
		return false;
	}
	snprintf(tmp, n + 16, "%s.fmt-XXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0) {
		snprintf(err, errlen, "%s", strerror(errno));
		fp_free(tmp);
		return false;
	}
	struct stat st;
	if (stat(path, &st) == 0)
		fchmod(fd, st.st_mode & 07777);
	size_t off = 0;
	bool ok = true;
	while (off < len) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			ok = false;
			break;
		}
		off += (size_t)w;
	}
	if (ok && fsync(fd) != 0)
		ok = false;
	if (close(fd) != 0)
		ok = false;
	if (ok && rename(tmp, path) != 0)
		ok = false;
	if (!ok) {
		snprintf(err, errlen, "%s", strerror(errno));
		unlink(tmp);
	}
	fp_free(tmp);
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
		if (is_stdin && !c->check)
			fwrite(data, 1, len, stdout);   /* never lose the input */
	} else {
		bool same = out.len == len && (len == 0 || memcmp(out.data, data, len) == 0);
		if (c->check) {
			if (!same) {
				printf("%s\n", is_stdin ? "<stdin>" : path);
				c->changed++;
			}
		} else if (is_stdin || c->to_stdout) {
			if (out.len)
				fwrite(out.data, 1, out.len, stdout);
		} else if (!same) {
			if (!write_atomic(path, out.data ? out.data : "", out.len, err, sizeof err)) {
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
	}
	if (npaths == 0) {
		fp_walk("-", fp_is_input_file, visit, &c);
	} else {
		for (int i = 1; i < argc; i++) {
			if (argv[i][0] != '-' || strcmp(argv[i], "-") == 0)
				fp_walk(argv[i], fmt_input, visit, &c);
		}
	}
	if (c.unreadable || c.refused)
		return EXIT_USAGE;      /* input that could not be read, or not ours */
	if (c.failed)
		return EXIT_FINDINGS;   /* files with syntax errors */
	if (c.check && c.changed)
		return EXIT_FINDINGS;
	return EXIT_CLEAN;
}
