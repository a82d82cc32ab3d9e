// Static server for dist/ on 127.0.0.1, as a static host serves it: "/yrke/kokk" from the
// prerendered yrke/kokk.html, other page addresses with the frame (shell.html, else
// index.html), text compressed with gzip when the browser accepts it.
// Usage: node serve.mjs <dir> <port>. No dependencies.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const COMPRESSED = /\.(html|js|css|json|svg|wasm|webmanifest|txt|xml)$/;
const gzipCache = new Map();

/** The file gzipped once per content version. */
function gzipped(file) {
  const stat = fs.statSync(file);
  const key = `${file}:${stat.mtimeMs}:${stat.size}`;
  if (!gzipCache.has(key)) gzipCache.set(key, zlib.gzipSync(fs.readFileSync(file), { level: 6 }));
  return gzipCache.get(key);
}

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
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
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
    const isFile = (f) => fs.existsSync(f) && fs.statSync(f).isFile();
    // A prerendered page: "/yrke/kokk" → yrke/kokk.html, "/" → index.html.
    if (!isFile(file) && isFile(file.replace(/\/$/, '') + '.html')) file = file.replace(/\/$/, '') + '.html';
    else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    let status = 200;
    if (!isFile(file)) {
      // Data files that do not exist are real 404s; page paths get the app's frame.
      if (/\.(json|wasm|js|css|svg|png|html|xml|txt)$/.test(pathname)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      // The frame in the address's language: nn/shell.html under /nn/, en/shell.html under /en/.
      const folder = /^\/(nn|en)(\/|$)/.exec(pathname);
      file = path.join(absRoot, folder ? `${folder[1]}/shell.html` : 'shell.html');
      if (!isFile(file)) file = path.join(absRoot, 'shell.html');
      if (!isFile(file)) file = path.join(absRoot, 'index.html');
    }
    const type = TYPES[path.extname(file)] || 'application/octet-stream';
    const headers = { ...extra, 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding' };
    if (COMPRESSED.test(file) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      const body = gzipped(file);
      res.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(status, headers);
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
