/*
 * doctor/binary.c - the binary section: what this executable is.
 */
#include "doctor/doctor.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "model/model.h"
#include "store/version.h"

/* How the executable is linked, from its ELF program headers: a
 * PT_INTERP names the dynamic loader; static-pie binaries have a
 * PT_DYNAMIC but no loader. */
typedef struct linkage {
	bool read;              /* the headers could be read */
	bool interp;            /* has a loader: dynamically linked */
	bool dynamic;           /* has a dynamic section */
	char loader[128];
	off_t size;
	char error[128];
} linkage;

static bool read_at(int fd, void *p, size_t n, off_t off)
{
	return pread(fd, p, n, off) == (ssize_t)n;
}

static void read_phdrs(int fd, const Elf64_Ehdr *eh, linkage *l)
{
	for (unsigned i = 0; i < eh->e_phnum && i < 256; i++) {
		Elf64_Phdr ph;
		if (!read_at(fd, &ph, sizeof ph, (off_t)(eh->e_phoff + (uint64_t)i * eh->e_phentsize)))
			break;
		if (ph.p_type == PT_DYNAMIC)
			l->dynamic = true;
		if (ph.p_type == PT_INTERP) {
			l->interp = true;
			size_t n = ph.p_filesz < sizeof l->loader - 1 ? ph.p_filesz : sizeof l->loader - 1;
			if (!read_at(fd, l->loader, n, (off_t)ph.p_offset))
				n = 0;
			l->loader[n] = 0;
		}
	}
}

static linkage read_linkage(void)
{
	linkage l;
	memset(&l, 0, sizeof l);
	int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		snprintf(l.error, sizeof l.error, "cannot open /proc/self/exe: %s", strerror(errno));
		return l;
	}
	struct stat st;
	Elf64_Ehdr eh;
	if (fstat(fd, &st) == 0)
		l.size = st.st_size;
	if (!read_at(fd, &eh, sizeof eh, 0) || memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
	    eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_phentsize != sizeof(Elf64_Phdr)) {
		snprintf(l.error, sizeof l.error, "not a 64-bit ELF executable");
	} else {
		l.read = true;
		read_phdrs(fd, &eh, &l);
	}
	close(fd);
	return l;
}

static void check_linkage(fp_doctor *d)
{
	linkage l = read_linkage();
	double mib = (double)l.size / (1024.0 * 1024.0);
	if (!l.read)
		fp_doctor_add(d, FP_DOCTOR_WARN, "static", "run it from a file system that shows /proc",
			      "unknown: %s", l.error);
	else if (l.interp)
		fp_doctor_add(d, FP_DOCTOR_WARN, "static",
			      "build it with musl-gcc ('make'), so it runs on any Linux machine as it is",
			      "dynamically linked (loader %s), %.1f MiB", l.loader, mib);
	else
		fp_doctor_add(d, FP_DOCTOR_PASS, "static", NULL, "%s, %.1f MiB",
			      l.dynamic ? "static-pie" : "static", mib);
}

/* What does not change while the process runs, found out once
 * (fhirpath/health asks often): the model digests (a few hundred
 * microseconds each) and the libraries' self-test. */
static uint64_t digests[FP_FHIR_NVERSIONS];
static int selftest_rc;
static char selftest_err[256];
static pthread_once_t facts_once = PTHREAD_ONCE_INIT;

static void facts_init(void)
{
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++)
		digests[v] = fp_model_digest(fp_model_get((fp_fhir_version)v));
	selftest_rc = fp_store_selftest(selftest_err, sizeof selftest_err);
}

static void check_libraries(fp_doctor *d)
{
	const char *err = selftest_err;
	if (selftest_rc == 0)
		fp_doctor_add(d, FP_DOCTOR_PASS, "libraries", NULL,
			      "sqlite %s, zstd %s: a compressed blob round trip works",
			      fp_store_sqlite_version(), fp_store_zstd_version());
	else
		fp_doctor_add(d, FP_DOCTOR_FAIL, "libraries",
			      "the build is broken: rebuild from a clean tree ('make clean && make')",
			      "sqlite %s, zstd %s: %s", fp_store_sqlite_version(),
			      fp_store_zstd_version(), err);
}

static void check_models(fp_doctor *d)
{
	for (int v = 0; v < FP_FHIR_NVERSIONS; v++) {
		const fp_model *m = fp_model_get((fp_fhir_version)v);
		size_t types, elements, bytes;
		fp_model_stats(m, &types, &elements, &bytes);
		char name[16];
		snprintf(name, sizeof name, "model %s", fp_fhir_version_name((fp_fhir_version)v));
		fp_doctor_add(d, FP_DOCTOR_PASS, name, NULL,
			      "FHIR %s: %zu types, %zu elements, %.1f MiB, digest %016" PRIx64,
			      fp_fhir_version_number((fp_fhir_version)v), types, elements,
			      (double)bytes / (1024.0 * 1024.0), digests[v]);
	}
}

void fp_doctor_binary(fp_doctor *d)
{
	pthread_once(&facts_once, facts_init);
	fp_doctor_section_begin(d, "binary");
	fp_doctor_add(d, FP_DOCTOR_PASS, "version", NULL, "fhirpath-ls %s", FP_VERSION);
	check_linkage(d);
	check_libraries(d);
	check_models(d);
}
