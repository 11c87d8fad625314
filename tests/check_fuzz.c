/*
 * tests/check_fuzz.c - replays every file in fuzz/corpus/NAME/ through the
 * fuzz target fuzz_NAME_one, without libFuzzer. A crash, an ASan report or
 * an abort() in the harness fails the run; the harness returns 0 on
 * success.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "runner.h"
#include "util/alloc.h"

#define FUZZ_TARGET(name) int fuzz_##name##_one(const uint8_t *data, size_t size);
#include "fuzz_targets.def"
#undef FUZZ_TARGET

static void replay(const char *name, int (*fn)(const uint8_t *, size_t))
{
	char dir[256];
	snprintf(dir, sizeof dir, "fuzz/corpus/%s", name);
	char **files = rt_list(dir, "");
	size_t n = 0;
	for (size_t i = 0; files && files[i]; i++) {
		size_t len;
		char *data = rt_read(files[i], &len);
		if (!data)
			continue;
		fn((const uint8_t *)data, len);
		fp_free(data);
		n++;
	}
	rt_free_list(files);
	char label[300];
	snprintf(label, sizeof label, "fuzz-replay/%s (%zu inputs)", name, n);
	rt_result(label, n > 0, "no seeds found");
}

void run_fuzz_replay(void)
{
#define FUZZ_TARGET(name) if (rt_selected("fuzz-replay/" #name)) replay(#name, fuzz_##name##_one);
#include "fuzz_targets.def"
#undef FUZZ_TARGET
}
