// End-to-end: every route and flow of the app in headless Chromium against the built dist/.
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

const LIST_ROW = '.occupation-row';

test('the front page opens four doors before any list; "Alle yrker" lists every occupation', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.waitForSelector('.doors');
  const doors = await texts(page, '.doors .door-title');
  assert.deepEqual(doors, ['Hva liker du å gjøre?', 'Vg1-program', 'Etter område', 'Alle yrker']);
  assert.equal(await page.locator(LIST_ROW).count(), 0, 'no list before the pupil asks');
  assert.equal((await page.textContent('.result-count')).trim(), '');
  await page.getByRole('link', { name: /^Alle yrker/ }).click();
  await page.waitForURL(/\?vis=alle$/);
  await page.waitForSelector(LIST_ROW);
  assert.equal(await page.locator('.doors').count(), 0);
  assert.match(await page.textContent('.result-count'), /Viser alle 599 yrker/);
  assert.equal((await page.$$(LIST_ROW)).length, 24, 'the first page of rows');
  await page.getByRole('button', { name: 'Vis 48 til' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.occupation-row').length === 72);
  await page.getByRole('button', { name: 'Vis alle 599' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.occupation-row').length === 599);
  const hrefs = await page.$$eval(`${LIST_ROW} .occupation-link`, (links) => links.map((a) => a.getAttribute('href')));
  assert.equal(new Set(hrefs).size, 599, 'every occupation once');
  assert.equal(await page.title(), 'Yrkesutforskeren');
  assert.deepEqual(page.errors, []);
});

test('typing filters the list, and the occupation page shows tasks, codes and salary', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.waitForSelector('#sok');
  await page.getByLabel('Søk i yrker').pressSequentially('prosjektleder');
  // The list names the typed text once every row shows its results (the last keystroke is
  // searched at the next frame).
  await page.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'prosjektleder');
  const titles = await texts(page, `${LIST_ROW} .occupation-link`);
  assert.equal(titles[0], 'Prosjektleder', 'the exact title comes first');
  assert.ok(titles.slice(0, 3).includes('IT-prosjektleder'), titles.slice(0, 5).join(', '));
  const marked = await texts(page, `${LIST_ROW}:first-child mark`);
  assert.deepEqual(marked, ['Prosjektleder'], 'the matched part is highlighted');
  const shown = Number((await page.textContent('.result-count')).match(/^(\d+)\s+yrker? av 599/)[1]);
  assert.ok(shown >= titles.length && shown < 599, `${shown} hits`);
  await page.waitForURL(/\?q=prosjektleder$/);

  await page.getByRole('link', { name: 'IT-prosjektleder', exact: true }).click();
  await page.waitForURL(/\/yrke\/it-prosjektleder$/);
  await page.waitForSelector('.tasks li');
  assert.equal(await page.textContent('h1'), 'IT-prosjektleder');
  // utdanning.no lists six typical tasks for an IT project manager.
  assert.equal((await page.$$('.tasks li')).length, 6);
  const codeLinks = await texts(page, '#koder ~ .code-list a, .code-list a');
  assert.ok(codeLinks.some((t) => t.startsWith('2511')), codeLinks.join(' | '));
  assert.ok(codeLinks.some((t) => t.startsWith('2522')), codeLinks.join(' | '));
  const medians = await texts(page, 'table.figures tbody tr:first-child td:nth-child(3)');
  assert.ok(medians.some((t) => /^\d{1,3}(\u00a0\d{3})+ kr$/.test(t)), medians.join(' | '));
  const sources = await texts(page, '.source');
  assert.ok(sources.some((t) => t.includes('Tabell 11418') && t.includes('2025')), sources.join(' | '));
  assert.ok(sources.some((t) => t.includes('Norsk lisens for offentlige data')), 'NLOD credit line');
  assert.equal(await page.title(), 'IT-prosjektleder – Yrkesutforskeren');
  assert.deepEqual(page.errors, []);
});

test('the search is kept in the URL: reload and back/forward restore it', async () => {
  const page = await app.newPage();
  // Counted once the pages' texts are searched too (they arrive after the first list).
  const FULL = '.result-count[data-full-text="true"]';
  await page.goto(`${app.base}/?q=snekker`);
  await page.waitForSelector(FULL);
  assert.equal(await page.inputValue('#sok'), 'snekker');
  const filtered = (await page.$$(LIST_ROW)).length;
  assert.ok(filtered > 0 && filtered < 599);

  await page.reload();
  await page.waitForSelector(FULL);
  assert.equal(await page.inputValue('#sok'), 'snekker');
  assert.equal((await page.$$(LIST_ROW)).length, filtered);

  await page.click(`${LIST_ROW} a`);
  await page.waitForSelector('article.occupation h1');
  await page.goBack();
  await page.waitForSelector(LIST_ROW);
  assert.equal(await page.inputValue('#sok'), 'snekker');
  assert.equal((await page.$$(LIST_ROW)).length, filtered);
  await page.goForward();
  await page.waitForSelector('article.occupation h1');
});

test('a search with no hits says so and can be cleared', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=qqqxxzz`);
  await page.waitForSelector('.empty');
  assert.match(await page.textContent('.empty'), /Ingen yrker passer til «qqqxxzz»/);
  await page.getByRole('button', { name: 'Tøm søket' }).click();
  // Nothing searched: the front page offers its doors again.
  await page.waitForSelector('.doors');
  assert.equal(await page.inputValue('#sok'), '');
});

test('a STYRK code page shows parents, figures and its occupations', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/styrk/2511`);
  await page.waitForSelector('h1');
  assert.match(await page.textContent('h1'), /^2511 /);
  const crumbs = await texts(page, '.breadcrumbs li');
  assert.deepEqual(crumbs.slice(0, 4).map((c) => c.split(' ')[0]), ['STYRK-08', '2', '25', '251']);
  const occupations = await texts(page, '#yrker ~ .plain-list a');
  assert.ok(occupations.includes('IT-prosjektleder'), occupations.join(', '));
  assert.match(await page.textContent('.facts'), /Systems Analysts/);
  assert.match(await page.textContent('main'), /Legger man sammen tallene for hvert yrke, blir summen for høy/);

  await page.getByRole('link', { name: 'IT-prosjektleder', exact: true }).click();
  await page.waitForURL(/\/yrke\/it-prosjektleder$/);
});

