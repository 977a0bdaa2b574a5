# newsplot — two commands on a fresh machine: `make demo` and `make test`.
# Both run scripts/setup.sh first, which installs whatever is missing.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

PORT ?= 8080
WASM_PACK := wasm-pack build --release --target web --mode no-install --no-pack --out-dir pkg --out-name newsplot_core
SOURCES := $(shell find src -type f) Cargo.toml Cargo.lock

.PHONY: setup dist demo test test-native test-wasm test-e2e clean

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

test: setup dist test-native test-wasm test-e2e

test-native:
	cargo test

# The web layer's unit tests, compiled to wasm, in headless Chromium.
test-wasm:
	wasm-pack test --headless --chrome --mode no-install --test web

test-e2e:
	node --test --test-concurrency=1 tests/e2e/

clean:
	rm -rf dist pkg target test-results
