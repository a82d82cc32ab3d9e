// End-to-end: every page lives in a wasm chunk of its own (src/app/page_chunks.rs,
// scripts/split-wasm.sh). A page where readers arrive (the list, an occupation) downloads the
// main wasm and its own chunk, nothing more, the chunk requested beside the main wasm; another
// page downloads its chunk (and the chunks it shares with other seldom pages) before it is
// taken over; a link to a page fetches its chunk then. A chunk that cannot be fetched loses nothing: after a
// link the page says so and offers a retry, at a page's own address the page stays as
// prerendered with its note that the app could not start. What an occupation page shows for a
// chosen county is a chunk too, fetched when the reader turns to it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const CHUNK = /\/wasm-[a-z0-9-]+\.wasm$/;
// The decoders of files only chunked pages read (src/app/page_chunks.rs).
const DECODER = /^wasm-split-(region-data|study-history)-/;
// The search engine's chunk, fetched when a page first wants search.
const ENGINE = /\/wasm-split-search-engine-[0-9a-f]+\.wasm$/;

/** The wasm files the page requests, by file name. */
function wasmRequests(page) {
  const files = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) files.push(request.url().split('/').pop());
  });
  return files;
}

/** How many of the requested `files` are the chunk whose file name starts with `prefix`. */
const requests = (files, prefix) => files.filter((file) => file.startsWith(prefix)).length;

/** Waits until the page has requested the chunk whose file name starts with `prefix`. */
const chunkRequested = (page, prefix) => page.waitForFunction(
  (start) => performance.getEntriesByType('resource').some((e) => e.name.split('/').pop().startsWith(start)),
  prefix,
);

test('a page readers land on needs the main wasm and its own chunk only; another page its chunk and the decoder of a file it reads', async () => {
  // [page, its heading, its page chunk, the decoder chunks of the files it reads, whether it
  // needs no other chunk]
  for (const [path, heading, chunk, decoders, alone] of [
    ['/yrke/kokk', 'Kokk', 'wasm-split-occupation-', [], true],
    ['/en/yrke/lege', 'Lege', 'wasm-split-occupation-', [], true],
    ['/', 'Yrkesutforskeren', 'wasm-split-explorer-', [], true],
    ['/nn/', 'Yrkesutforskeren', 'wasm-split-explorer-', [], true],
    ['/styrk/2511', '2511', 'wasm-split-styrk-', []],
    ['/en/styrk', 'STYRK', 'wasm-split-styrk-', []],
    ['/fylke', 'Hvor er arbeidsplassene?', 'wasm-split-counties-', ['region-data']],
    ['/nn/vgs/ELELE1', 'Vg1 Elektro og datateknologi', 'wasm-split-vgs-', []],
  ]) {
    // The prerendered page names its chunk's file, which start.js requests beside the app.
    const html = await (await fetch(`${app.base}${path}`)).text();
    assert.match(html, new RegExp(`<div id="app"[^>]* data-chunk="${chunk}[0-9a-f]{16}\\.wasm"`), `${path}: names its chunk`);
    const page = await app.newPage();
    try {
      const files = wasmRequests(page);
      await page.goto(`${app.base}${path}`);
      await page.locator('h1', { hasText: heading }).waitFor();
      const chunks = files.filter((file) => CHUNK.test(`/${file}`));
      assert.ok(chunks.some((file) => file.startsWith(chunk)), `${path}: its chunk (${files})`);
      // Requested once: the loader took the response start.js asked for beside the main wasm.
      assert.equal(requests(files, chunk), 1, `${path}: ${files}`);
      if (alone) assert.deepEqual(chunks.filter((file) => !file.startsWith(chunk)), [], `${path}: only its own chunk`);
      // Nobody searched: the search engine is not fetched.
      assert.ok(!files.some((file) => ENGINE.test(`/${file}`)), `${path}: no search engine (${files})`);
      const pageChunks = files.filter((file) => file.startsWith('wasm-split-') && !DECODER.test(file));
      assert.equal(pageChunks.length, chunk ? 1 : 0, `${path}: one page's chunk (${files})`);
      // A decoder comes with the pages that read its file, and only with them.
      const fetched = files.filter((file) => DECODER.test(file)).map((file) => file.match(DECODER)[1]);
      assert.deepEqual(fetched, decoders, `${path}: ${files}`);
      assert.deepEqual(page.errors, [], path);
    } finally {
      await page.context().close();
    }
  }
});

