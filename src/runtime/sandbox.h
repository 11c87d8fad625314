/*
 * runtime/sandbox.h - what the kernel offers for confining a process:
 * Landlock (file-system rules) and seccomp (system-call filters).
 *
 * Today only probes, for `doctor` and fhirpath/health: the sandbox that
 * will confine the analysis worker (DESIGN.md, "Server runtime") needs
 * both, and will install its rules through this module. A probe changes
 * nothing about the calling process.
 */
#ifndef FP_RUNTIME_SANDBOX_H
#define FP_RUNTIME_SANDBOX_H

#include <stdbool.h>

/* The Landlock ABI version the kernel offers (1 for Linux 5.13, higher
 * for later kernels), or 0 when it offers none; then *why (may be NULL)
 * gets the errno: ENOSYS (the kernel or a container's seccomp profile
 * does not know the call), EOPNOTSUPP (built in but not enabled at boot:
 * lsm= lacks landlock). */
int fp_rt_landlock_abi(int *why);

/* Whether seccomp filters can be installed (SECCOMP_GET_ACTION_AVAIL for
 * SECCOMP_RET_KILL_PROCESS, Linux 4.14). False with *why (may be NULL)
 * the errno otherwise. *filtered (may be NULL) says whether this process
 * already runs under a filter (a container's profile): new filters then
 * stack on it. */
bool fp_rt_seccomp_available(int *why, bool *filtered);

#endif
