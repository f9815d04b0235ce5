#!/usr/bin/env bash
# Builds the example Leptos app (examples/leptos-ssr/): the browser's `hydrate`
# library to wasm, bound with the wasm-bindgen CLI that setup.sh installs, and the
# `ssr` Axum server. These are cargo-leptos's steps (`cargo leptos build`), by hand:
# cargo-leptos itself could not be installed affordably here (see README, "Use from
# a Leptos app").
#   target/example/site/pkg/  anp_example.js, anp_example_bg.wasm, alphanode.css
#   target/debug/anp-example-server
# Debug builds on purpose: Leptos reports hydration mismatches (with the element
# they happened at) only with debug assertions, and the e2e test wants to see them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# The repository's target dir: the server shares the native Leptos build with the
# tests.
export CARGO_TARGET_DIR="$ROOT/target"
SITE="$ROOT/target/example/site"
cd examples/leptos-ssr
# The example's Cargo.lock started as a copy of the repository's, so wasm-bindgen is
# the version the installed CLI binds (setup.sh installs the one in ../../Cargo.lock).

echo "[example] hydrate library (wasm32)"
cargo build --quiet --lib --target wasm32-unknown-unknown --features hydrate
mkdir -p "$SITE/pkg"
wasm-bindgen --target web --no-typescript --out-dir "$SITE/pkg" --out-name anp_example \
  "$CARGO_TARGET_DIR/wasm32-unknown-unknown/debug/anp_leptos_ssr_example.wasm"
cp "$ROOT/style/alphanode.css" "$SITE/pkg/alphanode.css"

echo "[example] ssr server"
cargo build --quiet --bin anp-example-server --features ssr
echo "[example] done: $CARGO_TARGET_DIR/debug/anp-example-server --site $SITE --posts public/posts"
