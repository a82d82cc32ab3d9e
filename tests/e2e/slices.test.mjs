// End-to-end: a prerendered occupation, STYRK code, programme area or school page goes live
// from its slice of the snapshot (snapshot/side/hode.json and its own part,
// snapshot/side/<yrke|styrk|vgs|skole>/<name>.json, src/core/page_slice.rs), not from all of
// snapshot.json; a programme area or school page also from its own share of schools.json. The
// whole snapshot loads once the page is live, without the page rendering again, and serves the
// next page and search. A slice that cannot be had loses nothing: the page is rendered from the
// whole files.
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

/** The page's content as text once it has all come in, sections below the fold too, without
 *  white space (which the prerendered markup has between elements and the app's own render
 *  does not), and without what is written for readers without JavaScript (`<noscript>`, which
 *  only a prerendered page fills). */
async function mainText(page) {
  // Read once nothing in the page is on its way (an occupation's texts follow its figures).
  await page.waitForFunction(() => !document.querySelector('main [data-loading]'));
  return page.evaluate(() => {
    const main = document.querySelector('main').cloneNode(true);
    for (const copy of main.querySelectorAll('noscript')) copy.remove();
    return main.textContent.replace(/\s+/g, '');
  });
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

test('a sliced page goes live from its slice, in each language, and the whole snapshot follows without a second render', async () => {
  for (const [path, own, ...shares] of [
    ['/yrke/kokk', 'side/yrke/kokk.json'],
    ['/nn/yrke/it-prosjektleder', 'side/yrke/it-prosjektleder.json'],
    ['/en/yrke/sykepleier', 'side/yrke/sykepleier.json'],
    ['/styrk/2511', 'side/styrk/2511.json'],
    ['/nn/styrk/51', 'side/styrk/51.json'],
    ['/vgs/ELELE1', 'side/vgs/ELELE1.json', 'side/vgs/ELELE1.schools.json'],
    ['/en/vgs/TPTIP1', 'side/vgs/TPTIP1.json', 'side/vgs/TPTIP1.schools.json'],
    ['/skole/999546560', 'side/skole/999546560.json', 'side/skole/999546560.schools.json'],
    ['/nn/skole/874557102', 'side/skole/874557102.json', 'side/skole/874557102.schools.json'],
    ['/fylke/46', 'side/fylke/46.json', 'side/fylke/46.regions.json', 'side/fylke/46.schools.json', 'side/fylke/46.studies.json'],
    ['/en/fylke/03', 'side/fylke/03.json', 'side/fylke/03.regions.json', 'side/fylke/03.schools.json', 'side/fylke/03.studies.json'],
  ]) {
    const page = await app.newPage();
    try {
      const files = snapshotRequests(page);
      const wholeIn = page.waitForEvent('requestfinished', {
        predicate: (request) => request.url().endsWith('/snapshot/snapshot.json'),
        timeout: 15000,
      });
      // Awaited below; a failed check before that closes the page and must not hide behind it.
      wholeIn.catch(() => {});
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
      for (const share of shares) {
        assert.ok(files.includes(share), `${path}: its own share ${share}`);
        const wholeFile = share.replace(/^.*\.(\w+\.json)$/, '$1');
        assert.ok(!files.includes(wholeFile), `${path}: not the whole ${wholeFile}`);
      }
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

test('a programme area taken over from its slice shows, in every county, the schools the whole files give', async () => {
  const schoolsIn = async (page, county) => {
    const name = (await page.$eval(`#skole-fylke option[value="${county}"]`, (o) => o.textContent)).trim();
    await page.selectOption('#skole-fylke', county);
    await page.waitForURL(new RegExp(`\\?fylke=${county}$`));
    await page.locator('#skoler', { hasText: ` i ${name}` }).waitFor();
    return page.evaluate(() => document.querySelector('.schools').textContent.replace(/\s+/g, ''));
  };
  for (const code of ['ELELE1', 'TPTIP1']) {
    const sliced = await app.newPage();
    // A query is not prerendered: that page is rendered from the whole snapshot and schools.json.
    const whole = await app.newPage();
    try {
      const wholeFiles = snapshotRequests(whole);
      await sliced.goto(`${app.base}/vgs/${code}`);
      assert.equal(await howStarted(sliced), 'taken-over', code);
      await whole.goto(`${app.base}/vgs/${code}?fylke=46`);
      assert.equal(await howStarted(whole), 'rendered', code);
      assert.ok(wholeFiles.includes('schools.json'), 'the other page reads the whole file');
      const counties = await sliced.$$eval('#skole-fylke option', (options) => options.map((o) => o.value).filter(Boolean));
      assert.ok(counties.length >= 11, counties.join(' '));
      let withSchools = 0;
      for (const county of counties) {
        const mine = await schoolsIn(sliced, county);
        assert.equal(mine, await schoolsIn(whole, county), `${code} in ${county}`);
        if (await sliced.$('.schools .school-offer')) withSchools += 1;
      }
      assert.ok(withSchools >= 5, `${code}: schools in ${withSchools} counties`);
      assert.deepEqual([...sliced.errors, ...whole.errors], [], code);
    } finally {
      await sliced.context().close();
      await whole.context().close();
    }
  }
});

test('from a programme area taken over from its slice, a school and the way back show what a fresh visit shows', async () => {
  const page = await app.newPage();
  try {
    await page.goto(`${app.base}/vgs/ELELE1`);
    assert.equal(await howStarted(page), 'taken-over');
    await page.evaluate(() => { window.sameDocument = true; });
    await page.selectOption('#skole-fylke', '46');
    await page.waitForSelector('.schools .school-offer a');
    const school = page.locator('.schools .school-offer a').first();
    const target = new URL(await school.evaluate((a) => a.href)).pathname.replace(/^.*(\/skole\/)/, '$1');
    await school.click();
    await page.waitForURL(`${app.base}${target}`);
    await page.waitForSelector('article.school .school-offer');
    assert.equal(await mainText(page), await freshText(target), target);
    // The school's programme area: its own page, read from the whole files now.
    await page.locator('article.school a[href$="/vgs/ELELE1"]').first().click();
    await page.waitForURL(/\/vgs\/ELELE1(\?fylke=46)?$/);
    await page.waitForSelector('.schools .school-offer');
    const back = await mainText(page);
    const fresh = await app.newPage();
    try {
      await fresh.goto(`${app.base}/vgs/ELELE1?fylke=46`);
      await fresh.waitForSelector('.schools .school-offer');
      assert.equal(back, await mainText(fresh));
    } finally {
      await fresh.context().close();
    }
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('a county taken over from its slice lends nothing to the next page: the county map waits for the whole regions.json', async () => {
  const page = await app.newPage();
  try {
    await page.goto(`${app.base}/fylke/46`);
    assert.equal(await howStarted(page), 'taken-over');
    await page.evaluate(() => { window.sameDocument = true; });
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/snapshot/regions.json', async (route) => {
      await held;
      await route.continue();
    });
    // Whether a county map is put on the page at any moment before the whole file is in.
    await page.evaluate(() => {
      window.sawMap = false;
      new MutationObserver(() => {
        if (document.querySelector('.county-map')) window.sawMap = true;
      }).observe(document.body, { childList: true, subtree: true });
    });
    await page.locator('nav a[href$="/fylke"]').first().click();
    await page.waitForURL(`${app.base}/fylke`);
    await page.locator('main [data-loading]').first().waitFor();
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.sawMap), false, 'no map from one county\'s share');
    release();
    await page.waitForSelector('.county-map path');
    assert.equal((await page.$$('.county-map path')).length, 15);
    assert.equal(await mainText(page), await freshText('/fylke'));
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
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
    ['/vgs/ELELE1', '**/snapshot/side/vgs/ELELE1.schools.json', '#skole-fylke'],
    ['/skole/999546560', '**/snapshot/side/skole/999546560.json', 'article.school .school-offer >> nth=0'],
    ['/fylke/46', '**/snapshot/side/fylke/46.regions.json', '#arbeidsgivere'],
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
