#!/usr/bin/env bash
# Sharded index at scale: generate a POSTS-post index (index entries only, default
# 1,000,000), time and measure the shard build (wall time, peak memory), then browse
# it in Chromium (bench/index.mjs). Needs the wasm release build in dist/ (scripts/build.sh).
# Prints figures; asserts nothing.
#
#   scripts/bench-index.sh [POSTS]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
POSTS="${1:-1000000}"
DIR=target/bench-index
[ -e dist/index.html ] || { echo "bench-index: no dist/: run scripts/build.sh first" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench-index: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }
cargo build --profile server --quiet --features mimalloc --bin anp-render --bin anp-gen
if [ "$(cat "$DIR/posts.txt" 2>/dev/null)" != "$POSTS" ]; then
  echo "[bench-index] generating $POSTS index entries (anp-gen --index-only)" >&2
  rm -rf "$DIR"
  target/server/anp-gen --posts "$POSTS" --seed 27517 --index-only --out "$DIR/posts" >&2
  echo "$POSTS" > "$DIR/posts.txt"
fi
rm -rf "$DIR/posts/shards"
echo "[bench-index] building the shards (anp-render --shards)" >&2
/usr/bin/time -f "%e %M" -o "$DIR/build-time.txt" \
  target/server/anp-render --index "$DIR/posts/index.json" --shards "$DIR/posts/shards"
read -r seconds kib < "$DIR/build-time.txt"
echo "shard build: ${seconds} s wall, $((kib / 1024)) MiB peak RSS, $(nproc) cores (targets: ≤ 120 s, ≤ 2048 MiB)"
du -sh --apparent-size "$DIR/posts/index.json" "$DIR/posts/shards"
node bench/index.mjs "$DIR"
