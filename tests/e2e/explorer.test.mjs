// End-to-end: the explorer's filters, sorting and URL state; compare; STYRK look-up;
// occupation page extras (routes, chart, related, copy link, print).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, texts, eventually } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const ROW = '.occupation-row';
const count = async (page) => Number((await page.textContent('.result-count')).match(/(\d+)/)[1]);
const titles = (page) => texts(page, `${ROW} .occupation-link`);
const openFilters = async (page) => {
  if (!(await page.$eval('details.filters', (d) => d.open))) await page.click('details.filters summary');
};
const waitForCountChange = (page, before) =>
  page.waitForFunction(
    (n) => Number(document.querySelector('.result-count').textContent.match(/(\d+)/)[1]) !== n,
    before,
  );

/** Median figures a row shows, as numbers. */
async function rowMedians(page) {
  return page.$$eval(`${ROW}`, (rows) =>
    rows.map((row) => {
      const text = [...row.querySelectorAll('.figure')].map((f) => f.textContent).join(' ');
      const m = text.match(/Median ([\d\u00a0]+)(?:–([\d\u00a0]+))?/);
      if (!m) return null;
      const n = (s) => Number(s.replace(/\u00a0/g, ''));
      return { low: n(m[1]), high: m[2] ? n(m[2]) : n(m[1]) };
    }),
  );
}

test('each filter narrows the list and is written to the URL', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector(ROW);
  await openFilters(page);
  const all = await count(page);

  await page.selectOption('#f-nav1', 'IT');
  await waitForCountChange(page, all);
  const it = await count(page);
  assert.ok(it > 0 && it < all);
  assert.match(page.url(), /nav1=IT/);

  const level2 = await page.$$eval('#f-nav2 option', (os) => os.map((o) => o.value).filter(Boolean));
  assert.ok(level2.length > 0);
  await page.selectOption('#f-nav2', level2[0]);
  await waitForCountChange(page, it);
  assert.ok((await count(page)) <= it);
  assert.match(page.url(), /nav2=/);

  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector(ROW);
  await openFilters(page);
  await page.selectOption('#f-hovedgruppe', '7');
  await waitForCountChange(page, all);
  const codes = await texts(page, `${ROW} .codes`);
  assert.ok(codes.every((c) => /\b7\d{3}\b/.test(c)), codes.slice(0, 5).join(' | '));
  assert.match(page.url(), /hovedgruppe=7/);

  const group7 = await count(page);
  await page.selectOption('#f-utdanning', 'fagbrev');
  await waitForCountChange(page, group7);
  const trades = await count(page);
  assert.ok(trades > 0 && trades < group7, `${trades} of ${group7}`);
  // Every row shown says so in its badge (rows without the route hide theirs).
  const badges = await page.$$eval(ROW, (rows) =>
    rows.map((r) => r.querySelector('.badge:not([hidden])')?.textContent ?? null),
  );
  assert.ok(badges.length > 0);
  assert.ok(
    badges.every((b) => b === 'Fagbrev/svennebrev'),
    badges.join(' | '),
  );
  assert.match(page.url(), /utdanning=fagbrev/);
});

