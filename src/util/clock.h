/*
 * util/clock.h - a monotonic clock in milliseconds, and time budgets.
 */
#ifndef FP_UTIL_CLOCK_H
#define FP_UTIL_CLOCK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Milliseconds since an arbitrary fixed point; never goes backwards. */
static inline uint64_t fp_clock_ms(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (uint64_t)t.tv_sec * 1000 + (uint64_t)t.tv_nsec / 1000000;
}

/* A time budget (the language server's per-request budget for analysis):
 * work checks fp_budget_over() before each piece and counts what it left
 * out in `skipped`. */
typedef struct fp_budget {
	uint64_t deadline_ms;           /* fp_clock_ms() value; 0 = no budget */
	size_t skipped;
} fp_budget;

/* A budget of ms milliseconds from now (0: none). */
static inline fp_budget fp_budget_ms(uint64_t ms)
{
	fp_budget b = { ms ? fp_clock_ms() + ms : 0, 0 };
	return b;
}

/* True when b (may be NULL) is spent. */
static inline bool fp_budget_over(const fp_budget *b)
{
	return b && b->deadline_ms && fp_clock_ms() >= b->deadline_ms;
}

#endif
