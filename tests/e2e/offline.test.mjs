// End-to-end: offline after one visit, and atomic updates through the service worker. Runs on a
// copy of dist/ so the test can stop the server and publish a "new build" into it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launch } from './browser.mjs';
import { startServer } from './serve.mjs';
import { DIST, ROOT, scratchFolder, waitForAppOnLoad } from './harness.mjs';


function stop(server) {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(resolve));
}

test('after one online visit every route works offline, and a new build is offered and taken', async () => {
  const site = scratchFolder('offline-site');
  fs.cpSync(DIST, site, { recursive: true });
  let server = await startServer(site, 0);
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    waitForAppOnLoad(page, base);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Online: the first visit installs the service worker, which caches the whole build.
    await page.goto(`${base}/?vis=alle`);
    await page.waitForSelector('.occupation-row');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
    const cached = await page.evaluate(async () => {
      // The service worker's caches; the app keeps its last good snapshot apart ('yrke-last-good').
      const keys = (await caches.keys()).filter((k) => k.startsWith('yrkesutforskeren-'));
      const cache = await caches.open(keys[0]);
      const requests = await cache.keys();
      let bytes = 0;
      for (const request of requests) bytes += (await (await cache.match(request)).arrayBuffer()).byteLength;
      return { caches: keys, files: requests.length, bytes };
    });
    assert.equal(cached.caches.length, 1);
    const built = fs.readFileSync(path.join(site, 'sw.js'), 'utf8').match(/^ {2}\["/gm).length;
    assert.equal(cached.files, built, 'every file of the build is cached');
    console.log(`precache: ${cached.files} files, ${(cached.bytes / 1024).toFixed(0)} KB`);

    // Offline: the server is gone.
    await stop(server);
    const started = Date.now();
    await page.reload();
    await page.waitForSelector('.occupation-row');
    console.log(`warm offline reload to the first list: ${Date.now() - started} ms`);
    await page.getByLabel('Søk i yrker').fill('kokk');
    await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
    await page.goto(`${base}/yrke/kokk`);
    await page.waitForSelector('.tasks li');
    assert.equal(await page.textContent('h1'), 'Kokk');
    await page.goto(`${base}/styrk/5120`);
    await page.waitForSelector('#yrker');
    assert.match(await page.textContent('h1'), /5120/);
    await page.goto(`${base}/fylke/46`);
    await page.waitForSelector('#studier');
    // Higher-education studies: an occupation's list and a study's own page with every year.
    await page.goto(`${base}/yrke/sykepleier`);
    await page.waitForSelector('.studies .study-card');
    await page.goto(`${base}/studie/186740`);
    await page.waitForSelector('.study-table');
    assert.equal(await page.textContent('h1'), 'Medisin');
    // "Hva liker du å gjøre?" with answers, in nynorsk too (its shell was never visited).
    await page.goto(`${base}/interesser?svar=jnnnnnjnnnnnjnnnnn`);
    await page.waitForSelector('.fit-row');
    await page.goto(`${base}/nn/interesser`);
    await page.waitForSelector('.statement');
    assert.equal(await page.textContent('h1'), 'Kva liker du å gjere?');
    // Occupation pages never visited, in nynorsk and English, open like bokmål's.
    for (const [path, heading, language] of [['/nn/yrke/elektriker', 'Elektriker', 'nn'], ['/en/yrke/kokk', 'Kokk', 'en'], ['/en/yrke/sykepleier', 'Sykepleier', 'en']]) {
      await page.goto(`${base}${path}`);
      await page.waitForSelector('.tasks li');
      assert.equal(await page.textContent('h1'), heading, path);
      assert.equal(await page.getAttribute('html', 'lang'), language, path);
      assert.equal(await page.locator('.not-found').count(), 0, path);
    }

    // A new build is published: the page offers it once it is fully cached, and switches on request.
    const css = fs.readdirSync(site).find((f) => /^style-.*\.css$/.test(f));
    fs.appendFileSync(path.join(site, css), '\n/* ny versjon */\n');
    execFileSync('sh', [path.join(ROOT, 'scripts/precache.sh'), site], { cwd: ROOT });
    server = await startServer(site, port);
    await page.goto(`${base}/?vis=alle`);
    await page.waitForSelector('.update-notice', { timeout: 60000 });
    assert.match(await page.textContent('.update-notice'), /Ny versjon er klar – last inn på nytt/);
    const oldVersion = cached.caches[0];
    await Promise.all([
      page.waitForEvent('load', { timeout: 60000 }),
      page.getByRole('button', { name: 'Last inn på nytt' }).click(),
    ]);
    await page.waitForSelector('.occupation-row');
    const after = await page.evaluate(async (file) => {
      const keys = (await caches.keys()).filter((k) => k.startsWith('yrkesutforskeren-'));
      const text = await (await fetch(file)).text();
      return { keys, marked: text.includes('ny versjon') };
    }, css);
    assert.equal(after.keys.length, 1, 'the old version is removed');
    assert.notEqual(after.keys[0], oldVersion);
    assert.ok(after.marked, 'the new build runs');
    assert.equal(await page.$('.update-notice'), null);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await stop(server).catch(() => {});
    fs.rmSync(site, { recursive: true, force: true });
  }
});
