// End-to-end: "Hva liker du å gjøre?" as a pupil uses it. Answering by touch and by keyboard,
// one at a time or as a list; the answers in the address (reload and share); the kinds of work
// liked most and the occupations that fit, with filters and sorts; starting over; the way in
// from an occupation page and from the front page; nynorsk and English; JavaScript off; the
// embed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { holdApp, startApp, startSchoolPage, texts, waitForApp, eventually } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

// Statements take the six kinds in turn: practical ones are 1, 7, 13, 19, 25.
const PRACTICAL = [0, 6, 12, 18, 24];
const statement = (page, index) => page.locator('.statement').nth(index);
const svar = (page) => new URL(page.url()).searchParams.get('svar') ?? '';

test('answering by touch writes the address; the kinds liked most and fitting occupations follow, and survive a reload and a shared link', async () => {
  const page = await app.newPage({ viewport: { width: 375, height: 667 }, hasTouch: true });
  await page.goto(`${app.base}/interesser`);
  await page.waitForSelector('.statement');
  assert.equal(await page.locator('.statement').count(), 30);
  assert.match(await page.textContent('.not-a-test'), /ikke en test/);
  assert.match(await page.textContent('.interest-results'), /Svar på noen utsagn/);
  for (const index of PRACTICAL) await statement(page, index).getByRole('radio', { name: 'Liker', exact: true }).tap();
  for (const index of [3, 9, 15]) await statement(page, index).getByRole('radio', { name: 'Liker ikke' }).tap();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('svar')?.length === 25);
  assert.equal(svar(page), 'j--n--j--n--j--n--j-----j');
  assert.match(await page.textContent('.interest-results .lead'), /Du liker mest praktisk arbeid/);
  const bars = await texts(page, '.interest-chart .chart-value');
  assert.equal(bars[0], '5\u00a0av\u00a05 liker');
  await page.waitForSelector('.fit-row');
  const why = await texts(page, '.fit-row .why');
  assert.ok(why.slice(0, 5).every((w) => w.startsWith('Praktisk er det sterkeste i yrket, og det du liker best.')), why.slice(0, 5).join(' | '));
  const facts = await texts(page, '.fit-row .row-facts');
  assert.ok(facts.slice(0, 5).every((f) => /kr\/mnd|ikke lønnstall|Ingen lønnstall/i.test(f) && /Veien inn/.test(f)), facts.slice(0, 5).join(' | '));
  const first = await texts(page, '.fit-row .occupation-link');
  assert.match(await page.textContent('.fitting .source'), /O\*NET/);

  await page.reload();
  await page.waitForSelector('.fit-row');
  assert.equal(await statement(page, 0).locator('input[value="j"]').isChecked(), true);
  assert.equal(await statement(page, 3).locator('input[value="n"]').isChecked(), true);
  assert.deepEqual(await texts(page, '.fit-row .occupation-link'), first);

  const shared = await app.newPage();
  await shared.goto(page.url());
  await shared.waitForSelector('.fit-row');
  assert.deepEqual(await texts(shared, '.fit-row .occupation-link'), first, 'the same list from the shared address');
  assert.deepEqual(page.errors, []);
});