test('a code page counts its own people: never a sum over the other codes of its occupations', async () => {
  const page = await app.newPage();
  // Miljøterapeut has 5321 and also 3412 and 2224: their people are not 5321's.
  await page.goto(`${app.base}/styrk/5321`);
  await page.waitForSelector('#sysselsetting');
  const main = await page.textContent('main');
  assert.doesNotMatch(main, /Til sammen/);
  assert.match(main, /Legger man sammen tallene for hvert yrke/);
  // A group counts the codes below it, each once, and only those.
  await page.goto(`${app.base}/styrk/532`);
  await page.waitForSelector('#yrker');
  const total = await page.textContent('#yrker ~ p:not(.note)');
  assert.match(total, /^Til sammen [\d\u00a0]+ sysselsatte i \d+\u00a0koder\. Hver kode er talt én gang/);
  assert.deepEqual(page.errors, []);
});

test('a major group lists its children and the STYRK index lists the major groups', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/styrk`);
  await page.waitForSelector('.code-list a');
  assert.equal((await page.$$('.code-list a')).length, 10);
  await page.goto(`${app.base}/styrk/2`);
  await page.waitForSelector('#underkoder');
  const children = await texts(page, '#underkoder ~ .code-list a');
  assert.ok(children.every((c) => /^2\d /.test(c)) && children.length > 1, children.join(' | '));
});

test('unknown occupations, codes and addresses show the not-found view', async () => {
  const page = await app.newPage();
  for (const [path, message] of [
    ['/yrke/finnes-ikke', /Vi har ikke noe yrke med adressen «finnes-ikke»/],
    ['/styrk/99999', /STYRK-08 har ingen kode «99999»/],
    ['/noe/helt/annet', /Vi fant ingen side på denne adressen/],
  ]) {
    await page.goto(`${app.base}${path}`);
    await page.waitForSelector('.not-found h1');
    assert.equal(await page.textContent('h1'), 'Fant ikke siden');
    assert.match(await page.textContent('main'), message);
  }
  await page.getByRole('link', { name: 'Gå til alle yrker' }).click();
  await page.waitForSelector(LIST_ROW);
});

test('a deep link to an occupation works on first load and on reload', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/kokk`);
  await page.waitForSelector('article.occupation .tasks li');
  await page.reload();
  await page.waitForSelector('article.occupation .tasks li');
  assert.equal(await page.textContent('h1'), 'Kokk');
});

test('an occupation without salary data says so plainly', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/grunder`);
  await page.waitForSelector('#lonn');
  assert.match(await page.textContent('main'), /For dette yrket finnes det ikke tilgjengelig lønnsdata/);
  assert.match(await page.textContent('main'), /ikke knyttet dette yrket til en STYRK-kode/);
});

test('a failed snapshot download shows a Norwegian error and retry recovers', async () => {
  const page = await app.newPage();
  let fail = true;
  await page.route('**/snapshot/snapshot.json', (route) =>
    fail ? route.fulfill({ status: 503, body: 'nede' }) : route.continue(),
  );
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.textContent('[role=alert]'), /Dataene kunne ikke lastes/);
  assert.match(await page.textContent('[role=alert]'), /503/);
  fail = false;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await page.waitForSelector(LIST_ROW);
  assert.match(await page.textContent('.result-count'), /Viser alle 599 yrker/);
});

test('a truncated snapshot is reported as broken data, not a blank page', async () => {
  const page = await app.newPage();
  await page.route('**/snapshot/snapshot.json', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: body.slice(0, body.length / 2) });
  });
  await page.goto(`${app.base}/`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.textContent('[role=alert]'), /avkortet eller endret/);
  assert.ok(await page.getByRole('button', { name: 'Prøv igjen' }).isVisible());
  assert.deepEqual(page.errors, []);
});

test('/om names every source with its period and licence, and the data version', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/om`);
  await page.waitForSelector('.credits li');
  const credits = await texts(page, '.credits li');
  for (const expected of ['Statistisk sentralbyrå', 'utdanning.no', 'CC BY 4.0', 'NLOD', '2025']) {
    assert.ok(credits.some((c) => c.includes(expected)), `${expected} in ${credits.join(' | ')}`);
  }
  assert.match(await page.textContent('main'), /Dataversjon \(for feilmeldinger\): [0-9a-f]{16}/);
});
