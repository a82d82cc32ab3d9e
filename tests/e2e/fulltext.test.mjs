// End-to-end: search reads every page's texts once fulltext.json has loaded (fetched when a
// search box gets focus or a query is given, never by pages that do not search), shows why a hit is there, never leaves a pupil with nothing for a real word, and
// finds programme areas and lærefag by name.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, texts } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Opens / with a query once the full text is in (its request answered and the list redrawn). */
async function searched(query) {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.focus('#sok');
  await page.waitForSelector('.result-count[data-full-text="true"]');
  await page.fill('#sok', query);
  await page.waitForFunction(
    // The list says which text it shows results for (typing is searched at the next frame).
    (q) => document.querySelector('.result-count')?.dataset.query === q,
    query,
  );
  return page;
}

test('the full text is fetched once search is wanted, not by pages that do not search, and is precached', async () => {
  const page = await app.newPage();
  const requested = [];
  page.on('request', (r) => r.url().endsWith('/snapshot/fulltext.json') && requested.push(r.url()));
  await page.goto(`${app.base}/yrke/kokk`);
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  await page.waitForTimeout(500);
  assert.deepEqual(requested, [], 'an occupation page and the unsearched list never fetch it');
  const response = page.waitForResponse((r) => r.url().endsWith('/snapshot/fulltext.json'));
  await page.focus('#sok');
  await response;
  await page.waitForSelector('.result-count[data-full-text="true"]');
  // A query in the address wants search at once.
  const linked = await app.newPage();
  const fetched = linked.waitForResponse((r) => r.url().endsWith('/snapshot/fulltext.json'));
  await linked.goto(`${app.base}/?q=bygge%20hus`);
  await fetched;
  const sw = await (await fetch(`${app.base}/sw.js`)).text();
  assert.match(sw, /"snapshot\/fulltext\.json"/, 'the service worker precaches it');
});

test('words from the pages find occupations, with the passage that matched marked', async () => {
  const page = await searched('bygge hus');
  const first = page.locator('.occupation-row').first();
  assert.equal(await first.locator('.occupation-link').textContent(), 'Tømrer');
  await first.locator('.passage mark').first().waitFor();
  const marked = (await first.locator('.passage mark').allTextContents()).map((t) => t.toLowerCase());
  assert.ok(marked.some((t) => t.includes('hus')), marked.join(', '));
  assert.match(await first.locator('.passage').textContent(), /Fra teksten om yrket/);
});

test('old titles, nynorsk and compounds find what pupils mean', async () => {
  const cases = [
    ['dagmamma', 'Barnehageassistent'],
    ['brannmann', 'Brannkonstabel'],
    ['sjukepleiar', 'Sykepleier'],
    ['tannlækjar', 'Tannlege'],
    ['brannfolk', 'Brannkonstabel'],
    ['spillprogrammering', 'Spillprogrammerer'],
    ['kjøre lastebil', 'Lastebilsjåfør'],
  ];
  for (const [query, expected] of cases) {
    const page = await searched(query);
    const titles = (await texts(page, '.occupation-row .occupation-link')).slice(0, 3);
    assert.ok(titles.includes(expected), `${query}: ${titles.join(', ')}`);
    await page.context().close();
  }
});

test('bil ranks the car trades before rare words that merely start with bil', async () => {
  const page = await searched('bil');
  const titles = await texts(page, '.occupation-row .occupation-link');
  const mechanic = titles.findIndex((t) => t.startsWith('Bilmekaniker'));
  const seller = titles.indexOf('Bilselger');
  const painter = titles.indexOf('Billedkunstner');
  assert.ok(mechanic >= 0 && seller >= 0, titles.slice(0, 8).join(', '));
  // «Billedkunstner» starts with the letters too: listed, but after the car trades.
  assert.ok(painter >= 0, titles.join(', '));
  assert.ok(painter > Math.max(mechanic, seller), titles.slice(0, 20).join(', '));
});

test('no exact answer: says so plainly and shows the nearest occupations', async () => {
  const page = await searched('tømrer astronaut');
  await page.waitForSelector('.nearest-note');
  assert.match(await page.textContent('.nearest-note'), /Ingen yrker passer til alle ordene i «tømrer astronaut»/);
  assert.ok((await page.locator('.occupation-row').count()) > 0);
  const nothing = await searched('qqqqzzzz');
  await nothing.waitForSelector('.empty');
  assert.equal(await nothing.locator('.nearest-note').count(), 0);
});

test('programme areas and lærefag are found by name, open their tree and list the occupations they lead to', async () => {
  const page = await searched('restaurant- og matfag');
  const link = page.getByRole('link', { name: 'Vg1 Restaurant- og matfag', exact: true });
  await link.waitFor();
  await link.click();
  await page.waitForURL(/\/vgs\/RMRMF1$/);
  await page.waitForSelector('.vgs-tree');
  await page.getByRole('link', { name: /Se yrkene i lista/ }).click();
  await page.waitForURL(/\?program=RMRMF1----$/);
  await page.waitForSelector('.programme-filter');
  assert.match(await page.textContent('.programme-filter'), /Vg1 Restaurant- og matfag/);
  const titles = await texts(page, '.occupation-row .occupation-link');
  assert.ok(titles.includes('Kokk') && titles.includes('Baker'), titles.join(', '));
  await page.getByRole('button', { name: 'Vis alle yrker' }).click();
  await page.waitForFunction(() => !location.search.includes('program='));
  const lærefag = await searched('kokkfaget');
  await lærefag.getByRole('link', { name: /Kokkfaget \(lærefag\)/ }).waitFor();
});

test('while someone types, no occupation page is fetched for passages; once they pause, the passages come', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.focus('#sok');
  await page.waitForSelector('.result-count[data-full-text="true"]');
  let typing = true;
  const duringTyping = [];
  page.on('request', (r) => typing && /\/snapshot\/yrke\//.test(r.url()) && duringTyping.push(r.url()));
  await page.type('#sok', 'bygge hus', { delay: 20 });
  typing = false;
  await page.locator('.occupation-row .passage mark').first().waitFor();
  assert.deepEqual(duringTyping, [], 'pages fetched while typing');
});
