// `make bench` (and on its own: `node load.mjs`, YRKE_DIST for another build): how pages go
// live on a slow laptop. Per route, at 4x CPU throttling, a fresh browser context each load:
// the time from navigation until the app runs the page, the main-thread tasks over 50 ms until
// then + 1 s, and what was fetched until then (brotli -q 11 of the built files). A bare page
// (`<p>Hei.</p>`) in the same run gives the tasks no script of ours causes (LOAD_ROUTES=/a,/b:
// those routes only). Prints; asserts
// nothing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { startApp, DIST, throttleAndRecordLongTasks } from './harness.mjs';

const RUNS = Number(process.env.LOAD_RUNS || 5);
export const LOAD_ROUTES = [
  '/',
  '/yrke/it-prosjektleder',
  '/styrk/2511',
  '/fylke',
  '/fylke/46',
  '/vgs/ELELE1',
  '/skole/999546560',
  '/interesser',
  // A nynorsk page: its fixed texts come from a file of their own.
  '/nn/yrke/it-prosjektleder',
];
const BARE = '/bare-page-for-bench';

const brotliSizes = new Map();
function brotli(file) {
  if (!brotliSizes.has(file)) {
    const raw = fs.readFileSync(file);
    brotliSizes.set(file, zlib.brotliCompressSync(raw, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    }).length);
  }
  return brotliSizes.get(file);
}

/** The built file a URL of the test server serves (pages without `.html`, as a static host);
 *  `null` for what the build does not hold. */
function servedFile(dist, pathname) {
  const inner = decodeURIComponent(pathname).replace(/^\/+/, '');
  for (const candidate of [inner, `${inner}.html`, path.join(inner, 'index.html')]) {
    const file = path.join(dist, candidate);
    if (candidate && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

async function loadOnce(app, route, dist) {
  const page = await app.newPage();
  await throttleAndRecordLongTasks(page);
  if (route === BARE) {
    await page.route(`${app.base}${BARE}`, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><p>Hei.</p>' }));
    await page.goto(`${app.base}${BARE}`, { waitForApp: false, waitUntil: 'load' });
  } else {
    await page.goto(`${app.base}${route}`);
  }
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    // `yrke:live` marks the page live; builds before it marked the twin's swap.
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const live = mark('yrke:live') ?? mark('yrke:swapped') ?? performance.now();
    const fetched = performance.getEntriesByType('resource')
      .filter((e) => e.startTime <= live)
      .map((e) => new URL(e.name).pathname);
    return {
      live,
      tasks: window.__longTasks.filter(([start]) => start <= live + 1000).map(([, d]) => d),
      fetched: [location.pathname, ...fetched],
    };
  });
  await page.context().close();
  const files = new Set(result.fetched.map((p) => servedFile(dist, p)).filter(Boolean));
  const bytes = [...files].reduce((sum, f) => sum + brotli(f), 0);
  return { ...result, bytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureLoads(dist = DIST) {
  const app = await startApp({ dist });
  const rows = [];
  try {
    const routes = process.env.LOAD_ROUTES ? process.env.LOAD_ROUTES.split(',') : LOAD_ROUTES;
    for (const route of [BARE, ...routes]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadOnce(app, route, dist));
      rows.push({
        route: route === BARE ? 'bare page (<p>Hei.</p>)' : route,
        live: median(runs.map((r) => r.live)),
        tasks: median(runs.map((r) => r.tasks.length)),
        longest: median(runs.map((r) => Math.max(0, ...r.tasks))),
        kb: median(runs.map((r) => r.bytes)) / 1024,
      });
    }
  } finally {
    await app.close();
  }
  console.log(`\n== Load until live, 4x CPU, median of ${RUNS} cold loads (${dist}) ==`);
  console.log(`${'route'.padEnd(26)}${'live'.padStart(10)}${'tasks>50ms'.padStart(12)}${'longest'.padStart(10)}${'fetched (br)'.padStart(15)}`);
  for (const r of rows) {
    console.log(`${r.route.padEnd(26)}${(r.route.startsWith('bare') ? '–' : `${r.live.toFixed(0)} ms`).padStart(10)}${String(r.tasks).padStart(12)}${`${r.longest} ms`.padStart(10)}${`${r.kb.toFixed(1)} KB`.padStart(15)}`);
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await measureLoads();
