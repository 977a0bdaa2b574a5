# newsplot — two commands on a fresh machine: `make demo` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

PORT ?= 8080
WASM_PACK := wasm-pack build --release --target web --mode no-install --no-pack --out-dir pkg --out-name newsplot_core
SOURCES := $(shell find src -type f) Cargo.toml Cargo.lock

.PHONY: setup dist demo test test-native test-wasm test-e2e test-fuzz test-bench fuzz bench clean

# Seconds per fuzz target in `make test` (two targets: about a minute).
FUZZ_SECONDS ?= 30

setup:
	@./scripts/setup.sh

pkg/newsplot_core_bg.wasm: $(SOURCES)
	$(WASM_PACK)

# dist/: the ES module entry and the wasm beside it; copy it anywhere.
dist: setup pkg/newsplot_core_bg.wasm js/newsplot.js
	rm -rf dist && mkdir -p dist
	cp pkg/newsplot_core.js pkg/newsplot_core_bg.wasm js/newsplot.js dist/
	@echo "dist/: $$(wc -c < dist/newsplot_core_bg.wasm) B wasm, $$(gzip -9c dist/newsplot_core_bg.wasm | wc -c) B gzip"

demo: dist
	node scripts/serve.mjs --port $(PORT)

test: setup dist test-native test-wasm test-e2e test-bench test-fuzz

test-native:
	cargo test

# The web layer's unit tests, compiled to wasm, in headless Chromium.
test-wasm:
	wasm-pack test --headless --chrome --mode no-install --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

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
