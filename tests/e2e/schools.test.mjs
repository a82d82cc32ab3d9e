// End-to-end: upper-secondary schools and admission points — a Vg1 page's schools per county,
// a school's page, the points calculator, counties that publish nothing, the occupation page's
// first step, county pages, search by school name, three languages and JavaScript off.
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

test('Vg1 page → county → school → back, and the county is remembered on the next programme', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/vgs/ELELE1`);
  await page.waitForSelector('#skole-fylke');
  assert.equal(await page.textContent('#skoler'), 'Skoler med dette programmet');
  await page.selectOption('#skole-fylke', '46');
  await page.waitForURL(/\/vgs\/ELELE1\?fylke=46$/);
  await page.waitForSelector('.schools .school-offer');
  assert.equal(await page.textContent('#skoler'), 'Skoler med dette programmet i Vestland');
  const rows = await texts(page, '.schools .school-offer');
  assert.ok(rows.length >= 5, rows.join(' | '));
  // Each row: the school, its latest threshold with unit, year and round.
  assert.ok(rows.every((r) => /videregående|vidaregåande|skule|skole/i.test(r)), rows.join(' | '));
  assert.ok(rows.some((r) => /\d+,\d\u00a0poeng \(20\d\d, \d\. inntak\)/.test(r)), rows.join(' | '));
  assert.ok(await page.$('.schools svg.trend[role="img"][aria-label*="poeng"]'), 'a trend chart with its figures in words');
  const notes = await page.textContent('.schools');
  assert.match(notes, /siste søkeren som fikk plass/);
  assert.match(notes, /Sjekk med fylket før du søker/);
  assert.match(notes, /Poengkart/);

  const first = await page.$('.schools .school-offer a');
  const name = (await first.textContent()).trim();
  await first.click();
  await page.waitForURL(/\/skole\/\d{9}$/);
  await page.waitForSelector('article.school .school-offer');
  assert.equal((await page.textContent('h1')).trim(), name);
  assert.match(await page.textContent('.lead'), /^Videregående skole i .+, Vestland$/);
  const links = await texts(page, 'article.school a');
  assert.ok(links.some((t) => /Elektro og datateknologi: hva det fører til \(\d+\u00a0yrker\)/.test(t)), links.join(' | '));
  const list = await page.$('article.school a[href*="program=ELELE1"]');
  assert.ok(list, 'the occupations it leads to, in the list');
  assert.match(await list.textContent(), /^Se yrkene i lista/);

  await page.goBack();
  await page.waitForURL(/\/vgs\/ELELE1\?fylke=46$/);
  await page.waitForSelector('.schools .school-offer');

  // The choice is kept: another programme opens on the same county.
  await page.goto(`${app.base}/vgs/HSHSF1`);
  await page.waitForSelector('.schools .school-offer');
  assert.equal(await page.$eval('#skole-fylke', (s) => s.value), '46');
  assert.deepEqual(page.errors, []);
});

test('the calculator turns grades into points, marks each school, and sends nothing', async () => {
  const page = await app.newPage();
  const requests = [];
  await page.goto(`${app.base}/vgs/STUSP1?fylke=03`);
  await page.waitForSelector('.schools .school-offer');
  page.on('request', (r) => requests.push(r.url()));
  await page.fill('#karakterer', '4,3');
  await page.waitForFunction(() => document.querySelector('#karakterer-svar').textContent.includes('43,0'));
  assert.equal(await page.textContent('#karakterer-svar'), 'Du har 43,0\u00a0poeng (snitt 4,3 × 10).');
  const reach = await texts(page, '.schools .reach');
  assert.ok(reach.length >= (await page.$$('.schools .school-offer')).length, 'every school says whether the points hold');
  assert.ok(reach.some((r) => /^Under grensen i 20\d\d$/.test(r)), reach.join(' | '));
  assert.ok(reach.some((r) => /^Poengene dine hadde holdt i 20\d\d$/.test(r)), reach.join(' | '));

  await page.fill('#karakterer', '4 5 6');
  await page.waitForFunction(() => document.querySelector('#karakterer-svar').textContent.includes('50,0'));
  await page.fill('#karakterer', '7');
  await page.waitForFunction(() => document.querySelector('#karakterer-svar').textContent.includes('1 til 6'));
  assert.equal(await page.$$eval('.schools .reach', (r) => r.length), 0, 'no marks without points');
  assert.deepEqual(requests, [], 'typing fetches nothing');
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.doesNotMatch(stored, /4 5 6|"7"/);

  // The typed grades follow the pupil to a school's page while the app runs.
  await page.fill('#karakterer', '4,8');
  await page.click('.schools .school-offer a');
  await page.waitForSelector('article.school .reach');
  assert.equal(await page.inputValue('#karakterer'), '4,8');
  assert.deepEqual(page.errors, []);
});

test('a county that publishes no thresholds says so, with vilbli.no', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/vgs/ELELE1?fylke=42`);
  await page.waitForSelector('.schools .missing-note');
  assert.match(await page.textContent('.schools .missing-note'), /^Agder publiserer ikke poenggrenser som vi kan vise/);
  assert.ok((await page.$$eval('.schools a.external', (a) => a.map((x) => x.href))).some((h) => h.startsWith('https://www.vilbli.no')));
  assert.equal((await page.$$('.schools .school-offer')).length, 0);

  await page.goto(`${app.base}/fylke/42`);
  await page.waitForSelector('#vgs-skoler');
  assert.match(await page.textContent('#vgs-skoler ~ .missing-note'), /Agder publiserer ikke poenggrenser/);
  assert.deepEqual(page.errors, []);
});

