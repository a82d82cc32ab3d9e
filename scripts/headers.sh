#!/bin/sh
# Trunk post_build hook: writes `_headers` (the format Netlify, Cloudflare Pages and others read)
# with the HTTP headers the site should be served with. FRAME_ANCESTORS says which sites may embed
# the app (default: any, so schools can use embed.js); e.g. FRAME_ANCESTORS="'self' https://skole.no".
set -eu
site=${1:-${TRUNK_STAGING_DIR:?give the built site folder}}
ancestors=${FRAME_ANCESTORS:-*}
csp="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors $ancestors"
cat > "$site/_headers" <<HEADERS
/*
  Content-Security-Policy: $csp
  X-Content-Type-Options: nosniff
  Referrer-Policy: no-referrer
  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
/index.html
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
HEADERS
echo "headers: frame-ancestors $ancestors"
