// Layout on every route in every language at 320, 375, 768 and 1280 px: the page never scrolls
// sideways, and no word has its letters on two lines (measured with DOM ranges over every
// visible text), also with the longer English and nynorsk labels.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startApp, layOutEverything } from './harness.mjs';
import { ROUTES, LANGUAGES, inLanguage } from './routes.mjs';

const WIDTHS = [320, 375, 768, 1280];

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

for (const [path, ready] of LANGUAGES.flatMap((lang) => ROUTES.map(([p, r]) => [inLanguage(lang, p), r]))) {
  test(`layout: ${path} at ${WIDTHS.join(', ')} px`, async () => {
    const page = await app.newPage({ viewport: { width: WIDTHS[0], height: 800 }, bypassCSP: true });
    await page.goto(`${app.base}${path}`);
    await page.waitForSelector(ready);
    await layOutEverything(page);
    // Folded tables and lists count too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const problems = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      const { broken, overflow } = await page.evaluate(measure);
      if (overflow > 0) problems.push(`${width} px: the page scrolls sideways by ${overflow} px`);
      if (broken.length) problems.push(`${width} px: words broken across lines: ${[...new Set(broken)].slice(0, 8).join('; ')}`);
    }
    assert.deepEqual(problems, []);
    assert.deepEqual(page.errors, []);
  });
}
