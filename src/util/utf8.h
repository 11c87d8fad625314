/*
 * util/utf8.h - UTF-8 decoding and validation (RFC 3629: no overlongs, no
 * surrogates, nothing above U+10FFFF).
 */
#ifndef FP_UTIL_UTF8_H
#define FP_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decode one code point from s[0..n). On success returns its length (1-4)
 * and sets *cp; on an invalid or truncated sequence returns 0. */
size_t fp_utf8_decode(const char *s, size_t n, uint32_t *cp);

/* Encode cp (<= 0x10FFFF, not a surrogate) into out; returns the length
 * (1-4), or 0 when cp cannot be encoded. */
size_t fp_utf8_encode(uint32_t cp, char out[4]);

/* True when s[0..n) is valid UTF-8. Otherwise false and *bad is the byte
 * offset of the first invalid sequence (when bad is not NULL). */
bool fp_utf8_valid(const char *s, size_t n, size_t *bad);

/* Number of UTF-16 code units for the code point starting with lead byte c
 * (1, or 2 for 4-byte sequences). */
static inline unsigned fp_utf16_units(unsigned char c)
{
	return c >= 0xF0 ? 2 : 1;
}

#endif
