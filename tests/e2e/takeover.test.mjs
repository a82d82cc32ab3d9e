// End-to-end: the app takes a prerendered page over where it stands (Leptos hydration). The
// nodes on screen stay and become live, nothing is rendered a second time, and what this browser
// holds (a stored compare list and county) arrives once the page is live. The page's data is
// fetched beside the app, each file once, and an occupation page needs no region data until a
// county is chosen. Addresses the build did not render (a query, an unknown address) and pages
// whose files fail to load are rendered by the app instead, as before.
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

// One page of every kind the build renders, across the three languages.
const PAGES = [
  '/',
  '/yrke/kokk',
  '/nn/yrke/it-prosjektleder',
  '/en/yrke/sykepleier',
  '/styrk',
  '/en/styrk/2511',
  '/fylke',
  '/nn/fylke/46',
  '/vgs',
  '/vgs/RMRMF1',
  '/skole/999546560',
  '/studie/186740',
  '/en/studie/203162',
  '/interesser',
  '/om',
  '/en/om',
];

/** Opens `path` with the app held back, keeps references to the prerendered nodes, then lets
 *  the app start and waits until it runs the page. */
async function openHeld(page, path) {
  const release = await holdApp(page);
  await page.goto(app.base + path, { waitForApp: false });
  await page.evaluate(() => {
    window.prerendered = {
      app: document.getElementById('app'),
      main: document.querySelector('main'),
      h1: document.querySelector('h1'),
      links: [...document.querySelectorAll('#app a')],
    };
  });
  release();
  await waitForApp(page);
}

function consoleErrors(page) {
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text().split('\n')[0]);
  });
  return errors;
}

test('every kind of prerendered page is taken over where it stands, in each language', async () => {
  for (const path of PAGES) {
    const page = await app.newPage();
    const errors = consoleErrors(page);
    try {
      await openHeld(page, path);
      assert.equal(await howStarted(page), 'taken-over', `${path}: taken over`);
      const kept = await page.evaluate(() => ({
        app: window.prerendered.app === document.getElementById('app'),
        main: window.prerendered.main === document.querySelector('main'),
        h1: window.prerendered.h1 === document.querySelector('h1'),
        links: window.prerendered.links.every((a) => a.isConnected),
        apps: document.querySelectorAll('body > div').length,
      }));
      assert.deepEqual(kept, { app: true, main: true, h1: true, links: true, apps: 1 }, `${path}: the same nodes`);
      assert.deepEqual(page.errors, [], `${path}: no script error`);
      assert.deepEqual(errors, [], `${path}: nothing logged as an error`);
    } finally {
      await page.context().close();
    }
  }
});

// The parts of a page taken over after the rest, each in a task of its own
// (`components/later.rs`), and how each shows it is live.
const LATER_PARTS = [
  { path: '/', part: '.ways-in-part' },
  { path: '/', part: '.search-part', live: searches },
  { path: '/en/', part: '.results-part', live: searches },
  { path: '/interesser', part: '.page-part' },
  { path: '/nn/fylke/46', part: '.chrome-part', live: navigatesInApp },
  { path: '/yrke/kokk', part: '.occupation-main', live: choosesCounty },
  { path: '/en/yrke/elektriker', part: '.occupation-figures', live: choosesCounty },
  { path: '/nn/styrk/5120', part: '.code-figures' },
  { path: '/fylke/46', part: '.region-parts', live: opensFold },
  { path: '/fylke/03', part: '.region-figures', live: opensFold },
  { path: '/vgs/ELELE1', part: '.vgs-tree', live: opensFold },
  { path: '/vgs/ELELE1', part: '.programme-schools', live: choosesSchoolCounty },
  { path: '/nn/skole/999546560', part: '.school-parts', live: opensFold },
];

