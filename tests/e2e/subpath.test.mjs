// End-to-end: the app hosted below a school's domain (`make dist PUBLIC_URL=/karriere/yrker/`).
// `make test` builds that variant into target/dist-subpath.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { launch } from './browser.mjs';
import { startServer } from './serve.mjs';
import { waitForAppOnLoad } from './harness.mjs';

const SITE = process.env.YRKE_SUBPATH_DIST;
const PREFIX = process.env.YRKE_SUBPATH_URL || '/karriere/yrker/';

test('every route in every language, link, data fetch and the service worker stay under the sub-path', async () => {
  assert.ok(SITE && fs.existsSync(`${SITE}/index.html`), 'run through `make test-e2e` (builds the sub-path variant)');
  const server = await startServer(SITE, 0, '127.0.0.1', PREFIX);
  const base = `http://127.0.0.1:${server.address().port}${PREFIX.replace(/\/$/, '')}`;
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    waitForAppOnLoad(page, base);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const outside = [];
    page.on('request', (r) => {
      if (!new URL(r.url()).pathname.startsWith(PREFIX)) outside.push(r.url());
    });
    await page.goto(`${base}/?vis=alle`);
    await page.waitForSelector('.occupation-row');
    await page.getByLabel('Søk i yrker').fill('kokk');
    await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
    await page.click('.occupation-row .occupation-link');
    await page.waitForURL(`${base}/yrke/kokk`);
    await page.waitForSelector('.tasks li');
    assert.match(await page.inputValue('#embed-kode'), new RegExp(`${PREFIX}embed\\.js`));
    await page.getByRole('link', { name: 'STYRK-koder' }).click();
    await page.waitForURL(`${base}/styrk`);
    await page.goto(`${base}/fylke/46`); // a deep link, loaded directly
    await page.waitForSelector('#studier');
    assert.equal(
      await page.evaluate(() => performance.getEntriesByName('yrke:hydrated').length),
      1,
      'the prerendered page below the sub-path is taken over where it stands',
    );
    // A link to a place on the page stays on the page below the sub-path.
    assert.equal(await page.getAttribute('.skip-link', 'href'), `${PREFIX}fylke/46#innhold`);
    await page.getByRole('link', { name: 'Bergen', exact: true }).click();
    await page.waitForURL(`${base}/kommune/4601`);
    await page.getByRole('link', { name: 'Yrkesutforskeren' }).first().click();
    await page.waitForURL(`${base}/`);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    assert.equal(new URL(scope).pathname, PREFIX);
    // Nynorsk and English live in folders below the sub-path, links and the switch too.
    await page.locator('.lang-switch').getByText('Nynorsk').click();
    await page.waitForURL(`${base}/nn/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.getAttribute('html', 'lang'), 'nn');
    await page.getByRole('link', { name: 'STYRK-kodar' }).click();
    await page.waitForURL(`${base}/nn/styrk`);
    await page.goto(`${base}/en/yrke/kokk`);
    await page.waitForSelector('.tasks li');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('.lang-switch a[hreflang="nb"]', 'href'), `${PREFIX}yrke/kokk`);
    assert.deepEqual(outside, [], 'nothing is fetched outside the sub-path');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
