// End-to-end: every link to a place on the same page (skip link, "Se hva som passer", the
// areas door) stays on that page, before the app runs and after, under `<base href>`, below a
// sub-path and inside an embed's frame. A bare "#id" would resolve against the base and open
// the front page instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, startSchoolPage } from './harness.mjs';
import { ROUTES } from './routes.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

// Every route, plus the one-at-a-time view with all 30 answered (where the results link shows).
const ALL_ANSWERED = 'jnnnnnjnnnnnjnnnnnjnnnnnjnnnnn';
const PATHS = [...ROUTES.map(([path]) => path), `/interesser?modus=en&svar=${ALL_ANSWERED}`];

/** The page's links that carry a fragment, with where they resolve and whether their target
 *  is there. */
async function fragmentLinks(page) {
  return page.$$eval('a[href*="#"]', (links) =>
    links.map((a) => {
      const target = new URL(a.href);
      const id = decodeURIComponent(target.hash.slice(1));
      return {
        text: a.textContent.trim(),
        id,
        samePage: target.origin === location.origin && target.pathname === location.pathname && target.search === location.search,
        targetThere: Boolean(document.getElementById(id)),
        visible: a.getClientRects().length > 0 && getComputedStyle(a).visibility !== 'hidden',
      };
    }),
  );
}

test('before the app runs, every in-page link on every route points at the page it is on', async () => {
  const page = await app.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  let walked = 0;
  for (const path of PATHS) {
    await page.goto(`${app.base}${path}`, { waitForApp: false });
    const links = await fragmentLinks(page);
    // Every page but an embed (a school shows it inside its own page) has a skip link.
    if (!path.startsWith('/embed/')) assert.ok(links.length > 0, `${path}: no in-page link`);
    for (const link of links) {
      walked += 1;
      assert.ok(link.samePage, `${path}: "${link.text}" leaves the page`);
      assert.ok(link.targetThere, `${path}: "${link.text}" points at #${link.id}, which is not there`);
    }
  }
  console.log(`${walked} in-page links on ${PATHS.length} addresses`);
});

test('once the app runs, clicking every visible in-page link keeps the page and moves focus to its target', async () => {
  const page = await app.newPage();
  let clicked = 0;
  for (const path of PATHS) {
    const clickedBefore = clicked;
    await page.goto(`${app.base}${path}`);
    const before = new URL(page.url());
    const links = await fragmentLinks(page);
    assert.ok(links.every((l) => l.samePage), `${path}: ${JSON.stringify(links.filter((l) => !l.samePage))}`);
    for (const [index, link] of links.entries()) {
      if (!link.visible) continue;
      const locator = page.locator('a[href*="#"]').nth(index);
      // The skip link shows only when focused.
      if (link.text.startsWith('Hopp')) await locator.focus();
      await locator.click();
      await page.waitForFunction((id) => document.activeElement?.id === id || document.activeElement?.closest(`#${CSS.escape(id)}`), link.id);
      const after = new URL(page.url());
      assert.equal(after.pathname + after.search, before.pathname + before.search, `${path}: "${link.text}"`);
      clicked += 1;
    }
    if (!path.startsWith('/embed/')) assert.ok(clicked > clickedBefore, `${path}: no in-page link clicked`);
  }
  console.log(`${clicked} in-page links clicked on ${PATHS.length} addresses`);
  assert.deepEqual(page.errors, []);
});

test('"Se hva som passer" inside an embed stays in the frame and shows the results', async () => {
  const school = await startSchoolPage(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Skolen</title></head><body>
      <script src="${app.base}/embed.js" data-view="interesser"></script>
    </body></html>`);
  try {
    const page = await app.newPage();
    await page.goto(`${school.base}/`);
    const inside = page.frameLocator('iframe');
    await inside.getByRole('button', { name: 'Ett om gangen' }).click();
    for (let i = 0; i < 30; i += 1) await inside.getByRole('button', { name: 'Liker', exact: true }).click();
    await inside.getByRole('link', { name: 'Se hva som passer' }).click();
    await inside.locator('.fit-row').first().waitFor();
    const frameUrl = new URL(page.frames()[1].url());
    assert.equal(frameUrl.pathname, '/embed/interesser', 'the frame still shows the statements and results');
    assert.equal(await inside.locator('.site-header').count(), 0, 'not the whole app in the frame');
    assert.equal(new URL(page.url()).origin, school.base, 'the school page stays');
  } finally {
    await school.close();
  }
});