/** Types a job title into the search field: the list below shows it. */
async function searches(page) {
  await page.fill('#sok', 'kokk');
  await page.locator('.result-count[data-query="kokk"]').waitFor();
  await page.locator('.occupation-list a', { hasText: /kokk/i }).first().waitFor();
}

/** Follows a link in the part: the app shows the next page without loading a document. */
async function navigatesInApp(page, part) {
  await page.evaluate(() => { window.sameDocument = true; });
  const link = page.locator(`${part} .nav-list a`).last();
  const href = await link.getAttribute('href');
  await link.click();
  await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname);
  assert.equal(await page.evaluate(() => window.sameDocument), true, 'the link was followed inside the app');
}

/** Chooses a county in "Hvor i landet": the app shows the occupation there. */
async function choosesCounty(page, part) {
  await page.selectOption(`${part} #hvor-fylke`, { label: 'Vestland' });
  await page.locator(`${part} .where-in-country h3`).first().waitFor();
}

/** Chooses a county for a programme area's schools: the app lists them. */
async function choosesSchoolCounty(page, part) {
  await page.selectOption(`${part} #skole-fylke`, '46');
  await page.locator(`${part} .school-offer`).first().waitFor();
}

/** Opens the part's first closed fold: the app builds its body as it opens. */
async function opensFold(page, part) {
  const before = await page.evaluate((sel) => {
    const fold = document.querySelector(`${sel} details:not([open])`);
    fold.dataset.probe = '';
    return [...fold.children].filter((c) => !['SUMMARY', 'NOSCRIPT'].includes(c.tagName)).length;
  }, part);
  await page.click(`${part} details[data-probe] > summary`);
  await page.waitForFunction(([sel, n]) => {
    const fold = document.querySelector(`${sel} details[data-probe]`);
    return fold.open && [...fold.children].filter((c) => !['SUMMARY', 'NOSCRIPT'].includes(c.tagName)).length > n;
  }, [part, before]);
}

test('the later parts of a page are taken over after the rest, keep their nodes and are live', async () => {
  for (const { path, part, live } of LATER_PARTS) {
    const page = await app.newPage();
    const errors = consoleErrors(page);
    try {
      const release = await holdApp(page);
      await page.goto(app.base + path, { waitForApp: false });
      const count = await page.evaluate((sel) => {
        window.inPart = [...document.querySelectorAll(`${sel} *`)].filter((e) => !e.closest('noscript'));
        return window.inPart.length;
      }, part);
      assert.ok(count > 0, `${path}: ${part} is on the prerendered page, with content`);
      release();
      await waitForApp(page);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
      // Each part marks itself with its class once it is taken over.
      const hydrated = marks.indexOf('yrke:hydrated');
      const taken = marks.indexOf(`yrke:part-taken-over:${part.slice(1)}`);
      assert.ok(hydrated >= 0 && taken > hydrated, `${path}: the page, then ${part}, taken over`);
      assert.ok(taken < marks.indexOf('yrke:live'), `${path}: ${part} taken over before the page is live`);
      assert.equal(await page.evaluate(() => window.inPart.filter((e) => !e.isConnected).length), 0, `${path}: ${part} keeps its nodes`);
      if (live) await live(page, part);
      assert.deepEqual(page.errors, [], `${path}: no script error`);
      assert.deepEqual(errors, [], `${path}: nothing logged as an error`);
    } finally {
      await page.context().close();
    }
  }
});

