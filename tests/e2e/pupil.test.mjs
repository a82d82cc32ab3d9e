// End-to-end: what a pupil sees first and reads easily. "Kort fortalt", list cards with units,
// the short footer, the rules of "Hvor i landet", grouped employer pages, and the defects found
// by trying the app as a new user (focus, skip link, messages, links, embeds, the first screen).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { startApp, texts, eventually } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

test('"Kort fortalt" comes first: salary per month, people in work, permanent share, the way in', async () => {
  const page = await app.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.waitForSelector('.description p');
  const glance = page.locator('section.glance');
  assert.equal(await glance.locator('h2').textContent(), 'Kort fortalt');
  const text = await glance.textContent();
  assert.match(text, /\d[\d\u00a0]*–\d[\d\u00a0]*\u00a0kr i måneden før skatt \(median\)/);
  assert.match(text, /flere yrkesgrupper/, 'the range says why');
  assert.match(text, /\d[\d\u00a0]* personer/);
  assert.match(text, /\d+\u00a0% har fast jobb/);
  assert.match(text, /Vg1 Elektro og datateknologi, så læretid i bedrift til fagbrev eller svennebrev/);
  assert.match(text, /Kilde: SSB/);
  // Before the description on a phone …
  const order = await page.evaluate(() => {
    const glance = document.querySelector('.glance').getBoundingClientRect();
    const description = document.querySelector('.description').getBoundingClientRect();
    return glance.bottom <= description.top;
  });
  assert.ok(order, 'above the description at 375 px');
  // … and in the right column beside it on a laptop.
  await page.setViewportSize({ width: 1280, height: 800 });
  const beside = await page.evaluate(() => {
    const glance = document.querySelector('.glance').getBoundingClientRect();
    const description = document.querySelector('.description').getBoundingClientRect();
    return glance.left >= description.right && glance.top < description.bottom;
  });
  assert.ok(beside, 'beside the description at 1280 px');

  // Missing data says what is missing.
  await page.goto(`${app.base}/yrke/grunder`);
  await page.waitForSelector('section.glance');
  const missing = await page.textContent('section.glance');
  assert.match(missing, /SSB har ikke lønnstall for dette yrket/);
  assert.match(missing, /SSB har ikke tall for hvor mange som jobber i yrket/);
  assert.deepEqual(page.errors, []);
});

test('list cards give the salary per month; the footer is short and /om holds every source once', async () => {
  const page = await app.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  const figures = await texts(page, '.occupation-row .figure:not([hidden])');
  assert.ok(figures.some((t) => /^Median [\d\u00a0–]+\u00a0kr\/mnd$/.test(t)), figures.slice(0, 4).join(' | '));
  assert.ok(!figures.some((t) => /kodene|flere koder/.test(t)), 'no jargon');
  const footer = page.locator('footer.site-footer');
  assert.ok((await footer.boundingBox()).height < 130, 'one or two lines');
  assert.doesNotMatch(await footer.textContent(), /Dataversjon/);
  const sources = footer.getByRole('link', { name: 'Alle kilder og lisenser' });
  assert.equal(await sources.getAttribute('href'), '/om');
  await sources.click();
  // The address first: when this fails, the message names where the click led instead.
  await page.waitForURL(`${app.base}/om`).catch((error) => {
    throw new Error(`the link led to ${page.url()}, not /om: ${error.message}`);
  });
  await page.waitForSelector('#tilgjengelighet');
  assert.equal(await page.locator('ul.credits').count(), 1, 'the sources once');
  assert.match(await page.textContent('section[aria-labelledby="kilder"]'), /Dataversjon/);
});

