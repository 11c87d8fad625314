#!/bin/sh
# Rebuild vendor/expat from the Debian source package "expat".
#
#   vendor/expat/refresh.sh [DEBIAN_VERSION]
#
# Downloads the source package with apt-get (adding a deb-src entry and
# installing dpkg-dev when missing, which needs root) and copies the
# library (expat/lib/*.c and *.h, Debian's patches applied) here
# unmodified, with upstream's COPYING as LICENSE; then rewrites VERSION.
# xmlwf, the tests, docs and build files are left out. The configuration
# is not generated here: vendor.mk passes it on the command line and
# vendor/expat_config/expat_config.h is the (empty) header expat includes.
# Running it twice with the same package version gives identical files.
set -eu

pkg=expat
here=$(cd "$(dirname "$0")" && pwd)
pin=${1:-}

die() { printf 'refresh: %s\n' "$*" >&2; exit 1; }

as_root() {
	[ "$(id -u)" -eq 0 ] || die "need root to $*"
}

# apt-get source needs a deb-src line. Add one mirroring the deb entries
# (deb822 file if the machine uses one, else the one-line format).
ensure_deb_src() {
	apt-cache showsrc "$pkg" >/dev/null 2>&1 && return 0
	as_root "add a deb-src entry"
	if [ -f /etc/apt/sources.list.d/debian.sources ]; then
		sed 's/^Types:.*/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
			>/etc/apt/sources.list.d/debian-src.sources
	elif [ -f /etc/apt/sources.list ]; then
		sed -n 's/^deb /deb-src /p' /etc/apt/sources.list \
			>/etc/apt/sources.list.d/debian-src.list
	else
		die "no apt sources found to derive a deb-src entry from"
	fi
	apt-get update -qq
	apt-cache showsrc "$pkg" >/dev/null 2>&1 || die "no source package '$pkg'"
}

ensure_tool() {
	command -v "$1" >/dev/null 2>&1 && return 0
	as_root "install $2"
	apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}

ensure_deb_src
ensure_tool dpkg-source dpkg-dev

tmp=$(mktemp -d "${TMPDIR:-/tmp}/refresh-$pkg.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$tmp"
# As root, apt's sandbox user cannot write to a private temp dir.
sandbox=
[ "$(id -u)" -eq 0 ] && sandbox='-o APT::Sandbox::User=root'
# shellcheck disable=SC2086
apt-get $sandbox -qq source --only-source "$pkg${pin:+=$pin}" >apt.log 2>&1 ||
	{ cat apt.log >&2; die "apt-get source $pkg failed"; }

src=
for d in "$tmp"/"$pkg"-*/; do
	[ -d "$d" ] && src=${d%/}
done
[ -n "$src" ] || die "source tree not found after apt-get source"
cd "$src"

debver=$(dpkg-parsechangelog -S Version)
dsc=$(ls "$tmp"/*.dsc)
# The library lives in expat/ inside the upstream tarball.
[ -f expat/lib/expat.h ] || die "expat/lib/expat.h not found"
upver=$(sed -n 's/^#define XML_\(MAJOR\|MINOR\|MICRO\)_VERSION *\([0-9]*\).*/\2/p' expat/lib/expat.h |
	paste -sd. -)
case $upver in
[0-9]*.[0-9]*.[0-9]*) ;;
*) die "cannot read the version from expat/lib/expat.h" ;;
esac

# Stage the new tree, then swap it in, so files upstream dropped go too.
stage=$tmp/stage
mkdir -p "$stage/lib"
find expat/lib -maxdepth 1 -type f \( -name '*.c' -o -name '*.h' \) \
	-exec install -m 644 {} "$stage/lib/" \;
install -m 644 expat/COPYING "$stage/LICENSE"

rm -rf "${here:?}/lib"
mv "$stage/lib" "$here/lib"
install -m 644 "$stage/LICENSE" "$here/LICENSE"

{
	printf 'expat %s (library: lib/*.c lib/*.h)\n' "$upver"
	printf 'debian-source: %s %s\n' "$pkg" "$debver"
	printf 'dsc-sha256: %s  %s\n' "$(sha256sum "$dsc" | cut -d' ' -f1)" "$(basename "$dsc")"
	printf 'license: MIT (LICENSE is upstream COPYING)\n'
	printf 'debian-patches touching expat/lib/:'
	n=0
	if [ -s debian/patches/series ]; then
		while read -r p _; do
			case $p in '' | '#'*) continue ;; esac
			if grep -q '^+++ [^/]*/expat/lib/' "debian/patches/$p"; then
				printf '\n  %s' "$p"
				n=$((n + 1))
			fi
		done <debian/patches/series
	fi
	[ "$n" -gt 0 ] && printf '\n' || printf ' none\n'
	printf 'omitted: everything outside expat/lib (xmlwf, tests, doc, examples, fuzz, build files), lib/*.def.cmake, lib/Makefile.am\n'
	printf 'built-with: vendor/vendor.mk (xmlparse.c xmlrole.c xmltok.c; -DXML_STATIC -DXML_NS -DXML_GE=0 -DXML_POOR_ENTROPY, no XML_DTD, no XML_CONTEXT_BYTES; empty vendor/expat_config/expat_config.h)\n'
	printf 'files: %s, sha256 of the sorted sha256sum list: %s\n' \
		"$(cd "$here" && find lib -type f | wc -l)" \
		"$(cd "$here" && find lib -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)"
} >"$here/VERSION.tmp"
mv "$here/VERSION.tmp" "$here/VERSION"

printf 'refresh: expat %s from %s %s\n' "$upver" "$pkg" "$debver"
