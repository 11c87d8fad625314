/*
 * doctor/workspace.c - the workspace section: the folder, what its
 * folders say (through project/settings.h, exactly as check and serve
 * decide it), its project files and its inputs.
 */
#include "doctor/doctor.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "project/settings.h"
#include "sources/config.h"
#include "sources/files.h"
#include "util/alloc.h"
#include "util/clock.h"

/* A walk that counts stops after this long: doctor answers promptly on
 * a home folder too, and says it stopped. */
#define WALK_MS 3000

/* The folder at or above real (a real path) that holds .git, into out;
 * false when none does. */
static bool repository_root(const char *real, char *out, size_t n)
{
	snprintf(out, n, "%s", real);
	for (;;) {
		char git[PATH_MAX + 8];
		struct stat st;
		snprintf(git, sizeof git, "%s/.git", out);
		if (lstat(git, &st) == 0)
			return true;
		char *slash = strrchr(out, '/');
		if (!slash || strcmp(out, "/") == 0)
			return false;
		if (slash == out)
			slash[1] = 0;
		else
			*slash = 0;
	}
}

/* The root check; true (real filled) when the folder is there. */
static bool check_root(fp_doctor *d, const fp_doctor_workspace_opts *o, char *real, size_t n)
{
	struct stat st;
	if (!o->root) {
		fp_doctor_add(d, FP_DOCTOR_PASS, "root", NULL, "none (%s)", o->how ? o->how : "no folder");
		return false;
	}
	if (stat(o->root, &st) != 0) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "root", "give an existing folder: fhirpath-ls doctor DIR",
			      "'%s' (%s): %s", o->root, o->how, strerror(errno));
		return false;
	}
	if (!S_ISDIR(st.st_mode)) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "root",
			      "give the folder that holds the files: fhirpath-ls doctor DIR",
			      "'%s' (%s) is not a folder", o->root, o->how);
		return false;
	}
	char buf[PATH_MAX], repo[PATH_MAX];
	if (!realpath(o->root, buf) || strlen(buf) >= n) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "root", "give a shorter path to the folder",
			      "'%s' (%s): %s", o->root, o->how, strerror(errno));
		return false;
	}
	snprintf(real, n, "%s", buf);
	if (repository_root(real, repo, sizeof repo))
		fp_doctor_add(d, FP_DOCTOR_PASS, "root", NULL, "%s (%s), in the repository %s",
			      real, o->how, repo);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "root", NULL,
			      "%s (%s), in no repository (settings are looked for up to /)", real, o->how);
	return true;
}

static void check_version(fp_doctor *d, fp_settings *s, const char *real)
{
	fp_fhir_version v;
	const char *from;
	if (fp_settings_version(s, real, &v, &from))
		fp_doctor_add(d, FP_DOCTOR_PASS, "fhir version", NULL, "%s (from %s)",
			      fp_fhir_version_name(v), from);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "fhir version", NULL,
			      "R4 (the default: no folder around it names one)");
}

/* What a well-formed configuration sets, for the detail. */
static void describe(const fp_config *c, char *out, size_t n)
{
	size_t sev = 0, len = 0;
	for (size_t i = 0; i < sizeof c->severity; i++)
		sev += c->severity[i] != 0;
	out[0] = 0;
	if (c->has_version)
		len += (size_t)snprintf(out + len, n - len, "fhirVersion %s", fp_fhir_version_name(c->version));
	if (sev && len < n)
		len += (size_t)snprintf(out + len, n - len, "%s%zu severit%s", len ? ", " : "", sev,
					sev == 1 ? "y" : "ies");
	if (c->has_inlay_hints && len < n)
		len += (size_t)snprintf(out + len, n - len, "%sinlay hints %s", len ? ", " : "",
					c->inlay_hints ? "on" : "off");
	if (!len)
		snprintf(out, n, "sets nothing");
}

