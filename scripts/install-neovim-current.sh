#!/usr/bin/env bash
# Installs a current Neovim for the Neovim client test (test/neovim.test.ts) beside the system's:
# Debian trixie's neovim (0.10), run on a Debian bookworm machine (glibc 2.36) without touching the
# system's apt configuration or installed packages, and without root.
#
# Usage: scripts/install-neovim-current.sh [DIR]   (default DIR: ${XDG_CACHE_HOME:-$HOME/.cache}/factcheck-neovim)
# The contract (as scripts/install-code-server.sh): the path of an executable `nvim` wrapper is the
# only thing written to stdout, and it is also written to $FACTCHECK_NVIM_CURRENT_PATH_FILE when
# that is set. Everything the tools say goes to stderr. Idempotent: a finished install is reused
# without reaching the network (FACTCHECK_NVIM_REFRESH=1 looks for a newer package again).
# FACTCHECK_NVIM_SUITE picks another Debian suite (default trixie); FACTCHECK_DEBIAN_MIRROR another
# mirror (default http://deb.debian.org/debian).
#
# How:
# - apt-get with a private sources list, package lists, cache and an empty dpkg status (all under
#   DIR/apt) fetches the suite's package lists, resolves neovim's dependency closure as if nothing
#   were installed (so the suite's own libc6 comes too) and downloads the .debs. The system's
#   sources, lists and dpkg database are neither read nor written.
# - dpkg-deb -x unpacks them into DIR/neovim-VERSION/root (nothing is configured or run).
# - The suite's nvim needs the suite's glibc, so it runs through the suite's dynamic loader with
#   --library-path (not LD_LIBRARY_PATH, which would leak into the language server and any other
#   child process, which must keep the system's libc). The loader is copied next to nvim
#   (root/usr/bin), because Neovim derives $VIM, $VIMRUNTIME and its library directory (the
#   bundled tree-sitter parsers in usr/lib/nvim) from its executable's path, which here is the
#   loader's.
# - DIR/neovim-VERSION/nvim is a wrapper script that does that; DIR/SUITE links to the newest one.
set -euo pipefail
SUITE="${FACTCHECK_NVIM_SUITE:-trixie}"
MIRROR="${FACTCHECK_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
DIR="${1:-${XDG_CACHE_HOME:-$HOME/.cache}/factcheck-neovim}"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

done_() {
  if [ -n "${FACTCHECK_NVIM_CURRENT_PATH_FILE:-}" ]; then printf '%s\n' "$1" > "$FACTCHECK_NVIM_CURRENT_PATH_FILE"; fi
  printf '%s\n' "$1" >&"${OUT:-1}"
  exit 0
}
works() { [ -x "$1" ] && "$1" --headless --version 2>/dev/null | grep -q '^NVIM v'; }

# A finished install: no network.
if [ -z "${FACTCHECK_NVIM_REFRESH:-}" ] && works "$DIR/$SUITE/nvim"; then
  done_ "$(readlink -f "$DIR/$SUITE")/nvim"
fi
# From here on every tool's output goes to stderr; stdout (fd 3) carries the path alone.
exec 3>&1 1>&2
OUT=3
log() { echo "install-neovim-current: $*" >&2; }
die() {
  log "$*"
  exit 1
}

[ "$(uname -m)" = x86_64 ] || die "only x86_64 is supported (the loader is ld-linux-x86-64.so.2); this is $(uname -m)"
for tool in apt-get apt-cache dpkg-deb; do command -v "$tool" >/dev/null || die "$tool is missing (Debian or Ubuntu needed)"; done
[ -r "$KEYRING" ] || die "$KEYRING is missing (apt-get install debian-archive-keyring)"

APT="$DIR/apt"
mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial"
printf 'deb [signed-by=%s] %s %s main\n' "$KEYRING" "$MIRROR" "$SUITE" > "$APT/sources.list"
: > "$APT/status"
OPTS=(
  -o "Dir::Etc::sourcelist=$APT/sources.list" -o Dir::Etc::sourceparts=/dev/null
  -o Dir::Etc::preferences=/dev/null -o Dir::Etc::preferencesparts=/dev/null
  -o "Dir::State::Lists=$APT/lists" -o "Dir::State::status=$APT/status"
  -o "Dir::Cache=$APT/cache" -o "Dir::Cache::archives=$APT/cache/archives"
  -o APT::Get::List-Cleanup=1 -o Acquire::Languages=none -o Acquire::http::Timeout=30
  -o Debug::NoLocking=1
)
# As root apt downloads as the _apt user, who cannot write into this private directory.
if [ "$(id -u)" -eq 0 ]; then OPTS+=(-o APT::Sandbox::User=root); fi

