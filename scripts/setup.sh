#!/usr/bin/env bash
# Idempotent set-up of everything newsplot needs to build and test, from the
# package registries only (crates.io, npm, Debian, rustup). Safe to run again:
# each step checks first and does nothing when its tool is already right.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
export PATH="$HOME/.cargo/bin:$PATH"

# 1. Rust target for the browser build.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The pinned nightly the release wasm is built with (Makefile SIZE_TOOLCHAIN):
#     `-Z build-std` rebuilds std for size from its rust-src component.
nightly=${SIZE_TOOLCHAIN:-$(sed -n 's/^export SIZE_TOOLCHAIN := //p' Makefile)}
if ! rustup component list --toolchain "$nightly" --installed 2>/dev/null | grep -q '^rust-src'; then
  say "installing the $nightly toolchain with rust-src (the size-optimised wasm build)"
  rustup toolchain install "$nightly" --profile minimal --component rust-src
fi

# 2. wasm-pack (wasm-pack's own downloads from GitHub fail here: we pass --mode no-install).
if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack from crates.io"
  cargo install wasm-pack --locked
fi

# 3. wasm-bindgen CLI at exactly the version Cargo.lock pins (the two must match).
want=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/version = |"/,""); print; exit}' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$want" != "$have" ]; then
  say "installing wasm-bindgen-cli $want (have: ${have:-none})"
  # Without --locked: with it, resolution fails on a dependency missing from the index.
  cargo install wasm-bindgen-cli --version "=$want" --force
fi

# 4. Debian's Chromium and ChromeDriver for browser tests.
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing chromium and chromium-driver from Debian"
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-dejavu-core >/dev/null
fi

# 5. npm packages: playwright-core (end-to-end tests) and binaryen (a current wasm-opt;
#    never Debian's binaryen 108, whose output fails to load).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] \
   || [ ! -d node_modules/chart.js ] || [ ! -d node_modules/uplot ] \
   || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

say "ready: $(rustc +"$nightly" --version | cut -d' ' -f2-), $(wasm-pack --version), wasm-bindgen $(wasm-bindgen --version | awk '{print $2}'), $(node_modules/.bin/wasm-opt --version), $(chromium --version)"
