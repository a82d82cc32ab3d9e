// Yrkesutforskeren's service worker: every file of one build (app shell, wasm, JS, CSS, icons
// and the whole snapshot) is cached before that build is used, so the app works offline and an
// app version never runs with a snapshot from another build.
//
// scripts/precache.sh fills in VERSION and FILES after each build ([path, sha-256 prefix] per
// file); a new build is a new service worker, which the page offers as "Ny versjon er klar".
const VERSION = 'unbuilt';
const FILES = [];

const CACHE_PREFIX = 'yrkesutforskeren-';
const CACHE = CACHE_PREFIX + VERSION;
const SCOPE = new URL(self.registration.scope);

async function sha256Prefix(buffer) {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', buffer));
  return Array.from(digest.slice(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (let i = 0; i < FILES.length; i += 16) {
        await Promise.all(
          FILES.slice(i, i + 16).map(async ([file, hash]) => {
            const url = new URL(file, SCOPE).href;
            const response = await fetch(url, { cache: 'no-store' });
            if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
            const body = await response.clone().arrayBuffer();
            // A file from another build (the server changed mid-install) fails this version.
            if ((await sha256Prefix(body)) !== hash) throw new Error(`${file}: content does not match this build`);
            await cache.put(url, response);
          }),
        );
      }
    })().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

/** The frame for a page address: the language folder's ("nn/shell.html") or bokmål's. */
function shellFor(pathname) {
  const below = pathname.slice(SCOPE.pathname.length);
  const folder = /^(nn|en)(\/|$)/.exec(below);
  return folder ? folder[1] + '/shell.html' : 'shell.html';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Every page address gets the frame of this build in its language (shell.html,
      // nn/shell.html, en/shell.html); the app renders the page from this build's cached data,
      // so a page never mixes HTML and data of two builds.
      const key = request.mode === 'navigate' ? new URL(shellFor(url.pathname), SCOPE).href : url.origin + url.pathname;
      const cached = await cache.match(key);
      return cached || fetch(request);
    })(),
  );
});
