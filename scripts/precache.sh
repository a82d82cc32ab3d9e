#!/bin/sh
# Trunk post_build hook (and usable by hand): writes the service worker into a built site with
# the list of every file and its content hash, and a version derived from that list. The
# prerendered pages (listed in prerendered.txt) are left out, except the frames (shell.html,
# nn/shell.html, en/shell.html) that answer every address offline: the app renders any page
# from the cached data. So are the occupation and code pages' slices of the snapshot
# (snapshot/side/): only a prerendered page reads them, on a first visit.
# Usage: scripts/precache.sh [site-dir]   (default: $TRUNK_STAGING_DIR)
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
site=${1:-${TRUNK_STAGING_DIR:?give the built site folder}}
template="$here/public/sw.js"
list=$(mktemp)
skip=$(mktemp)
trap 'rm -f "$list" "$list.sw" "$skip"' EXIT
if [ -f "$site/prerendered.txt" ]; then
  grep -vE '^([a-z]{2}/)?shell\.html$' "$site/prerendered.txt" > "$skip" || true
  echo prerendered.txt >> "$skip"
fi
(
  cd "$site"
  find . -type f ! -name sw.js ! -name '*.map' | sed 's|^\./||' | LC_ALL=C sort | grep -vxF -f "$skip" | grep -v '^snapshot/side/' | while IFS= read -r file; do
    hash=$(sha256sum "$file" | cut -c1-16)
    printf '  ["%s", "%s"],\n' "$file" "$hash"
  done
) > "$list"
version=$(sha256sum "$list" | cut -c1-16)
count=$(wc -l < "$list")
awk -v version="$version" -v list="$list" '
  /^const VERSION = / { print "const VERSION = \x27" version "\x27;"; next }
  /^const FILES = \[\];/ {
    print "const FILES = ["
    while ((getline line < list) > 0) print line
    print "];"
    next
  }
  { print }
' "$template" > "$list.sw"
mv "$list.sw" "$site/sw.js"
echo "precache: $count files, version $version"
