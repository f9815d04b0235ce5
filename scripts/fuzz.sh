#!/usr/bin/env bash
# Fuzzes the parser and the HTML renderer with cargo-fuzz (libFuzzer) for a fixed
# number of iterations per target, then prints one summary line per target.
#
# Usage:
#   scripts/fuzz.sh [RUNS [LIBFUZZER_FLAG...]]   # RUNS per target, default 200000
#   scripts/fuzz.sh 50000                        # a shorter run
#   scripts/fuzz.sh 50000 -seed=1                # further flags go to libFuzzer
#   FUZZ_TARGETS="parse render" scripts/fuzz.sh 20000
#
# Targets (fuzz/fuzz_targets/):
#   parse       bytes -> parse_post / parse_index / check_url; checks that a missing
#               value comes with an error diagnostic, that diagnostic paths are not
#               empty, and that check_url never passes a non-http(s) absolute URL
#   render      bytes -> parse_post -> ArticleState -> prerender::render_article (ssr);
#               reads the HTML with html5ever: its structure as written, no <script,
#               no on* attribute, no bad URL attribute
#   structured  arbitrary-built post documents (hostile strings in every field),
#               rendered with fuzzed base URL, theme, layout and link template
#
# Environment (all optional):
#   FUZZ_TARGETS    space-separated targets (default: every target of `cargo fuzz list`)
#   FUZZ_MAX_LEN    libFuzzer -max_len in bytes (default 32768; the largest seed is ~30 KB)
#   FUZZ_TIMEOUT    libFuzzer -timeout per input in seconds (default 20)
#   FUZZ_SANITIZER  cargo-fuzz --sanitizer: address (default), leak, memory, thread, none
#   FUZZ_SEED       libFuzzer -seed, for a reproducible run (default: libFuzzer picks one)
#
# What it does: installs cargo-fuzz if it is missing (needs the nightly toolchain,
# `rustup toolchain install nightly`), copies the seed corpus (tests/adversarial/docs/*.json
# and public/posts/*.json) into target/fuzz-corpus/<target>/ so the committed tree stays
# clean, builds the targets with debug assertions (so integer overflow panics), and runs
#   cargo +nightly fuzz run <target> target/fuzz-corpus/<target> -- -runs=RUNS -max_len=...
# Inputs found while fuzzing accumulate in target/fuzz-corpus/ across runs; full
# libFuzzer logs go to target/fuzz-logs/<target>.log. A crashing input is saved under
# fuzz/artifacts/<target>/; reproduce it with
#   cargo +nightly fuzz run -a <target> fuzz/artifacts/<target>/crash-...
# and minimise it with
#   cargo +nightly fuzz tmin -a <target> fuzz/artifacts/<target>/crash-...
#
# Exit status: 0 when every target completed its runs, 1 when any target crashed
# (panic, failed invariant, timeout, out of memory or a sanitizer report).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
export PATH="$HOME/.cargo/bin:$PATH"

