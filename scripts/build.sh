#!/usr/bin/env bash
# Release build of the app and the embed into dist/ (tools installed by setup.sh).
#   dist/index.html …            the reader's single-page app (hashed file names)
#   dist/preview/index.html …    the designer preview, its own bundle (files beside the app's)
#   dist/embed.js, dist/alphanode-embed.js, dist/alphanode-embed_bg.wasm,
#   dist/alphanode.css           the embed, at stable unhashed paths
#   dist/integrity.json          SRI hashes (sha384) of those four files
#   dist/embed-demo.html …       host pages for the demo and the tests
#   target/npm/                  the npm package alphanode-widgets (same files, types)
# Options:
#   --public-url /sub/path/  build the app for hosting under a sub-path
#   --dist DIR               write to DIR instead of dist/
#   --app-only               skip the embed
#   --embed-only             skip the app (a quick size check of the embed)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
PUBLIC_URL=/
DIST=dist
APP_ONLY=0
EMBED_ONLY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --public-url) PUBLIC_URL="$2"; shift 2 ;;
    --dist) DIST="$2"; shift 2 ;;
    --app-only) APP_ONLY=1; shift ;;
    --embed-only) EMBED_ONLY=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

# What browsers download is built for size on the machine image's nightly when it has
# rust-src (scripts/setup.sh prepares it; figures in ../shared/TOOLCHAIN.md): std
# rebuilt for size, panics abort at once (a panic traps without a message, as under
# panic = "abort"). Without it, everything is built on stable (larger). Every other
# build and test is stable.
NIGHTLY=0
if rustup run nightly rustc --version >/dev/null 2>&1 \
   && [ -d "$(rustup run nightly rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  NIGHTLY=1
fi
SIZE_ENV=(RUSTUP_TOOLCHAIN=nightly
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  CARGO_UNSTABLE_PANIC_IMMEDIATE_ABORT=true CARGO_PROFILE_RELEASE_PANIC=immediate-abort)
# The app and the preview share their own target dir (the stable builds stay cached).
# No panic locations; unlike the embed, Debug formatting is kept (Leptos's router
# and the preview are not checked for output made with {:?}).
APP_ENV=()
if [ "$NIGHTLY" = 1 ]; then
  APP_ENV=("${SIZE_ENV[@]}" RUSTFLAGS="-Zlocation-detail=none" CARGO_TARGET_DIR=target/app-nightly)
else
  echo "[build] no nightly with rust-src: the wasm bundles are built on stable (larger)" >&2
fi

if [ "$EMBED_ONLY" = 0 ]; then
  echo "[build] app (public url $PUBLIC_URL) into $DIST"
  env "${APP_ENV[@]}" trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$DIST"
  # As the embed's (below): the names its wasm and glue link by, shortened in both.
  # (The page loads them without integrity hashes: index.html, data-integrity.)
  short_names() {
    local wasm
    for wasm in "$1"/"$2"-*_bg.wasm; do
      node scripts/short-names.mjs "$wasm" "${wasm%_bg.wasm}.js"
    done
  }
  short_names "$DIST" alphanode-app
  echo "[build] designer preview into $DIST/preview/"
  # Its own bundle (preview.html, feature `preview`), so the reader's app carries
  # none of it. Built for the app's public URL: its hashed files go beside the app's
  # (the stylesheets are the same files) and its page to preview/index.html, which
  # every static host serves at /preview/ (README, "Hosting").
  PREVIEW_DIST="target/preview-dist/$(basename "$DIST")"
  rm -rf "$PREVIEW_DIST"
  env "${APP_ENV[@]}" trunk build --release --offline --public-url "$PUBLIC_URL" --dist "$PREVIEW_DIST" preview.html
  short_names "$PREVIEW_DIST" alphanode-preview
  mkdir -p "$DIST/preview"
  mv "$PREVIEW_DIST/$(cd "$PREVIEW_DIST" && ls ./*.html | head -n 1)" "$DIST/preview/index.html"
  cp -r "$PREVIEW_DIST/." "$DIST/"
  # The site's header and a loading skeleton in both pages, shown before any wasm
  # runs; the app and the preview take their place (anp-render --loading-shell).
  cargo build --quiet --features ssr --bin anp-render
  for page in "$DIST/index.html" "$DIST/preview/index.html"; do
    "${CARGO_TARGET_DIR:-target}/debug/anp-render" --loading-shell "$page" --base "$PUBLIC_URL"
  done
fi
# The strings of every locale but English, which the embed, the app and the preview
# fetch for their readers (their wasm carries English's only: the embed's build and
# the `lazy-locales` feature), from locales/*.json as build.rs compiled them:
# DIST/locales/{tag}.json (the widget's) and DIST/locales/app/{tag}.json (the app's).
rm -rf "$DIST/locales"
cargo build --quiet --features ssr --bin anp-render
"${CARGO_TARGET_DIR:-target}/debug/anp-render" --locales "$DIST/locales"
if [ "$APP_ONLY" = 1 ]; then
  echo "[build] done: $(du -sh "$DIST" | cut -f1) in $DIST/"
  exit 0
fi

echo "[build] embed"
# The embed is built for size as the app is, with its own target dir, and more:
#   a 128 KiB stack instead of the linker's 1 MiB: wasm memory never shrinks, and the
#   stack is most of a page's wasm memory with one widget (1.31 MiB, now 0.31 MiB).
#   The deepest recursion is parsing a document nested 128 levels (the parser
#   refuses deeper ones): 61 KB of stack at most (lowest stack byte written, with such
#   documents of lists, groups and both rendered, expanded all the way and unmounted;
#   the reference post needs 6 KB). A stack overflow traps (the stack is placed
#   first), it never corrupts memory.
# Not --cfg erase_components: it saves ~8 KB brotli but wraps every element's
# children in a boxed list with a placeholder comment, so 100 widgets of one post
# took 17.9 MiB of wasm memory instead of 6.7 MiB and 44,000 more DOM nodes (JS heap
# 5.3 MiB instead of 3.6 MiB), scripts/bench.sh scenario d.
EMBED_ENV=(RUSTFLAGS="-C link-arg=-zstack-size=131072" CARGO_TARGET_DIR=target/embed-size)
if [ "$NIGHTLY" = 1 ]; then
  # No panic locations (a panic aborts without a message) and no Debug formatting
  # (the embed formats nothing with {:?}): TOOLCHAIN.md measured 0.8 KB brotli.
  EMBED_ENV=("${SIZE_ENV[@]}" CARGO_TARGET_DIR=target/embed-nightly
    RUSTFLAGS="-C link-arg=-zstack-size=131072 -Zlocation-detail=none -Zfmt-debug=none")
fi
# --minify: the stylesheet hosts download goes through lightningcss (a quarter smaller
# with brotli); the app's build is not minified, anp-render reads its index.html.
env "${EMBED_ENV[@]}" trunk build --release --offline --minify --filehash false --public-url ./ --dist target/embed-dist embed/index.html
# The names the wasm and its glue link by, shortened in both (4.6 KB brotli of hashes;
# scripts/short-names.mjs).
node scripts/short-names.mjs target/embed-dist/alphanode-embed_bg.wasm target/embed-dist/alphanode-embed.js
# The two JS files hosts download are minified (esbuild); the readable embed.js is
# in embed/. Nothing in them depends on function names.
for f in embed.js alphanode-embed.js; do
  esbuild "target/embed-dist/$f" --minify --format=esm --log-level=warning --outfile="$DIST/$f"
done
for f in alphanode-embed_bg.wasm alphanode.css; do
  cp "target/embed-dist/$f" "$DIST/$f"
done
cp embed/demo/* "$DIST/"
# The wasm's SRI hash into embed.js, DIST/integrity.json, and the npm package in
# target/npm/ (`npm pack target/npm` makes the tarball).
node scripts/package.mjs "$DIST"
echo "[build] done: $(du -sh "$DIST" | cut -f1) in $DIST/"