log "apt-get update ($SUITE main from $MIRROR, lists in $APT)"
apt-get "${OPTS[@]}" -q --error-on=any update || die "apt-get update failed for $SUITE (is $MIRROR reachable?)"
VERSION="$(apt-cache "${OPTS[@]}" show --no-all-versions neovim | sed -n 's/^Version: //p' | head -n 1 || true)"
[ -n "$VERSION" ] || die "$SUITE has no neovim package"
PREFIX="$DIR/neovim-${VERSION//:/_}"
if works "$PREFIX/nvim"; then
  ln -sfn "$(basename "$PREFIX")" "$DIR/$SUITE"
  rm -rf "$APT/lists" "$APT/cache"
  log "neovim $VERSION is already in $PREFIX"
  done_ "$PREFIX/nvim"
fi

# The dependency closure as apt would install it on an empty system (one of each alternative).
mapfile -t PKGS < <(apt-get "${OPTS[@]}" -s install --no-install-recommends neovim | sed -n 's/^Inst \([^ ]*\) .*/\1/p')
[ "${#PKGS[@]}" -gt 0 ] || die "could not resolve neovim's dependencies in $SUITE"
log "neovim $VERSION: downloading ${PKGS[*]}"
WORK="$PREFIX.partial"
rm -rf "$WORK"
mkdir -p "$WORK/debs" "$WORK/root"
(cd "$WORK/debs" && apt-get "${OPTS[@]}" -q download "${PKGS[@]}") || die "apt-get download failed"
for deb in "$WORK"/debs/*.deb; do dpkg-deb -x "$deb" "$WORK/root"; done
rm -rf "$WORK/debs"

ROOT="$WORK/root"
LIBS="usr/lib/x86_64-linux-gnu"
[ -x "$ROOT/usr/bin/nvim" ] || die "the neovim package has no usr/bin/nvim"
[ -f "$ROOT/$LIBS/ld-linux-x86-64.so.2" ] || die "$SUITE's libc6 has no $LIBS/ld-linux-x86-64.so.2"
cp "$ROOT/$LIBS/ld-linux-x86-64.so.2" "$ROOT/usr/bin/ld-linux-x86-64.so.2"
# Every library nvim needs must come from the suite, none from the system.
MISSING="$("$ROOT/usr/bin/ld-linux-x86-64.so.2" --library-path "$ROOT/$LIBS" --list "$ROOT/usr/bin/nvim" | grep -v -F -e "=> $ROOT/" -e linux-vdso || true)"
[ -z "$MISSING" ] || die "nvim needs libraries the downloaded packages do not provide:
$MISSING"

# The wrapper locates its own directory, so the prefix can be moved. It sets VIMRUNTIME and VIM
# explicitly, so that one inherited from another Neovim (say a :terminal in the system's 0.7) is
# not used.
cat > "$WORK/nvim" << 'EOF'
#!/bin/sh
# Debian's neovim from another suite, run with that suite's libraries through its own loader
# (written by scripts/install-neovim-current.sh).
here="$(cd "$(dirname "$0")" && pwd -P)"
root="$here/root"
VIM="$root/usr/share/nvim"
VIMRUNTIME="$root/usr/share/nvim/runtime"
export VIM VIMRUNTIME
exec "$root/usr/bin/ld-linux-x86-64.so.2" --library-path "$root/usr/lib/x86_64-linux-gnu" "$root/usr/bin/nvim" "$@"
EOF
chmod +x "$WORK/nvim"
works "$WORK/nvim" || die "the unpacked nvim does not run: $("$WORK/nvim" --headless --version 2>&1 | head -n 5)"

rm -rf "$PREFIX"
mv "$WORK" "$PREFIX"
ln -sfn "$(basename "$PREFIX")" "$DIR/$SUITE"
# The package lists (20 MB) are only needed again for FACTCHECK_NVIM_REFRESH.
rm -rf "$APT/lists" "$APT/cache"
log "$("$PREFIX/nvim" --headless --version | head -n 1) in $PREFIX"
done_ "$PREFIX/nvim"
