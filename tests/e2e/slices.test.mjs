// End-to-end: a prerendered occupation or STYRK code page goes live from its slice of the
// snapshot (snapshot/side/hode.json and snapshot/side/yrke/<slug>.json or
// snapshot/side/styrk/<code>.json, src/core/page_slice.rs), not from all of snapshot.json. The whole snapshot loads once the page is live, without the page
// rendering again, and serves the next page and search. A slice that cannot be had loses
// nothing: the page is rendered from the whole snapshot.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, holdApp, waitForApp, howStarted } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** The snapshot files the page requests, as paths below snapshot/. */
function snapshotRequests(page) {
  const files = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const at = path.indexOf('/snapshot/');
    if (at !== -1) files.push(path.slice(at + '/snapshot/'.length));
  });
  return files;
}

/** The page's content as text, sections below the fold too, without white space (which the
 *  prerendered markup has between elements and the app's own render does not). */
function mainText(page) {
  return page.evaluate(() => document.querySelector('main').textContent.replace(/\s+/g, ''));
}

/** The page's own content as a fresh visit to `path` shows it (taken over from its slice). */
async function freshText(path) {
  const page = await app.newPage();
  try {
    await page.goto(app.base + path);
    return await mainText(page);
  } finally {
    await page.context().close();
  }
}

test('an occupation or code page goes live from its slice, in each language, and the whole snapshot follows without a second render', async () => {
  for (const [path, own] of [
    ['/yrke/kokk', 'side/yrke/kokk.json'],
    ['/nn/yrke/it-prosjektleder', 'side/yrke/it-prosjektleder.json'],
    ['/en/yrke/sykepleier', 'side/yrke/sykepleier.json'],
    ['/styrk/2511', 'side/styrk/2511.json'],
    ['/nn/styrk/51', 'side/styrk/51.json'],
  ]) {
    const page = await app.newPage();
    try {
      const files = snapshotRequests(page);
      const wholeIn = page.waitForEvent('requestfinished', {
        predicate: (request) => request.url().endsWith('/snapshot/snapshot.json'),
        timeout: 15000,
      });
      const release = await holdApp(page);
      await page.goto(app.base + path, { waitForApp: false });
      await page.evaluate(() => {
        window.prerendered = { h1: document.querySelector('h1'), section: document.querySelector('main section') };
      });
      release();
      await waitForApp(page);
      assert.equal(await howStarted(page), 'taken-over', path);
      assert.ok(files.includes('side/hode.json'), `${path}: the head`);
      assert.ok(files.includes(own), `${path}: its own part`);
      assert.ok(!files.includes('snapshot.json'), `${path}: not the whole snapshot before it is live`);
      const before = await mainText(page);
      await wholeIn;
      await page.waitForFunction(() =>
        performance.getEntriesByType('mark').filter((m) => m.name === 'yrke:snapshot-decoded').length >= 2);
      assert.equal(
        await page.evaluate(() => window.prerendered.h1 === document.querySelector('h1')
          && window.prerendered.section === document.querySelector('main section')),
        true,
        `${path}: the page is not rendered again when the whole snapshot is in`,
      );
      assert.equal(await mainText(page), before, path);
      assert.deepEqual(page.errors, [], path);
    } finally {
      await page.context().close();
    }
  }
});

