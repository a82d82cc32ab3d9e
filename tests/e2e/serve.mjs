// Static server for dist/ on 127.0.0.1 that answers unknown paths with index.html, as an SPA
// host must (deep links). Usage: node serve.mjs <dir> <port>. No dependencies.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** Serves `root` at `prefix` ("/" or a sub-path such as "/karriere/yrker/"). */
/** The headers `_headers` gives for every path ("/*"), as a static host would send them. */
function siteHeaders(root) {
  const file = path.join(root, '_headers');
  if (!fs.existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ')) inAll = line.trim() === '/*';
    else if (inAll && line.includes(':')) {
      const [name, ...value] = line.trim().split(':');
      headers[name.toLowerCase()] = value.join(':').trim();
    }
  }
  return headers;
}

export function startServer(root, port, host = '127.0.0.1', prefix = '/') {
  const absRoot = path.resolve(root);
  const extra = siteHeaders(absRoot);
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (!(pathname + '/').startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    pathname = '/' + pathname.slice(prefix.length);
    let file = path.join(absRoot, path.normalize(pathname));
    if (!file.startsWith(absRoot)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!fs.existsSync(file)) {
      // Data files that do not exist are real 404s; page paths get the app shell.
      if (/\.(json|wasm|js|css|svg|png)$/.test(pathname)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      file = path.join(absRoot, 'index.html');
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    res.writeHead(status, { ...extra, 'content-type': type, 'cache-control': 'no-cache' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  startServer(root, Number(port)).then(() =>
    console.log(`serving ${root} on http://127.0.0.1:${port}`),
  );
}
