#!/usr/bin/env bash
# Installs whatever the build and the tests need, per ../shared/TOOLCHAIN.md.
# Idempotent: every step checks first and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wasm_bindgen_version() {
  if [ -f Cargo.lock ]; then
    awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock
  fi
}

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The embed, the app and the preview are built with the machine image's nightly, std
# rebuilt for size (see scripts/build.sh); everything else uses the stable toolchain.
# Skipped where there is no nightly: they are then built on stable.
if rustup run nightly rustc --version >/dev/null 2>&1; then
  if ! rustup component list --toolchain nightly --installed 2>/dev/null | grep -q '^rust-src'; then
    log "adding rust-src to the nightly toolchain (for the wasm bundles' size build)"
    rustup component add rust-src --toolchain nightly
  fi
  if ! rustup target list --toolchain nightly --installed | grep -qx wasm32-unknown-unknown; then
    log "adding wasm32-unknown-unknown to the nightly toolchain"
    rustup target add wasm32-unknown-unknown --toolchain nightly
  fi
  # std's own dependencies, so the offline build can rebuild std (quick when present).
  RUSTUP_TOOLCHAIN=nightly CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    cargo fetch --quiet --target wasm32-unknown-unknown
fi

need_apt=()
[ -x /usr/bin/chromium ] || need_apt+=(chromium)
[ -x /usr/bin/chromedriver ] || need_apt+=(chromium-driver)
command -v brotli >/dev/null 2>&1 || need_apt+=(brotli)
# Chinese, Japanese and Korean glyphs: without them the ja/zh/ko widget words show as
# empty boxes in Chromium (the screenshots and anyone checking those locales by eye).
[ -f /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc ] || need_apt+=(fonts-wqy-zenhei)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_apt[@]}"
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "cargo install trunk $TRUNK_VERSION (takes several minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

WB=$(wasm_bindgen_version)
WB=${WB:-0.2.130}
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WB\$" \
   || ! command -v wasm-bindgen-test-runner >/dev/null 2>&1; then
  log "cargo install wasm-bindgen-cli $WB (takes several minutes)"
  cargo install wasm-bindgen-cli --version "=$WB" --force
fi

# Every devDependency in package.json (tools, test drivers, the CSS frameworks the
# host-CSS tests load, typescript/react/react-dom/@types/react/vue for the npm
# package's host tests) must be in node_modules; one missing means `npm install`.
missing_npm=$(node -e '
  const fs = require("fs");
  const deps = Object.keys(require("./package.json").devDependencies || {});
  console.log(deps.filter((d) => !fs.existsSync(`node_modules/${d}/package.json`)).join(" "));
')
if [ -n "$missing_npm" ] || [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -x node_modules/.bin/tsc ]; then
  log "npm install (missing: ${missing_npm:-binaries}; binaryen $BINARYEN_VERSION, esbuild, playwright-core, axe-core, CSS frameworks, typescript, react, vue)"
  npm install --no-audit --no-fund --loglevel=error
fi

log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(node_modules/.bin/wasm-opt --version | head -1)"
