// End-to-end: damaged or mismatched data gets a clear Norwegian message with a retry, and the
// last good snapshot is used when there is one. Never a blank page, never a panic.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, seal } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** A page without service workers, whose snapshot responses pass through `change`. */
async function pageWith(change) {
  const page = await app.newPage({ serviceWorkers: 'block' });
  page.change = change;
  await page.route('**/snapshot/snapshot.json', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: page.change ? page.change(body) : body });
  });
  return page;
}

test('a snapshot of another schema version, or with a changed byte, is refused with a retry', async () => {
  for (const [change, message] of [
    [(body) => seal(body.replace(/"schema_version":\d+/, '"schema_version":999')), /laget for en annen versjon/],
    [(body) => body.replace('"Kokk"', '"Kokl"'), /avkortet eller endret/],
    [() => 'not json at all', /avkortet eller endret/],
    [(body) => seal(body.replace('"occupations":[', '"occupations":7,"x":[')), /ufullstendige eller ødelagte/],
  ]) {
    const page = await pageWith(change);
    await page.goto(`${app.base}/`);
    await page.waitForSelector('[role=alert]');
    assert.match(await page.textContent('[role=alert]'), message);
    assert.ok(await page.getByRole('button', { name: 'Prøv igjen' }).isVisible());
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('when the current snapshot fails, the last good one is shown with a notice; retry recovers', async () => {
  const page = await pageWith(null);
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  // The good copy is stored shortly after the first page.
  const stored = () => page.evaluate(async () => (await (await caches.open('yrke-last-good')).keys()).length > 0);
  for (const deadline = Date.now() + 30000; !(await stored()); ) {
    assert.ok(Date.now() < deadline, 'the last good snapshot is stored');
    await page.waitForTimeout(100);
  }

  page.change = (body) => body.slice(0, body.length / 2);
  await page.reload();
  await page.waitForSelector('.occupation-row');
  const notice = await page.textContent('.update-notice[role=alert]');
  assert.match(notice, /siste versjonen som virket\./);
  assert.match(notice, /avkortet eller endret/);

  page.change = null;
  await page.getByRole('button', { name: 'Prøv igjen' }).click();
  await page.waitForFunction(() => !document.querySelector('.update-notice[role=alert]'));
  assert.equal((await page.$$('.occupation-row')).length, 24);
  assert.deepEqual(page.errors, []);
});

test('region data from another build is refused on the region views, the rest keeps working', async () => {
  const page = await app.newPage({ serviceWorkers: 'block' });
  await page.route('**/snapshot/regions.json', async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: seal(body.replace(/"data_version":"[0-9a-f]+"/, '"data_version":"0123456789abcdef"')) });
  });
  await page.goto(`${app.base}/fylke`);
  await page.waitForSelector('[role=alert]');
  assert.match(await page.textContent('[role=alert]'), /annen versjon/);
  await page.getByRole('navigation').getByRole('link', { name: 'Yrker', exact: true }).click();
  await page.waitForSelector('.doors');
  await page.getByRole('link', { name: /^Alle yrker/ }).click();
  await page.waitForSelector('.occupation-row');
  assert.deepEqual(page.errors, []);
});

test('unknown addresses get a not-found view that suggests where to go', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/sykepleir`);
  await page.waitForSelector('.not-found');
  // The occupations it suggests come from search, readied for them.
  await page.waitForSelector('.suggestions a');
  const suggestions = await page.$$eval('.suggestions a', (as) => as.map((a) => a.textContent));
  assert.ok(suggestions.includes('Sykepleier'), suggestions.join(', '));
  await page.goto(`${app.base}/styrk/25119`);
  await page.waitForSelector('.not-found');
  const codes = await page.$$eval('.suggestions a', (as) => as.map((a) => a.textContent));
  assert.ok(codes.some((c) => c.startsWith('2511')), codes.join(', '));
  await page.goto(`${app.base}/dette/finnes/ikke`);
  await page.waitForSelector('.not-found');
  assert.ok((await page.$$('.not-found a')).length >= 1);
  assert.deepEqual(page.errors, []);
});
