// End-to-end: an Aa-register extract (NAV's employees per employer and job title) placed in the
// raw data is read by the builder and shown on the occupation pages it counts for. The real raw
// data holds no such file, so this test builds a snapshot from the real raw data plus a small
// extract, and serves the built app with it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { linkedSite, ROOT, scratchFolder, startApp, texts } from './harness.mjs';

const RAW = path.resolve(process.env.YRKE_RAW_DIR || path.join(ROOT, '../shared/data/raw'));

// Two furniture-making titles (STYRK 7522) and a system developer title (2511); Harstad's
// pre-2024 number 5402 is counted as Harstad (5503).
const TITLES = 'yrkeskode;tittel;styrk08\n7522101;Møbelsnekker;7522\n7522102;Stolmaker;7522\n2511101;Systemutvikler;2511\n';
const COUNTS =
  'orgnr;kommunenummer;yrkeskode;antall\n' +
  '977489784;5402;7522101;3\n' +
  '977489784;5503;7522102;2\n' +
  '940101808;5501;7522;4\n' +
  '940101808;5501;2511101;9\n';

let work;
let app;
before(async () => {
  work = scratchFolder('aa-register');
  // The real raw data, with the extract added to its employers folder.
  const raw = path.join(work, 'raw');
  fs.mkdirSync(raw);
  for (const entry of fs.readdirSync(RAW)) {
    if (entry !== 'employers') fs.symlinkSync(path.join(RAW, entry), path.join(raw, entry));
  }
  fs.mkdirSync(path.join(raw, 'employers'));
  for (const entry of fs.readdirSync(path.join(RAW, 'employers'))) {
    fs.symlinkSync(path.join(RAW, 'employers', entry), path.join(raw, 'employers', entry));
  }
  fs.writeFileSync(path.join(raw, 'employers/ssb_stillingstitler_2024.csv'), TITLES);
  fs.writeFileSync(path.join(raw, 'employers/nav_aa_register_2025-03.csv'), COUNTS);
  // The built app, with the snapshot built from that raw data.
  const site = linkedSite(path.join(work, 'site'), 'snapshot');
  execFileSync('cargo', ['run', '--release', '--quiet', '--bin', 'build-snapshot', '--', '--raw', raw, '--out', path.join(site, 'snapshot')], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  app = await startApp({ dist: site });
});
after(async () => {
  await app?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

/** A page without the service worker: the served snapshot is not the one the build listed. */
const newPage = () => app.newPage({ serviceWorkers: 'block' });

test('an occupation page shows the employees the extract counts, per county and municipality, with its source', async () => {
  const page = await newPage();
  await page.goto(`${app.base}/yrke/mobelsnekker`);
  const section = page.locator('.where-in-country');
  await section.locator('h3', { hasText: 'Bedrifter i hele landet' }).waitFor();
  const text = await section.textContent();
  // 3 + 2 + 4 employees under 7522; the system developer title is another code.
  assert.match(text, /9 ansatte i yrkets STYRK-koder i hele landet/);
  assert.match(text, /må ikke legges sammen/, 'the warning against adding occupations up');
  const rows = (caption, column) =>
    section
      .locator('table', { has: page.locator('caption', { hasText: caption }) })
      .filter({ has: page.locator('thead th', { hasText: column }) })
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent.trim())));
  assert.deepEqual(await rows('Bedrifter i hele landet', 'Fylke'), [['Troms - Romsa - Tromssa', '9']]);
  await section.locator('details.more-table summary', { hasText: 'Kommune' }).first().click();
  assert.deepEqual(await rows('Bedrifter i hele landet', 'Kommune'), [
    ['Tromsø', '4'],
    ['Harstad - Hárstták', '5'],
  ]);
  assert.match(text, /NAV \(Aa-registeret\)/);
  assert.match(text, /2025-03/);
  assert.deepEqual(page.errors, []);
});

test('the extract counts each title once: an occupation under another code shows its own figure', async () => {
  const page = await newPage();
  await page.goto(`${app.base}/yrke/it-arkitekt`);
  const section = page.locator('.where-in-country');
  await section.locator('h3', { hasText: 'Bedrifter i hele landet' }).waitFor();
  assert.match(await section.textContent(), /9 ansatte i yrkets STYRK-koder i hele landet/);
  // An occupation whose codes the extract does not hold says so, with no empty tables.
  await page.goto(`${app.base}/yrke/kokk`);
  const kokk = page.locator('.where-in-country');
  await kokk.locator('h3', { hasText: 'Bedrifter i hele landet' }).waitFor();
  assert.match(await kokk.textContent(), /Uttrekket fra Aa-registeret har ingen ansatte i yrkets STYRK-koder\./);
  assert.doesNotMatch(await kokk.textContent(), /0 ansatte/);
  assert.equal(
    await kokk.locator('table', { has: page.locator('caption', { hasText: 'Bedrifter i hele landet' }) }).count(),
    0,
  );
});

test('/om lists the Aa-register among the sources, with its period and licence', async () => {
  const page = await newPage();
  await page.goto(`${app.base}/om`);
  await page.waitForSelector('ul.credits');
  const credits = await texts(page, 'ul.credits li');
  const line = credits.find((c) => c.includes('Aa-registeret'));
  assert.ok(line, credits.join(' | '));
  assert.match(line, /2025-03/);
  assert.match(line, /NLOD/);
});
