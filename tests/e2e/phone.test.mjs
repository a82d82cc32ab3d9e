// End-to-end on a phone (375 × 812): what a walk-through as pupils found wanting. The county
// choice near the top of an occupation page, counties A–Å, training offices based elsewhere
// listed apart, a cue on tables that scroll sideways, and the compare page's actions and way in.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, texts } from './harness.mjs';

const PHONE = { viewport: { width: 375, height: 812 } };

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('the county choice sits near the top of an occupation page and takes the reader to it', async () => {
  const page = await app.newPage(PHONE);
  await page.goto(`${app.base}/yrke/elektriker`);
  const shortcut = page.getByLabel('Se yrket i fylket ditt');
  const box = await shortcut.boundingBox();
  assert.ok(box && box.y < 2 * 812, `the choice is ${box?.y} px down, more than two screens`);
  await shortcut.selectOption({ label: 'Vestland' });
  await page.waitForURL(/\/yrke\/elektriker\?fylke=46$/);
  await page.waitForSelector('.where-in-country h3');
  // The section with the county's figures is on screen, its choice set to the same county.
  await page.waitForFunction(() => {
    const top = document.getElementById('hvor-i-landet').getBoundingClientRect().top;
    return top > -2 && top < window.innerHeight;
  });
  assert.equal(await page.inputValue('#hvor-fylke'), '46');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'hvor-i-landet');
  // A shared link with a county shows it in both choices.
  await page.goto(`${app.base}/yrke/elektriker?fylke=03`);
  assert.equal(await page.inputValue('#kort-fylke'), '03');
  assert.deepEqual(page.errors, []);
});

test('counties are listed A–Å wherever one is chosen or listed', async () => {
  const page = await app.newPage(PHONE);
  const alphabetical = (names) => [...names].sort((a, b) => a.localeCompare(b, 'nb'));
  for (const [path, select] of [
    ['/yrke/elektriker', '#hvor-fylke'],
    ['/yrke/elektriker', '#kort-fylke'],
    ['/vgs/ELELE1', '.schools select'],
  ]) {
    await page.goto(`${app.base}${path}`);
    await page.waitForSelector(`${select} option[value="46"]`, { state: 'attached' });
    const names = await page.$$eval(`${select} option`, (options) => options.filter((o) => o.value).map((o) => o.textContent.trim()));
    assert.equal(names.length, 15, `${path} ${select}`);
    assert.deepEqual(names, alphabetical(names), `${path} ${select}`);
    assert.equal(names[0], 'Agder');
    assert.equal(names.at(-1), 'Østfold');
  }
  await page.goto(`${app.base}/fylke`);
  const rows = await texts(page, 'table.figures tbody th[scope="row"]');
  assert.equal(rows.length, 15);
  assert.deepEqual(rows, alphabetical(rows), '/fylke');
});

test('a training office based in another county is listed apart from the county’s own', async () => {
  const page = await app.newPage(PHONE);
  await page.goto(`${app.base}/yrke/elektriker?fylke=46`);
  await page.waitForSelector('.where-in-country table.employers');
  const tables = await page.$$eval('.where-in-country table.employers', (tables) =>
    tables.map((t) => ({
      caption: t.querySelector('caption').textContent,
      rows: [...t.querySelectorAll('tbody tr')].map((r) => [r.querySelector('th').textContent.trim(), r.querySelector('td').textContent.trim()]),
    })),
  );
  const own = tables.find((t) => t.caption.startsWith('Opplæringskontor for faget'));
  const elsewhere = tables.find((t) => t.caption.includes('sete i et annet fylke'));
  assert.ok(own && elsewhere, JSON.stringify(tables.map((t) => t.caption)));
  for (const [name, place] of own.rows) assert.match(place, /, Vestland$/, name);
  const telemark = elsewhere.rows.find(([name]) => name === 'Elektrofag Telemark Sti');
  assert.ok(telemark, JSON.stringify(elsewhere.rows));
  assert.match(telemark[1], /Telemark$/);
  assert.match(await page.textContent('.where-in-country'), /Godkjent også for Vestland, men med sete i et annet fylke/);
});

/** Mean brightness (0–255) of a 6 px strip at the right edge of an element and of one 20 px
 *  further in, as the screen shows them, with the text and lines inside made invisible so that
 *  only backgrounds (and a shadow) are measured. Needs a page opened with `bypassCSP`. */
async function edgeAndInside(page, locator) {
  await page.addStyleTag({ content: '.table-wrap * { color: transparent !important; border-color: transparent !important; }' });
  const png = (await locator.screenshot()).toString('base64');
  const decoder = await page.context().newPage();
  const strips = await decoder.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    const mean = (x0) => {
      const { data: px } = context.getImageData(x0, 0, 6, image.height);
      let sum = 0;
      for (let i = 0; i < px.length; i += 4) sum += (px[i] + px[i + 1] + px[i + 2]) / 3;
      return sum / (px.length / 4);
    };
    return { edge: mean(image.width - 6), inside: mean(image.width - 26) };
  }, png);
  await decoder.close();
  return strips;
}