test('a few likes of one kind list occupations strongest in it, say why, and call the list rough, in every language', async () => {
  // "Reparere en sykkel" and one more practical statement, nothing else.
  for (const [lang, why, rough, more] of [
    ['', 'Praktisk er det sterkeste i yrket, og det du liker best.', 'Listen er grov: du har svart på 2 av 30 utsagn.', /Du liker mest praktisk arbeid/],
    ['/nn', 'Praktisk er det sterkaste i yrket, og det du liker best.', 'Lista er grov: du har svart på 2 av 30 utsegner.', /Du liker mest praktisk arbeid/],
    ['/en', 'Practical is the strongest kind in this work, and what you like best.', 'The list is rough: you have answered 2 of 30 statements.', /You like practical work most/],
  ]) {
    const page = await app.newPage();
    await page.goto(`${app.base}${lang}/interesser?svar=j-----j`);
    await page.waitForSelector('.fit-row');
    assert.match(await page.textContent('.interest-results .lead'), more);
    assert.match(await page.textContent('.rough-note'), new RegExp(`^${rough}`));
    const whys = (await texts(page, '.fit-row .why')).slice(0, 10);
    assert.equal(whys.length, 10);
    assert.ok(whys.every((w) => w === why), whys.join(' | '));
    const titles = await texts(page, '.fit-row .occupation-link');
    for (const unfitting of ['Tannlege', 'Veterinær']) assert.ok(!titles.includes(unfitting), `${unfitting} in ${titles.join(', ')}`);
    if (lang === '/en') {
      // English pages give the ILO's English title beside the Norwegian one, as cards elsewhere.
      const english = await texts(page, '.fit-row .english-title');
      assert.ok(english.length >= 10 && english.every((t) => /^[A-Za-z]/.test(t)), english.join(' | '));
    } else {
      assert.equal(await page.locator('.fit-row .english-title').count(), 0);
    }
    await page.context().close();
  }
  // Six answers or more: no longer rough.
  const page = await app.newPage();
  await page.goto(`${app.base}/interesser?svar=j-----jvvvv`);
  await page.waitForSelector('.fit-row');
  assert.equal(await page.locator('.rough-note').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('two kinds liked equally: the tie is said, and the first occupations have both among their three strongest', async () => {
  const page = await app.newPage();
  // Every creative (3rd) and social (4th) statement liked.
  const svarCreativeSocial = Array.from({ length: 30 }, (_, i) => (i % 6 === 2 || i % 6 === 3 ? 'j' : '-')).join('');
  await page.goto(`${app.base}/interesser?svar=${svarCreativeSocial}`);
  await page.waitForSelector('.fit-row');
  assert.equal(await page.textContent('.interest-results .lead'), 'Du liker mest kreativt og sosialt arbeid, like godt.');
  const whys = (await texts(page, '.fit-row .why')).slice(0, 10);
  const both = whys.filter((w) => /^(Kreativ|Sosial) er det .*blant det du liker best\. Også (kreativ|sosial) er blant de tre sterkeste\.$/.test(w));
  assert.ok(both.length >= 8, whys.join(' | '));
  assert.match(await page.textContent('.interest-results'), /interessekoden din/, 'the page says how it is counted');
  assert.deepEqual(page.errors, []);
});

test('answers tapped before the app takes over are kept, with the choices the app makes', async () => {
  const page = await app.newPage();
  // A slow connection: the app arrives only when the test lets it.
  const release = await holdApp(page);
  await page.goto(`${app.base}/interesser`, { waitForApp: false });
  await page.waitForSelector('.statement');
  await statement(page, 0).getByRole('radio', { name: 'Liker', exact: true }).click();
  await statement(page, 3).getByRole('radio', { name: 'Liker ikke' }).click();
  await statement(page, 6).getByRole('radio', { name: 'Liker', exact: true }).click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app ?? ''), '', 'the app is not live yet');
  release();
  await waitForApp(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('svar') === 'j--n--j');
  assert.equal(await statement(page, 0).locator('input[value="j"]').isChecked(), true);
  assert.equal(await statement(page, 3).locator('input[value="n"]').isChecked(), true);
  assert.equal(await statement(page, 6).locator('input[value="j"]').isChecked(), true);
  await page.waitForSelector('.fit-row');
  assert.match(await page.textContent('.interest-results .lead'), /Du liker mest praktisk arbeid/);
  assert.deepEqual(page.errors, []);
});

test('a county chosen before the app takes over is kept', async () => {
  const page = await app.newPage();
  // A slow connection: the app arrives only when the test lets it.
  const release = await holdApp(page);
  await page.goto(`${app.base}/yrke/elektriker`, { waitForApp: false });
  await page.selectOption('#kort-fylke', '46');
  release();
  await waitForApp(page);
  await page.waitForURL(/\/yrke\/elektriker\?fylke=46$/);
  assert.equal(await page.inputValue('#kort-fylke'), '46');
  await page.waitForSelector('.where-in-country h3');
  assert.match(await page.textContent('.where-in-country'), /Vestland/);
  assert.deepEqual(page.errors, []);
});

test('a searched text in the address waits for search, then narrows the fitting occupations', async () => {
  const page = await app.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route('**/snapshot/search.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`${app.base}/interesser?svar=jnnnnnjnnnnnjnnnnnjnnnnnjnnnnn&q=kokk`, { waitForApp: false });
  await eventually(() => page.textContent('.fitting .result-count'), 'Leter etter yrker … svarene kommer straks.');
  assert.equal(await page.locator('.fit-row').count(), 0, 'no list before the answer');
  release();
  await page.waitForSelector('.fit-row');
  assert.match(await page.textContent('.fitting .result-count'), /^\d/);
  assert.ok((await texts(page, '.fit-row .occupation-link')).includes('Kokk'));
  assert.deepEqual(page.errors, []);
});

test('filters and sorts narrow the fitting occupations and are kept in the address', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/interesser?svar=jnnnnnjnnnnnjnnnnnjnnnnnjnnnnn`);
  await page.waitForSelector('.fit-row');
  const all = await page.textContent('.fitting .result-count');
  await page.getByText('Avgrens og sorter').click();
  await page.selectOption('#i-utdanning', 'hoyere');
  await page.waitForURL(/utdanning=hoyere/);
  await page.waitForFunction((before) => document.querySelector('.fitting .result-count').textContent !== before, all);
  const ways = await texts(page, '.fit-row .row-facts');
  assert.ok(ways.length > 0 && ways.every((w) => w.includes('Høyere utdanning')), ways.join(' | '));
  const programme = await page.$$eval('#i-program option', (os) => os.map((o) => o.value).find((v) => v.startsWith('EL')));
  await page.selectOption('#i-utdanning', '');
  await page.selectOption('#i-program', programme);
  await page.waitForURL(new RegExp(`program=${programme}`));
  await page.waitForFunction((before) => document.querySelector('.fitting .result-count').textContent !== before, all);
  assert.ok((await page.locator('.fit-row').count()) > 0);
  await page.selectOption('#i-sorter', 'lonn');
  await page.waitForURL(/sorter=lonn/);
  assert.match(svar(page), /^jnnnnn/, 'the answers stay');
  // The same choices open in the full list.
  await page.getByRole('link', { name: 'Se listen med søk og alle filtre' }).click();
  await page.waitForURL(/^[^?]*\/\?/);
  await page.waitForSelector('.occupation-row');
  assert.equal(await page.inputValue('#f-sorter'), 'lonn');
  assert.match(page.url(), /svar=jnnnnn/);
  assert.deepEqual(page.errors, []);
});

test('keyboard only: Tab reaches each statement, arrows choose, one at a time answers and moves on', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/interesser`);
  await page.waitForSelector('.statement');
  await page.locator('.statement input').first().focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('svar') === 'jv');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('svar') === 'jn');
  // A focus ring shows where the keyboard is.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement.nextElementSibling).outlineStyle);
  assert.equal(outline, 'solid');

  await page.getByRole('button', { name: 'Ett om gangen' }).click();
  await page.waitForURL(/modus=en/);
  await page.waitForSelector('.statement-one');
  assert.equal(await page.textContent('.progress'), 'Utsagn 3 av 30', 'starts at the first open statement');
  await page.getByRole('button', { name: 'Liker', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.progress').textContent === 'Utsagn 4 av 30');
  assert.equal(svar(page), 'jnj');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Liker', 'focus stays on the answers');
  await page.getByRole('button', { name: 'Forrige' }).click();
  await eventually(() => page.textContent('.progress'), 'Utsagn 3 av 30');
  assert.equal(await page.getByRole('button', { name: 'Liker', exact: true }).getAttribute('aria-pressed'), 'true');

  await page.getByRole('button', { name: 'Start på nytt' }).click();
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('svar'));
  assert.match(page.url(), /modus=en/, 'the chosen view stays');
  assert.deepEqual(page.errors, []);
});

