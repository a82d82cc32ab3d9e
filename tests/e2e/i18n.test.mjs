// End-to-end: the app in bokmål, nynorsk (/nn/…) and English (/en/…) (pages.test.mjs reads
// every route in each language for words left untranslated). The language switch keeps the
// page and its state and is remembered; search understands English titles; embeds
// follow data-sprak; prerendered pages exist per language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, startSchoolPage, eventually, DIST } from './harness.mjs';
import { inLanguage } from './routes.mjs';

let app;
let host;
let hostBase;
before(async () => {
  app = await startApp();
  const embed = (attributes) => `<script src="${app.base}/embed.js" ${attributes}></script>`;
  host = await startSchoolPage(`<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Skulen</title></head><body>
      ${embed('data-yrke="kokk" data-sprak="nn"')}
      ${embed('data-yrke="kokk" data-sprak="en"')}
      ${embed('data-view="sok" data-sprak="en"')}
      ${embed('data-yrke="kokk" data-sprak="se"')}
    </body></html>`);
  hostBase = host.base;
});
after(async () => {
  await app?.close();
  await host?.close();
});

test('the switch keeps the page and its state, and the choice is remembered', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=kokk&sorter=lonn`);
  await page.waitForSelector('.occupation-row');
  await page.locator('.lang-switch').getByText('Nynorsk').click();
  await page.waitForURL(`${app.base}/nn/?q=kokk&sorter=lonn`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await page.getAttribute('html', 'lang'), 'nn');
  assert.equal(await page.inputValue('#sok'), 'kokk', 'the search is kept');
  assert.equal(await page.inputValue('#f-sorter'), 'lonn', 'the sort order is kept');
  await page.getByText('Søk i yrke', { exact: true }).waitFor();

  // An occupation page with a county chosen, into English.
  await page.goto(`${app.base}/nn/yrke/elektriker?fylke=46`);
  await page.waitForSelector('.where-in-country h3');
  await page.locator('.lang-switch').getByText('English').click();
  await page.waitForURL(`${app.base}/en/yrke/elektriker?fylke=46`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForSelector('.where-in-country h3');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.inputValue('#hvor-fylke'), '46', 'the county is kept');
  assert.ok((await page.textContent('#hvor-i-landet')).includes('Where in Norway'));
  // Only the page itself is current: not the brand, not the front page of the language.
  assert.deepEqual(await page.$$eval('[aria-current="page"]', (es) => es.map((e) => e.textContent.trim())), []);
  await page.goto(`${app.base}/en/om`);
  assert.deepEqual(await page.$$eval('header [aria-current="page"]', (es) => es.map((e) => e.textContent.trim())), ['About']);

  // Remembered: an address without a language folder opens in English.
  await page.goto(`${app.base}/styrk/2511`);
  await page.waitForURL(`${app.base}/en/styrk/2511`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByText('Systems Analysts').first().waitFor();
  // Choosing bokmål is remembered too.
  await page.locator('.lang-switch').getByText('Bokmål').click();
  await page.waitForURL(`${app.base}/styrk/2511`);
  await page.goto(`${app.base}/fylke`);
  assert.equal(page.url(), `${app.base}/fylke`);
  assert.equal(await page.getAttribute('html', 'lang'), 'nb');
  assert.deepEqual(page.errors, []);
});

test('English queries find occupations through the ISCO-08 titles, in every language', async () => {
  const page = await app.newPage();
  for (const [query, expected] of [['nurse', 'Sykepleier'], ['electrician', 'Elektriker'], ['software developer', 'Systemutvikler']]) {
    for (const lang of ['en', 'nb']) {
      await page.goto(`${app.base}${inLanguage(lang, '/')}?q=${encodeURIComponent(query)}`);
      await page.waitForSelector('.occupation-row');
      const titles = await page.$$eval('.occupation-link', (links) => links.slice(0, 5).map((a) => a.textContent.trim()));
      assert.ok(titles.some((t) => t.startsWith(expected)), `${lang} ${query}: ${titles.join(', ')}`);
    }
  }
  // Typed into the search box of the English page.
  await page.goto(`${app.base}/en/`);
  await page.fill('#sok', 'nurse');
  await page.waitForFunction(() => document.querySelector('.occupation-row')?.textContent.includes('Sykepleier'));
  // English cards name the occupation's ISCO-08 title beside the Norwegian one; bokmål cards do not.
  const english = await page.$$eval('.occupation-row', (rows) =>
    rows.map((r) => [r.querySelector('.occupation-link').textContent.trim(), r.querySelector('.english-title')?.textContent.trim()]),
  );
  const nurse = english.find(([title]) => title === 'Sykepleier');
  assert.ok(nurse, JSON.stringify(english.slice(0, 3)));
  assert.match(nurse[1], /Nursing/);
  // On the English page the Norwegian name is marked as bokmål; the shown English title is
  // English inside it (the page's language), so a screen reader speaks each in its language.
  const nurseRow = page.locator('.occupation-row', { has: page.locator('.occupation-link', { hasText: /^Sykepleier$/ }) });
  assert.equal(await nurseRow.locator('.occupation-link [lang]').getAttribute('lang'), 'nb');
  assert.equal(await nurseRow.locator('.english-title:visible').getAttribute('lang'), 'en');
  await page.goto(`${app.base}/?q=nurse`);
  await page.waitForSelector('.occupation-row');
  assert.equal(await page.locator('.occupation-row .english-title:visible').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('embeds follow data-sprak, and the snippet offers the language', async () => {
  const page = await app.newPage();
  await page.goto(`${hostBase}/`);
  const frames = page.locator('iframe');
  await frames.nth(3).waitFor();
  const sources = await frames.evaluateAll((fs) => fs.map((f) => new URL(f.src).pathname + new URL(f.src).search));
  assert.deepEqual(sources, ['/nn/embed/yrke/kokk', '/en/embed/yrke/kokk', '/en/embed/sok', '/embed/yrke/kokk?sprak=se']);
  assert.equal(await frames.nth(1).getAttribute('title'), 'Occupation from Yrkesutforskeren');
  const nynorsk = page.frameLocator('iframe').nth(0);
  await nynorsk.locator('h1').waitFor();
  assert.equal(await nynorsk.locator('html').getAttribute('lang'), 'nn');
  await nynorsk.getByText('Les meir om kokk i Yrkesutforskeren (ny fane)').waitFor();
  const english = page.frameLocator('iframe').nth(1);
  await english.getByText('Read more about Kokk in Yrkesutforskeren (new tab)').waitFor();
  assert.match(await english.locator('a[target="_blank"]').first().getAttribute('href'), /\/en\/yrke\/kokk$/);
  const search = page.frameLocator('iframe').nth(2);
  await search.getByLabel('Search occupations').fill('electrician');
  await search.locator('.embed-results a').first().waitFor();
  assert.ok((await search.locator('.embed-results a').allTextContents()).includes('Elektriker'));
  await page.frameLocator('iframe').nth(3).getByText('Språket kortet ba om, finnes ikke').waitFor();

  // The snippet on an occupation page starts in the page's language; the school can pick.
  await page.goto(`${app.base}/nn/yrke/kokk`);
  await page.waitForSelector('#bygg-inn');
  assert.equal(await page.inputValue('#embed-kode'), `<script src="${app.base}/embed.js" data-yrke="kokk" data-sprak="nn"></script>`);
  await page.selectOption('#embed-sprak', 'en');
  await eventually(() => page.inputValue('#embed-kode'), `<script src="${app.base}/embed.js" data-yrke="kokk" data-sprak="en"></script>`);
  await page.selectOption('#embed-sprak', 'nb');
  await eventually(() => page.inputValue('#embed-kode'), `<script src="${app.base}/embed.js" data-yrke="kokk"></script>`);
  assert.deepEqual(page.errors, []);
});

test('prerendered pages exist per language, readable without JavaScript, and name each other', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  for (const [path, lang, heading] of [
    ['/nn/yrke/kokk', 'nn', 'Kvar jobbar ein kokk?'],
    ['/en/yrke/kokk', 'en', 'Where do they work?'],
    ['/nn/', 'nn', 'Kva liker du å gjere?'],
    ['/en/interesser', 'en', 'What do you like doing?'],
    ['/en/om', 'en', 'Accessibility statement'],
    ['/nn/om', 'nn', 'Tilgjengeerklæring'],
    ['/om', 'nb', 'Tilgjengelighetserklæring'],
  ]) {
    const response = await page.goto(`${app.base}${path}`);
    assert.equal(response.status(), 200, path);
    assert.equal(await page.getAttribute('html', 'lang'), lang, path);
    await page.getByText(heading, { exact: true }).first().waitFor();
    const alternates = await page.$$eval('link[rel="alternate"][hreflang]', (ls) => ls.map((l) => l.hreflang));
    assert.deepEqual(alternates, ['nb', 'nn', 'en'], path);
    assert.ok(await page.locator('body > noscript').evaluate((n) => n.textContent.length > 0), path);
  }
  // The no-JavaScript note is in the page's language.
  const html = await (await fetch(`${app.base}/en/styrk`)).text();
  assert.match(html, /need JavaScript/);
  assert.match(html, /<a href="en\/styrk">STYRK codes<\/a>/);
});

test('nynorsk and English texts come from their own small file, read once before the page goes live', async () => {
  // The wasm (the main wasm and every chunk) holds the bokmål texts only: no long nynorsk or
  // English fixed text is in it.
  const folder = path.join(DIST, 'texts');
  const files = fs.readdirSync(folder);
  assert.deepEqual(files.map((f) => f.replace(/-[0-9a-f]{16}\.json$/, '')).sort(), ['en', 'nn']);
  const wasm = Buffer.concat(fs.readdirSync(DIST).filter((f) => f.endsWith('.wasm')).map((f) => fs.readFileSync(path.join(DIST, f))));
  for (const file of files) {
    const { tables } = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    const long = tables.flat().filter((text) => Buffer.byteLength(text) > 60);
    assert.ok(long.length > 50, file);
    const inWasm = long.filter((text) => wasm.includes(Buffer.from(text)));
    // A few nynorsk texts are written as in bokmål, which is compiled in; English never is.
    if (file.startsWith('en')) assert.deepEqual(inWasm, [], `${file}: texts also compiled into the wasm`);
    else assert.ok(inWasm.length <= long.length / 20, `${file}: ${inWasm.length} texts also in the wasm`);
  }

  // A nynorsk page asks for its file once (start.js, beside the app), a bokmål page not at all.
  const page = await app.newPage();
  const asked = [];
  page.on('request', (request) => {
    if (request.url().includes('/texts/')) asked.push(new URL(request.url()).pathname);
  });
  await page.goto(`${app.base}/nn/yrke/kokk`);
  assert.deepEqual(asked.map((p) => p.replace(/-[0-9a-f]{16}/, '')), ['/texts/nn.json']);
  // A page the app renders itself (a link followed in the app) has its fixed texts in nynorsk.
  await page.locator('header nav').getByText('STYRK-kodar', { exact: true }).click();
  await page.waitForURL(`${app.base}/nn/styrk`);
  await page.getByText('STYRK-08: yrkesklassifiseringa', { exact: true }).waitFor();
  assert.ok(!(await page.textContent('main')).includes('yrkesklassifiseringen'), 'no bokmål');
  await page.goto(`${app.base}/yrke/kokk`);
  await page.goto(`${app.base}/?q=kokk`);
  assert.equal(asked.length, 1, 'bokmål pages need no texts file');
  // An address the prerenderer did not write (a query) renders in English from the file.
  await page.goto(`${app.base}/en/?q=kokk`);
  await page.getByText('Search occupations', { exact: true }).first().waitFor();
  assert.deepEqual(page.errors, []);

  // Without its texts file the app does not start, and says so: the prerendered page stays
  // whole and readable, nothing in it is bokmål.
  const broken = await app.newPage();
  await broken.route('**/texts/**', (route) => route.fulfill({ status: 404, body: 'no' }));
  broken.on('console', () => {});
  await broken.goto(`${app.base}/en/yrke/kokk`, { waitForApp: false });
  await broken.locator('#start-failed').waitFor();
  assert.equal(await broken.getAttribute('html', 'data-app'), null);
  assert.ok((await broken.textContent('main')).includes('Where do they work?'));
  assert.ok((await broken.textContent('#start-failed')).length > 10);
});
