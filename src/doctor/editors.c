/*
 * doctor/editors.c - the editors section: for each editor, the exact
 * configuration that starts this binary (by its absolute path) as the
 * language server. Each check's detail is the file to put it in, then
 * the snippet on the lines after.
 */
#include "doctor/doctor.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "json/write.h"
#include "util/buf.h"

/* s as a string literal delimited by q ('\'' or '"'), with backslashes
 * and q escaped (Lua, TOML basic strings and Emacs Lisp all read that). */
static void quoted(fp_buf *b, const char *s, char q)
{
	fp_buf_addc(b, q);
	for (; *s; s++) {
		if (*s == '\\' || *s == q)
			fp_buf_addc(b, '\\');
		fp_buf_addc(b, *s);
	}
	fp_buf_addc(b, q);
}

static void neovim(fp_buf *b, const char *exe)
{
	fp_buf_adds(b, "~/.config/nvim/init.lua (Neovim 0.8 or later):\n"
		       "vim.filetype.add({ extension = { fhirpath = 'fhirpath' } })\n"
		       "vim.api.nvim_create_autocmd('FileType', {\n"
		       "  pattern = { 'fhirpath', 'json', 'xml' },\n"
		       "  callback = function(args)\n"
		       "    local marker = vim.fs.find({ '.fhirpath-ls.json', 'sushi-config.yaml', 'ig.ini', '.git' },\n"
		       "      { upward = true, path = vim.fs.dirname(vim.api.nvim_buf_get_name(args.buf)) })[1]\n"
		       "    vim.lsp.start({ name = 'fhirpath-ls', cmd = { ");
	quoted(b, exe, '\'');
	fp_buf_adds(b, ", 'serve' },\n"
		       "      root_dir = marker and vim.fs.dirname(marker) or nil })\n"
		       "  end,\n"
		       "})");
}

static void vscode(fp_buf *b, const char *exe)
{
	fp_buf_adds(b, "settings.json, with the extension Generic LSP Client (v2) (zsol.vscode-glspc):\n"
		       "{\n"
		       "  \"files.associations\": { \"*.fhirpath\": \"fhirpath\" },\n"
		       "  \"glspc.server.command\": ");
	fp_json_write_string(b, exe, strlen(exe));
	fp_buf_adds(b, ",\n"
		       "  \"glspc.server.commandArguments\": [\"serve\"],\n"
		       "  \"glspc.server.languageId\": [\"fhirpath\", \"json\", \"xml\"]\n"
		       "}");
}

static void emacs(fp_buf *b, const char *exe)
{
	fp_buf_adds(b, "~/.emacs.d/init.el (Emacs 29 or later, eglot):\n"
		       "(define-derived-mode fhirpath-mode prog-mode \"FHIRPath\"\n"
		       "  (setq-local comment-start \"// \"))\n"
		       "(add-to-list 'auto-mode-alist '(\"\\\\.fhirpath\\\\'\" . fhirpath-mode))\n"
		       "(with-eval-after-load 'eglot\n"
		       "  (add-to-list 'eglot-server-programs '(fhirpath-mode ");
	quoted(b, exe, '"');
	fp_buf_adds(b, " \"serve\")))\n"
		       "(add-hook 'fhirpath-mode-hook #'eglot-ensure)");
}

static void helix(fp_buf *b, const char *exe)
{
	fp_buf_adds(b, "~/.config/helix/languages.toml:\n"
		       "[language-server.fhirpath-ls]\n"
		       "command = ");
	quoted(b, exe, '"');
	fp_buf_adds(b, "\n"
		       "args = [\"serve\"]\n"
		       "\n"
		       "[[language]]\n"
		       "name = \"fhirpath\"\n"
		       "scope = \"source.fhirpath\"\n"
		       "file-types = [\"fhirpath\"]\n"
		       "roots = [\".fhirpath-ls.json\", \"sushi-config.yaml\", \"ig.ini\"]\n"
		       "comment-token = \"//\"\n"
		       "language-servers = [\"fhirpath-ls\"]");
}

static const struct {
	const char *name;
	void (*write)(fp_buf *b, const char *exe);
} editors[] = {
	{ "neovim", neovim },
	{ "vscode", vscode },
	{ "emacs", emacs },
	{ "helix", helix },
};

void fp_doctor_editors(fp_doctor *d)
{
	fp_doctor_section_begin(d, "editors");
	char exe[PATH_MAX];
	if (!realpath("/proc/self/exe", exe)) {
		fp_doctor_add(d, FP_DOCTOR_WARN, "binary", "use the absolute path of fhirpath-ls in the snippets",
			      "its path is unknown (no /proc): the snippets say 'fhirpath-ls'");
		strcpy(exe, "fhirpath-ls");
	}
	fp_buf b;
	fp_buf_init(&b);
	for (size_t i = 0; i < sizeof editors / sizeof *editors; i++) {
		fp_buf_reset(&b);
		editors[i].write(&b, exe);
		if (b.failed)
			d->failed = true;
		else
			fp_doctor_add(d, FP_DOCTOR_PASS, editors[i].name, NULL, "%s", b.data);
	}
	fp_buf_release(&b);
}
