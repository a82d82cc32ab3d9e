// Every route of routes.mjs in every language, one page load each:
// - layout at 320, 375, 768 and 1280 px: the page never scrolls sideways, and no word has its
//   letters on two lines (measured with DOM ranges over every visible text), also with the
//   longer English and nynorsk labels;
// - axe-core (WCAG 2.0/2.1 A and AA, best practice) in the light colour scheme: no serious or
//   critical violation (colour contrast in bokmål, since colours do not change with language);
// - in bokmål, the dark colour scheme again with axe's colour rules, the only ones a colour
//   scheme can change;
// - in nynorsk and English: `<html lang>`, no bokmål UI word left where a translation exists
//   (no Norwegian on English pages outside what is marked as bokmål), and every link in the
//   page stays in the language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, layOutEverything } from './harness.mjs';
import { ROUTES, LANGUAGES, inLanguage } from './routes.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WIDTHS = [320, 375, 768, 1280];
const ALL_RULES = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] };
// Colours do not change with the language: nynorsk and English pages are scanned without the
// colour-contrast rule, the slowest (bokmål runs it in both schemes).
const ALL_RULES_BUT_CONTRAST = { ...ALL_RULES, rules: { 'color-contrast': { enabled: false } } };
const COLOUR_RULES = { runOnly: { type: 'rule', values: ['color-contrast', 'link-in-text-block'] }, resultTypes: ['violations'] };

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});

/** Words whose characters sit on more than one line, and the page's sideways overflow. */
function measure() {
  const broken = [];
  const skip = '.visually-hidden, textarea, pre, script, style, noscript, option, [hidden]';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.parentElement || node.parentElement.closest(skip)) continue;
    // A word ends at a space; a line may also break after a hyphen, dash or slash.
    const words = /[^\s\-–\/]+/g;
    let match;
    while ((match = words.exec(node.data))) {
      if (match[0].length < 2) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
      if (lines.size > 1) broken.push(`${match[0]} (in <${node.parentElement.tagName.toLowerCase()} class="${node.parentElement.className}">)`);
    }
  }
  const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
  return { broken, overflow };
}

/** axe's serious and critical violations on the page as it is, one line each. */
async function axeProblems(page, options, label) {
  const result = await page.evaluate((o) => window.axe.run(document, o), options);
  const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  return serious.map((v) => `axe ${label}: ${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

// Words only bokmål writes (nynorsk has "ikkje", "kva", "kvar", "løn", "yrke", "vidaregåande" …),
// and Norwegian words an English page shows only inside what is marked as bokmål.
const BOKMAL_ONLY = ['ikke', 'hva', 'hvor', 'hvilke', 'hvert', 'noen', 'finnes', 'jobber', 'fra', 'bare', 'velg', 'lønn', 'yrker', 'yrkene', 'koder', 'videregående', 'høyere', 'skoler', 'ansatte', 'lærlinger', 'arbeidsgivere', 'kilde', 'kilder', 'dataene', 'laster'];
const NORWEGIAN = ['ikke', 'ikkje', 'hva', 'kva', 'hvor', 'kvar', 'lønn', 'løn', 'yrker', 'finnes', 'finst', 'kilde', 'kjelde', 'velg', 'vel', 'viser', 'alle', 'eller', 'ingen'];

/** Words of the page's own text: everything but what is marked as bokmål (the sources' names
 *  and texts), the language switch's names, and what a reader typed. */
function ownWords() {
  const skip = '[lang="nb"], .lang-switch, script, style, noscript, textarea, [hidden], .visually-hidden';
  const texts = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (node.parentElement && !node.parentElement.closest(skip)) texts.push(node.data);
  }
  for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (element.closest(skip)) continue;
    for (const name of ['aria-label', 'title', 'placeholder']) {
      if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
  }
  // A title that starts with a heading marked as bokmål (a school's or employer's name) keeps
  // only the rest.
  const named = document.querySelector('h1[lang="nb"]')?.textContent.trim();
  texts.push(named && document.title.startsWith(named) ? document.title.slice(named.length) : document.title);
  // What stands in quotes is what the reader typed or a name («finnes-ikke», “Andre …”).
  // A word with a slash is a path ("/karriere/yrker/").
  return texts.join(' ').replace(/«[^»]*»|“[^”]*”|\S*\/\S*/g, ' ').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Opens every `<details>` on the page, and those that appear inside opened ones. */
async function openEveryFold(page) {
  for (let round = 0; round < 8; round += 1) {
    const opened = await page.evaluate(() => {
      const closed = [...document.querySelectorAll('details:not([open])')];
      closed.forEach((d) => (d.open = true));
      return closed.length;
    });
    if (!opened) return;
    await nextFrame(page);
  }
}

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

for (const lang of LANGUAGES) {
  for (const [route, ready] of ROUTES) {
    const path = inLanguage(lang, route);
    test(`page: ${path} (layout at ${WIDTHS.join(', ')} px, axe${lang === 'nb' ? ', light and dark' : `, in ${lang}`})`, async () => {
      // The app's CSP forbids injected scripts and styles; the test browser lets them in.
      const page = await app.newPage({ viewport: { width: WIDTHS[0], height: 800 }, colorScheme: 'light', bypassCSP: true });
      try {
        await page.goto(`${app.base}${path}`);
        await page.waitForSelector(ready);
        await layOutEverything(page);
        // Folded tables and lists count too, folds inside folds as well (built as they open).
        await openEveryFold(page);
        const problems = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await nextFrame(page);
          const { broken, overflow } = await page.evaluate(measure);
          if (overflow > 0) problems.push(`${width} px: the page scrolls sideways by ${overflow} px`);
          if (broken.length) problems.push(`${width} px: words broken across lines: ${[...new Set(broken)].slice(0, 8).join('; ')}`);
        }
        await page.addScriptTag({ path: AXE });
        problems.push(...(await axeProblems(page, lang === 'nb' ? ALL_RULES : ALL_RULES_BUT_CONTRAST, 'light')));
        if (lang === 'nb') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await nextFrame(page);
          problems.push(...(await axeProblems(page, COLOUR_RULES, 'dark')));
        }
        if (lang !== 'nb') {
          const html = await page.getAttribute('html', 'lang');
          if (html !== lang) problems.push(`<html lang="${html}">`);
          const forbidden = lang === 'nn' ? BOKMAL_ONLY : NORWEGIAN;
          const words = await page.evaluate(ownWords);
          const found = [...new Set(words.filter((w) => forbidden.includes(w)))];
          if (found.length) problems.push(`words not in ${lang}: ${found.join(', ')}`);
          const hrefs = await page.$$eval('main a[href^="/"]', (links) => links.map((a) => a.getAttribute('href')));
          const outside = hrefs.filter((h) => !h.startsWith(`/${lang}/`) && h !== `/${lang}`);
          if (outside.length) problems.push(`links leaving ${lang}: ${outside.slice(0, 5).join(', ')}`);
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.context().close();
      }
    });
  }
}
