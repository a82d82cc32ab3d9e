// End-to-end: every kind of prerendered page reads with JavaScript off (title, description,
// link card, main content, working links, long folded tables), and with JavaScript on the app takes it over with
// the same text and no console error. Plus robots.txt, the sitemap and the frame for other
// addresses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, holdApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

// [path, the page's h1, its title]; one page of every kind the build renders.
const PAGES = [
  ['/', 'Yrkesutforskeren', 'Yrkesutforskeren'],
  ['/yrke/kokk', 'Kokk', 'Kokk – Yrkesutforskeren'],
  ['/yrke/it-prosjektleder', 'IT-prosjektleder', 'IT-prosjektleder – Yrkesutforskeren'],
  ['/styrk', 'STYRK-08: yrkesklassifiseringen', 'STYRK-koder – Yrkesutforskeren'],
  ['/styrk/2511', '2511 Systemanalytikere/-arkitekter', '2511 Systemanalytikere/-arkitekter – Yrkesutforskeren'],
  ['/styrk/5', '5 Salgs- og serviceyrker', '5 Salgs- og serviceyrker – Yrkesutforskeren'],
  ['/fylke', 'Hvor er arbeidsplassene?', 'Fylker – Yrkesutforskeren'],
  ['/fylke/46', 'Vestland', 'Vestland – Yrkesutforskeren'],
  ['/vgs', 'Videregående: fra Vg1 til yrke', 'Videregående: fra Vg1 til yrke – Yrkesutforskeren'],
  ['/vgs/ELELE1', 'Vg1 Elektro og datateknologi', 'Vg1 Elektro og datateknologi – Yrkesutforskeren'],
  ['/interesser', 'Hva liker du å gjøre?', 'Hva liker du å gjøre? – Yrkesutforskeren'],
  ['/om', 'Om Yrkesutforskeren', 'Om Yrkesutforskeren – Yrkesutforskeren'],
];

const squash = (text) => text.replace(/\s+/g, ' ').trim();
// Addresses of this site in the text (the embed snippets) are written at build time with the
// site's published origin; the test server runs elsewhere.
const sameSite = (text) => text.replace(/https?:\/\/127\.0\.0\.1:\d+/g, 'ORIGIN');

// The text of `main` as the document holds it (not only what is laid out yet: parts below the
// first screen are laid out as they near the viewport).
async function mainText(page) {
  return squash(await page.locator('main').evaluate((main) => {
    const parts = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) parts.push(walker.currentNode.data);
    return parts.join(' ');
  }));
}

test('with JavaScript off every prerendered page shows its title, card and content', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  try {
    for (const [path, heading, pageTitle] of PAGES) {
      const response = await page.goto(`${app.base}${path}`);
      assert.equal(response.status(), 200, path);
      const title = await page.title();
      assert.equal(title, pageTitle, path);
      assert.equal(squash(await page.locator('main h1').first().innerText()), heading, path);
      assert.equal(await page.locator('main [data-loading]').count(), 0, `${path}: nothing loading`);
      assert.ok((await mainText(page)).length > 200, `${path}: content`);
      const meta = (name) => page.locator(`meta[${name}]`).first().getAttribute('content');
      const description = await meta('name="description"');
      assert.ok(description && description.length > 30 && description.length <= 161, `${path}: description «${description}»`);
      assert.equal(await meta('property="og:title"'), title, path);
      assert.equal(await meta('property="og:description"'), description, path);
      assert.equal(new URL(await meta('property="og:url"')).pathname, path, path);
      assert.equal(await page.locator('link[rel="canonical"]').count(), 1, path);
    }
    // Controls that need the app are not offered; a note says what needs JavaScript.
    await page.goto(`${app.base}/`);
    assert.equal(await page.locator('#sok').isVisible(), false);
    assert.equal(await page.locator('main button').first().isVisible(), false);
    assert.match(await page.locator('.noscript-note').innerText(), /trenger JavaScript/);
    // The description of an occupation is its own first sentence, not a generic line.
    await page.goto(`${app.base}/yrke/kokk`);
    assert.match(await page.locator('meta[name="description"]').getAttribute('content'), /^Kokker /);

    // Links work without the app: front page → Vg1 programmes → a programme → a lærefag →
    // an occupation → its STYRK code → back to it.
    await page.goto(`${app.base}/`);
    await page.locator('.doors a[href="/vgs"]').click();
    await page.waitForURL(/\/vgs$/);
    await page.locator('main a[href="/vgs/RMRMF1"]').first().click();
    await page.waitForURL(/\/vgs\/RMRMF1$/);
    await page.goto(`${app.base}/vgs/RMKOK3`);
    const first = page.locator('main a[href^="/yrke/"]:visible').first();
    const name = squash(await first.innerText());
    await first.click();
    await page.waitForURL(/\/yrke\/[a-z0-9-]+$/);
    assert.equal(squash(await page.locator('main h1').innerText()), name);
    await page.goto(`${app.base}/yrke/kokk`);
    await page.locator('main a[href^="/styrk/"]').first().click();
    await page.waitForURL(/\/styrk\/\d+$/);
    assert.ok((await mainText(page)).includes('Kokk'));
    await page.locator('main a[href="/yrke/kokk"]').first().click();
    await page.waitForURL(`${app.base}/yrke/kokk`);
  } finally {
    await page.context().close();
  }
});

// [page, a fold kept for readers without JavaScript, what its body holds]
const KEPT_FOLDS = [
  ['/fylke/46', 'details.more-table', 'table.employers tbody tr'],
  ['/skole/874557102', '.school-offer details.more-table', 'table.thresholds tbody tr'],
  ['/vgs/ELELE1', 'details.vgs-table', 'tbody tr'],
];