test('tables wider than the phone show a shadow at the edge they scroll towards, tables that fit none', async () => {
  const page = await app.newPage({ ...PHONE, bypassCSP: true });
  await page.goto(`${app.base}/sammenlign?yrker=kokk,elektriker,sykepleier,tomrer`);
  await page.waitForSelector('table.compare');
  const wrap = page.locator('.table-wrap:has(table.compare)');
  assert.ok(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth), 'four occupations do not fit 375 px');
  // More table to the right: the right edge is darker than just inside it.
  const before = await edgeAndInside(page, wrap);
  assert.ok(before.edge < before.inside - 8, `a shadow at the right edge: ${JSON.stringify(before)}`);
  // Scrolled to the end, the shadow is gone.
  await wrap.evaluate((el) => (el.scrollLeft = el.scrollWidth));
  await page.waitForFunction(() => {
    const el = document.querySelector('.table-wrap:has(table.compare)');
    return Math.abs(el.scrollLeft + el.clientWidth - el.scrollWidth) <= 1;
  });
  const after = await edgeAndInside(page, wrap);
  assert.ok(after.edge > after.inside - 2, `no shadow at the end: ${JSON.stringify(after)}`);

  // A table that fits the phone shows none.
  await page.goto(`${app.base}/yrke/kokk`);
  await page.waitForSelector('#lonn');
  const fits = page.locator('section:has(#lonn) .table-wrap').first();
  assert.ok(await fits.evaluate((el) => el.scrollWidth <= el.clientWidth), 'the salary table fits 375 px');
  const none = await edgeAndInside(page, fits);
  assert.ok(none.edge > none.inside - 2, `no shadow on a table that fits: ${JSON.stringify(none)}`);
});

test('salary tables fit the screen at 320 and 375 px, also where SSB withheld figures', async () => {
  for (const width of [320, 375]) {
    const page = await app.newPage({ viewport: { width, height: 800 } });
    // One salary table per STYRK code the occupation has salary figures for.
    for (const [slug, codes] of [['ortopeditekniker', 1], ['kokk', 4], ['it-prosjektleder', 2]]) {
      await page.goto(`${app.base}/yrke/${slug}`);
      await page.waitForSelector('#lonn');
      const tables = await page.$$eval('.table-wrap', (wraps) =>
        wraps
          .filter((w) => w.querySelector('thead th.num') && w.closest('section')?.querySelector('#lonn'))
          .map((w) => ({ caption: w.querySelector('caption')?.textContent, over: w.scrollWidth - w.clientWidth })),
      );
      assert.equal(tables.length, codes, `${slug}: ${tables.map((t) => t.caption).join(' | ')}`);
      for (const table of tables) assert.ok(table.over <= 0, `${slug} at ${width} px: "${table.caption}" is ${table.over} px too wide`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 0, 'no sideways scrolling');
      // Quarters in plain words, not SSB's "2024K4".
      const changes = await texts(page, '.change');
      if (slug === 'kokk') assert.ok(changes.length > 0, 'kokk shows how its median changed');
      for (const change of changes) {
        assert.match(change, /^Endring i median fra \d\.\u00a0kvartal \d{4} til \d\.\u00a0kvartal \d{4}: /, change);
      }
    }
    await page.context().close();
  }
});

test('the compare page can be shared and printed, and shows the way in to each occupation', async () => {
  const page = await app.newPage(PHONE);
  await page.goto(`${app.base}/sammenlign?yrker=kokk,elektriker,lege`);
  await page.waitForSelector('table.compare');
  const actions = page.getByRole('group', { name: 'Del og skriv ut' });
  assert.equal(await actions.getByRole('button', { name: 'Kopier lenke' }).count(), 1);
  assert.equal(await actions.getByRole('button', { name: 'Skriv ut' }).count(), 1);
  const row = page.locator('table.compare tbody tr', { has: page.locator('th', { hasText: 'Veien inn' }) });
  const cells = await row.locator('td').allTextContents();
  assert.equal(cells.length, 3);
  assert.match(cells[0], /Vg1 Restaurant- og matfag/);
  assert.match(cells[1], /Vg1 Elektro og datateknologi/);
  assert.match(cells[2], /høyere utdanning/i);
  // Each Vg1 links to its page.
  assert.ok((await texts(page, 'table.compare .glance-ways a')).length >= 2);
  assert.deepEqual(page.errors, []);
});
