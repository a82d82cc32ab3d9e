// End-to-end: higher-education studies — an occupation's "Studier som fører hit" county first,
// a study's page and back in three languages, "Hva trenger jeg?", an occupation whose
// descriptions the type table does not link, search by name, place and institution, a county's
// studies, and a study page read without JavaScript.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startApp, texts, DIST } from './harness.mjs';

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

const WORDS = {
  nb: { heading: 'Studier som fører hit', county: 'I Vestland', rest: 'Resten av landet', main: /\(hovedopptaket 20\d\d\)/, kind: 'Studier som Samordna opptak fører som «Helsefag - sykepleie».', table: 'Hovedopptak', back: 'Sykepleier' },
  nn: { heading: 'Studium som fører hit', county: 'I Vestland', rest: 'Resten av landet', main: /\(hovudopptaket 20\d\d\)/, kind: 'Studium som Samordna opptak fører som «Helsefag - sykepleie».', table: 'Hovudopptak', back: 'Sykepleier' },
  en: { heading: 'Studies that lead here', county: 'In Vestland', rest: 'The rest of the country', main: /\(main round 20\d\d\)/, kind: 'Studies that Samordna opptak lists as «Helsefag - sykepleie».', table: 'Main round', back: 'Sykepleier' },
};

for (const [lang, words] of Object.entries(WORDS)) {
  const prefix = lang === 'nb' ? '' : `/${lang}`;
  test(`occupation → study → back (${lang}): the county's studies first, then the rest folded`, async () => {
    const page = await app.newPage();
    await page.goto(`${app.base}${prefix}/yrke/sykepleier?fylke=46`);
    await page.waitForSelector('.studies .study-card');
    assert.equal((await page.textContent('#studier')).trim(), words.heading);
    assert.match(await page.textContent('.studies'), new RegExp(words.kind.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const headings = await texts(page, '.studies h4');
    assert.ok(headings.includes(words.county), headings.join(' | '));
    assert.ok(headings.includes(words.rest), headings.join(' | '));
    // The county's list holds only studies in Vestland's places; every card has both quotas.
    const countyCards = await page.$$eval('.studies h4:first-of-type + .study-list .study-card', (cards) => cards.map((c) => c.textContent));
    assert.ok(countyCards.length >= 2, countyCards.join(' | '));
    assert.ok(countyCards.every((c) => /Bergen|Stord|Haugesund|Førde|Sunnfjord|Sogndal/.test(c)), countyCards.join(' | '));
    const cards = await texts(page, '.studies .study-card');
    assert.ok(cards.every((c) => words.main.test(c) || /ingen grense i listene|inga grense i listene|no cut-off in the lists/.test(c)), cards.join(' | '));
    assert.ok(cards.some((c) => /\d+[,.]\d\u00a0(poeng|points)/.test(c)), 'points with their unit');
    assert.ok(await page.$('.studies details.more-studies'), 'the rest of the country folds beyond the first few');
    assert.match(await page.textContent('.studies .credit, .studies'), /Samordna opptak \(HK-dir\)/);

    const link = page.locator('.studies .study-card a').first();
    const name = (await link.textContent()).trim();
    await link.click();
    await page.waitForURL(new RegExp(`${prefix}/studie/\\d+$`));
    await page.waitForSelector('.study-table');
    assert.equal((await page.textContent('h1')).trim(), name);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    const captions = await texts(page, '.study-table caption');
    assert.ok(captions.includes(words.table), captions.join(' | '));
    // It leads back to the occupation through the same rule.
    const occupations = await texts(page, '#yrker-fra-studiet ~ ul a, section[aria-labelledby="yrker-fra-studiet"] a');
    assert.ok(occupations.includes(words.back), occupations.join(' | '));
    await page.goBack();
    await page.waitForURL(new RegExp(`${prefix}/yrke/sykepleier\\?fylke=46$`));
    await page.waitForSelector('.studies .study-card');
    assert.deepEqual(page.errors, []);
  });
}

test('Hva trenger jeg?: the average becomes school points, each study is marked, nothing is sent', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/sykepleier`);
  await page.waitForSelector('.studies .study-card');
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.fill('#vitnemal', '4,5');
  await page.waitForFunction(() => document.querySelector('#vitnemal-svar')?.textContent.includes('45,0'));
  assert.equal(await page.textContent('#vitnemal-svar'), 'Skolepoengene dine: 45,0\u00a0poeng (snittet × 10).');
  const section = await page.textContent('.studies');
  assert.match(section, /Snittet fra 10\. trinn er ikke snittet på vitnemålet/);
  assert.match(section, /I kvoten for førstegangsvitnemål .* tilleggspoeng/);
  assert.match(section, /I ordinær kvote teller også alderspoeng/);
  assert.match(section, /Skolepoengene dine alene når den siste grensen for \d+ av \d+ studier her/);
  // Each card's mark follows from its own first-time quota line.
  await page.evaluate(() => document.querySelectorAll('.studies details').forEach((d) => (d.open = true)));
  // The folded cards are built as their fold opens.
  await page.waitForFunction(() => [...document.querySelectorAll('.studies details.more-studies')].every((d) => d.querySelector('.study-card')));
  const marks = await page.$$eval('.studies .study-card', (cards) =>
    cards.map((c) => ({ line: c.querySelectorAll('p')[1].textContent, mark: c.querySelector('.reach')?.textContent ?? null })),
  );
  assert.ok(marks.length > 10);
  for (const { line, mark } of marks) {
    const points = line.match(/^Førstegangsvitnemål: (\d+),(\d+)\u00a0poeng \(hovedopptaket (\d{4})\)/);
    if (points) {
      const needed = Number(`${points[1]}.${points[2]}`);
      const expected = needed <= 45 ? `Skolepoengene dine hadde holdt i ${points[3]}` : `Under grensen i ${points[3]}`;
      assert.equal(mark, expected, line);
    } else if (/alle kvalifiserte fikk tilbud/.test(line)) {
      assert.match(mark, /^Alle kvalifiserte fikk tilbud i \d{4}$/, line);
    } else if (/ingen grense i listene/.test(line)) {
      assert.equal(mark, null, line);
    }
  }
  await page.fill('#vitnemal', '7');
  await page.waitForFunction(() => document.querySelector('#vitnemal-svar')?.textContent.includes('1 til 6'));
  assert.equal(await page.locator('.studies .reach').count(), 0, 'no marks without points');
  assert.deepEqual(requests.filter((u) => /4[,.]5|45|vitnemal/.test(decodeURIComponent(u))), [], 'the grades are not sent anywhere');
  assert.deepEqual(page.errors, []);
});

test('an occupation whose descriptions link no study type says so and points to utdanning.no', async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/yrke/sosiolog`);
  await page.waitForSelector('#utdanning');
  const section = await page.textContent('section[aria-labelledby="utdanning"]');
  assert.match(section, /utdanning\.no knytter yrket til 1 beskrivelse av høyere utdanning\. Se yrkessiden der for studiene\./);
  assert.match(section, /Ingen studietype hos Samordna opptak svarer til beskrivelsen, så studiene og poenggrensene kan ikke vises her\./);
  assert.equal(await page.locator('.studies').count(), 0);
  assert.ok(await page.$('a[href^="https://utdanning.no/yrker/beskrivelse/sosiolog"]'), 'the utdanning.no page is linked');
  assert.deepEqual(page.errors, []);
});