test('the salary range keeps occupations with a code median inside it', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?lonn_min=60000&lonn_max=70000`);
  await page.waitForSelector(ROW);
  assert.equal(await page.inputValue('#f-lonn-min'), '60000');
  const medians = await rowMedians(page);
  assert.ok(medians.length > 0);
  assert.ok(medians.every((m) => m && m.high >= 60000 && m.low <= 70000), JSON.stringify(medians.slice(0, 5)));

  await page.fill('#f-lonn-max', '62000');
  await page.press('#f-lonn-max', 'Tab');
  await page.waitForURL(/lonn_max=62000/);
});

test('sorting by salary and by employment orders the list', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?sorter=lonn`);
  await page.waitForSelector(ROW);
  const highs = (await rowMedians(page)).map((m) => (m ? m.high : -1));
  const withFigures = highs.filter((h) => h >= 0);
  assert.ok(withFigures.length >= 10, `${withFigures.length} rows with a median`);
  assert.deepEqual(withFigures, [...withFigures].sort((a, b) => b - a));
  assert.equal(highs.indexOf(-1) === -1 || highs.slice(highs.indexOf(-1)).every((h) => h === -1), true);

  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector(ROW);
  await openFilters(page);
  const alphabetical = (await titles(page))[0];
  await page.selectOption('#f-sorter', 'sysselsatte');
  await page.waitForURL(/sorter=sysselsatte/);
  await page.waitForFunction(
    ([row, first]) => document.querySelector(`${row} .occupation-link`).textContent !== first,
    [ROW, alphabetical],
  );
  const employed = await page.$$eval(ROW, (rows) =>
    rows.map((r) => {
      const text = [...r.querySelectorAll('.figure')].map((f) => f.textContent).join(' | ');
      const m = text.match(/([\d\u00a0]+) i jobb/);
      return m ? Number(m[1].replace(/\u00a0/g, '')) : -1;
    }),
  );
  const known = employed.filter((e) => e >= 0);
  assert.ok(known.length >= 10, `${known.length} rows with people in work`);
  assert.deepEqual(known, [...known].sort((a, b) => b - a));
  // The occupation with the most people in work comes first.
  assert.equal(employed[0], Math.max(...known));
});

test('asking how to earn well leads to the list sorted by pay', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.getByLabel('Søk i yrker').fill('tjene mye penger');
  const button = page.getByRole('button', { name: 'Vis alle yrker etter lønn' });
  await button.waitFor();
  assert.match(await page.textContent('.pay-hint'), /høyest lønn/);
  await button.click();
  await page.waitForURL(/sorter=lonn/);
  assert.doesNotMatch(page.url(), /q=/);
  assert.equal(await page.inputValue('#sok'), '');
  await page.waitForSelector(ROW);
  const highs = (await rowMedians(page)).map((m) => (m ? m.high : -1)).filter((h) => h >= 0);
  assert.ok(highs.length > 10);
  assert.deepEqual(highs, [...highs].sort((a, b) => b - a));
  // Other searches offer nothing of the kind.
  await page.goto(`${app.base}/`);
  await page.getByLabel('Søk i yrker').fill('kokk');
  await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
  assert.equal(await page.locator('.pay-hint').count(), 0);
});

test('"Nullstill alle filtre" is offered only when a filter or an order is set', async () => {
  const page = await app.newPage();
  const clear = page.getByRole('button', { name: 'Nullstill alle filtre' });
  for (const query of ['?vis=alle', '?q=kokk']) {
    await page.goto(`${app.base}/${query}`);
    await page.waitForSelector(ROW);
    assert.equal(await clear.count(), 0, query);
  }
  for (const query of ['?q=kokk&utdanning=fagbrev', '?sorter=lonn']) {
    await page.goto(`${app.base}/${query}`);
    await page.waitForSelector(ROW);
    assert.equal(await clear.count(), 1, query);
  }
});

test('combined filters survive reload and back/forward, and clear with one action', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=lege&nav1=Helse%20og%20sosial&sorter=lonn`);
  await page.waitForSelector(ROW);
  const first = await titles(page);
  assert.ok(first.includes('Lege') && first.includes('Barnelege'), first.join(', '));
  await page.reload();
  await page.waitForSelector(ROW);
  assert.deepEqual(await titles(page), first);
  assert.equal(await page.inputValue('#sok'), 'lege');
  assert.equal(await page.inputValue('#f-nav1'), 'Helse og sosial');
  assert.equal(await page.inputValue('#f-sorter'), 'lonn');

  await page.selectOption('#f-hovedgruppe', '2');
  await page.waitForURL(/hovedgruppe=2/);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('hovedgruppe'));
  assert.equal(await page.inputValue('#f-hovedgruppe'), '');
  assert.deepEqual(await titles(page), first);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes('hovedgruppe=2'));
  assert.equal(await page.inputValue('#f-hovedgruppe'), '2');

  await page.getByRole('button', { name: 'Nullstill alle filtre' }).click();
  await page.waitForFunction(() => document.querySelector('.result-count').textContent.startsWith('Viser alle 599'));
  assert.equal(new URL(page.url()).search, '?vis=alle', 'the whole list, no filter');
  assert.equal(await page.getByRole('button', { name: 'Nullstill alle filtre' }).count(), 0);
});

test('an empty result offers to drop each filter', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=kokk&hovedgruppe=2`);
  await page.waitForSelector('.empty');
  const buttons = await texts(page, '.empty button');
  assert.ok(buttons.some((b) => b.includes('«kokk»')), buttons.join(' | '));
  await page.getByRole('button', { name: /Fjern «STYRK-hovedgruppe 2»/ }).click();
  await page.waitForSelector(ROW);
  assert.ok((await titles(page)).includes('Kokk'));
});

