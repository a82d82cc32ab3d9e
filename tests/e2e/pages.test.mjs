// Every route of routes.mjs in every language, one page load each:
// - layout at 320, 375, 768 and 1280 px: the page never scrolls sideways, and no word has its
//   letters on two lines (measured with DOM ranges over every visible text), also with the
//   longer English and nynorsk labels;
// - axe-core (WCAG 2.0/2.1 A and AA, best practice) in the light colour scheme: no serious or
//   critical violation;
// - in bokmål, the dark colour scheme again with axe's colour rules, the only ones a colour
//   scheme can change.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, layOutEverything } from './harness.mjs';
import { ROUTES, LANGUAGES, inLanguage } from './routes.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
const WIDTHS = [320, 375, 768, 1280];
const ALL_RULES = { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'], resultTypes: ['violations'] };
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

const nextFrame = (page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

for (const lang of LANGUAGES) {
  for (const [route, ready] of ROUTES) {
    const path = inLanguage(lang, route);
    test(`page: ${path} (layout at ${WIDTHS.join(', ')} px, axe${lang === 'nb' ? ', light and dark' : ''})`, async () => {
      // The app's CSP forbids injected scripts and styles; the test browser lets them in.
      const page = await app.newPage({ viewport: { width: WIDTHS[0], height: 800 }, colorScheme: 'light', bypassCSP: true });
      try {
        await page.goto(`${app.base}${path}`);
        await page.waitForSelector(ready);
        await layOutEverything(page);
        // Folded tables and lists count too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
        const problems = [];
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          await nextFrame(page);
          const { broken, overflow } = await page.evaluate(measure);
          if (overflow > 0) problems.push(`${width} px: the page scrolls sideways by ${overflow} px`);
          if (broken.length) problems.push(`${width} px: words broken across lines: ${[...new Set(broken)].slice(0, 8).join('; ')}`);
        }
        await page.addScriptTag({ path: AXE });
        problems.push(...(await axeProblems(page, ALL_RULES, 'light')));
        if (lang === 'nb') {
          await page.emulateMedia({ colorScheme: 'dark' });
          await nextFrame(page);
          problems.push(...(await axeProblems(page, COLOUR_RULES, 'dark')));
        }
        assert.deepEqual(problems, []);
        assert.deepEqual(page.errors, []);
      } finally {
        await page.context().close();
      }
    });
  }
}
