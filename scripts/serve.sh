#!/usr/bin/env bash
# Installs whatever is missing, builds the release bundle and serves it at
# http://127.0.0.1:8080 (SPA fallback to index.html). PORT=… to change the port.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build.sh "$@"
exec node tests/support/server.mjs --dir dist --port "${PORT:-8080}"