test('a page taken over is live: its links navigate inside the app', async () => {
  const page = await app.newPage();
  try {
    await openHeld(page, '/yrke/kokk');
    await page.evaluate(() => { window.sameDocument = true; });
    await page.locator('.nav-list a', { hasText: 'STYRK-koder' }).click();
    await page.waitForURL(`${app.base}/styrk`);
    await page.locator('h1', { hasText: 'STYRK-08: yrkesklassifiseringen' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    await page.goBack();
    await page.locator('h1', { hasText: 'Kokk' }).waitFor();
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'back, still no page load');
  } finally {
    await page.context().close();
  }
});

test('the compare list and county stored in this browser arrive once the page is live', async () => {
  const page = await app.newPage();
  try {
    await page.addInitScript(() => {
      localStorage.setItem('yrkesutforskeren.sammenlign', 'kokk,elektriker');
      localStorage.setItem('yrkesutforskeren.fylke', '46');
    });
    await openHeld(page, '/yrke/sykepleier');
    assert.equal(await howStarted(page), 'taken-over');
    await page.locator('.nav-list a', { hasText: 'Sammenlign (2)' }).waitFor();
    assert.equal(await page.locator('#studie-fylke').inputValue(), '46', 'the stored county is chosen');
    await page.locator('section.studies', { hasText: 'Vestland' }).first().waitFor();
    assert.equal(
      await page.evaluate(() => localStorage.getItem('yrkesutforskeren.sammenlign')),
      'kokk,elektriker',
      'the stored list is kept',
    );
    assert.equal(await page.evaluate(() => window.prerendered.main === document.querySelector('main')), true);
  } finally {
    await page.context().close();
  }
});

test('a page whose files fail to load is rendered by the app, with the error and a way to retry', async () => {
  const page = await app.newPage();
  try {
    let failing = true;
    await page.route('**/snapshot/regions.json', (route) =>
      failing ? route.fulfill({ status: 503, body: '' }) : route.continue());
    await openHeld(page, '/fylke');
    assert.equal(await howStarted(page), 'rendered');
    await page.locator('h1').waitFor();
    const retry = page.locator('.error-box button').first();
    await retry.waitFor();
    failing = false;
    await retry.click();
    await page.locator('.error-box').first().waitFor({ state: 'detached' });
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('an occupation page goes live without the region data, which is fetched once a county is chosen', async () => {
  const page = await app.newPage();
  try {
    const fetched = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await openHeld(page, '/yrke/kokk');
    assert.equal(await howStarted(page), 'taken-over');
    assert.ok(fetched.some((p) => p.endsWith('/snapshot/yrke/kokk.json')), 'its own texts');
    assert.ok(!fetched.some((p) => p.endsWith('/snapshot/regions.json')), 'no region data yet');
    await page.selectOption('#hvor-fylke', { label: 'Vestland' });
    await page.locator('.where-in-country h3').first().waitFor();
    assert.ok(fetched.some((p) => p.endsWith('/snapshot/regions.json')), 'the region data, on the choice');
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('the data a page is rendered from is fetched beside the app, each file once', async () => {
  const page = await app.newPage();
  try {
    const requested = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    // An occupation page's slice of the snapshot (slices.test.mjs) and its own texts.
    const data = ['/snapshot/side/hode.json', '/snapshot/side/yrke/kokk.json', '/snapshot/yrke/kokk.json'];
    const dataIn = data.map((path) => page.waitForEvent('requestfinished', {
      predicate: (request) => new URL(request.url()).pathname === path,
    }));
    const release = await holdApp(page);
    await page.goto(app.base + '/yrke/kokk', { waitForApp: false });
    // While the app's wasm is still held back, the page's data comes in.
    await Promise.all(dataIn);
    release();
    await waitForApp(page);
    assert.equal(await howStarted(page), 'taken-over');
    for (const path of data) {
      assert.equal(requested.filter((p) => p === path).length, 1, `${path} once`);
    }
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('an address with a query, and one the build did not render, are rendered by the app', async () => {
  for (const [path, selector] of [['/?q=kokk', '.occupation-row'], ['/yrke/kokk?fylke=46', '.where-in-country h3'], ['/kommune/4601', '#arbeidsgivere']]) {
    const page = await app.newPage();
    try {
      await openHeld(page, path);
      assert.equal(await howStarted(page), 'rendered', path);
      await page.locator(selector).first().waitFor();
      assert.deepEqual(page.errors, [], path);
    } finally {
      await page.context().close();
    }
  }
});
