import { startApp } from './harness.mjs';
const app = await startApp();
try {
  const [name, url, sel] = process.argv.slice(2);
  const page = await app.newPage({ viewport: { width: 900, height: 900 } });
  await page.goto(`${app.base}${url}`);
  await page.waitForTimeout(1500);
  await page.locator(sel).first().screenshot({ path: `/tmp/${name}.png` });
  console.log('errors', page.errors);
} finally { await app.close(); }