RUNS="${1:-200000}"
shift $(( $# > 0 ? 1 : 0 ))
EXTRA_LIBFUZZER_ARGS=("$@")
if ! [[ "$RUNS" =~ ^[0-9]+$ ]]; then
  echo "usage: $0 [RUNS]   (RUNS must be a whole number, got '$RUNS')" >&2
  exit 2
fi
MAX_LEN="${FUZZ_MAX_LEN:-32768}"
TIMEOUT="${FUZZ_TIMEOUT:-20}"
SANITIZER="${FUZZ_SANITIZER:-address}"

if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "fuzz.sh: the nightly toolchain is missing: rustup toolchain install nightly" >&2
  exit 2
fi

# cargo-fuzz, once.
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz.sh: installing cargo-fuzz" >&2
  if ! cargo install cargo-fuzz --locked; then
    echo "fuzz.sh: 'cargo install cargo-fuzz --locked' failed; retrying without --locked" >&2
    cargo install cargo-fuzz || { echo "fuzz.sh: could not install cargo-fuzz" >&2; exit 2; }
  fi
fi

if [[ -n "${FUZZ_TARGETS:-}" ]]; then
  read -r -a TARGETS <<<"$FUZZ_TARGETS"
else
  mapfile -t TARGETS < <(cargo +nightly fuzz list)
fi
if [[ ${#TARGETS[@]} -eq 0 ]]; then
  echo "fuzz.sh: no fuzz targets found" >&2
  exit 2
fi

CORPUS_ROOT="$ROOT/target/fuzz-corpus"
LOG_DIR="$ROOT/target/fuzz-logs"
mkdir -p "$CORPUS_ROOT" "$LOG_DIR"

BUILD_FLAGS=(--debug-assertions --sanitizer "$SANITIZER")

echo "fuzz.sh: building ${TARGETS[*]} ($(rustup run nightly rustc --version), sanitizer $SANITIZER)" >&2
# One build up front, so compile errors stop the script before any fuzzing (and so
# `cargo fuzz run` below finds everything fresh unless the sources change meanwhile).
if [[ -z "${FUZZ_TARGETS:-}" ]]; then
  cargo +nightly fuzz build "${BUILD_FLAGS[@]}" || { echo "fuzz.sh: build failed" >&2; exit 2; }
else
  for target in "${TARGETS[@]}"; do
    cargo +nightly fuzz build "${BUILD_FLAGS[@]}" "$target" \
      || { echo "fuzz.sh: build of $target failed" >&2; exit 2; }
  done
fi

failed=()
summaries=()
for target in "${TARGETS[@]}"; do
  corpus="$CORPUS_ROOT/$target"
  mkdir -p "$corpus"
  # Seeds: copied without overwriting, so re-runs keep what earlier runs found.
  for seed in "$ROOT"/tests/adversarial/docs/*.json "$ROOT"/public/posts/*.json; do
    [[ -f "$seed" ]] || continue
    name="seed-$(basename "$(dirname "$seed")")-$(basename "$seed")"
    [[ -e "$corpus/$name" ]] || cp "$seed" "$corpus/$name"
  done

  libfuzzer_args=(-runs="$RUNS" -max_len="$MAX_LEN" -timeout="$TIMEOUT" -print_final_stats=1)
  if [[ "$target" != structured ]]; then
    libfuzzer_args+=(-dict="$ROOT/fuzz/alphanode.dict")
  fi
  if [[ -n "${FUZZ_SEED:-}" ]]; then
    libfuzzer_args+=(-seed="$FUZZ_SEED")
  fi
  libfuzzer_args+=("${EXTRA_LIBFUZZER_ARGS[@]}")

  log="$LOG_DIR/$target.log"
  echo "fuzz.sh: running $target for $RUNS runs (log: ${log#"$ROOT"/})" >&2
  start=$(date +%s.%N)
  cargo +nightly fuzz run "${BUILD_FLAGS[@]}" "$target" "$corpus" -- "${libfuzzer_args[@]}" >"$log" 2>&1
  status=$?
  end=$(date +%s.%N)
  wall=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')

  # libFuzzer's closing lines look like
  #   #50000  DONE   cov: 5391 ft: 19327 corp: 1311/2094Kb lim: 32768 exec/s: 1111 rss: 512Mb
  #   Done 50000 runs in 45 second(s)
  final=$(grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1)
  field() {
    local v
    v=$(sed -nE "s|.*[[:space:]]$1:[[:space:]]*([^[:space:]]+).*|\\1|p" <<<"$final")
    echo "${v:-?}"
  }
  runs_done=$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\1/p' "$log" | tail -n 1)
  secs=$(sed -nE 's/^Done ([0-9]+) runs in ([0-9]+) second.*/\2/p' "$log" | tail -n 1)
  [[ -n "$runs_done" ]] || runs_done=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$final")
  line=$(printf '%-10s runs=%s fuzz_time=%ss wall=%ss exec/s=%s cov=%s ft=%s corp=%s rss=%s' \
    "$target" "${runs_done:-?}" "${secs:-?}" "$wall" "$(field 'exec/s')" "$(field cov)" \
    "$(field ft)" "$(field corp)" "$(field rss)")
  if [[ $status -ne 0 ]]; then
    artifact=$(sed -nE 's/.*Test unit written to (.*)$/\1/p' "$log" | tail -n 1)
    line+=" CRASH (exit $status${artifact:+, input: $artifact})"
    failed+=("$target")
    echo "fuzz.sh: $target crashed; the end of its log:" >&2
    tail -n 40 "$log" >&2
  fi
  summaries+=("$line")
  echo "$line"
done

echo
echo "== fuzz summary ($RUNS runs per target, max_len $MAX_LEN) =="
printf '%s\n' "${summaries[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "fuzz.sh: crashes in: ${failed[*]} (inputs under fuzz/artifacts/)" >&2
  exit 1
fi
echo "fuzz.sh: no crashes"
