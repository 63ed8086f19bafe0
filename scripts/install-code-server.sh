#!/usr/bin/env bash
# Installs a real VS Code for the end-to-end test: code-server 4.100.3 (VS Code 1.100.3, web
# build) and Debian's Chromium to drive it, without reaching GitHub.
#
# Usage: scripts/install-code-server.sh [DIR]   (default DIR: $HOME/.cache/code-server-4.100.3)
# The contract: the path of the code-server executable is the only thing written to stdout, and it
# is also written to $FACTCHECK_CODE_SERVER_PATH_FILE when that is set (callers read that file).
# Everything the tools say (npm's warnings on a cold install, apt, node-gyp) goes to stderr.
# Idempotent: a finished install is reused, so only the first run is slow (several minutes: native
# modules build from source).
#
# Why each step:
# - code-server's own postinstall fetches ripgrep and a git dependency from GitHub, which a
#   sandboxed network cannot reach; so install scripts are skipped (--ignore-scripts) ...
# - ... Debian's ripgrep is copied where VS Code looks for it (@vscode/ripgrep/bin/rg) ...
# - ... and the native modules (argon2, kerberos, @parcel/watcher, spdlog, deviceid,
#   native-watchdog, node-pty) are rebuilt from source against the local Node headers, which
#   needs the -dev packages below.
# - The symlinks are what the skipped postinstall would have made.
# - code-server 4.100.x is the newest line that runs on Node 20.
set -euo pipefail
VERSION=4.100.3
DIR="${1:-$HOME/.cache/code-server-$VERSION}"
BIN="$DIR/node_modules/.bin/code-server"
done_() {
  if [ -n "${FACTCHECK_CODE_SERVER_PATH_FILE:-}" ]; then printf '%s\n' "$BIN" > "$FACTCHECK_CODE_SERVER_PATH_FILE"; fi
  printf '%s\n' "$BIN"
  exit 0
}
if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1 && [ -x /usr/bin/chromium ]; then done_; fi
# From here on every tool's output goes to stderr; stdout carries the path alone (done_).
exec 3>&1 1>&2

log() { echo "install-code-server: $*" >&2; }

export DEBIAN_FRONTEND=noninteractive npm_config_yes=true npm_config_audit=false npm_config_fund=false
PKGS=(libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++ ripgrep chromium)
if ! dpkg -s "${PKGS[@]}" >/dev/null 2>&1; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  log "apt-get install ${PKGS[*]}"
  $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq "${PKGS[@]}" >/dev/null
fi

# node-gyp builds against the running Node's own headers (the install prefix's include/node, which
# Node's packages ship): without this it downloads them from the internet, which fails here, and
# only a warm ~/.cache/node-gyp hid that.
NODE_PREFIX="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
if [ -z "${npm_config_nodedir:-}" ] && [ -f "$NODE_PREFIX/include/node/node_version.h" ]; then
  export npm_config_nodedir="$NODE_PREFIX"
fi
log "building native modules against the headers in ${npm_config_nodedir:-the node-gyp cache}"

mkdir -p "$DIR"
cd "$DIR"
[ -f package.json ] || echo '{"name":"code-server-host","private":true}' > package.json
log "npm install code-server@$VERSION (scripts skipped) into $DIR"
npm install --ignore-scripts "code-server@$VERSION" >/dev/null
log "rebuilding argon2 from source"
npm_config_build_from_source=true npm rebuild argon2 >/dev/null

VS="$DIR/node_modules/code-server/lib/vscode"
cd "$VS"
log "installing VS Code's own dependencies"
npm install --omit=dev --ignore-scripts >/dev/null
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
log "rebuilding VS Code's native modules from source"
npm rebuild kerberos @parcel/watcher @vscode/spdlog @vscode/deviceid native-watchdog node-pty >/dev/null
ln -sfn node_modules node_modules.asar
(cd bin/remote-cli && ln -sfn code-linux.sh code-server)
(cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --ignore-scripts >/dev/null)

"$BIN" --version >/dev/null
exec 1>&3 3>&-
done_