test('"Hvor i landet" for an electrician in Vestland shows the electro offices, the rest folded away', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/elektriker?fylke=46`);
  await page.waitForSelector('.where-in-country h3');
  const section = page.locator('.where-in-country');
  const headings = await texts(page, '.where-in-country h3');
  assert.ok(headings.includes('Opplæringskontor i Vestland'), headings.join(' | '));
  assert.ok(!headings.some((h) => h.startsWith('Grunnskoler')), 'no schools without a rule');
  assert.ok(!headings.some((h) => h.startsWith('Studier')), 'no study places: not linked');
  assert.equal(new Set(headings).size, headings.length, 'one heading per block');
  assert.match(await section.textContent(), /navn som passer til yrkets fag/);
  const shown = await page
    .locator('.where-in-country table', { has: page.locator('caption', { hasText: 'Opplæringskontor for faget' }) })
    .locator('tbody th')
    .allTextContents();
  assert.ok(shown.length >= 3, shown.join(' | '));
  assert.ok(shown.every((name) => /elektro/i.test(name)), shown.join(' | '));
  const visible = await section.evaluate((s) => s.innerText);
  assert.doesNotMatch(visible, /Frisør|Baker/, 'no hairdressing or bakery office unless asked for');
  const all = section.locator('details.more-table summary', { hasText: /Vis alle \d+ opplæringskontor i Vestland/ });
  await all.click();
  // The opened table is laid out as it nears the viewport (content-visibility): wait for it.
  await page.waitForFunction(() => /Frisør/.test(document.querySelector('.where-in-country').innerText));
  // The explanation of the 2017 figures is given once.
  const explanations = (await section.textContent()).split('rundet til nærmeste 25').length - 1;
  assert.equal(explanations, 1, 'the 2017 figures are explained once');
  // Links out open a new tab, say so, and say when they need a connection.
  const out = section.locator('a.external');
  assert.deepEqual(await out.allTextContents(), [
    'Se lærebedrifter for yrket på utdanning.no (åpnes i ny fane)',
    'Poenggrensene på sidene til Vestland (åpnes i ny fane)',
  ]);
  for (const link of await out.all()) {
    assert.equal(await link.getAttribute('target'), '_blank');
    assert.match(await link.textContent(), /\(åpnes i ny fane\)/);
  }
  const hrefs = await out.evaluateAll((links) => links.map((a) => a.href));
  // Vestland publishes its admission points: its own list is linked beside its schools.
  assert.ok(hrefs.some((h) => h.startsWith('https://www.vestlandfylke.no/')), hrefs.join(' | '));
  assert.ok(hrefs.includes('https://utdanning.no/yrker/beskrivelse/elektriker'));
  await page.context().setOffline(true);
  await page.waitForFunction(() => document.querySelector('.where-in-country').textContent.includes('krever nettforbindelse'));
  await page.context().setOffline(false);
  assert.deepEqual(page.errors, []);
});

test('schools appear only for occupations a rule links them to; a municipality page names each block once', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/grunnskolelaerer?fylke=46&kommune=4601`);
  await page.waitForSelector('.where-in-country h3');
  const headings = await texts(page, '.where-in-country h3');
  assert.ok(headings.some((h) => h.startsWith('Grunnskoler i')), headings.join(' | '));
  assert.ok(!headings.some((h) => h.startsWith('Opplæringskontor')), 'not a trade');
  await page.goto(`${app.base}/kommune/4601`);
  await page.waitForSelector('#arbeidsgivere');
  const shownTwice = await page.evaluate(() =>
    [...document.querySelectorAll('main *')].filter(
      (e) => e.children.length === 0 && e.textContent.includes('Kommunen som arbeidsgiver') && !e.closest('.visually-hidden'),
    ).length,
  );
  assert.equal(shownTwice, 1);
});

test('a training office lists the trades its name names, the others grouped and folded', async () => {
  const page = await app.newPage();
  // Opplæringskontoret for Elektrofag i Bergen og Omegn.
  const regions = await (await fetch(`${app.base}/snapshot/regions.json`)).json();
  const orgnr = regions.employers.find((e) => /Elektrofag i Bergen/.test(e.name)).orgnr;
  await page.goto(`${app.base}/arbeidsgiver/${orgnr}`);
  await page.waitForSelector('#yrker-her');
  const tied = await texts(page, 'section[aria-labelledby="yrker-her"] > ul.columns a');
  assert.ok(tied.includes('Elektriker'), tied.join(' | '));
  assert.ok(tied.length < 40, `${tied.length} named`);
  const groups = await texts(page, 'section[aria-labelledby="yrker-her"] details summary');
  assert.ok(groups.length >= 3 && groups.every((g) => /\(\d+\s+yrker?\)$/.test(g)), groups.join(' | '));
  const visibleLinks = await page.locator('section[aria-labelledby="yrker-her"] a:visible').count();
  assert.ok(visibleLinks < 60, `${visibleLinks} links shown, not hundreds`);
});

test('the skip link and every route change move focus to the content', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hopp til innholdet');
  await page.keyboard.press('Enter');
  await eventually(() => page.evaluate(() => document.activeElement.id), 'innhold');
  assert.equal(new URL(page.url()).pathname, '/');
  await page.click('.occupation-row .occupation-link');
  await page.waitForSelector('article.occupation h1');
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await page.textContent('article h1'));
  await page.getByRole('link', { name: 'Fylker' }).click();
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && location.pathname.endsWith('/fylke'));
});