test('an occupation page says who the work suits and opens /interesser with those kinds chosen', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/elektriker`);
  const section = page.locator('.occupation-interests');
  await section.waitFor();
  assert.match(await section.locator('h2').textContent(), /^Passer for deg som liker praktisk og /);
  assert.equal(await section.locator('.chart-value').count(), 6);
  assert.match(await section.textContent(), /\d,\d\u00a0av\u00a07/);
  assert.match(await section.textContent(), /ikke deg/);
  assert.match(await section.textContent(), /O\*NET/);
  await section.getByRole('link', { name: /^Se flere yrker med praktisk/ }).click();
  await page.waitForURL(/\/interesser\?typer=praktisk,/);
  await page.waitForSelector('.fit-row');
  assert.match(await page.textContent('.interest-results .lead'), /Du har valgt: praktisk og/);
  // Kort fortalt links the Vg1 step to its page.
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.locator('.glance').getByRole('link', { name: 'Elektro og datateknologi' }).click();
  await page.waitForURL(/\/vgs\/ELELE1$/);
  // An occupation without a profile says so plainly.
  await page.goto(`${app.base}/yrke/grunder`);
  assert.match(await page.textContent('.occupation-interests'), /ingen interesseprofil/);
  assert.deepEqual(page.errors, []);
});

test('the front page: search and four doors fill the first screen on a phone and a laptop in every language, and the first door leads here', async () => {
  for (const lang of ['', '/nn', '/en']) {
    for (const viewport of [{ width: 320, height: 568 }, { width: 375, height: 667 }, { width: 1280, height: 800 }]) {
      const page = await app.newPage({ viewport });
      await page.goto(`${app.base}${lang}/`);
      await page.waitForSelector('.doors');
      const bottom = async (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().bottom);
      assert.ok((await bottom('#sok')) <= viewport.height);
      const doors = await bottom('.doors li:last-child');
      assert.ok(doors <= viewport.height, `${lang || '/'} at ${viewport.width}: the doors end at ${doors} px`);
      assert.equal(await page.locator('.occupation-row').count(), 0);
      if (viewport.width === 375 && lang === '') {
        await page.getByRole('link', { name: /^Hva liker du å gjøre\?/ }).click();
        await page.waitForURL(/\/interesser$/);
        await page.waitForSelector('.statement');
      }
      await page.context().close();
    }
  }
});

test('nynorsk and English: the statements, answers and results in the page language', async () => {
  for (const [lang, title, like, lead] of [
    ['nn', 'Kva liker du å gjere?', 'Liker', /Du liker mest praktisk arbeid/],
    ['en', 'What do you like doing?', 'Like', /You like practical work most/],
  ]) {
    const page = await app.newPage();
    await page.goto(`${app.base}/${lang}/interesser`);
    await page.waitForSelector('.statement');
    assert.equal(await page.textContent('h1'), title);
    for (const index of PRACTICAL) await statement(page, index).getByRole('radio', { name: like, exact: true }).click();
    await page.waitForSelector('.fit-row');
    assert.match(await page.textContent('.interest-results .lead'), lead);
    assert.ok(new URL(page.url()).pathname.startsWith(`/${lang}/interesser`));
    const link = await page.locator('.fit-row .occupation-link').first().getAttribute('href');
    assert.ok(link.startsWith(`/${lang}/yrke/`), link);
    await page.context().close();
  }
});

test('with JavaScript off the statements and the explanation can be read', async () => {
  const page = await app.newPage({ javaScriptEnabled: false });
  await page.goto(`${app.base}/interesser`);
  assert.equal(await page.locator('.statement legend').count(), 30);
  assert.match(await page.locator('.statement legend').first().innerText(), /Reparere en sykkel/);
  assert.match(await page.locator('main').innerText(), /ikke en test/);
});

test('embed.js with data-view="interesser" shows the statements in a frame without the site', async () => {
  const school = await startSchoolPage(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Skolen</title></head><body>
      <script src="${app.base}/embed.js" data-view="interesser" data-sprak="nn" data-tema="mork"></script>
    </body></html>`);
  try {
    const page = await app.newPage();
    await page.goto(`${school.base}/`);
    const frame = page.locator('iframe');
    await frame.waitFor();
    assert.equal(await frame.getAttribute('title'), 'Kva liker du å gjere? – Yrkesutforskeren');
    assert.match(await frame.getAttribute('src'), /\/nn\/embed\/interesser\?tema=mork$/);
    const inside = page.frameLocator('iframe');
    await inside.locator('.statement').first().waitFor();
    assert.equal(await inside.locator('.site-header').count(), 0);
    for (const index of PRACTICAL) await inside.locator('.statement').nth(index).getByRole('radio', { name: 'Liker', exact: true }).click();
    await inside.locator('.fit-row').first().waitFor();
    const link = inside.locator('.fit-row a').first();
    assert.equal(await link.getAttribute('target'), '_blank');
    const src = await page.frames()[1].url();
    assert.match(src, /tema=mork/, 'the theme is kept while answering');
    // The frame's address cannot be seen: the page offers to copy a link to the answers.
    assert.doesNotMatch(await inside.locator('main').textContent(), /Del adressa/);
    assert.match(await inside.locator('main').textContent(), /kopierer du lenkja til svara/);
    for (const origin of [app.base, school.base]) await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await inside.getByRole('button', { name: 'Kopier lenkje til svara' }).click();
    await inside.getByText('Lenkja er kopiert.').waitFor();
    // The frame may write to the clipboard, not read it: the school's page reads it.
    const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(copied.pathname, '/nn/interesser', 'the site\'s own page, not the embed');
    assert.equal(copied.searchParams.get('svar'), new URL(src).searchParams.get('svar'));
  } finally {
    await school.close();
  }
});
