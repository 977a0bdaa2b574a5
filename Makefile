# newsplot — two commands on a fresh machine: `make demo` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

PORT ?= 8080
# The release wasm is built for size (issue 6): a pinned nightly rebuilds std
# with opt-level "z" and panics as bare traps (no panic messages, locations or
# the formatting code they pull in), then wasm-bindgen and wasm-opt, the steps
# wasm-pack would run. wasm-pack itself refuses this toolchain: it wants its
# wasm32 rust-std component, which build-std does not need and the nightly does
# not ship here. scripts/setup.sh installs SIZE_TOOLCHAIN with rust-src.
export SIZE_TOOLCHAIN := nightly-2026-05-19
WASM_TARGET_DIR := target/size
# --flatten --rereloop rebuilds control flow from a flat CFG; the -Oz after it
# shrinks that further than --gufa -Oz did (~0.9 KB gzip, measured).
WASM_OPT_FLAGS := -Oz --flatten --rereloop -Oz -Oz --converge --low-memory-unused --strip-debug --strip-producers --strip-target-features
# No file names for panic locations (panics trap anyway); no Debug formatting
# at all ({:?} prints nothing: no message shown to a reader uses it).
WASM_RUSTFLAGS := -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none
WASM_PACK := RUSTFLAGS="$(WASM_RUSTFLAGS)" \
	cargo +$(SIZE_TOOLCHAIN) build --release --lib --target wasm32-unknown-unknown --target-dir $(WASM_TARGET_DIR) \
	-Z build-std=std,panic_abort -Z build-std-features=optimize_for_size \
	&& wasm-bindgen --target web --out-dir pkg --out-name newsplot_core $(WASM_TARGET_DIR)/wasm32-unknown-unknown/release/newsplot.wasm \
	&& wasm-opt $(WASM_OPT_FLAGS) pkg/newsplot_core_bg.wasm -o pkg/newsplot_core_bg.wasm \
	&& node scripts/short-imports.mjs pkg/newsplot_core_bg.wasm pkg/newsplot_core.js
SOURCES := $(shell find src build -type f) build.rs Cargo.toml Cargo.lock

.PHONY: setup dist demo test test-native test-wasm test-e2e test-fuzz test-bench test-package test-schema fuzz bench clean

# Seconds per fuzz target in `make test` (two targets: about a minute).
FUZZ_SECONDS ?= 30

setup:
	@./scripts/setup.sh

pkg/newsplot_core_bg.wasm: $(SOURCES) scripts/short-imports.mjs
	$(WASM_PACK)

# dist/: the npm package `newsplot` and the folder to copy to any host or CDN:
# the ES module entry (with the glue), the classic-script embed, hashed wasm, types
# (scripts/dist.mjs; README "Deploying").
dist: setup pkg/newsplot_core_bg.wasm $(wildcard js/*) scripts/dist.mjs
	node scripts/dist.mjs

demo: dist
	node scripts/serve.mjs --port $(PORT)

test: setup dist test-native test-wasm test-e2e test-package test-schema test-bench test-fuzz

test-native:
	cargo test

# The web layer's unit tests, compiled to wasm, in headless Chromium.
test-wasm:
	wasm-pack test --headless --chrome --mode no-install --test web --test web_canvas

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

# The npm package in dist/: `npm pack --dry-run` lists the right files; the
# declarations type-check an example (tsc --noEmit, tests/types/).
test-package:
	node --test tests/package/

# schema/stats-v1.schema.json (ajv, draft 2020-12) against every fixture.
test-schema:
	node --test tests/schema/

# A short fuzzing run of both cargo-fuzz targets (installs nightly + cargo-fuzz if missing).
test-fuzz:
	./scripts/fuzz.sh $(FUZZ_SECONDS)

# A long run: 15 minutes per target.
fuzz:
	./scripts/fuzz.sh 900

# The benchmark end to end on a tiny size: every metric has a number, no timing asserted.
test-bench:
	node --test bench/smoke.test.mjs

# newsplot against Chart.js and uPlot (issue 6), ~30 min: bench/README.md.
bench: dist
	node bench/run.mjs

clean:
	rm -rf dist pkg target test-results fuzz/target fuzz/corpus-work
