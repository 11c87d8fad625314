/*
 * runtime/sandbox.c - Landlock and seccomp probes (sandbox.h).
 *
 * The constants are the kernel's ABI, written here because musl's
 * headers do not carry <linux/landlock.h> or <linux/seccomp.h>.
 */
#include "runtime/sandbox.h"

#include <errno.h>
#include <stdint.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#ifndef SYS_landlock_create_ruleset
#define SYS_landlock_create_ruleset 444         /* the same on every architecture */
#endif
#define LANDLOCK_CREATE_RULESET_VERSION (1U << 0)

#define SECCOMP_GET_ACTION_AVAIL_OP 2U
#define SECCOMP_RET_KILL_PROCESS_ACTION 0x80000000U
#ifndef PR_GET_SECCOMP
#define PR_GET_SECCOMP 21
#endif
#define SECCOMP_MODE_FILTER_VALUE 2

int fp_rt_landlock_abi(int *why)
{
	long abi = syscall(SYS_landlock_create_ruleset, NULL, 0, LANDLOCK_CREATE_RULESET_VERSION);
	if (abi > 0)
		return (int)abi;
	if (why)
		*why = abi < 0 ? errno : ENOSYS;
	return 0;
}

bool fp_rt_seccomp_available(int *why, bool *filtered)
{
	int mode = prctl(PR_GET_SECCOMP, 0, 0, 0, 0);
	if (filtered)
		*filtered = mode == SECCOMP_MODE_FILTER_VALUE;
#ifdef SYS_seccomp
	uint32_t action = SECCOMP_RET_KILL_PROCESS_ACTION;
	if (syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL_OP, 0, &action) == 0)
		return true;
	if (why)
		*why = errno;
#else
	if (why)
		*why = ENOSYS;
#endif
	return false;
}
