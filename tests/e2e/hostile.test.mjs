// End-to-end: a snapshot full of hostile content renders inertly and legibly. The files are
// built from the real ones with <script>, onerror=, javascript: links, bidi controls and
// 100 KB strings in their text fields, then sealed again (a bad build, not a broken download).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './browser.mjs';
import { startServer } from './serve.mjs';
import { DIST, scratchFolder, seal, waitForAppOnLoad } from './harness.mjs';

const SCRIPT = '<script>window.__pwned = 1</script>';
const IMG = '<img src=x onerror="window.__pwned = 2">';
const BIDI = '\u202eredro\u202c \u2067ltr\u2069';
const HUGE = 'Lang'.repeat(25_600); // 100 KB
const hostile = (text) => `${SCRIPT}${IMG}${BIDI} ${text}`;

let site;
let server;
let browser;
let base;
let slug;
before(async () => {
  site = scratchFolder('hostile-site');
  fs.cpSync(DIST, site, { recursive: true });
  // The pages' slices of the snapshot go: every page then renders from the hostile snapshot.
  fs.rmSync(path.join(site, 'snapshot/side'), { recursive: true, force: true });
  const file = path.join(site, 'snapshot/snapshot.json');
  const snapshot = JSON.parse(fs.readFileSync(file, 'utf8'));
  snapshot.occupations.forEach((o, i) => {
    o.title = hostile(o.title);
    o.programmes = o.programmes?.map(hostile);
  });
  snapshot.occupations[0].title = hostile(`${HUGE}`);
  for (const code of snapshot.styrk) code.name = hostile(code.name);
  for (const source of snapshot.sources) {
    source.publisher = hostile(source.publisher);
    source.dataset = hostile(source.dataset);
    source.credit = hostile(source.credit);
    source.url = 'javascript:window.__pwned=3';
  }
  for (const county of snapshot.counties) county.name = hostile(county.name);
  slug = snapshot.occupations[1].slug;
  fs.writeFileSync(file, seal(JSON.stringify(snapshot)));
  const searchFile = path.join(site, 'snapshot/search.json');
  const search = JSON.parse(fs.readFileSync(searchFile, 'utf8'));
  for (const code of Object.values(search.job_titles)) code.current = code.current?.map(hostile);
  search.intros = search.intros.map((intro, i) => (i < 3 ? hostile(HUGE) : hostile(intro)));
  fs.writeFileSync(searchFile, seal(JSON.stringify(search)));

  const detailFile = path.join(site, `snapshot/yrke/${slug}.json`);
  const detail = JSON.parse(fs.readFileSync(detailFile, 'utf8'));
  const span = (text, link) => ({ text: hostile(text), ...(link ? { link } : {}) });
  detail.title = hostile(detail.title);
  detail.url = 'javascript:window.__pwned=4';
  detail.description = [
    { type: 'heading', content: [span('Overskrift')] },
    { type: 'paragraph', content: [span(HUGE), span('lenke', 'javascript:window.__pwned=5'), span('data', 'data:text/html,<script>x</script>')] },
  ];
  detail.tasks = [[span('oppgave')], [span(HUGE)]];
  detail.where_work = hostile(HUGE);
  detail.traits = hostile('egenskaper');
  detail.education = [{ type: 'list', content: [[span('punkt', ' javascript:alert(1)')]] }];
  fs.writeFileSync(detailFile, seal(JSON.stringify(detail)));

  server = await startServer(site, 0);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => server ? server.close(resolve) : resolve());
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

test('hostile text stays text: no script runs, no javascript: link, no layout break', async () => {
  // Service workers off: the test changed files after the build, so no version would install.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  waitForAppOnLoad(page, base);
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => { window.__csp = (window.__csp || 0) + 1; });
  });
  for (const [route, ready] of [
    ['/?vis=alle', '.occupation-row'],
    ['/interesser?typer=praktisk', '.fit-row'],
    [`/yrke/${slug}`, '.tasks li'],
    ['/styrk/2511', '#yrker'],
    [`/sammenlign?yrker=${slug}`, 'table.compare'],
    ['/om', '#tilgjengelighet'],
  ]) {
    const response = await page.goto(`${base}${route}`);
    await page.waitForSelector(ready);
    await page.waitForTimeout(300);
    // "No CSP violation" below means something only where a policy is in force.
    assert.match(response.headers()['content-security-policy'] ?? '', /script-src 'self' 'wasm-unsafe-eval';/, route);
    assert.equal(await page.locator('meta[http-equiv="Content-Security-Policy"]').count(), 1, route);
    const state = await page.evaluate(() => ({
      pwned: window.__pwned ?? null,
      csp: window.__csp ?? 0,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      images: document.querySelectorAll('img').length,
      badLinks: [...document.querySelectorAll('a[href]')].filter((a) => !/^https?:/i.test(a.href)).map((a) => a.getAttribute('href')),
      openers: [...document.querySelectorAll('a[href^="http"]')].filter((a) => a.origin !== location.origin && a.rel !== 'noopener noreferrer').length,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
      shown: document.body.textContent.includes('<script>window.__pwned = 1</script>'),
      withBidi: [...document.querySelectorAll('h1, li, td, th, p, a')].filter((e) => e.textContent.includes('\u202e')).map((e) => getComputedStyle(e).unicodeBidi),
    }));
    assert.equal(state.pwned, null, `${route}: no script ran`);
    assert.equal(state.csp, 0, `${route}: no CSP violation`);
    assert.equal(state.scripts, 0, `${route}: no inline script element`);
    assert.equal(state.images, 0, `${route}: no image from content`);
    assert.deepEqual(state.badLinks, [], `${route}: only http(s) links`);
    assert.equal(state.openers, 0, `${route}: external links have rel="noopener noreferrer"`);
    assert.ok(state.overflow <= 1, `${route}: no sideways scrolling (${state.overflow} px)`);
    assert.ok(state.shown, `${route}: the markup is shown as text`);
    assert.ok(state.withBidi.length > 0, `${route}: hostile bidi text is on the page`);
    assert.ok(state.withBidi.every((b) => b === 'isolate'), `${route}: bidi controls stay inside their element`);
  }
  assert.deepEqual(problems, []);
});
