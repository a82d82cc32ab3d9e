// `make bench`: sizes of what a browser downloads, and the time from navigation to the first
// rendered list in headless Chromium (median of several cold loads). Prints; asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startApp, DIST } from './harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS || 9);

function sizes(file) {
  const raw = fs.readFileSync(file);
  const gzip = zlib.gzipSync(raw, { level: 9 }).length;
  const brotli = zlib.brotliCompressSync(raw, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
  }).length;
  return { raw: raw.length, gzip, brotli };
}

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const row = (name, s) => console.log(`${name.padEnd(34)}${kb(s.raw)}${kb(s.gzip)}${kb(s.brotli)}`);

console.log('\n== Download sizes (raw, gzip -9, brotli -q 11) ==');
console.log(`${'file'.padEnd(34)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`);
const firstLoad = { raw: 0, gzip: 0, brotli: 0 };
for (const name of fs.readdirSync(DIST).sort()) {
  if (!/\.(wasm|js|css|html)$/.test(name)) continue;
  const s = sizes(path.join(DIST, name));
  row(name.replace(/-[0-9a-f]{16}/, ''), s);
  for (const k in firstLoad) firstLoad[k] += s[k];
}
const snapshot = sizes(path.join(DIST, 'snapshot/snapshot.json'));
row('snapshot/snapshot.json', snapshot);
for (const k in firstLoad) firstLoad[k] += snapshot[k];
const details = fs.readdirSync(path.join(DIST, 'snapshot/yrke')).map((f) => sizes(path.join(DIST, 'snapshot/yrke', f)));
const sum = (key) => details.reduce((a, s) => a + s[key], 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
row(`snapshot/yrke/*.json (${details.length}, sum)`, { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') });
row('snapshot/yrke/<slug>.json (median)', {
  raw: median(details.map((d) => d.raw)),
  gzip: median(details.map((d) => d.gzip)),
  brotli: median(details.map((d) => d.brotli)),
});
row('first load (app + snapshot.json)', firstLoad);

console.log(`\n== Navigation to first rendered list, headless Chromium, ${RUNS} cold loads ==`);
const app = await startApp();
const times = [];
const throttled = [];
try {
  for (const cpu of [1, 4]) {
    for (let i = 0; i < RUNS; i++) {
      const page = await app.newPage();
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await page.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (document.querySelector('.occupation-row')) {
            window.__firstList = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(`${app.base}/`);
      await page.waitForFunction(() => window.__firstList !== undefined, null, { timeout: 60000 });
      (cpu === 1 ? times : throttled).push(await page.evaluate(() => window.__firstList));
      await page.context().close();
    }
  }
} finally {
  await app.close();
}
const fmt = (xs) => `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)})`;
console.log(`no throttling:      ${fmt(times)}`);
console.log(`4x CPU throttling:  ${fmt(throttled)}`);
console.log('(served from 127.0.0.1 without compression, cache disabled per run: a fresh browser context each load)');
