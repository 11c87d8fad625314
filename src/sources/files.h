/*
 * sources/files.h - reading inputs and walking folders, shared by `check`,
 * `fmt` and the language server's workspace scan.
 *
 * Every file fhirpath-ls reads from disk (inputs, .fhirpath-ls.json,
 * package.json, sushi-config.yaml, ig.ini) goes through fp_read_file, so
 * the rules live here once:
 *   - files are opened with O_NONBLOCK and checked with fstat before any
 *     read: a FIFO, socket or device found in a folder, in a project file
 *     or named by the editor is refused ("not a regular file"), never
 *     waited on;
 *   - a file over the size limit is refused by its fstat size, before a
 *     byte is read;
 *   - only stdin ("-") and paths the user named on the command line
 *     (FP_READ_STREAM) are read as streams, the way `cat` would.
 * A walk never reads through a symbolic link that leaves the folder it
 * walks, and walks each directory once however many links lead to it.
 */
#ifndef FP_SOURCES_FILES_H
#define FP_SOURCES_FILES_H

#include <stdbool.h>
#include <sys/stat.h>
#include <stddef.h>

#include "model/model.h"

/* fp_read_file flags. */
enum {
	/* The path was named by the user (a command-line argument): a FIFO
	 * or a character device is read as a stream, blocking, as stdin is.
	 * Without it only regular files are read. */
	FP_READ_STREAM = 1,
};

/* A whole file in memory (or stdin when path is "-"). On failure returns
 * false and writes the reason to err ("No such file or directory", "not
 * a regular file (a FIFO)", "is a directory"). Files over max bytes are
 * refused with err "larger than the N MiB limit" (by their size, unread,
 * when they are regular files). errno says why it failed: EFBIG for a
 * file over max, EINVAL for one that is not a regular file (refused
 * without FP_READ_STREAM), EISDIR, ENOMEM, or the system's own reason. *data is fp_malloc'd and has one spare
 * byte after *len (callers may NUL-terminate it). */
bool fp_read_file(const char *path, size_t max, unsigned flags, char **data, size_t *len,
		  char *err, size_t errlen);

/* What a walk found: a file to read (code 0), or a finding about a path
 * it did not read: code 9001 (cannot be read: permission, symbolic link
 * loop, path longer than PATH_MAX) or 35 (a symbolic link leaving the
 * walked folder, not followed), with message saying why. */
typedef struct fp_walk_entry {
	const char *path;
	int code;
	const char *message;    /* NULL when code is 0 */
	bool named;             /* the walked path itself, not found in a folder */
	/* what stat() said of it as it was found (links followed), or NULL;
	 * taken before it is read, so a cache may key on it */
	const struct stat *st;
} fp_walk_entry;

/* Walk a path: a file as given (followed when it is a link: naming it is
 * the user's choice), a directory recursively in sorted order, skipping
 * .git, node_modules and the cache dir; `want` picks files by name.
 * Inside a directory, symbolic links are followed only when their target
 * is inside the walked directory; each one that is not is reported once
 * (code 35) when it points at a folder or at a file `want` picks. Each
 * directory is walked once (by its device and inode): links to folders
 * already walked are skipped, links to folders not yet seen are walked
 * after the real folders, so files keep their real paths. */
typedef void (*fp_visit_fn)(void *ctx, const fp_walk_entry *e);
void fp_walk(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx);
/* The same, stopping as soon as stop(ctx) is true (checked before each
 * directory entry): a background walk can be cancelled. */
void fp_walk_until(const char *path, bool (*want)(const char *name), fp_visit_fn visit, void *ctx,
		   bool (*stop)(void *ctx));
/* What a walk leaves out, unless told otherwise: what .gitignore files
 * exclude (those of the folders walked, and of the folders above the
 * root up to the top of its git repository; sources/gitignore.h), and
 * what an IG build generates beside ig.ini or sushi-config.yaml
 * (output/, temp/, template/, input-cache/; fsh-generated/ beside
 * sushi-config.yaml). A path named to the walk is walked even when
 * ignored. Links to folders walked after the real ones see only the
 * rules of the folders above the root and of their own. */
enum { FP_WALK_NO_IGNORE = 1 };          /* walk all of it (--no-ignore) */
void fp_walk_flags(const char *path, bool (*want)(const char *name), unsigned flags,
		   fp_visit_fn visit, void *ctx, bool (*stop)(void *ctx));

/* Whether path, once its '.' and '..' are resolved (lexically, then by
 * the file system, links included), is inside the folder root (which is
 * a real path, as realpath() gives). When it is, the lexically normal
 * form of path is written to out (outlen bytes) and true returned. A
 * path whose file does not exist (a deletion) is judged by its folder. */
bool fp_path_within(const char *root, const char *path, char *out, size_t outlen);

/* By name: .fhirpath files, FHIR JSON and XML candidates, FHIR Shorthand
 * (.fsh), any of them. */
bool fp_is_fhirpath_file(const char *name);
bool fp_is_json_file(const char *name);
bool fp_is_xml_file(const char *name);
bool fp_is_fsh_file(const char *name);
bool fp_is_input_file(const char *name);

/* The FHIR version a project folder declares: sushi-config.yaml
 * (fhirVersion), package.json (fhirVersions or a core package
 * dependency) or ig.ini; false when path is no folder or says nothing.
 * *from names the file that said it. Project files that are not regular
 * files are ignored. */
bool fp_detect_fhir_version(const char *path, fp_fhir_version *v, const char **from);

#endif