static void check_config(fp_doctor *d, fp_settings *s, const char *real)
{
	const char *dir, *err;
	const fp_config *cfg = fp_settings_config(s, real, &dir, &err);
	if (!dir) {
		fp_doctor_add(d, FP_DOCTOR_PASS, "config", NULL, "no %s (the defaults)", FP_CONFIG_FILE);
		return;
	}
	char path[PATH_MAX + 32];
	snprintf(path, sizeof path, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", FP_CONFIG_FILE);
	if (!cfg) {
		fp_doctor_add(d, FP_DOCTOR_FAIL, "config",
			      "fix the file: check stops with exit 2 and the editor ignores it while it is malformed",
			      "%s: %s", path, err ? err : "out of memory");
		return;
	}
	char *text = NULL, why[128], unknown[512], set[128];
	size_t len = 0, n = 0;
	if (fp_read_file(path, (size_t)1 << 20, 0, &text, &len, why, sizeof why))
		n = fp_config_unknown_keys(text, len, unknown, sizeof unknown);
	fp_free(text);
	describe(cfg, set, sizeof set);
	if (n) {
		char remedy[160];
		snprintf(remedy, sizeof remedy, "rename or remove %s; the known keys are %s",
			 n == 1 ? "it" : "them", fp_config_known_keys);
		fp_doctor_add(d, FP_DOCTOR_WARN, "config", remedy, "%s: %s; unknown key%s %s (ignored)",
			      path, set, n == 1 ? "" : "s", unknown);
	} else {
		fp_doctor_add(d, FP_DOCTOR_PASS, "config", NULL, "%s: %s", path, set);
	}
}

/* The project files of the root, and whether one names a version. */
static void check_layout(fp_doctor *d, const char *real)
{
	static const struct { const char *file, *what; } kinds[] = {
		{ "sushi-config.yaml", "a SUSHI project" },
		{ "ig.ini", "an IG Publisher guide" },
		{ "package.json", "a FHIR package" },
	};
	char found[256] = "";
	size_t len = 0, n = 0;
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++) {
		char p[PATH_MAX + 32];
		struct stat st;
		snprintf(p, sizeof p, "%s/%s", real, kinds[i].file);
		if (stat(p, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		len += (size_t)snprintf(found + len, sizeof found - len, "%s%s (%s)", n ? ", " : "",
					kinds[i].file, kinds[i].what);
		n++;
	}
	fp_fhir_version v;
	const char *from;
	if (!n)
		fp_doctor_add(d, FP_DOCTOR_PASS, "ig layout", NULL,
			      "none recognised (sushi-config.yaml, ig.ini, package.json): a plain folder");
	else if (!fp_detect_fhir_version(real, &v, &from))
		fp_doctor_add(d, FP_DOCTOR_WARN, "ig layout",
			      "name the version: fhirVersion in sushi-config.yaml, fhirVersions in package.json, "
			      "fhirVersion in .fhirpath-ls.json",
			      "%s; none names a FHIR version", found);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "ig layout", NULL, "%s", found);
}

typedef struct counts {
	size_t fhirpath, json, xml, skipped;
	uint64_t deadline;
	bool stopped;
} counts;

static void count(void *ctx, const fp_walk_entry *e)
{
	counts *c = ctx;
	const char *slash = strrchr(e->path, '/');
	const char *name = slash ? slash + 1 : e->path;
	if (e->code)
		c->skipped++;
	else if (strcmp(name, FP_CONFIG_FILE) == 0 || strcmp(name, "package.json") == 0)
		return;         /* project files, not inputs */
	else if (fp_is_fhirpath_file(e->path))
		c->fhirpath++;
	else if (fp_is_json_file(e->path))
		c->json++;
	else if (fp_is_xml_file(e->path))
		c->xml++;
}

static bool out_of_time(void *ctx)
{
	counts *c = ctx;
	if (fp_clock_ms() >= c->deadline)
		c->stopped = true;
	return c->stopped;
}

static void check_files(fp_doctor *d, const char *real)
{
	counts c = { 0, 0, 0, 0, fp_clock_ms() + WALK_MS, false };
	fp_walk_until(real, fp_is_input_file, count, &c, out_of_time);
	size_t all = c.fhirpath + c.json + c.xml;
	char what[160];
	snprintf(what, sizeof what, "%s%zu .fhirpath, %zu JSON, %zu XML file%s%s",
		 c.stopped ? "at least " : "", c.fhirpath, c.json, c.xml, all == 1 ? "" : "s",
		 c.stopped ? " (stopped counting after 3 s)" : "");
	if (c.skipped)
		fp_doctor_add(d, FP_DOCTOR_WARN, "files",
			      "run 'fhirpath-ls check' on the folder to see which and why (FP0035, FP9001)",
			      "%s; %zu not read (links leading out of the folder, unreadable files)",
			      what, c.skipped);
	else if (!all)
		fp_doctor_add(d, FP_DOCTOR_WARN, "files",
			      "run doctor on the folder that holds them: fhirpath-ls doctor DIR",
			      "no .fhirpath, JSON or XML files");
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "files", NULL, "%s", what);
}

bool fp_doctor_workspace(fp_doctor *d, const fp_doctor_workspace_opts *o, char *real,
			 size_t reallen)
{
	fp_doctor_section_begin(d, "workspace");
	if (reallen)
		real[0] = 0;
	if (!check_root(d, o, real, reallen))
		return false;
	fp_settings *s = fp_settings_new();
	if (!s) {
		d->failed = true;
		return true;
	}
	check_version(d, s, real);
	check_config(d, s, real);
	fp_settings_free(s);
	check_layout(d, real);
	if (o->walk)
		check_files(d, real);
	else if (o->files >= 0)
		fp_doctor_add(d, FP_DOCTOR_PASS, "files", NULL, "%ld input files found by the workspace scan",
			      o->files);
	return true;
}
