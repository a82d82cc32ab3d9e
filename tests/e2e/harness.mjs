// Shared by the browser tests: serve dist/ on 127.0.0.1 (SPA fallback) and drive Chromium.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fs from 'node:fs';
import os from 'node:os';
import { launch } from './browser.mjs';
import { startServer } from './serve.mjs';
import http from 'node:http';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';

/** The project folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The built site the tests run on: dist/, or YRKE_DIST (e.g. a deliberately broken build). */
export const DIST = path.resolve(process.env.YRKE_DIST || path.join(ROOT, 'dist'));

export async function startApp({ dist = DIST } = {}) {
  if (!fs.existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no built app in ${dist}: run \`make dist\` first`);
  }
  const server = await startServer(dist, 0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await launch();
  return {
    base,
    browser,
    async newPage(options = {}) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      if (options.javaScriptEnabled !== false) waitForAppOnLoad(page, base);
      page.errors = [];
      page.on('pageerror', (e) => page.errors.push(e.message));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Resolves once the app runs the page (it sets `<html data-app="ready">` when the live page
 *  has replaced the prerendered one). Fails, naming the address, when the app has not started
 *  within `timeout` ms: a test must never read a prerendered page and pass with the app broken
 *  on that route. Where the app is meant not to start, navigate with `{ waitForApp: false }`. */
/** Slows the page's CPU `rate` times and records its main-thread long tasks, from its next
 *  load on, in `window.__longTasks` as [start, duration] in whole milliseconds. */
export async function throttleAndRecordLongTasks(page, rate = 4) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([Math.round(e.startTime), Math.round(e.duration)]);
    }).observe({ type: 'longtask', buffered: true });
  });
}

export async function waitForApp(page, timeout = 20000) {
  await page
    .waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout })
    .catch((error) => {
      throw new Error(`the app did not start on ${page.url()} within ${timeout} ms (${error.message.split('\n')[0]})`);
    });
}

/** Holds the app's wasm back, as on a slow connection, until the returned function is called:
 *  the prerendered page is all there is until then. */
export async function holdApp(page) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Makes `page.goto` and `page.reload` on the app's own addresses wait for the app, so tests
 *  act on the live page, not the prerendered HTML before it. */
export function waitForAppOnLoad(page, base) {
  const goto = page.goto.bind(page);
  const reload = page.reload.bind(page);
  page.goto = async (url, { waitForApp: wait = true, ...options } = {}) => {
    const response = await goto(url, options);
    if (wait && String(url).startsWith(base)) await waitForApp(page);
    return response;
  };
  page.reload = async (options) => {
    const response = await reload(options);
    if (page.url().startsWith(base)) await waitForApp(page);
    return response;
  };
}

/** Lays out everything the page holds, also what `content-visibility: auto` would skip until
 *  it nears the viewport, so a check sees every part of the page as it will be shown. The
 *  page needs `bypassCSP: true` (the app's CSP forbids injected styles). */
export async function layOutEverything(page) {
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
}

/** Text of every element matching `selector`, trimmed. */
/** Before a page loads: records in `window.__firstList` the time (performance.now()) the
 *  first row of the occupation list appears. */
export async function recordFirstList(page) {
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.occupation-row')) {
        window.__firstList = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

export async function texts(page, selector) {
  return page.$$eval(selector, (els) => els.map((e) => e.textContent.trim()));
}

/** Seals a snapshot file the way the builder does (src/core/integrity.rs): FNV-1a 64 over the
 *  bytes with the 16 hash digits written as zeros, then those digits replaced by the hash. */
export function seal(text) {
  const prefix = '{"content_hash":"';
  const unsealed = prefix + '0'.repeat(16) + text.slice(prefix.length + 16);
  let hash = 0xcbf29ce484222325n;
  for (const byte of Buffer.from(unsealed, 'utf8')) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return prefix + hash.toString(16).padStart(16, '0') + unsealed.slice(prefix.length + 16);
}

/** A school's page on another origin (localhost, where the app is on 127.0.0.1) serving
 *  `html`: `{ base, close }`. */
export async function startSchoolPage(html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Reads a value until it equals `expected` (a page updates after an action, not during it),
 *  then passes; after `timeout` ms fails with the last value read. */
export async function eventually(read, expected, message, timeout = 10000) {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!isDeepStrictEqual(value, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  assert.deepEqual(value, expected, message);
}

/** A new empty folder for a test's own files, under YRKE_BROWSER_TMP (else the system's). */
export function scratchFolder(prefix) {
  const tmp = path.resolve(process.env.YRKE_BROWSER_TMP || os.tmpdir());
  fs.mkdirSync(tmp, { recursive: true });
  return fs.mkdtempSync(path.join(tmp, `${prefix}-`));
}

/** A site in `folder` made of links to every entry of the built site but `own`, which the
 *  test writes itself (a snapshot folder built or changed for the test). */
export function linkedSite(folder, own) {
  fs.mkdirSync(folder, { recursive: true });
  for (const entry of fs.readdirSync(DIST)) {
    if (entry !== own) fs.symlinkSync(path.join(DIST, entry), path.join(folder, entry));
  }
  return folder;
}

/** How the app started on the page: `taken-over` (the prerendered page hydrated), `rendered`
 *  (a twin rendered and swapped in), or `unknown`. */
export function howStarted(page) {
  return page.evaluate(() => {
    const marks = performance.getEntriesByType('mark').map((m) => m.name);
    if (marks.includes('yrke:hydrated')) return 'taken-over';
    if (marks.includes('yrke:swapped')) return 'rendered';
    return 'unknown';
  });
}
