#!/usr/bin/env bash
# Installs what building (`setup.sh build`), testing (`setup.sh test`) or the benchmarks
# (`setup.sh bench`: Lighthouse) need, and only what
# is missing: running it again changes nothing. Works as root on a fresh Debian 12 machine with
# only the package registries (crates.io, npm, Debian) reachable. Versions follow
# ../shared/TOOLCHAIN.md; change them together.
set -euo pipefail

mode=${1:-build}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
CARGO_HOME=${CARGO_HOME:-$HOME/.cargo}
TOOLS=${YRKE_TOOLS_DIR:-$CARGO_HOME/yrke-tools}
export PATH="$CARGO_HOME/bin:$TOOLS/npm/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

apt_updated=no
apt_install() {
  local runner=()
  [ "$(id -u)" -eq 0 ] || runner=(sudo)
  if [ "$apt_updated" = no ]; then
    "${runner[@]}" apt-get update -qq
    apt_updated=yes
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# C compiler for crates with build scripts (trunk's dependencies).
command -v cc >/dev/null 2>&1 || apt_install build-essential ca-certificates curl

# Rust: the machine's rustup toolchain; rustup itself if there is none.
if ! command -v cargo >/dev/null 2>&1; then
  command -v curl >/dev/null 2>&1 || apt_install curl ca-certificates
  say "installing rustup (stable, minimal profile)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal
fi
if command -v rustup >/dev/null 2>&1; then
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || { say "adding the wasm32-unknown-unknown target"; rustup target add wasm32-unknown-unknown; }
  if [ "$mode" = test ]; then
    rustup component list --installed 2>/dev/null | grep -q '^rustfmt' \
      || { say "adding rustfmt"; rustup component add rustfmt; }
  fi
fi

# Trunk, pinned: 0.22 needs a newer rustc than the machine has.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen-cli must equal the wasm-bindgen version in Cargo.lock.
bindgen_version=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup: cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $bindgen_version"; then
  say "installing wasm-bindgen-cli $bindgen_version"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --locked \
    || cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

# wasm-split, which cuts the page chunks out of the app's wasm (scripts/split-wasm.sh): the
# published wasm_split_cli_support with one option added (vendor/README.md), built from
# vendor/wasm_split_cli_support.
if ! wasm-split-cli --help 2>/dev/null | grep -q -- '--keep-shared-in-main'; then
  say "installing wasm-split-cli (vendor/wasm_split_cli_support, about 2 minutes)"
  split_build=$(mktemp -d)
  cargo install --path "$root/vendor/wasm_split_cli_support" --locked --features build-binary \
    --target-dir "$split_build" --force
  rm -rf "$split_build"
fi

# Node.js and npm (for wasm-opt and the browser tests).
command -v npm >/dev/null 2>&1 || apt_install nodejs npm

# wasm-opt from npm's binaryen: Debian's binaryen miscompiles at -Oz (TOOLCHAIN.md).
if ! "$TOOLS/npm/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt (npm binaryen@$BINARYEN_VERSION) into $TOOLS/npm"
  mkdir -p "$TOOLS/npm"
  npm install --prefix "$TOOLS/npm" --no-audit --no-fund --loglevel=error "binaryen@$BINARYEN_VERSION"
fi

if [ "$mode" = test ]; then
  if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
  fi
  if [ ! -d tests/e2e/node_modules/playwright-core ] || [ ! -d tests/e2e/node_modules/axe-core ] \
     || [ tests/e2e/package-lock.json -nt tests/e2e/node_modules/.package-lock.json ]; then
    say "installing the browser test packages (playwright-core, axe-core)"
    (cd tests/e2e && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
if [ "$mode" = bench ]; then
  # Lighthouse 12.2.3: the last release that runs on Node 20.
  if ! "$TOOLS/lighthouse/node_modules/.bin/lighthouse" --version 2>/dev/null | grep -qx '12.2.3'; then
    command -v chromium >/dev/null 2>&1 || apt_install chromium
    say "installing lighthouse 12.2.3 into $TOOLS/lighthouse"
    mkdir -p "$TOOLS/lighthouse"
    npm install --prefix "$TOOLS/lighthouse" --no-audit --no-fund --loglevel=error lighthouse@12.2.3
  fi
fi
# The app's crates, for every target: the builds after this run with --offline (Trunk's wasm
# build would otherwise find the wasm-only crates missing on a fresh machine). A no-op once
# they are in Cargo's cache.
cargo fetch --locked --quiet
say "tools ready ($mode)"
