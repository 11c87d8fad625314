/*
 * store/location.c - the cache folder and a workspace's database name
 * (the rule is in location.h).
 */
#include "store/location.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ORDER ORIGIN */
static const char *const origin_names[] = {
	"--cache", "$FHIRPATH_LS_CACHE", "$XDG_CACHE_HOME", "$HOME", "nowhere",
};

#define NAME_MAX_BYTES 40

const char *fp_store_origin_name(fp_cache_origin o)
{
	return (unsigned)o <= FP_CACHE_NOWHERE ? origin_names[o] : "nowhere";
}

uint64_t fp_store_name_hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* base + suffix into out without a trailing '/' on base (but "/" stays);
 * false when it does not fit. */
static bool join(const char *base, const char *suffix, char *out, size_t outlen)
{
	size_t n = strlen(base);
	while (n > 1 && base[n - 1] == '/')
		n--;
	int w = snprintf(out, outlen, "%.*s%s", (int)n, base, suffix);
	return w >= 0 && (size_t)w < outlen;
}

static const char *env(const char *name)
{
	const char *v = getenv(name);
	return v && *v ? v : NULL;
}

fp_cache_origin fp_store_cache_dir(const char *option, char *out, size_t outlen)
{
	const char *v;
	fp_cache_origin o = FP_CACHE_NOWHERE;
	bool ok = false;
	if (option && *option) {
		o = FP_CACHE_FROM_OPTION;
		ok = join(option, "", out, outlen);
	} else if ((v = env("FHIRPATH_LS_CACHE")) != NULL) {
		o = FP_CACHE_FROM_ENV;
		ok = join(v, "", out, outlen);
	} else if ((v = env("XDG_CACHE_HOME")) != NULL && v[0] == '/') {
		o = FP_CACHE_FROM_XDG;
		ok = join(v, strcmp(v, "/") ? "/fhirpath-ls" : "fhirpath-ls", out, outlen);
	} else if ((v = env("HOME")) != NULL) {
		o = FP_CACHE_FROM_HOME;
		ok = join(v, strcmp(v, "/") ? "/.cache/fhirpath-ls" : ".cache/fhirpath-ls", out, outlen);
	}
	if (!ok) {
		if (outlen)
			out[0] = 0;
		return FP_CACHE_NOWHERE;
	}
	return o;
}

static bool name_byte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '.' || c == '_' || c == '-';
}

bool fp_store_db_name(const char *real_root, char *out, size_t outlen)
{
	size_t n = strlen(real_root);
	while (n > 1 && real_root[n - 1] == '/')
		n--;
	const char *base = real_root;
	for (size_t i = 0; i < n; i++) {
		if (real_root[i] == '/' && i + 1 < n)
			base = real_root + i + 1;
	}
	size_t bn = (size_t)(real_root + n - base);
	char name[NAME_MAX_BYTES + 1];
	size_t k = 0;
	if (bn == 0 || base[0] == '/') {        /* the root folder itself */
		memcpy(name, "root", 4);
		k = 4;
	}
	for (; k < bn && k < NAME_MAX_BYTES && base[0] != '/'; k++) {
		unsigned char c = (unsigned char)base[k];
		name[k] = name_byte(c) && !(k == 0 && c == '.') ? (char)c : '_';
	}
	name[k] = 0;
	int w = snprintf(out, outlen, "%s-%016llx.db", name,
			 (unsigned long long)fp_store_name_hash(real_root, n));
	return w >= 0 && (size_t)w < outlen;
}

bool fp_store_db_path(const char *option, const char *root, char *out, size_t outlen,
		      fp_cache_origin *origin)
{
	char real[PATH_MAX], dir[PATH_MAX], name[NAME_MAX_BYTES + 32];
	fp_cache_origin o = fp_store_cache_dir(option, dir, sizeof dir);
	if (origin)
		*origin = o;
	if (o == FP_CACHE_NOWHERE)
		return false;
	if (!realpath(root, real))
		return false;
	if (!fp_store_db_name(real, name, sizeof name))
		return false;
	int w = snprintf(out, outlen, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", name);
	if (w < 0 || (size_t)w >= outlen) {
		errno = ENAMETOOLONG;
		return false;
	}
	return true;
}