test('the no-results message quotes what is typed; the empty compare page names the button as labelled', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  await page.getByLabel('Søk i yrker').pressSequentially('qqqq', { delay: 30 });
  await page.waitForFunction(() => document.querySelector('.empty')?.textContent.includes('«qqqq»'));
  await page.goto(`${app.base}/sammenlign`);
  await page.waitForSelector('.empty');
  const message = await page.textContent('.empty');
  const label = message.match(/«([^»]+)»/)[1];
  await page.goto(`${app.base}/yrke/kokk`);
  await page.waitForSelector('.actions');
  assert.equal(await page.locator('.actions').getByRole('button', { name: new RegExp(`^${label}`) }).count(), 1, label);
});

test('links inside utdanning.no texts to occupations we hold open our own page', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/sykepleier`);
  await page.waitForSelector('.description p');
  const hrefs = await page.$$eval('.occupation-main a', (links) => links.map((a) => a.getAttribute('href')));
  assert.ok(hrefs.includes('/yrke/jordmor'), hrefs.join(' '));
  assert.ok(!hrefs.includes('https://utdanning.no/yrker/beskrivelse/jordmor'));
  await page.click('.occupation-main a[href="/yrke/jordmor"]');
  await page.waitForURL(/\/yrke\/jordmor$/);
});

test('«Ikke publisert» is explained only where a figure is held back', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/elektriker`);
  await page.waitForSelector('#lonn ~ *, section[aria-labelledby="lonn"] table');
  assert.doesNotMatch(await page.textContent('section[aria-labelledby="lonn"]'), /«Ikke publisert»/);
  await page.goto(`${app.base}/yrke/advokatassistent`);
  await page.waitForSelector('section[aria-labelledby="lonn"] table');
  const salary = await page.textContent('section[aria-labelledby="lonn"]');
  assert.match(salary, /ikke publisert/);
  assert.match(salary, /«Ikke publisert» betyr/);
});

test('on a 375 px phone the search, the filter toggle and three results fit the first screen, with one way to empty the search', async () => {
  const page = await app.newPage({ viewport: { width: 375, height: 667 } });
  await page.goto(`${app.base}/?vis=alle`);
  await page.waitForSelector('.occupation-row');
  const bottom = async (selector) => page.$eval(selector, (e) => e.getBoundingClientRect().bottom);
  assert.ok((await bottom('#sok')) <= 667);
  assert.ok((await bottom('.filters summary')) <= 667);
  assert.ok((await bottom('.occupation-row:nth-child(3)')) <= 667, `third row ends at ${await bottom('.occupation-row:nth-child(3)')} px`);
  await page.getByLabel('Søk i yrker').pressSequentially('kokk');
  await page.waitForSelector('.search-row button');
  assert.equal(await page.locator('.search-row button').count(), 1);
  await page.click('.search-row button');
  await eventually(() => page.inputValue('#sok'), '');
});

test('embeds are light unless asked, and the search embed is sized to its content before anyone types', async () => {
  const host = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>Skolen</title></head><body>
      <script src="${app.base}/embed.js" data-view="sok"></script>
      <script src="${app.base}/embed.js" data-yrke="kokk" data-tema="mork"></script>
      <script src="${app.base}/embed.js" data-yrke="kokk" data-tema="auto"></script></body></html>`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  try {
    const page = await app.newPage({ colorScheme: 'dark' });
    await page.goto(`http://localhost:${host.address().port}/`);
    const search = page.frameLocator('iframe').nth(0);
    await search.locator('#embed-sok').waitFor();
    await page.waitForFunction(() => document.querySelector('iframe').style.height !== '160px');
    const frameHeight = await page.$eval('iframe', (f) => parseFloat(f.style.height));
    const content = await search.locator('body').evaluate((b) => b.offsetHeight);
    assert.ok(Math.abs(frameHeight - content) <= 2 && frameHeight < 400, `${frameHeight} vs ${content}`);
    const background = (n) => page.frameLocator('iframe').nth(n).locator('html').evaluate((h) => getComputedStyle(h).backgroundColor);
    await page.frameLocator('iframe').nth(1).locator('h1').waitFor();
    await page.frameLocator('iframe').nth(2).locator('h1').waitFor();
    assert.equal(await background(0), 'rgb(255, 255, 255)', 'light by default, even in a dark browser');
    assert.equal(await background(1), 'rgb(18, 22, 28)', 'dark when asked');
    assert.equal(await background(2), 'rgb(18, 22, 28)', 'auto follows the dark browser');
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
});
