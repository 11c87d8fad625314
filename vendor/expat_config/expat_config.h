/*
 * vendor/expat_config/expat_config.h - the configuration header expat's
 * sources include unconditionally (#include <expat_config.h>).
 *
 * Written by hand, not by upstream's configure, and kept outside
 * vendor/expat so that folder stays exactly what refresh.sh copies.
 * Every setting is a -D on the command line in vendor/vendor.mk
 * (EXPAT_CFLAGS), where the other vendored libraries keep theirs too;
 * this header only has to exist. Nothing host-specific is needed: expat
 * uses only the C library, BYTEORDER left undefined selects its portable
 * UTF-16 code, and no entropy source is compiled in (XML_POOR_ENTROPY;
 * src/sources/fhir_xml.c sets the hash salt itself).
 */
#ifndef FP_EXPAT_CONFIG_H
#define FP_EXPAT_CONFIG_H
#endif
