// End-to-end: the ways in for pupils who don't know job titles: /vgs, the tree from a
// programme area to occupations (its folds built as they open, also before the app runs and
// without JavaScript), deep links, lower-case and unknown codes, keyboard folding, links both
// ways with occupation pages, and the ways in on the front page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { holdApp, startApp, texts, waitForApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('/vgs lists every Vg1 programme area with lærefag, occupations and salary spread', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/vgs`);
  await page.waitForSelector('.vgs-card');
  const names = await texts(page, '.vgs-card h2');
  assert.equal(names.length, 15, names.join(', '));
  assert.ok(names.includes('Vg1 Elektro og datateknologi') && names.includes('Vg1 Studiespesialisering'));
  const electro = page.locator('.vgs-card', { hasText: 'Vg1 Elektro og datateknologi' });
  assert.match(await electro.textContent(), /\d+\slærefag · \d+\syrker/);
  assert.match(await electro.textContent(), /kr\/mnd/);
});

test('a Vg1 tree folds open by keyboard down to occupations with figures and compare', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/vgs/ELELE1`);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Vg1 Elektro og datateknologi');
  const vg2 = page.locator('.vgs-tree summary', { hasText: 'Vg2 Elenergi og ekom' }).first();
  await vg2.focus();
  await page.keyboard.press('Enter');
  const trade = page.locator('.vgs-tree summary', { hasText: 'Elektrikerfaget (lærefag)' }).first();
  await trade.waitFor();
  await trade.focus();
  await page.keyboard.press('Enter');
  const row = page.locator('.vgs-occupation', { has: page.getByRole('link', { name: 'Elektriker', exact: true }) }).first();
  await row.waitFor();
  assert.match(await row.textContent(), /kr\/mnd/);
  assert.ok(await row.getByRole('button', { name: /Sammenlign/ }).count());
  await page.keyboard.press('Enter');
  assert.equal(await row.isVisible(), false, 'Enter on the summary folds it again');
  await page.click('.vgs-table summary');
  await page.waitForSelector('.vgs-table tbody th');
  assert.ok((await texts(page, '.vgs-table tbody th')).includes('Elektriker'));
});

test('a tree arrives with its first steps only; a step opened before the app runs fills once it is live; without JavaScript each step links to its page and the table holds every way', async () => {
  // What the server sends: the first steps, each folded with a link to its own page.
  const html = await (await fetch(`${app.base}/vgs/ELELE1`)).text();
  const tree = html.slice(html.indexOf('class="vgs-tree"'), html.indexOf('class="vgs-table"'));
  const steps = tree.split('<summary').length - 1;
  assert.ok(steps >= 3, `${steps} first steps`);
  assert.equal(tree.split('href="/vgs/').length - 1, steps, 'each step links to its own page');
  assert.ok(!tree.includes('Elektrikerfaget'), 'the steps below the first are not sent');

  // A reader opens a step while the app is still on its way.
  const page = await app.newPage();
  const release = await holdApp(page);
  await page.goto(`${app.base}/vgs/ELELE1`, { waitForApp: false });
  await page.locator('.vgs-tree summary', { hasText: 'Vg2 Elenergi og ekom' }).first().click();
  release();
  await waitForApp(page);
  const step = page.locator('.vgs-tree details[open]').first();
  await step.locator('summary', { hasText: 'Elektrikerfaget (lærefag)' }).first().waitFor();
  assert.deepEqual(page.errors, []);

  const off = await app.newPage({ javaScriptEnabled: false });
  await off.goto(`${app.base}/vgs/ELELE1`);
  await off.click('.vgs-tree summary');
  assert.equal(await off.locator('.vgs-tree details[open] .note a').count(), 1);
  await off.click('.vgs-table summary');
  const occupations = await texts(off, '.vgs-table tbody th');
  assert.ok(occupations.includes('Elektriker') && occupations.length > 50, occupations.length);
  await off.context().close();
});

test('deep links to a Vg2 or lærefag show the way from Vg1; lower case works; unknown codes get suggestions', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/vgs/rmkok3`);
  await page.waitForSelector('h1');
  assert.equal(await page.textContent('h1'), 'Kokkfaget (lærefag)');
  const way = await texts(page, '.breadcrumbs li');
  assert.equal(way[0], 'Vg1 Restaurant- og matfag');
  assert.ok(way.length >= 3, way.join(' › '));
  assert.ok((await texts(page, '.vgs-occupation a')).includes('Kokk'));
  const unknown = await app.newPage();
  await unknown.goto(`${app.base}/vgs/RMXYZ9`);
  await unknown.waitForSelector('.not-found');
  assert.match(await unknown.textContent('.not-found'), /RMXYZ9/);
  // The programmes whose codes share the typed letters (RM: restaurant and food).
  assert.deepEqual(await texts(unknown, '.suggestions a'), [
    'Vg1 Restaurant- og matfag',
    'Vg2 Baker og konditor',
    'Vg2 Kokk- og servitørfag',
    'Vg2 Matproduksjon',
    'Bakerfaget (lærefag)',
    'Ernæringskokkfaget (lærefag)',
    'Ferskvarehandlerfaget (lærefag)',
    'Industriell matproduksjon (lærefag)',
  ]);
});

test('occupation pages link their programme steps to the tree, and back', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.waitForSelector('.route');
  await page.locator('.route .path a', { hasText: 'Vg1 Elektro og datateknologi' }).first().click();
  await page.waitForURL(/\/vgs\/ELELE1$/);
  await page.waitForSelector('.vgs-tree');
});

test('the front page offers areas and Vg1 programmes as ways in, and search finds programmes by short name', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.waitForSelector('.ways-in');
  // The areas door leads to the areas, which are open on the front page.
  await page.getByRole('link', { name: /^Etter område/ }).click();
  await page.locator('#omrader[open]').waitFor();
  const area = page.locator('.ways-in .tile a').first();
  const name = await area.textContent();
  await area.click();
  await page.waitForURL(/nav1=/);
  assert.equal(await page.inputValue('#f-nav1'), name);
  await page.goto(`${app.base}/?q=TIF`);
  await page.getByRole('link', { name: 'Vg1 Teknologi- og industrifag', exact: true }).click();
  await page.waitForURL(/\/vgs\/TPTIP1$/);
});
