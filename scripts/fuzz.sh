#!/usr/bin/env bash
# Fuzzing with cargo-fuzz (libFuzzer), idempotent like scripts/setup.sh: installs
# the nightly toolchain and cargo-fuzz when missing, then runs each target.
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     # default: 60 s for each of: pipeline svg
#
# Targets (fuzz/fuzz_targets/): `pipeline` (parse → validate → model → layout →
# hit testing → tooltip, description, table) and `svg` (the native SVG render).
# Seeds are fuzz/corpus/TARGET (committed); what a run discovers goes to
# fuzz/corpus-work/TARGET (not committed; `FUZZ_MERGE=1` folds the inputs that
# add coverage back into the committed corpus). A crash stops the run, exits
# non-zero, and leaves a minimized input under fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

SECONDS_EACH=${1:-60}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(pipeline svg)

# 1. A nightly toolchain (libFuzzer's sanitizer coverage needs -Z flags).
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  say "installing the nightly toolchain"
  rustup toolchain install nightly --profile minimal
fi

# 2. cargo-fuzz from crates.io.
if ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz from crates.io"
  cargo install cargo-fuzz --locked
fi

for t in "${TARGETS[@]}"; do
  seeds="$ROOT/fuzz/corpus/$t"
  work="$ROOT/fuzz/corpus-work/$t"
  mkdir -p "$work" "$ROOT/fuzz/artifacts/$t"
  say "$t: ${SECONDS_EACH} s (seeds: $(ls "$seeds" | wc -l) files)"
  status=0
  stamp=$(mktemp); touch "$stamp"
  # Release build with debug assertions and overflow checks (cargo-fuzz's default);
  # no AddressSanitizer: the crate has no `unsafe`, and ASan halves the throughput.
  # -timeout: an input that takes over 10 s is a finding too (a hang in the page).
  cargo +nightly fuzz run --sanitizer none "$t" "$work" "$seeds" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
    -dict="$ROOT/fuzz/dict/stats-json.dict" -print_final_stats=1 || status=$?
  if [ "$status" -ne 0 ]; then
    # Only an artifact written by this run: older ones (kept as regression
    # inputs) must not be blamed for, say, a target that failed to build.
    crash=$(find "$ROOT/fuzz/artifacts/$t" -maxdepth 1 -newer "$stamp" \
      \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' -o -name 'leak-*' \) 2>/dev/null | head -1 || true)
    [ -z "$crash" ] && say "$t: cargo fuzz failed (status $status) without a new crash input: see the output above"

    if [ -n "$crash" ]; then
      small="$ROOT/fuzz/artifacts/$t/minimized-$(basename "$crash")"
      say "$t: FAILED on $crash; minimizing it"
      cargo +nightly fuzz tmin --sanitizer none "$t" "$crash" -- -runs=2000 -exact_artifact_path="$small" >/dev/null 2>&1 || true
      [ -f "$small" ] && say "$t: minimized: $small ($(wc -c < "$small") bytes)"
      say "replay with: cargo +nightly fuzz run --sanitizer none $t FILE"
    fi
    exit "$status"
  fi
  if [ "${FUZZ_MERGE:-0}" = 1 ]; then
    say "$t: merging new coverage into fuzz/corpus/$t"
    cargo +nightly fuzz run --sanitizer none "$t" "$seeds" "$work" -- -merge=1 -timeout=10 >/dev/null 2>&1
  fi
done
say "done: ${TARGETS[*]}, ${SECONDS_EACH} s each, no crash"
