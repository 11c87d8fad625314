/*
 * util/clock.h - a monotonic clock in milliseconds, for time budgets.
 */
#ifndef FP_UTIL_CLOCK_H
#define FP_UTIL_CLOCK_H

#include <stdint.h>
#include <time.h>

/* Milliseconds since an arbitrary fixed point; never goes backwards. */
static inline uint64_t fp_clock_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000 + (uint64_t)t.tv_nsec / 1000000;
}

#endif
