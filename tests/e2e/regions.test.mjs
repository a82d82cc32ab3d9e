// End-to-end: the region views (/fylke, /fylke/<nr>, /kommune/<nr>, /arbeidsgiver/<orgnr>) and
// picking a county and a municipality on an occupation page.
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

test('the county map names every county, follows the chosen measure and opens a county', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/fylke`);
  await page.waitForSelector('.county-map path');
  const labels = await page.$$eval('.county-map path', (paths) => paths.map((p) => p.getAttribute('aria-label')));
  assert.equal(labels.length, 15, 'one shape per county');
  assert.ok(labels.some((l) => l.startsWith('Vestland: Grunnskoler')), labels.join(' | '));
  assert.ok(labels.every((l) => /\d/.test(l)), 'every county has a value');
  assert.equal((await page.$$('table.figures tbody tr')).length, 15, 'the table alternative');
  assert.match(await page.textContent('.county-map'), /© Kartverket/);
  const legendBefore = await texts(page, '.legend li');
  // Five classes of schools per county, each a range.
  assert.equal(legendBefore.length, 5, legendBefore.join(' | '));
  assert.ok(legendBefore.every((l) => /^\d+–\d+$/.test(l)), legendBefore.join(' | '));

  await page.selectOption('#vis', 'studier');
  await page.waitForURL(/\/fylke\?vis=studier$/);
  await page.waitForFunction(() => document.querySelector('.legend-title').textContent.includes('Studietilbud'));
  const oslo = await page.getAttribute('.county-map path[aria-label^="Oslo"]', 'aria-label');
  assert.match(oslo, /Studietilbud/);

  // Keyboard: a county takes focus and Enter opens it.
  await page.focus('.county-map path[aria-label^="Vestland"]');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/fylke\/46$/);
  await page.waitForSelector('#studier');
  assert.equal(await page.textContent('h1'), 'Vestland');
  assert.deepEqual(page.errors, []);
});

test('a county lists its municipalities, employers by type, study places and 2017 shortage', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/fylke/46`);
  await page.waitForSelector('#studier');
  assert.equal(await page.title(), 'Vestland – Yrkesutforskeren');
  const municipalities = await texts(page, '#kommuner ~ ul a');
  assert.ok(municipalities.includes('Bergen'), municipalities.join(', '));
  assert.match(await page.textContent('#arbeidsgivere ~ p:not(.note)'), /^\d+ grunnskoler\. \d+ av dem har oppgitt antall ansatte/);
  const tables = await texts(page, 'table caption');
  assert.ok(tables.includes('Opplæringskontor godkjent i fylket'), tables.join(' | '));
  assert.ok(tables.includes('Studiesteder'), tables.join(' | '));
  const shortage = await texts(page, 'table.figures caption');
  assert.ok(shortage.some((c) => /^Mangel på arbeidskraft i .+ i 2017$/.test(c)), shortage.join(' | '));
  const sources = await texts(page, '.source');
  assert.ok(sources.some((s) => s.includes('Bedriftsundersøkelsen 2017')), sources.join(' | '));
  assert.ok(sources.some((s) => s.includes('Nasjonalt skoleregister')), sources.join(' | '));

  await page.getByRole('link', { name: 'Bergen', exact: true }).click();
  await page.waitForURL(/\/kommune\/4601$/);
  await page.waitForSelector('#arbeidsgivere');
  assert.equal(await page.textContent('h1'), 'Bergen');
  assert.match(await page.textContent('.lead'), /Kommunenummer 4601, Vestland/);
  const employers = await texts(page, 'table.employers th[scope="row"] a');
  assert.ok(employers.includes('Bergen kommune'), employers.slice(0, 5).join(', '));
  assert.deepEqual(page.errors, []);
});