test('every prerendered page names the file of its own chunk', async () => {
  for (const [path, chunk] of [
    ['/fylke/46', 'wasm-split-county-'],
    ['/skole/999546560', 'wasm-split-school-'],
    ['/om', 'wasm-split-about-'],
    ['/interesser', 'wasm-split-interests-'],
    ['/vgs', 'wasm-split-vgs-'],
    ['/en/styrk/2511', 'wasm-split-styrk-'],
  ]) {
    const html = await (await fetch(`${app.base}${path}`)).text();
    assert.match(html, new RegExp(`<div id="app"[^>]* data-chunk="${chunk}[0-9a-f]{16}\\.wasm"`), path);
  }
});

test('a link to a chunked page fetches its chunk; if that fails, the page says so and a retry brings it', async () => {
  const page = await app.newPage();
  try {
    page.on('console', () => {});
    await page.goto(`${app.base}/yrke/kokk`);
    let failing = true;
    await page.route(CHUNK, (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.evaluate(() => { window.sameDocument = true; });
    await page.locator('.nav-list a', { hasText: 'Fylker' }).click();
    await page.waitForURL(`${app.base}/fylke`);
    const retry = page.locator('.error-box button');
    await retry.waitFor();
    assert.match(await page.textContent('.error-box'), /Prøv igjen|prøv/i);
    failing = false;
    await retry.click();
    await page.locator('h1', { hasText: 'Hvor er arbeidsplassene?' }).waitFor();
    assert.equal(await page.locator('.error-box').count(), 0);
    // The page arrived after its route change: focus is on its heading, as after any link.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'no page load');
    // Back to the occupation and forth again: the chunk is in, the page renders at once.
    await page.goBack();
    await page.locator('h1', { hasText: 'Kokk' }).waitFor();
    await page.goForward();
    await page.locator('h1', { hasText: 'Hvor er arbeidsplassene?' }).waitFor();
  } finally {
    await page.context().close();
  }
});

test('pointing at a link or moving focus to it fetches the chunk of the page it leads to, once', async () => {
  const page = await app.newPage();
  try {
    const files = wasmRequests(page);
    await page.goto(`${app.base}/yrke/kokk`);
    const asked = (prefix) => requests(files, prefix);
    assert.equal(asked('wasm-split-counties-'), 0, 'not before');
    const counties = page.locator('.nav-list a', { hasText: 'Fylker' });
    await counties.hover();
    await chunkRequested(page, 'wasm-split-counties-');
    // Focus moved to a link, as with the keyboard: the STYRK list's chunk.
    assert.equal(asked('wasm-split-styrk-'), 0);
    await page.locator('.nav-list a', { hasText: 'STYRK' }).focus();
    await chunkRequested(page, 'wasm-split-styrk-');
    // Pointing at the same link again asks for nothing more.
    await counties.focus();
    await page.mouse.move(0, 0);
    await counties.hover();
    await page.waitForTimeout(300);
    assert.equal(asked('wasm-split-counties-'), 1, `asked once (${files})`);
    // Following the link now renders the page from the chunk that is in.
    await counties.click();
    await page.locator('h1', { hasText: 'Hvor er arbeidsplassene?' }).waitFor();
    assert.equal(asked('wasm-split-counties-'), 1);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('once the list shows occupations, the occupation page\'s chunk is fetched ahead, and a result opens from it', async () => {
  const page = await app.newPage();
  try {
    const files = wasmRequests(page);
    const occupation = () => requests(files, 'wasm-split-occupation-');
    await page.goto(`${app.base}/`);
    await page.waitForTimeout(500);
    assert.equal(occupation(), 0, 'not before a list');
    // Typed as on a phone: no pointer rests on a result before it is tapped.
    await page.getByLabel('Søk i yrker').pressSequentially('kokk');
    await page.locator('.occupation-row a', { hasText: 'Kokk' }).first().waitFor();
    await chunkRequested(page, 'wasm-split-occupation-');
    await page.locator('.occupation-row a', { hasText: 'Kokk' }).first().evaluate((a) => a.click());
    await page.locator('h1', { hasText: 'Kokk' }).waitFor();
    assert.equal(occupation(), 1, `fetched once (${files})`);
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('an occupation page fetches what shows a chosen county only when the reader turns to the county list; a failed fetch is retried in place', async () => {
  const page = await app.newPage();
  try {
    page.on('console', () => {});
    const files = wasmRequests(page);
    // The chunks besides the occupation page's own.
    const others = () => files.filter((file) => CHUNK.test(`/${file}`) && !file.startsWith('wasm-split-occupation-'));
    await page.goto(`${app.base}/yrke/elektriker`);
    await page.waitForTimeout(1500);
    assert.deepEqual(others(), [], 'no other chunk at landing');
    let failing = true;
    await page.route(CHUNK, (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.selectOption('#hvor-fylke', { label: 'Vestland' });
    await page.waitForURL(/\?fylke=46$/);
    const retry = page.locator('.where-in-country .error-box button');
    await retry.waitFor();
    assert.equal(await page.textContent('h1'), 'Elektriker', 'the page itself stays');
    failing = false;
    await retry.click();
    await page.locator('.where-in-country h3', { hasText: /Opplæringskontor i Vestland/ }).waitFor();
    assert.ok(others().some((file) => file.startsWith('wasm-split-region-results-')), 'fetched once a county is chosen');
    // Another county renders at once: the chunk is in.
    await page.selectOption('#hvor-fylke', { label: 'Rogaland' });
    await page.locator('.where-in-country h3', { hasText: /Opplæringskontor i Rogaland/ }).waitFor();
    assert.deepEqual(page.errors, []);
  } finally {
    await page.context().close();
  }
});

test('at a chunked page whose chunk cannot be fetched, the page stays readable and says the app could not start', async () => {
  const page = await app.newPage();
  try {
    page.on('console', () => {});
    await page.route(CHUNK, (route) => route.fulfill({ status: 404, body: 'no' }));
    await page.goto(`${app.base}/om`, { waitForApp: false });
    await page.locator('#start-failed').waitFor();
    assert.equal(await page.getAttribute('html', 'data-app'), null);
    assert.ok((await page.textContent('main')).includes('Om Yrkesutforskeren'));
  } finally {
    await page.context().close();
  }
});

test('the search engine is fetched when a search box is first used; if that fails, the search says so and a retry brings the results', async () => {
  const page = await app.newPage();
  try {
    page.on('console', () => {});
    const files = wasmRequests(page);
    await page.goto(`${app.base}/`);
    await page.waitForSelector('html[data-app="ready"]');
    let failing = true;
    await page.route(ENGINE, (route) => (failing ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.getByLabel('Søk i yrker').pressSequentially('kokk');
    const retry = page.locator('main .error-box button');
    await retry.waitFor();
    assert.ok(files.some((file) => ENGINE.test(`/${file}`)), `engine requested (${files})`);
    assert.equal((await page.textContent('main .error-box h2')).trim(), 'Søket etter yrker kunne ikke lastes');
    // No "results are coming" beside the error: they are not coming until the retry.
    assert.doesNotMatch(await page.textContent('.result-count'), /\S/);
    failing = false;
    await retry.click();
    await page.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'kokk');
    assert.equal(await page.locator('main .error-box').count(), 0);
    const first = await page.locator('.occupation-row .occupation-link').first().textContent();
    assert.equal(first.trim(), 'Kokk');
    // The STYRK look-up on another page searches with the same engine, fetched once.
    const engines = files.filter((file) => ENGINE.test(`/${file}`)).length;
    await page.locator('.nav-list a', { hasText: 'STYRK' }).click();
    await page.getByLabel('Slå opp kode eller navn').pressSequentially('kokk');
    await page.locator('.occupation-hits a', { hasText: 'Kokk' }).first().waitFor();
    assert.equal(files.filter((file) => ENGINE.test(`/${file}`)).length, engines, 'the engine is fetched once');
  } finally {
    await page.context().close();
  }
});