test('a school page judges only Vg1 rows by year-10 points, says how later intakes work, and keeps earlier offers apart', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/skole/999546560`);
  await page.waitForSelector('article.school .school-offer');
  await page.fill('#karakterer', '4,5');
  await page.waitForFunction(() => document.querySelector('#karakterer-svar').textContent.includes('45,0'));
  // Each level's heading, the rows under it (earlier offers aside) and whether they carry a verdict.
  const levels = await page.$$eval('article.school h3', (headings) =>
    headings.filter((h) => /^Vg\d/.test(h.textContent)).map((h) => {
      let next = h.nextElementSibling;
      const note = next?.classList.contains('intake-note') ? next.textContent : null;
      while (next && !next.matches('ul.school-offers')) next = next.nextElementSibling;
      const rows = [...(next?.children ?? [])];
      return { level: h.textContent, note, rows: rows.length, verdicts: rows.filter((r) => r.querySelector('.reach')).length };
    }),
  );
  assert.deepEqual(levels.map((l) => l.level.slice(0, 3)), ['Vg1', 'Vg2', 'Vg3']);
  const vg1 = levels.find((l) => l.level.startsWith('Vg1'));
  assert.ok(vg1.rows > 0 && vg1.verdicts > 0, JSON.stringify(levels));
  assert.equal(vg1.note, null);
  for (const later of levels.filter((l) => !l.level.startsWith('Vg1'))) {
    assert.equal(later.verdicts, 0, `${later.level}: no verdict from year-10 points`);
    assert.match(later.note, /ikke poengene fra ungdomsskolen/, later.level);
  }
  // "Sal, service og reiseliv" was last listed in 2023: folded apart from this year's offers.
  const earlier = page.locator('details.earlier-offers').first();
  assert.match(await earlier.locator(':scope > summary').textContent(), /^Tidligere tilbud og eldre navn \(\d+\)$/);
  // Their rows are built as the fold opens.
  await earlier.locator(':scope > summary').click();
  await earlier.locator('.offer-name', { hasText: 'Sal, service og reiseliv' }).first().waitFor();
  const current = await page.$$eval('.offer-name', (names) => names.filter((n) => !n.closest('details.earlier-offers')).map((n) => n.textContent));
  assert.ok(!current.includes('Sal, service og reiseliv'), current.join(' | '));
  const text = await page.textContent('article.school');
  assert.doesNotMatch(text, /\(1 yrker\)/);
  assert.doesNotMatch(text, /oversikten vår/);
  assert.deepEqual(page.errors, []);
});

test('county pages list their schools; the occupation page shows the first step’s schools', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/fylke/46`);
  await page.waitForSelector('#vgs-skoler ~ ul a');
  const schools = await texts(page, '#vgs-skoler ~ ul a');
  assert.ok(schools.includes('Amalie Skram videregående skole'), schools.join(', '));
  assert.ok(schools.includes('Bergen katedralskole'));
  // A–Å: Å comes last.
  const sorted = [...schools].sort((a, b) => a.localeCompare(b, 'nb'));
  assert.deepEqual(schools, sorted);

  await page.goto(`${app.base}/yrke/elektriker?fylke=46`);
  await page.waitForSelector('.where-in-country .school-offer');
  const section = await page.textContent('.where-in-country');
  assert.match(section, /Elektro og datateknologi: skoler i Vestland/);
  assert.ok((await page.$$('.where-in-country .school-offer a[href*="/skole/"]')).length >= 5);
  assert.deepEqual(page.errors, []);
});

test('search finds schools by name', async () => {
  const page = await app.newPage();
  for (const [query, name] of [
    ['amalie skram', 'Amalie Skram videregående skole'],
    ['Bergen katedralskole', 'Bergen katedralskole'],
  ]) {
    await page.goto(`${app.base}/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#skole-treff');
    const hits = await texts(page, '#skole-treff ~ ul a');
    assert.equal(hits[0], name, hits.join(' | '));
  }
  await page.click('#skole-treff ~ ul a');
  await page.waitForURL(/\/skole\/874557102$/);
  await page.waitForSelector('article.school');
  assert.deepEqual(page.errors, []);
});

test('school pages in nynorsk and English, unknown numbers, and without JavaScript', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/nn/vgs/ELELE1?fylke=46`);
  await page.waitForSelector('.schools .school-offer');
  assert.equal(await page.textContent('#skoler'), 'Skular med dette programmet i Vestland');
  await page.goto(`${app.base}/en/skole/999546560`);
  await page.waitForSelector('article.school .school-offer');
  assert.equal(await page.textContent('.lead'), 'Upper-secondary school in Bergen, Vestland');
  assert.match(await page.textContent('article.school'), /Admission points/);
  await page.goto(`${app.base}/skole/123456789`);
  await page.waitForSelector('.not-found');
  assert.deepEqual(page.errors, []);

  const off = await app.newPage({ javaScriptEnabled: false });
  await off.goto(`${app.base}/skole/874557102`);
  assert.equal((await off.textContent('h1')).trim(), 'Bergen katedralskole');
  const rows = await texts(off, '.school-offer .threshold');
  assert.ok(rows.some((r) => /47,5\u00a0poeng \(2026, 1\. inntak\)/.test(r)), rows.join(' | '));
  assert.match(await off.title(), /^Bergen katedralskole – Yrkesutforskeren$/);
});