test('the next page reads the whole snapshot: a related occupation and the list show what a fresh visit shows', async () => {
  const page = await app.newPage();
  try {
    // The whole snapshot is held back until the reader has followed the link, so the next page
    // waits for it instead of reading the slice.
    let releaseWhole;
    const whole = new Promise((resolve) => { releaseWhole = resolve; });
    await page.route('**/snapshot/snapshot.json', async (route) => {
      await whole;
      await route.continue();
    });
    await page.goto(app.base + '/yrke/kokk');
    assert.equal(await howStarted(page), 'taken-over');
    await page.evaluate(() => { window.sameDocument = true; });
    const related = page.locator('.related-list a').first();
    const target = new URL(await related.evaluate((a) => a.href)).pathname.replace(/^.*(\/yrke\/)/, '$1');
    const title = (await related.innerText()).trim();
    await related.click();
    await page.waitForURL(`${app.base}${target}`);
    releaseWhole();
    await page.locator('h1', { hasText: title }).waitFor();
    await page.locator('.glance').waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    assert.equal(await mainText(page), await freshText(target), `${target} as a fresh visit shows it`);

    // The front page's search answers from the whole snapshot.
    await page.locator('a.brand').click();
    await page.waitForURL(`${app.base}/`);
    await page.fill('#sok', 'elektriker');
    await page.locator('.occupation-row', { hasText: 'Elektriker' }).first().waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('from a code page taken over from its slice, an occupation and the parent code show what a fresh visit shows', async () => {
  const page = await app.newPage();
  try {
    await page.goto(app.base + '/styrk/2511');
    assert.equal(await howStarted(page), 'taken-over');
    const link = page.locator('#yrker ~ ul a, section:has(#yrker) a').first();
    const target = new URL(await link.evaluate((a) => a.href)).pathname.replace(/^.*(\/yrke\/)/, '$1');
    await link.click();
    await page.waitForURL(`${app.base}${target}`);
    await page.locator('.glance').waitFor();
    assert.equal(await mainText(page), await freshText(target), target);
    await page.goBack();
    await page.locator('.breadcrumbs a', { hasText: '251' }).click();
    await page.waitForURL(`${app.base}/styrk/251`);
    await page.locator('h1', { hasText: '251' }).waitFor();
    assert.equal(await mainText(page), await freshText('/styrk/251'));
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('going back to the occupation page after the whole snapshot came in shows it as before', async () => {
  const page = await app.newPage();
  try {
    await page.goto(app.base + '/yrke/elektriker');
    const first = await mainText(page);
    await page.locator('.nav-list a', { hasText: 'STYRK-koder' }).click();
    await page.locator('h1', { hasText: 'STYRK-08' }).waitFor();
    await page.goBack();
    await page.locator('h1', { hasText: 'Elektriker' }).waitFor();
    await page.locator('.glance').waitFor();
    assert.equal(await mainText(page), first);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a page whose slice cannot be had is rendered from the whole snapshot', async () => {
  for (const [path, blocked, ready] of [
    ['/yrke/kokk', '**/snapshot/side/hode.json', '.glance'],
    ['/yrke/kokk', '**/snapshot/side/yrke/kokk.json', '.glance'],
    ['/styrk/2511', '**/snapshot/side/styrk/2511.json', '#yrker'],
  ]) {
    const page = await app.newPage();
    try {
      const expected = await freshText(path);
      await page.route(blocked, (route) => route.fulfill({ status: 503, body: '' }));
      await page.goto(app.base + path);
      assert.equal(await howStarted(page), 'rendered', blocked);
      await page.locator(ready).waitFor();
      assert.equal(await mainText(page), expected, blocked);
      assert.deepEqual(page.errors, [], blocked);
    } finally {
      await page.context().close();
    }
  }
});

test('a county chosen on an occupation page taken over from its slice shows its places by name', async () => {
  const page = await app.newPage();
  try {
    await page.goto(app.base + '/yrke/elektriker');
    assert.equal(await howStarted(page), 'taken-over');
    await page.selectOption('#hvor-fylke', { label: 'Vestland' });
    await page.waitForSelector('.where-in-country details.more-table');
    assert.match(await page.textContent('.where-in-country'), /Bergen/, 'places by name');
    await page.selectOption('#hvor-kommune', { label: 'Bergen' });
    await page.waitForURL(/\?fylke=46&kommune=4601$/);
    await page.waitForSelector('.where-in-country details.more-table');
    assert.match(await page.textContent('.where-in-country'), /Bergen/);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});
