#!/usr/bin/env bash
# Performance benchmark: the library's release build (dist/) against a hand-written
# plain-JavaScript renderer (bench/baseline/), in headless Chromium on loopback, plus
# native rendering (bench/ssr, the library's `ssr` feature) against the same baseline
# under Node. Prints a table and writes bench/results/latest.json. See bench/README.md.
#
#   scripts/bench.sh [--quick] [--only a,b,c,d,e,f,g] [--no-native] [--out FILE]
#
# It never builds dist/ (scripts/build.sh does) and never asserts a timing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

NATIVE=1
ARGS=()
for arg in "$@"; do
  case "$arg" in
    --no-native) NATIVE=0 ;;
    *) ARGS+=("$arg") ;;
  esac
done

if [ ! -d dist ] || { [ ! -e dist/index.html ] && [ ! -e dist/embed.js ]; }; then
  echo "bench: there is no release build in dist/: run scripts/build.sh first, then scripts/bench.sh again." >&2
  exit 1
fi
missing=()
for f in embed.js alphanode-embed.js alphanode-embed_bg.wasm alphanode.css index.html posts/index.json; do
  [ -e "dist/$f" ] || missing+=("dist/$f")
done
if [ ${#missing[@]} -gt 0 ]; then
  # A build writing dist/ right now: bench/run.mjs waits for it (two minutes at most).
  echo "bench: dist/ is incomplete (missing: ${missing[*]}); if scripts/build.sh is running the" >&2
  echo "bench: benchmark waits for it, otherwise run scripts/build.sh first." >&2
fi
command -v brotli >/dev/null || { echo "bench: brotli is not installed (apt-get install brotli)" >&2; exit 1; }
command -v node >/dev/null || { echo "bench: node is not installed" >&2; exit 1; }
[ -d node_modules/playwright-core ] || { echo "bench: playwright-core is missing: run npm ci (or scripts/setup.sh)" >&2; exit 1; }
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || { echo "bench: no Chromium at ${CHROMIUM_PATH:-/usr/bin/chromium} (scripts/setup.sh installs Debian's)" >&2; exit 1; }

SSR_BINS=(target/bench-ssr/release/ssr-bench target/bench-ssr/release/ssr-bench-mimalloc)
if [ "$NATIVE" = 1 ]; then
  echo "[bench] building bench/ssr natively (release; a few minutes the first time, seconds after)" >&2
  if ! cargo build --release --quiet --manifest-path bench/ssr/Cargo.toml --target-dir target/bench-ssr; then
    echo "[bench] bench/ssr did not build: scenario f will measure the baseline only" >&2
    rm -f "${SSR_BINS[@]}" # never time a stale build of the library
  fi
else
  rm -f "${SSR_BINS[@]}"
fi

exec node bench/run.mjs ${ARGS[@]+"${ARGS[@]}"}