test('search finds studies by name, place and institution beside the occupations', async () => {
  const page = await app.newPage();
  for (const [query, check] of [
    ['sykepleie bergen', (hits) => hits.every((h) => /Sykepleie/.test(h) && /Bergen/.test(h))],
    ['medisin', (hits) => hits.every((h) => /^Medisin/.test(h))],
    ['NTNU ingeniør', (hits) => hits.every((h) => /Ingeniør/i.test(h) && /Norges teknisk-naturvitenskapelige universitet/.test(h))],
  ]) {
    await page.goto(`${app.base}/?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#studie-treff');
    const hits = await texts(page, 'section[aria-labelledby="studie-treff"] li');
    assert.ok(hits.length > 0 && check(hits), `${query}: ${hits.join(' | ')}`);
    assert.ok(await page.$('.occupation-row, .empty, .nearest-note'), `${query}: the occupation list is still there`);
  }
  await page.locator('section[aria-labelledby="studie-treff"] a').first().click();
  await page.waitForURL(/\/studie\/\d+$/);
  await page.waitForSelector('.study-table');
  assert.deepEqual(page.errors, []);
});

test("a county page lists the county's studies with their cut-offs", async () => {
  const page = await app.newPage();
  await page.goto(`${app.base}/fylke/55`);
  await page.waitForSelector('#fylke-studier');
  assert.equal((await page.textContent('#fylke-studier')).trim(), 'Studier i Troms - Romsa - Tromssa med poenggrenser');
  assert.match(await page.textContent('section[aria-labelledby="fylke-studier"]'), /^.*\d+ studier ved \d+ lærested i Samordna opptaks lister\./s);
  // The rest of the county's studies are built as their fold opens.
  await page.click('section[aria-labelledby="fylke-studier"] details.more-studies > summary');
  await page.waitForSelector('section[aria-labelledby="fylke-studier"] details.more-studies .study-card');
  const cards = await texts(page, 'section[aria-labelledby="fylke-studier"] .study-card');
  assert.ok(cards.some((c) => /^Medisin/.test(c) && /Tromsø/.test(c)), cards.slice(0, 8).join(' | '));
  assert.deepEqual(page.errors, []);
});

test('a study page is readable without JavaScript: facts, every year, 0 and -1 in words', () => {
  const html = fs.readFileSync(path.join(DIST, 'studie/203162.html'), 'utf8');
  const plain = (markup) => markup.replace(/<[^>]+>/g, ' ').replace(/[ \t\r\n]+/g, ' ');
  const text = plain(html);
  assert.match(text, /Høgskulen på Vestlandet/);
  assert.match(text, /Studiekode 203162/);
  // 2025, first-time quota: 0 in the list — every qualified applicant got an offer.
  assert.match(text, /2025 alle kvalifiserte fikk tilbud 39,8\u00a0poeng/);
  // A study only in older lists says so.
  const gone = fs.readdirSync(path.join(DIST, 'studie')).map((f) => plain(fs.readFileSync(path.join(DIST, 'studie', f), 'utf8'))).filter((t) => /Studiet står ikke i de nyeste listene/.test(t));
  assert.ok(gone.length > 100, `${gone.length} studies only in older lists`);
  assert.match(text, /Samordna opptak \(HK-dir\)/);
  const older = plain(fs.readFileSync(path.join(DIST, 'studie/204184.html'), 'utf8'));
  // 2024, first-time quota: -1 in the list — no cut-off given.
  assert.match(older, /2024 ingen grense oppgitt/);
  // Without the comments that mark the views' parts for the app's takeover.
  const nynorsk = fs.readFileSync(path.join(DIST, 'nn/studie/186740.html'), 'utf8').replace(/<!>|<!--<\(\) \/>-->/g, '');
  assert.match(nynorsk, /<h1 lang="nb">Medisin<\/h1>/);
  assert.match(nynorsk, /Hovudopptak/);
});
