#!/bin/sh
# Rebuild vendor/sqlite3 from the Debian source package "sqlite3".
#
#   vendor/sqlite3/refresh.sh [DEBIAN_VERSION]
#
# Downloads the source package with apt-get (adding a deb-src entry and
# installing tcl/dpkg-dev when missing, which needs root), builds the
# amalgamation with upstream's own "./configure && make sqlite3.c", and
# copies sqlite3.c and sqlite3.h here unmodified, then rewrites VERSION.
# Running it twice with the same package version gives identical files.
set -eu

pkg=sqlite3
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
ensure_tool tclsh tcl
ensure_tool make make
ensure_tool cc gcc

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
upver=$(cat VERSION)
dsc=$(ls "$tmp"/*.dsc)

# Out-of-tree build directory keeps the unpacked source pristine.
mkdir "$tmp/bld"
cd "$tmp/bld"
{ "$src/configure" && make sqlite3.c; } >build.log 2>&1 ||
	{ tail -n 40 build.log >&2; die "amalgamation build failed"; }

grep -q "#define SQLITE_VERSION *\"$upver\"" sqlite3.h ||
	die "sqlite3.h does not say version $upver"

install -m 644 sqlite3.c sqlite3.h "$here/"

{
	printf 'sqlite %s (amalgamation)\n' "$upver"
	printf 'source-id: %s\n' "$(sed -n 's/^#define SQLITE_SOURCE_ID *"\(.*\)"/\1/p' sqlite3.h)"
	printf 'debian-source: %s %s\n' "$pkg" "$debver"
	printf 'dsc-sha256: %s  %s\n' "$(sha256sum "$dsc" | cut -d' ' -f1)" "$(basename "$dsc")"
	printf 'debian-patches:'
	if [ -s "$src/debian/patches/series" ]; then
		printf '\n'
		grep -v '^[[:space:]]*\(#\|$\)' "$src/debian/patches/series" | sed 's/^/  /'
	else
		printf ' none\n'
	fi
	printf 'built-with: ./configure && make sqlite3.c (vendor/sqlite3/refresh.sh)\n'
	printf 'files:\n'
	cd "$here"
	sha256sum sqlite3.c sqlite3.h | sed 's/^/  /'
} >"$here/VERSION.tmp"
mv "$here/VERSION.tmp" "$here/VERSION"

printf 'refresh: sqlite %s from %s %s\n' "$upver" "$pkg" "$debver"
