// `make bench`: Lighthouse (mobile preset: simulated slow 4G, 4x CPU slowdown) on the main
// routes of the built site, served with gzip as a static host serves it. Prints the scores and
// metrics; asserts nothing. Lighthouse is installed by `scripts/setup.sh bench`.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from './harness.mjs';
import { startServer } from './serve.mjs';
import { LOAD_ROUTES } from './load.mjs';

const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN
  || path.join(process.env.YRKE_TOOLS_DIR || path.join(os.homedir(), '.cargo/yrke-tools'), 'lighthouse/node_modules/.bin/lighthouse');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const ROUTES = process.env.LIGHTHOUSE_ROUTES ? process.env.LIGHTHOUSE_ROUTES.split(',') : LOAD_ROUTES;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS || 3);

const server = await startServer(DIST, 0);
const base = `http://127.0.0.1:${server.address().port}`;
const tmp = fs.mkdtempSync(path.join(process.env.YRKE_BROWSER_TMP || os.tmpdir(), 'lighthouse-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = [];
try {
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const out = path.join(tmp, `report-${runs.length}.json`);
      // Asynchronously: the server answering Lighthouse runs in this process.
      await promisify(execFile)(LIGHTHOUSE, [
        `${base}${route}`, '--quiet', '--output=json', `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage',
      ], { env: { ...process.env, CHROME_PATH: CHROME, TMPDIR: tmp }, maxBuffer: 64 * 1024 * 1024 });
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      const score = (c) => Math.round(report.categories[c].score * 100);
      const metric = (a) => report.audits[a].numericValue;
      runs.push({
        performance: score('performance'), accessibility: score('accessibility'),
        bestPractices: score('best-practices'), seo: score('seo'),
        fcp: metric('first-contentful-paint'), lcp: metric('largest-contentful-paint'),
        tbt: metric('total-blocking-time'), cls: metric('cumulative-layout-shift'),
        failing: Object.entries(report.audits)
          .filter(([, a]) => a.score !== null && a.score < 0.9 && ['binary', 'metricSavings'].includes(a.scoreDisplayMode))
          .map(([id]) => id),
      });
    }
    const pick = (k) => median(runs.map((r) => r[k]));
    rows.push({ route, ...Object.fromEntries(Object.keys(runs[0]).filter((k) => k !== 'failing').map((k) => [k, pick(k)])), failing: runs[0].failing });
  }
} finally {
  server.closeAllConnections();
  server.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}

console.log(`\n== Lighthouse 12 mobile (slow 4G, 4x CPU), served with gzip, median of ${RUNS} ==`);
console.log(`${'route'.padEnd(26)}${'perf'.padStart(5)}${'a11y'.padStart(5)}${'bp'.padStart(5)}${'seo'.padStart(5)}${'FCP s'.padStart(7)}${'LCP s'.padStart(7)}${'TBT ms'.padStart(8)}${'CLS'.padStart(7)}`);
for (const r of rows) {
  console.log(`${r.route.padEnd(26)}${String(r.performance).padStart(5)}${String(r.accessibility).padStart(5)}${String(r.bestPractices).padStart(5)}${String(r.seo).padStart(5)}`
    + `${(r.fcp / 1000).toFixed(1).padStart(7)}${(r.lcp / 1000).toFixed(1).padStart(7)}${Math.round(r.tbt).toString().padStart(8)}${r.cls.toFixed(3).padStart(7)}`
    + (r.failing.length ? `   below 0.9: ${r.failing.join(', ')}` : ''));
}
