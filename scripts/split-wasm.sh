#!/bin/sh
# Trunk post_build hook, first step: the app's wasm cut into the main wasm and the page chunks
# (src/app/page_chunks.rs), in place of the single wasm Trunk wrote.
#
# wasm-split must read the wasm as the Rust build left it (linked with --emit-relocs, see
# .cargo/config.toml), before wasm-bindgen; Trunk runs wasm-bindgen itself and has no step in
# between (trunk-rs/trunk#1022). So this hook takes Cargo's output, splits it, runs
# wasm-bindgen on the main part (keeping the exports the chunks link against) and wasm-opt -Oz
# on every part (index.html turns Trunk's own wasm-opt off), then replaces Trunk's JS and wasm
# under the same names. Chunks and their loader get content-hashed names.
# Usage: scripts/split-wasm.sh   (in Trunk's hook: TRUNK_STAGING_DIR, TRUNK_PROFILE)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
site=${TRUNK_STAGING_DIR:?run as a Trunk hook}
profile=${TRUNK_PROFILE:-release}
input="${CARGO_TARGET_DIR:-$here/target}/wasm32-unknown-unknown/$profile/yrkesutforskeren.wasm"
main_js=$(cd "$site" && ls yrkesutforskeren-*.js)
stem=${main_js%.js}
[ -f "$site/${stem}_bg.wasm" ] || { echo "split-wasm: no ${stem}_bg.wasm in $site" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

hash16() { sha256sum "$1" | cut -c1-16; }

# The pages readers land on (the list, an occupation) keep in the main wasm what they share with
# other chunks, so each needs only its own chunk (vendor/README.md).
wasm-split-cli --keep-shared-in-main explorer,occupation \
  "$input" "$work/split" --target web --out-name "$stem"
wasm-bindgen --target web --no-typescript --keep-lld-exports \
  --out-dir "$work/bindgen" --out-name "$stem" "$work/split/$stem.wasm"
wasm-opt -Oz "$work/bindgen/${stem}_bg.wasm" -o "$site/${stem}_bg.wasm"

loader="$work/split/__wasm_split.js"
chunks=0
if [ -f "$loader" ]; then
  for part in "$work"/split/*.wasm; do
    name=$(basename "$part" .wasm)
    [ "$name" = "$stem" ] && continue
    wasm-opt -Oz "$part" -o "$work/opt.wasm"
    hashed="wasm-$(echo "$name" | tr _ -)-$(hash16 "$work/opt.wasm").wasm"
    mv "$work/opt.wasm" "$site/$hashed"
    sed -i "s|\"\./$name\.wasm\"|\"./$hashed\"|" "$loader"
    chunks=$((chunks + 1))
  done
  loader_name="wasm-split-$(hash16 "$loader").js"
  cp "$loader" "$site/$loader_name"
  sed "s|from \"\./__wasm_split\.js\"|from \"./$loader_name\"|" "$work/bindgen/$stem.js" > "$site/$main_js"
else
  cp "$work/bindgen/$stem.js" "$site/$main_js"
fi
echo "split-wasm: main wasm and $chunks chunks"
