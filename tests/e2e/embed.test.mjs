// End-to-end: a school's page on another origin embeds the app with one script line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, startSchoolPage, texts } from './harness.mjs';

let app;
let host;
let hostBase;
before(async () => {
  app = await startApp();
  host = await startSchoolPage(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Skolen</title></head><body>
      <h1>Utdanningsvalg ved skolen</h1>
      <script src="${app.base}/embed.js" data-yrke="kokk" data-farge="#7a1f5c"></script>
      <p>Mellom rammene.</p>
      <script src="${app.base}/embed.js" data-view="sok" data-farge="#ffff00" data-visning="kompakt" data-sprak="se"></script>
    </body></html>`);
  hostBase = host.base;
});
after(async () => {
  await app?.close();
  await host?.close();
});

test('embed.js makes titled frames that take their content height and ignore foreign messages', async () => {
  const page = await app.newPage();
  await page.goto(`${hostBase}/`);
  const frames = page.locator('iframe');
  await frames.first().waitFor();
  assert.equal(await frames.count(), 2);
  assert.equal(await frames.nth(0).getAttribute('title'), 'Yrke fra Yrkesutforskeren');
  assert.equal(await frames.nth(1).getAttribute('title'), 'Søk i yrker – Yrkesutforskeren');

  const card = page.frameLocator('iframe').first();
  await card.locator('h1').waitFor();
  assert.equal(await card.locator('h1').textContent(), 'Kokk');
  // The first paragraph of the occupation's own texts, fetched with them.
  await card.getByText('Kokker tilbereder mat og gjør den klar for servering.', { exact: false }).waitFor();
  const link = card.locator('a[target="_blank"]').first();
  assert.equal(await link.getAttribute('rel'), 'noopener noreferrer');
  assert.match(await link.getAttribute('href'), new RegExp(`^${app.base}/yrke/kokk$`));
  assert.equal(await card.locator('.site-header').count(), 0, 'no site chrome');
  // The school's accent is used when it is readable.
  assert.equal(await card.locator('.embed').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim()), '#7a1f5c');

  // The frame takes the height of its content.
  await page.waitForFunction(() => document.querySelector('iframe').style.height !== '160px');
  const height = async () => page.$eval('iframe', (f) => parseFloat(f.style.height));
  const content = await card.locator('body').evaluate((e) => e.offsetHeight);
  assert.ok(Math.abs((await height()) - content) <= 2, `${await height()} vs ${content}`);

  // A message from the school's own origin (or any other) changes nothing.
  const before = await height();
  await page.evaluate(() => window.postMessage({ type: 'yrkesutforskeren:height', height: 5 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(await height(), before);

  // The search view: results open the full app in a new tab; an unreadable accent is ignored;
  // a language that does not exist is answered in bokmål, and said so.
  const search = page.frameLocator('iframe').nth(1);
  await search.getByText('Språket kortet ba om, finnes ikke').waitFor();
  await search.getByLabel('Søk i yrker').fill('elektriker');
  await search.locator('.embed-results a').first().waitFor();
  const titles = await search.locator('.embed-results a').allTextContents();
  assert.ok(titles.includes('Elektriker'), titles.join(', '));
  assert.equal(await search.locator('.embed-results a').first().getAttribute('target'), '_blank');
  assert.equal(await search.locator('.embed').evaluate((e) => getComputedStyle(e).getPropertyValue('--accent').trim()), '#0b5cad', 'the app keeps its own accent');
  assert.deepEqual(page.errors, []);
});

test('each occupation page offers its embed line with a copy button; /om explains privacy, sources and accessibility', async () => {
  const page = await app.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.waitForSelector('#bygg-inn');
  const snippet = await page.inputValue('#embed-kode');
  assert.equal(snippet, `<script src="${app.base}/embed.js" data-yrke="elektriker"></script>`);
  await page.getByRole('button', { name: 'Kopier koden' }).click();
  await page.waitForSelector('text=Koden er kopiert.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);

  await page.getByRole('link', { name: 'Om', exact: true }).click();
  await page.waitForURL(/\/om$/);
  await page.waitForSelector('#tilgjengelighet');
  const about = await page.textContent('article.about');
  assert.match(about, /ingen informasjonskapsler/i);
  assert.match(about, /WCAG 2\.1 nivå AA/);
  // Reached from an occupation page taken over from its slice: the list comes with the whole snapshot.
  await page.waitForSelector('#kilder ~ .credits li');
  const sources = await texts(page, '#kilder ~ .credits li');
  assert.ok(sources.length >= 15, `${sources.length} sources`);
  assert.ok(sources.some((s) => s.includes('Kartverket')), 'map credit');
  assert.ok(sources.some((s) => s.includes('NLOD')), 'NLOD credit');
  assert.deepEqual(page.errors, []);
});

test('/om shows each embed line whole with its own copy button, at 320 px too', async () => {
  const page = await app.newPage({ viewport: { width: 320, height: 700 }, permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${app.base}/om`);
  await page.waitForSelector('#bygg-inn');
  const blocks = page.locator('#bygg-inn ~ .snippet-block');
  assert.equal(await blocks.count(), 3);
  for (let i = 0; i < 3; i += 1) {
    const block = blocks.nth(i);
    const code = await block.locator('pre').textContent();
    assert.match(code, new RegExp(`^<script src="${app.base}/embed\\.js" data-`));
    assert.ok(await block.locator('pre').evaluate((e) => e.scrollWidth <= e.clientWidth), `line ${i + 1} is whole, not cut`);
    await block.getByRole('button', { name: 'Kopier koden' }).click();
    await block.getByText('Koden er kopiert.').waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  }
  assert.deepEqual(page.errors, []);
});

test('the app makes no request to any other origin', async () => {
  const page = await app.newPage();
  const foreign = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(app.base) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  for (const path of ['/', '/yrke/kokk', '/fylke', '/fylke/03', '/om']) {
    await page.goto(`${app.base}${path}`);
    await page.waitForLoadState('networkidle');
  }
  assert.deepEqual(foreign, []);
  assert.deepEqual(await page.context().cookies(), [], 'no cookies');
});

test('the line to paste names the address the site is served from, before and after the app starts', async () => {
  // The site runs on a port the pages were not prerendered for (they name 127.0.0.1:8080).
  const expected = `<script src="${app.base}/embed.js" data-yrke="kokk"></script>`;
  for (const live of [false, true]) {
    const page = await app.newPage();
    // Without the wasm the page stays as prerendered (as on a slow phone before the app is live).
    if (!live) await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(`${app.base}/om`, { waitForApp: live });
    await page.waitForSelector('pre.snippet');
    assert.equal((await texts(page, 'pre.snippet'))[0], expected, live ? 'live' : 'prerendered');
    await page.goto(`${app.base}/yrke/kokk`, { waitForApp: live });
    await page.waitForSelector('#embed-kode');
    assert.equal(await page.inputValue('#embed-kode'), expected, live ? 'live' : 'prerendered');
    await page.context().close();
  }
});
