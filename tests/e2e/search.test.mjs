// End-to-end: the search box finds what pupils type (typos, codes, everyday words) and
// highlights what matched, on / and on /styrk.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { holdApp, startApp, texts, eventually } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

async function firstTitles(page, query, n = 3) {
  await page.fill('#sok', query);
  await page.waitForFunction(
    // The list says which text it shows results for (typing is searched at the next frame).
    (q) => document.querySelector('.result-count')?.dataset.query === q,
    query,
  );
  return (await texts(page, '.occupation-row .occupation-link')).slice(0, n);
}

test('typos, everyday words, codes and ASCII spellings find the right occupations', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  assert.equal((await firstTitles(page, 'sykepleir'))[0], 'Sykepleier');
  assert.equal((await firstTitles(page, 'it prosjektleder'))[0], 'IT-prosjektleder');
  assert.equal((await firstTitles(page, 'frisoer'))[0], 'Frisør');
  assert.ok((await firstTitles(page, 'jobbe med dyr')).some((t) => t.startsWith('Dyre')));
  assert.ok((await firstTitles(page, '2511', 10)).includes('IT-prosjektleder'));
  const bil = await firstTitles(page, 'bil', 5);
  assert.equal(bil.length, 5, bil.join(', '));
  assert.ok(bil.every((t) => t.toLowerCase().startsWith('bil')), bil.join(', '));
});

test('older and feminine titles and common English job titles find the occupation; nothing known gives the nearest names by spelling', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  assert.equal((await firstTitles(page, 'servitrise'))[0], 'Servitør');
  assert.equal((await firstTitles(page, 'sykepleierske'))[0], 'Sykepleier');
  assert.ok((await firstTitles(page, 'sykesøster')).includes('Sykepleier'));
  assert.equal((await firstTitles(page, 'cashier'))[0], 'Butikkmedarbeider');
  assert.equal((await firstTitles(page, 'engineer'))[0], 'Ingeniør');
  assert.equal((await firstTitles(page, 'firefighter'))[0], 'Brannkonstabel');
  // No word is known in any form: the names nearest by spelling, said as such.
  const near = await firstTitles(page, 'tyømmrerr', 5);
  assert.ok(near.includes('Tømrer'), near.join(' | '));
  assert.match(await page.textContent('.nearest-note'), /Nærmeste treff etter stavemåten/);
});

test('a hit only through another occupation\'s job title under a shared code ranks below direct hits and says so', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=helsefag&vis=alle`);
  await page.waitForSelector('.occupation-row');
  const titles = await texts(page, '.occupation-row:not([hidden]) .occupation-link');
  const rows = await page.$$eval('.occupation-row:not([hidden])', (rs) =>
    rs.map((r) => ({ title: r.querySelector('.occupation-link').textContent, borrowed: !r.querySelector('.borrowed-note').hidden })),
  );
  const firstBorrowed = rows.findIndex((r) => r.borrowed);
  assert.ok(firstBorrowed > 0, titles.join(' | '));
  assert.ok(rows.slice(firstBorrowed).every((r) => r.borrowed), 'every direct hit comes first');
  assert.ok(rows.slice(0, firstBorrowed).every((r) => !['Jurist', 'Arkeolog', 'Diplomat'].includes(r.title)));
  const jurist = page.locator('.occupation-row', { has: page.getByRole('link', { name: 'Jurist', exact: true }) });
  assert.match(await jurist.locator('.borrowed-note').textContent(), /annen stillingstittel med samme STYRK-kode/);
});

test('matched parts of titles are marked', async () => {
  const typed = await app.newPage();
  await typed.goto(`${app.base}/?q=prosjektled`);
  await typed.waitForSelector('.occupation-row mark');
  const it = typed.locator('.occupation-row', { has: typed.getByRole('link', { name: 'IT-prosjektleder', exact: true }) });
  assert.deepEqual(await it.locator('mark').allTextContents(), ['prosjektled']);
  const page = await app.newPage();
  await page.goto(`${app.base}/?q=leder`);
  await page.waitForSelector('.occupation-row mark');
  assert.equal(await page.textContent('.occupation-row:first-child mark'), 'Leder');
});

test('typing writes the URL after a pause, and back restores the earlier search', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.waitForSelector('#sok');
  await page.type('#sok', 'kokk', { delay: 30 });
  await page.waitForURL(/\?q=kokk$/);
  await page.click('.occupation-row a');
  await page.waitForSelector('article.occupation h1');
  await page.goBack();
  await page.waitForSelector('.occupation-row');
  assert.equal(await page.inputValue('#sok'), 'kokk');
  assert.equal((await texts(page, '.occupation-row .occupation-link'))[0], 'Kokk');
});

test('a pasted 5,000-character query keeps the page working', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  await page.fill('#sok', 'sykepleier '.repeat(455));
  // The count answers (not "Viser alle", not "Leter etter yrker" while search gets ready).
  await page.waitForFunction(() => /^\d/.test(document.querySelector('.result-count').textContent));
  assert.ok((await texts(page, '.occupation-row .occupation-link')).includes('Sykepleier'));
  await page.fill('#sok', 'kokk');
  await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
  assert.deepEqual(page.errors, []);
});

test('the STYRK page searches occupations with the same engine', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/styrk?q=sykepleir`);
  await page.waitForSelector('.occupation-hits a');
  assert.equal((await texts(page, '.occupation-hits a'))[0], 'Sykepleier');
});

