# Yrkesutforskeren. `make serve` and `make test` set up what is missing, then run.
SHELL := /bin/bash
CARGO_HOME ?= $(HOME)/.cargo
TOOLS ?= $(CARGO_HOME)/yrke-tools
export PATH := $(CARGO_HOME)/bin:$(TOOLS)/npm/node_modules/.bin:$(PATH)
export TRUNK_SKIP_VERSION_CHECK := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
# Keep the browsers' temporary files inside the build folder.
export YRKE_BROWSER_TMP ?= $(CURDIR)/target/browser-tmp

RAW ?= $(if $(YRKE_RAW_DIR),$(YRKE_RAW_DIR),../shared/data/raw)
# The path the site is served under, e.g. /karriere/yrker/ (assets, data and routes follow it).
PUBLIC_URL ?= /
# Which sites may embed the app (the frame-ancestors of dist/_headers); empty means any.
export FRAME_ANCESTORS
# A second build under a sub-path, for the end-to-end test of hosting below a school's domain.
SUBPATH_DIST := target/dist-subpath
SUBPATH_URL := /karriere/yrker/
SNAPSHOT := build/snapshot

# The bench build: the release app plus the hooks `make bench` calls from JavaScript.
BENCH_DIST := target/dist-bench

.PHONY: setup setup-test setup-bench snapshot dist serve test test-native test-wasm test-e2e fuzz bench clean

setup:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

setup-bench:
	@scripts/setup.sh bench

## Raw open data -> build/snapshot (git-ignored).
snapshot:
	cargo run --release --quiet --bin build-snapshot -- --raw "$(RAW)" --out $(SNAPSHOT)

## Release site in dist/: the app, every page prerendered (YRKE_SITE_ORIGIN: where it is
## published, for links in page cards and the sitemap), the service worker.
dist: setup snapshot
	trunk build --release --offline --public-url $(PUBLIC_URL)

## The built site on http://127.0.0.1:8080 as a static host serves it: prerendered pages,
## the frame (shell.html) for other addresses, gzip.
serve: dist
	node tests/e2e/serve.mjs dist 8080

## Every test: native (core, builder), wasm components, end-to-end and axe in Chromium.
test: setup-test snapshot
	cargo fmt --all -- --check
	$(MAKE) --no-print-directory test-native test-wasm
	trunk build --release --offline
	trunk build --release --offline --public-url $(SUBPATH_URL) --dist $(SUBPATH_DIST)
	$(MAKE) --no-print-directory test-e2e

# The real-data tests (tests/real_data, #[ignore]d in a bare `cargo test`) run here, and fail
# when the raw data is missing.
test-native:
	cargo test --quiet --features prerender -- --include-ignored

test-wasm:
	mkdir -p $(YRKE_BROWSER_TMP)
	TMPDIR=$(YRKE_BROWSER_TMP) cargo test --target wasm32-unknown-unknown --features csr --test components

test-e2e:
	mkdir -p $(YRKE_BROWSER_TMP)
	cd tests/e2e && YRKE_SUBPATH_DIST=$(CURDIR)/$(SUBPATH_DIST) YRKE_SUBPATH_URL=$(SUBPATH_URL) node run.mjs

## A long fuzzing round (make test runs a short one): decoder, search and route parameters.
FUZZ_CASES ?= 20000
fuzz:
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release --test fuzz -- --include-ignored --nocapture

## Figures, never assertions: native search (criterion), then sizes, time to first list,
## long tasks, our engine against MiniSearch, keystroke latency and memory in headless
## Chromium, each route's load until live beside a bare page, then Lighthouse (mobile) on the
## main routes.
bench: setup-test setup-bench dist
	cargo bench --bench search
	sed 's/data-cargo-features="page-chunks"/data-cargo-features="bench"/' index.html > bench.html
	trunk build bench.html --release --offline --dist $(BENCH_DIST)
	mkdir -p $(YRKE_BROWSER_TMP)
	YRKE_BENCH_DIST=$(CURDIR)/$(BENCH_DIST) node tests/e2e/bench.mjs
	node tests/e2e/load.mjs
	node tests/e2e/lighthouse.mjs

clean:
	rm -rf dist build bench.html target/browser-tmp
