#!/usr/bin/env bash
# Installs whatever is missing, then builds and runs every test:
#   1. formatting and clippy
#   2. native tests: model, components rendered to HTML (ssr), doc tests
#   3. browser unit tests (wasm-bindgen-test in headless Chromium)
#   4. release build of the app and the embed into dist/
#   5. the example Leptos app (examples/leptos-ssr: Axum server + hydration)
#   6. end-to-end tests (playwright-core driving /usr/bin/chromium against dist/), and
#      the npm package built into host projects by each common bundler
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

./scripts/setup.sh

step() { printf '\n\033[1;34m== %s\033[0m\n' "$*"; }

step "cargo fmt --check"
cargo fmt --all -- --check
cargo fmt --all --manifest-path examples/leptos-ssr/Cargo.toml -- --check

step "cargo clippy (library, wasm and native)"
cargo clippy --features ssr,app --all-targets -- -D warnings
cargo clippy --features ssr,app,preview --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --features csr,app,embed --lib --bins -- -D warnings
# The designer preview's own bundle (feature `preview`, which the reader's app is built without).
cargo clippy --target wasm32-unknown-unknown --features csr,preview --lib --bins -- -D warnings
# The browser half of server rendering, and the example app that uses it (both halves).
cargo clippy --target wasm32-unknown-unknown --features hydrate,app --lib -- -D warnings
(cd examples/leptos-ssr && export CARGO_TARGET_DIR="$PWD/../../target" \
  && cargo clippy --features ssr --all-targets -- -D warnings \
  && cargo clippy --target wasm32-unknown-unknown --features hydrate --lib -- -D warnings)

step "every feature at once, natively (as docs.rs and downstream apps build), and the docs"
cargo check --all-features
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --all-features

step "native tests (model, ssr rendering, the preview, doc tests)"
cargo test --features ssr,app,preview

step "browser unit tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_USE_BROWSER=1 \
  cargo test --target wasm32-unknown-unknown --features csr --test browser

step "release build"
./scripts/build.sh
# The same app built for a sub-path, and a 10,000-post corpus, for the e2e tests.
./scripts/build.sh --app-only --public-url /docs/posts/ --dist target/dist-subpath
# Pre-rendered pages: a static export of the sample corpus (anp-render --index).
cargo build --quiet --features ssr --bin anp-render
rm -rf target/static && cp -r dist target/static
# --site-url: absolute canonical links, Open Graph URLs, sitemap.xml, feed.xml and
# robots.txt (tests/e2e/seo.test.mjs); the tests serve it on 127.0.0.1 at any port.
target/debug/anp-render --index dist/posts/index.json --out target/static --template dist/index.html \
  --site-url http://127.0.0.1/
cargo run --release --quiet --bin anp-gen -- --posts 10000 --seed 27517 --out target/corpus-10k/posts \
  --include-reference public/posts/keeping-staging-close-to-production-python-services.json
# A sharded 100,000-post index (index entries only) for tests/e2e/shards.test.mjs.
cargo run --release --quiet --bin anp-gen -- --posts 100000 --seed 27517 --index-only --out target/corpus-100k/posts
target/debug/anp-render --index target/corpus-100k/posts/index.json --shards target/corpus-100k/posts/shards

# The example Leptos app (server rendering + hydration) for tests/e2e/hydrate.test.mjs.
./scripts/example.sh

step "end-to-end tests (headless Chromium)"
# The bundler host projects' dependencies for tests/e2e/bundlers.test.mjs (npm ci,
# skipped when their lock files have not changed since the last install).
./scripts/bundler-hosts.sh
node --test --test-concurrency=1 tests/e2e/