test('long folded tables and lists: on the page without JavaScript; with it, built as the reader opens them', async () => {
  const off = await app.newPage({ javaScriptEnabled: false });
  const live = await app.newPage();
  try {
    for (const [path, fold, rows] of KEPT_FOLDS) {
      await off.goto(`${app.base}${path}`);
      const folded = off.locator(fold).first();
      assert.ok((await folded.locator(rows).count()) > 0, `${path}: the rows without JavaScript`);
      await folded.locator(':scope > summary').click();
      assert.ok(await folded.locator(rows).first().isVisible(), `${path}: shown when unfolded`);

      await live.goto(`${app.base}${path}`);
      const closed = live.locator(fold).first();
      assert.equal(await live.locator(`${fold} ${rows}`).count(), 0, `${path}: no rows built before the reader asks`);
      await closed.locator(':scope > summary').click();
      await closed.locator(rows).first().waitFor();
      assert.ok(await closed.locator(rows).first().isVisible(), path);
    }
    assert.deepEqual(live.errors, []);
  } finally {
    await off.context().close();
    await live.context().close();
  }
});

test('with JavaScript on the app takes every page over with the same text and no console error', async () => {
  // The prerendered page as a browser with JavaScript shows it before the app runs (with
  // JavaScript off, noscript.css hides the controls that need the app).
  const still = await app.newPage();
  await still.route(/_bg\.wasm$/, (route) => route.abort());
  const live = await app.newPage();
  const errors = [];
  live.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    for (const [path] of PAGES) {
      await still.goto(`${app.base}${path}`, { waitForApp: false });
      const prerendered = await mainText(still);
      await live.goto(`${app.base}${path}`); // waits for <html data-app="ready">
      assert.equal(await live.evaluate(() => document.documentElement.dataset.app), 'ready', path);
      assert.equal(await live.locator('#app').count(), 1, `${path}: one app root after the swap`);
      assert.equal(sameSite(await mainText(live)), sameSite(prerendered), `${path}: the live page says what the HTML said`);
    }
    assert.deepEqual(errors, []);
    assert.deepEqual(live.errors, []);
    // The live page's links run in the app (no new document): the search works, a row opens.
    await live.goto(`${app.base}/?vis=alle`);
    await live.getByLabel('Søk i yrker').fill('kokk');
    await live.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
    await live.evaluate(() => { window.__sameDocument = true; });
    await live.click('.occupation-row .occupation-link');
    await live.waitForURL(`${app.base}/yrke/kokk`);
    assert.equal(await live.evaluate(() => window.__sameDocument), true);
  } finally {
    await still.context().close();
    await live.context().close();
  }
});

test('what is typed before the app runs is kept when it takes over', async () => {
  const page = await app.newPage();
  try {
    // Hold the app back until the reader has typed into the prerendered search box.
    const release = await holdApp(page);
    await page.goto(`${app.base}/`, { waitUntil: 'domcontentloaded', waitForApp: false });
    await page.locator('#sok').fill('elektriker');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.locator('#sok').inputValue(), 'elektriker');
    await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Elektriker');
  } finally {
    await page.context().close();
  }
});

test('a prerendered page never shows what the address\'s query would change before the app does', async () => {
  const page = await app.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(`${app.base}/?q=kokk`, { waitUntil: 'load', waitForApp: false });
    // The HTML holds the doors, for an address without a query; with one they stay hidden
    // until the app has searched.
    assert.equal(await page.locator('.doors').count(), 1, 'their space is kept');
    assert.equal(await page.locator('.doors').isVisible(), false);
    assert.equal(await page.locator('h1').first().isVisible(), true, 'the page itself shows');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.locator('.occupation-list').isVisible(), true);
    assert.equal(await page.locator('.occupation-row .occupation-link').first().textContent(), 'Kokk');
  } finally {
    await page.context().close();
  }
});

test('robots.txt and the sitemap list the pages; other addresses get the frame, then the app', async () => {
  const page = await app.newPage();
  try {
    const robots = await (await page.request.get(`${app.base}/robots.txt`)).text();
    assert.match(robots, /^User-agent: \*/m);
    assert.match(robots, /^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
    const sitemap = await (await page.request.get(`${app.base}/sitemap.xml`)).text();
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
    for (const [path] of PAGES) assert.ok(urls.includes(path), `sitemap lists ${path}`);
    assert.ok(urls.filter((u) => u.startsWith('/yrke/')).length > 500, 'every occupation');
    assert.equal(new Set(urls).size, urls.length, 'no address twice');

    // No prerendered page: the frame with a loading state, then the app's own page.
    const html = await (await page.request.get(`${app.base}/sammenlign?yrker=kokk`)).text();
    assert.match(html, /<header class="site-header"/);
    assert.match(html, /data-loading/);
    await page.goto(`${app.base}/sammenlign?yrker=kokk`);
    await page.waitForSelector('table.compare');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('an embed shows nothing of the site around it before the app has rendered it', async () => {
  const page = await app.newPage();
  try {
    const release = await holdApp(page);
    await page.goto(`${app.base}/embed/yrke/kokk`, { waitUntil: 'load', waitForApp: false });
    assert.equal(await page.locator('.site-header').isVisible(), false, 'no site header in a school page');
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.locator('.site-header').count(), 0);
    assert.match(await page.locator('h1, h2').first().innerText(), /Kokk/);
  } finally {
    await page.context().close();
  }
});