test('clearing right after typing empties the field and the URL stays clean', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/`);
  await page.waitForSelector('#sok');
  // Every address the page takes, also those written without a new history entry.
  const addresses = [];
  page.on('framenavigated', (frame) => frame === page.mainFrame() && addresses.push(frame.url()));
  await page.type('#sok', 'kokk');
  await page.getByRole('button', { name: 'Tøm søket' }).click();
  await eventually(() => page.inputValue('#sok'), '');
  // With nothing searched the front page offers its doors again, not the list, and the
  // address holds no search.
  await page.waitForSelector('.doors');
  assert.equal(await page.locator('.occupation-row').count(), 0);
  await eventually(() => new URL(page.url()).search, '');
  const cleared = addresses.length;
  // A later search is written after the pause; had the cleared one still been pending, it
  // would have been written before it. (Whether "kokk" was written before the click depends
  // on how long the click took; after the clear, never.)
  await page.type('#sok', 'baker');
  await page.waitForURL(/\?q=baker$/);
  assert.deepEqual(
    addresses.slice(cleared).map((a) => new URL(a).search).filter(Boolean),
    ['?q=baker'],
    'the cleared search never reached the address after clearing',
  );
});

test('typing before the app is live says results are coming, then shows them', async () => {
  for (const path of ['/', '/?vis=alle']) {
    const page = await app.newPage();
    // A slow connection: the app arrives only when the test lets it.
    const release = await holdApp(page);
    await page.goto(`${app.base}${path}`, { waitForApp: false });
    await page.locator('#sok').pressSequentially('kokk');
    const pending = page.locator('.search-pending');
    await pending.waitFor({ state: 'visible' });
    assert.match(await pending.textContent(), /Leter etter yrker/);
    assert.equal(await page.getAttribute('.search-pending', 'role'), 'status');
    // The prerendered list and its count ("Viser alle 599 yrker") are not shown under the query.
    assert.equal(await page.locator('.result-count:visible, .occupation-row:visible, .doors:visible').count(), 0, path);
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.waitForFunction(() => document.querySelector('.occupation-row .occupation-link')?.textContent === 'Kokk');
    assert.equal(await page.inputValue('#sok'), 'kokk');
    assert.equal(await page.locator('.search-pending:visible').count(), 0);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('what only search reads (NAV\'s job titles, intros) loads with search: until it is in a search says results are coming, then finds by it', async () => {
  const page = await app.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/snapshot/search.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  assert.ok(!requested.some((p) => p.endsWith('/search.json')), 'a page that does not search does not fetch it');
  // "Sorenskriver" is one of NAV's titles under Dommer's code, not a word of its name.
  await page.fill('#sok', 'sorenskriver');
  await eventually(() => page.textContent('.result-count'), 'Leter etter yrker … svarene kommer straks.');
  assert.equal(await page.locator('.empty, .occupation-row:visible').count(), 0, 'no empty answer and no stale list');
  assert.notEqual(await page.getAttribute('.result-count', 'data-query'), 'sorenskriver');
  release();
  await page.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'sorenskriver');
  assert.equal((await texts(page, '.occupation-row .occupation-link'))[0], 'Dommer');
  assert.equal(requested.filter((p) => p.endsWith('/search.json')).length, 1);
  assert.deepEqual(page.errors, []);
});

test('a search in the address fetches search.json beside the app, once, and answers by it', async () => {
  const page = await app.newPage();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${app.base}/?q=sorenskriver`);
  await page.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'sorenskriver');
  assert.equal((await texts(page, '.occupation-row .occupation-link'))[0], 'Dommer');
  assert.equal(requested.filter((p) => p.endsWith('/search.json')).length, 1);
  assert.deepEqual(page.errors, []);
});