test('an employer page shows type, place, size, the rule that links occupations, and Brønnøysund', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/kommune/4601`);
  await page.waitForSelector('#arbeidsgivere');
  // The schools' table is built as its fold opens.
  const schools = page.locator('details.more-table').first();
  await schools.locator(':scope > summary').click();
  const school = schools.locator('table.employers a[href^="/arbeidsgiver/"]').first();
  const name = (await school.textContent()).trim();
  await school.click();
  await page.waitForURL(/\/arbeidsgiver\/\d{9}$/);
  await page.waitForSelector('.facts');
  assert.equal(await page.textContent('h1'), name);
  const facts = await page.textContent('.facts');
  assert.match(facts, /Grunnskole/);
  assert.match(facts, /Bergen, Vestland/);
  assert.match(facts, /\d+ ansatte|antall ikke oppgitt/);
  const orgnr = page.url().split('/').pop();
  assert.equal(
    await page.getAttribute('a[href*="brreg.no"]', 'href'),
    `https://virksomhet.brreg.no/nb/oppslag/enheter/${orgnr}`,
  );
  assert.match(await page.textContent('#yrker-her ~ .note'), /STYRK 2341/);
  const linked = await texts(page, '#yrker-her ~ ul a');
  assert.ok(linked.includes('Grunnskolelærer'), linked.join(', '));

  // A municipality: no written rule, so no occupations are claimed.
  await page.goto(`${app.base}/arbeidsgiver/964338531`);
  await page.waitForSelector('.facts');
  assert.equal(await page.textContent('h1'), 'Bergen kommune');
  assert.match(await page.textContent('#yrker-her ~ .missing-note'), /Ingen regel/);
  assert.deepEqual(page.errors, []);
});

test('unknown counties, municipalities and organisation numbers get a not-found view with a way on', async () => {
  const page = await app.newPage();
  for (const [path, message] of [
    ['/fylke/99', /noe fylke/],
    ['/kommune/4699', /ingen kommune/],
    ['/arbeidsgiver/123', /ikke et gyldig organisasjonsnummer/],
    ['/arbeidsgiver/100000008', /ingen arbeidsgiver med dette/],
  ]) {
    await page.goto(`${app.base}${path}`);
    await page.waitForSelector('.not-found');
    assert.match(await page.textContent('.not-found .lead'), message, path);
    assert.ok((await page.$$('.suggestions a')).length >= 1, `${path} suggests somewhere to go`);
  }
  await page.goto(`${app.base}/kommune/4699`);
  await page.waitForSelector('.suggestions a');
  assert.ok((await texts(page, '.suggestions a')).includes('Bergen'), 'municipalities of county 46');
  assert.deepEqual(page.errors, []);
});

test('an occupation page: pick a county, then a municipality; the choice is kept in the address', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/grunnskolelaerer`);
  await page.waitForSelector('#hvor-fylke');
  assert.ok(await page.isDisabled('#hvor-kommune'), 'municipality waits for a county');
  await page.selectOption('#hvor-fylke', { label: 'Vestland' });
  await page.waitForURL(/\?fylke=46$/);
  await page.waitForSelector('.where-in-country details.more-table');
  const countyText = await page.textContent('.where-in-country');
  assert.match(countyText, /STYRK 2341/, 'the rule is shown');
  const countySchools = Number(countyText.match(/([\d\u00a0]+) grunnskoler\./)[1].replace(/\u00a0/g, ''));

  await page.selectOption('#hvor-kommune', { label: 'Bergen' });
  await page.waitForURL(/\?fylke=46&kommune=4601$/);
  await page.waitForFunction(() => document.querySelector('.where-in-country').textContent.includes('Grunnskoler i Bergen'));
  const bergen = Number((await page.textContent('.where-in-country')).match(/([\d\u00a0]+) grunnskoler\./)[1].replace(/\u00a0/g, ''));
  assert.ok(bergen > 0 && bergen < countySchools, `${bergen} of ${countySchools}`);

  await page.reload();
  await page.waitForSelector('.where-in-country details.more-table');
  assert.equal(await page.inputValue('#hvor-fylke'), '46');
  assert.equal(await page.inputValue('#hvor-kommune'), '4601');

  // An occupation no rule links to schools or offices shows neither, instead of guessing.
  await page.goto(`${app.base}/yrke/lege?fylke=03`);
  await page.waitForSelector('.where-in-country h3');
  const headings = await texts(page, '.where-in-country h3');
  assert.ok(!headings.some((h) => /^(Grunnskoler|Opplæringskontor) i/.test(h)), headings.join(' | '));
  assert.ok(headings.includes('Studier i Oslo'), headings.join(' | '));
  assert.deepEqual(page.errors, []);
});
