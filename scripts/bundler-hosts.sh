#!/usr/bin/env bash
# Installs the pinned dependencies of the host projects (tests/bundlers, one npm
# workspace, examples/vite-react and examples/eleventy-blog) for
# tests/e2e/bundlers.test.mjs and eleventy.test.mjs, with
# `npm ci`: once per lock file. A stamp in node_modules holds the hash of the lock and
# the package.json files, so a re-run with nothing changed costs nothing.
# (alphanode-widgets itself is not in these locks: the test unpacks the tarball that
# `npm pack ./target/npm` makes into each node_modules, as npm would install it.)
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in tests/bundlers examples/vite-react examples/eleventy-blog; do
  want=$(find "$dir" -name node_modules -prune -o \( -name package.json -o -name package-lock.json \) -print \
    | sort | xargs sha256sum | sha256sum | cut -d' ' -f1)
  stamp="$dir/node_modules/.alphanode-installed"
  if [ "$(cat "$stamp" 2>/dev/null)" = "$want" ]; then
    echo "[bundler-hosts] $dir: installed"
    continue
  fi
  echo "[bundler-hosts] $dir: npm ci"
  (cd "$dir" && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)
  echo "$want" > "$stamp"
done