test('after typing, every row (those below the first screen too) shows what a link to the same search shows', async () => {
  const typed = await app.newPage();
  await typed.goto(`${app.base}/?vis=alle`);
  await typed.focus('#sok');
  await typed.waitForSelector('.result-count[data-full-text="true"]');
  // Fast typing: most keystrokes are searched only for the rows in view first.
  await typed.type('#sok', 'sykepleier', { delay: 25 });
  await typed.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'sykepleier');
  const shown = await texts(typed, '.occupation-row .occupation-link');
  assert.ok(shown.length > 8, `more rows than a screen holds: ${shown.length}`);
  const linked = await app.newPage();
  await linked.goto(`${app.base}/?q=sykepleier`);
  await linked.waitForSelector('.result-count[data-full-text="true"]');
  await linked.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'sykepleier');
  assert.deepEqual(shown, await texts(linked, '.occupation-row .occupation-link'));
});

test('a row scrolled into view while someone types shows the results for what is typed', async () => {
  const linked = await app.newPage();
  await linked.goto(`${app.base}/?q=sykepleier`);
  await linked.waitForSelector('.result-count[data-full-text="true"]');
  await linked.waitForFunction(() => document.querySelector('.result-count')?.dataset.query === 'sykepleier');
  const expected = await texts(linked, '.occupation-row .occupation-link');
  assert.ok(expected.length > 8, `more rows than a screen holds: ${expected.length}`);
  const typed = await app.newPage({ viewport: { width: 375, height: 700 } });
  await typed.goto(`${app.base}/?vis=alle`);
  await typed.focus('#sok');
  await typed.waitForSelector('.result-count[data-full-text="true"]');
  await typed.type('#sok', 'sykepleier', { delay: 25 });
  // The last row is scrolled into view while typing goes on (a space typed and taken back,
  // never pausing long enough for the rows off screen to catch up on their own); typing stops
  // only once the row shows what is typed, or after 200 keystrokes.
  const last = expected.length - 1;
  const watching = typed.evaluate(async ([place, want]) => {
    const row = () => document.querySelectorAll('.occupation-row .occupation-link')[place];
    // Kept in the middle of the screen, as a reader holds a row they look at: rows above it
    // that are laid out only as they near the viewport must not push it out again.
    while (row()?.textContent.trim() !== want) {
      row()?.scrollIntoView({ block: 'center' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    window.rowCaughtUp = true;
  }, [last, expected[last]]);
  let keystrokes = 0;
  while (!(await typed.evaluate(() => window.rowCaughtUp === true)) && keystrokes < 200) {
    await typed.keyboard.press('Space');
    await typed.waitForTimeout(50);
    await typed.keyboard.press('Backspace');
    await typed.waitForTimeout(50);
    keystrokes += 2;
  }
  assert.ok(keystrokes < 200, 'the row scrolled into view caught up while typing went on');
  await watching;
  assert.equal(
    await typed.evaluate((place) => document.querySelectorAll('.occupation-row .occupation-link')[place].textContent.trim(), last),
    expected[last],
  );
  assert.deepEqual(typed.errors, []);
});

test('while someone types, a list narrowed below a page shows no empty cards', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.focus('#sok');
  await page.waitForSelector('.result-count[data-full-text="true"]');
  // "e" fills the page of 24 rows; "elektriker" has fewer hits. Typing goes on (a space typed
  // and taken back), so the list never settles while it is read.
  await page.type('#sok', 'elektriker', { delay: 25 });
  const typing = (async () => {
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Space');
      await page.waitForTimeout(50);
      await page.keyboard.press('Backspace');
      await page.waitForTimeout(50);
    }
  })();
  await page.waitForFunction(() => Number(document.querySelector('.result-count')?.textContent.match(/^(\d+)\s+yrker? av/)?.[1] ?? 99) < 24);
  const [hits, cards] = await page.evaluate(() => [
    Number(document.querySelector('.result-count').textContent.match(/^(\d+)/)[1]),
    [...document.querySelectorAll('.occupation-row')]
      .filter((row) => getComputedStyle(row).display !== 'none')
      .map((row) => row.querySelector('.occupation-link').textContent.trim()),
  ]);
  await typing;
  assert.ok(hits < 24, `a list below a page: ${hits} hits`);
  assert.equal(cards.length, hits, 'one card per hit');
  assert.ok(cards.every((title) => title !== ''), JSON.stringify(cards));
  assert.deepEqual(page.errors, []);
});