test('compare: add from a row and from a page, view side by side, remove', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=kokk`);
  await page.waitForSelector(ROW);
  const kokkRow = page.locator(ROW, { has: page.getByRole('link', { name: 'Kokk', exact: true }) });
  await kokkRow.getByRole('button', { name: /Sammenlign/ }).click();
  await eventually(() => kokkRow.getByRole('button', { name: /Sammenlign/ }).getAttribute('aria-pressed'), 'true');
  await page.goto(`${app.base}/yrke/it-prosjektleder`);
  await page.getByRole('group', { name: 'Del og skriv ut' }).getByRole('button', { name: /Sammenlign/ }).click();
  await page.getByRole('link', { name: 'Sammenlign (2)' }).click();
  await page.waitForURL(/\/sammenlign\?yrker=kokk,it-prosjektleder$/);
  await page.waitForSelector('table.compare .compact-list li');
  const heads = await texts(page, 'table.compare thead th a');
  assert.deepEqual(heads, ['Kokk', 'IT-prosjektleder']);
  const rows = await texts(page, 'table.compare tbody th');
  assert.deepEqual(rows, ['Median månedslønn', 'Nedre–øvre kvartil', 'Antall i jobb', 'Utdanning', 'Veien inn', 'STYRK-koder', 'Arbeidsoppgaver']);
  assert.match(await page.textContent('table.compare'), /2511: 74\u00a0580\u00a0kr|2511: [\d\u00a0]+ kr/);

  // A shared link shows exactly what it names.
  const other = await app.newPage();
  await other.goto(`${app.base}/sammenlign?yrker=elektriker,frisor,finnes-ikke`);
  await other.waitForSelector('table.compare');
  assert.deepEqual(await texts(other, 'table.compare thead th a'), ['Elektriker', 'Frisør']);
  // The unknown slug is dropped from the selection and from the address.
  await other.waitForURL(/\/sammenlign\?yrker=elektriker,frisor$/);
  assert.match(await other.textContent('header'), /Sammenlign \(2\)/);

  await page.getByRole('button', { name: 'Fjern fra sammenligning Kokk' }).click();
  await page.waitForURL(/yrker=it-prosjektleder$/);
  assert.deepEqual(await texts(page, 'table.compare thead th a'), ['IT-prosjektleder']);
  await page.getByRole('button', { name: 'Fjern fra sammenligning IT-prosjektleder' }).click();
  await page.waitForSelector('.empty');
});

test('a shared compare link that differs from the saved list asks before replacing it', async () => {
  const page = await app.newPage();
  await page.addInitScript(() => localStorage.setItem('yrkesutforskeren.sammenlign', 'kokk,tomrer'));
  await page.goto(`${app.base}/sammenlign?yrker=elektriker,frisor`);
  await page.waitForSelector('table.compare');
  assert.deepEqual(await texts(page, 'table.compare thead th a'), ['Elektriker', 'Frisør'], 'the shared list is shown');
  assert.match(await page.textContent('.compare-choice'), /annen liste enn den du har lagret \(2\u00a0yrker\)/);
  assert.equal(await page.evaluate(() => localStorage.getItem('yrkesutforskeren.sammenlign')), 'kokk,tomrer', 'the saved list is untouched');
  assert.match(await page.textContent('header'), /Sammenlign \(2\)/);
  assert.match(page.url(), /yrker=elektriker,frisor$/, 'the address stays the shared one');
  await page.getByRole('link', { name: 'Vis listen min' }).click();
  await page.waitForURL(/yrker=kokk,tomrer$/);
  assert.deepEqual(await texts(page, 'table.compare thead th a'), ['Kokk', 'Tømrer']);
  await page.goBack();
  await page.waitForSelector('.compare-choice');
  await page.getByRole('button', { name: 'Lagre denne listen i stedet' }).click();
  await page.waitForFunction(() => localStorage.getItem('yrkesutforskeren.sammenlign') === 'elektriker,frisor');
  assert.equal(await page.locator('.compare-choice').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('compare holds at most four and says so', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/sammenlign?yrker=kokk,frisor,elektriker,tomrer`);
  await page.waitForSelector('table.compare');
  await page.goto(`${app.base}/yrke/baker`);
  await page.waitForSelector('.actions');
  await page.locator('.actions').getByRole('button', { name: /Sammenlign/ }).click();
  await page.waitForSelector('text=Du kan sammenligne opptil fire yrker');
  assert.match(await page.textContent('header'), /Sammenlign \(4\)/);
});

