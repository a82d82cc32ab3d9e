// axe-core on every route, in light and dark colour schemes, and on every route in nynorsk and
// English: no serious or critical violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { startApp, layOutEverything } from './harness.mjs';
import { ROUTES, inLanguage } from './routes.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let app;
before(async () => {
  app = await startApp();
});
after(async () => {
  await app?.close();
});


const SCANS = [
  ...['light', 'dark'].flatMap((colorScheme) => ROUTES.map(([path, ready]) => [path, ready, colorScheme])),
  ...['nn', 'en'].flatMap((lang) => ROUTES.map(([path, ready]) => [inLanguage(lang, path), ready, 'light'])),
];

for (const [path, ready, colorScheme] of SCANS) {
  test(`axe: ${path} (${colorScheme})`, async () => {
    // The app's CSP forbids injected scripts; the scanner is let in by the test browser only.
    const page = await app.newPage({ colorScheme, bypassCSP: true });
    await page.goto(`${app.base}${path}`);
    await page.waitForSelector(ready);
    await layOutEverything(page);
    await page.addScriptTag({ path: AXE });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }),
    );
    const serious = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    const report = serious.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    console.log(`axe ${path} ${colorScheme}: ${result.violations.length} violations, ${serious.length} serious/critical, ${result.passes.length} rules passed`);
    assert.deepEqual(report, []);
  });
}
