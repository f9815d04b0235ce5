#!/usr/bin/env bash
# Lighthouse 12 (mobile and desktop) over the app's index, a post, the preview, the
# embed demo and the static export's index and a post, served compressed from dist/
# and target/static. Prints the four category scores, LCP/FCP/TBT/CLS and the failing
# audits of each page, and writes bench/results/lighthouse.json. A report, not a test.
# Needs scripts/build.sh (dist/) and the static export (scripts/test.sh writes it, or
# target/debug/anp-render --index dist/posts/index.json --out target/static --template dist/index.html).
#   scripts/lighthouse.sh [--only mobile|desktop] [--pages app-index,static-post]
set -euo pipefail
cd "$(dirname "$0")/.."
# Lighthouse 12.2.3 is the newest that runs on Node 20 here; installed once, pinned.
if [ ! -x bench/lighthouse/node_modules/.bin/lighthouse ]; then
  (cd bench/lighthouse && npm ci --no-audit --no-fund --loglevel=error)
fi
exec node bench/lighthouse/run.mjs "$@"
