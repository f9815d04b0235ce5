#!/usr/bin/env bash
# Screenshots of every page and state, for looking at (builds nothing: run
# ./scripts/build.sh first). Writes target/shots/*.png and prints their names.
#   ./scripts/shots.sh [--only NAME,NAME]
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"
[ -f dist/index.html ] || { echo "no dist/: run ./scripts/build.sh first" >&2; exit 1; }
exec node tests/support/shots.mjs "$@"
