/*
 * doctor/environment.c - the environment section: the system this
 * process runs on and the limits it runs under.
 */
#include "doctor/doctor.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "runtime/sandbox.h"
#include "util/str.h"

/* Below these the server or a large check may fail for want of them. */
#define MIN_OPEN_FILES 256
#define MIN_MEMORY_MIB 256

static void check_os(fp_doctor *d)
{
	struct utsname u;
	if (uname(&u) != 0) {
		fp_doctor_add(d, FP_DOCTOR_WARN, "os", "none needed unless other checks fail",
			      "unknown: uname failed: %s", strerror(errno));
		return;
	}
	bool is_linux = strcmp(u.sysname, "Linux") == 0;
	fp_doctor_add(d, is_linux ? FP_DOCTOR_PASS : FP_DOCTOR_WARN, "os",
		      "fhirpath-ls is built and tested on Linux; report what fails here",
		      "%s %s %s", u.sysname, u.release, u.machine);
}

/* "unlimited" or "N" (or "N MiB" when mib) into out. */
static void limit_text(rlim_t v, bool mib, char *out, size_t n)
{
	if (v == RLIM_INFINITY)
		snprintf(out, n, "unlimited");
	else if (mib)
		snprintf(out, n, "%llu MiB", (unsigned long long)(v >> 20));
	else
		snprintf(out, n, "%llu", (unsigned long long)v);
}

static void check_open_files(fp_doctor *d)
{
	struct rlimit r;
	if (getrlimit(RLIMIT_NOFILE, &r) != 0) {
		fp_doctor_add(d, FP_DOCTOR_WARN, "open files", "none needed unless other checks fail",
			      "unknown: %s", strerror(errno));
		return;
	}
	char soft[32], hard[32];
	limit_text(r.rlim_cur, false, soft, sizeof soft);
	limit_text(r.rlim_max, false, hard, sizeof hard);
	bool low = r.rlim_cur != RLIM_INFINITY && r.rlim_cur < MIN_OPEN_FILES;
	fp_doctor_add(d, low ? FP_DOCTOR_WARN : FP_DOCTOR_PASS, "open files",
		      "raise the limit before starting it: ulimit -n 1024",
		      "limit %s (hard %s)%s", soft, hard, low ? ", below 256" : "");
}

static void check_memory(fp_doctor *d)
{
	struct rlimit as, data;
	bool ok_as = getrlimit(RLIMIT_AS, &as) == 0, ok_data = getrlimit(RLIMIT_DATA, &data) == 0;
	long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
	char a[32] = "unknown", b[32] = "unknown";
	if (ok_as)
		limit_text(as.rlim_cur, true, a, sizeof a);
	if (ok_data)
		limit_text(data.rlim_cur, true, b, sizeof b);
	rlim_t least = RLIM_INFINITY;
	if (ok_as && as.rlim_cur < least)
		least = as.rlim_cur;
	if (ok_data && data.rlim_cur < least)
		least = data.rlim_cur;
	bool low = least != RLIM_INFINITY && (least >> 20) < MIN_MEMORY_MIB;
	double ram = pages > 0 && page > 0 ? (double)pages * (double)page / (1024.0 * 1024.0 * 1024.0) : 0;
	fp_doctor_add(d, low ? FP_DOCTOR_WARN : FP_DOCTOR_PASS, "memory",
		      "raise the limit to 256 MiB or more (ulimit -v), or give serve a --max-memory below it",
		      "address space %s, data %s, %.1f GiB of RAM", a, b, ram);
}

/* The locale the environment asks for: LC_ALL, else LC_CTYPE, else
 * LANG, as setlocale() reads them; "" when none is set. */
static const char *locale_name(const char **var)
{
	static const char *const vars[] = { "LC_ALL", "LC_CTYPE", "LANG" };
	for (size_t i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			*var = vars[i];
			return v;
		}
	}
	*var = NULL;
	return "";
}

static bool names_utf8(const char *loc)
{
	const char *dot = strchr(loc, '.');
	if (!dot)
		return false;
	const char *cs = dot + 1;
	size_t n = strcspn(cs, "@");
	return fp_caseless_eq(cs, n, "UTF-8", 5) || fp_caseless_eq(cs, n, "utf8", 4);
}

static void check_locale(fp_doctor *d)
{
	const char *var;
	const char *loc = locale_name(&var);
	static const char remedy[] = "export LANG=C.UTF-8 (fhirpath-ls reads and writes UTF-8 whatever "
				     "the locale; terminals and editors follow it)";
	if (!var)
		fp_doctor_add(d, FP_DOCTOR_WARN, "locale", remedy, "none set (LC_ALL, LC_CTYPE and LANG are empty)");
	else
		fp_doctor_add(d, names_utf8(loc) ? FP_DOCTOR_PASS : FP_DOCTOR_WARN, "locale", remedy,
			      "%s=%.60s%s", var, loc, names_utf8(loc) ? "" : ": not UTF-8");
}

static void check_landlock(fp_doctor *d)
{
	int why = 0;
	int abi = fp_rt_landlock_abi(&why);
	if (abi > 0)
		fp_doctor_add(d, FP_DOCTOR_PASS, "landlock", NULL, "available, ABI %d", abi);
	else
		fp_doctor_add(d, FP_DOCTOR_WARN, "landlock",
			      "the coming sandbox needs Linux 5.13 or later with Landlock enabled "
			      "(CONFIG_SECURITY_LANDLOCK, 'landlock' in lsm=), and a container profile that allows it",
			      "not available: %s", why == EOPNOTSUPP ? "built into the kernel but not enabled at boot"
			      : why == ENOSYS ? "the kernel (or a seccomp profile) does not offer it"
			      : strerror(why));
}

static void check_seccomp(fp_doctor *d)
{
	int why = 0;
	bool filtered = false;
	if (fp_rt_seccomp_available(&why, &filtered))
		fp_doctor_add(d, FP_DOCTOR_PASS, "seccomp", NULL, "filters available%s",
			      filtered ? " (this process already runs under one, such as a container's)" : "");
	else
		fp_doctor_add(d, FP_DOCTOR_WARN, "seccomp",
			      "the coming sandbox needs Linux 4.14 or later with CONFIG_SECCOMP_FILTER",
			      "not available: %s", strerror(why));
}

void fp_doctor_environment(fp_doctor *d)
{
	fp_doctor_section_begin(d, "environment");
	check_os(d);
	check_open_files(d);
	check_memory(d);
	check_locale(d);
	check_landlock(d);
	check_seccomp(d);
}
