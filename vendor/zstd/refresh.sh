#!/bin/sh
# Rebuild vendor/zstd from the Debian source package "libzstd".
#
#   vendor/zstd/refresh.sh [DEBIAN_VERSION]
#
# Downloads the source package with apt-get (adding a deb-src entry and
# installing dpkg-dev when missing, which needs root) and copies the
# library subset we build (compress, decompress, dictionary builder and
# their public headers) here unmodified, with LICENSE; then rewrites
# VERSION. legacy/, deprecated/, dll/ and the x86-64 assembly are left
# out: vendor.mk builds with ZSTD_LEGACY_SUPPORT=0 and ZSTD_DISABLE_ASM.
# Running it twice with the same package version gives identical files.
set -eu

pkg=libzstd
here=$(cd "$(dirname "$0")" && pwd)
pin=${1:-}
dirs='common compress decompress dictBuilder'
headers='zstd.h zdict.h zstd_errors.h'

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
upver=$(sed -n 's/^#define ZSTD_VERSION_\(MAJOR\|MINOR\|RELEASE\) *\([0-9]*\).*/\2/p' lib/zstd.h |
	paste -sd. -)
case $upver in
[0-9]*.[0-9]*.[0-9]*) ;;
*) die "cannot read the version from lib/zstd.h" ;;
esac

# Stage the new tree, then swap it in, so files upstream dropped go too.
stage=$tmp/stage
mkdir -p "$stage/lib"
for d in $dirs; do
	mkdir "$stage/lib/$d"
	find "lib/$d" -maxdepth 1 -type f \( -name '*.c' -o -name '*.h' \) \
		-exec install -m 644 {} "$stage/lib/$d/" \;
done
for h in $headers; do
	install -m 644 "lib/$h" "$stage/lib/"
done
install -m 644 LICENSE "$stage/LICENSE"

rm -rf "${here:?}/lib"
mv "$stage/lib" "$here/lib"
install -m 644 "$stage/LICENSE" "$here/LICENSE"

{
	printf 'zstd %s (library subset: lib/{%s} and %s)\n' "$upver" \
		"$(echo "$dirs" | tr ' ' ,)" "$headers"
	printf 'debian-source: %s %s\n' "$pkg" "$debver"
	printf 'dsc-sha256: %s  %s\n' "$(sha256sum "$dsc" | cut -d' ' -f1)" "$(basename "$dsc")"
	printf 'license: BSD-3-Clause (LICENSE; upstream is dual BSD/GPL-2.0, we take BSD)\n'
	printf 'debian-patches touching lib/:'
	n=0
	if [ -s debian/patches/series ]; then
		while read -r p _; do
			case $p in '' | '#'*) continue ;; esac
			if grep -q '^+++ [^/]*/lib/' "debian/patches/$p"; then
				printf '\n  %s' "$p"
				n=$((n + 1))
			fi
		done <debian/patches/series
	fi
	[ "$n" -gt 0 ] && printf '\n' || printf ' none\n'
	printf 'omitted: lib/legacy lib/deprecated lib/dll lib/decompress/huf_decompress_amd64.S\n'
	printf 'built-with: vendor/vendor.mk (-DZSTD_DISABLE_ASM -DZSTD_LEGACY_SUPPORT=0, no ZSTD_MULTITHREAD)\n'
	printf 'files: %s, sha256 of the sorted sha256sum list: %s\n' \
		"$(cd "$here" && find lib -type f | wc -l)" \
		"$(cd "$here" && find lib -type f | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -d' ' -f1)"
} >"$here/VERSION.tmp"
mv "$here/VERSION.tmp" "$here/VERSION"

printf 'refresh: zstd %s from %s %s\n' "$upver" "$pkg" "$debver"