test('STYRK look-up by code prefix and by name, kept in the URL', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/styrk`);
  await page.waitForSelector('.code-list a');
  await page.getByLabel('Slå opp kode eller navn').fill('251');
  await page.waitForURL(/\/styrk\?q=251$/);
  const codes = (await texts(page, '.code-hits a')).map((t) => t.split(' ')[0]);
  assert.deepEqual(codes, ['251', '2511', '2512', '2513', '2514', '2519']);
  assert.match(await page.textContent('.result-count'), /6\s+koder/);

  await page.getByLabel('Slå opp kode eller navn').fill('sykepleier');
  await page.waitForFunction(() => [...document.querySelectorAll('.code-hits a')].some((a) => a.textContent.startsWith('2223')));
  await page.reload();
  await page.waitForSelector('.code-hits a');
  assert.equal(await page.inputValue('#kode-sok'), 'sykepleier');
  await page.click('.code-hits a >> text=/^2223/');
  await page.waitForURL(/\/styrk\/2223$/);
  await page.waitForSelector('#yrker');
  assert.match(await page.textContent('#yrker ~ .plain-list'), /Sykepleier/);
});

test('the occupation page shows the route from Vg1, a chart with its table, and related occupations', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.waitForSelector('.route');
  assert.match(await page.textContent('.route h4'), /Elektrikerfaget – Fagbrev/);
  const path = await texts(page, '.route .path li');
  assert.match(path[0], /^Vg1 /);
  assert.match(path[path.length - 1], /opplæring i bedrift/);
  assert.equal(await page.getAttribute('.salary-chart', 'aria-hidden'), 'true');
  assert.ok((await page.$$('table.figures caption')).length >= 1, 'the chart has its table');
  const related = await texts(page, '.related-list a');
  assert.ok(related.length > 0);
  assert.match(await page.textContent('.related-list'), /Samme STYRK-kode|Samme yrkeskategori hos NAV/);

  await page.goto(`${app.base}/yrke/it-prosjektleder`);
  await page.waitForSelector('.tasks li');
  assert.match(await page.textContent("main"), /Samme kode har også: /);
});

test('copy link puts the page address on the clipboard; print fits on one page', async () => {
  const page = await app.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${app.base}/yrke/it-prosjektleder`);
  await page.waitForSelector('.tasks li');
  await page.getByRole('button', { name: 'Kopier lenke' }).click();
  await page.waitForSelector('text=Lenken er kopiert.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.base}/yrke/it-prosjektleder`);

  for (const slug of ['it-prosjektleder', 'kokk', 'elektriker']) {
    await page.goto(`${app.base}/yrke/${slug}`);
    await page.waitForSelector('#lonn');
    await page.waitForSelector('.tasks li, .missing-note');
    await page.emulateMedia({ media: 'print' });
    const display = (selector) => page.$eval(selector, (e) => getComputedStyle(e).display);
    assert.equal(await display('.site-header'), 'none');
    // The short facts are printed; the embed code and the empty county choice are not.
    assert.notEqual(await display('.glance'), 'none', 'Kort fortalt is printed');
    assert.equal(await display('.embed-snippet'), 'none');
    assert.equal(await display('.county-shortcut'), 'none');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    console.log(`print ${slug}: ${pages} page(s)`);
    assert.equal(pages, 1, `${slug} prints on one page`);
    await page.emulateMedia({ media: 'screen' });
  }
});
