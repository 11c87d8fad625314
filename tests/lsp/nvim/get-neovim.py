#!/usr/bin/env python3
"""Put Neovim 0.10 from Debian 13 (trixie) into a folder, for the editor test.

usage: get-neovim.py DEST

Debian 12 ships Neovim 0.7; the test also runs a current one. This takes
trixie's neovim package and everything it depends on, down to its C
library, from Debian's archive, checks each file against the signed
release (gpgv with the machine's debian-archive-keyring: InRelease, then
the Packages index by its SHA256, then every .deb by its SHA256), unpacks
them under DEST/root with dpkg-deb -x (nothing is installed: the
machine's own packages are untouched) and writes DEST/nvim, which starts
that nvim through trixie's own dynamic loader and libraries. The
programs nvim starts (the language server, a shell) run with the
machine's libraries as usual.

Nothing is done when DEST/nvim already runs. Exit 1, saying why, when
anything cannot be fetched or verified.
"""
import hashlib, lzma, os, re, shutil, subprocess, sys, tempfile, urllib.request

MIRROR = "http://deb.debian.org/debian"
SUITE = "trixie"
ARCH = "amd64"
KEYRING = "/usr/share/keyrings/debian-archive-keyring.gpg"


def die(msg):
    sys.exit("get-neovim: " + msg)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=120) as r:
            return r.read()
    except OSError as e:
        die("cannot fetch %s: %s" % (url, e))


def verified_release(tmp):
    data = fetch("%s/dists/%s/InRelease" % (MIRROR, SUITE))
    path = os.path.join(tmp, "InRelease")
    with open(path, "wb") as f:
        f.write(data)
    p = subprocess.run(["gpgv", "--keyring", KEYRING, path], capture_output=True)
    if p.returncode != 0:
        die("InRelease of %s does not verify with %s: %s" % (SUITE, KEYRING, p.stderr.decode()[-300:]))
    return data.decode("utf-8", "replace")


def packages_index(release):
    name = "main/binary-%s/Packages.xz" % ARCH
    m = re.search(r"^ ([0-9a-f]{64})\s+\d+\s+%s$" % re.escape(name), release.split("SHA256:", 1)[1],
                  re.M)
    if not m:
        die("InRelease names no %s" % name)
    data = fetch("%s/dists/%s/%s" % (MIRROR, SUITE, name))
    if hashlib.sha256(data).hexdigest() != m.group(1):
        die("%s does not match its SHA256 in InRelease" % name)
    pkgs, cur = {}, {}
    for line in lzma.decompress(data).decode("utf-8", "replace").split("\n"):
        if not line:
            if "Package" in cur:
                pkgs[cur["Package"]] = cur
            cur = {}
        elif line[0] not in " \t":
            k, _, v = line.partition(": ")
            cur[k] = v
    return pkgs


def closure(pkgs, root):
    """root and what it depends on (first alternatives), providers for
    virtual names, in a stable order."""
    provided = {}
    for name, p in pkgs.items():
        for v in p.get("Provides", "").split(","):
            v = v.strip().split(" ")[0]
            if v:
                provided.setdefault(v, name)
    want, seen, order = [root], set(), []
    while want:
        n = want.pop(0)
        n = n if n in pkgs else provided.get(n, n)
        if n in seen:
            continue
        seen.add(n)
        if n not in pkgs:
            die("%s needs %s, which %s does not have" % (root, n, SUITE))
        order.append(n)
        for field in ("Pre-Depends", "Depends"):
            for alt in pkgs[n].get(field, "").split(","):
                first = alt.split("|")[0].strip().split(" ")[0].split(":")[0]
                if first:
                    want.append(first)
    return order


def works(nvim):
    try:
        p = subprocess.run([nvim, "--version"], capture_output=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return False
    return p.returncode == 0 and p.stdout.startswith(b"NVIM v0.1")


def main():
    if len(sys.argv) != 2:
        die("usage: get-neovim.py DEST")
    dest = os.path.abspath(sys.argv[1])
    nvim = os.path.join(dest, "nvim")
    if works(nvim):
        return
    with tempfile.TemporaryDirectory() as tmp:
        pkgs = packages_index(verified_release(tmp))
        names = closure(pkgs, "neovim")
        if "neovim-runtime" not in names:
            names.append("neovim-runtime")
        shutil.rmtree(dest, ignore_errors=True)
        root = os.path.join(dest, "root")
        os.makedirs(root)
        for n in names:
            p = pkgs[n]
            data = fetch("%s/%s" % (MIRROR, p["Filename"]))
            if hashlib.sha256(data).hexdigest() != p.get("SHA256"):
                die("%s does not match its SHA256 in the Packages index" % p["Filename"])
            deb = os.path.join(tmp, os.path.basename(p["Filename"]))
            with open(deb, "wb") as f:
                f.write(data)
            subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        lib = os.path.join(root, "usr/lib/x86_64-linux-gnu")
        with open(nvim, "w") as f:
            f.write("#!/bin/sh\n# Neovim %s from Debian %s, unpacked by %s\n"
                    "VIMRUNTIME='%s' exec '%s/ld-linux-x86-64.so.2' --library-path '%s' '%s' \"$@\"\n"
                    % (pkgs["neovim"]["Version"], SUITE, os.path.relpath(__file__),
                       os.path.join(root, "usr/share/nvim/runtime"), lib, lib,
                       os.path.join(root, "usr/bin/nvim")))
        os.chmod(nvim, 0o755)
    if not works(nvim):
        die("%s does not run" % nvim)
    print("get-neovim: %s (%s)" % (nvim, pkgs["neovim"]["Version"]))


if __name__ == "__main__":
    main()
